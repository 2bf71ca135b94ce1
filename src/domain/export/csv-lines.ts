import { neutraliseCell } from './cells.js';

/**
 * CSV lines of an export, written in one pass (ADR 0037): each cell
 * neutralised (cells.ts), quoted when it holds a comma, a quote or a line
 * break (a quote doubled), cells joined by commas, each line ended by CR LF.
 * This is exactly what csv-stringify writes with the export's options
 * (`record_delimiter: 'windows'`, `quote_record_delimiter: true`), which a
 * property test holds; it costs a fraction of csv-stringify's general path,
 * which examines each cell against every option it has.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | boolean | null | undefined;

/** One cell as the export writes it. */
export function csvCell(value: CsvCell): string {
  const text = neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record as a line, its CR LF included. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += i === 0 ? csvCell(cells[i]) : `,${csvCell(cells[i])}`;
  return `${line}\r\n`;
}
