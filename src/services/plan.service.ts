/**
 * The growth plan (docs/decisions/0016-growth-plan.md): recurring themes from
 * debriefs, ranked with a reason; suggestions per theme; actions linked to the
 * evidence that motivated them; and, once an action is done, how the stage it
 * targets converted before and after.
 */
import type { GrowthAction, GrowthActionInput, GrowthActionUpdate, HelpComparison, Plan, PlanEvidence, PlanSuggestion, PlanTheme, SuggestionInput, SuggestionUpdate } from '../contracts/plan.js';
import { zGrowthActionInput, zGrowthActionUpdate, zSuggestionInput, zSuggestionUpdate } from '../contracts/plan.js';
import * as repo from '../db/repos/plan.repo.js';
import { findThemeBySlug } from '../db/repos/themes.repo.js';
import { PROGRESS_STAGES, stageRank, type ProgressStage } from '../domain/applications/stages.js';
import { REASONS, type RejectionReason } from '../domain/debrief/reasons.js';
import { isStageReached, stageReachedFromProgress, type StageReached } from '../domain/debrief/stage-reached.js';
import { newId } from '../domain/ids.js';
import { seedSuggestions, TARGETS, type ActionStatus, type ActionType, type TargetStage } from '../domain/plan/catalogue.js';
import { compareBeforeAfter } from '../domain/plan/did-it-help.js';
import { rankThemes, type RejectionPoint } from '../domain/plan/priority.js';
import { todayIn } from '../domain/time.js';
import type { z } from 'zod';
import type { ServiceContext } from './context.js';
import { checkDay } from './day-rules.js';
import { invalid, notFound, ServiceError } from './errors.js';
import { resolveIdPrefix } from './id-prefix.service.js';
import { ensureThemes } from './lessons.service.js';
import { getSettings } from './settings.service.js';
import { transact } from '../db/transact.js';

/** Evidence items shown per theme on the plan (the action page shows them all). */
const EVIDENCE_PER_THEME = 5;

/** Input checked by its contract; a failure is a validation error naming each field (the CLI and the API show it). */
function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) fields[issue.path.join('.') || 'input'] ??= issue.message;
  throw new ServiceError('validation', Object.values(fields).join(' '), fields);
}

async function today(ctx: ServiceContext): Promise<string> {
  return todayIn((await getSettings(ctx)).timezone, ctx.now());
}

function stageOf(row: repo.RejectionPointRow): StageReached {
  if (row.stage_reached && isStageReached(row.stage_reached)) return row.stage_reached;
  const progress = PROGRESS_STAGES[row.reached_rank ?? 1] ?? 'applied';
  return stageReachedFromProgress(progress);
}

export interface DebriefFacts {
  points: RejectionPoint[];
  byApp: Map<string, repo.RejectionPointRow & { stage: StageReached }>;
  lessons: repo.ThemeLessonRow[];
}

/** Each debriefed rejection with the stage it reached, and the themes its lessons name. */
export async function debriefFacts(ctx: ServiceContext): Promise<DebriefFacts> {
  const [rows, lessons] = await Promise.all([repo.rejectionPoints(ctx.db, ctx.ownerId), repo.themeLessons(ctx.db, ctx.ownerId)]);
  const byApp = new Map(rows.map((r) => [r.application_id, { ...r, stage: stageOf(r) }]));
  const points = [...byApp.values()].map((r) => ({ applicationId: r.application_id, rejectedOn: r.rejected_on, stage: r.stage }));
  return { points, byApp, lessons };
}

