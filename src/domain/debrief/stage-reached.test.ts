import { describe, expect, it } from 'vitest';
import { PROGRESS_STAGES, type ProgressStage } from '../applications/stages.js';
import {
  STAGE_REACHED_LABELS,
  STAGES_REACHED,
  hadConversation,
  isStageReached,
  reachedAtLeast,
  stageReachedFromProgress,
  stageReachedRank,
  type StageReached,
} from './stage-reached.js';

describe('stage reached', () => {
  it('orders the stages and labels them', () => {
    expect(STAGES_REACHED.map(stageReachedRank)).toEqual([0, 1, 2, 3, 4]);
    for (const s of STAGES_REACHED) expect(STAGE_REACHED_LABELS[s]).toBeTruthy();
    expect(reachedAtLeast('final', 'interview')).toBe(true);
    expect(reachedAtLeast('screen', 'assessment')).toBe(false);
    expect(hadConversation('application')).toBe(false);
    expect(hadConversation('assessment')).toBe(true);
    expect(isStageReached('final')).toBe(true);
    expect(isStageReached('offer')).toBe(false);
  });

  it.each<[ProgressStage, StageReached]>([
    ['saved', 'application'],
    ['applied', 'application'],
    ['screen', 'screen'],
    ['assessment', 'assessment'],
    ['interview', 'interview'],
    ['final', 'final'],
    ['offer', 'final'],
    ['accepted', 'final'],
  ])('%s → %s', (progress, reached) => {
    expect(stageReachedFromProgress(progress)).toBe(reached);
  });

  it('maps every progress stage', () => {
    for (const s of PROGRESS_STAGES) expect(isStageReached(stageReachedFromProgress(s))).toBe(true);
  });
});
