import { describe, expect, it } from 'vitest';
import { compareBeforeAfter, MIN_OUTCOMES } from './did-it-help.js';

describe('did it help? (before / after)', () => {
  it('before the action is done there is nothing to compare', () => {
    const r = compareBeforeAfter('interview', null, { converted: 1, stopped: 9, open: 0 }, { converted: 0, stopped: 0, open: 0 });
    expect(r.verdict).toBe('not_done');
    expect(r.summary).toMatch(/When you mark this done/);
  });

  it('says too early, and how many more outcomes are needed, until both sides have enough', () => {
    const r = compareBeforeAfter('interview', '2026-11-01', { converted: 1, stopped: 9, open: 0 }, { converted: 1, stopped: 1, open: 3 });
    expect(r.verdict).toBe('too_early');
    expect(r.moreNeeded).toBe(MIN_OUTCOMES - 2);
    expect(r.summary).toMatch(/^Too early to tell: about 6 more outcomes needed \(so far 2 known outcomes after and 10 before\)/);
    expect(r.after).toMatchObject({ converted: 1, outcomes: 2, open: 3, rate: 0.5 });
    expect(r.pValue).toBeNull();
  });

  it('a clear rise is reported as "after", with intervals and the Fisher p-value', () => {
    const r = compareBeforeAfter('interview', '2026-09-01', { converted: 1, stopped: 14, open: 0 }, { converted: 8, stopped: 4, open: 1 });
    expect(r.verdict).toBe('higher_after');
    expect(r.pValue).toBeCloseTo(0.0024, 3);
    expect(r.after.interval[0]).toBeGreaterThan(0.35);
    expect(r.before.interval[1]).toBeLessThan(0.35);
    expect(r.summary).toContain('After you finished it: 8 of 12 (67%');
    expect(r.summary).toContain('"after", not "because"');
    expect(r.summary).not.toMatch(/ because of /);
  });

  it('a small gap is no clear difference', () => {
    const r = compareBeforeAfter('applied', '2026-09-01', { converted: 3, stopped: 7, open: 0 }, { converted: 4, stopped: 6, open: 0 });
    expect(r.verdict).toBe('no_clear_difference');
    expect(r.pValue).toBe(1);
    expect(r.summary).toMatch(/No clear difference yet \(p = 1\.00\)/);
  });

  it('a clear fall is not blamed on the action', () => {
    const r = compareBeforeAfter('screen', '2026-09-01', { converted: 9, stopped: 1, open: 0 }, { converted: 1, stopped: 9, open: 0 });
    expect(r.verdict).toBe('lower_after');
    expect(r.summary).toMatch(/does not mean the action hurt/);
  });
});
