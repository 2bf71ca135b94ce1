import type { Kysely } from 'kysely';

/**
 * The story bank: STAR stories with what the seeker learned, linked to the
 * questions and themes they answer (docs/decisions/0016-growth-plan.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('situation', 'text')
    .addColumn('task', 'text')
    .addColumn('action', 'text')
    .addColumn('result', 'text')
    .addColumn('learned', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_owner_ix').on('stories').columns(['owner_id', 'updated_at']).execute();

  await db.schema
    .createTable('story_questions')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('question_bank.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_questions_pk', ['story_id', 'question_id'])
    .execute();
  await db.schema.createIndex('story_questions_question_ix').on('story_questions').columns(['question_id']).execute();

  await db.schema
    .createTable('story_themes')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_themes_pk', ['story_id', 'theme_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('story_themes').execute();
  await db.schema.dropTable('story_questions').execute();
  await db.schema.dropTable('stories').execute();
}
