/**
 * `npm run bench -- insights [--runs 30] [--apps 10000]`: one seeker with
 * 10,000 applications (~60,000 stage events) plus other users, written in bulk
 * through the repos; then the full `getInsights` p50/p95 beside one
 * hand-written SQL query over the same projection (the floor, see floorQuery), on
 * SQLite (a temp file) and, when TEST_DATABASE_URL is set, PostgreSQL (a fresh
 * database, dropped afterwards). Target: p95 < 100 ms on both.
 *
 * Measured 2026-11-22 on the shared 2-core machine (load average 5–6 from other
 * work, so p95 is mostly noise from the neighbours), 30 runs each, ms:
 *
 * | version                                   | database   | p50     | p95       | floor p50 |
 * |-------------------------------------------|------------|---------|-----------|-----------|
 * | before (11 GROUP BYs, Fisher over support) | SQLite     | 261     | 396       | 23        |
 * |                                           | PostgreSQL | 184     | 408       | 37        |
 * | after, run 1 / 2 / 3 (quietest)           | SQLite     | 99–104  | 140–206   | 11–12     |
 * |                                           | PostgreSQL | 113–126 | 166–261   | 21–29     |
 *
 * In-process split after (SQLite): facts CTE ≈ 45 ms (events pass ≈ 20, joins ≈ 8,
 * materialise ≈ 15), 4 block pre-groupings + 2 day histograms ≈ 45 ms, JS ≈ 9 ms
 * (Fisher ≈ 4 ms for 177 tests, was ≈ 15–18). The target is not met on this machine.
 * (The floor in that table counted stage events by furthest stage: not the
 * same work as the report. It is now the projection GROUP BY of floorQuery.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sql, type Insertable, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import type { ApplicationsTable, CompaniesTable, DB, StageEventsTable } from '../src/db/schema.js';
import { insertApplications } from '../src/db/repos/applications.repo.js';
import { insertCompanies } from '../src/db/repos/companies.repo.js';
import { insertEvents } from '../src/db/repos/events.repo.js';
import { ensureUser } from '../src/db/repos/users.repo.js';
import { refreshApplicationState } from '../src/db/repos/derived-state.js';
import { seededRandom } from '../src/domain/demo/sample-search.js';
import type { Stage } from '../src/domain/applications/stages.js';
import { addDays, todayIn } from '../src/domain/time.js';
import { getInsights } from '../src/services/insights.service.js';
import { printTable, timeMany } from './support/stats.js';
import { insightsFloor } from './support/scale-floors.js';

/** Shapes of an application's history and how often each happens (~6 events on average). */
const PATHS: [number, Stage[]][] = [
  [14, ['saved', 'applied', 'rejected']],
  [10, ['saved', 'applied', 'ghosted']],
  [4, ['saved', 'applied']],
  [14, ['saved', 'applied', 'screen', 'rejected']],
  [14, ['saved', 'applied', 'screen', 'assessment', 'interview', 'rejected']],
  [16, ['saved', 'applied', 'screen', 'interview', 'interview', 'interview', 'interview', 'rejected']],
  [12, ['saved', 'applied', 'screen', 'assessment', 'interview', 'interview', 'interview', 'final', 'rejected']],
  [6, ['saved', 'applied', 'screen', 'interview', 'interview', 'ghosted']],
  [5, ['saved', 'applied', 'screen', 'assessment', 'interview', 'interview', 'interview', 'final', 'offer', 'accepted']],
  [3, ['saved', 'applied', 'screen', 'interview', 'interview', 'final', 'offer', 'withdrawn']],
  [2, ['saved', 'applied', 'screen', 'withdrawn']],
];
const WEIGHT = PATHS.reduce((s, [w]) => s + w, 0);
const SOURCES = ['job_board', 'company_site', 'recruiter', 'network', 'other'];
const SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+', null];
const FAMILIES = ['data', 'software', 'product', 'design'];
const LEVELS = ['junior', 'mid', 'senior', 'lead'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

export async function seedUser(db: Kysely<DB>, ownerId: string, count: number, today: string, seed: number): Promise<number> {
  const r = seededRandom(seed);
  const now = new Date().toISOString();
  await ensureUser(db, ownerId, ownerId, now);
  const companies: Insertable<CompaniesTable>[] = Array.from({ length: Math.max(1, Math.ceil(count / 5)) }, (_, i) => ({
    id: `${ownerId}-c${i}`, owner_id: ownerId, name: `Company ${i}`, name_key: `company ${i}`, size: pick(r, SIZES), created_at: now, updated_at: now,
  }));
  for (let i = 0; i < companies.length; i += 500) await insertCompanies(db, companies.slice(i, i + 500));
  let events = 0;
  for (let start = 0; start < count; start += 200) {
    const apps: Insertable<ApplicationsTable>[] = [];
    const rows: Insertable<StageEventsTable>[] = [];
    for (let i = start; i < Math.min(count, start + 200); i++) {
      const id = `${ownerId}-a${i}`;
      const referral = r() < 0.12 ? 1 : 0;
      apps.push({
        id, owner_id: ownerId, company_id: companies[i % companies.length]!.id, title: 'Analyst',
        source: referral ? 'network' : pick(r, SOURCES), referral, tailored: r() < 0.4 ? 1 : 0,
        resume_version: pick(r, ['v1', 'v2', 'v3', null]), fit: r() < 0.1 ? null : 1 + Math.floor(r() * 5),
        excitement: r() < 0.1 ? null : 1 + Math.floor(r() * 5), remote: pick(r, ['onsite', 'hybrid', 'remote', null]),
        role_family: pick(r, FAMILIES), seniority: pick(r, LEVELS), created_at: now, updated_at: now,
      });
      let w = r() * WEIGHT;
      const path = PATHS.find(([weight]) => (w -= weight) < 0)?.[1] ?? PATHS[0]![1];
      let day = addDays(today, -Math.floor(r() * 540) - 60);
      path.forEach((stage, k) => {
        day = addDays(day, k === 0 ? 0 : 1 + Math.floor(r() * 9));
        rows.push({
          id: `${id}-e${k}`, owner_id: ownerId, application_id: id, stage, occurred_on: day,
          round: stage === 'interview' ? k : null, interview_type: null, note: null, created_at: new Date(Date.parse(now) + k).toISOString(),
        });
      });
    }
    await insertApplications(db, apps);
    for (let i = 0; i < rows.length; i += 500) await insertEvents(db, rows.slice(i, i + 500));
    events += rows.length;
  }
  await refreshApplicationState(db, ownerId, today);
  return events;
}

/**
 * The floor: one hand-written GROUP BY over the tables the service reads (the
 * application_state projection joined to applications), counting
 * applications by furthest stage, status and source: the funnel plus one
 * segment dimension. The report also computes ten more dimensions, reasons,
 * themes and response times, so the floor is lower than any full report
 * could be; the ratio is an upper bound on the service's overhead.
 */
const floorQuery = insightsFloor;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
}

