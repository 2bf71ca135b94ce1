import { describe, expect, it } from 'vitest';
import { activeFilterCount, hasFilters, parseListParams } from './use-list-params';

describe('the list filters kept in the address', () => {
  it('counts the filters that narrow the list, not the sort order', () => {
    const none = parseListParams(new URLSearchParams('sort=company&order=asc&page=2'));
    expect(activeFilterCount(none)).toBe(0);
    expect(hasFilters(none)).toBe(false);
    const some = parseListParams(new URLSearchParams('q=data&status=screen,interview&tag=remote&from=2026-11-01'));
    expect(activeFilterCount(some)).toBe(4);
  });
});
