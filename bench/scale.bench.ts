/**
 * `npm run bench -- scale [--sqlite 1000,10000,50000] [--pg 10000,200000] [--runs 40] [--concurrent 100] [--only <operation>[,<operation>…]] [--pg-keep] [--pg-name <prefix>] [--sqlite-dir <folder>] [--seed-only]`
 *
 * `--pg-keep` keeps each PostgreSQL database (`debrief_bench_scale_<size>`) and
 * reuses it on the next run when it holds the same data, so that the 200k
 * set (about twenty minutes to seed) is written once; `--pg-name` gives those
 * databases another prefix (`<prefix>_<size>`), so that two people sharing a
 * server keep theirs apart; `--sqlite-dir` does the
 * same for SQLite (`<folder>/<size>/debrief.sqlite`, kept after the run);
 * `--seed-only` writes the data and measures nothing. `--only` takes parts of
 * operation names, comma-separated (`--only board,move`).
 *
 * One table: every user-facing read (lists as the web app asks for them,
 * search, insights, the board, one application) and a move that writes, over
 * HTTP against the real server process, at several sizes of one seeker's data
 * (plus 20 other owners of 500 applications each), on SQLite and, with
 * TEST_DATABASE_URL, PostgreSQL. Each operation is measured sequentially and
 * with 10 concurrent clients (p50 / p95 / max, requests per second), beside
 * its floor: the same answer written by hand as plain SQL over the same
 * tables, run in-process (no HTTP, no JSON, no validation). The server's peak
 * resident memory and the machine's load average are printed with each size.
 *
 * What the floors are, honestly:
 * - lists: the page's rows (every column the API returns) and the total, in two
 *   hand-written statements over the same tables and indexes (the total, as the
 *   service reads it, from the kept counts for no filter or ended statuses);
 * - search: what the service reads (ADR 0041, 0064), by hand: the owner's matches
 *   counted in the search index (on PostgreSQL, the kept counts of the values
 *   that contain the words when they are of one field), then the first page by walking the list's
 *   index newest change first and testing each row (more than 500 matches),
 *   or by sorting the matches (fewer, or when the walk does not fill the
 *   page), then the page's rows;
 * - insights: the same reads as the report, by hand — the counts the database
 *   keeps (ADR 0029), the applications waiting on the employer inside the
 *   no-response window, the kept reason, month and theme counts — without the
 *   statistics the service computes over them (intervals, tests, verdicts);
 * - board: the seven columns' first 50 rows and the counts by status;
 * - home (`GET /api/home`: agenda, debriefs to finish, goals, wins, mood, next step): the statements one
 *   `getHome` runs, captured in-process and run again one after the other without the service's code
 *   (the database's share of the request as asked, not a hand-written minimum);
 * - detail: the row, its events and its notes;
 * - move: one INSERT of a stage event and one UPDATE of the projection.
 * Every measured move writes (an application in applied/screen/assessment
 * moves to interview; the move is then undone, untimed, so the next run finds
 * the same data).
 *
 * Measured 2026-12-03 on a quiet 2-core machine (load average 0.9–2.3, the
 * bench's own work included), `--sqlite 1000,10000,50000 --pg none --runs 20`
 * and `--sqlite none --pg 10000,200000 --pg-keep --runs 20`; one seeker with
 * N applications plus 20 × 500 for others. ms, p50 / p95; the floor is p50 / p95.
 *
 * | operation                        | SQLite 50k seq | 10 clients p50 | floor       | PG 10k seq  | PG 200k seq | PG 200k 10 clients p50 |
 * |----------------------------------|----------------|----------------|-------------|-------------|-------------|------------------------|
 * | list, broad status, default sort | 10.7 / 20.9    | 62.7           | 1.37 / 17.6 | 17.3 / 30.9 | 24.3 / 38.3 | 156                    |
 * | list, one status, default sort   | 8.6 / 12.0     | 59.7           | 0.66 / 6.01 | 14.2 / 17.1 | 14.0 / 22.8 | 93.0                   |
 * | list, no filter, default sort    | 7.9 / 14.4     | 57.7           | 1.75 / 19.6 | 10.9 / 16.8 | 17.8 / 24.1 | 104                    |
 * | search                           | 10.3 / 18.5    | 76.1           | 3.57 / 28.1 | 15.3 / 24.4 | 58.2 / 69.9 | 461                    |
 * | insights                         | 11.3 / 17.9    | 94.9           | 2.34 / 7.16 | 16.8 / 26.1 | 51.1 / 61.1 | 299                    |
 * | board                            | 20.0 / 31.1    | 172            | 5.04 / 9.60 | 21.4 / 29.8 | 39.1 / 45.4 | 229                    |
 * | detail                           | 3.4 / 7.0      | 22.4           | 0.52 / 0.74 | 7.2 / 9.9   | 4.9 / 6.8   | 39.3                   |
 * | move (writes)                    | 9.0 / 12.3     | 114            | 1.00 / 22.8 | 16.1 / 20.9 | 12.5 / 17.8 | 90.5                   |
 *
 * At 1k and 10k on SQLite every sequential p95 is under 36 ms. Before this round, on the same quiet
 * machine at 50k: board 138 / 195 ms (10 clients 1,268), search 23.0 / 74.0 (285), insights
 * 14.2 / 22.8 (110), move 14.7 / 23.1 (96.8). The board's cost that is left does not grow with the
 * data (17 ms at 1k): it is the answer itself, 50 cards in each of eleven columns.
 *
 * Since ADR 0048 the board sends cards for the open columns only (20 each, the fields a card shows;
 * the ended columns their totals), 243 KB → 17 KB at 50k, and a move writes its derived state by
 * UPDATE on SQLite. The board's floor above still reads the old answer (every column, 50 rows, every
 * field), more than the board now reads. Measured before and after on the shared machine, each pair
 * run back to back on the same kept data (`--only board,move --runs 20 --sqlite-dir …`), ms:
 *
 * | run (load)          | board seq p50 / p95 | board 10 clients p50 | board CPU/call | move seq p50 / p95 | move 10 clients p50 | move+undo CPU/call |
 * |---------------------|---------------------|----------------------|----------------|--------------------|---------------------|--------------------|
 * | before (10.6 → 9.8) | 44.5 / 168.1        | 374                  | 25.4           | 27.2 / 69.4        | 121                 | 22.9               |
 * | after  (9.8 → 9.3)  | 38.7 / 245.2        | 381                  | 11.7           | 17.4 / 48.1        | 314                 | 22.1               |
 * | before (9.2 → 9.9)  | 96.6 / 125.9        | 769                  | 26.9           | 23.7 / 87.2        | 324                 | 24.1               |
 * | after  (9.9 → 9.7)  | 57.1 / 88.9         | 163                  | 10.4           | 21.1 / 51.3        | 281                 | 20.3               |
 *
 * Wall times at load 10 swing two- to threefold between identical runs; the server's CPU per call is
 * the comparison (the board's halved; the move's barely moved: see ADR 0048 for all ten runs).
 *
 * After ADRs 0048 and 0051 (local mode sends its answers uncompressed), 2026-12-03 18:27, quiet
 * machine (load 0.3–0.8, then 1–2 for PostgreSQL), `--sqlite 1000,10000,50000 --runs 40` with the
 * 50k data kept (`--sqlite-dir`) and `--pg 10000,200000 --pg-keep --runs 20`. ms, p50 / p95; server
 * CPU per call in brackets (a move's includes its untimed undo):
 *
 * | operation                        | SQLite 50k seq     | 10 clients p50 | SQLite 10k seq | PG 10k seq  | PG 200k seq | PG 200k 10 clients p50 |
 * |----------------------------------|--------------------|----------------|----------------|-------------|-------------|------------------------|
 * | list, broad status, default sort | 7.3 / 17.0 (5.8)   | 32.3           | 6.6 / 11.8     | 16.7 / 27.9 | 25.2 / 69.6 | 164                    |
 * | list, one status, default sort   | 4.6 / 9.9 (5.2)    | 34.5           | 4.0 / 9.7      | 9.4 / 14.6  | 17.1 / 72.7 | 97.4                   |
 * | list, no filter, default sort    | 6.5 / 10.7 (6.6)   | 54.3           | 4.4 / 11.3     | 10.3 / 12.3 | 21.1 / 34.4 | 101                    |
 * | search                           | 7.6 / 16.2 (8.2)   | 50.0           | 5.9 / 11.2     | 12.8 / 20.6 | 56.5 / 71.9 | 475                    |
 * | insights                         | 13.8 / 19.3 (15.6) | 105            | 9.2 / 20.7     | 15.5 / 46.8 | 53.1 / 73.4 | 285                    |
 * | board                            | 10.3 / 11.5 (8.7)  | 54.4           | 4.2 / 8.9      | 8.7 / 15.4  | 34.8 / 39.1 | 242                    |
 * | detail                           | 3.9 / 4.8 (3.2)    | 20.8           | 1.8 / 3.8      | 6.9 / 8.4   | 8.6 / 13.3  | 34.0                   |
 * | move (writes)                    | 10.9 / 20.7 (21.4) | 85.6           | 7.7 / 19.6     | 19.3 / 23.0 | 18.8 / 29.9 | 116                    |
 *
 * The one server process runs requests in turn, so a 10-client median is about ten times the CPU
 * of one call: insights (about 15 ms of CPU a call at 1k as at 50k: its answer, not the data) is the
 * one still over 100 ms at 50k.
 *
 * After ADR 0055 (insights sends the comparisons it shows), 2026-12-04 00:37, quiet machine (load 0.6 → 0.8 for
 * SQLite, 0.7 → 1.4 for PostgreSQL), `--sqlite 50000 --sqlite-dir … --pg none --runs 40` and
 * `--sqlite none --pg 10000,50000 --pg-keep --runs 40`. ms, p50 / p95; server CPU per call in brackets:
 *
 * | operation                        | SQLite 50k seq  | 10 clients p50 | PG 10k seq  | PG 10k 10 clients p50 | PG 50k seq  | PG 50k 10 clients p50 |
 * |----------------------------------|-----------------|----------------|-------------|-----------------------|-------------|-----------------------|
 * | list, broad status, default sort | 8.3 / 12.0 (6.4) | 39.7          | 10.4 / 17.6 | 82.5                  | 21.0 / 31.2 | 127                   |
 * | list, one status, default sort   | 3.7 / 8.6 (3.9) | 25.2           | 6.6 / 13.3  | 57.5                  | 7.7 / 12.5  | 60.2                  |
 * | list, no filter, default sort    | 4.6 / 9.8 (4.8) | 32.3           | 7.4 / 16.3  | 55.7                  | 15.9 / 21.0 | 85.2                  |
 * | search                           | 6.5 / 13.1 (6.8) | 44.2          | 8.2 / 15.3  | 62.7                  | 18.5 / 26.6 | 107                   |
 * | insights                         | 6.3 / 10.3 (7.9) | 46.9          | 8.9 / 22.2  | 59.2                  | 20.8 / 27.0 | 98.9                  |
 * | insights after a move            | 7.7 / 14.3 (23.7) | 59.8         | 8.8 / 18.9  | 17.3                  | 16.0 / 21.5 | 31.1                  |
 * | board                            | 5.9 / 9.2 (5.3) | 36.1           | 5.8 / 9.2   | 44.4                  | 16.3 / 20.8 | 69.5                  |
 * | detail                           | 1.8 / 3.4 (1.6) | 11.1           | 3.3 / 7.7   | 26.9                  | 3.1 / 4.2   | 21.2                  |
 * | move (writes)                    | 5.5 / 11.8 (11.8) | 49.5         | 8.3 / 13.9  | 83.3                  | 8.0 / 11.7  | 64.9                  |
 *
 * Every SQLite median with 10 clients is under 100 ms at 50k. On PostgreSQL at 50k the broad list (127) and
 * search (107) are not: their floors (the same statements by hand) take 10–12 ms a call, most of it counting
 * the 30,000 rejected rows (an index-only scan, 10 ms) or the matches, and the database's work on the shared
 * two cores is what ten clients queue behind; the server's own CPU is 5–7 ms a call.
 *
 * After ADR 0064 (PostgreSQL search totals from kept value counts; the home page reads what it shows),
 * 2026-12-05 00:07, the code before and after run back to back on the same data, load average 2.5 → 4.0.
 * ms, p50 / p95 / max; server CPU per call in brackets:
 *
 * | operation            | before                         | after                          |
 * |----------------------|--------------------------------|--------------------------------|
 * | PG 50k search, seq   | 15.1 / 24.4 / 25 (3.3)         | 7.2 / 12.1 / 15 (3.3)          |
 * | PG 50k search, 10 cl | 99.9 / 123.7 / 153             | 49.5 / 77.3 / 89               |
 * | SQLite 10k home, seq | 30.8 / 41.5 / 64 (29.4)        | 20.5 / 32.2 / 38 (20.1)        |
 *
 * The home page at 50k (either database) could not be measured before: its first visit failed (ADR 0064).
 * After, PostgreSQL 50k (load 4.6 → 5.2): 151.6 / 235.2 / 258 sequential, 60.9 ms of server CPU a call.
 */
