import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * One writer of a seeker's kept counts at a time, on PostgreSQL (docs/decisions/0042-insights-and-moves-at-50k.md).
 *
 * The count triggers (20261203_2601, 20261203_2602, 20261205_0100) add and take away rows of
 * shared counters: a move from screen to interview takes one from the (screen, waiting) rows of
 * insight_counts and adds one to the (interview, waiting) rows, and the undo of another
 * application's interview does the opposite at the same moment. Each locks the rows it updates
 * until it commits, in opposite orders: PostgreSQL found the cycle and cancelled one of them as a
 * deadlock, which the user saw as "the database is busy" (503). SQLite has one writer at a time,
 * so it never happens there.
 *
 * Now every trigger that writes counts first takes a transaction-scoped advisory lock for the
 * owner (`pg_advisory_xact_lock(namespace, hashtext(owner_id))`): two writers of one seeker's
 * counts take turns from their first count on, and the counters are always locked by one of them
 * at a time. Other seekers' writes never wait for it (a hash collision between two owners only
 * makes them take turns). The lock is released at commit or rollback.
 * - application_state: the function every count trigger calls (debrief_insight_counts) takes it;
 * - rejections, rejection_reasons, lessons and applications (whose delete takes its debriefs'
 *   counts away): a BEFORE row trigger, named to fire before the others of the table, takes it.
 * SQLite: nothing to do.
 */

/** The advisory lock namespace of the kept counts ('Debr' as a 32-bit integer), written out so the meaning never changes. */
const NAMESPACE = 1147494002;

/** The tables whose own triggers write counts, and the events that do (a before-row trigger each). */
const LOCKED: { table: string; events: string }[] = [
  { table: 'rejections', events: 'insert or update or delete' },
  { table: 'rejection_reasons', events: 'insert or update or delete' },
  { table: 'lessons', events: 'insert or update or delete' },
  { table: 'applications', events: 'delete' },
];

const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql.raw(`create function debrief_lock_counts(owner text) returns void language sql as $$
      select pg_advisory_xact_lock(${NAMESPACE}, hashtext(owner))
    $$`).execute(db);
  await sql`create or replace function debrief_insight_counts() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then perform debrief_lock_counts(old.owner_id);
        else
          perform debrief_lock_counts(new.owner_id);
          if tg_op = 'UPDATE' and old.owner_id is distinct from new.owner_id then perform debrief_lock_counts(old.owner_id); end if;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then perform debrief_insight_count(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform debrief_insight_count(new, 1); end if;
        return null;
      end $$`.execute(db);
  await sql`create function debrief_lock_counts_of_row() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then perform debrief_lock_counts(old.owner_id); return old; end if;
        perform debrief_lock_counts(new.owner_id);
        return new;
      end $$`.execute(db);
  // Triggers of one timing fire in the order of their names: '0' comes before the others' letters.
  for (const t of LOCKED) {
    await sql.raw(`create trigger ${t.table}_0_count_lock before ${t.events} on ${t.table}
      for each row execute function debrief_lock_counts_of_row()`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const t of [...LOCKED].reverse()) await sql.raw(`drop trigger ${t.table}_0_count_lock on ${t.table}`).execute(db);
  await sql`drop function debrief_lock_counts_of_row()`.execute(db);
  await sql`create or replace function debrief_insight_counts() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform debrief_insight_count(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform debrief_insight_count(new, 1); end if;
        return null;
      end $$`.execute(db);
  await sql`drop function debrief_lock_counts(text)`.execute(db);
}
