import { describe, expect, it } from 'vitest';
import { checkMove, deriveStatus, type EventForStatus } from './status.js';
import type { Stage } from './stages.js';

function history(...steps: [Stage, string][]): EventForStatus[] {
  return steps.map(([stage, occurredOn], i) => ({ stage, occurredOn, createdAt: `2026-01-01T00:00:0${i}.000Z` }));
}

describe('deriveStatus', () => {
  it.each([
    { name: 'no events', events: [], expected: null },
    {
      name: 'just applied',
      events: history(['applied', '2026-10-01']),
      expected: { status: 'applied', stageReached: 'applied', ending: null, appliedOn: '2026-10-01', lastEventOn: '2026-10-01' },
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
      name: 'same day: the later record wins',
      events: history(['applied', '2026-10-01'], ['screen', '2026-10-01']),
      expected: { status: 'screen', lastEventOn: '2026-10-01' },
    },
  ])('$name', ({ events, expected }) => {
    const result = deriveStatus(events);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
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

  it('explains why an ended application cannot move', () => {
    const r = checkMove('rejected', 'offer');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/already ended/);
  });
});
