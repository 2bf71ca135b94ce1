import { sql, type CompiledQuery, type Kysely, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import { isPostgres } from '../dialect.js';
import type { ApplicationsTable, DB } from '../schema.js';
import { KEPT_OUTCOME_OF_STATUS } from './kept-counts.repo.js';

/** An application row joined with its company and its derived state. */
export type ApplicationViewRow = Selectable<ApplicationsTable> & {
  company_name: string;
  status: string;
  reached_rank: number | null;
  applied_on: string | null;
  last_event_on: string;
  next_event_on: string | null;
  next_stage: string | null;
};

/** The same without the two long texts (description, notes): what the board and the list's summaries show. */
export type ApplicationSummaryRow = Omit<ApplicationViewRow, 'description' | 'notes'>;

export interface ViewFilter {
  ids?: readonly string[] | undefined;
  q?: string | undefined;
  statuses?: readonly string[] | undefined;
  tag?: string | undefined;
  sources?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Waiting on the employer since this day or earlier. */
  silentSince?: { statuses: readonly string[]; cutoff: string } | undefined;
}

export type ViewSort = 'updated' | 'applied' | 'lastEvent' | 'company' | 'title' | 'fit' | 'excitement' | 'status';

/**
 * Each sort's key on application_state, written exactly as the list indexes
 * are (migration 20261203_16_0001): (owner_id[, status], key, application_id).
 * Empty values are the smallest, so ascending shows them first.
 */
const SORT_KEYS: Record<ViewSort, string> = {
  updated: 'd.updated_at',
  applied: "coalesce(d.applied_on, '')",
  lastEvent: 'd.last_event_on',
  company: 'd.company_key',
  title: 'd.title',
  fit: 'd.fit',
  excitement: 'd.excitement',
  status: 'd.status',
};

/** Where the next page starts: the last row's sort key and id. */
export interface ViewCursor {
  key: string | number;
  id: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}


/**
 * Applications whose title, company name or location contains `text` (any
 * case), through the trigram index of each database (migrations
 * 20261203_16_0002, 20261206_08_0001). Under three characters a trigram index
 * cannot help; the same rule is then read from the table. On SQLite the
 * owner's documents are a rowid range of the index (ADR 0041), so the index
 * returns only the owner's matches.
 */
function searchMatch(db: Kysely<DB>, ownerId: string, text: string): RawBuilder<SqlBool> {
  const lowered = text.toLowerCase();
  if (isPostgres(db)) {
    const like = `%${escapeLike(lowered)}%`;
    return sql<SqlBool>`d.application_id in (select s.application_id from application_search s where s.owner_id = ${ownerId}
      and (s.title like ${like} or s.company like ${like} or s.location like ${like}))`;
  }
  if ([...text].length >= 3) {
    return sql<SqlBool>`d.application_id in (select s.application_id from application_search_docs s
      where s.doc in (${ownerMatches(ownerId, text)}) and s.owner_id = ${ownerId})`;
  }
  return sql<SqlBool>`d.application_id in (${shortMatches(ownerId, text)})`;
}

/**
 * SQLite, under three characters: the owner's applications whose texts contain `text` (lower-cased, LIKE),
 * read from the texts the search index keeps (application_search_docs), not from the wide application rows.
 */
function shortMatches(ownerId: string, text: string): RawBuilder<string> {
  return sql<string>`select s.application_id from application_search_docs s where s.owner_id = ${ownerId} and ${shortLike(text)}`;
}

function shortLike(text: string): RawBuilder<SqlBool> {
  const like = `%${escapeLike(text.toLowerCase())}%`;
  return sql<SqlBool>`(lower(s.title) like ${like} escape '\\' or lower(s.company) like ${like} escape '\\' or lower(s.location) like ${like} escape '\\')`;
}

/** SQLite: the documents of the owner that contain `text` (three characters or more), from the trigram index, by rowid range. */
function ownerMatches(ownerId: string, text: string): RawBuilder<number> {
  const phrase = `"${text.replace(/"/g, '""')}"`;
  return sql<number>`select rowid from application_search where application_search match ${phrase}
    and rowid between (select min(o.doc) from application_search_docs o where o.owner_id = ${ownerId})
      and (select max(o.doc) from application_search_docs o where o.owner_id = ${ownerId})`;
}

/** SQLite's trigram index folds these two letters to ASCII ones; LIKE does not (ADR 0041). */
function foldedLike(column: string, like: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`replace(replace(${sql.ref(column)}, '\u212a', 'k'), '\u017f', 's') like ${like} escape '\\'`;
}

/**
 * The same rule as `searchMatch`, tested on one application (`id`): what a
 * search that walks the list's index in order asks of each row. Null where
 * only the index itself gives the same answer: on SQLite, text of three
 * characters or more with a letter outside ASCII (the index folds the case of
 * every letter, LIKE only of ASCII ones).
 */
function rowMatch(db: Kysely<DB>, ownerId: string, text: string, id: RawBuilder<string>): RawBuilder<SqlBool> | null {
  const lowered = text.toLowerCase();
  if (isPostgres(db)) {
    // strpos: the same test as LIKE '%…%' on the lower-cased texts, which the trigram index cannot serve, so the walk stays a walk.
    return sql<SqlBool>`exists (select 1 from application_search s where s.application_id = ${id} and s.owner_id = ${ownerId}
      and (strpos(s.title, ${lowered}) > 0 or strpos(s.company, ${lowered}) > 0 or strpos(s.location, ${lowered}) > 0))`;
  }
  if ([...text].length >= 3) {
    if ([...text].some((ch) => ch.charCodeAt(0) > 0x7f)) return null;
    const like = `%${escapeLike(text)}%`;
    return sql<SqlBool>`exists (select 1 from application_search_docs s where s.application_id = ${id}
      and (${foldedLike('s.title', like)} or ${foldedLike('s.company', like)} or ${foldedLike('s.location', like)}))`;
  }
  return sql<SqlBool>`exists (select 1 from application_search_docs s where s.application_id = ${id} and ${shortLike(text)})`;
}

/** The filter over application_state, joining the application only when a filter reads it. */
function idQuery(db: Kysely<DB>, ownerId: string, f: ViewFilter) {
  const needsApplication = !!(f.from || f.to || (f.sources && f.sources.length > 0));
  let q = db
    .selectFrom('application_state as d')
    .$if(needsApplication, (qb) => qb.innerJoin('applications as a', (j) => j.onRef('a.id', '=', 'd.application_id').on('a.owner_id', '=', ownerId)))
    .where('d.owner_id', '=', ownerId);
  if (f.ids) q = q.where('d.application_id', 'in', f.ids.length > 0 ? [...f.ids] : ['']);
  if (f.statuses && f.statuses.length > 0) q = f.statuses.length === 1 ? q.where('d.status', '=', f.statuses[0]!) : q.where('d.status', 'in', [...f.statuses]);
  if (f.q) q = q.where(searchMatch(db, ownerId, f.q));
  if (f.sources && f.sources.length > 0) q = q.where(sql.ref('a.source'), 'in', [...f.sources]);
  if (f.tag) {
    const tag = f.tag;
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('application_tags as t').select('t.tag').whereRef('t.application_id', '=', 'd.application_id').where('t.tag', '=', tag),
      ),
    );
  }
  const day = sql<string>`coalesce(d.applied_on, substr(a.created_at, 1, 10))`;
  if (f.from) q = q.where(day, '>=', f.from);
  if (f.to) q = q.where(day, '<=', f.to);
  if (f.silentSince) {
    // A step booked ahead (an interview next week) is an answer: not silent.
    q = q
      .where('d.status', 'in', [...f.silentSince.statuses])
      .where('d.last_event_on', '<=', f.silentSince.cutoff)
      .where('d.next_event_on', 'is', null);
  }
  return q;
}

