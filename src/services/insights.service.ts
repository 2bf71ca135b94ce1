import type { InsightApplications, InsightFilter, Insights } from '../contracts/insights.js';
import { listApplicationViews } from '../db/repos/application-views.repo.js';
import { tagsFor } from '../db/repos/applications.repo.js';
import { applicationIdsBehind, insightAggregates, type InsightAggregates } from '../db/repos/insights.repo.js';
import { noResponseCutoff } from '../domain/applications/no-response.js';
import { stageRank, type ProgressStage } from '../domain/applications/stages.js';
import {
  computeFunnel,
  computeResponse,
  computeSegments,
  daySpread,
  readBottleneck,
  SEGMENT_DIMENSIONS,
  SEGMENT_METRICS,
  type FunnelCounts,
  type MetricTotals,
  type ResponseCounts,
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
  conversion: 'A conversion counts applications that reached the next stage, out of those that reached this one and have an outcome (withdrawn ones left out). The range is a 95% Wilson interval.',
  firstReplyDays: 'Days to first reply: from the day you applied to the first news from the employer.',
  rejectionDays: 'Days to rejection: from the last stage reached to the rejection, by that stage.',
  segments: 'Each group is compared with all other applications (Fisher exact test, Benjamini–Hochberg q-values over every comparison). Only differences of at least 10 points with q < 0.10 are highlighted.',
};

async function cutoff(ctx: ServiceContext): Promise<{ today: string; silentCutoff: string; noResponseDays: number }> {
  const s = await getSettings(ctx);
  const today = todayIn(s.timezone, ctx.now());
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

/**
 * Day histograms from SQL back to lists of day counts. Rejection days are spread
 * per stage here with `daySpread` (the same result as computeResponse's own
 * grouping, which copies its lists per item and gets slow past a few thousand).
 */
function responseTimes(agg: InsightAggregates) {
  const daysToFirstReply: number[] = [];
  const byStage = new Map<ProgressStage, number[]>();
  for (const r of agg.days) {
    const list = r.kind === 'reply' ? daysToFirstReply : (byStage.get(r.stage) ?? byStage.set(r.stage, []).get(r.stage)!);
    for (let i = 0; i < r.count; i++) list.push(r.days);
  }
  const rejectionDaysByStage = [...byStage.entries()]
    .sort(([a], [b]) => stageRank(a) - stageRank(b))
    .map(([stage, days]) => ({ stage, ...daySpread(days) }));
  return { daysToFirstReply, rejectionDaysByStage };
}

function segments(agg: InsightAggregates): SegmentRow[] {
  const totals: MetricTotals = { response: { successes: 0, trials: 0 }, interview: { successes: 0, trials: 0 }, offer: { successes: 0, trials: 0 } };
  // Every application has exactly one value per dimension, so one dimension's sums are the totals.
  for (const r of agg.segments.filter((s) => s.dimension === SEGMENT_DIMENSIONS[0])) {
    for (const m of SEGMENT_METRICS) {
      totals[m].successes += r.successes[m];
      totals[m].trials += r.trials[m];
    }
  }
  const rows: SegmentCountRow[] = agg.segments.flatMap((r) =>
    SEGMENT_METRICS.map((metric) => ({ dimension: r.dimension, value: r.value, metric, successes: r.successes[metric], trials: r.trials[metric] })),
  );
  return computeSegments(rows, totals).sort(
    (a, b) => Number(b.highlight) - Number(a.highlight) || a.qValue - b.qValue || a.pValue - b.pValue || Math.abs(b.difference) - Math.abs(a.difference),
  );
}

export async function getInsights(ctx: ServiceContext): Promise<Insights> {
  const { today, silentCutoff, noResponseDays } = await cutoff(ctx);
  const agg = await insightAggregates(ctx.db, ctx.ownerId, silentCutoff);
  const counts = funnelCounts(agg);
  const { funnel, conversions } = computeFunnel(counts);
  const response = responseCounts(agg);
  const times = responseTimes(agg);
  const outcomeMap = new Map<string, Insights['outcomes'][number]>();
  for (const r of agg.outcomes) {
    const key = `${r.stage}/${r.outcome}`;
    const row = outcomeMap.get(key) ?? { stage: r.stage, outcome: r.outcome, count: 0 };
    row.count += r.count;
    outcomeMap.set(key, row);
  }
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
    response: { ...computeResponse(response, { daysToFirstReply: times.daysToFirstReply, rejections: [] }), rejectionDaysByStage: times.rejectionDaysByStage },
    segments: segments(agg),
    reasons: {
      available: false,
      outsideControlShare: null,
      note: 'Rejection reasons come from debriefing your rejections, which Debrief does not record yet. Once it does, this shows which reasons recur and how many were outside your control.',
    },
    themes: {
      available: false,
      note: 'Recurring themes from feedback and reflections will appear here once debriefs are recorded.',
    },
    definitions: { ...DEFINITIONS, silence: DEFINITIONS.silence?.replace('your no-response window', `your no-response window (${noResponseDays} days)`) ?? '' },
  };
}

/** The applications behind one figure: all their ids, and the first `limit` as summaries. */
export async function applicationsBehind(ctx: ServiceContext, filter: InsightFilter, limit = 200): Promise<InsightApplications> {
  const s = await getSettings(ctx);
  const today = todayIn(s.timezone, ctx.now());
  const ids = await applicationIdsBehind(ctx.db, ctx.ownerId, noResponseCutoff(today, s.noResponseDays), filter);
  const shown = ids.slice(0, limit);
  const { rows } = await listApplicationViews(ctx.db, ctx.ownerId, { ids: shown }, { sort: 'applied', order: 'desc', limit: Math.max(1, shown.length), offset: 0 });
  const tags = await tagsFor(ctx.db, ctx.ownerId, rows.map((r) => r.id));
  const rules = { today, noResponseDays: s.noResponseDays };
  return { total: ids.length, ids, items: rows.map((row) => toApplication(row, tags.get(row.id) ?? [], rules)) };
}
