import type { Kysely } from 'kysely';

/**
 * The network (docs/decisions/0017-network-and-agenda.md): contacts, their
 * links to applications and to the interviews where you met them, the
 * interactions you logged, what you did with agenda items (done, snoozed,
 * dismissed) and the secret of the calendar feed (stored hashed). Text and
 * integer columns only; days are YYYY-MM-DD, instants ISO text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('company', 'text')
    .addColumn('company_key', 'text')
    .addColumn('position', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('linkedin_url', 'text')
    .addColumn('linkedin_key', 'text')
    .addColumn('how_met', 'text')
    .addColumn('notes', 'text')
    .addColumn('cadence_weeks', 'integer')
    .addColumn('connected_on', 'text')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('manual'))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_owner_name_ix').on('contacts').columns(['owner_id', 'name_key']).execute();
  await db.schema.createIndex('contacts_owner_company_ix').on('contacts').columns(['owner_id', 'company_key']).execute();
  await db.schema.createIndex('contacts_owner_linkedin_ux').on('contacts').columns(['owner_id', 'linkedin_key']).unique().execute();

  await db.schema
    .createTable('contact_applications')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_applications_pk', ['contact_id', 'application_id'])
    .execute();
  await db.schema.createIndex('contact_applications_app_ix').on('contact_applications').columns(['owner_id', 'application_id']).execute();

  await db.schema
    .createTable('contact_interviews')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('stage_events.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_interviews_pk', ['contact_id', 'event_id'])
    .execute();
  await db.schema.createIndex('contact_interviews_event_ix').on('contact_interviews').columns(['owner_id', 'event_id']).execute();

  await db.schema
    .createTable('contact_interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_interactions_contact_ix').on('contact_interactions').columns(['owner_id', 'contact_id', 'occurred_on']).execute();

  await db.schema
    .createTable('agenda_marks')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // done | snoozed | dismissed
    .addColumn('until_day', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agenda_marks_pk', ['owner_id', 'item_key'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('owner_id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['calendar_feeds', 'agenda_marks', 'contact_interactions', 'contact_interviews', 'contact_applications', 'contacts']) {
    await db.schema.dropTable(t).execute();
  }
}
