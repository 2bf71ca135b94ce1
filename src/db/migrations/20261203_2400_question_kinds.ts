import type { Kysely } from 'kysely';

/**
 * The question bank gains a type (behavioural, technical, case, about you,
 * salary, questions to ask them) and, for questions the seeker writes
 * themselves, the stage where they expect to meet them. Stories gain the
 * sample mark so removing the sample search removes its stories
 * (docs/decisions/0027-preparing-for-an-interview.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('question_bank').addColumn('kind', 'text').execute();
  await db.schema.alterTable('question_bank').addColumn('stage', 'text').execute();
  await db.schema.alterTable('stories').addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stories').dropColumn('is_sample').execute();
  await db.schema.alterTable('question_bank').dropColumn('stage').execute();
  await db.schema.alterTable('question_bank').dropColumn('kind').execute();
}
