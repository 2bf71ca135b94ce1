import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { isPostgres } from '../dialect.js';
import { AWAITING_REPLY } from '../../domain/applications/no-response.js';
import { PROGRESS_STAGES, stageRank } from '../../domain/applications/stages.js';
import { ALL_DIMENSION, metricFlags, resolveKeptCounts, type KeptCountRow, type KeptOutcome, type RecentAwaiting } from '../../domain/insights/kept-counts.js';
import { SEGMENT_METRICS, type SegmentDimension } from '../../domain/insights/types.js';
import { segmentKey } from '../../domain/org/cohort-insights.js';
import type { DB } from '../schema.js';
import { ownedBy, recentAwaiting, SEGMENT_COLUMN, type AggregateOptions, type InsightAggregates, type ReasonAggregates, type ThemeAggregates } from './insights.repo.js';
import { transact } from '../transact.js';

/**
 * The SQL of cohort insights beyond the seeker's aggregates (insights.repo.ts, which takes the
 * owners as a subquery): whose data counts, who stands behind the debrief figures, the
 * employers table and the outcomes. Organisations exist in hosted mode, on PostgreSQL;
 * `percentile_cont` is PostgreSQL's.
 */

/** Which members' data a cohort figure reads. Only consenting members (`counts = 1`) with the member role. */
export interface CohortScope {
  orgId: string;
  /** Only these cohorts (absent: every cohort of the organisation, and members without one). */
  cohortIds?: readonly string[] | undefined;
  program?: string | undefined;
  location?: string | undefined;
  status?: 'searching' | 'placed' | undefined;
}

/** The owners a scope counts, as a subquery for ownedBy(). */
export function scopeOwners(scope: CohortScope): RawBuilder<unknown> {
  const where: RawBuilder<unknown>[] = [sql`m.org_id = ${scope.orgId}`, sql`m.role = 'member'`, sql`m.counts = 1`];
  if (scope.cohortIds) where.push(scope.cohortIds.length ? sql`m.cohort_id in (${sql.join([...scope.cohortIds])})` : sql`1 = 0`);
  if (scope.program !== undefined) where.push(sql`c.program = ${scope.program}`);
  if (scope.location !== undefined) where.push(sql`c.location = ${scope.location}`);
  if (scope.status !== undefined) where.push(sql`m.status = ${scope.status}`);
  return sql`select m.owner_id from org_members m left join org_cohorts c on c.id = m.cohort_id where ${sql.join(where, sql` and `)}`;
}

/**
 * Booked steps whose day may have come, across the scope's members: those dated on or before `day`,
 * by owner (one query; each member's own day then decides, ADR 0004).
 */
export async function dueStatesOf(db: Kysely<DB>, owners: RawBuilder<unknown>, day: string): Promise<Map<string, { applicationId: string; nextEventOn: string }[]>> {
  const due = await db.selectFrom('application_state').select(['owner_id', 'application_id', 'next_event_on'])
    .where(ownedBy('owner_id', owners)).where('next_event_on', '<=', day).execute();
  const byOwner = new Map<string, { applicationId: string; nextEventOn: string }[]>();
  for (const r of due) {
    const row = { applicationId: r.application_id, nextEventOn: r.next_event_on ?? day };
    const rows = byOwner.get(r.owner_id);
    if (rows) rows.push(row);
    else byOwner.set(r.owner_id, [row]);
  }
  return byOwner;
}

const n = (v: unknown): number => Number(v ?? 0);

function period(column: RawBuilder<unknown>, options: AggregateOptions): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (options.from) parts.push(sql`${column} >= ${options.from}`);
  if (options.to) parts.push(sql`${column} <= ${options.to}`);
  return sql.join(parts, sql` and `);
}

export interface DebriefPeople {
  rejections: number;
  stated: number;
  reasons: Record<string, number>;
  lessons: number;
  themes: Record<string, number>;
}

