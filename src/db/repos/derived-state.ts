import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { isPostgres } from '../dialect.js';
import { EMPLOYER_REPLY_STAGES, ENDINGS, PROGRESS_STAGES, SENT_PROGRESS_STAGES, type ProgressStage } from '../../domain/applications/stages.js';
import type { DB } from '../schema.js';
import { lockHistories } from './events.repo.js';
import { transact } from '../transact.js';

/**
 * The status of applications, derived in SQL from their stage events (the
 * same rules as domain/applications/status.ts; the service tests hold the two
 * against each other). The result is kept in application_state, which only
 * refreshApplicationState writes, in the transaction that changed the events
 * (docs/decisions/0065-one-writer-of-application-state.md).
 *
 * An event has happened when its day is on or before `today` (the first event
 * of an application always counts). Of the happened events, the newest by day,
 * then by recording order (seq), is where the application stands. Events dated
 * after `today` are steps booked ahead: the earliest is kept as next_event_on,
 * and refreshDueStates derives the row again once that day has come.
 */
function rankCase(column: RawBuilder<unknown>): RawBuilder<number> {
  const whens = PROGRESS_STAGES.map((s, i) => sql`when ${sql.lit(s)} then ${sql.lit(i)}`);
  return sql<number>`case ${column} ${sql.join(whens, sql` `)} else null end`;
}

const literals = (values: readonly string[]) => sql.join(values.map((s) => sql.lit(s)), sql`, `);

const notProgress = literals(['saved', ...ENDINGS]);

function happened(alias: string, today: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${alias}.occurred_on`)} <= ${today} or ${sql.ref(`${alias}.seq`)} = 1)`;
}

/** The derivation itself, for queries that need it fresh; prefer the application_state table. */
export function derivedStateQuery(db: Kysely<DB>, ownerId: string, today: string, applicationIds?: readonly string[]) {
  let q = db.selectFrom('stage_events as e').where('e.owner_id', '=', ownerId);
  if (applicationIds) q = q.where('e.application_id', 'in', [...applicationIds]);
  const done = happened('e', today);
  const doneAnd = (condition: Expression<SqlBool>) => sql`${done} and ${condition}`;
  return q
    .groupBy('e.application_id')
    .select((eb) => [
      'e.application_id as application_id',
      sql<string>`${ownerId}`.as('owner_id'),
      eb
        .selectFrom('stage_events as s')
        .select('s.stage')
        .whereRef('s.application_id', '=', 'e.application_id')
        .where(happened('s', today))
        .orderBy('s.occurred_on', 'desc')
        .orderBy('s.seq', 'desc')
        .limit(1)
        .$castTo<string>()
        .as('status'),
      sql<number>`coalesce(max(case when ${done} then ${rankCase(sql.ref('e.stage'))} end), 0)`.as('reached_rank'),
      sql<string | null>`min(case when ${doneAnd(sql`e.stage not in (${notProgress})`)} then e.occurred_on end)`.as('applied_on'),
      sql<string>`max(case when ${done} then e.occurred_on end)`.as('last_event_on'),
      sql<string | null>`min(case when ${doneAnd(sql`e.stage in (${literals(EMPLOYER_REPLY_STAGES)})`)} then e.occurred_on end)`.as('first_reply_on'),
      sql<string | null>`max(case when ${doneAnd(sql`e.stage in (${literals(SENT_PROGRESS_STAGES)})`)} then e.occurred_on end)`.as('last_progress_on'),
      sql<string | null>`min(case when ${done} then null else e.occurred_on end)`.as('next_event_on'),
      eb
        .selectFrom('stage_events as n')
        .select('n.stage')
        .whereRef('n.application_id', '=', 'e.application_id')
        .where(sql<SqlBool>`not ${happened('n', today)}`)
        .orderBy('n.occurred_on')
        .orderBy('n.seq')
        .limit(1)
        .$castTo<string | null>()
        .as('next_stage'),
    ]);
}

const COLUMNS = [
  'status',
  'reached_rank',
  'applied_on',
  'last_event_on',
  'first_reply_on',
  'last_progress_on',
  'next_event_on',
  'next_stage',
] as const;

/**
 * The columns application_state copies from an application (its segment values, ADR 0029, and the list's
 * sort keys, ADR 0023), from `a` (applications) and `c` (companies), as the triggers copy them: written
 * with the new row, so that its kept counts are right from the insert (docs/decisions/0035). The
 * triggers still keep them in step with later edits.
 */
