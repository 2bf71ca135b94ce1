import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './cells.js';
import { csvCell, csvLine } from './csv-lines.js';

const viaLibrary = (records: (string | number | boolean | null)[][]) =>
  stringify(records.map((r) => r.map(neutraliseCell)), { record_delimiter: 'windows', quote_record_delimiter: true });

describe('csv lines of an export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['=SUM(A1)', `'=SUM(A1)`],
    ['-1, 2', `"'-1, 2"`],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, booleans and empty values like the library', () => {
    expect(csvLine([1, -2, true, false, null, 'x'])).toBe(viaLibrary([[1, -2, true, false, null, 'x']]));
  });

  it('is byte for byte what csv-stringify writes with the export options, for any cells', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', 'é', "'") }),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 5 }), (records) => {
        expect(records.map(csvLine).join('')).toBe(viaLibrary(records));
      }),
      { numRuns: 500 },
    );
  });
});
