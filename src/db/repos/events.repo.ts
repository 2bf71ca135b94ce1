import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, StageEventsTable } from '../schema.js';

export type StageEventRow = Selectable<StageEventsTable>;

export async function insertEvent(db: Kysely<DB>, row: Insertable<StageEventsTable>): Promise<void> {
  await db.insertInto('stage_events').values(row).execute();
}

export async function insertEvents(db: Kysely<DB>, rows: Insertable<StageEventsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('stage_events').values(rows).execute();
}

/** The application's history, oldest first (the order of domain/applications/status.ts sortEvents). */
export async function eventsFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<StageEventRow[]> {
  return db
    .selectFrom('stage_events')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .orderBy('occurred_on')
    .orderBy('created_at')
    .orderBy('stage')
    .execute();
}

export async function deleteEvent(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('stage_events').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
