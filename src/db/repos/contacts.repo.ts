import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB } from '../schema.js';
import type { ContactInteractionsTable, ContactsTable } from '../schema-network.js';

export type ContactRow = Selectable<ContactsTable>;
export type ContactWithLast = ContactRow & { last_on: string | null };
export type ContactPatch = Omit<Updateable<ContactsTable>, 'id' | 'owner_id' | 'created_at'>;

export interface ContactFilter {
  q?: string | undefined;
  companyKey?: string | undefined;
  role?: string | undefined;
  ids?: readonly string[] | undefined;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function withLast(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('contacts as k')
    .selectAll('k')
    .select((eb) =>
      eb
        .selectFrom('contact_interactions as i')
        .select((e2) => e2.fn.max('i.occurred_on').as('m'))
        .whereRef('i.contact_id', '=', 'k.id')
        .where('i.owner_id', '=', ownerId)
        .as('last_on'),
    )
    .where('k.owner_id', '=', ownerId);
}

export async function listContacts(db: Kysely<DB>, ownerId: string, f: ContactFilter = {}, limit = 500): Promise<ContactWithLast[]> {
  let q = withLast(db, ownerId);
  if (f.q) {
    const like = `%${escapeLike(f.q.toLowerCase())}%`;
    q = q.where((eb) =>
      eb.or(
        ['k.name', 'k.company', 'k.position', 'k.email', 'k.notes', 'k.how_met'].map((col) =>
          eb(sql`lower(coalesce(${sql.ref(col)}, ''))`, 'like', sql`${like} escape '\\'`),
        ),
      ),
    );
  }
  if (f.companyKey) q = q.where('k.company_key', '=', f.companyKey);
  if (f.role) q = q.where('k.role', '=', f.role);
  if (f.ids) q = q.where('k.id', 'in', f.ids.length > 0 ? [...f.ids] : ['']);
  return (await q.orderBy('k.name_key').orderBy('k.id').limit(limit).execute()) as ContactWithLast[];
}

export async function findContact(db: Kysely<DB>, ownerId: string, id: string): Promise<ContactWithLast | undefined> {
  return (await withLast(db, ownerId).where('k.id', '=', id).executeTakeFirst()) as ContactWithLast | undefined;
}

export async function findContactByEmail(db: Kysely<DB>, ownerId: string, email: string): Promise<ContactRow | undefined> {
  return db.selectFrom('contacts').selectAll().where('owner_id', '=', ownerId).where(sql`lower(email)`, '=', email.toLowerCase()).orderBy('created_at').executeTakeFirst();
}

export async function findContactByName(db: Kysely<DB>, ownerId: string, nameKey: string, companyKey: string | null): Promise<ContactRow | undefined> {
  let q = db.selectFrom('contacts').selectAll().where('owner_id', '=', ownerId).where('name_key', '=', nameKey);
  q = companyKey === null ? q.where('company_key', 'is', null) : q.where('company_key', '=', companyKey);
  return q.orderBy('created_at').executeTakeFirst();
}

export async function insertContact(db: Kysely<DB>, row: Insertable<ContactsTable>): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

export async function insertContacts(db: Kysely<DB>, rows: Insertable<ContactsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('contacts').values(rows.slice(i, i + 200)).execute();
}

export async function updateContact(db: Kysely<DB>, ownerId: string, id: string, patch: ContactPatch): Promise<boolean> {
  const r = await db.updateTable('contacts').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteContact(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('contacts').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The LinkedIn-matched contacts of an owner, keyed by profile: what a re-import compares against. */
export async function linkedinIndex(db: Kysely<DB>, ownerId: string): Promise<Map<string, Pick<ContactRow, 'id' | 'name' | 'email' | 'company' | 'position' | 'connected_on' | 'linkedin_url'>>> {
  const rows = await db
    .selectFrom('contacts')
    .select(['id', 'name', 'email', 'company', 'position', 'connected_on', 'linkedin_url', 'linkedin_key'])
    .where('owner_id', '=', ownerId)
    .where('linkedin_key', 'is not', null)
    .execute();
  return new Map(rows.map(({ linkedin_key, ...r }) => [linkedin_key as string, r]));
}

/* ---------- interactions ---------- */

export type InteractionRow = Selectable<ContactInteractionsTable> & { company: string | null; title: string | null };

export async function insertInteraction(db: Kysely<DB>, row: Insertable<ContactInteractionsTable>): Promise<void> {
  await db.insertInto('contact_interactions').values(row).execute();
}

export async function interactionsOf(db: Kysely<DB>, ownerId: string, contactId: string): Promise<InteractionRow[]> {
  return db
    .selectFrom('contact_interactions as i')
    .leftJoin('applications as a', 'a.id', 'i.application_id')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .selectAll('i')
    .select(['c.name as company', 'a.title as title'])
    .where('i.owner_id', '=', ownerId)
    .where('i.contact_id', '=', contactId)
    .orderBy('i.occurred_on', 'desc')
    .orderBy('i.created_at', 'desc')
    .execute();
}

export async function deleteInteraction(db: Kysely<DB>, ownerId: string, contactId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('contact_interactions').where('owner_id', '=', ownerId).where('contact_id', '=', contactId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The last interaction of each contact that has a stay-in-touch cadence. */
export async function contactsWithCadence(db: Kysely<DB>, ownerId: string): Promise<(ContactWithLast & { last_kind: string | null })[]> {
  const rows = (await withLast(db, ownerId).where('k.cadence_weeks', 'is not', null).execute()) as ContactWithLast[];
  if (rows.length === 0) return [];
  const kinds = await db
    .selectFrom('contact_interactions')
    .select(['contact_id', 'kind', 'occurred_on', 'created_at'])
    .where('owner_id', '=', ownerId)
    .where('contact_id', 'in', rows.map((r) => r.id))
    .orderBy('occurred_on')
    .orderBy('created_at')
    .execute();
  const lastKind = new Map(kinds.map((k) => [k.contact_id, k.kind]));
  return rows.map((r) => ({ ...r, last_kind: lastKind.get(r.id) ?? null }));
}

/* ---------- links ---------- */

export async function replaceApplicationLinks(db: Kysely<DB>, ownerId: string, contactId: string, applicationIds: readonly string[], now: string): Promise<void> {
  await db.deleteFrom('contact_applications').where('owner_id', '=', ownerId).where('contact_id', '=', contactId).execute();
  if (applicationIds.length > 0) {
    await db.insertInto('contact_applications').values(applicationIds.map((application_id) => ({ owner_id: ownerId, contact_id: contactId, application_id, created_at: now }))).execute();
  }
}

export async function addApplicationLink(db: Kysely<DB>, ownerId: string, contactId: string, applicationId: string, now: string): Promise<void> {
  await db
    .insertInto('contact_applications')
    .values({ owner_id: ownerId, contact_id: contactId, application_id: applicationId, created_at: now })
    .onConflict((oc) => oc.columns(['contact_id', 'application_id']).doNothing())
    .execute();
}

export async function replaceInterviewLinks(db: Kysely<DB>, ownerId: string, contactId: string, eventIds: readonly string[], now: string): Promise<void> {
  await db.deleteFrom('contact_interviews').where('owner_id', '=', ownerId).where('contact_id', '=', contactId).execute();
  if (eventIds.length > 0) {
    await db.insertInto('contact_interviews').values(eventIds.map((event_id) => ({ owner_id: ownerId, contact_id: contactId, event_id, created_at: now }))).execute();
  }
}

/** Which of these ids are applications of the owner. */
export async function ownedApplicationIds(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('applications').select('id').where('owner_id', '=', ownerId).where('id', 'in', [...ids]).execute()).map((r) => r.id);
}

/** Which of these ids are interview-like events of the owner, with their application. */
export async function ownedInterviewEvents(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<{ id: string; application_id: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('stage_events')
    .select(['id', 'application_id'])
    .where('owner_id', '=', ownerId)
    .where('id', 'in', [...ids])
    .where('stage', 'in', ['screen', 'assessment', 'interview', 'final'])
    .execute();
}

export async function linkedApplications(db: Kysely<DB>, ownerId: string, contactId: string) {
  return db
    .selectFrom('contact_applications as l')
    .innerJoin('applications as a', 'a.id', 'l.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .innerJoin('application_state as d', 'd.application_id', 'a.id')
    .select(['a.id', 'c.name as company', 'a.title', 'd.status'])
    .where('l.owner_id', '=', ownerId)
    .where('l.contact_id', '=', contactId)
    .orderBy('l.created_at')
    .execute();
}

export async function linkedInterviews(db: Kysely<DB>, ownerId: string, contactId: string) {
  return db
    .selectFrom('contact_interviews as l')
    .innerJoin('stage_events as e', 'e.id', 'l.event_id')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['e.id as eventId', 'a.id as applicationId', 'c.name as company', 'a.title', 'e.stage', 'e.occurred_on as day'])
    .where('l.owner_id', '=', ownerId)
    .where('l.contact_id', '=', contactId)
    .orderBy('e.occurred_on')
    .execute();
}

/** Contacts linked to the applications, or met in their interviews. */
export async function peopleOfApplications(db: Kysely<DB>, ownerId: string, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  const direct = db
    .selectFrom('contact_applications as l')
    .select(['l.application_id', 'l.contact_id'])
    .where('l.owner_id', '=', ownerId)
    .where('l.application_id', 'in', [...applicationIds]);
  const met = db
    .selectFrom('contact_interviews as l')
    .innerJoin('stage_events as e', 'e.id', 'l.event_id')
    .select(['e.application_id', 'l.contact_id'])
    .where('l.owner_id', '=', ownerId)
    .where('e.application_id', 'in', [...applicationIds]);
  return db
    .selectFrom(direct.union(met).as('p'))
    .innerJoin('contacts as k', 'k.id', 'p.contact_id')
    .select(['p.application_id', 'k.id', 'k.name', 'k.email', 'k.role'])
    .orderBy('k.name_key')
    .execute();
}

/** The people met in each of these interview events. */
export async function peopleOfEvents(db: Kysely<DB>, ownerId: string, eventIds: readonly string[]) {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('contact_interviews as l')
    .innerJoin('contacts as k', 'k.id', 'l.contact_id')
    .select(['l.event_id', 'k.id', 'k.name', 'k.email'])
    .where('l.owner_id', '=', ownerId)
    .where('l.event_id', 'in', [...eventIds])
    .orderBy('k.name_key')
    .execute();
}

/** The last thank-you logged with anyone, per contact, on or after a day. */
export async function thankYousSince(db: Kysely<DB>, ownerId: string, contactIds: readonly string[], since: string) {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('contact_interactions')
    .select(['contact_id', 'occurred_on', 'application_id'])
    .where('owner_id', '=', ownerId)
    .where('kind', '=', 'thank_you')
    .where('occurred_on', '>=', since)
    .where('contact_id', 'in', [...contactIds])
    .execute();
}

/* ---------- the sample search ---------- */

export async function contactIds(db: Kysely<DB>, ownerId: string): Promise<string[]> {
  return (await db.selectFrom('contacts').select('id').where('owner_id', '=', ownerId).execute()).map((r) => r.id);
}

/** Marks contacts (and their interactions) as part of the sample search. */
export async function markSampleContacts(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('contacts').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('id', 'in', [...ids]).execute();
  await db.updateTable('contact_interactions').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('contact_id', 'in', [...ids]).execute();
}


/* ---------- the LinkedIn import, a batch at a time ---------- */

export type ImportMatch = Pick<ContactRow, 'id' | 'name' | 'email' | 'company' | 'position' | 'connected_on' | 'linkedin_url' | 'linkedin_key' | 'name_key' | 'company_key'>;

/** Contacts of the owner with one of these profile keys, or (without a profile) one of these names. */
export async function importMatches(db: Kysely<DB>, ownerId: string, keys: readonly string[], nameKeys: readonly string[]): Promise<ImportMatch[]> {
  if (keys.length === 0 && nameKeys.length === 0) return [];
  return db
    .selectFrom('contacts')
    .select(['id', 'name', 'email', 'company', 'position', 'connected_on', 'linkedin_url', 'linkedin_key', 'name_key', 'company_key'])
    .where('owner_id', '=', ownerId)
    .where((eb) =>
      eb.or([
        ...(keys.length > 0 ? [eb('linkedin_key', 'in', [...keys])] : []),
        ...(nameKeys.length > 0 ? [eb.and([eb('linkedin_key', 'is', null), eb('name_key', 'in', [...nameKeys])])] : []),
      ]),
    )
    .execute();
}
