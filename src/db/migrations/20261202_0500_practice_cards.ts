import type { Kysely } from 'kysely';

/**
 * Spaced practice (docs/decisions/0015-spaced-practice.md): one FSRS card per
 * practised question (a question without one is new and due), and every
 * rated practice kept as a review. Times are ISO text like every time here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_cards')
    .addColumn('question_id', 'text', (c) => c.primaryKey().references('question_bank.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('due', 'text', (c) => c.notNull())
    .addColumn('stability', 'double precision', (c) => c.notNull())
    .addColumn('difficulty', 'double precision', (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('learning_steps', 'integer', (c) => c.notNull())
    .addColumn('reps', 'integer', (c) => c.notNull())
    .addColumn('lapses', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('last_review', 'text')
    .execute();
  await db.schema.createIndex('practice_cards_owner_due_ix').on('practice_cards').columns(['owner_id', 'due']).execute();

  await db.schema
    .createTable('practice_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull().references('question_bank.id').onDelete('cascade'))
    .addColumn('rating', 'text', (c) => c.notNull()) // again | hard | good | easy
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('next_due', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('practice_reviews_question_ix').on('practice_reviews').columns(['question_id', 'reviewed_at']).execute();
  await db.schema.createIndex('practice_reviews_owner_ix').on('practice_reviews').columns(['owner_id', 'reviewed_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('practice_reviews').execute();
  await db.schema.dropTable('practice_cards').execute();
}
