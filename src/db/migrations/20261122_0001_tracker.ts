import type { Kysely } from 'kysely';

/** The tracker: users, settings, companies, applications, their tags, stage events and notes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('settings_pk', ['owner_id', 'key'])
    .execute();

  await db.schema
    .createTable('companies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('size', 'text')
    .addColumn('notes', 'text')
    .addColumn('revisit_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('companies_owner_name_uq', ['owner_id', 'name_key'])
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('referral', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('referrer', 'text')
    .addColumn('resume_version', 'text')
    .addColumn('tailored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fit', 'integer')
    .addColumn('excitement', 'integer')
    .addColumn('salary_min', 'integer')
    .addColumn('salary_max', 'integer')
    .addColumn('salary_currency', 'text')
    .addColumn('location', 'text')
    .addColumn('remote', 'text')
    .addColumn('job_url', 'text')
    .addColumn('description', 'text')
    .addColumn('notes', 'text')
    .addColumn('role_family', 'text', (c) => c.notNull())
    .addColumn('seniority', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applications_owner_updated_ix').on('applications').columns(['owner_id', 'updated_at']).execute();
  await db.schema.createIndex('applications_company_ix').on('applications').columns(['company_id']).execute();

  await db.schema
    .createTable('application_tags')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('application_tags_pk', ['application_id', 'tag'])
    .execute();
  await db.schema.createIndex('application_tags_owner_tag_ix').on('application_tags').columns(['owner_id', 'tag']).execute();

  await db.schema
    .createTable('stage_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('round', 'integer')
    .addColumn('interview_type', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stage_events_app_order_ix')
    .on('stage_events')
    .columns(['application_id', 'occurred_on', 'created_at'])
    .execute();
  await db.schema.createIndex('stage_events_owner_ix').on('stage_events').columns(['owner_id', 'stage']).execute();

  await db.schema
    .createTable('application_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('application_notes_app_ix').on('application_notes').columns(['application_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['application_notes', 'stage_events', 'application_tags', 'applications', 'companies', 'settings', 'users']) {
    await db.schema.dropTable(t).execute();
  }
}
