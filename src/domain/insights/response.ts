/**
 * Response insights: how often employers answer, how often they go silent,
 * and how long answers take.
 *
 * Inputs (from SQL):
 * - `ResponseCounts`: four counts over sent applications. `awaiting` are those
 *   with no reply yet that are still inside the no-response window: their
 *   outcome is unknown, so they are left out of both rates. Applications
 *   withdrawn before any reply are in `sent` but neither replied, ghosted nor
 *   awaiting; they stay in the denominator.
 * - `ResponseTimes`: one number per application (a few hundred at most per
 *   seeker), whole days, ≥ 0:
 *   - `daysToFirstReply`: applied → first message from the employer;
 *   - `rejections`: for each rejected application, its stage reached and the
 *     days from reaching that stage (its latest progress event) to the rejection.
 */
import { stageRank, type ProgressStage } from '../applications/stages.js';
import { proportion } from './funnel.js';
import { assertCount, quantile } from './stats.js';
import type { Proportion } from './types.js';

export interface ResponseCounts {
  sent: number;
  replied: number;
  ghosted: number;
  awaiting: number;
}

export interface ResponseTimes {
  daysToFirstReply: readonly number[];
  rejections: readonly { stage: ProgressStage; days: number }[];
}

/** Median and spread of a list of day counts; the numbers are null when n = 0. */
export interface DaySpread {
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
  min: number | null;
  max: number | null;
}

export interface ResponseInsights {
  /** Any reply from the employer, among sent applications whose outcome is known. */
  responseRate: Proportion;
  /** No answer within the window (ghosted), same denominator. */
  ghostingRate: Proportion;
  awaiting: number;
  firstReplyDays: DaySpread;
  /** Stages with at least one rejection, in funnel order. */
  rejectionDaysByStage: (DaySpread & { stage: ProgressStage })[];
}

export function daySpread(days: readonly number[]): DaySpread {
  days.forEach((d, i) => assertCount(d, `days #${i}`));
  const q1 = quantile(days, 0.25);
  const q3 = quantile(days, 0.75);
  return {
    n: days.length,
    median: quantile(days, 0.5),
    q1,
    q3,
    iqr: q1 === null || q3 === null ? null : q3 - q1,
    min: quantile(days, 0),
    max: quantile(days, 1),
  };
}

export function computeResponse(counts: ResponseCounts, times: ResponseTimes): ResponseInsights {
  const { sent, replied, ghosted, awaiting } = counts;
  Object.entries(counts).forEach(([name, v]) => assertCount(v, name));
  if (replied + ghosted + awaiting > sent) {
    throw new RangeError(
      `replied (${replied}) + ghosted (${ghosted}) + awaiting (${awaiting}) exceed the ${sent} applications sent.`,
    );
  }
  const decided = sent - awaiting;
  const byStage = new Map<ProgressStage, number[]>();
  for (const { stage, days } of times.rejections) {
    const list = byStage.get(stage);
    if (list) list.push(days);
    else byStage.set(stage, [days]);
  }
  const rejectionDaysByStage = [...byStage.entries()]
    .sort(([a], [b]) => stageRank(a) - stageRank(b))
    .map(([stage, days]) => ({ stage, ...daySpread(days) }));
  return {
    responseRate: proportion(replied, decided),
    ghostingRate: proportion(ghosted, decided),
    awaiting,
    firstReplyDays: daySpread(times.daysToFirstReply),
    rejectionDaysByStage,
  };
}
