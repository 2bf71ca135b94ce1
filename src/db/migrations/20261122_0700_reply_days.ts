import { sql, type Kysely } from 'kysely';

/**
 * Two more derived days per application in application_state, so insights
 * need not read the events: the first reply from the employer (a stage from
 * screen on, or a rejection) and the last day the application progressed.
 * Written only by refreshApplicationState, like the rest of the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('application_state').addColumn('first_reply_on', 'text').execute();
  await db.schema.alterTable('application_state').addColumn('last_progress_on', 'text').execute();
  await sql`
    update application_state set
      first_reply_on = (select min(e.occurred_on) from stage_events e
        where e.application_id = application_state.application_id
          and e.stage in ('screen', 'assessment', 'interview', 'final', 'offer', 'accepted', 'rejected')),
      last_progress_on = (select max(e.occurred_on) from stage_events e
        where e.application_id = application_state.application_id
          and e.stage in ('applied', 'screen', 'assessment', 'interview', 'final', 'offer', 'accepted'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('application_state').dropColumn('last_progress_on').execute();
  await db.schema.alterTable('application_state').dropColumn('first_reply_on').execute();
}
