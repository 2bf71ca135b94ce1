import { REJECTION_REASONS, type RejectionReason } from '../debrief/reasons.js';

/**
 * Vocabulary and result shape of the rejection-message reader.
 * Label meanings follow shared/data/rejection-emails/LABELS.md.
 */

export const KINDS = [
  'rejection',
  'on_hold',
  'application_received',
  'interview_invite',
  'assessment_invite',
  'offer',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export const READER_STAGES = ['application', 'screen', 'assessment', 'interview', 'final'] as const;
export type ReaderStage = (typeof READER_STAGES)[number];

// One vocabulary of reasons for the reader and the debrief.
export const REASONS = REJECTION_REASONS;
export type Reason = RejectionReason;

/** The sentence(s) a label rests on, for highlighting in the UI. */
export interface Evidence {
  label: string;
  value: string;
  sentences: string[];
  /** 0–1 */
  confidence: number;
}

export interface ReaderInput {
  text?: string;
  html?: string;
  subject?: string;
  from?: string;
  date?: string;
}

export interface ReaderResult {
  kind: Kind;
  stage: ReaderStage | null;
  reasons: Reason[];
  feedback: boolean;
  feedbackOffered: boolean;
  doorOpen: boolean;
  company: string | null;
  role: string | null;
  contactName: string | null;
  contactEmail: string | null;
  /** 'en', a guessed ISO 639-1 code, or 'unknown' */
  language: string;
  notEnglish: boolean;
  /** overall confidence in `kind`, 0–1 */
  confidence: number;
  evidence: Evidence[];
}

export interface ParsedMessage {
  subject?: string;
  from?: string;
  fromName?: string;
  date?: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  text?: string;
  html?: string;
}

/** A sentence of the newest message, with where it came from. */
export interface Sentence {
  text: string;
  /** lower-cased, typographic quotes folded, for matching */
  norm: string;
  /** true for footer/legal/unsubscribe lines: never evidence for a label */
  footer: boolean;
  /** true for the subject line */
  subject: boolean;
}
