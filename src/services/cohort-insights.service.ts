import { stringify } from 'csv-stringify/sync';
import { DEFAULT_SETTINGS } from '../contracts/settings.js';
import type { CohortFilter, CohortInsights, Employers, Outcomes } from '../contracts/org.js';
import { debriefPeople, employers as employerRows, keptCohortAggregates, keptEmployers, withoutJit, memberOutcomes, dueStatesOf, scopeOwners, scopeStatuses, type CohortScope } from '../db/repos/cohort-insights.repo.js';
import { catchUpStates } from '../db/repos/derived-state.js';
import { recomputedInsightAggregates, reasonAggregates, themeAggregates } from '../db/repos/insights.repo.js';
import * as repo from '../db/repos/org.repo.js';
import { noResponseCutoff } from '../domain/applications/no-response.js';
import { NON_INFORMATIVE_REASONS, quantile } from '../domain/insights/index.js';
import { COHORT_DEFINITIONS, cohortSegmentSummary, peopleFromOutcomes, segmentKey, suppressStatistics, type PeopleBehind } from '../domain/org/cohort-insights.js';
import { isSuppressed, MIN_PEOPLE, shown, shownCount } from '../domain/org/suppression.js';
import { addDays, todayIn } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { today as ownersToday } from './settings.service.js';
import { buildInsights } from './insights.service.js';
import { cohortAccess, staffAccess, type OrgAccess } from './org.service.js';

/**
 * Cohort insights: the seeker's statistics over a cohort's consenting members, summed in SQL,
 * with every figure from fewer than MIN_PEOPLE people hidden (src/domain/org/suppression.ts).
 * Coaches read their assigned cohorts; admins and analysts the whole organisation.
 * `threshold` is fixed at MIN_PEOPLE for every route; tests lower it to compare with a seeker.
 */

export interface CohortOptions {
  threshold?: number;
  /** Read every member's applications instead of the kept counts (what a period does; tests hold the two equal). */
  recompute?: boolean;
}

/** Whose data counts: the filter, narrowed to a coach's cohorts. */
async function scopeFor(ctx: ServiceContext, orgId: string, filter: CohortFilter, a: OrgAccess): Promise<{ scope: CohortScope; words: string }> {
  let cohortIds: string[] | undefined;
  const words: string[] = [];
  if (filter.cohort) {
    const cohort = await repo.findCohort(ctx.db, filter.cohort);
    if (!cohort || cohort.org_id !== orgId || (a.cohortIds && !a.cohortIds.includes(cohort.id))) throw new ServiceError('not_found', 'No such cohort, or it is not yours to open.');
    cohortIds = [cohort.id];
    words.push(`cohort ${cohort.name}`);
  } else if (a.cohortIds) {
    cohortIds = a.cohortIds;
    words.push('your cohorts');
  } else words.push('every cohort');
  if (filter.program) words.push(`program ${filter.program}`);
  if (filter.location) words.push(`location ${filter.location}`);
  if (filter.status) words.push(filter.status === 'placed' ? 'placed members' : 'members still searching');
  if (filter.from || filter.to) words.push(`applications sent ${filter.from ? `from ${filter.from}` : ''}${filter.from && filter.to ? ' ' : ''}${filter.to ? `to ${filter.to}` : ''}`);
  return { scope: { orgId, cohortIds, program: filter.program, location: filter.location, status: filter.status }, words: words.join(', ') };
}

const filterRecord = (f: CohortFilter): Record<string, string> =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;

function cohortToday(ctx: ServiceContext): { today: string; silentCutoff: string } {
  // One window for the whole cohort: the default no-response window, on UTC days.
  const today = todayIn('UTC', ctx.now());
  return { today, silentCutoff: noResponseCutoff(today, DEFAULT_SETTINGS.noResponseDays) };
}

/**
 * The members' booked steps whose day has come (ADR 0004), each derived on the member's own day (in
 * their time zone), as their own board would: the rows are theirs, and a row derived on a day that
 * has not come for them yet would stay wrong until their next move.
 */
async function catchUpMembers(ctx: ServiceContext, owners: ReturnType<typeof scopeOwners>): Promise<void> {
  // No time zone is more than fourteen hours ahead of UTC: no member's today is later than tomorrow's UTC day.
  const due = await dueStatesOf(ctx.db, owners, addDays(todayIn('UTC', ctx.now()), 1));
  for (const [ownerId, rows] of due) {
    const day = await ownersToday({ ...ctx, ownerId });
    await catchUpStates(ctx.db, ownerId, day, rows.filter((r) => r.nextEventOn <= day).map((r) => r.applicationId));
  }
}

