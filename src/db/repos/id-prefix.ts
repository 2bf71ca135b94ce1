import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

/** Tables whose ids people type in the CLI, where any unique prefix will do. */
export type PrefixTable = 'applications' | 'question_bank' | 'mail_proposals' | 'growth_actions' | 'contacts' | 'stories';

/** Ids of one owner's rows in `table` that start with `prefix` (at most `limit`). */
export async function idsByPrefix(db: Kysely<DB>, table: PrefixTable, ownerId: string, prefix: string, limit = 5): Promise<string[]> {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('id', '>=', prefix)
    .where('id', '<', `${prefix}\u{10FFFF}`)
    .limit(limit)
    .execute();
  return rows.map((r) => r.id).filter((id) => id.startsWith(prefix));
}
