/**
 * From the counts the database keeps (docs/decisions/0029-insights-in-constant-time.md)
 * to the aggregates the report is computed from.
 *
 * The kept counts cannot know today's date, so an application still waiting
 * on the employer is kept as 'awaiting'. Waiting is silence once the last news
 * is older than the no-response window; the applications inside the window
 * (`recent`, read from an index, as many as had news in the last few weeks)
 * are moved from 'awaiting' to 'in_progress', and what is left is silence.
 */
import { stageRank } from '../applications/stages.js';
import { SEGMENT_METRICS, type SegmentMetric } from './types.js';

export const REPORT_OUTCOMES = ['in_progress', 'accepted', 'rejected', 'withdrawn', 'silence'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];
export type KeptOutcome = ReportOutcome | 'awaiting';

/** The dimension of the kept counts that holds every application (saved ones included). */
export const ALL_DIMENSION = '';

export interface KeptCountRow {
  rank: number;
  outcome: KeptOutcome;
  replied: boolean;
  /** ALL_DIMENSION, or a segment dimension. */
  dimension: string;
  value: string;
  count: number;
}

/** One sent application waiting on the employer with news inside the window, and its segment values. */
export interface RecentAwaiting {
  rank: number;
  replied: boolean;
  values: Readonly<Record<string, string>>;
}

export interface ResolvedOutcomeRow {
  rank: number;
  outcome: ReportOutcome;
  replied: boolean;
  count: number;
}

export interface ResolvedSegmentRow {
  dimension: string;
  value: string;
  trials: Record<SegmentMetric, number>;
  successes: Record<SegmentMetric, number>;
}

export interface ResolvedCounts {
  /** Every application, saved ones included. */
  totalApplications: number;
  /** Sent applications by furthest stage × outcome × replied. */
  outcomes: ResolvedOutcomeRow[];
  segments: ResolvedSegmentRow[];
}

const SCREEN = stageRank('screen');
const OFFER = stageRank('offer');
const APPLIED = stageRank('applied');

/**
 * Whether an application is in each metric's population (trial) and a success:
 * response = outcome known (replied, or no longer in progress); interview = reached
 * the screen, or ended by a rejection or silence; offer = reached an offer, or ended
 * that way. Withdrawn applications that had not reached the step are left out.
 */
export function metricFlags(outcome: ReportOutcome, rank: number, replied: boolean): Record<SegmentMetric, { trial: boolean; success: boolean }> {
  const closed = outcome === 'rejected' || outcome === 'silence';
  return {
    response: { trial: replied || outcome !== 'in_progress', success: replied },
    interview: { trial: rank >= SCREEN || closed, success: rank >= SCREEN },
    offer: { trial: rank >= OFFER || closed, success: rank >= OFFER },
  };
}

const cellKey = (dimension: string, value: string, rank: number, outcome: string, replied: boolean): string =>
  `${dimension}\u0000${value}\u0000${rank}\u0000${outcome}\u0000${replied ? 1 : 0}`;

/** The report's aggregates from the kept counts and the applications waiting inside the window. */
export function resolveKeptCounts(rows: readonly KeptCountRow[], recent: readonly RecentAwaiting[]): ResolvedCounts {
  // (dimension, value, rank, outcome, replied) → count, with the recent ones moved to in progress.
  const cells = new Map<string, { dimension: string; value: string; rank: number; outcome: KeptOutcome; replied: boolean; count: number }>();
  const bump = (dimension: string, value: string, rank: number, outcome: KeptOutcome, replied: boolean, count: number): void => {
    const k = cellKey(dimension, value, rank, outcome, replied);
    const cell = cells.get(k);
    if (cell) cell.count += count;
    else cells.set(k, { dimension, value, rank, outcome, replied, count });
  };
  for (const r of rows) bump(r.dimension, r.value, r.rank, r.outcome, r.replied, r.count);
  for (const a of recent) {
    bump(ALL_DIMENSION, '', a.rank, 'awaiting', a.replied, -1);
    bump(ALL_DIMENSION, '', a.rank, 'in_progress', a.replied, 1);
    for (const [dimension, value] of Object.entries(a.values)) {
      bump(dimension, value, a.rank, 'awaiting', a.replied, -1);
      bump(dimension, value, a.rank, 'in_progress', a.replied, 1);
    }
  }
  let totalApplications = 0;
  const outcomes = new Map<string, ResolvedOutcomeRow>();
  const segments = new Map<string, ResolvedSegmentRow>();
  for (const c of cells.values()) {
    if (c.count === 0) continue;
    const outcome: ReportOutcome = c.outcome === 'awaiting' ? 'silence' : c.outcome;
    if (c.dimension === ALL_DIMENSION) {
      totalApplications += c.count;
      if (c.rank < APPLIED) continue;
      const k = `${c.rank}\u0000${outcome}\u0000${c.replied ? 1 : 0}`;
      const row = outcomes.get(k) ?? { rank: c.rank, outcome, replied: c.replied, count: 0 };
      row.count += c.count;
      outcomes.set(k, row);
      continue;
    }
    const k = `${c.dimension}\u0000${c.value}`;
    const row = segments.get(k) ?? {
      dimension: c.dimension,
      value: c.value,
      trials: { response: 0, interview: 0, offer: 0 },
      successes: { response: 0, interview: 0, offer: 0 },
    };
    const flags = metricFlags(outcome, c.rank, c.replied);
    for (const m of SEGMENT_METRICS) {
      if (flags[m].trial) row.trials[m] += c.count;
      if (flags[m].success) row.successes[m] += c.count;
    }
    segments.set(k, row);
  }
  return { totalApplications, outcomes: [...outcomes.values()], segments: [...segments.values()] };
}
