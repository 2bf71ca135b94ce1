import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeResponse, computeResponseOfCounts, daySpread, daySpreadOfCounts, type ResponseCounts } from './response.js';
import { quantile, wilsonInterval } from './stats.js';

describe('computeResponse', () => {
  const result = computeResponse(
    { sent: 50, replied: 27, ghosted: 15, awaiting: 8 },
    {
      daysToFirstReply: [3, 1, 14, 7, 5, 2, 30],
      rejections: [
        { stage: 'interview', days: 6 },
        { stage: 'applied', days: 12 },
        { stage: 'interview', days: 10 },
        { stage: 'applied', days: 20 },
        { stage: 'applied', days: 4 },
        { stage: 'interview', days: 2 },
      ],
    },
  );

  it('leaves applications still inside the waiting window out of both rates', () => {
    expect(result.responseRate).toEqual({ successes: 27, trials: 42, rate: 27 / 42, ci95: wilsonInterval(27, 42) });
    expect(result.ghostingRate).toMatchObject({ successes: 15, trials: 42, rate: 15 / 42 });
    expect(result.awaiting).toBe(8);
  });

  it('gives median and quartiles of days to the first reply', () => {
    // sorted: 1 2 3 5 7 14 30 → type-7 quartiles at positions 1.5 and 4.5
    expect(result.firstReplyDays).toEqual({ n: 7, median: 5, q1: 2.5, q3: 10.5, iqr: 8, min: 1, max: 30 });
  });

  it('groups days to rejection by stage, in funnel order', () => {
    expect(result.rejectionDaysByStage.map((r) => [r.stage, r.n, r.median])).toEqual([
      ['applied', 3, 12],
      ['interview', 3, 6],
    ]);
  });

  // (a guard against a hang, not a measure of speed: copying the list per item took minutes)
  it('groups tens of thousands of rejections', { timeout: 20_000 }, () => {
    const stages = ['applied', 'screen', 'interview'] as const;
    const rejections = Array.from({ length: 60_000 }, (_, i) => ({ stage: stages[i % 3]!, days: i % 30 }));
    const big = computeResponse({ sent: 60_000, replied: 40_000, ghosted: 0, awaiting: 0 }, { daysToFirstReply: [], rejections });
    expect(big.rejectionDaysByStage.map((r) => [r.stage, r.n])).toEqual([['applied', 20_000], ['screen', 20_000], ['interview', 20_000]]);
  });

  it('reports no numbers, rather than zeros, when there are no data', () => {
    const empty = computeResponse({ sent: 0, replied: 0, ghosted: 0, awaiting: 0 }, { daysToFirstReply: [], rejections: [] });
    expect(empty.responseRate).toMatchObject({ rate: null, ci95: [0, 1] });
    expect(empty.firstReplyDays).toEqual({ n: 0, median: null, q1: null, q3: null, iqr: null, min: null, max: null });
    expect(empty.rejectionDaysByStage).toEqual([]);
  });

  it.each([
    [{ sent: 10, replied: 6, ghosted: 3, awaiting: 2 }, /exceed/],
    [{ sent: 10, replied: -1, ghosted: 0, awaiting: 0 }, /replied/],
  ] satisfies [ResponseCounts, RegExp][])('rejects inconsistent counts %#', (counts, message) => {
    expect(() => computeResponse(counts, { daysToFirstReply: [], rejections: [] })).toThrow(message);
  });

  it('rejects negative or fractional day counts', () => {
    expect(() => daySpread([3, -2])).toThrow(/days #1/);
    expect(() => daySpread([1.5])).toThrow(RangeError);
  });

  it('computes the spreads from counts per number of days exactly as from the list they count', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ days: fc.nat(400), count: fc.nat(50) }), { maxLength: 30 }), (counts) => {
        const list = counts.flatMap(({ days, count }) => Array.from({ length: count }, () => days));
        const spread = daySpreadOfCounts(counts);
        expect(spread).toEqual(daySpread(list));
        // The type-7 quantiles of the written-out list, by the general definition.
        expect(spread.median).toBe(quantile(list, 0.5));
        expect(spread.q1).toBe(quantile(list, 0.25));
        expect(spread.max).toBe(quantile(list, 1));
      }),
    );
  });

  it('costs what the number of distinct days costs, not the number of applications', () => {
    // two thousand billion applications: a spread that listed one day per application could not even hold them
    const counts = [{ days: 3, count: 2_000_000_000_000 }, { days: 10, count: 1_000_000_000_000 }, { days: 40, count: 1 }];
    const spread = daySpreadOfCounts(counts);
    expect(spread).toEqual({ n: 3_000_000_000_001, median: 3, q1: 3, q3: 10, iqr: 7, min: 3, max: 40 });
    const fromCounts = computeResponseOfCounts({ sent: 10, replied: 4, ghosted: 2, awaiting: 1 }, { firstReply: [{ days: 5, count: 4 }], rejections: [{ stage: 'interview', days: 7, count: 2 }, { stage: 'screen', days: 2, count: 0 }] });
    expect(fromCounts).toEqual(computeResponse({ sent: 10, replied: 4, ghosted: 2, awaiting: 1 }, { daysToFirstReply: [5, 5, 5, 5], rejections: [{ stage: 'interview', days: 7 }, { stage: 'interview', days: 7 }] }));
  });

  it('rejects negative or fractional counts of applications', () => {
    expect(() => daySpreadOfCounts([{ days: 3, count: -1 }])).toThrow(/count #0/);
    expect(() => daySpreadOfCounts([{ days: 2.5, count: 1 }])).toThrow(/days #0/);
  });
});
