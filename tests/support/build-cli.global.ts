import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { newestSource } from './build-web.global.js';

// Before the service and CLI tests: build the CLI when it is older than its sources, so that
// `bin/debrief` runs the build (as a user's install does) rather than compiling on every call.
const root = join(import.meta.dirname, '..', '..');
const built = join(root, 'dist', 'cli', 'main.js');

export default async function setup(): Promise<void> {
  const sources = newestSource(join(root, 'src'), { skip: 'web', testsToo: true });
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  await promisify(execFile)(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: root });
}
