import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

/** The migration that numbers events in recording order, run over a history written before it. */
describe.each(testDialects())('event order migration on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('numbers existing events by when they were recorded (ties by day, then id)', async () => {
    const migration = MIGRATIONS['20261202_0900_event_order'];
    if (!migration?.down) throw new Error('the migration must exist and be reversible');
    const ctx = await testContext(database, { ownerId: 'u-migrate', now: '2026-11-01T09:00:00.000Z' });
    const app = await givenApplication(ctx, { date: '2026-10-01' });
    await migration.down(database.db);
    const insert = (id: string, stage: string, day: string, at: string) =>
      sql`insert into stage_events (id, owner_id, application_id, stage, occurred_on, created_at)
          values (${id}, ${ctx.ownerId}, ${app.id}, ${stage}, ${day}, ${at})`.execute(database.db);
    await insert('e-b', 'interview', '2026-10-20', '2026-11-01T10:00:00.000Z'); // recorded before the screen, dated after it
    await insert('e-a', 'screen', '2026-10-10', '2026-11-01T11:00:00.000Z');
    await insert('e-d', 'final', '2026-10-25', '2026-11-01T12:00:00.000Z'); // same instant: the earlier day first
    await insert('e-c', 'offer', '2026-10-30', '2026-11-01T12:00:00.000Z');
    await migration.up(database.db);
    const rows = await sql<{ id: string; seq: number }>`select id, seq from stage_events where application_id = ${app.id} order by seq`.execute(database.db);
    expect(rows.rows.map((r) => [r.id === app.id ? 'first' : r.id, Number(r.seq)]).slice(1)).toEqual([
      ['e-b', 2],
      ['e-a', 3],
      ['e-d', 4],
      ['e-c', 5],
    ]);
    expect(Number(rows.rows[0]?.seq)).toBe(1);
  });
});
