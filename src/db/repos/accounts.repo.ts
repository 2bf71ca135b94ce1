import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import { withBulkCounts } from './kept-counts.repo.js';
import { transact } from '../transact.js';

/** Accounts of hosted mode: better-auth's user records beside our own `users` rows. */

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  role: string | null;
  banned: boolean | null;
  createdAt: Date | string;
}

export async function countAccounts(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('auth_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listAccounts(db: Kysely<DB>): Promise<AccountRow[]> {
  return db
    .selectFrom('auth_user')
    .select(['id', 'email', 'name', 'emailVerified', 'role', 'banned', 'createdAt'])
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export async function findAccount(db: Kysely<DB>, id: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('auth_user')
    .select(['id', 'email', 'name', 'emailVerified', 'role', 'banned', 'createdAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A session, found by its token, with its account: the one read hosted mode makes per request (the token is unique: an index). */
export interface SessionAccountRow extends AccountRow {
  expiresAt: Date | string;
}

export async function findSessionAccount(db: Kysely<DB>, token: string): Promise<SessionAccountRow | undefined> {
  return db
    .selectFrom('auth_session as s')
    .innerJoin('auth_user as u', 'u.id', 's.userId')
    .select(['s.expiresAt as expiresAt', 'u.id as id', 'u.email as email', 'u.name as name', 'u.emailVerified as emailVerified', 'u.role as role', 'u.banned as banned', 'u.createdAt as createdAt'])
    .where('s.token', '=', token)
    .executeTakeFirst();
}

export async function findAccountByEmail(db: Kysely<DB>, email: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('auth_user')
    .select(['id', 'email', 'name', 'emailVerified', 'role', 'banned', 'createdAt'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function setAccountBanned(db: Kysely<DB>, id: string, banned: boolean): Promise<void> {
  await db.updateTable('auth_user').set({ banned, updatedAt: new Date() }).where('id', '=', id).execute();
}

export async function setAccountRole(db: Kysely<DB>, id: string, role: string): Promise<void> {
  await db.updateTable('auth_user').set({ role, updatedAt: new Date() }).where('id', '=', id).execute();
}

export async function setEmailVerified(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable('auth_user').set({ emailVerified: true, updatedAt: new Date() }).where('id', '=', id).execute();
}

/** Ends every session of the account at once (sign-out everywhere, disabling). */
export async function deleteSessions(db: Kysely<DB>, userId: string): Promise<number> {
  const r = await db.deleteFrom('auth_session').where('userId', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function countSessions(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('auth_session')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getInstanceSetting(db: Kysely<DB>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Keeps the first value written: servers starting together all end up with the same one. */
export async function putInstanceSettingOnce(db: Kysely<DB>, key: string, value: string): Promise<string> {
  await db.insertInto('instance_settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await getInstanceSetting(db, key)) ?? value;
}

// ---- invitations -------------------------------------------------------------------------------

export interface InvitationRow {
  id: string;
  owner_id: string;
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

const invitationColumns = ['id', 'owner_id', 'email', 'created_at', 'expires_at', 'used_at', 'used_by'] as const;

export async function insertInvitation(db: Kysely<DB>, row: InvitationRow & { token_hash: string }): Promise<void> {
  await db.insertInto('invitations').values(row).execute();
}

export async function listInvitations(db: Kysely<DB>, ownerId: string): Promise<InvitationRow[]> {
  return db.selectFrom('invitations').select(invitationColumns).where('owner_id', '=', ownerId).orderBy('created_at', 'desc').execute();
}

/** An unused, unexpired invitation with this token hash, if any. */
export async function findOpenInvitation(db: Kysely<DB>, tokenHash: string, nowIso: string): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations')
    .select(invitationColumns)
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
}

/** Marks the invitation used; false when someone else used it first (or it has expired). */
export async function consumeInvitation(db: Kysely<DB>, tokenHash: string, nowIso: string, usedBy: string): Promise<boolean> {
  const r = await db
    .updateTable('invitations')
    .set({ used_at: nowIso, used_by: usedBy })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteInvitation(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('invitations').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ---- links waiting for an administrator (no mail server) ----------------------------------------

export interface AccountLinkRow {
  id: string;
  owner_id: string;
  kind: string;
  url: string;
  created_at: string;
  expires_at: string;
}

export async function replaceAccountLink(db: Kysely<DB>, row: AccountLinkRow): Promise<void> {
  await transact(db, async (trx) => {
    await trx.deleteFrom('account_links').where('owner_id', '=', row.owner_id).where('kind', '=', row.kind).execute();
    await trx.insertInto('account_links').values(row).execute();
  });
}

export async function listAccountLinks(db: Kysely<DB>, nowIso: string): Promise<AccountLinkRow[]> {
  return db.selectFrom('account_links').selectAll().where('expires_at', '>', nowIso).orderBy('created_at', 'desc').execute();
}

export async function deleteAccountLinks(db: Kysely<DB>, ownerId: string, kind: string): Promise<void> {
  await db.deleteFrom('account_links').where('owner_id', '=', ownerId).where('kind', '=', kind).execute();
}

// ---- everything a user owns ---------------------------------------------------------------------

/** Tables whose rows belong to no one: the accounts themselves, shared settings, and the schema's bookkeeping. */
const NOT_OWNED = new Set(['users', 'auth_user', 'auth_session', 'auth_account', 'auth_verification', 'auth_rate_limit', 'instance_settings']);

/** Tables without an owner column, reached through their parent's owner. */
const CHILD_TABLES: Record<string, { column: string; parent: string }> = {
  mail_sync_state: { column: 'account_id', parent: 'mail_accounts' },
};

export interface OwnedTables {
  /** Tables with an `owner_id` column. */
  owned: string[];
  /** Tables reached through a parent row. */
  children: typeof CHILD_TABLES;
  /** Tables that belong to no known rule (a new table without an owner column). */
  unknown: string[];
}

/** Reads the schema, so that a table added later is exported and deleted without being listed here. */
export async function ownedTables(db: Kysely<DB>): Promise<OwnedTables> {
  const tables = await db.introspection.getTables();
  const owned: string[] = [];
  const unknown: string[] = [];
  for (const t of tables) {
    if (NOT_OWNED.has(t.name) || t.name.startsWith('pgboss')) continue;
    if (t.columns.some((c) => c.name === 'owner_id')) owned.push(t.name);
    else if (!(t.name in CHILD_TABLES)) unknown.push(t.name);
  }
  return { owned: owned.sort(), children: CHILD_TABLES, unknown };
}

/** Left out of the export: secrets, and the raw bytes of an upload a job has not read yet. */
const SECRET_COLUMNS = new Set(['password', 'token_hash', 'chunk']);

/** Every row the owner has, table by table (secrets such as saved passwords left out). */
export async function exportOwnedRows(db: Kysely<DB>, ownerId: string): Promise<Record<string, Record<string, unknown>[]>> {
  const { owned, children } = await ownedTables(db);
  const out: Record<string, Record<string, unknown>[]> = {};
  // In a stable order (the database's own order changes when a row is rewritten), so two exports of the same data are equal.
  const clean = (rows: Record<string, unknown>[]): Record<string, unknown>[] =>
    rows
      .map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMNS.has(k))))
      .map((row) => ({ row, key: JSON.stringify(row) }))
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .map((x) => x.row);
  for (const table of owned) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where owner_id = ${ownerId}`.execute(db);
    out[table] = clean(rows.rows);
  }
  for (const [table, { column, parent }] of Object.entries(children)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where ${sql.ref(column)} in (select id from ${sql.table(parent)} where owner_id = ${ownerId})`.execute(db);
    out[table] = clean(rows.rows);
  }
  return out;
}

/**
 * Removes the account and every row its owner has: the `users` row first (its
 * references cascade), then whatever is left in any table with the owner's id,
 * then the sign-in records (sessions and passwords go with them).
 */
export async function deleteAccountAndRows(db: Kysely<DB>, ownerId: string): Promise<void> {
  const { owned } = await ownedTables(db);
  // Every row of the account: the kept counts are not taken away row by row, but counted (to nothing) at the end (docs/decisions/0046).
  await transact(db, (trx) =>
    withBulkCounts(trx, ownerId, async () => {
      await trx.deleteFrom('users').where('id', '=', ownerId).execute();
      for (const table of owned) await sql`delete from ${sql.table(table)} where owner_id = ${ownerId}`.execute(trx);
      await trx.deleteFrom('auth_user').where('id', '=', ownerId).execute();
    }),
  );
}
