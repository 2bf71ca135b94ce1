import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { SEGMENTS_TOP, zInsightFilter, type Insights } from '../../src/contracts/insights.js';
import * as apps from '../../src/services/applications.service.js';
import { applicationsBehind, getInsights } from '../../src/services/insights.service.js';
import { loadSampleSearch } from '../../src/services/demo.service.js';
import { deriveStatus } from '../../src/domain/applications/status.js';
import { AWAITING_REPLY, DEFAULT_NO_RESPONSE_DAYS, noResponseCutoff } from '../../src/domain/applications/no-response.js';
import { PROGRESS_STAGES, stageRank, type ProgressStage, type Stage } from '../../src/domain/applications/stages.js';
import { SEGMENT_METRICS, wilsonInterval } from '../../src/domain/insights/index.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import { listThemes, saveLessons } from '../../src/services/lessons.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

const REPLIES = new Set<Stage>(['screen', 'assessment', 'interview', 'final', 'offer', 'accepted', 'rejected']);
const reached = (i: Insights, stage: ProgressStage) => i.funnel.find((f) => f.stage === stage)?.reached;

/** The straightforward recomputation: every application's full history, derived in JS. */
async function recompute(ctx: ServiceContext, today: string) {
  const cutoff = noResponseCutoff(today, DEFAULT_NO_RESPONSE_DAYS);
  const page = await apps.listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 200 });
  const byFurthest: Partial<Record<ProgressStage, number>> = {};
  const outcomes = new Map<string, number>();
  let replied = 0;
  for (const a of page.items) {
    const detail = await apps.getApplication(ctx, a.id);
    const d = deriveStatus(detail.events, today);
    if (!d || stageRank(d.stageReached) < stageRank('applied')) continue;
    byFurthest[d.stageReached] = (byFurthest[d.stageReached] ?? 0) + 1;
    const outcome =
      d.status === 'ghosted' ? 'silence'
      : d.status === 'rejected' || d.status === 'withdrawn' || d.status === 'accepted' ? d.status
      : AWAITING_REPLY.includes(d.status) && d.lastEventOn <= cutoff ? 'silence'
      : 'in_progress';
    outcomes.set(`${d.stageReached}/${outcome}`, (outcomes.get(`${d.stageReached}/${outcome}`) ?? 0) + 1);
    if (detail.events.some((e) => REPLIES.has(e.stage))) replied += 1;
  }
  return { byFurthest, outcomes, replied };
}

