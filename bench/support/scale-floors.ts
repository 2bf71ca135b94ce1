/**
 * The floors of `npm run bench -- scale`: each operation's answer written by
 * hand as plain SQL over the same tables and indexes the application uses,
 * run in-process. What each one covers is listed in bench/scale.bench.ts.
 */
import { PostgresAdapter, sql, type CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';

const PAGE = 25;
const BOARD = ['saved', 'applied', 'screen', 'assessment', 'interview', 'final', 'offer'];

/** One page of the list in the default order (newest change first) and its total. */
export async function listFloor(db: Kysely<DB>, owner: string, statuses: string[] | null, page: number): Promise<unknown> {
  const status = statuses ? sql`and d.status in (${sql.join(statuses)})` : sql``;
  const rows = await sql`
    select a.*, c.name as company_name, d.status, d.reached_rank, d.applied_on, d.last_event_on, d.next_event_on, d.next_stage
    from application_state d
    join applications a on a.id = d.application_id
    join companies c on c.id = a.company_id
    where d.owner_id = ${owner} ${status}
    order by d.updated_at desc, d.application_id desc
    limit ${PAGE} offset ${(page - 1) * PAGE}`.execute(db);
  // Counted as the service counts (application-views.repo.ts): no filter or ended statuses from the kept counts.
  const kept: Record<string, string> = { rejected: 'rejected', withdrawn: 'withdrawn', accepted: 'accepted', ghosted: 'silence' };
  const outcomes = statuses?.map((s) => kept[s]);
  const total = !statuses || outcomes?.every((o) => o !== undefined)
    ? await sql`select coalesce(sum(n), 0) as n from insight_counts where owner_id = ${owner} and dimension = '' ${outcomes ? sql`and outcome in (${sql.join(outcomes)})` : sql``}`.execute(db)
    : await sql`select count(*) as n from application_state d where d.owner_id = ${owner} ${status}`.execute(db);
  return [rows.rows, total.rows];
}

/**
 * The first page of a search (title, company or location contains the words)
 * and its total, as the service reads them (ADR 0041, 0064): the matches counted in
 * the search index (SQLite: the owner's rowid range of the FTS5 trigram
 * index; PostgreSQL: the kept counts of the values that contain the words, when
 * they are of one field, else application_search through pg_trgm); then, with more
 * than 500 matches, the list's index walked newest change first (at most
 * 2,000 rows) and each row tested by LIKE on the searched texts, else (or
 * when the walk does not fill the page) the matches read from the index and
 * sorted; then the page's rows.
 */
export async function searchFloor(db: Kysely<DB>, owner: string, q: string): Promise<unknown> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const lowered = q.toLowerCase();
  const like = `%${lowered}%`;
  const range = sql`rowid between (select min(doc) from application_search_docs where owner_id = ${owner})
    and (select max(doc) from application_search_docs where owner_id = ${owner})`;
  const values = postgres
    ? (await sql<{ fields: number; n: number }>`select count(distinct field) as fields, coalesce(sum(n), 0) as n
        from application_search_counts where owner_id = ${owner} and value like ${like}`.execute(db)).rows[0]
    : undefined;
  const total = postgres
    ? values && Number(values.fields) <= 1
      ? { rows: [{ n: Number(values.n) }] }
      : await sql<{ n: number }>`select count(*) as n from application_search where owner_id = ${owner}
          and (title like ${like} or company like ${like} or location like ${like})`.execute(db)
    : await sql<{ n: number }>`select count(*) as n from application_search where application_search match ${`"${q}"`} and ${range}`.execute(db);
  let ids: { id: string }[] = [];
  if (Number(total.rows[0]?.n ?? 0) > 500) {
    const test = postgres
      ? sql`exists (select 1 from application_search s where s.application_id = w.id and s.owner_id = ${owner}
          and (strpos(s.title, ${lowered}) > 0 or strpos(s.company, ${lowered}) > 0 or strpos(s.location, ${lowered}) > 0))`
      : sql`exists (select 1 from application_search_docs s where s.application_id = w.id and (
          replace(replace(s.title, '\u212a', 'k'), '\u017f', 's') like ${like}
          or replace(replace(s.company, '\u212a', 'k'), '\u017f', 's') like ${like}
          or replace(replace(s.location, '\u212a', 'k'), '\u017f', 's') like ${like}))`;
    ids = (await sql<{ id: string }>`
      select w.id from (select application_id as id, updated_at from application_state where owner_id = ${owner}
        order by updated_at desc, application_id desc limit 2000) w
      where ${test} order by w.updated_at desc, w.id desc limit ${PAGE + 1}`.execute(db)).rows;
  }
  if (ids.length <= PAGE) {
    const matching = postgres
      ? sql`select application_id from application_search where owner_id = ${owner} and (title like ${like} or company like ${like} or location like ${like})`
      : sql`select s.application_id from application_search_docs s where s.owner_id = ${owner}
          and s.doc in (select rowid from application_search where application_search match ${`"${q}"`} and ${range})`;
    ids = (await sql<{ id: string }>`
      select d.application_id as id from application_state d
      where d.owner_id = ${owner} and d.application_id in (${matching})
      order by d.updated_at desc, d.application_id desc limit ${PAGE + 1}`.execute(db)).rows;
  }
  const rows = ids.length === 0 ? [] : (await sql`
    select a.*, c.name as company_name, d.status
    from applications a join companies c on c.id = a.company_id join application_state d on d.application_id = a.id
    where a.id in (${sql.join(ids.slice(0, PAGE).map((r) => r.id))})`.execute(db)).rows;
  return [rows, total.rows];
}

