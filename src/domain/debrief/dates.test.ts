import { describe, expect, it } from 'vitest';
import { daysBetween, formatDayMonth, parseIsoDay, requireIsoDay } from './dates.js';

describe('parseIsoDay', () => {
  it.each([
    ['2026-11-12', true],
    ['2026-11-12T09:30:00Z', true],
    [' 2024-02-29 ', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['12/11/2026', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%s → valid %s', (value, valid) => {
    expect(parseIsoDay(value) !== null).toBe(valid);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-01', '2026-11-08', 7],
    ['2026-11-08', '2026-11-01', -7],
    ['2026-03-28', '2026-03-30', 2], // across a daylight-saving change
    ['2025-12-31', '2026-01-01', 1],
  ])('%s → %s = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('explains a bad date', () => {
    expect(() => daysBetween('soon', '2026-11-01')).toThrow(/YYYY-MM-DD/);
    expect(() => requireIsoDay('2026-02-31', 'The date')).toThrow(/The date/);
  });
});

describe('formatDayMonth', () => {
  it.each([
    ['2026-11-12', '12 November'],
    ['2026-01-01', '1 January'],
    ['2026-11-31', null],
    [undefined, null],
  ])('%s → %s', (value, text) => {
    expect(formatDayMonth(value)).toBe(text);
  });
});
