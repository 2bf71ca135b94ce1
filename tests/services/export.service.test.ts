import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/contracts/applications.js';
import { zApplicationsExport } from '../../src/contracts/export.js';
import type { Database } from '../../src/db/connect.js';
import { neutraliseCell } from '../../src/domain/export/cells.js';
import { createApp } from '../../src/server/app.js';
import { getApplication, listApplications } from '../../src/services/applications.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadSampleSearch } from '../../src/services/demo.service.js';
import { drainExport, exportCsv, exportJson, type ExportQuery } from '../../src/services/export.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

/**
 * The applications CSV as the export wrote it when it mapped the list's own
 * items (before it read pages by key), with one fix: a text with a line break
 * is quoted (it was only when it held \r\n).
 */
function expectedApplicationsCsv(items: Application[]): string {
  const header = ['id', 'company', 'title', 'status', 'stage_reached', 'applied_on', 'last_event_on', 'source', 'referral', 'referrer',
    'resume_version', 'tailored', 'fit', 'excitement', 'salary_min', 'salary_max', 'salary_currency', 'location', 'remote', 'job_url',
    'tags', 'notes', 'created_at', 'updated_at'];
  const rows = items.map((a) => [a.id, a.company, a.title, a.status, a.stageReached, a.appliedOn, a.lastEventOn, a.source, a.referral ? 'yes' : 'no',
    a.referrer, a.resumeVersion, a.tailored ? 'yes' : 'no', a.fit, a.excitement, a.salaryMin, a.salaryMax, a.salaryCurrency, a.location, a.remote,
    a.jobUrl, a.tags.join(', '), a.notes, a.createdAt, a.updatedAt].map(neutraliseCell));
  return stringify(rows, { header: true, columns: header, record_delimiter: 'windows', quote_record_delimiter: true });
}

/** An export's bytes read as UTF-8 text once they have all come (a character may not be split across pages). */
async function text(chunks: AsyncGenerator<Uint8Array, number>): Promise<{ text: string; count: number; pieces: number }> {
  const parts: Uint8Array[] = [];
  const count = await drainExport(chunks, (bytes) => void parts.push(bytes));
  return { text: Buffer.concat(parts).toString('utf8'), count, pieces: parts.length };
}

async function listed(ctx: ServiceContext, query: ExportQuery): Promise<Application[]> {
  return (await listApplications(ctx, { ...query, page: 1, pageSize: 200 })).items;
}

const SORTS = ['updated', 'applied', 'lastEvent', 'company', 'title', 'fit', 'excitement', 'status'] as const;

