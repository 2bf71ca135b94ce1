import { sql, type Kysely, type RawBuilder } from 'kysely';
import { EMPLOYER_REPLY_STAGES, ENDINGS, PROGRESS_STAGES, SENT_PROGRESS_STAGES, type ProgressStage } from '../../domain/applications/stages.js';
import type { DB } from '../schema.js';

/**
 * The status of applications, derived in SQL from their stage events (the
 * same rules as domain/applications/status.ts; the service tests hold the two
 * against each other). The result is kept in application_state, which only
 * refreshApplicationState writes, in the transaction that changed the events.
 *
 * The newest event is found by the largest `occurred_on || created_at || stage`:
 * both time columns have a fixed width, so the stage is the text after them.
 */
const STATUS_OFFSET = 'YYYY-MM-DD'.length + '2026-01-01T00:00:00.000Z'.length + 1;

function rankCase(column: RawBuilder<unknown>): RawBuilder<number> {
  const whens = PROGRESS_STAGES.map((s, i) => sql`when ${sql.lit(s)} then ${sql.lit(i)}`);
  return sql<number>`case ${column} ${sql.join(whens, sql` `)} else null end`;
}

const literals = (values: readonly string[]) => sql.join(values.map((s) => sql.lit(s)), sql`, `);

const notProgress = sql.join(
  ['saved', ...ENDINGS].map((s) => sql.lit(s)),
  sql`, `,
);

/** The derivation itself, for queries that need it fresh; prefer the application_state table. */
export function derivedStateQuery(db: Kysely<DB>, ownerId: string, applicationIds?: readonly string[]) {
  let q = db.selectFrom('stage_events as e').where('e.owner_id', '=', ownerId);
  if (applicationIds) q = q.where('e.application_id', 'in', [...applicationIds]);
  return q
    .groupBy('e.application_id')
    .select([
      'e.application_id as application_id',
      sql<string>`${ownerId}`.as('owner_id'),
      sql<string>`substr(max(e.occurred_on || e.created_at || e.stage), ${sql.lit(STATUS_OFFSET)})`.as('status'),
      sql<number>`coalesce(max(${rankCase(sql.ref('e.stage'))}), 0)`.as('reached_rank'),
      sql<string | null>`min(case when e.stage not in (${notProgress}) then e.occurred_on end)`.as('applied_on'),
      sql<string>`max(e.occurred_on)`.as('last_event_on'),
      sql<string | null>`min(case when e.stage in (${literals(EMPLOYER_REPLY_STAGES)}) then e.occurred_on end)`.as('first_reply_on'),
      sql<string | null>`max(case when e.stage in (${literals(SENT_PROGRESS_STAGES)}) then e.occurred_on end)`.as('last_progress_on'),
    ]);
}

/**
 * Re-derives the state of the given applications (all of the owner's when
 * `applicationIds` is omitted) from their events. Call it in the same
 * transaction as any change to stage_events.
 */
export async function refreshApplicationState(db: Kysely<DB>, ownerId: string, applicationIds?: readonly string[]): Promise<void> {
  if (applicationIds && applicationIds.length === 0) return;
  let del = db.deleteFrom('application_state').where('owner_id', '=', ownerId);
  if (applicationIds) del = del.where('application_id', 'in', [...applicationIds]);
  await del.execute();
  await db
    .insertInto('application_state')
    .columns(['application_id', 'owner_id', 'status', 'reached_rank', 'applied_on', 'last_event_on', 'first_reply_on', 'last_progress_on'])
    .expression(derivedStateQuery(db, ownerId, applicationIds))
    .execute();
}

export function stageFromRank(rank: number | null): ProgressStage {
  return PROGRESS_STAGES[rank ?? 0] ?? 'saved';
}
