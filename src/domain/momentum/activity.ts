import { addDays, daysBetween } from '../time.js';
import { NO_ACTIVITY, type ActivityCounts, type GoalKind } from './goals.js';
import { weekStartOf, type WeekStartsOn } from './weeks.js';

/**
 * One thing a person did in their search, on a day in their time zone. Each
 * source (applications, feedback requests, practice, debriefs, and later
 * contacts and growth actions) turns its rows into these.
 */
export interface ActivityItem {
  kind: GoalKind;
  day: string;
  /** How many of this kind happened that day (one when left out). */
  count?: number;
}

/** How many of each kind fall in [from, to]. Practice counts days practised (a session a day). */
export function countActivity(items: readonly ActivityItem[], from: string, to: string): ActivityCounts {
  const counts: ActivityCounts = { ...NO_ACTIVITY };
  const practiceDays = new Set<string>();
  for (const item of items) {
    if (item.day < from || item.day > to) continue;
    if (item.kind === 'practice') {
      if (practiceDays.has(item.day)) continue;
      practiceDays.add(item.day);
    }
    counts[item.kind] += item.kind === 'practice' ? 1 : (item.count ?? 1);
  }
  return counts;
}

/** Counts per week start (for streaks), for weeks starting on `startsOn`. */
export function countByWeek(items: readonly ActivityItem[], startsOn: WeekStartsOn): Map<string, ActivityCounts> {
  const byWeek = new Map<string, ActivityItem[]>();
  const weekOfDay = new Map<string, string>();
  for (const item of items) {
    let w = weekOfDay.get(item.day);
    if (w === undefined) {
      w = weekStartOf(item.day, startsOn);
      weekOfDay.set(item.day, w);
    }
    const list = byWeek.get(w);
    if (list) list.push(item);
    else byWeek.set(w, [item]);
  }
  const out = new Map<string, ActivityCounts>();
  for (const [w, list] of byWeek) out.set(w, countActivity(list, w, addDays(w, 6)));
  return out;
}

export interface HeatmapDay {
  day: string;
  count: number;
}

export interface Heatmap {
  from: string;
  to: string;
  days: HeatmapDay[];
  activeDays: number;
  total: number;
  /** One sentence for screen readers and the page. */
  summary: string;
}

/** Six months back from today, starting on a week start so the grid has whole columns. */
export const HEATMAP_WEEKS = 26;

export function buildHeatmap(items: readonly ActivityItem[], today: string, startsOn: WeekStartsOn): Heatmap {
  const from = weekStartOf(addDays(today, -7 * (HEATMAP_WEEKS - 1)), startsOn);
  const perDay = new Map<string, number>();
  for (const item of items) {
    if (item.day < from || item.day > today) continue;
    perDay.set(item.day, (perDay.get(item.day) ?? 0) + (item.count ?? 1));
  }
  const length = daysBetween(from, today) + 1;
  const days = Array.from({ length }, (_, i) => {
    const day = addDays(from, i);
    return { day, count: perDay.get(day) ?? 0 };
  });
  const activeDays = days.filter((d) => d.count > 0).length;
  const total = days.reduce((s, d) => s + d.count, 0);
  const summary =
    total === 0
      ? 'Nothing logged in the last six months yet. Each application, practice or debrief will light up a day here.'
      : `${total} thing${total === 1 ? '' : 's'} done on ${activeDays} day${activeDays === 1 ? '' : 's'} in the last six months.`;
  return { from, to: today, days, activeDays, total, summary };
}

export interface MoodWeek {
  weekStart: string;
  /** Average mood 1–5 of the week's check-ins, one decimal; null when there were none. */
  average: number | null;
  checkIns: number;
}

/** The mood of each of the given weeks, from journal check-ins. */
export function moodTrend(checkIns: readonly { day: string; mood: number }[], weekStarts: readonly string[]): MoodWeek[] {
  return weekStarts.map((start) => {
    const end = addDays(start, 6);
    const moods = checkIns.filter((c) => c.day >= start && c.day <= end).map((c) => c.mood);
    const average = moods.length ? Math.round((moods.reduce((s, m) => s + m, 0) / moods.length) * 10) / 10 : null;
    return { weekStart: start, average, checkIns: moods.length };
  });
}
