/**
 * Contacts: the people of a job search, what you did together, and when to
 * get in touch again (the cadence counts from the last interaction of any
 * kind). See docs/decisions/0017-network-and-agenda.md.
 */
import {
  zContactInput,
  zContactUpdate,
  zInteractionInput,
  type ApplicationPeople,
  type Contact,
  type ContactDetail,
  type ContactInput,
  type ContactListQuery,
  type ContactUpdate,
  type InteractionInput,
} from '../contracts/contacts.js';
import { companyKey } from '../db/repos/companies.repo.js';
import * as repo from '../db/repos/contacts.repo.js';
import { newId } from '../domain/ids.js';
import { linkedinKey, nameKey, nextTouchDay, type ContactRole, type InteractionKind } from '../domain/network/contacts.js';
import { getApplicationSummary, resolveApplicationId } from './applications.service.js';
import type { ServiceContext } from './context.js';
import { checkDay } from './day-rules.js';
import { invalid, notFound, ServiceError } from './errors.js';
import { resolveIdPrefix } from './id-prefix.service.js';
import { today } from './settings.service.js';
import { transact } from '../db/transact.js';

export function toContact(row: repo.ContactWithLast, todayIs: string): Contact {
  const next = nextTouchDay(row.cadence_weeks, row.last_on, row.created_at.slice(0, 10));
  return {
    id: row.id,
    name: row.name,
    role: row.role as ContactRole | null,
    company: row.company,
    position: row.position,
    email: row.email,
    phone: row.phone,
    linkedinUrl: row.linkedin_url,
    howMet: row.how_met,
    notes: row.notes,
    cadenceWeeks: row.cadence_weeks,
    connectedOn: row.connected_on,
    source: row.source === 'linkedin' ? 'linkedin' : 'manual',
    lastInteractionOn: row.last_on,
    nextTouchOn: next,
    touchDue: next !== null && next <= todayIs,
    createdAt: row.created_at,
  };
}

export async function resolveContactId(ctx: ServiceContext, idOrPrefix: string): Promise<string> {
  return resolveIdPrefix(ctx, 'contacts', { one: 'contact', many: 'contacts' }, idOrPrefix);
}

export async function listContacts(ctx: ServiceContext, query: ContactListQuery = {}): Promise<Contact[]> {
  const rows = await repo.listContacts(ctx.db, ctx.ownerId, { q: query.q || undefined, companyKey: query.company ? companyKey(query.company) : undefined, role: query.role });
  const day = await today(ctx);
  const contacts = rows.map((r) => toContact(r, day));
  return query.due === 'true' ? contacts.filter((c) => c.touchDue) : contacts;
}

