/**
 * Before an interview (docs/decisions/0027-preparing-for-an-interview.md).
 *
 *   GET /api/applications/{id}/prepare → 200 Preparation (for the interview booked ahead, or general preparation)
 */
import { z } from 'zod';
import { ACTION_STATUSES, ACTION_TYPES } from '../domain/plan/catalogue.js';
import { BOOKABLE_STAGES } from '../domain/prepare/prepare.js';
import { zQuestionKind, zStageReached } from './debrief.js';
import { zId } from './common.js';

const zStoryRef = z.object({ id: zId, title: z.string() });

export const zPreparation = z
  .object({
    today: z.string(),
    application: z.object({ id: zId, company: z.string(), title: z.string(), status: z.string() }),
    booked: z
      .object({
        eventId: zId,
        stage: z.enum(BOOKABLE_STAGES),
        day: z.string(),
        daysAway: z.number().int(),
        interviewType: z.string().nullable(),
        round: z.number().int().nullable(),
        people: z.array(z.object({ contactId: zId, name: z.string() })),
      })
      .nullable()
      .meta({ description: 'The next step booked ahead (today or later); null when none is' }),
    stage: zStageReached.nullable().meta({ description: 'The stage everything below is chosen for; null means general preparation' }),
    summary: z.string().meta({ description: 'One sentence: what is booked, or that nothing is' }),
    research: z.array(z.object({ id: z.string(), prompt: z.string(), help: z.string() })),
    questions: z
      .array(
        z.object({
          id: zId,
          question: z.string(),
          kind: zQuestionKind.nullable(),
          notes: z.string().nullable(),
          selfRating: z.number().int().nullable(),
          company: z.string().nullable(),
          stories: z.array(zStoryRef),
        }),
      )
      .meta({ description: 'Questions met before at this stage (all stages when none is booked), the shakiest first' }),
    themes: z
      .array(z.object({ slug: z.string(), label: z.string(), count: z.number().int(), lastOn: z.string(), stories: z.array(zStoryRef) }))
      .meta({ description: 'Themes raised by earlier rejections at this stage' }),
    stories: z
      .array(
        z.object({
          id: zId,
          title: z.string(),
          situation: z.string().nullable(),
          task: z.string().nullable(),
          action: z.string().nullable(),
          result: z.string().nullable(),
          learned: z.string().nullable(),
          fits: z.array(z.string()).meta({ description: 'The questions and themes above it answers' }),
        }),
      )
      .meta({ description: 'Stories to have ready: those linked to the questions and themes above' }),
    toAsk: z.object({
      own: z.array(z.object({ id: zId, question: z.string() })).meta({ description: 'Your questions to ask them' }),
      suggested: z.array(z.string()).meta({ description: 'A few good ones for this stage' }),
    }),
    actions: z
      .array(
        z.object({
          id: zId,
          title: z.string(),
          type: z.enum(ACTION_TYPES),
          status: z.enum(ACTION_STATUSES),
          dueOn: z.string().nullable(),
          doneOn: z.string().nullable(),
          overdue: z.boolean(),
        }),
      )
      .meta({ description: 'Growth actions aimed at this stage (open ones when none is booked)' }),
  })
  .meta({ id: 'Preparation' });
export type Preparation = z.infer<typeof zPreparation>;
