import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Database } from '../../src/db/connect.js';
import {
  countQuery,
  FEW_MATCHES,
  listApplicationViews,
  pageIdsQuery,
  walkSearchQuery,
  type ViewFilter,
  type ViewSort,
} from '../../src/db/repos/application-views.repo.js';
import { zApplicationListQuery } from '../../src/contracts/applications.js';
import * as apps from '../../src/services/applications.service.js';
import { updateCompany } from '../../src/services/companies.service.js';
import { seedScaleOwner } from '../../bench/support/scale-data.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

/**
 * A search reads its page by walking the list's index when the text matches
 * many rows, and by sorting its matches when it matches few
 * (docs/decisions/0041): either way the same rows, in the same order, with
 * the same total as every match sorted (the rule of ADR 0023).
 */
describe.each(testDialects())('search at scale on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await database.db.transaction().execute(async (trx) => {
      await seedScaleOwner(trx, 'other-a', 150, '2026-11-20', 7);
      await seedScaleOwner(trx, 'local', 1200, '2026-11-20', 1);
      await seedScaleOwner(trx, 'other-b', 150, '2026-11-20', 8);
    });
    await sql`analyze`.execute(database.db);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  /** Every match of the filter, sorted, and their number: the reading that sorts every match. */
  async function reference(owner: string, filter: ViewFilter, sort: ViewSort, order: 'asc' | 'desc') {
    const [ids, count] = await Promise.all([
      pageIdsQuery(database.db, owner, filter, { sort, order, limit: 100_000, offset: 0 }).execute(),
      countQuery(database.db, owner, filter).executeTakeFirstOrThrow(),
    ]);
    return { ids: ids.map((r) => r.id), total: Number(count.n) };
  }

  async function page(owner: string, filter: ViewFilter, sort: ViewSort, order: 'asc' | 'desc', offset: number, limit = 25) {
    const got = await listApplicationViews(database.db, owner, filter, { sort, order, limit, offset }, 'summary');
    return { ids: got.rows.map((r) => r.id), total: got.total, read: got.read };
  }

  const sorts: [ViewSort, 'asc' | 'desc'][] = [['updated', 'desc'], ['updated', 'asc'], ['title', 'asc'], ['company', 'desc'], ['applied', 'desc'], ['status', 'asc']];

  it('a term matching most rows walks the index: the same pages, order and total as every match sorted', async () => {
    for (const q of ['engineer', 'ENGINEER', 'en', 'e']) {
      for (const [sort, order] of sorts) {
        const all = await reference('local', { q }, sort, order);
        expect(all.total, q).toBeGreaterThan(FEW_MATCHES);
        for (const offset of [0, 50]) {
          const got = await page('local', { q }, sort, order, offset);
          expect(got.read, `${q} ${sort} ${order}`).toBe('walk');
          expect(got.total).toBe(all.total);
          expect(got.ids, `${q} ${sort} ${order} from ${offset}`).toEqual(all.ids.slice(offset, offset + 25));
        }
      }
    }
  });

  it('a term matching few rows sorts its matches, with the same answer', async () => {
    for (const q of ['cedarw', 'quillfield', 'zzz-nothing', 'ca']) {
      for (const [sort, order] of sorts) {
        const all = await reference('local', { q }, sort, order);
        const got = await page('local', { q }, sort, order, 0);
        expect(got.total, q).toBe(all.total);
        expect(got.ids, `${q} ${sort} ${order}`).toEqual(all.ids.slice(0, 25));
        if (all.total <= FEW_MATCHES) expect(got.read).toBe('matches');
      }
    }
    expect((await reference('local', { q: 'cedarw' }, 'updated', 'desc')).total).toBeGreaterThan(0);
  });

  it('with other filters too, and for each owner only their own matches', async () => {
    for (const filter of [{ q: 'engineer', statuses: ['rejected'] }, { q: 'eng', statuses: ['applied', 'ghosted'] }, { q: 'an', tag: 'remote' }] as ViewFilter[]) {
      const all = await reference('local', filter, 'updated', 'desc');
      const got = await page('local', filter, 'updated', 'desc', 0);
      expect(got.total).toBe(all.total);
      expect(got.ids).toEqual(all.ids.slice(0, 25));
    }
    for (const owner of ['other-a', 'other-b']) {
      for (const q of ['engineer', 'harbor', 'e']) {
        const all = await reference(owner, { q }, 'updated', 'desc');
        const got = await page(owner, { q }, 'updated', 'desc', 0);
        expect(got.total, `${owner} ${q}`).toBe(all.total);
        expect(got.ids).toEqual(all.ids.slice(0, 25));
        expect(got.ids.every((id) => id.startsWith(`${owner}-`))).toBe(true);
      }
    }
  });

  it('pages through a frequent term by keyset and by offset: every match once, in order, no gaps', async () => {
    const ctx = await testContext(database, { ownerId: 'local' });
    for (const [sort, order] of [['updated', 'desc'], ['company', 'asc']] as const) {
      const all = await reference('local', { q: 'engineer' }, sort, order);
      const byKeyset: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const query = zApplicationListQuery.parse({ q: 'engineer', sort, order, pageSize: '100', ...(after ? { after } : {}) });
        const got = await apps.listApplicationSummaries(ctx, query);
        expect(got.total).toBe(all.total);
        byKeyset.push(...got.items.map((x) => x.id));
        after = got.nextCursor;
        if (!after) break;
      }
      expect(byKeyset).toEqual(all.ids);
      const byOffset: string[] = [];
      for (let p = 1; p <= Math.ceil(all.total / 100); p++) {
        byOffset.push(...(await apps.listApplicationSummaries(ctx, zApplicationListQuery.parse({ q: 'engineer', sort, order, pageSize: '100', page: String(p) }))).items.map((x) => x.id));
      }
      expect(byOffset).toEqual(all.ids);
    }
  });

  it('finds the letters the trigram index folds to ASCII (Kelvin sign, long s) when walking, as the index does', async () => {
    const ctx = await testContext(database, { ownerId: 'u-fold' });
    const k = await givenApplication(ctx, { company: 'Lab \u212Aelvin', title: 'Data Analyst' });
    const s = await givenApplication(ctx, { company: 'Plain Works', title: 'Data Analy\u017Ft' });
    await givenApplication(ctx, { company: 'Other Works', title: 'UX Designer' });
    for (const q of ['kelvin', 'KELVIN', 'analyst', 'data']) {
      const all = await reference('u-fold', { q }, 'title', 'asc');
      const walked = await walkSearchQuery(database.db, 'u-fold', { q }, { sort: 'title', order: 'asc', limit: 25, offset: 0 }, 1000)!.execute();
      expect(walked.map((r) => r.id), q).toEqual(all.ids);
    }
    expect((await reference('u-fold', { q: 'kelvin' }, 'title', 'asc')).ids).toEqual([k.id]);
    if (dialect === 'sqlite') expect((await reference('u-fold', { q: 'analyst' }, 'title', 'asc')).ids).toContain(s.id);
  });

  it('follows edits in the same transaction: a renamed company and a new title change the walk and the count', async () => {
    const ctx = await testContext(database, { ownerId: 'local' });
    const before = await reference('local', { q: 'engineer' }, 'updated', 'desc');
    const app = await apps.getApplication(ctx, before.ids[3]!);
    ctx.clock.set('2030-01-01T00:00:00.000Z');
    await apps.updateApplication(ctx, app.id, { version: app.version, title: 'Lighthouse keeper' });
    await updateCompany(ctx, app.companyId, { name: `${app.company} Engineering` });
    const after = await reference('local', { q: 'engineer' }, 'updated', 'desc');
    const got = await page('local', { q: 'engineer' }, 'updated', 'desc', 0);
    expect(got.read).toBe('walk');
    expect(got.total).toBe(after.total);
    expect(got.ids).toEqual(after.ids.slice(0, 25));
    expect(got.ids[0]).toBe(app.id); // changed last, and now found by its company
    expect((await page('local', { q: 'lighthouse k' }, 'updated', 'desc', 0)).ids).toEqual([app.id]);
  });

  it('counts a word found in two or three of the texts (title, company, location) once per application', async () => {
    const ctx = await testContext(database, { ownerId: 'u-fields' });
    await givenApplication(ctx, { company: 'Berlin Works', title: 'Data Analyst', location: 'Berlin' });
    await givenApplication(ctx, { company: 'Berlin Works', title: 'Berlin Guide', location: 'Lisbon' });
    await givenApplication(ctx, { company: 'Harbor Labs', title: 'Harbor pilot' });
    await givenApplication(ctx, { company: 'Quiet Co', title: 'Analyst', location: 'Berlin' });
    await givenApplication(ctx, { company: 'Other Co', title: 'UX Designer', location: 'Remote (EU)' });
    const expected: Record<string, number> = { berlin: 3, BERLIN: 3, harbor: 1, analyst: 2, works: 2, remote: 1, 'er co': 1, o: 5, zzz: 0, '%': 0, _: 0 };
    for (const [q, n] of Object.entries(expected)) {
      const all = await reference('u-fields', { q }, 'updated', 'desc');
      const got = await page('u-fields', { q }, 'updated', 'desc', 0);
      expect(all.total, q).toBe(n);
      expect(got.total, q).toBe(n);
      expect(got.ids, q).toEqual(all.ids.slice(0, 25));
    }
    // The same words among many applications of the seeker, found in one text or in several.
    for (const q of ['engineer', 'harbor', 'berlin', 'remote', 'in', 'an', 'e', 'la', 'ee']) {
      expect((await page('local', { q }, 'updated', 'desc', 0)).total, q).toBe((await reference('local', { q }, 'updated', 'desc')).total);
    }
  });

  it.runIf(dialect === 'postgres')('keeps each owner\u2019s searched values counted in step with every change: adds, edits, a renamed company, deletions', async () => {
    const ctx = await testContext(database, { ownerId: 'u-kept-values' });
    const kept = async () => (await sql<{ owner_id: string; field: string; value: string; n: number }>`
      select owner_id, field, value, n from application_search_counts order by owner_id, field, value`.execute(database.db)).rows.map((r) => ({ ...r, n: Number(r.n) }));
    const counted = async () => (await sql<{ owner_id: string; field: string; value: string; n: number }>`
      select owner_id, field, value, n from (
        select owner_id, 'title' as field, title as value, count(*) as n from application_search group by owner_id, title
        union all select owner_id, 'company', company, count(*) from application_search group by owner_id, company
        union all select owner_id, 'location', location, count(*) from application_search group by owner_id, location) c
      order by owner_id, field, value`.execute(database.db)).rows.map((r) => ({ ...r, n: Number(r.n) }));
    expect(await kept()).toEqual(await counted());
    const a = await givenApplication(ctx, { company: 'Kept Counts Ltd', title: 'Data Analyst', location: 'Lisbon' });
    const b = await givenApplication(ctx, { company: 'Kept Counts Ltd', title: 'Data Analyst' });
    expect((await kept()).filter((r) => r.owner_id === 'u-kept-values')).toEqual([
      { owner_id: 'u-kept-values', field: 'company', value: 'kept counts ltd', n: 2 },
      { owner_id: 'u-kept-values', field: 'location', value: '', n: 1 },
      { owner_id: 'u-kept-values', field: 'location', value: 'lisbon', n: 1 },
      { owner_id: 'u-kept-values', field: 'title', value: 'data analyst', n: 2 },
    ]);
    const fresh = await apps.getApplication(ctx, b.id);
    await apps.updateApplication(ctx, b.id, { version: fresh.version, title: 'Lead Analyst', location: 'Porto' });
    await updateCompany(ctx, fresh.companyId, { name: 'Counted Again Ltd' });
    expect(await kept()).toEqual(await counted());
    await apps.deleteApplication(ctx, a.id);
    expect(await kept()).toEqual(await counted());
    expect((await kept()).filter((r) => r.owner_id === 'u-kept-values').map((r) => r.value)).toEqual(['counted again ltd', 'porto', 'lead analyst']); // counts that fall to zero go
    expect((await page('u-kept-values', { q: 'again' }, 'updated', 'desc', 0)).total).toBe(1);
  });

  it.runIf(dialect === 'sqlite')('numbers each owner\u2019s documents in a range of their own', async () => {
    await givenApplication(await testContext(database, { ownerId: 'other-a' }), { company: 'Late Co', title: 'Late Engineer' });
    const ranges = await sql<{ owner_id: string; lo: number; hi: number; n: number }>`
      select owner_id, min(doc) as lo, max(doc) as hi, count(*) as n from application_search_docs group by owner_id order by lo`.execute(database.db);
    for (let i = 1; i < ranges.rows.length; i++) expect(ranges.rows[i]!.lo).toBeGreaterThan(ranges.rows[i - 1]!.hi);
    const a = await reference('other-a', { q: 'late engineer' }, 'updated', 'desc');
    expect(a.total).toBe(1);
    expect((await page('other-a', { q: 'late engineer' }, 'updated', 'desc', 0)).total).toBe(1);
  });
});
