/**
 * Turning the bytes of a spreadsheet export into text. Spreadsheets leave
 * files in several encodings: UTF-8 with or without a byte-order mark, UTF-16
 * (Excel's "Unicode text"), or Windows-1252 (older Excel on Windows). The
 * encoding is read from the first bytes; the text is decoded by TextDecoder.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many bytes are looked at to decide between UTF-8 and Windows-1252. */
const SNIFF_BYTES = 64 * 1024;

export function detectEncoding(start: Uint8Array): CsvEncoding {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8';
  if (start[0] === 0xff && start[1] === 0xfe) return 'utf-16le';
  if (start[0] === 0xfe && start[1] === 0xff) return 'utf-16be';
  // UTF-16 without a mark: ASCII text has every other byte zero.
  const probe = start.subarray(0, Math.min(start.length, 512));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < probe.length; i++) {
    if (probe[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = probe.length / 2;
  if (half > 0 && oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (half > 0 && evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  try {
    // `stream: true` lets a character cut at the end of the sample pass, unless the sample is the whole file.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    decoder.decode(start.subarray(0, SNIFF_BYTES), { stream: true });
    if (start.length <= SNIFF_BYTES) decoder.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** A decoder for a stream of chunks; the byte-order mark is dropped. */
export function textDecoder(encoding: CsvEncoding): InstanceType<typeof TextDecoder> {
  return new TextDecoder(encoding, { ignoreBOM: false });
}

/** The whole text of a small file. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const encoding = detectEncoding(bytes);
  return { text: textDecoder(encoding).decode(bytes), encoding };
}

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter of the header line: the one of `,` `;` and tab found most
 * often outside quotes. A file with one column counts as comma-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < SNIFF_BYTES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}
