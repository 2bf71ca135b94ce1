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
  for await (const m of splitMbox(chunks(text, size))) out.push(dec.decode(m.bytes));
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
      expect(m.bytes.length).toBeGreaterThan(500);
    }
    expect(n).toBe(20_000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('splitMbox with messages too large to read', () => {
  const MB = 1024 * 1024;
  const header = (subject: string) => `From a@x Mon Jan  1 00:00:00 2026\nSubject: ${subject}\nMessage-ID: <${subject}@x>\n\n`;

  /** A mailbox streamed in 1 MB chunks: a small message, a huge one, a small one. */
  async function* mailbox(hugeBody: (write: (s: string) => Uint8Array) => Generator<Uint8Array>): AsyncGenerator<Uint8Array> {
    yield enc.encode(`${header('first')}Hello\n\n`);
    yield enc.encode(header('huge'));
    yield* hugeBody((s) => enc.encode(s));
    yield enc.encode(`\n${header('last')}Bye\n`);
  }

  async function collect(source: AsyncIterable<Uint8Array>) {
    const out: { text: string; size: number; tooLarge: boolean }[] = [];
    for await (const m of splitMbox(source)) out.push({ text: dec.decode(m.bytes), size: m.size, tooLarge: m.tooLarge });
    return out;
  }

  it('keeps only the headers of a message over MAX_MESSAGE_BYTES, with its whole size', async () => {
    const line = `${'QUJD'.repeat(19)}\n`; // a base64 attachment, 77 bytes a line
    const lines = Math.ceil((12 * MB) / line.length);
    const out = await collect(
      mailbox(function* (write) {
        const block = write(line.repeat(1000));
        for (let i = 0; i < lines / 1000; i++) yield block;
      }),
    );
    expect(out.map((m) => m.tooLarge)).toEqual([false, true, false]);
    expect(out[1]?.text).toBe('Subject: huge\nMessage-ID: <huge@x>\n\n');
    expect(out[1]?.size).toBeGreaterThan(12 * MB);
    expect(out[0]?.text).toBe('Subject: first\nMessage-ID: <first@x>\n\nHello\n');
    expect(out[2]?.text).toBe('Subject: last\nMessage-ID: <last@x>\n\nBye\n');
  });

  it('does not hold a line longer than a message may be', async () => {
    const out = await collect(
      mailbox(function* (write) {
        const block = write('x'.repeat(MB));
        for (let i = 0; i < 12; i++) yield block;
        yield write('\n');
      }),
    );
    expect(out.map((m) => m.tooLarge)).toEqual([false, true, false]);
    expect(out[1]?.size).toBeGreaterThan(12 * MB);
    expect(out[1]?.text).toMatch(/^Subject: huge\n/);
    expect(out[2]?.text).toMatch(/Bye/);
  });
});
