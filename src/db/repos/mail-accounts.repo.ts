import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, MailAccountsTable, MailSyncStateTable } from '../schema.js';

export type MailAccountRow = Selectable<MailAccountsTable>;
export type MailSyncStateRow = Selectable<MailSyncStateTable>;

/** The owner's connected mailbox, if any. */
export async function findMailAccount(db: Kysely<DB>, ownerId: string): Promise<MailAccountRow | undefined> {
  return db.selectFrom('mail_accounts').selectAll().where('owner_id', '=', ownerId).executeTakeFirst();
}

/** Connects a mailbox, replacing the owner's previous one (and its sync positions). */
export async function replaceMailAccount(db: Kysely<DB>, row: Insertable<MailAccountsTable>): Promise<void> {
  await db.deleteFrom('mail_accounts').where('owner_id', '=', row.owner_id).execute();
  await db.insertInto('mail_accounts').values(row).execute();
}

export async function updateMailAccount(db: Kysely<DB>, ownerId: string, changes: Updateable<MailAccountsTable>): Promise<void> {
  await db.updateTable('mail_accounts').set(changes).where('owner_id', '=', ownerId).execute();
}

/** Removes the mailbox, its stored password and its sync positions; imported messages stay. */
export async function deleteMailAccount(db: Kysely<DB>, ownerId: string): Promise<boolean> {
  const account = await findMailAccount(db, ownerId);
  if (!account) return false;
  await db.deleteFrom('mail_sync_state').where('account_id', '=', account.id).execute();
  await db.deleteFrom('mail_accounts').where('id', '=', account.id).execute();
  return true;
}

export async function listSyncStates(db: Kysely<DB>, accountId: string): Promise<MailSyncStateRow[]> {
  return db.selectFrom('mail_sync_state').selectAll().where('account_id', '=', accountId).orderBy('folder').execute();
}

/** Records how far a folder has been read (insert or update). */
export async function saveSyncState(db: Kysely<DB>, row: Insertable<MailSyncStateTable>): Promise<void> {
  await db
    .insertInto('mail_sync_state')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['account_id', 'folder']).doUpdateSet({
        uid_validity: row.uid_validity,
        last_uid: row.last_uid,
        messages_read: row.messages_read,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Accounts that sync on a schedule: an interval and a stored password. */
export async function accountsWithSchedule(db: Kysely<DB>): Promise<MailAccountRow[]> {
  return db.selectFrom('mail_accounts').selectAll().where('sync_every_minutes', 'is not', null).where('password', 'is not', null).execute();
}
