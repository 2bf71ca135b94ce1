import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { moveApplication } from '../../src/services/application-events.service.js';
import { createApplication } from '../../src/services/applications.service.js';
import { recordRejection } from '../../src/services/debrief.service.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import { addDays, todayIn } from '../../src/domain/time.js';
import { weekStartOf } from '../../src/domain/momentum/weeks.js';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';

/**
 * As a job seeker, I open Debrief on a calm home page: I set a goal and watch
 * its bar fill as I log applications; my first interview shows up as a win;
 * last week's review lists the rejection and the lesson I drew, and prints to
 * a clean PDF with the week's figures.
 */
describe.skipIf(!hasBrowser)('momentum: home, goals, wins and the weekly review', () => {
  let app: TestApp;
  let page: Page;
  const today = todayIn('UTC');
  const lastWeek = addDays(weekStartOf(today), -7);
  const ctx = () => ({ db: app.database.db, ownerId: 'local', now: () => new Date() });

  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  const bar = () => page.getByTestId('goal-applications').getByTestId('goal-bar');
  async function logApplication(company: string): Promise<string> {
    const res = await page.request.post(`${app.url}/api/applications`, { data: { company, title: 'Data Analyst', stage: 'applied', date: today } });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  it('sets a goal on the home page and fills its bar by logging applications', { timeout: 60_000 }, async () => {
    await page.goto(`${app.url}/`);
    await page.getByTestId('empty-board').waitFor();
    await expect.poll(() => page.title()).toBe('Home · Debrief');
    await page.getByRole('button', { name: 'Set goals' }).click();
    const dialog = page.getByRole('dialog', { name: 'Goals for the week' });
    await dialog.getByLabel('Applications sent').fill('2');
    await dialog.getByRole('button', { name: 'Save goals' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => bar().getAttribute('data-percent')).toBe('0');

    await logApplication('Larkspur Labs');
    await page.reload();
    await expect.poll(() => bar().getAttribute('data-percent')).toBe('50');
    await logApplication('Quillon Software');
    await page.reload();
    await expect.poll(() => bar().getAttribute('data-percent')).toBe('100');
    expect(await page.getByTestId('goal-applications').getByTestId('goal-text').innerText()).toMatch(/2 of 2 applications · met/);
    await page.getByTestId('heatmap').waitFor();
    expect(await page.getByTestId('heatmap').getByRole('img').getAttribute('aria-label')).toMatch(/2 things done on 1 day/);
  });

  it('shows a first interview as a win, celebrated quietly under reduced motion', { timeout: 60_000 }, async () => {
    // applied this week (on a Monday, today), so that last week's review below counts only its own application
    const a = await createApplication(ctx(), { company: 'Atlas Labs', title: 'Analytics Engineer', stage: 'applied', date: weekStartOf(today) });
    await moveApplication(ctx(), a.id, { stage: 'interview', occurredOn: today });
    await page.goto(`${app.url}/`);
    const wins = page.getByTestId('wins');
    await wins.getByText('Your first interview: Atlas Labs').waitFor();
    const celebration = page.getByTestId('celebration');
    await celebration.waitFor();
    expect(await celebration.innerText()).toMatch(/first interview: Atlas Labs/);
    expect(await celebration.getAttribute('data-motion')).toBe('none');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/momentum-e2e-home.png', fullPage: true });
    // Celebrated once: the next visit keeps the win, without the celebration.
    await page.reload();
    await wins.getByText('Your first interview: Atlas Labs').waitFor();
    expect(await page.getByTestId('celebration').count()).toBe(0);
  });

  it('lists last week’s rejection and its lesson in the review, and prints it to a PDF', { timeout: 90_000 }, async () => {
    const a = await createApplication(ctx(), { company: 'Mosaic Learning', title: 'Product Analyst', stage: 'applied', date: lastWeek });
    await moveApplication(ctx(), a.id, { stage: 'rejected', occurredOn: addDays(lastWeek, 2) });
    await recordRejection(ctx(), a.id, { channel: 'email', reasons: [{ reason: 'skills_gap' }] });
    await saveLessons(ctx(), a.id, { themes: [{ label: 'Timed SQL practice', evidence: [] }], outside: [] });

    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Read last week’s review' }).click();
    await page.waitForURL((u) => u.pathname === `/review/${lastWeek}`);
    const rejections = page.getByTestId('review-rejections');
    await rejections.getByText('Product Analyst at Mosaic Learning').waitFor();
    expect(await rejections.innerText()).toMatch(/Lessons: Timed SQL practice/);
    expect(await page.title()).toMatch(/^Weekly review, .* · Debrief$/);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    const figures = page.getByTestId('review-figures');
    expect(await figures.isVisible()).toBe(true);
    expect(await figures.innerText()).toMatch(/Applications sent\s+1\s+–/);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  });
});
