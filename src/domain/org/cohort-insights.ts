/**
 * Cohort insights: the seeker's statistics (src/domain/insights) over the summed counts of a
 * cohort's consenting members, then cut down by the suppression rule (suppression.ts): every
 * figure carries the number of people behind it, and a figure from fewer than the threshold is
 * hidden. Pure: the counts come from SQL (src/db/repos/cohort-insights.repo.ts).
 */
import { stageRank, type ProgressStage } from '../applications/stages.js';
import { computeFunnel, type FunnelCounts } from '../insights/funnel.js';
import type { ReasonCount, ReasonInsights, ThemeCount, ThemeInsights } from '../insights/reasons.js';
import type { DaySpread, ResponseInsights } from '../insights/response.js';
import { cohortSegmentLabel, METRIC_PHRASES } from '../insights/segment-labels.js';
import { NOT_ENOUGH_EVIDENCE } from '../insights/segments.js';
import type { Bottleneck, Conversion, FunnelRow, SegmentRow } from '../insights/types.js';
import { comparisonShown, isSuppressed, MIN_PEOPLE, shownCount } from './suppression.js';

export type CohortOutcome = 'in_progress' | 'accepted' | 'rejected' | 'withdrawn' | 'silence';

/** One member's sent applications by furthest stage × outcome × replied: who stands behind each figure. */
export interface OwnerOutcomeRow {
  owner: string;
  stage: ProgressStage;
  outcome: CohortOutcome;
  replied: boolean;
  count: number;
}

/** People behind each segment value: with the value, and with only this value in the dimension. */
export interface SegmentPeopleRow {
  dimension: string;
  value: string;
  people: number;
  only: number;
}

/** The seeker-shaped statistics, as src/services/insights.service.ts builds them from counts. */
export interface SeekerStatistics {
  totals: { applications: number; saved: number; sent: number; inProgress: number };
  funnel: FunnelRow[];
  conversions: Conversion[];
  outcomes: { stage: ProgressStage; outcome: CohortOutcome; count: number }[];
  bottleneck: Bottleneck;
  response: ResponseInsights;
  segments: SegmentRow[];
  reasons: ReasonInsights;
  themes: ThemeInsights;
}

/** The people behind the figures of a cohort, read from the counts per member. */
export interface PeopleBehind {
  total: number;
  reached: Partial<Record<ProgressStage, number>>;
  inProgress: Partial<Record<ProgressStage, number>>;
  /** Members with at least one decided case in the step `from` → `to`. */
  conversions: Record<string, number>;
  outcomes: Record<string, number>;
  replied: number;
  rejectedAt: Partial<Record<ProgressStage, number>>;
  segments: Record<string, SegmentPeopleRow>;
  /** Members with a debriefed rejection; with a stated reason; per reason. */
  rejections: number;
  stated: number;
  reasons: Record<string, number>;
  /** Members with lessons; per theme slug. */
  lessons: number;
  themes: Record<string, number>;
}

export const conversionKey = (from: string, to: string): string => `${from}>${to}`;
export const segmentKey = (dimension: string, value: string): string => `${dimension}=${value}`;

/** Funnel counts from outcome rows (one member's, or everyone's summed). */
export function funnelCountsOf(rows: readonly Omit<OwnerOutcomeRow, 'owner'>[]): FunnelCounts {
  const counts = { byFurthestStage: {}, inProgressAt: {}, withdrawnAt: {} } as Required<FunnelCounts>;
  const add = (t: Partial<Record<ProgressStage, number>>, s: ProgressStage, n: number) => void (t[s] = (t[s] ?? 0) + n);
  for (const r of rows) {
    add(counts.byFurthestStage, r.stage, r.count);
    if (r.outcome === 'in_progress') add(counts.inProgressAt, r.stage, r.count);
    if (r.outcome === 'withdrawn') add(counts.withdrawnAt, r.stage, r.count);
  }
  return counts;
}

