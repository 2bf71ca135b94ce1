import { describe, expect, it } from 'vitest';
import { allows, scopeFromList, scopeList } from './scope.js';
import { caseloadSignals, sameStageRun, type SignalFacts } from './signals.js';

describe('caseload signals', () => {
  const base: SignalFacts = { today: '2026-12-02', lastActivityOn: '2026-12-01', recentRejectionStages: [], recentMoods: null };

  it.each([
    ['active yesterday', { lastActivityOn: '2026-12-01' }, []],
    ['quiet for 13 days', { lastActivityOn: '2026-11-19' }, []],
    ['quiet for 14 days', { lastActivityOn: '2026-11-18' }, ['No activity for 14 days.']],
    ['nothing recorded', { lastActivityOn: null }, ['Nothing recorded yet.']],
    ['a shorter window chosen by the coach', { lastActivityOn: '2026-11-25', quietDays: 7 }, ['No activity for 7 days.']],
    ['three interview rejections in a row', { recentRejectionStages: ['interview', 'interview', 'interview', 'screen'] }, ['3 rejections in a row after interviews.']],
    ['two in a row, then another stage', { recentRejectionStages: ['final', 'final', 'interview'] }, []],
    ['three low check-ins', { recentMoods: [2, 1, 2, 5] }, ['The last 3 journal check-ins were low (2 or under out of 5).']],
    ['low, but the latest is better', { recentMoods: [4, 1, 1, 1] }, []],
    ['too few check-ins to say', { recentMoods: [1, 1] }, []],
    ['journal not shared', { recentMoods: null }, []],
  ] as const)('%s', (_, facts, messages) => {
    expect(caseloadSignals({ ...base, ...facts }).map((s) => s.message)).toEqual(messages);
  });

  it('counts the run of the newest stage only', () => {
    expect(sameStageRun([])).toBe(0);
    expect(sameStageRun(['screen'])).toBe(1);
    expect(sameStageRun(['application', 'application', 'screen', 'application'])).toBe(2);
  });
});

describe('share scopes', () => {
  it('always includes progress, and the sections follow the scope', () => {
    expect(scopeList(scopeFromList([]))).toEqual(['progress']);
    expect(scopeList(scopeFromList(['journal', 'progress']))).toEqual(['progress', 'journal']);
    const progressOnly = scopeFromList(['progress']);
    expect(['board', 'insights', 'overview', 'caseload'].every((s) => allows(progressOnly, s as 'board'))).toBe(true);
    expect(allows(progressOnly, 'debriefs') || allows(progressOnly, 'plan') || allows(progressOnly, 'journal')).toBe(false);
    expect(allows(scopeFromList(['debriefs']), 'plan')).toBe(true);
    expect(allows(scopeFromList(['debriefs']), 'journal')).toBe(false);
  });
});
