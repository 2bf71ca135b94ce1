import type { Kysely } from 'kysely';

/**
 * Marks what the sample job search created, so it can be removed in one
 * action without touching the user's own data (docs/decisions/0011-sample-search.md).
 * Applications carry the mark; everything that cascades from them goes with
 * them. Rows that outlive an application (check-ins and questions are kept
 * with `on delete set null`) and the companies the sample added carry it too.
 */
const MARKED = ['applications', 'companies', 'check_ins', 'question_bank'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of MARKED) {
    await db.schema.alterTable(table).addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  }
  await db.schema.createIndex('applications_owner_sample').on('applications').columns(['owner_id', 'is_sample']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('applications_owner_sample').execute();
  for (const table of MARKED) {
    await db.schema.alterTable(table).dropColumn('is_sample').execute();
  }
}
