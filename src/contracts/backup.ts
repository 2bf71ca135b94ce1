import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION } from '../domain/backup/tables.js';

const zCell = z.union([z.string(), z.number(), z.null()]);
const zRow = z.record(z.string(), zCell);

const tableShapes = Object.fromEntries(
  BACKUP_TABLES.map((t) => [t.table, z.array(zRow).optional().meta({ description: `Rows of ${t.table}, identified by ${t.key.join(' + ')}` })]),
);

export const zBackup = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION).meta({ description: 'Version of this document format' }),
    schema: z.string().meta({ description: 'The newest database migration of the Debrief that wrote it; older backups restore, newer ones are refused.' }),
    createdAt: z.string().meta({ description: 'When the backup was made (ISO 8601, UTC)' }),
    tables: z.strictObject(tableShapes),
  })
  .meta({ id: 'Backup', title: 'Debrief backup', description: 'Everything one user owns in Debrief, table by table, rows without their owner.' });
export type Backup = z.infer<typeof zBackup>;

export const RESTORE_MODES = ['replace', 'merge'] as const;
export const zRestoreMode = z.enum(RESTORE_MODES);
export type RestoreMode = z.infer<typeof zRestoreMode>;

export const zRestoreResult = z
  .object({
    mode: z.enum(['empty', ...RESTORE_MODES]),
    restored: z.record(z.string(), z.number().int()).meta({ description: 'Rows written, per table' }),
    kept: z.number().int().meta({ description: 'Rows of the backup already in your tracker (merge), left as they were' }),
    applications: z.number().int(),
  })
  .meta({ id: 'RestoreResult' });
export type RestoreResult = z.infer<typeof zRestoreResult>;

export const zDataStatus = z.object({ empty: z.boolean(), applications: z.number().int() }).meta({ id: 'DataStatus' });
export type DataStatus = z.infer<typeof zDataStatus>;
