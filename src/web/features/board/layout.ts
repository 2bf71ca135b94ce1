import { ENDED_COLUMNS, type Stage } from '../../../domain/applications/stages.js';

/**
 * Columns of applications that are over (ENDED_COLUMNS). Most of a long search
 * ends up here, so the board summarises them (a count that opens the column)
 * and keeps the width for the applications still moving; the server sends
 * their cards only when a column is opened.
 */
export { ENDED_COLUMNS };

export function isEndedColumn(status: Stage): boolean {
  return ENDED_COLUMNS.includes(status);
}

/** Which ended columns a person opened, from what was stored (anything unexpected is ignored). */
export function openEndedColumns(stored: unknown): Stage[] {
  if (!Array.isArray(stored)) return [];
  return ENDED_COLUMNS.filter((s) => stored.includes(s));
}

/** Opens or closes one ended column, keeping the board's order. */
export function toggleEnded(open: readonly Stage[], status: Stage): Stage[] {
  return open.includes(status) ? open.filter((s) => s !== status) : ENDED_COLUMNS.filter((s) => s === status || open.includes(s));
}
