import { describe, expect, it } from 'vitest';
import { chanceWords, daysWords, heardBackLine, pct, pctRange, rejectedAfter } from './labels';

describe('insights in plain words', () => {
  it('writes rates and likely ranges as people read them', () => {
    expect(pct(0.634)).toBe('63%');
    expect(pct(null)).toBe('—');
    expect(pctRange(0.121, 0.304)).toBe('12–30%');
  });

  it.each([
    [0.02, 'Unlikely to be chance'],
    [0.099, 'Unlikely to be chance'],
    [0.1, 'Could be chance'],
    [0.63, 'Probably chance'],
  ])('a comparison with q = %s reads "%s"', (q, words) => {
    expect(chanceWords(q)).toBe(words);
  });

  it('names where a rejection came, never "No after applied"', () => {
    expect(rejectedAfter('applied')).toBe('Rejected after applying');
    expect(rejectedAfter('interview')).toBe('Rejected after an interview');
    expect(rejectedAfter('final')).toBe('Rejected after the final round');
  });

  it('counts days in words', () => {
    expect(daysWords(1)).toBe('1 day');
    expect(daysWords(4)).toBe('4 days');
    expect(daysWords(2.46)).toBe('2.5 days');
    expect(daysWords(null)).toBe('—');
  });

  it('makes the reply counts add up to what was sent', () => {
    expect(heardBackLine(41, 53, 3)).toBe('41 of the 53 with an outcome; 3 still waiting for a reply (56 sent)');
    expect(heardBackLine(10, 12, 0)).toBe('10 of the 12 with an outcome; none still waiting for a reply (12 sent)');
    expect(heardBackLine(8123, 10000, 0)).toBe('8,123 of the 10,000 with an outcome; none still waiting for a reply (10,000 sent)');
  });
});
