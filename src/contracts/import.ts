import { z } from 'zod';
import { STAGES } from '../domain/applications/stages.js';
import { DELIMITERS, IMPORT_FIELDS, PRESET_IDS } from '../domain/import/index.js';
import { zText } from './common.js';

export const zPresetId = z.enum(PRESET_IDS).meta({ id: 'ImportPreset' });
export const zImportField = z.enum(IMPORT_FIELDS).meta({ id: 'ImportField' });
export const zColumnMapping = z
  .array(zImportField.nullable())
  .max(500)
  .meta({ description: 'One entry per column of the file, in order: the field it fills, or null to leave the column out.' });
export const zStatusMap = z
  .record(zText().min(1).max(100), z.enum(STAGES))
  .meta({ description: 'Status words of the file (any case) and the stage each means; remembered for the next file.' });

/** The file travels as base64 inside JSON, so its encoding reaches the server untouched. */
const fileFields = {
  file: z.string().min(1, 'Choose a CSV file').meta({ description: 'The CSV file, base64-encoded (UTF-8 ± BOM, UTF-16 or Windows-1252; `,` `;` or tab).' }),
  preset: zPresetId.optional().meta({ description: 'Read the file as this export; by default the remembered mapping of its header row, else the detected export.' }),
  mapping: zColumnMapping.optional(),
  statusMap: zStatusMap.optional(),
};

export const zImportPreviewRequest = z.object(fileFields).meta({ id: 'ImportPreviewRequest' });
export type ImportPreviewRequest = z.infer<typeof zImportPreviewRequest>;

export const zImportRequest = z
  .object({
    ...fileFields,
    dryRun: z.boolean().default(false).meta({ description: 'Count what would be created, updated and skipped; change nothing.' }),
    mode: z
      .enum(['valid', 'all'])
      .default('valid')
      .meta({ description: '`valid`: import the valid rows and report the others; `all`: import nothing when any row has a problem.' }),
  })
  .meta({ id: 'ImportRequest' });
export type ImportRequest = z.infer<typeof zImportRequest>;

export const zStatusWord = z.object({ word: z.string(), rows: z.number().int(), stage: z.enum(STAGES).nullable() });

export const zImportPreview = z
  .object({
    encoding: z.string(),
    delimiter: z.enum(DELIMITERS),
    headers: z.array(z.string()),
    preset: zPresetId,
    remembered: z.boolean().meta({ description: 'The mapping was remembered from a file with the same header row.' }),
    mapping: zColumnMapping,
    sample: z.array(z.array(z.string())).meta({ description: 'The first rows, as read.' }),
    rows: z.number().int().meta({ description: 'Rows in the file, without the header and empty lines.' }),
    statusWords: z.array(zStatusWord).meta({ description: 'Each status word of the file and its stage (null: not matched yet).' }),
  })
  .meta({ id: 'ImportPreview' });
export type ImportPreview = z.infer<typeof zImportPreview>;

export const zImportProblem = z.object({ line: z.number().int(), reason: z.string() }).meta({ id: 'ImportProblem' });
export type ImportProblem = z.infer<typeof zImportProblem>;

export const zImportResult = z
  .object({
    dryRun: z.boolean(),
    imported: z.boolean().meta({ description: 'Whether anything was written (false for a dry run, or `mode: all` with problems).' }),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int().meta({ description: 'Rows already in the tracker, unchanged.' }),
    problemCount: z.number().int(),
    problems: z.array(zImportProblem).meta({ description: 'Rows that cannot be imported, with the line of the file (the first 500).' }),
    seconds: z.number(),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof zImportResult>;

export const zImportEvent = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('progress'), rows: z.number().int(), total: z.number().int().nullable() }),
    z.object({ type: z.literal('result'), result: zImportResult }),
    z.object({ type: z.literal('error'), error: z.object({ code: z.string(), message: z.string() }) }),
  ])
  .meta({ id: 'ImportEvent' });
export type ImportEvent = z.infer<typeof zImportEvent>;
