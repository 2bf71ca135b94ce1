import { z } from 'zod';
import { zApplication, zStage } from './applications.js';

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
export const zExportedApplication = zApplication
  .pick({
    id: true, company: true, title: true, status: true, stageReached: true, appliedOn: true, lastEventOn: true,
    source: true, referral: true, referrer: true, resumeVersion: true, tailored: true, fit: true, excitement: true,
    salaryMin: true, salaryMax: true, salaryCurrency: true, location: true, remote: true, jobUrl: true, tags: true,
    notes: true, createdAt: true, updatedAt: true,
  })
  .extend({ events: z.array(zExportedEvent) })
  .meta({ id: 'ExportedApplication' });
export type ExportedApplication = z.infer<typeof zExportedApplication>;

export const zApplicationsExport = z
  .object({
    exportedAt: z.string(),
    applications: z.array(zExportedApplication),
  })
  .meta({ id: 'ApplicationsExport', description: 'Applications with their stage events, filtered like the list. The full backup (GET /api/backup) holds everything else.' });
