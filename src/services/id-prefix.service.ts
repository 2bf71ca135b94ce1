/** Ids typed in the CLI: a whole id, or any prefix of one that names a single row. */
import { idsByPrefix, type PrefixTable } from '../db/repos/id-prefix.js';
import { looksLikeIdPrefix } from '../domain/ids.js';
import type { ServiceContext } from './context.js';
import { notFound, ServiceError } from './errors.js';

const SHOWN = 5;

/**
 * The full id that `idOrPrefix` names in `table`. An unknown id is not found;
 * a prefix shared by several rows is ambiguous, and the message lists them.
 */
export async function resolveIdPrefix(ctx: ServiceContext, table: PrefixTable, what: { one: string; many: string }, idOrPrefix: string): Promise<string> {
  const wanted = idOrPrefix.trim().toLowerCase();
  if (!looksLikeIdPrefix(wanted)) throw notFound(what.one, idOrPrefix);
  const ids = await idsByPrefix(ctx.db, table, ctx.ownerId, wanted, SHOWN + 1);
  if (ids.includes(wanted)) return wanted;
  const [only] = ids;
  if (ids.length === 1 && only) return only;
  if (ids.length === 0) throw notFound(what.one, idOrPrefix);
  const count = ids.length > SHOWN ? `more than ${SHOWN}` : String(ids.length);
  const list = ids.slice(0, SHOWN).join(', ') + (ids.length > SHOWN ? ', …' : '');
  throw new ServiceError('ambiguous', `"${idOrPrefix}" is ambiguous: ${count} ${what.many} have an id starting with it (${list}). Type more of the id.`);
}
