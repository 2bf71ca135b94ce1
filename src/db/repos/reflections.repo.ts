import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, QuestionBankTable, ReflectionAnswersTable } from '../schema.js';
import { idsByPrefix } from './id-prefix.js';

export type ReflectionAnswerRow = Selectable<ReflectionAnswersTable>;
export type QuestionBankRow = Selectable<QuestionBankTable> & { company: string | null; met_stage: string | null; met_rank: number | null };

export async function answersFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<ReflectionAnswerRow[]> {
  return db
    .selectFrom('reflection_answers')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .orderBy('prompt_id')
    .execute();
}

export async function upsertAnswer(db: Kysely<DB>, row: Insertable<ReflectionAnswersTable>): Promise<void> {
  await db
    .insertInto('reflection_answers')
    .values(row)
    .onConflict((oc) => oc.columns(['application_id', 'prompt_id']).doUpdateSet({ value: row.value, updated_at: row.updated_at }))
    .execute();
}

export async function deleteAnswer(db: Kysely<DB>, ownerId: string, applicationId: string, promptId: string): Promise<void> {
  await db
    .deleteFrom('reflection_answers')
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .where('prompt_id', '=', promptId)
    .execute();
}

export async function insertQuestions(db: Kysely<DB>, rows: Insertable<QuestionBankTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('question_bank').values(rows).execute();
}

/** The question texts already banked from one application (to avoid repeats). */
export async function questionTextsFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('question_bank')
    .select('question')
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .execute();
  return rows.map((r) => r.question);
}

function bankQuery(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('question_bank as q')
    .leftJoin('applications as a', 'a.id', 'q.application_id')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('rejections as r', 'r.application_id', 'q.application_id')
    .leftJoin('application_state as s', 's.application_id', 'r.application_id')
    .selectAll('q')
    .select(['c.name as company', 'r.stage_reached as met_stage', 's.reached_rank as met_rank'])
    .where('q.owner_id', '=', ownerId);
}

export async function listQuestions(db: Kysely<DB>, ownerId: string, limit = 1000): Promise<QuestionBankRow[]> {
  return bankQuery(db, ownerId).orderBy('q.created_at', 'desc').orderBy('q.id').limit(limit).execute();
}

export async function findQuestion(db: Kysely<DB>, ownerId: string, id: string): Promise<QuestionBankRow | undefined> {
  return bankQuery(db, ownerId).where('q.id', '=', id).executeTakeFirst();
}

export interface QuestionPatch {
  notes?: string | null;
  self_rating?: number | null;
  kind?: string | null;
  question?: string;
  stage?: string | null;
  updated_at: string;
}

export async function deleteQuestion(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('question_bank').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function updateQuestion(
  db: Kysely<DB>,
  ownerId: string,
  id: string,
  patch: QuestionPatch,
): Promise<boolean> {
  const r = await db.updateTable('question_bank').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Records practice on `day` in one statement: the count grows only when the
 * question was not practised that day already; notes and rating change with it.
 */
export async function recordQuestionPractice(
  db: Kysely<DB>,
  ownerId: string,
  id: string,
  day: string,
  patch: { notes?: string | null; self_rating?: number | null; updated_at: string },
): Promise<boolean> {
  const r = await db
    .updateTable('question_bank')
    .set((eb) => ({
      ...patch,
      practice_count: eb
        .case()
        .when('last_practised_on', '=', day)
        .then(eb.ref('practice_count'))
        .else(eb('practice_count', '+', 1))
        .end(),
      last_practised_on: day,
    }))
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Question ids of one owner starting with `prefix` (for short ids typed in the CLI). */
export async function findQuestionIdsByPrefix(db: Kysely<DB>, ownerId: string, prefix: string, limit = 5): Promise<string[]> {
  return idsByPrefix(db, 'question_bank', ownerId, prefix, limit);
}
