import { Migrator, PostgresAdapter, sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import { COMPANY_SIZES, REMOTE, SOURCES, type ApplicationCreateInput } from '../../src/contracts/applications.js';
import type { Stage } from '../../src/domain/applications/stages.js';
import * as apps from '../../src/services/applications.service.js';
import { moveApplication, undoLastEvent } from '../../src/services/application-events.service.js';
import { buildBackup, restoreBackup } from '../../src/services/backup.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import { NON_INFORMATIVE_REASONS } from '../../src/domain/insights/index.js';
import { listCompanies, updateCompany } from '../../src/services/companies.service.js';
import { loadSampleSearch, removeSampleSearch } from '../../src/services/demo.service.js';
import { getInsights } from '../../src/services/insights.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const PATHS: Stage[][] = [
  [],
  ['rejected'],
  ['ghosted'],
  ['withdrawn'],
  ['screen'],
  ['screen', 'rejected'],
  ['screen', 'assessment'],
  ['screen', 'interview', 'rejected'],
  ['screen', 'interview', 'final'],
  ['screen', 'interview', 'final', 'offer'],
  ['screen', 'interview', 'final', 'offer', 'accepted'],
  ['screen', 'withdrawn'],
];
const TITLES = ['Data Analyst', 'Backend Engineer', 'Senior Product Manager', 'UX Designer', 'Junior Data Scientist', 'Staff Engineer'];
const DAYS = ['2026-08-03', '2026-09-14', '2026-10-02', '2026-10-25', '2026-11-05', '2026-11-12'];

/**
 * The counts kept per member and employer (employer_counts, employer_reply_days) must equal a scan of
 * every sent application, for every owner.
 */
async function expectEmployerCountsKept(db: Kysely<DB>, label: string) {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const days = pg ? sql`cast(first_reply_on as date) - cast(applied_on as date)` : sql`cast(julianday(first_reply_on) - julianday(applied_on) as integer)`;
  const kept = await sql<Record<string, unknown>>`select owner_id, company_key, applications, replies, interviews, offers from employer_counts
    where applications <> 0 order by owner_id, company_key`.execute(db);
  const scanned = await sql<Record<string, unknown>>`select owner_id, company_key, count(*) as applications,
      sum(case when first_reply_on is not null then 1 else 0 end) as replies, sum(case when reached_rank >= 4 then 1 else 0 end) as interviews,
      sum(case when reached_rank >= 6 then 1 else 0 end) as offers
    from application_state where reached_rank >= 1 group by owner_id, company_key order by owner_id, company_key`.execute(db);
  const numbers = (rows: Record<string, unknown>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && k !== 'owner_id' && k !== 'company_key' ? Number(v) : v])));
  expect(numbers(kept.rows), `${label}: employer counts`).toEqual(numbers(scanned.rows));
  const keptDays = await sql<Record<string, unknown>>`select owner_id, company_key, days, n from employer_reply_days where n <> 0 order by owner_id, company_key, days`.execute(db);
  const scannedDays = await sql<Record<string, unknown>>`select owner_id, company_key, ${days} as days, count(*) as n from application_state
    where reached_rank >= 1 and first_reply_on is not null group by owner_id, company_key, ${days} order by owner_id, company_key, days`.execute(db);
  expect(numbers(keptDays.rows), `${label}: employer reply days`).toEqual(numbers(scannedDays.rows));
}

/** The report read from the kept counts must equal the one recomputed from the events. */
async function expectSameReport(ctx: ServiceContext, label: string) {
  const kept = await getInsights(ctx);
  const recomputed = await getInsights(ctx, { recompute: true });
  expect(kept, label).toEqual(recomputed);
  await expectEmployerCountsKept(ctx.db, label);
  // A count lowered to nothing is removed where it was lowered (migration 20261206_06_0001), not left behind.
  const empty = await sql<{ n: number | string }>`select (select count(*) from insight_reason_counts where n = 0 and outside = 0)
    + (select count(*) from insight_rejection_months where rejections = 0) as n`.execute(ctx.db);
  expect(Number(empty.rows[0]!.n), `${label}: empty month and reason counts`).toBe(0);
  return kept;
}