async function insightsFor(ctx: ServiceContext, scope: CohortScope, words: string, filter: CohortFilter, options: CohortOptions): Promise<CohortInsights> {
  const threshold = options.threshold ?? MIN_PEOPLE;
  const { today, silentCutoff } = cohortToday(ctx);
  const owners = scopeOwners(scope);
  await catchUpMembers(ctx, owners);
  const period = { from: filter.from, to: filter.to };
  // Without a period, the counts kept per member (fast); a period reads the applications sent in it.
  const { agg, reasonAgg, themeAgg, debrief } = period.from || period.to || options.recompute
    ? await withoutJit(ctx.db, async (db) => {
        const [a, r, t, d] = await Promise.all([
          recomputedInsightAggregates(db, owners, silentCutoff, { ...period, people: true }),
          reasonAggregates(db, owners, NON_INFORMATIVE_REASONS, period),
          themeAggregates(db, owners, period),
          debriefPeople(db, owners, NON_INFORMATIVE_REASONS, period),
        ]);
        return { agg: a, reasonAgg: r, themeAgg: t, debrief: d };
      })
    : await keptCohortAggregates(ctx.db, owners, silentCutoff).then((k) => ({ agg: k.agg, reasonAgg: k.reasons, themeAgg: k.themes, debrief: k.people }));
  const full = buildInsights(agg, reasonAgg, themeAgg, today, DEFAULT_SETTINGS.noResponseDays);
  const people: PeopleBehind = {
    ...peopleFromOutcomes(agg.ownerOutcomes ?? []),
    segments: Object.fromEntries((agg.segmentPeople ?? []).map((p) => [segmentKey(p.dimension, p.value), p])),
    ...debrief,
  };
  const stats = suppressStatistics(full, people, threshold);
  return {
    asOf: today,
    scope: words,
    filter: filterRecord(filter),
    ...stats,
    segments: stats.segments.map((s) => ({ ...s, summary: cohortSegmentSummary(s) })),
    definitions: {
      ...full.definitions,
      ...COHORT_DEFINITIONS,
      people: `Only members who chose to count in the cohort's figures are counted. A figure is shown only when at least ${threshold} people stand behind it, so that no one can be picked out; the smallest and largest day counts are never shown, as each is one person's.`,
      silence: `Silence: marked "no response", or still waiting on the employer with no news for longer than the no-response window (${DEFAULT_SETTINGS.noResponseDays} days, the same for every member).`,
    },
  };
}

export async function organisationInsights(ctx: ServiceContext, orgId: string, filter: CohortFilter, options: CohortOptions = {}): Promise<CohortInsights> {
  const a = await staffAccess(ctx, orgId);
  const { scope, words } = await scopeFor(ctx, orgId, filter, a);
  return insightsFor(ctx, scope, words, filter, options);
}

export async function cohortInsights(ctx: ServiceContext, cohortId: string, filter: Omit<CohortFilter, 'cohort' | 'program' | 'location'>, options: CohortOptions = {}): Promise<CohortInsights> {
  const { cohort, access } = await cohortAccess(ctx, cohortId);
  const f: CohortFilter = { ...filter, cohort: cohortId };
  const { scope, words } = await scopeFor(ctx, cohort.org_id, f, access);
  return insightsFor(ctx, scope, words, f, options);
}

export async function compareCohorts(ctx: ServiceContext, a: string, b: string, period: { from?: string | undefined; to?: string | undefined }) {
  const [ca, cb] = await Promise.all([cohortAccess(ctx, a), cohortAccess(ctx, b)]);
  if (ca.cohort.org_id !== cb.cohort.org_id) throw new ServiceError('not_found', 'No such cohort, or it is not yours to open.');
  const [ia, ib] = await Promise.all([cohortInsights(ctx, a, period), cohortInsights(ctx, b, period)]);
  return { a: ia, b: ib, cohorts: [{ id: ca.cohort.id, name: ca.cohort.name }, { id: cb.cohort.id, name: cb.cohort.name }] as [{ id: string; name: string }, { id: string; name: string }] };
}

