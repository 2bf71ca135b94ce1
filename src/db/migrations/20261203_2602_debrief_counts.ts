import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Rejection reasons and lesson themes of the insights report, counted as they
 * change (docs/decisions/0029-insights-in-constant-time.md), by triggers in
 * the same statement as the change, on both databases:
 *
 * - insight_rejection_facts: one row per rejection — its month and how many
 *   of its reasons are stated (not "no reason given") and stated-and-outside;
 * - insight_rejection_months: per month, rejections recorded, with a stated
 *   reason, and with every stated reason outside the seeker's control;
 * - insight_reason_counts: per month × reason, rejections citing it and how
 *   many marked it outside;
 * - insight_theme_counts: per month × theme, lessons naming it (the month of
 *   the application's rejection, or of the lesson when there is none).
 *
 * Deleting a parent (an application, a rejection) takes its children's counts
 * away BEFORE the row goes; the children's own delete triggers then find the
 * parent gone and count nothing, so a cascade is never counted twice. Written
 * out here rather than imported, so this migration never changes meaning.
 */

/** Reasons that are not stated reasons ("no reason given"), as domain/debrief/reasons.ts marks them. */
const NON_INFORMATIVE = ['generic'];
const informative = (r: string): string => `(${r}.reason not in (${NON_INFORMATIVE.map((x) => `'${x}'`).join(', ')}))`;
const flag = (condition: string): string => `case when ${condition} then 1 else 0 end`;
const month = (day: string): string => `substr(${day}, 1, 7)`;

/** + / − one rejection's class to the month counts, from an insight_rejection_facts row `f`. */
const monthDelta = (f: string, sign: 1 | -1): string => `insert into insight_rejection_months (owner_id, month, rejections, with_reasons, outside)
  select ${f}.owner_id, ${f}.month, ${sign}, ${sign} * ${flag(`${f}.informative > 0`)}, ${sign} * ${flag(`${f}.informative > 0 and ${f}.outside = ${f}.informative`)}
  where ${f}.month is not null
  on conflict (owner_id, month) do update set rejections = insight_rejection_months.rejections + excluded.rejections,
    with_reasons = insight_rejection_months.with_reasons + excluded.with_reasons, outside = insight_rejection_months.outside + excluded.outside;`;

/** + / − the reasons selected by `from` (rows `rr`) at the month `m`. */
const reasonDelta = (m: string, from: string, sign: 1 | -1): string => `insert into insight_reason_counts (owner_id, month, reason, n, outside)
  select rr.owner_id, ${m}, rr.reason, ${sign}, ${sign} * ${flag(`rr.control = 'outside'`)} ${from}
  on conflict (owner_id, month, reason) do update set n = insight_reason_counts.n + excluded.n, outside = insight_reason_counts.outside + excluded.outside;`;

/** + / − the lessons selected by `from` (rows `l`, with `r` the application's rejection or null) to the theme counts. */
const themeDelta = (from: string, sign: 1 | -1): string => `insert into insight_theme_counts (owner_id, month, theme_id, n)
  select l.owner_id, coalesce(${month('r.rejected_on')}, ${month('l.created_at')}), l.theme_id, ${sign} ${from}
  on conflict (owner_id, month, theme_id) do update set n = insight_theme_counts.n + excluded.n;`;
const lessonsOf = (application: string, rejection: string): string =>
  `from lessons l left join rejections r on r.id = ${rejection} where l.application_id = ${application}`;

/** A reason row `x` (new/old) changes its rejection's facts by `sign`. */
const factsByReason = (x: string, sign: 1 | -1): string => `update insight_rejection_facts
  set informative = informative + ${sign} * ${flag(informative(x))},
      outside = outside + ${sign} * ${flag(`${informative(x)} and ${x}.control = 'outside'`)}
  where rejection_id = ${x}.rejection_id;`;
const reasonRow = (x: string, sign: 1 | -1): string =>
  reasonDelta('f.month', `from (select ${x}.owner_id as owner_id, ${x}.reason as reason, ${x}.control as control) rr
    join insight_rejection_facts f on f.rejection_id = ${x}.rejection_id where true`, sign);

const CLEAN = `delete from insight_reason_counts where n = 0 and outside = 0 and owner_id = old.owner_id;
  delete from insight_theme_counts where n = 0 and owner_id = old.owner_id;
  delete from insight_rejection_months where rejections = 0 and owner_id = old.owner_id;`;

interface Trigger {
  name: string;
  timing: 'before' | 'after';
  event: string;
  table: string;
  body: string;
}

const TRIGGERS: Trigger[] = [
  {
    name: 'rejections_insights_ai', timing: 'after', event: 'insert', table: 'rejections',
    body: `insert into insight_rejection_facts (rejection_id, owner_id, application_id, month, informative, outside)
        select new.id, new.owner_id, new.application_id, ${month('new.rejected_on')},
          coalesce(sum(${flag(informative('rr'))}), 0), coalesce(sum(${flag(`${informative('rr')} and rr.control = 'outside'`)}), 0)
        from rejection_reasons rr where rr.rejection_id = new.id;
      ${reasonDelta(month('new.rejected_on'), 'from rejection_reasons rr where rr.rejection_id = new.id', 1)}
      ${themeDelta(lessonsOf('new.application_id', 'null'), -1)}
      ${themeDelta(lessonsOf('new.application_id', 'new.id'), 1)}`,
  },
  {
    name: 'rejections_insights_au', timing: 'after', event: 'update of rejected_on, application_id', table: 'rejections',
    body: `update insight_rejection_facts set month = ${month('new.rejected_on')}, application_id = new.application_id where rejection_id = new.id;
      ${reasonDelta(month('old.rejected_on'), 'from rejection_reasons rr where rr.rejection_id = old.id', -1)}
      ${reasonDelta(month('new.rejected_on'), 'from rejection_reasons rr where rr.rejection_id = new.id', 1)}
      insert into insight_theme_counts (owner_id, month, theme_id, n)
        select l.owner_id, ${month('old.rejected_on')}, l.theme_id, -1 from lessons l where l.application_id = old.application_id
        on conflict (owner_id, month, theme_id) do update set n = insight_theme_counts.n + excluded.n;
      insert into insight_theme_counts (owner_id, month, theme_id, n)
        select l.owner_id, ${month('new.rejected_on')}, l.theme_id, 1 from lessons l where l.application_id = new.application_id
        on conflict (owner_id, month, theme_id) do update set n = insight_theme_counts.n + excluded.n;
      ${CLEAN}`,
  },
  {
    name: 'rejections_insights_bd', timing: 'before', event: 'delete', table: 'rejections',
    body: `delete from insight_rejection_facts where rejection_id = old.id;
      ${reasonDelta(month('old.rejected_on'), 'from rejection_reasons rr where rr.rejection_id = old.id', -1)}
      insert into insight_theme_counts (owner_id, month, theme_id, n)
        select l.owner_id, ${month('old.rejected_on')}, l.theme_id, -1 from lessons l
        where l.application_id = old.application_id and exists (select 1 from applications a where a.id = old.application_id)
        on conflict (owner_id, month, theme_id) do update set n = insight_theme_counts.n + excluded.n;
      insert into insight_theme_counts (owner_id, month, theme_id, n)
        select l.owner_id, ${month('l.created_at')}, l.theme_id, 1 from lessons l
        where l.application_id = old.application_id and exists (select 1 from applications a where a.id = old.application_id)
        on conflict (owner_id, month, theme_id) do update set n = insight_theme_counts.n + excluded.n;
      ${CLEAN}`,
  },
  {
    name: 'rejection_reasons_insights_ai', timing: 'after', event: 'insert', table: 'rejection_reasons',
    body: `${factsByReason('new', 1)}
      ${reasonRow('new', 1)}`,
  },
  {
    name: 'rejection_reasons_insights_au', timing: 'after', event: 'update of reason, control, rejection_id', table: 'rejection_reasons',
    body: `${factsByReason('old', -1)}
      ${reasonRow('old', -1)}
      ${factsByReason('new', 1)}
      ${reasonRow('new', 1)}
      ${CLEAN}`,
  },
  {
    name: 'rejection_reasons_insights_ad', timing: 'after', event: 'delete', table: 'rejection_reasons',
    body: `${factsByReason('old', -1)}
      ${reasonRow('old', -1)}
      ${CLEAN}`,
  },
  {
    name: 'insight_rejection_facts_ai', timing: 'after', event: 'insert', table: 'insight_rejection_facts',
    body: monthDelta('new', 1),
  },
  {
    name: 'insight_rejection_facts_au', timing: 'after', event: 'update', table: 'insight_rejection_facts',
    body: `${monthDelta('old', -1)}
      ${monthDelta('new', 1)}
      ${CLEAN}`,
  },
  {
    name: 'insight_rejection_facts_ad', timing: 'after', event: 'delete', table: 'insight_rejection_facts',
    body: `${monthDelta('old', -1)}
      ${CLEAN}`,
  },
  {
    name: 'lessons_insights_ai', timing: 'after', event: 'insert', table: 'lessons',
    body: themeDelta(`from (select new.owner_id as owner_id, new.theme_id as theme_id, new.created_at as created_at) l
      left join rejections r on r.application_id = new.application_id where true`, 1),
  },
  {
    name: 'lessons_insights_au', timing: 'after', event: 'update of theme_id, application_id, created_at', table: 'lessons',
    body: `${themeDelta(`from (select old.owner_id as owner_id, old.theme_id as theme_id, old.created_at as created_at) l
        left join rejections r on r.application_id = old.application_id where true`, -1)}
      ${themeDelta(`from (select new.owner_id as owner_id, new.theme_id as theme_id, new.created_at as created_at) l
        left join rejections r on r.application_id = new.application_id where true`, 1)}
      ${CLEAN}`,
  },
  {
    name: 'lessons_insights_ad', timing: 'after', event: 'delete', table: 'lessons',
    body: `${themeDelta(`from (select old.owner_id as owner_id, old.theme_id as theme_id, old.created_at as created_at) l
        left join rejections r on r.application_id = old.application_id
        where exists (select 1 from applications a where a.id = old.application_id)`, -1)}
      ${CLEAN}`,
  },
  {
    // An application's lessons leave the counts before it goes; its rejection's BEFORE DELETE and the
    // lessons' AFTER DELETE then find the application gone and leave the theme counts alone.
    name: 'applications_insights_bd', timing: 'before', event: 'delete', table: 'applications',
    body: `${themeDelta(lessonsOf('old.id', '(select r2.id from rejections r2 where r2.application_id = old.id)'), -1)}
      ${CLEAN}`,
  },
];

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  await sql`create table insight_rejection_facts (
    rejection_id text primary key, owner_id text not null, application_id text not null,
    month text, informative integer not null, outside integer not null)`.execute(db);
  await sql`create table insight_rejection_months (
    owner_id text not null, month text not null, rejections integer not null, with_reasons integer not null, outside integer not null,
    primary key (owner_id, month))`.execute(db);
  await sql`create table insight_reason_counts (
    owner_id text not null, month text not null, reason text not null, n integer not null, outside integer not null,
    primary key (owner_id, month, reason))`.execute(db);
  await sql`create table insight_theme_counts (
    owner_id text not null, month text not null, theme_id text not null, n integer not null,
    primary key (owner_id, month, theme_id))`.execute(db);
  await sql`create index lessons_owner_application_ix on lessons (owner_id, application_id)`.execute(db);

  // Backfill, before any trigger exists.
  await sql.raw(`insert into insight_rejection_facts (rejection_id, owner_id, application_id, month, informative, outside)
    select r.id, r.owner_id, r.application_id, ${month('r.rejected_on')},
      coalesce(sum(${flag(`rr.reason is not null and ${informative('rr')}`)}), 0),
      coalesce(sum(${flag(`rr.reason is not null and ${informative('rr')} and rr.control = 'outside'`)}), 0)
    from rejections r left join rejection_reasons rr on rr.rejection_id = r.id
    group by r.id, r.owner_id, r.application_id, r.rejected_on`).execute(db);
  await sql.raw(`insert into insight_rejection_months (owner_id, month, rejections, with_reasons, outside)
    select owner_id, month, count(*), sum(${flag('informative > 0')}), sum(${flag('informative > 0 and outside = informative')})
    from insight_rejection_facts where month is not null group by owner_id, month`).execute(db);
  await sql.raw(`insert into insight_reason_counts (owner_id, month, reason, n, outside)
    select rr.owner_id, ${month('r.rejected_on')}, rr.reason, count(*), sum(${flag(`rr.control = 'outside'`)})
    from rejection_reasons rr join rejections r on r.id = rr.rejection_id
    group by rr.owner_id, ${month('r.rejected_on')}, rr.reason`).execute(db);
  await sql.raw(`insert into insight_theme_counts (owner_id, month, theme_id, n)
    select l.owner_id, coalesce(${month('r.rejected_on')}, ${month('l.created_at')}), l.theme_id, count(*)
    from lessons l left join rejections r on r.application_id = l.application_id
    group by l.owner_id, coalesce(${month('r.rejected_on')}, ${month('l.created_at')}), l.theme_id`).execute(db);

  for (const t of TRIGGERS) {
    if (pg) {
      const fn = `debrief_${t.name}`;
      await sql.raw(`create function ${fn}() returns trigger language plpgsql as $$
        begin
          ${t.body}
          return ${t.timing === 'before' ? 'old' : 'null'};
        end $$`).execute(db);
      await sql.raw(`create trigger ${t.name} ${t.timing} ${t.event} on ${t.table} for each row execute function ${fn}()`).execute(db);
    } else {
      await sql.raw(`create trigger ${t.name} ${t.timing} ${t.event} on ${t.table} begin
        ${t.body}
      end`).execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  for (const t of [...TRIGGERS].reverse()) {
    if (pg) {
      await sql.raw(`drop trigger ${t.name} on ${t.table}`).execute(db);
      await sql.raw(`drop function debrief_${t.name}()`).execute(db);
    } else {
      await sql.raw(`drop trigger ${t.name}`).execute(db);
    }
  }
  await sql`drop index lessons_owner_application_ix`.execute(db);
  for (const table of ['insight_theme_counts', 'insight_reason_counts', 'insight_rejection_months', 'insight_rejection_facts']) {
    await sql.raw(`drop table ${table}`).execute(db);
  }
}
