import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Hosted mode's accounts (docs/decisions/0020-hosted-accounts.md). The auth_* tables
 * hold better-auth's records under its own column names, so that its Kysely adapter
 * reads them as they are; an account's id is also its `users.id`, the owner of its data.
 * Invitations and the links waiting for an administrator are ours, one owner each.
 * On SQLite (local mode) the tables exist but stay empty: hosted mode needs PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const time = postgres ? 'timestamptz' : 'text';
  const bool = postgres ? 'boolean' : 'integer';
  const now = postgres ? sql`CURRENT_TIMESTAMP` : sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

  await db.schema
    .createTable('auth_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('emailVerified', bool, (c) => c.notNull())
    .addColumn('image', 'text')
    .addColumn('createdAt', time, (c) => c.notNull().defaultTo(now))
    .addColumn('updatedAt', time, (c) => c.notNull().defaultTo(now))
    .addColumn('role', 'text')
    .addColumn('banned', bool)
    .addColumn('banReason', 'text')
    .addColumn('banExpires', time)
    .execute();

  await db.schema
    .createTable('auth_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expiresAt', time, (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('createdAt', time, (c) => c.notNull().defaultTo(now))
    .addColumn('updatedAt', time, (c) => c.notNull())
    .addColumn('ipAddress', 'text')
    .addColumn('userAgent', 'text')
    .addColumn('userId', 'text', (c) => c.notNull().references('auth_user.id').onDelete('cascade'))
    .addColumn('impersonatedBy', 'text')
    .execute();
  await db.schema.createIndex('auth_session_user_ix').on('auth_session').column('userId').execute();

  await db.schema
    .createTable('auth_account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('accountId', 'text', (c) => c.notNull())
    .addColumn('providerId', 'text', (c) => c.notNull())
    .addColumn('userId', 'text', (c) => c.notNull().references('auth_user.id').onDelete('cascade'))
    .addColumn('accessToken', 'text')
    .addColumn('refreshToken', 'text')
    .addColumn('idToken', 'text')
    .addColumn('accessTokenExpiresAt', time)
    .addColumn('refreshTokenExpiresAt', time)
    .addColumn('scope', 'text')
    .addColumn('password', 'text')
    .addColumn('createdAt', time, (c) => c.notNull().defaultTo(now))
    .addColumn('updatedAt', time, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('auth_account_user_ix').on('auth_account').column('userId').execute();

  await db.schema
    .createTable('auth_verification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('identifier', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('expiresAt', time, (c) => c.notNull())
    .addColumn('createdAt', time, (c) => c.notNull().defaultTo(now))
    .addColumn('updatedAt', time, (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('auth_verification_identifier_ix').on('auth_verification').column('identifier').execute();

  // Shared by every app server, so a limit holds however requests are spread.
  await db.schema
    .createTable('auth_rate_limit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('lastRequest', 'bigint', (c) => c.notNull())
    .execute();

  // Values every app server must share (the key that signs session cookies when none is given).
  await db.schema
    .createTable('instance_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // An invitation link: only the hash of its token is kept. The owner is the administrator who made it.
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text')
    .execute();
  await db.schema.createIndex('invitations_owner_ix').on('invitations').columns(['owner_id', 'created_at']).execute();

  // Without a mail server, the reset and verification links wait here for an administrator to pass on.
  await db.schema
    .createTable('account_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // reset | verify
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('account_links_owner_ix').on('account_links').columns(['owner_id', 'kind']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['account_links', 'invitations', 'instance_settings', 'auth_rate_limit', 'auth_verification', 'auth_account', 'auth_session', 'auth_user']) {
    await db.schema.dropTable(table).execute();
  }
}
