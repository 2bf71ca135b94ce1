import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Search counts at scale on PostgreSQL (docs/decisions/0064-search-counts-and-a-lighter-home.md).
 *
 * application_search_counts holds, for each owner, each of the three searched texts (`field`: title,
 * company or location, lower-cased as application_search holds them) and each value it takes, the
 * number of the owner's applications with that value. A search's total is then the sum of the
 * counts of the values that contain the words, when they all belong to one field (the usual case: a
 * word is found in titles, or in company names, or in locations): a few hundred rows at most,
 * through a trigram index on the values, instead of every matching application checked again.
 *
 * Kept in step by a trigger on application_search (itself kept by the triggers on applications and
 * companies), in the same statement as the change, as the other kept counts: it takes the owner's
 * counts lock first (ADR 0042) and stands aside while a bulk write counts once at its end (ADR 0046,
 * recountKeptCounts). A value whose count falls to zero is removed.
 *
 * SQLite: nothing (its search counts the owner's rowid range of the FTS5 index, ADR 0041).
 */
const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

const FIELDS = ['title', 'company', 'location'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create table application_search_counts (
    owner_id text not null,
    field text not null,
    value text not null,
    n integer not null,
    primary key (owner_id, field, value))`.execute(db);
  await sql.raw(`insert into application_search_counts (owner_id, field, value, n)
    ${FIELDS.map((f) => `select owner_id, '${f}', ${f}, count(*) from application_search group by owner_id, ${f}`).join(' union all ')}`).execute(db);
  await sql`create index application_search_counts_value_ix on application_search_counts using gin (value gin_trgm_ops)`.execute(db);

  await sql`create function debrief_search_count(p_owner text, p_field text, p_value text, p_delta integer) returns void language plpgsql as $$
    begin
      if p_delta > 0 then
        insert into application_search_counts as k (owner_id, field, value, n) values (p_owner, p_field, p_value, p_delta)
          on conflict (owner_id, field, value) do update set n = k.n + excluded.n;
      else
        update application_search_counts set n = n + p_delta where owner_id = p_owner and field = p_field and value = p_value;
        delete from application_search_counts where owner_id = p_owner and field = p_field and value = p_value and n <= 0;
      end if;
    end $$`.execute(db);
  const changes = FIELDS.map((f) => `
        if tg_op = 'DELETE' or (tg_op = 'UPDATE' and (old.owner_id is distinct from new.owner_id or old.${f} is distinct from new.${f})) then
          perform debrief_search_count(old.owner_id, '${f}', old.${f}, -1);
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and (old.owner_id is distinct from new.owner_id or old.${f} is distinct from new.${f})) then
          perform debrief_search_count(new.owner_id, '${f}', new.${f}, 1);
        end if;`).join('');
  await sql.raw(`create function debrief_search_counts() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then perform debrief_lock_counts(old.owner_id);
        else
          perform debrief_lock_counts(new.owner_id);
          if tg_op = 'UPDATE' and old.owner_id is distinct from new.owner_id then perform debrief_lock_counts(old.owner_id); end if;
        end if;${changes}
        return null;
      end $$`).execute(db);
  await sql`create trigger application_search_counts_aiud after insert or update or delete on application_search
    for each row when (current_setting('debrief.bulk_counts', true) is distinct from 'off')
    execute function debrief_search_counts()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop trigger application_search_counts_aiud on application_search`.execute(db);
  await sql`drop function debrief_search_counts()`.execute(db);
  await sql`drop function debrief_search_count(text, text, text, integer)`.execute(db);
  await sql`drop table application_search_counts`.execute(db);
}
