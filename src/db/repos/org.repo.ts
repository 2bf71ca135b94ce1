import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../schema.js';
import type { OrgRole } from '../../domain/org/roles.js';
import type { OrgCohortsTable, OrgInvitationsTable, OrgMembersTable, OrganisationsTable } from '../schema-org.js';
import { transact } from '../transact.js';

/**
 * Organisations, cohorts, members, coach assignments and invitations. Every query names the
 * organisation; the service checks the caller's membership and role before calling (a caller
 * outside the organisation gets 404 from there).
 */

export type OrganisationRow = Selectable<OrganisationsTable>;
export type CohortRow = Selectable<OrgCohortsTable>;
export type MemberRow = Selectable<OrgMembersTable>;
export type OrgInvitationRow = Selectable<OrgInvitationsTable>;

export interface MembershipRow extends MemberRow {
  org_name: string;
  cohort_name: string | null;
}

export async function insertOrganisation(db: Kysely<DB>, org: OrganisationRow, founder: MemberRow): Promise<void> {
  await transact(db, async (trx) => {
    await trx.insertInto('organisations').values(org).execute();
    await trx.insertInto('org_members').values(founder).execute();
  });
}

/** The caller's memberships, with the organisation's name. */
export function membershipsOf(db: Kysely<DB>, ownerId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom('org_members as m')
    .innerJoin('organisations as o', 'o.id', 'm.org_id')
    .leftJoin('org_cohorts as c', 'c.id', 'm.cohort_id')
    .selectAll('m')
    .select(['o.name as org_name', 'c.name as cohort_name'])
    .where('m.owner_id', '=', ownerId)
    .orderBy('o.name')
    .execute();
}

export function membershipIn(db: Kysely<DB>, orgId: string, ownerId: string): Promise<MemberRow | undefined> {
  return db.selectFrom('org_members').selectAll().where('org_id', '=', orgId).where('owner_id', '=', ownerId).executeTakeFirst();
}

export function findOrganisation(db: Kysely<DB>, orgId: string): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', orgId).executeTakeFirst();
}

