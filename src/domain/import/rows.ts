import type { Stage } from '../applications/stages.js';
import { parseImportDate } from './dates.js';
import type { ColumnMapping, ImportField, StatusMap } from './fields.js';
import { parseSalary } from './salary.js';
import { remoteFor, sourceFor, stageForWord, type Remote, type Source } from './values.js';

/** One row of the file read through the mapping, before the contract checks it. */
export interface ImportedRow {
  line: number;
  company: string;
  title: string;
  /** The day from the file (null when the row has none). */
  date: string | null;
  stage: Stage;
  source: Source | null;
  referral: boolean;
  referrer: string | null;
  jobUrl: string | null;
  location: string | null;
  remote: Remote | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  notes: string | null;
  description: string | null;
  resumeVersion: string | null;
  tags: string[];
}

export type RowResult = { ok: true; row: ImportedRow } | { ok: false; line: number; reason: string };

export interface RowRules {
  mapping: ColumnMapping;
  headers: readonly string[];
  statusMap: StatusMap;
  /** Source when the file has no source column (LinkedIn rows come from a job board). */
  defaultSource?: Source;
  /** Write "Header: value" in the notes (several columns go there). */
  labelledNotes?: boolean;
}

function valuesOf(cells: readonly string[], mapping: ColumnMapping, field: ImportField): { index: number; value: string }[] {
  const out: { index: number; value: string }[] = [];
  mapping.forEach((f, i) => {
    const value = (cells[i] ?? '').trim();
    if (f === field && value !== '') out.push({ index: i, value });
  });
  return out;
}

/** Reads one record (its cells, and the line of the file it starts on). */
export function readRow(cells: readonly string[], line: number, rules: RowRules): RowResult {
  const first = (field: ImportField): string | null => valuesOf(cells, rules.mapping, field)[0]?.value ?? null;
  const company = first('company');
  const title = first('title');
  if (!company && !title) return { ok: false, line, reason: 'no company and no job title' };
  if (!company) return { ok: false, line, reason: 'no company' };
  if (!title) return { ok: false, line, reason: 'no job title' };

  const dateText = first('date');
  const date = dateText === null ? null : parseImportDate(dateText);
  if (dateText !== null && date === null) return { ok: false, line, reason: `the date "${dateText}" could not be read (use YYYY-MM-DD)` };

  const statusText = first('status');
  let stage: Stage = 'applied';
  if (statusText !== null) {
    const found = stageForWord(statusText, rules.statusMap);
    if (!found) return { ok: false, line, reason: `the status "${statusText}" is not matched to a stage yet` };
    stage = found;
  }

  const sourceText = first('source');
  const source = sourceText === null ? null : sourceFor(sourceText);
  const salaryText = first('salary');
  const salary = salaryText === null ? null : parseSalary(salaryText);
  const remoteText = first('remote');

  const noteParts = valuesOf(cells, rules.mapping, 'notes').map(({ index, value }) =>
    rules.labelledNotes ? `${rules.headers[index] ?? 'Note'}: ${value}` : value,
  );
  if (salaryText !== null && !salary) noteParts.push(`Salary: ${salaryText}`);
  if (remoteText !== null && !remoteFor(remoteText)) noteParts.push(`Work arrangement: ${remoteText}`);
  const tags = valuesOf(cells, rules.mapping, 'tags')
    .flatMap(({ value }) => value.split(/[,;|]/))
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');

  return {
    ok: true,
    row: {
      line,
      company,
      title,
      date,
      stage,
      source: source?.source ?? rules.defaultSource ?? null,
      referral: source?.referral ?? false,
      referrer: first('referrer'),
      jobUrl: first('jobUrl'),
      location: first('location'),
      remote: remoteText === null ? null : remoteFor(remoteText),
      salaryMin: salary?.min ?? null,
      salaryMax: salary?.max ?? null,
      salaryCurrency: salary?.currency ?? null,
      notes: noteParts.length > 0 ? noteParts.join('\n') : null,
      description: first('description'),
      resumeVersion: first('resumeVersion'),
      tags: [...new Set(tags)],
    },
  };
}

/** Status words of the file no map knows yet, with how many rows use each. */
export function unknownStatusWords(statusCells: readonly string[], own: StatusMap): { word: string; rows: number }[] {
  const counts = new Map<string, { word: string; rows: number }>();
  for (const cell of statusCells) {
    const word = cell.trim();
    if (word === '' || stageForWord(word, own)) continue;
    const key = word.toLowerCase();
    const entry = counts.get(key) ?? { word, rows: 0 };
    entry.rows += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.rows - a.rows);
}

/**
 * The key that recognises an application again on a second import:
 * the company and title compared without case and spacing.
 */
export function matchKey(company: string, title: string): string {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return `${norm(company)}\u001f${norm(title)}`;
}
