/**
 * `npm run bench -- import [--big] [--runs 10] [--exports-only]`
 * `npm run bench -- import --pg [--rows 10000] [--replace]` (TEST_DATABASE_URL: part 1 on PostgreSQL, see runPostgres)
 *
 * 1. A 10,000-row CSV imported into SQLite, imported again (nothing added),
 *    then the full JSON backup and its restore into an empty database (one run
 *    each: they write).
 * 2. The exports (applications CSV, stage events CSV, applications with their
 *    events as JSON) of 10,000 applications, `--runs` times each: in-process
 *    and over HTTP against the real server process, on two data sets: the
 *    imported file (about two events per application, short texts) and data as
 *    users have it (bench/support/scale-data.ts: about six events per
 *    application, notes, tags). Each beside its floor: the same rows read by
 *    one hand-written SQL statement over the same tables, in-process, without
 *    making CSV or JSON of them.
 *    `--exports-only`: the exports alone (the 10,000 rows are still imported to
 *    make the first data set; no second import, backup or restore).
 * 3. `--big [--big-sizes 10,50,100]`: CSV files of about 10, 50 and 100 MB
 *    (4,000 rows a MB) written to a file, each streamed from the file through
 *    a dry run; the resident memory is sampled as the rows go by, to show
 *    that it stays flat whatever the size (ADR 0037: the import's match keys
 *    are held by the database, nothing kept grows with the file).
 *
 * Over HTTP the client reads each body as bytes with node:http (counting its
 * bytes and line breaks, keeping its last 64 KB) and checks it against the
 * same export made in-process every run, and by SHA-1 once (ADR 0047).
 *
 * ADR 0047 (2026-12-03, shared 2-core machine): exports are bytes from SQLite
 * to the socket (JSON lines read as blobs and joined as bytes, the response a
 * pulled web stream). `--exports-only --runs 10`, realistic data (10,000
 * applications, 46,888 events), wall p50 / p95 ms, CPU p50. Before at load
 * 1.6–4.5 with the client `fetch` + `arrayBuffer()`; after at load 4.5–5.5
 * with the node:http client (the client's CPU changed with the client):
 *
 * | export (realistic data)      | before                              | after                             |
 * |------------------------------|-------------------------------------|-----------------------------------|
 * | JSON (12.7 MB), in-process   | 279 / 358, CPU 260                  | 193 / 221, CPU 189                |
 * | JSON, over HTTP              | 433 / 663, server 330 + client 140  | 210 / 227, server 190 + client 14 |
 * | applications CSV, in-process | 204 / 254, CPU 186                  | 209 / 255, CPU 203                |
 * | applications CSV, over HTTP  | 239 / 372, server 200 + client 17   | 202 / 252, server 190 + client 11 |
 * | stage events CSV, in-process | 243 / 305, CPU 227                  | 232 / 314, CPU 223                |
 * | stage events CSV, over HTTP  | 276 / 354, server 250 + client 16   | 262 / 295, server 240 + client 12 |
 * | floors: applications / events / JSON rows (CPU) | 197 (229) / 216 (266) / 1,447 (1,257) | 231 (230) / 292 (292) / 1,357 (1,263) |
 *
 * Imported data (18,333 events), after: JSON in-process 105 / 156 (CPU 105),
 * over HTTP 154 / 234 (server 120 + client 44). Old and new server with the
 * same node:http client in turn (load 5.5–10): server CPU p50 390–410 → 190–300
 * ms; the fetch client costs 90–160 ms of CPU to the node:http client's 25–33.
 *
 * ADR 0044 (2026-12-03, shared 2-core machine): on SQLite the JSON export's
 * lines are written by the page statement. Realistic data (10,000
 * applications, ~47,000 events, 12.7 MB of JSON), CPU ms of this process:
 *
 * `npm run bench -- import --exports-only --runs 10`, realistic data, before
 * at load 15, after at load 8 (so compare CPU; wall follows the load):
 *
 * | export (realistic data)          | before: wall p50 / CPU p50 | after: wall p50 / p95, CPU p50 | floor after: wall p50 (CPU) |
 * |----------------------------------|----------------------------|--------------------------------|-----------------------------|
 * | applications CSV, in-process     | 972 / 233 ms               | 218 / 421, 210 ms              | 599 (248) ms                |
 * | stage events CSV, in-process     | 1,368 / 287 ms             | 235 / 258, 229 ms              | 1,209 (287) ms              |
 * | JSON (12.7 MB), in-process       | 2,705 / 586 ms             | 269 / 282, 262 ms              | 3,004 (1,331) ms            |
 * | applications CSV, over HTTP      | 1,170 ms                   | 242 / 382, server 210 + client 22 ms | —                     |
 * | stage events CSV, over HTTP      | 1,521 ms                   | 309 / 374, server 240 + client 47 ms | —                     |
 * | JSON, over HTTP                  | 5,035 ms                   | 428 / 623, server 320 + client 88 ms | —                     |
 *
 * Imported data (18,333 events), after: JSON in-process 350 ms wall / 155
 * CPU, over HTTP 274 ms (server 170 + client 102). In one process, pages of
 * 500 → 2,000 lines: 225 → 191 ms CPU (median of 11); all lines by one
 * statement 179 ms, of which ~150 ms SQLite writing the JSON.
 *
 * The JSON floor is now the same rows as the JSON (before: the events floor);
 * making 57,000 JavaScript rows costs more than SQLite writing the text, so
 * the export runs below its floor. Over HTTP the server's and the client's
 * CPU per request are printed beside the wall time.
 *
 * `--pg` (ADR 0046, 2026-12-07, shared 2-core machine): 10,000 applications on PostgreSQL, one run
 * each, before (load 8–13) → after (load 4.1–4.5):
 *
 * | scenario                                              | before   | after   |
 * |-------------------------------------------------------|----------|---------|
 * | import of the 10,000-row CSV (18,333 events)          | 247.7 s  | 4.85 s  |
 * | the same file again (nothing added)                   | 2.5 s    | 1.27 s  |
 * | backup                                                | 1.9 s    | 0.49 s  |
 * | restore into an empty database                        | 330.3 s  | 4.34 s  |
 * | merge restore into 1,000 other applications           | 388.0 s  | 4.21 s  |
 * | restore of data as users have it (46,888 events)      | 65.8 s (issue 13) | 7.64 s |
 * | replace restore over the merged data (`--replace`)    | —        | 5.67 s  |
 * | one recount of 10,000 applications' kept counts alone | —        | 0.29 s  |
 *
 * Before, one trigger function (`debrief_insight_count`) took 313 of the restore's 330 s: every row
 * updated the same counter rows in one transaction. After, the count triggers wait while the bulk
 * write runs and the owner is counted once at its end; none runs during these scenarios.
 *
 * Times are wall-clock p50 / p95 / max in ms, with the process's CPU time
 * (p50) beside them: on a shared machine the wall time grows with the load,
 * the CPU time much less. The load average is printed at the start and end.
 *
 * Figures (ADR 0037, 2026-12-03, shared 2-core machine, load average 10–14;
 * CPU time of the process, realistic data: 10,000 applications, 47,294
 * events, long descriptions; 5 runs, lowest–highest):
 *
 * | measured                                   | before (ADR 0032) | after        |
 * |--------------------------------------------|-------------------|--------------|
 * | applications CSV, in-process, CPU          | 341–464 ms        | 226–280 ms   |
 * | stage events CSV, in-process, CPU          | 469–581 ms        | 234–282 ms   |
 * | applications + events JSON, in-process, CPU| 625–732 ms        | 495–625 ms   |
 * | import of 10,000 rows, CPU                 | 5.8 s             | 4.6 s        |
 * | dry run of 40,000 rows (11 MB), CPU        | 23.6 s            | 17.0 s       |
 * | dry run, 40,000 rows: heap peak / RSS peak | 112 / 281 MB      | 84 / 298 MB  |
 * | dry run, 26 MB: heap / RSS peak            | 252 / 426 MB (at 32 MB) | 76 / 279 MB |
 * | dry run, RSS at 25k / 50k / 75k rows       | growing with rows | 255 / 236 / 240 MB |
 *
 * Resident memory after includes SQLite's page cache, now up to 64 MB.
 *
 * `--big --runs 7`, 2026-12-03 11:05–11:39, load average 11–13 (the floors
 * themselves took 169–672 ms wall, so wall times say little; CPU p50 beside):
 *
 * | dry run                | rows    | time    | CPU     | RSS before → peak        |
 * |------------------------|---------|---------|---------|--------------------------|
 * | 10.5 MB                | 40,000  | 26.9 s  | 13.7 s  | 290 → 388 MB (+98)       |
 * | 52.8 MB                | 200,000 | 235.8 s | 139.3 s | 308 → 384 MB (+76)       |
 * | 105.6 MB               | 400,000 | 649.7 s | 353.6 s | 321 → 395 MB (+74)       |
 *
 * | export, CPU p50 in-process (wall p50 over HTTP) | imported data | as users have it |
 * |--------------------------------------------------|---------------|------------------|
 * | applications CSV                                 | 159 (174) ms  | 200 (489) ms     |
 * | stage events CSV                                 | 155 (179) ms  | 335 (557) ms     |
 * | applications + events JSON                       | 366 (1159) ms | 641 (1679) ms    |
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import type { DB } from '../src/db/schema.js';
import { ensureUser } from '../src/db/repos/users.repo.js';
import { todayIn } from '../src/domain/time.js';
import { recountKeptCounts, withBulkCounts } from '../src/db/repos/kept-counts.repo.js';
import { buildBackup, restoreBackup } from '../src/services/backup.service.js';
import { bytesSource } from '../src/services/csv-reader.js';
import { drainExport, exportCsv, exportJson, type ExportQuery } from '../src/services/export.service.js';
import { importApplications } from '../src/services/import.service.js';
import type { ServiceContext } from '../src/services/context.js';
import { seedScaleOwner } from './support/scale-data.js';
import { BodyDigest, readBody, type BodySummary } from './support/http-body.js';
import { startBenchServer } from './support/server.js';
import { percentile, printTable } from './support/stats.js';

const STATUSES = ['Applied', 'Interview', 'Rejected', 'Ghosted', 'Offer', 'Screen'];
const OWNER = 'local';

function csvLine(i: number, padding: number): string {
  const day = new Date(Date.UTC(2025, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);
  return `Company ${i % 2500},"Role ${i}, team ${i % 7}",${day},${STATUSES[i % STATUSES.length]},City ${i % 40},"${'x'.repeat(padding)}"`;
}
const HEADER = 'Company,Title,Applied on,Status,Location,Notes';

function csv(rows: number, from = 0): Uint8Array {
  const lines = [HEADER];
  for (let i = from; i < from + rows; i++) lines.push(csvLine(i, 0));
  return new TextEncoder().encode(lines.join('\n'));
}

/** Writes the big CSV to a file a block at a time (never whole in memory). */
async function writeBigCsv(path: string, rows: number, padding: number): Promise<number> {
  const out = createWriteStream(path);
  let block: string[] = [HEADER];
  for (let i = 0; i < rows; i++) {
    block.push(csvLine(i, padding));
    if (block.length >= 5000) {
      if (!out.write(`${block.join('\n')}\n`)) await once(out, 'drain');
      block = [];
    }
  }
  out.end(block.join('\n'));
  await once(out, 'finish');
  return statSync(path).size;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const rssMb = () => process.memoryUsage.rss() / 1048576;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

interface Measured {
  wall: number[];
  cpu: number[];
  bytes: number;
}

async function measure(runs: number, fn: () => Promise<number>): Promise<Measured> {
  const m: Measured = { wall: [], cpu: [], bytes: 0 };
  await fn(); // warm: statements prepared, pages in the cache
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    m.bytes = await fn();
    m.wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    m.cpu.push((c.user + c.system) / 1000);
  }
  return m;
}