/** The evidence behind a set of themes: each debriefed rejection that raised one, with what it said. */
async function evidenceFor(ctx: ServiceContext, facts: DebriefFacts, themeIds: readonly string[]): Promise<PlanEvidence[]> {
  const wanted = new Set(themeIds);
  const themesByApp = new Map<string, string[]>();
  for (const l of facts.lessons) {
    if (!wanted.has(l.theme_id) || !facts.byApp.has(l.application_id)) continue;
    themesByApp.set(l.application_id, [...(themesByApp.get(l.application_id) ?? []), l.label]);
  }
  const excerpts = await repo.lessonExcerpts(ctx.db, ctx.ownerId, [...wanted]);
  const items: PlanEvidence[] = [];
  for (const [appId, labels] of themesByApp) {
    const r = facts.byApp.get(appId);
    if (!r) continue;
    const texts = new Set<string>();
    const own = excerpts.filter((e) => e.application_id === appId && e.excerpt).filter((e) => !texts.has(e.excerpt as string) && texts.add(e.excerpt as string));
    items.push({
      applicationId: appId, company: r.company, title: r.title, rejectedOn: r.rejected_on, stage: r.stage, themes: [...new Set(labels)].sort(),
      excerpts: own.slice(0, 3).map((e) => ({ kind: e.kind === 'feedback' ? 'feedback' : 'reflection', text: e.excerpt as string })),
    });
  }
  return items.sort((a, b) => b.rejectedOn.localeCompare(a.rejectedOn) || a.applicationId.localeCompare(b.applicationId));
}

/** Copies the catalogue's suggestions for themes that have none yet. */
async function ensureSuggestions(ctx: ServiceContext, slugs: readonly string[]): Promise<void> {
  const have = await repo.suggestionSlugs(ctx.db, ctx.ownerId);
  const at = ctx.now().toISOString();
  const rows = slugs.filter((s) => !have.has(s)).flatMap((slug) =>
    seedSuggestions(slug).map((s, i) => ({
      id: newId(), owner_id: ctx.ownerId, theme_slug: slug, type: s.type, title: s.title, position: i, seed_key: `${slug}#${i}`, created_at: at, updated_at: at,
    })),
  );
  await repo.insertSeedSuggestions(ctx.db, rows);
}

function toSuggestion(r: repo.SuggestionRow): PlanSuggestion {
  return { id: r.id, themeSlug: r.theme_slug, type: r.type as ActionType, title: r.title, fromCatalogue: r.seed_key !== null };
}

async function helpFor(ctx: ServiceContext, a: repo.ActionRow, day: string): Promise<HelpComparison | null> {
  if (!a.target_stage || !(a.target_stage in TARGETS)) return null;
  const target = a.target_stage as TargetStage;
  const from = stageRank(target);
  const stages = PROGRESS_STAGES.filter((s) => stageRank(s) >= from);
  const doneOn = a.status === 'done' ? a.done_on : null;
  const counts = doneOn
    ? await repo.stageOutcomes(ctx.db, ctx.ownerId, stages, stageRank(TARGETS[target].success as ProgressStage), doneOn, day)
    : { before: { converted: 0, stopped: 0, open: 0 }, after: { converted: 0, stopped: 0, open: 0 } };
  return { ...compareBeforeAfter(target, doneOn, counts.before, counts.after), targetLabel: TARGETS[target].label };
}

