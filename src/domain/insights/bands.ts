/**
 * Values that segments group by: bands for the 1–5 self-ratings and month
 * keys. The repository can store or compute these with the same rules (the
 * SQL equivalent of each helper is in its comment).
 */
import { isValidIsoDate } from '../time.js';

export const RATING_BANDS = ['low', 'mid', 'high'] as const;
export type RatingBand = (typeof RATING_BANDS)[number];

/**
 * 1–2 → low, 3 → mid, 4–5 → high.
 * SQL: CASE WHEN fit <= 2 THEN 'low' WHEN fit = 3 THEN 'mid' ELSE 'high' END
 * (an unrated application is best grouped as 'unrated').
 */
export function ratingBand(score: number): RatingBand {
  if (!Number.isInteger(score) || score < 1 || score > 5) {
    throw new RangeError(`A rating is a whole number from 1 to 5 (got ${score}).`);
  }
  return score <= 2 ? 'low' : score === 3 ? 'mid' : 'high';
}

/** Fit self-assessment (1–5) → band. */
export const fitBand = ratingBand;
/** Excitement self-assessment (1–5) → band. */
export const excitementBand = ratingBand;

/**
 * The month of a calendar day, "YYYY-MM". Days are "YYYY-MM-DD" in the
 * user's time zone (see time.ts); a Date is read in UTC.
 * SQL: substr(applied_on, 1, 7)
 */
export function monthKey(date: string | Date): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('monthKey needs a valid date.');
    return date.toISOString().slice(0, 7);
  }
  if (!isValidIsoDate(date)) {
    throw new RangeError(`monthKey needs a calendar day written YYYY-MM-DD (got "${date}").`);
  }
  return date.slice(0, 7);
}
