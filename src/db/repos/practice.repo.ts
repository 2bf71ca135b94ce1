import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, PracticeCardsTable, PracticeReviewsTable } from '../schema.js';

export type PracticeCardRow = Selectable<PracticeCardsTable>;

/** A question of the bank with its card (null when never practised). */
export interface PracticeItemRow {
  id: string;
  question: string;
  notes: string | null;
  company: string | null;
  card_due: string | null;
  card_reps: number | null;
}

function items(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('question_bank as q')
    .leftJoin('practice_cards as p', 'p.question_id', 'q.id')
    .leftJoin('applications as a', 'a.id', 'q.application_id')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .select(['q.id', 'q.question', 'q.notes', 'c.name as company', 'p.due as card_due', 'p.reps as card_reps'])
    .where('q.owner_id', '=', ownerId)
    // Questions to ask them are not answers to practise.
    .where((eb) => eb.or([eb('q.kind', 'is', null), eb('q.kind', '!=', 'to_ask')]));
}

/**
 * What is due at `now`: practised questions whose time has come (most overdue
 * first), then questions never practised (oldest first), up to `limit`.
 */
export async function dueItems(db: Kysely<DB>, ownerId: string, now: string, limit: number): Promise<PracticeItemRow[]> {
  const due = await items(db, ownerId).where('p.due', '<=', now).orderBy('p.due').orderBy('q.id').limit(limit).execute();
  if (due.length >= limit) return due;
  const fresh = await items(db, ownerId).where('p.question_id', 'is', null).orderBy('q.created_at').orderBy('q.id').limit(limit - due.length).execute();
  return [...due, ...fresh];
}

export async function practiceCounts(db: Kysely<DB>, ownerId: string, now: string, endOfDay: string): Promise<{ due: number; fresh: number; laterToday: number; total: number }> {
  const row = await db
    .selectFrom('question_bank as q')
    .leftJoin('practice_cards as p', 'p.question_id', 'q.id')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('p.question_id', 'is', null).then(1).else(0).end()).as('fresh'),
      eb.fn.sum<number>(eb.case().when('p.due', '<=', now).then(1).else(0).end()).as('due'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('p.due', '>', now), eb('p.due', '<=', endOfDay)])).then(1).else(0).end()).as('later_today'),
    ])
    .where('q.owner_id', '=', ownerId)
    .where((eb) => eb.or([eb('q.kind', 'is', null), eb('q.kind', '!=', 'to_ask')]))
    .executeTakeFirst();
  return { due: Number(row?.due ?? 0), fresh: Number(row?.fresh ?? 0), laterToday: Number(row?.later_today ?? 0), total: Number(row?.total ?? 0) };
}

export async function findCard(db: Kysely<DB>, ownerId: string, questionId: string): Promise<PracticeCardRow | undefined> {
  return db.selectFrom('practice_cards').selectAll().where('owner_id', '=', ownerId).where('question_id', '=', questionId).executeTakeFirst();
}

/** Adds a question's first card; false when one exists already (another tab was first). */
export async function insertCard(db: Kysely<DB>, row: Insertable<PracticeCardsTable>): Promise<boolean> {
  const r = await db.insertInto('practice_cards').values(row).onConflict((oc) => oc.column('question_id').doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Replaces a card only if it still has `reps` repetitions (a second tab rating the same card changes nothing). */
export async function updateCardIfUnchanged(db: Kysely<DB>, row: PracticeCardRow, expectedReps: number): Promise<boolean> {
  const r = await db
    .updateTable('practice_cards')
    .set(row)
    .where('owner_id', '=', row.owner_id)
    .where('question_id', '=', row.question_id)
    .where('reps', '=', expectedReps)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertReview(db: Kysely<DB>, row: Insertable<PracticeReviewsTable>): Promise<void> {
  await db.insertInto('practice_reviews').values(row).execute();
}

export async function reviewsOf(db: Kysely<DB>, ownerId: string, questionId: string): Promise<Selectable<PracticeReviewsTable>[]> {
  return db.selectFrom('practice_reviews').selectAll().where('owner_id', '=', ownerId).where('question_id', '=', questionId).orderBy('reviewed_at').execute();
}
