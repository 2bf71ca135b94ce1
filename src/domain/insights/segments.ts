/**
 * Segments: does one group of applications do better or worse than the rest?
 *
 * Input (from SQL): one row per (dimension, value, metric) with the successes
 * and trials of that group, and per metric the totals over the same
 * population, so that "the rest" = totals − group. Every application should
 * fall in exactly one value per dimension (use a value such as "unknown"
 * rather than dropping it, or it silently joins "the rest"). Populations:
 * - response:  sent applications whose reply outcome is known (not awaiting);
 * - interview: sent applications that reached screen or later, or ended;
 * - offer:     sent applications that reached an offer, or ended.
 *
 * Statistics per row: rates, difference (rate − restRate) and ratio, a
 * two-sided Fisher exact p-value, and Benjamini–Hochberg q-values over all rows
 * shown (rows where either group is empty are not shown; the two mirrored rows
 * of a two-valued dimension count as one comparison). A row is highlighted
 * only when it is MATERIAL — |difference| ≥ 0.10 with at least 5 trials in both
 * groups — and q < 0.10. The difference, not the ratio, decides materiality:
 * ratios explode on small base rates (1% vs 3% is "3×" yet rarely matters).
 */
import { assertCount, benjaminiHochberg, fisherExactTwoSided } from './stats.js';
import { segmentLabel, METRIC_PHRASES } from './segment-labels.js';
import type { SegmentDimension, SegmentMetric, SegmentRow } from './types.js';

export interface SegmentCountRow {
  dimension: SegmentDimension;
  value: string;
  metric: SegmentMetric;
  successes: number;
  trials: number;
}

export type MetricTotals = Record<SegmentMetric, { successes: number; trials: number }>;

export const Q_THRESHOLD = 0.1;
export const MIN_DIFFERENCE = 0.1;
export const MIN_GROUP_TRIALS = 5;
export const NOT_ENOUGH_EVIDENCE = 'Not enough evidence yet.';

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export function isMaterial(row: Pick<SegmentRow, 'difference' | 'trials' | 'restTrials'>): boolean {
  return (
    Math.abs(row.difference) >= MIN_DIFFERENCE - 1e-12 &&
    row.trials >= MIN_GROUP_TRIALS &&
    row.restTrials >= MIN_GROUP_TRIALS
  );
}

function checkRow(row: SegmentCountRow, totals: MetricTotals): void {
  const where = `segment ${row.dimension}=${row.value} (${row.metric})`;
  assertCount(row.successes, `${where} successes`);
  assertCount(row.trials, `${where} trials`);
  const total = totals[row.metric];
  assertCount(total.successes, `${row.metric} total successes`);
  assertCount(total.trials, `${row.metric} total trials`);
  if (row.successes > row.trials || row.trials - row.successes > total.trials - total.successes || row.successes > total.successes) {
    throw new RangeError(
      `${where}: ${row.successes} of ${row.trials} does not fit inside the ${row.metric} totals (${total.successes} of ${total.trials}).`,
    );
  }
}

type Compared = SegmentCountRow & { restSuccesses: number; restTrials: number };

/**
 * BH over distinct comparisons. In a two-valued dimension "yes vs the rest" and
 * "no vs the rest" are one table seen from both sides; counting it twice would
 * loosen the correction, so mirrored rows share one test and one q-value.
 */
function adjustDistinct(rows: readonly Compared[], pValues: readonly number[]): number[] {
  // Dimensions and metrics are identifiers and the rest counts: a separator no value holds keeps keys apart.
  const key = (dimension: string, metric: string, s: number, t: number, rs: number, rt: number): string =>
    `${dimension}\u0000${metric}\u0000${s}\u0000${t}\u0000${rs}\u0000${rt}`;
  const testOf = new Map<string, number>();
  const distinctP: number[] = [];
  const index = rows.map((r, i) => {
    const own = key(r.dimension, r.metric, r.successes, r.trials, r.restSuccesses, r.restTrials);
    const mirror = key(r.dimension, r.metric, r.restSuccesses, r.restTrials, r.successes, r.trials);
    const existing = testOf.get(own) ?? testOf.get(mirror);
    if (existing !== undefined) return existing;
    testOf.set(own, distinctP.length);
    distinctP.push(pValues[i] ?? 1);
    return distinctP.length - 1;
  });
  const q = benjaminiHochberg(distinctP);
  return index.map((j) => q[j] ?? 1);
}

/** All comparisons, in input order, with q-values over every row returned. */
export function computeSegments(rows: readonly SegmentCountRow[], totals: MetricTotals): SegmentRow[] {
  const shown: Compared[] = [];
  for (const row of rows) {
    checkRow(row, totals);
    const total = totals[row.metric];
    const restTrials = total.trials - row.trials;
    if (row.trials > 0 && restTrials > 0) shown.push({ ...row, restSuccesses: total.successes - row.successes, restTrials });
  }
  const pValues = shown.map((r) =>
    fisherExactTwoSided(r.successes, r.trials - r.successes, r.restSuccesses, r.restTrials - r.restSuccesses),
  );
  const qValues = adjustDistinct(shown, pValues);
  return shown.map((r, i) => {
    const rate = r.successes / r.trials;
    const restRate = r.restSuccesses / r.restTrials;
    const difference = rate - restRate;
    const pValue = pValues[i] ?? 1;
    const qValue = qValues[i] ?? 1;
    const highlight = qValue < Q_THRESHOLD && isMaterial({ difference, trials: r.trials, restTrials: r.restTrials });
    const summary = highlight
      ? `${segmentLabel(r.dimension, r.value)} ${METRIC_PHRASES[r.metric]} ${pct(rate)} of the time vs ${pct(restRate)} otherwise.`
      : NOT_ENOUGH_EVIDENCE;
    return {
      dimension: r.dimension,
      value: r.value,
      metric: r.metric,
      successes: r.successes,
      trials: r.trials,
      rate,
      restSuccesses: r.restSuccesses,
      restTrials: r.restTrials,
      restRate,
      difference,
      ratio: restRate === 0 ? null : rate / restRate,
      pValue,
      qValue,
      highlight,
      summary,
    } satisfies SegmentRow;
  });
}
