/**
 * Small, dependency-free statistics for insights. Everything here is a pure
 * function of counts or short lists of numbers; inputs that cannot be counts
 * throw a RangeError that says what was wrong.
 */

/** Two-sided 95% normal quantile. */
export const Z95 = 1.959964;

export function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0 (got ${value}).`);
  }
}

function assertSuccesses(successes: number, trials: number): void {
  assertCount(successes, 'successes');
  assertCount(trials, 'trials');
  if (successes > trials) {
    throw new RangeError(`successes (${successes}) cannot exceed trials (${trials}).`);
  }
}

/**
 * Wilson score interval for a binomial proportion. With no trials nothing is
 * known, so the interval is the whole [0, 1].
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z95): [number, number] {
  assertSuccesses(successes, trials);
  if (trials === 0) return [0, 1];
  const n = trials;
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const lo = successes === 0 ? 0 : Math.max(0, centre - half);
  const hi = successes === trials ? 1 : Math.min(1, centre + half);
  return [lo, hi];
}

// ---- log-factorials: exact table for small n, Stirling series beyond ----

const TABLE_SIZE = 1024;
const LOG_FACTORIAL_TABLE: readonly number[] = (() => {
  const t = [0];
  for (let i = 1; i < TABLE_SIZE; i++) t.push((t[i - 1] ?? 0) + Math.log(i));
  return t;
})();
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln(n!) for a whole number n ≥ 0; relative error ~1e-15 up to millions. */
export function logFactorial(n: number): number {
  assertCount(n, 'n');
  const cached = LOG_FACTORIAL_TABLE[n];
  if (cached !== undefined) return cached;
  // Stirling series for ln Γ(n+1); the omitted terms are < 1e-17 for n ≥ 1024.
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) - n + 0.5 * Math.log(n) + HALF_LOG_2PI +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)))
  );
}

/**
 * Two-sided Fisher exact test for the 2×2 table [[a, b], [c, d]]: the total
 * probability, with the margins fixed, of every table no more likely than the
 * observed one (a relative tolerance of 1e-7 treats ties as ties, as R does).
 * Probabilities are computed in log space and normalised over the support,
 * so tables with tens of thousands of counts stay exact and stable.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  Object.entries({ a, b, c, d }).forEach(([name, v]) => assertCount(v, name));
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  if (lo === hi) return 1;
  // Terms shared by every table cancel after normalisation; keep only those that vary with x.
  const logP = (x: number): number =>
    -(logFactorial(x) + logFactorial(row1 - x) + logFactorial(col1 - x) + logFactorial(row2 - col1 + x));
  const logs: number[] = [];
  let max = -Infinity;
  for (let x = lo; x <= hi; x++) {
    const l = logP(x);
    logs.push(l);
    if (l > max) max = l;
  }
  const observed = logP(a);
  const threshold = observed + Math.log1p(1e-7);
  let total = 0;
  let tail = 0;
  for (const l of logs) {
    const w = Math.exp(l - max);
    total += w;
    if (l <= threshold) tail += w;
  }
  return Math.min(1, tail / total);
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), returned in input order:
 * q(i) = min over ranks j ≥ rank(i) of p(j)·m/j, capped at 1.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value #${i} must lie in [0, 1] (got ${p}).`);
  });
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const q = new Array<number>(m).fill(1);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const item = order[rank - 1];
    if (!item) continue;
    running = Math.min(running, (item.p * m) / rank);
    q[item.i] = Math.max(item.p, running); // guards against p·m/m rounding below p
  }
  return q;
}

function sortedFinite(values: readonly number[]): number[] {
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new RangeError(`value #${i} must be a finite number (got ${v}).`);
  });
  return [...values].sort((x, y) => x - y);
}

/**
 * Sample quantile, Hyndman & Fan type 7 (the default of R and NumPy).
 * Returns null for an empty list.
 */
export function quantile(values: readonly number[], prob: number): number | null {
  if (!(prob >= 0 && prob <= 1)) throw new RangeError(`prob must lie in [0, 1] (got ${prob}).`);
  const xs = sortedFinite(values);
  if (xs.length === 0) return null;
  const h = (xs.length - 1) * prob;
  const lo = Math.floor(h);
  const below = xs[lo] ?? 0;
  const above = xs[Math.min(lo + 1, xs.length - 1)] ?? below;
  return below + (h - lo) * (above - below);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** Interquartile range (type-7 quartiles); null for an empty list. */
export function iqr(values: readonly number[]): number | null {
  const q1 = quantile(values, 0.25);
  const q3 = quantile(values, 0.75);
  return q1 === null || q3 === null ? null : q3 - q1;
}
