/**
 * The rejection debrief: recording a rejection and reading the whole
 * debrief back. Each step is saved on its own (see debrief-steps.service.ts,
 * feedback-request.service.ts, lessons.service.ts), so leaving midway loses
 * nothing; the progress is derived from what is saved.
 */
import type { Application } from '../contracts/applications.js';
import type { Debrief, DebriefList, MessageStepInput, RejectionInput } from '../contracts/debrief.js';
import { checkInForRejection } from '../db/repos/check-ins.repo.js';
import { eventsFor } from '../db/repos/events.repo.js';
import { findFeedbackRequest } from '../db/repos/feedback-requests.repo.js';
import { answersFor } from '../db/repos/reflections.repo.js';
import {
  debriefStates,
  findRejection,
  insertRejection,
  reasonsFor,
  replaceReasons,
  updateRejection,
  type RejectionPatch,
  type RejectionRow,
} from '../db/repos/rejections.repo.js';
import { lessonsFor, outsideItemsFor } from '../db/repos/themes.repo.js';
import {
  checkInSupport,
  debriefProgress,
  DEFAULT_QUESTIONS,
  draftInterviewDate,
  feedbackReminderDue,
  isMood,
  questionsForStage,
  REASONS,
  reflectionPromptsFor,
  REFLECTION_SECTIONS,
  stageReachedFromProgress,
  suggestThemes,
  type DebriefState,
  type DebriefStep,
  type StageReached,
} from '../domain/debrief/index.js';
import { newId } from '../domain/ids.js';
import { addDays } from '../domain/time.js';
import { appendStageEvent, redateRejectedEvent } from './application-events.service.js';
import { getApplicationSummary } from './applications.service.js';
import type { ServiceContext } from './context.js';
import { feedbackStatus, skippedSteps, toCheckIn, toFeedbackRequest, toLessons, toRejection } from './debrief-mapper.js';
import { checkDay } from './day-rules.js';
import { ServiceError } from './errors.js';
import { ensureRejectionRecord } from './rejection-record.js';
import { getSettings, today } from './settings.service.js';
import { transact } from '../db/transact.js';

/** The application, its rejection row and what the drafts and prompts need from its history. */
export interface RejectionContext {
  app: Application;
  rejection: RejectionRow;
  stage: StageReached;
  /** The day of the last real event of the stage reached, before the rejection (what a draft may name). */
  lastInterviewDate: string | null;
  interviewRounds: number;
  hadAssessment: boolean;
}

export async function rejectionContext(ctx: ServiceContext, applicationId: string): Promise<RejectionContext> {
  const app = await getApplicationSummary(ctx, applicationId);
  // An application rejected before moves kept a record (or by an import) gets its record now.
  const rejection =
    (await findRejection(ctx.db, ctx.ownerId, applicationId)) ??
    (app.status === 'rejected' ? await transact(ctx.db, (trx) => ensureRejectionRecord(trx, ctx, applicationId)) : undefined);
  if (!rejection) {
    throw new ServiceError('not_found', `No rejection recorded for application "${applicationId}" yet. Record it first (debrief reject ${applicationId}).`);
  }
  const events = await eventsFor(ctx.db, ctx.ownerId, applicationId);
  const derived = stageReachedFromProgress(app.stageReached);
  const override = toRejection(rejection, [], derived).stageReached;
  return {
    app,
    rejection,
    stage: override,
    lastInterviewDate: draftInterviewDate(events.map((e) => ({ stage: e.stage, occurredOn: e.occurred_on })), override, rejection.rejected_on),
    interviewRounds: events.filter((e) => e.stage === 'interview').length,
    hadAssessment: events.some((e) => e.stage === 'assessment'),
  };
}

function messagePatch(input: MessageStepInput): RejectionPatch {
  const patch: RejectionPatch = {};
  if (input.channel !== undefined) patch.channel = input.channel;
  if (input.stageReached !== undefined) patch.stage_reached = input.stageReached;
  if (input.message !== undefined) patch.message = input.message;
  if (input.readerLabels !== undefined) patch.reader_labels = input.readerLabels === null ? null : JSON.stringify(input.readerLabels);
  if (input.corrections !== undefined) patch.corrections = input.corrections === null ? null : JSON.stringify(input.corrections);
  if (input.note !== undefined) patch.note = input.note;
  return patch;
}

function reasonRows(input: MessageStepInput): { reason: string; control: string }[] | null {
  if (!input.reasons) return null;
  const seen = new Map<string, string>();
  for (const r of input.reasons) seen.set(r.reason, r.control ?? REASONS[r.reason].control);
  return [...seen].map(([reason, control]) => ({ reason, control }));
}

/**
 * Records (or updates) the rejection of an application. When the application
 * is not rejected yet, the `rejected` stage event is appended in the same
 * transaction with the usual rules (409 when it has ended otherwise, no
 * future dates). Rejecting twice never writes a second event.
 */
