/**
 * Rejection reasons and lesson themes across debriefs: which recur, how they
 * trend by month, and how many rejections were outside the seeker's control.
 *
 * Inputs (from SQL, small: one row per month × reason or theme):
 * - `ReasonMonthRow`: rejections citing a reason in a month, and how many of
 *   those the seeker marked outside their control;
 * - `RejectionMonthRow`: per month, rejections recorded, those with at least
 *   one informative reason, and those whose informative reasons are all
 *   marked outside (the outside-control share counts these);
 * - `ThemeMonthRow`: applications whose lessons name a theme, per month.
 *
 * A reason is informative unless the debrief domain says it tells nothing
 * about the seeker (`generic`: a standard message). A rejection with no
 * informative reason neither counts for nor against the outside-control share.
 */
import { isRejectionReason, REASONS, REJECTION_REASONS } from '../debrief/reasons.js';
import { proportion } from './funnel.js';
import { assertCount } from './stats.js';
import type { Proportion } from './types.js';

/** Reasons that say nothing about the seeker (left out of the share and of "informative"). */
export const NON_INFORMATIVE_REASONS: readonly string[] = REJECTION_REASONS.filter((r) => !REASONS[r].informative);

export interface ReasonMonthRow {
  month: string;
  reason: string;
  count: number;
  outside: number;
}

export interface RejectionMonthRow {
  month: string;
  rejections: number;
  withReasons: number;
  outside: number;
}

export interface ThemeMonthRow {
  month: string;
  slug: string;
  label: string;
  count: number;
}

export interface ReasonCount {
  reason: string;
  label: string;
  informative: boolean;
  /** Rejections citing this reason. */
  count: number;
  /** Of those, marked outside the seeker's control. */
  outside: number;
  /** count ÷ rejections with an informative reason (null for non-informative reasons or none). */
  share: number | null;
}

export interface MonthCounts {
  month: string;
  /** Per reason (or theme slug): how many that month. */
  counts: Record<string, number>;
}

export interface ReasonInsights {
  available: boolean;
  /** Rejections recorded through a debrief. */
  rejections: number;
  /** Rejections with at least one informative reason: the share's denominator. */
  withReasons: number;
  /** Rejections recorded with no reason, or only "no reason given". */
  noReasonGiven: number;
  outsideControl: Proportion;
  outsideControlShare: number | null;
  /** Most cited first. */
  reasons: ReasonCount[];
  /** Every month from the first to the last rejection, gaps included. */
  trend: (MonthCounts & { rejections: number; withReasons: number; outside: number })[];
}

export interface ThemeCount {
  slug: string;
  label: string;
  /** Applications whose lessons name this theme. */
  applications: number;
}

export interface ThemeInsights {
  available: boolean;
  /** Applications with at least one lesson. */
  applications: number;
  /** Most frequent first. */
  themes: ThemeCount[];
  trend: MonthCounts[];
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** Every "YYYY-MM" from the earliest to the latest key given, in order; other keys are kept at the end. */
export function monthSpan(keys: Iterable<string>): string[] {
  const months = [...new Set(keys)].filter((k) => MONTH.test(k)).sort();
  const others = [...new Set(keys)].filter((k) => !MONTH.test(k)).sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return others;
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return [...out, ...others];
}

export function reasonLabel(reason: string): string {
  return isRejectionReason(reason) ? REASONS[reason].label : reason.replace(/_+/g, ' ');
}

export function isInformativeReason(reason: string): boolean {
  return !NON_INFORMATIVE_REASONS.includes(reason);
}

export function computeReasons(reasonRows: readonly ReasonMonthRow[], monthRows: readonly RejectionMonthRow[]): ReasonInsights {
  for (const r of monthRows) {
    assertCount(r.rejections, 'rejections');
    assertCount(r.withReasons, 'withReasons');
    assertCount(r.outside, 'outside');
    if (r.outside > r.withReasons || r.withReasons > r.rejections) {
      throw new RangeError(`${r.month}: outside (${r.outside}) ≤ with reasons (${r.withReasons}) ≤ rejections (${r.rejections}) does not hold.`);
    }
  }
  const rejections = monthRows.reduce((s, r) => s + r.rejections, 0);
  const withReasons = monthRows.reduce((s, r) => s + r.withReasons, 0);
  const outside = monthRows.reduce((s, r) => s + r.outside, 0);
  const byReason = new Map<string, { count: number; outside: number }>();
  for (const r of reasonRows) {
    assertCount(r.count, 'count');
    assertCount(r.outside, 'outside');
    const t = byReason.get(r.reason) ?? { count: 0, outside: 0 };
    t.count += r.count;
    t.outside += r.outside;
    byReason.set(r.reason, t);
  }
  const reasons = [...byReason.entries()]
    .map(([reason, t]) => {
      const informative = isInformativeReason(reason);
      return { reason, label: reasonLabel(reason), informative, count: t.count, outside: t.outside, share: informative && withReasons > 0 ? t.count / withReasons : null };
    })
    .sort((a, b) => Number(b.informative) - Number(a.informative) || b.count - a.count || a.reason.localeCompare(b.reason));
  const perMonth = new Map(monthRows.map((r) => [r.month, r]));
  const trend = monthSpan([...monthRows.map((r) => r.month), ...reasonRows.map((r) => r.month)]).map((month) => {
    const counts: Record<string, number> = {};
    for (const r of reasonRows) if (r.month === month) counts[r.reason] = (counts[r.reason] ?? 0) + r.count;
    const m = perMonth.get(month);
    return { month, counts, rejections: m?.rejections ?? 0, withReasons: m?.withReasons ?? 0, outside: m?.outside ?? 0 };
  });
  const share = proportion(outside, withReasons);
  return {
    available: rejections > 0,
    rejections,
    withReasons,
    noReasonGiven: rejections - withReasons,
    outsideControl: share,
    outsideControlShare: share.rate,
    reasons,
    trend,
  };
}

export function computeThemes(rows: readonly ThemeMonthRow[], applications: number): ThemeInsights {
  assertCount(applications, 'applications');
  const bySlug = new Map<string, ThemeCount>();
  for (const r of rows) {
    assertCount(r.count, 'count');
    const t = bySlug.get(r.slug) ?? { slug: r.slug, label: r.label, applications: 0 };
    t.applications += r.count;
    bySlug.set(r.slug, t);
  }
  const themes = [...bySlug.values()].sort((a, b) => b.applications - a.applications || a.label.localeCompare(b.label));
  const trend = monthSpan(rows.map((r) => r.month)).map((month) => {
    const counts: Record<string, number> = {};
    for (const r of rows) if (r.month === month) counts[r.slug] = (counts[r.slug] ?? 0) + r.count;
    return { month, counts };
  });
  return { available: themes.length > 0, applications, themes, trend };
}