/** Who stands behind the funnel, conversion, outcome and reply figures: each member's own funnel, counted. */
export function peopleFromOutcomes(rows: readonly OwnerOutcomeRow[]): Pick<PeopleBehind, 'total' | 'reached' | 'inProgress' | 'conversions' | 'outcomes' | 'replied' | 'rejectedAt'> {
  const byOwner = new Map<string, OwnerOutcomeRow[]>();
  for (const r of rows) {
    if (r.count <= 0) continue;
    const own = byOwner.get(r.owner);
    if (own) own.push(r);
    else byOwner.set(r.owner, [r]);
  }
  const people: ReturnType<typeof peopleFromOutcomes> = { total: byOwner.size, reached: {}, inProgress: {}, conversions: {}, outcomes: {}, replied: 0, rejectedAt: {} };
  const bump = (t: Record<string, number>, k: string) => void (t[k] = (t[k] ?? 0) + 1);
  for (const own of byOwner.values()) {
    const { funnel, conversions } = computeFunnel(funnelCountsOf(own));
    for (const f of funnel) {
      if (f.reached > 0) bump(people.reached, f.stage);
      if (f.inProgress > 0) bump(people.inProgress, f.stage);
    }
    for (const c of conversions) if (c.trials > 0) bump(people.conversions, conversionKey(c.from, c.to));
    for (const key of new Set(own.map((r) => `${r.stage}/${r.outcome}`))) bump(people.outcomes, key);
    if (own.some((r) => r.replied)) people.replied += 1;
    for (const stage of new Set(own.filter((r) => r.outcome === 'rejected').map((r) => r.stage))) bump(people.rejectedAt, stage);
  }
  return people;
}

// ---- the suppressed view ------------------------------------------------------------------------

export interface CohortFunnelRow {
  stage: ProgressStage;
  reached: number | null;
  inProgress: number | null;
  suppressed: boolean;
}

export interface CohortConversion {
  from: ProgressStage;
  to: ProgressStage;
  successes: number | null;
  trials: number | null;
  rate: number | null;
  ci95: [number, number] | null;
  pending: number | null;
  suppressed: boolean;
}

export interface CohortSpread extends Omit<DaySpread, 'min' | 'max'> {
  suppressed: boolean;
}

export interface CohortStatistics {
  /** Consenting members with at least one sent application in the period (null when under the threshold). */
  people: number | null;
  threshold: number;
  /** False when the whole cohort is under the threshold: then no figure is shown at all. */
  enough: boolean;
  totals: SeekerStatistics['totals'] | null;
  funnel: CohortFunnelRow[];
  conversions: CohortConversion[];
  outcomes: { stage: ProgressStage; outcome: CohortOutcome; count: number }[];
  bottleneck: Bottleneck | null;
  response: {
    responseRate: ResponseInsights['responseRate'];
    ghostingRate: ResponseInsights['ghostingRate'];
    awaiting: number;
    firstReplyDays: CohortSpread;
    rejectionDaysByStage: (CohortSpread & { stage: ProgressStage })[];
  } | null;
  segments: SegmentRow[];
  /** Segment rows left out because too few people stood on one side. */
  segmentsHidden: number;
  reasons: (Omit<ReasonInsights, 'trend'> & { suppressed: boolean; hidden: number }) | null;
  themes: (Omit<ThemeInsights, 'trend'> & { suppressed: boolean; hidden: number }) | null;
}

/** Quartiles and median only: the smallest and largest day are each one person's. */
function spread(s: DaySpread, people: number, threshold: number): CohortSpread {
  const suppressed = isSuppressed(people, threshold);
  return suppressed
    ? { n: 0, median: null, q1: null, q3: null, iqr: null, suppressed }
    : { n: s.n, median: s.median, q1: s.q1, q3: s.q3, iqr: s.iqr, suppressed };
}

/** An empty view: the cohort as a whole is under the threshold. */
function nothingShown(threshold: number): CohortStatistics {
  return { people: null, threshold, enough: false, totals: null, funnel: [], conversions: [], outcomes: [], bottleneck: null, response: null, segments: [], segmentsHidden: 0, reasons: null, themes: null };
}

/**
 * The cohort's statistics with every figure from fewer than `threshold` people hidden.
 * With threshold 1 and one member, nothing is hidden: the figures are that member's own.
 */