async function toActions(ctx: ServiceContext, rows: repo.ActionRow[], facts: DebriefFacts, day: string): Promise<GrowthAction[]> {
  const ids = rows.map((r) => r.id);
  const [themes, snapshots, notes] = await Promise.all([
    repo.actionThemes(ctx.db, ctx.ownerId, ids),
    repo.evidenceSnapshots(ctx.db, ctx.ownerId, ids),
    repo.actionNotes(ctx.db, ctx.ownerId, ids),
  ]);
  const out: GrowthAction[] = [];
  for (const a of rows) {
    const own = themes.filter((t) => t.action_id === a.id);
    const live = own.filter((t) => t.theme_id !== null).map((t) => t.theme_id as string);
    const evidence = await evidenceFor(ctx, facts, live);
    const shown = new Set(evidence.map((e) => e.applicationId));
    const lost: string[] = own.filter((t) => t.theme_id === null).map((t) => `The theme “${t.theme_label}” was deleted; the action keeps its name.`);
    for (const s of snapshots.filter((x) => x.action_id === a.id && !shown.has(x.application_id))) {
      const gone = !facts.byApp.has(s.application_id);
      lost.push(gone ? `The rejection from ${s.label} (${s.rejected_on}) was deleted since this action was made.` : `The debrief of ${s.label} (${s.rejected_on}) no longer names these themes.`);
    }
    const open = a.status === 'planned' || a.status === 'doing';
    out.push({
      id: a.id, type: a.type as ActionType, title: a.title, link: a.link, dueOn: a.due_on, overdue: open && a.due_on !== null && a.due_on < day,
      status: a.status as ActionStatus, targetStage: (a.target_stage as TargetStage | null) ?? null, doneOn: a.done_on, suggestionId: a.suggestion_id,
      themes: own.map((t) => ({ slug: t.theme_slug, label: t.theme_label, deleted: t.theme_id === null })),
      evidence, lost,
      notes: notes.filter((n) => n.action_id === a.id).map((n) => ({ id: n.id, body: n.body, createdAt: n.created_at })),
      help: await helpFor(ctx, a, day),
      createdAt: a.created_at, updatedAt: a.updated_at,
    });
  }
  return out;
}

/** The whole plan: ranked themes with suggestions and evidence, outside-control apart, and the actions. */
export async function getPlan(ctx: ServiceContext): Promise<Plan> {
  await ensureThemes(ctx);
  const day = await today(ctx);
  const facts = await debriefFacts(ctx);
  const byTheme = new Map<string, { themeId: string; slug: string; label: string; description: string | null; applicationIds: string[] }>();
  for (const l of facts.lessons) {
    const t = byTheme.get(l.theme_id) ?? { themeId: l.theme_id, slug: l.slug, label: l.label, description: l.description, applicationIds: [] };
    t.applicationIds.push(l.application_id);
    byTheme.set(l.theme_id, t);
  }
  const ranked = rankThemes([...byTheme.values()], facts.points, day);
  await ensureSuggestions(ctx, ranked.map((r) => r.slug));
  const [suggestions, actionRows, reasons, notes] = await Promise.all([
    repo.listSuggestions(ctx.db, ctx.ownerId),
    repo.listActions(ctx.db, ctx.ownerId),
    repo.outsideReasons(ctx.db, ctx.ownerId),
    repo.outsideNotes(ctx.db, ctx.ownerId, 10),
  ]);
  const actions = await toActions(ctx, actionRows, facts, day);
  const themes: PlanTheme[] = [];
  for (const [i, r] of ranked.entries()) {
    themes.push({
      themeId: r.themeId, slug: r.slug, label: r.label, description: byTheme.get(r.themeId)?.description ?? null, rank: i + 1, count: r.count, lastOn: r.lastOn,
      stage: r.stage, recurring: r.recurring, why: r.why,
      suggestions: suggestions.filter((s) => s.theme_slug === r.slug).map(toSuggestion),
      evidence: (await evidenceFor(ctx, facts, [r.themeId])).slice(0, EVIDENCE_PER_THEME),
      actions: actions.filter((a) => a.status !== 'dropped' && a.themes.some((t) => t.slug === r.slug && !t.deleted)).length,
    });
  }
  const counts = { planned: 0, doing: 0, done: 0, dropped: 0, overdue: 0 };
  for (const a of actions) {
    counts[a.status] += 1;
    if (a.overdue) counts.overdue += 1;
  }
  return {
    today: day,
    debriefed: new Set(facts.lessons.map((l) => l.application_id)).size,
    themes,
    outside: {
      reasons: reasons.map((r) => ({ reason: r.reason, label: r.reason in REASONS ? REASONS[r.reason as RejectionReason].label : r.reason, count: r.count, lastOn: r.last_on })),
      notes: notes.map((n) => ({ applicationId: n.application_id, company: n.company, text: n.text })),
    },
    actions,
    counts,
  };
}

