/**
 * The questions a feedback request can ask. Each says at which stages it
 * makes sense: asking how an interview went is odd when there was none.
 * `text` is a full sentence for warm and formal drafts; `short` is a phrase
 * that fits after "could you share …" in brief drafts and on LinkedIn.
 */
import type { StageReached } from './stage-reached.js';

export const FEEDBACK_QUESTION_IDS = [
  'improve_overall',
  'successful_candidate',
  'resume',
  'interview_performance',
  'interview_moments',
  'preparation',
  'assessment',
  'skill_to_develop',
] as const;
export type FeedbackQuestionId = (typeof FEEDBACK_QUESTION_IDS)[number];

export interface FeedbackQuestion {
  id: FeedbackQuestionId;
  /** Shown in the picker. */
  label: string;
  stages: readonly StageReached[];
  /** May use {process}: "my application", "my interview", … */
  text: string;
  short: string;
}

const ALL: readonly StageReached[] = ['application', 'screen', 'assessment', 'interview', 'final'];
const TALKED: readonly StageReached[] = ['screen', 'interview', 'final'];
const INTERVIEWED: readonly StageReached[] = ['interview', 'final'];

export const FEEDBACK_QUESTIONS = {
  improve_overall: {
    id: 'improve_overall',
    label: 'One thing to improve',
    stages: ALL,
    text: 'Is there one thing that would have made {process} stronger?',
    short: 'one thing that would have made {process} stronger',
  },
  successful_candidate: {
    id: 'successful_candidate',
    label: 'What the chosen candidate brought',
    stages: ALL,
    text: 'Were there skills or experience the successful candidate brought that I could work towards?',
    short: 'what the successful candidate brought that I could work towards',
  },
  resume: {
    id: 'resume',
    label: 'My résumé',
    stages: ALL,
    text: 'Did anything in my résumé stand out, for better or worse? It would help to know what to keep and what to change.',
    short: 'what stood out in my résumé',
  },
  interview_performance: {
    id: 'interview_performance',
    label: 'How my answers came across',
    stages: TALKED,
    text: 'How did my answers come across in {process}, and where could they have been clearer or more convincing?',
    short: 'how my answers came across',
  },
  interview_moments: {
    id: 'interview_moments',
    label: 'A moment that made a difference',
    stages: INTERVIEWED,
    text: 'Was there a particular moment or answer in the interviews that counted for or against me?',
    short: 'a moment in the interviews that counted for or against me',
  },
  preparation: {
    id: 'preparation',
    label: 'How I could have prepared',
    stages: ['screen', 'assessment', 'interview', 'final'],
    text: 'Is there anything I could have prepared better, such as knowledge of the product, the team or the kind of questions you ask?',
    short: 'what I could have prepared better',
  },
  assessment: {
    id: 'assessment',
    label: 'The assessment',
    stages: ['assessment', 'interview', 'final'],
    text: 'Where did my assessment fall short of what you were looking for?',
    short: 'where my assessment fell short',
  },
  skill_to_develop: {
    id: 'skill_to_develop',
    label: 'The skill to develop first',
    stages: ALL,
    text: 'If you were in my place, which skill or kind of experience would you work on first for a role like this?',
    short: 'which skill you would work on first in my place',
  },
} as const satisfies { [K in FeedbackQuestionId]: FeedbackQuestion & { id: K } };

/** What "{process}" means at each stage. */
export const PROCESS_PHRASES = {
  application: 'my application',
  screen: 'my screening call',
  assessment: 'my assessment',
  interview: 'my interview',
  final: 'my final interview',
} as const satisfies Record<StageReached, string>;

/** A sensible pair or trio to pre-select, per stage. */
export const DEFAULT_QUESTIONS = {
  application: ['resume', 'successful_candidate'],
  screen: ['interview_performance', 'successful_candidate'],
  assessment: ['assessment', 'preparation'],
  interview: ['interview_performance', 'interview_moments', 'successful_candidate'],
  final: ['interview_moments', 'successful_candidate', 'skill_to_develop'],
} as const satisfies Record<StageReached, readonly FeedbackQuestionId[]>;

export const MIN_QUESTIONS = 2;
export const MAX_QUESTIONS = 3;

export function questionsForStage(stage: StageReached): FeedbackQuestion[] {
  return FEEDBACK_QUESTION_IDS.filter((id) => isQuestionForStage(id, stage)).map((id) => FEEDBACK_QUESTIONS[id]);
}

export function isQuestionForStage(id: FeedbackQuestionId, stage: StageReached): boolean {
  const stages: readonly StageReached[] = FEEDBACK_QUESTIONS[id].stages;
  return stages.includes(stage);
}

/** Problems with a choice of questions, in words a person can act on (empty when fine). */
export function questionChoiceProblems(stage: StageReached, ids: readonly FeedbackQuestionId[]): string[] {
  const problems: string[] = [];
  const unique = [...new Set(ids)];
  if (unique.length < MIN_QUESTIONS || unique.length > MAX_QUESTIONS) {
    problems.push(`Choose ${MIN_QUESTIONS} or ${MAX_QUESTIONS} questions (you chose ${unique.length}).`);
  }
  for (const id of unique) {
    if (!isQuestionForStage(id, stage)) {
      problems.push(`"${FEEDBACK_QUESTIONS[id].label}" does not fit a process that ended at the ${stage} stage.`);
    }
  }
  return problems;
}

/**
 * The questions a draft will actually ask: the valid choices in order,
 * topped up from the stage defaults to at least two, and at most three.
 */
export function resolveQuestions(stage: StageReached, ids: readonly FeedbackQuestionId[] = []): FeedbackQuestion[] {
  const chosen = [...new Set(ids)].filter((id) => isQuestionForStage(id, stage));
  for (const id of DEFAULT_QUESTIONS[stage]) {
    if (chosen.length >= MIN_QUESTIONS) break;
    if (!chosen.includes(id)) chosen.push(id);
  }
  return chosen.slice(0, MAX_QUESTIONS).map((id) => FEEDBACK_QUESTIONS[id]);
}
