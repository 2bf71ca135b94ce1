import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { applicationPage, boardPage, listPage, toasts } from './pages/index.js';

interface Summary {
  id: string;
  title: string;
  company: string;
  status: string;
}

async function applications(page: Page, query: string): Promise<Summary[]> {
  const res = await page.request.get(`/api/applications?pageSize=200&${query}`);
  return ((await res.json()) as { items: Summary[] }).items;
}

/**
 * A seeker with a long search uses the board, the list and an application page
 * every day, on a laptop and on a phone.
 */
describe.skipIf(!hasBrowser)('the everyday screens of a long search', () => {
  let app: TestApp;
  let page: Page;
  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage({ width: 1440, height: 900 });
    const board = boardPage(page, app.url);
    await board.goto();
    await board.loadSample();
    await page.getByTestId('ended-columns').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows every open column on a 1440 px screen, ended ones as counts, in a board one screen tall', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    for (const status of ['saved', 'applied', 'screen', 'assessment', 'interview', 'final', 'offer'] as const) {
      const box = await board.column(status).root.boundingBox();
      expect(box, status).not.toBeNull();
      expect(box!.x, status).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, status).toBeLessThanOrEqual(1440);
      expect(box!.width, status).toBeGreaterThanOrEqual(148);
    }
    for (const status of ['accepted', 'rejected', 'withdrawn', 'ghosted'] as const) {
      expect(await board.isFolded(status), status).toBe(true);
    }
    expect(await board.column('rejected').total()).toBeGreaterThan(5);
    expect(await board.column('rejected').cards().count()).toBe(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(900 * 1.5);
    const applied = board.column('applied').root.getByTestId('column-cards');
    const scroll = await applied.evaluate((el) => ({ content: el.scrollHeight, shown: el.clientHeight }));
    expect(scroll.content).toBeGreaterThan(scroll.shown);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens an ended column, remembers it after a reload, and folds it again', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    await board.openEnded('rejected');
    // the opened column fills after it unfolds: wait for its first card before counting
    await board.column('rejected').cards().first().waitFor();
    expect(await board.column('rejected').cards().count()).toBeGreaterThan(0);
    expect(await board.board().evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await board.column('rejected').cards().first().waitFor();
    await board.foldEnded('rejected');
    await expect.poll(() => board.isFolded('rejected')).toBe(true);
  });

  it('drops a card on a folded column and moves it there with its menu too', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    const [saved] = await applications(page, 'status=saved');
    await board.dragCard({ title: saved!.title, company: saved!.company }, 'withdrawn');
    await expect.poll(async () => (await applications(page, 'status=withdrawn')).some((a) => a.id === saved!.id), { timeout: 10_000 }).toBe(true);
    const [other] = await applications(page, 'status=saved');
    await board.moveWithKeyboard({ title: other!.title, company: other!.company }, 'ghosted');
    await expect.poll(async () => (await applications(page, 'status=ghosted')).some((a) => a.id === other!.id), { timeout: 10_000 }).toBe(true);
  });

  it('reads an application as a page and edits it on demand', async () => {
    const [target] = await applications(page, 'status=interview');
    const detail = applicationPage(page, app.url);
    await detail.goto(target!.id);
    await detail.view.waitFor();
    expect(await detail.form.count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBeLessThanOrEqual(1); // only "Add a note"
    expect(await detail.fact('Source')).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);

    await detail.edit({ 'Job title': 'Changed my mind' });
    await detail.cancelEdit();
    await detail.view.waitFor();
    expect(await detail.title()).toBe(target!.title);

    await detail.edit({ Location: 'Lisbon' });
    expect(await axeViolations(page)).toEqual([]);
    await detail.save();
    await detail.view.waitFor();
    expect(await detail.fact('Where')).toContain('Lisbon');

    // Someone else saves first: the form says so instead of overwriting.
    await detail.edit({ Location: 'Porto' });
    const fresh = (await (await page.request.get(`/api/applications/${target!.id}`)).json()) as { version: number };
    await page.request.patch(`/api/applications/${target!.id}`, { data: { version: fresh.version, location: 'Madrid' }, headers: { origin: app.url } });
    await detail.save();
    await detail.staleAlert().waitFor();
    await detail.reloadLatest();
    await expect.poll(() => detail.field('Location').inputValue()).toBe('Madrid');
  });

  it('deletes from the application page, lands back on the board, and Undo brings it back whole', async () => {
    const board = boardPage(page, app.url);
    await board.goto();
    const [target] = await applications(page, 'status=interview');
    await board.openCard({ title: target!.title, company: target!.company });
    const detail = applicationPage(page, app.url);
    await detail.view.waitFor();
    await detail.addNote('Asked about the team structure.');
    await expect.poll(() => detail.timelineEntries()).toContainEqual(expect.stringContaining('team structure'));
    const before = await detail.timelineEntries();

    await detail.delete();
    await page.waitForURL((u) => u.pathname === '/board');
    await page.getByTestId('board').waitFor();
    expect(await page.getByText('does not exist').count()).toBe(0);
    const toast = toasts(page).filter({ hasText: 'Application deleted' });
    await toast.waitFor();
    const button = await toast.getByRole('button', { name: 'Undo' }).boundingBox();
    const box = await toast.boundingBox();
    expect(button!.x + button!.width).toBeLessThanOrEqual(box!.x + box!.width);
    expect(await board.card({ title: target!.title, company: target!.company }).count()).toBe(0);

    await board.undoFromToast();
    await board.card({ title: target!.title, company: target!.company }).waitFor();
    await detail.goto(target!.id);
    expect(await detail.timelineEntries()).toEqual(before);
  });

  it('deletes from a page opened from the filtered list and returns to that list', async () => {
    const list = listPage(page, app.url);
    await list.goto('status=applied');
    const title = (await list.rowTitles())[0]!;
    await list.rows().first().getByRole('link').first().click();
    const detail = applicationPage(page, app.url);
    await detail.view.waitFor();
    expect(await detail.backLink().innerText()).toMatch(/Applications/);
    await detail.delete();
    await page.waitForURL((u) => u.pathname === '/applications' && u.searchParams.get('status') === 'applied');
    await toasts(page).filter({ hasText: 'Application deleted' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.rowTitles()).toContain(title);
  });

  describe('on a 390 px phone', () => {
    let phone: Page;
    beforeAll(async () => {
      const context = await app.browser.newContext({
        baseURL: app.url,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        reducedMotion: 'reduce',
      });
      phone = await context.newPage();
    });

    it('shows status badges whole and folds the filters behind a button with a count', async () => {
      const list = listPage(phone, app.url);
      await list.goto('status=interview,assessment');
      const badges = phone.getByTestId('status-badge');
      expect(await badges.count()).toBeGreaterThan(0);
      for (const badge of await badges.all()) {
        const { text, cut } = await badge.evaluate((el) => ({
          text: el.textContent,
          cut: [el, ...el.querySelectorAll('*')].some((n) => n.scrollWidth > n.clientWidth + 1),
        }));
        expect(cut, text ?? '').toBe(false);
      }
      const toggle = phone.getByTestId('filters-toggle');
      expect(await toggle.isVisible()).toBe(true);
      expect(await phone.getByTestId('filters-count').innerText()).toMatch(/^1/);
      expect(await phone.getByRole('main').getByRole('searchbox', { name: 'Search' }).isVisible()).toBe(false);
      const table = await phone.getByTestId('applications-table').boundingBox();
      expect(table!.y).toBeLessThan(844);
      expect(await phone.getByTestId('side-scroll-hint').first().isVisible()).toBe(true);
      await toggle.click();
      await phone.getByRole('main').getByRole('searchbox', { name: 'Search' }).waitFor();
      expect(await axeViolations(phone)).toEqual([]);
    });

    it('gives fingers 44 px targets: drag handles, move menus and rating stars', async () => {
      const board = boardPage(phone, app.url);
      await board.goto();
      for (const status of ['accepted', 'rejected', 'withdrawn', 'ghosted'] as const) {
        const box = await board.column(status).root.boundingBox();
        expect(box!.x + box!.width, `${status} is in sight on the phone`).toBeLessThanOrEqual(390);
      }
      const card = phone.getByTestId('board-card').first();
      for (const target of [card.getByTestId('drag-handle'), card.getByTestId('move-menu')]) {
        const box = await target.boundingBox();
        expect(box!.width).toBeGreaterThanOrEqual(44);
        expect(box!.height).toBeGreaterThanOrEqual(44);
      }
      await phone.goto('/applications/new');
      await phone.getByRole('button', { name: 'More details' }).click();
      const star = phone.getByRole('group', { name: 'Fit' }).locator('.mantine-Rating-symbolBody').first();
      const box = await star.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    });

    it('lets the picture of the whole search scroll sideways and says so', async () => {
      await phone.goto('/insights');
      const sankey = phone.getByTestId('sankey');
      await sankey.waitFor({ timeout: 15_000 });
      // the hint follows the first measurement of the drawn picture (a resize observer), a moment after it shows
      const hint = sankey.getByTestId('side-scroll-hint');
      await hint.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      expect(await hint.isVisible()).toBe(true);
    });
  });
});