import os from 'node:os';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { INSIGHTS_FIRST } from '../src/contracts/first-pages.js';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import type { DB } from '../src/db/schema.js';
import { todayIn } from '../src/domain/time.js';
import { seedScaleOwner } from './support/scale-data.js';
import { startBenchServer } from './support/server.js';
import { formatCell, printTable, timeConcurrent, timeMany, type Timing } from './support/stats.js';
import { listFloor, searchFloor, insightsFloor, boardFloor, detailFloor, moveFloor, captureStatements, replayFloor } from './support/scale-floors.js';
import { getHome } from '../src/services/home.service.js';

const OWNER = 'local';
const CLIENTS = 10;
const SEARCHES = ['harbor', 'nova', 'engineer', 'berlin', 'cedarw', 'analyst', 'quill', 'remote'];

function listOption(args: string[], name: string, fallback: number[]): number[] {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = args[i + 1] ?? '';
  return v === 'none' ? [] : v.split(',').map(Number).filter((n) => n > 0);
}

function textOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function numberOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

/** Kept-alive connections the server closes as idle can fail a read on reuse: it is sent again (at most 3 times). */
async function fetchRetrying(url: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url);
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

interface Operation {
  name: string;
  runs: number;
  call: (i: number) => Promise<void | number>;
  floor: (i: number) => Promise<unknown>;
}

