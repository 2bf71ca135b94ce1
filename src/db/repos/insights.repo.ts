import { sql, type Kysely, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import { isPostgres } from '../dialect.js';
import { AWAITING_REPLY } from '../../domain/applications/no-response.js';
import { PROGRESS_STAGES, stageRank, type ProgressStage } from '../../domain/applications/stages.js';
import { SEGMENT_DIMENSIONS, type SegmentDimension, type SegmentMetric } from '../../domain/insights/types.js';
import { resolveKeptCounts, type KeptCountRow, type KeptOutcome, type RecentAwaiting } from '../../domain/insights/kept-counts.js';
import type { DB } from '../schema.js';
import { derivedStateQuery } from './derived-state.js';

/**
 * Insights aggregates, computed in SQL over one row per *sent* application
 * (furthest stage `applied` or later; saved-only applications are left out).
 *
 * Definitions (the service repeats them to the user):
 * - reply: any event from the employer after applying — a stage from `screen`
 *   on, or `rejected`. `ghosted` and `withdrawn` are not replies (the first is
 *   silence, the second the seeker's own move).
 * - outcome: how the application stands now —
 *   `rejected` / `withdrawn` / `accepted` from its newest event;
 *   `silence` when it was marked "no response", or is still waiting on the
 *   employer with no news since `silentCutoff` (the no-response window);
 *   `in_progress` otherwise.
 * - segment populations: response = outcome known (replied, or not in progress);
 *   interview = reached screen, or ended by a rejection or silence;
 *   offer = reached an offer, or ended by a rejection or silence.
 *   Withdrawn applications that had not reached the step are left out, like in the funnel.
 */

export const UNKNOWN = 'unknown';
export const OUTCOME_VALUES = ['in_progress', 'accepted', 'rejected', 'withdrawn', 'silence'] as const;
export type OutcomeValue = (typeof OUTCOME_VALUES)[number];

const SCREEN = stageRank('screen');
const OFFER = stageRank('offer');

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * Whose applications are counted: one owner (a seeker's own insights), or a subquery
 * that yields owner ids (a cohort's consenting members, src/db/repos/cohort-insights.repo.ts).
 */
export type Owners = string | RawBuilder<unknown>;

/** `column` belongs to the owners. */
export function ownedBy(column: string, owners: Owners): RawBuilder<SqlBool> {
  return typeof owners === 'string' ? sql<SqlBool>`${sql.ref(column)} = ${owners}` : sql<SqlBool>`${sql.ref(column)} in (${owners})`;
}

/** Options of the aggregates beyond the owners. */
export interface AggregateOptions {
  /** Only applications sent in this period (YYYY-MM-DD, both ends included). */
  from?: string | undefined;
  to?: string | undefined;
  /** Derive each application's state afresh from its stage events as of this day (one owner only). */
  fromEventsAsOf?: string | undefined;
  /**
   * Also count who stands behind the figures (cohorts, for small-cell suppression): the
   * outcome counts per owner, and per segment value the owners with it and those with only it.
   */
  people?: boolean | undefined;
}

function periodOn(value: RawBuilder<unknown>, options: AggregateOptions): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [];
  if (options.from) parts.push(sql`${value} >= ${options.from}`);
  if (options.to) parts.push(sql`${value} <= ${options.to}`);
  return parts.length ? sql<SqlBool>`${sql.join(parts, sql` and `)}` : sql<SqlBool>`1 = 1`;
}

const inPeriod = (column: string, options: AggregateOptions): RawBuilder<SqlBool> => periodOn(sql.ref(column), options);


/** Whole days from `from` to `to` (both YYYY-MM-DD text), per dialect. */
function dayDiff(db: Kysely<DB>, from: RawBuilder<unknown>, to: RawBuilder<unknown>): RawBuilder<number> {
  return isPostgres(db)
    ? sql<number>`(cast(${to} as date) - cast(${from} as date))`
    : sql<number>`cast(julianday(${to}) - julianday(${from}) as integer)`;
}

/** The value each application takes in each segment dimension; nulls become "unknown". */
const band = (col: string) =>
  sql<string>`case when ${sql.ref(col)} is null then ${sql.lit(UNKNOWN)} when ${sql.ref(col)} <= 2 then 'low' when ${sql.ref(col)} = 3 then 'mid' else 'high' end`;
const yesNo = (col: string) => sql<string>`case when ${sql.ref(col)} = 1 then 'yes' else 'no' end`;
const orUnknown = (col: string) => sql<string>`coalesce(nullif(${sql.ref(col)}, ''), ${sql.lit(UNKNOWN)})`;

const DIMENSION_SQL: Record<SegmentDimension, RawBuilder<string>> = {
  source: orUnknown('a.source'),
  referral: yesNo('a.referral'),
  tailored: yesNo('a.tailored'),
  resume_version: orUnknown('a.resume_version'),
  fit_band: band('a.fit'),
  excitement_band: band('a.excitement'),
  role_family: orUnknown('a.role_family'),
  seniority: orUnknown('a.seniority'),
  remote: orUnknown('a.remote'),
  company_size: orUnknown('c.size'),
  month: sql<string>`coalesce(substr(d.applied_on, 1, 7), ${sql.lit(UNKNOWN)})`,
};

const STATE_COLUMNS = ['application_id', 'status', 'reached_rank', 'applied_on', 'last_event_on', 'first_reply_on', 'last_progress_on'] as const;

/**
 * The per-application state as `d`: the projection of the owners, or (one owner only) derived
 * from the events as of a day.
 */
function stateSource(db: Kysely<DB>, owners: Owners, fromEventsAsOf: string | undefined) {
  const projection = db.selectFrom('application_state').select(STATE_COLUMNS).where(ownedBy('owner_id', owners)).as('d');
  if (fromEventsAsOf === undefined) return projection;
  if (typeof owners !== 'string') throw new Error('The state is derived from the events for one owner at a time.');
  return db.selectFrom(derivedStateQuery(db, owners, fromEventsAsOf).as('x')).select(STATE_COLUMNS).as('d') as unknown as typeof projection;
}

/**
 * One row per sent application: its furthest stage, outcome, reply, day counts and segment values.
 * Read from the application_state projection (ADR 0004), or, with `fromEventsAsOf`, derived
 * afresh from the stage events as of that day (the recomputation the kept counts are held to).
 */
function factsQuery(db: Kysely<DB>, owners: Owners, silentCutoff: string, options: AggregateOptions = {}) {
  const outcome = sql<OutcomeValue>`case
    when d.status in ('rejected', 'withdrawn', 'accepted') then d.status
    when d.status = 'ghosted' then 'silence'
    when d.status in (${list(AWAITING_REPLY)}) and d.last_event_on <= ${silentCutoff} then 'silence'
    else 'in_progress' end`;
  const common = [
    'd.reached_rank as reached_rank',
    'd.applied_on as applied_on',
    outcome.as('outcome'),
    sql<number>`case when d.first_reply_on is null then 0 else 1 end`.as('replied'),
    dayDiff(db, sql.ref('d.applied_on'), sql.ref('d.first_reply_on')).as('reply_days'),
    // A rejected application's newest event is its rejection, so its day is last_event_on.
    sql<number | null>`case when d.status = 'rejected' then ${dayDiff(db, sql.ref('d.last_progress_on'), sql.ref('d.last_event_on'))} end`.as('reject_days'),
  ] as const;
  if ((options.from || options.to) && options.fromEventsAsOf === undefined) {
    // A period reads application_state alone: it holds the segment values (kept by the triggers), and the
    // index on (owner_id, applied_on) finds the applications sent in the period.
    return db
      .selectFrom('application_state as d')
      .where(ownedBy('d.owner_id', owners))
      .where('d.reached_rank', '>=', stageRank('applied'))
      .where(inPeriod('d.applied_on', options))
      .select([
        'd.application_id as id',
        'd.owner_id as owner_id',
        ...common,
        ...SEGMENT_DIMENSIONS.map((dim) => (dim === 'month' ? DIMENSION_SQL.month : sql<string>`${sql.ref(`d.${SEGMENT_COLUMN[dim]}`)}`).as(`dim_${dim}`)),
      ]);
  }
  const dims = SEGMENT_DIMENSIONS.map((dim) => DIMENSION_SQL[dim].as(`dim_${dim}`));
  return db
    .selectFrom('applications as a')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .innerJoin(stateSource(db, owners, options.fromEventsAsOf), 'd.application_id', 'a.id')
    .where(ownedBy('a.owner_id', owners))
    .where('d.reached_rank', '>=', stageRank('applied'))
    .where(inPeriod('d.applied_on', options))
    .select([
      'a.id as id',
      'a.owner_id as owner_id',
      ...common,
      ...dims,
    ]);
}

/** Flags per metric (1/0) over a row with outcome, reached_rank and replied: in the population (trial), and a success. */
function metricFlags(t: string): Record<SegmentMetric, { trial: RawBuilder<number>; success: RawBuilder<number> }> {
  const col = (c: string) => sql.ref(`${t}.${c}`);
  const closed = sql`${col('outcome')} in ('rejected', 'silence')`;
  return {
    response: {
      trial: sql<number>`case when ${col('replied')} = 1 or ${col('outcome')} <> 'in_progress' then 1 else 0 end`,
      success: sql<number>`${col('replied')}`,
    },
    interview: {
      trial: sql<number>`case when ${col('reached_rank')} >= ${sql.lit(SCREEN)} or ${closed} then 1 else 0 end`,
      success: sql<number>`case when ${col('reached_rank')} >= ${sql.lit(SCREEN)} then 1 else 0 end`,
    },
    offer: {
      trial: sql<number>`case when ${col('reached_rank')} >= ${sql.lit(OFFER)} or ${closed} then 1 else 0 end`,
      success: sql<number>`case when ${col('reached_rank')} >= ${sql.lit(OFFER)} then 1 else 0 end`,
    },
  };
}

/**
 * `f` = the facts, one row per sent application, materialized: every grouping
 * reads it instead of re-deriving the state. `AS MATERIALIZED` is accepted by
 * SQLite (≥ 3.35) and PostgreSQL (≥ 12).
 */
export function factsCte(db: Kysely<DB>, owners: Owners, silentCutoff: string, options: AggregateOptions = {}): RawBuilder<unknown> {
  return sql`f as materialized ${factsQuery(db, owners, silentCutoff, options)}`;
}

/**
 * The segment dimensions in blocks of a few. Grouping the facts once per block by
 * (outcome, furthest stage, replied, the block's dimensions) leaves a few hundred
 * rows (those columns take a handful of values each), so the eleven per-dimension
 * groupings — and the metric flags, which depend only on outcome, stage and
 * replied — run over those rows instead of every application: four sorts of the
 * facts instead of eleven on SQLite, which has no hash aggregation.
 */
const SEGMENT_BLOCKS: readonly (readonly SegmentDimension[])[] = [
  ['source', 'referral', 'tailored', 'resume_version'],
  ['fit_band', 'excitement_band', 'role_family'],
  ['seniority', 'remote', 'company_size'],
  ['month'],
];
if (SEGMENT_BLOCKS.flat().length !== SEGMENT_DIMENSIONS.length || SEGMENT_DIMENSIONS.some((d) => !SEGMENT_BLOCKS.flat().includes(d))) {
  throw new Error('SEGMENT_BLOCKS must list every segment dimension once.');
}
const OUTCOME_KEY = sql`outcome, reached_rank, replied`;
/** c0…c5 of a segment row: trials and successes of response, interview, offer. */
const SEGMENT_METRICS_ORDER = ['response', 'interview', 'offer'] as const satisfies readonly SegmentMetric[];

export interface OutcomeCountRow {
  stage: ProgressStage;
  outcome: OutcomeValue;
  replied: boolean;
  count: number;
}

export interface SegmentSumRow {
  dimension: SegmentDimension;
  value: string;
  trials: Record<SegmentMetric, number>;
  successes: Record<SegmentMetric, number>;
}

export interface DayCountRow {
  kind: 'reply' | 'rejection';
  stage: ProgressStage;
  days: number;
  count: number;
}

export interface InsightAggregates {
  totalApplications: number;
  outcomes: OutcomeCountRow[];
  segments: SegmentSumRow[];
  days: DayCountRow[];
  /** With `people`: outcome counts per owner. */
  ownerOutcomes?: (OutcomeCountRow & { owner: string })[];
  /** With `people`: per segment value, owners with it and owners with no other value in that dimension. */
  segmentPeople?: { dimension: SegmentDimension; value: string; people: number; only: number }[];
}

/**
 * Per segment value: the owners with it, and those with no other value in the dimension
 * (so "everyone else" counts total − only people). PostgreSQL groups the (owner, value)
 * pairs of all eleven dimensions in one pass with GROUPING SETS; SQLite, one grouping each.
 */
function segmentPeopleCte(db: Kysely<DB>): RawBuilder<unknown> {
  const pairs = isPostgres(db)
    ? sql`select owner_id,
          case ${sql.join(SEGMENT_DIMENSIONS.map((d) => sql`when grouping(${sql.ref(`dim_${d}`)}) = 0 then ${sql.lit(d)}`), sql` `)} end as d,
          coalesce(${sql.join(SEGMENT_DIMENSIONS.map((d) => sql.ref(`dim_${d}`)))}) as v
        from f group by grouping sets (${sql.join(SEGMENT_DIMENSIONS.map((d) => sql`(owner_id, ${sql.ref(`dim_${d}`)})`))})`
    : sql.join(SEGMENT_DIMENSIONS.map((d) => sql`select owner_id, ${sql.lit(d)} as d, ${sql.ref(`dim_${d}`)} as v from f group by owner_id, ${sql.ref(`dim_${d}`)}`), sql` union all `);
  return sql`pp as materialized (select d, v, count(*) over (partition by owner_id, d) as nv from (${pairs}) pairs)`;
}

const n = (v: unknown): number => Number(v ?? 0);
const NULL_TEXT = sql`cast(null as text)`;
const NULL_INT = sql`cast(null as integer)`;

/** One row shape for every part of the single statement below. */
interface PartRow {
  part: 'outcome' | 'days' | 'segment' | 'owner' | 'people';
  k1: string | null;
  k2: string | null;
  rank: number | null;
  num: number | null;
  c0: number;
  c1: number | null;
  c2: number | null;
  c3: number | null;
  c4: number | null;
  c5: number | null;
}

/**
 * Everything insights needs recomputed from scratch in ONE statement, on both
 * dialects — the reference the kept counts (keptInsightAggregates) are held
 * to: the per-application facts are computed once (a materialized CTE — one
 * pass over every application of the owner, and over its events with
 * `fromEventsAsOf`), pre-grouped by block (SEGMENT_BLOCKS) and grouped four
 * ways, glued with UNION ALL into one row shape:
 * - outcome: furthest stage × outcome × replied → count (from the last block);
 * - days:    first-reply days (k1 = 'reply') and rejection days by stage (k1 = 'rejection') → count;
 * - segment: dimension × value → trials and successes of each metric.
 */
export async function recomputedInsightAggregates(db: Kysely<DB>, owners: Owners, silentCutoff: string, options: AggregateOptions = {}): Promise<InsightAggregates> {
  const zeros = sql`${NULL_INT}, ${NULL_INT}, ${NULL_INT}, ${NULL_INT}, ${NULL_INT}`;
  const blockCtes = SEGMENT_BLOCKS.map((dims, k) => {
    const cols = sql.join(dims.map((dim) => sql.ref(`dim_${dim}`)));
    return sql`${sql.ref(`g${k}`)} as materialized (select ${OUTCOME_KEY}, ${cols}, count(*) as n from f group by ${OUTCOME_KEY}, ${cols})`;
  });
  const segmentParts = SEGMENT_BLOCKS.flatMap((dims, k) => {
    const flags = metricFlags(`g${k}`);
    const n = sql.ref(`g${k}.n`);
    const sums = sql.join(SEGMENT_METRICS_ORDER.map((m) => sql`sum(${flags[m].trial} * ${n}), sum(${flags[m].success} * ${n})`));
    return dims.map((dim) => {
      const col = sql.ref(`g${k}.dim_${dim}`);
      return sql`select 'segment', ${sql.lit(dim)}, ${col}, ${NULL_INT}, ${NULL_INT}, ${sums} from ${sql.ref(`g${k}`)} group by ${col}`;
    });
  });
  const last = sql.ref(`g${SEGMENT_BLOCKS.length - 1}`);
  const parts = [
    sql`select 'outcome' as part, outcome as k1, ${NULL_TEXT} as k2, reached_rank as rank, replied as num, sum(n) as c0,
        ${NULL_INT} as c1, ${NULL_INT} as c2, ${NULL_INT} as c3, ${NULL_INT} as c4, ${NULL_INT} as c5
      from ${last} group by ${OUTCOME_KEY}`,
    sql`select 'days', 'reply', ${NULL_TEXT}, ${sql.lit(stageRank('applied'))}, f.reply_days, count(*), ${zeros}
      from f where f.reply_days is not null group by f.reply_days`,
    sql`select 'days', 'rejection', ${NULL_TEXT}, f.reached_rank, f.reject_days, count(*), ${zeros}
      from f where f.reject_days is not null group by f.reached_rank, f.reject_days`,
    ...segmentParts,
  ];
  // With a period, saved applications (never sent) fall outside it: the total is the sent ones.
  const totalQuery = options.from || options.to
    ? db.selectFrom('application_state as d').where(ownedBy('d.owner_id', owners)).where('d.reached_rank', '>=', stageRank('applied')).where(inPeriod('d.applied_on', options))
    : db.selectFrom('applications as d').where(ownedBy('d.owner_id', owners));
  const ctes = [factsCte(db, owners, silentCutoff, options), ...blockCtes];
  if (options.people) {
    ctes.push(segmentPeopleCte(db));
    parts.push(
      sql`select 'owner', outcome, owner_id, reached_rank, replied, count(*), ${zeros} from f group by owner_id, ${OUTCOME_KEY}`,
      sql`select 'people', d, v, ${NULL_INT}, ${NULL_INT}, count(*), sum(case when nv = 1 then 1 else 0 end), ${NULL_INT}, ${NULL_INT}, ${NULL_INT}, ${NULL_INT}
        from pp group by d, v`,
    );
  }
  const [total, result] = await Promise.all([
    totalQuery.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    sql<PartRow>`with ${sql.join(ctes)} ${sql.join(parts, sql` union all `)}`.execute(db),
  ]);
  const ownerOutcomes: NonNullable<InsightAggregates['ownerOutcomes']> = [];
  const segmentPeople: NonNullable<InsightAggregates['segmentPeople']> = [];
  const agg: InsightAggregates = { totalApplications: n(total.n), outcomes: [], segments: [], days: [], ...(options.people ? { ownerOutcomes, segmentPeople } : {}) };
  for (const r of result.rows) {
    const stage = PROGRESS_STAGES[n(r.rank)] ?? 'applied';
    if (r.part === 'owner') {
      ownerOutcomes.push({ owner: String(r.k2), stage, outcome: r.k1 as OutcomeValue, replied: n(r.num) === 1, count: n(r.c0) });
    } else if (r.part === 'people') {
      segmentPeople.push({ dimension: r.k1 as SegmentDimension, value: String(r.k2), people: n(r.c0), only: n(r.c1) });
    } else if (r.part === 'outcome') {
      agg.outcomes.push({ stage, outcome: r.k1 as OutcomeValue, replied: n(r.num) === 1, count: n(r.c0) });
    } else if (r.part === 'days') {
      agg.days.push({ kind: r.k1 === 'reply' ? 'reply' : 'rejection', stage, days: Math.max(0, n(r.num)), count: n(r.c0) });
    } else {
      agg.segments.push({
        dimension: r.k1 as SegmentDimension,
        value: String(r.k2),
        trials: { response: n(r.c0), interview: n(r.c2), offer: n(r.c4) },
        successes: { response: n(r.c1), interview: n(r.c3), offer: n(r.c5) },
      });
    }
  }
  return agg;
}

/** Segment dimension → its column on application_state (kept by triggers, migration 20261203_2601). */
export const SEGMENT_COLUMN: Record<Exclude<SegmentDimension, 'month'>, keyof DB['application_state']> = {
  source: 'seg_source',
  referral: 'seg_referral',
  tailored: 'seg_tailored',
  resume_version: 'seg_resume_version',
  fit_band: 'seg_fit_band',
  excitement_band: 'seg_excitement_band',
  role_family: 'seg_role_family',
  seniority: 'seg_seniority',
  remote: 'seg_remote',
  company_size: 'seg_company_size',
};

/** An application waiting on the employer with news inside the window, with its segment values (a sent one). */
export function recentAwaiting(r: Pick<Selectable<DB['application_state']>, 'reached_rank' | 'first_reply_on' | 'applied_on' | (typeof SEGMENT_COLUMN)[keyof typeof SEGMENT_COLUMN]>): RecentAwaiting {
  const rank = n(r.reached_rank);
  const values: Record<string, string> = {};
  if (rank >= stageRank('applied')) {
    for (const [dimension, column] of Object.entries(SEGMENT_COLUMN)) values[dimension] = String(r[column]);
    values.month = r.applied_on ? r.applied_on.slice(0, 7) : UNKNOWN;
  }
  return { rank, replied: r.first_reply_on !== null, values };
}

/**
 * The same aggregates as recomputedInsightAggregates, read from the counts the
 * triggers keep (insight_counts, insight_day_counts: a few hundred rows
 * whatever the number of applications) and the applications waiting on the
 * employer whose last news is after `silentCutoff` (a range of the board's
 * index per status: as many as had news inside the no-response window).
 */
/** The applications waiting on the employer whose last news is after the cutoff: a range of the board's index per status. */
export function recentAwaitingQuery(db: Kysely<DB>, ownerId: string, silentCutoff: string) {
  return db.selectFrom('application_state')
    .where('owner_id', '=', ownerId)
    .where('status', 'in', [...AWAITING_REPLY])
    .where('last_event_on', '>', silentCutoff)
    .select(['reached_rank', 'first_reply_on', 'applied_on', ...Object.values(SEGMENT_COLUMN)]);
}

export async function keptInsightAggregates(db: Kysely<DB>, ownerId: string, silentCutoff: string): Promise<InsightAggregates> {
  const [counts, days, recent] = await Promise.all([
    db.selectFrom('insight_counts')
      .where('owner_id', '=', ownerId)
      .select(['reached_rank', 'outcome', 'replied', 'dimension', 'value', 'n'])
      .execute(),
    db.selectFrom('insight_day_counts')
      .where('owner_id', '=', ownerId)
      .select(['kind', 'reached_rank', 'days', 'n'])
      .execute(),
    recentAwaitingQuery(db, ownerId, silentCutoff).execute(),
  ]);
  const rows: KeptCountRow[] = counts.map((r) => ({
    rank: n(r.reached_rank),
    outcome: r.outcome as KeptOutcome,
    replied: n(r.replied) === 1,
    dimension: r.dimension,
    value: r.value,
    count: n(r.n),
  }));
  const waiting = recent.map(recentAwaiting);
  const resolved = resolveKeptCounts(rows, waiting);
  return {
    totalApplications: resolved.totalApplications,
    outcomes: resolved.outcomes.map((r) => ({ stage: PROGRESS_STAGES[r.rank] ?? 'applied', outcome: r.outcome, replied: r.replied, count: r.count })),
    segments: resolved.segments.map((r) => ({ ...r, dimension: r.dimension as SegmentDimension })),
    days: days
      .filter((r) => n(r.n) !== 0)
      .map((r) => ({ kind: r.kind === 'reply' ? 'reply' : 'rejection', stage: PROGRESS_STAGES[n(r.reached_rank)] ?? 'applied', days: Math.max(0, n(r.days)), count: n(r.n) })),
  };
}

export interface BehindFilter {
  stage?: ProgressStage | undefined;
  outcome?: OutcomeValue | undefined;
  dimension?: SegmentDimension | undefined;
  value?: string | undefined;
  metric?: SegmentMetric | undefined;
  success?: boolean | undefined;
  replied?: boolean | undefined;
  /** Debriefed rejections whose reasons include this one (marked `control`, if given). */
  reason?: string | undefined;
  control?: 'outside' | 'within' | undefined;
  /** Rejections with a stated reason whose stated reasons are all (true) / not all (false) marked outside. */
  outsideControl?: boolean | undefined;
  /** Debriefed rejections: all, with a stated reason, or with none. */
  rejection?: 'recorded' | 'stated' | 'unstated' | undefined;
  /** Applications with a lesson on this theme (slug or id). */
  theme?: string | undefined;
  /** Applications with any lesson. */
  lessons?: boolean | undefined;
  /** YYYY-MM: the month the debrief figures count by (the rejection's; for lessons without one, the lesson's). */
  month?: string | undefined;
}

/**
 * Conditions on `a` (applications) from the debrief filters: each an EXISTS over
 * the owner's rejections / lessons, the same rows reasonAggregates and
 * themeAggregates count. `nonInformative` reasons are not stated reasons.
 */
function debriefConditions(ownerId: string, filter: BehindFilter, nonInformative: readonly string[]): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  const rejectionMonth = filter.month === undefined ? sql`1 = 1` : sql`substr(r.rejected_on, 1, 7) = ${filter.month}`;
  const rejected = (extra: RawBuilder<unknown>) =>
    sql`exists (select 1 from rejections r where r.application_id = a.id and r.owner_id = ${ownerId} and ${rejectionMonth} and ${extra})`;
  if (filter.reason !== undefined) {
    const control = filter.control === undefined ? sql`1 = 1` : sql`rr.control = ${filter.control}`;
    conditions.push(rejected(sql`exists (select 1 from rejection_reasons rr
      where rr.rejection_id = r.id and rr.owner_id = ${ownerId} and rr.reason = ${filter.reason} and ${control})`));
  }
  const stated = nonInformative.length ? sql`rr.reason not in (${list(nonInformative)})` : sql`1 = 1`;
  const statedCount = sql`(select count(*) from rejection_reasons rr where rr.rejection_id = r.id and rr.owner_id = ${ownerId} and ${stated})`;
  const statedOutside = sql`(select count(*) from rejection_reasons rr
    where rr.rejection_id = r.id and rr.owner_id = ${ownerId} and ${stated} and rr.control = 'outside')`;
  if (filter.outsideControl !== undefined) {
    conditions.push(rejected(sql`${statedCount} > 0 and ${statedOutside} ${filter.outsideControl ? sql`=` : sql`<>`} ${statedCount}`));
  }
  if (filter.rejection === 'recorded') conditions.push(rejected(sql`1 = 1`));
  if (filter.rejection === 'stated') conditions.push(rejected(sql`${statedCount} > 0`));
  if (filter.rejection === 'unstated') conditions.push(rejected(sql`${statedCount} = 0`));
  if (filter.theme !== undefined || filter.lessons) {
    const theme = filter.theme === undefined ? sql`1 = 1` : sql`(t.slug = ${filter.theme} or t.id = ${filter.theme})`;
    const lessonMonth = filter.month === undefined
      ? sql`1 = 1`
      : sql`coalesce(substr(r.rejected_on, 1, 7), substr(l.created_at, 1, 7)) = ${filter.month}`;
    conditions.push(sql`exists (select 1 from lessons l
        join themes t on t.id = l.theme_id
        left join rejections r on r.application_id = l.application_id
      where l.application_id = a.id and l.owner_id = ${ownerId} and ${theme} and ${lessonMonth})`);
  }
  return conditions;
}

/**
 * Ids of the applications behind one figure, newest application first.
 * `stage` alone means "reached this stage or further"; with `outcome`, "whose
 * furthest stage is this one and that ended this way" (a Sankey link). Without
 * a debrief filter only sent applications count (the facts); with one, every
 * debriefed application does, like the reasons and themes figures.
 */
export async function applicationIdsBehind(
  db: Kysely<DB>,
  ownerId: string,
  silentCutoff: string,
  filter: BehindFilter,
  nonInformative: readonly string[] = [],
): Promise<string[]> {
  const conditions: RawBuilder<unknown>[] = [sql`a.owner_id = ${ownerId}`];
  if (filter.stage) {
    const rank = stageRank(filter.stage);
    conditions.push(filter.outcome ? sql`f.reached_rank = ${sql.lit(rank)}` : sql`f.reached_rank >= ${sql.lit(rank)}`);
  }
  if (filter.outcome) conditions.push(sql`f.outcome = ${filter.outcome}`);
  if (filter.dimension && filter.value !== undefined) conditions.push(sql`${sql.ref(`f.dim_${filter.dimension}`)} = ${filter.value}`);
  if (filter.metric) {
    const flags = metricFlags('f')[filter.metric];
    conditions.push(sql`${flags.trial} = 1`);
    if (filter.success !== undefined) conditions.push(sql`${flags.success} = ${sql.lit(filter.success ? 1 : 0)}`);
  }
  if (filter.replied !== undefined) conditions.push(sql`f.replied = ${sql.lit(filter.replied ? 1 : 0)}`);
  const debrief = debriefConditions(ownerId, filter, nonInformative);
  if (debrief.length === 0) conditions.push(sql`f.id is not null`);
  conditions.push(...debrief);
  const result = await sql<{ id: string }>`
    with ${factsCte(db, ownerId, silentCutoff)}
    select a.id as id from applications a left join f on f.id = a.id
    where ${sql.join(conditions, sql` and `)}
    order by case when f.applied_on is null then 1 else 0 end, f.applied_on desc, a.id`.execute(db);
  return result.rows.map((r) => r.id);
}

// ---- rejection reasons and lesson themes (from debriefs) ----

export interface ReasonAggregates {
  /** Per month of the rejection × reason: rejections citing it, and how many marked it outside. */
  reasons: { month: string; reason: string; count: number; outside: number }[];
  /** Per month: rejections recorded, with ≥ 1 informative reason, and with every informative reason outside. */
  months: { month: string; rejections: number; withReasons: number; outside: number }[];
}

/**
 * Rejection reasons over the owner's debriefs, grouped by the month of the
 * rejection. `nonInformative` reasons (boilerplate) are counted in `reasons`
 * but left out of `withReasons` / `outside`: a rejection is outside the
 * seeker's control when it has at least one informative reason and all of
 * them are marked outside.
 */
export async function reasonAggregates(db: Kysely<DB>, owners: Owners, nonInformative: readonly string[], options: AggregateOptions = {}): Promise<ReasonAggregates> {
  const informative = nonInformative.length ? sql`rr.reason not in (${list(nonInformative)})` : sql`1 = 1`;
  const month = sql`substr(r.rejected_on, 1, 7)`;
  const [reasons, months] = await Promise.all([
    sql<{ month: string; reason: string; count: number; outside: number }>`
      select ${month} as month, rr.reason as reason, count(*) as count,
        sum(case when rr.control = 'outside' then 1 else 0 end) as outside
      from rejection_reasons rr join rejections r on r.id = rr.rejection_id
      where ${ownedBy('rr.owner_id', owners)} and ${ownedBy('r.owner_id', owners)} and ${inPeriod('r.rejected_on', options)}
      group by ${month}, rr.reason`.execute(db),
    sql<{ month: string; rejections: number; withReasons: number; outside: number }>`
      select t.month as month, count(*) as rejections,
        sum(case when t.informative > 0 then 1 else 0 end) as "withReasons",
        sum(case when t.informative > 0 and t.outside = t.informative then 1 else 0 end) as outside
      from (
        select ${month} as month,
          sum(case when rr.reason is not null and ${informative} then 1 else 0 end) as informative,
          sum(case when rr.reason is not null and ${informative} and rr.control = 'outside' then 1 else 0 end) as outside
        from rejections r left join rejection_reasons rr on rr.rejection_id = r.id
        where ${ownedBy('r.owner_id', owners)} and ${inPeriod('r.rejected_on', options)}
        group by r.id, ${month}
      ) t
      group by t.month`.execute(db),
  ]);
  return {
    reasons: reasons.rows.map((r) => ({ month: String(r.month), reason: r.reason, count: n(r.count), outside: n(r.outside) })),
    months: months.rows.map((r) => ({ month: String(r.month), rejections: n(r.rejections), withReasons: n(r.withReasons), outside: n(r.outside) })),
  };
}

export interface ThemeAggregates {
  /** Per month × theme: applications whose lessons name it. */
  themes: { month: string; slug: string; label: string; count: number }[];
  /** Applications with at least one lesson. */
  applications: number;
}

/**
 * Lesson themes: how many applications name each theme, by the month of the
 * application's rejection (or of the lesson, when no rejection is recorded).
 * A lesson is unique per application and theme, so rows count applications.
 */
export async function themeAggregates(db: Kysely<DB>, owners: Owners, options: AggregateOptions = {}): Promise<ThemeAggregates> {
  const month = sql`coalesce(substr(r.rejected_on, 1, 7), substr(l.created_at, 1, 7))`;
  const [themes, total] = await Promise.all([
    sql<{ month: string; slug: string; label: string; count: number }>`
      select ${month} as month, t.slug as slug, t.label as label, count(*) as count
      from lessons l
        join themes t on t.id = l.theme_id
        left join rejections r on r.application_id = l.application_id
      where ${ownedBy('l.owner_id', owners)} and ${periodOn(sql`coalesce(r.rejected_on, substr(l.created_at, 1, 10))`, options)}
      group by ${month}, t.slug, t.label`.execute(db),
    sql<{ n: number }>`select count(distinct l.application_id) as n from lessons l
        left join rejections r on r.application_id = l.application_id
      where ${ownedBy('l.owner_id', owners)} and ${periodOn(sql`coalesce(r.rejected_on, substr(l.created_at, 1, 10))`, options)}`
      .execute(db).then((r) => r.rows[0] ?? { n: 0 }),
  ]);
  return {
    themes: themes.rows.map((r) => ({ month: String(r.month), slug: r.slug, label: r.label, count: n(r.count) })),
    applications: n(total.n),
  };
}

/**
 * The same as reasonAggregates, read from the counts the triggers keep
 * (migration 20261203_2602: a row per month and reason, and per month),
 * whatever the number of rejections. The kept counts treat "no reason given"
 * as the one reason that is not a stated reason (NON_INFORMATIVE_REASONS).
 */
export async function keptReasonAggregates(db: Kysely<DB>, ownerId: string): Promise<ReasonAggregates> {
  const [reasons, months] = await Promise.all([
    db.selectFrom('insight_reason_counts').where('owner_id', '=', ownerId).where('n', '<>', 0)
      .select(['month', 'reason', 'n', 'outside']).execute(),
    db.selectFrom('insight_rejection_months').where('owner_id', '=', ownerId).where('rejections', '<>', 0)
      .select(['month', 'rejections', 'with_reasons', 'outside']).execute(),
  ]);
  return {
    reasons: reasons.map((r) => ({ month: r.month, reason: r.reason, count: n(r.n), outside: n(r.outside) })),
    months: months.map((r) => ({ month: r.month, rejections: n(r.rejections), withReasons: n(r.with_reasons), outside: n(r.outside) })),
  };
}

/** The same as themeAggregates, from the kept counts per month and theme (migration 20261203_2602). */
export async function keptThemeAggregates(db: Kysely<DB>, ownerId: string): Promise<ThemeAggregates> {
  const [themes, total] = await Promise.all([
    db.selectFrom('insight_theme_counts as k').innerJoin('themes as t', 't.id', 'k.theme_id')
      .where('k.owner_id', '=', ownerId).where('k.n', '<>', 0)
      .select(['k.month as month', 't.slug as slug', 't.label as label', 'k.n as n']).execute(),
    // An index-only count over (owner_id, application_id): one entry per lesson.
    db.selectFrom('lessons').where('owner_id', '=', ownerId)
      .select(sql<number>`count(distinct application_id)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    themes: themes.map((r) => ({ month: r.month, slug: r.slug, label: r.label, count: n(r.n) })),
    applications: n(total.n),
  };
}
