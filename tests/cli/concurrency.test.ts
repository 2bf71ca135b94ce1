import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { serveLockPath } from '../../src/server/serve-lock.js';
import { freshDataDir, type CliResult } from '../support/cli.js';

const root = join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

function env(dataDir: string): NodeJS.ProcessEnv {
  return { ...process.env, DEBRIEF_DATA_DIR: dataDir, DATABASE_URL: '', NO_COLOR: '1' };
}

/** `./bin/debrief …` as a user runs it, without blocking this process (the server's requests keep flowing). */
function run(args: string[], dataDir: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(join(root, 'bin', 'debrief'), args, { cwd: root, env: env(dataDir) });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}

/** `debrief serve --port 0` in its own process; resolves with its address. */
function serve(dataDir: string): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'serve', '--port', '0'], { cwd: root, env: env(dataDir) });
    children.push(child);
    let out = '';
    const output = (): string => out;
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child, output });
    });
    child.on('close', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

describe('the command line and the server writing to one SQLite file at the same time', () => {
  it('lose no write and show no error; a second server on the same data is refused', { timeout: 400_000 }, async () => {
    const dataDir = freshDataDir();
    const server = await serve(dataDir);

    let cliDone = false;
    const httpFailures: string[] = [];
    let httpWrites = 0;
    const http = (async () => {
      for (let i = 0; !cliDone || i < 20; i += 1) {
        const created = await fetch(`${server.url}/api/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ company: `Http Company ${i % 7}`, title: `Role ${i}` }),
        });
        const body = (await created.json()) as { id?: string };
        if (created.status !== 201 || !body.id) {
          httpFailures.push(`${created.status} ${JSON.stringify(body)}`);
          continue;
        }
        httpWrites += 1;
        const moved = await fetch(`${server.url}/api/applications/${body.id}/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ stage: 'screen' }),
        });
        if (moved.status !== 201) httpFailures.push(`${moved.status} ${await moved.text()}`);
      }
    })();

    // each process opens the database, migrates, then writes: an add, then a move that reads first
    const WORKERS = 4;
    const cliFailures: string[] = [];
    const second = run(['serve', '--port', '0'], dataDir);
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, w) => {
        const added = await run(['add', '-c', `Cli Company ${w % 2}`, '-t', `Worker ${w}`, '--json'], dataDir);
        if (added.status !== 0) return void cliFailures.push(`add: ${added.status} ${added.stderr}`);
        const { id } = JSON.parse(added.stdout) as { id: string };
        const moved = await run(['move', id, 'screen'], dataDir);
        if (moved.status !== 0) cliFailures.push(`move: ${moved.status} ${moved.stderr}`);
      }),
    );
    cliDone = true;
    await http.catch((e: unknown) => httpFailures.push(String(e)));

    expect(cliFailures).toEqual([]);
    const refused = await second;
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Another Debrief server is already using this database');
    expect(refused.stderr).toContain(server.url);
    expect(httpFailures).toEqual([]);

    const stopped = new Promise((resolve) => server.child.on('close', resolve));
    server.child.kill('SIGTERM');
    await stopped;
    expect(existsSync(serveLockPath(join(dataDir, 'debrief.sqlite')))).toBe(false);

    const database = openDatabase({ sqlitePath: join(dataDir, 'debrief.sqlite') });
    try {
      const count = async (where: string): Promise<number> => {
        const row = await database.db
          .selectFrom('applications as a')
          .innerJoin('companies as c', 'c.id', 'a.company_id')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('c.name', 'like', `${where}%`)
          .executeTakeFirstOrThrow();
        return Number(row.n);
      };
      expect(await count('Cli Company')).toBe(WORKERS);
      expect(await count('Http Company')).toBe(httpWrites);
      const companies = await database.db.selectFrom('companies').select('name').execute();
      expect(companies.filter((c) => c.name.startsWith('Cli Company'))).toHaveLength(2);
    } finally {
      await database.close();
    }
  });
});
