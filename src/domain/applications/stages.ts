/**
 * The vocabulary of an application's history. An application moves through
 * progress stages and may end in one of the endings. The order of
 * PROGRESS_STAGES is the order of the search funnel.
 */
export const PROGRESS_STAGES = [
  'saved',
  'applied',
  'screen',
  'assessment',
  'interview',
  'final',
  'offer',
  'accepted',
] as const;

export const ENDINGS = ['rejected', 'withdrawn', 'ghosted'] as const;

export const STAGES = [...PROGRESS_STAGES, ...ENDINGS] as const;

export type ProgressStage = (typeof PROGRESS_STAGES)[number];
export type Ending = (typeof ENDINGS)[number];
export type Stage = (typeof STAGES)[number];

/** Stages that mean the employer answered: a conversation from the screen on, or a rejection. */
export const EMPLOYER_REPLY_STAGES: readonly Stage[] = ['screen', 'assessment', 'interview', 'final', 'offer', 'accepted', 'rejected'];

/** Stages of an application moving forward after it was sent. */
export const SENT_PROGRESS_STAGES: readonly ProgressStage[] = PROGRESS_STAGES.filter((s) => s !== 'saved');

/**
 * Steps that are booked ahead (a screen call or an interview next week): the
 * only ones that may be dated after today. They count for the status from
 * their day on (ADR 0004).
 */
export const BOOKABLE_STAGES: readonly Stage[] = ['screen', 'assessment', 'interview', 'final'];

/** Statuses shown as board columns, in display order. */
export const BOARD_COLUMNS: readonly Stage[] = STAGES;

/**
 * Columns of applications that are over. Most of a long search ends up here, so the board folds
 * them (a count that opens the column) and sends their cards only when a column is opened.
 */
export const ENDED_COLUMNS: readonly Stage[] = ['accepted', ...ENDINGS];

/** The board's columns whose cards it sends unless asked otherwise: those of applications still moving. */
export const OPEN_COLUMNS: readonly Stage[] = BOARD_COLUMNS.filter((s) => !ENDED_COLUMNS.includes(s));

export const INTERVIEW_TYPES = [
  'recruiter_screen',
  'technical',
  'behavioural',
  'panel',
  'case',
  'presentation',
  'onsite',
  'other',
] as const;
export type InterviewType = (typeof INTERVIEW_TYPES)[number];

const RANK: Record<ProgressStage, number> = Object.fromEntries(
  PROGRESS_STAGES.map((s, i) => [s, i]),
) as Record<ProgressStage, number>;

export function isEnding(stage: Stage): stage is Ending {
  return (ENDINGS as readonly string[]).includes(stage);
}

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** Position of a progress stage in the funnel (saved = 0 … accepted = 7). */
export function stageRank(stage: ProgressStage): number {
  return RANK[stage];
}

export const STAGE_LABELS: Record<Stage, string> = {
  saved: 'Saved',
  applied: 'Applied',
  screen: 'Screen',
  assessment: 'Assessment',
  interview: 'Interview',
  final: 'Final round',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'No response',
};
