/**
 * Time representation (see docs/decisions/0003-time.md):
 * - instants are ISO 8601 strings in UTC with milliseconds ("2026-11-22T09:30:00.000Z");
 * - calendar days are ISO dates ("2026-11-22"), read in the user's time zone.
 * Both sort correctly as text, on SQLite and PostgreSQL alike.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written as YYYY-MM-DD (rejects 2026-02-30). */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Why year-month-day is not a real calendar day, or null when it is one. */
function dayProblem(year: number, month: number, day: number, typed: string): string | null {
  if (month < 1 || month > 12) return `"${typed}" is not a date: there is no month ${month}.`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `"${typed}" is not a date: ${MONTHS[month - 1]} ${year} has ${last} days.`;
  return null;
}

/** Why `value` is not a calendar day written as YYYY-MM-DD, or null when it is one. */
export function isoDateProblem(value: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) return `"${value}" is not a date written as YYYY-MM-DD (for example 2026-11-03).`;
  return dayProblem(Number(m[1]), Number(m[2]), Number(m[3]), value);
}

/** The time zone used until the seeker (or their browser) names one. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** The earliest day Debrief accepts anywhere: nothing in a job search happened before it. */
export const EARLIEST_DAY = '1970-01-01';
/** How far ahead something booked (an interview, a reminder) may be. */
export const MAX_DAYS_AHEAD = 366;

/** How far ahead a day may be, and how to say it. */
export interface AheadLimit {
  days: number;
  words: string;
}

/** A date to revisit a company: a hiring freeze or "apply again in a few years" can be long. */
export const REVISIT_AHEAD: AheadLimit = { days: 5 * 365 + 1, words: '5 years' };

export interface DayRange {
  /** Today in the user's time zone. */
  today: string;
  /** True for things booked ahead (interviews, reminders); otherwise the day may not be after today. */
  allowFuture?: boolean;
  /** How far ahead a future day may be; a year unless said otherwise. */
  maxAhead?: AheadLimit;
  /** The day may not be before this one (for example the rejection a feedback request answers). */
  notBefore?: { day: string; what: string };
}

/**
 * The one rule for every day a person enters: from 1970, not after today
 * unless it is something booked ahead (then at most a year out, or the
 * `maxAhead` given, such as 5 years for a date to revisit a company), and not
 * before the day it depends on. Returns why the day is refused, or null.
 */
export function dayRangeProblem(day: string, range: DayRange): string | null {
  if (day < EARLIEST_DAY) return `${day} is too far in the past: use a date from 1970 onwards.`;
  const ahead = daysBetween(range.today, day);
  if (ahead > 0 && !range.allowFuture) return `${day} is in the future: use today (${range.today}) or an earlier date.`;
  const limit = range.maxAhead ?? { days: MAX_DAYS_AHEAD, words: 'a year' };
  if (ahead > limit.days) return `${day} is more than ${limit.words} ahead: use a date up to ${addDays(range.today, limit.days)}.`;
  if (range.notBefore && day < range.notBefore.day) return `${day} is before ${range.notBefore.what} (${range.notBefore.day}).`;
  return null;
}

/** "Nov", "nov.", "November" or "Sept" → 11, 11, 11, 9; anything else → null. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((name) => name.toLowerCase().startsWith(w));
  return i === -1 ? null : i + 1;
}

export type TypedDay = { ok: true; day: string } | { ok: false; problem: string };

/**
 * Reads a day typed by a person, strictly: "2026-11-03", "3 Nov 2026",
 * "3 November 2026" or "Nov 3, 2026". A day that does not exist ("31 Feb
 * 2026") is refused with the reason, never rolled over into the next month.
 */
export function parseTypedDay(input: string): TypedDay {
  const text = input.trim().replace(/\s+/g, ' ');
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const problem = dayProblem(y, m, d, text);
    return problem ? { ok: false, problem } : { ok: true, day: `${y}-${pad2(m)}-${pad2(d)}` };
  }
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(text);
  const monthFirst = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(text);
  const parts = dayFirst
    ? { d: dayFirst[1], m: dayFirst[2], y: dayFirst[3] }
    : monthFirst
      ? { d: monthFirst[2], m: monthFirst[1], y: monthFirst[3] }
      : null;
  const month = parts?.m ? monthNumber(parts.m) : null;
  if (!parts || !month) return { ok: false, problem: `"${text}" is not a date Debrief can read: write it like 3 Nov 2026 or 2026-11-03.` };
  const [y, d] = [Number(parts.y), Number(parts.d)];
  const problem = dayProblem(y, month, d, text);
  return problem ? { ok: false, problem } : { ok: true, day: `${y}-${pad2(month)}-${pad2(d)}` };
}

/**
 * One day formatter per time zone, made once: building an Intl.DateTimeFormat costs far more than
 * using one, and every read of the board, the list or the insights asks for "today". At most
 * every IANA zone (a few hundred) is ever kept; unknown names are never kept.
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const MAX_KEPT_ZONES = 1000;

function dayFormat(tz: string): Intl.DateTimeFormat {
  const kept = dayFormats.get(tz);
  if (kept) return kept;
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
  if (dayFormats.size < MAX_KEPT_ZONES) dayFormats.set(tz, format);
  return format;
}

/** True when `tz` is an IANA time zone this runtime knows. */
export function isValidTimeZone(tz: string): boolean {
  try {
    dayFormat(tz);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day of `now` in the time zone `tz`. */
export function todayIn(tz: string, now: Date = new Date()): string {
  const parts = dayFormat(tz).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function toUtcMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** The calendar day `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the week containing `date`. */
export function startOfWeek(date: string): string {
  const weekday = new Date(toUtcMidnight(date)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** An instant as stored: ISO 8601 in UTC. */
export function toInstant(date: Date): string {
  return date.toISOString();
}
