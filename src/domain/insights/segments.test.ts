import { describe, expect, it } from 'vitest';
import { excitementBand, fitBand, monthKey } from './bands.js';
import { segmentLabel } from './segment-labels.js';
import { computeSegments, isMaterial, NOT_ENOUGH_EVIDENCE, type MetricTotals, type SegmentCountRow } from './segments.js';
import { fisherExactTwoSided } from './stats.js';

const totals = (n: number, response: number, interview: number, offer: number): MetricTotals => ({
  response: { successes: response, trials: n },
  interview: { successes: interview, trials: n },
  offer: { successes: offer, trials: n },
});

describe('computeSegments', () => {
  it('compares a group with the rest: rates, effect, p and q', () => {
    const rows: SegmentCountRow[] = [
      { dimension: 'referral', value: 'yes', metric: 'interview', successes: 21, trials: 50 },
      { dimension: 'referral', value: 'no', metric: 'interview', successes: 30, trials: 250 },
    ];
    const [yes, no] = computeSegments(rows, totals(300, 120, 51, 10));
    expect(yes).toMatchObject({ restSuccesses: 30, restTrials: 250, rate: 0.42, restRate: 0.12, highlight: true });
    expect(yes?.difference).toBeCloseTo(0.3, 12);
    expect(yes?.ratio).toBeCloseTo(3.5, 12);
    expect(yes?.pValue).toBeCloseTo(fisherExactTwoSided(21, 29, 30, 220), 15);
    // yes-vs-rest and no-vs-rest are one mirrored comparison: one test, q = p
    expect(yes?.qValue).toBe(yes?.pValue);
    expect(no?.pValue).toBeCloseTo(yes?.pValue ?? -1, 15);
    expect(yes?.summary).toBe('Referred applications reached an interview 42% of the time vs 12% otherwise.');
    expect(no?.summary).toBe('Applications without a referral reached an interview 12% of the time vs 42% otherwise.');
  });

  it('does not show groups that cover nobody or everybody', () => {
    const rows: SegmentCountRow[] = [
      { dimension: 'source', value: 'fax', metric: 'response', successes: 0, trials: 0 },
      { dimension: 'remote', value: 'remote', metric: 'response', successes: 4, trials: 10 },
    ];
    expect(computeSegments(rows, totals(10, 4, 1, 0))).toEqual([]);
  });

  it('says "not enough evidence" for a small difference, however significant', () => {
    const rows: SegmentCountRow[] = [
      { dimension: 'tailored', value: 'yes', metric: 'response', successes: 2_700, trials: 5_000 },
    ];
    const [row] = computeSegments(rows, totals(10_000, 5_200, 0, 0));
    expect(row?.qValue).toBeLessThan(0.001);
    expect(row).toMatchObject({ highlight: false, summary: NOT_ENOUGH_EVIDENCE });
  });

  it.each([
    [0.1, 5, 5, true],
    [-0.25, 40, 200, true],
    [0.09, 100, 100, false],
    [0.5, 4, 100, false],
    [0.5, 100, 4, false],
  ])('materiality: difference %f with %i and %i trials → %s', (difference, trials, restTrials, want) => {
    expect(isMaterial({ difference, trials, restTrials })).toBe(want);
  });

  it.each([
    [{ dimension: 'source', value: 'x', metric: 'offer', successes: 3, trials: 2 }, /does not fit/],
    [{ dimension: 'source', value: 'x', metric: 'offer', successes: 6, trials: 8 }, /does not fit/],
    [{ dimension: 'source', value: 'x', metric: 'offer', successes: -1, trials: 8 }, /successes/],
  ] satisfies [SegmentCountRow, RegExp][])('rejects rows that do not fit the totals %#', (row, message) => {
    expect(() => computeSegments([row], totals(20, 5, 5, 5))).toThrow(message);
  });
});

describe('segmentLabel', () => {
  it.each([
    ['source', 'job_board', 'Applications from job board'],
    ['referral', 'no', 'Applications without a referral'],
    ['tailored', 'yes', 'Applications with a tailored résumé'],
    ['resume_version', 'v3-short', 'Applications with résumé "v3-short"'],
    ['fit_band', 'high', 'Applications you rated high for fit'],
    ['excitement_band', 'low', 'Applications you felt low excitement about'],
    ['role_family', 'data', 'Applications for data roles'],
    ['seniority', 'senior', 'Applications for senior-level roles'],
    ['remote', 'hybrid', 'Applications for hybrid roles'],
    ['company_size', 'large', 'Applications to large companies'],
    ['company_size', '11-50', 'Applications to companies of 11-50 people'],
    ['company_size', '5000+', 'Applications to companies of 5000+ people'],
    ['company_size', 'unknown', 'Applications to companies of unknown size'],
    ['role_family', 'full-stack', 'Applications for full stack roles'],
    ['month', '2026-03', 'Applications sent in March 2026'],
  ] as const)('%s=%s → %s', (dimension, value, label) => {
    expect(segmentLabel(dimension, value)).toBe(label);
  });
});

describe('bands and months', () => {
  it.each([
    [1, 'low'],
    [2, 'low'],
    [3, 'mid'],
    [4, 'high'],
    [5, 'high'],
  ] as const)('rating %i → %s', (score, band) => {
    expect(fitBand(score)).toBe(band);
    expect(excitementBand(score)).toBe(band);
  });

  it.each([0, 6, 2.5, Number.NaN])('rejects rating %f', (score) => {
    expect(() => fitBand(score)).toThrow(/1 to 5/);
  });

  it('keys a day by its month', () => {
    expect(monthKey('2026-03-31')).toBe('2026-03');
    expect(monthKey(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11');
    expect(() => monthKey('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => monthKey(new Date('nope'))).toThrow(RangeError);
  });
});
