import { isValidIsoDate } from '../time.js';

/**
 * Dates as exports write them, read into a calendar day (YYYY-MM-DD):
 * ISO days and instants, LinkedIn's `3/7/24, 2:22 PM` (month first),
 * `07/03/2024` read month first unless the first number cannot be a month,
 * `7.3.2024` (day first), `Mar 7, 2024`, `7 March 2024`, and Unix times in
 * seconds or milliseconds. Anything else is null: the row reports it.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function fullYear(y: number): number {
  if (y >= 100) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

function day(y: number, m: number, d: number): string | null {
  const text = `${String(fullYear(y)).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isValidIsoDate(text) ? text : null;
}

function monthIndex(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i === -1 ? null : i + 1;
}

export function parseImportDate(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value);
  if (m) {
    // An instant with a zone is read in UTC; a plain day is taken as written.
    if (/T.*(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) {
      const t = new Date(value);
      if (!Number.isNaN(t.getTime())) return t.toISOString().slice(0, 10);
    }
    return day(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:$|[,\s])/.exec(value);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? day(Number(m[3]), b, a) : day(Number(m[3]), a, b);
  }
  m = /^(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})(?:$|[,\s])/.exec(value);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(value);
  if (m) {
    const month = monthIndex(m[1] ?? '');
    return month ? day(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(value);
  if (m) {
    const month = monthIndex(m[2] ?? '');
    return month ? day(Number(m[3]), month, Number(m[1])) : null;
  }
  if (/^\d{9,13}$/.test(value)) {
    const n = Number(value);
    const t = new Date(value.length > 10 ? n : n * 1000);
    return Number.isNaN(t.getTime()) ? null : t.toISOString().slice(0, 10);
  }
  return null;
}
