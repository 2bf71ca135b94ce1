/**
 * `npm run bench -- tracker`: 10,000 applications (~47,000 stage events, job
 * descriptions of a few hundred words, notes, tags, debriefs with reasons and
 * themes) for one user plus 50 other users, then the list, search, board and
 * move endpoints over HTTP against a real server process on a free port
 * (BENCH_PORT to choose), on SQLite and (with TEST_DATABASE_URL) PostgreSQL.
 * Every measured move writes (a distinct open application moves to
 * interview). Prints p50/p95 per endpoint and the server's peak RSS.
 * `npm run bench -- scale` is the fuller table (sizes, concurrency, floors).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { todayIn } from '../src/domain/time.js';
import { seedScaleOwner } from './support/scale-data.js';
import { startBenchServer } from './support/server.js';
import { printTable, timeMany } from './support/stats.js';

const MAIN_USER = 'local';
const APPS = Number(process.env.BENCH_APPS ?? 10_000);
const OTHER_USERS = 50;
const OTHER_APPS = 200;

async function seed(database: Database): Promise<string[]> {
  await migrate(database.db);
  const today = todayIn('UTC');
  const t0 = performance.now();
  const main = await database.db.transaction().execute((trx) => seedScaleOwner(trx, MAIN_USER, APPS, today, 1));
  for (let u = 0; u < OTHER_USERS; u++) await database.db.transaction().execute((trx) => seedScaleOwner(trx, `other${u}`, OTHER_APPS, today, 100 + u));
  await sql`analyze`.execute(database.db);
  console.log(`  seeded ${APPS} applications with ${main.events} events for one user, plus ${OTHER_USERS}×${OTHER_APPS} for others, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // Applications a move to "interview" changes: every measured move writes.
  const open = await database.db.selectFrom('application_state').select('application_id').where('owner_id', '=', MAIN_USER)
    .where('status', 'in', ['applied', 'screen', 'assessment']).orderBy('application_id').execute();
  return open.map((r) => r.application_id);
}

async function measure(label: string, env: NodeJS.ProcessEnv, movable: string[]): Promise<(string | number)[][]> {
  const server = await startBenchServer(env);
  const base = server.base;
  const get = async (path: string): Promise<void> => {
    const res = await fetch(base + path).catch(() => fetch(base + path));
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  try {
    // As the web app asks: 25 a page, the default sort (newest change first), one broad status among them.
    const statuses = ['rejected', 'applied', 'interview', 'rejected,ghosted', 'screen,assessment'];
    await get('/api/board'); // warm up
    const list = await timeMany(200, (i) => get(`/api/applications?status=${statuses[i % statuses.length]}&sort=${i % 3 ? 'updated' : 'applied'}&order=desc&page=${1 + (i % 5)}&pageSize=25`));
    const words = ['harbor', 'nova', 'engineer', 'berlin', 'analyst'];
    const search = await timeMany(100, (i) => get(`/api/applications?q=${words[i % words.length]}&sort=updated&order=desc&pageSize=25`));
    const board = await timeMany(100, () => get('/api/board'));
    if (movable.length < 200) throw new Error(`only ${movable.length} applications can move: seed more`);
    const move = await timeMany(200, async (i) => {
      const id = movable[i]!;
      const res = await fetch(`${base}/api/applications/${id}/events`, {
        method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ stage: 'interview' }),
      });
      const body = (await res.json()) as { changed?: boolean };
      if (res.status !== 201 || !body.changed) throw new Error(`move of ${id} wrote nothing: ${res.status}`);
    });
    const rss = server.peakRssMb();
    return [
      [label, 'list (web app filters, 25/page)', list.p50, list.p95, '< 30'],
      [label, 'list (search)', search.p50, search.p95, '< 30'],
      [label, 'board', board.p50, board.p95, '< 30'],
      [label, 'move (every one writes)', move.p50, move.p95, '< 15'],
      [label, 'server peak RSS (MB)', rss, rss, '< 250'],
    ];
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<void> {
  const rows: (string | number)[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-'));
  try {
    console.log('SQLite:');
    const sqlite = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    const movable = await seed(sqlite);
    await sqlite.close();
    rows.push(...(await measure('sqlite', { DEBRIEF_DATA_DIR: dir, DATABASE_URL: '' }, movable)));
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
      const movable = await seed(database);
      await database.close();
      rows.push(...(await measure('postgres', { DATABASE_URL: url.toString() }, movable)));
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    console.log('(set TEST_DATABASE_URL to include PostgreSQL)');
  }
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  printTable(['database', 'measure', 'p50 ms', 'p95 ms', 'target'], rows);
}
