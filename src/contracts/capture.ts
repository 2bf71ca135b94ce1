import { z } from 'zod';
import { zStage } from './applications.js';
import { zText } from './common.js';

export const zCaptureRequest = z
  .object({
    url: zText().trim().max(2000).optional().meta({ description: 'The posting’s address: the server fetches it (public http/https only).' }),
    html: zText().max(3_000_000).optional().meta({ description: 'The page’s HTML, pasted or sent by the bookmarklet.' }),
    jsonLd: zText().max(1_000_000).optional().meta({ description: 'schema.org JobPosting JSON-LD.' }),
    text: zText().max(200_000).optional().meta({ description: 'The posting as plain text.' }),
    title: zText().max(500).optional().meta({ description: 'The page title (from the bookmarklet).' }),
  })
  .refine((v) => Boolean(v.url || v.html || v.jsonLd || v.text), { message: 'Paste a link, the page, its JSON-LD or the text of the posting', path: ['url'] })
  .meta({ id: 'CaptureRequest' });
export type CaptureRequest = z.infer<typeof zCaptureRequest>;

export const zCapturedJob = z
  .object({
    title: z.string().nullable(),
    company: z.string().nullable(),
    location: z.string().nullable(),
    remote: z.enum(['onsite', 'hybrid', 'remote']).nullable(),
    salaryMin: z.number().int().nullable(),
    salaryMax: z.number().int().nullable(),
    salaryCurrency: z.string().nullable(),
    employmentType: z.string().nullable(),
    datePosted: z.string().nullable(),
    description: z.string().nullable(),
    jobUrl: z.string().nullable(),
    foundIn: z.enum(['json-ld', 'open-graph', 'text']),
  })
  .meta({ id: 'CapturedJob' });

export const zSimilarApplication = z
  .object({ id: z.string(), company: z.string(), title: z.string(), status: zStage, appliedOn: z.string().nullable(), reason: z.enum(['same_url', 'same_role']) })
  .meta({ id: 'SimilarApplication' });
export type SimilarApplication = z.infer<typeof zSimilarApplication>;

export const zCaptureResult = z
  .object({ job: zCapturedJob, similar: z.array(zSimilarApplication).meta({ description: 'Applications already in the tracker for the same posting or role.' }) })
  .meta({ id: 'CaptureResult' });
export type CaptureResult = z.infer<typeof zCaptureResult>;

export const zSimilarQuery = z.object({
  company: zText().trim().max(200).optional(),
  title: zText().trim().max(200).optional(),
  url: zText().trim().max(2000).optional(),
});
