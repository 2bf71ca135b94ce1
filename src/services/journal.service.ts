/**
 * Check-ins: step 1 of the debrief (one per rejection, edited in place) and
 * the journal (every check-in over time, plus free entries).
 */
import { zCheckInInput, type CheckInInput, type CheckInResult, type Journal } from '../contracts/debrief.js';
import {
  checkInForRejection,
  deleteCheckIn,
  findCheckIn,
  insertCheckIn,
  lastActivityDay,
  listCheckIns,
  updateCheckIn,
} from '../db/repos/check-ins.repo.js';
import { checkInSupport, lowMoodNudge, NUDGE_LOOKBACK_DAYS, type Mood } from '../domain/debrief/index.js';
import { newId } from '../domain/ids.js';
import { addDays } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { finishStep, rejectionContext } from './debrief.service.js';
import { toCheckIn } from './debrief-mapper.js';
import { checkDay } from './day-rules.js';
import { notFound } from './errors.js';
import { today } from './settings.service.js';

function parse(input: CheckInInput) {
  const v = zCheckInInput.parse(input);
  return { ...v, feelings: [...new Set(v.feelings)], mood: v.mood as Mood };
}

async function result(ctx: ServiceContext, id: string): Promise<CheckInResult> {
  const row = await findCheckIn(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('check-in', id);
  const checkIn = toCheckIn(row);
  return { checkIn, support: checkInSupport(checkIn.mood as Mood, checkIn.feelings) };
}

/** Step 1 of the debrief. Saving again edits the same check-in. Never blocks: low moods get suggestions. */
export async function saveDebriefCheckIn(ctx: ServiceContext, applicationId: string, input: CheckInInput): Promise<CheckInResult> {
  const v = parse(input);
  const { rejection } = await rejectionContext(ctx, applicationId);
  const todayIs = await today(ctx);
  if (v.date) checkDay('date', v.date, { today: todayIs });
  const day = v.date ?? todayIs;
  const existing = await checkInForRejection(ctx.db, ctx.ownerId, rejection.id);
  const values = { checked_on: day, mood: v.mood, feelings: JSON.stringify(v.feelings), note: v.note ?? null };
  let id = existing?.id;
  if (id) {
    await updateCheckIn(ctx.db, ctx.ownerId, id, values);
  } else {
    id = newId();
    await insertCheckIn(ctx.db, {
      id,
      owner_id: ctx.ownerId,
      ...values,
      rejection_id: rejection.id,
      application_id: applicationId,
      created_at: ctx.now().toISOString(),
    });
  }
  await finishStep(ctx, applicationId);
  return result(ctx, id);
}

/** A free journal entry, not tied to a rejection. */
export async function addJournalEntry(ctx: ServiceContext, input: CheckInInput): Promise<CheckInResult> {
  const v = parse(input);
  const todayIs = await today(ctx);
  if (v.date) checkDay('date', v.date, { today: todayIs });
  const id = newId();
  await insertCheckIn(ctx.db, {
    id,
    owner_id: ctx.ownerId,
    checked_on: v.date ?? todayIs,
    mood: v.mood,
    feelings: JSON.stringify(v.feelings),
    note: v.note ?? null,
    rejection_id: null,
    application_id: null,
    created_at: ctx.now().toISOString(),
  });
  return result(ctx, id);
}

export async function deleteJournalEntry(ctx: ServiceContext, id: string): Promise<void> {
  if (!(await deleteCheckIn(ctx.db, ctx.ownerId, id))) throw notFound('journal entry', id);
}

/** Every check-in in the range, newest first, and whether a gentle nudge is due. */
export async function getJournal(ctx: ServiceContext, range: { from?: string; to?: string } = {}): Promise<Journal> {
  const day = await today(ctx);
  const [rows, recent, lastActivity] = await Promise.all([
    listCheckIns(ctx.db, ctx.ownerId, range),
    listCheckIns(ctx.db, ctx.ownerId, { from: addDays(day, -NUDGE_LOOKBACK_DAYS * 2), to: day }),
    lastActivityDay(ctx.db, ctx.ownerId),
  ]);
  const entries = rows.map(toCheckIn);
  const nudge = lowMoodNudge(
    recent.map(toCheckIn).map((c) => ({ date: c.date, mood: c.mood as Mood })),
    lastActivity,
    day,
  );
  return { entries, nudge: { due: nudge.due, message: nudge.message, suggestions: nudge.suggestions } };
}
