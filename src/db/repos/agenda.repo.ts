import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import { transact } from '../transact.js';

const MEETING_STAGES = ['screen', 'assessment', 'interview', 'final'];
const ENDED = ['rejected', 'withdrawn', 'ghosted', 'accepted'];

/** Interview-like steps dated between two days (inclusive), with their application. */
export async function meetingsBetween(db: Kysely<DB>, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('stage_events as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .innerJoin('application_state as d', 'd.application_id', 'a.id')
    .select(['e.id', 'e.application_id', 'e.stage', 'e.interview_type', 'e.round', 'e.occurred_on', 'e.note', 'c.name as company', 'a.title', 'd.status'])
    .where('e.owner_id', '=', ownerId)
    .where('e.stage', 'in', MEETING_STAGES)
    .where('e.occurred_on', '>=', from)
    .where('e.occurred_on', '<=', to)
    .orderBy('e.occurred_on')
    .orderBy('e.id')
    .execute();
}

export function isEnded(status: string): boolean {
  return ENDED.includes(status);
}

/** Applications waiting on the employer, nothing booked ahead, last news between two days. */
export async function quietApplications(db: Kysely<DB>, ownerId: string, statuses: readonly string[], lastFrom: string, lastTo: string) {
  return db
    .selectFrom('application_state as d')
    .innerJoin('applications as a', 'a.id', 'd.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['a.id', 'c.name as company', 'a.title', 'd.status', 'd.last_event_on', 'd.applied_on'])
    .where('d.owner_id', '=', ownerId)
    .where('d.status', 'in', [...statuses])
    .where('d.next_event_on', 'is', null)
    .where('d.last_event_on', '>=', lastFrom)
    .where('d.last_event_on', '<=', lastTo)
    .orderBy('d.last_event_on')
    .execute();
}

/** Rejections between two days with what the reader and the seeker said about them (JSON). */
export async function rejectionsBetween(db: Kysely<DB>, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('rejections as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['r.application_id', 'r.rejected_on', 'r.reader_labels', 'r.corrections', 'c.name as company', 'a.title'])
    .where('r.owner_id', '=', ownerId)
    .where('r.rejected_on', '>=', from)
    .where('r.rejected_on', '<=', to)
    .execute();
}

/** Companies with a "revisit" day between two days. */
export async function revisitsBetween(db: Kysely<DB>, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('companies')
    .select(['id', 'name', 'name_key', 'revisit_on'])
    .where('owner_id', '=', ownerId)
    .where('revisit_on', '>=', from)
    .where('revisit_on', '<=', to)
    .execute();
}

/** Feedback requests still unanswered, asked on or before a day. */
export async function unansweredFeedbackRequests(db: Kysely<DB>, ownerId: string, askedFrom: string, askedBy: string) {
  return db
    .selectFrom('feedback_requests as f')
    .innerJoin('applications as a', 'a.id', 'f.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['f.application_id', 'f.requested_on', 'f.contact_name', 'f.contact_email', 'f.recipient', 'c.name as company', 'a.title'])
    .where('f.owner_id', '=', ownerId)
    .where('f.status', '=', 'requested')
    .where('f.requested_on', '>=', askedFrom)
    .where('f.requested_on', '<=', askedBy)
    .execute();
}

/** Contacts at these companies (by company key). */
export async function contactsAtCompanies(db: Kysely<DB>, ownerId: string, companyKeys: readonly string[]) {
  if (companyKeys.length === 0) return [];
  return db
    .selectFrom('contacts')
    .select(['id', 'name', 'email', 'company_key', 'role'])
    .where('owner_id', '=', ownerId)
    .where('company_key', 'in', [...companyKeys])
    .where('source', '=', 'manual')
    .orderBy('name_key')
    .execute();
}

/* ---------- marks ---------- */

export async function marksOf(db: Kysely<DB>, ownerId: string) {
  return db.selectFrom('agenda_marks').select(['item_key', 'state', 'until_day']).where('owner_id', '=', ownerId).execute();
}

export async function putMark(db: Kysely<DB>, ownerId: string, key: string, state: string, untilDay: string | null, now: string): Promise<void> {
  await db
    .insertInto('agenda_marks')
    .values({ owner_id: ownerId, item_key: key, state, until_day: untilDay, updated_at: now })
    .onConflict((oc) => oc.columns(['owner_id', 'item_key']).doUpdateSet({ state, until_day: untilDay, updated_at: now }))
    .execute();
}

/* ---------- calendar feed ---------- */

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function feedOf(db: Kysely<DB>, ownerId: string) {
  return db.selectFrom('calendar_feeds').select(['created_at']).where('owner_id', '=', ownerId).executeTakeFirst();
}

/** Replaces the owner's feed secret (the old URL stops working at once). */
export async function replaceFeed(db: Kysely<DB>, ownerId: string, tokenHash: string, now: string): Promise<void> {
  await transact(db, async (trx) => {
    await trx.deleteFrom('calendar_feeds').where('owner_id', '=', ownerId).execute();
    await trx.insertInto('calendar_feeds').values({ owner_id: ownerId, token_hash: tokenHash, created_at: now }).execute();
  });
}

export async function deleteFeed(db: Kysely<DB>, ownerId: string): Promise<void> {
  await db.deleteFrom('calendar_feeds').where('owner_id', '=', ownerId).execute();
}

/** Whose feed a secret opens, if anyone's. */
export async function ownerOfFeed(db: Kysely<DB>, tokenHash: string): Promise<string | null> {
  const row = await db.selectFrom('calendar_feeds').select('owner_id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.owner_id ?? null;
}