describe.each(testDialects())('exports on %s', (dialect) => {
  let database: Database;
  let ctx: ServiceContext;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    ctx = await testContext(database, { ownerId: 'local', now: '2026-12-02T15:00:00.000Z' });
    await loadSampleSearch(ctx);
    await givenApplication(ctx, { company: '=HYPERLINK("http://evil")', title: '-Analyst, "data"', tags: ['remote', 'dream'], salaryMin: 50_000, salaryMax: 65_000, salaryCurrency: 'EUR', notes: 'line one\nline two', fit: 4 }, ['screen', 'interview', 'rejected']);
    await givenApplication(ctx, { company: 'Fernhill', title: 'Engineer', date: '2026-10-01', referral: true, source: 'network', tags: ['dream'] });
    const other = await testContext(database, { ownerId: 'u-someone-else', now: '2026-12-02T15:00:00.000Z' });
    await givenApplication(other, { company: 'Not yours', title: 'Hidden' }, ['screen']);
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  it('writes every application in the order of the list, page after page by key, for every sort in both orders', { timeout: 120_000 }, async () => {
    for (const sort of SORTS) {
      for (const order of ['asc', 'desc'] as const) {
        const items = await listed(ctx, { sort, order });
        expect(items.length).toBe(62);
        const got = await text(exportCsv(ctx, { sort, order }, 'applications', 7));
        expect(got.count).toBe(62);
        expect(got.pieces).toBe(9);
        expect(got.text, `${sort} ${order}`).toBe(expectedApplicationsCsv(items));
      }
    }
  });

  it('filters like the list: status, search, tag, source, dates and silence', { timeout: 60_000 }, async () => {
    const filters: ExportQuery[] = [
      { status: ['rejected'], sort: 'updated', order: 'desc' },
      { status: ['applied', 'screen'], sort: 'company', order: 'asc' },
      { q: 'analyst', sort: 'title', order: 'asc' },
      { q: 'an', sort: 'applied', order: 'desc' },
      { tag: 'dream', sort: 'updated', order: 'desc' },
      { source: ['network', 'job_board'], sort: 'lastEvent', order: 'asc' },
      { from: '2026-09-01', to: '2026-11-15', sort: 'applied', order: 'asc' },
      { noResponse: true, sort: 'status', order: 'asc' },
    ];
    for (const query of filters) {
      const items = await listed(ctx, query);
      expect(items.length, JSON.stringify(query)).toBeGreaterThan(0);
      const got = await text(exportCsv(ctx, query, 'applications', 3));
      expect(got.text, JSON.stringify(query)).toBe(expectedApplicationsCsv(items));
    }
    const fernhill = await text(exportCsv(ctx, { q: 'Fernhill', sort: 'updated', order: 'desc' }, 'applications'));
    expect(fernhill.text).toContain(',Fernhill,Engineer,applied,applied,2026-10-01,2026-10-01,network,yes,');
    const evil = await text(exportCsv(ctx, { q: 'HYPERLINK', sort: 'updated', order: 'desc' }, 'applications'));
    expect(evil.text).toContain(`"'=HYPERLINK(""http://evil"")","'-Analyst, ""data""",rejected,interview,`);
    expect(evil.text).toContain(',50000,65000,EUR,');
    expect(evil.text).toContain(',"dream, remote","line one\nline two",');
    expect(evil.text).not.toContain('Not yours');
    // A spreadsheet (or csv-parse) reads the line break inside the note as part of the cell.
    const records = parse(evil.text, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r.company, r.notes])).toEqual([[`'=HYPERLINK("http://evil")`, 'line one\nline two']]);
  });

  it('writes each history in its own order, applications in the order of the list; the JSON holds the same', { timeout: 60_000 }, async () => {
    const query: ExportQuery = { sort: 'company', order: 'desc' };
    const items = await listed(ctx, query);
    const details = await Promise.all(items.map((a) => getApplication(ctx, a.id)));
    const rows = details.flatMap((d) => d.events.map((e) => [d.id, d.company, d.title, e.seq, e.stage, e.occurredOn, e.round, e.interviewType, e.note].map(neutraliseCell)));
    const expected = stringify(rows, { header: true, columns: ['application_id', 'company', 'title', 'order', 'stage', 'occurred_on', 'round', 'interview_type', 'note'], record_delimiter: 'windows', quote_record_delimiter: true });
    const events = await text(exportCsv(ctx, query, 'events', 5));
    expect(events.count).toBe(rows.length);
    expect(events.text).toBe(expected);

    const json = await text(exportJson(ctx, query, 5));
    expect(json.count).toBe(62);
    const doc = zApplicationsExport.parse(JSON.parse(json.text));
    expect(doc.exportedAt).toBe('2026-12-02T15:00:00.000Z');
    // Each application's line is what JSON.stringify writes of it, keys in the order of the contract's fields.
    const lines = json.text.split('\n').slice(1, -2).map((line) => line.replace(/,$/, ''));
    expect(lines.map((line) => JSON.stringify(JSON.parse(line)))).toEqual(lines);
    expect(Object.keys(JSON.parse(lines[0]!) as object)).toEqual(['id', 'company', 'title', 'status', 'stageReached', 'appliedOn', 'lastEventOn', 'source', 'referral',
      'referrer', 'resumeVersion', 'tailored', 'fit', 'excitement', 'salaryMin', 'salaryMax', 'salaryCurrency', 'location', 'remote', 'jobUrl', 'tags', 'notes',
      'createdAt', 'updatedAt', 'events']);
    expect(doc.applications.map((a) => a.id)).toEqual(items.map((a) => a.id));
    for (const [i, a] of doc.applications.entries()) {
      const item = items[i]!;
      const { events: history, ...fields } = a;
      expect(fields).toEqual({ id: item.id, company: item.company, title: item.title, status: item.status, stageReached: item.stageReached,
        appliedOn: item.appliedOn, lastEventOn: item.lastEventOn, source: item.source, referral: item.referral, referrer: item.referrer,
        resumeVersion: item.resumeVersion, tailored: item.tailored, fit: item.fit, excitement: item.excitement, salaryMin: item.salaryMin,
        salaryMax: item.salaryMax, salaryCurrency: item.salaryCurrency, location: item.location, remote: item.remote, jobUrl: item.jobUrl,
        tags: item.tags, notes: item.notes, createdAt: item.createdAt, updatedAt: item.updatedAt });
      expect(history).toEqual(details[i]!.events.map((e) => ({ order: e.seq, stage: e.stage, occurredOn: e.occurredOn, round: e.round, interviewType: e.interviewType, note: e.note })));
    }
    // JSON is data, not a spreadsheet: nothing is neutralised there.
    expect(doc.applications.some((a) => a.company === '=HYPERLINK("http://evil")')).toBe(true);
  });

  it('an export that matches nothing is the header alone, or a document with no applications', async () => {
    const none: ExportQuery = { q: 'nothing matches this', sort: 'updated', order: 'desc' };
    expect((await text(exportCsv(ctx, none, 'applications'))).text).toMatch(/^id,company,title,status,[a-z_,]+updated_at\r\n$/);
    expect((await text(exportCsv(ctx, none, 'events'))).text).toBe('application_id,company,title,order,stage,occurred_on,round,interview_type,note\r\n');
    const json = await text(exportJson(ctx, none));
    expect(json.count).toBe(0);
    expect(JSON.parse(json.text)).toEqual({ exportedAt: '2026-12-02T15:00:00.000Z', applications: [] });
  });

  it('streams the CSV and the JSON over the API, filtered like the list', { timeout: 60_000 }, async () => {
    const app = createApp({ db: database.db, now: () => new Date('2026-12-02T15:00:00.000Z'), webDir: '/nonexistent' });
    const csv = await app.request('/api/export/applications.csv?status=rejected&sort=company&order=asc');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe(expectedApplicationsCsv(await listed(ctx, { status: ['rejected'], sort: 'company', order: 'asc' })));

    const res = await app.request('/api/export/applications.json?tag=dream');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="debrief-applications-2026-12-02.json"');
    const doc = zApplicationsExport.parse(await res.json());
    expect(doc.applications.map((a) => a.company).sort()).toEqual(['=HYPERLINK("http://evil")', 'Fernhill']);
    expect(doc.applications.find((a) => a.company === 'Fernhill')?.events.map((e) => e.stage)).toEqual(['applied']);

    expect((await app.request('/api/export/applications.json?sort=nonsense')).status).toBe(400);

    // Over HTTP each export is the service's bytes as they are, whichever writer made them.
    for (const [path, made] of [
      ['/api/export/applications.json?sort=company&order=asc', exportJson(ctx, { sort: 'company', order: 'asc' })],
      ['/api/export/events.csv?sort=applied&order=desc', exportCsv(ctx, { sort: 'applied', order: 'desc' }, 'events')],
    ] as const) {
      const parts: Uint8Array[] = [];
      await drainExport(made, (bytes) => void parts.push(bytes));
      const body = Buffer.from(await (await app.request(path)).arrayBuffer());
      expect(body.equals(Buffer.concat(parts)), path).toBe(true);
    }

    // A client that stops reading stops the export: the rest is never read.
    const partial = await app.request('/api/export/events.csv');
    const reader = partial.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^application_id,company,title,order,stage/);
    await reader.cancel();

    // Asked for from elsewhere (hosted behind a load balancer), the export is gzipped as it goes; to this computer it is sent as it is.
    const plain = await (await app.request('/api/export/events.csv?sort=company&order=asc', { headers: { 'accept-encoding': 'gzip' } })).text();
    const far = await app.request('http://debrief.example/api/export/events.csv?sort=company&order=asc', { headers: { 'accept-encoding': 'gzip' } });
    expect(far.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await far.arrayBuffer())).toString('utf8')).toBe(plain);
    const near = await app.request('/api/export/applications.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(near.headers.get('content-encoding')).toBeNull();
  });
});
