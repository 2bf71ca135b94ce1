import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';

/** Creates the user if missing (local mode has one implicit user). */
export async function ensureUser(db: Kysely<DB>, id: string, displayName: string, now: string): Promise<void> {
  await db
    .insertInto('users')
    .values({ id, email: null, display_name: displayName, created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function getSettingValues(db: Kysely<DB>, ownerId: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('owner_id', '=', ownerId).execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export async function putSettingValue(db: Kysely<DB>, ownerId: string, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ owner_id: ownerId, key, value })
    .onConflict((oc) => oc.columns(['owner_id', 'key']).doUpdateSet({ value }))
    .execute();
}
