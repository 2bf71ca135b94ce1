import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as debrief from '../../src/services/debrief.service.js';
import { practiceQueue, ratePractice } from '../../src/services/practice.service.js';
import { listQuestionBank, saveReflection } from '../../src/services/reflection.service.js';
import { isServiceError } from '../../src/services/errors.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

type Ctx = Awaited<ReturnType<typeof testContext>>;

async function givenQuestions(ctx: Ctx, lines: string[]) {
  const app = await givenApplication(ctx, { company: 'Northwind', title: 'Backend Engineer' }, ['screen', 'interview']);
  await debrief.recordRejection(ctx, app.id, { channel: 'email' });
  await saveReflection(ctx, app.id, { answers: [{ promptId: 'struggled_questions.list', value: lines.join('\n') }] });
  const bank = await listQuestionBank(ctx);
  return (q: string) => bank.find((b) => b.question === q)?.id as string;
}

describe.each(testDialects())('spaced practice on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('an empty bank has nothing to practise', async () => {
    const ctx = await testContext(database, { ownerId: 'p-empty' });
    expect(await practiceQueue(ctx)).toEqual({ items: [], due: 0, fresh: 0, laterToday: 0, total: 0, nextDue: null });
  });

  it('new questions are due at once; "again" brings one back sooner than "easy"; the bank counts the day', async () => {
    const ctx = await testContext(database, { ownerId: 'p-order', now: '2026-12-02T09:00:00.000Z' });
    const id = await givenQuestions(ctx, ['Tell me about a conflict', 'Design a rate limiter', 'Why this company?']);
    const first = await practiceQueue(ctx);
    expect(first).toMatchObject({ fresh: 3, due: 0, total: 3 });
    expect(first.items.map((i) => i.isNew)).toEqual([true, true, true]);
    expect(first.items[0]?.comesBack.again).toMatch(/minute/);

    const again = await ratePractice(ctx, id('Tell me about a conflict'), { rating: 'again', reps: 0 });
    const easy = await ratePractice(ctx, id('Design a rate limiter'), { rating: 'easy', reps: 0 });
    expect(new Date(again.due).getTime()).toBeLessThan(new Date(easy.due).getTime());
    expect(easy.comesBack).toMatch(/days|weeks/);
    const bank = await listQuestionBank(ctx);
    expect(bank.find((b) => b.question === 'Tell me about a conflict')).toMatchObject({ practiceCount: 1, lastPractisedOn: '2026-12-02' });

    // An hour later the weak answer is due again, before the question never practised; the easy one is not.
    ctx.clock.set('2026-12-02T10:00:00.000Z');
    const later = await practiceQueue(ctx);
    expect(later.items.map((i) => i.question)).toEqual(['Tell me about a conflict', 'Why this company?']);
    expect(later).toMatchObject({ due: 1, fresh: 1, total: 3 });
  });

  it('two tabs rating the same card: the second is refused and nothing counts twice', async () => {
    const ctx = await testContext(database, { ownerId: 'p-tabs', now: '2026-12-02T09:00:00.000Z' });
    const id = await givenQuestions(ctx, ['Walk me through your CV']);
    const q = id('Walk me through your CV');
    await ratePractice(ctx, q, { rating: 'good', reps: 0 });
    const second = await ratePractice(ctx, q, { rating: 'easy', reps: 0 }).catch((e: unknown) => e);
    expect(isServiceError(second) && second.code).toBe('stale');
    const reviews = await database.db.selectFrom('practice_reviews').select('rating').where('question_id', '=', q).execute();
    expect(reviews).toEqual([{ rating: 'good' }]);
    // Both at once from a new card: exactly one wins.
    const id2 = await givenQuestions(ctx, ['What is your biggest weakness?']);
    const q2 = id2('What is your biggest weakness?');
    const results = await Promise.allSettled([ratePractice(ctx, q2, { rating: 'good', reps: 0 }), ratePractice(ctx, q2, { rating: 'hard', reps: 0 })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await database.db.selectFrom('practice_reviews').select('rating').where('question_id', '=', q2).execute()).toHaveLength(1);
  });

  it('a deleted or unknown question is a 404, and when nothing is due it says when the next one is', async () => {
    const ctx = await testContext(database, { ownerId: 'p-none', now: '2026-12-02T09:00:00.000Z' });
    const missing = await ratePractice(ctx, 'zzzzzzzz', { rating: 'good', reps: 0 }).catch((e: unknown) => e);
    expect(isServiceError(missing) && missing.code).toBe('not_found');
    const id = await givenQuestions(ctx, ['Describe a failure']);
    await ratePractice(ctx, id('Describe a failure'), { rating: 'easy', reps: 0 });
    const queue = await practiceQueue(ctx);
    expect(queue.items).toEqual([]);
    expect(queue.nextDue).toMatch(/^in \d+ (days|weeks)$/);
    await database.db.deleteFrom('question_bank').where('id', '=', id('Describe a failure')).execute();
    expect(await database.db.selectFrom('practice_cards').select('question_id').where('owner_id', '=', 'p-none').execute()).toEqual([]);
  });

  it('keeps each owner to their own cards', async () => {
    const a = await testContext(database, { ownerId: 'p-a' });
    const b = await testContext(database, { ownerId: 'p-b' });
    const id = await givenQuestions(a, ['Only mine']);
    const other = await ratePractice(b, id('Only mine'), { rating: 'good', reps: 0 }).catch((e: unknown) => e);
    expect(isServiceError(other) && other.code).toBe('not_found');
    expect((await practiceQueue(b)).total).toBe(0);
  });
});
