/**
 * `npm run bench -- tracker`: 10,000 applications (~60,000 stage events) for
 * one user plus 50 other users, then the list, board and move endpoints over
 * HTTP against a real server process, on SQLite and (with TEST_DATABASE_URL)
 * PostgreSQL. Prints p50/p95 per endpoint and the server's peak RSS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { todayIn } from '../src/domain/time.js';
import { generateTrackerData } from './support/tracker-data.js';
import { printTable, timeMany } from './support/stats.js';

const MAIN_USER = 'local';
const APPS = Number(process.env.BENCH_APPS ?? 10_000);
const OTHER_USERS = 50;
const OTHER_APPS = 200;
const PORT = 5791;

async function seed(database: Database): Promise<string[]> {
  await migrate(database.db);
  const today = todayIn('UTC');
  const t0 = performance.now();
  const ids = await generateTrackerData(database.db, MAIN_USER, APPS, today, 1);
  for (let u = 0; u < OTHER_USERS; u++) await generateTrackerData(database.db, `other${u}`, OTHER_APPS, today, 100 + u);
  const count = await database.db.selectFrom('stage_events').select((eb) => eb.fn.countAll<number>().as('n')).where('owner_id', '=', MAIN_USER).executeTakeFirstOrThrow();
  console.log(`  seeded ${APPS} applications with ${Number(count.n)} events for one user, plus ${OTHER_USERS}×${OTHER_APPS} for others, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return ids;
}

function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const built = join(process.cwd(), 'dist', 'cli', 'main.js');
  const [cmd, args] = existsSync(built) ? [process.execPath, [built]] : [join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts']];
  const child = spawn(cmd, [...args, 'serve', '--port', String(PORT)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('running at')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function measure(label: string, env: NodeJS.ProcessEnv, ids: string[]): Promise<(string | number)[][]> {
  const server = await startServer(env);
  const base = `http://127.0.0.1:${PORT}`;
  const get = async (path: string): Promise<void> => {
    const res = await fetch(base + path);
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  try {
    const statuses = ['applied', 'interview', 'rejected,ghosted', 'screen,assessment'];
    await get('/api/board'); // warm up
    const list = await timeMany(200, (i) => get(`/api/applications?status=${statuses[i % 4]}&sort=${i % 2 ? 'applied' : 'updated'}&page=${1 + (i % 5)}&pageSize=50`));
    const search = await timeMany(100, (i) => get(`/api/applications?q=company%20${i}&pageSize=50`));
    const board = await timeMany(100, () => get('/api/board'));
    const move = await timeMany(200, async (i) => {
      const id = ids[(i * 37) % ids.length]!;
      const res = await fetch(`${base}/api/applications/${id}/events`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ stage: 'withdrawn' }),
      });
      if (res.status !== 201 && res.status !== 409) throw new Error(`move: ${res.status}`);
      await res.arrayBuffer();
    });
    const rss = peakRssMb(server.pid!);
    return [
      [label, 'list (filtered, 50/page)', list.p50, list.p95, '< 30'],
      [label, 'list (search)', search.p50, search.p95, '< 30'],
      [label, 'board', board.p50, board.p95, '< 30'],
      [label, 'move (stage event)', move.p50, move.p95, '< 15'],
      [label, 'server peak RSS (MB)', rss, rss, '< 250'],
    ];
  } finally {
    server.kill('SIGTERM');
  }
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
  try {
    console.log('SQLite:');
    const sqlite = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    const ids = await seed(sqlite);
    await sqlite.close();
    rows.push(...(await measure('sqlite', { DEBRIEF_DATA_DIR: dir, DATABASE_URL: '' }, ids)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    console.log('PostgreSQL:');
    const name = `debrief_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const database = openDatabase({ url: url.toString() });
      const ids = await seed(database);
      await sql`analyze`.execute(database.db);
      await database.close();
      rows.push(...(await measure('postgres', { DATABASE_URL: url.toString() }, ids)));
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    console.log('(set TEST_DATABASE_URL to include PostgreSQL)');
  }
  printTable(['database', 'measure', 'p50 ms', 'p95 ms', 'target'], rows);
}