function rowsQuery(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .innerJoin('application_state as d', 'd.application_id', 'a.id')
    .where('a.owner_id', '=', ownerId)
    .where('d.owner_id', '=', ownerId);
}

const SUMMARY_SELECTION = [
  'a.id', 'a.owner_id', 'a.company_id', 'c.name as company_name', 'a.title', 'a.source', 'a.referral', 'a.referrer',
  'a.resume_version', 'a.tailored', 'a.fit', 'a.excitement', 'a.salary_min', 'a.salary_max', 'a.salary_currency',
  'a.location', 'a.remote', 'a.job_url', 'a.role_family', 'a.seniority', 'a.version',
  'a.created_at', 'a.updated_at', 'd.status', 'd.reached_rank', 'd.applied_on', 'd.last_event_on',
  'd.next_event_on', 'd.next_stage',
] as const;

const SELECTION = [...SUMMARY_SELECTION, 'a.description', 'a.notes'] as const;

/** Which columns a read returns: every one, or all but the long texts. */
export type ViewColumns = 'all' | 'summary';

/** The rows of the given applications, in the order of `ids`. */
async function rowsByIds(db: Kysely<DB>, ownerId: string, ids: readonly string[], columns: ViewColumns): Promise<ApplicationViewRow[]> {
  if (ids.length === 0) return [];
  const rows = (await rowsQuery(db, ownerId)
    .select(columns === 'summary' ? SUMMARY_SELECTION : SELECTION)
    .where('a.id', 'in', [...ids])
    .execute()) as ApplicationViewRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One application's row, with its company and derived state: one statement by primary key. */
export async function applicationViewById(db: Kysely<DB>, ownerId: string, id: string): Promise<ApplicationViewRow | undefined> {
  return (await rowsQuery(db, ownerId).select(SELECTION).where('a.id', '=', id).executeTakeFirst()) as ApplicationViewRow | undefined;
}

export interface ViewPage {
  sort: ViewSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  /** Keyset pagination: start after this row (the offset is then ignored). */
  after?: ViewCursor | undefined;
}

/** How a search's page was read (ADR 0041): by walking the sort's index, or by sorting every match. */
export type SearchRead = 'walk' | 'matches';

/** Up to this many matches are read from the search index and sorted; more are found by walking the list's index. */
export const FEW_MATCHES = 500;
/** A walk reads at most this many rows per row the page needs (and at least WALK_MIN), then gives way to sorting the matches. */
const WALK_PER_ROW = 20;
const WALK_MIN = 2000;
/** Pages further than this (by offset) are read from the matches. */
const WALK_MAX_NEED = 1000;

/**
 * One page of the owner's applications: the page's ids first, read from the
 * index that serves the sort, then only those rows; the total is a count
 * over the same index. `next` is where the following page starts (null on
 * the last page). A search counts its matches first, then reads its page as
 * `searchPageIds` decides.
 */
export async function listApplicationViews(
  db: Kysely<DB>,
  ownerId: string,
  filter: ViewFilter,
  page: ViewPage,
): Promise<{ rows: ApplicationViewRow[]; total: number; next: ViewCursor | null; read?: SearchRead }>;
export async function listApplicationViews(
  db: Kysely<DB>,
  ownerId: string,
  filter: ViewFilter,
  page: ViewPage,
  columns: 'summary',
): Promise<{ rows: ApplicationSummaryRow[]; total: number; next: ViewCursor | null; read?: SearchRead }>;
export async function listApplicationViews(
  db: Kysely<DB>,
  ownerId: string,
  filter: ViewFilter,
  page: ViewPage,
  columns: ViewColumns = 'all',
): Promise<{ rows: ApplicationViewRow[]; total: number; next: ViewCursor | null; read?: SearchRead }> {
  let found: { id: string; sort_key: string | number }[];
  let total: number;
  let read: SearchRead | undefined;
  if (filter.q) {
    total = Number((await searchCountQuery(db, ownerId, filter).executeTakeFirstOrThrow()).n);
    ({ found, read } = await searchPageIds(db, ownerId, filter, page, total));
  } else {
    const [ids, count] = await Promise.all([pageIdsQuery(db, ownerId, filter, page).execute(), countQuery(db, ownerId, filter).executeTakeFirstOrThrow()]);
    found = ids;
    total = Number(count.n);
  }
  const shown = found.slice(0, page.limit);
  const last = shown[shown.length - 1];
  const rows = await rowsByIds(db, ownerId, shown.map((r) => r.id), columns);
  return { rows, total, next: found.length > page.limit && last ? { key: last.sort_key, id: last.id } : null, ...(read ? { read } : {}) };
}

/**
 * A search's page (and one more row), knowing how many applications match:
 * with few matches, every match is read from the search index and sorted;
 * with many, the list's own index is walked in the page's order and each row
 * tested until the page is full, which reads about (rows needed) ÷ (share of
 * rows that match) rows and sorts nothing. A walk that has not filled the
 * page within its budget (matches bunched far down the order, or other
 * filters leaving few) gives way to the sorted matches. Same rows, same order.
 */
export async function searchPageIds(
  db: Kysely<DB>,
  ownerId: string,
  filter: ViewFilter,
  page: ViewPage,
  total: number,
): Promise<{ found: { id: string; sort_key: string | number }[]; read: SearchRead }> {
  if (total === 0) return { found: [], read: 'matches' };
  const need = (page.after ? 0 : page.offset) + page.limit + 1;
  if (total > FEW_MATCHES && need <= WALK_MAX_NEED) {
    const walk = walkSearchQuery(db, ownerId, filter, page, Math.max(WALK_MIN, need * WALK_PER_ROW));
    if (walk) {
      const found = await walk.execute();
      const complete = found.length > page.limit || (!page.after && page.offset + found.length >= total);
      if (complete) return { found, read: 'walk' };
    }
  }
  return { found: await pageIdsQuery(db, ownerId, filter, page).execute(), read: 'matches' };
}

/**
 * A search's page by walking the list's index: the first `budget` rows of the
 * list without the search (filters, order and cursor as the page asks), each
 * tested for the match, in the index's order. Null when the rule cannot be
 * tested row by row with the same answer (see `rowMatch`).
 */
export function walkSearchQuery(db: Kysely<DB>, ownerId: string, filter: ViewFilter, page: ViewPage, budget: number) {
  if (!filter.q) return null;
  const test = rowMatch(db, ownerId, filter.q, sql<string>`w.id`);
  if (!test) return null;
  const direction = page.order === 'asc' ? sql`asc` : sql`desc`;
  const walked = pageIdsQuery(db, ownerId, { ...filter, q: undefined }, { ...page, offset: 0, limit: budget - 1 });
  // One status sorted by status: the key is the same on every row (as in pageIdsQuery). PostgreSQL's walk is then
  // ordered by id alone and would sort again for the constant key; SQLite matches the walk's order term by term.
  const constantKey = page.sort === 'status' && filter.statuses?.length === 1 && isPostgres(db);
  let q = db
    .selectFrom(walked.as('w'))
    .select(['w.id', 'w.sort_key'])
    .where(test)
    .$if(!constantKey, (qb) => qb.orderBy(sql`w.sort_key ${direction}`))
    .orderBy(sql`w.id ${direction}`)
    .limit(page.limit + 1);
  if (!page.after && page.offset > 0) q = q.offset(page.offset);
  return q;
}

/**
 * How many applications a search matches, with its other filters. A search
 * alone is counted in the search index, without reading application_state:
 * - SQLite: the owner's rowid range of the trigram index;
 * - PostgreSQL: the kept counts of the searched values (ADR 0064,
 *   application_search_counts: each owner's titles, company names and
 *   locations with the number of applications holding each). When every
 *   value containing the words is of one field, the total is the sum of their
 *   counts; when values of two or three fields contain them (an application
 *   may then match twice), the owner's rows of application_search are counted
 *   through the trigram indexes, as before.
 */
export function searchCountQuery(db: Kysely<DB>, ownerId: string, filter: ViewFilter) {
  const q = filter.q ?? '';
  const alone = !filter.ids && !filter.statuses?.length && !filter.tag && !filter.sources?.length && !filter.from && !filter.to && !filter.silentSince;
  if (alone && isPostgres(db)) {
    const like = `%${escapeLike(q.toLowerCase())}%`;
    const values = sql`select k.field, k.n from application_search_counts k where k.owner_id = ${ownerId} and k.value like ${like}`;
    const rows = sql`select count(*) from application_search s where s.owner_id = ${ownerId} and (s.title like ${like} or s.company like ${like} or s.location like ${like})`;
    return db
      .selectFrom(sql`(select count(distinct v.field) as fields, coalesce(sum(v.n), 0) as n from (${values}) v)`.as('m'))
      .select(sql<number>`case when m.fields > 1 then (${rows}) else m.n end`.as('n'));
  }
  if (alone) {
    const matching = [...q].length >= 3 ? ownerMatches(ownerId, q) : shortMatches(ownerId, q);
    return db.selectFrom(sql`(${matching})`.as('m')).select(sql<number>`count(*)`.as('n'));
  }
  return countQuery(db, ownerId, filter);
}

/** The ids of one page (and one more, to tell whether another page follows), in order. */
export function pageIdsQuery(db: Kysely<DB>, ownerId: string, filter: ViewFilter, page: ViewPage) {
  const key = sql.raw(SORT_KEYS[page.sort]);
  const direction = page.order === 'asc' ? sql`asc` : sql`desc`;
  let ids = idQuery(db, ownerId, filter)
    .select(['d.application_id as id', sql<string | number>`${key}`.as('sort_key')])
    .orderBy(sql`${key} ${direction}`)
    .orderBy(sql`d.application_id ${direction}`)
    .limit(page.limit + 1);
  if (page.after) {
    // Written out (rather than a row comparison) so both databases read it as a range of the index.
    const [strict, loose] = page.order === 'asc' ? [sql`>`, sql`>=`] : [sql`<`, sql`<=`];
    const { key: at, id } = page.after;
    const only = filter.statuses?.length === 1 ? filter.statuses[0] : undefined;
    if (page.sort === 'status' && only !== undefined) {
      // One status, sorted by status: the key is the same on every row, so the page is a range of ids alone
      // (an OR over a constant would make SQLite merge two index searches and sort them).
      const past = page.order === 'asc' ? only > String(at) : only < String(at);
      ids = past ? ids : only === String(at) ? ids.where(sql<boolean>`d.application_id ${strict} ${id}`) : ids.where(sql<boolean>`d.application_id ${strict} ${id} and d.status <> ${only}`);
    } else {
      ids = ids.where(sql<boolean>`${key} ${loose} ${at} and (${key} ${strict} ${at} or d.application_id ${strict} ${id})`);
    }
  } else if (page.offset > 0) {
    ids = ids.offset(page.offset);
  }
  return ids;
}


/**
 * How many applications the filter matches: with no filter, or a filter on ended statuses alone (the longest
 * lists of a long search: thirty thousand rejections cost PostgreSQL 10 ms to count), the sum of the kept
 * counts, a few rows; otherwise a count over the same index as the page.
 */
export function countQuery(db: Kysely<DB>, ownerId: string, filter: ViewFilter) {
  const outcomes = keptOutcomes(filter);
  if (outcomes) {
    return db
      .selectFrom('insight_counts')
      .where('owner_id', '=', ownerId)
      .where('dimension', '=', '')
      .$if(outcomes !== 'all', (q) => q.where('outcome', 'in', outcomes as string[]))
      .select(sql<number>`coalesce(sum(n), 0)`.as('n'));
  }
  return idQuery(db, ownerId, filter).select((eb) => eb.fn.countAll<number>().as('n'));
}

/**
 * The kept outcomes that count `filter` exactly: every one for no filter at all (every application of the
 * owner), those of the statuses for a filter by ended statuses and nothing else; null for any other filter.
 */
function keptOutcomes(filter: ViewFilter): string[] | 'all' | null {
  const { statuses, sources, ...others } = filter;
  if ((sources && sources.length > 0) || Object.values(others).some((v) => v !== undefined)) return null;
  if (!statuses || statuses.length === 0) return 'all';
  const outcomes = [...new Set(statuses)].map((s) => KEPT_OUTCOME_OF_STATUS[s]);
  return outcomes.every((o): o is string => o !== undefined) ? outcomes : null;
}

/** The board's order key of a card: where a column's next cards start (keyset, in the board's order). */
export interface BoardCursor {
  lastEventOn: string;
  updatedAt: string;
  id: string;
}

/** What a board card shows: its application's id, company and title, and its derived state. */
export type BoardCardRow = Pick<ApplicationSummaryRow, 'id' | 'company_name' | 'title' | 'status' | 'last_event_on' | 'next_event_on' | 'next_stage'>;

/** A row of the board as read: a card (or a whole summary) with its order key, or a column's total alone (`id` null). */
type BoardRow = (Partial<ApplicationSummaryRow> & { id: string | null; status: string; board_updated_at: string | null; total: number | string });

/** The board's order within a column: most recent news first (day of the last step), then the last change, then id. */
const BOARD_ORDER = sql`d.last_event_on desc, d.updated_at desc, d.application_id desc`;

/** The names SUMMARY_SELECTION gives its columns. */
const SUMMARY_NAMES = SUMMARY_SELECTION.map((c) => c.split(' as ')[1] ?? c.slice(2));

const CARD_SELECTION = ['a.id', 'c.name as company_name', 'a.title', 'd.status', 'd.last_event_on', 'd.next_event_on', 'd.next_stage'] as const;
const CARD_NAMES = CARD_SELECTION.map((c) => c.split(' as ')[1] ?? c.slice(2));

/** What the board reads: which columns, which of them with their cards, how many, which fields, from where. */
export interface BoardRead {
  /** Every column whose total is read, in the board's order. */
  statuses: readonly string[];
  /** The columns (of `statuses`) whose cards are read too; the others give their total only. */
  withCards: readonly string[];
  /** Rows read per column with cards. */
  perStatus: number;
  /** `card`: what a card shows; `summary`: every column but the long texts. */
  fields: 'card' | 'summary';
  /** Read each column's cards after this one (the per-column read: one status). */
  after?: BoardCursor | undefined;
}

/**
 * The board's statement: for each status asked for, its total, a count over the (owner_id, status)
 * range of the board's index `(owner_id, status, last_event_on desc, updated_at desc, application_id
 * desc)`; and for each status whose cards are asked for, its first `perStatus` rows in the board's
 * order (after the cursor, if any), read as a range of that index and stopped at the limit, each
 * joined to its application and company. Nothing sorts the owner's rows. A status without cards
 * asked for, or without any, comes as one row with its total and a null id.
 *
 * - PostgreSQL: a VALUES list of the statuses (with each one's limit: 0 for a total alone), one
 *   count and one `left join lateral` ordered, limited read per status, a small plan (a UNION ALL
 *   of one join per status cost it more time to plan than to run, ADR 0036). The rows are put in
 *   order at the end: a sort of the rows shown only.
 * - SQLite (no LATERAL): a UNION ALL of one ordered, limited join per status with cards, and one
 *   count per status without, cheap for SQLite to plan; each branch comes out in its index's order
 *   and the branches in the order written.
 *
 * Rows come column by column, in the order of `statuses`, each column in the board's order.
 */
export function boardQuery(db: Kysely<DB>, ownerId: string, read: BoardRead): CompiledQuery<BoardRow> {
  const selection = read.fields === 'card' ? CARD_SELECTION : SUMMARY_SELECTION;
  const names = read.fields === 'card' ? CARD_NAMES : SUMMARY_NAMES;
  const after = read.after
    ? sql`and (d.last_event_on, d.updated_at, d.application_id) < (${read.after.lastEventOn}, ${read.after.updatedAt}, ${read.after.id})`
    : sql``;
  const count = (status: RawBuilder<unknown>) => sql`select count(*) as total from application_state k where k.owner_id = ${ownerId} and k.status = ${status}`;
  const total = (status: RawBuilder<unknown>) => sql`(${count(status)})`;
  if (isPostgres(db)) {
    const asked = sql.join(read.statuses.map((status, i) => sql`(${status}, ${sql.lit(i)}, ${sql.lit(read.withCards.includes(status) ? read.perStatus : 0)})`));
    return sql<BoardRow>`
      select ${sql.join(names.filter((name) => name !== 'status').map((name) => sql.ref(`d.${name}`)))}, st.status, d.board_updated_at, t.total
      from (values ${asked}) as st(status, col, lim)
      cross join lateral ${total(sql.ref('st.status'))} t
      left join lateral (
        select ${sql.join(selection.map((c) => sql.raw(c)))}, d.updated_at as board_updated_at
        from application_state d
        join applications a on a.id = d.application_id and a.owner_id = ${ownerId}
        join companies c on c.id = a.company_id
        where d.owner_id = ${ownerId} and d.status = st.status ${after}
        order by ${BOARD_ORDER}
        limit st.lim
      ) d on true
      order by st.col, d.last_event_on desc, d.board_updated_at desc, d.id desc`.compile(db);
  }
  const branch = (status: string) => {
    if (!read.withCards.includes(status)) {
      const nulls = names.map((name) => (name === 'status' ? sql`${status} as status` : sql`null as ${sql.ref(name)}`));
      return sql`select ${sql.join(nulls)}, null as board_updated_at, ${total(sql`${status}`)} as total`;
    }
    return sql`select * from (
      select ${sql.join(selection.map((c) => sql.raw(c)))}, d.updated_at as board_updated_at, ${total(sql`${status}`)} as total
      from applications a
      join companies c on c.id = a.company_id
      join application_state d on d.application_id = a.id
      where a.owner_id = ${ownerId} and d.owner_id = ${ownerId} and d.status = ${status} ${after}
      order by ${BOARD_ORDER}
      limit ${read.perStatus})`;
  };
  return sql<BoardRow>`${sql.join(read.statuses.map(branch), sql` union all `)}`.compile(db);
}

/** One column as the board read it: its total, and its rows in the board's order with each one's cursor. */
export interface BoardColumnRows<Row> {
  total: number;
  rows: { row: Row; cursor: BoardCursor }[];
}

/**
 * Each status's total and, for the statuses asked with cards, up to `perStatus` applications (most
 * recent news first: by day of the last step, then by the last change, then by id), in one
 * statement (`boardQuery`): each column is a range of the board's index, read up to its limit, so a
 * board costs about the same for 200 applications as for 200,000
 * (docs/decisions/0040-the-board-reads-what-it-shows.md, 0048-the-board-sends-what-is-shown.md).
 */
export async function boardViews(db: Kysely<DB>, ownerId: string, read: BoardRead & { fields: 'card' }): Promise<Map<string, BoardColumnRows<BoardCardRow>>>;
export async function boardViews(db: Kysely<DB>, ownerId: string, read: BoardRead & { fields: 'summary' }): Promise<Map<string, BoardColumnRows<ApplicationSummaryRow>>>;
export async function boardViews(db: Kysely<DB>, ownerId: string, read: BoardRead): Promise<Map<string, BoardColumnRows<BoardCardRow | ApplicationSummaryRow>>> {
  const columns = new Map<string, BoardColumnRows<BoardCardRow | ApplicationSummaryRow>>();
  if (read.statuses.length === 0) return columns;
  const found = await db.executeQuery(boardQuery(db, ownerId, read));
  for (const { total, board_updated_at, ...row } of found.rows) {
    let column = columns.get(row.status);
    if (!column) columns.set(row.status, (column = { total: Number(total), rows: [] }));
    if (row.id === null || row.id === undefined) continue;
    const full = row as ApplicationSummaryRow;
    column.rows.push({ row: full, cursor: { lastEventOn: full.last_event_on, updatedAt: String(board_updated_at), id: full.id } });
  }
  return columns;
}
