import { refreshDueStates } from '../db/repos/derived-state.js';
import { SEGMENTS_TOP, type InsightApplications, type InsightFilter, type Insights } from '../contracts/insights.js';
import { listApplicationViews } from '../db/repos/application-views.repo.js';
import { tagsFor } from '../db/repos/applications.repo.js';
import {
  applicationIdsBehind,
  keptInsightAggregates,
  keptReasonAggregates,
  keptThemeAggregates,
  reasonAggregates,
  recomputedInsightAggregates,
  themeAggregates,
  type InsightAggregates,
  type ReasonAggregates,
  type ThemeAggregates,
} from '../db/repos/insights.repo.js';
import { noResponseCutoff } from '../domain/applications/no-response.js';
import { stageRank, type ProgressStage } from '../domain/applications/stages.js';
import {
  computeFunnel,
  computeReasons,
  computeResponseOfCounts,
  computeThemes,
  NON_INFORMATIVE_REASONS,
  computeSegments,
  readBottleneck,
  SEGMENT_DIMENSIONS,
  SEGMENT_METRICS,
  type FunnelCounts,
  type MetricTotals,
  type ResponseCounts,
  type ReasonInsights,
  type DayCount,
  type ResponseDayCounts,
  type ThemeInsights,
  type SegmentCountRow,
  type SegmentRow,
  type StageCounts,
} from '../domain/insights/index.js';
import { todayIn } from '../domain/time.js';
import { toApplication } from './application-mapper.js';
import type { ServiceContext } from './context.js';
import { getSettings } from './settings.service.js';

/** How the figures are counted, shown to the user next to them. */
export const DEFINITIONS: Record<string, string> = {
  population: 'Every figure counts applications you sent (applied or further); saved ones are left out.',
  reply: 'A reply is any news from the employer after you applied: a screen or any later stage, or a rejection. Being marked "no response" or withdrawing is not a reply.',
  silence: 'Silence: marked "no response", or still waiting on the employer with no news for longer than your no-response window.',
  inProgress: 'In progress: not ended and still inside the no-response window; left out of conversion rates until there is an outcome.',
  conversion: 'A conversion counts applications that reached the next stage, out of those that reached this one and have an outcome (withdrawn ones left out). The range shown is where the true rate likely lies (95% confidence), given how few applications there are.',
  firstReplyDays: 'Days to first reply: from the day you applied to the first news from the employer.',
  rejectionDays: 'Days to rejection: from the last stage reached to the rejection, by that stage.',
  reasons: 'Rejection reasons are the ones you recorded when debriefing a rejection, counted once per rejection and by the month of the rejection.',
  outsideControl: 'Outside your control: a debriefed rejection whose stated reasons are all marked outside your control (you can change the mark on each rejection). "No reason given" (a standard message) says nothing about you, so it is not a stated reason: rejections with only that, or with no reason, are left out of the share. The range shown is where the true share likely lies (95% confidence).',
  themes: 'Themes are the lessons you drew in debriefs: each counts the applications whose lessons name it, by the month of the rejection.',
  segments: 'Each group is compared with all other applications. Because many groups are compared at once, some differences will appear by chance alone; a difference is highlighted only when it is at least 10 points and unlikely to be chance after allowing for all those comparisons.',
};

async function cutoff(ctx: ServiceContext): Promise<{ today: string; silentCutoff: string; noResponseDays: number }> {
  const s = await getSettings(ctx);
  const today = todayIn(s.timezone, ctx.now());
  await refreshDueStates(ctx.db, ctx.ownerId, today); // booked steps whose day has come (ADR 0004)
  return { today, silentCutoff: noResponseCutoff(today, s.noResponseDays), noResponseDays: s.noResponseDays };
}

function add(table: StageCounts, stage: ProgressStage, count: number): void {
  table[stage] = (table[stage] ?? 0) + count;
}

function funnelCounts(agg: InsightAggregates): FunnelCounts {
  const counts: Required<FunnelCounts> = { byFurthestStage: {}, inProgressAt: {}, withdrawnAt: {} };
  for (const r of agg.outcomes) {
    add(counts.byFurthestStage, r.stage, r.count);
    if (r.outcome === 'in_progress') add(counts.inProgressAt, r.stage, r.count);
    if (r.outcome === 'withdrawn') add(counts.withdrawnAt, r.stage, r.count);
  }
  return counts;
}

function responseCounts(agg: InsightAggregates): ResponseCounts {
  const c: ResponseCounts = { sent: 0, replied: 0, ghosted: 0, awaiting: 0 };
  for (const r of agg.outcomes) {
    c.sent += r.count;
    if (r.replied) c.replied += r.count;
    else if (r.outcome === 'silence') c.ghosted += r.count;
    else if (r.outcome === 'in_progress') c.awaiting += r.count;
  }
  return c;
}