/** People behind the reasons and themes figures: the same rows reasonAggregates / themeAggregates count. */
export async function debriefPeople(db: Kysely<DB>, owners: RawBuilder<unknown>, nonInformative: readonly string[], options: AggregateOptions): Promise<DebriefPeople> {
  const informative = nonInformative.length ? sql`rr.reason not in (${sql.join(nonInformative.map((r) => sql.lit(r)))})` : sql`1 = 1`;
  const lessonDay = sql`coalesce(r.rejected_on, substr(l.created_at, 1, 10))`;
  const [totals, reasons, lessons, themes] = await Promise.all([
    sql<{ rejections: number; stated: number }>`
      select count(distinct r.owner_id) as rejections,
        count(distinct case when rr.reason is not null and ${informative} then r.owner_id end) as stated
      from rejections r left join rejection_reasons rr on rr.rejection_id = r.id
      where ${ownedBy('r.owner_id', owners)} and ${period(sql.ref('r.rejected_on'), options)}`.execute(db),
    sql<{ reason: string; people: number }>`
      select rr.reason as reason, count(distinct rr.owner_id) as people
      from rejection_reasons rr join rejections r on r.id = rr.rejection_id
      where ${ownedBy('rr.owner_id', owners)} and ${period(sql.ref('r.rejected_on'), options)}
      group by rr.reason`.execute(db),
    sql<{ people: number }>`
      select count(distinct l.owner_id) as people from lessons l left join rejections r on r.application_id = l.application_id
      where ${ownedBy('l.owner_id', owners)} and ${period(lessonDay, options)}`.execute(db),
    sql<{ slug: string; people: number }>`
      select t.slug as slug, count(distinct l.owner_id) as people
      from lessons l join themes t on t.id = l.theme_id left join rejections r on r.application_id = l.application_id
      where ${ownedBy('l.owner_id', owners)} and ${period(lessonDay, options)}
      group by t.slug`.execute(db),
  ]);
  return {
    rejections: n(totals.rows[0]?.rejections),
    stated: n(totals.rows[0]?.stated),
    reasons: Object.fromEntries(reasons.rows.map((r) => [r.reason, n(r.people)])),
    lessons: n(lessons.rows[0]?.people),
    themes: Object.fromEntries(themes.rows.map((r) => [r.slug, n(r.people)])),
  };
}

export interface EmployerRow {
  name: string;
  people: number;
  applications: number;
  replies: number;
  interviews: number;
  offers: number;
  replyPeople: number;
  medianReplyDays: number | null;
}

/**
 * Companies the scope's members applied to, matched by name across members (each member has
 * their own companies row), with only those that `minPeople` or more members applied to;
 * `hidden` counts the others.
 */
export async function employers(
  db: Kysely<DB>,
  owners: RawBuilder<unknown>,
  options: AggregateOptions,
  minPeople: number,
  limit: number,
): Promise<{ rows: EmployerRow[]; hidden: number }> {
  const interview = stageRank('interview');
  const offer = stageRank('offer');
  const result = await sql<{ name: string; people: number; applications: number; replies: number; interviews: number; offers: number; reply_people: number; median: number | null; total: number }>`
    with e as (
      select c.name_key as k, min(c.name) as name, count(distinct d.owner_id) as people, count(*) as applications,
        sum(case when d.first_reply_on is not null then 1 else 0 end) as replies,
        sum(case when d.reached_rank >= ${sql.lit(interview)} then 1 else 0 end) as interviews,
        sum(case when d.reached_rank >= ${sql.lit(offer)} then 1 else 0 end) as offers,
        count(distinct case when d.first_reply_on is not null then d.owner_id end) as reply_people,
        percentile_cont(0.5) within group (order by (cast(d.first_reply_on as date) - cast(d.applied_on as date))) as median
      from application_state d
        join applications a on a.id = d.application_id
        join companies c on c.id = a.company_id
      where ${ownedBy('d.owner_id', owners)} and d.reached_rank >= ${sql.lit(stageRank('applied'))} and ${period(sql.ref('d.applied_on'), options)}
      group by c.name_key
    )
    select name, people, applications, replies, interviews, offers, reply_people, median, count(*) over () as total
    from e where people >= ${minPeople}
    order by applications desc, name
    limit ${limit}`.execute(db);
  const all = await sql<{ n: number }>`
    select count(distinct c.name_key) as n from application_state d join applications a on a.id = d.application_id join companies c on c.id = a.company_id
    where ${ownedBy('d.owner_id', owners)} and d.reached_rank >= ${sql.lit(stageRank('applied'))} and ${period(sql.ref('d.applied_on'), options)}`.execute(db);
  const shown = n(result.rows[0]?.total);
  return {
    rows: result.rows.map(toEmployerRow),
    hidden: n(all.rows[0]?.n) - shown,
  };
}

