/** The mail review queue: list, accept (with edits) and dismiss proposals. */
import { zApplicationCreate } from '../contracts/applications.js';
import { zRejectionInput, type RejectionInput } from '../contracts/debrief.js';
import type { MailProposal, ProposalAccept, ProposalDecision } from '../contracts/mail.js';
import { decideProposal, findProposalView, listProposalViews, type ProposalView, matchCandidateRows, setProposalApplication } from '../db/repos/mail.repo.js';
import { findRejection, reasonsFor } from '../db/repos/rejections.repo.js';
import { transact } from '../db/transact.js';
import { isRejectionReason, isStageReached, REASONS, stageReachedFromProgress, stageReachedRank } from '../domain/debrief/index.js';
import { matchMessage, prepareCandidates } from '../domain/mail/match.js';
import { createApplication, getApplicationSummary } from './applications.service.js';
import { addNote, moveApplication } from './application-events.service.js';
import type { ServiceContext } from './context.js';
import { recordRejection } from './debrief.service.js';
import { invalid, notFound, ServiceError } from './errors.js';
import { resolveIdPrefix } from './id-prefix.service.js';
import { storedReadingOf, toProposal, type StoredReading } from './mail-mapper.js';
import { today } from './settings.service.js';

export async function listProposals(ctx: ServiceContext, status: 'pending' | 'accepted' | 'dismissed' | 'all' = 'pending'): Promise<MailProposal[]> {
  return (await listProposalViews(ctx.db, ctx.ownerId, status === 'all' ? null : status)).map(toProposal);
}

async function pending(ctx: ServiceContext, id: string): Promise<{ p: MailProposal; view: ProposalView }> {
  const view = await findProposalView(ctx.db, ctx.ownerId, id);
  if (!view) throw notFound('proposal', id);
  const proposal = toProposal(view);
  if (proposal.status !== 'pending') throw new ServiceError('conflict', `This proposal was already ${proposal.status}.`);
  return { p: proposal, view };
}

/** An application created since the import (e.g. from an earlier proposal) for this new company: no duplicates. */
async function existingFor(ctx: ServiceContext, company: string | null | undefined, title: string | null | undefined): Promise<string | null> {
  if (!company) return null;
  const rows = await matchCandidateRows(ctx.db, ctx.ownerId);
  const index = prepareCandidates(rows.map((r) => ({ id: r.id, company: r.company, title: r.title, status: r.status ?? undefined })));
  const m = matchMessage({ company, role: title ?? null }, index);
  return m.applicationId && m.score >= (title ? 0.9 : 0.85) ? m.applicationId : null;
}

function noteFor(p: MailProposal): string {
  const who = p.message.fromName ?? p.message.from ?? 'an unknown sender';
  const lines = [`Mail from ${who}${p.message.subject ? `: "${p.message.subject}"` : ''} (${p.occurredOn}).`];
  const sentences = [...new Set(p.evidence.flatMap((e) => e.sentences))].slice(0, 4);
  if (sentences.length > 0) lines.push(...sentences.map((s) => `> ${s}`));
  return lines.join('\n');
}

/**
 * What a rejection found in mail records, as `debrief reject` would: the
 * message, the reasons with their usual control, the reader's labels (stage,
 * specific feedback, feedback offered, door open, contact) and channel email.
 * The reader's stage is kept only when it is further than the timeline shows
 * (the timeline is the seeker's own record). On an application whose
 * rejection is already recorded, only what is still missing is filled in.
 */
async function rejectionFromMail(
  ctx: ServiceContext,
  applicationId: string,
  kind: MailProposal['kind'],
  reading: Partial<StoredReading>,
  date: string,
): Promise<RejectionInput> {
  const isRejection = kind === 'rejection';
  const reasons = isRejection ? (reading.reasons ?? []).filter(isRejectionReason) : [];
  const stage = isRejection && reading.stage && isStageReached(reading.stage) ? reading.stage : null;
  const app = await getApplicationSummary(ctx, applicationId);
  const derived = stageReachedFromProgress(app.stageReached);
  const existing = await findRejection(ctx.db, ctx.ownerId, applicationId);
  const existingReasons = existing ? await reasonsFor(ctx.db, ctx.ownerId, existing.id) : [];
  const labels = isRejection
    ? {
        stage,
        reasons,
        feedback: reading.feedback ?? false,
        feedbackOffered: reading.feedbackOffered ?? false,
        doorOpen: reading.doorOpen ?? false,
        company: reading.company ?? null,
        role: reading.role ?? null,
        contactName: reading.contactName ?? null,
        contactEmail: reading.contactEmail ?? null,
        evidence: (reading.evidence ?? []).map((e) => ({ ...e, confidence: e.confidence ?? reading.confidence ?? 0.5 })),
      }
    : null;
  return zRejectionInput.parse({
    date: existing ? undefined : date,
    channel: existing ? undefined : 'email',
    message: existing?.message ? undefined : (reading.message ?? undefined),
    reasons: existingReasons.length > 0 || reasons.length === 0 ? undefined : reasons.map((reason) => ({ reason, control: REASONS[reason].control })),
    stageReached: !existing?.stage_reached && stage && stageReachedRank(stage) > stageReachedRank(derived) ? stage : undefined,
    readerLabels: existing?.reader_labels ? undefined : (labels ?? undefined),
  });
}

