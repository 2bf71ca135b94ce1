import { describe, expect, it } from 'vitest';
import {
  FEELING_IDS,
  FEELINGS,
  MOOD_LABELS,
  MOODS,
  checkInSupport,
  lowMoodNudge,
  type CheckInRecord,
  type Feeling,
  type Mood,
  type SupportLevel,
} from './checkin.js';
import { CHECKIN_TEXTS } from './checkin-texts.js';

describe('vocabulary', () => {
  it('labels every mood and about sixteen feelings', () => {
    for (const m of MOODS) expect(MOOD_LABELS[m]).toBeTruthy();
    expect(FEELING_IDS.length).toBe(16);
    for (const f of FEELING_IDS) {
      expect(FEELINGS[f].label).toBeTruthy();
      expect(CHECKIN_TEXTS.feelingNotes[f]).toBeTruthy();
    }
  });

  it('keeps the texts calm', () => {
    const all = JSON.stringify(CHECKIN_TEXTS);
    expect(all).not.toMatch(/!/);
    expect(all).not.toMatch(/\byou should\b|\bmust\b/i);
  });
});

describe('checkInSupport', () => {
  it.each<[Mood, Feeling[], SupportLevel, string]>([
    [1, [], 'low', 'rest_day'],
    [2, ['disappointed'], 'low', 'rest_day'],
    [3, ['frustrated', 'anxious'], 'mixed', 'journal'],
    [3, ['relieved', 'hopeful'], 'steady', 'small_step'],
    [3, [], 'steady', 'small_step'],
    [5, ['angry'], 'steady', 'small_step'],
  ])('mood %i with %j → %s, first suggestion %s', (mood, feelings, level, first) => {
    const support = checkInSupport(mood, feelings);
    expect(support.level).toBe(level);
    expect(support.suggestions[0]?.id).toBe(first);
    expect(support.canContinue).toBe(true);
  });

  it('offers a rest day and someone to talk to when the mood is low', () => {
    const ids = checkInSupport(1).suggestions.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['rest_day', 'talk']));
  });

  it('acknowledges the first named feeling', () => {
    expect(checkInSupport(2, ['embarrassed', 'sad']).message).toContain(CHECKIN_TEXTS.feelingNotes.embarrassed);
  });

  it('rejects a mood outside 1–5 with a clear message', () => {
    expect(() => checkInSupport(0 as Mood)).toThrow(/1 to 5/);
  });
});

const c = (date: string, mood: Mood): CheckInRecord => ({ date, mood });

describe('lowMoodNudge', () => {
  it.each<[string, CheckInRecord[], string | null, string, boolean]>([
    ['no check-ins', [], null, '2026-11-20', false],
    ['fresh rejection, low for 2 days', [c('2026-11-18', 1)], null, '2026-11-20', false],
    ['low for a week, nothing done since', [c('2026-11-10', 2)], '2026-11-09', '2026-11-17', true],
    ['low for a week, but applied yesterday', [c('2026-11-10', 2)], '2026-11-16', '2026-11-17', false],
    ['low, then better', [c('2026-11-01', 1), c('2026-11-08', 4)], null, '2026-11-20', false],
    ['better, then low again recently', [c('2026-11-01', 4), c('2026-11-15', 2)], null, '2026-11-20', false],
    ['low spell of two check-ins over ten days', [c('2026-11-05', 2), c('2026-11-12', 1)], '2026-11-04', '2026-11-15', true],
    ['activity inside the spell resets the quiet days', [c('2026-11-01', 2), c('2026-11-12', 2)], '2026-11-11', '2026-11-15', false],
    ['check-in too old to say anything', [c('2026-09-01', 1)], null, '2026-11-20', false],
    ['unordered input and date-times', [c('2026-11-12T20:00:00Z', 1), c('2026-11-02', 2)], null, '2026-11-10', true],
    ['check-ins dated after today are ignored', [c('2026-11-01', 1), c('2026-12-01', 5)], null, '2026-11-10', true],
  ])('%s', (_name, checkIns, lastActivity, today, due) => {
    expect(lowMoodNudge(checkIns, lastActivity, today).due).toBe(due);
  });

  it('explains itself when due', () => {
    const nudge = lowMoodNudge([c('2026-11-01', 1)], null, '2026-11-12');
    expect(nudge).toMatchObject({ due: true, quietDays: 11, latestMood: 1, message: CHECKIN_TEXTS.nudge });
    expect(nudge.suggestions.map((s) => s.id)).toContain('talk');
  });

  it('stays quiet otherwise', () => {
    expect(lowMoodNudge([c('2026-11-01', 4)], null, '2026-11-12')).toMatchObject({ due: false, message: null, suggestions: [] });
  });
});
