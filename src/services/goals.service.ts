/**
 * Weekly goals, the streak and the activity heatmap. Progress is counted from
 * what is logged elsewhere (applications, feedback requests, practice,
 * debriefs), never typed twice. Each count comes from an activity source
 * (ACTIVITY_SOURCES); networking touches include what is logged with contacts.
 */
import type { Goals, GoalsInput } from '../contracts/momentum.js';
import { zGoalsInput } from '../contracts/momentum.js';
import type { Settings } from '../contracts/settings.js';
import {
  applicationDays,
  debriefCompletions,
  feedbackRequestDays,
  goalRows,
  interactionDays,
  practiceMoments,
  replaceGoals,
} from '../db/repos/momentum.repo.js';
import {
  activeTargets,
  buildHeatmap,
  computeStreak,
  countActivity,
  countByWeek,
  GOAL_KINDS,
  goalProgress,
  HEATMAP_WEEKS,
  NO_ACTIVITY,
  targetsForWeek,
  weekLabel,
  weekMet,
  weekOf,
  weekStartOf,
  type ActivityItem,
  type GoalKind,
  type GoalTargets,
  type WeekResult,
  type WeekStartsOn,
} from '../domain/momentum/index.js';
import { addDays, todayIn } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { invalid } from './errors.js';
import { getSettings } from './settings.service.js';

export interface ActivityRange {
  from: string;
  to: string;
  timezone: string;
}

/** A place activity comes from: what it counts, in plain words, and the days it happened on. */
export interface ActivitySource {
  kind: GoalKind;
  describes: string;
  /** Days (one per thing done), or days with how many were done on each. */
  days: (ctx: ServiceContext, range: ActivityRange) => Promise<(string | { day: string; count: number })[]>;
}

/** Instants are read as days in the person's time zone; the query window is widened by a day each side. */
function instantWindow(range: ActivityRange): { fromInstant: string; toInstant: string } {
  return { fromInstant: `${addDays(range.from, -1)}T00:00:00.000Z`, toInstant: `${addDays(range.to, 2)}T00:00:00.000Z` };
}
/**
 * The day of an instant in a time zone. Every zone's offset is a whole number of
 * quarter hours, so all instants of one quarter hour fall on the same local day:
 * the day is worked out once per quarter hour (thousands of debriefs, a few
 * hundred quarters), kept per zone.
 */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const MAX_KEPT_QUARTERS = 50_000;
const quarterDays = new Map<string, Map<number, string>>();
function localDay(instant: string, timezone: string): string {
  const at = Date.parse(instant);
  if (Number.isNaN(at)) return todayIn(timezone, new Date(instant));
  const quarter = Math.floor(at / QUARTER_HOUR_MS);
  let days = quarterDays.get(timezone);
  if (!days || days.size > MAX_KEPT_QUARTERS) {
    days = new Map();
    quarterDays.set(timezone, days);
  }
  let day = days.get(quarter);
  if (day === undefined) {
    day = todayIn(timezone, new Date(quarter * QUARTER_HOUR_MS));
    days.set(quarter, day);
  }
  return day;
}

export const ACTIVITY_SOURCES: readonly ActivitySource[] = [
  {
    kind: 'applications',
    describes: 'Applications moved to Applied, on the day they were sent.',
    days: (ctx, r) => applicationDays(ctx.db, ctx.ownerId, r.from, r.to),
  },
  {
    kind: 'networking',
    describes: 'Feedback requests you sent, and what you logged with your contacts (calls, coffees, messages, thank-you notes).',
    days: async (ctx, r) => [...(await feedbackRequestDays(ctx.db, ctx.ownerId, r.from, r.to)), ...(await interactionDays(ctx.db, ctx.ownerId, r.from, r.to))],
  },
  {
    kind: 'practice',
    describes: 'Days you practised questions (a session a day, however many questions).',
    days: async (ctx, r) => {
      const m = await practiceMoments(ctx.db, ctx.ownerId, { ...r, ...instantWindow(r) });
      return [...m.reviews.map((i) => localDay(i, r.timezone)), ...m.days];
    },
  },
  {
    kind: 'debriefs',
    describes: 'Debriefs of a rejection you finished, on the day you finished them.',
    days: async (ctx, r) => {
      const w = instantWindow(r);
      return (await debriefCompletions(ctx.db, ctx.ownerId, w.fromInstant, w.toInstant)).map((i) => localDay(i, r.timezone));
    },
  },
];

