import type { MailProposal } from '../contracts/mail.js';
import type { ProposalView } from '../db/repos/mail.repo.js';
import type { Stage } from '../domain/applications/stages.js';
import type { Kind, ReaderResult } from '../domain/reader/index.js';

/** The part of the reader's result kept with a proposal (what the review queue shows). */
export interface StoredReading {
  kind: Kind;
  stage: string | null;
  reasons: string[];
  feedbackOffered: boolean;
  doorOpen: boolean;
  company: string | null;
  role: string | null;
  confidence: number;
  evidence: { label: string; value: string; sentences: string[]; confidence?: number }[];
  /** Specific feedback in the message itself (kept since the debrief pre-fill needs it). */
  feedback?: boolean;
  contactName?: string | null;
  contactEmail?: string | null;
  /** The message as plain text, so an accepted rejection keeps it (absent on proposals stored before). */
  message?: string | null;
}

/** A proposal keeps this much of its message: rejections and invitations are far shorter. */
export const MAX_STORED_MESSAGE = 20_000;

const ENTITY_LABELS = new Set(['company', 'role', 'contactName', 'contactEmail']);

export function toStoredReading(r: ReaderResult, message: string | null = null): StoredReading {
  const text = message?.trim() ?? '';
  return {
    kind: r.kind,
    stage: r.stage,
    reasons: r.reasons,
    feedbackOffered: r.feedbackOffered,
    doorOpen: r.doorOpen,
    company: r.company,
    role: r.role,
    confidence: r.confidence,
    // what the message says about the outcome; entity sentences (signatures, greetings) add nothing to review
    evidence: r.evidence
      .filter((e) => e.sentences.length > 0 && !ENTITY_LABELS.has(e.label))
      .map((e) => ({ label: e.label, value: e.value, sentences: e.sentences.slice(0, 3), confidence: e.confidence })),
    feedback: r.feedback,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    message: text === '' ? null : text.slice(0, MAX_STORED_MESSAGE),
  };
}

/** The stored reading of a proposal, whatever version of it was stored. */
export function storedReadingOf(v: Pick<ProposalView, 'reader_result'>): Partial<StoredReading> {
  return parseJson<Partial<StoredReading>>(v.reader_result, {});
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toProposal(v: ProposalView): MailProposal {
  const reading = storedReadingOf(v);
  return {
    id: v.id,
    status: v.status as MailProposal['status'],
    kind: v.kind as Kind,
    action: v.action === 'note' ? 'note' : 'stage',
    stage: (v.stage as Stage | null) ?? null,
    occurredOn: v.occurred_on,
    score: Number(v.match_score),
    reasons: parseJson<string[]>(v.match_reasons, []),
    application:
      v.application_id && v.app_title !== null
        ? { id: v.application_id, company: v.app_company ?? '', title: v.app_title, status: (v.app_status ?? 'applied') as Stage }
        : null,
    proposedCompany: v.proposed_company,
    proposedTitle: v.proposed_title,
    message: { subject: v.subject, from: v.from_address, fromName: v.from_name, sentAt: v.sent_at },
    reader: {
      confidence: reading.confidence ?? 0,
      stage: reading.stage ?? null,
      reasons: reading.reasons ?? [],
      feedbackOffered: reading.feedbackOffered ?? false,
      doorOpen: reading.doorOpen ?? false,
      company: reading.company ?? null,
      role: reading.role ?? null,
    },
    evidence: (reading.evidence ?? []).map((e) => ({ label: e.label, value: e.value, sentences: e.sentences })),
    createdAt: v.created_at,
    decidedAt: v.decided_at,
  };
}
