import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, MailMessagesTable, MailProposalsTable } from '../schema.js';

export type MailMessageRow = Selectable<MailMessagesTable>;
export type MailProposalRow = Selectable<MailProposalsTable>;

/** A proposal with its message and (when matched) its application. */
export interface ProposalView extends MailProposalRow {
  subject: string | null;
  from_address: string | null;
  from_name: string | null;
  sent_at: string | null;
  app_title: string | null;
  app_company: string | null;
  app_status: string | null;
}

/** Bound parameters per statement: far below SQLite's and PostgreSQL's limits, whatever the batch size. */
const IN_CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += IN_CHUNK) out.push(items.slice(i, i + IN_CHUNK));
  return out;
}

/** Which of these message keys this owner has imported before (one query per thousand keys; the owner/key unique index). */
export async function existingMessageKeys(db: Kysely<DB>, ownerId: string, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const chunk of chunks([...new Set(keys)])) {
    const rows = await db.selectFrom('mail_messages').select('message_key').where('owner_id', '=', ownerId).where('message_key', 'in', chunk).execute();
    for (const r of rows) found.add(r.message_key);
  }
  return found;
}

/**
 * Of these message keys ("<message-id>"), those filed under an application
 * (a proposal with an application that was not dismissed): what a reply in
 * their thread is matched to. Looked up per batch through the owner/key
 * unique index and the proposals' message index, so memory does not grow with
 * the mailbox.
 */
export async function filedApplicationsByKey(db: Kysely<DB>, ownerId: string, keys: readonly string[]): Promise<{ message_key: string; application_id: string }[]> {
  const out: { message_key: string; application_id: string }[] = [];
  for (const chunk of chunks([...new Set(keys)])) {
    const rows = await db
      .selectFrom('mail_messages as m')
      .innerJoin('mail_proposals as p', 'p.mail_message_id', 'm.id')
      .select(['m.message_key', 'p.application_id'])
      .where('m.owner_id', '=', ownerId)
      .where('m.message_key', 'in', chunk)
      .where('p.application_id', 'is not', null)
      .where('p.status', '!=', 'dismissed')
      .execute();
    for (const r of rows) if (r.application_id) out.push({ message_key: r.message_key, application_id: r.application_id });
  }
  return out;
}

/**
 * Stores messages not stored yet and returns the ids of those it stored. A
 * message another import stored a moment ago (two imports of one mailbox at
 * once) is left out rather than refused by the owner/key unique index.
 */
export async function insertMailMessages(db: Kysely<DB>, rows: Insertable<MailMessagesTable>[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (const chunk of chunks(rows)) {
    const inserted = await db
      .insertInto('mail_messages')
      .values(chunk)
      .onConflict((oc) => oc.columns(['owner_id', 'message_key']).doNothing())
      .returning('id')
      .execute();
    for (const r of inserted) stored.add(r.id);
  }
  return stored;
}

export async function insertProposals(db: Kysely<DB>, rows: Insertable<MailProposalsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('mail_proposals').values(rows).execute();
}

/** Every application with its company name and status: what mail is matched against. */
export async function matchCandidateRows(db: Kysely<DB>, ownerId: string): Promise<{ id: string; company: string; title: string; status: string | null }[]> {
  return db
    .selectFrom('applications as a')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('application_state as s', 's.application_id', 'a.id')
    .select(['a.id as id', 'c.name as company', 'a.title as title', 's.status as status'])
    .where('a.owner_id', '=', ownerId)
    .execute();
}

function views(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('mail_proposals as p')
    .innerJoin('mail_messages as m', 'm.id', 'p.mail_message_id')
    .leftJoin('applications as a', 'a.id', 'p.application_id')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('application_state as s', 's.application_id', 'a.id')
    .selectAll('p')
    .select(['m.subject', 'm.from_address', 'm.from_name', 'm.sent_at', 'a.title as app_title', 'c.name as app_company', 's.status as app_status'])
    .where('p.owner_id', '=', ownerId);
}

export async function listProposalViews(db: Kysely<DB>, ownerId: string, status: string | null, limit = 500): Promise<ProposalView[]> {
  let q = views(db, ownerId);
  if (status) q = q.where('p.status', '=', status);
  // oldest first: the queue reads as the story happened, and accepting in order never goes backwards
  return q.orderBy('p.occurred_on').orderBy('m.sent_at').orderBy('p.id').limit(limit).execute();
}

export async function findProposalView(db: Kysely<DB>, ownerId: string, id: string): Promise<ProposalView | undefined> {
  return views(db, ownerId).where('p.id', '=', id).executeTakeFirst();
}

/** Decides a pending proposal; false when it was already decided (a double click). */
export async function decideProposal(
  db: Kysely<DB>,
  ownerId: string,
  id: string,
  decision: { status: 'accepted' | 'dismissed'; decidedAt: string },
): Promise<boolean> {
  const r = await db
    .updateTable('mail_proposals')
    .set({ status: decision.status, decided_at: decision.decidedAt })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function countPendingProposals(db: Kysely<DB>, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('mail_proposals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setProposalApplication(db: Kysely<DB>, ownerId: string, id: string, applicationId: string): Promise<void> {
  await db.updateTable('mail_proposals').set({ application_id: applicationId }).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}
