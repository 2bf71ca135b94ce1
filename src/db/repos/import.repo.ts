import type { Insertable, Kysely, Selectable } from 'kysely';
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

export async function importTargets(db: Kysely<DB>, ownerId: string): Promise<ImportTarget[]> {
  return db
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
    .execute() as Promise<ImportTarget[]>;
}

/** The stages already in each application's history. */
export async function stagesByApplication(db: Kysely<DB>, ownerId: string): Promise<Map<string, Set<string>>> {
  const rows = await db.selectFrom('stage_events').select(['application_id', 'stage']).distinct().where('owner_id', '=', ownerId).execute();
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = map.get(r.application_id) ?? new Set<string>();
    set.add(r.stage);
    map.set(r.application_id, set);
  }
  return map;
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
