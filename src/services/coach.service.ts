/**
 * Sharing with a coach, the coach's side (docs/decisions/0025-coach-sharing.md). Every
 * request starts from the share: it must be active and this account must be its coach,
 * else 404, so a revoked share answers nothing at once. The client's data is then read by
 * the existing services in a context owned by the client, one section at a time, each
 * section checked against the scope on the server and narrowed to what the scope names.
 */
import type {
  Caseload,
  CaseloadClient,
  ClientBoard,
  ClientDebriefs,
  ClientInsights,
  ClientOverview,
  CoachNote,
  CoachSuggestion,
  SuggestionInput,
} from '../contracts/coach.js';
import { zSuggestionInput } from '../contracts/coach.js';
import type { Journal } from '../contracts/debrief.js';
import type { Plan } from '../contracts/plan.js';
import * as caseload from '../db/repos/caseload.repo.js';
import { stageFromRank } from '../db/repos/derived-state.js';
import * as repo from '../db/repos/shares.repo.js';
import { allows, scopeList, type Section, type ShareScope } from '../domain/coach/scope.js';
import { caseloadSignals, MOOD_WINDOW_DAYS, QUIET_DAYS } from '../domain/coach/signals.js';
import { stageReachedFromProgress, isStageReached } from '../domain/debrief/stage-reached.js';
import { newId } from '../domain/ids.js';
import { targetsForWeek, weekStartOf } from '../domain/momentum/index.js';
import { addDays, todayIn } from '../domain/time.js';
import { getBoard } from './board.service.js';
import { hashToken } from './accounts.service.js';
import type { ServiceContext } from './context.js';
import { getDebrief, listDebriefs } from './debrief.service.js';
import { ServiceError } from './errors.js';
import { getGoals } from './goals.service.js';
import { getInsights } from './insights.service.js';
import { getJournal } from './journal.service.js';
import { getPlan } from './plan.service.js';
import { parseStored } from './settings.service.js';
import { toSuggestion } from './shares.service.js';

/** One entry per coach, client and section in this window, however often the page refreshes. */
const LOG_WINDOW_MS = 10 * 60_000;
const DEBRIEFS_SHOWN = 30;

/** The client's data, read as the client would, by the existing read-only use cases. */
interface ClientView {
  share: repo.ShareWithPeople;
  scope: ShareScope;
  /** Owned by the client: passed only to services that read. */
  view: ServiceContext;
}

const scopeOf = (s: repo.ShareRow): ShareScope => ({ debriefs: !!s.scope_debriefs, journal: !!s.scope_journal });

const ENDED = 'or they no longer share their search with you';

async function logAccess(ctx: ServiceContext, shares: repo.ShareRow[], section: Section): Promise<void> {
  const now = ctx.now();
  const seen = await repo.recentlyLogged(ctx.db, shares.map((s) => s.id), section, new Date(now.getTime() - LOG_WINDOW_MS).toISOString());
  await repo.insertAccess(
    ctx.db,
    shares.filter((s) => !seen.has(s.id)).map((s) => ({ id: newId(), owner_id: s.owner_id, share_id: s.id, coach_id: ctx.ownerId, section, opened_at: now.toISOString() })),
  );
}

/** The active share of this coach, else 404; with `section`, the scope must allow it (else 404) and the visit is logged. */
async function client(ctx: ServiceContext, shareId: string, section?: Section): Promise<ClientView> {
  const share = await repo.activeShareForCoach(ctx.db, ctx.ownerId, shareId);
  if (!share) throw new ServiceError('not_found', `No client with id "${shareId}", ${ENDED}.`);
  const scope = scopeOf(share);
  if (section) {
    if (!allows(scope, section)) throw new ServiceError('not_found', `${share.owner_name} does not share their ${section} with you.`);
    await logAccess(ctx, [share], section);
  }
  return { share, scope, view: { db: ctx.db, ownerId: share.owner_id, now: ctx.now } };
}

// ---- accepting an invitation ------------------------------------------------------------------------

export async function acceptInvitation(ctx: ServiceContext, token: string, account: { email: string }): Promise<{ clientId: string; name: string }> {
  const hash = hashToken(token);
  const share = await repo.pendingShareByToken(ctx.db, hash, ctx.now().toISOString());
  if (!share) throw new ServiceError('not_found', 'This invitation was withdrawn, already used, or has expired. Ask for a new one.');
  if (share.owner_id === ctx.ownerId) throw new ServiceError('conflict', 'This is your own invitation: send the link to your coach instead.');
  if (share.coach_email !== account.email.toLowerCase()) {
    throw new ServiceError('conflict', `This invitation was sent to ${share.coach_email}. Sign in with that address to accept it.`);
  }
  if (!(await repo.acceptShare(ctx.db, hash, ctx.ownerId, ctx.now().toISOString()))) {
    throw new ServiceError('conflict', 'This invitation was withdrawn or used in the meantime. Ask for a new one.');
  }
  return { clientId: share.id, name: share.owner_name };
}

