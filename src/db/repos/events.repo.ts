import { type Insertable, type Kysely, type Selectable } from 'kysely';
import { isPostgres } from '../dialect.js';
import type { DB, StageEventsTable } from '../schema.js';

export type StageEventRow = Selectable<StageEventsTable>;
/** A new event; its recording order (seq) is given here, never by the caller. */
export type NewStageEvent = Omit<Insertable<StageEventsTable>, 'seq'>;

async function lastSeqs(db: Kysely<DB>, applicationIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('stage_events')
    .select(['application_id', (eb) => eb.fn.max('seq').as('seq')])
    .where('application_id', 'in', [...applicationIds])
    .groupBy('application_id')
    .execute();
  return new Map(rows.map((r) => [r.application_id, Number(r.seq)]));
}

/** Appends one event after every event already recorded for its application. */
export async function insertEvent(db: Kysely<DB>, row: NewStageEvent): Promise<void> {
  await insertEvents(db, [row]);
}

/** Appends events in the order given (recording order per application). */
export async function insertEvents(db: Kysely<DB>, rows: NewStageEvent[]): Promise<void> {
  if (rows.length === 0) return;
  const next = await lastSeqs(db, [...new Set(rows.map((r) => r.application_id))]);
  const numbered = rows.map((r) => {
    const seq = (next.get(r.application_id) ?? 0) + 1;
    next.set(r.application_id, seq);
    return { ...r, seq };
  });
  for (let i = 0; i < numbered.length; i += 500) {
    await db.insertInto('stage_events').values(numbered.slice(i, i + 500)).execute();
  }
}

/**
 * Appends one event numbered by the caller: only under the history's lock (lockHistory), with the
 * number that follows the history read under it. Returns the row as stored, with no second read.
 */
export async function appendNumberedEvent(db: Kysely<DB>, row: NewStageEvent, seq: number): Promise<StageEventRow> {
  return db.insertInto('stage_events').values({ ...row, seq }).returningAll().executeTakeFirstOrThrow();
}

/**
 * The application's history in the order it reads: by day, then in the order
 * recorded (the order of domain/applications/status.ts sortEvents).
 */
export async function eventsFor(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<StageEventRow[]> {
  return db
    .selectFrom('stage_events')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', applicationId)
    .orderBy('occurred_on')
    .orderBy('seq')
    .execute();
}

export async function deleteEvent(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('stage_events').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Removes the given events (steps booked ahead that an ending cancelled). */
export async function deleteEvents(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('stage_events').where('owner_id', '=', ownerId).where('id', 'in', [...ids]).execute();
}

/** The steps an ending cancelled, as stored on the ending (stage_events.cancelled_bookings). */
export function encodeCancelled(rows: readonly StageEventRow[]): string | null {
  return rows.length === 0 ? null : JSON.stringify(rows.map((r) => ({ ...r, seq: Number(r.seq), cancelled_bookings: null })));
}

function isCancelledRow(v: unknown): v is StageEventRow {
  if (typeof v !== 'object' || v === null) return false;
  const r: Record<string, unknown> = { ...v };
  const text = (k: string) => typeof r[k] === 'string';
  const maybe = (k: string, t: 'string' | 'number') => r[k] === null || typeof r[k] === t;
  return (
    text('id') && text('owner_id') && text('application_id') && text('stage') && text('occurred_on') && text('created_at') &&
    typeof r.seq === 'number' && maybe('round', 'number') && maybe('interview_type', 'string') && maybe('note', 'string')
  );
}

/** Reads back what encodeCancelled stored; nothing when there is none (or it cannot be read). */
export function decodeCancelled(text: string | null): StageEventRow[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter(isCancelledRow) : [];
}

/**
 * Writes back events exactly as they were, recording order (seq) included:
 * the steps booked ahead that an ending cancelled, when the ending is undone.
 * Their numbers are free again once the ending (recorded after them) is gone.
 */
export async function restoreEvents(db: Kysely<DB>, rows: readonly StageEventRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('stage_events')
    .values(
      rows.map((r) => ({
        id: r.id,
        owner_id: r.owner_id,
        application_id: r.application_id,
        stage: r.stage,
        occurred_on: r.occurred_on,
        round: r.round,
        interview_type: r.interview_type,
        note: r.note,
        created_at: r.created_at,
        seq: Number(r.seq),
        cancelled_bookings: null,
      })),
    )
    .execute();
}

/**
 * Takes the application's row lock for the rest of the transaction without changing it, so two
 * writers of one history are serialised and number their events one after the other. On
 * PostgreSQL a `for no key update` read (the lock an update takes, and no more: rows that refer to
 * the application can still be added by others); on SQLite a plain read, because the transaction
 * already holds the database's write lock (`begin immediate`, src/db/sqlite-dialect.ts). It used to
 * be an update that set nothing new, which fired the triggers that copy the application's sort keys
 * onto its state row, and rewrote that row and its indexes for nothing.
 * False when the application does not exist.
 */
export async function lockHistory(db: Kysely<DB>, ownerId: string, applicationId: string): Promise<boolean> {
  const query = db.selectFrom('applications').select('id').where('owner_id', '=', ownerId).where('id', '=', applicationId);
  const row = await (isPostgres(db) ? query.forNoKeyUpdate() : query).executeTakeFirst();
  return row !== undefined;
}

/**
 * lockHistory for several applications at once (all of the owner's when `applicationIds` is
 * omitted), in the order of their ids, so two writers of several histories never wait for each
 * other in a circle. With `skipLocked`, the histories another transaction is writing are left out
 * instead of waited for. Returns the ids locked. On SQLite no statement: the transaction already
 * holds the database's write lock, so every id given counts as locked.
 */
export async function lockHistories(
  db: Kysely<DB>,
  ownerId: string,
  applicationIds?: readonly string[],
  options: { skipLocked?: boolean } = {},
): Promise<string[]> {
  if (!isPostgres(db)) {
    if (applicationIds) return [...applicationIds];
    return (await db.selectFrom('applications').select('id').where('owner_id', '=', ownerId).execute()).map((r) => r.id);
  }
  if (applicationIds?.length === 0) return [];
  const locked: string[] = [];
  const ids = applicationIds ? [...new Set(applicationIds)].sort() : undefined;
  // Chunks in id order, each locked in id order: together, one order.
  for (let i = 0; i < (ids?.length ?? 1); i += 500) {
    let q = db.selectFrom('applications').select('id').where('owner_id', '=', ownerId).orderBy('id').forNoKeyUpdate();
    if (ids) q = q.where('id', 'in', ids.slice(i, i + 500));
    if (options.skipLocked) q = q.skipLocked();
    locked.push(...(await q.execute()).map((r) => r.id));
  }
  return locked;
}

/** Gives interviews their round numbers (after one is booked before them, or one before them is taken back). */
export async function setEventRounds(db: Kysely<DB>, ownerId: string, rounds: readonly { id: string; round: number }[]): Promise<void> {
  for (const r of rounds) {
    await db.updateTable('stage_events').set({ round: r.round }).where('owner_id', '=', ownerId).where('id', '=', r.id).execute();
  }
}

/** Moves one event to another day (its recording order stays). False when it does not exist. */
export async function setEventDay(db: Kysely<DB>, ownerId: string, id: string, occurredOn: string): Promise<boolean> {
  const r = await db
    .updateTable('stage_events')
    .set({ occurred_on: occurredOn })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
