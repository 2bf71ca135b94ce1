import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Insights in constant time (docs/decisions/0029-insights-in-constant-time.md).
 *
 * Each application's segment values (source, referral, … company size) are
 * copied onto application_state (`seg_*`), kept in step by triggers like the
 * list's sort keys (migration 20261203_16_0001). Two small tables hold the
 * counts the insights report reads, kept by triggers on application_state in
 * the same statement as every change of a row (insert, update, delete):
 *
 * - insight_counts: applications by (furthest stage, outcome, replied,
 *   dimension, value). Dimension '' (value '') counts every application, saved
 *   ones included; the segment dimensions count sent ones (stage ≥ applied).
 *   The outcome of an application still waiting on the employer is stored as
 *   'awaiting': whether it is silence or in progress depends on today and on
 *   the no-response window, so the read decides it (the recent ones are read
 *   from an index; the others are silence).
 * - insight_day_counts: days to first reply ('reply') and from the last stage
 *   to a rejection ('rejection', by stage), for sent applications.
 *
 * Written out here rather than imported, so this migration never changes
 * meaning when the application code does.
 */

const UNKNOWN = 'unknown';
const AWAITING = ['applied', 'screen', 'assessment', 'interview', 'final'];
const inList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** Segment column on application_state → its value, from applications `a` and companies `c`. */
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
const SEGMENT_TRIGGER_COLUMNS = ['source', 'referral', 'tailored', 'resume_version', 'fit', 'excitement', 'role_family', 'seniority', 'remote', 'company_id'];

/** The report's dimension → its value on an application_state row `r`. */
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

/** The columns whose change moves an application between counts. */
const COUNTED_COLUMNS = ['owner_id', 'status', 'reached_rank', 'applied_on', 'last_event_on', 'first_reply_on', 'last_progress_on', ...SEGMENT_COLUMNS];

const segmentLookup = (id: string): string =>
  `(${SEGMENT_COLUMNS.join(', ')}) = (select ${Object.values(SEGMENT_SOURCES).join(', ')} from applications a join companies c on c.id = a.company_id where a.id = ${id})`;

const outcome = (r: string): string => `case
  when ${r}.status in ('rejected', 'withdrawn', 'accepted') then ${r}.status
  when ${r}.status = 'ghosted' then 'silence'
  when ${r}.status in (${inList(AWAITING)}) then 'awaiting'
  else 'in_progress' end`;
const replied = (r: string): string => `case when ${r}.first_reply_on is null then 0 else 1 end`;

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Whole days from `from` to `to` (YYYY-MM-DD), per dialect; null when either is null. */
const dayDiff = (pg: boolean, from: string, to: string): string =>
  pg ? `(cast(${to} as date) - cast(${from} as date))` : `cast(julianday(${to}) - julianday(${from}) as integer)`;

/**
 * The statements that add (`sign` 1) or take away (-1) the row `r` to the counts.
 * `pg` writes PostgreSQL (inside a plpgsql function whose row is `r`).
 */
