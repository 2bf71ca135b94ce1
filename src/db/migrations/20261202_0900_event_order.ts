import { sql, type Kysely } from 'kysely';

/**
 * The order events were recorded in, and steps booked ahead
 * (docs/decisions/0004-derived-state.md, revised 2026-12-02).
 *
 * - stage_events.seq: 1, 2, 3… per application, in the order the events were
 *   recorded. Undo takes back the highest; two events of one day are read in
 *   this order. Existing rows are numbered by their creation instant, then
 *   their day, then their id (the best record of the order there is).
 * - application_state.next_event_on / next_stage: the earliest step booked
 *   after "today" when the row was derived. When that day comes, the row is
 *   derived again before it is read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stage_events').addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`
    update stage_events set seq = (
      select count(*) from stage_events e
      where e.application_id = stage_events.application_id
        and (e.created_at < stage_events.created_at
          or (e.created_at = stage_events.created_at and e.occurred_on < stage_events.occurred_on)
          or (e.created_at = stage_events.created_at and e.occurred_on = stage_events.occurred_on and e.id <= stage_events.id)))`.execute(db);
  await db.schema.createIndex('stage_events_app_seq_ux').unique().on('stage_events').columns(['application_id', 'seq']).execute();
  await db.schema.createIndex('stage_events_app_day_seq_ix').on('stage_events').columns(['application_id', 'occurred_on', 'seq']).execute();

  await db.schema.alterTable('application_state').addColumn('next_event_on', 'text').execute();
  await db.schema.alterTable('application_state').addColumn('next_stage', 'text').execute();
  await db.schema.createIndex('application_state_owner_next_ix').on('application_state').columns(['owner_id', 'next_event_on']).execute();
  // Rows that may hold a step dated after today (in any time zone) were
  // derived as if it had happened: mark them due, so the first read derives
  // them again with the user's own "today".
  const soon = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  await sql`update application_state set next_event_on = '1990-01-01' where last_event_on >= ${soon}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('application_state_owner_next_ix').execute();
  await db.schema.alterTable('application_state').dropColumn('next_stage').execute();
  await db.schema.alterTable('application_state').dropColumn('next_event_on').execute();
  await db.schema.dropIndex('stage_events_app_day_seq_ix').execute();
  await db.schema.dropIndex('stage_events_app_seq_ux').execute();
  await db.schema.alterTable('stage_events').dropColumn('seq').execute();
}
