/**
 * Is the feedback a candidate received something they can act on, or
 * polite boilerplate? Works sentence by sentence: a sentence is specific
 * when it names something concrete about this candidate (a skill, a moment
 * or piece of work, a requirement) together with a critique or a suggestion,
 * or when it states a concrete requirement. Praise alone, however kind, is
 * not actionable, and "there was no issue with X" is not a critique of X.
 */
import { FEEDBACK_PATTERNS as P, type Signal } from './feedback-patterns.js';

export type FeedbackVerdict = 'specific' | 'generic' | 'empty';

export interface FeedbackJudgement {
  verdict: FeedbackVerdict;
  /** Plain-language reasons for the verdict, most telling first. */
  reasons: string[];
}

const EMPTY = /^(n\/?a|none|nothing|no feedback( (was )?(given|provided|received))?|-+|\.+|\?+)$/i;

function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?;])\s+|\s+(?:but|however|that said|although)\s+/i)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

interface Hit {
  label: string;
  text: string;
}

function firstMatch(sentence: string, signals: readonly Signal[]): Hit | null {
  for (const signal of signals) {
    const found = signal.pattern.exec(sentence);
    if (found) return { label: signal.label, text: found[0] };
  }
  return null;
}

function quote(sentence: string): string {
  const short = sentence.length > 60 ? `${sentence.slice(0, 57).trimEnd()}…` : sentence;
  return `“${short}”`;
}

export function judgeFeedback(text: string | null | undefined): FeedbackJudgement {
  const clean = (text ?? '').trim();
  if (!/\p{L}{2,}/u.test(clean) || EMPTY.test(clean.replace(/[.!]+$/, ''))) {
    return { verdict: 'empty', reasons: ['No feedback text yet.'] };
  }

  const specific: string[] = [];
  const generic: string[] = [];
  let praised = false;

  for (const sentence of splitSentences(clean)) {
    const boilers = P.boilerplate.filter((b) => b.pattern.test(sentence));
    for (const b of boilers) generic.push(`Standard wording: ${b.label}.`);
    const boiler = boilers.length > 0;

    if (firstMatch(sentence, P.neutralisers)) {
      generic.push(`Says there was no particular issue: ${quote(sentence)}.`);
      continue;
    }
    const requirement = firstMatch(sentence, P.requirements);
    const topic = firstMatch(sentence, P.topics);
    const critique = firstMatch(sentence, P.critiques);
    const suggestion = firstMatch(sentence, P.suggestions);
    const praise = firstMatch(sentence, P.praise);

    if (requirement) {
      specific.push(`Names a requirement (${requirement.label}): “${requirement.text.trim()}”.`);
    } else if (topic && (critique || suggestion)) {
      const how = suggestion ? 'with a suggestion' : 'with a point to work on';
      specific.push(`Names ${topic.label} (“${topic.text}”) ${how}.`);
    } else if (praise && !boiler) {
      praised = true;
    }
  }

  if (specific.length > 0) {
    return { verdict: 'specific', reasons: [...new Set([...specific, ...generic])] };
  }
  const reasons = [...new Set(generic)];
  if (praised) reasons.push('Only praise: kind, but nothing to work on yet.');
  if (reasons.length === 0) reasons.push('Nothing in it points to a skill, a moment or a change to make.');
  return { verdict: 'generic', reasons };
}
