import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, FeedbackRequestsTable } from '../schema.js';

export type FeedbackRequestRow = Selectable<FeedbackRequestsTable>;
export type FeedbackRequestPatch = Omit<Updateable<FeedbackRequestsTable>, 'id' | 'owner_id' | 'application_id' | 'rejection_id' | 'created_at'>;

export async function findFeedbackRequest(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<FeedbackRequestRow | undefined> {
  return db
    .selectFrom('feedback_requests')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function insertFeedbackRequest(db: Kysely<DB>, row: Insertable<FeedbackRequestsTable>): Promise<void> {
  await db.insertInto('feedback_requests').values(row).execute();
}

export async function updateFeedbackRequest(db: Kysely<DB>, ownerId: string, id: string, patch: FeedbackRequestPatch): Promise<void> {
  await db.updateTable('feedback_requests').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}
