import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from '../schema.js';
import type { CoachAccessLogTable, CoachNotesTable, CoachSharesTable, CoachSuggestionsTable } from '../schema-coach.js';

/** Shares with coaches, what each coach opened, their notes and suggestions (docs/decisions/0025-coach-sharing.md). */

export type ShareRow = Selectable<CoachSharesTable>;
export type ShareWithPeople = ShareRow & { coach_name: string | null; owner_name: string; owner_email: string | null };

const shareColumns = [
  's.id', 's.owner_id', 's.coach_email', 's.coach_id', 's.org_id', 's.scope_debriefs', 's.scope_journal', 's.status', 's.token_hash',
  's.created_at', 's.expires_at', 's.accepted_at', 's.revoked_at', 's.updated_at',
] as const;

function sharesWithPeople(db: Kysely<DB>) {
  return db
    .selectFrom('coach_shares as s')
    .innerJoin('users as o', 'o.id', 's.owner_id')
    .leftJoin('users as c', 'c.id', 's.coach_id')
    .select([...shareColumns, 'c.display_name as coach_name', 'o.display_name as owner_name', 'o.email as owner_email']);
}

export async function insertShare(db: Kysely<DB>, row: Insertable<CoachSharesTable>): Promise<void> {
  await db.insertInto('coach_shares').values(row).execute();
}

/** The seeker's shares, newest first. */
export async function sharesOf(db: Kysely<DB>, ownerId: string): Promise<ShareWithPeople[]> {
  return sharesWithPeople(db).where('s.owner_id', '=', ownerId).orderBy('s.created_at', 'desc').orderBy('s.id').execute();
}

export async function shareOf(db: Kysely<DB>, ownerId: string, id: string): Promise<ShareWithPeople | undefined> {
  return sharesWithPeople(db).where('s.owner_id', '=', ownerId).where('s.id', '=', id).executeTakeFirst();
}

/** A pending or active share of the seeker with this address, if any. */
export async function openShareWithEmail(db: Kysely<DB>, ownerId: string, email: string): Promise<ShareRow | undefined> {
  return db
    .selectFrom('coach_shares')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('coach_email', '=', email)
    .where('status', 'in', ['pending', 'active'])
    .executeTakeFirst();
}

export async function updateShareOf(db: Kysely<DB>, ownerId: string, id: string, patch: Updateable<CoachSharesTable>): Promise<boolean> {
  const r = await db.updateTable('coach_shares').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).where('status', '!=', 'revoked').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function pendingShareByToken(db: Kysely<DB>, tokenHash: string, nowIso: string): Promise<ShareWithPeople | undefined> {
  return sharesWithPeople(db).where('s.token_hash', '=', tokenHash).where('s.status', '=', 'pending').where('s.expires_at', '>', nowIso).executeTakeFirst();
}

