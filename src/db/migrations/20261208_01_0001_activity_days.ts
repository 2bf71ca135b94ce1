import type { Kysely } from 'kysely';

/**
 * The activity the goals, the streak and the heatmap count
 * (src/db/repos/momentum.repo.ts) is read by day range:
 * - applications sent: the owner's `applied` events from a day on. The index
 *   on (owner_id, stage) found every applied event the owner ever had and read
 *   each row for its day; with the day in the index the range is read from the
 *   index alone. It replaces the narrower index (every query that used it still
 *   finds its prefix).
 * - debriefs finished: the owner's rejections whose debrief was completed in
 *   the range, read the same way.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('stage_events_owner_stage_day_ix').on('stage_events').columns(['owner_id', 'stage', 'occurred_on']).execute();
  await db.schema.dropIndex('stage_events_owner_ix').execute();
  await db.schema.createIndex('rejections_owner_debriefed_ix').on('rejections').columns(['owner_id', 'debrief_completed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('rejections_owner_debriefed_ix').execute();
  await db.schema.createIndex('stage_events_owner_ix').on('stage_events').columns(['owner_id', 'stage']).execute();
  await db.schema.dropIndex('stage_events_owner_stage_day_ix').execute();
}
