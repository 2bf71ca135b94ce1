/**
 * What a backup holds (docs/decisions/0019-import-export.md): every table a
 * user owns, in the order a restore writes them (parents first). Each row is
 * kept column by column without its owner, so a column added later travels
 * too. Derived rows (application_state) are rebuilt, never copied; the undo
 * buffer of deleted applications and the mailbox connection (it holds a
 * password) stay out.
 */
export type Cell = string | number | null;
export type BackupRow = Record<string, Cell>;

export interface BackupTable {
  table: string;
  /** Columns that identify a row within the owner's data. */
  key: readonly string[];
  /** Columns that must point at a row restored or kept (else the row is left out). */
  parents?: Readonly<Record<string, string>>;
  /** Columns that may point at a row; emptied when that row is not there. */
  links?: Readonly<Record<string, string>>;
  /**
   * Another unique identity (a company's name): on a merge, a backup row with
   * the same one is the row already there, and references to it follow.
   */
  sameAs?: readonly string[];
}

export const BACKUP_TABLES: readonly BackupTable[] = [
  { table: 'settings', key: ['key'] },
  { table: 'companies', key: ['id'], sameAs: ['name_key'] },
  { table: 'applications', key: ['id'], parents: { company_id: 'companies' } },
  { table: 'application_tags', key: ['application_id', 'tag'], parents: { application_id: 'applications' } },
  { table: 'stage_events', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'application_notes', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'rejections', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'rejection_reasons', key: ['rejection_id', 'reason'], parents: { rejection_id: 'rejections' } },
  { table: 'feedback_requests', key: ['id'], parents: { application_id: 'applications', rejection_id: 'rejections' } },
  { table: 'reflection_answers', key: ['application_id', 'prompt_id'], parents: { application_id: 'applications' } },
  { table: 'themes', key: ['id'], sameAs: ['slug'] },
  { table: 'lessons', key: ['id'], parents: { application_id: 'applications', theme_id: 'themes' } },
  { table: 'lesson_evidence', key: ['id'], parents: { lesson_id: 'lessons' } },
  { table: 'outside_control_items', key: ['id'], parents: { application_id: 'applications' } },
  { table: 'check_ins', key: ['id'], links: { application_id: 'applications', rejection_id: 'rejections' } },
  { table: 'question_bank', key: ['id'], links: { application_id: 'applications' } },
  { table: 'practice_cards', key: ['question_id'], parents: { question_id: 'question_bank' } },
  { table: 'practice_reviews', key: ['id'], parents: { question_id: 'question_bank' } },
  { table: 'mail_messages', key: ['id'], sameAs: ['message_key'] },
  { table: 'mail_proposals', key: ['id'], parents: { mail_message_id: 'mail_messages' }, links: { application_id: 'applications' } },
  { table: 'import_layouts', key: ['layout_key'] },
];

export const BACKUP_FORMAT = 'debrief-backup';
export const BACKUP_VERSION = 1;

export function rowKey(row: BackupRow, columns: readonly string[]): string {
  return columns.map((c) => String(row[c] ?? '')).join('\u001f');
}

/** Rows in a stable order, with their columns in a stable order: the same data gives the same document. */
export function canonicalRows(rows: readonly BackupRow[], key: readonly string[]): BackupRow[] {
  return rows
    .map((row) => Object.fromEntries(Object.keys(row).sort().map((c) => [c, row[c] ?? null])) as BackupRow)
    .sort((a, b) => {
      const ka = rowKey(a, key);
      const kb = rowKey(b, key);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}
