import type { Outcome } from '../../../contracts/insights.js';
import { STAGE_LABELS, type ProgressStage } from '../../../domain/applications/stages.js';
import { formatCount } from '../../components/format';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  in_progress: 'In progress',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  silence: 'No answer',
};

/** Mantine colours (shade 7 keeps 3:1 against both light and dark backgrounds). */
export const OUTCOME_COLORS: Record<Outcome, string> = {
  in_progress: 'var(--mantine-color-gray-6)',
  accepted: 'var(--mantine-color-green-7)',
  rejected: 'var(--mantine-color-red-7)',
  withdrawn: 'var(--mantine-color-gray-7)',
  silence: 'var(--mantine-color-orange-7)',
};

export const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);

export const stageLabel = (s: ProgressStage): string => (s === 'applied' ? 'Sent' : STAGE_LABELS[s]);

/** "12–30%": the range a rate likely lies in, in one reading. */
export function pctRange(lo: number, hi: number): string {
  return `${Math.round(lo * 100)}–${Math.round(hi * 100)}%`;
}

/**
 * How likely a gap between two groups is to be chance, in words. `q` is the
 * false-discovery-adjusted p-value of the comparison (below 0.1 is what
 * Insights points out as a real difference).
 */
export function chanceWords(q: number): string {
  if (q < 0.1) return 'Unlikely to be chance';
  if (q < 0.5) return 'Could be chance';
  return 'Probably chance';
}

const AFTER: Record<ProgressStage, string> = {
  saved: 'saving it',
  applied: 'applying',
  screen: 'the screen',
  assessment: 'the assessment',
  interview: 'an interview',
  final: 'the final round',
  offer: 'an offer',
  accepted: 'accepting',
};

/** "Rejected after applying", "Rejected after an interview". */
export function rejectedAfter(stage: ProgressStage): string {
  return `Rejected after ${AFTER[stage]}`;
}

/** "4 days", "1 day", "2.5 days"; "—" when unknown. */
export function daysWords(n: number | null): string {
  if (n === null) return '—';
  const r = Math.round(n * 10) / 10;
  return `${r} ${r === 1 ? 'day' : 'days'}`;
}

/**
 * The reply figures, worded so they add up to the applications sent:
* "41 of the 53 with an outcome; 3 still waiting for a reply (56 sent)".
 */
export function heardBackLine(successes: number, trials: number, waiting: number): string {
  const sent = trials + waiting;
  const outcome = `${formatCount(successes)} of the ${formatCount(trials)} with an outcome`;
  return `${outcome}; ${waiting > 0 ? formatCount(waiting) : 'none'} still waiting for a reply (${formatCount(sent)} sent)`;
}
