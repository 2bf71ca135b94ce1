/**
 * A streaming mbox splitter. It reads the mailbox chunk by chunk and yields
 * one raw message at a time, so memory holds at most one message (plus one
 * chunk), whatever the size of the file.
 *
 * - A separator is a line starting with "From " at the start of the file, after
 *   a blank line, or shaped like a postmark ("From sender Mon Jan 1 …").
 * - mboxrd/mboxo quoting: a body line ">From " (any number of ">") loses one ">".
 * - LF and CRLF line ends are both accepted and kept as they are.
 * - Input that does not start with a separator (a single .eml) is one message.
 * - The last message may end without a newline.
 * - A message larger than MAX_MESSAGE_BYTES is not kept: it comes out as its
 *   header block alone, marked `tooLarge`, so the import can skip it with a
 *   reason (and recognise it next time) while memory stays flat.
 */

const LF = 10;
const CR = 13;
const GT = 62;
const FROM = [70, 114, 111, 109, 32]; // "From "
const POSTMARK = /^From \S+\s+\w{3}\s+\w{3}\s+\d{1,2}\s/;
/** A message larger than this is skipped: a job-search mail is text, and attachments are not read. */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
/** Of a message too large to read, at most this much of its header block is kept. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** One message of a mailbox. */
export interface MailboxMessage {
  /** The raw message; only its header block when `tooLarge`. */
  bytes: Uint8Array;
  /** The size of the whole message in bytes. */
  size: number;
  tooLarge: boolean;
}

/** A whole raw message (one .eml file) as a mailbox message, its header block alone when it is too large. */
export function mailboxMessage(raw: Uint8Array, size = raw.length): MailboxMessage {
  if (size <= MAX_MESSAGE_BYTES && raw.length === size) return { bytes: raw, size, tooLarge: false };
  return { bytes: headerBlock(raw), size, tooLarge: true };
}

/** The header block of a raw message, with the blank line that ends it; at most MAX_HEADER_BYTES. */
export function headerBlock(raw: Uint8Array): Uint8Array {
  const head = raw.subarray(0, MAX_HEADER_BYTES);
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== LF) continue;
    if (head[i + 1] === LF) return head.slice(0, i + 2);
    if (head[i + 1] === CR && head[i + 2] === LF) return head.slice(0, i + 3);
  }
  return head.slice();
}

function startsWithFrom(line: Uint8Array, offset: number): boolean {
  if (line.length < offset + FROM.length) return false;
  for (let i = 0; i < FROM.length; i++) if (line[offset + i] !== FROM[i]) return false;
  return true;
}

function isBlank(line: Uint8Array): boolean {
  return line.length === 0 || (line.length === 1 && (line[0] === LF || line[0] === CR)) || (line.length === 2 && line[0] === CR && line[1] === LF);
}

function looksLikePostmark(line: Uint8Array): boolean {
  const head = String.fromCharCode(...line.subarray(0, Math.min(line.length, 120)));
  return POSTMARK.test(head);
}

/** Always a fresh copy: the caller may reuse its chunk buffers. */
function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Splits an mbox into raw messages (header block and body, without the "From " line). */
export async function* splitMbox(source: AsyncIterable<Uint8Array>): AsyncGenerator<MailboxMessage> {
  let message: Uint8Array[] = [];
  let messageBytes = 0; // bytes kept
  let size = 0; // bytes of the whole message
  let headerParts = -1; // parts of `message` that are its header block, once the blank line is seen
  let tooLarge = false;
  let started = false; // a separator or content has been seen
  let previousBlank = true;
  let carry: Uint8Array[] = [];
  let carryBytes = 0;
  let lineTooLong = 0; // bytes of a line longer than a message may be, dropped as it streams

  const finish = (): MailboxMessage | null => {
    // drop the blank line that separates this message from the next separator
    const last = message.at(-1);
    if (!tooLarge && last && isBlank(last)) {
      message.pop();
      messageBytes -= last.length;
      size -= last.length;
    }
    const out = size > 0 ? { bytes: concat(message, messageBytes), size, tooLarge } : null;
    message = [];
    messageBytes = 0;
    size = 0;
    headerParts = -1;
    tooLarge = false;
    return out;
  };

  /** From now on the message is only counted; its header block is all that is kept. */
  const overflow = (): void => {
    tooLarge = true;
    const kept: Uint8Array[] = [];
    let keptBytes = 0;
    for (const part of headerParts >= 0 ? message.slice(0, headerParts) : message) {
      if (keptBytes >= MAX_HEADER_BYTES) break;
      kept.push(part);
      keptBytes += part.length;
    }
    const bytes = concat(kept, keptBytes);
    message = [headerBlock(bytes)];
    messageBytes = message[0]?.length ?? 0;
  };

  const keep = (line: Uint8Array, length = line.length): void => {
    size += length;
    if (tooLarge) return;
    if (messageBytes + length > MAX_MESSAGE_BYTES) return overflow();
    message.push(line);
    messageBytes += line.length;
    if (headerParts < 0 && isBlank(line)) headerParts = message.length;
  };

  const takeLine = (line: Uint8Array): MailboxMessage | null => {
    let emitted: MailboxMessage | null = null;
    if (startsWithFrom(line, 0) && (previousBlank || !started || looksLikePostmark(line))) {
      emitted = started ? finish() : null;
      started = true;
      previousBlank = false;
      return emitted;
    }
    started = true;
    let kept = line;
    if (line[0] === GT) {
      let i = 0;
      while (line[i] === GT) i++;
      if (startsWithFrom(line, i)) kept = line.subarray(1);
    }
    keep(kept);
    previousBlank = isBlank(line);
    return emitted;
  };

  for await (const chunk of source) {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(LF, pos);
      if (lineTooLong > 0) {
        // the rest of a line too long to keep: count it, keep nothing
        const end = nl === -1 ? chunk.length : nl + 1;
        lineTooLong += end - pos;
        pos = end;
        if (nl !== -1) {
          started = true;
          previousBlank = false;
          if (!tooLarge) overflow();
          size += lineTooLong;
          lineTooLong = 0;
        }
        continue;
      }
      if (nl === -1) {
        carry.push(chunk.subarray(pos));
        carryBytes += chunk.length - pos;
        if (carryBytes > MAX_MESSAGE_BYTES) {
          lineTooLong = carryBytes;
          carry = [];
          carryBytes = 0;
        }
        break;
      }
      const piece = chunk.subarray(pos, nl + 1);
      let line = piece;
      if (carryBytes > 0) {
        carry.push(piece);
        line = concat(carry, carryBytes + piece.length);
        carry = [];
        carryBytes = 0;
      }
      const out = takeLine(line);
      if (out) yield out;
      pos = nl + 1;
    }
  }
  if (lineTooLong > 0) {
    started = true;
    if (!tooLarge) overflow();
    size += lineTooLong;
  }
  if (carryBytes > 0) {
    const out = takeLine(concat(carry, carryBytes));
    if (out) yield out;
  }
  const last = finish();
  if (last) yield last;
}
