/** The mail review queue: list, accept (with edits) and dismiss proposals. */
import { zApplicationCreate } from '../contracts/applications.js';
import type { MailProposal, ProposalAccept, ProposalDecision } from '../contracts/mail.js';
import { decideProposal, findProposalView, listProposalViews, matchCandidateRows, reopenProposal, setProposalApplication } from '../db/repos/mail.repo.js';
import { matchMessage, prepareCandidates } from '../domain/mail/match.js';
import { createApplication } from './applications.service.js';
import { addNote, moveApplication } from './application-events.service.js';
import type { ServiceContext } from './context.js';
import { invalid, notFound, ServiceError } from './errors.js';
import { resolveIdPrefix } from './id-prefix.service.js';
import { toProposal } from './mail-mapper.js';
import { today } from './settings.service.js';

export async function listProposals(ctx: ServiceContext, status: 'pending' | 'accepted' | 'dismissed' | 'all' = 'pending'): Promise<MailProposal[]> {
  return (await listProposalViews(ctx.db, ctx.ownerId, status === 'all' ? null : status)).map(toProposal);
}

async function pending(ctx: ServiceContext, id: string): Promise<MailProposal> {
  const view = await findProposalView(ctx.db, ctx.ownerId, id);
  if (!view) throw notFound('proposal', id);
  const proposal = toProposal(view);
  if (proposal.status !== 'pending') throw new ServiceError('conflict', `This proposal was already ${proposal.status}.`);
  return proposal;
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
 * Accepts a proposal: appends its stage event (moveApplication) to the
 * matched or chosen application, or creates the application for an unknown
 * company; rejections and holds also keep the message as a note. The
 * proposal is claimed first, so a double click cannot apply it twice; if
 * the move is refused it goes back to the queue.
 */
export async function acceptProposal(ctx: ServiceContext, id: string, edits: ProposalAccept = {}): Promise<ProposalDecision> {
  const p = await pending(ctx, id);
  const stage = edits.stage ?? p.stage;
  const day = await today(ctx);
  const occurredOn = edits.occurredOn ?? (p.occurredOn > day ? day : p.occurredOn);
  let applicationId = edits.applicationId ?? p.application?.id ?? (await existingFor(ctx, edits.company ?? p.proposedCompany, edits.title ?? p.proposedTitle));
  if (!applicationId && !(edits.company ?? p.proposedCompany)) {
    throw invalid('company', 'Choose an application, or name the company to create one.');
  }
  if (!(await decideProposal(ctx.db, ctx.ownerId, id, { status: 'accepted', decidedAt: ctx.now().toISOString() }))) {
    throw new ServiceError('conflict', 'This proposal was already decided.');
  }
  try {
    const note = `From mail${p.message.subject ? `: ${p.message.subject}` : ''}`.slice(0, 500);
    let created = false;
    if (!applicationId) {
      const app = await createApplication(
        ctx,
        zApplicationCreate.parse({
          company: edits.company ?? p.proposedCompany,
          title: edits.title ?? p.proposedTitle ?? 'Unknown role',
          stage: stage === 'saved' ? 'saved' : 'applied',
          date: occurredOn > day ? day : occurredOn,
          notes: 'Created from imported mail.',
        }),
      );
      applicationId = app.id;
      created = true;
    }
    if (stage && !(created && (stage === 'applied' || stage === 'saved'))) {
      await moveApplication(ctx, applicationId, { stage, occurredOn, note });
    }
    if (p.kind === 'rejection' || p.action === 'note') await addNote(ctx, applicationId, noteFor(p));
    await setProposalApplication(ctx.db, ctx.ownerId, id, applicationId);
  } catch (e) {
    await reopenProposal(ctx.db, ctx.ownerId, id);
    throw e;
  }
  const view = await findProposalView(ctx.db, ctx.ownerId, id);
  if (!view) throw notFound('proposal', id);
  return { proposal: toProposal(view), applicationId };
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
