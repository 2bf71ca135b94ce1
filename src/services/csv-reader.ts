import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { detectDelimiter, detectEncoding, textDecoder, type CsvEncoding, type Delimiter } from '../domain/import/index.js';
import { ServiceError } from './errors.js';

/** The first bytes read before the encoding and delimiter are decided. */
const HEAD_BYTES = 64 * 1024;

export interface CsvRecord {
  cells: string[];
  /** The line of the file the record starts on (1 is the header). */
  line: number;
}

export interface OpenCsv {
  encoding: CsvEncoding;
  delimiter: Delimiter;
  records: AsyncGenerator<CsvRecord>;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Streams the records of a CSV file: the bytes are decoded as they come
 * (TextDecoder, in the encoding of the first bytes) and split by csv-parse.
 * Empty lines and rows of empty cells are skipped; rows may have fewer or more
 * cells than the header. `onBytes` reports how much of the file was read.
 */
export async function openCsv(source: AsyncIterable<Uint8Array>, onBytes?: (bytes: number) => void): Promise<OpenCsv> {
  const it = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < HEAD_BYTES) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const first = concat(head);
  const encoding = detectEncoding(first);
  const decoder = textDecoder(encoding);
  const firstText = decoder.decode(first, { stream: true });
  const delimiter = detectDelimiter(firstText);
  let bytes = size;
  onBytes?.(bytes);

  async function* text(): AsyncGenerator<string> {
    if (firstText) yield firstText;
    if (!ended) {
      for (;;) {
        const next = await it.next();
        if (next.done) break;
        bytes += next.value.length;
        onBytes?.(bytes);
        const part = decoder.decode(next.value, { stream: true });
        if (part) yield part;
      }
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  const parser = Readable.from(text()).pipe(
    parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
    }),
  );

  async function* records(): AsyncGenerator<CsvRecord> {
    // csv-parse's `lines` is where a record ends, but it counts a CR LF inside quotes as two lines.
    let doubled = 0;
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        let breaks = 0;
        const cells = item.record.map((cell) => {
          if (!cell.includes('\r') && !cell.includes('\n')) return cell;
          doubled += cell.split('\r\n').length - 1;
          const clean = cell.replace(/\r\n?/g, '\n');
          breaks += clean.split('\n').length - 1;
          return clean;
        });
        yield { cells, line: item.info.lines - doubled - breaks };
      }
    } catch (e) {
      const line = typeof e === 'object' && e !== null && 'lines' in e ? Number((e as { lines: unknown }).lines) : null;
      const why = e instanceof Error ? e.message.replace(/^[A-Z_]+:\s*/, '') : String(e);
      throw new ServiceError('validation', `The file could not be read as CSV${line ? ` near line ${line}` : ''}: ${why}`);
    }
  }
  return { encoding, delimiter, records: records() };
}

/** A whole buffer as a one-chunk source. */
export async function* bytesSource(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
