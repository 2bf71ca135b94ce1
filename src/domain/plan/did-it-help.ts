/**
 * "Did it help?": the conversion of the stage an action targets, for
 * applications that reached that stage before the action was done and after,
 * each with a Wilson interval, and a two-sided Fisher exact test between the
 * two. Only applications whose outcome is known count. It says "after", never
 * "because": many things change during a search.
 */
import { fisherExactTwoSided, wilsonInterval } from '../insights/stats.js';
import { TARGETS, type TargetStage } from './catalogue.js';

export interface PeriodCounts {
  /** Reached the next step (or further). */
  converted: number;
  /** Ended there (rejected or no answer). */
  stopped: number;
  /** Still waiting for an outcome: not counted. */
  open: number;
}

export interface PeriodResult {
  converted: number;
  outcomes: number;
  open: number;
  rate: number | null;
  interval: [number, number];
}

export type HelpVerdict = 'not_done' | 'too_early' | 'higher_after' | 'lower_after' | 'no_clear_difference';

export interface HelpComparison {
  target: TargetStage;
  doneOn: string | null;
  before: PeriodResult;
  after: PeriodResult;
  pValue: number | null;
  verdict: HelpVerdict;
  /** Outcomes still missing before a comparison is shown (0 once it is). */
  moreNeeded: number;
  summary: string;
}

/** Outcomes each side needs before the two are compared. */
export const MIN_OUTCOMES = 8;
/** Below this p-value the difference is called clear. */
export const CLEAR_P = 0.05;

function period(c: PeriodCounts): PeriodResult {
  const outcomes = c.converted + c.stopped;
  return { converted: c.converted, outcomes, open: c.open, rate: outcomes === 0 ? null : c.converted / outcomes, interval: wilsonInterval(c.converted, outcomes) };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function described(p: PeriodResult): string {
  return `${p.converted} of ${p.outcomes} (${pct(p.rate ?? 0)}, likely between ${pct(p.interval[0])} and ${pct(p.interval[1])})`;
}

function pWords(p: number): string {
  const shown = p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(p < 0.01 ? 3 : 2)}`;
  return shown;
}

export function compareBeforeAfter(target: TargetStage, doneOn: string | null, before: PeriodCounts, after: PeriodCounts): HelpComparison {
  const b = period(before);
  const a = period(after);
  const words = TARGETS[target].words;
  const base = { target, doneOn, before: b, after: a };
  if (doneOn === null) {
    return { ...base, pValue: null, verdict: 'not_done', moreNeeded: 0, summary: `When you mark this done, Debrief compares your ${words} before and after it.` };
  }
  const moreNeeded = Math.max(0, MIN_OUTCOMES - b.outcomes) + Math.max(0, MIN_OUTCOMES - a.outcomes);
  if (moreNeeded > 0) {
    const sides = `so far ${a.outcomes} known outcome${a.outcomes === 1 ? '' : 's'} after and ${b.outcomes} before`;
    return {
      ...base, pValue: null, verdict: 'too_early', moreNeeded,
      summary: `Too early to tell: about ${moreNeeded} more outcome${moreNeeded === 1 ? '' : 's'} needed (${sides}). Keep going; the comparison appears by itself.`,
    };
  }
  const p = fisherExactTwoSided(a.converted, a.outcomes - a.converted, b.converted, b.outcomes - b.converted);
  const clear = p < CLEAR_P;
  const verdict: HelpVerdict = !clear ? 'no_clear_difference' : (a.rate ?? 0) > (b.rate ?? 0) ? 'higher_after' : 'lower_after';
  const facts = `After you finished it: ${described(a)} of your ${words}. Before: ${described(b)}.`;
  const reading =
    verdict === 'higher_after'
      ? `The rate is higher after, and a gap this size would rarely come from chance alone (${pWords(p)}). That shows "after", not "because": other things changed too.`
      : verdict === 'lower_after'
        ? `The rate is lower after (${pWords(p)}). That does not mean the action hurt: the roles, the market or the season may have changed.`
        : `No clear difference yet (${pWords(p)}): a gap like this often comes from chance alone.`;
  return { ...base, pValue: p, verdict, moreNeeded: 0, summary: `${facts} ${reading}` };
}
