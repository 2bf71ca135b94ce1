import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  benjaminiHochberg,
  fisherExactTwoSided,
  iqr,
  logFactorial,
  median,
  quantile,
  wilsonInterval,
} from './stats.js';

describe('wilsonInterval', () => {
  // Published values (Newcombe 1998; Wikipedia "Binomial proportion confidence interval").
  it.each([
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
    [81, 263, 0.2553, 0.3662],
  ])('%i/%i → [%f, %f]', (x, n, lo, hi) => {
    const [l, h] = wilsonInterval(x, n);
    expect(l).toBeCloseTo(lo, 4);
    expect(h).toBeCloseTo(hi, 4);
  });

  it('knows nothing without trials', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
  });

  it.each([
    [-1, 3],
    [4, 3],
    [1.5, 3],
  ])('rejects %f of %i', (x, n) => {
    expect(() => wilsonInterval(x, n)).toThrow(RangeError);
  });

  it('contains the observed rate and stays inside [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.round(f * n);
        const [lo, hi] = wilsonInterval(x, n);
        return lo >= 0 && hi <= 1 && lo <= x / n + 1e-12 && x / n <= hi + 1e-12;
      }),
    );
  });
});

// Independent reference: exact hypergeometric probabilities with BigInt factorials.
function bigFactorial(n: number): bigint {
  let f = 1n;
  for (let i = 2n; i <= BigInt(n); i++) f *= i;
  return f;
}
function bruteForceFisher(a: number, b: number, c: number, d: number): number {
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const choose = (n: number, k: number): bigint => bigFactorial(n) / (bigFactorial(k) * bigFactorial(n - k));
  // weight(x) = C(r1, x)·C(r2, c1 − x) is an exact integer proportional to P(x).
  const weight = (x: number): bigint => choose(r1, x) * choose(r2, c1 - x);
  const lo = Math.max(0, c1 - r2);
  const hi = Math.min(r1, c1);
  const all: bigint[] = [];
  for (let x = lo; x <= hi; x++) all.push(weight(x));
  const obs = weight(a);
  const total = all.reduce((s, w) => s + w, 0n);
  const tail = all.filter((w) => w * 10_000_000n <= obs * 10_000_001n).reduce((s, w) => s + w, 0n);
  return Number((tail * 10n ** 15n) / total) / 1e15;
}

describe('fisherExactTwoSided', () => {
  it.each([
    // Fisher's lady tasting tea, and other tables checked against scipy.stats.fisher_exact.
    [3, 1, 1, 3, 0.485714285714],
    [1, 9, 11, 3, 0.002759456185],
    [2, 0, 0, 2, 0.333333333333],
    [0, 5, 5, 0, 0.007936507937],
    [7, 12, 0, 1, 1],
    [10, 10, 10, 10, 1],
    [18, 42, 24, 216, 0.0002450963877],
    [120, 380, 95, 405, 0.06453413071625],
    [5000, 15000, 5200, 14800, 0.02243731474272],
    [20000, 10000, 19800, 10200, 0.0855874570983],
  ])('(%i, %i, %i, %i) → %f', (a, b, c, d, p) => {
    expect(fisherExactTwoSided(a, b, c, d)).toBeCloseTo(p, 9);
  });

  it('is 1 when a margin is empty', () => {
    expect(fisherExactTwoSided(0, 0, 3, 4)).toBe(1);
    expect(fisherExactTwoSided(0, 0, 0, 0)).toBe(1);
  });

  it('agrees with brute-force enumeration on small tables', () => {
    const cell = fc.integer({ min: 0, max: 14 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        expect(fisherExactTwoSided(a, b, c, d)).toBeCloseTo(bruteForceFisher(a, b, c, d), 10);
      }),
      { numRuns: 300 },
    );
  });

  it('is a probability and is symmetric under swapping rows or columns', () => {
    const cell = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExactTwoSided(a, b, c, d);
        expect(p).toBeGreaterThanOrEqual(0); // may underflow to 0 for extreme tables
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExactTwoSided(c, d, a, b)).toBeCloseTo(p, 10);
        expect(fisherExactTwoSided(b, a, d, c)).toBeCloseTo(p, 10);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * The previous implementation, kept as the reference: every term from ln(k!) and an exponential,
 * walking out from the mode until the terms underflow (e^-746 of the mode).
 */
function fisherByExponentials(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  if (lo === hi) return 1;
  const base = row2 - col1;
  const logP = (x: number): number => -(logFactorial(x) + logFactorial(row1 - x) + logFactorial(col1 - x) + logFactorial(base + x));
  const mode = Math.min(hi, Math.max(lo, Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2))));
  const max = logP(mode);
  const threshold = logP(a) + Math.log1p(1e-7);
  let total = 0;
  let tail = 0;
  const visit = (x: number): boolean => {
    const l = logP(x);
    if (l - max < -746) return false;
    const w = Math.exp(l - max);
    total += w;
    if (l <= threshold) tail += w;
    return true;
  };
  for (let x = mode; x <= hi && visit(x); x++);
  for (let x = mode - 1; x >= lo && visit(x); x--);
  return Math.min(1, tail / total);
}

/** Equal within 1e-9 of the larger, or both below 1e-300 (where the old sum ran into subnormal numbers). */
function expectSameP(actual: number, expected: number): void {
  if (Math.max(actual, expected) < 1e-300) return;
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(actual, expected));
}

