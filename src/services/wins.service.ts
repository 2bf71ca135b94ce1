/**
 * Wins: milestones detected in what was logged (each recorded once, by key)
 * and wins written down by hand. A detected win whose facts were taken back
 * (an undo) is hidden, not forgotten: when the facts return it shows again,
 * already celebrated, so nothing celebrates twice.
 */
import type { Win, WinInput } from '../contracts/momentum.js';
import { zWinInput } from '../contracts/momentum.js';
import {
  deleteManualWin,
  feedbackReceived,
  insertNewWins,
  listWinRows,
  markWinsCelebrated,
  winOrderRows,
  winRowsByIds,
  milestoneEvents,
  replyFacts,
  winMarkVersion,
  type WinRow,
} from '../db/repos/momentum.repo.js';
import { doneActions } from '../db/repos/plan.repo.js';
import { newId } from '../domain/ids.js';
import {
  detectMilestones,
  historyMilestones,
  historyValidUntil,
  MILESTONE_STAGES,
  type HistoryMilestones,
  type Milestone,
  type WinKind,
} from '../domain/momentum/index.js';
import { addDays } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { keptHistory, keepHistory } from './kept-milestones.js';
import { checkDay } from './day-rules.js';
import { notFound } from './errors.js';
import { loadMomentum, type MomentumFacts } from './goals.service.js';

/** Growth actions done; each becomes a win. */
export type GrowthSource = (ctx: ServiceContext, today: string) => Promise<{ id: string; title: string; doneOn: string }[]>;
export const GROWTH_SOURCES: GrowthSource[] = [
  async (ctx, today) => (await doneActions(ctx.db, ctx.ownerId, today)).map((a) => ({ id: a.id, title: a.title, doneOn: a.done_on })),
];

/** Wins older than this are recorded quietly, without a celebration. */
export const CELEBRATE_WITHIN_DAYS = 14;

/**
 * The milestones of the stage history and the replies (the costly part: every conversation event
 * and reply of the owner), kept between visits while the owner's win mark stays where it was and
 * no booked step or reply has come due since (services/kept-milestones.ts). The mark is read
 * before the facts, so a change committed in between only makes the next visit look again.
 */
async function historyOf(ctx: ServiceContext, today: string, recompute: boolean): Promise<HistoryMilestones> {
  const version = await winMarkVersion(ctx.db, ctx.ownerId);
  const kept = recompute ? null : keptHistory(ctx.db, ctx.ownerId, version, today);
  if (kept) return kept;
  const [events, replies] = await Promise.all([milestoneEvents(ctx.db, ctx.ownerId, MILESTONE_STAGES), replyFacts(ctx.db, ctx.ownerId)]);
  const facts = {
    events: events.map((e) => ({ applicationId: e.application_id, company: e.company, stage: e.stage, day: e.occurred_on, resumeVersion: e.resume_version })),
    replies: replies.flatMap((r) =>
      r.applied_on && r.first_reply_on ? [{ applicationId: r.application_id, company: r.company, appliedOn: r.applied_on, firstReplyOn: r.first_reply_on }] : [],
    ),
    today,
  };
  const history = historyMilestones(facts);
  keepHistory(ctx.db, ctx.ownerId, { version, today, validUntil: historyValidUntil(facts), history });
  return history;
}

async function detect(ctx: ServiceContext, facts: MomentumFacts, recompute: boolean): Promise<Milestone[]> {
  const [history, feedback, growth] = await Promise.all([
    historyOf(ctx, facts.today, recompute),
    feedbackReceived(ctx.db, ctx.ownerId),
    Promise.all(GROWTH_SOURCES.map((s) => s(ctx, facts.today))).then((lists) => lists.flat()),
  ]);
  return detectMilestones(
    {
      events: [],
      replies: [],
      feedback: feedback.flatMap((f) => (f.received_on ? [{ applicationId: f.application_id, company: f.company, receivedOn: f.received_on }] : [])),
      growth,
      weeks: facts.weeks,
      today: facts.today,
    },
    history,
  );
}

function toWin(row: WinRow, current?: Milestone): Win {
  return {
    id: row.id,
    kind: row.kind as WinKind,
    title: current?.title ?? row.title,
    note: current?.note ?? row.note,
    occurredOn: current?.occurredOn ?? row.occurred_on,
    applicationId: row.application_id,
    source: row.source === 'manual' ? 'manual' : 'detected',
    celebrated: row.celebrated_at !== null,
  };
}

/** Records the milestones not seen before (a page view usually writes nothing); true when it wrote any. */
async function recordFresh(ctx: ServiceContext, found: readonly Milestone[], knownKeys: ReadonlySet<string>): Promise<boolean> {
  const stamp = ctx.now().toISOString();
  const fresh = found.filter((m) => !knownKeys.has(m.key));
  await insertNewWins(
    ctx.db,
    fresh.map((m) => ({
      id: newId(),
      owner_id: ctx.ownerId,
      key: m.key,
      kind: m.kind,
      title: m.title,
      note: m.note,
      occurred_on: m.occurredOn,
      application_id: m.applicationId,
      source: 'detected',
      celebrated_at: null,
      created_at: stamp,
    })),
  );
  return fresh.length > 0;
}

