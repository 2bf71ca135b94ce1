import type { ProgressStage } from '../applications/stages.js';

/**
 * The furthest step a candidate reached before a rejection, in the
 * vocabulary of the rejection-message labels (LABELS.md). It is coarser than
 * the application's progress stages: everything before a conversation is
 * `application`.
 */
export const STAGES_REACHED = ['application', 'screen', 'assessment', 'interview', 'final'] as const;
export type StageReached = (typeof STAGES_REACHED)[number];

export const STAGE_REACHED_LABELS = {
  application: 'Application',
  screen: 'Screening call',
  assessment: 'Assessment',
  interview: 'Interview',
  final: 'Final round',
} as const satisfies Record<StageReached, string>;

const RANK = {
  application: 0,
  screen: 1,
  assessment: 2,
  interview: 3,
  final: 4,
} as const satisfies Record<StageReached, number>;

/** Position in the funnel: application = 0 … final = 4. */
export function stageReachedRank(stage: StageReached): number {
  return RANK[stage];
}

/** True when `stage` is `atLeast` or further along. */
export function reachedAtLeast(stage: StageReached, atLeast: StageReached): boolean {
  return RANK[stage] >= RANK[atLeast];
}

/** True when a live conversation with the employer happened (a call or an interview). */
export function hadConversation(stage: StageReached): boolean {
  return stage !== 'application';
}

export function isStageReached(value: string): value is StageReached {
  const stages: readonly string[] = STAGES_REACHED;
  return stages.includes(value);
}

/**
 * Maps an application's furthest progress stage onto the debrief vocabulary.
 * `saved` and `applied` are both `application`; a withdrawn offer counts as a
 * final-round rejection, since every round was behind the candidate.
 */
export function stageReachedFromProgress(stage: ProgressStage): StageReached {
  switch (stage) {
    case 'saved':
    case 'applied':
      return 'application';
    case 'screen':
    case 'assessment':
    case 'interview':
    case 'final':
      return stage;
    case 'offer':
    case 'accepted':
      return 'final';
  }
}
