import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CompaniesTable, DB } from '../schema.js';

export type CompanyRow = Selectable<CompaniesTable> & { application_count: number };
export type CompanyPatch = Omit<Updateable<CompaniesTable>, 'id' | 'owner_id' | 'created_at'>;

/** Company names match whatever their case and spacing. */
export function companyKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function withCount(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('companies as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('applications as a')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('a.company_id', '=', 'c.id')
        .as('application_count'),
    )
    .where('c.owner_id', '=', ownerId);
}

export async function listCompanies(db: Kysely<DB>, ownerId: string): Promise<CompanyRow[]> {
  const rows = await withCount(db, ownerId).orderBy('c.name_key').execute();
  return rows.map((r) => ({ ...r, application_count: Number(r.application_count ?? 0) }));
}

export async function findCompany(db: Kysely<DB>, ownerId: string, id: string): Promise<CompanyRow | undefined> {
  const row = await withCount(db, ownerId).where('c.id', '=', id).executeTakeFirst();
  return row && { ...row, application_count: Number(row.application_count ?? 0) };
}

export async function findCompanyIdByName(db: Kysely<DB>, ownerId: string, name: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('companies')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('name_key', '=', companyKey(name))
    .executeTakeFirst();
  return row?.id;
}

export async function insertCompany(db: Kysely<DB>, row: Insertable<CompaniesTable>): Promise<void> {
  await db.insertInto('companies').values(row).execute();
}

/**
 * The ids of companies by name key, inserting those missing (`rows`, keyed by
 * their name_key): three statements for any number of names.
 */
export async function ensureCompaniesByKey(db: Kysely<DB>, ownerId: string, rows: readonly Insertable<CompaniesTable>[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const lookup = async (keys: string[]) => {
    for (let i = 0; i < keys.length; i += 500) {
      const found = await db.selectFrom('companies').select(['id', 'name_key']).where('owner_id', '=', ownerId).where('name_key', 'in', keys.slice(i, i + 500)).execute();
      for (const r of found) ids.set(r.name_key, r.id);
    }
  };
  await lookup(rows.map((r) => r.name_key));
  const missing = rows.filter((r) => !ids.has(r.name_key));
  for (let i = 0; i < missing.length; i += 200) {
    await db.insertInto('companies').values(missing.slice(i, i + 200)).onConflict((oc) => oc.columns(['owner_id', 'name_key']).doNothing()).execute();
  }
  if (missing.length > 0) await lookup(missing.map((r) => r.name_key));
  return ids;
}

/**
 * The id of the owner's company with this row's name: the row is inserted
 * unless one exists, also when another request creates it at the same moment
 * (the owner/name unique index decides, without an error).
 */
export async function insertCompanyIfMissing(db: Kysely<DB>, row: Insertable<CompaniesTable>): Promise<string> {
  const inserted = await db
    .insertInto('companies')
    .values(row)
    .onConflict((oc) => oc.columns(['owner_id', 'name_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await db
    .selectFrom('companies')
    .select('id')
    .where('owner_id', '=', row.owner_id)
    .where('name_key', '=', row.name_key)
    .executeTakeFirstOrThrow();
  return existing.id;
}

export async function updateCompany(db: Kysely<DB>, ownerId: string, id: string, patch: CompanyPatch): Promise<boolean> {
  const r = await db.updateTable('companies').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteCompany(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('companies').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function insertCompanies(db: Kysely<DB>, rows: Insertable<CompaniesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('companies').values(rows).execute();
}
