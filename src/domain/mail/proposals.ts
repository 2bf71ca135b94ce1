/** What a read message proposes for an application, by the reader's kind. */
import type { Stage } from '../applications/stages.js';
import type { Kind } from '../reader/types.js';
import { MAX_MESSAGE_BYTES } from './mbox.js';

export type ProposedAction = { action: 'stage'; stage: Stage } | { action: 'note' } | { action: 'skip'; reason: SkipReason };

export const SKIP_REASONS = {
  not_job_mail: 'not about an application (newsletter, job alert or other mail)',
  not_english: 'not in English: the reader does not guess',
  no_company: 'no matching application, and no company named',
  already_there: 'the application already stands at that stage',
  unreadable: 'the message could not be read',
  too_large: `larger than ${MAX_MESSAGE_BYTES / (1024 * 1024)} MB (big attachments): not read`,
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

const STAGE_OF: Partial<Record<Kind, Stage>> = {
  rejection: 'rejected',
  interview_invite: 'interview',
  assessment_invite: 'assessment',
  application_received: 'applied',
  offer: 'offer',
};

/** "final round", "final interview", "last stage", "final-round panel": the words of a last interview. */
const FINAL_ROUND = /\b(?:final|last)[\s-]+(?:round|interviews?|stage|step|panel|conversation|meeting)\b/i;
const NOT_FINAL = /\b(?:not|isn't|is not)\s+(?:the|a|our)\s+(?:final|last)\b/i;

/**
 * True when an invitation is to the final round. Reads the subject and the
 * newest part of the body only: quoted lines ("> …") and everything after an
 * "On … wrote:" line belong to earlier messages of the thread.
 */
export function isFinalRoundInvitation(subject: string | undefined, body: string | undefined): boolean {
  const newest: string[] = [];
  for (const line of (body ?? '').slice(0, 5000).split(/\r?\n/)) {
    if (/^\s*On\b.{0,200}\bwrote:\s*$/i.test(line) || /^-{2,}\s*Original Message\s*-{2,}/i.test(line)) break;
    if (!/^\s*>/.test(line)) newest.push(line);
  }
  return [subject ?? '', newest.join(' ')].some((text) =>
    text
      .split(/(?<=[.!?])\s+/)
      .some((sentence) => FINAL_ROUND.test(sentence) && !NOT_FINAL.test(sentence)),
  );
}

/** `finalRound`: an interview invitation to the final round is proposed as `final`. */
export function proposalFor(kind: Kind, notEnglish = false, options: { finalRound?: boolean } = {}): ProposedAction {
  if (kind === 'interview_invite' && options.finalRound) return { action: 'stage', stage: 'final' };
  const stage = STAGE_OF[kind];
  if (stage) return { action: 'stage', stage };
  if (kind === 'on_hold') return { action: 'note' };
  return { action: 'skip', reason: notEnglish ? 'not_english' : 'not_job_mail' };
}
