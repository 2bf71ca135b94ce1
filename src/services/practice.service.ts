/**
 * Spaced practice of the question bank (docs/decisions/0015-spaced-practice.md):
 * what is due now, and one rated practice at a time, scheduled by FSRS.
 */
import type { PracticeItem, PracticeQueue, PracticeRate, PracticeResult } from '../contracts/practice.js';
import { dueItems, findCard, insertCard, insertReview, practiceCounts, updateCardIfUnchanged, type PracticeCardRow } from '../db/repos/practice.repo.js';
import { recordQuestionPractice } from '../db/repos/reflections.repo.js';
import { newId } from '../domain/ids.js';
import { dueInWords, newCard, rateCard, PRACTICE_RATINGS, type CardState, type PracticeCard } from '../domain/practice/schedule.js';
import { todayIn } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { resolveQuestionId } from './reflection.service.js';
import { getSettings } from './settings.service.js';
import { storiesByQuestion } from './stories.service.js';
import { transact } from '../db/transact.js';

function toCard(row: PracticeCardRow): PracticeCard {
  return {
    due: row.due, stability: row.stability, difficulty: row.difficulty, elapsedDays: row.elapsed_days, scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps, reps: row.reps, lapses: row.lapses, state: row.state as CardState, lastReview: row.last_review,
  };
}

function toRow(ownerId: string, questionId: string, card: PracticeCard): PracticeCardRow {
  return {
    question_id: questionId, owner_id: ownerId, due: card.due, stability: card.stability, difficulty: card.difficulty, elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays, learning_steps: card.learningSteps, reps: card.reps, lapses: card.lapses, state: card.state, last_review: card.lastReview,
  };
}

/** The first instant of tomorrow in `tz` (found by bisection over the next day: time zones have odd offsets and DST). */
function endOfLocalDay(tz: string, now: Date): Date {
  const today = todayIn(tz, now);
  let lo = now.getTime();
  let hi = lo + 26 * 3_600_000;
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2);
    if (todayIn(tz, new Date(mid)) === today) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** What to practise now: due questions first (most overdue first), then new ones; with counts for the page header. */
export async function practiceQueue(ctx: ServiceContext, limit = 20): Promise<PracticeQueue> {
  const now = ctx.now();
  const settings = await getSettings(ctx);
  const iso = now.toISOString();
  const [rows, counts] = await Promise.all([
    dueItems(ctx.db, ctx.ownerId, iso, limit),
    practiceCounts(ctx.db, ctx.ownerId, iso, endOfLocalDay(settings.timezone, now).toISOString()),
  ]);
  const items: PracticeItem[] = [];
  const stories = await storiesByQuestion(ctx, rows.map((r) => r.id));
  for (const r of rows) {
    const card = r.card_due === null ? newCard(now) : toCard((await findCard(ctx.db, ctx.ownerId, r.id)) as PracticeCardRow);
    const comesBack = Object.fromEntries(PRACTICE_RATINGS.map((rating) => [rating, dueInWords(rateCard(card, rating, now).due, now)])) as PracticeItem['comesBack'];
    items.push({ questionId: r.id, question: r.question, notes: r.notes, company: r.company, reps: r.card_reps ?? 0, isNew: r.card_due === null, stories: stories.get(r.id) ?? [], comesBack });
  }
  let nextDue: string | null = null;
  if (items.length === 0 && counts.total > 0) {
    const next = await dueItems(ctx.db, ctx.ownerId, '9999-12-31T00:00:00.000Z', 1);
    if (next[0]?.card_due) nextDue = dueInWords(next[0].card_due, now);
  }
  return { items, due: counts.due, fresh: counts.fresh, laterToday: counts.laterToday, total: counts.total, nextDue };
}

/** How many questions are due by the end of today (practised ones coming back) and how many were never practised. */
export async function practiceDueToday(ctx: ServiceContext): Promise<{ due: number; fresh: number }> {
  const now = ctx.now();
  const settings = await getSettings(ctx);
  const c = await practiceCounts(ctx.db, ctx.ownerId, now.toISOString(), endOfLocalDay(settings.timezone, now).toISOString());
  return { due: c.due + c.laterToday, fresh: c.fresh };
}

/**
 * Records one practice: the card moves on by FSRS, the review is kept, and the
 * question bank counts the day as practised. A rating based on an older view
 * of the card (another tab rated it first) is refused and counts nothing.
 */
export async function ratePractice(ctx: ServiceContext, idOrPrefix: string, input: PracticeRate): Promise<PracticeResult> {
  const questionId = await resolveQuestionId(ctx, idOrPrefix);
  const now = ctx.now();
  const settings = await getSettings(ctx);
  const day = todayIn(settings.timezone, now);
  const stale = (): ServiceError =>
    new ServiceError('stale', 'This question was rated a moment ago (in another tab or window); that rating stands and nothing was counted twice. Reload to go on.');
  return transact(ctx.db, async (trx) => {
    const existing = await findCard(trx, ctx.ownerId, questionId);
    const before = existing ? toCard(existing) : newCard(now);
    if (before.reps !== input.reps) throw stale();
    const after = rateCard(before, input.rating, now);
    const row = toRow(ctx.ownerId, questionId, after);
    if (existing) {
      if (!(await updateCardIfUnchanged(trx, row, input.reps))) throw stale();
    } else if (!(await insertCard(trx, row))) {
      throw stale();
    }
    await insertReview(trx, { id: newId(), owner_id: ctx.ownerId, question_id: questionId, rating: input.rating, reviewed_at: now.toISOString(), next_due: after.due });
    if (!(await recordQuestionPractice(trx, ctx.ownerId, questionId, day, { updated_at: now.toISOString() }))) throw notFound('question', idOrPrefix);
    return { questionId, rating: input.rating, reps: after.reps, due: after.due, comesBack: dueInWords(after.due, now) };
  });
}

/** How many times a question has been practised (0 when never): what a rating from a script is based on. */
export async function cardReps(ctx: ServiceContext, idOrPrefix: string): Promise<number> {
  const questionId = await resolveQuestionId(ctx, idOrPrefix);
  return (await findCard(ctx.db, ctx.ownerId, questionId))?.reps ?? 0;
}