function cells(m: Measured, floor?: Measured): string[] {
  const w = [...m.wall].sort((a, b) => a - b);
  const c = [...m.cpu].sort((a, b) => a - b);
  const f = floor ? [...floor.wall].sort((a, b) => a - b) : null;
  const fc = floor ? [...floor.cpu].sort((a, b) => a - b) : null;
  return [
    `${percentile(w, 50).toFixed(0)} / ${percentile(w, 95).toFixed(0)} / ${(w[w.length - 1] ?? 0).toFixed(0)}`,
    m.cpu.length ? percentile(c, 50).toFixed(0) : '(server)',
    m.bytes ? mb(m.bytes) : '',
    f && fc ? `${percentile(f, 50).toFixed(0)} / ${percentile(f, 95).toFixed(0)} (CPU ${percentile(fc, 50).toFixed(0)})` : '',
  ];
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

/** The floors: the export's rows by one statement each, in the export's order, turned into nothing. */
function floors(db: Kysely<DB>) {
  const apps = () =>
    sql`select a.id, c.name, a.title, d.status, d.reached_rank, d.applied_on, d.last_event_on, a.source, a.referral, a.referrer,
        a.resume_version, a.tailored, a.fit, a.excitement, a.salary_min, a.salary_max, a.salary_currency, a.location, a.remote,
        a.job_url, a.notes, a.created_at, a.updated_at,
        (select string_agg(t.tag, ', ') from (select tag from application_tags t where t.owner_id = a.owner_id and t.application_id = a.id order by tag) t) as tags
      from application_state d join applications a on a.id = d.application_id join companies c on c.id = a.company_id
      where d.owner_id = ${OWNER} order by coalesce(d.applied_on, ''), d.application_id`.execute(db);
  const events = () =>
    sql`select e.application_id, c.name, a.title, e.seq, e.stage, e.occurred_on, e.round, e.interview_type, e.note
      from application_state d join applications a on a.id = d.application_id join companies c on c.id = a.company_id
      join stage_events e on e.application_id = d.application_id
      where d.owner_id = ${OWNER} order by coalesce(d.applied_on, ''), d.application_id, e.occurred_on, e.seq`.execute(db);
  // The JSON's rows: every application with its tags and each of its events, one statement (an application without events once).
  const json = () =>
    sql`select a.id, c.name, a.title, d.status, d.reached_rank, d.applied_on, d.last_event_on, a.source, a.referral, a.referrer,
        a.resume_version, a.tailored, a.fit, a.excitement, a.salary_min, a.salary_max, a.salary_currency, a.location, a.remote,
        a.job_url, a.notes, a.created_at, a.updated_at,
        (select string_agg(t.tag, ', ') from (select tag from application_tags t where t.owner_id = a.owner_id and t.application_id = a.id order by tag) t) as tags,
        e.seq, e.stage, e.occurred_on, e.round, e.interview_type, e.note
      from application_state d join applications a on a.id = d.application_id join companies c on c.id = a.company_id
      left join stage_events e on e.application_id = d.application_id
      where d.owner_id = ${OWNER} order by coalesce(d.applied_on, ''), d.application_id, e.occurred_on, e.seq`.execute(db);
  return { apps, events, json };
}

async function measureExports(label: string, ctx: ServiceContext, dir: string, runs: number, rows: string[][]): Promise<void> {
  const query: ExportQuery = { sort: 'applied', order: 'asc' };
  const count = async (chunks: AsyncGenerator<Uint8Array, number>) => {
    let bytes = 0;
    await drainExport(chunks, (b) => void (bytes += b.length));
    return bytes;
  };
  const floor = floors(ctx.db);
  const floorApps = await measure(runs, async () => (await floor.apps()).rows.length);
  const floorEvents = await measure(runs, async () => (await floor.events()).rows.length);
  const floorJson = await measure(runs, async () => (await floor.json()).rows.length);
  floorApps.bytes = 0;
  floorEvents.bytes = 0;
  floorJson.bytes = 0;
  const apps = await measure(runs, () => count(exportCsv(ctx, query, 'applications')));
  rows.push([label, 'applications CSV, in-process', ...cells(apps, floorApps)]);
  const events = await measure(runs, () => count(exportCsv(ctx, query, 'events')));
  rows.push([label, 'stage events CSV, in-process', ...cells(events, floorEvents)]);
  const json = await measure(runs, () => count(exportJson(ctx, query)));
  rows.push([label, 'applications + events JSON, in-process', ...cells(json, floorJson)]);

  // What each body over HTTP must be: the same export made in-process, summarised as the client summarises it.
  const expected = async (chunks: AsyncGenerator<Uint8Array, number>): Promise<BodySummary> => {
    const digest = new BodyDigest(true);
    await drainExport(chunks, (b) => digest.add(b));
    return digest.summary(200);
  };
  const server = await startBenchServer({ DEBRIEF_DATA_DIR: dir, DATABASE_URL: '' });
  try {
    // The server's CPU time per request, from /proc (clock ticks, 10 ms), beside this process's (the client's).
    // The client reads the body as bytes (node:http), counts them and its line breaks and keeps its last 64 KB:
    // checked against the in-process export every run, and by SHA-1 once before the runs.
    const serverCpu: number[] = [];
    const exportsOverHttp = [
      ['applications CSV, over HTTP', '/api/export/applications.csv?sort=applied&order=asc', () => exportCsv(ctx, query, 'applications')],
      ['stage events CSV, over HTTP', '/api/export/events.csv?sort=applied&order=asc', () => exportCsv(ctx, query, 'events')],
      ['applications + events JSON, over HTTP', '/api/export/applications.json?sort=applied&order=asc', () => exportJson(ctx, query)],
    ] as const;
    for (const [name, path, inProcess] of exportsOverHttp) {
      const want = await expected(inProcess());
      const check = (got: BodySummary) => {
        const same = got.status === 200 && got.bytes === want.bytes && got.lineBreaks === want.lineBreaks && got.tail.equals(want.tail) && (got.sha1 === undefined || got.sha1 === want.sha1);
        if (!same) throw new Error(`${path}: the body over HTTP is not the export (status ${got.status}, ${got.bytes} bytes, ${got.lineBreaks} line breaks; expected ${want.bytes}, ${want.lineBreaks})`);
        if (path.endsWith('.json')) {
          // The document's end, and its last application a whole JSON object.
          const tail = got.tail.toString('utf8');
          if (!tail.endsWith('\n]}\n')) throw new Error(`${path}: the document does not end as it should`);
          const lines = tail.split('\n');
          JSON.parse(lines[lines.length - 4]!.replace(/,$/, ''));
          JSON.parse(lines[lines.length - 3]!);
        }
        return got.bytes;
      };
      check(await readBody(`${server.base}${path}`, true));
      const m = await measure(runs, async () => {
        const s0 = server.cpuMs();
        const bytes = check(await readBody(`${server.base}${path}`));
        serverCpu.push(server.cpuMs() - s0);
        return bytes;
      });
      const serverMs = serverCpu.splice(0).slice(1).sort((a, b) => a - b);
      const client = [...m.cpu].sort((a, b) => a - b);
      m.cpu = [];
      const [wall, , size] = cells(m);
      rows.push([label, name, wall!, `server ${percentile(serverMs, 50).toFixed(0)} + client ${percentile(client, 50).toFixed(0)}`, size!, '']);
    }
    rows.push([label, `server peak RSS ${server.peakRssMb().toFixed(0)} MB`, '', '', '', '']);
  } finally {
    await server.stop();
  }
}

function stringOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Rows of the big file per MB (each row about 260 bytes: a 200-character note). */
const ROWS_PER_MB = 4000;

function numberOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

/** A throwaway PostgreSQL database next to TEST_DATABASE_URL's, migrated, with the bench's owner; dropped by `close`. */
async function openPostgres(adminUrl: string, tag: string): Promise<ServiceContext & { close: () => Promise<void> }> {
  const name = `debrief_bench_import_${process.pid}_${tag}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  // Calls and time of every trigger function, read back from pg_stat_user_functions.
  await admin.query(`alter database ${name} set track_functions = 'pl'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database: Database = openDatabase({ url: url.toString() });
  await migrate(database.db);
  await ensureUser(database.db, OWNER, OWNER, new Date().toISOString());
  return {
    db: database.db,
    ownerId: OWNER,
    now: () => new Date('2026-12-01T10:00:00Z'),
    close: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** The trigger functions that ran since the last call on this database: calls and ms (self time), busiest first. */
async function triggerCalls(db: Kysely<DB>): Promise<string> {
  // The statistics reach the shared view when a backend is idle (at most a second later).
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const { rows } = await sql<{ funcname: string; calls: string; self_time: number }>`
    select funcname, calls, self_time from pg_stat_user_functions where funcname like 'debrief%' order by self_time desc`.execute(db);
  await sql`select pg_stat_reset()`.execute(db);
  const top = rows.filter((r) => Number(r.calls) > 0).slice(0, 6);
  return top.length ? top.map((r) => `${r.funcname.replace(/^debrief_/, '')} ${Number(r.calls).toLocaleString('en')}× ${(r.self_time / 1000).toFixed(1)} s`).join('; ') : 'no trigger function ran';
}

/**
 * `--pg [--rows 10000] [--replace]`: the import, backup and restores (into an empty database, merged, and with
 * `--replace` replacing the merged data) of part 1 on PostgreSQL (throwaway databases
 * beside TEST_DATABASE_URL's), each with the trigger functions it ran, how often and for how long.
 */
async function runPostgres(rows: number, replace: boolean): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('--pg needs TEST_DATABASE_URL (a PostgreSQL server where databases may be created).');
  const table: string[][] = [];
  const add = (label: string, ms: number, target: string, calls: string) => {
    table.push([label, `${(ms / 1000).toFixed(2)} s`, target, calls]);
    console.log(`${label}: ${(ms / 1000).toFixed(2)} s (load ${load()})`);
  };
  const source = await openPostgres(adminUrl, 'source');
  const empty = await openPostgres(adminUrl, 'empty');
  const merge = await openPostgres(adminUrl, 'merge');
  try {
    await triggerCalls(source.db);
    const file = csv(rows);
    const [first, tImport] = await time(() => importApplications(source, bytesSource(file)));
    add(`import a ${rows.toLocaleString('en')}-row CSV (${mb(file.length)}; ${first.created} created)`, tImport, '< 5 s', await triggerCalls(source.db));
    const [second, tAgain] = await time(() => importApplications(source, bytesSource(file)));
    add(`the same file again (${second.created} created, ${second.skipped} skipped)`, tAgain, '', await triggerCalls(source.db));
    const [backup, tBackup] = await time(() => buildBackup(source));
    add(`backup (${backup.tables.applications?.length} applications, ${backup.tables.stage_events?.length} events)`, tBackup, '< 5 s', '');
    const [, tEmpty] = await time(() => restoreBackup(empty, JSON.parse(JSON.stringify(backup))));
    add('restore into an empty database', tEmpty, '< 5 s', await triggerCalls(empty.db));
    const [, tRecount] = await time(() => recountKeptCounts(empty.db, OWNER));
    add('one recount of those kept counts from the tables, run again alone', tRecount, '', '');
    // A merge: the backup into a tracker with applications of its own (a tenth as many, none the same).
    await importApplications(merge, bytesSource(csv(Math.max(1, Math.round(rows / 10)), rows)));
    await triggerCalls(merge.db);
    const [merged, tMerge] = await time(() => restoreBackup(merge, JSON.parse(JSON.stringify(backup)), 'merge'));
    add(`merge restore into ${Math.round(rows / 10).toLocaleString('en')} other applications (${merged.restored.applications ?? 0} added)`, tMerge, '< 5 s', await triggerCalls(merge.db));
    // Data as users have it (bench/support/scale-data.ts: about five events per application, notes, debriefs), backed up and restored.
    const realistic = await openPostgres(adminUrl, 'realistic');
    const realisticTarget = await openPostgres(adminUrl, 'realistic_target');
    try {
      const [, tSeed] = await time(() => realistic.db.transaction().execute((trx) => withBulkCounts(trx, OWNER, () => seedScaleOwner(trx, OWNER, rows, todayIn('UTC'), 1))));
      console.log(`seeded ${rows} applications as users have them in ${(tSeed / 1000).toFixed(1)} s`);
      const users = await buildBackup(realistic);
      await triggerCalls(realisticTarget.db);
      const [, tUsers] = await time(() => restoreBackup(realisticTarget, JSON.parse(JSON.stringify(users))));
      add(`restore of data as users have it (${users.tables.applications?.length} applications, ${users.tables.stage_events?.length} events) into an empty database`, tUsers, '< 5 s', await triggerCalls(realisticTarget.db));
    } finally {
      await realistic.close();
      await realisticTarget.close();
    }
    if (replace) {
      const [, tReplace] = await time(() => restoreBackup(merge, JSON.parse(JSON.stringify(backup)), 'replace'));
      add('replace restore over those', tReplace, '< 5 s', await triggerCalls(merge.db));
    }
  } finally {
    await source.close();
    await empty.close();
    await merge.close();
  }
  console.log('\nPostgreSQL; trigger functions = the busiest by self time, from pg_stat_user_functions (calls, seconds)');
  printTable(['scenario (one run each)', 'time', 'target', 'trigger functions'], table);
  console.log(`\nload average ${load()} at the end (${os.cpus().length} cores)`);
}

export async function run(args: string[]): Promise<void> {
  if (args.includes('--pg')) {
    console.log(`${os.cpus().length} cores, load average ${load()} at start`);
    await runPostgres(numberOption(args, 'rows', 10_000), args.includes('--replace'));
    return;
  }
  const runs = numberOption(args, 'runs', 10);
  const exportsOnly = args.includes('--exports-only');
  console.log(`${os.cpus().length} cores, load average ${load()} at start`);
  const open = async (dir: string): Promise<ServiceContext & { close: () => Promise<void> }> => {
    const database = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    await migrate(database.db);
    await ensureUser(database.db, OWNER, OWNER, new Date().toISOString());
    return { db: database.db, ownerId: OWNER, now: () => new Date('2026-12-01T10:00:00Z'), close: database.close };
  };
  const dirs = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'debrief-bench-import-')));
  const once1: string[][] = [];
  const exports: string[][] = [];
  try {
    // 1. Import, again, backup, restore.
    const ctx = await open(dirs[0]!);
    const file = csv(10_000);
    const [first, tImport] = await time(() => importApplications(ctx, bytesSource(file)));
    once1.push([`import a 10,000-row CSV (${mb(file.length)}; ${first.created} created)`, `${(tImport / 1000).toFixed(2)} s`, '< 5 s']);
    if (!exportsOnly) {
      const [second, tAgain] = await time(() => importApplications(ctx, bytesSource(file)));
      once1.push([`the same file again (${second.created} created, ${second.skipped} skipped)`, `${(tAgain / 1000).toFixed(2)} s`, '']);
      const [backup, tBackup] = await time(() => buildBackup(ctx));
      once1.push([`backup (${backup.tables.applications?.length} applications, ${backup.tables.stage_events?.length} events)`, `${(tBackup / 1000).toFixed(2)} s`, '< 5 s']);
      const other = await open(dirs[1]!);
      const [, tRestore] = await time(() => restoreBackup(other, JSON.parse(JSON.stringify(backup))));
      once1.push(['restore into an empty database', `${(tRestore / 1000).toFixed(2)} s`, '< 5 s']);
      await other.close();
    }
    await sql`analyze`.execute(ctx.db);
    const imported = await sql<{ n: number }>`select count(*) as n from stage_events where owner_id = ${OWNER}`.execute(ctx.db);

    // 2. Exports, on the imported data and on data as users have it.
    console.log(`exports, ${runs} runs each (load ${load()})…`);
    await measureExports(`imported (${imported.rows[0]?.n ?? 0} events)`, ctx, dirs[0]!, runs, exports);
    const scale = await open(dirs[2]!);
    const seeded = await scale.db.transaction().execute((trx) => seedScaleOwner(trx, OWNER, 10_000, todayIn('UTC'), 1));
    await sql`analyze`.execute(scale.db);
    await measureExports(`as users have it (${seeded.events} events)`, scale, dirs[2]!, runs, exports);
    await scale.close();
    // Printed now: the big files below take minutes.
    console.log(`\nExports of 10,000 applications, sorted by day applied; ms wall p50 / p95 / max and CPU p50 over ${runs} runs; target < 300 ms on SQLite.`);
    console.log('floor = the same rows by one hand-written SQL statement, in-process, turned into nothing (no CSV or JSON made): applications CSV = applications with');
    console.log('their tags; events CSV = events with their application\'s company and title; JSON = applications with their tags, left-joined with every event.');
    printTable(['data', 'export', 'wall p50 / p95 / max', 'CPU p50', 'size', 'floor wall p50 / p95 (CPU p50)'], exports);

    // 3. Files of 10, 50 and 100 MB (or --big-sizes), each streamed through a dry run.
    if (args.includes('--big')) {
      const sizes = (stringOption(args, 'big-sizes') ?? '10,50,100').split(',').map(Number).filter((n) => n > 0);
      for (const size of sizes) {
        const path = join(dirs[1]!, `big-${size}.csv`);
        const bytes = await writeBigCsv(path, Math.round(size * ROWS_PER_MB), 200);
        global.gc?.();
        const before = rssMb();
        const samples: [number, number][] = [];
        const peak = { rss: before };
        const c0 = process.cpuUsage();
        const [r, tBig] = await time(() =>
          importApplications(ctx, createReadStream(path, { highWaterMark: 256 * 1024 }), {
            dryRun: true,
            onProgress: (rowsRead) => {
              const now = rssMb();
              peak.rss = Math.max(peak.rss, now);
              samples.push([rowsRead, now]);
            },
          }),
        );
        const cpu = process.cpuUsage(c0);
        rmSync(path, { force: true });
        const at = (share: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * share))];
        const curve = [0.1, 0.25, 0.5, 0.75, 1].flatMap((s) => { const x = at(s); return x ? [x] : []; }).map(([n, v]) => `${Math.round(n / 1000)}k ${v.toFixed(0)}`).join(', ');
        once1.push([`dry run of a ${mb(bytes)} CSV streamed from a file (${r.rows} rows; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`, `${(tBig / 1000).toFixed(1)} s`, '']);
        console.log(`dry run of ${mb(bytes)}: peak RSS ${peak.rss.toFixed(0)} MB (load ${load()})`);
        once1.push([`  resident memory: ${before.toFixed(0)} MB before, peak ${peak.rss.toFixed(0)} MB (+${(peak.rss - before).toFixed(0)}); rows read → MB: ${curve}`, '', 'flat']);
      }
    }
    await ctx.close();
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  once1.push([`peak RSS of this process, whole run`, `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '']);
  console.log('');
  printTable(['scenario (one run each)', 'time', 'target'], once1);
  console.log(`\nload average ${load()} at the end (${os.cpus().length} cores)`);
}
