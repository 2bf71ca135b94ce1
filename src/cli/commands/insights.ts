import type { Command } from 'commander';
import Table from 'cli-table3';
import { zInsightFilter, type InsightFilter, type Insights, type InsightSegment } from '../../contracts/insights.js';
import { STAGE_LABELS } from '../../domain/applications/stages.js';
import { segmentLabel, METRIC_PHRASES } from '../../domain/insights/index.js';
import * as insights from '../../services/insights.service.js';
import { applicationsTable, printJson, tableStyle } from '../format.js';
import { REASONS } from '../../domain/debrief/index.js';
import { parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';

const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** A 20-character bar: the 95% interval drawn with ─, the rate as ●. */
export function intervalBar(rate: number | null, [lo, hi]: [number, number], width = 20): string {
  const at = (x: number) => Math.min(width - 1, Math.max(0, Math.round(x * (width - 1))));
  const cells = Array.from({ length: width }, () => '·');
  for (let i = at(lo); i <= at(hi); i++) cells[i] = '─';
  if (rate !== null) cells[at(rate)] = '●';
  return `0 ${cells.join('')} 100`;
}

function funnelTable(i: Insights): string {
  const t = new Table({ head: ['stage', 'reached', 'share of sent', 'still in progress there'], style: tableStyle() });
  const sent = i.totals.sent || 1;
  for (const r of i.funnel) t.push([STAGE_LABELS[r.stage], r.reached, pct(r.reached / sent), r.inProgress || '']);
  return t.toString();
}

function conversionTable(i: Insights): string {
  const t = new Table({ head: ['step', 'rate', 'likely range', 'of', 'rate and range', 'waiting'], style: tableStyle() });
  for (const c of i.conversions) {
    t.push([
      `${STAGE_LABELS[c.from]} → ${STAGE_LABELS[c.to]}`,
      pct(c.rate),
      c.trials ? `${pct(c.ci95[0])}–${pct(c.ci95[1])}` : '—',
      `${c.successes}/${c.trials}`,
      c.trials ? intervalBar(c.rate, c.ci95) : 'no outcome yet',
      c.pending || '',
    ]);
  }
  return t.toString();
}

function days(n: number | null): string {
  if (n === null) return '—';
  const r = Math.round(n * 10) / 10;
  return `${r} ${r === 1 ? 'day' : 'days'}`;
}

/** How likely a gap between two groups is to be chance, from its adjusted p-value (q). */
function chance(q: number): string {
  if (q < 0.1) return 'unlikely';
  if (q < 0.5) return 'could be';
  return 'probably';
}

function responseText(i: Insights): string {
  const r = i.response;
  const lines = [
    `Replies: ${r.responseRate.successes} of ${r.responseRate.trials} applications with an outcome heard back (${pct(r.responseRate.rate)}, likely range ${pct(r.responseRate.ci95[0])}–${pct(r.responseRate.ci95[1])}).`,
    `Silence: ${r.ghostingRate.successes} never got an answer (${pct(r.ghostingRate.rate)}). ${r.awaiting} still waiting inside the no-response window.`,
  ];
  const t = new Table({ head: ['days until…', 'applications', 'typical (median)', 'middle half', 'shortest to longest'], style: tableStyle() });
  const row = (label: string, s: Insights['response']['firstReplyDays']) =>
    t.push([label, s.n, days(s.median), s.n ? `${days(s.q1)}–${days(s.q3)}` : '—', s.n ? `${days(s.min)}–${days(s.max)}` : '—']);
  row('first reply', r.firstReplyDays);
  for (const s of r.rejectionDaysByStage) row(`rejected after ${s.stage === 'applied' ? 'applying' : STAGE_LABELS[s.stage].toLowerCase()}`, s);
  return [...lines, t.toString()].join('\n');
}

function segmentTable(rows: readonly InsightSegment[]): string {
  const t = new Table({ head: ['group', 'measure', 'this group', 'the rest', 'gap', 'chance?'], style: tableStyle(), colWidths: [42, 22, 14, 14, 12, 10], wordWrap: true });
  for (const s of rows) {
    t.push([
      segmentLabel(s.dimension, s.value),
      METRIC_PHRASES[s.metric],
      `${pct(s.rate)} (${s.successes}/${s.trials})`,
      `${pct(s.restRate)} (${s.restSuccesses}/${s.restTrials})`,
      `${s.difference >= 0 ? '+' : '−'}${Math.round(Math.abs(s.difference) * 100)} pts`,
      chance(s.qValue),
    ]);
  }
  return t.toString();
}

/** "2026-11" → "Nov 2026": a month that cannot be read as a day. */
function shortMonth(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return m ? `${names[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : key;
}

/** The last `n` months of a trend, one column each. */
function trendTable(rows: { label: string; key: string }[], trend: { month: string; counts: Record<string, number> }[], n = 6): string {
  const months = trend.slice(-n);
  const t = new Table({ head: ['', ...months.map((m) => shortMonth(m.month))], style: tableStyle() });
  for (const r of rows) t.push([r.label, ...months.map((m) => m.counts[r.key] ?? '·')]);
  return t.toString();
}

function reasonsText(i: Insights): string {
  const r = i.reasons;
  if (!r.available) return r.note;
  const t = new Table({ head: ['reason', 'rejections', 'share', 'marked outside your control', 'key'], style: tableStyle() });
  for (const x of r.reasons) t.push([x.label, x.count, x.share === null ? '—' : pct(x.share), x.outside, x.reason]);
  const lines = [
    r.note,
    t.toString(),
    'The applications behind: `debrief insights --reason <key>` (add `--control outside`), `--outside-control` (or `--outside-control false`), `--rejection recorded|stated|unstated`.',
  ];
  if (r.trend.length > 1) {
    lines.push('By month (rejections citing each reason):', trendTable(r.reasons.slice(0, 6).map((x) => ({ label: x.label, key: x.reason })), r.trend));
  }
  return lines.join('\n');
}

function themesText(i: Insights): string {
  const th = i.themes;
  if (!th.available) return th.note;
  const t = new Table({ head: ['theme', 'applications', 'key'], style: tableStyle() });
  for (const x of th.themes) t.push([x.label, x.applications, x.slug]);
  const lines = [th.note, t.toString(), 'The applications behind: `debrief insights --theme <key>`, or `--lessons` for all of them.'];
  if (th.trend.length > 1) lines.push('By month:', trendTable(th.themes.slice(0, 6).map((x) => ({ label: x.label, key: x.slug })), th.trend));
  return lines.join('\n');
}

export function insightsReport(i: Insights, options: { all?: boolean } = {}): string {
  if (i.totals.sent === 0) {
    return 'No applications sent yet, so there is nothing to learn from. Add some with `debrief add`, or try `debrief demo`.';
  }
  const highlighted = i.segments.filter((s) => s.highlight);
  const rest = i.segments.filter((s) => !s.highlight);
  const shownRest = options.all ? rest : rest.slice(0, 8);
  const out = [
    `Insights as of ${i.asOf} — ${i.totals.sent} applications sent, ${i.totals.inProgress} still in progress` +
      (i.totals.saved ? `, ${i.totals.saved} saved and not sent (left out)` : '') + '.',
    '',
    'Funnel',
    funnelTable(i),
    '',
    'Stage by stage',
    conversionTable(i),
    '',
    `Where the search loses most${i.bottleneck.stage ? ` — ${STAGE_LABELS[i.bottleneck.stage]}` : ''}`,
    i.bottleneck.message,
    '',
    'Responses',
    responseText(i),
    '',
    'What stands out',
    highlighted.length
      ? segmentTable(highlighted)
      : 'Nothing yet: no group of applications does clearly better or worse than the rest with the evidence so far.',
    ...highlighted.map((s) => `  • ${s.summary}`),
    '',
    `Not enough evidence yet (${rest.length} comparisons${options.all ? '' : `; the ${shownRest.length} closest to standing out shown, --all for every one`})`,
    shownRest.length ? segmentTable(shownRest) : '—',
    '',
    'Rejection reasons',
    reasonsText(i),
    '',
    'Recurring themes in your lessons',
    themesText(i),
  ];
  return out.join('\n');
}

interface InsightsOptions {
  json?: boolean;
  all?: boolean;
  reason?: string;
  control?: string;
  outsideControl?: string | boolean;
  rejection?: string;
  theme?: string;
  lessons?: boolean;
  month?: string;
}

/** The applications-behind filter the options ask for, or null for the report. */
function behindFilter(opts: InsightsOptions): InsightFilter | null {
  const outside = opts.outsideControl === undefined ? undefined : String(opts.outsideControl);
  const input = {
    reason: opts.reason,
    control: opts.control,
    outsideControl: outside,
    rejection: opts.rejection,
    theme: opts.theme,
    lessons: opts.lessons ? 'true' : undefined,
    month: opts.month,
  };
  if (Object.values(input).every((v) => v === undefined)) return null;
  if (opts.reason !== undefined && !Object.hasOwn(REASONS, opts.reason)) {
    const known = Object.keys(REASONS).join(', ');
    throw new UsageError(`--reason: "${opts.reason}" is not a rejection reason Debrief knows. Use one of: ${known}.`);
  }
  return parseOptions(zInsightFilter, input);
}

export function registerInsights(program: Command): void {
  program
    .command('insights')
    .description('patterns across your applications: funnel, conversions, bottleneck, response times, segments, rejection reasons and themes')
    .option('--all', 'list every segment comparison, not only the closest ones')
    .option('--json', 'print the insights JSON (the same as GET /api/insights)')
    .option('--reason <key>', 'list the debriefed rejections citing this reason')
    .option('--control <mark>', 'with --reason: only where it was marked outside or within your control')
    .option('--outside-control [bool]', 'list the rejections counted as outside your control (false: the other ones with a stated reason)')
    .option('--rejection <which>', 'list debriefed rejections: recorded, stated (with a stated reason) or unstated')
    .option('--theme <key>', 'list the applications with a lesson on this theme (slug or id)')
    .option('--lessons', 'list the applications with any lesson')
    .option('--month <YYYY-MM>', 'with one of the filters above: only that month')
    .action(
      action(async (opts: InsightsOptions) => {
        const filter = behindFilter(opts);
        if (filter) {
          const behind = await withContext((ctx) => insights.applicationsBehind(ctx, filter));
          if (opts.json) printJson(behind);
          else console.log(behind.total ? `${applicationsTable(behind.items)}\n${behind.total} application${behind.total === 1 ? '' : 's'}.` : 'No applications.');
          return;
        }
        const result = await withContext((ctx) => insights.getInsights(ctx));
        if (opts.json) printJson(result);
        else console.log(insightsReport(result, { all: opts.all ?? false }));
      }),
    );
}
