import { parse } from 'csv-parse/sync';
import type { Cohort, Member, Membership, OrgInvitation, Organisation } from '../contracts/org.js';
import * as repo from '../db/repos/org.repo.js';
import { newId } from '../domain/ids.js';
import { canAdminister, canSeeAggregates, type MemberStatus, type OrgRole } from '../domain/org/roles.js';
import { todayIn } from '../domain/time.js';
import { hashToken, newSecretToken } from './accounts.service.js';
import type { ServiceContext } from './context.js';
import { invalid, ServiceError } from './errors.js';
import type { Mailer } from './mailer.js';

/**
 * Organisations (docs/decisions/0026-organisations-and-cohorts.md). Whoever is not a member of
 * an organisation — or lacks the role a call needs — gets "not found", as for another account's
 * data: an organisation's existence is not disclosed.
 */

const INVITATION_DAYS = 30;
const MAX_CSV_INVITATIONS = 500;

const stamp = (ctx: ServiceContext): string => ctx.now().toISOString();
const nowhere = (): ServiceError => new ServiceError('not_found', 'No such organisation, or it is not yours to open.');

export interface OrgAccess {
  member: repo.MemberRow;
  role: OrgRole;
  /** For coaches: the cohorts assigned to them. Undefined: every cohort. */
  cohortIds: string[] | undefined;
}

/** The caller's place in the organisation; 404 unless they are in it with one of the roles. */
export async function access(ctx: ServiceContext, orgId: string, allowed: (role: OrgRole) => boolean = () => true): Promise<OrgAccess> {
  const member = await repo.membershipIn(ctx.db, orgId, ctx.ownerId);
  const role = member?.role as OrgRole | undefined;
  if (!member || !role || !allowed(role)) throw nowhere();
  return { member, role, cohortIds: role === 'coach' ? await repo.cohortsOfCoach(ctx.db, member.id) : undefined };
}

export const adminAccess = (ctx: ServiceContext, orgId: string) => access(ctx, orgId, canAdminister);
export const staffAccess = (ctx: ServiceContext, orgId: string) => access(ctx, orgId, canSeeAggregates);

/** A cohort the caller may see (staff; coaches only their assigned ones), with its organisation access. */
export async function cohortAccess(ctx: ServiceContext, cohortId: string, admin = false): Promise<{ cohort: repo.CohortRow; access: OrgAccess }> {
  const cohort = await repo.findCohort(ctx.db, cohortId);
  if (!cohort) throw new ServiceError('not_found', 'No such cohort, or it is not yours to open.');
  const a = await access(ctx, cohort.org_id, admin ? canAdminister : canSeeAggregates).catch(() => {
    throw new ServiceError('not_found', 'No such cohort, or it is not yours to open.');
  });
  if (a.cohortIds && !a.cohortIds.includes(cohortId)) throw new ServiceError('not_found', 'No such cohort, or it is not yours to open.');
  return { cohort, access: a };
}

function toMembership(m: repo.MembershipRow): Membership {
  return {
    id: m.id,
    organisationId: m.org_id,
    organisationName: m.org_name,
    role: m.role as OrgRole,
    cohortId: m.cohort_id,
    cohortName: m.cohort_name,
    status: m.status as MemberStatus,
    countsInAggregates: m.counts === 1,
    joinedAt: m.joined_at,
  };
}

export async function myMemberships(ctx: ServiceContext): Promise<Membership[]> {
  return (await repo.membershipsOf(ctx.db, ctx.ownerId)).map(toMembership);
}

export async function createOrganisation(ctx: ServiceContext, input: { name: string }): Promise<Organisation> {
  const at = stamp(ctx);
  const id = newId();
  await repo.insertOrganisation(
    ctx.db,
    { id, owner_id: ctx.ownerId, name: input.name, created_at: at },
    { id: newId(), org_id: id, owner_id: ctx.ownerId, role: 'admin', cohort_id: null, status: 'searching', placed_on: null, counts: 0, joined_at: at, consent_changed_at: at },
  );
  return getOrganisation(ctx, id);
}

