import { spawn } from 'node:child_process';
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
 * Runs `./bin/debrief` as a user would, on its own data folder (the build, kept fresh by
 * build-cli.global.ts; bin/debrief itself falls back to the sources when they are newer).
 * `env` adds to (or, with undefined, removes from) the environment; colour is off unless a test turns it on.
 * It never blocks the test process: a blocked worker misses the test runner's messages.
 */
export function cli(args: string[], options: { input?: string; dataDir?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, DEBRIEF_DATA_DIR: options.dataDir ?? freshDataDir(), DATABASE_URL: '', NO_COLOR: '1', ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'bin', 'debrief'), args, { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'debrief-cli-'));
}
