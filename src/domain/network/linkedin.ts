/**
 * LinkedIn's `Connections.csv` export. The file begins with a few note lines
 * before the header (First Name, Last Name, URL, Email Address, Company,
 * Position, Connected On), may carry a byte-order mark and Windows line
 * ends, and writes dates like "02 Dec 2026". Rows are read as a stream, so a
 * file of any length is read in flat memory.
 */
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { parseTypedDay } from '../time.js';
import { isEmailAddress, linkedinKey } from './contacts.js';

export const LINKEDIN_COLUMNS = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'] as const;
/** Columns without which a row cannot become a contact. */
const REQUIRED = ['First Name', 'Last Name'] as const;
/** How many lines may come before the header (LinkedIn writes three). */
const MAX_LINES_BEFORE_HEADER = 20;

export interface LinkedInConnection {
  /** Row after the header (1-based), for messages. */
  line: number;
  name: string;
  url: string | null;
  key: string | null;
  email: string | null;
  company: string | null;
  position: string | null;
  connectedOn: string | null;
}

export type LinkedInRow = { ok: true; connection: LinkedInConnection } | { ok: false; line: number; problem: string };

export class LinkedInFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkedInFileError';
  }
}

const clean = (v: string | undefined): string => (v ?? '').replace(/^\uFEFF/, '').trim();
const orNull = (v: string): string | null => (v === '' ? null : v);

function isHeader(cells: string[]): boolean {
  const names = cells.map((c) => clean(c).toLowerCase());
  return REQUIRED.every((r) => names.includes(r.toLowerCase()));
}

function toRow(cells: string[], index: Map<string, number>, line: number): LinkedInRow {
  const get = (col: string): string => {
    const i = index.get(col.toLowerCase());
    return i === undefined ? '' : clean(cells[i]);
  };
  const name = [get('First Name'), get('Last Name')].filter(Boolean).join(' ').replace(/\s+/g, ' ');
  if (name === '') return { ok: false, line, problem: `Row ${line} has no name; it was left out.` };
  const url = orNull(get('URL'));
  const rawEmail = get('Email Address');
  const email = rawEmail !== '' && isEmailAddress(rawEmail) ? rawEmail : null;
  const rawDate = get('Connected On');
  let connectedOn: string | null = null;
  if (rawDate !== '') {
    const day = parseTypedDay(rawDate);
    connectedOn = day.ok ? day.day : null;
  }
  return {
    ok: true,
    connection: { line, name: name.slice(0, 200), url, key: linkedinKey(url), email, company: orNull(get('Company').slice(0, 200)), position: orNull(get('Position').slice(0, 200)), connectedOn },
  };
}

/**
 * The connections of an export, one row at a time. Lines before the header
 * are skipped; a file whose header lacks the name columns is refused with a
 * message naming what was expected.
 */
export async function* readLinkedInConnections(source: string | Uint8Array | AsyncIterable<string | Uint8Array>): AsyncGenerator<LinkedInRow> {
  const input = typeof source === 'string' || source instanceof Uint8Array ? Readable.from([source]) : Readable.from(source);
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  let index: Map<string, number> | null = null;
  let seen = 0;
  let row = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    if (!index) {
      seen += 1;
      if (isHeader(cells)) {
        index = new Map(cells.map((c, i) => [clean(c).toLowerCase(), i]));
        continue;
      }
      if (seen > MAX_LINES_BEFORE_HEADER) break;
      continue;
    }
    if (cells.every((c) => clean(c) === '')) continue;
    row += 1;
    yield toRow(cells, index, row);
  }
  if (!index) {
    parser.destroy();
    throw new LinkedInFileError(
      `This does not look like LinkedIn's Connections.csv: no header with the columns ${LINKEDIN_COLUMNS.join(', ')} was found. Export your connections from LinkedIn (Settings → Data privacy → Get a copy of your data → Connections) and choose that file.`,
    );
  }
}
