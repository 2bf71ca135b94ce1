import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { ApplicationsTable, DB, ImportLayoutsTable } from '../schema.js';
import type { ApplicationPatch } from './applications.repo.js';

export type ImportLayoutRow = Selectable<ImportLayoutsTable>;

export async function findLayout(db: Kysely<DB>, ownerId: string, layoutKey: string): Promise<ImportLayoutRow | undefined> {
  return db.selectFrom('import_layouts').selectAll().where('owner_id', '=', ownerId).where('layout_key', '=', layoutKey).executeTakeFirst();
}

/** The status maps of every layout the owner mapped, oldest first (newer words win when merged). */
export async function statusMaps(db: Kysely<DB>, ownerId: string): Promise<string[]> {
  const rows = await db.selectFrom('import_layouts').select('status_map').where('owner_id', '=', ownerId).orderBy('updated_at').execute();
  return rows.map((r) => r.status_map);
}

export async function saveLayout(db: Kysely<DB>, row: Insertable<ImportLayoutsTable>): Promise<void> {
  await db
    .insertInto('import_layouts')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['owner_id', 'layout_key']).doUpdateSet({ headers: row.headers, preset: row.preset, mapping: row.mapping, status_map: row.status_map, updated_at: row.updated_at }),
    )
    .execute();
}

/** What an import compares a row with: each application, its company, first day and current status. */
export interface ImportTarget {
  id: string;
  company: string;
  title: string;
  first_on: string | null;
  status: string | null;
  job_url: string | null;
  location: string | null;
  remote: string | null;
  salary_min: number | null;
  source: string | null;
  description: string | null;
  resume_version: string | null;
}

/** The targets of these applications (an import reads only those its rows may match). */
export async function importTargets(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<ImportTarget[]> {
  const out: ImportTarget[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('applications as a')
      .innerJoin('companies as c', 'c.id', 'a.company_id')
      .leftJoin('application_state as s', 's.application_id', 'a.id')
      .select((eb) => [
        'a.id',
        'c.name as company',
        'a.title',
        eb.selectFrom('stage_events as e').select((e) => e.fn.min('e.occurred_on').as('d')).whereRef('e.application_id', '=', 'a.id').as('first_on'),
        's.status',
        'a.job_url',
        'a.location',
        'a.remote',
        'a.salary_min',
        'a.source',
        'a.description',
        'a.resume_version',
      ])
      .where('a.owner_id', '=', ownerId)
      .where('a.id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.push(r as ImportTarget);
  }
  return out;
}

/** The stages already in the history of these applications. */
export async function stagesByApplication(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('stage_events')
      .select(['application_id', 'stage'])
      .distinct()
      .where('owner_id', '=', ownerId)
      .where('application_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) {
      const set = map.get(r.application_id) ?? new Set<string>();
      set.add(r.stage);
      map.set(r.application_id, set);
    }
  }
  return map;
}

/** The owner's applications with their company's name, a page at a time by id (to build the match keys). */
export async function* applicationNames(db: Kysely<DB>, ownerId: string, pageSize = 2000): AsyncGenerator<{ id: string; company: string; title: string }[]> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('applications as a')
      .innerJoin('companies as c', 'c.id', 'a.company_id')
      .select(['a.id', 'c.name as company', 'a.title'])
      .where('a.owner_id', '=', ownerId)
      .where('a.id', '>', after)
      .orderBy('a.id')
      .limit(pageSize)
      .execute();
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The match keys of an import (company and title, normalised), held by the
 * database rather than in memory: a temporary table of the import's
 * transaction and connection, gone when it ends (dropped on commit, and by
 * the rollback of a dry run). `seq` keeps the order applications were met in.
 */
interface ImportKeysTable {
  owner_id: string;
  match_key: string;
  seq: number;
  application_id: string;
}
export interface ImportKey {
  match_key: string;
  seq: number;
  application_id: string;
}
const keysDb = (db: Kysely<DB>) => db.withTables<{ import_keys: ImportKeysTable }>();

export async function openImportKeys(db: Kysely<DB>): Promise<void> {
  await sql`drop table if exists import_keys`.execute(db);
  await sql`create temporary table import_keys (owner_id text not null, match_key text not null, seq integer not null, application_id text not null, primary key (owner_id, match_key, seq))`.execute(db);
}

export async function closeImportKeys(db: Kysely<DB>): Promise<void> {
  await sql`drop table if exists import_keys`.execute(db);
}

export async function addImportKeys(db: Kysely<DB>, ownerId: string, keys: readonly ImportKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 500) {
    await keysDb(db).insertInto('import_keys').values(keys.slice(i, i + 500).map((k) => ({ owner_id: ownerId, ...k }))).execute();
  }
}

/** The applications met so far under these keys, in the order they were met. */
export async function findImportKeys(db: Kysely<DB>, ownerId: string, keys: readonly string[]): Promise<ImportKey[]> {
  const out: ImportKey[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await keysDb(db)
      .selectFrom('import_keys')
      .select(['match_key', 'seq', 'application_id'])
      .where('owner_id', '=', ownerId)
      .where('match_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of rows) out.push({ match_key: r.match_key, seq: Number(r.seq), application_id: r.application_id });
  }
  return out.sort((a, b) => a.seq - b.seq);
}

/** Inserts many applications at once (in chunks small enough for both databases). */
export async function insertApplications(db: Kysely<DB>, rows: Insertable<ApplicationsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('applications').values(rows.slice(i, i + 200)).execute();
}

export async function insertTags(db: Kysely<DB>, rows: { owner_id: string; application_id: string; tag: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('application_tags').values(rows.slice(i, i + 500)).execute();
}

/** Fills fields of an application (an import adding what the tracker did not know). */
export async function fillApplication(db: Kysely<DB>, ownerId: string, id: string, patch: ApplicationPatch, at: string): Promise<void> {
  await db
    .updateTable('applications')
    .set((eb) => ({ ...patch, updated_at: at, version: eb('version', '+', 1) }))
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
}
