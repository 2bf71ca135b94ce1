import type { Kysely } from 'kysely';

/**
 * Deleted applications kept for a short while so a deletion can be undone
 * (docs/decisions/0014-undo-delete.md): one row per deleted application with
 * everything it owned, as JSON text (portable subset: text columns only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deleted_applications')
    .addColumn('application_id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deleted_applications_owner_ix').on('deleted_applications').columns(['owner_id', 'deleted_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deleted_applications').execute();
}
