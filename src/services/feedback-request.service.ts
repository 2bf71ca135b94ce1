/**
 * Step 3 of the debrief: the feedback request. Drafts come from the
 * application's data (company, role, contact, last interview date, stage
 * reached); marking it sent records `requested`; the answer is judged, and
 * generic feedback gets a follow-up draft that asks for specifics.
 */
import type {
  DraftOut,
  DraftQuery,
  FeedbackOutcome,
  FeedbackOutcomeInput,
  FeedbackRequest,
  FeedbackRequestInput,
} from '../contracts/debrief.js';
import { zFeedbackOutcomeInput, zFeedbackRequestInput } from '../contracts/debrief.js';
import {
  findFeedbackRequest,
  insertFeedbackRequest,
  updateFeedbackRequest,
  type FeedbackRequestPatch,
  type FeedbackRequestRow,
} from '../db/repos/feedback-requests.repo.js';
import {
  buildEml,
  buildFeedbackRequest,
  buildFollowUpForSpecifics,
  canTransitionFeedback,
  DEFAULT_QUESTIONS,
  feedbackOfferFrom,
  judgeFeedback,
  mailtoLink,
  slugify,
  suggestThemes,
  type Draft,
  type DraftBaseInput,
  type FeedbackStatus,
  type Tone,
} from '../domain/debrief/index.js';
import type { Recipient } from '../domain/debrief/draft-texts.js';
import { newId } from '../domain/ids.js';
import { recordInteractionWithPerson } from './contacts.service.js';
import type { ServiceContext } from './context.js';
import { finishStep, getDebrief, rejectionContext, type RejectionContext } from './debrief.service.js';
import { feedbackStatus, toRejection } from './debrief-mapper.js';
import { checkDay } from './day-rules.js';
import { ServiceError } from './errors.js';
import { getSettings, today } from './settings.service.js';

async function current(ctx: ServiceContext, applicationId: string): Promise<FeedbackRequest> {
  return (await getDebrief(ctx, applicationId)).feedbackRequest;
}

/** The stored request, created with the stage defaults when there is none yet. */
async function ensureRow(ctx: ServiceContext, rc: RejectionContext): Promise<FeedbackRequestRow> {
  const found = await findFeedbackRequest(ctx.db, ctx.ownerId, rc.app.id);
  if (found) return found;
  const now = ctx.now().toISOString();
  const row: FeedbackRequestRow = {
    id: newId(),
    owner_id: ctx.ownerId,
    application_id: rc.app.id,
    rejection_id: rc.rejection.id,
    recipient: 'recruiter',
    contact_name: null,
    contact_email: null,
    tone: 'warm',
    question_ids: JSON.stringify(DEFAULT_QUESTIONS[rc.stage]),
    status: 'not_requested',
    requested_on: null,
    received_on: null,
    feedback_text: null,
    verdict: null,
    created_at: now,
    updated_at: now,
  };
  await insertFeedbackRequest(ctx.db, row);
  return row;
}

/** Saves who the request goes to, the tone and the questions (the status is left alone). */
export async function saveFeedbackRequest(ctx: ServiceContext, applicationId: string, input: FeedbackRequestInput): Promise<FeedbackRequest> {
  const v = zFeedbackRequestInput.parse(input);
  const rc = await rejectionContext(ctx, applicationId);
  const row = await ensureRow(ctx, rc);
  const patch: FeedbackRequestPatch = {
    recipient: v.recipient,
    tone: v.tone,
    question_ids: JSON.stringify([...new Set(v.questionIds)]),
    updated_at: ctx.now().toISOString(),
  };
  if (v.contactName !== undefined) patch.contact_name = v.contactName;
  if (v.contactEmail !== undefined) patch.contact_email = v.contactEmail;
  await updateFeedbackRequest(ctx.db, ctx.ownerId, row.id, patch);
  return current(ctx, applicationId);
}

function baseInput(rc: RejectionContext, fr: FeedbackRequest, query: DraftQuery, applicantName: string): DraftBaseInput {
  const rejection = toRejection(rc.rejection, [], rc.stage);
  return {
    applicantName,
    // the person who wrote the rejection, when the seeker named nobody else
    contactName: query.contactName ?? fr.contactName ?? rejection.readerLabels?.contactName ?? null,
    offer: feedbackOfferFrom(rejection.readerLabels, rejection.corrections),
    recipient: query.recipient ?? fr.recipient,
    company: rc.app.company,
    roleTitle: rc.app.title,
    stageReached: rc.stage,
    lastInterviewDate: rc.lastInterviewDate,
    tone: query.tone ?? fr.tone,
  };
}

function withMailto(draft: Draft, to: string | null): DraftOut {
  return { ...draft, mailto: mailtoLink({ to, subject: draft.subject, body: draft.body }) };
}

/** The feedback-request draft; the query overrides the saved choices. */
export async function feedbackDraft(ctx: ServiceContext, applicationId: string, query: DraftQuery = {}): Promise<DraftOut> {
  const rc = await rejectionContext(ctx, applicationId);
  const fr = await current(ctx, applicationId);
  try {
    const { yourName } = await getSettings(ctx);
    const draft = buildFeedbackRequest({ ...baseInput(rc, fr, query, yourName ?? ''), questionIds: query.questions ?? fr.questionIds });
    return withMailto(draft, fr.contactEmail);
  } catch (e) {
    throw new ServiceError('validation', e instanceof Error ? e.message : String(e));
  }
}

