import { z } from 'zod';
import { zImportResult } from './import.js';
import { zMailImportSummary } from './mail.js';

export const JOB_KINDS = ['mail_import', 'csv_import'] as const;
export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;

export const zJobProgress = z
  .object({
    read: z.number().int().optional().meta({ description: 'Mail import: messages read so far' }),
    bytes: z.number().int().optional().meta({ description: 'Bytes of the upload read so far' }),
    totalBytes: z.number().int().optional().meta({ description: 'Size of the upload' }),
    rows: z.number().int().optional().meta({ description: 'CSV import: rows read so far' }),
  })
  .meta({ id: 'JobProgress' });
export type JobProgress = z.infer<typeof zJobProgress>;

/** A long piece of work done by `debrief worker` in hosted mode (docs/decisions/0024-background-jobs.md). */
export const zJob = z
  .object({
    id: z.string(),
    kind: z.enum(JOB_KINDS),
    state: z.enum(JOB_STATES).meta({ description: 'queued: waiting for a worker; running; done (see result); failed (see error)' }),
    progress: zJobProgress.nullable(),
    result: z
      .union([z.object({ kind: z.literal('mail_import'), summary: zMailImportSummary }), z.object({ kind: z.literal('csv_import'), result: zImportResult })])
      .nullable(),
    error: z.string().nullable().meta({ description: 'Why it failed, in words a person can act on' }),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof zJob>;
export type JobKind = (typeof JOB_KINDS)[number];

export const zJobListQuery = z.object({
  kind: z.enum(JOB_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
