/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula, and some also after a leading tab or carriage return. Exported
 * text starting with one of them gets an apostrophe in front, which
 * spreadsheets show as plain text ("CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}
