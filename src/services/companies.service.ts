import type { Insertable, Kysely } from 'kysely';
import type { Company, CompanyCreate, CompanyUpdate } from '../contracts/companies.js';
import type { CompaniesTable, DB } from '../db/schema.js';
import {
  ensureCompaniesByKey,
  companyKey,
  deleteCompany as deleteRow,
  findCompany,
  findCompanyIdByName,
  insertCompany,
  insertCompanyIfMissing,
  listCompanies as listRows,
  updateCompany as updateRow,
  type CompanyRow,
  type CompanyPatch,
} from '../db/repos/companies.repo.js';
import { newId } from '../domain/ids.js';
import { REVISIT_AHEAD } from '../domain/time.js';
import { checkDay } from './day-rules.js';
import { today } from './settings.service.js';
import type { ServiceContext } from './context.js';
import { notFound, ServiceError } from './errors.js';
import type { Company as C } from '../contracts/companies.js';

function toCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    size: row.size as C['size'],
    notes: row.notes,
    revisitOn: row.revisit_on,
    applicationCount: row.application_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The id of the company with this name, created if the seeker has none yet. */
export async function ensureCompanyId(db: Kysely<DB>, ownerId: string, name: string, now: string): Promise<string> {
  const existing = await findCompanyIdByName(db, ownerId, name);
  if (existing) return existing;
  const clean = name.trim().replace(/\s+/g, ' ');
  return insertCompanyIfMissing(db, { id: newId(), owner_id: ownerId, name: clean, name_key: companyKey(clean), created_at: now, updated_at: now });
}

/** The ids of companies by name key (`companyKey`), created where missing: a few statements for a whole batch of names. */
export async function ensureCompanyIds(db: Kysely<DB>, ownerId: string, names: readonly string[], now: string): Promise<Map<string, string>> {
  const rows = new Map<string, Insertable<CompaniesTable>>();
  for (const name of names) {
    const clean = name.trim().replace(/\s+/g, ' ');
    const key = companyKey(clean);
    if (!rows.has(key)) rows.set(key, { id: newId(), owner_id: ownerId, name: clean, name_key: key, created_at: now, updated_at: now });
  }
  return ensureCompaniesByKey(db, ownerId, [...rows.values()]);
}

export async function listCompanies(ctx: ServiceContext): Promise<Company[]> {
  return (await listRows(ctx.db, ctx.ownerId)).map(toCompany);
}

export async function getCompany(ctx: ServiceContext, id: string): Promise<Company> {
  const row = await findCompany(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('company', id);
  return toCompany(row);
}

/** A date to revisit may be past (already due) or ahead, up to 5 years (the one date rule, src/domain/time.ts). */
async function checkRevisitOn(ctx: ServiceContext, day: string | null | undefined): Promise<void> {
  if (day) checkDay('revisitOn', day, { today: await today(ctx), allowFuture: true, maxAhead: REVISIT_AHEAD });
}

export async function createCompany(ctx: ServiceContext, input: CompanyCreate): Promise<Company> {
  await checkRevisitOn(ctx, input.revisitOn);
  if (await findCompanyIdByName(ctx.db, ctx.ownerId, input.name)) {
    throw new ServiceError('conflict', `You already have a company called "${input.name}".`, { name: 'Already exists' });
  }
  const now = ctx.now().toISOString();
  const id = newId();
  await insertCompany(ctx.db, {
    id,
    owner_id: ctx.ownerId,
    name: input.name,
    name_key: companyKey(input.name),
    website: input.website ?? null,
    size: input.size ?? null,
    notes: input.notes ?? null,
    revisit_on: input.revisitOn ?? null,
    created_at: now,
    updated_at: now,
  });
  return getCompany(ctx, id);
}

export async function updateCompany(ctx: ServiceContext, id: string, input: CompanyUpdate): Promise<Company> {
  await checkRevisitOn(ctx, input.revisitOn);
  const patch: CompanyPatch = { updated_at: ctx.now().toISOString() };
  if (input.name !== undefined) {
    const other = await findCompanyIdByName(ctx.db, ctx.ownerId, input.name);
    if (other && other !== id) throw new ServiceError('conflict', `You already have a company called "${input.name}".`, { name: 'Already exists' });
    patch.name = input.name;
    patch.name_key = companyKey(input.name);
  }
  if (input.website !== undefined) patch.website = input.website;
  if (input.size !== undefined) patch.size = input.size;
  if (input.notes !== undefined) patch.notes = input.notes;
  if (input.revisitOn !== undefined) patch.revisit_on = input.revisitOn;
  if (!(await updateRow(ctx.db, ctx.ownerId, id, patch))) throw notFound('company', id);
  return getCompany(ctx, id);
}

export async function deleteCompany(ctx: ServiceContext, id: string): Promise<void> {
  const company = await getCompany(ctx, id);
  if (company.applicationCount > 0) {
    throw new ServiceError(
      'conflict',
      `${company.name} still has ${company.applicationCount} application(s). Delete or move them first.`,
    );
  }
  await deleteRow(ctx.db, ctx.ownerId, id);
}
