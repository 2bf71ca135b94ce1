import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { eventsFor } from '../db/repos/events.repo.js';
import type { Insertable } from 'kysely';
import type { RejectionsTable } from '../db/schema.js';
import { findRejection, insertRejection, type RejectionRow } from '../db/repos/rejections.repo.js';
import { newId } from '../domain/ids.js';
import type { ServiceContext } from './context.js';

/**
 * Makes sure a rejected application has its rejection record, dated on the
 * day of its `rejected` step, with nothing else known yet (the debrief fills it
 * in). A move to Rejected from any path (the board, the API, the terminal)
 * leads to a debrief that can start. Undefined when it is not rejected.
 */
export async function ensureRejectionRecord(trx: Kysely<DB>, ctx: ServiceContext, applicationId: string): Promise<RejectionRow | undefined> {
  const existing = await findRejection(trx, ctx.ownerId, applicationId);
  if (existing) return existing;
  const rejected = (await eventsFor(trx, ctx.ownerId, applicationId)).filter((e) => e.stage === 'rejected').at(-1);
  if (!rejected) return undefined;
  await insertRejection(trx, blankRejection(ctx.ownerId, applicationId, rejected.occurred_on, ctx.now().toISOString()));
  return findRejection(trx, ctx.ownerId, applicationId);
}

/** A rejection record with only its day known: the debrief fills in the rest. */
export function blankRejection(ownerId: string, applicationId: string, rejectedOn: string, now: string): Insertable<RejectionsTable> {
  return {
    id: newId(),
    owner_id: ownerId,
    application_id: applicationId,
    rejected_on: rejectedOn,
    channel: 'email',
    stage_reached: null,
    message: null,
    reader_labels: null,
    corrections: null,
    note: null,
    lessons_note: null,
    lessons_saved_at: null,
    skipped_steps: '[]',
    debrief_started_at: null,
    debrief_completed_at: null,
    created_at: now,
    updated_at: now,
  };
}