export function suppressStatistics(full: SeekerStatistics, people: PeopleBehind, threshold: number = MIN_PEOPLE): CohortStatistics {
  if (isSuppressed(people.total, threshold)) return nothingShown(threshold);
  const hide = (n: number | undefined) => isSuppressed(n ?? 0, threshold);
  const funnel = full.funnel.map((f): CohortFunnelRow => {
    const reached = shownCount(f.reached, people.reached[f.stage] ?? 0, threshold);
    const inProgress = reached === null ? null : shownCount(f.inProgress, people.inProgress[f.stage] ?? 0, threshold);
    return { stage: f.stage, reached, inProgress, suppressed: reached === null };
  });
  const conversions = full.conversions.map((c): CohortConversion => {
    // No decided case: nothing to show, and nothing of anyone in it.
    const suppressed = c.trials > 0 && hide(people.conversions[conversionKey(c.from, c.to)]);
    return suppressed
      ? { from: c.from, to: c.to, successes: null, trials: null, rate: null, ci95: null, pending: null, suppressed }
      : { from: c.from, to: c.to, successes: c.successes, trials: c.trials, rate: c.rate, ci95: c.ci95, pending: c.pending, suppressed };
  });
  const outcomes = full.outcomes.filter((o) => !hide(people.outcomes[`${o.stage}/${o.outcome}`]));
  const segments = full.segments.filter((s) => {
    const p = people.segments[segmentKey(s.dimension, s.value)];
    return p !== undefined && comparisonShown(p.people, people.total - p.only, threshold);
  });
  const r = full.reasons;
  const reasonRows = r.reasons.filter((x: ReasonCount) => !hide(people.reasons[x.reason]));
  const reasonsSuppressed = hide(people.rejections);
  const t = full.themes;
  const themeRows = t.themes.filter((x: ThemeCount) => !hide(people.themes[x.slug]));
  const themesSuppressed = hide(people.lessons);
  return {
    people: people.total,
    threshold,
    enough: true,
    totals: full.totals,
    funnel,
    conversions,
    outcomes,
    bottleneck: full.bottleneck,
    response: {
      responseRate: full.response.responseRate,
      ghostingRate: full.response.ghostingRate,
      awaiting: full.response.awaiting,
      firstReplyDays: spread(full.response.firstReplyDays, people.replied, threshold),
      rejectionDaysByStage: full.response.rejectionDaysByStage
        .map((s) => ({ ...spread(s, people.rejectedAt[s.stage] ?? 0, threshold), stage: s.stage }))
        .filter((s) => !s.suppressed)
        .sort((a, b) => stageRank(a.stage) - stageRank(b.stage)),
    },
    segments,
    segmentsHidden: full.segments.length - segments.length,
    reasons: reasonsSuppressed
      ? { available: r.available, rejections: 0, withReasons: 0, noReasonGiven: 0, outsideControl: { successes: 0, trials: 0, rate: null, ci95: [0, 1] }, outsideControlShare: null, reasons: [], suppressed: true, hidden: r.reasons.length }
      : {
          available: r.available, rejections: r.rejections, withReasons: r.withReasons, noReasonGiven: r.noReasonGiven,
          outsideControl: hide(people.stated) ? { successes: 0, trials: 0, rate: null, ci95: [0, 1] } : r.outsideControl,
          outsideControlShare: hide(people.stated) ? null : r.outsideControlShare,
          reasons: reasonRows, suppressed: false, hidden: r.reasons.length - reasonRows.length,
        },
    themes: themesSuppressed
      ? { available: t.available, applications: 0, themes: [], suppressed: true, hidden: t.themes.length }
      : { available: t.available, applications: t.applications, themes: themeRows, suppressed: false, hidden: t.themes.length - themeRows.length },
  };
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * A highlighted segment in words for staff reading a cohort: the members' applications in the group
 * against the cohort's other applications (the seeker's own wording says "you").
 */
export function cohortSegmentSummary(row: Pick<SegmentRow, 'dimension' | 'value' | 'metric' | 'rate' | 'restRate' | 'highlight'>): string {
  if (!row.highlight) return NOT_ENOUGH_EVIDENCE;
  return `${cohortSegmentLabel(row.dimension, row.value)} ${METRIC_PHRASES[row.metric]} ${percent(row.rate)} of the time, against ${percent(row.restRate)} for the cohort's other applications.`;
}

/** How a cohort's figures are counted, for staff: the members' applications, not the reader's. */
export const COHORT_DEFINITIONS: Record<string, string> = {
  population: "Every figure counts the applications members sent (applied or further); saved ones are left out.",
  reply: 'A reply is any news from the employer after a member applied: a screen or any later stage, or a rejection. Being marked "no response" or withdrawing is not a reply.',
  inProgress: 'In progress: not ended and still inside the no-response window; left out of conversion rates until there is an outcome.',
  conversion: "A conversion counts the members' applications that reached the next stage, out of those that reached this one and have an outcome (withdrawn ones left out). The range shown is where the true rate likely lies (95% confidence).",
  firstReplyDays: 'Days to first reply: from the day a member applied to the first news from the employer.',
  rejectionDays: 'Days to rejection: from the last stage reached to the rejection, by that stage.',
  reasons: 'Rejection reasons are the ones members recorded when debriefing a rejection, counted once per rejection and by the month of the rejection.',
  outsideControl: 'Outside their control: a debriefed rejection whose stated reasons the member all marked as outside their control. "No reason given" (a standard message) says nothing about the member, so it is not a stated reason: rejections with only that, or with no reason, are left out of the share. The range shown is where the true share likely lies (95% confidence).',
  themes: "Themes are the lessons members drew in their debriefs: each counts the applications whose lessons name it, by the month of the rejection.",
  segments: "Each group of the members' applications is compared with the cohort's other applications. Because many groups are compared at once, some differences will appear by chance alone; a difference is highlighted only when it is at least 10 points and unlikely to be chance after allowing for all those comparisons.",
};
