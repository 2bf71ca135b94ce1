import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';
import { stageRank } from '../../domain/applications/stages.js';
import { NON_INFORMATIVE_REASONS } from '../../domain/insights/index.js';
import type { DB } from '../schema.js';
import { transact } from '../transact.js';

/**
 * The owner's kept counts (docs/decisions/0029, 0035, 0042, 0046) counted once from the tables,
 * for bulk writes: the rules of the count triggers (migrations 20261203_2601, 20261203_2602,
 * 20261205_0100), as aggregates over one owner's rows instead of deltas of one row.
 */


/** Every table the triggers keep, each with an owner_id column. */
export const KEPT_COUNT_TABLES = [
  'insight_counts',
  'insight_day_counts',
  'insight_value_counts',
  'employer_counts',
  'employer_reply_days',
  'insight_rejection_facts',
  'insight_rejection_months',
  'insight_reason_counts',
  'insight_theme_counts',
] as const;

/** PostgreSQL only: the counts of the searched values (migration 20261209_01_0001, ADR 0064), kept like the others. */
export const KEPT_SEARCH_COUNTS = 'application_search_counts';

/** The owner's search counts from application_search, the rule of their trigger as an aggregate. */
const SEARCH_COUNTS = `insert into application_search_counts (owner_id, field, value, n)
  ${['title', 'company', 'location'].map((f) => `select owner_id, '${f}', ${f}, count(*) from application_search where owner_id = ? group by owner_id, ${f}`).join('\n  union all ')}`;

const SCREEN = stageRank('screen');
const INTERVIEW = stageRank('interview');
const OFFER = stageRank('offer');
const AWAITING = ['applied', 'screen', 'assessment', 'interview', 'final'];
const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * The kept outcome of each ended status: one status each, so a count of these outcomes is a count of those
 * statuses (the trigger rules of migration 20261203_2601 follow the same rule). The other outcomes gather several
 * statuses: 'awaiting' the open steps, 'in_progress' the rest.
 */
export const KEPT_OUTCOME_OF_STATUS: Readonly<Record<string, string>> = { rejected: 'rejected', withdrawn: 'withdrawn', accepted: 'accepted', ghosted: 'silence' };

const OUTCOME = `case
  ${Object.entries(KEPT_OUTCOME_OF_STATUS).map(([status, outcome]) => `when status = '${status}' then '${outcome}'`).join('\n  ')}
  when status in (${list(AWAITING)}) then 'awaiting'
  else 'in_progress' end`;
const REPLIED = 'case when first_reply_on is null then 0 else 1 end';
const flag = (condition: string): string => `case when ${condition} then 1 else 0 end`;

/** The report's segment dimensions → their value on an application_state row. */
const DIMENSIONS: [string, string][] = [
  ['source', 's.seg_source'],
  ['referral', 's.seg_referral'],
  ['tailored', 's.seg_tailored'],
  ['resume_version', 's.seg_resume_version'],
  ['fit_band', 's.seg_fit_band'],
  ['excitement_band', 's.seg_excitement_band'],
  ['role_family', 's.seg_role_family'],
  ['seniority', 's.seg_seniority'],
  ['remote', 's.seg_remote'],
  ['company_size', 's.seg_company_size'],
  ['month', "coalesce(substr(s.applied_on, 1, 7), 'unknown')"],
];

const dayDiff = (pg: boolean, from: string, to: string): string =>
  pg ? `(cast(${to} as date) - cast(${from} as date))` : `cast(julianday(${to}) - julianday(${from}) as integer)`;

/** The application_state rows of the owner with their outcome and replied flag (`s`). */
const STATES = `(select *, ${OUTCOME} as outcome, ${REPLIED} as replied from application_state where owner_id = ?) s`;

