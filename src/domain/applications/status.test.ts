import { describe, expect, it } from 'vitest';
import {
  cancelsBookedSteps,
  checkEventDay,
  checkMove,
  deriveStatus,
  lastRecorded,
  sortEvents,
  upcomingEvents,
  type EventForStatus,
} from './status.js';
import type { Stage } from './stages.js';

/** Events in the order they were recorded (seq 1, 2, 3…). */
function history(...steps: [Stage, string][]): EventForStatus[] {
  return steps.map(([stage, occurredOn], i) => ({ stage, occurredOn, seq: i + 1 }));
}

const TODAY = '2026-12-02';

describe('deriveStatus', () => {
  it.each([
    { name: 'no events', events: [], expected: null },
    {
      name: 'just applied',
      events: history(['applied', '2026-10-01']),
      expected: { status: 'applied', stageReached: 'applied', ending: null, appliedOn: '2026-10-01', lastEventOn: '2026-10-01', nextEventOn: null },
    },
    {
      name: 'rejected after two interviews: reached interview',
      events: history(['applied', '2026-10-01'], ['screen', '2026-10-05'], ['interview', '2026-10-10'], ['interview', '2026-10-15'], ['rejected', '2026-10-20']),
      expected: { status: 'rejected', stageReached: 'interview', ending: 'rejected', appliedOn: '2026-10-01' },
    },
    {
      name: 'saved, never applied',
      events: history(['saved', '2026-10-01']),
      expected: { status: 'saved', stageReached: 'saved', appliedOn: null },
    },
    {
      name: 'events recorded out of order are read by their day',
      events: history(['rejected', '2026-10-20'], ['applied', '2026-10-01'], ['screen', '2026-10-05']),
      expected: { status: 'rejected', stageReached: 'screen', appliedOn: '2026-10-01' },
    },
    {
      name: 'ghosted, then the employer wrote back',
      events: history(['applied', '2026-09-01'], ['ghosted', '2026-10-01'], ['screen', '2026-10-03']),
      expected: { status: 'screen', stageReached: 'screen', ending: null },
    },
    {
      name: 'same day: the one recorded later wins, whatever the stage names',
      events: history(['screen', '2026-10-01'], ['applied', '2026-10-01']),
      expected: { status: 'applied', lastEventOn: '2026-10-01' },
    },
    {
      name: 'an interview booked next week does not count yet',
      events: history(['applied', '2026-11-20'], ['interview', '2026-12-09']),
      expected: { status: 'applied', stageReached: 'applied', lastEventOn: '2026-11-20', nextEventOn: '2026-12-09', nextStage: 'interview' },
    },
    {
      name: 'a booked interview counts from its day',
      events: history(['applied', '2026-11-20'], ['interview', TODAY]),
      expected: { status: 'interview', stageReached: 'interview', lastEventOn: TODAY, nextEventOn: null, nextStage: null },
    },
    {
      name: 'two booked steps: the soonest is next, whatever order they were booked in',
      events: history(['applied', '2026-11-20'], ['final', '2026-12-20'], ['interview', '2026-12-09']),
      expected: { status: 'applied', nextEventOn: '2026-12-09', nextStage: 'interview' },
    },
    {
      name: 'the first event always counts (a time-zone change can put it a day ahead)',
      events: history(['applied', '2026-12-03']),
      expected: { status: 'applied', lastEventOn: '2026-12-03', nextEventOn: null },
    },
  ])('$name', ({ events, expected }) => {
    const result = deriveStatus(events, TODAY);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });
});

describe('the order of history', () => {
  it('reads by day, then in the order recorded', () => {
    const events = history(['interview', '2026-11-10'], ['applied', '2026-11-01'], ['screen', '2026-11-10']);
    expect(sortEvents(events).map((e) => e.stage)).toEqual(['applied', 'interview', 'screen']);
  });

  it('undo takes back the event recorded last, not the one dated last', () => {
    const events = history(['applied', '2026-11-01'], ['interview', '2026-12-09'], ['screen', '2026-11-25']);
    expect(lastRecorded(events)?.stage).toBe('screen');
    expect(lastRecorded([])).toBeUndefined();
  });

  it('lists the steps booked ahead, soonest first', () => {
    const events = history(['applied', '2026-11-01'], ['final', '2026-12-20'], ['interview', '2026-12-09'], ['screen', TODAY]);
    expect(upcomingEvents(events, TODAY).map((e) => e.stage)).toEqual(['interview', 'final']);
  });
});

describe('checkEventDay', () => {
  const events = history(['applied', '2026-11-01'], ['interview', TODAY], ['final', '2026-12-15']);

  it.each([
    { day: TODAY, ok: true }, // the same day as the latest step: read after it
    { day: '2026-12-10', ok: true }, // booked between today and another booked step
    { day: '2026-12-01', ok: false }, // before the interview that has happened
    { day: '2026-10-01', ok: false },
  ])('a new step on $day: ok=$ok', ({ day, ok }) => {
    expect(checkEventDay(events, day, TODAY).ok).toBe(ok);
  });

  it('names the latest step and its day, and says what to do', () => {
    const r = checkEventDay(events, '2026-12-01', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('Interview on 2 Dec 2026 is the latest step');
      expect(r.message).toContain('on or after 2 Dec 2026, or undo that step');
    }
  });

  it('allows anything on an empty history', () => {
    expect(checkEventDay([], '2020-01-01', TODAY).ok).toBe(true);
  });
});

describe('checkMove', () => {
  it.each([
    { current: null, next: 'applied', ok: true, noop: false },
    { current: 'applied', next: 'interview', ok: true, noop: false },
    { current: 'applied', next: 'applied', ok: true, noop: true },
    { current: 'interview', next: 'interview', ok: true, noop: false }, // another round
    { current: 'ghosted', next: 'screen', ok: true, noop: false },
    { current: 'rejected', next: 'interview', ok: false },
    { current: 'withdrawn', next: 'applied', ok: false },
    { current: 'accepted', next: 'interview', ok: false },
    { current: 'accepted', next: 'withdrawn', ok: true, noop: false },
  ] as const)('$current → $next', ({ current, next, ...expected }) => {
    expect(checkMove(current, next)).toMatchObject(expected);
  });

  it('books a second screen ahead while at the screen stage (not a repeat)', () => {
    expect(checkMove('screen', 'screen', true)).toEqual({ ok: true, noop: false });
  });

  it('explains why an ended application cannot move', () => {
    const r = checkMove('rejected', 'offer');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/already ended/);
  });

  it('endings and an accepted offer cancel the steps booked ahead', () => {
    const closing: Stage[] = ['rejected', 'withdrawn', 'ghosted', 'accepted'];
    expect(closing.every(cancelsBookedSteps)).toBe(true);
    expect(cancelsBookedSteps('offer')).toBe(false);
    expect(cancelsBookedSteps('interview')).toBe(false);
  });
});