describe('fisherExactTwoSided by ratios, against the sum of exponentials', () => {
  it('gives the same p on edge tables', () => {
    const tables: [number, number, number, number][] = [
      [0, 1, 1, 0], [1, 0, 0, 1], [0, 0, 0, 5], [0, 200_000, 0, 1], [1, 0, 0, 200_000],
      [100_000, 100_000, 100_000, 100_000], [100_000, 100_001, 100_001, 100_000],
      [40_000, 0, 0, 160_000], [0, 40_000, 160_000, 0], [39_990, 10, 12, 159_988],
      [1, 199_999, 0, 200_000], [3, 5, 150_000, 50_000], [25_000, 15_000, 80_000, 80_000],
      [60, 60, 70_000, 70_000], [2, 2, 2, 2], [7, 12, 0, 1], [500, 0, 499, 1],
      [12_345, 67_890, 12_400, 67_835], [1000, 1000, 1300, 700], [1000, 1000, 1000, 1000],
    ];
    for (const [a, b, c, d] of tables) {
      expectSameP(fisherExactTwoSided(a, b, c, d), fisherByExponentials(a, b, c, d));
      expectSameP(fisherExactTwoSided(d, c, b, a), fisherByExponentials(d, c, b, a));
    }
  });

  it('gives the same p on random tables, small to cohort-sized', () => {
    const table = (max: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), fc.integer({ min: 0, max }));
    for (const max of [20, 500, 20_000, 150_000]) {
      fc.assert(
        fc.property(table(max), ([a, b, c, d]) => expectSameP(fisherExactTwoSided(a, b, c, d), fisherByExponentials(a, b, c, d))),
        { numRuns: max > 10_000 ? 60 : 300 },
      );
    }
  });

  it('gives the same p near the null, where a segment of a large cohort usually is', () => {
    // A segment of `size` out of `total` with a rate close to the rest's: p from tiny to 1.
    const near = fc.record({
      total: fc.integer({ min: 1_000, max: 250_000 }),
      share: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
      rate: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      shift: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
    });
    fc.assert(
      fc.property(near, ({ total, share, rate, shift }) => {
        const size = Math.max(1, Math.round(total * share));
        const rest = total - size;
        const a = Math.min(size, Math.max(0, Math.round(size * (rate + shift))));
        const c = Math.min(rest, Math.max(0, Math.round(rest * rate)));
        expectSameP(fisherExactTwoSided(a, size - a, c, rest - c), fisherByExponentials(a, size - a, c, rest - c));
      }),
      { numRuns: 200 },
    );
  });
});

describe('logFactorial', () => {
  it('joins the exact table and the Stirling series smoothly', () => {
    let sum = 0;
    for (let i = 1; i <= 2000; i++) sum += Math.log(i);
    expect(logFactorial(2000)).toBeCloseTo(sum, 8);
    expect(logFactorial(1024) - logFactorial(1023)).toBeCloseTo(Math.log(1024), 10);
  });
});

describe('benjaminiHochberg', () => {
  it('matches a hand-worked example, in input order', () => {
    // sorted p: .01 .02 .03 .04 .20 (m = 5) → p·m/rank: .05 .05 .05 .05 .20
    // then the running minimum from the top keeps them; capped at 1.
    const q = benjaminiHochberg([0.04, 0.01, 0.2, 0.03, 0.02]);
    [0.05, 0.05, 0.2, 0.05, 0.05].forEach((want, i) => expect(q[i]).toBeCloseTo(want, 12));
  });

  it('takes the running minimum from the largest p downwards', () => {
    // sorted: .001 .008 .039 .041 .042 .06 (m = 6) → .006 .024 .078 .0615 .0504 .06
    const q = benjaminiHochberg([0.039, 0.001, 0.06, 0.008, 0.042, 0.041]);
    [0.0504, 0.006, 0.06, 0.024, 0.0504, 0.0504].forEach((want, i) => expect(q[i]).toBeCloseTo(want, 12));
  });

  it('handles an empty list and rejects impossible p-values', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(() => benjaminiHochberg([0.2, 1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });

  it('gives q ≥ p, q ≤ 1, and q monotone in p', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (ps) => {
        const q = benjaminiHochberg(ps);
        ps.forEach((p, i) => {
          expect(q[i]).toBeGreaterThanOrEqual(p);
          expect(q[i]).toBeLessThanOrEqual(1);
        });
        const idx = ps.map((_, i) => i).sort((x, y) => (ps[x] ?? 0) - (ps[y] ?? 0));
        for (let k = 1; k < idx.length; k++) {
          expect(q[idx[k] ?? 0]).toBeGreaterThanOrEqual(q[idx[k - 1] ?? 0] ?? 0);
        }
      }),
    );
  });
});

describe('median, quantile (type 7), iqr', () => {
  it.each([
    [[], null, null],
    [[4], 4, 0],
    [[3, 1, 2], 2, 1],
    [[1, 2, 3, 4], 2.5, 1.5],
    [[7, 15, 36, 39, 40, 41], 37.5, 19.5],
  ])('%j → median %s, iqr %s', (xs, med, spread) => {
    expect(median(xs)).toBe(med);
    expect(iqr(xs)).toBe(spread);
  });

  it('matches R quantile(type = 7)', () => {
    // R: quantile(c(1, 3, 5, 8, 13, 21), c(.1, .9)) → 2, 17
    expect(quantile([13, 1, 8, 3, 21, 5], 0.1)).toBeCloseTo(2, 12);
    expect(quantile([13, 1, 8, 3, 21, 5], 0.9)).toBeCloseTo(17, 12);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
  });
});
