/**
 * The growth plan (docs/decisions/0016-growth-plan.md).
 *
 *   GET    /api/plan                          → 200 zPlan (ranked themes with suggestions and evidence, outside-control apart, actions)
 *   POST   /api/plan/actions                  zGrowthActionInput → 201 zGrowthAction
 *   GET    /api/plan/actions/{id}             → 200 zGrowthAction (with evidence and "did it help?")
 *   PATCH  /api/plan/actions/{id}             zGrowthActionUpdate → 200 zGrowthAction
 *   DELETE /api/plan/actions/{id}             → 204
 *   POST   /api/plan/actions/{id}/notes       zActionNoteInput → 201 zGrowthAction
 *   POST   /api/plan/suggestions              zSuggestionInput → 201 zPlanSuggestion
 *   PATCH  /api/plan/suggestions/{id}         zSuggestionUpdate → 200 zPlanSuggestion
 *   DELETE /api/plan/suggestions/{id}         → 204
 */
import { z } from 'zod';
import { STAGES_REACHED } from '../domain/debrief/stage-reached.js';
import { ACTION_STATUSES, ACTION_TYPES, TARGET_STAGES } from '../domain/plan/catalogue.js';
import { optionalWebUrl, requiredText, zId, zIsoDate, zText } from './common.js';

export const zActionType = z.enum(ACTION_TYPES, { error: `Choose a type: ${ACTION_TYPES.join(', ')}` });
export const zActionStatus = z.enum(ACTION_STATUSES, { error: 'Use planned, doing, done or dropped' });
export const zTargetStage = z.enum(TARGET_STAGES, { error: `Choose the stage it targets: ${TARGET_STAGES.join(', ')}` });

export const zPlanSuggestion = z
  .object({ id: zId, themeSlug: z.string(), type: zActionType, title: z.string(), fromCatalogue: z.boolean() })
  .meta({ id: 'PlanSuggestion' });
export type PlanSuggestion = z.infer<typeof zPlanSuggestion>;

export const zSuggestionInput = z
  .object({ themeSlug: zText().min(1, 'Name the theme').max(80), type: zActionType, title: requiredText('Title', 200) })
  .meta({ id: 'SuggestionInput' });
export type SuggestionInput = z.input<typeof zSuggestionInput>;

export const zSuggestionUpdate = z
  .object({ type: zActionType.optional(), title: requiredText('Title', 200).optional() })
  .meta({ id: 'SuggestionUpdate' });
export type SuggestionUpdate = z.input<typeof zSuggestionUpdate>;

export const zPlanEvidence = z
  .object({
    applicationId: zId,
    company: z.string(),
    title: z.string(),
    rejectedOn: z.string(),
    stage: z.enum(STAGES_REACHED),
    themes: z.array(z.string()).meta({ description: 'Labels of the themes this debrief raised' }),
    excerpts: z.array(z.object({ kind: z.enum(['feedback', 'reflection']), text: z.string() })).meta({ description: 'What the feedback or reflection said' }),
  })
  .meta({ id: 'PlanEvidence' });
export type PlanEvidence = z.infer<typeof zPlanEvidence>;

export const zPlanTheme = z
  .object({
    themeId: zId,
    slug: z.string(),
    label: z.string(),
    description: z.string().nullable(),
    rank: z.number().int(),
    count: z.number().int().meta({ description: 'Debriefed rejections that raised it' }),
    lastOn: z.string(),
    stage: z.enum(STAGES_REACHED).meta({ description: 'Where it comes up most' }),
    recurring: z.boolean(),
    why: z.string().meta({ description: 'Why it is ranked here, in words' }),
    suggestions: z.array(zPlanSuggestion),
    evidence: z.array(zPlanEvidence),
    actions: z.number().int().meta({ description: 'Actions (not dropped) that work on it' }),
  })
  .meta({ id: 'PlanTheme' });
export type PlanTheme = z.infer<typeof zPlanTheme>;

const zPeriod = z.object({
  converted: z.number().int(),
  outcomes: z.number().int().meta({ description: 'Applications with a known outcome at the stage' }),
  open: z.number().int().meta({ description: 'Still waiting: not counted' }),
  rate: z.number().nullable(),
  interval: z.tuple([z.number(), z.number()]).meta({ description: 'Wilson 95% interval of the rate' }),
});

