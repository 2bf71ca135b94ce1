import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The debrief counts (migration 20261203_2602) without a sweep on every write.
 *
 * Each of the hot triggers there ended by deleting every zero row of the
 * owner's month, reason and theme counts. On PostgreSQL those deletes read
 * the whole of small but constantly rewritten tables, and a batch of writes in
 * one transaction (an import, a restore, the debriefs of a large search) read
 * every version of them it had itself left behind: saving 100 reasons took
 * seconds once an owner had tens of thousands of rejections. The triggers that
 * fire for each reason and each rejection fact now remove a zero row only at
 * the key they just lowered, found by its primary key. The rarer ones (a
 * rejection moved or deleted, a lesson changed, an application deleted)
 * lower several keys and keep the sweep.
 *
 * The bodies are written out again, so that this migration, like the other,
 * never changes meaning.
 */

const flag = (condition: string): string => `case when ${condition} then 1 else 0 end`;
const informative = (r: string): string => `(${r}.reason not in ('generic'))`;

/** + / − one rejection's class to its month's counts, from an insight_rejection_facts row `f`. */
const monthDelta = (f: string, sign: 1 | -1): string => `insert into insight_rejection_months (owner_id, month, rejections, with_reasons, outside)
  select ${f}.owner_id, ${f}.month, ${sign}, ${sign} * ${flag(`${f}.informative > 0`)}, ${sign} * ${flag(`${f}.informative > 0 and ${f}.outside = ${f}.informative`)}
  where ${f}.month is not null
  on conflict (owner_id, month) do update set rejections = insight_rejection_months.rejections + excluded.rejections,
    with_reasons = insight_rejection_months.with_reasons + excluded.with_reasons, outside = insight_rejection_months.outside + excluded.outside;`;

/** The month row of `f` (old) when no rejection is left in it. */
const monthGone = (f: string): string =>
  `delete from insight_rejection_months where owner_id = ${f}.owner_id and month = ${f}.month and rejections = 0;`;

/** A reason row `x` changes its rejection's facts by `sign`. */
const factsByReason = (x: string, sign: 1 | -1): string => `update insight_rejection_facts
  set informative = informative + ${sign} * ${flag(informative(x))},
      outside = outside + ${sign} * ${flag(`${informative(x)} and ${x}.control = 'outside'`)}
  where rejection_id = ${x}.rejection_id;`;

/** + / − the reason row `x` at its rejection's month. */
const reasonRow = (x: string, sign: 1 | -1): string => `insert into insight_reason_counts (owner_id, month, reason, n, outside)
  select rr.owner_id, f.month, rr.reason, ${sign}, ${sign} * ${flag(`rr.control = 'outside'`)}
  from (select ${x}.owner_id as owner_id, ${x}.reason as reason, ${x}.control as control) rr
    join insight_rejection_facts f on f.rejection_id = ${x}.rejection_id where true
  on conflict (owner_id, month, reason) do update set n = insight_reason_counts.n + excluded.n, outside = insight_reason_counts.outside + excluded.outside;`;

/** The count of the reason row `x` (old) at its rejection's month, when nothing is left in it. */
const reasonGone = (x: string): string => `delete from insight_reason_counts where owner_id = ${x}.owner_id and reason = ${x}.reason
    and month = (select f.month from insight_rejection_facts f where f.rejection_id = ${x}.rejection_id) and n = 0 and outside = 0;`;

const SWEEP = `delete from insight_reason_counts where n = 0 and outside = 0 and owner_id = old.owner_id;
  delete from insight_theme_counts where n = 0 and owner_id = old.owner_id;
  delete from insight_rejection_months where rejections = 0 and owner_id = old.owner_id;`;

interface Trigger {
  name: string;
  event: string;
  table: string;
  body: string;
}

/** Each trigger with the body it gets here and the one it had (for `down`). All run after the change. */
const TRIGGERS: { now: Trigger; before: string }[] = [
  {
    now: {
      name: 'rejection_reasons_insights_au', event: 'update of reason, control, rejection_id', table: 'rejection_reasons',
      body: `${factsByReason('old', -1)}
      ${reasonRow('old', -1)}
      ${reasonGone('old')}
      ${factsByReason('new', 1)}
      ${reasonRow('new', 1)}`,
    },
    before: `${factsByReason('old', -1)}
      ${reasonRow('old', -1)}
      ${factsByReason('new', 1)}
      ${reasonRow('new', 1)}
      ${SWEEP}`,
  },
  {
    now: {
      name: 'rejection_reasons_insights_ad', event: 'delete', table: 'rejection_reasons',
      body: `${factsByReason('old', -1)}
      ${reasonRow('old', -1)}
      ${reasonGone('old')}`,
    },
    before: `${factsByReason('old', -1)}
      ${reasonRow('old', -1)}
      ${SWEEP}`,
  },
  {
    now: {
      name: 'insight_rejection_facts_au', event: 'update', table: 'insight_rejection_facts',
      body: `${monthDelta('old', -1)}
      ${monthDelta('new', 1)}
      ${monthGone('old')}`,
    },
    before: `${monthDelta('old', -1)}
      ${monthDelta('new', 1)}
      ${SWEEP}`,
  },
  {
    now: {
      name: 'insight_rejection_facts_ad', event: 'delete', table: 'insight_rejection_facts',
      body: `${monthDelta('old', -1)}
      ${monthGone('old')}`,
    },
    before: `${monthDelta('old', -1)}
      ${SWEEP}`,
  },
];

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function define(db: Kysely<unknown>, t: Trigger): Promise<void> {
  if (isPostgres(db)) {
    // The trigger calls the function by name: replacing the function is enough.
    await sql.raw(`create or replace function debrief_${t.name}() returns trigger language plpgsql as $$
        begin
          ${t.body}
          return null;
        end $$`).execute(db);
  } else {
    await sql.raw(`drop trigger ${t.name}`).execute(db);
    await sql.raw(`create trigger ${t.name} after ${t.event} on ${t.table} begin
        ${t.body}
      end`).execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { now } of TRIGGERS) await define(db, now);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { now, before } of TRIGGERS) await define(db, { ...now, body: before });
}
