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
 */

const LF = 10;
const CR = 13;
const GT = 62;
const FROM = [70, 114, 111, 109, 32]; // "From "
const POSTMARK = /^From \S+\s+\w{3}\s+\w{3}\s+\d{1,2}\s/;
/** A message larger than this is cut (the rest is dropped): the reader never needs more. */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

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
export async function* splitMbox(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let message: Uint8Array[] = [];
  let messageBytes = 0;
  let started = false; // a separator or content has been seen
  let previousBlank = true;
  let carry: Uint8Array[] = [];
  let carryBytes = 0;

  const finish = (): Uint8Array | null => {
    // drop the blank line that separates this message from the next separator
    const last = message.at(-1);
    if (last && isBlank(last)) {
      message.pop();
      messageBytes -= last.length;
    }
    const out = messageBytes > 0 ? concat(message, messageBytes) : null;
    message = [];
    messageBytes = 0;
    return out;
  };

  const takeLine = (line: Uint8Array): Uint8Array | null => {
    let emitted: Uint8Array | null = null;
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
    if (messageBytes + kept.length <= MAX_MESSAGE_BYTES) {
      message.push(kept);
      messageBytes += kept.length;
    }
    previousBlank = isBlank(line);
    return emitted;
  };

  for await (const chunk of source) {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(LF, pos);
      if (nl === -1) {
        carry.push(chunk.subarray(pos));
        carryBytes += chunk.length - pos;
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
  if (carryBytes > 0) {
    const out = takeLine(concat(carry, carryBytes));
    if (out) yield out;
  }
  const last = finish();
  if (last) yield last;
}
