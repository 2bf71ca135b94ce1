import { describe, expect, it } from 'vitest';
import { PROGRESS_STAGES } from '../applications/stages.js';
import { readBottleneck } from './bottleneck.js';
import type { FunnelCounts, StageCounts } from './funnel.js';

/** Ended applications by furthest stage, plus optional open ones. */
function counts(ended: StageCounts, open: StageCounts = {}): FunnelCounts {
  const byFurthestStage: StageCounts = { ...ended };
  for (const stage of PROGRESS_STAGES) {
    const n = open[stage];
    if (n !== undefined) byFurthestStage[stage] = (byFurthestStage[stage] ?? 0) + n;
  }
  return { byFurthestStage, inProgressAt: open };
}

describe('readBottleneck', () => {
  it.each([
    // name, counts, stage, area, message pattern
    ['12 applications: too early', counts({ applied: 10, screen: 2 }), null, null, /Add about 8 more applications before/],
    [
      'open applications are not evidence yet',
      counts({ applied: 6, screen: 1 }, { applied: 5 }),
      null,
      null,
      /Add about 13 more applications \(or wait for answers on the 5 still open\)/,
    ],
    ['many applications, almost no calls', counts({ applied: 38, screen: 2 }), 'applied', 'targeting', /résumé, the roles you pick/],
    ['no calls at all', counts({ applied: 25 }), 'applied', 'targeting', /0 of 25 led to a first call/],
    [
      'calls but few finals',
      counts({ applied: 40, screen: 8, interview: 11, final: 1 }),
      'interview',
      'interviews',
      /1 of 20 conversations reached a final round/,
    ],
    [
      'finals without offers',
      counts({ applied: 60, screen: 10, interview: 10, final: 6 }),
      'final',
      'final_round',
      /0 of 6 finals became offers/,
    ],
    [
      'healthy so far, too few conversations to judge interviews',
      counts({ applied: 26, screen: 4 }),
      null,
      null,
      /about 4 more conversations with an outcome before it can say how the step from screen to final round/,
    ],
    [
      'every step near par',
      counts({ applied: 60, screen: 14, interview: 8, final: 5, offer: 1, accepted: 2 }),
      null,
      null,
      /No step stands out/,
    ],
  ] as const)('%s', (_name, input, stage, area, message) => {
    const result = readBottleneck(input);
    expect(result.stage).toBe(stage);
    expect(result.area).toBe(area);
    expect(result.message).toMatch(message);
  });

  it('shows its evidence, including the uncertainty it was read with', () => {
    const result = readBottleneck(counts({ applied: 38, screen: 2 }));
    expect(result.evidence.decidedApplications).toBe(40);
    expect(result.evidence.applicationsNeeded).toBe(0);
    const targeting = result.evidence.areas.find((a) => a.area === 'targeting');
    expect(targeting).toMatchObject({ successes: 2, trials: 40, rate: 0.05, enoughEvidence: true });
    expect(result.message).toMatch(/anywhere from 1% to 17%/);
  });

  it('never returns a verdict below the minimum, however stark the numbers look', () => {
    for (let n = 0; n < 20; n++) {
      const result = readBottleneck(counts({ applied: n }));
      expect(result.stage).toBeNull();
      expect(result.evidence.applicationsNeeded).toBe(20 - n);
    }
  });
});
