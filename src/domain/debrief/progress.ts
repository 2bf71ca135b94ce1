/**
 * Where a debrief stands: which of the five steps are done, which comes
 * next, and whether it is complete. Works from a plain description of what
 * has been saved, so the UI can resume and the dashboard can list debriefs
 * to finish. Skipping a step counts as dealing with it: nothing is forced.
 */
import { daysBetween, type IsoDay } from './dates.js';

export const DEBRIEF_STEPS = ['checkin', 'message', 'feedback_request', 'reflection', 'lessons'] as const;
export type DebriefStep = (typeof DEBRIEF_STEPS)[number];

export const DEBRIEF_STEP_LABELS = {
  checkin: 'How you feel',
  message: 'What they said',
  feedback_request: 'Ask for feedback',
  reflection: 'Reflect',
  lessons: 'Lessons',
} as const satisfies Record<DebriefStep, string>;

export const FEEDBACK_STATUSES = ['not_requested', 'requested', 'received', 'declined', 'no_answer'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/**
 * Allowed moves. A late reply is common, so `no_answer` can still become
 * `received` or `declined`; `received` and `declined` are final.
 */
export const FEEDBACK_TRANSITIONS = {
  not_requested: ['requested'],
  requested: ['received', 'declined', 'no_answer'],
  no_answer: ['received', 'declined'],
  received: [],
  declined: [],
} as const satisfies Record<FeedbackStatus, readonly FeedbackStatus[]>;

export function canTransitionFeedback(from: FeedbackStatus, to: FeedbackStatus): boolean {
  const allowed: readonly FeedbackStatus[] = FEEDBACK_TRANSITIONS[from];
  return allowed.includes(to);
}

/** The new status, or an Error that says which moves are possible. */
export function transitionFeedback(from: FeedbackStatus, to: FeedbackStatus): FeedbackStatus {
  if (canTransitionFeedback(from, to)) return to;
  const allowed: readonly FeedbackStatus[] = FEEDBACK_TRANSITIONS[from];
  const options = allowed.length > 0 ? `From "${from}" it can move to: ${allowed.join(', ')}.` : `"${from}" is final.`;
  throw new Error(`Feedback status cannot go from "${from}" to "${to}". ${options}`);
}

export const DEFAULT_REMINDER_DAYS = 7;

/** True once `reminderDays` full days have passed since the request. */
export function feedbackReminderDue(requestedOn: IsoDay, today: IsoDay, reminderDays = DEFAULT_REMINDER_DAYS): boolean {
  return daysBetween(requestedOn, today) >= reminderDays;
}

/** What has been saved for one rejection's debrief. */
export interface DebriefState {
  /** A check-in linked to this rejection exists. */
  checkInSaved: boolean;
  /** The message was pasted, reasons chosen, or the channel is silence (nothing to record). */
  messageRecorded: boolean;
  feedbackStatus: FeedbackStatus;
  /** Number of reflection prompts answered. */
  reflectionAnswers: number;
  /** Themes linked to this rejection, or a lessons note written. */
  lessonsRecorded: boolean;
  /** Steps the user chose to skip. */
  skipped?: readonly DebriefStep[];
}

export type StepStatus = 'done' | 'skipped' | 'todo';

export interface DebriefProgress {
  steps: { step: DebriefStep; label: string; status: StepStatus }[];
  done: DebriefStep[];
  /** The first step still to do, or null when complete. */
  next: DebriefStep | null;
  complete: boolean;
  /** Share of steps dealt with (done or skipped), 0–100. */
  percent: number;
}

function isDone(step: DebriefStep, state: DebriefState): boolean {
  switch (step) {
    case 'checkin':
      return state.checkInSaved;
    case 'message':
      return state.messageRecorded;
    case 'feedback_request':
      // Asking is the step; waiting for the answer is tracked by the status and the reminder.
      return state.feedbackStatus !== 'not_requested';
    case 'reflection':
      return state.reflectionAnswers > 0;
    case 'lessons':
      return state.lessonsRecorded;
  }
}

export function debriefProgress(state: DebriefState): DebriefProgress {
  const skipped = new Set(state.skipped ?? []);
  const steps = DEBRIEF_STEPS.map((step) => {
    const status: StepStatus = isDone(step, state) ? 'done' : skipped.has(step) ? 'skipped' : 'todo';
    return { step, label: DEBRIEF_STEP_LABELS[step], status };
  });
  const open = steps.filter((s) => s.status === 'todo');
  return {
    steps,
    done: steps.filter((s) => s.status === 'done').map((s) => s.step),
    next: open[0]?.step ?? null,
    complete: open.length === 0,
    percent: Math.round(((steps.length - open.length) / steps.length) * 100),
  };
}