/**
 * Accepts a proposal: appends its stage event (moveApplication) to the
 * matched or chosen application, or creates the application for an unknown
 * company; rejections and holds also keep the message as a note. The
 * proposal is claimed first, so a double click cannot apply it twice; all of
 * it is one transaction, so if the move is refused nothing is written and the
 * proposal stays in the queue.
 */
export async function acceptProposal(ctx: ServiceContext, id: string, edits: ProposalAccept = {}): Promise<ProposalDecision> {
  const { p, view } = await pending(ctx, id);
  const stage = edits.stage ?? p.stage;
  const day = await today(ctx);
  const occurredOn = edits.occurredOn ?? (p.occurredOn > day ? day : p.occurredOn);
  let applicationId = edits.applicationId ?? p.application?.id ?? (await existingFor(ctx, edits.company ?? p.proposedCompany, edits.title ?? p.proposedTitle));
  if (!applicationId && !(edits.company ?? p.proposedCompany)) {
    throw invalid('company', 'Choose an application, or name the company to create one.');
  }
  // One transaction: the claim, the application made for an unknown company, its move or rejection, the note and the
  // link all commit together, or none of them does (a failure leaves the proposal pending and nothing half-written).
  const made = await transact(ctx.db, async (trx) => {
    const tx: ServiceContext = { ...ctx, db: trx };
    let appId = applicationId;
    if (!(await decideProposal(trx, ctx.ownerId, id, { status: 'accepted', decidedAt: ctx.now().toISOString() }))) {
      throw new ServiceError('conflict', 'This proposal was already decided.');
    }
    const note = `From mail${p.message.subject ? `: ${p.message.subject}` : ''}`.slice(0, 500);
    let created = false;
    if (!appId) {
      const app = await createApplication(
        tx,
        zApplicationCreate.parse({
          company: edits.company ?? p.proposedCompany,
          title: edits.title ?? p.proposedTitle ?? 'Unknown role',
          stage: stage === 'saved' ? 'saved' : 'applied',
          date: occurredOn > day ? day : occurredOn,
          notes: 'Created from imported mail.',
        }),
      );
      appId = app.id;
      created = true;
    }
    if (stage === 'rejected') {
      // The same path as `debrief reject`: the stage event and the rejection record.
      const input = await rejectionFromMail(tx, appId, p.kind, storedReadingOf(view), occurredOn);
      await recordRejection(tx, appId, input, { eventNote: note });
    } else if (stage && !(created && (stage === 'applied' || stage === 'saved'))) {
      await moveApplication(tx, appId, { stage, occurredOn, note });
    }
    if (p.kind === 'rejection' || p.action === 'note') await addNote(tx, appId, noteFor(p));
    await setProposalApplication(trx, ctx.ownerId, id, appId);
    return appId;
  });
  applicationId = made;
  const decided = await findProposalView(ctx.db, ctx.ownerId, id);
  if (!decided) throw notFound('proposal', id);
  return { proposal: toProposal(decided), applicationId };
}

export async function dismissProposal(ctx: ServiceContext, id: string): Promise<ProposalDecision> {
  await pending(ctx, id);
  if (!(await decideProposal(ctx.db, ctx.ownerId, id, { status: 'dismissed', decidedAt: ctx.now().toISOString() }))) {
    throw new ServiceError('conflict', 'This proposal was already decided.');
  }
  const view = await findProposalView(ctx.db, ctx.ownerId, id);
  if (!view) throw notFound('proposal', id);
  return { proposal: toProposal(view), applicationId: view.application_id };
}

/** The full id of a proposal from any unique prefix of it (as typed in the CLI). */
export async function resolveProposalId(ctx: ServiceContext, idOrPrefix: string): Promise<string> {
  return resolveIdPrefix(ctx, 'mail_proposals', { one: 'proposal', many: 'proposals' }, idOrPrefix);
}
