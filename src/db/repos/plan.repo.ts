/** The growth plan's SQL: suggestions, actions with themes, evidence snapshots and notes, and the counts it reads. */
import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB, GrowthActionsTable, PlanSuggestionsTable } from '../schema.js';

export type SuggestionRow = Selectable<PlanSuggestionsTable>;
export type ActionRow = Selectable<GrowthActionsTable>;

// ---- suggestions ----

export async function suggestionSlugs(db: Kysely<DB>, ownerId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('plan_suggestions').select('theme_slug').distinct().where('owner_id', '=', ownerId).execute();
  return new Set(rows.map((r) => r.theme_slug));
}

/** Copies catalogue suggestions; a copy the owner already has (even removed) stays as it is. */
export async function insertSeedSuggestions(db: Kysely<DB>, rows: Insertable<PlanSuggestionsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('plan_suggestions').values(rows).onConflict((oc) => oc.columns(['owner_id', 'seed_key']).doNothing()).execute();
}

export async function insertSuggestion(db: Kysely<DB>, row: Insertable<PlanSuggestionsTable>): Promise<void> {
  await db.insertInto('plan_suggestions').values(row).execute();
}

export async function listSuggestions(db: Kysely<DB>, ownerId: string): Promise<SuggestionRow[]> {
  return db.selectFrom('plan_suggestions').selectAll().where('owner_id', '=', ownerId).where('hidden', '=', 0)
    .orderBy('theme_slug').orderBy('position').orderBy('created_at').execute();
}

export async function findSuggestion(db: Kysely<DB>, ownerId: string, id: string): Promise<SuggestionRow | undefined> {
  return db.selectFrom('plan_suggestions').selectAll().where('owner_id', '=', ownerId).where('id', '=', id).where('hidden', '=', 0).executeTakeFirst();
}

export async function nextSuggestionPosition(db: Kysely<DB>, ownerId: string, slug: string): Promise<number> {
  const r = await db.selectFrom('plan_suggestions').select((eb) => eb.fn.max('position').as('p')).where('owner_id', '=', ownerId).where('theme_slug', '=', slug).executeTakeFirst();
  return Number(r?.p ?? -1) + 1;
}

