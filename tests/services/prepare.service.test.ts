import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import type { Stage } from '../../src/domain/applications/stages.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import { isServiceError } from '../../src/services/errors.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import { createAction } from '../../src/services/plan.service.js';
import { practiceQueue } from '../../src/services/practice.service.js';
import { getPreparation } from '../../src/services/prepare.service.js';
import { addQuestion, deleteQuestionBankItem, listQuestionBank, saveReflection, updateQuestionBankItem } from '../../src/services/reflection.service.js';
import { createStory } from '../../src/services/stories.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

type Ctx = Awaited<ReturnType<typeof testContext>>;

async function refused(p: Promise<unknown>): Promise<{ code: string; fields?: Record<string, string> }> {
  try {
    await p;
  } catch (e) {
    if (isServiceError(e)) return { code: e.code, fields: e.fields };
    throw e;
  }
  return { code: 'ok' };
}

/** A rejection after `path`, with struggled questions and lesson themes. */
async function givenDebrief(ctx: Ctx, company: string, path: Stage[], questions: string, themes: string[]) {
  const app = await givenApplication(ctx, { company, date: '2026-10-01' }, path);
  await debrief.recordRejection(ctx, app.id, { channel: 'email' });
  await saveReflection(ctx, app.id, { answers: [{ promptId: 'struggled_questions.list', value: questions }] });
  await saveLessons(ctx, app.id, { themes: themes.map((slug) => ({ slug, evidence: [{ kind: 'feedback', ref: 'feedback', excerpt: `${slug} came up` }] })) });
  return app.id;
}

describe.each(testDialects())('preparing for an interview on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('tags questions by type, keeps your own, and leaves questions to ask out of practice', async () => {
    const ctx = await testContext(database, { ownerId: 'q-kinds' });
    await givenDebrief(ctx, 'Contoso', ['applied', 'screen', 'interview'], 'Tell me about a time you disagreed with a colleague', []);
    const [banked] = await listQuestionBank(ctx);
    expect(banked).toMatchObject({ kind: 'behavioural', stage: 'interview', own: false });

    const mine = await addQuestion(ctx, { question: '  What are your salary expectations?  ', stage: 'screen' });
    expect(mine).toMatchObject({ question: 'What are your salary expectations?', kind: 'salary', stage: 'screen', own: true, applicationId: null });
    const ask = await addQuestion(ctx, { question: 'What does a good first month look like?', kind: 'to_ask' });
    expect(ask.kind).toBe('to_ask');

    expect((await updateQuestionBankItem(ctx, mine.id, { kind: 'about_you', question: 'What salary do you expect?' })).question).toBe('What salary do you expect?');
    expect(await refused(updateQuestionBankItem(ctx, banked?.id ?? '', { question: 'Reworded' }))).toMatchObject({ code: 'validation', fields: { question: expect.any(String) } });
    expect((await updateQuestionBankItem(ctx, banked?.id ?? '', { kind: 'technical' })).kind).toBe('technical');
    expect(await refused(addQuestion(ctx, { question: ' ' }))).toMatchObject({ code: 'validation', fields: { question: expect.any(String) } });
    expect(await refused(addQuestion(ctx, { question: 'x', kind: 'trivia' as never }))).toMatchObject({ code: 'validation' });

    const queue = await practiceQueue(ctx);
    expect(queue.items.map((i) => i.questionId)).not.toContain(ask.id);
    expect(queue.total).toBe(2);

    await deleteQuestionBankItem(ctx, mine.id);
    expect((await listQuestionBank(ctx)).map((q) => q.id)).not.toContain(mine.id);
    const other = await testContext(database, { ownerId: 'q-kinds-other' });
    expect((await refused(deleteQuestionBankItem(other, ask.id))).code).toBe('not_found');
  });

  it('prepares for the booked stage: questions met there, themes, the stories that fit, questions to ask and aimed actions', async () => {
    const ctx = await testContext(database, { ownerId: 'prep' });
    await givenDebrief(ctx, 'Fabrikam', ['applied', 'screen', 'interview'], 'Tell me about a conflict\nWalk me through a project you led', ['concise_answers']);
    await givenDebrief(ctx, 'Tailspin', ['applied', 'screen'], 'Why do you want to leave?', ['company_research']);
    const [conflict] = (await listQuestionBank(ctx)).filter((q) => q.question === 'Tell me about a conflict');
    const story = await createStory(ctx, { title: 'The release slot', situation: 'Two teams, one slot.', questionIds: [conflict?.id ?? ''], themes: ['concise_answers'] });
    await createStory(ctx, { title: 'Unrelated story' });
    await addQuestion(ctx, { question: 'How is success measured in this team?', kind: 'to_ask' });
    const aimed = await createAction(ctx, { type: 'mock_interview', title: 'Two mock interviews', themes: ['concise_answers'], targetStage: 'interview', dueOn: '2026-11-10' });
    await createAction(ctx, { type: 'project', title: 'Tailor the résumé', themes: ['company_research'], targetStage: 'applied' });

    const app = await givenApplication(ctx, { company: 'Northwind', date: '2026-11-10' }, ['applied']);
    await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-25', round: 2 });

    const p = await getPreparation(ctx, app.id);
    expect(p.booked).toMatchObject({ stage: 'interview', day: '2026-11-25', daysAway: 5, round: 2 });
    expect(p.stage).toBe('interview');
    expect(p.summary).toBe('Interview (round 2) with Northwind on 2026-11-25, in 5 days.');
    expect(p.research[0]?.prompt).toContain('Northwind');
    expect(p.questions.map((q) => q.question).sort()).toEqual(['Tell me about a conflict', 'Walk me through a project you led']);
    expect(p.questions.find((q) => q.id === conflict?.id)?.stories).toEqual([{ id: story.id, title: 'The release slot' }]);
    expect(p.themes).toEqual([{ slug: 'concise_answers', label: expect.any(String), count: 1, lastOn: expect.any(String), stories: [{ id: story.id, title: 'The release slot' }] }]);
    expect(p.stories.map((s) => s.title)).toEqual(['The release slot']);
    expect(p.stories[0]?.fits).toEqual(['Tell me about a conflict', p.themes[0]?.label]);
    expect(p.toAsk.own.map((q) => q.question)).toEqual(['How is success measured in this team?']);
    expect(p.toAsk.suggested.length).toBeGreaterThan(0);
    expect(p.actions).toEqual([expect.objectContaining({ id: aimed.id, status: 'planned', overdue: true })]);
  });

  it('without a booking says so and still gives general preparation; other people’s applications are not found', async () => {
    const ctx = await testContext(database, { ownerId: 'prep-none' });
    const rejected = await givenDebrief(ctx, 'Litware', ['applied', 'screen'], 'Why us?', ['company_research']);
    await createAction(ctx, { type: 'reading', title: 'Read their blog', themes: ['company_research'], targetStage: 'screen' });
    const p = await getPreparation(ctx, rejected);
    expect(p.booked).toBeNull();
    expect(p.stage).toBeNull();
    expect(p.summary).toMatch(/^No interview is booked with Litware yet/);
    expect(p.questions.map((q) => q.question)).toEqual(['Why us?']);
    expect(p.themes.map((t) => t.slug)).toEqual(['company_research']);
    expect(p.actions.map((a) => a.title)).toEqual(['Read their blog']);
    expect(p.research.length).toBeGreaterThan(4);

    const other = await testContext(database, { ownerId: 'prep-none-other' });
    expect((await refused(getPreparation(other, rejected))).code).toBe('not_found');
  });
});