// ---- the caseload -------------------------------------------------------------------------------------

export async function getCaseload(ctx: ServiceContext, options: { quietDays?: number } = {}): Promise<Caseload> {
  const quietDays = options.quietDays ?? QUIET_DAYS;
  const shares = await repo.activeSharesForCoach(ctx.db, ctx.ownerId);
  if (shares.length === 0) return { quietDays, clients: [] };
  await logAccess(ctx, shares, 'caseload');
  const ids = shares.map((s) => s.owner_id);
  const journalIds = shares.filter((s) => s.scope_journal).map((s) => s.owner_id);
  const settings = await caseload.settingValuesOf(ctx.db, ids);
  const days = new Map(
    ids.map((id) => {
      const s = parseStored(settings.get(id) ?? {});
      const today = todayIn(s.timezone, ctx.now());
      return [id, { timezone: s.timezone, today, weekStart: weekStartOf(today, s.weekStartsOn ?? 'monday') }];
    }),
  );
  const earliestWeek = [...days.values()].map((d) => d.weekStart).sort()[0]!;
  const earliestToday = [...days.values()].map((d) => d.today).sort()[0]!;
  const [last, applied, goals, stages, toFinish, rejections, moods] = await Promise.all([
    caseload.lastActivity(ctx.db, ids),
    caseload.appliedPerDay(ctx.db, ids, earliestWeek),
    caseload.applicationGoals(ctx.db, ids),
    caseload.stageCounts(ctx.db, ids),
    caseload.debriefsToFinish(ctx.db, ids),
    caseload.latestRejectionStages(ctx.db, ids, 5),
    caseload.moodsSince(ctx.db, journalIds, addDays(earliestToday, -MOOD_WINDOW_DAYS)),
  ]);
  const clients = shares.map((share): CaseloadClient => {
    const id = share.owner_id;
    const d = days.get(id)!;
    const lastAt = last.get(id);
    const lastActivityOn = lastAt ? todayIn(d.timezone, new Date(lastAt)) : null;
    const sets = new Map<string, { applications?: number }>();
    for (const g of goals) if (g.owner_id === id) sets.set(g.week_start, { applications: g.target });
    const goal = targetsForWeek(sets, d.weekStart).applications ?? 0;
    const stageCounts: Record<string, number> = {};
    for (const s of stages) if (s.owner_id === id) stageCounts[s.status] = s.n;
    const rejectionStages = rejections
      .filter((r) => r.owner_id === id)
      .map((r) => (r.stage_reached && isStageReached(r.stage_reached) ? r.stage_reached : stageReachedFromProgress(stageFromRank(r.reached_rank))));
    const from = addDays(d.today, -MOOD_WINDOW_DAYS);
    const recentMoods = share.scope_journal ? moods.filter((m) => m.owner_id === id && m.checked_on >= from).map((m) => m.mood) : null;
    return {
      id: share.id,
      name: share.owner_name,
      scopes: scopeList(scopeOf(share)),
      since: share.accepted_at,
      lastActivityOn,
      week: {
        start: d.weekStart,
        applications: applied.filter((a) => a.owner_id === id && a.day >= d.weekStart && a.day <= d.today).reduce((n, a) => n + a.n, 0),
        goal: goal > 0 ? goal : null,
      },
      stages: stageCounts,
      debriefsToFinish: share.scope_debriefs ? (toFinish.get(id) ?? 0) : null,
      signals: caseloadSignals({ today: d.today, lastActivityOn, recentRejectionStages: rejectionStages, recentMoods, quietDays }),
    };
  });
  clients.sort((a, b) => Number(b.signals.length > 0) - Number(a.signals.length > 0) || a.name.localeCompare(b.name));
  return { quietDays, clients };
}

// ---- one client ----------------------------------------------------------------------------------------

export async function getClientOverview(ctx: ServiceContext, shareId: string): Promise<ClientOverview> {
  const c = await client(ctx, shareId, 'overview');
  const [goals, stages] = await Promise.all([getGoals(c.view), caseload.stageCounts(ctx.db, [c.share.owner_id])]);
  return {
    id: c.share.id,
    name: c.share.owner_name,
    scopes: scopeList(c.scope),
    since: c.share.accepted_at,
    goals,
    stages: Object.fromEntries(stages.map((s) => [s.status, s.n])),
  };
}

