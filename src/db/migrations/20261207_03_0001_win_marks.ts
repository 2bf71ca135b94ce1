import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * A mark per owner that moves whenever the facts wins are drawn from change
 * (docs/decisions/0049-a-lighter-first-load.md): the conversation stages of the
 * stage history, the first replies and applied days of application_state, an
 * application's company and résumé version, a company's name. The home page
 * keeps the milestones found in that history and finds them again only when
 * the mark has moved (services/wins.service.ts).
 *
 * Triggers move it in the same statement as the change, whatever code path
 * makes it (forms, imports, undo, restores, cascades of a delete). On
 * PostgreSQL the mark moves once per transaction (an import of thousands of
 * events updates its row once), after the owner's advisory lock of the kept
 * counts (20261206_07_0001), so that every writer takes the two in the same
 * order. The stages are written out here (MILESTONE_STAGES of
 * src/domain/momentum/milestones.ts) so the migration never changes meaning.
 */
const STAGES = ['screen', 'assessment', 'interview', 'final', 'offer', 'accepted'] as const;
const stageList = STAGES.map((s) => `'${s}'`).join(', ');

/** What moves the mark: table, trigger suffix, timing clause, condition, and whose owner. */
const WATCHED: { table: string; name: string; on: string; when: { sqlite: string; pg: string }; row: 'new' | 'old' }[] = [
  { table: 'stage_events', name: 'ai', on: 'insert', when: { sqlite: `new.stage in (${stageList})`, pg: `new.stage in (${stageList})` }, row: 'new' },
  { table: 'stage_events', name: 'ad', on: 'delete', when: { sqlite: `old.stage in (${stageList})`, pg: `old.stage in (${stageList})` }, row: 'old' },
  {
    table: 'stage_events',
    name: 'au',
    on: 'update',
    when: {
      sqlite: `(old.stage in (${stageList}) or new.stage in (${stageList})) and (old.stage is not new.stage or old.occurred_on is not new.occurred_on or old.application_id is not new.application_id or old.created_at is not new.created_at or old.owner_id is not new.owner_id)`,
      pg: `(old.stage in (${stageList}) or new.stage in (${stageList})) and (old.stage, old.occurred_on, old.application_id, old.created_at, old.owner_id) is distinct from (new.stage, new.occurred_on, new.application_id, new.created_at, new.owner_id)`,
    },
    row: 'new',
  },
  { table: 'application_state', name: 'ai', on: 'insert', when: { sqlite: 'new.first_reply_on is not null', pg: 'new.first_reply_on is not null' }, row: 'new' },
  { table: 'application_state', name: 'ad', on: 'delete', when: { sqlite: 'old.first_reply_on is not null', pg: 'old.first_reply_on is not null' }, row: 'old' },
  {
    table: 'application_state',
    name: 'au',
    on: 'update of applied_on, first_reply_on',
    when: {
      sqlite: 'old.applied_on is not new.applied_on or old.first_reply_on is not new.first_reply_on',
      pg: '(old.applied_on, old.first_reply_on) is distinct from (new.applied_on, new.first_reply_on)',
    },
    row: 'new',
  },
  {
    table: 'applications',
    name: 'au',
    on: 'update of company_id, resume_version',
    when: {
      sqlite: 'old.company_id is not new.company_id or old.resume_version is not new.resume_version',
      pg: '(old.company_id, old.resume_version) is distinct from (new.company_id, new.resume_version)',
    },
    row: 'new',
  },
  { table: 'companies', name: 'au', on: 'update of name', when: { sqlite: 'old.name is not new.name', pg: 'old.name is distinct from new.name' }, row: 'new' },
];

const isPostgres = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('win_marks')
    .addColumn('owner_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    // PostgreSQL: the transaction that moved the mark last (it moves once per transaction). Unused on SQLite.
    .addColumn('moved_in', 'bigint')
    .execute();

  if (isPostgres(db)) {
    await sql`create function debrief_move_win_mark(owner text) returns void language plpgsql as $$
      begin
        perform debrief_lock_counts(owner);
        insert into win_marks (owner_id, version, moved_in) values (owner, 1, txid_current())
          on conflict (owner_id) do update set version = win_marks.version + 1, moved_in = excluded.moved_in
          where win_marks.moved_in is distinct from excluded.moved_in;
      end $$`.execute(db);
    await sql`create function debrief_win_mark_of_row() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then perform debrief_move_win_mark(old.owner_id); return null; end if;
        perform debrief_move_win_mark(new.owner_id);
        if tg_op = 'UPDATE' and old.owner_id is distinct from new.owner_id then perform debrief_move_win_mark(old.owner_id); end if;
        return null;
      end $$`.execute(db);
    for (const w of WATCHED) {
      await sql.raw(`create trigger ${w.table}_win_mark_${w.name} after ${w.on} on ${w.table}
        for each row when (${w.when.pg}) execute function debrief_win_mark_of_row()`).execute(db);
    }
  } else {
    for (const w of WATCHED) {
      await sql.raw(`create trigger ${w.table}_win_mark_${w.name} after ${w.on} on ${w.table} when ${w.when.sqlite} begin
        insert into win_marks (owner_id, version) values (${w.row}.owner_id, 1)
          on conflict (owner_id) do update set version = win_marks.version + 1;
      end`).execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  for (const w of [...WATCHED].reverse()) {
    await sql.raw(pg ? `drop trigger ${w.table}_win_mark_${w.name} on ${w.table}` : `drop trigger ${w.table}_win_mark_${w.name}`).execute(db);
  }
  if (pg) {
    await sql`drop function debrief_win_mark_of_row()`.execute(db);
    await sql`drop function debrief_move_win_mark(text)`.execute(db);
  }
  await db.schema.dropTable('win_marks').execute();
}
