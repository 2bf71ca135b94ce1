import { Table, UnstyledButton, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ariaSort, nextSort, sortRows, type SortOrder, type SortState, type SortValue } from './sorting';

/**
 * A column header that sorts its table: a button inside the header cell, with
 * `aria-sort` on the cell so screen readers announce the order.
 */
export function SortableTh<K extends string>({
  label,
  column,
  sort,
  onSort,
  firstOrder = 'desc',
  ...rest
}: {
  label: ReactNode;
  column: K;
  sort: SortState<K> | null;
  onSort: (next: SortState<K>) => void;
  firstOrder?: SortOrder;
  miw?: number | string;
  w?: number | string;
}) {
  const state = ariaSort(sort, column);
  const Icon = state === 'ascending' ? IconArrowUp : state === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th scope="col" aria-sort={state} {...rest}>
      <UnstyledButton onClick={() => onSort(nextSort(sort, column, firstOrder))} fw={700} fz="inherit" style={{ whiteSpace: 'nowrap' }}>
        <Group gap={4} wrap="nowrap" component="span">
          <span>{label}</span>
          <Icon size={14} aria-hidden style={{ opacity: state === 'none' ? 0.45 : 1 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** Sort state for a table sorted in the browser, and its rows in that order. */
export function useSortedRows<T, K extends string>(rows: readonly T[], pick: (row: T, key: K) => SortValue, initial: SortState<K> | null = null) {
  const [sort, setSort] = useState<SortState<K> | null>(initial);
  return { sort, setSort, rows: sortRows(rows, sort, pick) };
}
