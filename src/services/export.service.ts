import { stringify } from 'csv-stringify';
import type { Application, ApplicationListQuery } from '../contracts/applications.js';
import { eventsOfApplications } from '../db/repos/export.repo.js';
import { STAGE_LABELS, type Stage } from '../domain/applications/stages.js';
import { neutraliseCell } from '../domain/export/cells.js';
import { forEachListedApplication } from './applications.service.js';
import type { ServiceContext } from './context.js';

/**
 * CSV exports (docs/decisions/0019-import-export.md), written by csv-stringify
 * as the rows are read, filtered like the list. Every text cell is neutralised
 * against formula injection.
 */
export type ExportQuery = Omit<ApplicationListQuery, 'page' | 'pageSize'>;

const APPLICATION_COLUMNS: [string, (a: Application) => string | number | boolean | null][] = [
  ['id', (a) => a.id],
  ['company', (a) => a.company],
  ['title', (a) => a.title],
  ['status', (a) => a.status],
  ['stage_reached', (a) => a.stageReached],
  ['applied_on', (a) => a.appliedOn],
  ['last_event_on', (a) => a.lastEventOn],
  ['source', (a) => a.source],
  ['referral', (a) => (a.referral ? 'yes' : 'no')],
  ['referrer', (a) => a.referrer],
  ['resume_version', (a) => a.resumeVersion],
  ['tailored', (a) => (a.tailored ? 'yes' : 'no')],
  ['fit', (a) => a.fit],
  ['excitement', (a) => a.excitement],
  ['salary_min', (a) => a.salaryMin],
  ['salary_max', (a) => a.salaryMax],
  ['salary_currency', (a) => a.salaryCurrency],
  ['location', (a) => a.location],
  ['remote', (a) => a.remote],
  ['job_url', (a) => a.jobUrl],
  ['tags', (a) => a.tags.join(', ')],
  ['notes', (a) => a.notes],
  ['created_at', (a) => a.createdAt],
  ['updated_at', (a) => a.updatedAt],
];

const EVENT_COLUMNS = ['application_id', 'company', 'title', 'order', 'stage', 'occurred_on', 'round', 'interview_type', 'note'];

/** Receives the CSV text piece by piece (an HTTP response, a file). */
export type CsvSink = (text: string) => void | Promise<void>;

/** Writes the CSV to `sink` as the applications are read, a page at a time. Returns the number of rows. */
export async function writeExportCsv(ctx: ServiceContext, query: ExportQuery, what: 'applications' | 'events', sink: CsvSink): Promise<number> {
  const out = stringify({ header: true, columns: what === 'applications' ? APPLICATION_COLUMNS.map(([name]) => name) : EVENT_COLUMNS, record_delimiter: 'windows' });
  let pending = '';
  out.on('data', (chunk: Buffer | string) => (pending += chunk.toString()));
  const flush = async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (pending) {
      const text = pending;
      pending = '';
      await sink(text);
    }
  };
  const write = (cells: (string | number | boolean | null)[]) => out.write(cells.map(neutraliseCell));
  let count = 0;
  await forEachListedApplication(ctx, query, async (items) => {
    if (what === 'applications') {
      for (const a of items) write(APPLICATION_COLUMNS.map(([, get]) => get(a)));
      count += items.length;
    } else {
      const byId = new Map(items.map((a) => [a.id, a]));
      const order = new Map(items.map((a, i) => [a.id, i]));
      const events = await eventsOfApplications(ctx.db, ctx.ownerId, items.map((a) => a.id));
      // Applications in the order of the list; each history in its own order.
      events.sort((x, y) => (order.get(x.application_id) ?? 0) - (order.get(y.application_id) ?? 0));
      for (const e of events) {
        const a = byId.get(e.application_id);
        write([e.application_id, a?.company ?? '', a?.title ?? '', e.seq, e.stage, e.occurred_on, e.round, e.interview_type, e.note]);
        count += 1;
      }
    }
    await flush();
  });
  await new Promise<void>((resolve) => out.end(resolve));
  await flush();
  return count;
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
  const out = stringify({ header: true, columns: ['date', 'company', 'role', 'how', 'outcome', 'job_url'], record_delimiter: 'windows' });
  let text = '';
  out.on('data', (chunk: Buffer | string) => (text += chunk.toString()));
  for (const r of rows) out.write([r.date, r.company, r.role, r.how, r.outcome, r.jobUrl].map(neutraliseCell));
  await new Promise<void>((resolve) => out.end(resolve));
  return text;
}
