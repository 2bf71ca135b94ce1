import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScaleOwner } from '../../bench/support/scale-data.js';
import type { Database } from '../../src/db/connect.js';
import { getInsights } from '../../src/services/insights.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

/**
 * The whole report for one seeded data set (the scale bench's data, 600 applications with
 * debriefs, reasons and themes, and a few waiting on the employer inside the window), held to the answer written in
 * `__snapshots__/insights-pinned.json`: a change made for speed must give the same report, to the
 * last digit of every p-value and interval, on both databases.
 */
const TODAY = '2026-11-20';

/** JSON with every object's keys in order: the report's maps (reasons per month) follow the order rows were read in. */
function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]))
    : v;
  return JSON.stringify(sorted(value), null, 1);
}

describe.each(testDialects())('the insights report of a seeded data set on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await database.db.transaction().execute(async (trx) => {
      await seedScaleOwner(trx, 'u-pinned', 600, TODAY, 7);
      await seedScaleOwner(trx, 'u-pinned-other', 80, TODAY, 8);
    });
    const ctx = await testContext(database, { ownerId: 'u-pinned', now: `${TODAY}T10:00:00.000Z` });
    const recent: [string, Parameters<typeof givenApplication>[2]][] = [
      ['2026-11-10', ['applied']], ['2026-11-08', ['applied', 'screen']], ['2026-11-05', ['applied', 'screen', 'interview']], ['2026-11-12', []],
    ];
    for (const [date, path] of recent) await givenApplication(ctx, { date, source: 'network', fit: 4 }, path);
  });
  afterAll(async () => {
    await database.close();
  });

  it('is the pinned answer, from the kept counts and from the recomputation', async () => {
    const ctx = await testContext(database, { ownerId: 'u-pinned', now: `${TODAY}T10:00:00.000Z` });
    const kept = await getInsights(ctx);
    expect(kept.totals).toMatchObject({ applications: 604, saved: 0, inProgress: 4 });
    expect(kept.segments.length).toBeGreaterThan(50);
    expect(kept.reasons.available).toBe(true);
    await expect(canonical(kept)).toMatchFileSnapshot('./__snapshots__/insights-pinned.json');
    expect(await getInsights(ctx, { recompute: true })).toEqual(kept);
  });
});
