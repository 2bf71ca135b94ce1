/**
 * Gentle nudges, each of which the person can switch off. Written with care:
 * never alarming, never cheerful about pain, always one small door left open.
 */
import { lowMoodNudge, SUPPORT_SUGGESTIONS, type CheckInRecord } from '../debrief/index.js';
import { daysBetween } from '../time.js';

export const DEFAULT_SUPPORT_RESOURCES: readonly string[] = [
  'Reach out to someone you trust: a friend, a family member, a mentor.',
  'If things feel too heavy, a local helpline or your doctor can listen, any time of day.',
];

/** Days after a rejection, with no application since, before the small-step nudge. */
export const DEFAULT_NUDGE_AFTER_REJECTION_DAYS = 7;
/** After this many days the rejection is not "the last no" any more: no nudge. */
export const REJECTION_NUDGE_MAX_DAYS = 60;

export interface Nudge {
  kind: 'after_rejection' | 'low_mood';
  title: string;
  message: string;
  steps: { title: string; text: string }[];
  link: { to: string; label: string };
  /** Support resources (the low-mood nudge only). */
  resources: string[];
}

export interface NudgeInput {
  today: string;
  lastRejection: { day: string; company: string } | null;
  /** The last day an application was sent. */
  lastApplicationDay: string | null;
  afterRejection: { on: boolean; days: number };
  lowMood: { on: boolean; checkIns: readonly CheckInRecord[]; lastActivityDay: string | null; resources: readonly string[] };
}

export function afterRejectionNudge(input: NudgeInput): Nudge | null {
  const r = input.lastRejection;
  if (!input.afterRejection.on || !r) return null;
  const since = daysBetween(r.day, input.today);
  if (since < input.afterRejection.days || since > REJECTION_NUDGE_MAX_DAYS) return null;
  if (input.lastApplicationDay && input.lastApplicationDay >= r.day) return null;
  return {
    kind: 'after_rejection',
    title: 'A small next step, when you feel ready',
    message: `It has been ${since} days since the no from ${r.company}. There is no rush, and no need for a big push: one small step is enough to get moving again.`,
    steps: [
      { title: 'Save one role', text: 'Find one posting that interests you and save it, no application needed yet.' },
      { title: 'Send one application', text: 'Pick the role you saved with the best fit and send it, as it is.' },
    ],
    link: { to: '/applications/new', label: 'Log an application' },
    resources: [],
  };
}

export function lowMoodSupportNudge(input: NudgeInput): Nudge | null {
  if (!input.lowMood.on) return null;
  const rule = lowMoodNudge(input.lowMood.checkIns, input.lowMood.lastActivityDay, input.today);
  if (!rule.due) return null;
  return {
    kind: 'low_mood',
    title: 'Go gently',
    message: rule.message ?? '',
    steps: [SUPPORT_SUGGESTIONS.talk, SUPPORT_SUGGESTIONS.rest_day, SUPPORT_SUGGESTIONS.small_step].map((s) => ({ title: s.title, text: s.text })),
    link: { to: '/journal', label: 'Open your journal' },
    resources: [...input.lowMood.resources],
  };
}

/** The nudges due today: the low-mood one first, as it matters more. */
export function dueNudges(input: NudgeInput): Nudge[] {
  return [lowMoodSupportNudge(input), afterRejectionNudge(input)].filter((n): n is Nudge => n !== null);
}