/** Applications by furthest stage, status and source: the funnel and one segment. */
export async function insightsFloor(db: Kysely<DB>, owner: string): Promise<unknown> {
  // The same reads as the report, by hand: the kept counts, the applications waiting inside a 21-day window, reasons and themes.
  const cutoff = new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10);
  return Promise.all([
    sql`select reached_rank, outcome, replied, dimension, value, n from insight_counts where owner_id = ${owner}`.execute(db),
    sql`select kind, reached_rank, days, n from insight_day_counts where owner_id = ${owner}`.execute(db),
    sql`select * from application_state where owner_id = ${owner}
      and status in ('applied', 'screen', 'assessment', 'interview', 'final') and last_event_on > ${cutoff}`.execute(db),
    sql`select month, reason, n, outside from insight_reason_counts where owner_id = ${owner}`.execute(db),
    sql`select month, rejections, with_reasons, outside from insight_rejection_months where owner_id = ${owner}`.execute(db),
    sql`select k.month, t.slug, t.label, k.n from insight_theme_counts k join themes t on t.id = k.theme_id where k.owner_id = ${owner}`.execute(db),
    sql`select count(distinct application_id) from lessons where owner_id = ${owner}`.execute(db),
  ]);
}

/** The board's columns (50 newest per status) and the counts by status. */
export async function boardFloor(db: Kysely<DB>, owner: string): Promise<unknown> {
  const counts = await sql`select status, count(*) as n from application_state where owner_id = ${owner} group by status`.execute(db);
  const columns = [];
  for (const status of BOARD) {
    columns.push(await sql`
      select a.*, c.name as company_name, d.status, d.last_event_on
      from application_state d join applications a on a.id = d.application_id join companies c on c.id = a.company_id
      where d.owner_id = ${owner} and d.status = ${status}
      order by d.last_event_on desc limit 50`.execute(db));
  }
  return [counts.rows, columns];
}

/** One application with its events and notes. */
export async function detailFloor(db: Kysely<DB>, owner: string, id: string): Promise<unknown> {
  const app = await sql`select a.*, c.name as company_name, d.* from applications a join companies c on c.id = a.company_id
    join application_state d on d.application_id = a.id where a.owner_id = ${owner} and a.id = ${id}`.execute(db);
  const events = await sql`select * from stage_events where owner_id = ${owner} and application_id = ${id} order by occurred_on, seq`.execute(db);
  const notes = await sql`select * from application_notes where owner_id = ${owner} and application_id = ${id}`.execute(db);
  return [app.rows, events.rows, notes.rows];
}

/** The writes of a move: one event in, the projection updated; rolled back so the data stays as seeded. */
export async function moveFloor(db: Kysely<DB>, owner: string, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`insert into stage_events (id, owner_id, application_id, stage, occurred_on, created_at, seq)
      values (${`floor-${id}`}, ${owner}, ${id}, 'interview', '2099-01-01', '2099-01-01T00:00:00Z', 999)`.execute(trx);
    await sql`update application_state set status = 'interview', reached_rank = 4 where application_id = ${id}`.execute(trx);
    await sql`delete from stage_events where id = ${`floor-${id}`}`.execute(trx);
    await sql`update application_state set status = status where application_id = ${id}`.execute(trx);
  });
}

/**
 * The home page's statements: every SQL statement one `getHome` runs (captured once, in-process, on the
 * same database), run again one after the other without the service's code around them. Its floor is
 * the database's share of the request as the service asks it, not a hand-written minimum: the page
 * gathers too many things (agenda, debriefs, goals, wins, mood, nudges) for one.
 */
export async function captureStatements(db: Kysely<DB>, run: (db: Kysely<DB>) => Promise<unknown>): Promise<CompiledQuery[]> {
  const executor = db.getExecutor();
  const captured: CompiledQuery[] = [];
  const spy = db.withPlugin({
    transformQuery: ({ node, queryId }) => {
      captured.push(executor.compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  });
  // Twice, keeping the second: what a process keeps between visits (by database handle) is then kept, as in the server.
  await run(spy);
  captured.length = 0;
  await run(spy);
  return captured;
}

/** Runs the captured reads again (writes are left out: the home page writes only a win seen for the first time). */
export async function replayFloor(db: Kysely<DB>, statements: readonly CompiledQuery[]): Promise<unknown> {
  const out = [];
  for (const s of statements) if (/^\s*(select|with)\b/i.test(s.sql)) out.push((await db.executeQuery(s)).rows.length);
  return out;
}