async function toCohort(ctx: ServiceContext, c: repo.CohortListRow): Promise<Cohort> {
  return {
    id: c.id,
    organisationId: c.org_id,
    name: c.name,
    program: c.program,
    location: c.location,
    startsOn: c.starts_on,
    members: c.members,
    counting: c.counting,
    placed: c.placed,
    coaches: await repo.coachesOfCohort(ctx.db, c.id),
  };
}

export async function getOrganisation(ctx: ServiceContext, orgId: string): Promise<Organisation> {
  const a = await access(ctx, orgId);
  const org = await repo.findOrganisation(ctx.db, orgId);
  if (!org) throw nowhere();
  const me = (await repo.membershipsOf(ctx.db, ctx.ownerId)).find((m) => m.org_id === orgId);
  if (!me) throw nowhere();
  const cohorts = canSeeAggregates(a.role) ? await repo.listCohorts(ctx.db, orgId, a.cohortIds) : [];
  return { id: org.id, name: org.name, createdAt: org.created_at, me: toMembership(me), cohorts: await Promise.all(cohorts.map((c) => toCohort(ctx, c))) };
}

// ---- cohorts --------------------------------------------------------------------------------

interface CohortFields {
  name?: string | undefined;
  program?: string | null | undefined;
  location?: string | null | undefined;
  startsOn?: string | null | undefined;
}

export async function createCohort(ctx: ServiceContext, input: CohortFields & { organisationId: string; name: string }): Promise<Cohort> {
  await adminAccess(ctx, input.organisationId);
  const org = await repo.findOrganisation(ctx.db, input.organisationId);
  if (!org) throw nowhere();
  const id = newId();
  await repo.insertCohort(ctx.db, {
    id, org_id: org.id, owner_id: org.owner_id, name: input.name, program: input.program ?? null, location: input.location ?? null,
    starts_on: input.startsOn ?? null, created_at: stamp(ctx),
  });
  return getCohort(ctx, id);
}

export async function getCohort(ctx: ServiceContext, cohortId: string): Promise<Cohort> {
  const { cohort } = await cohortAccess(ctx, cohortId);
  const [row] = await repo.listCohorts(ctx.db, cohort.org_id, [cohortId]);
  if (!row) throw new ServiceError('not_found', 'No such cohort, or it is not yours to open.');
  return toCohort(ctx, row);
}

export async function updateCohort(ctx: ServiceContext, cohortId: string, input: CohortFields): Promise<Cohort> {
  const { cohort } = await cohortAccess(ctx, cohortId, true);
  const patch: Parameters<typeof repo.updateCohort>[3] = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.program !== undefined) patch.program = input.program;
  if (input.location !== undefined) patch.location = input.location;
  if (input.startsOn !== undefined) patch.starts_on = input.startsOn;
  await repo.updateCohort(ctx.db, cohort.org_id, cohortId, patch);
  return getCohort(ctx, cohortId);
}

export async function deleteCohort(ctx: ServiceContext, cohortId: string): Promise<void> {
  const { cohort } = await cohortAccess(ctx, cohortId, true);
  await repo.deleteCohort(ctx.db, cohort.org_id, cohortId);
}

export async function assignCoach(ctx: ServiceContext, cohortId: string, memberId: string): Promise<Cohort> {
  const { cohort } = await cohortAccess(ctx, cohortId, true);
  const coach = await repo.findMember(ctx.db, cohort.org_id, memberId);
  if (!coach) throw new ServiceError('not_found', 'No such member in this organisation.');
  if (coach.role !== 'coach') throw invalid('memberId', 'Only a coach can be assigned to a cohort: change their role to coach first.');
  await repo.assignCoach(ctx.db, { cohort_id: cohortId, member_id: memberId, org_id: cohort.org_id, owner_id: cohort.owner_id, created_at: stamp(ctx) });
  return getCohort(ctx, cohortId);
}

export async function unassignCoach(ctx: ServiceContext, cohortId: string, memberId: string): Promise<Cohort> {
  const { cohort } = await cohortAccess(ctx, cohortId, true);
  if (!(await repo.unassignCoach(ctx.db, cohort.id, memberId))) throw new ServiceError('not_found', 'That coach is not assigned to this cohort.');
  return getCohort(ctx, cohortId);
}

