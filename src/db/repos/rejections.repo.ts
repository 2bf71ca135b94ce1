import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, RejectionReasonsTable, RejectionsTable } from '../schema.js';

export type RejectionRow = Selectable<RejectionsTable>;
export type RejectionReasonRow = Selectable<RejectionReasonsTable>;
export type RejectionPatch = Omit<Updateable<RejectionsTable>, 'id' | 'owner_id' | 'application_id' | 'created_at'>;

export async function findRejection(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<RejectionRow | undefined> {
  return db
    .selectFrom('rejections')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
}

export async function insertRejection(db: Kysely<DB>, row: Insertable<RejectionsTable>): Promise<void> {
  await db.insertInto('rejections').values(row).execute();
}

/** Many rejection records at once (an import), in chunks the databases accept. */
export async function insertRejections(db: Kysely<DB>, rows: Insertable<RejectionsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('rejections').values(rows.slice(i, i + 200)).execute();
}

export async function updateRejection(db: Kysely<DB>, ownerId: string, id: string, patch: RejectionPatch): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('rejections').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

export async function reasonsFor(db: Kysely<DB>, ownerId: string, rejectionId: string): Promise<RejectionReasonRow[]> {
  return db
    .selectFrom('rejection_reasons')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('rejection_id', '=', rejectionId)
    .orderBy('reason')
    .execute();
}

export async function replaceReasons(
  db: Kysely<DB>,
  ownerId: string,
  rejectionId: string,
  reasons: readonly { reason: string; control: string }[],
): Promise<void> {
  await db.deleteFrom('rejection_reasons').where('owner_id', '=', ownerId).where('rejection_id', '=', rejectionId).execute();
  if (reasons.length === 0) return;
  await db
    .insertInto('rejection_reasons')
    .values(reasons.map((r) => ({ owner_id: ownerId, rejection_id: rejectionId, reason: r.reason, control: r.control })))
    .execute();
}

/** What the debrief list needs per rejection, counted in the database. */
export interface DebriefStateRow {
  application_id: string;
  rejection_id: string;
  company: string;
  title: string;
  rejected_on: string;
  channel: string;
  has_message: number;
  skipped_steps: string;
  lessons_note: string | null;
  lessons_saved_at: string | null;
  debrief_completed_at: string | null;
  feedback_status: string | null;
  requested_on: string | null;
  check_ins: number;
  reasons: number;
  answers: number;
  lessons: number;
  outside: number;
}

/**
 * Rejections whose debrief is not finished, plus those with a feedback
 * request older than `remindBefore` (requested on or before that day).
 */
export async function debriefStates(db: Kysely<DB>, ownerId: string, remindBefore: string, limit = 200): Promise<DebriefStateRow[]> {
  const rows = await db
    .selectFrom('rejections as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('feedback_requests as f', 'f.application_id', 'r.application_id')
    .where('r.owner_id', '=', ownerId)
    .where((eb) =>
      eb.or([
        eb('r.debrief_completed_at', 'is', null),
        eb.and([eb('f.status', '=', 'requested'), eb('f.requested_on', '<=', remindBefore)]),
      ]),
    )
    .select((eb) => [
      'r.application_id',
      'r.id as rejection_id',
      'c.name as company',
      'a.title',
      'r.rejected_on',
      'r.channel',
      eb.case().when('r.message', 'is not', null).then(1).else(0).end().as('has_message'),
      'r.skipped_steps',
      'r.lessons_note',
      'r.lessons_saved_at',
      'r.debrief_completed_at',
      'f.status as feedback_status',
      'f.requested_on',
      eb.selectFrom('check_ins as k').select(eb.fn.countAll().as('n')).whereRef('k.rejection_id', '=', 'r.id').as('check_ins'),
      eb.selectFrom('rejection_reasons as rr').select(eb.fn.countAll().as('n')).whereRef('rr.rejection_id', '=', 'r.id').as('reasons'),
      eb.selectFrom('reflection_answers as ra').select(eb.fn.countAll().as('n')).whereRef('ra.application_id', '=', 'r.application_id').as('answers'),
      eb.selectFrom('lessons as l').select(eb.fn.countAll().as('n')).whereRef('l.application_id', '=', 'r.application_id').as('lessons'),
      eb.selectFrom('outside_control_items as o').select(eb.fn.countAll().as('n')).whereRef('o.application_id', '=', 'r.application_id').as('outside'),
    ])
    .orderBy('r.rejected_on', 'desc')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    has_message: Number(r.has_message),
    check_ins: Number(r.check_ins ?? 0),
    reasons: Number(r.reasons ?? 0),
    answers: Number(r.answers ?? 0),
    lessons: Number(r.lessons ?? 0),
    outside: Number(r.outside ?? 0),
  }));
}

/** Removes a rejection record (its reasons and feedback request go with it). */
export async function deleteRejection(db: Kysely<DB>, ownerId: string, id: string): Promise<void> {
  await db.deleteFrom('rejections').where('owner_id', '=', ownerId).where('id', '=', id).execute();
}
