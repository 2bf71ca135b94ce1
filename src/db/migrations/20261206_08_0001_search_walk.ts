import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { up as upPrevious } from './20261203_16_0002_search.js';

/**
 * Search at scale (docs/decisions/0041-search-at-scale.md), SQLite only
 * (PostgreSQL's application_search already holds the texts, by application).
 *
 * - application_search_docs now holds the three searched texts as they are
 *   written (title, company name, location), and the FTS5 trigram index reads
 *   them from there (an external-content table): a search that walks the
 *   list's index in order tests each row against this table, by application.
 * - Each owner's documents are numbered inside a range of their own
 *   (`slot × 2^32 + n`, the slot given at the owner's first document), so the
 *   owner's matches are a rowid range of the index: counted without looking
 *   up whose each match is.
 *
 * Kept in step by triggers, in the same statement as the change, as before.
 */
const SLOT = 4294967296;

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function dropPrevious(db: Kysely<unknown>): Promise<void> {
  for (const t of ['companies_search_au', 'applications_search_ad', 'applications_search_au', 'applications_search_ai']) {
    await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
  }
  await sql`drop table if exists application_search`.execute(db);
  await sql`drop table if exists application_search_docs`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return;
  await dropPrevious(db);
  await sql`create table application_search_docs (
    doc integer primary key,
    application_id text not null unique,
    owner_id text not null,
    title text not null,
    company text not null,
    location text not null)`.execute(db);
  await sql`create index application_search_docs_owner_ix on application_search_docs (owner_id, doc)`.execute(db);
  // Owners in a stable order, each given the next slot; documents numbered within it.
  await sql`insert into application_search_docs (doc, application_id, owner_id, title, company, location)
    select o.slot * ${sql.lit(SLOT)} + row_number() over (partition by a.owner_id order by a.created_at, a.id),
      a.id, a.owner_id, a.title, c.name, coalesce(a.location, '')
    from applications a
    join companies c on c.id = a.company_id
    join (select owner_id, row_number() over (order by owner_id) as slot from (select distinct owner_id from applications)) o on o.owner_id = a.owner_id`.execute(db);
  await sql`create virtual table application_search using fts5(title, company, location,
    content = 'application_search_docs', content_rowid = 'doc', tokenize = 'trigram')`.execute(db);
  await sql`insert into application_search (application_search) values ('rebuild')`.execute(db);

  // The index follows its documents.
  await sql`create trigger application_search_docs_ai after insert on application_search_docs begin
      insert into application_search (rowid, title, company, location) values (new.doc, new.title, new.company, new.location);
    end`.execute(db);
  await sql`create trigger application_search_docs_ad after delete on application_search_docs begin
      insert into application_search (application_search, rowid, title, company, location) values ('delete', old.doc, old.title, old.company, old.location);
    end`.execute(db);
  await sql`create trigger application_search_docs_au after update on application_search_docs begin
      insert into application_search (application_search, rowid, title, company, location) values ('delete', old.doc, old.title, old.company, old.location);
      insert into application_search (rowid, title, company, location) values (new.doc, new.title, new.company, new.location);
    end`.execute(db);

  // The documents follow the applications and companies. A new owner takes the slot after the highest one.
  await sql`create trigger applications_search_ai after insert on applications begin
      insert into application_search_docs (doc, application_id, owner_id, title, company, location)
        select coalesce(
            (select max(s.doc) + 1 from application_search_docs s where s.owner_id = new.owner_id),
            (coalesce((select max(s.doc) from application_search_docs s), 0) / ${sql.lit(SLOT)} + 1) * ${sql.lit(SLOT)} + 1),
          new.id, new.owner_id, new.title, c.name, coalesce(new.location, '')
        from companies c where c.id = new.company_id;
    end`.execute(db);
  await sql`create trigger applications_search_au after update of title, location, company_id on applications begin
      update application_search_docs set title = new.title, location = coalesce(new.location, ''),
        company = (select c.name from companies c where c.id = new.company_id)
      where application_id = new.id;
    end`.execute(db);
  await sql`create trigger applications_search_ad after delete on applications begin
      delete from application_search_docs where application_id = old.id;
    end`.execute(db);
  await sql`create trigger companies_search_au after update of name on companies begin
      update application_search_docs set company = new.name
      where application_id in (select a.id from applications a where a.company_id = new.id);
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) return;
  for (const t of ['application_search_docs_ai', 'application_search_docs_ad', 'application_search_docs_au']) {
    await sql`drop trigger if exists ${sql.id(t)}`.execute(db);
  }
  await dropPrevious(db);
  await upPrevious(db);
}
