import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { KEPT_COUNT_TABLES, KEPT_SEARCH_COUNTS, recountKeptCounts, withBulkCounts } from '../../src/db/repos/kept-counts.repo.js';
import type { DB } from '../../src/db/schema.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import { buildBackup, restoreBackup } from '../../src/services/backup.service.js';
import { bytesSource } from '../../src/services/csv-reader.js';
import * as debrief from '../../src/services/debrief.service.js';
import { loadSampleSearch, removeSampleSearch } from '../../src/services/demo.service.js';
import { importApplications } from '../../src/services/import.service.js';
import { getInsights } from '../../src/services/insights.service.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

/**
 * Bulk writes (a restore, a merge, a CSV import, the sample's removal) count the kept counts once at
 * the end on PostgreSQL (docs/decisions/0046); the counts must be what the row triggers would keep.
 */

const NOW = '2026-11-20T10:00:00.000Z';
const STATUSES = ['Applied', 'Screen', 'Interview', 'Rejected', 'Ghosted', 'Offer', 'Withdrawn', 'Saved'];
const SOURCES = ['LinkedIn', 'Referral', 'Company site', ''];

function csvFile(rows: number, from: number): Uint8Array {
  const lines = ['Company,Title,Applied on,Status,Source,Location'];
  for (let i = from; i < from + rows; i++) {
    const day = `2026-${String(8 + (i % 3)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    lines.push(`Firm ${i % 7},Role ${i} engineer,${day},${STATUSES[i % STATUSES.length]},${SOURCES[i % SOURCES.length]},City ${i % 3}`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

const isPostgres = (db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The kept count tables of the database: on PostgreSQL, the search counts too (ADR 0064). */
const keptTables = (db: Kysely<DB>): string[] => [...KEPT_COUNT_TABLES, ...(isPostgres(db) ? [KEPT_SEARCH_COUNTS] : [])];

/** Every kept count row of the owner that is not zero, table by table, in a fixed order, numbers as numbers. */
async function keptRows(db: Kysely<DB>, ownerId: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of keptTables(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where owner_id = ${ownerId}`.execute(db);
    out[table] = rows
      .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) && k !== 'month' ? Number(v) : v])))
      .filter((r) => table === 'insight_rejection_facts' || Object.entries(r).some(([k, v]) => typeof v === 'number' && v !== 0 && k !== 'reached_rank' && k !== 'replied' && k !== 'days'))
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return out;
}

/** The kept report equals the one recomputed from the events, and the kept rows equal a recount from the tables. */
async function expectCountsRight(ctx: ServiceContext, label: string): Promise<void> {
  expect(await getInsights(ctx), `${label}: report`).toEqual(await getInsights(ctx, { recompute: true }));
  const kept = await keptRows(ctx.db, ctx.ownerId);
  await recountKeptCounts(ctx.db, ctx.ownerId);
  expect(await keptRows(ctx.db, ctx.ownerId), `${label}: kept rows against a recount`).toEqual(kept);
}

/** Deleting every application row by row takes away exactly what the triggers counted: nothing may be left. */
async function expectNothingLeftAfterDeletingRowByRow(db: Kysely<DB>, ownerId: string, label: string): Promise<void> {
  await db.deleteFrom('applications').where('owner_id', '=', ownerId).execute();
  const left = await keptRows(db, ownerId);
  expect(left, `${label}: counts left after every application was deleted`).toEqual(Object.fromEntries(keptTables(db).map((t) => [t, []])));
}

/** Applications with debriefs (reasons stated or not, inside or outside) and lessons, written one by one. */
async function seed(ctx: ServiceContext): Promise<void> {
  const reasons = [
    [{ reason: 'internal_candidate' }, { reason: 'generic' }],
    [{ reason: 'generic' }],
    [{ reason: 'profile_mismatch', control: 'outside' }],
  ];
  for (let i = 0; i < 6; i++) {
    const app = await givenApplication(ctx, { company: `Firm ${i % 4}`, source: i % 2 ? 'network' : 'job_board', date: '2026-09-0' + (i + 1), fit: 1 + (i % 5) }, ['screen', ...(i % 3 === 0 ? (['interview'] as const) : [])]);
    if (i < 3) {
      await debrief.recordRejection(ctx, app.id, { date: `2026-10-1${i}`, reasons: reasons[i] as never });
      await saveLessons(ctx, app.id, { themes: [{ slug: 'system_design' }, ...(i === 1 ? [{ label: 'Salary homework' }] : [])] });
    }
  }
}


