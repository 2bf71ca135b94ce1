import type { Kysely } from 'kysely';

/**
 * The growth plan (docs/decisions/0016-growth-plan.md): suggestions per theme
 * (copied from the catalogue on first use, then the owner's to edit), growth
 * actions with their themes, a snapshot of the rejections that motivated them
 * (so a deleted rejection can be named), and progress notes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('theme_slug', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('seed_key', 'text') // "<slug>#<n>" for a catalogue copy; null for the owner's own
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_suggestions_seed_uq').on('plan_suggestions').columns(['owner_id', 'seed_key']).unique().execute();
  await db.schema.createIndex('plan_suggestions_owner_ix').on('plan_suggestions').columns(['owner_id', 'theme_slug', 'position']).execute();

  await db.schema
    .createTable('growth_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // planned | doing | done | dropped
    .addColumn('target_stage', 'text')
    .addColumn('done_on', 'text')
    .addColumn('suggestion_id', 'text', (c) => c.references('plan_suggestions.id').onDelete('set null'))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('growth_actions_owner_ix').on('growth_actions').columns(['owner_id', 'status', 'due_on']).execute();

  await db.schema
    .createTable('growth_action_themes')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull().references('growth_actions.id').onDelete('cascade'))
    .addColumn('theme_slug', 'text', (c) => c.notNull())
    .addColumn('theme_label', 'text', (c) => c.notNull())
    .addColumn('theme_id', 'text', (c) => c.references('themes.id').onDelete('set null'))
    .addPrimaryKeyConstraint('growth_action_themes_pk', ['action_id', 'theme_slug'])
    .execute();
  await db.schema.createIndex('growth_action_themes_owner_ix').on('growth_action_themes').columns(['owner_id', 'theme_id']).execute();

  await db.schema
    .createTable('growth_action_evidence')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull().references('growth_actions.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.notNull()) // no reference: kept when the application goes
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('rejected_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('growth_action_evidence_pk', ['action_id', 'application_id'])
    .execute();

  await db.schema
    .createTable('growth_action_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text', (c) => c.notNull().references('growth_actions.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('growth_action_notes_action_ix').on('growth_action_notes').columns(['action_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('growth_action_notes').execute();
  await db.schema.dropTable('growth_action_evidence').execute();
  await db.schema.dropTable('growth_action_themes').execute();
  await db.schema.dropTable('growth_actions').execute();
  await db.schema.dropTable('plan_suggestions').execute();
}
