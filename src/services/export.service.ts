import { stringify } from 'csv-stringify';
import type { Application, ApplicationListQuery } from '../contracts/applications.js';
import { tagsFor } from '../db/repos/applications.repo.js';
import { stageFromRank } from '../db/repos/derived-state.js';
import { eventsOfApplications, exportApplicationsPage, exportJsonLinesPage, writesJsonLines, type ExportApplicationRow, type ExportEventRow } from '../db/repos/export.repo.js';
import { isStage, STAGE_LABELS, type Stage } from '../domain/applications/stages.js';
import { neutraliseCell } from '../domain/export/cells.js';
import { joinBytes } from '../domain/export/bytes.js';
import { csvLine } from '../domain/export/csv-lines.js';
import { forEachListedApplication, listedFilter } from './applications.service.js';
import type { ServiceContext } from './context.js';

/**
 * Exports (docs/decisions/0019-import-export.md, 0032-exports-in-one-pass.md):
 * read a page at a time in the list's order, each page one statement over
 * the index that serves the sort, written as the pages are read and only as
 * fast as the reader takes them (each export is an async generator of its
 * UTF-8 bytes, ADR 0047: what the response, the file or the pipe takes, with
 * no JavaScript text made on the way when SQLite writes the JSON).
 * CSV cells are neutralised against formula injection; JSON is data and is not.
 */
export type ExportQuery = Omit<ApplicationListQuery, 'page' | 'pageSize'>;

/**
 * Applications per page: a page is read, written and handed on before the
 * next is read. Small enough that a page's rows die young (pages of 2,000
 * cost half as much again in garbage collection), large enough that the
 * statements stay few.
 */
export const EXPORT_PAGE_SIZE = 500;
/**
 * Applications per page when the database writes the JSON lines (ADR 0044):
 * a page is then a list of strings, not of rows, and each statement has a
 * cost of its own (about 2 ms), so pages are larger.
 */
export const JSON_LINES_PAGE_SIZE = 2000;

type Cell = string | number | boolean | null;
type Row = ExportApplicationRow;

const asStage = (value: string): Stage => (isStage(value) ? value : 'saved');
const int = (value: number | string | null): number | null => (value === null ? null : Number(value));

const APPLICATION_COLUMNS: [string, (a: Row, tags: string[]) => Cell][] = [
  ['id', (a) => a.id],
  ['company', (a) => a.company_name],
  ['title', (a) => a.title],
  ['status', (a) => asStage(a.status)],
  ['stage_reached', (a) => stageFromRank(int(a.reached_rank))],
  ['applied_on', (a) => a.applied_on],
  ['last_event_on', (a) => a.last_event_on],
  ['source', (a) => a.source],
  ['referral', (a) => (a.referral ? 'yes' : 'no')],
  ['referrer', (a) => a.referrer],
  ['resume_version', (a) => a.resume_version],
  ['tailored', (a) => (a.tailored ? 'yes' : 'no')],
  ['fit', (a) => a.fit],
  ['excitement', (a) => a.excitement],
  ['salary_min', (a) => int(a.salary_min)],
  ['salary_max', (a) => int(a.salary_max)],
  ['salary_currency', (a) => a.salary_currency],
  ['location', (a) => a.location],
  ['remote', (a) => a.remote],
  ['job_url', (a) => a.job_url],
  ['tags', (_a, tags) => tags.join(', ')],
  ['notes', (a) => a.notes],
  ['created_at', (a) => a.created_at],
  ['updated_at', (a) => a.updated_at],
];
const APPLICATION_GETTERS = APPLICATION_COLUMNS.map(([, get]) => get);

const EVENT_COLUMNS = ['application_id', 'company', 'title', 'order', 'stage', 'occurred_on', 'round', 'interview_type', 'note'];

interface ExportPageData {
  rows: Row[];
  tags: Map<string, string[]>;
  /** Each application's events in the order of its history (only when asked for). */
  events: Map<string, ExportEventRow[]>;
}

/** The applications the list would show, page after page by key, with their tags and events when asked for. */
async function* exportPages(ctx: ServiceContext, query: ExportQuery, want: { tags: boolean; events: boolean; columns: 'all' | 'names' }, pageSize: number): AsyncGenerator<ExportPageData> {
  const filter = await listedFilter(ctx, query);
  let after: Awaited<ReturnType<typeof exportApplicationsPage>>['next'] = null;
  do {
    const page = await exportApplicationsPage(ctx.db, ctx.ownerId, filter, { sort: query.sort, order: query.order, limit: pageSize, after: after ?? undefined }, want.columns);
    const ids = page.rows.map((r) => r.id);
    const [tags, found] = await Promise.all([
      want.tags ? tagsFor(ctx.db, ctx.ownerId, ids) : new Map<string, string[]>(),
      want.events ? eventsOfApplications(ctx.db, ctx.ownerId, ids) : [],
    ]);
    const events = new Map<string, ExportEventRow[]>();
    for (const e of found) {
      const list = events.get(e.application_id);
      if (list) list.push(e);
      else events.set(e.application_id, [e]);
    }
    if (page.rows.length > 0) yield { rows: page.rows, tags, events };
    after = page.next;
  } while (after);
}