export async function getContact(ctx: ServiceContext, idOrPrefix: string): Promise<ContactDetail> {
  const id = await resolveContactId(ctx, idOrPrefix);
  const row = await repo.findContact(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('contact', idOrPrefix);
  const [interactions, applications, interviews] = await Promise.all([
    repo.interactionsOf(ctx.db, ctx.ownerId, id),
    repo.linkedApplications(ctx.db, ctx.ownerId, id),
    repo.linkedInterviews(ctx.db, ctx.ownerId, id),
  ]);
  return {
    ...toContact(row, await today(ctx)),
    interactions: interactions.map((i) => ({ id: i.id, kind: i.kind as InteractionKind, occurredOn: i.occurred_on, note: i.note, applicationId: i.application_id, company: i.company, title: i.title })),
    applications,
    interviews,
  };
}

async function checkedLinks(ctx: ServiceContext, input: { applicationIds?: string[] | undefined; interviewIds?: string[] | undefined }) {
  const applicationIds = input.applicationIds ? [...new Set(input.applicationIds)] : undefined;
  if (applicationIds) {
    const owned = await repo.ownedApplicationIds(ctx.db, ctx.ownerId, applicationIds);
    const missing = applicationIds.filter((a) => !owned.includes(a));
    if (missing.length > 0) throw invalid('applicationIds', `No application with id ${missing.map((m) => `"${m}"`).join(', ')}.`);
  }
  const interviewIds = input.interviewIds ? [...new Set(input.interviewIds)] : undefined;
  let interviewApps: string[] = [];
  if (interviewIds) {
    const owned = await repo.ownedInterviewEvents(ctx.db, ctx.ownerId, interviewIds);
    const missing = interviewIds.filter((e) => !owned.some((o) => o.id === e));
    if (missing.length > 0) throw invalid('interviewIds', `No interview with id ${missing.map((m) => `"${m}"`).join(', ')}.`);
    interviewApps = owned.map((o) => o.application_id);
  }
  return { applicationIds, interviewIds, interviewApps };
}

export async function createContact(ctx: ServiceContext, input: ContactInput, options: { isSample?: boolean } = {}): Promise<ContactDetail> {
  const v = zContactInput.parse(input);
  const links = await checkedLinks(ctx, v);
  const now = ctx.now().toISOString();
  const id = newId();
  const key = linkedinKey(v.linkedinUrl);
  if (key && (await repo.linkedinIndex(ctx.db, ctx.ownerId)).has(key)) {
    throw new ServiceError('conflict', 'You already have a contact with this LinkedIn profile.', { linkedinUrl: 'You already have a contact with this LinkedIn profile' });
  }
  await transact(ctx.db, async (trx) => {
    await repo.insertContact(trx, {
      id, owner_id: ctx.ownerId, name: v.name, name_key: nameKey(v.name), role: v.role ?? null, company: v.company ?? null,
      company_key: v.company ? companyKey(v.company) : null, position: v.position ?? null, email: v.email ?? null, phone: v.phone ?? null,
      linkedin_url: v.linkedinUrl ?? null, linkedin_key: key, how_met: v.howMet ?? null, notes: v.notes ?? null, cadence_weeks: v.cadenceWeeks ?? null,
      connected_on: null, source: 'manual', is_sample: options.isSample ? 1 : 0, created_at: now, updated_at: now,
    });
    const apps = [...new Set([...(links.applicationIds ?? []), ...links.interviewApps])];
    if (apps.length > 0) await repo.replaceApplicationLinks(trx, ctx.ownerId, id, apps, now);
    if (links.interviewIds) await repo.replaceInterviewLinks(trx, ctx.ownerId, id, links.interviewIds, now);
  });
  return getContact(ctx, id);
}

export async function updateContact(ctx: ServiceContext, idOrPrefix: string, input: ContactUpdate): Promise<ContactDetail> {
  const id = await resolveContactId(ctx, idOrPrefix);
  const v = zContactUpdate.parse(input);
  const links = await checkedLinks(ctx, v);
  const now = ctx.now().toISOString();
  const patch: repo.ContactPatch = { updated_at: now };
  if (v.name !== undefined) Object.assign(patch, { name: v.name, name_key: nameKey(v.name) });
  if (v.role !== undefined) patch.role = v.role;
  if (v.company !== undefined) Object.assign(patch, { company: v.company, company_key: v.company ? companyKey(v.company) : null });
  if (v.position !== undefined) patch.position = v.position;
  if (v.email !== undefined) patch.email = v.email;
  if (v.phone !== undefined) patch.phone = v.phone;
  if (v.linkedinUrl !== undefined) {
    const key = linkedinKey(v.linkedinUrl);
    const existing = key ? (await repo.linkedinIndex(ctx.db, ctx.ownerId)).get(key) : undefined;
    if (existing && existing.id !== id) throw new ServiceError('conflict', 'Another contact has this LinkedIn profile.', { linkedinUrl: 'Another contact has this LinkedIn profile' });
    Object.assign(patch, { linkedin_url: v.linkedinUrl, linkedin_key: key });
  }
  if (v.howMet !== undefined) patch.how_met = v.howMet;
  if (v.notes !== undefined) patch.notes = v.notes;
  if (v.cadenceWeeks !== undefined) patch.cadence_weeks = v.cadenceWeeks;
  await transact(ctx.db, async (trx) => {
    if (!(await repo.updateContact(trx, ctx.ownerId, id, patch))) throw notFound('contact', idOrPrefix);
    if (links.applicationIds) await repo.replaceApplicationLinks(trx, ctx.ownerId, id, [...new Set([...links.applicationIds, ...links.interviewApps])], now);
    if (links.interviewIds) {
      await repo.replaceInterviewLinks(trx, ctx.ownerId, id, links.interviewIds, now);
      for (const a of links.interviewApps) await repo.addApplicationLink(trx, ctx.ownerId, id, a, now);
    }
  });
  return getContact(ctx, id);
}

export async function deleteContact(ctx: ServiceContext, idOrPrefix: string): Promise<void> {
  const id = await resolveContactId(ctx, idOrPrefix);
  if (!(await repo.deleteContact(ctx.db, ctx.ownerId, id))) throw notFound('contact', idOrPrefix);
}

/** Logs an interaction (not in the future); the stay-in-touch date moves on from it. */
export async function logInteraction(ctx: ServiceContext, idOrPrefix: string, input: InteractionInput): Promise<ContactDetail> {
  const id = await resolveContactId(ctx, idOrPrefix);
  const v = zInteractionInput.parse(input);
  const todayIs = await today(ctx);
  const day = v.on ?? todayIs;
  checkDay('on', day, { today: todayIs });
  const applicationId = v.applicationId ? await resolveApplicationId(ctx, v.applicationId) : null;
  if (!(await repo.findContact(ctx.db, ctx.ownerId, id))) throw notFound('contact', idOrPrefix);
  await repo.insertInteraction(ctx.db, { id: newId(), owner_id: ctx.ownerId, contact_id: id, kind: v.kind, occurred_on: day, note: v.note ?? null, application_id: applicationId, created_at: ctx.now().toISOString() });
  return getContact(ctx, id);
}

export async function deleteInteraction(ctx: ServiceContext, contactIdOrPrefix: string, interactionId: string): Promise<void> {
  const id = await resolveContactId(ctx, contactIdOrPrefix);
  if (!(await repo.deleteInteraction(ctx.db, ctx.ownerId, id, interactionId))) throw notFound('interaction', interactionId);
}

/** The people of an application: those linked to it (or met in its interviews), and the others you know at its company. */
export async function applicationPeople(ctx: ServiceContext, applicationIdOrPrefix: string): Promise<ApplicationPeople> {
  const app = await getApplicationSummary(ctx, await resolveApplicationId(ctx, applicationIdOrPrefix));
  const day = await today(ctx);
  const linkedIds = [...new Set((await repo.peopleOfApplications(ctx.db, ctx.ownerId, [app.id])).map((p) => p.id))];
  const linked = linkedIds.length > 0 ? await repo.listContacts(ctx.db, ctx.ownerId, { ids: linkedIds }) : [];
  const atCompany = (await repo.listContacts(ctx.db, ctx.ownerId, { companyKey: companyKey(app.company) }, 200)).filter((c) => !linkedIds.includes(c.id));
  return { company: app.company, linked: linked.map((c) => toContact(c, day)), atCompany: atCompany.map((c) => toContact(c, day)) };
}

/**
 * Records an interaction with the person a draft went to (a feedback request
 * or a thank-you from the debrief): the contact with that email, else with
 * that name at the company; a person not yet in your contacts is added and
 * linked to the application. Nothing happens when neither name nor email is known.
 */
export async function recordInteractionWithPerson(
  ctx: ServiceContext,
  person: { applicationId: string; company: string; name: string | null; email: string | null; role: ContactRole | null },
  kind: InteractionKind,
  on: string,
  note: string | null = null,
): Promise<string | null> {
  const name = person.name?.trim() || null;
  const email = person.email?.trim() || null;
  if (!name && !email) return null;
  const now = ctx.now().toISOString();
  const found = (email ? await repo.findContactByEmail(ctx.db, ctx.ownerId, email) : undefined) ?? (name ? await repo.findContactByName(ctx.db, ctx.ownerId, nameKey(name), companyKey(person.company)) : undefined);
  const contactId = found?.id ?? newId();
  await transact(ctx.db, async (trx) => {
    if (!found) {
      const display = name ?? email ?? '';
      await repo.insertContact(trx, {
        id: contactId, owner_id: ctx.ownerId, name: display, name_key: nameKey(display), role: person.role, company: person.company, company_key: companyKey(person.company),
        position: null, email, phone: null, linkedin_url: null, linkedin_key: null, how_met: null, notes: null, cadence_weeks: null, connected_on: null,
        source: 'manual', created_at: now, updated_at: now,
      });
    }
    await repo.addApplicationLink(trx, ctx.ownerId, contactId, person.applicationId, now);
    await repo.insertInteraction(trx, { id: newId(), owner_id: ctx.ownerId, contact_id: contactId, kind, occurred_on: on, note, application_id: person.applicationId, created_at: now });
  });
  return contactId;
}
