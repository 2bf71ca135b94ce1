import { daysBetween } from '../../domain/time.js';

/**
 * The one place the web app turns days, instants and months into words, in
 * the reader's own locale (the browser's language, through Intl): "2 Dec 2026"
 * in Britain, "Dec 2, 2026" in the US. Pages never format dates themselves.
 * `locale` is for tests; pages leave it out.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'day' | 'month' | 'instant', locale: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}|${locale ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day' ? { day: 'numeric', month: 'short', year: 'numeric' }
      : kind === 'month' ? { month: 'short', year: 'numeric' }
      : { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' };
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

function localDate(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(day);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
}

/** "2 Dec 2026" for a YYYY-MM-DD day (a calendar day, not an instant); "—" when there is none. */
export function formatDay(day: string | null | undefined, locale?: string): string {
  if (!day) return '—';
  const date = localDate(day);
  return date ? formatter('day', locale).format(date) : day;
}

/** "Nov 2026" for a YYYY-MM month key: a month, never mistaken for a day. */
export function formatMonth(month: string, locale?: string): string {
  const date = /^\d{4}-\d{2}$/.test(month) ? localDate(month) : null;
  return date ? formatter('month', locale).format(date) : month;
}

/** "2 Dec 2026, 14:05" for an ISO instant, in the reader's time zone. */
export function formatInstant(instant: string, locale?: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : formatter('instant', locale).format(date);
}

/** The day of an ISO instant as the reader sees it ("2 Dec 2026"), in their time zone. */
export function formatInstantDay(instant: string, locale?: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : formatter('day', locale).format(date);
}

/** "today", "yesterday", "5 days ago". */
export function daysAgo(day: string, today: string): string {
  const n = daysBetween(day, today);
  if (n <= 0) return 'today';
  if (n === 1) return 'yesterday';
  return `${n} days ago`;
}

/** A count as people read it: 10,000, not 10000. */
export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function formatSalary(min: number | null, max: number | null, currency: string | null): string {
  if (min == null && max == null) return '—';
  const f = (n: number) => n.toLocaleString('en');
  const range = min != null && max != null ? `${f(min)}–${f(max)}` : f((min ?? max) as number);
  return currency ? `${range} ${currency}` : range;
}
