import { sql, type Kysely } from 'kysely';

/**
 * The applications still waiting on the employer, across members, in one index range
 * (docs/decisions/0035-cohort-figures-and-write-cost.md): cohort insights read those with news
 * inside the no-response window. Per member (the indexes that lead with owner_id) that was one
 * probe per member, a thousand for a large organisation; this partial index holds only the waiting
 * rows, ordered by the day of their last news, so the window is one range scan whatever the
 * number of members. The list of waiting statuses is written out here (that of
 * src/domain/applications/no-response.ts) so the migration never changes meaning; the query
 * repeats it as literals, which both databases need to use a partial index.
 */
const WAITING_STATUSES = ['applied', 'screen', 'assessment', 'interview', 'final'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index application_state_waiting_ix on application_state (last_event_on, owner_id)
    where status in (${sql.join(WAITING_STATUSES.map((s) => sql.lit(s)))})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('application_state_waiting_ix').execute();
}
