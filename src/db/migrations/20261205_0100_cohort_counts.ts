import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Kept counts for cohort figures, and cheaper to keep (docs/decisions/0035-cohort-figures-and-write-cost.md).
 *
 * Until now a new application_state row was counted three times: once as inserted, with the
 * segment columns at their default 'unknown'; then the trigger that copies the segment values
 * onto the row updated it, and the update took the 'unknown' row away again and added the real
 * one (and a second trigger updated the row again for the list's sort keys). And every change of
 * an insight_counts row fired a second row trigger that upserted the member's
 * insight_value_counts row, twice for an update (old out, new in).
 *
 * Now:
 * - The copied columns (segment values and sort keys) are right from the insert. On PostgreSQL a
 *   BEFORE INSERT trigger sets them on the new row; on SQLite (whose BEFORE triggers cannot change
 *   the row) the insert brings them (refreshApplicationState), and one AFTER INSERT trigger copies
 *   them only when they differ from the application's (a `when` clause). An insert is counted once.
 * - The value counts are written by the application_state triggers themselves, one upsert over
 *   the eleven dimensions per row added or taken away; the triggers on insight_counts are gone.
 * - Per member and employer (the company's name key, `company_key` on the row): the applications
 *   sent, replied to, that reached an interview and an offer (`employer_counts`), and the days to a
 *   first reply (`employer_reply_days`), kept by the same triggers, for the cohort employers table.
 *
 * The counting rules are those of 20261203_2601 and 20261204_0100, written out again here so
 * that this migration never changes meaning when those files or the application code do.
 */

const UNKNOWN = 'unknown';
const AWAITING = ['applied', 'screen', 'assessment', 'interview', 'final'];
const inList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
const SCREEN_RANK = 2;
const INTERVIEW_RANK = 4;
const OFFER_RANK = 6;
const VALUE_COLUMNS = ['n', 'response_trials', 'response_successes', 'interview_trials', 'interview_successes', 'offer_trials', 'offer_successes'];

const orUnknown = (col: string): string => `coalesce(nullif(${col}, ''), '${UNKNOWN}')`;
const yesNo = (col: string): string => `case when ${col} = 1 then 'yes' else 'no' end`;
const band = (col: string): string =>
  `case when ${col} is null then '${UNKNOWN}' when ${col} <= 2 then 'low' when ${col} = 3 then 'mid' else 'high' end`;
const SEGMENT_SOURCES: Record<string, string> = {
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
};
const SEGMENT_COLUMNS = Object.keys(SEGMENT_SOURCES);
/** The list's sort keys (20261203_16_0001), copied the same way. */
const SORT_KEY_SOURCES: Record<string, string> = {
  updated_at: 'a.updated_at',
  title: 'a.title',
  company_key: 'c.name_key',
  fit: 'coalesce(a.fit, 0)',
  excitement: 'coalesce(a.excitement, 0)',
};
const COPIED: Record<string, string> = { ...SEGMENT_SOURCES, ...SORT_KEY_SOURCES };
const COPIED_COLUMNS = Object.keys(COPIED);
const copiedLookup = (id: string): string =>
  `(select ${Object.values(COPIED).join(', ')} from applications a join companies c on c.id = a.company_id where a.id = ${id})`;
const lookup = (id: string): string =>
  `(select ${Object.values(SEGMENT_SOURCES).join(', ')} from applications a join companies c on c.id = a.company_id where a.id = ${id})`;

const DIMENSIONS = (r: string): [string, string][] => [
  ['source', `${r}.seg_source`],
  ['referral', `${r}.seg_referral`],
  ['tailored', `${r}.seg_tailored`],
  ['resume_version', `${r}.seg_resume_version`],
  ['fit_band', `${r}.seg_fit_band`],
  ['excitement_band', `${r}.seg_excitement_band`],
  ['role_family', `${r}.seg_role_family`],
  ['seniority', `${r}.seg_seniority`],
  ['remote', `${r}.seg_remote`],
  ['company_size', `${r}.seg_company_size`],
  ['month', `coalesce(substr(${r}.applied_on, 1, 7), '${UNKNOWN}')`],
];

const outcome = (r: string): string => `case
  when ${r}.status in ('rejected', 'withdrawn', 'accepted') then ${r}.status
  when ${r}.status = 'ghosted' then 'silence'
  when ${r}.status in (${inList(AWAITING)}) then 'awaiting'
  else 'in_progress' end`;
const replied = (r: string): string => `case when ${r}.first_reply_on is null then 0 else 1 end`;

const dayDiff = (pg: boolean, from: string, to: string): string =>
  pg ? `(cast(${to} as date) - cast(${from} as date))` : `cast(julianday(${to}) - julianday(${from}) as integer)`;

/** The metric flags of the application_state row `r` (waiting counted as silence), each times `sign`. */
function valueTerms(r: string, sign: number): string[] {
  const closed = `${outcome(r)} in ('rejected', 'silence', 'awaiting')`;
  const flag = (condition: string) => `case when ${condition} then ${sign} else 0 end`;
  return [
    String(sign),
    flag(`${r}.first_reply_on is not null or ${outcome(r)} <> 'in_progress'`),
    flag(`${r}.first_reply_on is not null`),
    flag(`${r}.reached_rank >= ${SCREEN_RANK} or ${closed}`),
    flag(`${r}.reached_rank >= ${SCREEN_RANK}`),
    flag(`${r}.reached_rank >= ${OFFER_RANK} or ${closed}`),
    flag(`${r}.reached_rank >= ${OFFER_RANK}`),
  ];
}

/**
 * The statements that add (`sign` 1) or take away (-1) the row `r`: its insight_counts rows, its day
 * counts and, with `cohort`, its member's value counts (one upsert for the eleven dimensions) and employer counts.
 */
function countStatements(pg: boolean, r: string, sign: 1 | -1, cohort: boolean): string {
  const pairs = (withAll: boolean): [string, string][] => [...(withAll ? [['', "''"] as [string, string]] : []), ...DIMENSIONS(r)];
  // SQLite names a VALUES list's columns column1, column2 only when its first row is literals: a UNION ALL instead.
  const from = (withAll: boolean) =>
    pg
      ? `(values ${pairs(withAll).map(([d, v]) => `('${d}', ${v})`).join(', ')}) as d(dimension, value)`
      : `(${pairs(withAll).map(([d, v]) => `select '${d}' as dimension, ${v} as value`).join(' union all ')}) as d`;
  const counts = `insert into insight_counts (owner_id, reached_rank, outcome, replied, dimension, value, n)
    select ${r}.owner_id, ${r}.reached_rank, ${outcome(r)}, ${replied(r)}, d.dimension, d.value, ${sign}
    from ${from(true)}
    where d.dimension = '' or ${r}.reached_rank >= 1
    on conflict (owner_id, reached_rank, outcome, replied, dimension, value) do update set n = insight_counts.n + excluded.n;`;
  const valueCounts = `insert into insight_value_counts (owner_id, dimension, value, ${VALUE_COLUMNS.join(', ')})
    select ${r}.owner_id, d.dimension, d.value, ${valueTerms(r, sign).join(', ')}
    from ${from(false)}
    where ${r}.reached_rank >= 1
    on conflict (owner_id, dimension, value) do update set ${VALUE_COLUMNS.map((c) => `${c} = insight_value_counts.${c} + excluded.${c}`).join(', ')};`;
  const replyDays = dayDiff(pg, `${r}.applied_on`, `${r}.first_reply_on`);
  const rejectDays = dayDiff(pg, `${r}.last_progress_on`, `${r}.last_event_on`);
  const days = (kind: string, rank: string, value: string, condition: string) => `insert into insight_day_counts (owner_id, kind, reached_rank, days, n)
    select ${r}.owner_id, '${kind}', ${rank}, ${value}, ${sign}
    where ${r}.reached_rank >= 1 and ${condition} and ${value} is not null
    on conflict (owner_id, kind, reached_rank, days) do update set n = insight_day_counts.n + excluded.n;`;
  const flag = (condition: string) => `case when ${condition} then ${sign} else 0 end`;
  const employer = `insert into employer_counts (owner_id, company_key, applications, replies, interviews, offers)
    select ${r}.owner_id, ${r}.company_key, ${sign}, ${flag(`${r}.first_reply_on is not null`)}, ${flag(`${r}.reached_rank >= ${INTERVIEW_RANK}`)}, ${flag(`${r}.reached_rank >= ${OFFER_RANK}`)}
    where ${r}.reached_rank >= 1
    on conflict (owner_id, company_key) do update set applications = employer_counts.applications + excluded.applications,
      replies = employer_counts.replies + excluded.replies, interviews = employer_counts.interviews + excluded.interviews, offers = employer_counts.offers + excluded.offers;`;
  const employerDays = `insert into employer_reply_days (owner_id, company_key, days, n)
    select ${r}.owner_id, ${r}.company_key, ${replyDays}, ${sign}
    where ${r}.reached_rank >= 1 and ${replyDays} is not null
    on conflict (owner_id, company_key, days) do update set n = employer_reply_days.n + excluded.n;`;
  const statements = [
    counts,
    ...(cohort ? [valueCounts, employer, employerDays] : []),
    days('reply', '1', replyDays, 'true'),
    days('rejection', `${r}.reached_rank`, rejectDays, `${r}.status = 'rejected'`),
  ];
  if (sign < 0 && cohort) {
    statements.push(`delete from employer_counts where owner_id = ${r}.owner_id and company_key = ${r}.company_key and applications = 0;`);
    statements.push(`delete from employer_reply_days where owner_id = ${r}.owner_id and company_key = ${r}.company_key and n = 0 and days = ${replyDays};`);
  }
  if (sign < 0) {
    statements.push(`delete from insight_counts where owner_id = ${r}.owner_id and reached_rank = ${r}.reached_rank
      and outcome = ${outcome(r)} and replied = ${replied(r)} and n = 0;`);
    statements.push(`delete from insight_day_counts where owner_id = ${r}.owner_id and n = 0
      and ((kind = 'reply' and reached_rank = 1 and days = ${replyDays}) or (kind = 'rejection' and reached_rank = ${r}.reached_rank and days = ${rejectDays}));`);
  }
  return statements.join('\n');
}

const COUNTED_COLUMNS = ['owner_id', 'status', 'reached_rank', 'applied_on', 'last_event_on', 'first_reply_on', 'last_progress_on', ...SEGMENT_COLUMNS];
/** The update trigger's `when`: a change of a counted column (with the employer's key, once employers are counted). */
const changed = (pg: boolean, cohort: boolean): string =>
  [...COUNTED_COLUMNS, ...(cohort ? ['company_key'] : [])].map((c) => (pg ? `old.${c} is distinct from new.${c}` : `old.${c} is not new.${c}`)).join(' or ');

const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** The application_state count triggers (SQLite) or the function they call (PostgreSQL), with or without the value counts. */
async function countTriggers(db: Kysely<unknown>, cohort: boolean): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`create or replace function debrief_insight_count(r application_state, sign integer) returns void language plpgsql as $$
      begin
        if sign > 0 then ${countStatements(true, 'r', 1, cohort)}
        else ${countStatements(true, 'r', -1, cohort)}
        end if;
      end $$`).execute(db);
    await sql`drop trigger application_state_insights_au on application_state`.execute(db);
    await sql.raw(`create trigger application_state_insights_au after update on application_state
      for each row when (${changed(true, cohort)}) execute function debrief_insight_counts()`).execute(db);
    return;
  }
  for (const t of ['application_state_insights_ai', 'application_state_insights_au', 'application_state_insights_ad']) await sql.raw(`drop trigger ${t}`).execute(db);
  await sql.raw(`create trigger application_state_insights_ai after insert on application_state begin
    ${countStatements(false, 'new', 1, cohort)}
  end`).execute(db);
  await sql.raw(`create trigger application_state_insights_au after update on application_state when ${changed(false, cohort)} begin
    ${countStatements(false, 'old', -1, cohort)}
    ${countStatements(false, 'new', 1, cohort)}
  end`).execute(db);
  await sql.raw(`create trigger application_state_insights_ad after delete on application_state begin
    ${countStatements(false, 'old', -1, cohort)}
  end`).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  // Per member and employer, for the cohort employers table; backfilled before the triggers count.
  await sql`create table employer_counts (owner_id text not null, company_key text not null, applications integer not null,
    replies integer not null, interviews integer not null, offers integer not null, primary key (owner_id, company_key))`.execute(db);
  await sql`create table employer_reply_days (owner_id text not null, company_key text not null, days integer not null, n integer not null,
    primary key (owner_id, company_key, days))`.execute(db);
  const s = 'application_state';
  await sql.raw(`insert into employer_counts (owner_id, company_key, applications, replies, interviews, offers)
    select owner_id, company_key, count(*), sum(case when first_reply_on is not null then 1 else 0 end),
      sum(case when reached_rank >= ${INTERVIEW_RANK} then 1 else 0 end), sum(case when reached_rank >= ${OFFER_RANK} then 1 else 0 end)
    from application_state where reached_rank >= 1 group by owner_id, company_key`).execute(db);
  const replyDays = dayDiff(pg, `${s}.applied_on`, `${s}.first_reply_on`);
  await sql.raw(`insert into employer_reply_days (owner_id, company_key, days, n)
    select owner_id, company_key, ${replyDays}, count(*) from application_state
    where reached_rank >= 1 and ${replyDays} is not null group by owner_id, company_key, ${replyDays}`).execute(db);

  // The value counts and the employers' move into the application_state triggers.
  for (const name of ['ai', 'au', 'ad']) await sql.raw(`drop trigger insight_counts_values_${name}${pg ? ' on insight_counts' : ''}`).execute(db);
  if (pg) await sql`drop function debrief_insight_value_count()`.execute(db);
  await countTriggers(db, true);
  // The copied columns, right from the insert: one trigger instead of two updates.
  if (pg) {
    await sql`drop trigger application_state_segments_ai on application_state`.execute(db);
    await sql`drop trigger application_state_keys_ai on application_state`.execute(db);
    await sql`drop function debrief_state_segments_from_state()`.execute(db);
    await sql`drop function debrief_state_keys_from_state()`.execute(db);
    await sql.raw(`create function debrief_state_copies_on_insert() returns trigger language plpgsql as $$
      begin
        select ${Object.values(COPIED).join(', ')} into ${COPIED_COLUMNS.map((c) => `new.${c}`).join(', ')}
          from applications a join companies c on c.id = a.company_id where a.id = new.application_id;
        return new;
      end $$`).execute(db);
    await sql`create trigger application_state_copies_bi before insert on application_state
      for each row execute function debrief_state_copies_on_insert()`.execute(db);
  } else {
    await sql`drop trigger application_state_segments_ai`.execute(db);
    await sql`drop trigger application_state_keys_ai`.execute(db);
    await sql.raw(`create trigger application_state_copies_ai after insert on application_state
      when (${COPIED_COLUMNS.map((c) => `new.${c}`).join(', ')}) is not ${copiedLookup('new.application_id')} begin
      update application_state set (${COPIED_COLUMNS.join(', ')}) = ${copiedLookup('new.application_id')} where application_id = new.application_id;
    end`).execute(db);
  }
}