/** Statements of the recount, each with one `?` per owner parameter. */
function statements(pg: boolean): string[] {
  const replyDays = dayDiff(pg, 's.applied_on', 's.first_reply_on');
  const rejectDays = dayDiff(pg, 's.last_progress_on', 's.last_event_on');
  const dims = [['', "''"] as [string, string], ...DIMENSIONS];
  const closed = `s.outcome in ('rejected', 'silence', 'awaiting')`;
  const informative = `rr.reason not in (${list(NON_INFORMATIVE_REASONS)})`;
  const month = (day: string) => `substr(${day}, 1, 7)`;
  return [
    // One grouping per dimension, all in one statement.
    `insert into insight_counts (owner_id, reached_rank, outcome, replied, dimension, value, n)
      ${dims.map(([d, v]) => `select s.owner_id, s.reached_rank, s.outcome, s.replied, '${d}', ${v}, count(*)
        from ${STATES} ${d === '' ? '' : 'where s.reached_rank >= 1'}
        group by s.owner_id, s.reached_rank, s.outcome, s.replied${d === '' ? '' : `, ${v}`}`).join('\n union all ')}`,
    `insert into insight_value_counts (owner_id, dimension, value, n, response_trials, response_successes, interview_trials, interview_successes, offer_trials, offer_successes)
      ${DIMENSIONS.map(([d, v]) => `select s.owner_id, '${d}', ${v}, count(*),
          sum(${flag(`s.first_reply_on is not null or s.outcome <> 'in_progress'`)}), sum(${flag('s.first_reply_on is not null')}),
          sum(${flag(`s.reached_rank >= ${SCREEN} or ${closed}`)}), sum(${flag(`s.reached_rank >= ${SCREEN}`)}),
          sum(${flag(`s.reached_rank >= ${OFFER} or ${closed}`)}), sum(${flag(`s.reached_rank >= ${OFFER}`)})
        from ${STATES} where s.reached_rank >= 1 group by s.owner_id, ${v}`).join('\n union all ')}`,
    `insert into insight_day_counts (owner_id, kind, reached_rank, days, n)
      select s.owner_id, 'reply', 1, ${replyDays}, count(*) from ${STATES}
        where s.reached_rank >= 1 and ${replyDays} is not null group by s.owner_id, ${replyDays}
      union all
      select s.owner_id, 'rejection', s.reached_rank, ${rejectDays}, count(*) from ${STATES}
        where s.reached_rank >= 1 and s.status = 'rejected' and ${rejectDays} is not null group by s.owner_id, s.reached_rank, ${rejectDays}`,
    `insert into employer_counts (owner_id, company_key, applications, replies, interviews, offers)
      select s.owner_id, s.company_key, count(*), sum(${flag('s.first_reply_on is not null')}),
        sum(${flag(`s.reached_rank >= ${INTERVIEW}`)}), sum(${flag(`s.reached_rank >= ${OFFER}`)})
      from ${STATES} where s.reached_rank >= 1 group by s.owner_id, s.company_key`,
    `insert into employer_reply_days (owner_id, company_key, days, n)
      select s.owner_id, s.company_key, ${replyDays}, count(*) from ${STATES}
      where s.reached_rank >= 1 and ${replyDays} is not null group by s.owner_id, s.company_key, ${replyDays}`,
    `insert into insight_rejection_facts (rejection_id, owner_id, application_id, month, informative, outside)
      select r.id, r.owner_id, r.application_id, ${month('r.rejected_on')},
        coalesce(sum(${flag(`rr.reason is not null and ${informative}`)}), 0),
        coalesce(sum(${flag(`rr.reason is not null and ${informative} and rr.control = 'outside'`)}), 0)
      from rejections r left join rejection_reasons rr on rr.rejection_id = r.id
      where r.owner_id = ? group by r.id, r.owner_id, r.application_id, r.rejected_on`,
    // Again after the facts: on SQLite their insert trigger has just counted the months row by row.
    'delete from insight_rejection_months where owner_id = ?',
    `insert into insight_rejection_months (owner_id, month, rejections, with_reasons, outside)
      select owner_id, month, count(*), sum(${flag('informative > 0')}), sum(${flag('informative > 0 and outside = informative')})
      from insight_rejection_facts where owner_id = ? and month is not null group by owner_id, month`,
    `insert into insight_reason_counts (owner_id, month, reason, n, outside)
      select rr.owner_id, ${month('r.rejected_on')}, rr.reason, count(*), sum(${flag(`rr.control = 'outside'`)})
      from rejection_reasons rr join rejections r on r.id = rr.rejection_id
      where rr.owner_id = ? group by rr.owner_id, ${month('r.rejected_on')}, rr.reason`,
    `insert into insight_theme_counts (owner_id, month, theme_id, n)
      select l.owner_id, coalesce(${month('r.rejected_on')}, ${month('l.created_at')}), l.theme_id, count(*)
      from lessons l left join rejections r on r.application_id = l.application_id
      where l.owner_id = ? group by l.owner_id, coalesce(${month('r.rejected_on')}, ${month('l.created_at')}), l.theme_id`,
  ];
}

/** `sql.raw` text with `?` placeholders bound to the owner, for either dialect. */
function withOwner(text: string, ownerId: string) {
  const parts = text.split('?');
  return sql.join(
    parts.map((p, i) => (i === 0 ? sql.raw(p) : sql`${ownerId}${sql.raw(p)}`)),
    sql``,
  );
}

/**
 * Replaces the owner's kept counts by a count of the tables. Run it in the transaction of the
 * writes it follows. On PostgreSQL it first takes the owner's counts lock (ADR 0042), after the
 * rows the transaction wrote, as every count trigger does: two writers of one owner's counts
 * still take turns, and the recount reads what committed before it (READ COMMITTED).
 */
export async function recountKeptCounts(db: Kysely<DB>, ownerId: string): Promise<void> {
  if (!db.isTransaction) return transact(db, (trx) => recountKeptCounts(trx, ownerId));
  const pg = isPostgres(db);
  if (pg) {
    await sql`select debrief_lock_counts(${ownerId})`.execute(db);
    // Without the row triggers: the facts' own would count the months a second time.
    await sql`select set_config('debrief.bulk_counts', 'off', true)`.execute(db);
  }
  for (const table of KEPT_COUNT_TABLES) await sql`delete from ${sql.table(table)} where owner_id = ${ownerId}`.execute(db);
  for (const text of statements(pg)) await withOwner(text, ownerId).execute(db);
  if (pg) {
    await sql`delete from application_search_counts where owner_id = ${ownerId}`.execute(db);
    await withOwner(SEARCH_COUNTS, ownerId).execute(db);
    await sql`select set_config('debrief.bulk_counts', 'on', true)`.execute(db);
  }
}

/**
 * Runs a bulk write of the owner's rows with the row-by-row counts off, then counts once
 * (docs/decisions/0046). PostgreSQL only: its triggers read the transaction-local setting
 * `debrief.bulk_counts`; SQLite's count as they go, which costs it little. `db` must be a
 * transaction. The setting is turned on again before returning, so later writes of the same
 * transaction count row by row; it ends with the transaction anyway, also when `write` throws.
 */
export async function withBulkCounts<T>(db: Kysely<DB>, ownerId: string, write: () => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return write();
  await sql`select set_config('debrief.bulk_counts', 'off', true)`.execute(db);
  const result = await write();
  await recountKeptCounts(db, ownerId);
  return result;
}