// ---- members --------------------------------------------------------------------------------

function toMember(m: repo.MemberListRow): Member {
  return {
    id: m.id, email: m.email, name: m.name, role: m.role as OrgRole, cohortId: m.cohort_id, cohortName: m.cohort_name,
    status: m.status as MemberStatus, placedOn: m.placed_on, countsInAggregates: m.counts === 1, joinedAt: m.joined_at,
  };
}

export async function listMembers(ctx: ServiceContext, orgId: string): Promise<Member[]> {
  await adminAccess(ctx, orgId);
  return (await repo.listMembers(ctx.db, orgId)).map(toMember);
}

export async function updateMember(
  ctx: ServiceContext,
  orgId: string,
  memberId: string,
  input: { role?: OrgRole | undefined; cohortId?: string | null | undefined; status?: MemberStatus | undefined; placedOn?: string | null | undefined },
): Promise<Member> {
  await adminAccess(ctx, orgId);
  const member = await repo.findMember(ctx.db, orgId, memberId);
  if (!member) throw new ServiceError('not_found', 'No such member in this organisation.');
  if (input.role && input.role !== 'admin' && member.role === 'admin' && (await repo.countAdmins(ctx.db, orgId)) <= 1) {
    throw invalid('role', 'An organisation needs at least one admin: make someone else admin first.');
  }
  if (input.cohortId) {
    const cohort = await repo.findCohort(ctx.db, input.cohortId);
    if (!cohort || cohort.org_id !== orgId) throw invalid('cohortId', 'Choose a cohort of this organisation.');
  }
  const patch: Parameters<typeof repo.updateMember>[3] = {};
  if (input.role !== undefined) patch.role = input.role;
  if (input.cohortId !== undefined) patch.cohort_id = input.cohortId;
  if (input.status !== undefined) {
    patch.status = input.status;
    if (input.status === 'searching') patch.placed_on = null;
    if (input.status === 'placed' && input.placedOn === undefined && !member.placed_on) patch.placed_on = todayIn('UTC', ctx.now());
  }
  if (input.placedOn !== undefined && input.status !== 'searching') patch.placed_on = input.placedOn;
  await repo.updateMember(ctx.db, orgId, memberId, patch);
  const row = (await repo.listMembers(ctx.db, orgId)).find((m) => m.id === memberId);
  if (!row) throw new ServiceError('not_found', 'No such member in this organisation.');
  return toMember(row);
}

export async function removeMember(ctx: ServiceContext, orgId: string, memberId: string): Promise<void> {
  await adminAccess(ctx, orgId);
  const member = await repo.findMember(ctx.db, orgId, memberId);
  if (!member) throw new ServiceError('not_found', 'No such member in this organisation.');
  if (member.role === 'admin' && (await repo.countAdmins(ctx.db, orgId)) <= 1) throw invalid('memberId', 'An organisation needs at least one admin.');
  await repo.removeMember(ctx.db, orgId, memberId);
}

// ---- a member's own choices ------------------------------------------------------------------

export async function setMyConsent(ctx: ServiceContext, membershipId: string, counts: boolean): Promise<Membership> {
  if (!(await repo.setConsent(ctx.db, membershipId, ctx.ownerId, counts, stamp(ctx)))) throw new ServiceError('not_found', 'No such membership of yours.');
  const m = (await repo.membershipsOf(ctx.db, ctx.ownerId)).find((x) => x.id === membershipId);
  if (!m) throw new ServiceError('not_found', 'No such membership of yours.');
  return toMembership(m);
}

export async function leave(ctx: ServiceContext, membershipId: string): Promise<void> {
  const mine = (await repo.membershipsOf(ctx.db, ctx.ownerId)).find((x) => x.id === membershipId);
  if (!mine) throw new ServiceError('not_found', 'No such membership of yours.');
  if (mine.role === 'admin') throw invalid('membership', 'An admin cannot leave: make someone else admin, and ask them to change your role first.');
  await repo.deleteOwnMembership(ctx.db, membershipId, ctx.ownerId);
}

// ---- invitations ----------------------------------------------------------------------------

export interface InviteOptions {
  publicUrl: string;
  mailer: Mailer | null;
}

