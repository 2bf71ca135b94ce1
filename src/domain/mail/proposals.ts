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

export function proposalFor(kind: Kind, notEnglish = false): ProposedAction {
  const stage = STAGE_OF[kind];
  if (stage) return { action: 'stage', stage };
  if (kind === 'on_hold') return { action: 'note' };
  return { action: 'skip', reason: notEnglish ? 'not_english' : 'not_job_mail' };
}
