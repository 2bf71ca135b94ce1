/**
 * The story bank: STAR(+Reflection) stories linked to the questions and themes they answer.
 *
 *   GET    /api/stories          → 200 zStory[]
 *   POST   /api/stories          zStoryInput → 201 zStory
 *   GET    /api/stories/{id}     → 200 zStory
 *   PATCH  /api/stories/{id}     zStoryUpdate → 200 zStory
 *   DELETE /api/stories/{id}     → 204
 */
import { z } from 'zod';
import { optionalText, requiredText, zId, zText } from './common.js';

const STORY_TEXT = 4_000;

export const zStory = z
  .object({
    id: zId,
    title: z.string(),
    situation: z.string().nullable(),
    task: z.string().nullable(),
    action: z.string().nullable(),
    result: z.string().nullable(),
    learned: z.string().nullable().meta({ description: 'What you learned (the reflection)' }),
    questions: z.array(z.object({ id: zId, question: z.string() })),
    themes: z.array(z.object({ slug: z.string(), label: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Story' });
export type Story = z.infer<typeof zStory>;

const fields = {
  situation: optionalText(STORY_TEXT),
  task: optionalText(STORY_TEXT),
  action: optionalText(STORY_TEXT),
  result: optionalText(STORY_TEXT),
  learned: optionalText(STORY_TEXT),
  questionIds: z.array(zId).max(50, 'Link at most 50 questions').optional().meta({ description: 'Question-bank ids this story answers' }),
  themes: z.array(zText().min(1).max(80)).max(10, 'Link at most 10 themes').optional().meta({ description: 'Theme slugs' }),
};

export const zStoryInput = z.object({ title: requiredText('Title', 200), ...fields }).meta({ id: 'StoryInput' });
export type StoryInput = z.input<typeof zStoryInput>;

export const zStoryUpdate = z.object({ title: requiredText('Title', 200).optional(), ...fields }).meta({ id: 'StoryUpdate' });
export type StoryUpdate = z.input<typeof zStoryUpdate>;
