import { describe, expect, it } from 'vitest';
import { daysAgo, formatDay, formatInstantDay, formatMonth, plural } from './format';

describe('date wording', () => {
  it.each([
    ['2026-12-02', 'en-GB', '2 Dec 2026'],
    ['2026-12-02', 'en-US', 'Dec 2, 2026'],
    ['2026-01-31', 'de-DE', '31. Jan. 2026'],
    [null, 'en-GB', '—'],
  ])('a day %s in %s reads "%s"', (day, locale, expected) => {
    expect(formatDay(day, locale)).toBe(expected);
  });

  it('keeps a calendar day whole, whatever the time zone', () => {
    expect(formatDay('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
  });

  it.each([
    ['2026-11', 'en-GB', 'Nov 2026'],
    ['2026-11', 'en-US', 'Nov 2026'],
    ['2027-01', 'en-GB', 'Jan 2027'],
    ['not a month', 'en-GB', 'not a month'],
  ])('a month %s in %s reads "%s", never like a day', (month, locale, expected) => {
    expect(formatMonth(month, locale)).toBe(expected);
  });

  it('reads the day of an instant', () => {
    expect(formatInstantDay('2026-12-02T12:00:00.000Z', 'en-GB')).toBe('2 Dec 2026');
  });

  it('says how long ago in words', () => {
    expect(daysAgo('2026-12-02', '2026-12-02')).toBe('today');
    expect(daysAgo('2026-12-01', '2026-12-02')).toBe('yesterday');
    expect(daysAgo('2026-11-27', '2026-12-02')).toBe('5 days ago');
    expect(plural(1, 'application')).toBe('1 application');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
    expect(plural(24907, 'application')).toBe('24,907 applications');
  });
});
