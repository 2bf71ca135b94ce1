import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, sql, type Compilable, type Kysely } from 'kysely';
import type { Database } from '../../src/db/connect.js';
import type { DB } from '../../src/db/schema.js';
import { boardQuery, countQuery, pageIdsQuery, searchCountQuery, walkSearchQuery, type ViewFilter, type ViewSort } from '../../src/db/repos/application-views.repo.js';
import { dueStatesQuery } from '../../src/db/repos/derived-state.js';
import { exportJsonPageQuery, exportPageQuery, writesJsonLines } from '../../src/db/repos/export.repo.js';
import { recentAwaitingQuery } from '../../src/db/repos/insights.repo.js';
import { SORT_KEYS } from '../../src/contracts/applications.js';
import { BOARD_COLUMNS, OPEN_COLUMNS } from '../../src/domain/applications/stages.js';
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

  /** A node of PostgreSQL's plan in JSON, with what EXPLAIN ANALYZE measured. */
  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    'Index Name'?: string;
    'Actual Rows': number;
    'Actual Loops': number;
    Plans?: PlanNode[];
  }
  const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

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

  // A frequent term (docs/decisions/0041): the page walks the sort's index and tests each row; no sort of its matches.
  for (const q of ['engineer', 'en']) {
    for (const [label, filter] of [['alone', { q }], ['with one status', { q, statuses: ['rejected'] }]] as [string, ViewFilter][]) {
      it(`a search for "${q}" ${label} walks the list's index for every sort: first page, a later page and a keyset page`, async () => {
        const db = database.db;
        for (const sort of SORT_KEYS as readonly ViewSort[]) {
          for (const order of ['asc', 'desc'] as const) {
            const key = ['fit', 'excitement'].includes(sort) ? 3 : '2026-06-01';
            for (const page of [{ offset: 0 }, { offset: 50 }, { offset: 0, after: { key, id: 'local-a5' } }]) {
              const walk = walkSearchQuery(db, 'local', filter, { sort, order, limit: 25, ...page }, 2000);
              expect(walk, `${sort} ${order}`).not.toBeNull();
              const text = await plan(db, walk!);
              expectServedByIndex(text);
              if (dialect === 'sqlite') expect(text).not.toMatch(/VIRTUAL TABLE INDEX 0:M/);
            }
          }
        }
      });
    }
  }
  it('a search alone is counted in the search index, not over the owner\'s list', async () => {
    const text = await plan(database.db, searchCountQuery(database.db, 'local', { q: 'engineer' }));
    expect(text).not.toMatch(/application_state/);
    expect(text).not.toMatch(/TEMP B-TREE/);
  });
  // PostgreSQL counts a word found in one of the texts from the kept counts of its values (ADR 0064): the
  // owner's matching rows are not read; a word found in several texts counts them, through the search index.
  it.runIf(dialect === 'postgres')('a search alone on PostgreSQL sums the kept counts of the values found, unless they are of several texts', async () => {
    const db = database.db;
    const analyze = async (q: string): Promise<PlanNode[]> => {
      const compiled = searchCountQuery(db, 'local', { q }).compile();
      const plan = await db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const found = await trx.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          CompiledQuery.raw(`explain (analyze, format json) ${compiled.sql}`, [...compiled.parameters]),
        );
        return found.rows[0]!['QUERY PLAN'][0].Plan;
      });
      return nodesOf(plan);
    };
    const ran = (nodes: PlanNode[], relation: string) => nodes.filter((n) => n['Relation Name'] === relation && n['Actual Loops'] > 0);
    const oneText = await analyze('engineer'); // job titles only
    expect(ran(oneText, 'application_search')).toEqual([]);
    expect(ran(oneText, 'application_search_counts').length).toBeGreaterThan(0);
    expect(oneText.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(oneText.some((n) => n['Index Name'] === 'application_search_counts_value_ix' || n['Index Name'] === 'application_search_counts_pkey')).toBe(true);
    const severalTexts = await analyze('in'); // Berlin, Engineering Manager, Northwind…
    expect(ran(severalTexts, 'application_search').length).toBeGreaterThan(0);
    expect(ran(severalTexts, 'application_state')).toEqual([]);
  });

  // Read on every list, board and insights request: each a range of an index, never the owner's whole table.
  it('the booked steps that came due are a range of an index', async () => {
    expectServedByIndex(await plan(database.db, dueStatesQuery(database.db, 'local', '2026-11-20')));
  });
  it('the insights read the applications waiting inside the window as ranges of an index', async () => {
    expectServedByIndex(await plan(database.db, recentAwaitingQuery(database.db, 'local', '2026-10-21')));
  });


  // The board shows at most `perStatus` applications per status: it reads those from the board's
  // index and counts the rest, and never sorts or numbers all of the owner's rows (ADR 0040).
  // The board as the web app asks for it (cards of the open columns, totals of all), the board with
  // every column's summaries, and one column's cards after a cursor (ADR 0048).
  it.each([
    ['every column, summaries', { withCards: BOARD_COLUMNS, fields: 'summary' as const }],
    ['the open columns, cards', { withCards: OPEN_COLUMNS, fields: 'card' as const }],
    ['one column after a cursor', { statuses: ['rejected'], withCards: ['rejected'], fields: 'card' as const, after: { lastEventOn: '9999-12-31', updatedAt: '9999-12-31T00:00:00.000Z', id: 'z' } }],
  ])('the board reads each column as a range of its index up to the limit, nothing sorts the owner’s rows: %s', async (_name, read) => {
    const db = database.db;
    const perStatus = 3;
    const query = boardQuery(db, 'local', { statuses: BOARD_COLUMNS, perStatus, ...read });
    const found = (await db.executeQuery(query)).rows;
    const shown = found.filter((r) => r.id !== null).length;
    expect(shown).toBeGreaterThan('after' in read ? 0 : perStatus * 2);
    const folded = found.filter((r) => !read.withCards.includes(r.status as never));
    expect(folded.map((r) => r.id)).toEqual(BOARD_COLUMNS.filter((s) => !read.withCards.includes(s) && ('statuses' in read ? read.statuses.includes(s) : true)).map(() => null));
    if (dialect === 'sqlite') {
      const found = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
      const text = found.rows.map((r) => r.detail).join('\n');
      expect(text).not.toMatch(/TEMP B-TREE/);
      expect(text).not.toMatch(/\bSCAN (d|a|c|k)\b/);
      expect(text.match(/SEARCH d USING (COVERING )?INDEX application_state_board_ix \(owner_id=\? AND status=\?( AND \(last_event_on,updated_at,application_id\)<\(\?,\?,\?\))?\)/g)).toHaveLength(read.withCards.length);
      expect(text.match(/SEARCH k USING COVERING INDEX application_state_\w+ \(owner_id=\? AND status=\?\)/g)).toHaveLength(('statuses' in read ? read.statuses : BOARD_COLUMNS).length);
      return;
    }
    const plan = await db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local enable_sort = off`.execute(trx);
      const found = await trx.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        CompiledQuery.raw(`explain (analyze, format json) ${query.sql}`, [...query.parameters]),
      );
      return found.rows[0]!['QUERY PLAN'][0].Plan;
    });
    const nodes = nodesOf(plan);
    const fed = (node: PlanNode) => (node.Plans ?? []).reduce((n, child) => n + child['Actual Rows'] * child['Actual Loops'], 0);
    // What is sorted or numbered is the rows answered (those shown, one per column without cards), never more.
    for (const node of nodes.filter((n) => /Sort|WindowAgg/.test(n['Node Type']))) expect(fed(node)).toBeLessThanOrEqual(found.length);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
    // Each column's rows: the board's index, stopped by the limit.
    const limits = nodes.filter((n) => n['Node Type'] === 'Limit');
    expect(limits.length).toBeGreaterThan(0);
    for (const limit of limits) {
      expect(limit['Actual Rows']).toBeLessThanOrEqual(perStatus);
      expect(nodesOf(limit).some((n) => n['Index Name'] === 'application_state_board_ix')).toBe(true);
    }
  });
});
