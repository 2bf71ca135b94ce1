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

// ---- log-factorials: exact sums for small n, Stirling series beyond, cached ----

const EXACT_UP_TO = 1024;
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** The cache never grows past this (8 MB); larger n are computed on each call. */
const MAX_CACHED = 1 << 20;

/** ln(n!) by the Stirling series for ln Γ(n+1); the omitted terms are < 1e-17 for n ≥ 1024. */
function stirlingLogFactorial(n: number): number {
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) - n + 0.5 * Math.log(n) + HALF_LOG_2PI +
    inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)))
  );
}

/**
 * ln(k!) for k = 0 … length − 1, shared by every call. It grows (by doubling,
 * so a few times at most) to the largest n seen; each entry is the same value
 * `logFactorial` would compute, so caching changes no result.
 */
let logFactorials: Float64Array = (() => {
  const t = new Float64Array(EXACT_UP_TO);
  for (let i = 1; i < EXACT_UP_TO; i++) t[i] = (t[i - 1] ?? 0) + Math.log(i);
  return t;
})();

function logFactorialTable(n: number): Float64Array {
  if (n < logFactorials.length) return logFactorials;
  const size = Math.min(MAX_CACHED, Math.max(n + 1, logFactorials.length * 2));
  const t = new Float64Array(size);
  t.set(logFactorials);
  for (let i = logFactorials.length; i < size; i++) t[i] = stirlingLogFactorial(i);
  logFactorials = t;
  return t;
}

/** ln(n!) for a whole number n ≥ 0; relative error ~1e-15 up to millions. */
export function logFactorial(n: number): number {
  assertCount(n, 'n');
  if (n < EXACT_UP_TO) return logFactorials[n] ?? 0;
  return n < MAX_CACHED ? (logFactorialTable(n)[n] ?? 0) : stirlingLogFactorial(n);
}

/** A term of the sum no larger than this fraction of the observed table's probability cannot move the p-value. */
const NEGLIGIBLE = 1e-18;

/**
 * Two-sided Fisher exact test for the 2×2 table [[a, b], [c, d]]: the total
 * probability, with the margins fixed, of every table no more likely than the
 * observed one (a relative tolerance of 1e-7 treats ties as ties, as R does).
 *
 * The hypergeometric is unimodal and log-concave. The sum starts at the mode,
 * whose probability (and the observed table's) comes in log space from a cached
 * table of ln(k!), so counts in the hundreds of thousands stay exact and stable;
 * from there it walks outwards one table at a time with the ratio of neighbouring
 * terms (two products and a division per term, no logarithm or exponential), all
 * relative to the mode. A side stops once what is left of it, bounded by a
 * geometric series (the ratios only shrink away from the mode), is below
 * 1e-18 of the observed table's probability — or underflows to 0. The tail
 * therefore loses less than 1e-17 of itself, and the walk covers a few standard
 * deviations around the mode instead of the whole support.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  assertCount(a, 'a');
  assertCount(b, 'b');
  assertCount(c, 'c');
  assertCount(d, 'd');
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  if (lo === hi) return 1;
  // Terms shared by every table cancel after normalisation; keep only those that vary with x.
  const lf = n < MAX_CACHED ? logFactorialTable(n) : null;
  const f = lf ? (k: number): number => lf[k] ?? 0 : stirlingOrExact;
  const base = row2 - col1;
  const logP = (x: number): number => -(f(x) + f(row1 - x) + f(col1 - x) + f(base + x));
  const mode = Math.min(hi, Math.max(lo, Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2))));
  // Every weight is relative to the mode's (1); the observed one, and the bound for "no more likely".
  const observed = Math.exp(logP(a) - logP(mode));
  if (observed === 0) return 0; // beyond double precision: every visited term is more likely
  const threshold = observed * (1 + 1e-7);
  const negligible = observed * NEGLIGIBLE;
  let total = 1;
  let tail = 1 <= threshold ? 1 : 0;
  // Upwards: w(x + 1) = w(x) · (row1 − x)(col1 − x) / ((x + 1)(base + x + 1)).
  let w = 1;
  for (let x = mode; x < hi; x++) {
    const ratio = ((row1 - x) * (col1 - x)) / ((x + 1) * (base + x + 1));
    w *= ratio;
    if (w === 0) break;
    total += w;
    if (w <= threshold) tail += w;
    if (ratio < 1 && (w * ratio) / (1 - ratio) < negligible) break;
  }
  // Downwards: w(x − 1) = w(x) · x (base + x) / ((row1 − x + 1)(col1 − x + 1)).
  w = 1;
  for (let x = mode; x > lo; x--) {
    const ratio = (x * (base + x)) / ((row1 - x + 1) * (col1 - x + 1));
    w *= ratio;
    if (w === 0) break;
    total += w;
    if (w <= threshold) tail += w;
    if (ratio < 1 && (w * ratio) / (1 - ratio) < negligible) break;
  }
  return Math.min(1, tail / total);
}

function stirlingOrExact(k: number): number {
  return k < EXACT_UP_TO ? (logFactorials[k] ?? 0) : stirlingLogFactorial(k);
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
