import { describe, expect, it } from 'vitest';
import { splitMbox } from './mbox.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Feeds `text` in chunks of `size` bytes, as a file stream would. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function split(text: string, size = 7): Promise<string[]> {
  const out: string[] = [];
  for await (const m of splitMbox(chunks(text, size))) out.push(dec.decode(m));
  return out;
}

describe('splitMbox', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    {
      name: 'two LF messages',
      input: 'From a@x Mon Jan  1 00:00:00 2026\nSubject: one\n\nHello\n\nFrom b@y Tue Jan  2 00:00:00 2026\nSubject: two\n\nBye\n',
      expected: ['Subject: one\n\nHello\n', 'Subject: two\n\nBye\n'],
    },
    {
      name: 'CRLF line ends are kept',
      input: 'From a@x Mon Jan  1 00:00:00 2026\r\nSubject: one\r\n\r\nHi\r\n\r\nFrom b@y Mon Jan  1 00:00:00 2026\r\nSubject: two\r\n\r\nYo\r\n',
      expected: ['Subject: one\r\n\r\nHi\r\n', 'Subject: two\r\n\r\nYo\r\n'],
    },
    {
      name: 'a final message without a trailing newline',
      input: 'From a@x Mon Jan  1 00:00:00 2026\nSubject: one\n\nlast line',
      expected: ['Subject: one\n\nlast line'],
    },
    {
      name: '>From lines lose one quote; "From " inside a paragraph is not a separator',
      input: 'From a@x Mon Jan  1 00:00:00 2026\nSubject: q\n\nLine\n>From here\n>>From there\nFrom the start of it all\n',
      expected: ['Subject: q\n\nLine\nFrom here\n>From there\nFrom the start of it all\n'],
    },
    {
      name: 'a single .eml (no separator) is one message',
      input: 'Subject: lone\nFrom: a@x\n\nBody\n',
      expected: ['Subject: lone\nFrom: a@x\n\nBody\n'],
    },
    { name: 'an empty file yields nothing', input: '', expected: [] },
    {
      name: 'a separator right after a blank line without a postmark shape still splits',
      input: 'From x\nSubject: 1\n\nA\n\nFrom y\nSubject: 2\n\nB\n',
      expected: ['Subject: 1\n\nA\n', 'Subject: 2\n\nB\n'],
    },
  ];
  it.each(cases)('$name', async ({ input, expected }) => {
    for (const size of [1, 3, 7, 64, 100_000]) expect(await split(input, size)).toEqual(expected);
  });

  it('keeps non-ASCII bytes intact across chunk boundaries', async () => {
    const input = 'From a@x Mon Jan  1 00:00:00 2026\nSubject: café ✓\n\nNaïve résumé\n';
    expect(await split(input, 1)).toEqual(['Subject: café ✓\n\nNaïve résumé\n']);
  });

  it('streams: memory stays flat over many messages', async () => {
    const one = 'From a@x Mon Jan  1 00:00:00 2026\nSubject: s\n\n' + 'body line\n'.repeat(50) + '\n';
    async function* many(): AsyncGenerator<Uint8Array> {
      const bytes = enc.encode(one);
      for (let i = 0; i < 20_000; i++) yield bytes;
    }
    let n = 0;
    const before = process.memoryUsage().heapUsed;
    for await (const m of splitMbox(many())) {
      n += 1;
      expect(m.length).toBeGreaterThan(500);
    }
    expect(n).toBe(20_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });
});