/** The board, read-only, narrowed to company, role, stage and dates. */
export async function getClientBoard(ctx: ServiceContext, shareId: string): Promise<ClientBoard> {
  const c = await client(ctx, shareId, 'board');
  const board = await getBoard(c.view);
  return {
    columns: board.columns.map((col) => ({
      status: col.status,
      total: col.total,
      items: col.items.map((a) => ({
        id: a.id,
        company: a.company,
        title: a.title,
        status: a.status,
        stageReached: a.stageReached,
        appliedOn: a.appliedOn,
        lastEventOn: a.lastEventOn,
        upcoming: a.upcoming,
        noResponse: a.noResponse.flagged,
      })),
    })),
  };
}

/** The seeker's insights; reasons and themes only when debriefs are shared. */
export async function getClientInsights(ctx: ServiceContext, shareId: string): Promise<ClientInsights> {
  const c = await client(ctx, shareId, 'insights');
  const insights = await getInsights(c.view);
  return c.scope.debriefs ? insights : { ...insights, reasons: null, themes: null };
}

/** Debriefs: reasons, feedback received, lessons and themes (never the rejection message or a contact). */
export async function getClientDebriefs(ctx: ServiceContext, shareId: string): Promise<ClientDebriefs> {
  const c = await client(ctx, shareId, 'debriefs');
  const ids = await repo.recentRejectedApplications(ctx.db, c.share.owner_id, DEBRIEFS_SHOWN);
  const [debriefs, list] = await Promise.all([Promise.all(ids.map((id) => getDebrief(c.view, id))), listDebriefs(c.view)]);
  return {
    toFinish: list.toFinish.length,
    items: debriefs.map((d) => ({
      applicationId: d.application.id,
      company: d.application.company,
      title: d.application.title,
      rejectedOn: d.rejection.rejectedOn,
      stageReached: d.rejection.stageReached,
      reasons: d.rejection.reasons,
      feedback: {
        status: d.feedbackRequest?.status ?? 'not_requested',
        receivedOn: d.feedbackRequest?.receivedOn ?? null,
        text: d.feedbackRequest?.feedbackText ?? null,
      },
      themes: d.lessons.themes.map((t) => ({ slug: t.slug, label: t.label })),
      lessonsNote: d.lessons.note,
      percent: d.progress.percent,
      complete: d.progress.complete,
    })),
  };
}

export async function getClientPlan(ctx: ServiceContext, shareId: string): Promise<Plan> {
  const c = await client(ctx, shareId, 'plan');
  return getPlan(c.view);
}

export async function getClientJournal(ctx: ServiceContext, shareId: string): Promise<Journal> {
  const c = await client(ctx, shareId, 'journal');
  return getJournal(c.view);
}

// ---- the coach's notes and suggestions -------------------------------------------------------------------

const toNote = (r: repo.CoachNoteRow): CoachNote => ({ id: r.id, body: r.body, createdAt: r.created_at });

export async function listNotes(ctx: ServiceContext, shareId: string): Promise<{ notes: CoachNote[] }> {
  const c = await client(ctx, shareId);
  return { notes: (await repo.notesOn(ctx.db, c.share.id, ctx.ownerId)).map(toNote) };
}

/** A private note: never shown to the client in the app, but part of the client's data export. */
export async function addNote(ctx: ServiceContext, shareId: string, body: string): Promise<CoachNote> {
  const c = await client(ctx, shareId);
  const row = { id: newId(), owner_id: c.share.owner_id, share_id: c.share.id, coach_id: ctx.ownerId, body, created_at: ctx.now().toISOString() };
  await repo.insertNote(ctx.db, row);
  return toNote(row);
}

export async function deleteNote(ctx: ServiceContext, shareId: string, noteId: string): Promise<void> {
  const c = await client(ctx, shareId);
  if (!(await repo.deleteNote(ctx.db, c.share.id, ctx.ownerId, noteId))) throw new ServiceError('not_found', `No note with id "${noteId}".`);
}

export async function listSuggestions(ctx: ServiceContext, shareId: string): Promise<{ suggestions: CoachSuggestion[] }> {
  const c = await client(ctx, shareId);
  return { suggestions: (await repo.suggestionsOnShare(ctx.db, c.share.id)).map(toSuggestion) };
}

/** A growth action or a practice question, offered to the client to accept or dismiss. */
export async function addSuggestion(ctx: ServiceContext, shareId: string, input: SuggestionInput): Promise<CoachSuggestion> {
  const v = zSuggestionInput.parse(input);
  const c = await client(ctx, shareId);
  const row = {
    id: newId(),
    owner_id: c.share.owner_id,
    share_id: c.share.id,
    coach_id: ctx.ownerId,
    kind: v.kind,
    text: v.text,
    action_type: v.kind === 'growth_action' ? (v.actionType ?? 'other') : null,
    note: v.note ?? null,
    status: 'pending',
    result_id: null,
    created_at: ctx.now().toISOString(),
    decided_at: null,
  };
  await repo.insertSuggestion(ctx.db, row);
  return toSuggestion(row);
}
