import { BOARD_COLUMNS } from '../../src/domain/applications/stages.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { zApplicationListQuery, zApplicationUpdate } from '../../src/contracts/applications.js';
import * as apps from '../../src/services/applications.service.js';
import * as boards from '../../src/services/board.service.js';
import * as events from '../../src/services/application-events.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { buildApplication, givenApplication } from '../support/builders.js';

describe.each(testDialects())('applications on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('adds an application, reusing the company whatever its spelling', async () => {
    const ctx = await testContext(database, { ownerId: 'u-add' });
    const a = await apps.createApplication(ctx, buildApplication({ company: 'Larkspur Labs', title: 'Senior Data Scientist' }));
    const b = await apps.createApplication(ctx, buildApplication({ company: '  larkspur   LABS ', title: 'Analyst' }));
    expect(b.companyId).toBe(a.companyId);
    expect(a).toMatchObject({ status: 'applied', stageReached: 'applied', appliedOn: '2026-11-01', roleFamily: 'data', seniority: 'senior', version: 1 });
  });

  it('derives status and stage reached from the history', async () => {
    const ctx = await testContext(database, { ownerId: 'u-derive' });
    const app = await givenApplication(ctx, {}, ['screen', 'interview', 'rejected']);
    expect(app.status).toBe('rejected');
    expect(app.stageReached).toBe('interview');
    const detail = await apps.getApplication(ctx, app.id);
    expect(detail.events.map((e) => e.stage)).toEqual(['applied', 'screen', 'interview', 'rejected']);
  });

  it('refuses to move an application that has ended, and writes nothing', async () => {
    const ctx = await testContext(database, { ownerId: 'u-ended' });
    const app = await givenApplication(ctx, {}, ['rejected']);
    await expect(events.moveApplication(ctx, app.id, { stage: 'interview' })).rejects.toMatchObject({ code: 'conflict' });
    expect((await apps.getApplication(ctx, app.id)).events).toHaveLength(2);
  });

  it('treats a repeated move to the same stage as a no-op (double submit)', async () => {
    const ctx = await testContext(database, { ownerId: 'u-dup' });
    const app = await givenApplication(ctx, {}, ['screen']);
    const again = await events.moveApplication(ctx, app.id, { stage: 'screen' });
    expect(again.changed).toBe(false);
    expect((await apps.getApplication(ctx, app.id)).events).toHaveLength(2);
  });

  it('numbers interview rounds and lets the newest move be undone', async () => {
    const ctx = await testContext(database, { ownerId: 'u-rounds' });
    const app = await givenApplication(ctx, {}, ['interview', 'interview']);
    const detail = await apps.getApplication(ctx, app.id);
    expect(detail.events.filter((e) => e.stage === 'interview').map((e) => e.round)).toEqual([1, 2]);
    const last = detail.events.at(-1)!;
    const first = detail.events[0]!;
    await expect(events.undoEvent(ctx, app.id, first.id)).rejects.toMatchObject({ code: 'conflict' });
    const after = await events.undoEvent(ctx, app.id, last.id);
    expect(after.status).toBe('interview');
    expect((await apps.getApplication(ctx, app.id)).events).toHaveLength(2);
  });

  it('refuses a stale edit with a conflict (optimistic concurrency)', async () => {
    const ctx = await testContext(database, { ownerId: 'u-stale' });
    const app = await givenApplication(ctx);
    const edited = await apps.updateApplication(ctx, app.id, zApplicationUpdate.parse({ version: app.version, title: 'Lead Analyst' }));
    expect(edited.version).toBe(app.version + 1);
    await expect(apps.updateApplication(ctx, app.id, zApplicationUpdate.parse({ version: app.version, title: 'Other' }))).rejects.toMatchObject({ code: 'stale' });
    expect((await apps.getApplicationSummary(ctx, app.id)).title).toBe('Lead Analyst');
  });

  it('flags applications without news after the threshold, and lists them', async () => {
    const ctx = await testContext(database, { ownerId: 'u-silent', now: '2026-11-20T10:00:00.000Z' });
    await updateSettings(ctx, { noResponseDays: 14 });
    const old = await givenApplication(ctx, { date: '2026-10-01' });
    await givenApplication(ctx, { date: '2026-11-15' });
    await givenApplication(ctx, { date: '2026-10-01' }, ['rejected']);
    const page = await apps.listApplications(ctx, zApplicationListQuery.parse({ noResponse: 'true' }));
    expect(page.items.map((a) => a.id)).toEqual([old.id]);
    expect(page.items[0]?.noResponse).toEqual({ flagged: true, daysSilent: 50 });
    const ghosted = await events.confirmGhosted(ctx, old.id);
    expect(ghosted.application.status).toBe('ghosted');
  });

  it('filters, searches, sorts and paginates the list', async () => {
    const ctx = await testContext(database, { ownerId: 'u-list' });
    await givenApplication(ctx, { company: 'Bluefin Health', title: 'Data Analyst', tags: ['health'], source: 'job_board', date: '2026-09-01' });
    await givenApplication(ctx, { company: 'Quillon Software', title: 'Product Analyst', source: 'recruiter', date: '2026-10-01' }, ['screen']);
    await givenApplication(ctx, { company: 'Otterly 100% Games', title: 'Game Designer', date: '2026-10-15' });
    const list = (q: Record<string, string>) => apps.listApplications(ctx, zApplicationListQuery.parse(q));
    expect((await list({ q: 'bluefin' })).items.map((a) => a.company)).toEqual(['Bluefin Health']);
    expect((await list({ q: '100%' })).items.map((a) => a.company)).toEqual(['Otterly 100% Games']);
    expect((await list({ status: 'screen' })).items.map((a) => a.company)).toEqual(['Quillon Software']);
    expect((await list({ tag: 'HEALTH' })).total).toBe(1);
    expect((await list({ source: 'job_board,recruiter' })).total).toBe(2);
    expect((await list({ from: '2026-09-15', to: '2026-10-10' })).items.map((a) => a.company)).toEqual(['Quillon Software']);
    const sorted = await list({ sort: 'company', order: 'asc', pageSize: '2', page: '2' });
    expect(sorted.total).toBe(3);
    expect(sorted.items.map((a) => a.company)).toEqual(['Quillon Software']);
  });

  it('keeps every owner apart', async () => {
    const mine = await testContext(database, { ownerId: 'u-owner-a' });
    const theirs = await testContext(database, { ownerId: 'u-owner-b' });
    const app = await givenApplication(mine, { company: 'Private Co' });
    await expect(apps.getApplication(theirs, app.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await apps.listApplications(theirs, zApplicationListQuery.parse({}))).total).toBe(0);
    await expect(events.moveApplication(theirs, app.id, { stage: 'rejected' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('builds the board with every status column and totals', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board' });
    await givenApplication(ctx);
    await givenApplication(ctx, {}, ['screen', 'interview']);
    await givenApplication(ctx, {}, ['rejected']);
    const board = await boards.getBoard(ctx, 1);
    expect(board.columns.map((c) => c.status)).toContain('ghosted');
    const byStatus = Object.fromEntries(board.columns.map((c) => [c.status, c.total]));
    expect(byStatus).toMatchObject({ applied: 1, interview: 1, rejected: 1, offer: 0 });
  });

  it('shows the board and the list summaries without the long texts, most recent news first in each column', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-order' });
    const long = { description: Array(40).fill('A long job description.').join(' '), notes: 'Private notes about the call.' };
    const older = await givenApplication(ctx, { ...long, date: '2026-10-01' });
    const newer = await givenApplication(ctx, { ...long, date: '2026-10-20' });
    const newest = await givenApplication(ctx, { ...long, date: '2026-10-25' });
    const moved = await givenApplication(ctx, { date: '2026-10-02' }, ['screen']);
    const board = await boards.getBoard(ctx, 2);
    const column = (status: string) => board.columns.find((c) => c.status === status)!;
    expect(column('applied').total).toBe(3);
    expect(column('applied').items.map((a) => a.id)).toEqual([newest.id, newer.id]);
    expect(column('screen').items.map((a) => a.id)).toEqual([moved.id]);
    expect(board.columns.map((c) => c.status)).toEqual([...BOARD_COLUMNS]);
    for (const item of board.columns.flatMap((c) => c.items)) {
      expect(item).not.toHaveProperty('description');
      expect(item).not.toHaveProperty('notes');
    }
    const query = zApplicationListQuery.parse({ sort: 'applied', order: 'asc' });
    const whole = await apps.listApplications(ctx, query);
    const summaries = await apps.listApplicationSummaries(ctx, { ...query, fields: 'summary' });
    expect(whole.items[0]).toMatchObject({ id: older.id, description: long.description, notes: long.notes });
    expect(summaries.items.map((a) => a.id)).toEqual(whole.items.map((a) => a.id));
    expect(summaries.items[0]).toEqual(Object.fromEntries(Object.entries(whole.items[0]!).filter(([k]) => k !== 'description' && k !== 'notes')));
    expect(summaries.total).toBe(whole.total);
  });

  it('refuses impossible dates and an application dated in the future', async () => {
    const ctx = await testContext(database, { ownerId: 'u-dates', now: '2026-11-20T10:00:00.000Z' });
    await expect(apps.createApplication(ctx, buildApplication({ date: '2027-01-05' }))).rejects.toMatchObject({ code: 'validation' });
    const app = await givenApplication(ctx);
    const booked = await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-27' });
    expect(booked.changed).toBe(true);
  });

  it('resolves a unique id prefix, and says when a prefix is ambiguous', async () => {
    const ctx = await testContext(database, { ownerId: 'u-prefix' });
    const app = await givenApplication(ctx);
    expect(await apps.resolveApplicationId(ctx, app.id.slice(0, 6))).toBe(app.id);
    await expect(apps.resolveApplicationId(ctx, 'zzzzzzzz')).rejects.toMatchObject({ code: 'not_found' });
  });
});
