import { describe, expect, it } from 'vitest';
import { normaliseText } from './clean.js';

describe('normaliseText keeps hostile runs short', () => {
  it('cuts a run of one character to 40 and breaks a word longer than 160', () => {
    const text = `Thank you ${'!'.repeat(100)}\nlink ${'x'.repeat(400)} end`;
    const out = normaliseText(text);
    expect(out).toContain(`you ${'!'.repeat(40)}\n`);
    expect(out).not.toContain('!'.repeat(41));
    expect(out.split(/\s+/).every((w) => w.length <= 160)).toBe(true);
    expect(out.endsWith(' end')).toBe(true);
  });

  it('breaks a long word whose blanks are not spaces, and leaves ordinary prose alone', () => {
    const word = 'ab'.repeat(100);
    expect(normaliseText(`x\u00a0${word}`).split(/\s+/).every((w) => w.length <= 160)).toBe(true);
    const prose = 'We have decided not to move forward.\n\nKind regards,\nSam';
    expect(normaliseText(prose)).toBe(prose);
  });
});
