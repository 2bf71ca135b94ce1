import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Before the browser tests: build the web app when it is missing or older than its sources,
// so they never test a stale build. It runs once, before any test file, and never inside one.
const root = join(import.meta.dirname, '..', '..');
const built = join(root, 'dist', 'web', 'index.html');
// The server's build of the same app (it draws the first pages): built with it, never apart.
const builtForServer = join(root, 'dist', 'web-ssr', 'entry-server.js');

/** The newest modification time of the files under `dir` (bin/debrief uses the same rule for the CLI). */
export function newestSource(dir: string, options: { skip?: string; testsToo?: boolean } = {}): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === options.skip) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path, options));
    else if (options.testsToo ? entry.name.endsWith('.ts') : !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export default async function setup(): Promise<void> {
  const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  const fresh = (file: string) => existsSync(file) && statSync(file).mtimeMs >= sources;
  if (fresh(built) && fresh(builtForServer)) return;
  // As `npm run build:web` builds it: the test runner's NODE_ENV (test) would build React's development JSX.
  const env = { ...process.env, NODE_ENV: 'production' };
  const vite = (...args: string[]) => promisify(execFile)(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'vite.config.ts', '--logLevel', 'warn', ...args], { cwd: root, env });
  await vite();
  await vite('--ssr', 'entry-server.tsx');
}
