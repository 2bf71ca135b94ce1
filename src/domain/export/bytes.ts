/**
 * Joining an export's pieces as bytes (ADR 0047): the JSON lines SQLite
 * writes arrive as the UTF-8 bytes of each line, and a page of them is handed
 * on as one piece of bytes, never decoded into text and encoded again.
 */

/** `before`, then `parts` with `separator` between each two, in one array of bytes. */
export function joinBytes(parts: readonly Uint8Array[], separator: Uint8Array, before: Uint8Array = EMPTY): Uint8Array {
  let size = before.length;
  for (const part of parts) size += part.length;
  if (parts.length > 1) size += separator.length * (parts.length - 1);
  const out = new Uint8Array(size);
  out.set(before, 0);
  let at = before.length;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      out.set(separator, at);
      at += separator.length;
    }
    const part = parts[i]!;
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const EMPTY = new Uint8Array(0);