const NO_TAGS: string[] = [];
const NO_EVENTS: ExportEventRow[] = [];

/** The UTF-8 bytes of a text. */
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/**
 * The CSV of the applications (one row each) or of their stage events (one
 * row each, applications in the list's order, each history in its order).
 * Yields its bytes a page at a time; returns the number of rows.
 */
export async function* exportCsv(ctx: ServiceContext, query: ExportQuery, what: 'applications' | 'events', pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<Uint8Array, number> {
  const columns = what === 'applications' ? APPLICATION_COLUMNS.map(([name]) => name) : EVENT_COLUMNS;
  // Each page is one string of CSV lines, written in one pass (csv-lines.ts holds it equal to csv-stringify).
  let count = 0;
  for await (const { rows, tags, events } of exportPages(ctx, query, { tags: what === 'applications', events: what === 'events', columns: what === 'applications' ? 'all' : 'names' }, pageSize)) {
    let text = count === 0 ? csvLine(columns) : '';
    let lines = 0;
    for (const a of rows) {
      if (what === 'applications') {
        const t = tags.get(a.id) ?? NO_TAGS;
        text += csvLine(APPLICATION_GETTERS.map((get) => get(a, t)));
        lines += 1;
        continue;
      }
      for (const e of events.get(a.id) ?? NO_EVENTS) {
        text += csvLine([e.application_id, a.company_name, a.title, Number(e.seq), e.stage, e.occurred_on, e.round, e.interview_type, e.note]);
        lines += 1;
      }
    }
    if (lines === 0) continue;
    yield utf8(text);
    count += lines;
  }
  if (count === 0) yield utf8(csvLine(columns));
  return count;
}

const str = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));
const num = (value: number | null): string => (value === null ? 'null' : JSON.stringify(value));

/**
 * One application of the JSON export (`ExportedApplication`) as its line of
 * text: the text JSON.stringify makes of the object, keys in the contract's
 * order, written directly rather than through an object per application and
 * per event (ADR 0037; the service test parses it with the contract).
 */
function exportedApplicationJson(a: Row, tags: string[], events: ExportEventRow[]): string {
  let history = '';
  for (const e of events) {
    history += `${history ? ',' : ''}{"order":${num(Number(e.seq))},"stage":${str(asStage(e.stage))},"occurredOn":${str(e.occurred_on)},"round":${num(e.round)},"interviewType":${str(e.interview_type)},"note":${str(e.note)}}`;
  }
  return (
    `{"id":${str(a.id)},"company":${str(a.company_name)},"title":${str(a.title)},"status":${str(asStage(a.status))},` +
    `"stageReached":${str(stageFromRank(int(a.reached_rank)))},"appliedOn":${str(a.applied_on)},"lastEventOn":${str(a.last_event_on)},` +
    `"source":${str(a.source)},"referral":${Boolean(a.referral)},"referrer":${str(a.referrer)},"resumeVersion":${str(a.resume_version)},` +
    `"tailored":${Boolean(a.tailored)},"fit":${num(a.fit)},"excitement":${num(a.excitement)},"salaryMin":${num(int(a.salary_min))},` +
    `"salaryMax":${num(int(a.salary_max))},"salaryCurrency":${str(a.salary_currency)},"location":${str(a.location)},"remote":${str(a.remote)},` +
    `"jobUrl":${str(a.job_url)},"tags":${JSON.stringify(tags)},"notes":${str(a.notes)},"createdAt":${str(a.created_at)},"updatedAt":${str(a.updated_at)},` +
    `"events":[${history}]}`
  );
}

const NEXT_LINE = utf8(',\n');
const END = utf8('\n]}\n');

/**
 * The applications with their stage events as one JSON document
 * (`ApplicationsExport`), one application a line. Yields its bytes a page at
 * a time (the document's opening with the first page); returns the number
 * of applications.
 */