async function seed(database: Database, size: number): Promise<string[]> {
  await migrate(database.db);
  const kept = await database.db.selectFrom('applications').select('id').where('owner_id', '=', OWNER).orderBy('id').execute();
  const others = await database.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).where('owner_id', '<>', OWNER).executeTakeFirstOrThrow();
  if (kept.length === size && Number(others.n) === 20 * 500) {
    console.log(`  reusing the kept ${size} applications`);
    // In the order they were written, as a fresh seed returns them.
    return kept.map((r) => r.id).sort((a, b) => Number(a.slice(a.lastIndexOf('a') + 1)) - Number(b.slice(b.lastIndexOf('a') + 1)));
  }
  if (kept.length > 0) throw new Error(`the kept database holds ${kept.length} applications, not ${size}: drop it first`);
  const today = todayIn('UTC');
  const t0 = performance.now();
  // One transaction a batch (see seedScaleOwner).
  const main = await seedScaleOwner(database.db, OWNER, size, today, 1);
  for (let u = 0; u < 20; u++) await database.db.transaction().execute((trx) => seedScaleOwner(trx, `other${u}`, 500, today, 100 + u));
  await sql`analyze`.execute(database.db);
  console.log(`  seeded ${size} applications (${main.events} events) plus 20 × 500 for others in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return main.ids;
}

async function movable(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('application_state').select('application_id').where('owner_id', '=', OWNER)
    .where('status', 'in', ['applied', 'screen', 'assessment']).orderBy('application_id').execute();
  return rows.map((r) => r.application_id);
}

async function measureSize(label: string, size: number, database: Database, env: NodeJS.ProcessEnv, runs: number, concurrent: number, only: string | undefined, seedOnly = false): Promise<(string | number)[][]> {
  const ids = await seed(database, size);
  if (seedOnly) return [];
  const db = database.db;
  const pool = await movable(db);
  const server = await startBenchServer(env);
  const get = async (path: string): Promise<void> => {
    // A kept-alive connection the server closes as idle (after a floor phase)
    // can fail the first request on it: a read is sent again, once.
    const res = await fetchRetrying(server.base + path);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  let moveCounter = 0;
  const move = async (): Promise<number> => {
    const id = pool[moveCounter++ % pool.length]!;
    const t0 = performance.now();
    const res = await fetch(`${server.base}/api/applications/${id}/events`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: server.base }, body: JSON.stringify({ stage: 'interview' }),
    });
    const body = (await res.json()) as { changed?: boolean; event?: { id: string } | null };
    const spent = performance.now() - t0;
    if (res.status !== 201 || !body.changed || !body.event) throw new Error(`move of ${id} wrote nothing: ${res.status} ${JSON.stringify(body)}`);
    const undo = await fetch(`${server.base}/api/applications/${id}/events/${body.event.id}`, { method: 'DELETE', headers: { origin: server.base } });
    if (!undo.ok) throw new Error(`undo of ${id}: ${undo.status}`);
    await undo.arrayBuffer();
    return spent;
  };
  // A move (untimed), the insights read on the counts it changed (timed), then the move undone (untimed).
  const insightsAfterMove = async (): Promise<number> => {
    const id = pool[moveCounter++ % pool.length]!;
    const res = await fetch(`${server.base}/api/applications/${id}/events`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: server.base }, body: JSON.stringify({ stage: 'interview' }),
    });
    const body = (await res.json()) as { changed?: boolean; event?: { id: string } | null };
    if (res.status !== 201 || !body.changed || !body.event) throw new Error(`move of ${id} wrote nothing: ${res.status} ${JSON.stringify(body)}`);
    const t0 = performance.now();
    await get(INSIGHTS_FIRST);
    const spent = performance.now() - t0;
    const undo = await fetch(`${server.base}/api/applications/${id}/events/${body.event.id}`, { method: 'DELETE', headers: { origin: server.base } });
    if (!undo.ok) throw new Error(`undo of ${id}: ${undo.status}`);
    await undo.arrayBuffer();
    return spent;
  };
  const listPage = (i: number) => 1 + (i % 5);
  let homeStatements: CompiledQuery[] = [];
  const operations: Operation[] = [
    {
      name: 'list, broad status (rejected), default sort', runs,
      call: (i) => get(`/api/applications?status=rejected&sort=updated&order=desc&page=${listPage(i)}&pageSize=25`),
      floor: (i) => listFloor(db, OWNER, ['rejected'], listPage(i)),
    },
    {
      name: 'list, one status (applied), default sort', runs,
      call: (i) => get(`/api/applications?status=applied&sort=updated&order=desc&page=${listPage(i)}&pageSize=25`),
      floor: (i) => listFloor(db, OWNER, ['applied'], listPage(i)),
    },
    {
      name: 'list, no filter, default sort', runs,
      call: (i) => get(`/api/applications?sort=updated&order=desc&page=${listPage(i)}&pageSize=25`),
      floor: (i) => listFloor(db, OWNER, null, listPage(i)),
    },
    {
      name: 'search', runs,
      call: (i) => get(`/api/applications?q=${SEARCHES[i % SEARCHES.length]}&sort=updated&order=desc&pageSize=25`),
      floor: (i) => searchFloor(db, OWNER, SEARCHES[i % SEARCHES.length]!),
    },
    // As the insights page asks (INSIGHTS_FIRST). The report's comparisons are kept by their counts, so a read after
    // nothing changed reuses them: the next row reads it just after a move changed the counts, timing the read alone.
    { name: 'insights', runs: Math.max(10, Math.floor(runs / 2)), call: () => get(INSIGHTS_FIRST), floor: () => insightsFloor(db, OWNER) },
    { name: 'insights after a move', runs: Math.max(10, Math.floor(runs / 2)), call: () => insightsAfterMove(), floor: () => insightsFloor(db, OWNER) },
    { name: 'board', runs, call: () => get('/api/board'), floor: () => boardFloor(db, OWNER) },
    { name: 'home', runs, call: () => get('/api/home'), floor: () => replayFloor(db, homeStatements) },
    { name: 'detail', runs, call: (i) => get(`/api/applications/${ids[(i * 7919) % ids.length]}`), floor: (i) => detailFloor(db, OWNER, ids[(i * 7919) % ids.length]!) },
    { name: 'move (writes)', runs, call: () => move(), floor: (i) => moveFloor(db, OWNER, pool[i % pool.length]!) },
  ];
  const rows: (string | number)[][] = [];
  try {
    await get('/api/board');
    await get(INSIGHTS_FIRST);
    const selected = operations.filter((o) => !only || only.split(',').some((part) => o.name.includes(part)));
    if (selected.some((o) => o.name === 'home')) {
      // The home page's statements, as one getHome in this process runs them on a second visit (the server's first
      // visit recorded the wins).
      await get('/api/home');
      homeStatements = await captureStatements(db, (spy) => getHome({ db: spy, ownerId: OWNER, now: () => new Date() }));
    }
    for (const op of selected) {
      try {
        await op.call(0);
        const cpu0 = server.cpuMs();
        const seq = await timeMany(op.runs, op.call);
        const cpu1 = server.cpuMs();
        const calls = Math.max(op.runs, 5 * CLIENTS) * (concurrent / 100);
        const conc = await timeConcurrent(calls, CLIENTS, op.call);
        const cpu = (cpu1 - cpu0 + server.cpuMs() - cpu1) / (op.runs + calls);
        const floor = await timeMany(op.runs, async (i) => void (await op.floor(i)));
        rows.push(row(label, size, op.name, seq, conc, floor, cpu));
      } catch (e) {
        rows.push([label, size, op.name, `failed: ${e instanceof Error ? `${e.message} ${String((e as { cause?: unknown }).cause ?? '')}` : String(e)}`, '', '', '', '', '', '']);
        process.exitCode = 1;
      }
      console.log(`  ${rows[rows.length - 1]!.slice(2).map(formatCell).join(' | ')}`);
    }
    const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
    rows.push([label, size, `server peak RSS ${server.peakRssMb().toFixed(0)} MB; load ${load}`, '', '', '', '', '', '', '']);
  } finally {
    await server.stop();
  }
  return rows;
}

/** `cpu`: the server process's CPU time per call over both phases (a move's call includes its untimed undo). */
function row(label: string, size: number, name: string, seq: Timing, conc: Timing, floor: Timing, cpu: number): (string | number)[] {
  const f = (t: Timing) => `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)} / ${t.max.toFixed(0)}`;
  return [label, size, name, f(seq), seq.rps, f(conc), conc.rps, `${floor.p50.toFixed(2)} / ${floor.p95.toFixed(2)}`, `${(seq.p50 / floor.p50).toFixed(1)}×`, cpu.toFixed(1)];
}

async function withPostgres<T>(adminUrl: string, size: number, keep: boolean, prefix: string, fn: (database: Database, url: string) => Promise<T>): Promise<T> {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`--pg-name: ${prefix} is not a plain database name (lower-case letters, digits, _)`);
  const name = keep ? `${prefix}_${size}` : `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!keep || !exists) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString() });
  try {
    return await fn(database, url.toString());
  } finally {
    await database.close();
    if (!keep) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function run(args: string[]): Promise<void> {
  const sqliteSizes = listOption(args, 'sqlite', [1000, 10_000, 50_000]);
  const pgSizes = listOption(args, 'pg', [10_000]);
  const runs = numberOption(args, 'runs', 40);
  const concurrent = numberOption(args, 'concurrent', 100);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  console.log(`${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
  const rows: (string | number)[][] = [];
  for (const size of sqliteSizes) {
    console.log(`SQLite, ${size} applications:`);
    const kept = textOption(args, 'sqlite-dir');
    const dir = kept ? join(kept, String(size)) : mkdtempSync(join(tmpdir(), 'debrief-bench-scale-'));
    if (kept) mkdirSync(dir, { recursive: true });
    const database = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    try {
      rows.push(...(await measureSize('SQLite', size, database, { DEBRIEF_DATA_DIR: dir, DATABASE_URL: '' }, runs, concurrent, only, args.includes('--seed-only'))));
    } finally {
      await database.close();
      if (!kept) rmSync(dir, { recursive: true, force: true });
    }
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    for (const size of pgSizes) {
      console.log(`PostgreSQL, ${size} applications:`);
      rows.push(...(await withPostgres(adminUrl, size, args.includes('--pg-keep'), textOption(args, 'pg-name') ?? 'debrief_bench_scale', (database, url) => measureSize('PostgreSQL', size, database, { DATABASE_URL: url }, runs, concurrent, only, args.includes('--seed-only')))));
    }
  } else if (pgSizes.length > 0) {
    console.log('(set TEST_DATABASE_URL to include PostgreSQL)');
  }
  console.log(`\nms: p50 / p95 / max; req/s; sequential, then ${CLIENTS} concurrent clients; floor = hand-written SQL in-process (see bench/scale.bench.ts)`);
  printTable(['db', 'apps', 'operation', 'sequential', 'req/s', `${CLIENTS} clients`, 'req/s', 'floor p50 / p95', 'vs floor', 'server CPU ms/call'], rows);
}
