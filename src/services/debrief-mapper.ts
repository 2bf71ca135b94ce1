/** Rows of the debrief tables → the shapes of contracts/debrief.ts. */
import type { CheckIn, FeedbackRequest, Lessons, Rejection } from '../contracts/debrief.js';
import { zCorrections, zReaderLabels } from '../contracts/debrief.js';
import type { CheckInRow } from '../db/repos/check-ins.repo.js';
import type { FeedbackRequestRow } from '../db/repos/feedback-requests.repo.js';
import type { RejectionReasonRow, RejectionRow } from '../db/repos/rejections.repo.js';
import type { LessonEvidenceRow, OutsideItemRow } from '../db/repos/themes.repo.js';
import {
  CHANNELS,
  DEBRIEF_STEPS,
  DEFAULT_QUESTIONS,
  FEEDBACK_QUESTION_IDS,
  FEEDBACK_STATUSES,
  isFeeling,
  isMood,
  isRejectionReason,
  isStageReached,
  MOOD_LABELS,
  RECIPIENTS,
  REASONS,
  reframeFor,
  TONES,
  type Channel,
  type Control,
  type DebriefStep,
  type FeedbackQuestionId,
  type FeedbackStatus,
  type RejectionReason,
  type StageReached,
} from '../domain/debrief/index.js';

/** Parses JSON text, falling back when it is missing or unreadable. */
export function parseJson(text: string | null | undefined): unknown {
  if (text == null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function stringArray(text: string | null | undefined): string[] {
  const v = parseJson(text);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

export function skippedSteps(row: Pick<RejectionRow, 'skipped_steps'>): DebriefStep[] {
  return stringArray(row.skipped_steps).filter((s): s is DebriefStep => (DEBRIEF_STEPS as readonly string[]).includes(s));
}

export function toReason(reason: RejectionReason, control: Control): Rejection['reasons'][number] {
  return { reason, label: REASONS[reason].label, control, reframe: control === 'outside' ? reframeFor(reason) : null };
}

export function toRejection(row: RejectionRow, reasons: readonly RejectionReasonRow[], derived: StageReached): Rejection {
  const override = row.stage_reached && isStageReached(row.stage_reached) ? row.stage_reached : null;
  const labels = zReaderLabels.safeParse(parseJson(row.reader_labels));
  const corrections = zCorrections.safeParse(parseJson(row.corrections));
  return {
    id: row.id,
    applicationId: row.application_id,
    rejectedOn: row.rejected_on,
    channel: oneOf<Channel>(CHANNELS, row.channel, 'email'),
    stageReached: override ?? derived,
    stageReachedDerived: derived,
    stageReachedOverridden: override !== null,
    message: row.message,
    reasons: reasons
      .filter((r): r is RejectionReasonRow & { reason: RejectionReason } => isRejectionReason(r.reason))
      .map((r) => toReason(r.reason, r.control === 'within' ? 'within' : 'outside')),
    readerLabels: labels.success ? labels.data : null,
    corrections: corrections.success ? corrections.data : null,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toCheckIn(row: CheckInRow): CheckIn {
  const mood = isMood(row.mood) ? row.mood : 3;
  return {
    id: row.id,
    date: row.checked_on,
    mood,
    moodLabel: MOOD_LABELS[mood],
    feelings: stringArray(row.feelings).filter(isFeeling),
    note: row.note,
    rejectionId: row.rejection_id,
    applicationId: row.application_id,
    company: row.company,
    title: row.title,
    createdAt: row.created_at,
  };
}

export function questionIds(text: string | null | undefined): FeedbackQuestionId[] {
  return stringArray(text).filter((q): q is FeedbackQuestionId => (FEEDBACK_QUESTION_IDS as readonly string[]).includes(q));
}

export function feedbackStatus(row: { status: string | null } | undefined): FeedbackStatus {
  return oneOf<FeedbackStatus>(FEEDBACK_STATUSES, row?.status, 'not_requested');
}

export function toFeedbackRequest(row: FeedbackRequestRow | undefined, stage: StageReached, reminderDue: boolean): FeedbackRequest {
  const verdict = row?.verdict;
  return {
    status: feedbackStatus(row),
    recipient: oneOf(RECIPIENTS, row?.recipient, 'recruiter'),
    tone: oneOf(TONES, row?.tone, 'warm'),
    questionIds: row ? questionIds(row.question_ids) : [...DEFAULT_QUESTIONS[stage]],
    contactName: row?.contact_name ?? null,
    contactEmail: row?.contact_email ?? null,
    requestedOn: row?.requested_on ?? null,
    receivedOn: row?.received_on ?? null,
    feedbackText: row?.feedback_text ?? null,
    verdict: verdict === 'specific' || verdict === 'generic' || verdict === 'empty' ? verdict : null,
    reminderDue,
  };
}

export function toLessons(rows: readonly LessonEvidenceRow[], outside: readonly OutsideItemRow[], note: string | null): Lessons {
  const themes = new Map<string, Lessons['themes'][number]>();
  for (const r of rows) {
    let theme = themes.get(r.lesson_id);
    if (!theme) {
      theme = { slug: r.slug, label: r.label, evidence: [] };
      themes.set(r.lesson_id, theme);
    }
    if ((r.kind === 'feedback' || r.kind === 'reflection') && r.ref !== null) {
      theme.evidence.push({ kind: r.kind, ref: r.ref, excerpt: r.excerpt });
    }
  }
  return {
    themes: [...themes.values()],
    outside: outside.map((o) => ({ id: o.id, text: o.text, reason: o.reason && isRejectionReason(o.reason) ? o.reason : null })),
    note,
  };
}
