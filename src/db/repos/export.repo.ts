import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';
import { PROGRESS_STAGES, STAGES } from '../../domain/applications/stages.js';
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

/** Whether this database writes the JSON export's lines itself (SQLite; PostgreSQL keeps the writer in code). */
export function writesJsonLines(db: Kysely<DB>): boolean {
  return !isPostgres(db);
}

const quoted = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));
/** A stage as the export writes it: a known stage, or `saved` (as `asStage` in the service). */
const stageOf = (column: string) => sql`case when ${sql.ref(column)} in (${quoted(STAGES)}) then ${sql.ref(column)} else 'saved' end`;
/** The furthest stage reached from its rank (as `stageFromRank`). */
const REACHED = sql`case p.reached_rank ${sql.join(PROGRESS_STAGES.map((stage, rank) => sql`when ${sql.lit(rank)} then ${sql.lit(stage)}`), sql` `)} else 'saved' end`;
const bool = (column: string) => sql`json(case when ${sql.ref(column)} then 'true' else 'false' end)`;

/**
 * One page of the JSON export written by SQLite (ADR 0044): each application
 * of the export page (`exportPageQuery`, the list's order and filters) as its
 * line of JSON, `ExportedApplication` with the keys in the contract's order,
 * its tags (in order) and its events (in the order of its history) made by
 * the same statement. SQLite's JSON text of strings, integers, booleans and
 * nulls is the text JSON.stringify makes of them (a test holds the lines
 * byte for byte equal to the writer in code on awkward texts).
 *
 * Each line comes as its UTF-8 bytes (the text cast to a blob, ADR 0047):
 * the export sends bytes, so the line is never made a JavaScript string.
 */
export async function exportJsonLinesPage(
  db: Kysely<DB>,
  ownerId: string,
  filter: ViewFilter,
  page: ExportPage,
): Promise<{ lines: Uint8Array[]; next: ViewCursor | null }> {
  const found = await exportJsonPageQuery(db, ownerId, filter, page).execute();
  const rows = found.length > page.limit ? found.slice(0, page.limit) : found;
  const last = rows[rows.length - 1];
  return {
    lines: rows.map((r) => r.line),
    next: found.length > page.limit && last ? { key: last.sort_key, id: last.id } : null,
  };
}

/** The statement of one page of JSON lines (and one row more, to tell whether another follows). */
export function exportJsonPageQuery(db: Kysely<DB>, ownerId: string, filter: ViewFilter, page: ExportPage) {
  const direction = page.order === 'asc' ? sql`asc` : sql`desc`;
  return db
    .selectFrom(exportPageQuery(db, ownerId, filter, page, 'all').as('p'))
    .select([
      'p.id',
      'p.sort_key',
      sql<Uint8Array>`cast(json_object(
        'id', p.id, 'company', p.company_name, 'title', p.title, 'status', ${stageOf('p.status')}, 'stageReached', ${REACHED},
        'appliedOn', p.applied_on, 'lastEventOn', p.last_event_on, 'source', p.source, 'referral', ${bool('p.referral')},
        'referrer', p.referrer, 'resumeVersion', p.resume_version, 'tailored', ${bool('p.tailored')}, 'fit', p.fit,
        'excitement', p.excitement, 'salaryMin', p.salary_min, 'salaryMax', p.salary_max, 'salaryCurrency', p.salary_currency,
        'location', p.location, 'remote', p.remote, 'jobUrl', p.job_url,
        'tags', (select json_group_array(t.tag order by t.tag) from application_tags t where t.application_id = p.id and t.owner_id = ${ownerId}),
        'notes', p.notes, 'createdAt', p.created_at, 'updatedAt', p.updated_at,
        'events', (select json_group_array(json_object('order', e.seq, 'stage', ${stageOf('e.stage')}, 'occurredOn', e.occurred_on, 'round', e.round,
            'interviewType', e.interview_type, 'note', e.note) order by e.occurred_on, e.seq)
          from stage_events e where e.application_id = p.id and e.owner_id = ${ownerId})
      ) as blob)`.as('line'),
    ])
    .orderBy(sql`p.sort_key ${direction}`)
    .orderBy(sql`p.id ${direction}`);
}
