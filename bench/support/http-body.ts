/**
 * A benchmark's HTTP client that reads a body as bytes and keeps only what
 * it needs to check it: the size, the number of line breaks, the last bytes
 * and (when asked) a SHA-1. Decoding megabytes into a JavaScript string, or
 * collecting them into one buffer, is the client's cost, not the server's; on
 * a 2-core machine it would be counted in the server's wall time too.
 */
import { createHash } from 'node:crypto';
import { get } from 'node:http';

export interface BodySummary {
  status: number;
  bytes: number;
  lineBreaks: number;
  /** The body's last bytes (up to `TAIL_BYTES`). */
  tail: Buffer;
  /** SHA-1 of everything after the first line break, when asked for. */
  sha1?: string;
}

const TAIL_BYTES = 64 * 1024;
const LF = 10;

/** What a body must be, from the same export made in-process: its summary without the status. */
export class BodyDigest {
  bytes = 0;
  lineBreaks = 0;
  private tailParts: Buffer[] = [];
  private tailBytes = 0;
  private readonly hash = createHash('sha1');
  private firstLineSeen = false;

  constructor(private readonly withSha1: boolean) {}

  add(chunk: Uint8Array): void {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    this.bytes += bytes.length;
    let first = -1;
    for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) {
      if (first === -1) first = at;
      this.lineBreaks += 1;
    }
    if (this.withSha1) {
      if (this.firstLineSeen) this.hash.update(bytes);
      else if (first !== -1) {
        this.firstLineSeen = true;
        this.hash.update(bytes.subarray(first + 1));
      }
    }
    this.tailParts.push(bytes);
    this.tailBytes += bytes.length;
    while (this.tailParts.length > 1 && this.tailBytes - this.tailParts[0]!.length >= TAIL_BYTES) this.tailBytes -= this.tailParts.shift()!.length;
  }

  summary(status: number): BodySummary {
    const tail = Buffer.concat(this.tailParts);
    return { status, bytes: this.bytes, lineBreaks: this.lineBreaks, tail: tail.subarray(Math.max(0, tail.length - TAIL_BYTES)), ...(this.withSha1 ? { sha1: this.hash.digest('hex') } : {}) };
  }
}

/** GETs `url` and summarises its body as it streams in (no compression asked for). */
export function readBody(url: string, withSha1 = false): Promise<BodySummary> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const digest = new BodyDigest(withSha1);
      res.on('data', (chunk: Buffer) => digest.add(chunk));
      res.on('end', () => resolve(digest.summary(res.statusCode ?? 0)));
      res.on('error', reject);
    }).on('error', reject);
  });
}