export async function recordRejection(
  ctx: ServiceContext,
  applicationId: string,
  input: RejectionInput,
  options: { eventNote?: string } = {},
): Promise<Debrief> {
  const app = await getApplicationSummary(ctx, applicationId);
  const todayIs = await today(ctx);
  // Checked even when the application is already rejected: re-recording must not slip past the date rule.
  if (input.date) checkDay('date', input.date, { today: todayIs });
  const day = input.date ?? (await rejectedOn(ctx, applicationId)) ?? todayIs;
  const now = ctx.now().toISOString();
  const hasContent = input.message != null || (input.reasons?.length ?? 0) > 0 || input.readerLabels != null;
  // The stage change and the rejection record are written together or not at all.
  await transact(ctx.db, async (trx) => {
    if (app.status !== 'rejected') {
      await appendStageEvent(trx, ctx, applicationId, { stage: 'rejected', occurredOn: input.date, note: options.eventNote }, todayIs);
    } else if (input.date) {
      // A new date moves the rejected step with it, checked like any move.
      await redateRejectedEvent(trx, ctx, applicationId, input.date, todayIs);
    }
    const existing = await findRejection(trx, ctx.ownerId, applicationId);
    const patch = messagePatch(input);
    let id: string;
    if (existing) {
      id = existing.id;
      await updateRejection(trx, ctx.ownerId, id, {
        ...patch,
        ...(input.date ? { rejected_on: input.date } : {}),
        ...(hasContent && !existing.debrief_started_at ? { debrief_started_at: now } : {}),
        updated_at: now,
      });
    } else {
      id = newId();
      await insertRejection(trx, {
        id,
        owner_id: ctx.ownerId,
        application_id: applicationId,
        rejected_on: day,
        channel: patch.channel ?? 'email',
        stage_reached: patch.stage_reached ?? null,
        message: patch.message ?? null,
        reader_labels: patch.reader_labels ?? null,
        corrections: patch.corrections ?? null,
        note: patch.note ?? null,
        lessons_note: null,
        lessons_saved_at: null,
        skipped_steps: '[]',
        debrief_started_at: hasContent ? now : null,
        debrief_completed_at: null,
        created_at: now,
        updated_at: now,
      });
    }
    const reasons = reasonRows(input);
    if (reasons) await replaceReasons(trx, ctx.ownerId, id, reasons);
  });
  return finishStep(ctx, applicationId);
}

async function rejectedOn(ctx: ServiceContext, applicationId: string): Promise<string | null> {
  const events = await eventsFor(ctx.db, ctx.ownerId, applicationId);
  return events.filter((e) => e.stage === 'rejected').at(-1)?.occurred_on ?? null;
}

/** Step 2: the message, the reasons (with control), reader labels and corrections. */
export async function saveMessageStep(ctx: ServiceContext, applicationId: string, input: MessageStepInput): Promise<Debrief> {
  const { rejection } = await rejectionContext(ctx, applicationId);
  await transact(ctx.db, async (trx) => {
    await updateRejection(trx, ctx.ownerId, rejection.id, { ...messagePatch(input), updated_at: ctx.now().toISOString() });
    const reasons = reasonRows(input);
    if (reasons) await replaceReasons(trx, ctx.ownerId, rejection.id, reasons);
  });
  return finishStep(ctx, applicationId);
}

/** Marks a step as skipped (or not): skipping counts as dealing with it. */
export async function skipStep(ctx: ServiceContext, applicationId: string, step: DebriefStep, skip = true): Promise<Debrief> {
  const { rejection } = await rejectionContext(ctx, applicationId);
  const steps = new Set(skippedSteps(rejection));
  if (skip) steps.add(step);
  else steps.delete(step);
  await updateRejection(ctx.db, ctx.ownerId, rejection.id, { skipped_steps: JSON.stringify([...steps]), updated_at: ctx.now().toISOString() });
  return finishStep(ctx, applicationId);
}

/** After any step: note when the debrief started and when it became complete. */
export async function finishStep(ctx: ServiceContext, applicationId: string): Promise<Debrief> {
  const debrief = await getDebrief(ctx, applicationId);
  const { progress } = debrief;
  const now = ctx.now().toISOString();
  const patch: RejectionPatch = {};
  const anything = progress.steps.some((s) => s.status !== 'todo');
  if (anything && !progress.startedAt) patch.debrief_started_at = now;
  if (progress.complete && !progress.completedAt) patch.debrief_completed_at = now;
  if (!progress.complete && progress.completedAt) patch.debrief_completed_at = null;
  if (Object.keys(patch).length === 0) return debrief;
  await updateRejection(ctx.db, ctx.ownerId, debrief.rejection.id, patch);
  return getDebrief(ctx, applicationId);
}

