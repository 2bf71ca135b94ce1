import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMessage, readRaw } from './index.js';

const mailish = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom('Subject: x\n', 'From: a@b.c\n', '\n', '> ', 'On Mon wrote:\n', '<p>', '</p>', '&nbsp;', '{{role}}', 'Unfortunately ', 'not ', 'feedback ', 'interview', '=?utf-8?B?', '--b\n', 'Content-Type: multipart/mixed; boundary=b\n', '\u0000', '\ud800'), { maxLength: 60 }).map((a) => a.join('')),
);

describe('the reader never throws', () => {
  it('readMessage on arbitrary input', () => {
    fc.assert(
      fc.property(fc.record({ text: fc.option(mailish, { nil: undefined }), html: fc.option(mailish, { nil: undefined }), subject: fc.option(fc.string(), { nil: undefined }), from: fc.option(fc.string(), { nil: undefined }) }), (input) => {
        const r = readMessage(input);
        expect(typeof r.kind).toBe('string');
        if (r.kind === 'rejection') expect(r.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('readRaw on arbitrary strings and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mailish, fc.uint8Array({ maxLength: 400 })), async (raw) => {
        const r = await readRaw(raw);
        expect(typeof r.kind).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile input', () => {
  // Inputs that make naive regular expressions backtrack for seconds; each
  // must be read (and the suite's time-out would catch a catastrophic case).
  const cases: Record<string, string> = {
    'one 30,000-letter word': 'a'.repeat(30_000),
    'a line of 30,000 dots': '.'.repeat(30_000),
    '30,000 spaces inside a line': `x${' '.repeat(30_000)}y`,
    'alternating tabs and spaces': `x${'\t '.repeat(15_000)}y`,
    'a @ after every letter': 'a@'.repeat(15_000),
    'a dotted host name without end': `http://${'a.'.repeat(15_000)}`,
    'thousands of quoted-reply openers': `${'On Mon '.repeat(5_000)}wrote:`,
  };
  it.each(Object.entries(cases))('%s', (_name, text) => {
    const result = readMessage({ text, subject: text.slice(0, 2_000) });
    expect(result.kind).toBe('other');
  });
});