/** The kept day counts as computeResponseOfCounts takes them (as many rows as distinct days, not applications). */
function responseDayCounts(agg: InsightAggregates): ResponseDayCounts {
  const firstReply: DayCount[] = [];
  const rejections: (DayCount & { stage: ProgressStage })[] = [];
  for (const r of agg.days) {
    if (r.kind === 'reply') firstReply.push({ days: r.days, count: r.count });
    else rejections.push({ stage: r.stage, days: r.days, count: r.count });
  }
  return { firstReply, rejections };
}

/** The order of a.localeCompare(b), without setting up a comparison for every call. */
const byLocale = new Intl.Collator().compare;
const dimensionOrder = new Map<string, number>(SEGMENT_DIMENSIONS.map((d, i) => [d, i]));
const dimensionRank = (d: string): number => dimensionOrder.get(d) ?? -1;

/**
 * The comparisons of the last few distinct sets of counts, by those counts.
 * The statistics (a Fisher test per comparison, then the adjustment over all of
 * them) depend on the counts alone, so the same counts always give the same rows:
 * reading the report again after nothing changed (another tab, a coach's view,
 * a reload) reuses them instead of testing every comparison again. Any change to
 * a count is a new key. The rows are frozen so no caller can change a shared one.
 */
const SEGMENT_MEMO_SIZE = 32;
const segmentMemo = new Map<string, readonly SegmentRow[]>();

function segmentsKey(agg: InsightAggregates): string {
  let key = '';
  for (const r of agg.segments) {
    key += `${r.dimension}\u0000${r.value}\u0000${r.trials.response},${r.successes.response},${r.trials.interview},${r.successes.interview},${r.trials.offer},${r.successes.offer}\u0001`;
  }
  return key;
}

function segments(agg: InsightAggregates): SegmentRow[] {
  const key = segmentsKey(agg);
  let rows = segmentMemo.get(key);
  if (rows) {
    segmentMemo.delete(key); // the most recently used last
  } else {
    rows = Object.freeze(computeSegmentRows(agg).map((r) => Object.freeze(r)));
    if (segmentMemo.size >= SEGMENT_MEMO_SIZE) segmentMemo.delete(segmentMemo.keys().next().value as string);
  }
  segmentMemo.set(key, rows);
  return [...rows];
}

function computeSegmentRows(agg: InsightAggregates): SegmentRow[] {
  const totals: MetricTotals = { response: { successes: 0, trials: 0 }, interview: { successes: 0, trials: 0 }, offer: { successes: 0, trials: 0 } };
  // Every application has exactly one value per dimension, so one dimension's sums are the totals.
  for (const r of agg.segments.filter((s) => s.dimension === SEGMENT_DIMENSIONS[0])) {
    for (const m of SEGMENT_METRICS) {
      totals[m].successes += r.successes[m];
      totals[m].trials += r.trials[m];
    }
  }
  // In a fixed order, so the statistics (whose floating-point sums follow the order) never depend on how the counts were read.
  const ordered = [...agg.segments].sort((a, b) => dimensionRank(a.dimension) - dimensionRank(b.dimension) || byLocale(a.value, b.value));
  const rows: SegmentCountRow[] = ordered.flatMap((r) =>
    SEGMENT_METRICS.map((metric) => ({ dimension: r.dimension, value: r.value, metric, successes: r.successes[metric], trials: r.trials[metric] })),
  );
  return computeSegments(rows, totals).sort(
    (a, b) =>
      Number(b.highlight) - Number(a.highlight) || a.qValue - b.qValue || a.pValue - b.pValue || Math.abs(b.difference) - Math.abs(a.difference) ||
      // Ties in a fixed order, whatever order the counts were read in.
      dimensionRank(a.dimension) - dimensionRank(b.dimension) || byLocale(a.value, b.value) ||
      SEGMENT_METRICS.indexOf(a.metric) - SEGMENT_METRICS.indexOf(b.metric),
  );
}

/**
 * The insights report. Its counts come from the tables the database keeps in
 * step with every change (docs/decisions/0029-insights-in-constant-time.md);
 * `recompute` derives them again from every application's stage events
 * instead — the same report, at a cost that grows with the data (a check).
 */
export async function getInsights(ctx: ServiceContext, options: { recompute?: boolean; segments?: 'all' | 'top' | undefined } = {}): Promise<Insights> {
  const { today, silentCutoff, noResponseDays } = await cutoff(ctx);
  const [agg, reasonAgg, themeAgg] = await Promise.all([
    options.recompute
      ? recomputedInsightAggregates(ctx.db, ctx.ownerId, silentCutoff, { fromEventsAsOf: today })
      : keptInsightAggregates(ctx.db, ctx.ownerId, silentCutoff),
    options.recompute ? reasonAggregates(ctx.db, ctx.ownerId, NON_INFORMATIVE_REASONS) : keptReasonAggregates(ctx.db, ctx.ownerId),
    options.recompute ? themeAggregates(ctx.db, ctx.ownerId) : keptThemeAggregates(ctx.db, ctx.ownerId),
  ]);
  const report = buildInsights(agg, reasonAgg, themeAgg, today, noResponseDays);
  return options.segments === 'top' ? { ...report, segments: topSegments(report.segments) } : report;
}