export async function* exportJson(ctx: ServiceContext, query: ExportQuery, pageSize?: number, writer: JsonWriter = writesJsonLines(ctx.db) ? 'database' : 'code'): AsyncGenerator<Uint8Array, number> {
  const opening = `{"exportedAt":${JSON.stringify(ctx.now().toISOString())},"applications":[`;
  let count = 0;
  if (writer === 'database') {
    // The lines are SQLite's bytes, joined as bytes (ADR 0047).
    for await (const lines of jsonLinesByDatabase(ctx, query, pageSize ?? JSON_LINES_PAGE_SIZE)) {
      yield joinBytes(lines, NEXT_LINE, count === 0 ? utf8(`${opening}\n`) : NEXT_LINE);
      count += lines.length;
    }
  } else {
    for await (const lines of jsonLinesInCode(ctx, query, pageSize ?? EXPORT_PAGE_SIZE)) {
      yield utf8(`${count === 0 ? `${opening}\n` : ',\n'}${lines.join(',\n')}`);
      count += lines.length;
    }
  }
  yield count === 0 ? utf8(`${opening}\n]}\n`) : END;
  return count;
}

/**
 * Who writes the JSON lines: the database (SQLite: each application's line
 * made by the page's statement, ADR 0044) or this code (PostgreSQL, whose
 * JSON text of some values differs from JSON.stringify's).
 */
export type JsonWriter = 'database' | 'code';

async function* jsonLinesInCode(ctx: ServiceContext, query: ExportQuery, pageSize: number): AsyncGenerator<string[]> {
  for await (const { rows, tags, events } of exportPages(ctx, query, { tags: true, events: true, columns: 'all' }, pageSize)) {
    yield rows.map((a) => exportedApplicationJson(a, tags.get(a.id) ?? NO_TAGS, events.get(a.id) ?? NO_EVENTS));
  }
}

async function* jsonLinesByDatabase(ctx: ServiceContext, query: ExportQuery, pageSize: number): AsyncGenerator<Uint8Array[]> {
  const filter = await listedFilter(ctx, query);
  let after: Awaited<ReturnType<typeof exportJsonLinesPage>>['next'] = null;
  do {
    const page = await exportJsonLinesPage(ctx.db, ctx.ownerId, filter, { sort: query.sort, order: query.order, limit: pageSize, after: after ?? undefined });
    if (page.lines.length > 0) yield page.lines;
    after = page.next;
  } while (after);
}

/** Receives an export's bytes piece by piece (a file, a test); a promise makes the export wait for it. */
export type ExportSink = (bytes: Uint8Array) => void | Promise<void>;

/** Hands an export's bytes to `sink`, waiting for it between pages. Returns the export's count. */
export async function drainExport(chunks: AsyncGenerator<Uint8Array, number>, sink: ExportSink): Promise<number> {
  for (;;) {
    const next = await chunks.next();
    if (next.done) return next.value;
    await sink(next.value);
  }
}

/** The CSV export written to `sink`. Returns the number of rows. */
export function writeExportCsv(ctx: ServiceContext, query: ExportQuery, what: 'applications' | 'events', sink: ExportSink): Promise<number> {
  return drainExport(exportCsv(ctx, query, what), sink);
}

/** One line of the proof of search: what benefit agencies ask job seekers to show. */
export interface ProofRow {
  date: string;
  company: string;
  role: string;
  how: string;
  outcome: string;
  jobUrl: string | null;
}

const HOW: Record<string, string> = { job_board: 'Job board', company_site: 'Company website', recruiter: 'Through a recruiter', network: 'Through my network', other: 'Other' };

function outcomeOf(a: Application): string {
  if (a.status === 'applied' && a.noResponse.flagged) return 'No answer yet';
  if (a.status === 'applied') return 'Waiting for an answer';
  return STAGE_LABELS[a.status as Stage] ?? a.status;
}

/** Every application sent in [from, to] (by the day applied), oldest first. */
export async function proofOfSearch(ctx: ServiceContext, from: string, to: string): Promise<ProofRow[]> {
  const rows: ProofRow[] = [];
  await forEachListedApplication(ctx, { from, to, sort: 'applied', order: 'asc' }, (items) => {
    for (const a of items) {
      if (!a.appliedOn) continue;
      rows.push({ date: a.appliedOn, company: a.company, role: a.title, how: a.referral ? 'Referral' : (a.source ? (HOW[a.source] ?? a.source) : 'Not recorded'), outcome: outcomeOf(a), jobUrl: a.jobUrl });
    }
  });
  return rows;
}

export async function proofCsv(ctx: ServiceContext, from: string, to: string): Promise<string> {
  const rows = await proofOfSearch(ctx, from, to);
  const out = stringify({ header: true, columns: ['date', 'company', 'role', 'how', 'outcome', 'job_url'], record_delimiter: 'windows', quote_record_delimiter: true });
  let text = '';
  out.on('data', (chunk: Buffer | string) => (text += chunk.toString()));
  for (const r of rows) out.write([r.date, r.company, r.role, r.how, r.outcome, r.jobUrl].map(neutraliseCell));
  await new Promise<void>((resolve) => out.end(resolve));
  return text;
}
