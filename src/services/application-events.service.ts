import type { Application, MoveResult, Note, StageEvent, StageEventCreate } from '../contracts/applications.js';
import { findApplication, touchApplication } from '../db/repos/applications.repo.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import {
  decodeCancelled,
  deleteEvent,
  appendNumberedEvent,
  deleteEvents,
  encodeCancelled,
  eventsFor,
  lockHistory,
  restoreEvents,
  setEventDay,
  setEventRounds,
  type StageEventRow,
} from '../db/repos/events.repo.js';
import { refreshApplicationState } from '../db/repos/derived-state.js';
import { deleteRejection, findRejection } from '../db/repos/rejections.repo.js';
import { deleteNote as deleteNoteRow, insertNote, notesFor } from '../db/repos/notes.repo.js';
import { cancelsBookedSteps, checkEventDay, checkMove, deriveStatus, lastRecorded, upcomingEvents } from '../domain/applications/status.js';
import { roundForNewInterview, roundsAfterRemoval } from '../domain/applications/rounds.js';
import { newId } from '../domain/ids.js';
import { readWrittenApplication, rulesFrom } from './applications.service.js';
import { toNote, toStageEvent } from './application-mapper.js';
import type { ServiceContext } from './context.js';
import { invalid, notFound, ServiceError } from './errors.js';
import { checkEventDate } from './event-rules.js';
import { ensureRejectionRecord } from './rejection-record.js';
import { getSettings, today } from './settings.service.js';
import { transact } from '../db/transact.js';

export type { MoveResult };

/** What appending a stage event wrote: the event (null for a no-op) and any booked steps it cancelled. */
export interface Appended {
  row: StageEventRow | null;
  cancelled: StageEventRow[];
}

/**
 * Appends a stage event inside the caller's transaction: the only way an
 * application changes stage. The rules (ADR 0004):
 * - an ended application cannot move on (checkMove);
 * - a new event may not be dated before the latest step that has happened
 *   (checkEventDay): history is appended in order, never silently reordered;
 * - a step may be booked ahead (screen, assessment, interview, final): it
 *   counts for the status from its day on;
 * - an ending (or accepting an offer) cancels the steps still booked ahead;
 *   the ending keeps them (cancelled_bookings), so undoing it puts them back.
 * A repeated move to the stage the application stands at writes nothing.
 */
export async function recordStageEvent(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  id: string,
  input: StageEventCreate,
  day: string,
): Promise<Appended> {
  const occurredOn = input.occurredOn ?? day;
  checkEventDate(input.stage, occurredOn, day, 'occurredOn');
  const now = ctx.now().toISOString();
  // Two moves of one application are written one after the other.
  if (!(await lockHistory(trx, ctx.ownerId, id))) throw notFound('application', id);
  const events = await eventsFor(trx, ctx.ownerId, id);
  const history = events.map((e) => toStageEvent(e, day));
  const state = deriveStatus(history, day);
  const booked = occurredOn > day;
  const check = checkMove(state?.status ?? null, input.stage, booked);
  if (!check.ok) throw new ServiceError('conflict', check.message);
  if (check.noop) return { row: null, cancelled: [] };
  const order = checkEventDay(history, occurredOn, day);
  if (!order.ok) throw invalid('occurredOn', order.message);
  const cancelledIds = new Set(cancelsBookedSteps(input.stage) ? upcomingEvents(history, day).map((e) => e.id) : []);
  const cancelled = events.filter((e) => cancelledIds.has(e.id));
  await deleteEvents(trx, ctx.ownerId, [...cancelledIds]);
  // An interview's round follows the days: one booked before later interviews moves them up.
  const interviews = events.filter((e) => e.stage === 'interview' && !cancelledIds.has(e.id)).map((e) => ({ id: e.id, day: e.occurred_on, round: e.round }));
  const numbered = input.stage === 'interview' && input.round == null ? roundForNewInterview(interviews, occurredOn) : null;
  if (numbered) await setEventRounds(trx, ctx.ownerId, numbered.renumbered);
  const row = {
    id: newId(),
    owner_id: ctx.ownerId,
    application_id: id,
    stage: input.stage,
    occurred_on: occurredOn,
    round: numbered ? numbered.round : (input.round ?? null),
    interview_type: input.interviewType ?? null,
    note: input.note ?? null,
    created_at: now,
    cancelled_bookings: encodeCancelled(cancelled),
  };
  // Numbered after the history read under the lock (as insertEvent would number it, one read fewer).
  const seq = events.filter((e) => !cancelledIds.has(e.id)).reduce((max, e) => Math.max(max, Number(e.seq)), 0) + 1;
  const written = await appendNumberedEvent(trx, row, seq);
  await refreshApplicationState(trx, ctx.ownerId, day, [id]);
  await touchApplication(trx, ctx.ownerId, id, now);
  return { row: written, cancelled };
}