/** The highlighted comparisons and the first SEGMENTS_TOP of the rest, in the report's order. */
export function topSegments(rows: readonly SegmentRow[]): SegmentRow[] {
  let rest = 0;
  return rows.filter((r) => r.highlight || rest++ < SEGMENTS_TOP);
}

/** The insights from the count tables SQL produced: one seeker's, or a cohort's summed (org.service.ts). */
export function buildInsights(agg: InsightAggregates, reasonAgg: ReasonAggregates, themeAgg: ThemeAggregates, today: string, noResponseDays: number): Insights {
  const reasons = computeReasons(reasonAgg.reasons, reasonAgg.months);
  const themes = computeThemes(themeAgg.themes, themeAgg.applications);
  const counts = funnelCounts(agg);
  const { funnel, conversions } = computeFunnel(counts);
  const response = responseCounts(agg);
  const times = responseDayCounts(agg);
  const outcomeMap = new Map<string, Insights['outcomes'][number]>();
  for (const r of agg.outcomes) {
    const key = `${r.stage}/${r.outcome}`;
    const row = outcomeMap.get(key) ?? { stage: r.stage, outcome: r.outcome, count: 0 };
    row.count += r.count;
    outcomeMap.set(key, row);
  }
  const segmentRows = segments(agg);
  const outcomes = [...outcomeMap.values()].sort((a, b) => stageRank(a.stage) - stageRank(b.stage) || a.outcome.localeCompare(b.outcome));
  return {
    asOf: today,
    totals: {
      applications: agg.totalApplications,
      saved: agg.totalApplications - response.sent,
      sent: response.sent,
      inProgress: outcomes.filter((o) => o.outcome === 'in_progress').reduce((s, o) => s + o.count, 0),
    },
    funnel,
    conversions,
    outcomes,
    bottleneck: readBottleneck(counts),
    response: computeResponseOfCounts(response, times),
    segments: segmentRows,
    segmentCount: segmentRows.length,
    reasons: { ...reasons, note: reasonsNote(reasons) },
    themes: { ...themes, note: themesNote(themes) },
    definitions: { ...DEFINITIONS, silence: DEFINITIONS.silence?.replace('your no-response window', `your no-response window (${noResponseDays} days)`) ?? '' },
  };
}

const pctText = (x: number): string => `${Math.round(x * 100)}%`;

function reasonsNote(r: ReasonInsights): string {
  if (!r.available) {
    return 'No rejection has been debriefed yet. When you record a rejection with its reasons ("Record the rejection" on an application), this shows which reasons recur and how many were outside your control.';
  }
  const top = r.reasons.find((x) => x.informative);
  if (r.withReasons === 0 || !top) {
    return `${r.rejections} rejection${r.rejections === 1 ? '' : 's'} debriefed, none with a stated reason yet ("no reason given" does not count), so there is no share to show.`;
  }
  const [lo, hi] = r.outsideControl.ci95;
  return (
    `Of ${r.withReasons} rejection${r.withReasons === 1 ? '' : 's'} with a stated reason, ${r.outsideControl.successes} (${pctText(r.outsideControl.rate ?? 0)}, ` +
    `likely between ${pctText(lo)} and ${pctText(hi)}) had only reasons outside your control. Most cited: ${top.label.toLowerCase()} (${top.count}).` +
    (r.noReasonGiven ? ` ${r.noReasonGiven} more came with no reason.` : '')
  );
}

function themesNote(t: ThemeInsights): string {
  if (!t.available) return 'No lessons recorded yet. The themes you name when debriefing rejections will be counted here, month by month.';
  const top = t.themes[0];
  return `${t.applications} debriefed application${t.applications === 1 ? '' : 's'} with lessons; the most recurring theme is ${top ? `"${top.label}" (${top.applications})` : 'none yet'}.`;
}

/** The applications behind one figure: all their ids, and the first `limit` as summaries. */
export async function applicationsBehind(ctx: ServiceContext, filter: InsightFilter, limit = 200): Promise<InsightApplications> {
  const s = await getSettings(ctx);
  const today = todayIn(s.timezone, ctx.now());
  await refreshDueStates(ctx.db, ctx.ownerId, today);
  const ids = await applicationIdsBehind(ctx.db, ctx.ownerId, noResponseCutoff(today, s.noResponseDays), filter, NON_INFORMATIVE_REASONS);
  const shown = ids.slice(0, limit);
  const { rows } = await listApplicationViews(ctx.db, ctx.ownerId, { ids: shown }, { sort: 'applied', order: 'desc', limit: Math.max(1, shown.length), offset: 0 });
  const tags = await tagsFor(ctx.db, ctx.ownerId, rows.map((r) => r.id));
  const rules = { today, noResponseDays: s.noResponseDays };
  return { total: ids.length, ids, items: rows.map((row) => toApplication(row, tags.get(row.id) ?? [], rules)) };
}