export const zHelpComparison = z
  .object({
    target: zTargetStage,
    targetLabel: z.string(),
    doneOn: z.string().nullable(),
    before: zPeriod,
    after: zPeriod,
    pValue: z.number().nullable().meta({ description: 'Two-sided Fisher exact test, when both sides have enough outcomes' }),
    verdict: z.enum(['not_done', 'too_early', 'higher_after', 'lower_after', 'no_clear_difference']),
    moreNeeded: z.number().int(),
    summary: z.string(),
  })
  .meta({ id: 'HelpComparison' });
export type HelpComparison = z.infer<typeof zHelpComparison>;

export const zGrowthAction = z
  .object({
    id: zId,
    type: zActionType,
    title: z.string(),
    link: z.string().nullable(),
    dueOn: z.string().nullable(),
    overdue: z.boolean().meta({ description: 'Due before today and not done or dropped' }),
    status: zActionStatus,
    targetStage: zTargetStage.nullable(),
    doneOn: z.string().nullable(),
    suggestionId: z.string().nullable(),
    themes: z.array(z.object({ slug: z.string(), label: z.string(), deleted: z.boolean() })),
    evidence: z.array(zPlanEvidence),
    lost: z.array(z.string()).meta({ description: 'What the action lost since it was made (a deleted theme or rejection), in words' }),
    notes: z.array(z.object({ id: zId, body: z.string(), createdAt: z.string() })),
    help: zHelpComparison.nullable().meta({ description: 'Null when the action targets no stage' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'GrowthAction' });
export type GrowthAction = z.infer<typeof zGrowthAction>;

export const zPlan = z
  .object({
    today: z.string(),
    debriefed: z.number().int().meta({ description: 'Debriefed rejections the plan is built from' }),
    themes: z.array(zPlanTheme),
    outside: z.object({
      reasons: z.array(z.object({ reason: z.string(), label: z.string(), count: z.number().int(), lastOn: z.string() })),
      notes: z.array(z.object({ applicationId: zId, company: z.string(), text: z.string() })),
    }).meta({ description: 'Outside your control: shown apart, never turned into homework' }),
    actions: z.array(zGrowthAction),
    counts: z.object({ planned: z.number().int(), doing: z.number().int(), done: z.number().int(), dropped: z.number().int(), overdue: z.number().int() }),
  })
  .meta({ id: 'Plan' });
export type Plan = z.infer<typeof zPlan>;

const themeSlugs = z.array(zText().min(1).max(80)).max(10, 'Link at most 10 themes');

export const zGrowthActionInput = z
  .object({
    type: zActionType,
    title: requiredText('Title', 200),
    link: optionalWebUrl(),
    dueOn: zIsoDate.nullable().optional().meta({ description: 'A day in the past is allowed and shown as overdue' }),
    status: zActionStatus.default('planned'),
    doneOn: zIsoDate.nullable().optional().meta({ description: 'When it was done (default: today, when the status is done)' }),
    targetStage: zTargetStage.nullable().optional(),
    themes: themeSlugs.default([]).meta({ description: 'Theme slugs' }),
    suggestionId: zId.nullable().optional().meta({ description: 'The suggestion adopted, if any' }),
  })
  .meta({ id: 'GrowthActionInput' });
export type GrowthActionInput = z.input<typeof zGrowthActionInput>;

export const zGrowthActionUpdate = z
  .object({
    type: zActionType.optional(),
    title: requiredText('Title', 200).optional(),
    link: optionalWebUrl(),
    dueOn: zIsoDate.nullable().optional(),
    status: zActionStatus.optional(),
    doneOn: zIsoDate.nullable().optional(),
    targetStage: zTargetStage.nullable().optional(),
    themes: themeSlugs.optional(),
  })
  .meta({ id: 'GrowthActionUpdate' });
export type GrowthActionUpdate = z.input<typeof zGrowthActionUpdate>;

export const zActionNoteInput = z.object({ body: requiredText('Note', 2_000) }).meta({ id: 'ActionNoteInput' });
export type ActionNoteInput = z.input<typeof zActionNoteInput>;

