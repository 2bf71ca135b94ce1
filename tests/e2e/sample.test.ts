import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';

/**
 * As a newcomer with one application of my own, I load the sample job search
 * from Settings to see what Debrief does: the board lists debriefs to finish,
 * Insights shows rejection reasons and recurring themes in plain words, the
 * journal draws my mood over three months and the question bank holds
 * practised questions. Then I remove the sample in one action, after a
 * confirmation: the sample is gone, my own application stays.
 */
describe.skipIf(!hasBrowser)('the sample job search, loaded and removed', () => {
  let app: TestApp;
  let ownId = '';
  beforeAll(async () => {
    app = await startTestApp();
    const res = await fetch(`${app.url}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.url },
      body: JSON.stringify({ company: 'Acme Analytics', title: 'My own role' }),
    });
    expect(res.status).toBe(201);
    ownId = ((await res.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('tells the whole story, then leaves only my own data when removed', { timeout: 180_000 }, async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/settings`);
    await page.getByRole('heading', { name: 'Sample job search' }).waitFor();
    expect(await page.title()).toBe('Settings · Debrief');
    await page.getByRole('button', { name: 'Load a sample job search' }).click();
    const banner = page.getByTestId('sample-banner');
    await banner.waitFor({ timeout: 120_000 });
    expect(await axeViolations(page)).toEqual([]);

    // The board: debriefs still to finish.
    await page.goto(`${app.url}/board`);
    await page.getByTestId('debriefs-to-finish').waitFor();
    expect(await page.getByTestId('debriefs-to-finish').getByRole('link', { name: /Continue the debrief/ }).count()).toBeGreaterThanOrEqual(3);
    expect(await page.title()).toBe('Board · Debrief');

    // Insights: reasons and recurring themes, in plain words.
    await page.goto(`${app.url}/insights`);
    const reasons = page.getByTestId('reasons-table');
    await reasons.waitFor({ timeout: 20_000 });
    expect(await reasons.innerText()).toMatch(/Position filled/);
    const themes = page.getByTestId('themes-table');
    expect(await themes.innerText()).toMatch(/Concise answers\s+3/);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/Wilson|\bq = |No after/);
    expect(text).toMatch(/outside your control/);
    await page.screenshot({ path: '/tmp/sample-insights-1440.png', fullPage: false });

    // The journal: a mood chart over the search.
    await page.goto(`${app.url}/journal`);
    const chart = page.getByRole('figure', { name: 'Mood over time' });
    await chart.waitFor({ timeout: 20_000 });
    await expect.poll(() => chart.locator('svg path').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('journal-entry').count()).toBeGreaterThanOrEqual(15);
    expect(await page.title()).toBe('Journal · Debrief');

    // The question bank: questions practised on several days.
    await page.goto(`${app.url}/questions`);
    await page.getByTestId('question-card').first().waitFor();
    const badges = await page.getByTestId('practice-badge').allInnerTexts();
    expect(badges.filter((b) => /Practised on [2-9] days/.test(b)).length).toBeGreaterThanOrEqual(2);

    // Remove it, after a confirmation that says what stays.
    await page.goto(`${app.url}/board`);
    await banner.getByRole('button', { name: 'Remove the sample' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the sample job search?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Anything you added yourself stays/);
    expect((await axeViolations(page)).join('\n')).toBe('');
    await dialog.getByRole('button', { name: 'Remove the sample' }).click();
    await banner.waitFor({ state: 'detached', timeout: 30_000 });

    await page.goto(`${app.url}/applications`);
    await expect.poll(() => page.getByTestId('list-total').innerText()).toBe('1 application');
    expect(await page.getByTestId('application-row').getAttribute('data-application-id')).toBe(ownId);
    await page.goto(`${app.url}/insights`);
    await page.getByTestId('insights-empty').waitFor();
    await page.goto(`${app.url}/journal`);
    await page.getByTestId('journal-empty').waitFor();
  });
});