function countStatements(pg: boolean, r: string, sign: 1 | -1): string {
  const dims = [`('', '')`, ...DIMENSIONS(r).map(([d, v]) => `('${d}', ${v})`)].join(', ');
  const values = pg ? `(values ${dims}) as d(dimension, value)` : `(select column1 as dimension, column2 as value from (values ${dims})) as d`;
  const counts = `insert into insight_counts (owner_id, reached_rank, outcome, replied, dimension, value, n)
    select ${r}.owner_id, ${r}.reached_rank, ${outcome(r)}, ${replied(r)}, d.dimension, d.value, ${sign}
    from ${values}
    where d.dimension = '' or ${r}.reached_rank >= 1
    on conflict (owner_id, reached_rank, outcome, replied, dimension, value) do update set n = insight_counts.n + excluded.n;`;
  const replyDays = dayDiff(pg, `${r}.applied_on`, `${r}.first_reply_on`);
  const rejectDays = dayDiff(pg, `${r}.last_progress_on`, `${r}.last_event_on`);
  const days = (kind: string, rank: string, value: string, condition: string) => `insert into insight_day_counts (owner_id, kind, reached_rank, days, n)
    select ${r}.owner_id, '${kind}', ${rank}, ${value}, ${sign}
    where ${r}.reached_rank >= 1 and ${condition} and ${value} is not null
    on conflict (owner_id, kind, reached_rank, days) do update set n = insight_day_counts.n + excluded.n;`;
  const statements = [
    counts,
    days('reply', '1', replyDays, 'true'),
    days('rejection', `${r}.reached_rank`, rejectDays, `${r}.status = 'rejected'`),
  ];
  if (sign < 0) {
    // Rows that reach zero are dropped, so the tables hold only what exists.
    statements.push(`delete from insight_counts where owner_id = ${r}.owner_id and reached_rank = ${r}.reached_rank
      and outcome = ${outcome(r)} and replied = ${replied(r)} and n = 0;`);
    statements.push(`delete from insight_day_counts where owner_id = ${r}.owner_id and n = 0
      and ((kind = 'reply' and reached_rank = 1 and days = ${replyDays}) or (kind = 'rejection' and reached_rank = ${r}.reached_rank and days = ${rejectDays}));`);
  }
  return statements.join('\n');
}

