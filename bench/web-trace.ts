/**
 * `npx tsx bench/web-trace.ts <base url> [--runs 3] [page paths…]`: where a cold load's time goes, per page.
 *
 * Each run opens the page in a fresh browser context with Chromium's performance trace on, and reads:
 * - from the page's own clock (Navigation and Resource Timing): the HTML's first byte and its end
 *   (the first data is in the HTML, ADR 0043), the entry script's arrival, the document ready, the
 *   API requests the page still made, and the first element drawn from the data ("content");
 * - from the trace, the renderer's main thread from navigation start to the content, by what it did
 *   (self time of each task, so nothing counts twice): compiling scripts (on the main thread: lazy
 *   functions and the optimising tiers; the first parse streams on another thread), evaluating the
 *   modules (the scripts' top level), running the rest of the script (React rendering, effects,
 *   the query cache), styles and layout, parsing the HTML and the styles, garbage collection; what
 *   is left is waiting (the network, the server, the other processes of a busy machine).
 *
 * One line per run, then the medians per page as a table, and the same split in the main thread's CPU time
 * (the spans' thread time: steadier than wall time on a shared machine, where other processes stretch it).
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../tests/support/e2e.js';
import { percentile, printTable } from './support/stats.js';

const CONTENT: Record<string, string> = {
  '/board': '[data-testid="board-card"]',
  '/applications': '[data-testid="application-row"]',
  '/insights': '[data-testid="bottleneck"]',
  '/': '[data-testid="home"]',
};

/** What the main thread did, by trace event name. Anything else counts as "other". */
const KINDS: Record<string, string> = {
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceModuleCache': 'compile',
  'v8.produceCache': 'compile',
  'V8.ParseFunction': 'compile',
  EvaluateScript: 'evaluate',
  'v8.evaluateModule': 'evaluate',
  FunctionCall: 'run',
  TimerFire: 'run',
  RunMicrotasks: 'run',
  EventDispatch: 'run',
  'v8.run': 'run',
  'v8.callFunction': 'run',
  FireAnimationFrame: 'run',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'style',
  PrePaint: 'style',
  Paint: 'style',
  Layerize: 'style',
  UpdateLayer: 'style',
  UpdateLayerTree: 'style',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'parse',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCFinalizeMC': 'gc',
  BlinkGC: 'gc',
};
/** V8's own work by prefix: the optimising compiler's interrupts count as compiling, its collectors as GC. */
function kindByPrefix(name: string): string {
  if (name.startsWith('V8.GC')) return 'gc';
  if (name.startsWith('V8.BytecodeBudgetInterrupt') || name === 'V8.HandleInterrupts' || name === 'V8.DeoptimizeCode' || name.startsWith('V8.Compile')) return 'compile';
  return 'other';
}
const COLUMNS = ['compile', 'evaluate', 'run', 'style', 'parse', 'gc', 'other'] as const;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the span's time on the CPU (a busy machine stretches `dur`, not this). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string; isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

/** Self time (ms) of the main thread's tasks between two trace instants, by kind. */
/** With TRACE_OTHER=1, the names counted as "other" and their self time (to sort new ones into KINDS). */
const others = new Map<string, number>();

function mainThreadSplit(events: TraceEvent[], pid: number, tid: number, from: number, to: number, clock: 'wall' | 'cpu' = 'wall'): Record<(typeof COLUMNS)[number], number> {
  const out = { compile: 0, evaluate: 0, run: 0, style: 0, parse: 0, gc: 0, other: 0 };
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts < to && e.ts + e.dur > from)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // A stack of open spans: each span's own time is its length minus its children's.
  // `length` is the span's wall time within the window, or its thread time (scaled to the part within the window).
  const stack: { end: number; kind: string; child: number; start: number; name: string; length: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= upTo) {
      const s = stack.pop()!;
      const own = Math.max(0, s.length - s.child);
      if (s.kind) out[s.kind as keyof typeof out] += own / 1000;
      if (s.kind === 'other' && clock === 'wall') others.set(s.name, (others.get(s.name) ?? 0) + own / 1000);
      const parent = stack[stack.length - 1];
      if (parent) parent.child += s.length;
    }
  };
  for (const e of spans) {
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + e.dur!, to);
    close(start);
    const kind = KINDS[e.name] ?? (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' ? '' : kindByPrefix(e.name));
    // A top-level task's own time is bookkeeping, not work: it is left out (kind '').
    const wall = end - start;
    const length = clock === 'cpu' && e.tdur !== undefined && e.dur! > 0 ? (e.tdur * wall) / e.dur! : wall;
    stack.push({ start, end, kind, child: 0, name: e.name, length });
  }
  close(Number.POSITIVE_INFINITY);
  return out;
}

