/** The message step's form state, and how it maps to and from the API. */
import type { z } from 'zod';
import type { Debrief, MessageStepInput, zReaderLabels } from '../../../contracts/debrief.js';
import type { Channel, RejectionReason } from '../../../domain/debrief/reasons.js';
import type { StageReached } from '../../../domain/debrief/stage-reached.js';
import { addDays } from '../../../domain/time.js';
import type { ReasonChoice } from './parts/ReasonsEditor';

export type ReaderLabels = z.infer<typeof zReaderLabels>;

export interface MessageDraft {
  message: string;
  channel: Channel;
  stageReached: StageReached;
  reasons: ReasonChoice[];
  feedbackOffered: boolean;
  doorOpen: boolean;
  note: string;
  readerLabels: ReaderLabels | null;
  /** An honest word from the reader (e.g. the message is not in English). */
  caution: string | null;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function messageDraftFrom(d: Debrief): MessageDraft {
  const r = d.rejection;
  const labels = r.readerLabels;
  const corrections = r.corrections ?? {};
  return {
    message: r.message ?? '',
    channel: r.channel,
    stageReached: r.stageReached,
    reasons: r.reasons.map((x) => ({ reason: x.reason, control: x.control })),
    feedbackOffered: bool(corrections.feedbackOffered, labels?.feedbackOffered ?? false),
    doorOpen: bool(corrections.doorOpen, labels?.doorOpen ?? false),
    note: r.note ?? '',
    readerLabels: labels,
    caution: null,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** What the user changed compared with what the reader said (kept with the rejection). */
export function correctionsOf(draft: MessageDraft): Record<string, string | boolean | string[] | null> {
  const out: Record<string, string | boolean | string[] | null> = {};
  const labels = draft.readerLabels;
  const reasons: RejectionReason[] = draft.reasons.map((r) => r.reason);
  if (labels) {
    if (labels.stage !== draft.stageReached) out.stage = draft.stageReached;
    if (!sameSet(labels.reasons, reasons)) out.reasons = reasons;
  }
  if ((labels?.feedbackOffered ?? false) !== draft.feedbackOffered) out.feedbackOffered = draft.feedbackOffered;
  if ((labels?.doorOpen ?? false) !== draft.doorOpen) out.doorOpen = draft.doorOpen;
  return out;
}

export function messageInputOf(draft: MessageDraft, derivedStage: StageReached): MessageStepInput {
  const corrections = correctionsOf(draft);
  return {
    channel: draft.channel,
    stageReached: draft.stageReached === derivedStage ? null : draft.stageReached,
    message: draft.message,
    reasons: draft.reasons,
    readerLabels: draft.readerLabels,
    corrections: Object.keys(corrections).length > 0 ? corrections : null,
    note: draft.note,
  };
}

export interface Suggestion {
  kind: 'ask_feedback' | 'reconnect';
  title: string;
  text: string;
  date: string;
}

/** "They offered feedback" → ask within two days; "door open" → a reconnect date in about three months. */
export function suggestionsFor(draft: MessageDraft, rejectedOn: string, today: string): Suggestion[] {
  const day = rejectedOn.slice(0, 10);
  const from = today > day ? today : day;
  const out: Suggestion[] = [];
  if (draft.feedbackOffered) {
    out.push({
      kind: 'ask_feedback',
      title: 'They offered feedback: take them up on it',
      text: 'An offer like this is worth accepting while the conversation is fresh. Aim to ask within two days; the next step drafts the message for you.',
      date: addDays(from, 2),
    });
  }
  if (draft.doorOpen) {
    out.push({
      kind: 'reconnect',
      title: 'The door is open',
      text: 'They said they would like to hear from you again. A friendly note in about three months keeps you in mind for the next opening.',
      date: addDays(day, 90),
    });
  }
  return out;
}
