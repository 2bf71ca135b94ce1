import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CheckInsTable, DB } from '../schema.js';
import { STAGES } from '../../domain/applications/stages.js';

export type CheckInRow = Selectable<CheckInsTable> & { company: string | null; title: string | null };

export async function insertCheckIn(db: Kysely<DB>, row: Insertable<CheckInsTable>): Promise<void> {
  await db.insertInto('check_ins').values(row).execute();
}

export async function updateCheckIn(
  db: Kysely<DB>,
  ownerId: string,
  id: string,
  patch: { checked_on: string; mood: number; feelings: string; note: string | null },
): Promise<void> {
  await db.updateTable('check_ins').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

export async function deleteCheckIn(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('check_ins').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

function baseQuery(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('check_ins as k')
    .leftJoin('applications as a', 'a.id', 'k.application_id')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .selectAll('k')
    .select(['c.name as company', 'a.title as title'])
    .where('k.owner_id', '=', ownerId);
}

/** The newest check-in linked to a rejection. */
export async function checkInForRejection(db: Kysely<DB>, ownerId: string, rejectionId: string): Promise<CheckInRow | undefined> {
  return baseQuery(db, ownerId)
    .where('k.rejection_id', '=', rejectionId)
    .orderBy('k.checked_on', 'desc')
    .orderBy('k.created_at', 'desc')
    .executeTakeFirst();
}

export async function findCheckIn(db: Kysely<DB>, ownerId: string, id: string): Promise<CheckInRow | undefined> {
  return baseQuery(db, ownerId).where('k.id', '=', id).executeTakeFirst();
}

/** Check-ins between two days (inclusive), newest first. */
export async function listCheckIns(
  db: Kysely<DB>,
  ownerId: string,
  range: { from?: string; to?: string },
  limit = 1000,
): Promise<CheckInRow[]> {
  let q = baseQuery(db, ownerId);
  if (range.from) q = q.where('k.checked_on', '>=', range.from);
  if (range.to) q = q.where('k.checked_on', '<=', range.to);
  return q.orderBy('k.checked_on', 'desc').orderBy('k.created_at', 'desc').limit(limit).execute();
}

/** The stages of what the seeker does: every stage but an employer's ending (a rejection, a silence). */
const OWN_STAGES = STAGES.filter((s) => s !== 'rejected' && s !== 'ghosted');

/**
 * The newest day the seeker did something in the search (a stage event other than an employer's ending).
 * The newest of each stage's newest day: one seek to the end of each stage's (owner_id, stage,
 * occurred_on) range of the index, not a read of every event of the owner.
 */
export async function lastActivityDay(db: Kysely<DB>, ownerId: string): Promise<string | null> {
  const [first, ...others] = OWN_STAGES.map((stage) =>
    db.selectFrom('stage_events').select((eb) => eb.fn.max('occurred_on').as('day')).where('owner_id', '=', ownerId).where('stage', '=', stage),
  );
  const newest = others.reduce((q, next) => q.unionAll(next), first!);
  const r = await db.selectFrom(newest.as('s')).select((eb) => eb.fn.max('s.day').as('day')).executeTakeFirst();
  return r?.day ?? null;
}
