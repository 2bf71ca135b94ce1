import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { addForm, applicationPage, boardPage, listPage } from './pages/index.js';

/**
 * A job seeker tracks an application from the first day to a rejection.
 */
describe.skipIf(!hasBrowser)('tracking an application', () => {
  let app: TestApp;
  let page: Page;
  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('greets a first-time user with an empty board and a way to start', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    await expect(board.emptyState().isVisible()).resolves.toBe(true);
  });

  it('adds an application with the form and finds it in the Applied column', async () => {
    const form = addForm(page, app.url);
    await form.goto();
    await form.fill({ company: 'Larkspur Labs', title: 'Analytics Engineer' });
    await form.submit();
    await page.getByTestId('app-title').waitFor();
    const board = boardPage(page, app.url);
    await board.goto();
    await board.card('Analytics Engineer').waitFor();
    expect(await board.statusOf('Analytics Engineer')).toBe('applied');
  });

  it('refuses an application without a company, saying which field is missing', async () => {
    const form = addForm(page, app.url);
    await form.goto();
    await form.fill({ title: 'Data Analyst' });
    await form.submit();
    await expect(form.form.getByText(/company is required/i).first().isVisible()).resolves.toBe(true);
  });

  it('drags the card to Interview and keeps it there after a reload', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    await board.dragCard('Analytics Engineer', 'interview');
    await expect.poll(() => board.statusOf('Analytics Engineer'), { timeout: 10_000 }).toBe('interview');
    await page.reload();
    await board.card('Analytics Engineer').waitFor();
    expect(await board.statusOf('Analytics Engineer')).toBe('interview');
  });

  it('moves a card with the keyboard alone', async () => {
    const form = addForm(page, app.url);
    await form.goto();
    await form.fill({ company: 'Quillon Software', title: 'Product Analyst' });
    await form.submit();
    await page.getByTestId('app-title').waitFor();
    const board = boardPage(page, app.url);
    await board.goto();
    await board.moveWithKeyboard('Product Analyst', 'screen');
    await expect.poll(() => board.statusOf('Product Analyst'), { timeout: 10_000 }).toBe('screen');
  });

  it('marks the application rejected and shows it in the Rejected column and on its timeline', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    await board.openCard('Analytics Engineer');
    const detail = applicationPage(page, app.url);
    await page.getByTestId('app-title').waitFor();
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await detail.moveTo('rejected');
    await detail.goto(id);
    const entries = await detail.timelineEntries();
    expect(entries[0]).toMatch(/Rejected/);
    expect(entries.some((e) => /Interview/.test(e))).toBe(true);
    expect(await detail.stageReached()).toMatch(/Interview/);
    await board.goto();
    expect(await board.isFolded('rejected')).toBe(true);
    await board.openEnded('rejected');
    await board.card('Analytics Engineer').waitFor();
    expect(await board.statusOf('Analytics Engineer')).toBe('rejected');
  });

  it('offers keyboard shortcuts: n for a new application, m to move the open one', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    await page.locator('body').press('n');
    await page.getByRole('form', { name: 'New application' }).waitFor();
    await board.goto();
    await board.openCard('Product Analyst');
    await page.getByTestId('app-title').waitFor();
    await page.locator('body').press('m');
    const dialog = page.getByRole('dialog', { name: 'Move to stage' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lists applications with the filters kept in the address', async () => {
    const list = listPage(page, app.url);
    await page.goto(`${app.url}/applications?status=screen`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByText('Product Analyst').first().isVisible()).toBe(true);
    expect(await page.getByText('Analytics Engineer').count()).toBe(0);
    expect(list).toBeTruthy();
  });
});
