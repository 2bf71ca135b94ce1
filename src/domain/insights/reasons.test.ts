import { describe, expect, it } from 'vitest';
import { computeReasons, computeThemes, monthSpan, NON_INFORMATIVE_REASONS } from './reasons.js';
import { wilsonInterval } from './stats.js';

describe('monthSpan', () => {
  it.each([
    [['2026-03', '2026-01'], ['2026-01', '2026-02', '2026-03']],
    [['2025-11', '2026-02'], ['2025-11', '2025-12', '2026-01', '2026-02']],
    [['2026-05'], ['2026-05']],
    [[], []],
  ])('%j → %j', (keys, months) => {
    expect(monthSpan(keys)).toEqual(months);
  });
});

describe('computeReasons', () => {
  it('marks "no reason given" as not informative', () => {
    expect(NON_INFORMATIVE_REASONS).toEqual(['generic']);
  });

  it('adds up months, keeps gaps and gives the outside share its Wilson interval', () => {
    const r = computeReasons(
      [
        { month: '2026-01', reason: 'skills_gap', count: 2, outside: 0 },
        { month: '2026-03', reason: 'internal_candidate', count: 3, outside: 3 },
        { month: '2026-03', reason: 'generic', count: 4, outside: 4 },
      ],
      [
        { month: '2026-01', rejections: 2, withReasons: 2, outside: 0 },
        { month: '2026-03', rejections: 7, withReasons: 3, outside: 3 },
      ],
    );
    expect(r).toMatchObject({ available: true, rejections: 9, withReasons: 5, noReasonGiven: 4, outsideControlShare: 0.6 });
    expect(r.outsideControl.ci95).toEqual(wilsonInterval(3, 5));
    expect(r.reasons.map((x) => [x.reason, x.count, x.share])).toEqual([['internal_candidate', 3, 0.6], ['skills_gap', 2, 0.4], ['generic', 4, null]]);
    expect(r.trend.map((m) => [m.month, m.rejections])).toEqual([['2026-01', 2], ['2026-02', 0], ['2026-03', 7]]);
  });

  it('reports nothing, rather than zeros, with no debriefs', () => {
    const r = computeReasons([], []);
    expect(r).toMatchObject({ available: false, outsideControlShare: null, reasons: [], trend: [] });
  });

  it('rejects month rows that do not nest', () => {
    expect(() => computeReasons([], [{ month: '2026-01', rejections: 1, withReasons: 2, outside: 0 }])).toThrow(RangeError);
  });
});

describe('computeThemes', () => {
  it('counts applications per theme, most frequent first, month by month', () => {
    const t = computeThemes(
      [
        { month: '2026-02', slug: 'a', label: 'Alpha', count: 1 },
        { month: '2026-04', slug: 'b', label: 'Beta', count: 2 },
        { month: '2026-04', slug: 'a', label: 'Alpha', count: 2 },
      ],
      4,
    );
    expect(t.themes).toEqual([{ slug: 'a', label: 'Alpha', applications: 3 }, { slug: 'b', label: 'Beta', applications: 2 }]);
    expect(t.trend.map((m) => m.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(t.trend[2]?.counts).toEqual({ b: 2, a: 2 });
  });
});
