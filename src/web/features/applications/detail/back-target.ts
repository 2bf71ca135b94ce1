/**
 * Where the application page leads back to: the home page, the board or the
 * list the person came from (with its filters), known from the link's navigation state.
 */
export interface BackTarget {
  to: string;
  label: string;
}

const BOARD: BackTarget = { to: '/board', label: 'Board' };
const HOME: BackTarget = { to: '/', label: 'Home' };

/** The origin passed in a link's state (`{ from }`), when it is the home page, the board or the list. */
export function cameFrom(state: unknown): BackTarget | null {
  if (typeof state !== 'object' || state === null || !('from' in state) || typeof state.from !== 'string') return null;
  const from = state.from;
  if (from === '/board') return BOARD;
  if (from === '/') return HOME;
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