const orUnknown = (col: string): string => `coalesce(nullif(${col}, ''), 'unknown')`;
const yesNo = (col: string): string => `case when ${col} = 1 then 'yes' else 'no' end`;
const band = (col: string): string => `case when ${col} is null then 'unknown' when ${col} <= 2 then 'low' when ${col} = 3 then 'mid' else 'high' end`;
const SEGMENT_VALUES = {
  seg_source: orUnknown('a.source'),
  seg_referral: yesNo('a.referral'),
  seg_tailored: yesNo('a.tailored'),
  seg_resume_version: orUnknown('a.resume_version'),
  seg_fit_band: band('a.fit'),
  seg_excitement_band: band('a.excitement'),
  seg_role_family: orUnknown('a.role_family'),
  seg_seniority: orUnknown('a.seniority'),
  seg_remote: orUnknown('a.remote'),
  seg_company_size: orUnknown('c.size'),
  // The list's sort keys (ADR 0023), copied the same way.
  updated_at: 'a.updated_at',
  title: 'a.title',
  company_key: 'c.name_key',
  fit: 'coalesce(a.fit, 0)',
  excitement: 'coalesce(a.excitement, 0)',
} as const;
const COPIED_COLUMNS = Object.keys(SEGMENT_VALUES) as (keyof typeof SEGMENT_VALUES)[];

/** Up to this many applications, SQLite brings their rows up to date by an UPDATE (see updateFewStates). */
const FEW = 20;

/**
 * SQLite: the derived state of a few applications written by one UPDATE of their rows, each set
 * from the same derived values as the upsert below. SQLite's upsert (INSERT … SELECT … ON CONFLICT
 * DO UPDATE) of one row of application_state, with its nineteen indexes, cost 4–8 ms where this
 * UPDATE costs about 1 ms: most of a move's time inside its write lock
 * (docs/decisions/0048-the-board-sends-what-is-shown.md). False when a row is missing (a new
 * application, a restored one): the caller then runs the upsert, which inserts it.
 */
async function updateFewStates(db: Kysely<DB>, ownerId: string, today: string, ids: readonly string[]): Promise<boolean> {
  const derived = derivedStateQuery(db, ownerId, today, ids).as('d');
  const values = db.selectFrom(derived).select(COLUMNS.map((c) => `d.${c}` as const)).whereRef('d.application_id', '=', sql.ref('application_state.application_id'));
  const result = await sql`update application_state set (${sql.join(COLUMNS.map((c) => sql.ref(c)))}) = (${values})
    where owner_id = ${ownerId} and application_id in (${sql.join([...ids])})`.execute(db);
  return Number(result.numAffectedRows ?? 0) === ids.length;
}

/** The derived rows of these applications (all of the owner's when omitted) written from their events: an UPDATE or an upsert. */
async function writeStates(db: Kysely<DB>, ownerId: string, today: string, applicationIds: readonly string[] | undefined): Promise<void> {
  if (applicationIds && applicationIds.length <= FEW && !isPostgres(db)) {
    if (await updateFewStates(db, ownerId, today, applicationIds)) return;
  }
  for (let i = 0; i < (applicationIds?.length ?? 1); i += 500) {
    const ids = applicationIds?.slice(i, i + 500);
    await db
      .insertInto('application_state')
      .columns(['application_id', 'owner_id', ...COLUMNS, ...COPIED_COLUMNS])
      .expression(
        db
          .selectFrom(derivedStateQuery(db, ownerId, today, ids).as('d'))
          .innerJoin('applications as a', 'a.id', 'd.application_id')
          .leftJoin('companies as c', 'c.id', 'a.company_id')
          .select(['d.application_id', 'd.owner_id', ...COLUMNS.map((c) => `d.${c}` as const)])
          .select(COPIED_COLUMNS.map((c) => sql<string>`${sql.raw(SEGMENT_VALUES[c])}`.as(c))),
      )
      .onConflict((oc) =>
        oc.column('application_id').doUpdateSet((eb) => Object.fromEntries(COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]))),
      )
      .execute();
  }
}


