import type { Kysely } from 'kysely';

/**
 * A connected mailbox read over IMAP (docs/decisions/0013-imap-sync.md): one per
 * owner, the password only when the user asked to keep it, and per folder the
 * point a sync has reached (UIDVALIDITY and the last UID read, as text: both
 * are unsigned 32-bit numbers, beyond PostgreSQL's integer).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().unique())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('tls', 'integer', (c) => c.notNull()) // 1: TLS from the start; 0: plain (STARTTLS when offered)
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password', 'text')
    .addColumn('folders', 'text', (c) => c.notNull()) // JSON array of folder paths
    .addColumn('sync_every_minutes', 'integer')
    .addColumn('last_sync_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mail_sync_state')
    .addColumn('account_id', 'text', (c) => c.notNull().references('mail_accounts.id').onDelete('cascade'))
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'text', (c) => c.notNull())
    .addColumn('messages_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_sync_state_pk', ['account_id', 'folder'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_sync_state').execute();
  await db.schema.dropTable('mail_accounts').execute();
}