async function traced(page: Page, url: string, selector: string) {
  await page.addInitScript({
    content: `(() => {
      const selector = ${JSON.stringify(selector)};
      window.__marks = {};
      const watch = new MutationObserver(() => {
        if (window.__marks.content === undefined && document.querySelector(selector)) {
          window.__marks.content = performance.now();
          performance.mark('trace:content');
          watch.disconnect();
        }
      });
      watch.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => { window.__marks.dcl = performance.now(); });
    })();`,
  });
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'loading'],
  });
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as { __marks?: { content?: number } }).__marks?.content, undefined, { timeout: 60_000 });
  const buffer = await browser.stopTracing();
  const marks = await page.evaluate(() => {
    interface Entry { name: string; startTime: number; responseStart: number; responseEnd: number }
    const g = globalThis as unknown as { __marks: Record<string, number>; performance: { getEntriesByType: (t: string) => Entry[] } };
    const nav = g.performance.getEntriesByType('navigation')[0]!;
    const res = g.performance.getEntriesByType('resource').map((r) => ({ name: r.name.replace(/^https?:\/\/[^/]+/, ''), start: r.startTime, end: r.responseEnd }));
    return { firstByte: nav.responseStart, html: nav.responseEnd, dcl: g.__marks.dcl ?? 0, content: g.__marks.content!, res };
  });
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const contentMark = events.find((e) => e.name === 'trace:content');
  if (!contentMark) throw new Error('the trace holds no content mark');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === contentMark.pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid ?? contentMark.tid;
  const to = contentMark.ts;
  const from = to - marks.content * 1000;
  const split = mainThreadSplit(events, contentMark.pid, tid, from, to);
  const cpu = mainThreadSplit(events, contentMark.pid, tid, from, to, 'cpu');
  const entry = marks.res.find((r) => /\/assets\/index-.*\.js$/.test(r.name));
  const api = marks.res.filter((r) => r.name.startsWith('/api/'));
  return { ...marks, entryEnd: entry?.end ?? 0, api: api.length, split, cpu };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
  const [base, ...paths] = args;
  if (!base) throw new Error('usage: web-trace.ts <base> [--runs 3] [paths]');
  const browser = await chromium.launch({ executablePath: chromiumPath()!, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const rows: (string | number)[][] = [];
  const cpuRows: (string | number)[][] = [];
  const ms = (n: number) => Math.round(n);
  for (const path of paths.length ? paths : Object.keys(CONTENT)) {
    const loads: Awaited<ReturnType<typeof traced>>[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const t = await traced(page, base + path, CONTENT[path]!);
      loads.push(t);
      const busy = COLUMNS.reduce((n, k) => n + t.split[k], 0);
      console.log(
        `${path} run ${run}: first byte ${ms(t.firstByte)} | html ${ms(t.html)} | entry script ${ms(t.entryEnd)} | dcl ${ms(t.dcl)} | api requests ${t.api} | content ${ms(t.content)} | main thread ${COLUMNS.map((k) => `${k} ${ms(t.split[k])}`).join(', ')}; waiting ${ms(t.content - busy)}`,
      );
      await context.close();
    }
    const med = (f: (l: (typeof loads)[number]) => number) => ms(percentile(loads.map(f).sort((a, b) => a - b), 50));
    rows.push([
      path, med((l) => l.firstByte), med((l) => l.html), med((l) => l.entryEnd), med((l) => l.dcl), med((l) => l.api),
      ...COLUMNS.map((k) => med((l) => l.split[k])),
      med((l) => l.content - COLUMNS.reduce((n, k) => n + l.split[k], 0)), med((l) => l.content),
    ]);
    cpuRows.push([path, ...COLUMNS.map((k) => med((l) => l.cpu[k])), med((l) => COLUMNS.reduce((n, k) => n + l.cpu[k], 0))]);
  }
  await browser.close();
  if (process.env.TRACE_OTHER) console.log([...others].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, t]) => `${n} ${Math.round(t)}`).join('\n'));
  console.log(`\nmedians of ${runs} cold loads, ms from navigation start; main thread: self time up to the content`);
  printTable(['page', 'HTML first byte', 'HTML end', 'entry script end', 'document ready', 'API requests', 'compile', 'evaluate modules', 'run (React, effects)', 'style+layout', 'HTML+CSS parse', 'GC', 'other', 'waiting', 'content'], rows);
  // Thread time of the same spans: what the main thread spent on the CPU, which other processes of a busy machine
  // stretch far less than the wall-clock split above (compare changes with this one).
  console.log(`\nthe same, main thread's CPU time (thread time of the spans), medians`);
  printTable(['page', 'compile', 'evaluate modules', 'run (React, effects)', 'style+layout', 'HTML+CSS parse', 'GC', 'other', 'main thread CPU'], cpuRows);
}

void main();