/**
 * Moves the rejection of an already rejected application to another day,
 * inside the caller's transaction, with the rule every new step follows: it
 * may not be dated before the latest other step that has happened. The
 * derived state is refreshed with it, so the timeline, the debrief and the
 * insights keep telling one story.
 */
export async function redateRejectedEvent(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  id: string,
  occurredOn: string,
  day: string,
  field = 'date',
): Promise<void> {
  checkEventDate('rejected', occurredOn, day, field);
  if (!(await lockHistory(trx, ctx.ownerId, id))) throw notFound('application', id);
  const events = await eventsFor(trx, ctx.ownerId, id);
  const rejected = events.filter((e) => e.stage === 'rejected').at(-1);
  if (!rejected || rejected.occurred_on === occurredOn) return;
  const others = events.filter((e) => e.id !== rejected.id).map((e) => toStageEvent(e, day));
  const order = checkEventDay(others, occurredOn, day);
  if (!order.ok) throw invalid(field, order.message);
  await setEventDay(trx, ctx.ownerId, rejected.id, occurredOn);
  await refreshApplicationState(trx, ctx.ownerId, day, [id]);
  await touchApplication(trx, ctx.ownerId, id, ctx.now().toISOString());
}

/** recordStageEvent for callers that only need the written row. */
export async function appendStageEvent(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  id: string,
  input: StageEventCreate,
  day: string,
): Promise<StageEventRow | null> {
  return (await recordStageEvent(trx, ctx, id, input, day)).row;
}

/**
 * Moves an application to a stage (or books a step ahead). The checks and the
 * write share one transaction, so a double submit cannot write two endings.
 */
export async function moveApplication(ctx: ServiceContext, id: string, input: StageEventCreate): Promise<MoveResult> {
  // The settings are read once: for the day of the move and for the application it answers.
  const rules = rulesFrom(await getSettings(ctx), ctx.now());
  const day = rules.today;
  const { row, cancelled } = await transact(ctx.db, async (trx) => {
    const appended = await recordStageEvent(trx, ctx, id, input, day);
    // A rejection is ready to debrief whichever way it was recorded.
    if (appended.row?.stage === 'rejected') await ensureRejectionRecord(trx, ctx, id);
    return appended;
  });
  return {
    application: await readWrittenApplication(ctx, id, rules),
    event: row ? toStageEvent(row, day) : null,
    changed: row !== null,
    cancelled: cancelled.map((e) => toStageEvent(e, day)),
  };
}

/**
 * Undoing a rejection also removes its record, unless the seeker has already
 * started debriefing it: their check-in and notes are never thrown away by an undo.
 */
async function forgetUnstartedRejection(trx: Kysely<DB>, ownerId: string, applicationId: string): Promise<void> {
  const rejection = await findRejection(trx, ownerId, applicationId);
  if (!rejection) return;
  if (rejection.debrief_started_at) {
    throw new ServiceError(
      'conflict',
      'This rejection already has a debrief, so it cannot be undone here. If it was recorded by mistake, delete the application or keep it and correct the debrief.',
    );
  }
  await deleteRejection(trx, ownerId, rejection.id);
}

