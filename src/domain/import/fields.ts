import type { Stage } from '../applications/stages.js';

/** What a column of an imported file can fill in. */
export const IMPORT_FIELDS = [
  'company',
  'title',
  'date',
  'status',
  'jobUrl',
  'location',
  'remote',
  'source',
  'salary',
  'notes',
  'description',
  'resumeVersion',
  'tags',
  'referrer',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  company: 'Company',
  title: 'Job title',
  date: 'Date applied',
  status: 'Status',
  jobUrl: 'Job posting URL',
  location: 'Location',
  remote: 'Work arrangement',
  source: 'Source',
  salary: 'Salary',
  notes: 'Notes',
  description: 'Job description',
  resumeVersion: 'Résumé version',
  tags: 'Tags',
  referrer: 'Referrer',
};

/** Fields that several columns may fill: their values are joined. */
export const MULTI_FIELDS: ReadonlySet<ImportField> = new Set(['notes', 'tags']);

/** One entry per column of the file: the field it fills, or null to leave it out. */
export type ColumnMapping = (ImportField | null)[];

/** A seeker's own status words, mapped to stages (lower-cased words as keys). */
export type StatusMap = Record<string, Stage>;

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** Header text compared without case, spaces, dashes or underscores. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_\-./]+/g, '');
}

/** Status words compared without case and extra spaces. */
export function statusKey(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}
