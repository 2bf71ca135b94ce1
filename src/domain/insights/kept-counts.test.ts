import { describe, expect, it } from 'vitest';
import { metricFlags, resolveKeptCounts, type KeptCountRow } from './kept-counts.js';

const row = (dimension: string, value: string, rank: number, outcome: KeptCountRow['outcome'], replied: boolean, count: number): KeptCountRow => ({
  dimension,
  value,
  rank,
  outcome,
  replied,
  count,
});

describe('resolving the kept counts', () => {
  it('turns waiting applications into silence, except the recent ones, which are in progress', () => {
    const rows = [
      row('', '', 0, 'in_progress', false, 2), // saved
      row('', '', 1, 'awaiting', false, 5),
      row('source', 'network', 1, 'awaiting', false, 3),
      row('source', 'job_board', 1, 'awaiting', false, 2),
      row('', '', 2, 'rejected', true, 1),
      row('source', 'network', 2, 'rejected', true, 1),
    ];
    const recent = [{ rank: 1, replied: false, values: { source: 'network' } }];
    const r = resolveKeptCounts(rows, recent);
    expect(r.totalApplications).toBe(8);
    expect(r.outcomes).toEqual(
      expect.arrayContaining([
        { rank: 1, outcome: 'silence', replied: false, count: 4 },
        { rank: 1, outcome: 'in_progress', replied: false, count: 1 },
        { rank: 2, outcome: 'rejected', replied: true, count: 1 },
      ]),
    );
    expect(r.outcomes).toHaveLength(3); // saved applications are not sent
    const network = r.segments.find((s) => s.value === 'network')!;
    // 2 silent + 1 rejected decided for response; the recent one is still in progress.
    expect(network.trials).toEqual({ response: 3, interview: 3, offer: 3 });
    expect(network.successes).toEqual({ response: 1, interview: 1, offer: 0 });
  });

  it('drops cells that add up to nothing', () => {
    const r = resolveKeptCounts([row('', '', 1, 'awaiting', false, 1), row('month', '2026-11', 1, 'awaiting', false, 1)], [
      { rank: 1, replied: false, values: { month: '2026-11' } },
    ]);
    expect(r.outcomes).toEqual([{ rank: 1, outcome: 'in_progress', replied: false, count: 1 }]);
    expect(r.segments).toEqual([
      { dimension: 'month', value: '2026-11', trials: { response: 0, interview: 0, offer: 0 }, successes: { response: 0, interview: 0, offer: 0 } },
    ]);
  });

  it('puts withdrawn applications that had not reached a step outside its population', () => {
    expect(metricFlags('withdrawn', 1, false)).toEqual({
      response: { trial: true, success: false },
      interview: { trial: false, success: false },
      offer: { trial: false, success: false },
    });
    expect(metricFlags('in_progress', 2, true).response).toEqual({ trial: true, success: true });
    expect(metricFlags('silence', 1, false).offer).toEqual({ trial: true, success: false });
  });
});
