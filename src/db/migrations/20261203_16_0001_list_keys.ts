import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Lists that stay flat (docs/decisions/0023-lists-search-insights-at-scale.md).
 *
 * Every sort the list offers gets an index on application_state that serves
 * it, with and without a status filter: (owner_id[, status], key,
 * application_id). The keys that live on other tables (when the application
 * last changed, its title, fit and excitement, its company's sort name) are
 * copied onto application_state and kept in step by triggers, in the same
 * statement as the change, whatever code path makes it (forms, imports,
 * restores). Empty values are stored as the smallest value ('' or 0), so that
 * "ascending puts the empty ones first, descending last" is the index order.
 */
const SORT_KEY_SOURCES = {
  updated_at: 'a.updated_at',
  title: 'a.title',
  company_key: 'c.name_key',
  fit: 'coalesce(a.fit, 0)',
  excitement: 'coalesce(a.excitement, 0)',
} as const;

/** The index expressions, by list sort (the repo uses the same expressions). */
const LIST_INDEX_KEYS: Record<string, string> = {
  updated: 'updated_at',
  applied: "coalesce(applied_on, '')",
  lastEvent: 'last_event_on',
  company: 'company_key',
  title: 'title',
  fit: 'fit',
  excitement: 'excitement',
};

const columns = Object.keys(SORT_KEY_SOURCES).join(', ');
const values = Object.values(SORT_KEY_SOURCES).join(', ');
const lookup = (id: string): RawBuilder<unknown> =>
  sql.raw(`(${columns}) = (select ${values} from applications a join companies c on c.id = a.company_id where a.id = ${id})`);

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('application_state').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('application_state').addColumn('title', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('application_state').addColumn('company_key', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('application_state').addColumn('fit', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('application_state').addColumn('excitement', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update application_state set ${lookup('application_state.application_id')}`.execute(db);

  if (isPostgres(db)) {
    await sql`create function debrief_state_keys_from_state() returns trigger language plpgsql as $$
      begin update application_state set ${lookup('new.application_id')} where application_id = new.application_id; return null; end $$`.execute(db);
    await sql`create function debrief_state_keys_from_application() returns trigger language plpgsql as $$
      begin update application_state set ${lookup('new.id')} where application_id = new.id; return null; end $$`.execute(db);
    await sql`create function debrief_state_keys_from_company() returns trigger language plpgsql as $$
      begin update application_state set company_key = new.name_key
        where application_id in (select id from applications where company_id = new.id); return null; end $$`.execute(db);
    await sql`create trigger application_state_keys_ai after insert on application_state
      for each row execute function debrief_state_keys_from_state()`.execute(db);
    await sql`create trigger applications_state_keys_au after update of updated_at, title, company_id, fit, excitement on applications
      for each row execute function debrief_state_keys_from_application()`.execute(db);
    await sql`create trigger companies_state_keys_au after update of name_key on companies
      for each row execute function debrief_state_keys_from_company()`.execute(db);
  } else {
    await sql`create trigger application_state_keys_ai after insert on application_state begin
      update application_state set ${lookup('new.application_id')} where application_id = new.application_id; end`.execute(db);
    await sql`create trigger applications_state_keys_au after update of updated_at, title, company_id, fit, excitement on applications begin
      update application_state set ${lookup('new.id')} where application_id = new.id; end`.execute(db);
    await sql`create trigger companies_state_keys_au after update of name_key on companies begin
      update application_state set company_key = new.name_key
        where application_id in (select id from applications where company_id = new.id); end`.execute(db);
  }

  for (const [sort, key] of Object.entries(LIST_INDEX_KEYS)) {
    const name = sort.toLowerCase();
    await sql`create index ${sql.id(`application_state_list_${name}_ix`)} on application_state (owner_id, ${sql.raw(key)}, application_id)`.execute(db);
    await sql`create index ${sql.id(`application_state_list_status_${name}_ix`)} on application_state (owner_id, status, ${sql.raw(key)}, application_id)`.execute(db);
  }
  await sql`create index application_state_list_status_ix on application_state (owner_id, status, application_id)`.execute(db);
  await sql`create index application_state_board_ix on application_state (owner_id, status, last_event_on, updated_at)`.execute(db);
  await db.schema.dropIndex('application_state_owner_status_ix').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('application_state_owner_status_ix').on('application_state').columns(['owner_id', 'status', 'last_event_on']).execute();
  await db.schema.dropIndex('application_state_board_ix').execute();
  await db.schema.dropIndex('application_state_list_status_ix').execute();
  for (const sort of Object.keys(LIST_INDEX_KEYS)) {
    await db.schema.dropIndex(`application_state_list_${sort.toLowerCase()}_ix`).execute();
    await db.schema.dropIndex(`application_state_list_status_${sort.toLowerCase()}_ix`).execute();
  }
  if (isPostgres(db)) {
    await sql`drop trigger companies_state_keys_au on companies`.execute(db);
    await sql`drop trigger applications_state_keys_au on applications`.execute(db);
    await sql`drop trigger application_state_keys_ai on application_state`.execute(db);
    await sql`drop function debrief_state_keys_from_company()`.execute(db);
    await sql`drop function debrief_state_keys_from_application()`.execute(db);
    await sql`drop function debrief_state_keys_from_state()`.execute(db);
  } else {
    await sql`drop trigger companies_state_keys_au`.execute(db);
    await sql`drop trigger applications_state_keys_au`.execute(db);
    await sql`drop trigger application_state_keys_ai`.execute(db);
  }
  for (const column of ['excitement', 'fit', 'company_key', 'title', 'updated_at']) {
    await db.schema.alterTable('application_state').dropColumn(column).execute();
  }
}