/** The insight_counts trigger of 20261204_0100, for down(). */
function valueDelta(r: string, n: string): string {
  const closed = `${r}.outcome in ('rejected', 'silence', 'awaiting')`;
  const flag = (condition: string) => `(case when ${condition} then 1 else 0 end) * (${n})`;
  const terms = [
    `(${n})`,
    flag(`${r}.replied = 1 or ${r}.outcome <> 'in_progress'`),
    flag(`${r}.replied = 1`),
    flag(`${r}.reached_rank >= ${SCREEN_RANK} or ${closed}`),
    flag(`${r}.reached_rank >= ${SCREEN_RANK}`),
    flag(`${r}.reached_rank >= ${OFFER_RANK} or ${closed}`),
    flag(`${r}.reached_rank >= ${OFFER_RANK}`),
  ];
  return `insert into insight_value_counts (owner_id, dimension, value, ${VALUE_COLUMNS.join(', ')})
    select ${r}.owner_id, ${r}.dimension, ${r}.value, ${terms.join(', ')} where true
    on conflict (owner_id, dimension, value) do update set ${VALUE_COLUMNS.map((c) => `${c} = insight_value_counts.${c} + excluded.${c}`).join(', ')};`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const segmentsUpdate = (id: string) => `update application_state set (${SEGMENT_COLUMNS.join(', ')}) = ${lookup(id)} where application_id = ${id};`;
  const sortKeys = Object.keys(SORT_KEY_SOURCES);
  const keysUpdate = (id: string) =>
    `update application_state set (${sortKeys.join(', ')}) = (select ${Object.values(SORT_KEY_SOURCES).join(', ')} from applications a join companies c on c.id = a.company_id where a.id = ${id}) where application_id = ${id};`;
  if (pg) {
    await sql`drop trigger application_state_copies_bi on application_state`.execute(db);
    await sql`drop function debrief_state_copies_on_insert()`.execute(db);
    await sql.raw(`create function debrief_state_keys_from_state() returns trigger language plpgsql as $$
      begin ${keysUpdate('new.application_id')} return null; end $$`).execute(db);
    await sql`create trigger application_state_keys_ai after insert on application_state
      for each row execute function debrief_state_keys_from_state()`.execute(db);
    await sql.raw(`create function debrief_state_segments_from_state() returns trigger language plpgsql as $$
      begin ${segmentsUpdate('new.application_id')} return null; end $$`).execute(db);
    await sql`create trigger application_state_segments_ai after insert on application_state
      for each row execute function debrief_state_segments_from_state()`.execute(db);
  } else {
    await sql`drop trigger application_state_copies_ai`.execute(db);
    await sql.raw(`create trigger application_state_keys_ai after insert on application_state begin
      ${keysUpdate('new.application_id')}
    end`).execute(db);
    await sql.raw(`create trigger application_state_segments_ai after insert on application_state begin
      ${segmentsUpdate('new.application_id')}
    end`).execute(db);
  }
  await countTriggers(db, false);
  if (pg) {
    await sql.raw(`create function debrief_insight_value_count() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then ${valueDelta('old', '-old.n')} end if;
        if tg_op in ('INSERT', 'UPDATE') then ${valueDelta('new', 'new.n')} end if;
        return null;
      end $$`).execute(db);
    for (const [name, event, row] of [['ai', 'insert', 'new'], ['au', 'update', 'new'], ['ad', 'delete', 'old']] as const) {
      await sql.raw(`create trigger insight_counts_values_${name} after ${event} on insight_counts
        for each row when (${row}.dimension <> '') execute function debrief_insight_value_count()`).execute(db);
    }
  } else {
    await sql.raw(`create trigger insight_counts_values_ai after insert on insight_counts when new.dimension <> '' begin
      ${valueDelta('new', 'new.n')} end`).execute(db);
    await sql.raw(`create trigger insight_counts_values_au after update on insight_counts when new.dimension <> '' begin
      ${valueDelta('old', '-old.n')} ${valueDelta('new', 'new.n')} end`).execute(db);
    await sql.raw(`create trigger insight_counts_values_ad after delete on insight_counts when old.dimension <> '' begin
      ${valueDelta('old', '-old.n')} end`).execute(db);
  }
  await sql`drop table employer_reply_days`.execute(db);
  await sql`drop table employer_counts`.execute(db);
}