export async function updateSuggestion(db: Kysely<DB>, ownerId: string, id: string, patch: Updateable<PlanSuggestionsTable>): Promise<void> {
  await db.updateTable('plan_suggestions').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

/** A catalogue copy is hidden (so it is not copied back); the owner's own is deleted. */
export async function removeSuggestion(db: Kysely<DB>, ownerId: string, row: SuggestionRow, at: string): Promise<void> {
  if (row.seed_key) await updateSuggestion(db, ownerId, row.id, { hidden: 1, updated_at: at });
  else await db.deleteFrom('plan_suggestions').where('owner_id', '=', ownerId).where('id', '=', row.id).execute();
}

// ---- what the plan reads from debriefs ----

export interface ThemeLessonRow {
  theme_id: string;
  slug: string;
  label: string;
  description: string | null;
  application_id: string;
}

/** Every (theme, application) pair the owner's debrief lessons name. */
export async function themeLessons(db: Kysely<DB>, ownerId: string): Promise<ThemeLessonRow[]> {
  return db
    .selectFrom('lessons as l')
    .innerJoin('themes as t', 't.id', 'l.theme_id')
    .select(['t.id as theme_id', 't.slug', 't.label', 't.description', 'l.application_id'])
    .where('l.owner_id', '=', ownerId)
    .execute();
}

export interface RejectionPointRow {
  application_id: string;
  rejected_on: string;
  stage_reached: string | null;
  reached_rank: number | null;
  company: string;
  title: string;
}

/** The owner's rejections with how far each application got and what it was. */
export async function rejectionPoints(db: Kysely<DB>, ownerId: string): Promise<RejectionPointRow[]> {
  return db
    .selectFrom('rejections as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('application_state as s', 's.application_id', 'r.application_id')
    .select(['r.application_id', 'r.rejected_on', 'r.stage_reached', 's.reached_rank', 'c.name as company', 'a.title'])
    .where('r.owner_id', '=', ownerId)
    .orderBy('r.rejected_on', 'desc')
    .execute();
}

export interface LessonExcerptRow {
  application_id: string;
  slug: string;
  kind: string;
  excerpt: string | null;
}

/** The excerpts of feedback and reflections that raised the given themes. */
export async function lessonExcerpts(db: Kysely<DB>, ownerId: string, themeIds: readonly string[]): Promise<LessonExcerptRow[]> {
  if (themeIds.length === 0) return [];
  return db
    .selectFrom('lesson_evidence as e')
    .innerJoin('lessons as l', 'l.id', 'e.lesson_id')
    .innerJoin('themes as t', 't.id', 'l.theme_id')
    .select(['l.application_id', 't.slug', 'e.kind', 'e.excerpt'])
    .where('e.owner_id', '=', ownerId)
    .where('l.theme_id', 'in', [...themeIds])
    .orderBy('e.id')
    .execute();
}

export interface OutsideReasonRow {
  reason: string;
  count: number;
  last_on: string;
}

/** Rejection reasons marked outside the seeker's control, by reason. */
export async function outsideReasons(db: Kysely<DB>, ownerId: string): Promise<OutsideReasonRow[]> {
  const rows = await db
    .selectFrom('rejection_reasons as rr')
    .innerJoin('rejections as r', 'r.id', 'rr.rejection_id')
    .select(['rr.reason', (eb) => eb.fn.countAll().as('count'), (eb) => eb.fn.max('r.rejected_on').as('last_on')])
    .where('rr.owner_id', '=', ownerId)
    .where('rr.control', '=', 'outside')
    .groupBy('rr.reason')
    .orderBy(sql`count(*)`, 'desc')
    .execute();
  return rows.map((r) => ({ reason: r.reason, count: Number(r.count), last_on: String(r.last_on) }));
}

/** The latest things noted as outside the seeker's control in debriefs. */
export async function outsideNotes(db: Kysely<DB>, ownerId: string, limit: number): Promise<{ application_id: string; company: string; text: string }[]> {
  return db
    .selectFrom('outside_control_items as o')
    .innerJoin('applications as a', 'a.id', 'o.application_id')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .select(['o.application_id', 'c.name as company', 'o.text'])
    .where('o.owner_id', '=', ownerId)
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id')
    .limit(limit)
    .execute();
}

// ---- actions ----

export async function insertAction(db: Kysely<DB>, row: Insertable<GrowthActionsTable>): Promise<void> {
  await db.insertInto('growth_actions').values(row).execute();
}

export async function updateAction(db: Kysely<DB>, ownerId: string, id: string, patch: Updateable<GrowthActionsTable>): Promise<void> {
  await db.updateTable('growth_actions').set(patch).where('owner_id', '=', ownerId).where('id', '=', id).execute();
}

export async function findAction(db: Kysely<DB>, ownerId: string, id: string): Promise<ActionRow | undefined> {
  return db.selectFrom('growth_actions').selectAll().where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
}

/** Open actions first (doing, planned), by due day; then done and dropped, latest first. */
export async function listActions(db: Kysely<DB>, ownerId: string): Promise<ActionRow[]> {
  return db
    .selectFrom('growth_actions')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy(sql`case status when 'doing' then 0 when 'planned' then 1 when 'done' then 2 else 3 end`)
    .orderBy(sql`case when due_on is null then 1 else 0 end`)
    .orderBy('due_on')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
}

/** Planned or started actions with a due day on or before `until` (for the agenda). */
export async function openActionsDueBy(db: Kysely<DB>, ownerId: string, until: string): Promise<ActionRow[]> {
  return db
    .selectFrom('growth_actions')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('status', 'in', ['planned', 'doing'])
    .where('due_on', 'is not', null)
    .where('due_on', '<=', until)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

/** Actions marked done on or before `today`, with their day (each is a win). */
export async function doneActions(db: Kysely<DB>, ownerId: string, today: string): Promise<{ id: string; title: string; done_on: string }[]> {
  const rows = await db
    .selectFrom('growth_actions')
    .select(['id', 'title', 'done_on'])
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'done')
    .where('done_on', 'is not', null)
    .where('done_on', '<=', today)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, done_on: r.done_on as string }));
}

/** Marks actions the sample job search made, so removing the sample removes them. */
export async function markSampleActions(db: Kysely<DB>, ownerId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('growth_actions').set({ is_sample: 1 }).where('owner_id', '=', ownerId).where('id', 'in', [...ids]).execute();
}

