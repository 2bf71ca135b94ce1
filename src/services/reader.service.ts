/**
 * The message reader in the product: read a pasted rejection and map it
 * onto the debrief's message step, turning "they offered feedback" and
 * "the door is open" into suggestions with dates.
 */
import type { ReaderInputBody, ReaderPrefill, ReaderResultOut } from '../contracts/debrief.js';
import { REASONS } from '../domain/debrief/index.js';
import { readMessage } from '../domain/reader/index.js';
import { addDays } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { toReason } from './debrief-mapper.js';
import { today } from './settings.service.js';

/** Ask within this many days when feedback was offered. */
export const ASK_WITHIN_DAYS = 2;
/** A reconnect date this many days out when the door is open (about three months). */
export const RECONNECT_AFTER_DAYS = 90;

export function parseMessage(input: ReaderInputBody): ReaderResultOut {
  return readMessage({ text: input.text, html: input.html, subject: input.subject });
}

function formatDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export async function readerPrefill(ctx: ServiceContext, input: ReaderInputBody): Promise<ReaderPrefill> {
  const reader = parseMessage(input);
  const day = await today(ctx);
  const isRejection = reader.kind === 'rejection' || reader.kind === 'on_hold';
  const suggestions: ReaderPrefill['suggestions'] = [];
  if (reader.feedbackOffered) {
    const by = addDays(day, ASK_WITHIN_DAYS);
    suggestions.push({
      kind: 'ask_feedback',
      date: by,
      text: `They offered to share feedback. Ask by ${formatDay(by)}, while your conversation is still fresh for them.`,
    });
  }
  if (reader.doorOpen) {
    const on = addDays(day, RECONNECT_AFTER_DAYS);
    suggestions.push({
      kind: 'reconnect',
      date: on,
      text: `They said the door is open. A short hello around ${formatDay(on)} keeps you in mind when a new role comes up.`,
    });
  }
  let caution: string | null = null;
  if (reader.notEnglish) {
    caution = 'This message does not seem to be in English, so the labels below may be wrong. Please check them before saving.';
  } else if (!isRejection) {
    caution = `This does not read like a rejection to us (it looks more like: ${reader.kind.replace(/_/g, ' ')}). Please check the labels before saving.`;
  }
  return {
    reader,
    isRejection,
    stageReached: reader.stage,
    reasons: reader.reasons.map((r) => toReason(r, REASONS[r].control)),
    readerLabels: {
      stage: reader.stage,
      reasons: reader.reasons,
      feedback: reader.feedback,
      feedbackOffered: reader.feedbackOffered,
      doorOpen: reader.doorOpen,
      company: reader.company,
      role: reader.role,
      contactName: reader.contactName,
      contactEmail: reader.contactEmail,
      evidence: reader.evidence,
    },
    suggestions,
    caution,
  };
}