/** Newest first, by the day a win stands for today; wins of one day keep the order they were read in. */
const newestFirst = <T extends { occurredOn: string }>(a: T, b: T): number => (a.occurredOn < b.occurredOn ? 1 : a.occurredOn > b.occurredOn ? -1 : 0);

/** A win stands while it was written by hand or its milestone is still found. */
const stands = (row: { source: string; key: string }, byKey: ReadonlyMap<string, Milestone>): boolean => row.source === 'manual' || byKey.has(row.key);

/**
 * Records milestones found for the first time, and returns every win that stands today, newest
 * first. `recompute` reads the whole history again instead of what was kept (the tests compare both).
 */
export async function listWins(ctx: ServiceContext, facts?: MomentumFacts, options: { recompute?: boolean } = {}): Promise<Win[]> {
  const f = facts ?? (await loadMomentum(ctx));
  const [found, known] = await Promise.all([detect(ctx, f, options.recompute === true), listWinRows(ctx.db, ctx.ownerId)]);
  const wrote = await recordFresh(ctx, found, new Set(known.map((r) => r.key)));
  const byKey = new Map(found.map((m) => [m.key, m]));
  const rows = wrote ? await listWinRows(ctx.db, ctx.ownerId) : known;
  return rows
    .filter((r) => stands(r, byKey))
    .map((r) => toWin(r, byKey.get(r.key)))
    .sort(newestFirst);
}

/**
 * The first `count` wins of `listWins` and the win to celebrate (`winToCelebrate`), the same as from
 * the whole list, for the home page: the order of every win is read (its id, key, source and day, in
 * the order listWins reads its rows), and the whole rows of those shown or candidates to celebrate
 * only. Records the milestones found for the first time, as listWins does.
 */
export async function recentWins(ctx: ServiceContext, facts: MomentumFacts, count: number): Promise<{ wins: Win[]; celebrate: Win | null }> {
  const [found, known] = await Promise.all([detect(ctx, facts, false), winOrderRows(ctx.db, ctx.ownerId)]);
  const wrote = await recordFresh(ctx, found, new Set(known.map((r) => r.key)));
  const byKey = new Map(found.map((m) => [m.key, m]));
  const order = (wrote ? await winOrderRows(ctx.db, ctx.ownerId) : known)
    .filter((r) => stands(r, byKey))
    .map((r) => ({ id: r.id, key: r.key, occurredOn: byKey.get(r.key)?.occurredOn ?? r.occurred_on }))
    .sort(newestFirst);
  const shown = order.slice(0, count);
  // Every win of the last CELEBRATE_WITHIN_DAYS days is a candidate: the newest one not celebrated yet is the one.
  const since = addDays(facts.today, -CELEBRATE_WITHIN_DAYS);
  const candidates = facts.settings.celebrations === false ? [] : order.filter((w) => w.occurredOn >= since);
  const rows = new Map((await winRowsByIds(ctx.db, ctx.ownerId, [...new Set([...shown, ...candidates].map((w) => w.id))])).map((r) => [r.id, r]));
  const toShow = (list: typeof order): Win[] => list.flatMap((w) => {
    const row = rows.get(w.id);
    return row ? [toWin(row, byKey.get(w.key))] : [];
  });
  return { wins: toShow(shown), celebrate: winToCelebrate(toShow(candidates), facts) };
}

/** The newest win not celebrated yet, from the last two weeks; null when celebrations are off. */
export function winToCelebrate(wins: readonly Win[], facts: MomentumFacts): Win | null {
  if (facts.settings.celebrations === false) return null;
  const since = addDays(facts.today, -CELEBRATE_WITHIN_DAYS);
  return wins.find((w) => !w.celebrated && w.occurredOn >= since) ?? null;
}

export async function addWin(ctx: ServiceContext, input: WinInput, options: { isSample?: boolean } = {}): Promise<Win> {
  const v = zWinInput.parse(input);
  const f = await loadMomentum(ctx);
  if (v.date) checkDay('date', v.date, { today: f.today });
  const id = newId();
  await insertNewWins(ctx.db, [
    {
      id,
      owner_id: ctx.ownerId,
      key: `manual:${id}`,
      kind: 'manual',
      title: v.title,
      note: v.note ? v.note : null,
      occurred_on: v.date ?? f.today,
      application_id: null,
      source: 'manual',
      // A win you write down yourself needs no surprise.
      celebrated_at: ctx.now().toISOString(),
      created_at: ctx.now().toISOString(),
      is_sample: options.isSample ? 1 : 0,
    },
  ]);
  const win = (await listWinRows(ctx.db, ctx.ownerId)).find((r) => r.id === id);
  if (!win) throw notFound('win', id);
  return toWin(win);
}

export async function deleteWin(ctx: ServiceContext, id: string): Promise<void> {
  if (!(await deleteManualWin(ctx.db, ctx.ownerId, id))) throw notFound('win you wrote down', id);
}

export async function markCelebrated(ctx: ServiceContext, ids: readonly string[]): Promise<void> {
  await markWinsCelebrated(ctx.db, ctx.ownerId, ids, ctx.now().toISOString());
}
