import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as debrief from '../../src/services/debrief.service.js';
import {
  listQuestionBank,
  practiseQuestion,
  resolveQuestionId,
  saveReflection,
  updateQuestionBankItem,
} from '../../src/services/reflection.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

type Ctx = Awaited<ReturnType<typeof testContext>>;

/** An application rejected after an interview, with struggled questions saved in its reflection. */
async function givenBankedQuestions(ctx: Ctx, company: string, lines: string[]) {
  const app = await givenApplication(ctx, { company, title: 'Backend Engineer' }, ['screen', 'interview']);
  await debrief.recordRejection(ctx, app.id, { channel: 'email' });
  const r = await saveReflection(ctx, app.id, { answers: [{ promptId: 'struggled_questions.list', value: lines.join('\n') }] });
  return { app, added: r.questionsAdded };
}

describe.each(testDialects())('practising the question bank on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('lists banked questions with their application and no practice yet', async () => {
    const ctx = await testContext(database, { ownerId: 'u-list' });
    const { app } = await givenBankedQuestions(ctx, 'Northwind', ['How would you shard this table?']);
    expect(await listQuestionBank(ctx)).toEqual([
      expect.objectContaining({ question: 'How would you shard this table?', applicationId: app.id, company: 'Northwind', practiceCount: 0, lastPractisedOn: null, selfRating: null, notes: null }),
    ]);
  });

  it('counts practice once per day, in the user time zone, and keeps it', async () => {
    const ctx = await testContext(database, { ownerId: 'u-days', now: '2026-11-20T09:00:00.000Z' });
    const { added } = await givenBankedQuestions(ctx, 'Contoso', ['Tell me about a conflict']);
    const id = added[0]!.id;

    const first = await practiseQuestion(ctx, id);
    expect(first).toMatchObject({ practiceCount: 1, lastPractisedOn: '2026-11-20' });
    const again = await practiseQuestion(ctx, id, {});
    expect(again).toMatchObject({ practiceCount: 1, lastPractisedOn: '2026-11-20' });

    ctx.clock.set('2026-11-22T09:00:00.000Z');
    expect(await practiseQuestion(ctx, id)).toMatchObject({ practiceCount: 2, lastPractisedOn: '2026-11-22' });

    // 23:30 UTC on the 22nd is still the 22nd in UTC, but already the 23rd in Auckland: a new day.
    await updateSettings(ctx, { timezone: 'Pacific/Auckland' });
    ctx.clock.set('2026-11-22T23:30:00.000Z');
    expect(await practiseQuestion(ctx, id)).toMatchObject({ practiceCount: 3, lastPractisedOn: '2026-11-23' });

    const [listed] = await listQuestionBank(ctx);
    expect(listed).toMatchObject({ id, practiceCount: 3, lastPractisedOn: '2026-11-23' });
  });

  it('saves a new rating and notes with the practice, leaving out what is not given', async () => {
    const ctx = await testContext(database, { ownerId: 'u-notes' });
    const { added } = await givenBankedQuestions(ctx, 'Fabrikam', ['Why do you want to leave?']);
    const id = added[0]!.id;
    await updateQuestionBankItem(ctx, id, { notes: 'Talk about growth, not the old boss.', selfRating: 2 });

    const practised = await practiseQuestion(ctx, id, { selfRating: 4 });
    expect(practised).toMatchObject({ selfRating: 4, notes: 'Talk about growth, not the old boss.', practiceCount: 1 });

    const cleared = await practiseQuestion(ctx, id, { notes: null, selfRating: null });
    expect(cleared).toMatchObject({ selfRating: null, notes: null, practiceCount: 1 });
  });

  it('keeps each owner to their own questions and resolves short ids', async () => {
    const mine = await testContext(database, { ownerId: 'u-mine' });
    const theirs = await testContext(database, { ownerId: 'u-theirs' });
    const { added } = await givenBankedQuestions(mine, 'Tailspin', ['Design a rate limiter']);
    const id = added[0]!.id;

    await expect(practiseQuestion(theirs, id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(practiseQuestion(mine, 'nope-nope')).rejects.toMatchObject({ code: 'not_found' });
    expect(await listQuestionBank(theirs)).toEqual([]);

    expect(await resolveQuestionId(mine, id.slice(0, 6).toUpperCase())).toBe(id);
    await expect(resolveQuestionId(theirs, id.slice(0, 6))).rejects.toMatchObject({ code: 'not_found' });
    expect((await listQuestionBank(mine))[0]).toMatchObject({ practiceCount: 0 });
  });
});
