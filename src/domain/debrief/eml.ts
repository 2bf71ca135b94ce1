/**
 * A draft as an `.eml` file (RFC 5322 + MIME) that mail clients open as an
 * unsent message (`X-Unsent: 1`). The body is UTF-8 in quoted-printable;
 * a non-ASCII subject or display name becomes RFC 2047 encoded-words.
 */

export type EmailAddress = string | { name?: string | null; address: string };

export interface EmlInput {
  from?: EmailAddress | null;
  to?: EmailAddress | null;
  subject: string;
  body: string;
  date: Date | string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

function isAscii(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value);
}

function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** RFC 2047 B encoded-words (at most 64 characters, so a folded header line stays under 78), never splitting a character. */
export function encodeWords(value: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (encoder.encode(chunk + char).length > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(encoder.encode(w))}?=`);
}

/** A header line, folded at spaces so lines stay under 78 characters where possible. */
function header(name: string, value: string, encodedWords?: string[]): string {
  const pieces = encodedWords ?? value.split(' ');
  let line = `${name}:`;
  const lines: string[] = [];
  for (const piece of pieces) {
    if (line.length + 1 + piece.length > 78 && line.length > name.length + 1) {
      lines.push(line);
      line = '';
    }
    line += ` ${piece}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

function unstructured(name: string, value: string): string {
  const clean = oneLine(value);
  return isAscii(clean) ? header(name, clean) : header(name, clean, encodeWords(clean));
}

function formatAddress(value: EmailAddress): string {
  const { name, address } = typeof value === 'string' ? { name: null, address: value } : value;
  const addr = oneLine(address).replace(/[<>\s]/g, '');
  const display = oneLine(name ?? '');
  if (!display) return addr;
  if (!isAscii(display)) return `${encodeWords(display).join(' ')} <${addr}>`;
  const quoted = /[()<>[\]:;@\\,."]/.test(display) ? `"${display.replace(/["\\]/g, '\\$&')}"` : display;
  return `${quoted} <${addr}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** RFC 5322 date-time in UTC: "Thu, 12 Nov 2026 09:30:00 +0000". */
export function rfc5322Date(value: Date | string): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new RangeError(`The message date is not a valid date (got "${String(value)}").`);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()] ?? ''}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()} ${pad(
    d.getUTCHours(),
  )}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text; lines end in CRLF and stay within 76 characters. */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n|\r|\n/g, '\n').split('\n');
  return lines
    .map((line) => {
      const bytes = encoder.encode(line);
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const plain = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(plain ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

/** Builds the full message text, ready to save as `draft.eml`. */
export function buildEml({ from, to, subject, body, date }: EmlInput): string {
  const headers = [
    from ? header('From', formatAddress(from)) : null,
    to ? header('To', formatAddress(to)) : null,
    unstructured('Subject', subject),
    `Date: ${rfc5322Date(date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ].filter((h): h is string => h !== null);
  return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(body)}${CRLF}`;
}