function toInvitation(i: repo.OrgInvitationRow): OrgInvitation {
  return { id: i.id, email: i.email, role: i.role as OrgRole, cohortId: i.cohort_id, createdAt: i.created_at, expiresAt: i.expires_at, usedAt: i.used_at, uses: i.uses };
}

export async function listInvitations(ctx: ServiceContext, orgId: string): Promise<OrgInvitation[]> {
  await adminAccess(ctx, orgId);
  return (await repo.listInvitations(ctx.db, orgId)).map(toInvitation);
}

async function checkCohort(ctx: ServiceContext, orgId: string, cohortId: string | null | undefined): Promise<string | null> {
  if (!cohortId) return null;
  const c = await repo.findCohort(ctx.db, cohortId);
  if (!c || c.org_id !== orgId) throw invalid('cohortId', 'Choose a cohort of this organisation.');
  return c.id;
}

async function makeInvitations(
  ctx: ServiceContext,
  orgId: string,
  emails: (string | null)[],
  role: OrgRole,
  cohortId: string | null,
  options: InviteOptions,
): Promise<{ invitations: OrgInvitation[]; mailed: number }> {
  const org = await repo.findOrganisation(ctx.db, orgId);
  if (!org) throw nowhere();
  const at = stamp(ctx);
  const expires = new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000).toISOString();
  const made = emails.map((email) => {
    const token = newSecretToken();
    const row: repo.OrgInvitationRow = {
      id: newId(), org_id: orgId, owner_id: org.owner_id, token_hash: hashToken(token), email, role, cohort_id: cohortId,
      created_at: at, expires_at: expires, used_at: null, uses: 0,
    };
    return { row, url: `${options.publicUrl}/org/join?token=${encodeURIComponent(token)}` };
  });
  await repo.insertInvitations(ctx.db, made.map((m) => m.row));
  let mailed = 0;
  const out: OrgInvitation[] = [];
  for (const m of made) {
    let sent = false;
    if (m.row.email && options.mailer) {
      await options.mailer.send({
        to: m.row.email,
        subject: `${org.name} invites you to Debrief`,
        text:
          `${org.name} uses Debrief to support the people it helps with their job search, and invites you to join.\n\n` +
          `Open this link to see the invitation and choose what you share:\n${m.url}\n` +
          `If you have no account here yet, the link lets you create one with this address (${m.row.email}).\n\n` +
          `If you join, you decide whether your data counts in your cohort's figures. They are only ever shown summed over at least 5 people, ` +
          `and you can switch this off at any time in your settings.\n\nThe link works until ${expires.slice(0, 10)}. If you did not expect it, ignore this message.`,
      });
      sent = true;
      mailed += 1;
    }
    out.push({ ...toInvitation(m.row), url: m.url, mailed: sent });
  }
  return { invitations: out, mailed };
}

export async function invite(
  ctx: ServiceContext,
  orgId: string,
  input: { email?: string | undefined; role: OrgRole; cohortId?: string | null | undefined },
  options: InviteOptions,
): Promise<OrgInvitation> {
  await adminAccess(ctx, orgId);
  const cohortId = await checkCohort(ctx, orgId, input.cohortId);
  const { invitations } = await makeInvitations(ctx, orgId, [input.email?.toLowerCase() ?? null], input.role, cohortId, options);
  return invitations[0]!;
}

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** Every cell of the CSV that is an email address; the rest is reported, not guessed at. */
export function emailsFromCsv(text: string): { emails: string[]; skipped: { value: string; reason: string }[] } {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  } catch {
    throw invalid('csv', 'That file could not be read as CSV. Save it as CSV (comma separated) and try again.');
  }
  const emails: string[] = [];
  const skipped: { value: string; reason: string }[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const found = row.map((c) => c.trim().toLowerCase()).filter((c) => EMAIL.test(c));
    if (found.length === 0) {
      const value = row.join(', ').slice(0, 120);
      if (i > 0 || !/mail|name/i.test(value)) skipped.push({ value, reason: 'No email address on this line' });
      return;
    }
    for (const e of found) {
      if (seen.has(e)) skipped.push({ value: e, reason: 'Listed more than once' });
      else {
        seen.add(e);
        emails.push(e);
      }
    }
  });
  return { emails, skipped };
}