describe.each(testDialects())('kept insight counts on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('count "no reason given" as the one reason that is not stated, as the migration does', () => {
    expect(NON_INFORMATIVE_REASONS).toEqual(['generic']);
  });

  it('give the report a recomputation from the events gives, after every kind of change', async () => {
    const ctx = await testContext(database, { ownerId: 'u-kept', now: '2026-11-20T10:00:00.000Z' });
    const other = await testContext(database, { ownerId: 'u-kept-other', now: '2026-11-20T10:00:00.000Z' });
    await givenApplication(other, { source: 'network' }, ['screen', 'interview', 'offer']);
    const r = random(dialect === 'sqlite' ? 7 : 11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const ids: string[] = [];
    for (let i = 0; i < 36; i++) {
      const overrides: Partial<ApplicationCreateInput> = {
        company: `Firm ${i % 9}`,
        title: pick(TITLES),
        date: pick(DAYS),
        source: r() < 0.2 ? null : pick(SOURCES),
        referral: r() < 0.3,
        tailored: r() < 0.5,
        fit: r() < 0.25 ? null : 1 + Math.floor(r() * 5),
        excitement: r() < 0.25 ? null : 1 + Math.floor(r() * 5),
        remote: r() < 0.2 ? null : pick(REMOTE),
        resumeVersion: r() < 0.4 ? null : pick(['v1', 'v2', 'design']),
      };
      if (i % 12 === 0) overrides.stage = 'saved';
      const app = await givenApplication(ctx, overrides, i % 12 === 0 ? [] : pick(PATHS));
      ids.push(app.id);
    }
    // Known histories for the moves below.
    const toReject = (await givenApplication(ctx, { company: 'Firm 1', source: 'network', date: '2026-11-10' }, ['screen'])).id;
    const toBook = (await givenApplication(ctx, { company: 'Firm 2', date: '2026-10-01' }, [])).id;
    const companies = await listCompanies(ctx);
    for (const [i, c] of companies.entries()) {
      if (i % 3 !== 2) await updateCompany(ctx, c.id, { size: COMPANY_SIZES[i % COMPANY_SIZES.length]! });
    }
    const first = await expectSameReport(ctx, 'seeded');
    expect(first.totals.applications).toBe(38);
    expect(first.outcomes.some((o) => o.outcome === 'silence')).toBe(true);
    expect(first.outcomes.some((o) => o.outcome === 'in_progress')).toBe(true);

    // Edits that move an application between segments, and a company's size.
    const edited = await apps.getApplicationSummary(ctx, ids[3]!);
    await apps.updateApplication(ctx, edited.id, { version: edited.version, source: 'recruiter', fit: 2, remote: 'hybrid', title: 'Principal Engineer', tailored: true });
    await updateCompany(ctx, companies[0]!.id, { size: null });
    await expectSameReport(ctx, 'after edits');
    // A company renamed: its applications count for another employer.
    await updateCompany(ctx, companies[1]!.id, { name: 'Firm Renamed' });
    await expectSameReport(ctx, 'after a company is renamed');

    // Moves, a booked step ahead, and the day it comes.
    await moveApplication(ctx, toReject, { stage: 'rejected', occurredOn: '2026-11-19' });
    await moveApplication(ctx, toBook, { stage: 'screen', occurredOn: '2026-11-27' });
    await expectSameReport(ctx, 'after moves');
    ctx.clock.set('2026-11-28T10:00:00.000Z');
    await expectSameReport(ctx, 'after the booked step came');

    // Debriefs: reasons (stated or not, inside or outside), lessons, a rejection recorded again on another day.
    const debriefed: string[] = [];
    const REASON_SETS = [
      [{ reason: 'internal_candidate' }, { reason: 'generic' }],
      [{ reason: 'generic' }],
      [{ reason: 'profile_mismatch' }, { reason: 'internal_candidate', control: 'within' }],
      [],
      [{ reason: 'profile_mismatch', control: 'outside' }],
    ];
    for (const [i, reasons] of REASON_SETS.entries()) {
      const app = await givenApplication(ctx, { company: `Firm ${i}`, date: '2026-09-20' }, ['screen']);
      await debrief.recordRejection(ctx, app.id, { date: `2026-${i % 2 ? '10' : '11'}-1${i}`, reasons: reasons as never });
      if (i % 2 === 0) await saveLessons(ctx, app.id, { themes: [{ slug: 'system_design' }, ...(i === 2 ? [{ label: 'Salary homework' }] : [])] });
      debriefed.push(app.id);
    }
    const withReasons = await expectSameReport(ctx, 'after debriefs');
    expect(withReasons.reasons.available).toBe(true);
    expect(withReasons.themes.available).toBe(true);
    await debrief.recordRejection(ctx, debriefed[0]!, { date: '2026-10-02', reasons: [{ reason: 'profile_mismatch', control: 'within' }] as never });
    await expectSameReport(ctx, 'after a rejection recorded again');

    // Undo of the last event, deletions (one with its whole debrief) and an undo of one.
    await undoLastEvent(ctx, toReject);
    await expectSameReport(ctx, 'after an undo');
    await apps.deleteApplication(ctx, ids[7]!);
    await apps.deleteApplication(ctx, ids[8]!);
    await apps.deleteApplication(ctx, debriefed[2]!);
    await apps.deleteApplication(ctx, debriefed[1]!);
    await expectSameReport(ctx, 'after deletions');
    await apps.restoreApplication(ctx, ids[7]!);
    await apps.restoreApplication(ctx, debriefed[2]!);
    await expectSameReport(ctx, 'after a restore');

    // The sample search, loaded and removed.
    await loadSampleSearch(ctx);
    await expectSameReport(ctx, 'with the sample');
    await removeSampleSearch(ctx);
    await expectSameReport(ctx, 'after the sample was removed');

    // A backup restored over the data, time passing and another window: silence is decided when read.
    const backup = await buildBackup(ctx);
    await restoreBackup(ctx, backup, 'replace');
    await expectSameReport(ctx, 'after a backup restore');
    ctx.clock.set('2027-01-20T10:00:00.000Z');
    const later = await expectSameReport(ctx, 'two months later');
    await updateSettings(ctx, { noResponseDays: 120 });
    const longer = await expectSameReport(ctx, 'with a longer window');
    const silent = (i: typeof later) => i.outcomes.filter((o) => o.outcome === 'silence').reduce((s, o) => s + o.count, 0);
    expect(silent(longer)).toBeLessThan(silent(later));

    // The other owner's counts are their own.
    const theirs = await expectSameReport(other, 'the other owner');
    expect(theirs.totals.applications).toBe(1);
  });

  it('backfills the counts of existing data when the migration runs', async () => {
    const ctx = await testContext(database, { ownerId: 'u-backfill', now: '2026-11-20T10:00:00.000Z' });
    for (const [i, path] of PATHS.entries()) {
      await givenApplication(ctx, { source: SOURCES[i % SOURCES.length]!, fit: 1 + (i % 5), date: DAYS[i % DAYS.length]! }, path);
    }
    const migrator = new Migrator({ db: database.db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
    const names = Object.keys(MIGRATIONS);
    await debrief.recordRejection(ctx, (await givenApplication(ctx, {}, ['screen'])).id, { date: '2026-11-02', reasons: [{ reason: 'generic' }] as never });
    const before = await getInsights(ctx);
    const down = await migrator.migrateTo(names[names.indexOf('20261203_2601_insight_counts') - 1]!);
    expect(down.error).toBeUndefined();
    await migrate(database.db);
    expect(await expectSameReport(ctx, 'backfilled')).toEqual(before);
  });
});
