import { addDays } from '../time.js';

/** The day a person's week starts on (a setting; Monday unless they choose otherwise). */
export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const;
export type WeekStartsOn = (typeof WEEK_STARTS)[number];

const WEEKDAY_NUMBER: Record<WeekStartsOn, number> = { sunday: 0, monday: 1, saturday: 6 };

function weekday(day: string): number {
  return new Date(`${day}T00:00:00.000Z`).getUTCDay(); // 0 = Sunday
}

/** The first day of the week holding `day`, for weeks that start on `startsOn`. */
export function weekStartOf(day: string, startsOn: WeekStartsOn = 'monday'): string {
  const back = (weekday(day) - WEEKDAY_NUMBER[startsOn] + 7) % 7;
  return addDays(day, -back);
}

export interface WeekRange {
  start: string;
  /** The last day of the week (inclusive). */
  end: string;
}

export function weekOf(day: string, startsOn: WeekStartsOn = 'monday'): WeekRange {
  const start = weekStartOf(day, startsOn);
  return { start, end: addDays(start, 6) };
}

/** The starts of the `count` weeks ending with the week of `day`, oldest first. */
export function weekStartsBack(day: string, count: number, startsOn: WeekStartsOn = 'monday'): string[] {
  const last = weekStartOf(day, startsOn);
  return Array.from({ length: count }, (_, i) => addDays(last, -7 * (count - 1 - i)));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov" (the year when it differs from `year`). */
export function shortDay(day: string, year?: string): string {
  const [y, m, d] = day.split('-');
  const text = `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''}`;
  return year && y !== year ? `${text} ${y}` : text;
}

/** "3 – 9 Nov 2026" or "27 Oct – 2 Nov 2026". */
export function weekLabel(week: WeekRange): string {
  const [ys, ms] = week.start.split('-');
  const [ye, me] = week.end.split('-');
  const end = `${shortDay(week.end)} ${ye}`;
  if (ys === ye && ms === me) return `${Number(week.start.slice(8))} – ${end}`;
  return `${shortDay(week.start, ye)} – ${end}`;
}
