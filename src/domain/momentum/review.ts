/**
 * The weekly review: what a week held, against the goals, with its wins, its
 * rejections and their lessons, the feedback that came in, what changed in
 * the insights, and what next week has booked. Rendered as Markdown for the CLI.
 */
import type { AgendaKind } from '../network/agenda.js';
import { wilsonInterval } from '../insights/stats.js';
import type { ActivityCounts, GoalProgress } from './goals.js';
import { GOAL_KINDS, GOAL_LABELS } from './goals.js';
import { shortDay, type WeekRange } from './weeks.js';

export interface ReviewRate {
  reached: number;
  of: number;
  rate: number | null;
  low: number;
  high: number;
}

export interface ReviewChange {
  step: string;
  direction: 'better' | 'worse';
  before: ReviewRate;
  after: ReviewRate;
  text: string;
}

export interface WeeklyReview {
  week: WeekRange & { label: string };
  nextWeek: WeekRange & { label: string };
  goals: GoalProgress[];
  activity: ActivityCounts;
  wins: { title: string; note: string | null; occurredOn: string }[];
  rejections: { applicationId: string; company: string; title: string; day: string; reasons: string[]; lessons: string[]; note: string | null }[];
  feedback: { applicationId: string; company: string; receivedOn: string; text: string | null }[];
  changes: ReviewChange[];
  agenda: { day: string; what: string; applicationId: string | null; kind?: AgendaKind | null; key?: string | null }[];
}

/** The funnel steps compared week on week: from one stage reached to the next. */
export const REVIEW_STEPS = [
  { from: 'applied', to: 'screen', words: 'from an application to a first conversation' },
  { from: 'screen', to: 'interview', words: 'from a first conversation to an interview' },
  { from: 'interview', to: 'final', words: 'from an interview to a final round' },
  { from: 'final', to: 'offer', words: 'from a final round to an offer' },
] as const;

const ORDER = ['applied', 'screen', 'assessment', 'interview', 'final', 'offer', 'accepted'];

/** Fewer applications than this at a step says too little to compare. */
export const MIN_STEP_TRIALS = 3;
/** A change smaller than this (in rate) is not worth a line. */
export const MIN_RATE_CHANGE = 0.05;

function rateOf(reached: number, of: number): ReviewRate {
  const [low, high] = of > 0 ? wilsonInterval(reached, of) : [0, 1];
  return { reached, of, rate: of > 0 ? reached / of : null, low, high };
}

/** For each step, how many applications that reached `from` by `asOf` went on to reach `to` by then. */
export function stepRates(events: readonly { applicationId: string; stage: string; day: string }[], asOf: string): ReviewRate[] {
  const furthest = new Map<string, number>();
  for (const e of events) {
    const rank = ORDER.indexOf(e.stage);
    if (rank < 0 || e.day > asOf) continue;
    furthest.set(e.applicationId, Math.max(furthest.get(e.applicationId) ?? -1, rank));
  }
  const ranks = [...furthest.values()];
  return REVIEW_STEPS.map((s) => {
    const from = ORDER.indexOf(s.from);
    const to = ORDER.indexOf(s.to);
    return rateOf(ranks.filter((r) => r >= to).length, ranks.filter((r) => r >= from).length);
  });
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const rateWords = (r: ReviewRate): string => `${r.reached} of ${r.of} (${pct(r.rate ?? 0)}, likely between ${pct(r.low)} and ${pct(r.high)})`;

/** The steps that got better or worse between the end of last week and the end of this one, in plain words. */
export function insightChanges(
  events: readonly { applicationId: string; stage: string; day: string }[],
  beforeDay: string,
  afterDay: string,
): ReviewChange[] {
  const before = stepRates(events, beforeDay);
  const after = stepRates(events, afterDay);
  return REVIEW_STEPS.flatMap((step, i) => {
    const b = before[i];
    const a = after[i];
    if (!b || !a || b.rate === null || a.rate === null || b.of < MIN_STEP_TRIALS || a.of < MIN_STEP_TRIALS) return [];
    const delta = a.rate - b.rate;
    if (Math.abs(delta) < MIN_RATE_CHANGE) return [];
    const direction = delta > 0 ? 'better' : 'worse';
    const text =
      `Getting ${step.words} ${direction === 'better' ? 'went up' : 'went down'}: ${rateWords(b)} by ${shortDay(beforeDay)}, ` +
      `now ${rateWords(a)}.` +
      (a.of < 10 ? ' With this few applications the range is wide, so read it as a hint rather than a verdict.' : '');
    return [{ step: `${step.from}→${step.to}`, direction, before: b, after: a, text }];
  });
}

function list(lines: string[], empty: string): string {
  return lines.length ? lines.join('\n') : `_${empty}_`;
}

/** The review as a Markdown document: one section per part. */
export function reviewMarkdown(r: WeeklyReview): string {
  const activity = GOAL_KINDS.map((k) => {
    const goal = r.goals.find((g) => g.kind === k);
    const done = r.activity[k];
    return `| ${GOAL_LABELS[k].label} | ${done} | ${goal ? goal.target : '–'} | ${goal ? (goal.met ? 'met' : `${goal.percent}%`) : 'no goal'} |`;
  });
  const sections = [
    `# Weekly review: ${r.week.label}`,
    '## Activity against goals',
    ['| | done | goal | |', '|---|---:|---:|---|', ...activity].join('\n'),
    '## Wins',
    list(r.wins.map((w) => `- **${w.title}** (${shortDay(w.occurredOn)})${w.note ? ` — ${w.note}` : ''}`), 'No wins recorded this week. Showing up still counts.'),
    '## Rejections and their lessons',
    list(
      r.rejections.map((x) => {
        const parts = [
          `- **${x.company}**, ${x.title} (${shortDay(x.day)})`,
          x.reasons.length ? `  - Reasons: ${x.reasons.join(', ')}` : null,
          x.lessons.length ? `  - Lessons: ${x.lessons.join(', ')}` : '  - Lessons: not written yet (the debrief is waiting for you)',
          x.note ? `  - Note: ${x.note}` : null,
        ];
        return parts.filter((p): p is string => p !== null).join('\n');
      }),
      'No rejections this week.',
    ),
    '## Feedback received',
    list(r.feedback.map((f) => `- **${f.company}** (${shortDay(f.receivedOn)})${f.text ? `: "${f.text.replace(/\s+/g, ' ').trim()}"` : ''}`), 'No feedback came in this week.'),
    '## Changes in your insights',
    list(r.changes.map((c) => `- ${c.text}`), 'No step changed enough to mention since the week before.'),
    `## Next week's agenda (${r.nextWeek.label})`,
    list(r.agenda.map((a) => `- ${shortDay(a.day)}: ${a.what}`), 'Nothing booked yet for next week.'),
  ];
  return `${sections.join('\n\n')}\n`;
}
