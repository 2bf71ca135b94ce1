import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as debrief from '../../src/services/debrief.service.js';
import { saveReflection } from '../../src/services/reflection.service.js';
import { givenApplication } from '../support/builders.js';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';

/**
 * A job seeker practises the questions they struggled with: one card at a
 * time, the keyboard alone is enough, and a weak answer comes back sooner.
 */
describe.skipIf(!hasBrowser)('spaced practice', () => {
  let app: TestApp;
  let page: Page;
  beforeAll(async () => {
    app = await startTestApp();
    const ctx = { db: app.database.db, ownerId: 'local', now: () => new Date() };
    const application = await givenApplication(ctx, { company: 'Northwind', title: 'Backend Engineer', date: '2026-11-01' }, ['interview']);
    await debrief.recordRejection(ctx, application.id, { channel: 'email' });
    await saveReflection(ctx, application.id, {
      answers: [{ promptId: 'struggled_questions.list', value: 'Tell me about a conflict\nDesign a rate limiter\nWhy us?' }],
    });
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('practises three cards with the keyboard and says when each comes back', async () => {
    await page.goto('/practice');
    await page.getByText('Question 1 of 3').waitFor();
    expect(await page.title()).toBe('Practice · Debrief');
    expect(await axeViolations(page)).toEqual([]);
    for (const [i, key] of ['1', '3', '4'].entries()) {
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: 'How did your answer go?' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press(key);
      // The rating is saved once the next question shows (after the last one, the summary below).
      if (i < 2) await page.getByText(`Question ${i + 2} of 3`).waitFor();
    }
    const done = page.getByRole('region', { name: /Well done: 3 practised/ });
    await done.waitFor();
    const text = await done.innerText();
    expect(text).toMatch(/comes back in \d+ minutes?/);
    expect(text).toMatch(/comes back in \d+ (days|weeks)/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the weak answer is due again first, and the question bank counts the practice', async () => {
    const bank = (await (await fetch(`${app.url}/api/question-bank`)).json()) as { practiceCount: number }[];
    expect(bank.map((q) => q.practiceCount)).toEqual([1, 1, 1]);
    const queue = (await (await fetch(`${app.url}/api/practice`)).json()) as { items: unknown[]; due: number; fresh: number };
    expect(queue.fresh).toBe(0);
  });
});