export async function loadActivity(ctx: ServiceContext, range: ActivityRange): Promise<ActivityItem[]> {
  const lists = await Promise.all(ACTIVITY_SOURCES.map(async (s) => ({ kind: s.kind, days: await s.days(ctx, range) })));
  const items: ActivityItem[] = [];
  for (const { kind, days } of lists) {
    for (const d of days) {
      const day = typeof d === 'string' ? d : d.day;
      if (day < range.from || day > range.to) continue;
      items.push(typeof d === 'string' || d.count === 1 ? { kind, day } : { kind, day, count: d.count });
    }
  }
  return items;
}

/** How many weeks back streaks look. */
const STREAK_WEEKS = 104;

export interface MomentumFacts {
  settings: Settings;
  today: string;
  startsOn: WeekStartsOn;
  sets: Map<string, GoalTargets>;
  items: ActivityItem[];
  /** Each week since goals were first set (at most two years), oldest first, the current week last. */
  weeks: (WeekResult & { end: string })[];
}

function goalSets(rows: { week_start: string; kind: string; target: number }[]): Map<string, GoalTargets> {
  const sets = new Map<string, GoalTargets>();
  for (const r of rows) {
    const set = sets.get(r.week_start) ?? {};
    if ((GOAL_KINDS as readonly string[]).includes(r.kind)) set[r.kind as GoalKind] = r.target;
    sets.set(r.week_start, set);
  }
  return sets;
}

export async function loadMomentum(ctx: ServiceContext): Promise<MomentumFacts> {
  const settings = await getSettings(ctx);
  const today = todayIn(settings.timezone, ctx.now());
  const startsOn = settings.weekStartsOn ?? 'monday';
  const sets = goalSets(await goalRows(ctx.db, ctx.ownerId));
  const current = weekStartOf(today, startsOn);
  const heatmapFrom = weekStartOf(addDays(today, -7 * (HEATMAP_WEEKS - 1)), startsOn);
  const earliestSet = [...sets.keys()].sort()[0];
  const streakFrom = earliestSet ? weekStartOf(earliestSet > addDays(current, -7 * STREAK_WEEKS) ? earliestSet : addDays(current, -7 * STREAK_WEEKS), startsOn) : current;
  const from = streakFrom < heatmapFrom ? streakFrom : heatmapFrom;
  const items = await loadActivity(ctx, { from, to: today, timezone: settings.timezone });
  const perWeek = countByWeek(items, startsOn);
  const weeks: MomentumFacts['weeks'] = [];
  for (let w = streakFrom; w <= current; w = addDays(w, 7)) {
    weeks.push({ weekStart: w, end: addDays(w, 6), met: weekMet(targetsForWeek(sets, w), perWeek.get(w) ?? NO_ACTIVITY) });
  }
  return { settings, today, startsOn, sets, items, weeks };
}

export const GOAL_SOURCES = Object.fromEntries(ACTIVITY_SOURCES.map((s) => [s.kind, s.describes])) as Record<GoalKind, string>;

/** The goals of the week holding `day` (this week by default), with progress, the streak and the heatmap. */
export async function getGoals(ctx: ServiceContext, day?: string, facts?: MomentumFacts): Promise<Goals> {
  const f = facts ?? (await loadMomentum(ctx));
  const week = weekOf(day ?? f.today, f.startsOn);
  const targets = targetsForWeek(f.sets, week.start);
  const activity = countActivity(f.items, week.start, week.end);
  return {
    week: { ...week, label: weekLabel(week) },
    weekStartsOn: f.startsOn,
    targets: Object.fromEntries(activeTargets(targets)),
    progress: goalProgress(targets, activity),
    activity,
    streak: computeStreak(f.weeks),
    heatmap: buildHeatmap(f.items, f.today, f.startsOn),
    sources: GOAL_SOURCES,
  };
}

/** Sets the goals from this week on (until set again). Kinds left out, or 0, are no goal. */
export async function setGoals(ctx: ServiceContext, input: GoalsInput, options: { isSample?: boolean; week?: string } = {}): Promise<Goals> {
  const checked = zGoalsInput.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw invalid(String(issue?.path.join('.') ?? 'goals'), issue?.message ?? 'Those goals could not be read.');
  }
  const settings = await getSettings(ctx);
  const today = todayIn(settings.timezone, ctx.now());
  const weekStart = weekStartOf(options.week ?? today, settings.weekStartsOn ?? 'monday');
  const targets = GOAL_KINDS.map((kind) => ({ kind, target: checked.data[kind] ?? 0 }));
  await replaceGoals(ctx.db, ctx.ownerId, weekStart, targets, ctx.now().toISOString(), options.isSample ? 1 : 0);
  return getGoals(ctx);
}
