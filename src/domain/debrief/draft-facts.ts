/**
 * What a draft may say about the person and the process, decided from the
 * record so that a draft never claims something untrue: the name to greet
 * by, the day of the last real conversation of the stage reached, and
 * whether the employer offered feedback (and a call).
 */
import { parseIsoDay } from './dates.js';
import type { StageReached } from './stage-reached.js';
import { cleanText } from './text.js';
import type { Tone } from './draft-texts.js';

/** Titles kept with the family name: "Dr Okafor", never "Dr" alone. */
const TITLE = /^(?:dr|doctor|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev|revd)\.?$/i;
const INITIAL = /^\p{L}\.?$/u;

/** "Hannah Okafor (she/her)" → "Hannah Okafor"; "Okafor, Hannah" → "Hannah Okafor". */
export function cleanPersonName(name: string | null | undefined): string {
  let s = cleanText(name)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\b(?:she|he|they)\/\w+\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(s);
  if (comma?.[1] && comma[2] && !/\b(?:jr|sr|phd|mba|ii|iii)\.?$/i.test(comma[2])) s = `${comma[2]} ${comma[1]}`;
  return s.replace(/[,;:]+$/, '').trim();
}

/**
 * The name a message greets someone by. Warm and brief drafts use the first
 * name ("Hi Hannah"); formal ones the full name ("Dear Hannah Okafor"). A
 * title keeps the family name in every tone ("Hi Dr Okafor"), and a first
 * name that is only an initial keeps the whole name ("Hi J. Okafor").
 */
export function greetingName(name: string | null | undefined, tone: Tone): string {
  const full = cleanPersonName(name);
  const words = full.split(' ').filter(Boolean);
  if (words.length <= 1) return full;
  const [first = '', ...rest] = words;
  if (TITLE.test(first)) return `${first} ${rest.at(-1) ?? ''}`.trim();
  if (tone === 'formal' || INITIAL.test(first)) return full;
  return first;
}

/** A stage event as the timeline keeps it. */
export interface TimelineEvent {
  stage: string;
  /** `YYYY-MM-DD` (a longer ISO string is cut to the day). */
  occurredOn: string;
}

/** The timeline stages a draft may thank someone for, by stage reached. */
const CONVERSATION_OF: Record<StageReached, readonly string[]> = {
  application: [],
  screen: ['screen'],
  assessment: [],
  interview: ['interview'],
  final: ['final'],
};

/**
 * The day a draft may name ("thank you for interviewing me on 12 November"):
 * the last event on the timeline of the very stage reached, strictly before
 * the rejection. Null otherwise: when the stage reached was set by hand or
 * read from the message and the timeline has no such event, and when the
 * event is dated the day of the rejection (typically a card moved on to
 * Interview and Rejected at once, not the interview itself). Leaving a date
 * out is never wrong; naming the wrong one is.
 */
export function draftInterviewDate(events: readonly TimelineEvent[], stage: StageReached, rejectedOn: string | null): string | null {
  const stages = CONVERSATION_OF[stage];
  const before = rejectedOn ? rejectedOn.slice(0, 10) : null;
  const days = events
    .filter((e) => stages.includes(e.stage))
    .map((e) => e.occurredOn.slice(0, 10))
    .filter((d) => parseIsoDay(d) !== null && (before === null || d < before))
    .sort();
  return days.at(-1) ?? null;
}

/** An offer of feedback in the rejection: a call, or feedback in any form. */
export type FeedbackOffer = 'call' | 'any';

const CALL = /\b(?:call|phone|chat|speak|talk|zoom|video|catch[- ]up)\b/i;

/**
 * Whether the employer offered feedback, from the reader's labels and the
 * seeker's corrections (a correction wins). An offer whose sentence speaks
 * of a call or a chat is an offered call.
 */
export function feedbackOfferFrom(
  labels: { feedbackOffered: boolean; evidence: readonly { label: string; sentences: readonly string[] }[] } | null | undefined,
  corrections: Readonly<Record<string, unknown>> | null | undefined,
): FeedbackOffer | null {
  const corrected = corrections?.feedbackOffered;
  const offered = typeof corrected === 'boolean' ? corrected : (labels?.feedbackOffered ?? false);
  if (!offered) return null;
  const sentences = (labels?.evidence ?? []).filter((e) => e.label === 'feedbackOffered').flatMap((e) => e.sentences);
  return sentences.some((s) => CALL.test(s)) ? 'call' : 'any';
}
