import { z } from 'zod';
import { PRACTICE_RATINGS } from '../domain/practice/schedule.js';
import { zId } from './common.js';

export const zPracticeRating = z.enum(PRACTICE_RATINGS, { error: 'Rate with again, hard, good or easy' });

export const zPracticeItem = z
  .object({
    questionId: zId,
    question: z.string(),
    notes: z.string().nullable().meta({ description: 'Your notes for a better answer, revealed after you answer aloud' }),
    company: z.string().nullable(),
    reps: z.number().int().meta({ description: 'Times practised so far; send it back with the rating' }),
    isNew: z.boolean(),
    stories: z.array(z.object({ id: zId, title: z.string() })).meta({ description: 'Stories from your story bank that answer this question' }),
    comesBack: z.object({ again: z.string(), hard: z.string(), good: z.string(), easy: z.string() })
      .meta({ description: 'When each rating would bring the question back, in words' }),
  })
  .meta({ id: 'PracticeItem' });
export type PracticeItem = z.infer<typeof zPracticeItem>;

export const zPracticeQueue = z
  .object({
    items: z.array(zPracticeItem),
    due: z.number().int().meta({ description: 'Practised questions due now' }),
    fresh: z.number().int().meta({ description: 'Questions never practised' }),
    laterToday: z.number().int(),
    total: z.number().int().meta({ description: 'Questions in the bank' }),
    nextDue: z.string().nullable().meta({ description: 'When the next question comes back, in words, when nothing is due' }),
  })
  .meta({ id: 'PracticeQueue' });
export type PracticeQueue = z.infer<typeof zPracticeQueue>;

export const zPracticeRate = z
  .object({
    rating: zPracticeRating,
    reps: z.number().int().min(0).meta({ description: 'The `reps` of the card you were shown: a rating based on an older view is refused (409)' }),
  })
  .meta({ id: 'PracticeRate' });
export type PracticeRate = z.infer<typeof zPracticeRate>;

export const zPracticeResult = z
  .object({
    questionId: zId,
    rating: zPracticeRating,
    reps: z.number().int(),
    due: z.string().meta({ description: 'When the question comes back (ISO time)' }),
    comesBack: z.string().meta({ description: 'The same, in words' }),
  })
  .meta({ id: 'PracticeResult' });
export type PracticeResult = z.infer<typeof zPracticeResult>;

export const zPracticeQueueQuery = z.object({
  limit: z.coerce.number().int().min(1, 'Ask for 1 to 100 questions').max(100, 'Ask for 1 to 100 questions').default(20),
});
