import { useSearchParams } from 'react-router';
import { SORT_KEYS, SOURCES } from '../../../../contracts/application-values.js';
import type { ApplicationListQueryInput } from '../../../../contracts/applications.js';
import { isStage, type Stage } from '../../../../domain/applications/stages.js';

type SortKey = (typeof SORT_KEYS)[number];
type Source = (typeof SOURCES)[number];

export interface ListParams {
  q: string;
  status: Stage[];
  tag: string | null;
  source: Source[];
  from: string | null;
  to: string | null;
  noResponse: boolean;
  sort: SortKey;
  order: 'asc' | 'desc';
  page: number;
}

export const PAGE_SIZE = 25;

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const isSort = (v: string | null): v is SortKey => SORT_KEYS.some((k) => k === v);
const isSource = (v: string): v is Source => SOURCES.some((s) => s === v);
const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function parseListParams(sp: URLSearchParams): ListParams {
  const sort = sp.get('sort');
  const page = Number(sp.get('page') ?? '1');
  return {
    q: sp.get('q') ?? '',
    status: list(sp.get('status')).filter(isStage),
    tag: sp.get('tag') || null,
    source: list(sp.get('source')).filter(isSource),
    from: isDay(sp.get('from')) ? sp.get('from') : null,
    to: isDay(sp.get('to')) ? sp.get('to') : null,
    noResponse: sp.get('noResponse') === 'true',
    sort: isSort(sort) ? sort : 'updated',
    order: sp.get('order') === 'asc' ? 'asc' : 'desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function toApiQuery(p: ListParams): ApplicationListQueryInput {
  return {
    q: p.q || undefined,
    status: p.status.length ? p.status.join(',') : undefined,
    tag: p.tag ?? undefined,
    source: p.source.length ? p.source.join(',') : undefined,
    from: p.from ?? undefined,
    to: p.to ?? undefined,
    noResponse: p.noResponse ? 'true' : undefined,
    sort: p.sort,
    order: p.order,
    page: p.page,
    pageSize: PAGE_SIZE,
  };
}

function toSearch(p: ListParams): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.q) sp.set('q', p.q);
  if (p.status.length) sp.set('status', p.status.join(','));
  if (p.tag) sp.set('tag', p.tag);
  if (p.source.length) sp.set('source', p.source.join(','));
  if (p.from) sp.set('from', p.from);
  if (p.to) sp.set('to', p.to);
  if (p.noResponse) sp.set('noResponse', 'true');
  if (p.sort !== 'updated') sp.set('sort', p.sort);
  if (p.order !== 'desc') sp.set('order', p.order);
  if (p.page > 1) sp.set('page', String(p.page));
  return sp;
}

/** The list's filters, sort and page, kept in the address so a view can be linked. */
export function useListParams(): [ListParams, (change: Partial<ListParams>) => void] {
  const [sp, setSp] = useSearchParams();
  const params = parseListParams(sp);
  const update = (change: Partial<ListParams>) => {
    const resetPage = !('page' in change);
    const next = { ...params, ...change, ...(resetPage ? { page: 1 } : {}) };
    setSp(toSearch(next), { replace: true });
  };
  return [params, update];
}

export const hasFilters = (p: ListParams): boolean =>
  Boolean(p.q || p.status.length || p.tag || p.source.length || p.from || p.to || p.noResponse);

/** How many filters narrow the list (the sort order is not a filter). */
export const activeFilterCount = (p: ListParams): number =>
  [p.q, p.status.length > 0, p.tag, p.source.length > 0, p.from, p.to, p.noResponse].filter(Boolean).length;