interface EmployerSqlRow {
  name: string;
  people: number;
  applications: number;
  replies: number;
  interviews: number;
  offers: number;
  reply_people: number;
  median: number | null;
}

/** One employer's row as both ways of reading it return it (counts come back as strings on PostgreSQL). */
const toEmployerRow = (r: EmployerSqlRow): EmployerRow => ({
  name: r.name,
  people: n(r.people),
  applications: n(r.applications),
  replies: n(r.replies),
  interviews: n(r.interviews),
  offers: n(r.offers),
  replyPeople: n(r.reply_people),
  medianReplyDays: r.median === null ? null : Number(r.median),
});

/**
 * The employers table from the counts kept per member and employer (employer_counts, employer_reply_days:
 * docs/decisions/0035), without reading the applications: the same rows as `employers` without a period.
 * The typical days to a reply is the median over the applications (PostgreSQL's percentile_cont, type 7),
 * from the kept days: the one or two middle values found by a running sum.
 */
export async function keptEmployers(db: Kysely<DB>, owners: RawBuilder<unknown>, minPeople: number, limit: number): Promise<{ rows: EmployerRow[]; hidden: number }> {
  const result = await sql<{ name: string; people: number; applications: number; replies: number; interviews: number; offers: number; reply_people: number; median: number | null; total: number; all_keys: number }>`
    with e as (
      select company_key as k, count(*) as people, sum(applications) as applications, sum(replies) as replies,
        sum(interviews) as interviews, sum(offers) as offers, sum(case when replies > 0 then 1 else 0 end) as reply_people
      from employer_counts where ${ownedBy('owner_id', owners)} and applications > 0
      group by company_key
    ),
    names as (
      select co.name_key as k, min(co.name) as name from companies co
        join employer_counts ec on ec.owner_id = co.owner_id and ec.company_key = co.name_key and ec.applications > 0
      where ${ownedBy('co.owner_id', owners)} and co.name_key in (select k from e where people >= ${minPeople})
      group by co.name_key
    ),
    shown as (
      select e.*, names.name, count(*) over () as total from e join names on names.k = e.k
      order by e.applications desc, names.name limit ${limit}
    ),
    g as (
      select d.company_key as k, d.days, sum(d.n) as n from employer_reply_days d
      where ${ownedBy('d.owner_id', owners)} and d.company_key in (select k from shown) and d.n <> 0
      group by d.company_key, d.days
    ),
    c as (select k, days, sum(n) over (partition by k order by days) as cum, sum(n) over (partition by k) as tot from g),
    m as (
      select k, (min(case when cum >= floor((tot - 1) / 2.0) + 1 then days end) + min(case when cum >= ceil((tot - 1) / 2.0) + 1 then days end)) / 2.0 as median
      from c group by k
    )
    select shown.name, shown.people, shown.applications, shown.replies, shown.interviews, shown.offers, shown.reply_people, m.median,
      shown.total, (select count(*) from e) as all_keys
    from shown left join m on m.k = shown.k
    order by shown.applications desc, shown.name`.execute(db);
  const all = result.rows.length ? n(result.rows[0]?.all_keys) : n((await sql<{ n: number }>`select count(distinct company_key) as n from employer_counts where ${ownedBy('owner_id', owners)} and applications > 0`.execute(db)).rows[0]?.n);
  return {
    rows: result.rows.map(toEmployerRow),
    hidden: all - n(result.rows[0]?.total),
  };
}

