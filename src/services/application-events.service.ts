import type { Application, Note, StageEvent, StageEventCreate } from '../contracts/applications.js';
import { findApplication, touchApplication } from '../db/repos/applications.repo.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { deleteEvent, eventsFor, insertEvent, type StageEventRow } from '../db/repos/events.repo.js';
import { refreshApplicationState } from '../db/repos/derived-state.js';
import { deleteRejection, findRejection } from '../db/repos/rejections.repo.js';
import { deleteNote as deleteNoteRow, insertNote, notesFor } from '../db/repos/notes.repo.js';
import { checkMove, deriveStatus } from '../domain/applications/status.js';
import { newId } from '../domain/ids.js';
import { getApplicationSummary } from './applications.service.js';
import { toNote, toStageEvent } from './application-mapper.js';
import type { ServiceContext } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { checkEventDate } from './event-rules.js';
import { today } from './settings.service.js';

export interface MoveResult {
  application: Application;
  event: StageEvent | null;
  /** False when the application already stood at that stage (nothing was written). */
  changed: boolean;
}

/**
 * Appends a stage event inside the caller's transaction: the only way an
 * application changes stage. Returns the written row, or null when the
 * application already stood at that stage (a double submit writes nothing).
 */
export async function appendStageEvent(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  id: string,
  input: StageEventCreate,
  day: string,
): Promise<StageEventRow | null> {
  const occurredOn = input.occurredOn ?? day;
  checkEventDate(input.stage, occurredOn, day, 'occurredOn');
  if (!(await findApplication(trx, ctx.ownerId, id))) throw notFound('application', id);
  const events = await eventsFor(trx, ctx.ownerId, id);
  const state = deriveStatus(events.map(toStageEvent));
  const check = checkMove(state?.status ?? null, input.stage);
  if (!check.ok) throw new ServiceError('conflict', check.message);
  if (check.noop) return null;
  const now = ctx.now().toISOString();
  const previousRounds = events.filter((e) => e.stage === 'interview').length;
  const row: StageEventRow = {
    id: newId(),
    owner_id: ctx.ownerId,
    application_id: id,
    stage: input.stage,
    occurred_on: occurredOn,
    round: input.stage === 'interview' ? (input.round ?? previousRounds + 1) : (input.round ?? null),
    interview_type: input.interviewType ?? null,
    note: input.note ?? null,
    created_at: now,
  };
  await insertEvent(trx, row);
  await refreshApplicationState(trx, ctx.ownerId, [id]);
  await touchApplication(trx, ctx.ownerId, id, now);
  return row;
}

/**
 * Moves an application to a stage. The check and the write share one
 * transaction, so a double submit cannot write two endings.
 */
export async function moveApplication(ctx: ServiceContext, id: string, input: StageEventCreate): Promise<MoveResult> {
  const day = await today(ctx);
  const written = await ctx.db.transaction().execute((trx) => appendStageEvent(trx, ctx, id, input, day));
  return {
    application: await getApplicationSummary(ctx, id),
    event: written ? toStageEvent(written) : null,
    changed: written !== null,
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
 * Takes back the newest stage event (the undo of a move). Only the newest
 * may go, and never the first: history stays a true record.
 */
export async function undoEvent(ctx: ServiceContext, id: string, eventId: string): Promise<Application> {
  await ctx.db.transaction().execute(async (trx) => {
    const events = (await eventsFor(trx, ctx.ownerId, id)).map(toStageEvent); // oldest first
    if (events.length === 0) throw notFound('application', id);
    const last = events.at(-1);
    if (!events.some((e) => e.id === eventId)) throw notFound('stage event', eventId);
    if (last?.id !== eventId) throw new ServiceError('conflict', 'Only the most recent stage change can be undone.');
    if (events.length === 1) throw new ServiceError('conflict', 'The first stage of an application cannot be removed; delete the application instead.');
    if (last.stage === 'rejected') await forgetUnstartedRejection(trx, ctx.ownerId, id);
    await deleteEvent(trx, ctx.ownerId, eventId);
    await refreshApplicationState(trx, ctx.ownerId, [id]);
    await touchApplication(trx, ctx.ownerId, id, ctx.now().toISOString());
  });
  return getApplicationSummary(ctx, id);
}

export async function addNote(ctx: ServiceContext, id: string, body: string): Promise<Note> {
  const now = ctx.now().toISOString();
  const row = { id: newId(), owner_id: ctx.ownerId, application_id: id, body, created_at: now };
  await ctx.db.transaction().execute(async (trx) => {
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
