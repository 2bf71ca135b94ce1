import { sql, type Kysely } from 'kysely';

/**
 * The board in one statement (docs/decisions/0036-the-board-in-one-statement.md).
 * The board reads each column most recent news first: by day of the last step,
 * then by the last change, then by id, so that equal days and times still have
 * one order. Its index is written in that order (descending), so PostgreSQL
 * numbers the rows of each column while walking the index, without sorting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('application_state_board_ix').execute();
  await sql`create index application_state_board_ix on application_state
    (owner_id, status, last_event_on desc, updated_at desc, application_id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('application_state_board_ix').execute();
  await sql`create index application_state_board_ix on application_state (owner_id, status, last_event_on, updated_at)`.execute(db);
}