async function measure(label: string, database: Database, apps: number, runs: number): Promise<(string | number)[]> {
  const db = database.db;
  await migrate(db);
  const today = todayIn('UTC');
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    const events = await seedUser(trx, 'local', apps, today, 1);
    for (let u = 0; u < 20; u++) await seedUser(trx, `other${u}`, 250, today, 100 + u);
    console.log(`${label}: seeded ${apps} applications with ${events} events for one user, plus 20 × 250 for others, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });
  if (database.dialect === 'postgres') await sql`analyze`.execute(db);
  const ctx = { db, ownerId: 'local', now: () => new Date() };
  const check = await getInsights(ctx);
  console.log(`  ${check.totals.sent} sent, ${check.segments.length} segment comparisons, ${check.segments.filter((s) => s.highlight).length} highlighted`);
  for (let i = 0; i < 3; i++) await getInsights(ctx);
  const full = await timeMany(runs, async () => void (await getInsights(ctx)));
  const floor = await timeMany(runs, async () => void (await floorQuery(db, 'local')));
  return [label, full.p50, full.p95, floor.p50, floor.p95, `${(full.p50 / floor.p50).toFixed(1)}×`, full.p95 < 100 ? 'yes' : 'NO'];
}

export async function run(args: string[]): Promise<void> {
  const apps = option(args, 'apps', 10_000);
  const runs = option(args, 'runs', 30);
  const rows: (string | number)[][] = [];

  const dir = mkdtempSync(join(tmpdir(), 'debrief-bench-insights-'));
  const lite = openDatabase({ sqlitePath: join(dir, 'bench.sqlite') });
  try {
    rows.push(await measure('SQLite', lite, apps, runs));
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `debrief_bench_insights_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const pgdb = openDatabase({ url: url.toString() });
    try {
      rows.push(await measure('PostgreSQL', pgdb, apps, runs));
    } catch (e) {
      console.error('PostgreSQL run failed:', e instanceof Error ? e.message : e);
      process.exitCode = 1;
    } finally {
      await pgdb.close();
      // pool.end() resolves before the server sessions are gone; dropping "with (force)"
      // then kills them and the ended pool reports it as an unhandled error.
      for (let i = 0; i < 50; i++) {
        const open = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (Number(open.rows[0]?.n ?? 0) === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    console.log('TEST_DATABASE_URL is not set: PostgreSQL skipped.');
  }
  console.log(`\ngetInsights vs the floor (${runs} runs each, ms)`);
  printTable(['database', 'insights p50', 'insights p95', 'floor p50', 'floor p95', 'ratio (p50)', 'p95 < 100 ms'], rows);
}