export async function inviteFromCsv(
  ctx: ServiceContext,
  orgId: string,
  input: { csv: string; role: OrgRole; cohortId?: string | null | undefined },
  options: InviteOptions,
): Promise<{ invitations: OrgInvitation[]; skipped: { value: string; reason: string }[]; mailed: number }> {
  await adminAccess(ctx, orgId);
  const cohortId = await checkCohort(ctx, orgId, input.cohortId);
  const { emails, skipped } = emailsFromCsv(input.csv);
  if (emails.length === 0) throw invalid('csv', 'No email address found in that file. Put one address per line (a header line is fine).');
  if (emails.length > MAX_CSV_INVITATIONS) throw invalid('csv', `That is ${emails.length} addresses; invite at most ${MAX_CSV_INVITATIONS} at once.`);
  const members = new Set((await repo.listMembers(ctx.db, orgId)).map((m) => m.email.toLowerCase()));
  const pending = new Set(
    (await repo.listInvitations(ctx.db, orgId)).filter((i) => i.email && !i.used_at && i.expires_at > stamp(ctx)).map((i) => i.email!.toLowerCase()),
  );
  const fresh: string[] = [];
  for (const e of emails) {
    if (members.has(e)) skipped.push({ value: e, reason: 'Already a member' });
    else if (pending.has(e)) skipped.push({ value: e, reason: 'Already invited' });
    else fresh.push(e);
  }
  const made = await makeInvitations(ctx, orgId, fresh, input.role, cohortId, options);
  return { ...made, skipped };
}

export async function withdrawInvitation(ctx: ServiceContext, orgId: string, invitationId: string): Promise<void> {
  await adminAccess(ctx, orgId);
  if (!(await repo.deleteInvitation(ctx.db, orgId, invitationId))) throw new ServiceError('not_found', 'No such invitation.');
}

async function validInvitation(ctx: ServiceContext, token: string) {
  const inv = await repo.invitationByHash(ctx.db, hashToken(token));
  const gone = new ServiceError('not_found', 'This invitation link has expired, was withdrawn or was already used. Ask the organisation for a new one.');
  if (!inv || inv.expires_at <= stamp(ctx) || (inv.email !== null && inv.used_at !== null)) throw gone;
  return inv;
}

export async function previewInvitation(ctx: ServiceContext, token: string): Promise<{ organisationName: string; role: OrgRole; cohortName: string | null; alreadyMember: boolean }> {
  const inv = await validInvitation(ctx, token);
  const cohort = inv.cohort_id ? await repo.findCohort(ctx.db, inv.cohort_id) : undefined;
  const existing = await repo.membershipIn(ctx.db, inv.org_id, ctx.ownerId);
  return { organisationName: inv.org_name, role: inv.role as OrgRole, cohortName: cohort?.name ?? null, alreadyMember: Boolean(existing) };
}

export async function join(ctx: ServiceContext, token: string, countInAggregates: boolean, account: { email: string } | null): Promise<Membership> {
  const inv = await validInvitation(ctx, token);
  if (inv.email && account && inv.email.toLowerCase() !== account.email.toLowerCase()) {
    throw new ServiceError('not_found', 'This invitation was made for another email address. Sign in with that address, or ask for a new invitation.');
  }
  const at = stamp(ctx);
  const outcome = await repo.acceptInvitation(ctx.db, inv, {
    id: newId(), org_id: inv.org_id, owner_id: ctx.ownerId, role: inv.role, cohort_id: inv.cohort_id, status: 'searching', placed_on: null,
    counts: countInAggregates && inv.role === 'member' ? 1 : 0, joined_at: at, consent_changed_at: at,
  }, at);
  if (outcome === 'used') throw new ServiceError('not_found', 'This invitation was already used. Ask the organisation for a new one.');
  if (outcome === 'member') throw new ServiceError('conflict', `You are already a member of ${inv.org_name}.`);
  const m = (await repo.membershipsOf(ctx.db, ctx.ownerId)).find((x) => x.org_id === inv.org_id);
  if (!m) throw nowhere();
  return toMembership(m);
}
