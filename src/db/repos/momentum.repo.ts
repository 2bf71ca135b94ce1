import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, WinsTable } from '../schema.js';
import { transact } from '../transact.js';

/** Goals, wins and the facts momentum counts from, all scoped by owner. */

export type WinRow = Selectable<WinsTable>;

export async function goalRows(db: Kysely<DB>, ownerId: string): Promise<{ week_start: string; kind: string; target: number }[]> {
  return db.selectFrom('weekly_goals').select(['week_start', 'kind', 'target']).where('owner_id', '=', ownerId).orderBy('week_start').execute();
}

/** Replaces the goal set chosen from `weekStart` on. */
export async function replaceGoals(
  db: Kysely<DB>,
  ownerId: string,
  weekStart: string,
  targets: readonly { kind: string; target: number }[],
  createdAt: string,
  isSample = 0,
): Promise<void> {
  await db.deleteFrom('weekly_goals').where('owner_id', '=', ownerId).where('week_start', '=', weekStart).execute();
  if (targets.length === 0) return;
  await db
    .insertInto('weekly_goals')
    .values(targets.map((t) => ({ owner_id: ownerId, week_start: weekStart, kind: t.kind, target: t.target, created_at: createdAt, is_sample: isSample })))
    .execute();
}

/* ---------- activity: each source gives days (or instants) in a range ---------- */