export async function resolveActionId(ctx: ServiceContext, idOrPrefix: string): Promise<string> {
  return resolveIdPrefix(ctx, 'growth_actions', { one: 'growth action', many: 'growth actions' }, idOrPrefix);
}

export async function getAction(ctx: ServiceContext, idOrPrefix: string): Promise<GrowthAction> {
  const id = await resolveActionId(ctx, idOrPrefix);
  const row = await repo.findAction(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('growth action', idOrPrefix);
  const [action] = await toActions(ctx, [row], await debriefFacts(ctx), await today(ctx));
  if (!action) throw notFound('growth action', idOrPrefix);
  return action;
}

/** Theme slugs → the owner's themes; an unknown one is refused, naming it. */
async function resolveThemes(ctx: ServiceContext, slugs: readonly string[]): Promise<{ slug: string; label: string; themeId: string }[]> {
  await ensureThemes(ctx);
  const out: { slug: string; label: string; themeId: string }[] = [];
  for (const slug of [...new Set(slugs.map((s) => s.trim()))]) {
    const t = await findThemeBySlug(ctx.db, ctx.ownerId, slug);
    if (!t) throw invalid('themes', `There is no theme “${slug}”. Use the slug of one of your themes (see the plan or /api/themes).`);
    out.push({ slug: t.slug, label: t.label, themeId: t.id });
  }
  return out;
}

/** Remembers which rejections motivated an action, so a later deletion can be named. */
async function snapshotEvidence(ctx: ServiceContext, actionId: string, themeIds: readonly string[]): Promise<void> {
  const facts = await debriefFacts(ctx);
  const evidence = await evidenceFor(ctx, facts, themeIds);
  await repo.addEvidenceSnapshots(ctx.db, ctx.ownerId, actionId, evidence.map((e) => ({ applicationId: e.applicationId, label: `${e.company} — ${e.title}`, rejectedOn: e.rejectedOn })));
}

function doneDay(status: ActionStatus, given: string | null | undefined, previous: string | null, day: string): string | null {
  if (status !== 'done') return null;
  if (given) {
    checkDay('doneOn', given, { today: day });
    return given;
  }
  return previous ?? day;
}

export async function createAction(ctx: ServiceContext, input: GrowthActionInput): Promise<GrowthAction> {
  const v = parsed(zGrowthActionInput, input);
  const day = await today(ctx);
  if (v.dueOn) checkDay('dueOn', v.dueOn, { today: day, allowFuture: true, maxAhead: { days: 2 * 366, words: '2 years' } });
  const themes = await resolveThemes(ctx, v.themes);
  if (v.suggestionId && !(await repo.findSuggestion(ctx.db, ctx.ownerId, v.suggestionId))) throw invalid('suggestionId', 'That suggestion no longer exists; write the action yourself instead.');
  const at = ctx.now().toISOString();
  const id = newId();
  await transact(ctx.db, async (trx) => {
    await repo.insertAction(trx, {
      id, owner_id: ctx.ownerId, type: v.type, title: v.title, link: v.link ?? null, due_on: v.dueOn ?? null, status: v.status,
      target_stage: v.targetStage ?? null, done_on: doneDay(v.status, v.doneOn, null, day), suggestion_id: v.suggestionId ?? null, created_at: at, updated_at: at,
    });
    await repo.replaceActionThemes(trx, ctx.ownerId, id, themes);
  });
  await snapshotEvidence(ctx, id, themes.map((t) => t.themeId));
  return getAction(ctx, id);
}

export async function updateAction(ctx: ServiceContext, idOrPrefix: string, input: GrowthActionUpdate): Promise<GrowthAction> {
  const v = parsed(zGrowthActionUpdate, input);
  const id = await resolveActionId(ctx, idOrPrefix);
  const row = await repo.findAction(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('growth action', idOrPrefix);
  const day = await today(ctx);
  if (v.dueOn) checkDay('dueOn', v.dueOn, { today: day, allowFuture: true, maxAhead: { days: 2 * 366, words: '2 years' } });
  if (v.doneOn && (v.status ?? row.status) !== 'done') throw invalid('doneOn', 'A day done only fits an action marked done.');
  const themes = v.themes === undefined ? null : await resolveThemes(ctx, v.themes);
  const status = (v.status ?? row.status) as ActionStatus;
  await transact(ctx.db, async (trx) => {
    await repo.updateAction(trx, ctx.ownerId, id, {
      ...(v.type !== undefined && { type: v.type }),
      ...(v.title !== undefined && { title: v.title }),
      ...(v.link !== undefined && { link: v.link }),
      ...(v.dueOn !== undefined && { due_on: v.dueOn }),
      ...(v.targetStage !== undefined && { target_stage: v.targetStage }),
      status,
      done_on: doneDay(status, v.doneOn, row.status === 'done' ? row.done_on : null, day),
      updated_at: ctx.now().toISOString(),
    });
    if (themes) await repo.replaceActionThemes(trx, ctx.ownerId, id, themes);
  });
  if (themes) await snapshotEvidence(ctx, id, themes.map((t) => t.themeId));
  return getAction(ctx, id);
}

export async function addActionNote(ctx: ServiceContext, idOrPrefix: string, body: string): Promise<GrowthAction> {
  const id = await resolveActionId(ctx, idOrPrefix);
  await repo.insertActionNote(ctx.db, { id: newId(), owner_id: ctx.ownerId, action_id: id, body, created_at: ctx.now().toISOString() });
  return getAction(ctx, id);
}

export async function deleteAction(ctx: ServiceContext, idOrPrefix: string): Promise<void> {
  const id = await resolveActionId(ctx, idOrPrefix);
  if (!(await repo.deleteAction(ctx.db, ctx.ownerId, id))) throw notFound('growth action', idOrPrefix);
}

// ---- suggestions, editable by the user ----

export async function addSuggestion(ctx: ServiceContext, input: SuggestionInput): Promise<PlanSuggestion> {
  const v = parsed(zSuggestionInput, input);
  const [theme] = await resolveThemes(ctx, [v.themeSlug]);
  if (!theme) throw invalid('themeSlug', 'Name the theme.');
  await ensureSuggestions(ctx, [theme.slug]);
  const at = ctx.now().toISOString();
  const id = newId();
  await repo.insertSuggestion(ctx.db, {
    id, owner_id: ctx.ownerId, theme_slug: theme.slug, type: v.type, title: v.title,
    position: await repo.nextSuggestionPosition(ctx.db, ctx.ownerId, theme.slug), seed_key: null, created_at: at, updated_at: at,
  });
  return toSuggestion((await repo.findSuggestion(ctx.db, ctx.ownerId, id)) as repo.SuggestionRow);
}

export async function updateSuggestion(ctx: ServiceContext, id: string, input: SuggestionUpdate): Promise<PlanSuggestion> {
  const v = parsed(zSuggestionUpdate, input);
  const row = await repo.findSuggestion(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('suggestion', id);
  await repo.updateSuggestion(ctx.db, ctx.ownerId, id, { ...(v.type !== undefined && { type: v.type }), ...(v.title !== undefined && { title: v.title }), updated_at: ctx.now().toISOString() });
  return toSuggestion((await repo.findSuggestion(ctx.db, ctx.ownerId, id)) as repo.SuggestionRow);
}

export async function removeSuggestion(ctx: ServiceContext, id: string): Promise<void> {
  const row = await repo.findSuggestion(ctx.db, ctx.ownerId, id);
  if (!row) throw notFound('suggestion', id);
  await repo.removeSuggestion(ctx.db, ctx.ownerId, row, ctx.now().toISOString());
}
