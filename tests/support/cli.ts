import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `./bin/debrief` from the sources, as a user would, on its own data folder.
 * `env` adds to (or, with undefined, removes from) the environment; colour is off unless a test turns it on.
 */
export function cli(args: string[], options: { input?: string; dataDir?: string; env?: Record<string, string | undefined> } = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, DEBRIEF_FROM_SOURCE: '1', DEBRIEF_DATA_DIR: options.dataDir ?? freshDataDir(), DATABASE_URL: '', NO_COLOR: '1', ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const r = spawnSync(join(root, 'bin', 'debrief'), args, {
    cwd: root,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'debrief-cli-'));
}
