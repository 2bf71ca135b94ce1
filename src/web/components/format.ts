import { daysBetween } from '../../domain/time.js';

const dateFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "3 Nov 2026" for a YYYY-MM-DD day (read as a calendar day, not an instant). */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const [y, m, d] = day.split('-').map(Number);
  return dateFormat.format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function formatInstant(instant: string): string {
  return timeFormat.format(new Date(instant));
}

/** "today", "yesterday", "5 days ago". */
export function daysAgo(day: string, today: string): string {
  const n = daysBetween(day, today);
  if (n <= 0) return 'today';
  if (n === 1) return 'yesterday';
  return `${n} days ago`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatSalary(min: number | null, max: number | null, currency: string | null): string {
  if (min == null && max == null) return '—';
  const f = (n: number) => n.toLocaleString('en');
  const range = min != null && max != null ? `${f(min)}–${f(max)}` : f((min ?? max) as number);
  return currency ? `${range} ${currency}` : range;
}
