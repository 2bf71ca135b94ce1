import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Compilable, type Kysely } from 'kysely';
import type { Database } from '../../src/db/connect.js';
import type { DB } from '../../src/db/schema.js';
import { countQuery, pageIdsQuery, type ViewFilter, type ViewSort } from '../../src/db/repos/application-views.repo.js';
import { dueStatesQuery } from '../../src/db/repos/derived-state.js';
import { exportJsonPageQuery, exportPageQuery, writesJsonLines } from '../../src/db/repos/export.repo.js';
import { recentAwaitingQuery } from '../../src/db/repos/insights.repo.js';
import { SORT_KEYS } from '../../src/contracts/applications.js';
import { seedScaleOwner } from '../../bench/support/scale-data.js';
import { freshDatabase, testDialects } from '../support/databases.js';

/**
 * Every list the web app, the CLI and the API ask for is read from an index
 * that serves its order: no full sort of the matching rows, no scan of the
 * table (docs/decisions/0023). On PostgreSQL the planner is told that sorts
 * and sequential scans cost too much, so a plan that still has one means no
 * index can serve the query.
 */
describe.each(testDialects())('list query plans on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await database.db.transaction().execute(async (trx) => {
      await seedScaleOwner(trx, 'local', 300, '2026-11-20', 1);
      await seedScaleOwner(trx, 'other', 100, '2026-11-20', 2);
    });
    await sql`analyze`.execute(database.db);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  async function plan(db: Kysely<DB>, query: Compilable): Promise<string> {
    const compiled = query.compile();
    return db.transaction().execute(async (trx) => {
      if (dialect === 'postgres') {
        await sql`set local enable_seqscan = off`.execute(trx);
        await sql`set local enable_sort = off`.execute(trx);
      }
      const prefix = dialect === 'sqlite' ? 'explain query plan ' : 'explain ';
      const result = await trx.executeQuery({ ...compiled, sql: prefix + compiled.sql, query: compiled.query });
      return (result.rows as Record<string, unknown>[]).map((r) => String(r.detail ?? r['QUERY PLAN'] ?? '')).join('\n');
    });
  }

  function expectServedByIndex(text: string): void {
    if (dialect === 'sqlite') {
      expect(text).not.toMatch(/TEMP B-TREE/);
      expect(text).not.toMatch(/\bSCAN (d|application_state)\b(?! USING)/);
    } else {
      expect(text).not.toMatch(/\bSort\b/);
      expect(text).not.toMatch(/Seq Scan/);
    }
  }

  const filters: [string, ViewFilter][] = [
    ['no filter', {}],
    ['one status', { statuses: ['rejected'] }],
  ];
  for (const [label, filter] of filters) {
    for (const sort of SORT_KEYS as readonly ViewSort[]) {
      for (const order of ['asc', 'desc'] as const) {
        it(`${label}, sorted by ${sort} ${order}: first page, a later page and a keyset page`, async () => {
          const db = database.db;
          expectServedByIndex(await plan(db, pageIdsQuery(db, 'local', filter, { sort, order, limit: 25, offset: 0 })));
          expectServedByIndex(await plan(db, pageIdsQuery(db, 'local', filter, { sort, order, limit: 25, offset: 100 })));
          const key = ['fit', 'excitement'].includes(sort) ? 3 : '2026-06-01';
          expectServedByIndex(await plan(db, pageIdsQuery(db, 'local', filter, { sort, order, limit: 25, offset: 0, after: { key, id: 'local-a5' } })));
        });
      }
    }
    it(`${label}: the count reads an index, not the table`, async () => {
      expectServedByIndex(await plan(database.db, countQuery(database.db, 'local', filter)));
    });
    it(`${label}: an export page (the list's page joined with its rows) is served by the index, by key`, async () => {
      const db = database.db;
      for (const sort of ['applied', 'updated', 'company'] as const) {
        expectServedByIndex(await plan(db, exportPageQuery(db, 'local', filter, { sort, order: 'asc', limit: 500 })));
        const key = sort === 'company' ? 'm' : '2026-06-01';
        expectServedByIndex(await plan(db, exportPageQuery(db, 'local', filter, { sort, order: 'desc', limit: 500, after: { key, id: 'local-a5' } }, 'names')));
      }
    });
    it(`${label}: a page of JSON lines made by SQLite reads the page by the index, then each application's tags and events by its key`, async () => {
      const db = database.db;
      if (!writesJsonLines(db)) return;
      for (const sort of ['applied', 'updated', 'company'] as const) {
        const key = sort === 'company' ? 'm' : '2026-06-01';
        for (const after of [undefined, { key, id: 'local-a5' }]) {
          const text = await plan(db, exportJsonPageQuery(db, 'local', filter, { sort, order: 'asc', limit: 2000, after }));
          // The only sorts are those of one application's few tags and events (each list's ORDER BY).
          expect(text.replace(/USE TEMP B-TREE FOR json_group_array\(ORDER BY\)/g, '')).not.toMatch(/TEMP B-TREE/);
          expect(text).toMatch(/SEARCH d USING (COVERING )?INDEX application_state_/);
          expect(text).toMatch(/SEARCH t USING (COVERING )?INDEX sqlite_autoindex_application_tags_1 \(application_id=\?/);
          expect(text).toMatch(/SEARCH e USING (COVERING )?INDEX \w+ \((owner_id=\? AND )?application_id=\?/);
          expect(text).not.toMatch(/\bSCAN (d|x|xc|e|t|application_state|applications|stage_events)\b(?! USING)/);
        }
      }
    });
  }

  // Read on every list, board and insights request: each a range of an index, never the owner's whole table.
  it('the booked steps that came due are a range of an index', async () => {
    expectServedByIndex(await plan(database.db, dueStatesQuery(database.db, 'local', '2026-11-20')));
  });
  it('the insights read the applications waiting inside the window as ranges of an index', async () => {
    expectServedByIndex(await plan(database.db, recentAwaitingQuery(database.db, 'local', '2026-10-21')));
  });
});