export async function getDebrief(ctx: ServiceContext, applicationId: string): Promise<Debrief> {
  const rc = await rejectionContext(ctx, applicationId);
  const { app, rejection, stage } = rc;
  const [reasons, checkIn, feedback, answers, lessonRows, outside, settings, day] = await Promise.all([
    reasonsFor(ctx.db, ctx.ownerId, rejection.id),
    checkInForRejection(ctx.db, ctx.ownerId, rejection.id),
    findFeedbackRequest(ctx.db, ctx.ownerId, applicationId),
    answersFor(ctx.db, ctx.ownerId, applicationId),
    lessonsFor(ctx.db, ctx.ownerId, applicationId),
    outsideItemsFor(ctx.db, ctx.ownerId, applicationId),
    getSettings(ctx),
    today(ctx),
  ]);
  const rej = toRejection(rejection, reasons, stageReachedFromProgress(app.stageReached));
  const status = feedbackStatus(feedback);
  const reminderDue = status === 'requested' && !!feedback?.requested_on && feedbackReminderDue(feedback.requested_on, day, settings.feedbackReminderDays);
  const lessons = toLessons(lessonRows, outside, rejection.lessons_note);
  const answerMap = Object.fromEntries(answers.map((a) => [a.prompt_id, a.value]));
  const state: DebriefState = {
    checkInSaved: checkIn !== undefined,
    messageRecorded: rejection.message !== null || reasons.length > 0 || rejection.channel === 'silence',
    feedbackStatus: status,
    reflectionAnswers: answers.length,
    lessonsRecorded: rejection.lessons_saved_at !== null || lessons.themes.length > 0 || lessons.outside.length > 0 || !!rejection.lessons_note,
    skipped: skippedSteps(rejection),
  };
  const progress = debriefProgress(state);
  const prompts = reflectionPromptsFor(stage, { interviewRounds: rc.interviewRounds, hadAssessment: rc.hadAssessment || stage === 'assessment' });
  const chosen = new Set(lessons.themes.map((t) => t.slug));
  const suggestText = [feedback?.feedback_text ?? '', ...answers.map((a) => a.value)].join('\n');
  const mood = checkIn && isMood(checkIn.mood) ? checkIn.mood : null;
  const mappedCheckIn = checkIn ? toCheckIn(checkIn) : null;
  return {
    application: { id: app.id, company: app.company, title: app.title, status: app.status },
    rejection: rej,
    checkIn: mappedCheckIn,
    support: mood && mappedCheckIn ? checkInSupport(mood, mappedCheckIn.feelings) : null,
    feedbackRequest: toFeedbackRequest(feedback, stage, reminderDue),
    feedbackQuestions: questionsForStage(stage).map((q) => ({ id: q.id, label: q.label })),
    defaultQuestionIds: [...DEFAULT_QUESTIONS[stage]],
    reflection: {
      prompts: prompts.map((p) => ({ ...p, sectionLabel: REFLECTION_SECTIONS[p.section] })),
      answers: answerMap,
    },
    lessons,
    themeSuggestions: suggestThemes(suggestText).filter((s) => !chosen.has(s.slug)),
    outsideShare: rej.reasons.length > 0 ? rej.reasons.filter((r) => r.control === 'outside').length / rej.reasons.length : null,
    progress: {
      steps: progress.steps,
      next: progress.next,
      complete: progress.complete,
      percent: progress.percent,
      startedAt: rejection.debrief_started_at,
      completedAt: rejection.debrief_completed_at,
    },
  };
}

/** Debriefs to finish and feedback requests that have waited long enough for a reminder. */
export async function listDebriefs(ctx: ServiceContext): Promise<DebriefList> {
  const [settings, day] = await Promise.all([getSettings(ctx), today(ctx)]);
  const remindBefore = addDays(day, -settings.feedbackReminderDays);
  const rows = await debriefStates(ctx.db, ctx.ownerId, remindBefore);
  const items = rows.map((r) => {
    const status = feedbackStatus({ status: r.feedback_status });
    const progress = debriefProgress({
      checkInSaved: r.check_ins > 0,
      messageRecorded: r.has_message === 1 || r.reasons > 0 || r.channel === 'silence',
      feedbackStatus: status,
      reflectionAnswers: r.answers,
      lessonsRecorded: r.lessons_saved_at !== null || r.lessons > 0 || r.outside > 0 || !!r.lessons_note,
      skipped: skippedSteps(r),
    });
    return {
      applicationId: r.application_id,
      company: r.company,
      title: r.title,
      rejectedOn: r.rejected_on,
      next: progress.next,
      percent: progress.percent,
      complete: progress.complete,
      feedbackStatus: status,
      reminderDue: status === 'requested' && !!r.requested_on && r.requested_on <= remindBefore,
    };
  });
  return { toFinish: items.filter((i) => !i.complete), remindersDue: items.filter((i) => i.reminderDue) };
}

