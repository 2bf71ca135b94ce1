import type { ViewCursor, ViewSort } from '../db/repos/application-views.repo.js';
import { invalid } from './errors.js';

/**
 * The `after` cursor of the application list: where the next page starts
 * (the last row's sort key and id), with the sort it was made for, as
 * base64url JSON. Opaque to clients; a cursor from another sort or order is
 * refused rather than silently read differently.
 */
export function encodeListCursor(at: ViewCursor, sort: ViewSort, order: 'asc' | 'desc'): string {
  return Buffer.from(JSON.stringify([sort, order, at.key, at.id])).toString('base64url');
}

export function decodeListCursor(text: string, sort: ViewSort, order: 'asc' | 'desc'): ViewCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) {
    throw invalid('after', 'This page link is not valid: start again from the first page.');
  }
  const [s, o, key, id] = parsed as unknown[];
  if (s !== sort || o !== order) {
    throw invalid('after', 'This page link was made for another sort order: start again from the first page.');
  }
  if ((typeof key !== 'string' && typeof key !== 'number') || typeof id !== 'string') {
    throw invalid('after', 'This page link is not valid: start again from the first page.');
  }
  return { key, id };
}
