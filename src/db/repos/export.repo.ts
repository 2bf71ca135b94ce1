import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import { pageIdsQuery, type ViewCursor, type ViewFilter, type ViewSort } from './application-views.repo.js';

/** What an export shows of an application: no description, nothing derived in code. */
export interface ExportApplicationRow {
  id: string;
  company_name: string;
  title: string;
  status: string;
  reached_rank: number | null;
  applied_on: string | null;
  last_event_on: string;
  source: string | null;
  referral: number | boolean;
  referrer: string | null;
  resume_version: string | null;
  tailored: number | boolean;
  fit: number | null;
  excitement: number | null;
  salary_min: number | string | null;
  salary_max: number | string | null;
  salary_currency: string | null;
  location: string | null;
  remote: string | null;
  job_url: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExportPage {
  sort: ViewSort;
  order: 'asc' | 'desc';
  limit: number;
  after?: ViewCursor | undefined;
}

/**
 * One page of the export, in the list's order: the list's own page query
 * (the index that serves the sort, filters included) joined with the
 * application and its company, so a page is one statement whatever its size.
 * Pages follow each other by key (`next`), never by offset. With `names`,
 * only the id, company and title are read (the other fields are then absent).
 */
export async function exportApplicationsPage(
  db: Kysely<DB>,
  ownerId: string,
  filter: ViewFilter,
  page: ExportPage,
  columns: 'all' | 'names' = 'all',
): Promise<{ rows: ExportApplicationRow[]; next: ViewCursor | null }> {
  const found = await exportPageQuery(db, ownerId, filter, page, columns).execute();
  const rows = found.length > page.limit ? found.slice(0, page.limit) : found;
  const last = rows[rows.length - 1];
  return {
    rows: rows as unknown as ExportApplicationRow[],
    next: found.length > page.limit && last ? { key: last.sort_key, id: last.id } : null,
  };
}

/** The statement of one export page (and one row more, to tell whether another follows). */
export function exportPageQuery(db: Kysely<DB>, ownerId: string, filter: ViewFilter, page: ExportPage, columns: 'all' | 'names' = 'all') {
  return pageIdsQuery(db, ownerId, filter, { ...page, offset: 0 })
    .innerJoin('applications as x', (j) => j.onRef('x.id', '=', 'd.application_id').on('x.owner_id', '=', ownerId))
    .innerJoin('companies as xc', 'xc.id', 'x.company_id')
    .select(['xc.name as company_name', 'x.title'])
    .$if(columns === 'all', (q) =>
      q.select([
        'd.status', 'd.reached_rank', 'd.applied_on', 'd.last_event_on', 'x.source', 'x.referral', 'x.referrer', 'x.resume_version',
        'x.tailored', 'x.fit', 'x.excitement', 'x.salary_min', 'x.salary_max', 'x.salary_currency', 'x.location', 'x.remote',
        'x.job_url', 'x.notes', 'x.created_at', 'x.updated_at',
      ]),
    );
}

export interface ExportEventRow {
  application_id: string;
  seq: number;
  stage: string;
  occurred_on: string;
  round: number | null;
  interview_type: string | null;
  note: string | null;
}

/** The stage events of these applications, each history in its own order (day, then recording number). */
export async function eventsOfApplications(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<ExportEventRow[]> {
  const out: ExportEventRow[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom('stage_events')
      .select(['application_id', 'seq', 'stage', 'occurred_on', 'round', 'interview_type', 'note'])
      .where('owner_id', '=', ownerId)
      .where('application_id', 'in', ids.slice(i, i + 1000))
      .orderBy('application_id')
      .orderBy('occurred_on')
      .orderBy('seq')
      .execute();
    for (const r of rows) out.push(r as ExportEventRow);
  }
  return out;
}
