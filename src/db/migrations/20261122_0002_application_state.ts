import { sql, type Kysely } from 'kysely';

/**
 * application_state: the status of each application, derived from its stage
 * events and kept beside them so lists and the board need not re-derive
 * 10,000 histories per request (docs/decisions/0004-derived-state.md).
 * It is written only by refreshApplicationState, in the transaction that
 * changes the events, and can be rebuilt from the events at any time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('application_state')
    .addColumn('application_id', 'text', (c) => c.primaryKey().references('applications.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reached_rank', 'integer', (c) => c.notNull())
    .addColumn('applied_on', 'text')
    .addColumn('last_event_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_state_owner_status_ix')
    .on('application_state')
    .columns(['owner_id', 'status', 'last_event_on'])
    .execute();
  await db.schema.createIndex('application_state_owner_applied_ix').on('application_state').columns(['owner_id', 'applied_on']).execute();
  // Backfill from the history (same rules as derived-state.ts, written out so
  // this migration never changes meaning when the application code does).
  await sql`
    insert into application_state (application_id, owner_id, status, reached_rank, applied_on, last_event_on)
    select e.application_id, min(e.owner_id),
      substr(max(e.occurred_on || e.created_at || e.stage), 35),
      coalesce(max(case e.stage when 'saved' then 0 when 'applied' then 1 when 'screen' then 2 when 'assessment' then 3
        when 'interview' then 4 when 'final' then 5 when 'offer' then 6 when 'accepted' then 7 end), 0),
      min(case when e.stage not in ('saved', 'rejected', 'withdrawn', 'ghosted') then e.occurred_on end),
      max(e.occurred_on)
    from stage_events e
    group by e.application_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('application_state').execute();
}
