import type { Kysely } from 'kysely';

/**
 * Sharing with a coach (docs/decisions/0025-coach-sharing.md). Every row belongs to the
 * seeker who shares (`owner_id`): the seeker's export holds the shares, what each coach
 * opened, the coach's private notes and suggestions, and deleting the seeker removes them.
 * The coach is `coach_id` (null until the invitation is accepted); deleting the coach's
 * account removes the share and, through it, everything hanging on it. `org_id` stays
 * null: an organisation membership may grant a share later.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coach_shares')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('coach_email', 'text', (c) => c.notNull())
    .addColumn('coach_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('org_id', 'text')
    .addColumn('scope_debriefs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('scope_journal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull()) // pending | active | revoked
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coach_shares_owner_ix').on('coach_shares').columns(['owner_id', 'created_at']).execute();
  await db.schema.createIndex('coach_shares_coach_ix').on('coach_shares').columns(['coach_id', 'status']).execute();

  await db.schema
    .createTable('coach_access_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('share_id', 'text', (c) => c.notNull().references('coach_shares.id').onDelete('cascade'))
    .addColumn('coach_id', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coach_access_log_owner_ix').on('coach_access_log').columns(['owner_id', 'opened_at']).execute();

  await db.schema
    .createTable('coach_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('share_id', 'text', (c) => c.notNull().references('coach_shares.id').onDelete('cascade'))
    .addColumn('coach_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coach_notes_share_ix').on('coach_notes').columns(['share_id', 'created_at']).execute();

  await db.schema
    .createTable('coach_suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('share_id', 'text', (c) => c.notNull().references('coach_shares.id').onDelete('cascade'))
    .addColumn('coach_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // growth_action | practice_question
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('action_type', 'text')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // pending | accepted | dismissed
    .addColumn('result_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('coach_suggestions_owner_ix').on('coach_suggestions').columns(['owner_id', 'status']).execute();
  await db.schema.createIndex('coach_suggestions_share_ix').on('coach_suggestions').columns(['share_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['coach_suggestions', 'coach_notes', 'coach_access_log', 'coach_shares']) await db.schema.dropTable(table).execute();
}