/** Confirms a silent application as ghosted, dated today. */
export async function confirmGhosted(ctx: ServiceContext, id: string): Promise<MoveResult> {
  return moveApplication(ctx, id, { stage: 'ghosted' });
}

/**
 * Takes back the stage event recorded last (the undo of the user's last
 * move), whatever day it is dated. Only that one may go, and never the
 * first: history stays a true record. Undoing an ending puts back the steps
 * booked ahead that it cancelled, as they were.
 */
export async function undoEvent(ctx: ServiceContext, id: string, eventId: string): Promise<Application> {
  const rules = rulesFrom(await getSettings(ctx), ctx.now());
  const day = rules.today;
  await transact(ctx.db, async (trx) => {
    if (!(await lockHistory(trx, ctx.ownerId, id))) throw notFound('application', id);
    const rows = await eventsFor(trx, ctx.ownerId, id);
    const events = rows.map((e) => toStageEvent(e, day));
    if (events.length === 0) throw notFound('application', id);
    if (!events.some((e) => e.id === eventId)) throw notFound('stage event', eventId);
    const last = lastRecorded(events);
    if (last?.id !== eventId) throw new ServiceError('conflict', 'Only the stage change recorded last can be undone.');
    if (events.length === 1) throw new ServiceError('conflict', 'The first stage of an application cannot be removed; delete the application instead.');
    if (last.stage === 'rejected') await forgetUnstartedRejection(trx, ctx.ownerId, id);
    await deleteEvent(trx, ctx.ownerId, eventId);
    const undone = rows.find((e) => e.id === eventId);
    if (undone?.stage === 'interview') {
      const interviews = rows.filter((e) => e.stage === 'interview').map((e) => ({ id: e.id, day: e.occurred_on, round: e.round }));
      await setEventRounds(trx, ctx.ownerId, roundsAfterRemoval(interviews, { id: undone.id, day: undone.occurred_on, round: undone.round }));
    }
    await restoreEvents(trx, decodeCancelled(rows.find((e) => e.id === eventId)?.cancelled_bookings ?? null));
    await refreshApplicationState(trx, ctx.ownerId, day, [id]);
    await touchApplication(trx, ctx.ownerId, id, ctx.now().toISOString());
  });
  return readWrittenApplication(ctx, id, rules);
}

/** Takes back the stage event recorded last, found by the service (the CLI's `undo`). */
export async function undoLastEvent(ctx: ServiceContext, id: string): Promise<{ application: Application; undone: StageEvent }> {
  const day = await today(ctx);
  const last = lastRecorded((await eventsFor(ctx.db, ctx.ownerId, id)).map((e) => toStageEvent(e, day)));
  if (!last) throw notFound('application', id);
  return { application: await undoEvent(ctx, id, last.id), undone: last };
}

export async function addNote(ctx: ServiceContext, id: string, body: string): Promise<Note> {
  const now = ctx.now().toISOString();
  const row = { id: newId(), owner_id: ctx.ownerId, application_id: id, body, created_at: now };
  await transact(ctx.db, async (trx) => {
    if (!(await findApplication(trx, ctx.ownerId, id))) throw notFound('application', id);
    await insertNote(trx, row);
    await touchApplication(trx, ctx.ownerId, id, now);
  });
  return toNote(row);
}

export async function listNotes(ctx: ServiceContext, id: string): Promise<Note[]> {
  return (await notesFor(ctx.db, ctx.ownerId, id)).map(toNote);
}

export async function deleteNote(ctx: ServiceContext, noteId: string): Promise<void> {
  if (!(await deleteNoteRow(ctx.db, ctx.ownerId, noteId))) throw notFound('note', noteId);
}
