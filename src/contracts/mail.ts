import { z } from 'zod';
import { KINDS } from '../domain/reader/types.js';
import { zStage } from './applications.js';
import { requiredText, zId, zIsoDate } from './common.js';

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'dismissed'] as const;

/** What one import did. `skipped` counts messages by reason code (see domain/mail/proposals.ts SKIP_REASONS). */
export const zMailImportSummary = z
  .object({
    read: z.number().int().meta({ description: 'Messages read from the mailbox' }),
    matched: z.number().int().meta({ description: 'New messages matched to an existing application' }),
    proposed: z.number().int().meta({ description: 'Proposals added to the review queue (matched or about a new company)' }),
    skipped: z.record(z.string(), z.number().int()),
    duplicates: z.number().int().meta({ description: 'Messages imported before (same Message-ID or content)' }),
    autoAccepted: z.number().int(),
    errors: z.number().int(),
    bytes: z.number().int(),
    seconds: z.number(),
  })
  .meta({ id: 'MailImportSummary' });
export type MailImportSummary = z.infer<typeof zMailImportSummary>;

/**
 * One line of the streamed import (`Accept: application/x-ndjson`): progress lines while
 * the mailbox is read, then exactly one `summary` or `error` line.
 */
export const zMailImportEvent = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('progress'),
      read: z.number().int().meta({ description: 'Messages read so far' }),
      bytes: z.number().int().meta({ description: 'Bytes of the mailbox read so far' }),
      totalBytes: z.number().int().nullable().meta({ description: 'The request Content-Length, when known (includes any multipart framing)' }),
    }),
    z.object({ type: z.literal('summary'), summary: zMailImportSummary }),
    z.object({ type: z.literal('error'), error: z.object({ code: z.string(), message: z.string() }) }),
  ])
  .meta({ id: 'MailImportEvent' });
export type MailImportEvent = z.infer<typeof zMailImportEvent>;

export const zMailProposal = z
  .object({
    id: zId,
    status: z.enum(PROPOSAL_STATUSES),
    kind: z.enum(KINDS),
    action: z.enum(['stage', 'note']),
    stage: zStage.nullable(),
    occurredOn: zIsoDate,
    score: z.number().meta({ description: 'Match confidence, 0–1' }),
    reasons: z.array(z.string()).meta({ description: 'Why this application was matched' }),
    application: z.object({ id: zId, company: z.string(), title: z.string(), status: zStage }).nullable(),
    proposedCompany: z.string().nullable(),
    proposedTitle: z.string().nullable(),
    message: z.object({
      subject: z.string().nullable(),
      from: z.string().nullable(),
      fromName: z.string().nullable(),
      sentAt: z.string().nullable(),
    }),
    reader: z.object({
      confidence: z.number(),
      stage: z.string().nullable(),
      reasons: z.array(z.string()),
      feedbackOffered: z.boolean(),
      doorOpen: z.boolean(),
      company: z.string().nullable(),
      role: z.string().nullable(),
    }),
    evidence: z.array(z.object({ label: z.string(), value: z.string(), sentences: z.array(z.string()) })),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'MailProposal' });
export type MailProposal = z.infer<typeof zMailProposal>;

export const zProposalListQuery = z.object({
  status: z.enum([...PROPOSAL_STATUSES, 'all']).default('pending'),
});

/** Optional changes made while accepting: another application, another stage or date, or the new application's names. */
export const zProposalAccept = z
  .object({
    applicationId: zId.optional(),
    stage: zStage.optional(),
    occurredOn: zIsoDate.optional(),
    company: requiredText('Company', 200).optional(),
    title: requiredText('Title', 200).optional(),
  })
  .meta({ id: 'ProposalAccept' });
export type ProposalAccept = z.infer<typeof zProposalAccept>;

export const zProposalDecision = z
  .object({ proposal: zMailProposal, applicationId: zId.nullable() })
  .meta({ id: 'ProposalDecision' });
export type ProposalDecision = z.infer<typeof zProposalDecision>;
