/**
 * Background jobs of hosted mode (docs/decisions/0024-background-jobs.md): an app server
 * stores the upload and a job row, the queue (pg-boss) hands the job's id to a worker,
 * and the worker runs the same service a local import runs, writing its progress to the
 * row so any page on any app server can follow it.
 */
import type { Kysely } from 'kysely';
import type { ImportRequest } from '../contracts/import.js';
import { zJobProgress, type Job, type JobKind, type JobProgress } from '../contracts/jobs.js';
import * as jobsRepo from '../db/repos/jobs.repo.js';
import type { DB } from '../db/schema.js';
import { newId } from '../domain/ids.js';
import type { ServiceContext } from './context.js';
import { isServiceError, notFound, ServiceError } from './errors.js';
import { importApplications } from './import.service.js';
import { importMailbox } from './mail-import.service.js';

/** Hands a stored job to the workers. */
export interface JobQueue {
  enqueue: (jobId: string) => Promise<void>;
}

/** Uploads are kept in pieces of this size: a worker reads one at a time. */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;
/** A job's progress is written at most this often. */
export const PROGRESS_WRITE_MS = 500;
export const NO_MESSAGES = 'No messages were found in that file. Upload an .mbox or .eml file.';
const UNEXPECTED = 'Something went wrong while this was being done; nothing more was changed. Please try again, and tell your administrator if it happens again.';

export type MailImportParams = { autoAccept?: number | undefined };
export type CsvImportParams = Omit<ImportRequest, 'file'>;

