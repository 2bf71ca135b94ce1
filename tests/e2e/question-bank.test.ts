import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { questionBankPage } from './pages/question-bank.js';

const SHARDING = 'How would you shard the orders table?';
const CONFLICT = 'Tell me about a conflict with a colleague';

async function call<T>(app: TestApp, method: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${app.url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * After a rejection, the seeker listed the questions they struggled with in
 * the debrief; later they open the question bank to work on better answers.
 */
describe.skipIf(!hasBrowser)('practising the question bank', () => {
  let app: TestApp;
  let page: Page;
  let applicationId = '';

  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('explains where questions come from while the bank is empty', async () => {
    const bank = questionBankPage(page, app.url);
    await page.goto(app.url);
    await bank.navigate();
    await expect(bank.empty().innerText()).resolves.toMatch(/reflection step/i);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the questions saved in a debrief reflection, with the application they came from', async () => {
    ({ id: applicationId } = await call<{ id: string }>(app, 'POST', '/api/applications', { company: 'Northwind', title: 'Backend Engineer', date: '2026-10-01' }));
    await call(app, 'POST', `/api/applications/${applicationId}/events`, { stage: 'interview', occurredOn: '2026-10-10', round: 1 });
    await call(app, 'POST', `/api/applications/${applicationId}/rejection`, { channel: 'email' });
    const reflection = await call<{ questionsAdded: { question: string }[] }>(app, 'PUT', `/api/applications/${applicationId}/debrief/reflection`, {
      answers: [{ promptId: 'struggled_questions.list', value: `- ${SHARDING}\n- ${CONFLICT}` }],
    });
    expect(reflection.questionsAdded.map((q) => q.question)).toEqual([SHARDING, CONFLICT]);

    const bank = questionBankPage(page, app.url);
    await bank.goto();
    expect((await bank.questions()).sort()).toEqual([CONFLICT, SHARDING].sort());
    await expect(bank.applicationLink(SHARDING).getAttribute('href')).resolves.toBe(`/applications/${applicationId}`);
    await expect(bank.applicationLink(SHARDING).innerText()).resolves.toBe('Northwind');
    await expect(bank.practice(SHARDING)).resolves.toBe('Not practised yet');

    await bank.search('shard');
    expect(await bank.questions()).toEqual([SHARDING]);
    await expect(bank.count()).resolves.toBe('1 of 2 questions');
    await bank.search('');
  });

  it('keeps notes, a self-rating and practice across a reload', async () => {
    const bank = questionBankPage(page, app.url);
    await bank.writeNotes(SHARDING, 'Start from the access pattern: shard by customer id, mention hot spots and resharding.');
    await bank.rate(SHARDING, 4);
    await bank.practise(SHARDING);
    await expect(bank.practice(SHARDING)).resolves.toBe('Practised on 1 day, last today');
    await expect(bank.practiseButton(SHARDING).isDisabled()).resolves.toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Question bank' }).waitFor();
    await expect(bank.notes(SHARDING).inputValue()).resolves.toMatch(/^Start from the access pattern/);
    await expect(bank.rating(SHARDING, 4).isChecked()).resolves.toBe(true);
    await expect(bank.practice(SHARDING)).resolves.toBe('Practised on 1 day, last today');
    await expect(bank.practice(CONFLICT)).resolves.toBe('Not practised yet');

    await bank.show('Not practised yet');
    expect(await bank.questions()).toEqual([CONFLICT]);
    await bank.show('All questions');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works on a phone without sideways scrolling', async () => {
    const phone = await app.newPage({ width: 390, height: 844 });
    const bank = questionBankPage(phone, app.url);
    await bank.goto();
    await bank.card(CONFLICT).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(phone)).toEqual([]);
  });
});
