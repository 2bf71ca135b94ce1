import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Bulk writes count once, at the end (docs/decisions/0046-bulk-writes-count-once.md).
 *
 * The kept counts (20261203_2601, 20261203_2602, 20261205_0100, 20261206_06, 20261206_07) are
 * written by row triggers. A restore or an import of 10,000 applications fired them tens of
 * thousands of times in one transaction, each an update of the same few counter rows of one
 * owner. PostgreSQL keeps every version of a row updated in an open transaction, and each update
 * walks the versions left before it, so each write cost more than the last: a restore of 10,000
 * applications took 65 s (SQLite rewrites a row in place and does not slow down).
 *
 * Now every trigger that writes counts (or takes the counts' lock before them) fires only while
 * the transaction-local setting `debrief.bulk_counts` is not 'off'. A bulk write turns it off with
 * `set_config('debrief.bulk_counts', 'off', true)`, writes, then counts the owner once from the
 * tables (recountKeptCounts, src/db/repos/kept-counts.repo.ts) and turns it on again; the setting
 * ends with the transaction in any case. Every other write counts row by row as before. The
 * condition is the trigger's WHEN clause: a trigger left out costs no function call.
 *
 * SQLite: nothing to do (its triggers stay as they are; a bulk write there keeps counting row by row).
 */

/** The triggers that write kept counts or take their lock, by table. */
const COUNT_TRIGGERS: { table: string; names: string[] }[] = [
  { table: 'application_state', names: ['application_state_insights_ai', 'application_state_insights_au', 'application_state_insights_ad'] },
  { table: 'applications', names: ['applications_0_count_lock', 'applications_insights_bd'] },
  { table: 'rejections', names: ['rejections_0_count_lock', 'rejections_insights_ai', 'rejections_insights_au', 'rejections_insights_bd'] },
  { table: 'rejection_reasons', names: ['rejection_reasons_0_count_lock', 'rejection_reasons_insights_ai', 'rejection_reasons_insights_au', 'rejection_reasons_insights_ad'] },
  { table: 'lessons', names: ['lessons_0_count_lock', 'lessons_insights_ai', 'lessons_insights_au', 'lessons_insights_ad'] },
  { table: 'insight_rejection_facts', names: ['insight_rejection_facts_ai', 'insight_rejection_facts_au', 'insight_rejection_facts_ad'] },
];

/** True unless a bulk write of this transaction has turned the row-by-row counts off. */
const COUNTING = `(current_setting('debrief.bulk_counts', true) is distinct from 'off')`;

const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

async function definition(db: Kysely<unknown>, table: string, name: string): Promise<string> {
  const { rows } = await sql<{ def: string }>`select pg_get_triggerdef(t.oid) as def from pg_trigger t
    where t.tgname = ${name} and t.tgrelid = ${table}::regclass`.execute(db);
  const def = rows[0]?.def;
  if (!def) throw new Error(`The trigger ${name} on ${table} is missing.`);
  return def;
}

/** Recreates each trigger from its own definition, changed by `rewrite`, in one statement per trigger. */
async function redefine(db: Kysely<unknown>, rewrite: (def: string) => string): Promise<void> {
  for (const { table, names } of COUNT_TRIGGERS) {
    for (const name of names) {
      const next = rewrite(await definition(db, table, name));
      await sql.raw(`drop trigger ${name} on ${table}`).execute(db);
      await sql.raw(next).execute(db);
    }
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await redefine(db, (def) => {
    // pg_get_triggerdef writes "… FOR EACH ROW [WHEN (condition)] EXECUTE FUNCTION f()".
    if (def.includes(' WHEN (')) return def.replace(' WHEN (', ` WHEN (${COUNTING} AND `);
    return def.replace(' EXECUTE FUNCTION ', ` WHEN ${COUNTING} EXECUTE FUNCTION `);
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await redefine(db, (def) => {
    // As PostgreSQL writes the condition back: the setting's test, alone or first of an AND.
    const shown = /\(current_setting\('debrief\.bulk_counts'::text, true\) IS DISTINCT FROM 'off'::text\)/;
    const alone = new RegExp(` WHEN \\(${shown.source}\\) EXECUTE FUNCTION `);
    if (alone.test(def)) return def.replace(alone, ' EXECUTE FUNCTION ');
    return def.replace(new RegExp(` WHEN \\(${shown.source} AND `), ' WHEN (');
  });
}
