import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Organisations (docs/decisions/0026-organisations-and-cohorts.md): an organisation, its
 * cohorts, its members with their role and consent, coach ↔ cohort assignments and invitations.
 * Every table has an `owner_id`: the member's own account on `org_members` (their membership
 * and consent are theirs), the organisation's founder on the others, so that deleting an
 * account removes what it owns and the export holds it. Organisations exist in hosted mode
 * only; on SQLite the tables stay empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_owner_ix').on('organisations').column('owner_id').execute();

  await db.schema
    .createTable('org_cohorts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('program', 'text')
    .addColumn('location', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('org_cohorts_org_ix').on('org_cohorts').columns(['org_id', 'name']).execute();

  // role: admin | coach | member | analyst. status: searching | placed. counts: 1 when the member's
  // data counts in the cohort's aggregates (their choice; on when they accept, off at any time).
  await db.schema
    .createTable('org_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.references('org_cohorts.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('searching'))
    .addColumn('placed_on', 'text')
    .addColumn('counts', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('consent_changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('org_members_org_owner_uq', ['org_id', 'owner_id'])
    .execute();
  await db.schema.createIndex('org_members_owner_ix').on('org_members').column('owner_id').execute();
  await db.schema.createIndex('org_members_cohort_ix').on('org_members').columns(['cohort_id', 'counts', 'role']).execute();

  await db.schema
    .createTable('org_coach_cohorts')
    .addColumn('cohort_id', 'text', (c) => c.notNull().references('org_cohorts.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('org_members.id').onDelete('cascade'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('org_coach_cohorts_pk', ['cohort_id', 'member_id'])
    .execute();
  await db.schema.createIndex('org_coach_cohorts_member_ix').on('org_coach_cohorts').column('member_id').execute();

  // A link without an address can be used by many people until it expires or is withdrawn;
  // one made for an address is used once. Only the token's SHA-256 is kept.
  await db.schema
    .createTable('org_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('cohort_id', 'text', (c) => c.references('org_cohorts.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('org_invitations_org_ix').on('org_invitations').columns(['org_id', 'created_at']).execute();

  // Cohort figures read each member's outcome counts (the kept counts of every application, ADR 0029):
  // these rows alone, without the segment rows between them in the primary key.
  await sql`create index insight_counts_all_ix on insight_counts (owner_id, reached_rank, outcome, replied, n) where dimension = ''`.execute(db);

  // And per segment value, the member's applications with it and the trials and successes of each
  // metric, an application still waiting counted as silence (the read moves the recent ones back):
  // a row per member and value, kept from insight_counts by triggers (pure deltas, like it).
  await sql`create table insight_value_counts (
    owner_id text not null, dimension text not null, value text not null, n integer not null,
    response_trials integer not null, response_successes integer not null,
    interview_trials integer not null, interview_successes integer not null,
    offer_trials integer not null, offer_successes integer not null,
    primary key (owner_id, dimension, value))`.execute(db);
  await sql.raw(`insert into insight_value_counts (owner_id, dimension, value, ${VALUE_COLUMNS})
    select owner_id, dimension, value, ${valueSums('insight_counts', 'n')} from insight_counts where dimension <> ''
    group by owner_id, dimension, value`).execute(db);
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    await sql.raw(`create function debrief_insight_value_count() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then ${valueDelta('old', '-old.n')} end if;
        if tg_op in ('INSERT', 'UPDATE') then ${valueDelta('new', 'new.n')} end if;
        return null;
      end $$`).execute(db);
    for (const [name, event, row] of [['ai', 'insert', 'new'], ['au', 'update', 'new'], ['ad', 'delete', 'old']] as const) {
      await sql.raw(`create trigger insight_counts_values_${name} after ${event} on insight_counts
        for each row when (${row}.dimension <> '') execute function debrief_insight_value_count()`).execute(db);
    }
  } else {
    await sql.raw(`create trigger insight_counts_values_ai after insert on insight_counts when new.dimension <> '' begin
      ${valueDelta('new', 'new.n')} end`).execute(db);
    await sql.raw(`create trigger insight_counts_values_au after update on insight_counts when new.dimension <> '' begin
      ${valueDelta('old', '-old.n')} ${valueDelta('new', 'new.n')} end`).execute(db);
    await sql.raw(`create trigger insight_counts_values_ad after delete on insight_counts when old.dimension <> '' begin
      ${valueDelta('old', '-old.n')} end`).execute(db);
  }
}

const SCREEN_RANK = 2;
const OFFER_RANK = 6;
const VALUE_COLUMNS = 'n, response_trials, response_successes, interview_trials, interview_successes, offer_trials, offer_successes';

/** The metric flags of a kept row `r` (ADR 0029), waiting counted as silence, each times `n`. */
function valueTerms(r: string, n: string): string[] {
  const closed = `${r}.outcome in ('rejected', 'silence', 'awaiting')`;
  const flag = (condition: string) => `(case when ${condition} then 1 else 0 end) * ${n}`;
  return [
    n,
    flag(`${r}.replied = 1 or ${r}.outcome <> 'in_progress'`),
    flag(`${r}.replied = 1`),
    flag(`${r}.reached_rank >= ${SCREEN_RANK} or ${closed}`),
    flag(`${r}.reached_rank >= ${SCREEN_RANK}`),
    flag(`${r}.reached_rank >= ${OFFER_RANK} or ${closed}`),
    flag(`${r}.reached_rank >= ${OFFER_RANK}`),
  ];
}

const valueSums = (r: string, n: string): string => valueTerms(r, `${r}.${n}`).map((t) => `sum(${t})`).join(', ');

/** Adds the row `r` times `n` (a signed count) to its member's value counts. */
function valueDelta(r: string, n: string): string {
  const terms = valueTerms(r, `(${n})`);
  const columns = VALUE_COLUMNS.split(', ');
  return `insert into insight_value_counts (owner_id, dimension, value, ${VALUE_COLUMNS})
    select ${r}.owner_id, ${r}.dimension, ${r}.value, ${terms.join(', ')} where true
    on conflict (owner_id, dimension, value) do update set ${columns.map((c) => `${c} = insight_value_counts.${c} + excluded.${c}`).join(', ')};`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const name of ['ai', 'au', 'ad']) await sql.raw(`drop trigger if exists insight_counts_values_${name}${pg ? ' on insight_counts' : ''}`).execute(db);
  if (pg) await sql`drop function if exists debrief_insight_value_count()`.execute(db);
  await db.schema.dropTable('insight_value_counts').execute();
  await db.schema.dropIndex('insight_counts_all_ix').execute();
  for (const table of ['org_invitations', 'org_coach_cohorts', 'org_members', 'org_cohorts', 'organisations']) {
    await db.schema.dropTable(table).execute();
  }
}
