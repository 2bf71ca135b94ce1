import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as debrief from '../../src/services/debrief.service.js';
import { saveLessons } from '../../src/services/lessons.service.js';
import { givenApplication } from '../support/builders.js';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';

/**
 * A job seeker opens their growth plan after two interview-stage rejections
 * that both named the same theme, adopts a suggested action, finishes it, and
 * is told honestly that it is too early to tell whether it helped.
 */
describe.skipIf(!hasBrowser)('the growth plan', () => {
  let app: TestApp;
  let page: Page;
  beforeAll(async () => {
    app = await startTestApp();
    const ctx = { db: app.database.db, ownerId: 'local', now: () => new Date() };
    for (const [company, date] of [['Northwind', '2026-10-01'], ['Contoso', '2026-10-20']] as const) {
      const a = await givenApplication(ctx, { company, title: 'Backend Engineer', date }, ['screen', 'interview']);
      await debrief.recordRejection(ctx, a.id, { channel: 'email', reasons: [{ reason: 'internal_candidate' }] });
      await saveLessons(ctx, a.id, { themes: [{ slug: 'concise_answers', evidence: [{ kind: 'feedback', ref: 'feedback', excerpt: `${company}: answers were long` }] }] });
    }
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('adopts a suggested action from a theme, completes it, and sees "too early to tell"', async () => {
    await page.goto('/plan');
    const theme = page.getByRole('listitem', { name: 'Concise answers' });
    await theme.waitFor();
    expect(await page.title()).toBe('Growth plan · Debrief');
    expect(await theme.getByTestId('plan-theme-why').innerText()).toMatch(/^Raised in 2 of your last 2 interview-stage rejections/);
    await expect.poll(() => page.getByTestId('plan-outside').innerText()).toMatch(/Another candidate|internal/i);
    expect(await axeViolations(page)).toEqual([]);

    // The evidence is one click away, and links to the debrief.
    await theme.getByRole('button', { name: /Evidence: 2 debriefs/ }).click();
    await theme.getByRole('link', { name: 'Contoso — Backend Engineer' }).waitFor();

    await theme.getByRole('button', { name: /^Adopt: / }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add an action to your plan' });
    await dialog.waitFor();
    const title = await dialog.getByLabel('What will you do?').inputValue();
    expect(title.length).toBeGreaterThan(10);
    expect(await dialog.getByLabel('Stage it targets').inputValue()).toBe('interview');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add to plan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const action = page.getByRole('listitem', { name: title });
    await action.waitFor();
    expect(await action.innerText()).toContain('Works on: Concise answers');
    await action.getByLabel(`Status of “${title}”`).selectOption('done');
    await page.getByRole('button', { name: /Show finished and dropped \(1\)/ }).click();
    const help = page.getByRole('listitem', { name: title }).getByTestId('did-it-help');
    await help.waitFor();
    expect(await help.innerText()).toMatch(/Too early to tell: about \d+ more outcomes needed/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a link that is not a web address, in the form', async () => {
    await page.getByRole('button', { name: 'Add an action' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an action to your plan' });
    await dialog.getByLabel('What will you do?').fill('Read a book on interviews');
    await dialog.getByLabel('Link').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Add to plan' }).click();
    await dialog.getByText('Use a web address starting with http:// or https://').waitFor();
  });
});
