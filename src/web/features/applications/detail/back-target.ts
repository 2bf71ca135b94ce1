/**
 * Where the application page leads back to: the board or the list the person
 * came from (with its filters), known from the link's navigation state.
 */
export interface BackTarget {
  to: string;
  label: string;
}

const BOARD: BackTarget = { to: '/', label: 'Board' };

/** The origin passed in a link's state (`{ from }`), when it is the board or the list. */
export function cameFrom(state: unknown): BackTarget | null {
  if (typeof state !== 'object' || state === null || !('from' in state) || typeof state.from !== 'string') return null;
  const from = state.from;
  if (from === '/') return BOARD;
  if (from === '/applications' || from.startsWith('/applications?')) return { to: from, label: 'Applications' };
  return null;
}

/** After a deletion: back where the person came from, else the board. */
export function afterDelete(state: unknown): BackTarget {
  return cameFrom(state) ?? BOARD;
}

/** The state a link to an application page carries, so the page knows its way back. */
export function fromHere(location: { pathname: string; search: string }): { from: string } {
  return { from: `${location.pathname}${location.search}` };
}
