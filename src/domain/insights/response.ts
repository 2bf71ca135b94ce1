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
 * - `ResponseTimes`: one number per application, whole days, ≥ 0:
 *   - `daysToFirstReply`: applied → first message from the employer;
 *   - `rejections`: for each rejected application, its stage reached and the
 *     days from reaching that stage (its latest progress event) to the rejection.
 * - or the same as `ResponseDayCounts`: how many applications took each number
 *   of days (what the database keeps). The spreads are computed from these
 *   counts, so their cost follows the number of distinct days, not the number
 *   of applications; both forms give exactly the same figures.
 */
import { stageRank, type ProgressStage } from '../applications/stages.js';
import { proportion } from './funnel.js';
import { assertCount } from './stats.js';
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

/** How many applications took this many days. */
export interface DayCount {
  days: number;
  count: number;
}

export interface ResponseDayCounts {
  firstReply: readonly DayCount[];
  rejections: readonly (DayCount & { stage: ProgressStage })[];
}

/**
 * Sample quantile (Hyndman & Fan type 7, as `quantile` in stats.ts) of the
 * list that `sorted` counts (ascending days, positive counts, `n` in all),
 * without writing that list out.
 */
function quantileOfCounts(sorted: readonly DayCount[], n: number, prob: number): number | null {
  if (n === 0) return null;
  const h = (n - 1) * prob;
  const lo = Math.floor(h);
  const at = (index: number): number => {
    let seen = 0;
    for (const { days, count } of sorted) {
      seen += count;
      if (index < seen) return days;
    }
    return sorted[sorted.length - 1]?.days ?? 0;
  };
  const below = at(lo);
  const above = at(Math.min(lo + 1, n - 1));
  return below + (h - lo) * (above - below);
}

/** Median and spread of day counts given as how many took each number of days. */
export function daySpreadOfCounts(counts: readonly DayCount[]): DaySpread {
  counts.forEach((c, i) => {
    assertCount(c.days, `days #${i}`);
    assertCount(c.count, `count #${i}`);
  });
  const sorted = counts.filter((c) => c.count > 0).sort((a, b) => a.days - b.days);
  const n = sorted.reduce((sum, c) => sum + c.count, 0);
  const q = (prob: number) => quantileOfCounts(sorted, n, prob);
  const q1 = q(0.25);
  const q3 = q(0.75);
  return { n, median: q(0.5), q1, q3, iqr: q1 === null || q3 === null ? null : q3 - q1, min: q(0), max: q(1) };
}

function countDays(days: readonly number[]): DayCount[] {
  const counts = new Map<number, number>();
  days.forEach((d, i) => {
    assertCount(d, `days #${i}`);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  });
  return [...counts].map(([d, count]) => ({ days: d, count }));
}

export function daySpread(days: readonly number[]): DaySpread {
  return daySpreadOfCounts(countDays(days));
}

export function computeResponse(counts: ResponseCounts, times: ResponseTimes): ResponseInsights {
  const byStage = new Map<ProgressStage, number[]>();
  for (const { stage, days } of times.rejections) {
    const list = byStage.get(stage);
    if (list) list.push(days);
    else byStage.set(stage, [days]);
  }
  return computeResponseOfCounts(counts, {
    firstReply: countDays(times.daysToFirstReply),
    rejections: [...byStage].flatMap(([stage, days]) => countDays(days).map((c) => ({ stage, ...c }))),
  });
}

/** computeResponse from how many applications took each number of days. */
export function computeResponseOfCounts(counts: ResponseCounts, days: ResponseDayCounts): ResponseInsights {
  const { sent, replied, ghosted, awaiting } = counts;
  Object.entries(counts).forEach(([name, v]) => assertCount(v, name));
  if (replied + ghosted + awaiting > sent) {
    throw new RangeError(
      `replied (${replied}) + ghosted (${ghosted}) + awaiting (${awaiting}) exceed the ${sent} applications sent.`,
    );
  }
  const decided = sent - awaiting;
  const byStage = new Map<ProgressStage, DayCount[]>();
  for (const { stage, days: d, count } of days.rejections) {
    if (count <= 0) continue;
    const list = byStage.get(stage);
    if (list) list.push({ days: d, count });
    else byStage.set(stage, [{ days: d, count }]);
  }
  const rejectionDaysByStage = [...byStage.entries()]
    .sort(([a], [b]) => stageRank(a) - stageRank(b))
    .map(([stage, list]) => ({ stage, ...daySpreadOfCounts(list) }));
  return {
    responseRate: proportion(replied, decided),
    ghostingRate: proportion(ghosted, decided),
    awaiting,
    firstReplyDays: daySpreadOfCounts(days.firstReply),
    rejectionDaysByStage,
  };
}
