/**
 * Sorting a table by a column, for tables sorted in the browser. Numbers sort
 * numerically, text by the reader's locale; missing values go last either way.
 */
export type SortOrder = 'asc' | 'desc';
export interface SortState<K extends string> {
  key: K;
  order: SortOrder;
}

export type SortValue = string | number | null | undefined;

export function compareValues(a: SortValue, b: SortValue, order: SortOrder): number {
  const aMissing = a === null || a === undefined || (typeof a === 'number' && Number.isNaN(a));
  const bMissing = b === null || b === undefined || (typeof b === 'number' && Number.isNaN(b));
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
  return order === 'asc' ? c : -c;
}

/** A stable sort of `rows` by the value `pick` reads for the sorted column. */
export function sortRows<T, K extends string>(rows: readonly T[], sort: SortState<K> | null, pick: (row: T, key: K) => SortValue): T[] {
  if (!sort) return [...rows];
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => compareValues(pick(x.row, sort.key), pick(y.row, sort.key), sort.order) || x.i - y.i)
    .map((x) => x.row);
}

/** Clicking a column: sorts by it (numbers high first, text A–Z), or flips the order when it is already sorted. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K, firstOrder: SortOrder): SortState<K> {
  if (current?.key === key) return { key, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { key, order: firstOrder };
}

export function ariaSort<K extends string>(current: SortState<K> | null, key: K): 'ascending' | 'descending' | 'none' {
  if (current?.key !== key) return 'none';
  return current.order === 'asc' ? 'ascending' : 'descending';
}
