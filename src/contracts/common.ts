import { z } from 'zod';
import { withoutControlCharacters } from '../domain/text.js';
import { EARLIEST_DAY, isoDateProblem } from '../domain/time.js';

// One rule for control characters, shared with the mail parser (src/domain/text.ts).
export { withoutControlCharacters };

/**
 * Every text that comes in (a body field, an id in the path, a query parameter)
 * starts from this schema, so both databases store the same text: control
 * characters are removed, tab and line breaks are kept.
 */
export const zText = () => z.string().overwrite(withoutControlCharacters);

/**
 * A calendar day, YYYY-MM-DD, that exists and is not before 1970. Whether it
 * may be in the future depends on what it dates, so services check that
 * against the user's today with `dayRangeProblem` (src/domain/time.ts).
 */
export const zIsoDate = z
  .string()
  .superRefine((value, ctx) => {
    const problem = isoDateProblem(value) ?? (value < EARLIEST_DAY ? `${value} is too far in the past: use a date from 1970 onwards.` : null);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: 'A calendar day, YYYY-MM-DD', example: '2026-11-03' });

export const zId = zText()
  .min(1)
  .max(64)
  .meta({ description: 'Identifier (text)', example: 'k3v9x2m7qa' });

/** Optional free text: trimmed; an empty string means "not set". */
export const optionalText = (max: number) =>
  zText()
    .max(max, `Keep this under ${max.toLocaleString('en')} characters`)
    .transform((s) => (s.trim() === '' ? null : s.trim()))
    .nullable()
    .optional();

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .overwrite(withoutControlCharacters)
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const zRating = z.number().int().min(1, 'Use 1 to 5').max(5, 'Use 1 to 5');

export const zErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof zErrorBody>;

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** An optional web address; an empty string means "not set". */
export const optionalWebUrl = () =>
  z
    .union([z.url({ protocol: /^https?$/, error: 'Use a web address starting with http:// or https://' }), z.literal('')])
    .transform((u) => (u === '' ? null : u))
    .nullable()
    .optional();

/** A list given as "a,b,c" (a query string or a CLI flag) or as an array. */
export function csvList<T extends z.ZodType<unknown, string>>(item: T, max?: { count: number; message: string }) {
  const list = z.array(item);
  return z
    .union([zText(), z.array(zText())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(max ? list.max(max.count, max.message) : list);
}
