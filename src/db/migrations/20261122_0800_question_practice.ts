import type { Kysely } from 'kysely';

/**
 * Practice history for the question bank, kept on the question row: how many
 * days the question was practised and the last of them (a local ISO day, as
 * every other day in the schema). Recording practice twice on one day counts once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('question_bank').addColumn('practice_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('question_bank').addColumn('last_practised_on', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('question_bank').dropColumn('last_practised_on').execute();
  await db.schema.alterTable('question_bank').dropColumn('practice_count').execute();
}