export interface MemberOutcome {
  status: string;
  /** Days from the member's first application to their first interview / offer (null: none yet). */
  daysToInterview: number | null;
  daysToOffer: number | null;
}

/** One row per member in the scope (no identity): their status and their days to a first interview and offer. */
export async function memberOutcomes(db: Kysely<DB>, scope: RawBuilder<unknown>, statusScope: RawBuilder<unknown>, today: string): Promise<MemberOutcome[]> {
  const result = await sql<{ status: string; to_interview: number | null; to_offer: number | null }>`
    with m as (${statusScope}),
    first as (select owner_id, min(applied_on) as first_applied from application_state where owner_id in (${scope}) and applied_on is not null group by owner_id),
    ev as (
      select owner_id,
        min(case when stage in ('interview', 'final') then occurred_on end) as first_interview,
        min(case when stage = 'offer' then occurred_on end) as first_offer
      from stage_events where owner_id in (${scope}) and stage in ('interview', 'final', 'offer') and occurred_on <= ${today}
      group by owner_id
    )
    select m.status as status,
      cast(ev.first_interview as date) - cast(first.first_applied as date) as to_interview,
      cast(ev.first_offer as date) - cast(first.first_applied as date) as to_offer
    from m left join first on first.owner_id = m.owner_id left join ev on ev.owner_id = m.owner_id`.execute(db);
  return result.rows.map((r) => ({
    status: r.status,
    daysToInterview: r.to_interview === null ? null : Math.max(0, n(r.to_interview)),
    daysToOffer: r.to_offer === null ? null : Math.max(0, n(r.to_offer)),
  }));
}

/** The scope's members with their status (for memberOutcomes). */
export function scopeStatuses(scope: CohortScope): RawBuilder<unknown> {
  const owners = scopeOwners(scope);
  return sql`select owner_id, status from org_members where org_id = ${scope.orgId} and owner_id in (${owners})`;
}

/**
 * The cohort statement is large (a dozen groupings in one UNION); PostgreSQL's JIT compiles it
 * anew on every run, which costs more than it saves at these sizes. Off for this transaction only.
 */
export async function withoutJit<T>(db: Kysely<DB>, run: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return run(db);
  return transact(db, async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return run(trx);
  });
}

// ---- the kept path: the counts the triggers keep per member, summed over the scope ----------------

interface ValueRow {
  dimension: string;
  value: string;
  n: number;
  rt: number;
  rs: number;
  it: number;
  is: number;
  ot: number;
  os: number;
  people: number;
}

export interface KeptCohortAggregates {
  /** With `ownerOutcomes` and `segmentPeople`, as recomputedInsightAggregates gives them with `people`. */
  agg: InsightAggregates;
  reasons: ReasonAggregates;
  themes: ThemeAggregates;
  people: DebriefPeople;
}

/**
 * The cohort's aggregates from the counts kept per member (docs/decisions/0029-insights-in-constant-time.md):
 * a few hundred rows per member summed in SQL, whatever the number of applications, plus the
 * applications still waiting on the employer with news inside the window (the board's index, per
 * member and status), which are in progress rather than silent. Who stands behind each figure comes
 * from the same rows: each member's own outcome counts, and per segment value the members with it
 * and those with no other value. Without a period only: the kept counts have no day.
 */
