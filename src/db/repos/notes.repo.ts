import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ApplicationNotesTable, DB } from '../schema.js';

export type NoteRow = Selectable<ApplicationNotesTable>;

export async function insertNote(db: Kysely<DB>, row: Insertable<ApplicationNotesTable>): Promise<void> {
  await db.insertInto('application_notes').values(row).execute();
}

export async function notesFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<NoteRow[]> {
  return db
    .selectFrom('application_notes')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .execute();
}

export async function deleteNote(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('application_notes').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
