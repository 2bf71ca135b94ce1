/**
 * MIME parsing with postal-mime (quoted-printable, base64, charsets, multipart,
 * HTML-only bodies). Input without a header block is treated as plain text; a
 * leading "Subject:" line becomes the subject.
 */
import PostalMime, { type Address } from 'postal-mime';
import { withoutControlCharacters } from '../text.js';
import { fixCp1252 } from './clean.js';
import { readMessage } from './read-message.js';
import type { ParsedMessage, ReaderResult } from './types.js';

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]?\S?/;
const KNOWN_HEADERS = /^(?:from|to|subject|date|message-id|mime-version|content-type|received|return-path|reply-to|cc|delivered-to|x-[\w-]+|dkim-signature|in-reply-to|references|content-transfer-encoding|sender|thread-topic|thread-index|arc-[\w-]+|authentication-results):/i;

function toText(raw: string | Uint8Array): string {
  return typeof raw === 'string' ? raw : new TextDecoder('latin1').decode(raw.subarray(0, 200_000));
}

/** True when the input starts with an RFC 5322 header block. */
export function looksLikeMime(raw: string | Uint8Array): boolean {
  const head = toText(raw).slice(0, 8000).replace(/^\uFEFF/, '');
  const lines = head.split(/\r?\n/);
  let known = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') break;
    if (/^[ \t]/.test(line) && i > 0) continue; // folded header
    if (!HEADER_LINE.test(line)) return false;
    if (KNOWN_HEADERS.test(line)) known++;
  }
  // a header block ends with a blank line; a lone "Subject:" line is a pasted body
  return i < lines.length && known >= 2;
}

function firstMailbox(addr: Address | undefined): { address?: string; name?: string } {
  if (!addr) return {};
  if (addr.group) return firstMailbox(addr.group[0]);
  return { address: addr.address || undefined, name: addr.name || undefined };
}

function plainText(raw: string | Uint8Array): ParsedMessage {
  const text = typeof raw === 'string' ? raw : new TextDecoder('utf-8').decode(raw);
  const m = /^\uFEFF?\s*subject:[ \t]*([^\r\n]*)\r?\n/i.exec(text);
  if (m) return { subject: m[1]?.trim() || undefined, text: text.slice(m[0].length) };
  return { text };
}

/**
 * The same text rule as everything typed (src/domain/text.ts): a NUL in an
 * encoded subject, a sender's name or a body is removed here, so mail stored by
 * an mbox import or an IMAP sync is the same on SQLite and PostgreSQL. Header
 * fields are trimmed of the spaces a removed character leaves at an edge; a
 * field that was only control characters is left out.
 */
function withoutControls(m: ParsedMessage): ParsedMessage {
  const out: ParsedMessage = {};
  for (const [key, value] of Object.entries(m) as [keyof ParsedMessage, string | undefined][]) {
    if (value === undefined) continue;
    const body = key === 'text' || key === 'html';
    const clean = body ? withoutControlCharacters(value) : withoutControlCharacters(value).trim();
    if (clean !== '' || value === '') out[key] = clean;
  }
  return out;
}

/** Parses raw mail (or plain text) into the fields the reader needs. Rejects only on unusable input types. */
export async function parseEmail(raw: string | Uint8Array): Promise<ParsedMessage> {
  return withoutControls(await parseUnclean(raw));
}

async function parseUnclean(raw: string | Uint8Array): Promise<ParsedMessage> {
  if (!looksLikeMime(raw)) return plainText(raw);
  try {
    const email = await PostalMime.parse(raw);
    const from = firstMailbox(email.from);
    const out: ParsedMessage = {};
    if (email.subject) out.subject = email.subject;
    if (from.address) out.from = from.address;
    if (from.name) out.fromName = from.name;
    if (email.date) out.date = email.date;
    if (email.messageId) out.messageId = email.messageId;
    if (email.inReplyTo) out.inReplyTo = email.inReplyTo;
    if (email.references) out.references = email.references;
    if (email.text) out.text = fixCp1252(email.text);
    if (email.html) out.html = fixCp1252(email.html);
    return out;
  } catch {
    return plainText(raw);
  }
}

/** parseEmail then readMessage. Never rejects. */
export async function readRaw(raw: string | Uint8Array): Promise<ReaderResult> {
  try {
    const m = await parseEmail(raw);
    const from = m.fromName && m.from ? `${m.fromName} <${m.from}>` : m.from ?? m.fromName;
    return readMessage({ text: m.text, html: m.html, subject: m.subject, from, date: m.date });
  } catch {
    return readMessage({});
  }
}

/** A JSON-lines `text`: a full raw mail (headers) or a body, optionally starting with "Subject: …". */
export async function readText(text: string, subject?: string): Promise<ReaderResult> {
  if (looksLikeMime(text)) {
    const result = await readRaw(text);
    return result;
  }
  return readMessage({ text, subject });
}
