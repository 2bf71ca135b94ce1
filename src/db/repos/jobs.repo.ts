import type { Kysely, Selectable } from 'kysely';
import type { BackgroundJobsTable, DB } from '../schema.js';
import { transact } from '../transact.js';

export type JobRow = Selectable<BackgroundJobsTable>;

const jobColumns = ['id', 'owner_id', 'kind', 'state', 'params', 'progress', 'result', 'error', 'upload_bytes', 'created_at', 'started_at', 'finished_at', 'updated_at'] as const;

export async function insertJob(db: Kysely<DB>, row: { id: string; owner_id: string; kind: string; params: string; created_at: string }): Promise<void> {
  await db.insertInto('background_jobs').values({ ...row, state: 'queued', updated_at: row.created_at }).execute();
}

export async function findJob(db: Kysely<DB>, ownerId: string, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('background_jobs').select(jobColumns).where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
}

/** The worker reads a job by its id alone: the queue carries no owner, the row says whose it is. */
export async function findJobForWorker(db: Kysely<DB>, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('background_jobs').select(jobColumns).where('id', '=', id).executeTakeFirst();
}

export async function listJobs(db: Kysely<DB>, ownerId: string, kind: string | undefined, limit: number): Promise<JobRow[]> {
  let q = db.selectFrom('background_jobs').select(jobColumns).where('owner_id', '=', ownerId);
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function markJobRunning(db: Kysely<DB>, ownerId: string, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('background_jobs')
    .set({ state: 'running', started_at: now, updated_at: now, error: null })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setJobProgress(db: Kysely<DB>, ownerId: string, id: string, progress: string, now: string): Promise<void> {
  await db.updateTable('background_jobs').set({ progress, updated_at: now }).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

export async function finishJob(
  db: Kysely<DB>,
  ownerId: string,
  id: string,
  outcome: { state: 'done'; result: string } | { state: 'failed'; error: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('background_jobs')
    .set(outcome.state === 'done' ? { state: 'done', result: outcome.result, error: null, finished_at: now, updated_at: now } : { state: 'failed', error: outcome.error, finished_at: now, updated_at: now })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .execute();
}

export async function addUploadChunk(db: Kysely<DB>, ownerId: string, jobId: string, seq: number, chunk: Uint8Array): Promise<void> {
  await db.insertInto('job_uploads').values({ job_id: jobId, owner_id: ownerId, seq, chunk }).execute();
}

export async function setUploadBytes(db: Kysely<DB>, ownerId: string, jobId: string, bytes: number): Promise<void> {
  await db.updateTable('background_jobs').set({ upload_bytes: bytes }).where('owner_id', '=', ownerId).where('id', '=', jobId).execute();
}

/** One chunk of the upload, by its place; undefined past the end. Read one at a time so a large file is never held whole. */
export async function uploadChunk(db: Kysely<DB>, ownerId: string, jobId: string, seq: number): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('job_uploads').select('chunk').where('owner_id', '=', ownerId).where('job_id', '=', jobId).where('seq', '=', seq).executeTakeFirst();
  return row?.chunk;
}

export async function deleteUpload(db: Kysely<DB>, ownerId: string, jobId: string): Promise<void> {
  await db.deleteFrom('job_uploads').where('owner_id', '=', ownerId).where('job_id', '=', jobId).execute();
}

export async function deleteJob(db: Kysely<DB>, ownerId: string, jobId: string): Promise<void> {
  await db.deleteFrom('background_jobs').where('owner_id', '=', ownerId).where('id', '=', jobId).execute();
}

/**
 * Jobs whose worker went away (killed, the machine lost) stop sending their heartbeat:
 * they are marked failed with `message`, and their uploads removed. Returns how many.
 */
export async function failStaleJobs(db: Kysely<DB>, heartbeatBefore: string, message: string, now: string): Promise<number> {
  return transact(db, async (trx) => {
    const stale = await trx.selectFrom('background_jobs').select(['id', 'owner_id']).where('state', '=', 'running').where('updated_at', '<', heartbeatBefore).execute();
    for (const job of stale) {
      await trx.updateTable('background_jobs').set({ state: 'failed', error: message, finished_at: now, updated_at: now }).where('owner_id', '=', job.owner_id).where('id', '=', job.id).execute();
      await trx.deleteFrom('job_uploads').where('owner_id', '=', job.owner_id).where('job_id', '=', job.id).execute();
    }
    return stale.length;
  });
}

// ---- reminder mail ------------------------------------------------------------------------------

/** Owners who turned reminder mail on, with the address to write to. */
export async function ownersWithReminders(db: Kysely<DB>): Promise<{ id: string; email: string; name: string }[]> {
  return db
    .selectFrom('settings')
    .innerJoin('auth_user', 'auth_user.id', 'settings.owner_id')
    .select(['auth_user.id as id', 'auth_user.email as email', 'auth_user.name as name'])
    .where('settings.key', '=', 'reminderMail')
    .where('settings.value', '=', 'true')
    .where((eb) => eb.or([eb('auth_user.banned', 'is', null), eb('auth_user.banned', '=', false)]))
    .execute();
}

/**
 * Claims the items for today: a row per item and day, inserted once. Returns the keys this
 * call claimed, so two workers running at once never mail the same item twice.
 */
export async function claimReminders(db: Kysely<DB>, ownerId: string, keys: readonly string[], day: string, now: string): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .insertInto('reminders_sent')
    .values(keys.map((item_key) => ({ owner_id: ownerId, item_key, day, sent_at: now })))
    .onConflict((oc) => oc.columns(['owner_id', 'item_key', 'day']).doNothing())
    .returning('item_key')
    .execute();
  return new Set(rows.map((r) => r.item_key));
}

export async function releaseReminders(db: Kysely<DB>, ownerId: string, keys: readonly string[], day: string): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('reminders_sent').where('owner_id', '=', ownerId).where('day', '=', day).where('item_key', 'in', keys).execute();
}