export async function organisationEmployers(ctx: ServiceContext, orgId: string, filter: CohortFilter, options: CohortOptions = {}): Promise<Employers> {
  const threshold = options.threshold ?? MIN_PEOPLE;
  const a = await staffAccess(ctx, orgId);
  const { scope, words } = await scopeFor(ctx, orgId, filter, a);
  // Without a period, the counts kept per member and employer; a period reads the applications sent in it.
  const { rows, hidden } = filter.from || filter.to || options.recompute
    ? await employerRows(ctx.db, scopeOwners(scope), { from: filter.from, to: filter.to }, threshold, 200)
    : await keptEmployers(ctx.db, scopeOwners(scope), threshold, 200);
  return {
    threshold,
    scope: words,
    hidden,
    rows: rows.map((r) => ({
      name: r.name, people: r.people, applications: r.applications, replies: r.replies, interviews: r.interviews, offers: r.offers,
      typicalDaysToReply: shown(r.medianReplyDays, r.replyPeople, threshold),
    })),
  };
}

function spreadOf(days: number[], threshold: number): Outcomes['daysToOffer'] {
  if (isSuppressed(days.length, threshold)) return null;
  return { people: days.length, median: quantile(days, 0.5), q1: quantile(days, 0.25), q3: quantile(days, 0.75) };
}

export async function organisationOutcomes(ctx: ServiceContext, orgId: string, filter: CohortFilter, options: CohortOptions = {}): Promise<Outcomes> {
  const threshold = options.threshold ?? MIN_PEOPLE;
  const a = await staffAccess(ctx, orgId);
  const { scope, words } = await scopeFor(ctx, orgId, filter, a);
  const { today } = cohortToday(ctx);
  const rows = await memberOutcomes(ctx.db, scopeOwners(scope), scopeStatuses(scope), today);
  const enough = !isSuppressed(rows.length, threshold);
  const placed = rows.filter((r) => r.status === 'placed').length;
  const searching = rows.length - placed;
  return {
    threshold,
    scope: words,
    people: enough ? rows.length : null,
    placed: enough ? shownCount(placed, placed, threshold) : null,
    searching: enough ? shownCount(searching, searching, threshold) : null,
    daysToFirstInterview: enough ? spreadOf(rows.flatMap((r) => (r.daysToInterview === null ? [] : [r.daysToInterview])), threshold) : null,
    daysToOffer: enough ? spreadOf(rows.flatMap((r) => (r.daysToOffer === null ? [] : [r.daysToOffer])), threshold) : null,
  };
}

const hiddenText = (v: number | null | undefined): string => (v === null || v === undefined ? 'fewer than 5 people (not shown)' : String(v));

/** The outcome report as CSV: outcomes, the funnel and the employers, every suppressed figure marked as such. */
export async function outcomesCsv(ctx: ServiceContext, orgId: string, filter: CohortFilter): Promise<string> {
  const [outcomes, insights, employers] = await Promise.all([
    organisationOutcomes(ctx, orgId, filter),
    organisationInsights(ctx, orgId, filter),
    organisationEmployers(ctx, orgId, filter),
  ]);
  const rows: (string | number)[][] = [['section', 'figure', 'value', 'note']];
  rows.push(['scope', 'counted', outcomes.scope, `as of ${insights.asOf}; only members who chose to count; no figure from fewer than ${outcomes.threshold} people`]);
  rows.push(['outcomes', 'members counted', hiddenText(outcomes.people), '']);
  rows.push(['outcomes', 'placed', hiddenText(outcomes.placed), '']);
  rows.push(['outcomes', 'searching', hiddenText(outcomes.searching), '']);
  for (const [label, s] of [['days to first interview', outcomes.daysToFirstInterview], ['days to offer', outcomes.daysToOffer]] as const) {
    rows.push(['outcomes', `${label} (median)`, hiddenText(s?.median), s ? `over ${s.people} members; middle half ${s.q1}–${s.q3}` : '']);
  }
  for (const f of insights.funnel) rows.push(['funnel', `reached ${f.stage}`, hiddenText(f.reached), '']);
  for (const c of insights.conversions) rows.push(['conversion', `${c.from} → ${c.to}`, c.rate === null ? hiddenText(null) : c.rate.toFixed(3), c.ci95 ? `95% interval ${c.ci95[0].toFixed(3)}–${c.ci95[1].toFixed(3)}` : '']);
  for (const e of employers.rows) {
    rows.push(['employer', e.name, e.applications, `${e.people} members; ${e.replies} replies; ${e.interviews} interviews; ${e.offers} offers; typical days to reply ${hiddenText(e.typicalDaysToReply)}`]);
  }
  if (employers.hidden > 0) rows.push(['employer', 'others', '', `${employers.hidden} employers fewer than ${employers.threshold} members applied to are not listed`]);
  return stringify(rows);
}
