import { describe, expect, it } from 'vitest';
import { pulledStream } from './pulled-stream.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('pulledStream', () => {
  it('reads a page only when asked, hands each page on as it is, and ends with the pages', async () => {
    const made: string[] = [];
    const page = bytes('second');
    async function* pages(): AsyncGenerator<Uint8Array, number> {
      made.push('first');
      yield bytes('first');
      made.push('second');
      yield page;
      made.push('end');
      return 2;
    }
    const reader = pulledStream(pages()).getReader();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(made).toEqual([]);
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first');
    expect(made).toEqual(['first']);
    expect((await reader.read()).value).toBe(page);
    expect(made).toEqual(['first', 'second']);
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    expect(made).toEqual(['first', 'second', 'end']);
  });

  it('ends the export when the reader goes away', async () => {
    let closed = false;
    let read = 0;
    async function* pages(): AsyncGenerator<Uint8Array, number> {
      try {
        for (;;) {
          read += 1;
          yield bytes(`page ${read}`);
        }
      } finally {
        closed = true;
      }
    }
    const reader = pulledStream(pages()).getReader();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
    expect(read).toBe(1);
  });

  it('fails the stream when a page cannot be read', async () => {
    async function* pages(): AsyncGenerator<Uint8Array, number> {
      yield bytes('first');
      throw new Error('the database went away');
    }
    const reader = pulledStream(pages()).getReader();
    await reader.read();
    await expect(reader.read()).rejects.toThrow('the database went away');
  });
});
