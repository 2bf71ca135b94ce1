import type { Kysely } from 'kysely';

/**
 * Column mappings remembered per file layout (docs/decisions/0019-import-export.md):
 * the next file with the same header row is read the same way, and the status
 * words the seeker matched to stages are not asked again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_layouts')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('layout_key', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull()) // JSON array of the header row
    .addColumn('preset', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull()) // JSON: one field (or null) per column
    .addColumn('status_map', 'text', (c) => c.notNull()) // JSON: status word → stage
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_layouts_pk', ['owner_id', 'layout_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_layouts').execute();
}
