import { describe, expect, it } from 'vitest';
import { extractNewest, normaliseText } from './clean.js';

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

describe('extractNewest follows forwards inside forwards', () => {
  const forward = (from: string, body: string) =>
    `---------- Forwarded message ---------\nFrom: ${from}\nSubject: Your application\n\n${body}`;
  const decline = 'Dear Sam, thank you for your interview. Unfortunately we will not be taking your application further.';

  it('reaches the employer\'s words under a few forwards, each passed on with a short note', () => {
    let text = decline;
    for (const who of ['Talent <talent@example.com>', 'Jo <jo@example.com>', 'Kim <kim@example.com>']) text = `FYI\n\n${forward(who, text)}`;
    const newest = extractNewest(text);
    expect(newest.forwarded).toBe(true);
    expect(newest.body).toContain('not be taking your application further');
    expect(newest.forwardedFrom).toBe('Talent <talent@example.com>');
  });

  it('stops after a few levels on a paste of thousands of forward headers instead of running out of stack', () => {
    const hostile = `${'---------- Forwarded message ---------\n'.repeat(3000)}${decline}`;
    expect(() => extractNewest(hostile)).not.toThrow();
    expect(() => extractNewest(`${'--- previous messages in this thread ---\n'.repeat(3000)}${decline}`)).not.toThrow();
  });
});
