import type { Kysely } from 'kysely';

/**
 * Insights and every derived-state query group one owner's stage events by
 * application. This index covers that scan (owner, application, then the
 * columns the aggregates read), so both databases read it in application
 * order without touching the table or sorting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('stage_events_owner_app_cover_ix')
    .on('stage_events')
    .columns(['owner_id', 'application_id', 'occurred_on', 'created_at', 'stage'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('stage_events_owner_app_cover_ix').execute();
}
