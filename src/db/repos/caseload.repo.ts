import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';

/**
 * The coach's caseload: one query per measure over all clients at once (never one per
 * client). Each takes the clients' owner ids; the caller has already checked that every
 * one of them shares with the coach.
 */

/** Settings that decide a client's "today" and week. */
export async function settingValuesOf(db: Kysely<DB>, ownerIds: string[]): Promise<Map<string, Record<string, string>>> {
  const out = new Map<string, Record<string, string>>();
  if (ownerIds.length === 0) return out;
  const rows = await db.selectFrom('settings').select(['owner_id', 'key', 'value']).where('owner_id', 'in', ownerIds).execute();
  for (const r of rows) out.set(r.owner_id, { ...(out.get(r.owner_id) ?? {}), [r.key]: r.value });
  return out;
}

/** The last instant each client recorded anything of their search (journal apart). */
export async function lastActivity(db: Kysely<DB>, ownerIds: string[]): Promise<Map<string, string>> {
  if (ownerIds.length === 0) return new Map();
  const ids = sql.join(ownerIds);
  const rows = await sql<{ owner_id: string; at: string }>`
    select owner_id, max(at) as at from (
      select owner_id, max(updated_at) as at from applications where owner_id in (${ids}) group by owner_id
      union all select owner_id, max(created_at) from stage_events where owner_id in (${ids}) group by owner_id
      union all select owner_id, max(updated_at) from rejections where owner_id in (${ids}) group by owner_id
      union all select owner_id, max(updated_at) from growth_actions where owner_id in (${ids}) group by owner_id
      union all select owner_id, max(reviewed_at) from practice_reviews where owner_id in (${ids}) group by owner_id
    ) t group by owner_id`.execute(db);
  return new Map(rows.rows.filter((r) => r.at !== null).map((r) => [r.owner_id, String(r.at)]));
}

/** Applications sent per client and day, from `fromDay` on. */
export async function appliedPerDay(db: Kysely<DB>, ownerIds: string[], fromDay: string): Promise<{ owner_id: string; day: string; n: number }[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db
    .selectFrom('application_state')
    .select(['owner_id', 'applied_on as day', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_id', 'in', ownerIds)
    .where('applied_on', '>=', fromDay)
    .groupBy(['owner_id', 'applied_on'])
    .execute();
  return rows.map((r) => ({ owner_id: r.owner_id, day: r.day!, n: Number(r.n) }));
}

/** Weekly application goals of every client (all weeks a goal was set from). */
export async function applicationGoals(db: Kysely<DB>, ownerIds: string[]): Promise<{ owner_id: string; week_start: string; target: number }[]> {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('weekly_goals')
    .select(['owner_id', 'week_start', 'target'])
    .where('owner_id', 'in', ownerIds)
    .where('kind', '=', 'applications')
    .execute();
}

export async function stageCounts(db: Kysely<DB>, ownerIds: string[]): Promise<{ owner_id: string; status: string; n: number }[]> {
  if (ownerIds.length === 0) return [];
  const rows = await db
    .selectFrom('application_state')
    .select(['owner_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_id', 'in', ownerIds)
    .groupBy(['owner_id', 'status'])
    .execute();
  return rows.map((r) => ({ owner_id: r.owner_id, status: r.status, n: Number(r.n) }));
}

/** Rejections whose debrief is not finished, per client. */
export async function debriefsToFinish(db: Kysely<DB>, ownerIds: string[]): Promise<Map<string, number>> {
  if (ownerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('rejections')
    .select(['owner_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('owner_id', 'in', ownerIds)
    .where('debrief_completed_at', 'is', null)
    .groupBy('owner_id')
    .execute();
  return new Map(rows.map((r) => [r.owner_id, Number(r.n)]));
}

/**
 * The stage reached by each client's `perClient` latest rejections, newest first: the
 * debrief's own answer, else the furthest stage of the application.
 */
export async function latestRejectionStages(
  db: Kysely<DB>,
  ownerIds: string[],
  perClient: number,
): Promise<{ owner_id: string; stage_reached: string | null; reached_rank: number; n: number }[]> {
  if (ownerIds.length === 0) return [];
  const rows = await sql<{ owner_id: string; stage_reached: string | null; reached_rank: number; n: number }>`
    select owner_id, stage_reached, reached_rank, n from (
      select r.owner_id, r.stage_reached, s.reached_rank,
             row_number() over (partition by r.owner_id order by r.rejected_on desc, r.created_at desc, r.id desc) as n
      from rejections r join application_state s on s.application_id = r.application_id
      where r.owner_id in (${sql.join(ownerIds)})
    ) t where n <= ${perClient} order by owner_id, n`.execute(db);
  return rows.rows.map((r) => ({ ...r, reached_rank: Number(r.reached_rank), n: Number(r.n) }));
}

/** Journal moods since `fromDay`, newest first, for the clients who share their journal. */
export async function moodsSince(db: Kysely<DB>, ownerIds: string[], fromDay: string): Promise<{ owner_id: string; checked_on: string; mood: number }[]> {
  if (ownerIds.length === 0) return [];
  return db
    .selectFrom('check_ins')
    .select(['owner_id', 'checked_on', 'mood'])
    .where('owner_id', 'in', ownerIds)
    .where('checked_on', '>=', fromDay)
    .orderBy('owner_id')
    .orderBy('checked_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}
