import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { SORT_KEYS, zApplicationListQuery, type Application } from '../../src/contracts/applications.js';
import * as apps from '../../src/services/applications.service.js';
import { updateCompany } from '../../src/services/companies.service.js';
import { moveApplication, undoLastEvent } from '../../src/services/application-events.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

/**
 * The list reads sort keys kept on application_state by triggers, and pages
 * through them by offset (web app, CLI) or by keyset (`after`, the API): both
 * must give the same rows in the same order, and the keys must follow every
 * edit (docs/decisions/0023).
 */
describe.each(testDialects())('list paging and sort keys on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('counts the ended columns from the kept counts, exactly as many as it lists, through moves, undos and deletes', async () => {
    const ctx = await testContext(database, { ownerId: 'u-ended-counts' });
    const made: string[] = [];
    for (let i = 0; i < 12; i++) made.push((await givenApplication(ctx, { company: `Ended ${i % 5}`, title: `Role ${i}`, date: '2026-10-01' })).id);
    const ends = ['rejected', 'withdrawn', 'accepted', 'ghosted'] as const;
    for (const [i, id] of made.entries()) {
      if (i % 6 === 5) continue; // still applied
      if (ends[i % 4] === 'accepted') await moveApplication(ctx, id, { stage: 'offer', occurredOn: '2026-10-10' });
      await moveApplication(ctx, id, { stage: ends[i % 4]!, occurredOn: '2026-10-20' });
    }
    await undoLastEvent(ctx, made[0]!); // rejected → applied again
    await apps.deleteApplication(ctx, made[1]!); // a withdrawn one goes
    await moveApplication(ctx, made[2]!, { stage: 'rejected', occurredOn: '2026-10-25' }); // accepted → rejected
    const listed = async (status: string) => {
      const page = await apps.listApplications(ctx, zApplicationListQuery.parse({ status, pageSize: '200' }));
      return { total: page.total, shown: page.items.length, statuses: new Set(page.items.map((a) => a.status)) };
    };
    for (const status of ['rejected', 'withdrawn', 'accepted', 'ghosted', 'rejected,withdrawn', 'rejected,rejected', 'ghosted,applied']) {
      const { total, shown, statuses } = await listed(status);
      expect(total, status).toBe(shown);
      expect([...statuses].every((s) => status.split(',').includes(s)), status).toBe(true);
    }
    const all = await apps.listApplications(ctx, zApplicationListQuery.parse({ pageSize: '200' }));
    expect(all.total).toBe(11);
    expect(all.items).toHaveLength(11);
    expect((await listed('rejected')).total).toBe(3);
    expect((await listed('withdrawn')).total).toBe(1);
  });

  it('walks every sort by keyset and by offset to the same rows, in the same order', async () => {
    const ctx = await testContext(database, { ownerId: 'u-keyset' });
    const titles = ['Data Analyst', 'Backend Engineer', 'Data Analyst', 'UX Designer', 'Analytics Engineer', 'Data Analyst', 'Product Manager'];
    for (const [i, title] of titles.entries()) {
      ctx.clock.set(`2026-11-20T10:0${i % 3}:00.000Z`); // equal change times: ties broken by id
      await givenApplication(ctx, { company: `Firm ${i % 4}`, title, fit: i % 3 === 0 ? undefined : (i % 5) + 1, date: `2026-10-0${1 + (i % 4)}` }, i % 2 ? ['screen'] : []);
    }
    const list = (q: Record<string, string>) => apps.listApplications(ctx, zApplicationListQuery.parse(q));
    for (const sort of SORT_KEYS) {
      for (const order of ['asc', 'desc']) {
        const all = (await list({ sort, order, pageSize: '200' })).items.map((a) => a.id);
        expect(all).toHaveLength(titles.length);
        const byOffset: string[] = [];
        for (let page = 1; page <= 3; page++) byOffset.push(...(await list({ sort, order, pageSize: '3', page: String(page) })).items.map((a) => a.id));
        const byKeyset: string[] = [];
        let after: string | null = null;
        let pages = 0;
        do {
          const page = await list({ sort, order, pageSize: '3', ...(after ? { after } : {}) });
          byKeyset.push(...page.items.map((a) => a.id));
          expect(page.total).toBe(titles.length);
          after = page.nextCursor;
          pages += 1;
        } while (after && pages < 10);
        expect(pages).toBe(3);
        expect(byOffset).toEqual(all);
        expect(byKeyset).toEqual(all);
      }
    }
    const first = await list({ sort: 'title', order: 'asc', pageSize: '2' });
    expect(first.items.map((a) => a.title)).toEqual(['Analytics Engineer', 'Backend Engineer']);
    await expect(list({ sort: 'company', order: 'asc', after: first.nextCursor ?? '' })).rejects.toMatchObject({ code: 'validation' });
    await expect(list({ after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('keeps the sort keys in step with edits, moves and company renames', async () => {
    const ctx = await testContext(database, { ownerId: 'u-keys' });
    const a = await givenApplication(ctx, { company: 'Alder Works', title: 'Zoologist', fit: 2 });
    ctx.clock.set('2026-11-20T11:00:00.000Z');
    const b = await givenApplication(ctx, { company: 'Birch Labs', title: 'Analyst', fit: 4 });
    const ids = async (q: Record<string, string>) => (await apps.listApplications(ctx, zApplicationListQuery.parse(q))).items.map((x: Application) => x.id);
    expect(await ids({ sort: 'title', order: 'asc' })).toEqual([b.id, a.id]);
    expect(await ids({ sort: 'updated' })).toEqual([b.id, a.id]);

    ctx.clock.set('2026-11-20T12:00:00.000Z');
    await apps.updateApplication(ctx, a.id, { version: a.version, title: 'Actuary', fit: 5 });
    expect(await ids({ sort: 'title', order: 'asc' })).toEqual([a.id, b.id]);
    expect(await ids({ sort: 'fit' })).toEqual([a.id, b.id]);
    expect(await ids({ sort: 'updated' })).toEqual([a.id, b.id]);

    ctx.clock.set('2026-11-20T13:00:00.000Z');
    await moveApplication(ctx, b.id, { stage: 'screen', occurredOn: '2026-11-20' });
    expect(await ids({ sort: 'updated' })).toEqual([b.id, a.id]);
    expect(await ids({ status: 'screen' })).toEqual([b.id]);

    expect(await ids({ sort: 'company', order: 'asc' })).toEqual([a.id, b.id]);
    await updateCompany(ctx, a.companyId, { name: 'Zelkova Works' });
    expect(await ids({ sort: 'company', order: 'asc' })).toEqual([b.id, a.id]);

    await apps.deleteApplication(ctx, b.id);
    await apps.restoreApplication(ctx, b.id);
    expect(await ids({ sort: 'company', order: 'asc', status: 'screen' })).toEqual([b.id]);
    expect(await ids({ sort: 'updated' })).toEqual([b.id, a.id]);
  });

  it('searches title, company and location by substring, in step with edits, renames, deletions and restores', async () => {
    const ctx = await testContext(database, { ownerId: 'u-search' });
    const other = await testContext(database, { ownerId: 'u-search-other' });
    await givenApplication(other, { company: 'Harbor Labs', title: 'Data Analyst' });
    const a = await givenApplication(ctx, { company: 'Harbor Labs', title: 'Senior Data Scientist', location: 'Berlin' });
    const b = await givenApplication(ctx, { company: 'Nova Health', title: 'Product Analyst', location: 'Lisbon' });
    const c = await givenApplication(ctx, { company: 'Café Ünter 100%', title: 'UX Designer' });
    const found = async (q: string) => (await apps.listApplications(ctx, zApplicationListQuery.parse({ q, sort: 'title', order: 'asc' }))).items.map((x) => x.id);
    expect(await found('harbor')).toEqual([a.id]);
    expect(await found('ANALYST')).toEqual([b.id]);
    expect(await found('data sci')).toEqual([a.id]);
    expect(await found('lisb')).toEqual([b.id]);
    expect(await found('100%')).toEqual([c.id]);
    expect(await found('0%')).toEqual([c.id]);
    expect(await found('CAFÉ')).toEqual([c.id]);
    expect(await found('ca')).toEqual([c.id]);
    expect(await found('an')).toEqual([b.id]);
    expect(await found('i')).toEqual([b.id, a.id, c.id]);
    expect(await found('"quoted"')).toEqual([]);

    await apps.updateApplication(ctx, b.id, { version: b.version, title: 'Staff Engineer', location: 'Porto' });
    expect(await found('analyst')).toEqual([]);
    expect(await found('porto')).toEqual([b.id]);
    expect(await found('lisbon')).toEqual([]);

    await updateCompany(ctx, a.companyId, { name: 'Lighthouse Labs' });
    expect(await found('harbor')).toEqual([]);
    expect(await found('lighthouse')).toEqual([a.id]);

    await apps.deleteApplication(ctx, a.id);
    expect(await found('lighthouse')).toEqual([]);
    await apps.restoreApplication(ctx, a.id);
    expect(await found('lighthouse')).toEqual([a.id]);
    expect((await apps.listApplications(other, zApplicationListQuery.parse({ q: 'harbor' }))).total).toBe(1);
  });
});
