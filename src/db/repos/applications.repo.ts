import type { Kysely, Selectable, Insertable, Updateable } from 'kysely';
import type { ApplicationsTable, DB } from '../schema.js';
import { idsByPrefix } from './id-prefix.js';

export type ApplicationRow = Selectable<ApplicationsTable>;
export type NewApplicationRow = Insertable<ApplicationsTable>;
export type ApplicationPatch = Omit<Updateable<ApplicationsTable>, 'id' | 'owner_id' | 'version' | 'created_at'>;

export async function insertApplication(db: Kysely<DB>, row: NewApplicationRow): Promise<void> {
  await db.insertInto('applications').values(row).execute();
}

export async function findApplication(db: Kysely<DB>, ownerId: string, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('applications').selectAll().where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
}

/** Ids of the owner's applications starting with `prefix` (at most `limit`). */
export async function findApplicationIdsByPrefix(db: Kysely<DB>, ownerId: string, prefix: string, limit = 5): Promise<string[]> {
  return idsByPrefix(db, 'applications', ownerId, prefix, limit);
}

/**
 * Applies `patch` only if the stored version is still `expectedVersion`,
 * and bumps the version. Returns false when someone else changed it first.
 */
export async function updateApplicationIfVersion(
  db: Kysely<DB>,
  ownerId: string,
  id: string,
  expectedVersion: number,
  patch: ApplicationPatch,
): Promise<boolean> {
  const result = await db
    .updateTable('applications')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the application as changed (a new event or note) so lists sort it first. */
export async function touchApplication(db: Kysely<DB>, ownerId: string, id: string, at: string): Promise<void> {
  await db
    .updateTable('applications')
    .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
}

export async function deleteApplication(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('applications').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function replaceTags(db: Kysely<DB>, ownerId: string, applicationId: string, tags: readonly string[]): Promise<void> {
  await db.deleteFrom('application_tags').where('owner_id', '=', ownerId).where('application_id', '=', applicationId).execute();
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await db
    .insertInto('application_tags')
    .values(unique.map((tag) => ({ owner_id: ownerId, application_id: applicationId, tag })))
    .execute();
}

export async function tagsFor(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('application_tags')
    .select(['application_id', 'tag'])
    .where('owner_id', '=', ownerId)
    .where('application_id', 'in', ids)
    // By application first: read through the key (application_id, tag), not the owner's whole tag index.
    .orderBy('application_id')
    .orderBy('tag')
    .execute();
  for (const r of rows) {
    const list = map.get(r.application_id);
    if (list) list.push(r.tag);
    else map.set(r.application_id, [r.tag]);
  }
  return map;
}

/** Every tag the owner uses, with how many applications carry it. */
export async function listTags(db: Kysely<DB>, ownerId: string): Promise<{ tag: string; count: number }[]> {
  return db
    .selectFrom('application_tags')
    .select(['tag', (eb) => eb.fn.countAll<number>().as('count')])
    .where('owner_id', '=', ownerId)
    .groupBy('tag')
    .orderBy('tag')
    .execute();
}

export async function countApplications(db: Kysely<DB>, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Many applications in one statement (imports and sample data). */
export async function insertApplications(db: Kysely<DB>, rows: NewApplicationRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('applications').values(rows).execute();
}
