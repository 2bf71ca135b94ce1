/**
 * Streams the first file part out of a multipart/form-data body without
 * buffering the upload: headers of the part are skipped, the content is
 * passed on chunk by chunk until the closing boundary.
 */

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0, from); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

export async function* firstFilePart(body: AsyncIterable<Uint8Array>, boundary: string): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  const open = enc.encode(`--${boundary}`);
  const close = enc.encode(`\r\n--${boundary}`);
  const headerEnd = enc.encode('\r\n\r\n');
  let state: 'preamble' | 'headers' | 'content' | 'done' = 'preamble';
  let buf: Uint8Array = new Uint8Array(0);
  for await (const chunk of body) {
    if (state === 'done') continue; // drain
    buf = join(buf, chunk);
    for (;;) {
      if (state === 'preamble') {
        const at = indexOf(buf, open);
        if (at === -1) break;
        buf = buf.subarray(at + open.length);
        state = 'headers';
      }
      if (state === 'headers') {
        const at = indexOf(buf, headerEnd);
        if (at === -1) break;
        const headers = new TextDecoder().decode(buf.subarray(0, at));
        buf = buf.subarray(at + headerEnd.length);
        if (/filename=/i.test(headers)) state = 'content';
        else state = 'preamble'; // a plain field: skip to the next part
        if (state === 'preamble') continue;
      }
      if (state === 'content') {
        const at = indexOf(buf, close);
        if (at !== -1) {
          if (at > 0) yield buf.slice(0, at);
          state = 'done';
          buf = new Uint8Array(0);
          break;
        }
        const keep = close.length - 1; // a boundary may straddle two chunks
        if (buf.length > keep) {
          yield buf.slice(0, buf.length - keep);
          buf = buf.slice(buf.length - keep);
        }
      }
      break;
    }
  }
  if (state === 'content' && buf.length > 0) yield buf;
}
