/**
 * Momentum: the home page, weekly goals, streaks, wins, nudges and the weekly review.
 *
 *   GET  /api/home                 → 200 zHome (agenda slot, debriefs, goals, wins, mood trend, next step, nudges)
 *   GET  /api/goals?week=<day>     → 200 zGoals (the week's goals and progress, the streak, the activity heatmap)
 *   PUT  /api/goals                zGoalsInput → 200 zGoals (sets the goals from this week on)
 *   GET  /api/wins                 → 200 zWin[] (newest first)
 *   POST /api/wins                 zWinInput → 201 zWin (a win written down by hand)
 *   DELETE /api/wins/{id}          → 204 (manual wins only)
 *   POST /api/wins/celebrated      zCelebratedInput → 204 (wins shown with their celebration)
 *   GET  /api/review/{week}?format=json|md → 200 zReview or text/markdown (any day of the week)
 */
import { z } from 'zod';
import { GOAL_KINDS, MAX_GOAL, WIN_KINDS } from '../domain/momentum/index.js';
import { AGENDA_KINDS } from '../domain/network/agenda.js';
import { zDebriefList } from './debrief.js';
import { zIsoDate, zText } from './common.js';

export const zGoalKind = z.enum(GOAL_KINDS);

const target = z
  .number({ error: `Use a whole number from 0 to ${MAX_GOAL}` })
  .int(`Use a whole number from 0 to ${MAX_GOAL}`)
  .min(0, `Use a whole number from 0 to ${MAX_GOAL}`)
  .max(MAX_GOAL, `Use a whole number from 0 to ${MAX_GOAL}`);

/** The goals for the week: any subset, any numbers; 0 or left out means no goal of that kind. */
export const zGoalsInput = z
  .object({ applications: target.optional(), networking: target.optional(), practice: target.optional(), debriefs: target.optional() })
  .meta({ id: 'GoalsInput' });
export type GoalsInput = z.infer<typeof zGoalsInput>;

export const zGoalProgress = z.object({
  kind: zGoalKind,
  label: z.string(),
  target: z.number().int(),
  done: z.number().int(),
  percent: z.number().int(),
  met: z.boolean(),
  text: z.string(),
});

const zCounts = z.object({ applications: z.number().int(), networking: z.number().int(), practice: z.number().int(), debriefs: z.number().int() });

export const zWeek = z.object({ start: z.string(), end: z.string(), label: z.string() });

export const zStreak = z.object({ current: z.number().int(), best: z.number().int(), message: z.string() });

export const zHeatmap = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(z.object({ day: z.string(), count: z.number().int() })),
  activeDays: z.number().int(),
  total: z.number().int(),
  summary: z.string(),
});

export const zGoals = z
  .object({
    week: zWeek,
    weekStartsOn: z.string(),
    targets: zGoalsInput,
    progress: z.array(zGoalProgress),
    activity: zCounts,
    streak: zStreak,
    heatmap: zHeatmap,
    /** Where each count comes from, in plain words. */
    sources: z.record(zGoalKind, z.string()),
  })
  .meta({ id: 'Goals' });
export type Goals = z.infer<typeof zGoals>;

export const zGoalsQuery = z.object({ week: zIsoDate.optional() });

export const zWin = z
  .object({
    id: z.string(),
    kind: z.enum(WIN_KINDS),
    title: z.string(),
    note: z.string().nullable(),
    occurredOn: z.string(),
    applicationId: z.string().nullable(),
    source: z.enum(['detected', 'manual']),
    celebrated: z.boolean(),
  })
  .meta({ id: 'Win' });
export type Win = z.infer<typeof zWin>;

export const zWinInput = z
  .object({
    title: zText().trim().min(1, 'Say what the win was, in a few words').max(200, 'Keep the win under 200 characters'),
    note: zText().trim().max(2000, 'Keep the note under 2000 characters').optional(),
    date: zIsoDate.optional(),
  })
  .meta({ id: 'WinInput' });
export type WinInput = z.infer<typeof zWinInput>;

export const zCelebratedInput = z.object({ ids: z.array(zText().min(1)).max(200) }).meta({ id: 'CelebratedInput' });

export const zNudge = z.object({
  kind: z.enum(['after_rejection', 'low_mood']),
  title: z.string(),
  message: z.string(),
  steps: z.array(z.object({ title: z.string(), text: z.string() })),
  link: z.object({ to: z.string(), label: z.string() }),
  resources: z.array(z.string()),
});

export const zNextStep = z.object({
  kind: z.enum(['rest', 'debrief', 'follow_up', 'apply', 'first_application', 'practice', 'up_to_date']),
  title: z.string(),
  text: z.string(),
  link: z.object({ to: z.string(), label: z.string() }).nullable(),
});

export const zAgendaItem = z.object({
  day: z.string(),
  what: z.string(),
  applicationId: z.string().nullable(),
  kind: z.enum(AGENDA_KINDS).nullable().optional().meta({ description: 'The agenda item kind (null for a step booked on a day already past)' }),
  key: z.string().nullable().optional().meta({ description: 'The agenda item key: what done, snooze and dismiss act on' }),
});

export const zHome = z
  .object({
    today: z.string(),
    firstRun: z.boolean(),
    /**
     * The agenda from today to a week ahead (interviews, follow-ups, thank-yous, reminders, reconnects, growth actions,
     * practice), soonest first: the first HOME_AGENDA_ITEMS of it; the agenda page has them all.
     */
    agenda: z.array(zAgendaItem),
    /** How many items the agenda holds from today to a week ahead (more than `agenda` when it was cut). */
    agendaCount: z.number().int().nonnegative(),
    debriefs: zDebriefList,
    /** This week's goals, the streak and the activity heatmap: the same as `GET /api/goals`. */
    goals: zGoals,
    wins: z.array(zWin),
    /** The newest win not celebrated yet (null when celebrations are off or there is none). */
    celebrate: zWin.nullable(),
    mood: z.array(z.object({ weekStart: z.string(), average: z.number().nullable(), checkIns: z.number().int() })),
    nextStep: zNextStep,
    nudges: z.array(zNudge),
    lastWeek: z.string(),
  })
  .meta({ id: 'Home' });
export type Home = z.infer<typeof zHome>;

const zRate = z.object({ reached: z.number().int(), of: z.number().int(), rate: z.number().nullable(), low: z.number(), high: z.number() });

export const zReview = z
  .object({
    week: z.object({ start: z.string(), end: z.string(), label: z.string() }),
    nextWeek: z.object({ start: z.string(), end: z.string(), label: z.string() }),
    goals: z.array(zGoalProgress),
    activity: zCounts,
    wins: z.array(z.object({ title: z.string(), note: z.string().nullable(), occurredOn: z.string() })),
    rejections: z.array(
      z.object({
        applicationId: z.string(),
        company: z.string(),
        title: z.string(),
        day: z.string(),
        reasons: z.array(z.string()),
        lessons: z.array(z.string()),
        note: z.string().nullable(),
      }),
    ),
    feedback: z.array(z.object({ applicationId: z.string(), company: z.string(), receivedOn: z.string(), text: z.string().nullable() })),
    changes: z.array(z.object({ step: z.string(), direction: z.enum(['better', 'worse']), before: zRate, after: zRate, text: z.string() })),
    agenda: z.array(zAgendaItem),
  })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof zReview>;

export const zReviewParams = z.object({ week: zIsoDate.meta({ param: { name: 'week', in: 'path' }, example: '2026-11-23' }) });
export const zReviewQuery = z.object({ format: z.enum(['json', 'md']).optional() });
