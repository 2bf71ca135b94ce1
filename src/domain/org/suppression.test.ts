import { describe, expect, it } from 'vitest';
import { comparisonShown, isSuppressed, MIN_PEOPLE, shown, shownCount } from './suppression.js';

describe('small-cell suppression', () => {
  it.each([
    [0, true],
    [1, true],
    [4, true],
    [5, false],
    [6, false],
    [1000, false],
  ])('%i people → suppressed: %s', (people, suppressed) => {
    expect(isSuppressed(people)).toBe(suppressed);
  });

  it('uses five people as the threshold', () => {
    expect(MIN_PEOPLE).toBe(5);
  });

  it('hides the value itself, not only a flag', () => {
    expect(shown(42, 4)).toBeNull();
    expect(shown(42, 5)).toBe(42);
    expect(shown({ rate: 0.5 }, 3)).toBeNull();
  });

  it('shows a zero count (it is about the whole group), any other count only from five people', () => {
    expect(shownCount(0, 0)).toBe(0);
    expect(shownCount(3, 3)).toBeNull();
    expect(shownCount(7, 5)).toBe(7);
  });

  it('takes another threshold (1 means every figure shows)', () => {
    expect(isSuppressed(1, 1)).toBe(false);
    expect(isSuppressed(0, 1)).toBe(true);
    expect(isSuppressed(9, 10)).toBe(true);
  });

  it('needs enough people on both sides of a comparison', () => {
    expect(comparisonShown(5, 5)).toBe(true);
    expect(comparisonShown(12, 4)).toBe(false);
    expect(comparisonShown(4, 12)).toBe(false);
  });

  it('refuses nonsense', () => {
    expect(() => isSuppressed(3, 0)).toThrow(/threshold/);
    expect(() => isSuppressed(-1)).toThrow(/people/);
    expect(() => isSuppressed(Number.NaN)).toThrow(/people/);
  });
});
