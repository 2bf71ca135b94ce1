/**
 * Small helpers for writing labelled messages by hand (LABELS.md): a rejection, a paused process or
 * another kind of mail, with the three flags off unless given.
 */
import type { CorpusLine } from './handwritten.js';

export type Flags = Partial<Pick<CorpusLine, 'feedback' | 'feedbackOffered' | 'doorOpen'>>;

export const door = { doorOpen: true } as const;
export const fb = { feedback: true } as const;
export const offered = { feedbackOffered: true } as const;

/** A writer of labelled lines whose ids start with `prefix`. */
export function lineWriter(prefix: string) {
  let n = 0;
  const id = (): string => `${prefix}${String(++n).padStart(3, '0')}`;
  const rej = (stage: string, reasons: string[], flags: Flags, text: string, subject?: string): CorpusLine => ({
    id: id(),
    ...(subject ? { subject } : {}),
    text,
    kind: 'rejection',
    stage,
    reasons,
    feedback: false,
    feedbackOffered: false,
    doorOpen: false,
    ...flags,
  });
  const hold = (stage: string, reasons: string[], flags: Flags, text: string, subject?: string): CorpusLine => ({ ...rej(stage, reasons, flags, text, subject), kind: 'on_hold' });
  const other = (text: string, subject?: string): CorpusLine => ({
    id: id(),
    ...(subject ? { subject } : {}),
    text,
    kind: 'other',
    stage: null,
    reasons: [],
    feedback: false,
    feedbackOffered: false,
    doorOpen: false,
  });
  return { rej, hold, other };
}