const changed = (pg: boolean): string =>
  COUNTED_COLUMNS.map((c) => (pg ? `old.${c} is distinct from new.${c}` : `old.${c} is not new.${c}`)).join(' or ');

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  for (const column of SEGMENT_COLUMNS) {
    await db.schema.alterTable('application_state').addColumn(column, 'text', (c) => c.notNull().defaultTo(UNKNOWN)).execute();
  }
  await sql`update application_state set ${sql.raw(segmentLookup('application_state.application_id'))}`.execute(db);

  await db.schema
    .createTable('insight_counts')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('reached_rank', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('replied', 'integer', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_counts_pk', ['owner_id', 'reached_rank', 'outcome', 'replied', 'dimension', 'value'])
    .execute();
  await db.schema
    .createTable('insight_day_counts')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reached_rank', 'integer', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_day_counts_pk', ['owner_id', 'kind', 'reached_rank', 'days'])
    .execute();

  // Backfill: the same rules over every existing row, before any trigger exists.
  const s = 'application_state';
  for (const [dimension, value] of [['', "''"], ...DIMENSIONS(s)] as [string, string][]) {
    await sql.raw(`insert into insight_counts (owner_id, reached_rank, outcome, replied, dimension, value, n)
      select owner_id, reached_rank, ${outcome(s)}, ${replied(s)}, '${dimension}', ${value}, count(*)
      from application_state ${dimension === '' ? '' : 'where reached_rank >= 1'}
      group by owner_id, reached_rank, ${outcome(s)}, ${replied(s)}${dimension === '' ? '' : `, ${value}`}`).execute(db);
  }
  const replyDays = dayDiff(pg, `${s}.applied_on`, `${s}.first_reply_on`);
  const rejectDays = dayDiff(pg, `${s}.last_progress_on`, `${s}.last_event_on`);
  await sql.raw(`insert into insight_day_counts (owner_id, kind, reached_rank, days, n)
    select owner_id, 'reply', 1, ${replyDays}, count(*) from application_state
    where reached_rank >= 1 and ${replyDays} is not null group by owner_id, ${replyDays}`).execute(db);
  await sql.raw(`insert into insight_day_counts (owner_id, kind, reached_rank, days, n)
    select owner_id, 'rejection', reached_rank, ${rejectDays}, count(*) from application_state
    where reached_rank >= 1 and status = 'rejected' and ${rejectDays} is not null group by owner_id, reached_rank, ${rejectDays}`).execute(db);

  const segmentColumns = SEGMENT_TRIGGER_COLUMNS.join(', ');
  if (pg) {
    await sql.raw(`create function debrief_insight_count(r application_state, sign integer) returns void language plpgsql as $$
      begin
        if sign > 0 then ${countStatements(true, 'r', 1)}
        else ${countStatements(true, 'r', -1)}
        end if;
      end $$`).execute(db);
    await sql`create function debrief_insight_counts() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform debrief_insight_count(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform debrief_insight_count(new, 1); end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger application_state_insights_ai after insert on application_state
      for each row execute function debrief_insight_counts()`.execute(db);
    await sql.raw(`create trigger application_state_insights_au after update on application_state
      for each row when (${changed(true)}) execute function debrief_insight_counts()`).execute(db);
    await sql`create trigger application_state_insights_ad after delete on application_state
      for each row execute function debrief_insight_counts()`.execute(db);
    await sql.raw(`create function debrief_state_segments_from_state() returns trigger language plpgsql as $$
      begin update application_state set ${segmentLookup('new.application_id')} where application_id = new.application_id; return null; end $$`).execute(db);
    await sql.raw(`create function debrief_state_segments_from_application() returns trigger language plpgsql as $$
      begin update application_state set ${segmentLookup('new.id')} where application_id = new.id; return null; end $$`).execute(db);
    await sql.raw(`create function debrief_state_segments_from_company() returns trigger language plpgsql as $$
      begin update application_state set seg_company_size = ${orUnknown('new.size')}
        where application_id in (select id from applications where company_id = new.id); return null; end $$`).execute(db);
    await sql`create trigger application_state_segments_ai after insert on application_state
      for each row execute function debrief_state_segments_from_state()`.execute(db);
    await sql.raw(`create trigger applications_segments_au after update of ${segmentColumns} on applications
      for each row execute function debrief_state_segments_from_application()`).execute(db);
    await sql`create trigger companies_segments_au after update of size on companies
      for each row execute function debrief_state_segments_from_company()`.execute(db);
  } else {
    await sql.raw(`create trigger application_state_insights_ai after insert on application_state begin
      ${countStatements(false, 'new', 1)}
    end`).execute(db);
    await sql.raw(`create trigger application_state_insights_au after update on application_state when ${changed(false)} begin
      ${countStatements(false, 'old', -1)}
      ${countStatements(false, 'new', 1)}
    end`).execute(db);
    await sql.raw(`create trigger application_state_insights_ad after delete on application_state begin
      ${countStatements(false, 'old', -1)}
    end`).execute(db);
    await sql.raw(`create trigger application_state_segments_ai after insert on application_state begin
      update application_state set ${segmentLookup('new.application_id')} where application_id = new.application_id;
    end`).execute(db);
    await sql.raw(`create trigger applications_segments_au after update of ${segmentColumns} on applications begin
      update application_state set ${segmentLookup('new.id')} where application_id = new.id;
    end`).execute(db);
    await sql.raw(`create trigger companies_segments_au after update of size on companies begin
      update application_state set seg_company_size = ${orUnknown('new.size')}
        where application_id in (select id from applications where company_id = new.id);
    end`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger companies_segments_au on companies`.execute(db);
    await sql`drop trigger applications_segments_au on applications`.execute(db);
    await sql`drop trigger application_state_segments_ai on application_state`.execute(db);
    await sql`drop trigger application_state_insights_ad on application_state`.execute(db);
    await sql`drop trigger application_state_insights_au on application_state`.execute(db);
    await sql`drop trigger application_state_insights_ai on application_state`.execute(db);
    await sql`drop function debrief_state_segments_from_company()`.execute(db);
    await sql`drop function debrief_state_segments_from_application()`.execute(db);
    await sql`drop function debrief_state_segments_from_state()`.execute(db);
    await sql`drop function debrief_insight_counts()`.execute(db);
    await sql`drop function debrief_insight_count(application_state, integer)`.execute(db);
  } else {
    for (const t of ['companies_segments_au', 'applications_segments_au', 'application_state_segments_ai', 'application_state_insights_ad', 'application_state_insights_au', 'application_state_insights_ai']) {
      await sql`drop trigger ${sql.id(t)}`.execute(db);
    }
  }
  await db.schema.dropTable('insight_day_counts').execute();
  await db.schema.dropTable('insight_counts').execute();
  for (const column of [...SEGMENT_COLUMNS].reverse()) await db.schema.alterTable('application_state').dropColumn(column).execute();
}
