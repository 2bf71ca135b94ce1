import { describe, expect, it } from 'vitest';
import { roundForNewInterview, roundsAfterRemoval } from './rounds.js';

describe('interview rounds follow the days', () => {
  const jan = { id: 'jan', day: '2027-01-10', round: 1 };
  it('numbers an interview after the earlier ones, moving none when it is the latest', () => {
    expect(roundForNewInterview([], '2026-12-01')).toEqual({ round: 1, renumbered: [] });
    expect(roundForNewInterview([jan], '2027-01-12')).toEqual({ round: 2, renumbered: [] });
  });
  it('puts an interview booked before a later one first, and moves the later one up', () => {
    expect(roundForNewInterview([jan], '2026-12-20')).toEqual({ round: 1, renumbered: [{ id: 'jan', round: 2 }] });
  });
  it('places a second interview on the same day after the first', () => {
    expect(roundForNewInterview([jan], '2027-01-10')).toEqual({ round: 2, renumbered: [] });
  });
  it('closes the gap when an interview is taken back', () => {
    const dec = { id: 'dec', day: '2026-12-20', round: 1 };
    const moved = { ...jan, round: 2 };
    expect(roundsAfterRemoval([dec, moved], dec)).toEqual([{ id: 'jan', round: 1 }]);
    expect(roundsAfterRemoval([dec, moved], moved)).toEqual([]);
    expect(roundsAfterRemoval([dec], { id: 'x', day: '2026-12-01', round: null })).toEqual([]);
  });
});