export async function keptCohortAggregates(db: Kysely<DB>, owners: RawBuilder<unknown>, silentCutoff: string): Promise<KeptCohortAggregates> {
  const mine = (column: string) => ownedBy(column, owners);
  const [perOwner, values, onlyOne, waiting, days, reasonRows, reasonPeople, monthRows, rejectionPeople, themeRows, themePeople, lessonApps] = await Promise.all([
    // Every application of each member by stage × outcome × replied (index-only: insight_counts_all_ix).
    sql<{ owner_id: string; reached_rank: number; outcome: string; replied: number; n: number }>`
      select owner_id, reached_rank, outcome, replied, n from insight_counts
      where ${mine('owner_id')} and dimension = ${ALL_DIMENSION} and n <> 0`.execute(db),
    // Per segment value: the metric sums and the members with it (one hash aggregation, no sort).
    sql<ValueRow>`
      select dimension, value, sum(n) as n, sum(response_trials) as rt, sum(response_successes) as rs,
        sum(interview_trials) as it, sum(interview_successes) as "is", sum(offer_trials) as ot, sum(offer_successes) as os,
        count(*) as people
      from insight_value_counts where ${mine('owner_id')} and n <> 0
      group by dimension, value`.execute(db),
    // Members with no other value in the dimension: a member's (owner, dimension) group with one value names it
    // as its min(value). Two hash aggregations beside the one above, instead of a window over the sorted rows.
    sql<{ dimension: string; value: string; only_one: number }>`
      select dimension, value, count(*) as only_one from (
        select dimension, min(value) as value from insight_value_counts where ${mine('owner_id')} and n <> 0
        group by owner_id, dimension having count(*) = 1
      ) x group by dimension, value`.execute(db),
    // One range of the partial index application_state_waiting_ix (the statuses as literals, which it needs).
    db.selectFrom('application_state')
      .where(mine('owner_id'))
      .where(sql<SqlBool>`status in (${sql.join(AWAITING_REPLY.map((s) => sql.lit(s)))})`)
      .where('last_event_on', '>', silentCutoff)
      .select(['owner_id', 'reached_rank', 'first_reply_on', 'applied_on', ...Object.values(SEGMENT_COLUMN)])
      .execute(),
    sql<{ kind: string; reached_rank: number; days: number; n: number }>`
      select kind, reached_rank, days, sum(n) as n from insight_day_counts where ${mine('owner_id')} group by kind, reached_rank, days`.execute(db),
    sql<{ month: string; reason: string; n: number; outside: number }>`
      select month, reason, sum(n) as n, sum(outside) as outside from insight_reason_counts
      where ${mine('owner_id')} and n <> 0 group by month, reason`.execute(db),
    sql<{ reason: string; people: number }>`
      select reason, count(distinct owner_id) as people from insight_reason_counts where ${mine('owner_id')} and n <> 0 group by reason`.execute(db),
    sql<{ month: string; rejections: number; with_reasons: number; outside: number }>`
      select month, sum(rejections) as rejections, sum(with_reasons) as with_reasons, sum(outside) as outside from insight_rejection_months
      where ${mine('owner_id')} and rejections <> 0 group by month`.execute(db),
    sql<{ rejections: number; stated: number }>`
      select count(distinct owner_id) as rejections, count(distinct case when with_reasons > 0 then owner_id end) as stated
      from insight_rejection_months where ${mine('owner_id')} and rejections <> 0`.execute(db),
    sql<{ month: string; slug: string; label: string; n: number }>`
      select k.month as month, t.slug as slug, min(t.label) as label, sum(k.n) as n
      from insight_theme_counts k join themes t on t.id = k.theme_id
      where ${mine('k.owner_id')} and k.n <> 0 group by k.month, t.slug`.execute(db),
    sql<{ slug: string; people: number }>`
      select t.slug as slug, count(distinct k.owner_id) as people
      from insight_theme_counts k join themes t on t.id = k.theme_id
      where ${mine('k.owner_id')} and k.n <> 0 group by t.slug`.execute(db),
    // Index-only over (owner_id, application_id).
    sql<{ applications: number; people: number }>`
      select count(distinct application_id) as applications, count(distinct owner_id) as people from lessons where ${mine('owner_id')}`.execute(db),
  ]);
  const only = new Map(onlyOne.rows.map((r) => [segmentKey(r.dimension, r.value), n(r.only_one)]));
  const recent = waiting.map((r) => ({ owner: r.owner_id, ...recentAwaiting(r) }));
  const all: KeptCountRow[] = perOwner.rows.map((r) => ({
    rank: n(r.reached_rank), outcome: r.outcome as KeptOutcome, replied: n(r.replied) === 1, dimension: ALL_DIMENSION, value: '', count: n(r.n),
  }));
  const resolved = resolveKeptCounts(all, recent.map((r) => ({ rank: r.rank, replied: r.replied, values: {} })));
  const segments = new Map(values.rows.map((r) => [segmentKey(r.dimension, r.value), {
    dimension: r.dimension as SegmentDimension,
    value: r.value,
    trials: { response: n(r.rt), interview: n(r.it), offer: n(r.ot) },
    successes: { response: n(r.rs), interview: n(r.is), offer: n(r.os) },
  }]));
  // The kept value counts take every waiting application as silence; those with news inside the window are in progress.
  for (const a of recent) {
    for (const [dimension, value] of Object.entries(a.values)) {
      const row = segments.get(segmentKey(dimension, value));
      if (!row) continue;
      const silent = metricFlags('silence', a.rank, a.replied);
      const waiting = metricFlags('in_progress', a.rank, a.replied);
      for (const m of SEGMENT_METRICS) row.trials[m] += Number(waiting[m].trial) - Number(silent[m].trial);
    }
  }
  // Each member's own outcomes, resolved with their own waiting applications.
  const ownRows = new Map<string, KeptCountRow[]>();
  for (const r of perOwner.rows) {
    const list = ownRows.get(r.owner_id) ?? [];
    list.push({ rank: n(r.reached_rank), outcome: r.outcome as KeptOutcome, replied: n(r.replied) === 1, dimension: ALL_DIMENSION, value: '', count: n(r.n) });
    ownRows.set(r.owner_id, list);
  }
  const ownRecent = new Map<string, RecentAwaiting[]>();
  for (const r of recent) {
    if (r.rank < stageRank('applied')) continue;
    const own = ownRecent.get(r.owner);
    if (own) own.push({ rank: r.rank, replied: r.replied, values: {} });
    else ownRecent.set(r.owner, [{ rank: r.rank, replied: r.replied, values: {} }]);
  }
  const ownerOutcomes = [...ownRows].flatMap(([owner, rows]) =>
    resolveKeptCounts(rows, ownRecent.get(owner) ?? []).outcomes.map((o) => ({ owner, stage: PROGRESS_STAGES[o.rank] ?? 'applied', outcome: o.outcome, replied: o.replied, count: o.count })),
  );
  return {
    agg: {
      totalApplications: resolved.totalApplications,
      outcomes: resolved.outcomes.map((r) => ({ stage: PROGRESS_STAGES[r.rank] ?? 'applied', outcome: r.outcome, replied: r.replied, count: r.count })),
      segments: [...segments.values()],
      days: days.rows
        .filter((r) => n(r.n) !== 0)
        .map((r) => ({ kind: r.kind === 'reply' ? 'reply' : 'rejection', stage: PROGRESS_STAGES[n(r.reached_rank)] ?? 'applied', days: Math.max(0, n(r.days)), count: n(r.n) })),
      ownerOutcomes,
      segmentPeople: values.rows.map((r) => ({ dimension: r.dimension as SegmentDimension, value: r.value, people: n(r.people), only: only.get(segmentKey(r.dimension, r.value)) ?? 0 })),
    },
    reasons: {
      reasons: reasonRows.rows.map((r) => ({ month: r.month, reason: r.reason, count: n(r.n), outside: n(r.outside) })),
      months: monthRows.rows.map((r) => ({ month: r.month, rejections: n(r.rejections), withReasons: n(r.with_reasons), outside: n(r.outside) })),
    },
    themes: {
      themes: themeRows.rows.map((r) => ({ month: r.month, slug: r.slug, label: r.label, count: n(r.n) })),
      applications: n(lessonApps.rows[0]?.applications),
    },
    people: {
      rejections: n(rejectionPeople.rows[0]?.rejections),
      stated: n(rejectionPeople.rows[0]?.stated),
      reasons: Object.fromEntries(reasonPeople.rows.map((r) => [r.reason, n(r.people)])),
      lessons: n(lessonApps.rows[0]?.people),
      themes: Object.fromEntries(themePeople.rows.map((r) => [r.slug, n(r.people)])),
    },
  };
}