/**
 * The one function that writes application_state from the events (docs/decisions/0004, 0065):
 * re-derives the rows of the given applications (all of the owner's when `applicationIds` is
 * omitted) as of `today`, the owner's own day. Written as an UPDATE or an upsert, so a row that
 * exists is brought up to date and a missing one is inserted.
 *
 * In a transaction, which is how every write of a history calls it: in the transaction that
 * changed the events, with those histories locked by it (lockHistory, lockHistories) or created
 * in it. The lock matters on PostgreSQL: a statement derives from the events committed when it
 * started, so a second writer deriving the same row without the lock would compute it from the
 * old history and, once the first transaction commits, write that over the new row.
 * Outside a transaction (a rebuild, a seeded database), it opens one and takes the locks itself.
 */
export async function refreshApplicationState(
  db: Kysely<DB>,
  ownerId: string,
  today: string,
  applicationIds?: readonly string[],
): Promise<void> {
  if (applicationIds && applicationIds.length === 0) return;
  if (db.isTransaction) return writeStates(db, ownerId, today, applicationIds);
  await transact(db, async (trx) => {
    if (isPostgres(trx)) await lockHistories(trx, ownerId, applicationIds);
    await writeStates(trx, ownerId, today, applicationIds);
  });
}

/**
 * Derives again the rows of these applications on a read (their booked day has come), in a
 * transaction of their own unless the caller is in one, under their histories' locks taken with
 * `skip locked`: a history another transaction is writing right now is left to that writer, which
 * derives its row itself when it commits, and a read never waits for a write (an import of
 * thousands of rows) to end. Such a row stays due, for the next read. Returns how many rows were
 * derived.
 */
export async function catchUpStates(db: Kysely<DB>, ownerId: string, today: string, applicationIds: readonly string[]): Promise<number> {
  if (applicationIds.length === 0) return 0;
  const derive = async (trx: Kysely<DB>): Promise<number> => {
    const locked = await lockHistories(trx, ownerId, applicationIds, { skipLocked: true });
    await refreshApplicationState(trx, ownerId, today, locked);
    return locked.length;
  };
  return db.isTransaction ? derive(db) : transact(db, derive);
}

/**
 * The applications with a booked step whose day has come. `is not null` is
 * written out: without it SQLite, knowing that most applications have no
 * booked step, scans the whole table instead of a range of the index.
 */
export function dueStatesQuery(db: Kysely<DB>, ownerId: string, today: string) {
  return db
    .selectFrom('application_state')
    .select('application_id')
    .where('owner_id', '=', ownerId)
    .where('next_event_on', 'is not', null)
    .where('next_event_on', '<=', today);
}

/**
 * Brings up to date the rows whose next booked step has come (no write when
 * none has: one indexed read), as catchUpStates does. Returns how many rows were derived again.
 */
export async function refreshDueStates(db: Kysely<DB>, ownerId: string, today: string): Promise<number> {
  const due = await dueStatesQuery(db, ownerId, today).execute();
  return catchUpStates(db, ownerId, today, due.map((r) => r.application_id));
}

/**
 * When the owner's day itself changes (a new time zone), in the transaction that changes it: derives
 * again every row that was derived as if a later day had come (one whose latest step is dated after
 * `today`: it was counted as happened) and every row whose booked day has come. A row derived on an
 * earlier day is caught up by the next read anyway; one derived on a later day would not be.
 */
export async function refreshStatesForDay(trx: Kysely<DB>, ownerId: string, today: string): Promise<number> {
  const rows = await trx
    .selectFrom('application_state')
    .select('application_id')
    .where('owner_id', '=', ownerId)
    .where((eb) => eb.or([eb('last_event_on', '>', today), eb.and([eb('next_event_on', 'is not', null), eb('next_event_on', '<=', today)])]))
    .execute();
  const ids = await lockHistories(trx, ownerId, rows.map((r) => r.application_id));
  await refreshApplicationState(trx, ownerId, today, ids);
  return ids.length;
}

/** Removes every row of the owner before their whole tracker is written again (a backup restored in place of it). */
export async function forgetApplicationStates(trx: Kysely<DB>, ownerId: string): Promise<void> {
  await trx.deleteFrom('application_state').where('owner_id', '=', ownerId).execute();
}

export function stageFromRank(rank: number | null): ProgressStage {
  return PROGRESS_STAGES[rank ?? 0] ?? 'saved';
}
