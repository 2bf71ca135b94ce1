import type { Kysely } from 'kysely';

/**
 * What an ending cancelled, kept on the ending itself
 * (docs/decisions/0004-derived-state.md, revised 2026-12-02).
 *
 * stage_events.cancelled_bookings: on a rejected, withdrawn, no-response or
 * accepted event, the steps that were booked ahead and that the ending removed,
 * as a JSON array of their full rows (seq included). Undoing the ending writes
 * them back as they were. Null on every other event.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stage_events').addColumn('cancelled_bookings', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stage_events').dropColumn('cancelled_bookings').execute();
}
