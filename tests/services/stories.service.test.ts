import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as debrief from '../../src/services/debrief.service.js';
import { isServiceError } from '../../src/services/errors.js';
import { practiceQueue } from '../../src/services/practice.service.js';
import { listQuestionBank, saveReflection } from '../../src/services/reflection.service.js';
import * as stories from '../../src/services/stories.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isServiceError(e)) return e.code;
    throw e;
  }
  return 'ok';
}

describe.each(testDialects())('the story bank on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('keeps STAR stories linked to questions and themes; a practice card shows the stories that fit it', async () => {
    const ctx = await testContext(database, { ownerId: 's-star' });
    const app = await givenApplication(ctx, { company: 'Northwind' }, ['interview']);
    await debrief.recordRejection(ctx, app.id, { channel: 'email' });
    await saveReflection(ctx, app.id, { answers: [{ promptId: 'struggled_questions.list', value: 'Tell me about a conflict\nWhy us?' }] });
    const [conflict] = (await listQuestionBank(ctx)).filter((q) => q.question === 'Tell me about a conflict');
    if (!conflict) throw new Error('expected the question');

    const story = await stories.createStory(ctx, {
      title: 'The migration deadline', situation: 'Two teams wanted the same release slot.', task: 'Agree a plan.', action: 'I mapped both needs.', result: 'Shipped a week early.',
      learned: 'Ask for the constraint first.', questionIds: [conflict.id], themes: ['storytelling_star'],
    });
    expect(story).toMatchObject({ title: 'The migration deadline', questions: [{ id: conflict.id, question: 'Tell me about a conflict' }], themes: [{ slug: 'storytelling_star' }] });

    const queue = await practiceQueue(ctx);
    expect(queue.items.find((i) => i.questionId === conflict.id)?.stories).toEqual([{ id: story.id, title: 'The migration deadline' }]);
    expect(queue.items.find((i) => i.questionId !== conflict.id)?.stories).toEqual([]);

    const edited = await stories.updateStory(ctx, story.id, { result: '', themes: [] });
    expect(edited).toMatchObject({ result: null, themes: [], questions: [{ id: conflict.id }] });
    expect((await stories.listStories(ctx)).map((s) => s.id)).toEqual([story.id]);
  });

  it('refuses bad input and other owners; deleting a story removes it from practice', async () => {
    const ctx = await testContext(database, { ownerId: 's-bad' });
    expect(await code(stories.createStory(ctx, { title: ' ' }))).toBe('validation');
    expect(await code(stories.createStory(ctx, { title: 'x', questionIds: ['nope'] }))).toBe('validation');
    expect(await code(stories.createStory(ctx, { title: 'x', themes: ['nope'] }))).toBe('validation');
    const s = await stories.createStory(ctx, { title: 'Leading the on-call rota' });
    const other = await testContext(database, { ownerId: 's-bad-other' });
    expect(await code(stories.getStory(other, s.id))).toBe('not_found');
    expect(await code(stories.updateStory(other, s.id, { title: 'mine now' }))).toBe('not_found');
    expect(await code(stories.deleteStory(other, s.id))).toBe('not_found');
    await stories.deleteStory(ctx, s.id);
    expect(await stories.listStories(ctx)).toEqual([]);
  });
});