/** The draft as an unsent `.eml` message, and a file name for it. */
export async function feedbackDraftEml(ctx: ServiceContext, applicationId: string, query: DraftQuery = {}): Promise<{ filename: string; eml: string }> {
  const draft = await feedbackDraft(ctx, applicationId, query);
  return draftEml(ctx, applicationId, draft, query.contactName, 'feedback-request');
}

/** The follow-up asking for specifics as an .eml file, like feedbackDraftEml. */
export async function followUpDraftEml(ctx: ServiceContext, applicationId: string, tone?: Tone, contactName?: string): Promise<{ filename: string; eml: string }> {
  const draft = await followUpDraft(ctx, applicationId, tone);
  return draftEml(ctx, applicationId, draft, contactName, 'follow-up');
}

async function draftEml(ctx: ServiceContext, applicationId: string, draft: DraftOut, contactName: string | undefined, kind: string): Promise<{ filename: string; eml: string }> {
  const rc = await rejectionContext(ctx, applicationId);
  const fr = await current(ctx, applicationId);
  const to = fr.contactEmail ? { name: contactName ?? fr.contactName, address: fr.contactEmail } : null;
  const eml = buildEml({ to, subject: draft.subject, body: draft.body, date: ctx.now() });
  return { filename: `${kind}-${slugify(rc.app.company).replace(/_/g, '-') || 'draft'}.eml`, eml };
}

/** Records that the request was sent: status `requested` with the day (sending again just moves the day). */
export async function markRequestSent(ctx: ServiceContext, applicationId: string, on?: string): Promise<FeedbackRequest> {
  const rc = await rejectionContext(ctx, applicationId);
  const row = await ensureRow(ctx, rc);
  const status = feedbackStatus(row);
  if (status !== 'requested' && !canTransitionFeedback(status, 'requested')) {
    throw new ServiceError('conflict', `The feedback is already marked as ${status.replace('_', ' ')}; it cannot go back to requested.`);
  }
  const day = on ?? (await today(ctx));
  checkDay('on', day, { today: await today(ctx), notBefore: { day: rc.rejection.rejected_on, what: 'the rejection it follows' } });
  await updateFeedbackRequest(ctx.db, ctx.ownerId, row.id, { status: 'requested', requested_on: day, updated_at: ctx.now().toISOString() });
  if (status !== 'requested') {
    // The request is an interaction with the person it went to (added to your contacts when new).
    const labels = toRejection(rc.rejection, [], rc.stage).readerLabels;
    await recordInteractionWithPerson(
      ctx,
      { applicationId, company: rc.app.company, name: row.contact_name ?? labels?.contactName ?? null, email: row.contact_email ?? labels?.contactEmail ?? null, role: row.recipient as Recipient },
      'feedback_request',
      day,
      `Asked for feedback on the ${rc.app.title} application`,
    );
  }
  await finishStep(ctx, applicationId);
  return current(ctx, applicationId);
}

/** The follow-up asking for specifics (for generic feedback). */
export async function followUpDraft(ctx: ServiceContext, applicationId: string, tone?: Tone): Promise<DraftOut> {
  const rc = await rejectionContext(ctx, applicationId);
  const fr = await current(ctx, applicationId);
  const { yourName } = await getSettings(ctx);
  return withMailto(buildFollowUpForSpecifics(baseInput(rc, fr, { tone }, yourName ?? '')), fr.contactEmail);
}

/**
 * Records the answer. Feedback that came unasked (on the call, in the
 * rejection) can be recorded as received straight away.
 */
export async function recordFeedbackOutcome(ctx: ServiceContext, applicationId: string, input: FeedbackOutcomeInput): Promise<FeedbackOutcome> {
  const v = zFeedbackOutcomeInput.parse(input);
  const rc = await rejectionContext(ctx, applicationId);
  const row = await ensureRow(ctx, rc);
  const from = feedbackStatus(row);
  const effective: FeedbackStatus = from === 'not_requested' && v.status === 'received' ? 'requested' : from;
  if (from !== v.status && !canTransitionFeedback(effective, v.status)) {
    const hint = from === 'not_requested' ? ' Mark the request as sent first.' : '';
    throw new ServiceError('conflict', `The feedback cannot go from "${from.replace('_', ' ')}" to "${v.status.replace('_', ' ')}".${hint}`);
  }
  const todayIs = await today(ctx);
  const day = v.on ?? todayIs;
  checkDay('on', day, { today: todayIs, notBefore: { day: rc.rejection.rejected_on, what: 'the rejection it answers' } });
  const text = v.status === 'received' ? (v.text ?? null) : null;
  const judgement = v.status === 'received' ? judgeFeedback(text ?? '') : null;
  await updateFeedbackRequest(ctx.db, ctx.ownerId, row.id, {
    status: v.status,
    received_on: day,
    feedback_text: text,
    verdict: judgement?.verdict ?? null,
    updated_at: ctx.now().toISOString(),
  });
  await finishStep(ctx, applicationId);
  const feedbackRequest = await current(ctx, applicationId);
  const followUp = judgement?.verdict === 'generic' ? await followUpDraft(ctx, applicationId) : null;
  return { feedbackRequest, judgement, followUp, themeSuggestions: text ? suggestThemes(text) : [] };
}

