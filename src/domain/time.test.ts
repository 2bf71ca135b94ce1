import { describe, expect, it } from 'vitest';
import { addDays, dayRangeProblem, daysBetween, isoDateProblem, isValidIsoDate, isValidTimeZone, parseTypedDay, REVISIT_AHEAD, startOfWeek, todayIn } from './time.js';

describe('calendar days', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['', false],
  ])('%s is a real date: %s', (value, ok) => {
    expect(isValidIsoDate(value)).toBe(ok);
  });

  it('counts days across a daylight-saving change and a year end', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(startOfWeek('2026-11-16')).toBe('2026-11-16');
  });

  it('reads "today" in the user’s time zone', () => {
    const instant = new Date('2026-11-22T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-22');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-11-23');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-22');
  });

  it('knows real time zones', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false); // an unknown name is never kept as known
  });

  it('reads each instant on its own in a zone asked for before (the zone’s formatter is kept, not the day)', () => {
    const days = ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', '2026-10-25T23:30:00Z'].map((t) => todayIn('Europe/London', new Date(t)));
    expect(days).toEqual(['2026-03-29', '2026-03-29', '2026-10-25']);
    expect(todayIn('Pacific/Kiritimati', new Date('2026-11-22T10:30:00Z'))).toBe('2026-11-23');
    expect(todayIn('Pacific/Kiritimati', new Date('2026-11-22T09:59:00Z'))).toBe('2026-11-22');
  });
});

describe('days typed by a person', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['3 Nov 2026', '2026-11-03'],
    [' 3  november 2026 ', '2026-11-03'],
    ['Nov 3, 2026', '2026-11-03'],
    ['29 Feb 2028', '2028-02-29'],
    ['1 Sept 2026', '2026-09-01'],
    ['2026-1-5', '2026-01-05'],
  ])('reads "%s" as %s', (typed, day) => {
    expect(parseTypedDay(typed)).toEqual({ ok: true, day });
  });

  it.each([
    ['31 Feb 2026', /February 2026 has 28 days/],
    ['2026-02-31', /February 2026 has 28 days/],
    ['29 Feb 2026', /February 2026 has 28 days/],
    ['31 Apr 2026', /April 2026 has 30 days/],
    ['2026-13-01', /no month 13/],
    ['31 Feb', /write it like 3 Nov 2026/],
    ['3', /write it like 3 Nov 2026/],
    ['3 Novembre 2026', /write it like/],
    ['next tuesday', /write it like/],
  ])('refuses "%s" with the reason instead of rolling it over', (typed, reason) => {
    const r = parseTypedDay(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(reason);
  });

  it('explains a YYYY-MM-DD date that does not exist', () => {
    expect(isoDateProblem('2026-02-30')).toMatch(/February 2026 has 28 days/);
    expect(isoDateProblem('30/02/2026')).toMatch(/YYYY-MM-DD/);
    expect(isoDateProblem('2026-11-03')).toBeNull();
  });
});

describe('the date range rule', () => {
  const today = '2026-11-22';
  it('accepts days from 1970 up to today', () => {
    expect(dayRangeProblem('1970-01-01', { today })).toBeNull();
    expect(dayRangeProblem(today, { today })).toBeNull();
  });
  it('refuses the distant past and the future', () => {
    expect(dayRangeProblem('1900-01-01', { today })).toMatch(/from 1970 onwards/);
    expect(dayRangeProblem('9999-12-31', { today })).toMatch(/in the future/);
    expect(dayRangeProblem('2026-11-23', { today })).toMatch(/in the future: use today \(2026-11-22\)/);
  });
  it('lets booked things be ahead, up to a year', () => {
    expect(dayRangeProblem('2027-01-10', { today, allowFuture: true })).toBeNull();
    expect(dayRangeProblem('9999-12-31', { today, allowFuture: true })).toMatch(/more than a year ahead/);
  });
  it('lets a date to revisit a company be up to 5 years ahead, and says until when', () => {
    const revisit = { today, allowFuture: true, maxAhead: REVISIT_AHEAD };
    expect(dayRangeProblem('2029-06-01', revisit)).toBeNull();
    expect(dayRangeProblem('2020-06-01', revisit)).toBeNull();
    expect(dayRangeProblem(addDays(today, REVISIT_AHEAD.days), revisit)).toBeNull();
    expect(dayRangeProblem('9999-12-31', revisit)).toBe('9999-12-31 is more than 5 years ahead: use a date up to 2031-11-22.');
  });
  it('refuses a day before the one it depends on', () => {
    expect(dayRangeProblem('2026-11-01', { today, notBefore: { day: '2026-11-05', what: 'the rejection' } })).toMatch(/before the rejection \(2026-11-05\)/);
  });
});
