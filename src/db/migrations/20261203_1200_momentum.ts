import type { Kysely } from 'kysely';

/**
 * Momentum (docs/decisions/0018-momentum.md): the weekly goals a person sets
 * and the wins they collect. Goals are stored per week they were set from and
 * carry forward until set again; a win is kept once per key, so a milestone
 * detected again (after an undo and a redo) never celebrates twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('weekly_goals')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('week_start', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('weekly_goals_pk', ['owner_id', 'week_start', 'kind'])
    .execute();

  await db.schema
    .createTable('wins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull()) // detected | manual
    .addColumn('celebrated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('wins_owner_key_uq', ['owner_id', 'key'])
    .execute();
  await db.schema.createIndex('wins_owner_day_ix').on('wins').columns(['owner_id', 'occurred_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('wins').execute();
  await db.schema.dropTable('weekly_goals').execute();
}
