import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectEncoding } from './decode.js';
import { parseImportDate } from './dates.js';
import { detectPreset, presetMapping } from './presets.js';
import { readRow } from './rows.js';
import { parseSalary } from './salary.js';

describe('reading import files', () => {
  it.each([
    ['3/7/24, 2:22 PM', '2024-03-07'],
    ['12/31/2025', '2025-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['7.3.2024', '2024-03-07'],
    ['2024-03-07', '2024-03-07'],
    ['2024-03-07T23:30:00-05:00', '2024-03-08'],
    ['Mar 7, 2024', '2024-03-07'],
    ['7 March 2024', '2024-03-07'],
    ['1709821320000', '2024-03-07'],
    ['2/30/24', null],
    ['soon', null],
  ])('date %j → %j', (text, day) => {
    expect(parseImportDate(text)).toBe(day);
  });

  it('reads any day it writes as YYYY-MM-DD back to itself', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(parseImportDate(day)).toBe(day);
      }),
    );
  });

  it.each([
    ['80k-100k EUR', { min: 80000, max: 100000, currency: 'EUR' }],
    ['€60,000 – €70,000', { min: 60000, max: 70000, currency: 'EUR' }],
    ['$120K', { min: 120000, max: 120000, currency: 'USD' }],
    ['55.000', { min: 55000, max: 55000, currency: null }],
    ['competitive', null],
  ])('salary %j', (text, range) => {
    expect(parseSalary(text)).toEqual(range);
  });

  it('finds encodings and delimiters', () => {
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(detectEncoding(new Uint8Array([0x61, 0, 0x2c, 0, 0x62, 0]))).toBe('utf-16le');
    expect(detectEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('windows-1252');
    expect(detectEncoding(new TextEncoder().encode('Café'))).toBe('utf-8');
    expect(detectDelimiter('a;b;"c,d"\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('only')).toBe(',');
  });

  it('recognises exports by their headers and maps them', () => {
    expect(detectPreset(['Application Date', 'Contact Email', 'Contact Phone Number', 'Company Name', 'Job Title', 'Job Url', 'Resume Name', 'Question And Answers'])).toBe('linkedin');
    expect(detectPreset(['title', 'company', 'listName'])).toBe('huntr');
    expect(detectPreset(['Company', 'Role', 'Status'])).toBe('generic');
    expect(presetMapping(['Company', 'Role', 'Applied on', 'Status', 'Whatever'], 'generic')).toEqual(['company', 'title', 'date', 'status', null]);
  });

  it('reports a row’s problem with its line, and never throws on any cells', () => {
    const rules = { mapping: ['company', 'title', 'date', 'status'] as const, headers: ['c', 't', 'd', 's'], statusMap: {} };
    expect(readRow(['Acme', 'Dev', '2026-01-01', 'Maybe'], 9, { ...rules, mapping: [...rules.mapping] })).toEqual({ ok: false, line: 9, reason: 'the status "Maybe" is not matched to a stage yet' });
    fc.assert(fc.property(fc.array(fc.string(), { maxLength: 6 }), (cells) => void readRow(cells, 2, { ...rules, mapping: [...rules.mapping] })));
  });
});
