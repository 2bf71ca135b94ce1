import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBytes } from './bytes.js';

const utf8 = new TextEncoder();
const text = new TextDecoder();

describe('joining an export page as bytes', () => {
  it('puts the separator between parts only, after what comes before', () => {
    const parts = ['{"a":1}', '{"b":"é 😀"}', '{}'].map((s) => utf8.encode(s));
    expect(text.decode(joinBytes(parts, utf8.encode(',\n'), utf8.encode('[\n')))).toBe('[\n{"a":1},\n{"b":"é 😀"},\n{}');
    expect(text.decode(joinBytes(parts.slice(0, 1), utf8.encode(',\n')))).toBe('{"a":1}');
    expect(joinBytes([], utf8.encode(',\n')).length).toBe(0);
    expect(text.decode(joinBytes([], utf8.encode(',\n'), utf8.encode('x')))).toBe('x');
  });

  it('is the UTF-8 of the texts joined, for any texts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (lines, separator, before) => {
        const joined = joinBytes(lines.map((l) => utf8.encode(l)), utf8.encode(separator), utf8.encode(before));
        expect(Buffer.from(joined).equals(Buffer.from(utf8.encode(before + lines.join(separator))))).toBe(true);
      }),
    );
  });
});
