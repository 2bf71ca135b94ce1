import type { Kysely } from 'kysely';

/**
 * The rejection debrief (docs/decisions/0005-debrief-model.md): one rejection
 * per application with its reasons, check-ins (also free journal entries),
 * the feedback request, reflection answers, themes and lessons with their
 * evidence, outside-control items, and the question bank. Portable subset:
 * text and integer columns only; JSON is stored as text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rejections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().unique().references('applications.id').onDelete('cascade'))
    .addColumn('rejected_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('stage_reached', 'text') // null: derived from the stage events
    .addColumn('message', 'text')
    .addColumn('reader_labels', 'text') // JSON
    .addColumn('corrections', 'text') // JSON
    .addColumn('note', 'text')
    .addColumn('lessons_note', 'text')
    .addColumn('skipped_steps', 'text', (c) => c.notNull().defaultTo('[]')) // JSON
    .addColumn('debrief_started_at', 'text')
    .addColumn('debrief_completed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rejections_owner_ix').on('rejections').columns(['owner_id', 'rejected_on']).execute();

  await db.schema
    .createTable('rejection_reasons')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('rejection_id', 'text', (c) => c.notNull().references('rejections.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('control', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rejection_reasons_pk', ['rejection_id', 'reason'])
    .execute();
  await db.schema.createIndex('rejection_reasons_owner_ix').on('rejection_reasons').columns(['owner_id', 'reason']).execute();

  await db.schema
    .createTable('check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer', (c) => c.notNull())
    .addColumn('feelings', 'text', (c) => c.notNull().defaultTo('[]')) // JSON
    .addColumn('note', 'text')
    .addColumn('rejection_id', 'text', (c) => c.references('rejections.id').onDelete('set null'))
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('check_ins_owner_day_ix').on('check_ins').columns(['owner_id', 'checked_on']).execute();
  await db.schema.createIndex('check_ins_rejection_ix').on('check_ins').columns(['rejection_id']).execute();

  await db.schema
    .createTable('feedback_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().unique().references('applications.id').onDelete('cascade'))
    .addColumn('rejection_id', 'text', (c) => c.notNull().references('rejections.id').onDelete('cascade'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('tone', 'text', (c) => c.notNull())
    .addColumn('question_ids', 'text', (c) => c.notNull().defaultTo('[]')) // JSON
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text')
    .addColumn('received_on', 'text')
    .addColumn('feedback_text', 'text')
    .addColumn('verdict', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_requests_owner_status_ix').on('feedback_requests').columns(['owner_id', 'status', 'requested_on']).execute();

  await db.schema
    .createTable('reflection_answers')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('prompt_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reflection_answers_pk', ['application_id', 'prompt_id'])
    .execute();
  await db.schema.createIndex('reflection_answers_owner_ix').on('reflection_answers').columns(['owner_id']).execute();

  await db.schema
    .createTable('themes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source', 'text', (c) => c.notNull()) // catalogue | user
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('themes_owner_slug_uq', ['owner_id', 'slug'])
    .execute();

  await db.schema
    .createTable('lessons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('theme_id', 'text', (c) => c.notNull().references('themes.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lessons_app_theme_uq', ['application_id', 'theme_id'])
    .execute();
  await db.schema.createIndex('lessons_owner_theme_ix').on('lessons').columns(['owner_id', 'theme_id']).execute();

  await db.schema
    .createTable('lesson_evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('lesson_id', 'text', (c) => c.notNull().references('lessons.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // feedback | reflection
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text')
    .execute();
  await db.schema.createIndex('lesson_evidence_lesson_ix').on('lesson_evidence').columns(['lesson_id']).execute();

  await db.schema
    .createTable('outside_control_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outside_control_items_app_ix').on('outside_control_items').columns(['application_id']).execute();

  await db.schema
    .createTable('question_bank')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('source_prompt_id', 'text')
    .addColumn('notes', 'text')
    .addColumn('self_rating', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('question_bank_owner_ix').on('question_bank').columns(['owner_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'question_bank',
    'outside_control_items',
    'lesson_evidence',
    'lessons',
    'themes',
    'reflection_answers',
    'feedback_requests',
    'check_ins',
    'rejection_reasons',
    'rejections',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
