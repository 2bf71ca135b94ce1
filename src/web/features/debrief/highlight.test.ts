import { describe, expect, it } from 'vitest';
import { foundIn, segmentsFor } from './highlight';

describe('segmentsFor', () => {
  it('marks a sentence even when the pasted text wraps it over lines', () => {
    const text = 'Hello.\nWe chose another\n  candidate. Bye.';
    const segs = segmentsFor(text, [{ sentence: 'We chose another candidate.', label: 'Reason' }]);
    expect(segs.map((s) => [s.text, s.marks])).toEqual([
      ['Hello.\n', []],
      ['We chose another\n  candidate.', ['Reason']],
      [' Bye.', []],
    ]);
  });

  it('keeps HTML as plain text and never loses characters', () => {
    const text = '<script>alert(1)</script> Sadly the role closed.';
    const segs = segmentsFor(text, [{ sentence: 'Sadly the role closed.', label: 'x' }]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('merges labels where evidence overlaps and ignores missing sentences', () => {
    const text = 'A b c. D e f.';
    const segs = segmentsFor(text, [
      { sentence: 'A b c.', label: 'one' },
      { sentence: 'A b c.', label: 'two' },
      { sentence: 'Not here.', label: 'three' },
    ]);
    expect(segs[0]).toEqual({ text: 'A b c.', marks: ['one', 'two'] });
    expect(foundIn(text, 'Not here.')).toBe(false);
  });

  // (a guard against a hang, not a measure of speed: a search that went quadratic would run for minutes)
  it('handles a 200 KB paste', { timeout: 20_000 }, () => {
    const text = 'Filler sentence here. '.repeat(10_000) + 'The role was frozen.';
    const segs = segmentsFor(text, [{ sentence: 'The role was frozen.', label: 'r' }]);
    expect(segs.at(-1)?.marks).toEqual(['r']);
  });
});
