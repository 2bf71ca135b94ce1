import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ENDINGS, PROGRESS_STAGES, type ProgressStage } from '../../domain/applications/stages.js';
import type { DB } from '../schema.js';

/**
 * The status of every application, derived in SQL from its stage events
 * (the same rules as domain/applications/status.ts, which the service tests
 * hold against each other). One pass over the owner's events, grouped.
 *
 * The newest event is found by the largest `occurred_on || created_at || stage`:
 * both time columns have a fixed width, so the stage is the text after them.
 */
const STATUS_OFFSET = 'YYYY-MM-DD'.length + '2026-01-01T00:00:00.000Z'.length + 1;

function rankCase(column: RawBuilder<unknown>): RawBuilder<number> {
  const whens = PROGRESS_STAGES.map((s, i) => sql`when ${sql.lit(s)} then ${sql.lit(i)}`);
  return sql<number>`case ${column} ${sql.join(whens, sql` `)} else null end`;
}

const notProgress = sql.join(
  ['saved', ...ENDINGS].map((s) => sql.lit(s)),
  sql`, `,
);

export function derivedStateQuery(db: Kysely<DB>, ownerId: string) {
  return db
    .selectFrom('stage_events as e')
    .where('e.owner_id', '=', ownerId)
    .groupBy('e.application_id')
    .select([
      'e.application_id as application_id',
      sql<string>`substr(max(e.occurred_on || e.created_at || e.stage), ${sql.lit(STATUS_OFFSET)})`.as('status'),
      sql<number>`max(${rankCase(sql.ref('e.stage'))})`.as('reached_rank'),
      sql<string | null>`min(case when e.stage not in (${notProgress}) then e.occurred_on end)`.as('applied_on'),
      sql<string>`max(e.occurred_on)`.as('last_event_on'),
    ]);
}

export function stageFromRank(rank: number | null): ProgressStage {
  return PROGRESS_STAGES[rank ?? 0] ?? 'saved';
}