function toJob(row: jobsRepo.JobRow): Job {
  const parse = (text: string | null): unknown => (text ? JSON.parse(text) : null);
  const progress = zJobProgress.safeParse(parse(row.progress));
  return {
    id: row.id,
    kind: row.kind as JobKind,
    state: row.state as Job['state'],
    progress: progress.success ? progress.data : null,
    result: parse(row.result) as Job['result'],
    error: row.error,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

async function* rechunk(source: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  let parts: Uint8Array[] = [];
  let held = 0;
  for await (const piece of source) {
    let rest = piece;
    while (held + rest.length >= size) {
      const take = size - held;
      parts.push(rest.subarray(0, take));
      yield Buffer.concat(parts);
      rest = rest.subarray(take);
      parts = [];
      held = 0;
    }
    if (rest.length > 0) {
      parts.push(rest.slice());
      held += rest.length;
    }
  }
  if (held > 0) yield Buffer.concat(parts);
}

/**
 * Stores the upload and queues the job. The upload is read as it arrives (never held whole); a
 * failure while storing (the client went away, too large) removes what was stored.
 */
export async function submitJob(
  ctx: ServiceContext,
  queue: JobQueue,
  input: { kind: JobKind; params: MailImportParams | CsvImportParams; upload: AsyncIterable<Uint8Array> },
): Promise<Job> {
  const id = newId();
  await jobsRepo.insertJob(ctx.db, { id, owner_id: ctx.ownerId, kind: input.kind, params: JSON.stringify(input.params), created_at: ctx.now().toISOString() });
  try {
    let seq = 0;
    let bytes = 0;
    for await (const chunk of rechunk(input.upload, UPLOAD_CHUNK_BYTES)) {
      await jobsRepo.addUploadChunk(ctx.db, ctx.ownerId, id, seq++, chunk);
      bytes += chunk.length;
    }
    await jobsRepo.setUploadBytes(ctx.db, ctx.ownerId, id, bytes);
    await jobsRepo.setJobProgress(ctx.db, ctx.ownerId, id, JSON.stringify({ read: 0, rows: 0, bytes: 0, totalBytes: bytes } satisfies JobProgress), ctx.now().toISOString());
    await queue.enqueue(id);
  } catch (e) {
    await jobsRepo.deleteJob(ctx.db, ctx.ownerId, id);
    throw e;
  }
  return getJob(ctx, id);
}

export async function getJob(ctx: ServiceContext, id: string): Promise<Job> {
  const row = await jobsRepo.findJob(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('job', id);
  return toJob(row);
}

/** Your latest jobs, newest first (a page finds the import it started before a reload). */
export async function listJobs(ctx: ServiceContext, query: { kind?: JobKind | undefined; limit: number }): Promise<Job[]> {
  return (await jobsRepo.listJobs(ctx.db, ctx.ownerId, query.kind, query.limit)).map(toJob);
}

async function* storedUpload(ctx: ServiceContext, jobId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const chunk = await jobsRepo.uploadChunk(ctx.db, ctx.ownerId, jobId, seq);
    if (!chunk) return;
    yield chunk;
  }
}

/** A running job that has written no progress for this long lost its worker. */
export const STALE_AFTER_MS = 10 * 60 * 1000;
export const STOPPED_MESSAGE = 'The import stopped before it finished (the server doing it went away). What was read so far is kept: import the file again to add the rest; nothing is doubled.';

/** Marks the jobs whose worker went away as failed, so their pages say so. */
export async function failStaleJobs(db: Kysely<DB>, now: () => Date = () => new Date()): Promise<number> {
  const at = now();
  return jobsRepo.failStaleJobs(db, new Date(at.getTime() - STALE_AFTER_MS).toISOString(), STOPPED_MESSAGE, at.toISOString());
}

/** Writes progress at most every PROGRESS_WRITE_MS; `flush` writes the last one. */
function progressWriter(ctx: ServiceContext, jobId: string, totalBytes: number) {
  let last = 0;
  let pending: Promise<void> = Promise.resolve();
  const write = (p: JobProgress) => {
    pending = pending.then(() => jobsRepo.setJobProgress(ctx.db, ctx.ownerId, jobId, JSON.stringify({ ...p, totalBytes }), ctx.now().toISOString())).catch(() => undefined);
  };
  return {
    report: (p: JobProgress) => {
      const now = performance.now();
      if (now - last < PROGRESS_WRITE_MS) return;
      last = now;
      write(p);
    },
    flush: async (p: JobProgress) => {
      write(p);
      await pending;
    },
  };
}

async function runMailImport(ctx: ServiceContext, row: jobsRepo.JobRow): Promise<Job['result']> {
  const params = JSON.parse(row.params) as MailImportParams;
  const progress = progressWriter(ctx, row.id, Number(row.upload_bytes));
  const summary = await importMailbox(ctx, storedUpload(ctx, row.id), {
    ...(params.autoAccept !== undefined ? { autoAcceptAbove: params.autoAccept } : {}),
    onProgress: (p) => progress.report({ read: p.read, bytes: p.bytes }),
  });
  await progress.flush({ read: summary.read, bytes: summary.bytes });
  if (summary.read === 0) throw new ServiceError('validation', NO_MESSAGES);
  return { kind: 'mail_import', summary };
}

async function runCsvImport(ctx: ServiceContext, row: jobsRepo.JobRow): Promise<Job['result']> {
  const params = JSON.parse(row.params) as CsvImportParams;
  const progress = progressWriter(ctx, row.id, Number(row.upload_bytes));
  const result = await importApplications(ctx, storedUpload(ctx, row.id), { ...params, onProgress: (rows, bytes) => progress.report({ rows, bytes }) });
  await progress.flush({ rows: result.rows, bytes: Number(row.upload_bytes) });
  return { kind: 'csv_import', result };
}

/**
 * Runs one job (the worker's side). The job row says whose it is; everything the job does acts
 * on that owner's rows only. The outcome, success or failure, is written to the row; the upload
 * is removed once the job has ended.
 */
export async function runJob(db: Kysely<DB>, jobId: string, now: () => Date = () => new Date()): Promise<Job | null> {
  const row = await jobsRepo.findJobForWorker(db, jobId);
  if (!row) return null; // the account was deleted meanwhile
  const ctx: ServiceContext = { db, ownerId: row.owner_id, now };
  if (!(await jobsRepo.markJobRunning(db, row.owner_id, row.id, now().toISOString()))) return toJob(row);
  try {
    const result = row.kind === 'mail_import' ? await runMailImport(ctx, row) : await runCsvImport(ctx, row);
    await jobsRepo.finishJob(db, row.owner_id, row.id, { state: 'done', result: JSON.stringify(result) }, now().toISOString());
  } catch (e) {
    if (!isServiceError(e)) console.error(`Job ${row.id} (${row.kind}) failed:`, e);
    await jobsRepo.finishJob(db, row.owner_id, row.id, { state: 'failed', error: isServiceError(e) ? e.message : UNEXPECTED }, now().toISOString());
  } finally {
    await jobsRepo.deleteUpload(db, row.owner_id, row.id);
  }
  return getJob(ctx, row.id);
}
