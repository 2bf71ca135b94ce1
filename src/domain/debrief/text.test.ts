import { describe, expect, it } from 'vitest';
import { capitalise, charLength, cleanText, fillTemplate, sentences, truncateText } from './text.js';

describe('text helpers', () => {
  it.each([
    ['  a   b \n c ', 'a b c'],
    [null, ''],
    [undefined, ''],
  ])('cleanText(%j) → %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it('fills slots literally and refuses missing ones', () => {
    expect(fillTemplate('at {company}', { company: 'A$&B {x}' })).toBe('at A$&B {x}');
    expect(() => fillTemplate('Hi {name}', {})).toThrow(/\{name\}/);
  });

  it.each([
    ['short', 10, 'short'],
    ['the quick brown fox jumps', 16, 'the quick brown…'],
    ['supercalifragilistic', 8, 'superca…'],
    ['🚀🚀🚀🚀', 3, '🚀🚀…'],
    ['end, of, list', 9, 'end, of…'],
  ])('truncateText(%j, %i) → %j', (input, max, output) => {
    const out = truncateText(input, max);
    expect(out).toBe(output);
    expect(charLength(out)).toBeLessThanOrEqual(max);
  });

  it('joins sentences and capitalises', () => {
    expect(sentences('One.', null, '  ', 'Two.')).toBe('One. Two.');
    expect(capitalise('hello')).toBe('Hello');
    expect(capitalise('')).toBe('');
  });
});
