import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredText, withoutControlCharacters, zId, zText } from './common.js';

const text = zText();

describe('text at the contract', () => {
  it('removes C0 control characters and keeps tab, line feed and carriage return', () => {
    expect(withoutControlCharacters('a\u0000b\u0001c\u0008d\u000be\u000cf\u001bg\u001fh')).toBe('abcdefgh');
    expect(withoutControlCharacters('one\ttwo\nthree\r\nfour')).toBe('one\ttwo\nthree\r\nfour');
    expect(withoutControlCharacters('Zoë — 東京 \u{1f600}')).toBe('Zoë — 東京 \u{1f600}');
  });

  it('never lets a control character other than tab and line breaks through, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x3ff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes)), (s) => {
        const out = text.parse(s);
        expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/); // eslint-disable-line no-control-regex
        expect(out.length).toBeLessThanOrEqual(s.length);
      }),
    );
  });

  it('applies to ids and required text, which then refuse what is left empty', () => {
    expect(zId.safeParse('\u0000').success).toBe(false);
    expect(zId.parse('k3v9\u0000')).toBe('k3v9');
    expect(requiredText('Company', 200).safeParse('\u0000 ').success).toBe(false);
    expect(requiredText('Company', 200).parse(' Lark\u0000spur ')).toBe('Larkspur');
  });
});
