import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Search by index (docs/decisions/0023-lists-search-insights-at-scale.md).
 * Search finds applications whose title, company name or location contains
 * the words typed (any case), as before; now through a trigram index in each
 * database, kept in step by triggers in the same statement as the change:
 *
 * - SQLite: an FTS5 table with the trigram tokenizer (substring matching),
 *   whose rows are numbered by application_search_docs (an INTEGER PRIMARY
 *   KEY, so the numbers survive VACUUM);
 * - PostgreSQL: application_search (lower-cased title, company, location)
 *   with pg_trgm GIN indexes, which serve LIKE '%…%'.
 */
function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  await sql`create table application_search_docs (
    doc integer primary key,
    application_id text not null unique,
    owner_id text not null)`.execute(db);
  await sql`create virtual table application_search using fts5(title, company, location, tokenize = 'trigram')`.execute(db);
  await sql`insert into application_search_docs (application_id, owner_id) select id, owner_id from applications`.execute(db);
  await sql`insert into application_search (rowid, title, company, location)
    select s.doc, a.title, c.name, coalesce(a.location, '')
    from application_search_docs s join applications a on a.id = s.application_id join companies c on c.id = a.company_id`.execute(db);
  const index = (ref: string) => sql.raw(`insert into application_search (rowid, title, company, location)
      select s.doc, ${ref}.title, c.name, coalesce(${ref}.location, '')
      from application_search_docs s join companies c on c.id = ${ref}.company_id where s.application_id = ${ref}.id;`);
  const unindex = (ref: string) => sql.raw(`delete from application_search where rowid = (select doc from application_search_docs where application_id = ${ref}.id);`);
  await sql`create trigger applications_search_ai after insert on applications begin
      insert into application_search_docs (application_id, owner_id) values (new.id, new.owner_id);
      ${index('new')}
    end`.execute(db);
  await sql`create trigger applications_search_au after update of title, location, company_id on applications begin
      ${unindex('old')}
      ${index('new')}
    end`.execute(db);
  await sql`create trigger applications_search_ad after delete on applications begin
      ${unindex('old')}
      delete from application_search_docs where application_id = old.id;
    end`.execute(db);
  await sql`create trigger companies_search_au after update of name on companies begin
      update application_search set company = new.name where rowid in (
        select s.doc from applications a join application_search_docs s on s.application_id = a.id where a.company_id = new.id);
    end`.execute(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create table application_search (
    application_id text primary key references applications (id) on delete cascade,
    owner_id text not null,
    title text not null,
    company text not null,
    location text not null)`.execute(db);
  await sql`insert into application_search (application_id, owner_id, title, company, location)
    select a.id, a.owner_id, lower(a.title), lower(c.name), lower(coalesce(a.location, ''))
    from applications a join companies c on c.id = a.company_id`.execute(db);
  await sql`create index application_search_title_ix on application_search using gin (title gin_trgm_ops)`.execute(db);
  await sql`create index application_search_company_ix on application_search using gin (company gin_trgm_ops)`.execute(db);
  await sql`create index application_search_location_ix on application_search using gin (location gin_trgm_ops)`.execute(db);
  await sql`create index application_search_owner_ix on application_search (owner_id)`.execute(db);
  await sql`create function debrief_search_from_application() returns trigger language plpgsql as $$
    begin
      insert into application_search (application_id, owner_id, title, company, location)
        select new.id, new.owner_id, lower(new.title), lower(c.name), lower(coalesce(new.location, '')) from companies c where c.id = new.company_id
      on conflict (application_id) do update set title = excluded.title, company = excluded.company, location = excluded.location;
      return null;
    end $$`.execute(db);
  await sql`create function debrief_search_from_company() returns trigger language plpgsql as $$
    begin
      update application_search set company = lower(new.name)
        where application_id in (select id from applications where company_id = new.id);
      return null;
    end $$`.execute(db);
  await sql`create trigger applications_search_aiu after insert or update of title, location, company_id on applications
    for each row execute function debrief_search_from_application()`.execute(db);
  await sql`create trigger companies_search_au after update of name on companies
    for each row execute function debrief_search_from_company()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger companies_search_au on companies`.execute(db);
    await sql`drop trigger applications_search_aiu on applications`.execute(db);
    await sql`drop function debrief_search_from_company()`.execute(db);
    await sql`drop function debrief_search_from_application()`.execute(db);
    await sql`drop table application_search`.execute(db);
    return;
  }
  for (const t of ['companies_search_au', 'applications_search_ad', 'applications_search_au', 'applications_search_ai']) await sql`drop trigger ${sql.id(t)}`.execute(db);
  await sql`drop table application_search`.execute(db);
  await sql`drop table application_search_docs`.execute(db);
}
