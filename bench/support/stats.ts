/** Small helpers shared by the benchmarks. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const idx = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[idx] ?? Number.NaN;
}

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Completed calls per second of wall time. */
  rps: number;
}

function summarise(times: number[], wallMs: number): Timing {
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? Number.NaN,
    mean: times.reduce((s, t) => s + t, 0) / times.length, rps: (times.length * 1000) / wallMs,
  };
}

/**
 * Calls `fn` n times, one after the other. `fn` may return a number: the
 * milliseconds to count for that call (when it does untimed work after, such
 * as undoing what it wrote).
 */
export async function timeMany(n: number, fn: (i: number) => Promise<void | number>): Promise<Timing> {
  const times: number[] = [];
  const start = performance.now();
  let untimed = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const own = await fn(i);
    const spent = performance.now() - t0;
    times.push(typeof own === 'number' ? own : spent);
    if (typeof own === 'number') untimed += spent - own;
  }
  return summarise(times, performance.now() - start - untimed);
}

/** n calls spread over `clients` concurrent loops (call i goes to whichever loop is free). */
export async function timeConcurrent(n: number, clients: number, fn: (i: number) => Promise<void | number>): Promise<Timing> {
  const times: number[] = [];
  let next = 0;
  const start = performance.now();
  const loop = async (): Promise<void> => {
    while (next < n) {
      const i = next++;
      const t0 = performance.now();
      const own = await fn(i);
      times.push(typeof own === 'number' ? own : performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return summarise(times, performance.now() - start);
}

/** A table cell as printed: numbers to two decimals, or none from 100 up. */
export function formatCell(c: string | number): string {
  return typeof c === 'number' ? c.toFixed(c >= 100 ? 0 : 2) : c;
}

export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map(formatCell))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) => `| ${r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}
