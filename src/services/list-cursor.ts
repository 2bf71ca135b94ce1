import type { ViewCursor, ViewSort } from '../db/repos/application-views.repo.js';
import { invalid } from './errors.js';

/**
 * The `after` cursor of the application list: where the next page starts
 * (the last row's sort key and id), with the sort it was made for, as
 * base64url JSON. Opaque to clients; a cursor from another sort or order is
 * refused rather than silently read differently.
 */
export function encodeListCursor(at: ViewCursor, sort: ViewSort, order: 'asc' | 'desc'): string {
  return packCursor([sort, order, at.key, at.id]);
}

/** A cursor's fields as base64url JSON: what every keyset cursor hands to clients (the list's, a board column's). */
export function packCursor(fields: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/** The fields of a cursor made by packCursor; null when the text is not one (each caller says why in its own words). */
export function unpackCursor(text: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? (parsed as unknown[]) : null;
  } catch {
    return null;
  }
}

export function decodeListCursor(text: string, sort: ViewSort, order: 'asc' | 'desc'): ViewCursor {
  const parsed = unpackCursor(text);
  if (!parsed || parsed.length !== 4) {
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
