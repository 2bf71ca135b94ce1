import { describe, expect, it } from 'vitest';
import { computeFunnel, stepConversion, type FunnelCounts } from './funnel.js';
import { wilsonInterval } from './stats.js';

const search: FunnelCounts = {
  byFurthestStage: { saved: 30, applied: 60, screen: 15, assessment: 5, interview: 12, final: 5, offer: 2, accepted: 1 },
  inProgressAt: { saved: 30, applied: 10, screen: 3, assessment: 1, interview: 2, final: 1, offer: 1 },
  withdrawnAt: { applied: 2, interview: 1 },
};

describe('computeFunnel', () => {
  const { funnel, conversions } = computeFunnel(search);

  it('counts applications that reached each stage or further, saved ones left out', () => {
    expect(funnel).toEqual([
      { stage: 'applied', reached: 100, inProgress: 10 },
      { stage: 'screen', reached: 40, inProgress: 3 },
      { stage: 'assessment', reached: 25, inProgress: 1 },
      { stage: 'interview', reached: 20, inProgress: 2 },
      { stage: 'final', reached: 8, inProgress: 1 },
      { stage: 'offer', reached: 3, inProgress: 1 },
      { stage: 'accepted', reached: 1, inProgress: 0 },
    ]);
  });

  it.each([
    // from, to, successes, trials (reached(from) − open at from − withdrawn at from), pending
    ['applied', 'screen', 40, 88, 10],
    ['screen', 'assessment', 25, 37, 3],
    ['assessment', 'interview', 20, 24, 1],
    ['interview', 'final', 8, 17, 2],
    ['final', 'offer', 3, 7, 1],
    ['offer', 'accepted', 1, 2, 1],
  ])('%s → %s: %i of %i, %i pending', (from, to, successes, trials, pending) => {
    const c = conversions.find((x) => x.from === from && x.to === to);
    expect(c).toMatchObject({ successes, trials, pending, rate: successes / trials });
    expect(c?.ci95).toEqual(wilsonInterval(successes, trials));
  });

  it('spans several stages for a coarser step', () => {
    // reached screen 40 − open at screen/assessment/interview (3+1+2) − withdrawn at interview (1)
    expect(stepConversion(search, 'screen', 'final')).toMatchObject({ successes: 8, trials: 33, pending: 6 });
    expect(() => stepConversion(search, 'final', 'screen')).toThrow(RangeError);
  });

  it('handles an empty search: no rate, the whole interval', () => {
    const empty = computeFunnel({ byFurthestStage: {}, inProgressAt: {} });
    expect(empty.funnel.every((r) => r.reached === 0)).toBe(true);
    expect(empty.conversions[0]).toMatchObject({ successes: 0, trials: 0, rate: null, ci95: [0, 1] });
  });

  it('does not count a search where everything is still open as failures', () => {
    const fresh = computeFunnel({ byFurthestStage: { applied: 12 }, inProgressAt: { applied: 12 } });
    expect(fresh.conversions[0]).toMatchObject({ successes: 0, trials: 0, pending: 12, rate: null });
  });

  it.each([
    [{ byFurthestStage: { applied: 3 }, inProgressAt: { applied: 4 } }, /exceed/],
    [{ byFurthestStage: { applied: 3 }, inProgressAt: { applied: 2 }, withdrawnAt: { applied: 2 } }, /exceed/],
    [{ byFurthestStage: { screen: -1 }, inProgressAt: {} }, /byFurthestStage.screen/],
    [{ byFurthestStage: { screen: 2.5 }, inProgressAt: {} }, /whole number/],
  ] satisfies [FunnelCounts, RegExp][])('rejects inconsistent counts %#', (counts, message) => {
    expect(() => computeFunnel(counts)).toThrow(message);
  });
});