/** Accepts the invitation for the coach; false when it was used, withdrawn or expired in between. */
export async function acceptShare(db: Kysely<DB>, tokenHash: string, coachId: string, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('coach_shares')
    .set({ status: 'active', coach_id: coachId, token_hash: null, accepted_at: nowIso, updated_at: nowIso })
    .where('token_hash', '=', tokenHash)
    .where('status', '=', 'pending')
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The share, when it is active and this account is its coach: every coach request starts here. */
export async function activeShareForCoach(db: Kysely<DB>, coachId: string, shareId: string): Promise<ShareWithPeople | undefined> {
  return sharesWithPeople(db).where('s.id', '=', shareId).where('s.coach_id', '=', coachId).where('s.status', '=', 'active').executeTakeFirst();
}

export async function activeSharesForCoach(db: Kysely<DB>, coachId: string): Promise<ShareWithPeople[]> {
  return sharesWithPeople(db).where('s.coach_id', '=', coachId).where('s.status', '=', 'active').orderBy('o.display_name').orderBy('s.id').execute();
}

// ---- what each coach opened ---------------------------------------------------------------------

export async function insertAccess(db: Kysely<DB>, rows: Insertable<CoachAccessLogTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('coach_access_log').values(rows).execute();
}

export interface AccessRow {
  id: string;
  share_id: string;
  section: string;
  opened_at: string;
  coach_email: string;
  coach_name: string | null;
}

export async function accessLogOf(db: Kysely<DB>, ownerId: string, limit: number): Promise<AccessRow[]> {
  return db
    .selectFrom('coach_access_log as l')
    .innerJoin('coach_shares as s', 's.id', 'l.share_id')
    .leftJoin('users as c', 'c.id', 'l.coach_id')
    .select(['l.id', 'l.share_id', 'l.section', 'l.opened_at', 's.coach_email', 'c.display_name as coach_name'])
    .where('l.owner_id', '=', ownerId)
    .orderBy('l.opened_at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(limit)
    .execute();
}

// ---- the coach's private notes ------------------------------------------------------------------

export type CoachNoteRow = Selectable<CoachNotesTable>;

export async function insertNote(db: Kysely<DB>, row: Insertable<CoachNotesTable>): Promise<void> {
  await db.insertInto('coach_notes').values(row).execute();
}

export async function notesOn(db: Kysely<DB>, shareId: string, coachId: string): Promise<CoachNoteRow[]> {
  return db.selectFrom('coach_notes').selectAll().where('share_id', '=', shareId).where('coach_id', '=', coachId).orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function deleteNote(db: Kysely<DB>, shareId: string, coachId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('coach_notes').where('share_id', '=', shareId).where('coach_id', '=', coachId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

// ---- suggestions ---------------------------------------------------------------------------------

export type SuggestionRow = Selectable<CoachSuggestionsTable>;
export type SuggestionWithCoach = SuggestionRow & { coach_name: string | null; coach_email: string };

export async function insertSuggestion(db: Kysely<DB>, row: Insertable<CoachSuggestionsTable>): Promise<void> {
  await db.insertInto('coach_suggestions').values(row).execute();
}

export async function suggestionsOnShare(db: Kysely<DB>, shareId: string): Promise<SuggestionRow[]> {
  return db.selectFrom('coach_suggestions').selectAll().where('share_id', '=', shareId).orderBy('created_at', 'desc').orderBy('id').execute();
}

function suggestionsWithCoach(db: Kysely<DB>) {
  return db
    .selectFrom('coach_suggestions as g')
    .innerJoin('coach_shares as s', 's.id', 'g.share_id')
    .leftJoin('users as c', 'c.id', 'g.coach_id')
    .selectAll('g')
    .select(['c.display_name as coach_name', 's.coach_email']);
}

/** The seeker's suggestions waiting for an answer, from coaches who still have access. */
export async function pendingSuggestionsOf(db: Kysely<DB>, ownerId: string): Promise<SuggestionWithCoach[]> {
  return suggestionsWithCoach(db).where('g.owner_id', '=', ownerId).where('g.status', '=', 'pending').orderBy('g.created_at', 'desc').orderBy('g.id').execute();
}

export async function suggestionOf(db: Kysely<DB>, ownerId: string, id: string): Promise<SuggestionWithCoach | undefined> {
  return suggestionsWithCoach(db).where('g.owner_id', '=', ownerId).where('g.id', '=', id).executeTakeFirst();
}

/** Records the seeker's answer; false when it was answered already. */
export async function decideSuggestion(
  db: Kysely<DB>,
  ownerId: string,
  id: string,
  patch: { status: 'accepted' | 'dismissed'; result_id: string | null; decided_at: string },
): Promise<boolean> {
  const r = await db.updateTable('coach_suggestions').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Puts an accepted suggestion back to pending when adding what it suggested failed. */
export async function reopenSuggestion(db: Kysely<DB>, ownerId: string, id: string): Promise<void> {
  await db.updateTable('coach_suggestions').set({ status: 'pending', decided_at: null }).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

export async function setSuggestionResult(db: Kysely<DB>, ownerId: string, id: string, resultId: string): Promise<void> {
  await db.updateTable('coach_suggestions').set({ result_id: resultId }).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

/** The latest rejected applications of one client, newest first. */
export async function recentRejectedApplications(db: Kysely<DB>, ownerId: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('rejections')
    .select('application_id')
    .where('owner_id', '=', ownerId)
    .orderBy('rejected_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.application_id);
}

/** Access entries of this share and section since `sinceIso` (to keep one entry per visit, not per refresh). */
export async function recentlyLogged(db: Kysely<DB>, shareIds: string[], section: string, sinceIso: string): Promise<Set<string>> {
  if (shareIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('coach_access_log')
    .select('share_id')
    .where('share_id', 'in', shareIds)
    .where('section', '=', section)
    .where('opened_at', '>', sinceIso)
    .execute();
  return new Set(rows.map((r) => r.share_id));
}
