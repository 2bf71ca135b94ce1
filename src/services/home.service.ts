/**
 * The home page: what matters today and how far the person has come. Its
 * agenda is the agenda of services/agenda.service.ts (AGENDA_SOURCES).
 */
import type { Home } from '../contracts/momentum.js';
import { listCheckIns, lastActivityDay } from '../db/repos/check-ins.repo.js';
import { bookedSteps, countApplications, lastApplicationDay, lastRejection } from '../db/repos/momentum.repo.js';
import type { Mood } from '../domain/debrief/index.js';
import { chooseNextStep, dueNudges, moodTrend, weekStartOf, weekStartsBack, DEFAULT_NUDGE_AFTER_REJECTION_DAYS, DEFAULT_SUPPORT_RESOURCES, type NudgeInput } from '../domain/momentum/index.js';
import { addDays, daysBetween } from '../domain/time.js';
import type { AgendaKind } from '../domain/network/agenda.js';
import { agendaItemsUntil, type AgendaReads } from './agenda.service.js';
import type { ServiceContext } from './context.js';
import { today } from './settings.service.js';
import { listDebriefs } from './debrief.service.js';
import { getGoals, loadMomentum } from './goals.service.js';
import { practiceQueue } from './practice.service.js';
import { recentWins } from './wins.service.js';

export interface AgendaItem {
  day: string;
  what: string;
  applicationId: string | null;
  /** The agenda item's kind and key when it comes from the agenda (null for a past booked step). */
  kind: AgendaKind | null;
  key: string | null;
}

/** Where agenda items come from, for a range of days (with what the caller has already read, see AgendaReads). */
export type AgendaSource = (ctx: ServiceContext, from: string, to: string, reads?: AgendaReads) => Promise<AgendaItem[]>;

const STEP_WORDS: Record<string, string> = { screen: 'Screen call', assessment: 'Assessment', interview: 'Interview', final: 'Final round' };

/**
 * The agenda (services/agenda.service.ts) from today on: interviews,
 * thank-yous, follow-ups, reminders, reconnects, growth actions and practice,
 * after what the person did with them; steps booked on days already past
 * (a review of an earlier week) come from the history.
 */
export const AGENDA_SOURCES: AgendaSource[] = [
  async (ctx, from, to, reads) => {
    const day = await today(ctx);
    if (to < day) return [];
    const start = from > day ? from : day;
    return (await agendaItemsUntil(ctx, to, reads))
      .filter((i) => i.day >= start && i.day <= to)
      .map((i) => ({ day: i.day, what: i.title, applicationId: i.applicationId, kind: i.kind, key: i.key }));
  },
  async (ctx, from, to) => {
    const day = await today(ctx);
    if (from >= day) return [];
    const end = to < day ? to : addDays(day, -1);
    return (await bookedSteps(ctx.db, ctx.ownerId, from, end)).map((s) => ({
      day: s.occurred_on,
      what: `${STEP_WORDS[s.stage] ?? s.stage} with ${s.company} (${s.title})`,
      applicationId: s.application_id,
      kind: null,
      key: null,
    }));
  },
];

export async function agendaBetween(ctx: ServiceContext, from: string, to: string, reads?: AgendaReads): Promise<AgendaItem[]> {
  const lists = await Promise.all(AGENDA_SOURCES.map((s) => s(ctx, from, to, reads)));
  return lists.flat().sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Weeks of mood shown on the home page. */
export const MOOD_WEEKS = 12;
/** Days ahead the home page's agenda looks. */
export const AGENDA_DAYS = 7;
/** The agenda items the home page lists (soonest first); the agenda page lists the rest. */
export const HOME_AGENDA_ITEMS = 10;
/** The newest wins the home page shows; the wins page shows every one. */
export const HOME_WINS = 6;

export async function getHome(ctx: ServiceContext): Promise<Home> {
  const facts = await loadMomentum(ctx);
  const { settings, today, startsOn } = facts;
  const weekStarts = weekStartsBack(today, MOOD_WEEKS, startsOn);
  // Read once: the page lists the debriefs to finish, and its agenda has an item for each.
  const debriefList = listDebriefs(ctx);
  const [debriefs, goals, wins, checkIns, agenda, apps, rejection, lastApplied, lastActivity, practice] = await Promise.all([
    debriefList,
    getGoals(ctx, today, facts),
    recentWins(ctx, facts, HOME_WINS),
    listCheckIns(ctx.db, ctx.ownerId, { from: weekStarts[0] ?? today, to: today }),
    agendaBetween(ctx, today, addDays(today, AGENDA_DAYS), { debriefs: debriefList }),
    countApplications(ctx.db, ctx.ownerId),
    lastRejection(ctx.db, ctx.ownerId),
    lastApplicationDay(ctx.db, ctx.ownerId, today),
    lastActivityDay(ctx.db, ctx.ownerId),
    practiceQueue(ctx, 1),
  ]);
  const moods = checkIns.map((c) => ({ day: c.checked_on, mood: c.mood }));
  const nudgeInput: NudgeInput = {
    today,
    lastRejection: rejection,
    lastApplicationDay: lastApplied,
    afterRejection: { on: settings.nudgeAfterRejection !== false, days: settings.nudgeAfterRejectionDays ?? DEFAULT_NUDGE_AFTER_REJECTION_DAYS },
    lowMood: {
      on: settings.nudgeLowMood !== false,
      checkIns: moods.map((m) => ({ date: m.day, mood: m.mood as Mood })),
      lastActivityDay: lastActivity,
      resources: settings.supportResources ?? DEFAULT_SUPPORT_RESOURCES,
    },
  };
  const nudges = dueNudges(nudgeInput);
  const firstToFinish = debriefs.toFinish[0];
  const firstReminder = debriefs.remindersDue[0];
  return {
    today,
    firstRun: apps === 0,
    agenda: agenda.slice(0, HOME_AGENDA_ITEMS),
    agendaCount: agenda.length,
    debriefs,
    goals,
    wins: wins.wins,
    celebrate: wins.celebrate,
    mood: moodTrend(moods, weekStarts),
    nextStep: chooseNextStep({
      hasApplications: apps > 0,
      lowMood: nudges.some((n) => n.kind === 'low_mood'),
      debriefToFinish: firstToFinish ? { applicationId: firstToFinish.applicationId, company: firstToFinish.company } : null,
      reminderDue: firstReminder ? { applicationId: firstReminder.applicationId, company: firstReminder.company } : null,
      daysSinceApplication: lastApplied ? daysBetween(lastApplied, today) : null,
      practiceDue: practice.due,
    }),
    nudges,
    lastWeek: addDays(weekStartOf(today, startsOn), -7),
  };
}
