import { describe, expect, it } from 'vitest';
import { todayIn } from '../time.js';
import { buildHeatmap, countActivity, countByWeek, moodTrend, type ActivityItem } from './activity.js';
import { goalProgress, NO_ACTIVITY, targetsForWeek, weekMet } from './goals.js';
import { computeStreak } from './streak.js';
import { weekLabel, weekOf, weekStartOf } from './weeks.js';

describe('weeks start on the person’s day', () => {
  it.each([
    ['2026-12-02', 'monday', '2026-11-30'],
    ['2026-11-30', 'monday', '2026-11-30'],
    ['2026-11-29', 'monday', '2026-11-23'],
    ['2026-12-02', 'sunday', '2026-11-29'],
    ['2026-11-29', 'sunday', '2026-11-29'],
    ['2026-12-02', 'saturday', '2026-11-28'],
  ] as const)('%s in weeks starting on %s starts %s', (day, startsOn, start) => {
    expect(weekStartOf(day, startsOn)).toBe(start);
  });

  it('reads "today" in the time zone, so the week turns over at local midnight', () => {
    // Sunday 29 Nov 23:30 in New York is already Monday 30 Nov in UTC.
    const instant = new Date('2026-11-30T04:30:00.000Z');
    expect(weekStartOf(todayIn('America/New_York', instant))).toBe('2026-11-23');
    expect(weekStartOf(todayIn('UTC', instant))).toBe('2026-11-30');
  });

  it('labels a week across two months', () => {
    expect(weekLabel(weekOf('2026-12-02'))).toBe('30 Nov – 6 Dec 2026');
    expect(weekLabel(weekOf('2026-11-18'))).toBe('16 – 22 Nov 2026');
  });
});

describe('goal progress comes from what was logged', () => {
  const items: ActivityItem[] = [
    { kind: 'applications', day: '2026-11-30' },
    { kind: 'applications', day: '2026-12-01' },
    { kind: 'practice', day: '2026-12-01' },
    { kind: 'practice', day: '2026-12-01' },
    { kind: 'practice', day: '2026-12-02' },
    { kind: 'applications', day: '2026-11-29' },
  ];

  it('counts the week only, and a practice day once', () => {
    expect(countActivity(items, '2026-11-30', '2026-12-06')).toEqual({ applications: 2, networking: 0, practice: 2, debriefs: 0 });
  });

  it('shows any subset of goals, with bars capped at 100%', () => {
    const p = goalProgress({ applications: 2, practice: 4, networking: 0 }, countActivity(items, '2026-11-30', '2026-12-06'));
    expect(p.map((g) => [g.kind, g.percent, g.met, g.text])).toEqual([
      ['applications', 100, true, '2 of 2 applications'],
      ['practice', 50, false, '2 of 4 sessions'],
    ]);
  });

  it('a week without goals neither builds nor breaks a streak', () => {
    expect(weekMet({}, NO_ACTIVITY)).toBeNull();
    expect(weekMet({ debriefs: 1 }, NO_ACTIVITY)).toBe(false);
  });

  it('goals carry forward from the week they were set until set again', () => {
    const sets = new Map([
      ['2026-11-02', { applications: 3 }],
      ['2026-11-23', { applications: 1, practice: 1 }],
    ]);
    expect(targetsForWeek(sets, '2026-10-26')).toEqual({});
    expect(targetsForWeek(sets, '2026-11-16')).toEqual({ applications: 3 });
    expect(targetsForWeek(sets, '2026-11-30')).toEqual({ applications: 1, practice: 1 });
  });

  it('groups by the week start chosen', () => {
    const sunday = countByWeek(items, 'sunday');
    expect(sunday.get('2026-11-29')?.applications).toBe(3);
  });

  it('counts a day given with its number of applications as that many, in the week, the weeks and the heatmap', () => {
    const counted: ActivityItem[] = [
      { kind: 'applications', day: '2026-12-01', count: 4 },
      { kind: 'applications', day: '2026-12-01' },
      { kind: 'practice', day: '2026-12-02', count: 3 }, // practice counts days, however many sessions
    ];
    expect(countActivity(counted, '2026-11-30', '2026-12-06')).toMatchObject({ applications: 5, practice: 1 });
    expect(countByWeek(counted, 'monday').get('2026-11-30')).toMatchObject({ applications: 5, practice: 1 });
    const heat = buildHeatmap(counted, '2026-12-03', 'monday');
    expect(heat.days.find((d) => d.day === '2026-12-01')?.count).toBe(5);
    expect(heat.total).toBe(8);
  });
});

describe('streaks are said kindly', () => {
  const w = (weekStart: string, met: boolean | null) => ({ weekStart, met });

  it('counts weeks in a row, this week once it is met', () => {
    const s = computeStreak([w('2026-11-09', true), w('2026-11-16', true), w('2026-11-23', true), w('2026-11-30', true)]);
    expect(s.current).toBe(4);
    expect(s.message).toMatch(/4 weeks in a row/);
  });

  it('a week still going never breaks the streak', () => {
    expect(computeStreak([w('2026-11-16', true), w('2026-11-23', true), w('2026-11-30', false)]).current).toBe(2);
  });

  it('a missed week is named gently, with the best run kept', () => {
    const s = computeStreak([w('2026-11-02', true), w('2026-11-09', true), w('2026-11-16', true), w('2026-11-23', false), w('2026-11-30', false)]);
    expect(s).toMatchObject({ current: 0, best: 3 });
    expect(s.message).toMatch(/went differently than planned/);
    expect(s.message).toMatch(/fresh start/);
    expect(s.message).not.toMatch(/fail|broke|lost|shame/i);
  });

  it('weeks without goals are skipped over', () => {
    expect(computeStreak([w('2026-11-09', true), w('2026-11-16', null), w('2026-11-23', true), w('2026-11-30', null)]).current).toBe(2);
  });

  it('invites to set goals when there are none', () => {
    expect(computeStreak([w('2026-11-30', null)]).message).toMatch(/Set a goal/);
  });
});

describe('the heatmap and the mood trend', () => {
  it('covers six months of whole weeks up to today', () => {
    const h = buildHeatmap([{ kind: 'applications', day: '2026-12-01' }, { kind: 'practice', day: '2026-12-01' }, { kind: 'debriefs', day: '2025-01-01' }], '2026-12-02', 'monday');
    expect(h.from).toBe('2026-06-08');
    expect(h.days.at(-1)).toEqual({ day: '2026-12-02', count: 0 });
    expect(h.days.find((d) => d.day === '2026-12-01')?.count).toBe(2);
    expect(h).toMatchObject({ total: 2, activeDays: 1 });
  });

  it('averages the mood of each week, null for weeks without check-ins', () => {
    expect(moodTrend([{ day: '2026-11-24', mood: 2 }, { day: '2026-11-26', mood: 3 }], ['2026-11-23', '2026-11-30'])).toEqual([
      { weekStart: '2026-11-23', average: 2.5, checkIns: 2 },
      { weekStart: '2026-11-30', average: null, checkIns: 0 },
    ]);
  });
});