export async function applicationDays(db: Kysely<DB>, ownerId: string, from: string, to: string): Promise<{ day: string; count: number }[]> {
  // A range of the (owner_id, stage, occurred_on) index, counted by day (migration 20261208_01_0001).
  const rows = await db
    .selectFrom('stage_events')
    .select(['occurred_on', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('owner_id', '=', ownerId)
    .where('stage', '=', 'applied')
    .where('occurred_on', '>=', from)
    .where('occurred_on', '<=', to)
    .groupBy('occurred_on')
    .execute();
  return rows.map((r) => ({ day: r.occurred_on, count: Number(r.n) }));
}

/** Feedback requests sent: the networking touches that exist before contacts do. */
export async function feedbackRequestDays(db: Kysely<DB>, ownerId: string, from: string, to: string): Promise<string[]> {
  const rows = await db
    .selectFrom('feedback_requests')
    .select('requested_on')
    .where('owner_id', '=', ownerId)
    .where('requested_on', '>=', from)
    .where('requested_on', '<=', to)
    .execute();
  return rows.flatMap((r) => (r.requested_on ? [r.requested_on] : []));
}

/**
 * Days of interactions logged with contacts in [from, to]; feedback requests
 * are left out (they count from the feedback requests themselves).
 */
export async function interactionDays(db: Kysely<DB>, ownerId: string, from: string, to: string): Promise<string[]> {
  const rows = await db
    .selectFrom('contact_interactions')
    .select('occurred_on')
    .where('owner_id', '=', ownerId)
    .where('kind', '!=', 'feedback_request')
    .where('occurred_on', '>=', from)
    .where('occurred_on', '<=', to)
    .execute();
  return rows.map((r) => r.occurred_on);
}

/** Practice: instants of rated reviews, and the last day each question was practised by hand. */
export async function practiceMoments(
  db: Kysely<DB>,
  ownerId: string,
  range: { fromInstant: string; toInstant: string; from: string; to: string },
): Promise<{ reviews: string[]; days: string[] }> {
  const [reviews, days] = await Promise.all([
    db
      .selectFrom('practice_reviews')
      .select('reviewed_at')
      .where('owner_id', '=', ownerId)
      .where('reviewed_at', '>=', range.fromInstant)
      .where('reviewed_at', '<', range.toInstant)
      .execute(),
    db
      .selectFrom('question_bank')
      .select('last_practised_on')
      .where('owner_id', '=', ownerId)
      .where('last_practised_on', '>=', range.from)
      .where('last_practised_on', '<=', range.to)
      .execute(),
  ]);
  return { reviews: reviews.map((r) => r.reviewed_at), days: days.flatMap((r) => (r.last_practised_on ? [r.last_practised_on] : [])) };
}

export async function debriefCompletions(db: Kysely<DB>, ownerId: string, fromInstant: string, toInstant: string): Promise<string[]> {
  const rows = await db
    .selectFrom('rejections')
    .select('debrief_completed_at')
    .where('owner_id', '=', ownerId)
    .where('debrief_completed_at', '>=', fromInstant)
    .where('debrief_completed_at', '<', toInstant)
    .execute();
  return rows.flatMap((r) => (r.debrief_completed_at ? [r.debrief_completed_at] : []));
}

/* ---------- milestone facts ---------- */

/**
 * The events of the given stages, oldest first, with their company and résumé version, booked ones
 * ahead included (the detection leaves them out until their day, and keeps its answer until then).
 */
export async function milestoneEvents(db: Kysely<DB>, ownerId: string, stages: readonly string[]) {
  if (stages.length === 0) return [];
  return db
    .selectFrom('stage_events as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['e.application_id', 'e.stage', 'e.occurred_on', 'c.name as company', 'a.resume_version'])
    .where('e.owner_id', '=', ownerId)
    .where('e.stage', 'in', stages as string[])
    .orderBy('e.occurred_on')
    .orderBy('e.created_at')
    .execute();
}

/** The owner's win mark: it moves whenever the facts milestoneEvents and replyFacts read change (0 before the first change). */
export async function winMarkVersion(db: Kysely<DB>, ownerId: string): Promise<number> {
  const r = await db.selectFrom('win_marks').select('version').where('owner_id', '=', ownerId).executeTakeFirst();
  return r ? Number(r.version) : 0;
}

export async function replyFacts(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('application_state as s')
    .innerJoin('applications as a', 'a.id', 's.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['s.application_id', 's.applied_on', 's.first_reply_on', 'c.name as company'])
    .where('s.owner_id', '=', ownerId)
    .where('s.applied_on', 'is not', null)
    .where('s.first_reply_on', 'is not', null)
    .execute();
}

export async function feedbackReceived(db: Kysely<DB>, ownerId: string, range: { from?: string; to?: string } = {}) {
  let q = db
    .selectFrom('feedback_requests as f')
    .innerJoin('applications as a', 'a.id', 'f.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['f.application_id', 'f.received_on', 'f.feedback_text', 'c.name as company'])
    .where('f.owner_id', '=', ownerId)
    .where('f.status', '=', 'received')
    .where('f.received_on', 'is not', null);
  if (range.from) q = q.where('f.received_on', '>=', range.from);
  if (range.to) q = q.where('f.received_on', '<=', range.to);
  return q.orderBy('f.received_on').execute();
}

/* ---------- wins ---------- */

/** Every win of the owner, newest day first, then newest recorded. */
export async function listWinRows(db: Kysely<DB>, ownerId: string): Promise<WinRow[]> {
  return winsInOrder(db, ownerId).selectAll().execute();
}

/**
 * What orders the wins, for each of them in the order of listWinRows: the same statement but for the
 * columns it returns (ties of day and moment come out in the same order), so that a page showing the
 * newest few reads the whole rows of those only (winRowsByIds).
 */
export async function winOrderRows(db: Kysely<DB>, ownerId: string): Promise<Pick<WinRow, 'id' | 'key' | 'source' | 'occurred_on'>[]> {
  return winsInOrder(db, ownerId).select(['id', 'key', 'source', 'occurred_on']).execute();
}

/** The statement of listWinRows and winOrderRows, without its columns. */
export function winsInOrder(db: Kysely<DB>, ownerId: string) {
  return db.selectFrom('wins').where('owner_id', '=', ownerId).orderBy('occurred_on', 'desc').orderBy('created_at', 'desc');
}

/** The given wins of the owner, in no particular order. */
export async function winRowsByIds(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<WinRow[]> {
  const out: WinRow[] = [];
  for (const chunk of inChunks(ids)) out.push(...(await db.selectFrom('wins').selectAll().where('owner_id', '=', ownerId).where('id', 'in', chunk).execute()));
  return out;
}

/**
 * Rows written or read by id per statement: far below the bound parameters SQLite (32,766) and
 * PostgreSQL (65,535) accept in one statement, which a long search's first visit passes (about
 * 10,000 milestones of 12 columns at 50,000 applications).
 */
const WIN_ROWS_PER_STATEMENT = 500;

function inChunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += WIN_ROWS_PER_STATEMENT) out.push(items.slice(i, i + WIN_ROWS_PER_STATEMENT));
  return out;
}

/** Records each win whose key is new; a key already there is left as it is. All of them or none. */
export async function insertNewWins(db: Kysely<DB>, rows: Insertable<WinsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  const write = async (trx: Kysely<DB>): Promise<void> => {
    for (const chunk of inChunks(rows)) {
      await trx.insertInto('wins').values(chunk).onConflict((oc) => oc.columns(['owner_id', 'key']).doNothing()).execute();
    }
  };
  if (rows.length <= WIN_ROWS_PER_STATEMENT || db.isTransaction) return write(db);
  await transact(db, write);
}

export async function deleteManualWin(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('wins').where('owner_id', '=', ownerId).where('id', '=', id).where('source', '=', 'manual').executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function markWinsCelebrated(db: Kysely<DB>, ownerId: string, ids: readonly string[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('wins').set({ celebrated_at: at }).where('owner_id', '=', ownerId).where('id', 'in', [...ids]).where('celebrated_at', 'is', null).execute();
}

/* ---------- home and review ---------- */

export async function lastRejection(db: Kysely<DB>, ownerId: string): Promise<{ day: string; company: string } | null> {
  const r = await db
    .selectFrom('rejections as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['r.rejected_on', 'c.name'])
    .where('r.owner_id', '=', ownerId)
    .orderBy('r.rejected_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? { day: r.rejected_on, company: r.name } : null;
}

export async function lastApplicationDay(db: Kysely<DB>, ownerId: string, upTo: string): Promise<string | null> {
  const r = await db
    .selectFrom('stage_events')
    .select((eb) => eb.fn.max('occurred_on').as('day'))
    .where('owner_id', '=', ownerId)
    .where('stage', '=', 'applied')
    .where('occurred_on', '<=', upTo)
    .executeTakeFirst();
  return r?.day ?? null;
}

export async function countApplications(db: Kysely<DB>, ownerId: string): Promise<number> {
  const r = await db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).where('owner_id', '=', ownerId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Steps booked in [from, to] (interviews, screens… dated ahead), with their application. */
export async function bookedSteps(db: Kysely<DB>, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('stage_events as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['e.application_id', 'e.stage', 'e.occurred_on', 'e.interview_type', 'c.name as company', 'a.title'])
    .where('e.owner_id', '=', ownerId)
    .where('e.stage', 'in', ['screen', 'assessment', 'interview', 'final'])
    .where('e.occurred_on', '>=', from)
    .where('e.occurred_on', '<=', to)
    .orderBy('e.occurred_on')
    .execute();
}

/** Feedback requests still waiting, sent in [from, to]. */
export async function waitingRequests(db: Kysely<DB>, ownerId: string, from: string, to: string) {
  return db
    .selectFrom('feedback_requests as f')
    .innerJoin('applications as a', 'a.id', 'f.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['f.application_id', 'f.requested_on', 'c.name as company'])
    .where('f.owner_id', '=', ownerId)
    .where('f.status', '=', 'requested')
    .where('f.requested_on', '>=', from)
    .where('f.requested_on', '<=', to)
    .execute();
}

export async function rejectionsBetween(db: Kysely<DB>, ownerId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('rejections as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['r.id', 'r.application_id', 'r.rejected_on', 'r.lessons_note', 'c.name as company', 'a.title'])
    .where('r.owner_id', '=', ownerId)
    .where('r.rejected_on', '>=', from)
    .where('r.rejected_on', '<=', to)
    .orderBy('r.rejected_on')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const appIds = rows.map((r) => r.application_id);
  const [reasons, lessons] = await Promise.all([
    db.selectFrom('rejection_reasons').select(['rejection_id', 'reason']).where('owner_id', '=', ownerId).where('rejection_id', 'in', ids).execute(),
    db
      .selectFrom('lessons as l')
      .innerJoin('themes as t', 't.id', 'l.theme_id')
      .select(['l.application_id', 't.label'])
      .where('l.owner_id', '=', ownerId)
      .where('l.application_id', 'in', appIds)
      .orderBy('t.label')
      .execute(),
  ]);
  return rows.map((r) => ({
    ...r,
    reasons: reasons.filter((x) => x.rejection_id === r.id).map((x) => x.reason),
    lessons: lessons.filter((x) => x.application_id === r.application_id).map((x) => x.label),
  }));
}

/** Every stage event up to a day, for the week-on-week comparison of steps. */
export async function stageHistory(db: Kysely<DB>, ownerId: string, upTo: string) {
  return db
    .selectFrom('stage_events')
    .select(['application_id', 'stage', 'occurred_on'])
    .where('owner_id', '=', ownerId)
    .where('occurred_on', '<=', upTo)
    .execute();
}
