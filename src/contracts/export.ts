import { z } from 'zod';
import { zProgressStage, zRemote, zSource, zStage } from './applications.js';

/** One step of an application's history, as the export writes it (the CSV of stage events, in JSON). */
export const zExportedEvent = z
  .object({
    order: z.number().int().meta({ description: 'The recording number: steps of one day come in this order.' }),
    stage: zStage,
    occurredOn: z.string(),
    round: z.number().int().nullable(),
    interviewType: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'ExportedEvent' });

/** An application as the export writes it: the CSV's columns, with its history. */
export const zExportedApplication = z
  .object({
    id: z.string(),
    company: z.string(),
    title: z.string(),
    status: zStage,
    stageReached: zProgressStage,
    appliedOn: z.string().nullable(),
    lastEventOn: z.string(),
    source: zSource.nullable(),
    referral: z.boolean(),
    referrer: z.string().nullable(),
    resumeVersion: z.string().nullable(),
    tailored: z.boolean(),
    fit: z.number().int().nullable(),
    excitement: z.number().int().nullable(),
    salaryMin: z.number().int().nullable(),
    salaryMax: z.number().int().nullable(),
    salaryCurrency: z.string().nullable(),
    location: z.string().nullable(),
    remote: zRemote.nullable(),
    jobUrl: z.string().nullable(),
    tags: z.array(z.string()),
    notes: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    events: z.array(zExportedEvent),
  })
  .meta({ id: 'ExportedApplication' });
export type ExportedApplication = z.infer<typeof zExportedApplication>;

export const zApplicationsExport = z
  .object({
    exportedAt: z.string(),
    applications: z.array(zExportedApplication),
  })
  .meta({ id: 'ApplicationsExport', description: 'Applications with their stage events, filtered like the list. The full backup (GET /api/backup) holds everything else.' });
