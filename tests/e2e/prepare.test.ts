import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { moveApplication } from '../../src/services/application-events.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import { listQuestionBank, saveReflection } from '../../src/services/reflection.service.js';
import { createStory } from '../../src/services/stories.service.js';
import { addDays, todayIn } from '../../src/domain/time.js';
import { givenApplication } from '../support/builders.js';
import { hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';

/**
 * A seeker with an interview booked in three days opens it from the home
 * page's agenda and finds, on one printable page, the question that tripped
 * them up at this stage before, with the story that answers it.
 */
describe.skipIf(!hasBrowser)('preparing for a booked interview', () => {
  let app: TestApp;
  let page: Page;
  let bookedId = '';
  beforeAll(async () => {
    app = await startTestApp();
    const ctx = { db: app.database.db, ownerId: 'local', now: () => new Date() };
    const today = todayIn('UTC', new Date());
    const past = await givenApplication(ctx, { company: 'Contoso', title: 'Data Analyst', date: addDays(today, -40) }, ['screen', 'interview']);
    await debrief.recordRejection(ctx, past.id, { channel: 'email' });
    await saveReflection(ctx, past.id, { answers: [{ promptId: 'struggled_questions.list', value: 'Tell me about a time you disagreed with a colleague' }] });
    await saveLessons(ctx, past.id, { themes: [{ slug: 'concise_answers', evidence: [{ kind: 'feedback', ref: 'feedback', excerpt: 'answers ran long' }] }] });
    const [question] = await listQuestionBank(ctx);
    await createStory(ctx, { title: 'The release slot', situation: 'Two teams wanted the same release.', result: 'Shipped a week early.', questionIds: [question!.id] });
    const booked = await givenApplication(ctx, { company: 'Northwind', title: 'Senior Analyst', date: addDays(today, -10) }, []);
    await moveApplication(ctx, booked.id, { stage: 'interview', occurredOn: addDays(today, 3) });
    bookedId = booked.id;
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the preparation page from the agenda on the home page, and it prints without the navigation', async () => {
    await page.goto(app.url);
    const item = page.getByTestId('home-agenda-item').filter({ hasText: 'Northwind' });
    await item.getByRole('link', { name: 'Prepare for it' }).click();
    await page.getByTestId('prepare-page').waitFor();
    expect(page.url()).toBe(`${app.url}/applications/${bookedId}/prepare`);
    expect(await page.getByTestId('prep-booked').innerText()).toMatch(/Interview \(round 1\) with Northwind on .+, in 3 days\./);
    const questions = page.getByTestId('prep-questions');
    expect(await questions.innerText()).toContain('Tell me about a time you disagreed with a colleague');
    expect(await questions.innerText()).toContain('Stories that fit: The release slot');
    expect(await page.getByTestId('prep-themes').innerText()).toContain('Concise answers');
    expect(await page.getByTestId('prep-stories').innerText()).toContain('Shipped a week early.');
    await page.screenshot({ path: '/tmp/growth2-prepare-desktop.png', fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/growth2-prepare-phone.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: /Northwind, Senior Analyst/ }).click();
    expect(await page.getByTestId('prepare-link').innerText()).toBe('Prepare for the interview');
  });
});