describe.each(testDialects())('insights on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('counts the funnel, outcomes and replies in SQL exactly as a recomputation from the histories', async () => {
    const ctx = await testContext(database, { ownerId: 'u-counts', now: '2026-11-20T10:00:00.000Z' });
    const other = await testContext(database, { ownerId: 'u-other' });
    await givenApplication(other, {}, ['screen', 'interview', 'offer']);
    for (let i = 0; i < 3; i++) await givenApplication(ctx, { source: 'job_board' }, ['rejected']);
    for (let i = 0; i < 2; i++) await givenApplication(ctx, { source: 'network', referral: true }, ['screen', 'rejected']);
    await givenApplication(ctx, { source: 'network', referral: true, fit: 5 }, ['screen', 'interview', 'final', 'offer', 'accepted']);
    await givenApplication(ctx, {}, ['withdrawn']);
    await givenApplication(ctx, {}, ['ghosted']);
    await givenApplication(ctx, { stage: 'saved' });
    await givenApplication(ctx, { date: '2026-11-10' }); // waiting, inside the 21-day window
    await givenApplication(ctx, { date: '2026-10-01' }); // silent past the window
    await givenApplication(ctx, { date: '2026-11-05' }, ['screen', 'interview']); // in progress at interview

    const i = await getInsights(ctx);
    expect(i.totals).toEqual({ applications: 12, saved: 1, sent: 11, inProgress: 2 });
    expect(i.funnel.map((f) => [f.stage, f.reached, f.inProgress])).toEqual([
      ['applied', 11, 1], ['screen', 4, 0], ['assessment', 2, 0], ['interview', 2, 1],
      ['final', 1, 0], ['offer', 1, 0], ['accepted', 1, 0],
    ]);
    const first = i.conversions[0]!;
    expect(first).toMatchObject({ from: 'applied', to: 'screen', successes: 4, trials: 9, pending: 1 }); // 11 − 1 open − 1 withdrawn
    expect(first.ci95[0]).toBeLessThanOrEqual(first.rate!);
    expect(first.ci95[1]).toBeGreaterThanOrEqual(first.rate!);
    expect(i.response.responseRate).toMatchObject({ successes: 7, trials: 10 }); // 3 + 2 + 1 + 1 replied; 1 awaiting out
    expect(i.response.ghostingRate.successes).toBe(2);
    expect(i.response.awaiting).toBe(1);
    expect(i.response.firstReplyDays).toMatchObject({ n: 7, median: 1, min: 1, max: 1 });
    expect(i.response.rejectionDaysByStage.map((r) => [r.stage, r.n, r.median])).toEqual([['applied', 3, 1], ['screen', 2, 1]]);
    expect(i.bottleneck.stage).toBeNull();
    expect(i.bottleneck.message).toMatch(/more applications/);
    // every move to Rejected keeps a rejection record (as the board always did); none names a reason here
    expect(i.reasons).toMatchObject({ withReasons: 0, outsideControlShare: null });

    const js = await recompute(ctx, '2026-11-20');
    for (const f of i.funnel) {
      const expected = PROGRESS_STAGES.filter((s) => stageRank(s) >= stageRank(f.stage)).reduce((n, s) => n + (js.byFurthest[s] ?? 0), 0);
      expect(f.reached, f.stage).toBe(expected);
    }
    expect(new Map(i.outcomes.map((o) => [`${o.stage}/${o.outcome}`, o.count]))).toEqual(js.outcomes);
    expect(i.response.responseRate.successes).toBe(js.replied);
  });

  it('finds the applications behind a figure, and they match the figure', async () => {
    const ctx = await testContext(database, { ownerId: 'u-behind' });
    const referred = await givenApplication(ctx, { referral: true, source: 'network' }, ['screen', 'rejected']);
    await givenApplication(ctx, { source: 'job_board' }, ['rejected']);
    await givenApplication(ctx, { source: 'job_board' }, ['ghosted']);
    const i = await getInsights(ctx);
    expect((await applicationsBehind(ctx, { stage: 'screen' })).ids).toEqual([referred.id]);
    const silence = await applicationsBehind(ctx, { stage: 'applied', outcome: 'silence' });
    expect(silence.total).toBe(1);
    expect(silence.items[0]?.status).toBe('ghosted');
    for (const s of i.segments) {
      const all = await applicationsBehind(ctx, { dimension: s.dimension, value: s.value, metric: s.metric });
      const won = await applicationsBehind(ctx, { dimension: s.dimension, value: s.value, metric: s.metric, success: true });
      expect([all.total, won.total], `${s.dimension}=${s.value} ${s.metric}`).toEqual([s.trials, s.successes]);
    }
    expect(i.segments.find((s) => s.dimension === 'referral' && s.value === 'yes' && s.metric === 'interview')).toMatchObject({
      successes: 1, trials: 1, restSuccesses: 0, restTrials: 2, highlight: false, summary: 'Not enough evidence yet.',
    });
  });

  it('on the sample job search, every count adds up', async () => {
    const ctx = await testContext(database, { ownerId: 'u-sample' });
    await loadSampleSearch(ctx);
    const i = await getInsights(ctx);
    expect(i.totals.sent).toBeGreaterThan(40);
    expect(reached(i, 'applied')).toBe(i.totals.sent);
    expect(i.outcomes.reduce((n, o) => n + o.count, 0)).toBe(i.totals.sent);
    expect(i.totals.sent + i.totals.saved).toBe(i.totals.applications);
    for (const f of i.funnel) {
      const beyond = i.outcomes.filter((o) => stageRank(o.stage) >= stageRank(f.stage)).reduce((n, o) => n + o.count, 0);
      expect(f.reached).toBe(beyond);
      expect((await applicationsBehind(ctx, { stage: f.stage })).total).toBe(f.reached);
    }
    for (let k = 1; k < i.funnel.length; k++) expect(i.funnel[k]!.reached).toBeLessThanOrEqual(i.funnel[k - 1]!.reached);
    const r = i.response;
    expect(r.responseRate.trials + r.awaiting).toBeLessThanOrEqual(i.totals.sent);
    expect(r.firstReplyDays.n).toBe(r.responseRate.successes);
    // Group + rest is the same population in every comparison of a metric.
    for (const metric of SEGMENT_METRICS) {
      const sizes = new Set(i.segments.filter((s) => s.metric === metric).map((s) => s.trials + s.restTrials));
      expect(sizes.size, metric).toBe(1);
    }
    for (const s of i.segments) {
      expect(s.qValue).toBeGreaterThanOrEqual(s.pValue - 1e-12);
      if (s.highlight) expect(s.qValue).toBeLessThan(0.1);
    }
    const firstPlain = i.segments.findIndex((s) => !s.highlight);
    expect(i.segments.slice(firstPlain).every((s) => !s.highlight)).toBe(true);
    expect(i.bottleneck.message.length).toBeGreaterThan(20);
  });

  it('sends the page the highlighted comparisons and the first ten of the rest, and counts them all', async () => {
    const ctx = await testContext(database, { ownerId: 'u-top' });
    await loadSampleSearch(ctx);
    const all = await getInsights(ctx);
    const top = await getInsights(ctx, { segments: 'top' });
    expect(all.segmentCount).toBe(all.segments.length);
    expect(top.segmentCount).toBe(all.segments.length);
    const highlighted = all.segments.filter((s) => s.highlight);
    expect(all.segments.length).toBeGreaterThan(highlighted.length + SEGMENTS_TOP);
    expect(top.segments).toEqual([...highlighted, ...all.segments.filter((s) => !s.highlight).slice(0, SEGMENTS_TOP)]);
    // Everything else is the same report.
    expect({ ...top, segments: [] }).toEqual({ ...all, segments: [] });
  });

  it('sees a change to the counts at once, though the comparisons of the same counts are reused', async () => {
    const ctx = await testContext(database, { ownerId: 'u-fresh', now: '2026-11-20T10:00:00.000Z' });
    for (let i = 0; i < 4; i++) await givenApplication(ctx, { source: 'job_board' }, ['rejected']);
    const referred = await givenApplication(ctx, { source: 'network', referral: true }, ['applied']);
    const before = await getInsights(ctx);
    expect(await getInsights(ctx)).toEqual(before);
    await moveApplication(ctx, referred.id, { stage: 'screen', occurredOn: '2026-11-19' });
    const after = await getInsights(ctx);
    const referral = (i: Insights) => i.segments.find((s) => s.dimension === 'referral' && s.value === 'yes' && s.metric === 'interview');
    expect(referral(before)).toBeUndefined(); // not yet in the interview measure's population
    expect(referral(after)).toMatchObject({ successes: 1, trials: 1 });
    expect(after.segments).toEqual((await getInsights(ctx, { recompute: true })).segments);
  });

  it('counts rejection reasons, the outside-control share and lesson themes from debriefs', async () => {
    const ctx = await testContext(database, { ownerId: 'u-reasons', now: '2026-11-20T10:00:00.000Z' });
    const empty = await getInsights(ctx);
    expect(empty.reasons).toMatchObject({ available: false, rejections: 0, outsideControlShare: null, reasons: [], trend: [] });
    expect(empty.themes).toMatchObject({ available: false, applications: 0, themes: [] });
    expect(empty.reasons.note).toMatch(/No rejection has been debriefed yet/);
    // Words for people: no statistics jargon, no terminal syntax.
    for (const text of [empty.reasons.note, ...Object.values(empty.definitions)]) {
      expect(text).not.toMatch(/Wilson|q-value|\bq <|Fisher|Benjamini|`/);
    }

    const other = await testContext(database, { ownerId: 'u-reasons-other', now: '2026-11-20T10:00:00.000Z' });
    const theirs = await givenApplication(other, { date: '2026-10-01' });
    await debrief.recordRejection(other, theirs.id, { date: '2026-10-03', reasons: [{ reason: 'internal_candidate' }] });

    const reject = async (date: string, reasons: { reason: string; control?: 'within' | 'outside' }[]) => {
      const app = await givenApplication(ctx, { date: `${date.slice(0, 8)}01` });
      await debrief.recordRejection(ctx, app.id, { date, reasons: reasons as never });
      return app;
    };
    const a1 = await reject('2026-10-05', [{ reason: 'internal_candidate' }]); // outside
    const a2 = await reject('2026-10-12', [{ reason: 'skills_gap' }, { reason: 'position_filled' }]); // mixed: not outside
    const a3 = await reject('2026-11-03', [{ reason: 'generic' }]); // no stated reason
    const a4 = await reject('2026-11-04', [{ reason: 'salary' }, { reason: 'culture_fit', control: 'within' }]); // the seeker's mark wins
    const a5 = await reject('2026-11-05', [{ reason: 'role_closed' }, { reason: 'generic' }]); // outside: "no reason given" is not a stated reason
    const a6 = await reject('2026-11-06', []); // no reasons at all

    await saveLessons(ctx, a1.id, { themes: [{ slug: 'system_design' }] });
    await saveLessons(ctx, a2.id, { themes: [{ slug: 'system_design' }, { slug: 'technical_depth' }] });
    await saveLessons(ctx, a4.id, { themes: [{ label: 'Salary homework' }] });

    const i = await getInsights(ctx);
    const r = i.reasons;
    expect(r).toMatchObject({ available: true, rejections: 6, withReasons: 4, noReasonGiven: 2, outsideControlShare: 0.5 });
    expect(r.outsideControl).toEqual({ successes: 2, trials: 4, rate: 0.5, ci95: wilsonInterval(2, 4) });
    expect(Object.fromEntries(r.reasons.map((x) => [x.reason, [x.count, x.outside]]))).toEqual({
      internal_candidate: [1, 1], skills_gap: [1, 0], position_filled: [1, 1], generic: [2, 2], salary: [1, 1], culture_fit: [1, 0], role_closed: [1, 1],
    });
    expect(r.reasons.at(-1)).toMatchObject({ reason: 'generic', informative: false, share: null, label: 'No reason given' });
    expect(r.trend.map((m) => [m.month, m.rejections, m.withReasons, m.outside])).toEqual([['2026-10', 2, 2, 1], ['2026-11', 4, 2, 1]]);
    expect(r.trend[1]?.counts).toEqual({ generic: 2, salary: 1, culture_fit: 1, role_closed: 1 });
    expect(i.definitions.outsideControl).toMatch(/all marked outside/);

    // The same share, recomputed from each debrief as the seeker sees it.
    const page = await apps.listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 200 });
    let withReasons = 0;
    let outside = 0;
    for (const a of page.items) {
      const stated = (await debrief.getDebrief(ctx, a.id)).rejection.reasons.filter((x) => x.reason !== 'generic');
      if (stated.length === 0) continue;
      withReasons += 1;
      if (stated.every((x) => x.control === 'outside')) outside += 1;
    }
    expect([r.outsideControl.successes, r.outsideControl.trials]).toEqual([outside, withReasons]);

    const t = i.themes;
    expect(t).toMatchObject({ available: true, applications: 3 });
    expect(t.themes.map((x) => [x.slug, x.applications])).toEqual([['system_design', 2], ['salary_homework', 1], ['technical_depth', 1]]);
    expect(t.trend).toEqual([
      { month: '2026-10', counts: { system_design: 2, technical_depth: 1 } },
      { month: '2026-11', counts: { salary_homework: 1 } },
    ]);

    // Every reasons and themes figure opens the applications behind it.
    const ids = async (filter: Parameters<typeof applicationsBehind>[1]) => new Set((await applicationsBehind(ctx, filter)).ids);
    expect(await ids({ reason: 'internal_candidate' })).toEqual(new Set([a1.id])); // not the other owner's
    expect(await ids({ reason: 'generic' })).toEqual(new Set([a3.id, a5.id]));
    expect(await ids({ reason: 'culture_fit', control: 'within' })).toEqual(new Set([a4.id]));
    expect(await ids({ reason: 'culture_fit', control: 'outside' })).toEqual(new Set());
    expect(await ids({ outsideControl: true })).toEqual(new Set([a1.id, a5.id]));
    expect(await ids({ outsideControl: false })).toEqual(new Set([a2.id, a4.id]));
    expect(await ids({ rejection: 'recorded' })).toEqual(new Set([a1.id, a2.id, a3.id, a4.id, a5.id, a6.id]));
    expect(await ids({ rejection: 'unstated' })).toEqual(new Set([a3.id, a6.id]));
    expect(await ids({ reason: 'generic', month: '2026-11' })).toEqual(new Set([a3.id, a5.id]));
    expect(await ids({ reason: 'internal_candidate', month: '2026-11' })).toEqual(new Set());
    expect(await ids({ theme: 'system_design' })).toEqual(new Set([a1.id, a2.id]));
    expect(await ids({ theme: 'salary_homework' })).toEqual(new Set([a4.id]));
    expect(await ids({ theme: 'technical_depth', month: '2026-10' })).toEqual(new Set([a2.id]));
    expect(await ids({ lessons: true })).toEqual(new Set([a1.id, a2.id, a4.id]));
    expect((await ids({ theme: 'system_design', reason: 'skills_gap' }))).toEqual(new Set([a2.id]));
    // The counts match the figures, reason by reason and theme by theme.
    for (const x of r.reasons) {
      expect((await applicationsBehind(ctx, { reason: x.reason })).total, x.reason).toBe(x.count);
      expect((await applicationsBehind(ctx, { reason: x.reason, control: 'outside' })).total, x.reason).toBe(x.outside);
    }
    for (const x of t.themes) expect((await applicationsBehind(ctx, { theme: x.slug })).total, x.slug).toBe(x.applications);
    for (const m of r.trend) {
      for (const [reason, count] of Object.entries(m.counts)) {
        expect((await applicationsBehind(ctx, { reason, month: m.month })).total, `${m.month} ${reason}`).toBe(count);
      }
    }
    expect((await applicationsBehind(ctx, { outsideControl: true })).total).toBe(r.outsideControl.successes);
    expect((await applicationsBehind(ctx, { rejection: 'stated' })).total).toBe(r.withReasons);
    expect((await applicationsBehind(ctx, { rejection: 'unstated' })).total).toBe(r.noReasonGiven);
    expect((await applicationsBehind(ctx, { lessons: true })).total).toBe(t.applications);
    // A theme by its id too.
    const theme = (await listThemes(ctx)).find((x) => x.slug === 'system_design');
    expect(await ids({ theme: theme?.id ?? 'missing' })).toEqual(new Set([a1.id, a2.id]));
    // The item summaries are the applications themselves.
    expect((await applicationsBehind(ctx, { reason: 'salary' })).items.map((x) => x.id)).toEqual([a4.id]);
  });

  it('checks the debrief filters of the contract', () => {
    expect(zInsightFilter.safeParse({ control: 'outside' }).success).toBe(false);
    expect(zInsightFilter.safeParse({ month: '2026-11' }).success).toBe(false);
    expect(zInsightFilter.safeParse({ month: '2026-11', theme: 'x' }).success).toBe(true);
    expect(zInsightFilter.parse({ reason: 'salary', control: 'within', outsideControl: 'true', lessons: 'true' })).toEqual({
      reason: 'salary', control: 'within', outsideControl: true, lessons: true,
    });
  });
});
