import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, sortRows } from './sorting';

const rows = [
  { name: 'Referral', n: 3 },
  { name: 'job board', n: 12 },
  { name: 'Company site', n: null },
  { name: 'agency', n: 3 },
];

describe('sorting a table by a column', () => {
  it('sorts numbers numerically, keeps ties in their order, and puts missing values last', () => {
    const desc = sortRows(rows, { key: 'n', order: 'desc' }, (r, k) => r[k as 'n']);
    expect(desc.map((r) => r.name)).toEqual(['job board', 'Referral', 'agency', 'Company site']);
    const asc = sortRows(rows, { key: 'n', order: 'asc' }, (r, k) => r[k as 'n']);
    expect(asc.map((r) => r.name)).toEqual(['Referral', 'agency', 'job board', 'Company site']);
  });

  it('sorts text without regard to case', () => {
    expect(sortRows(rows, { key: 'name', order: 'asc' }, (r) => r.name).map((r) => r.name)).toEqual(['agency', 'Company site', 'job board', 'Referral']);
  });

  it('flips the order on a second click and says so to screen readers', () => {
    const first = nextSort(null, 'n', 'desc');
    expect(first).toEqual({ key: 'n', order: 'desc' });
    expect(ariaSort(first, 'n')).toBe('descending');
    expect(ariaSort(first, 'name')).toBe('none');
    const second = nextSort(first, 'n', 'desc');
    expect(ariaSort(second, 'n')).toBe('ascending');
    expect(nextSort(second, 'name', 'asc')).toEqual({ key: 'name', order: 'asc' });
  });

  it('leaves the rows as they are when nothing is sorted', () => {
    expect(sortRows(rows, null, () => null)).toEqual(rows);
  });
});
