import type { Kysely } from 'kysely';

/**
 * Organisations (docs/decisions/0026-organisations-and-cohorts.md): an organisation, its
 * cohorts, its members with their role and consent, coach ↔ cohort assignments and invitations.
 * Every table has an `owner_id`: the member's own account on `org_members` (their membership
 * and consent are theirs), the organisation's founder on the others, so that deleting an
 * account removes what it owns and the export holds it. Organisations exist in hosted mode
 * only; on SQLite the tables stay empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_owner_ix').on('organisations').column('owner_id').execute();

  await db.schema
    .createTable('org_cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('program', 'text')
    .addColumn('location', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_cohorts_org_ix').on('org_cohorts').columns(['org_id', 'name']).execute();

  // role: admin | coach | member | analyst. status: searching | placed. counts: 1 when the member's
  // data counts in the cohort's aggregates (their choice; on when they accept, off at any time).
  await db.schema
    .createTable('org_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.references('org_cohorts.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('searching'))
    .addColumn('placed_on', 'text')
    .addColumn('counts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('consent_changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('org_members_org_owner_uq', ['org_id', 'owner_id'])
    .execute();
  await db.schema.createIndex('org_members_owner_ix').on('org_members').column('owner_id').execute();
  await db.schema.createIndex('org_members_cohort_ix').on('org_members').columns(['cohort_id', 'counts', 'role']).execute();

  await db.schema
    .createTable('org_coach_cohorts')
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('org_cohorts.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('org_members.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('org_coach_cohorts_pk', ['cohort_id', 'member_id'])
    .execute();
  await db.schema.createIndex('org_coach_cohorts_member_ix').on('org_coach_cohorts').column('member_id').execute();

  // A link without an address can be used by many people until it expires or is withdrawn;
  // one made for an address is used once. Only the token's SHA-256 is kept.
  await db.schema
    .createTable('org_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.references('org_cohorts.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('org_invitations_org_ix').on('org_invitations').columns(['org_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['org_invitations', 'org_coach_cohorts', 'org_members', 'org_cohorts', 'organisations']) {
    await db.schema.dropTable(table).execute();
  }
}
