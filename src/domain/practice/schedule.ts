/**
 * Spaced practice of interview questions: the FSRS algorithm from `ts-fsrs`
 * decides when each question comes back (docs/decisions/0015-spaced-practice.md).
 * This module only translates between Debrief's stored card and the library's.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

export const PRACTICE_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type PracticeRating = (typeof PRACTICE_RATINGS)[number];

export const RATING_LABELS: Record<PracticeRating, string> = {
  again: 'Again — I could not answer it',
  hard: 'Hard — a weak answer',
  good: 'Good — a solid answer',
  easy: 'Easy — ready for the real thing',
};

const GRADES: Record<PracticeRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

export type CardState = 'new' | 'learning' | 'review' | 'relearning';
const STATES: Record<State, CardState> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const FROM_STATE: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

/** A practice card as Debrief stores it (times as ISO strings). */
export interface PracticeCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: string | null;
}

/** Deterministic scheduling (no fuzz), so the same answers give the same dates. */
const scheduler = fsrs({ enable_fuzz: false });

function toLibrary(card: PracticeCard): Card {
  return {
    due: new Date(card.due), stability: card.stability, difficulty: card.difficulty, elapsed_days: card.elapsedDays, scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps, reps: card.reps, lapses: card.lapses, state: FROM_STATE[card.state],
    last_review: card.lastReview ? new Date(card.lastReview) : undefined,
  };
}

function fromLibrary(card: Card): PracticeCard {
  return {
    due: card.due.toISOString(), stability: card.stability, difficulty: card.difficulty, elapsedDays: card.elapsed_days, scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps, reps: card.reps, lapses: card.lapses, state: STATES[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** A question never practised: due at once. */
export function newCard(now: Date): PracticeCard {
  return fromLibrary(createEmptyCard(now));
}

/** The card after one rated practice at `now`. */
export function rateCard(card: PracticeCard, rating: PracticeRating, now: Date): PracticeCard {
  return fromLibrary(scheduler.next(toLibrary(card), now, GRADES[rating]).card);
}

/** When each rating would bring the question back (shown on the buttons). */
export function previewRatings(card: PracticeCard, now: Date): Record<PracticeRating, string> {
  const out = {} as Record<PracticeRating, string>;
  for (const r of PRACTICE_RATINGS) out[r] = rateCard(card, r, now).due;
  return out;
}

/** "in 10 minutes", "tomorrow", "in 4 days", "in 3 weeks", "in 2 months": when a card is due, from `now`. */
export function dueInWords(due: string, now: Date): string {
  const minutes = Math.round((new Date(due).getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  if (days === 1) return 'tomorrow';
  if (days < 14) return `in ${days} days`;
  if (days < 60) return `in ${Math.round(days / 7)} weeks`;
  return `in ${Math.round(days / 30)} months`;
}
