/**
 * Small calendar helpers for the debrief. Dates are plain ISO days
 * (`YYYY-MM-DD`), compared in UTC so that a day is always 24 hours and the
 * result never depends on the machine's time zone.
 */

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Reads the day of an ISO date or date-time (`2026-11-12` or
 * `2026-11-12T09:30:00Z`). Returns the UTC midnight timestamp of that day,
 * or null when the text is not a real calendar day (e.g. `2026-02-30`).
 */
export function parseIsoDay(value: string | null | undefined): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DAY.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return time;
}

/** Like parseIsoDay, but throws an error a person can act on. */
export function requireIsoDay(value: string, what: string): number {
  const time = parseIsoDay(value);
  if (time === null) {
    throw new RangeError(`${what} must be a calendar date written as YYYY-MM-DD (got "${value}").`);
  }
  return time;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = requireIsoDay(from, 'The start date');
  const b = requireIsoDay(to, 'The end date');
  return Math.round((b - a) / DAY_MS);
}

/** "12 November" — or null when the date is missing or not a real day. */
export function formatDayMonth(value: string | null | undefined): string | null {
  const time = parseIsoDay(value);
  if (time === null) return null;
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()] ?? ''}`.trim();
}