describe.each(testDialects())('bulk writes and the kept counts on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('keep after a CSV import, a restore, a merge restore and the sample removed what the row triggers keep', async () => {
    const ctx = await testContext(database, { ownerId: 'u-bulk', now: NOW });
    await seed(ctx);
    // The recount itself against the row triggers, before any bulk write.
    await expectCountsRight(ctx, 'written one by one');

    const imported = await importApplications(ctx, bytesSource(csvFile(40, 0)));
    expect(imported.created).toBe(40);
    await expectCountsRight(ctx, 'after a CSV import');
    const backup = await buildBackup(ctx);

    const empty = await testContext(database, { ownerId: 'u-bulk-empty', now: NOW });
    const restored = await restoreBackup(empty, JSON.parse(JSON.stringify(backup)));
    expect(restored.mode).toBe('empty');
    await expectCountsRight(empty, 'after a restore into an empty tracker');
    // The same counts as the tracker backed up (the facts name rows that took new ids in this database;
    // rows are compared as sets, since they were ordered by those ids).
    const counts = async (ownerId: string) => {
      const { insight_rejection_facts: facts, ...rest } = await keptRows(database.db, ownerId);
      return { facts: facts?.length, ...Object.fromEntries(Object.entries(rest).map(([t, rows]) => [t, rows.map((r) => String(r).replace(/"(owner_id|theme_id)":"[^"]*",/g, '')).sort()])) };
    };
    expect(await counts(empty.ownerId)).toEqual(await counts(ctx.ownerId));

    const merged = await testContext(database, { ownerId: 'u-bulk-merge', now: NOW });
    await importApplications(merged, bytesSource(csvFile(9, 100)));
    await givenApplication(merged, { company: 'Own firm', source: 'network' }, ['screen', 'rejected']);
    const result = await restoreBackup(merged, JSON.parse(JSON.stringify(backup)), 'merge');
    expect(result.mode).toBe('merge');
    await expectCountsRight(merged, 'after a merge restore');
    await restoreBackup(merged, JSON.parse(JSON.stringify(backup)), 'replace');
    await expectCountsRight(merged, 'after a replace restore');

    await loadSampleSearch(ctx);
    await removeSampleSearch(ctx);
    await expectCountsRight(ctx, 'after the sample was removed');

    // What the bulk writes counted is what the triggers take away again, row by row.
    await expectNothingLeftAfterDeletingRowByRow(database.db, empty.ownerId, 'restored');
    await expectNothingLeftAfterDeletingRowByRow(database.db, merged.ownerId, 'merged');
    await expectNothingLeftAfterDeletingRowByRow(database.db, ctx.ownerId, 'imported');
  });

  it('count a move after a bulk write, in a new transaction and later in the same one', async () => {
    const ctx = await testContext(database, { ownerId: 'u-bulk-move', now: NOW });
    await importApplications(ctx, bytesSource(csvFile(12, 200)));
    const app = await givenApplication(ctx, { company: 'Moved Ltd', source: 'network', date: '2026-11-02' }, []);
    const interviewing = async () => {
      const report = await getInsights(ctx);
      return report.outcomes.filter((o) => o.stage === 'interview').reduce((s, o) => s + o.count, 0);
    };
    const before = await interviewing();
    await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-10' });
    expect(await interviewing()).toBe(before + 1);
    await expectCountsRight(ctx, 'after a move');

    // The bulk switch ends with its write: a per-row write later in the same transaction counts.
    const other = await givenApplication(ctx, { company: 'Later Ltd', date: '2026-11-03' }, []);
    await ctx.db.transaction().execute(async (trx) => {
      await withBulkCounts(trx, ctx.ownerId, async () => {
        await trx.updateTable('applications').set({ source: 'recruiter' }).where('owner_id', '=', ctx.ownerId).where('id', '=', app.id).execute();
      });
      await trx.updateTable('applications').set({ source: 'recruiter' }).where('owner_id', '=', ctx.ownerId).where('id', '=', other.id).execute();
    });
    await expectCountsRight(ctx, 'after a write following a bulk write in one transaction');
    if (isPostgres(ctx.db)) {
      // And it never outlives its transaction.
      const setting = await ctx.db.transaction().execute((trx) => sql<{ v: string | null }>`select current_setting('debrief.bulk_counts', true) as v`.execute(trx));
      expect(setting.rows[0]?.v).not.toBe('off');
      await ctx.db.transaction().execute(async (trx) => {
        await sql`select set_config('debrief.bulk_counts', 'off', true)`.execute(trx);
      });
      await moveApplication(ctx, other.id, { stage: 'screen', occurredOn: '2026-11-12' });
      await expectCountsRight(ctx, 'after a move in a new transaction');
    }
  });
});