export async function setConsent(db: Kysely<DB>, memberId: string, ownerId: string, counts: boolean, at: string): Promise<boolean> {
  const r = await db.updateTable('org_members').set({ counts: counts ? 1 : 0, consent_changed_at: at })
    .where('id', '=', memberId).where('owner_id', '=', ownerId).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteOwnMembership(db: Kysely<DB>, memberId: string, ownerId: string): Promise<boolean> {
  const r = await db.deleteFrom('org_members').where('id', '=', memberId).where('owner_id', '=', ownerId).where('role', '<>', 'admin').executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ---- cohorts --------------------------------------------------------------------------------

export function insertCohort(db: Kysely<DB>, cohort: CohortRow): Promise<unknown> {
  return db.insertInto('org_cohorts').values(cohort).execute();
}

export function findCohort(db: Kysely<DB>, cohortId: string): Promise<CohortRow | undefined> {
  return db.selectFrom('org_cohorts').selectAll().where('id', '=', cohortId).executeTakeFirst();
}

export interface CohortListRow extends CohortRow {
  members: number;
  counting: number;
  placed: number;
}

export function listCohorts(db: Kysely<DB>, orgId: string, onlyIds?: readonly string[]): Promise<CohortListRow[]> {
  let q = db
    .selectFrom('org_cohorts as c')
    .leftJoin('org_members as m', (j) => j.onRef('m.cohort_id', '=', 'c.id').on('m.role', '=', 'member'))
    .selectAll('c')
    .select([
      sql<number>`count(m.id)`.as('members'),
      sql<number>`coalesce(sum(case when m.counts = 1 then 1 else 0 end), 0)`.as('counting'),
      sql<number>`coalesce(sum(case when m.status = 'placed' then 1 else 0 end), 0)`.as('placed'),
    ])
    .where('c.org_id', '=', orgId)
    .groupBy('c.id')
    .orderBy('c.name');
  if (onlyIds) q = q.where('c.id', 'in', onlyIds.length ? [...onlyIds] : ['']);
  return q.execute().then((rows) => rows.map((r) => ({ ...r, members: Number(r.members), counting: Number(r.counting), placed: Number(r.placed) })));
}

export async function updateCohort(db: Kysely<DB>, orgId: string, cohortId: string, patch: Partial<Pick<CohortRow, 'name' | 'program' | 'location' | 'starts_on'>>): Promise<boolean> {
  if (Object.keys(patch).length === 0) return true;
  const r = await db.updateTable('org_cohorts').set(patch).where('id', '=', cohortId).where('org_id', '=', orgId).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteCohort(db: Kysely<DB>, orgId: string, cohortId: string): Promise<boolean> {
  const r = await db.deleteFrom('org_cohorts').where('id', '=', cohortId).where('org_id', '=', orgId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Cohorts a coach is assigned to. */
export async function cohortsOfCoach(db: Kysely<DB>, memberId: string): Promise<string[]> {
  const rows = await db.selectFrom('org_coach_cohorts').select('cohort_id').where('member_id', '=', memberId).execute();
  return rows.map((r) => r.cohort_id);
}

export async function coachesOfCohort(db: Kysely<DB>, cohortId: string): Promise<{ memberId: string; email: string; name: string }[]> {
  return db
    .selectFrom('org_coach_cohorts as a')
    .innerJoin('org_members as m', 'm.id', 'a.member_id')
    .innerJoin('users as u', 'u.id', 'm.owner_id')
    .select(['m.id as memberId', 'u.email as email', 'u.display_name as name'])
    .where('a.cohort_id', '=', cohortId)
    .orderBy('u.email')
    .execute()
    .then((rows) => rows.map((r) => ({ memberId: r.memberId, email: r.email ?? '', name: r.name ?? '' })));
}

export async function assignCoach(db: Kysely<DB>, row: Selectable<DB['org_coach_cohorts']>): Promise<void> {
  await db.insertInto('org_coach_cohorts').values(row).onConflict((oc) => oc.columns(['cohort_id', 'member_id']).doNothing()).execute();
}

export async function unassignCoach(db: Kysely<DB>, cohortId: string, memberId: string): Promise<boolean> {
  const r = await db.deleteFrom('org_coach_cohorts').where('cohort_id', '=', cohortId).where('member_id', '=', memberId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ---- members --------------------------------------------------------------------------------

export interface MemberListRow extends MemberRow {
  email: string;
  name: string;
  cohort_name: string | null;
}

export function listMembers(db: Kysely<DB>, orgId: string): Promise<MemberListRow[]> {
  return db
    .selectFrom('org_members as m')
    .innerJoin('users as u', 'u.id', 'm.owner_id')
    .leftJoin('org_cohorts as c', 'c.id', 'm.cohort_id')
    .selectAll('m')
    .select(['u.email as email', 'u.display_name as name', 'c.name as cohort_name'])
    .where('m.org_id', '=', orgId)
    .orderBy('u.email')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, email: r.email ?? '', name: r.name ?? '' })));
}

export function findMember(db: Kysely<DB>, orgId: string, memberId: string): Promise<MemberRow | undefined> {
  return db.selectFrom('org_members').selectAll().where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst();
}

export async function updateMember(
  db: Kysely<DB>,
  orgId: string,
  memberId: string,
  patch: Partial<{ role: OrgRole; cohort_id: string | null; status: string; placed_on: string | null }>,
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('org_members').set(patch).where('org_id', '=', orgId).where('id', '=', memberId).execute();
}

export async function countAdmins(db: Kysely<DB>, orgId: string): Promise<number> {
  const r = await db.selectFrom('org_members').select((eb) => eb.fn.countAll<number>().as('n')).where('org_id', '=', orgId).where('role', '=', 'admin').executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function removeMember(db: Kysely<DB>, orgId: string, memberId: string): Promise<boolean> {
  const r = await db.deleteFrom('org_members').where('org_id', '=', orgId).where('id', '=', memberId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

// ---- invitations ----------------------------------------------------------------------------

export async function insertInvitations(db: Kysely<DB>, rows: OrgInvitationRow[]): Promise<void> {
  if (rows.length) await db.insertInto('org_invitations').values(rows).execute();
}

export function listInvitations(db: Kysely<DB>, orgId: string): Promise<OrgInvitationRow[]> {
  return db.selectFrom('org_invitations').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').orderBy('id').execute();
}

export function invitationByHash(db: Kysely<DB>, tokenHash: string): Promise<(OrgInvitationRow & { org_name: string }) | undefined> {
  return db.selectFrom('org_invitations as i').innerJoin('organisations as o', 'o.id', 'i.org_id')
    .selectAll('i').select('o.name as org_name').where('i.token_hash', '=', tokenHash).executeTakeFirst();
}

/** Whether an invitation made for this address is still open (unused, not expired): it lets that address sign up. */
export async function openInvitationFor(db: Kysely<DB>, tokenHash: string, email: string, nowIso: string): Promise<boolean> {
  const row = await db.selectFrom('org_invitations').select('id')
    .where('token_hash', '=', tokenHash).where('email', '=', email.toLowerCase()).where('used_at', 'is', null).where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteInvitation(db: Kysely<DB>, orgId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('org_invitations').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Joins through an invitation, in one transaction: an invitation for one address is taken by
 * a conditional update (two people cannot share it); a link without address counts its uses.
 */
export async function acceptInvitation(db: Kysely<DB>, invitation: OrgInvitationRow, member: MemberRow, now: string): Promise<'joined' | 'used' | 'member'> {
  return transact(db, async (trx) => {
    const existing = await trx.selectFrom('org_members').select('id').where('org_id', '=', member.org_id).where('owner_id', '=', member.owner_id).executeTakeFirst();
    if (existing) return 'member';
    let q = trx.updateTable('org_invitations').set((eb) => ({ uses: eb('uses', '+', 1), used_at: now })).where('id', '=', invitation.id);
    if (invitation.email !== null) q = q.where('used_at', 'is', null);
    const r = await q.executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) return 'used';
    await trx.insertInto('org_members').values(member).execute();
    return 'joined';
  });
}