export async function deleteAction(db: Kysely<DB>, ownerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('growth_actions').where('owner_id', '=', ownerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export interface ActionThemeRow {
  action_id: string;
  theme_slug: string;
  theme_label: string;
  theme_id: string | null;
}

export async function actionThemes(db: Kysely<DB>, ownerId: string, actionIds: readonly string[]): Promise<ActionThemeRow[]> {
  if (actionIds.length === 0) return [];
  return db.selectFrom('growth_action_themes').select(['action_id', 'theme_slug', 'theme_label', 'theme_id'])
    .where('owner_id', '=', ownerId).where('action_id', 'in', [...actionIds]).orderBy('theme_label').execute();
}

export async function replaceActionThemes(db: Kysely<DB>, ownerId: string, actionId: string, rows: { slug: string; label: string; themeId: string }[]): Promise<void> {
  await db.deleteFrom('growth_action_themes').where('owner_id', '=', ownerId).where('action_id', '=', actionId).execute();
  if (rows.length === 0) return;
  await db.insertInto('growth_action_themes')
    .values(rows.map((r) => ({ owner_id: ownerId, action_id: actionId, theme_slug: r.slug, theme_label: r.label, theme_id: r.themeId })))
    .execute();
}

export interface EvidenceSnapshotRow {
  action_id: string;
  application_id: string;
  label: string;
  rejected_on: string;
}

export async function evidenceSnapshots(db: Kysely<DB>, ownerId: string, actionIds: readonly string[]): Promise<EvidenceSnapshotRow[]> {
  if (actionIds.length === 0) return [];
  return db.selectFrom('growth_action_evidence').select(['action_id', 'application_id', 'label', 'rejected_on'])
    .where('owner_id', '=', ownerId).where('action_id', 'in', [...actionIds]).orderBy('rejected_on', 'desc').execute();
}

/** Adds rejections to what an action remembers; those it already remembers stay. */
export async function addEvidenceSnapshots(db: Kysely<DB>, ownerId: string, actionId: string, rows: { applicationId: string; label: string; rejectedOn: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('growth_action_evidence')
    .values(rows.map((r) => ({ owner_id: ownerId, action_id: actionId, application_id: r.applicationId, label: r.label, rejected_on: r.rejectedOn })))
    .onConflict((oc) => oc.columns(['action_id', 'application_id']).doNothing())
    .execute();
}

export async function insertActionNote(db: Kysely<DB>, row: { id: string; owner_id: string; action_id: string; body: string; created_at: string }): Promise<void> {
  await db.insertInto('growth_action_notes').values(row).execute();
}

export async function actionNotes(db: Kysely<DB>, ownerId: string, actionIds: readonly string[]): Promise<{ id: string; action_id: string; body: string; created_at: string }[]> {
  if (actionIds.length === 0) return [];
  return db.selectFrom('growth_action_notes').select(['id', 'action_id', 'body', 'created_at'])
    .where('owner_id', '=', ownerId).where('action_id', 'in', [...actionIds]).orderBy('created_at', 'desc').orderBy('id').execute();
}

// ---- did it help? ----

export interface OutcomeCounts {
  before: { converted: number; stopped: number; open: number };
  after: { converted: number; stopped: number; open: number };
}

/**
 * Applications that reached a stage (an event at `stages` on or before
 * today), split by the day they first did so (before `splitDay` or on/after
 * it), by outcome: reached `successRank` or further (converted), ended
 * rejected or without an answer (stopped), or neither yet (open). Withdrawn
 * applications are left out: the seeker chose to stop them.
 */
export async function stageOutcomes(
  db: Kysely<DB>,
  ownerId: string,
  stages: readonly string[],
  successRank: number,
  splitDay: string,
  today: string,
): Promise<OutcomeCounts> {
  const reached = db
    .selectFrom('stage_events as e')
    .select(['e.application_id', (eb) => eb.fn.min('e.occurred_on').as('first_on')])
    .where('e.owner_id', '=', ownerId)
    .where('e.stage', 'in', [...stages])
    .where('e.occurred_on', '<=', today)
    .groupBy('e.application_id')
    .as('f');
  const classified = db
    .selectFrom(reached)
    .innerJoin('application_state as s', 's.application_id', 'f.application_id')
    .select([
      sql<string>`case when f.first_on < ${splitDay} then 'before' else 'after' end`.as('period'),
      sql<string>`case when s.reached_rank >= ${successRank} then 'converted' when s.status in ('rejected', 'ghosted') then 'stopped' else 'open' end`.as('outcome'),
    ])
    .where('s.owner_id', '=', ownerId)
    .where('s.status', '!=', 'withdrawn')
    .as('k');
  const rows = await db
    .selectFrom(classified)
    .select(['k.period', 'k.outcome', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['k.period', 'k.outcome'])
    .execute();
  const out: OutcomeCounts = { before: { converted: 0, stopped: 0, open: 0 }, after: { converted: 0, stopped: 0, open: 0 } };
  for (const r of rows) {
    const side = r.period === 'before' ? out.before : out.after;
    if (r.outcome === 'converted' || r.outcome === 'stopped' || r.outcome === 'open') side[r.outcome] += Number(r.n);
  }
  return out;
}
