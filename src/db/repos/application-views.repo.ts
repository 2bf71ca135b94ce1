import { sql, type Kysely, type Selectable } from 'kysely';
import type { ApplicationsTable, DB } from '../schema.js';

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

const SORT_COLUMNS = {
  updated: 'a.updated_at',
  applied: 'd.applied_on',
  lastEvent: 'd.last_event_on',
  company: 'c.name_key',
  title: 'a.title',
  fit: 'a.fit',
  excitement: 'a.excitement',
  status: 'd.status',
} as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function baseQuery(db: Kysely<DB>, ownerId: string, f: ViewFilter) {
  let q = db
    .selectFrom('applications as a')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .innerJoin('application_state as d', 'd.application_id', 'a.id')
    .where('a.owner_id', '=', ownerId)
    .where('d.owner_id', '=', ownerId);
  if (f.ids) q = q.where('a.id', 'in', f.ids.length > 0 ? [...f.ids] : ['']);
  if (f.q) {
    const like = `%${escapeLike(f.q.toLowerCase())}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(a.title)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(c.name)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(coalesce(a.location, ''))`, 'like', sql`${like} escape '\\'`),
      ]),
    );
  }
  if (f.statuses && f.statuses.length > 0) q = q.where('d.status', 'in', [...f.statuses]);
  if (f.sources && f.sources.length > 0) q = q.where('a.source', 'in', [...f.sources]);
  if (f.tag) {
    const tag = f.tag;
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('application_tags as t').select('t.tag').whereRef('t.application_id', '=', 'a.id').where('t.tag', '=', tag),
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

const SELECTION = [
  'a.id', 'a.owner_id', 'a.company_id', 'c.name as company_name', 'a.title', 'a.source', 'a.referral', 'a.referrer',
  'a.resume_version', 'a.tailored', 'a.fit', 'a.excitement', 'a.salary_min', 'a.salary_max', 'a.salary_currency',
  'a.location', 'a.remote', 'a.job_url', 'a.description', 'a.notes', 'a.role_family', 'a.seniority', 'a.version',
  'a.created_at', 'a.updated_at', 'd.status', 'd.reached_rank', 'd.applied_on', 'd.last_event_on',
  'd.next_event_on', 'd.next_stage',
] as const;

export async function listApplicationViews(
  db: Kysely<DB>,
  ownerId: string,
  filter: ViewFilter,
  page: { sort: ViewSort; order: 'asc' | 'desc'; limit: number; offset: number },
): Promise<{ rows: ApplicationViewRow[]; total: number }> {
  const base = baseQuery(db, ownerId, filter);
  const [rows, count] = await Promise.all([
    base
      .select(SELECTION)
      .orderBy(sql.ref(SORT_COLUMNS[page.sort]), (ob) => (page.order === 'asc' ? ob.asc().nullsFirst() : ob.desc().nullsLast()))
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as ApplicationViewRow[], total: Number(count.n) };
}

/** Up to `perStatus` applications per status (most recent news first), and each status's total. */
export async function boardViews(
  db: Kysely<DB>,
  ownerId: string,
  statuses: readonly string[],
  perStatus: number,
): Promise<{ rows: ApplicationViewRow[]; totals: Map<string, number> }> {
  const [counts, ...columns] = await Promise.all([
    db
      .selectFrom('application_state')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('owner_id', '=', ownerId)
      .groupBy('status')
      .execute(),
    ...statuses.map((status) =>
      baseQuery(db, ownerId, { statuses: [status] })
        .select(SELECTION)
        .orderBy('d.last_event_on', 'desc')
        .orderBy('a.updated_at', 'desc')
        .limit(perStatus)
        .execute(),
    ),
  ]);
  const totals = new Map(counts.map((c) => [c.status, Number(c.n)]));
  return { rows: columns.flat() as ApplicationViewRow[], totals };
}
