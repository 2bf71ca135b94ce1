import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { journalPage } from './pages/index.js';

/** A string only the charting library's code holds. */
const CHART_LIBRARY = 'recharts-wrapper';

/**
 * A seeker opens the app on a slow connection: scripts arrive compressed and
 * stay cached, and a journal with nothing to draw does not download the
 * charting library.
 */
describe.skipIf(!hasBrowser)('what the browser downloads', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Scripts the page asked for while `act` ran, and which of them hold the charting library. */
  async function scriptsDuring(page: Page, act: () => Promise<void>): Promise<{ scripts: string[]; charts: string[] }> {
    const scripts: string[] = [];
    const listener = (req: { url: () => string; resourceType: () => string }) => {
      if (req.resourceType() === 'script') scripts.push(req.url());
    };
    page.on('request', listener);
    await act();
    await page.waitForLoadState('networkidle');
    page.off('request', listener);
    const charts: string[] = [];
    for (const url of scripts) if ((await (await fetch(url)).text()).includes(CHART_LIBRARY)) charts.push(url);
    return { scripts, charts };
  }

  it('opens an empty journal without the charting library, and loads it once there is a line to draw', async () => {
    const page = await app.newPage();
    const journal = journalPage(page, app.url);
    const empty = await scriptsDuring(page, () => journal.goto());
    await journal.empty().waitFor();
    expect(empty.scripts.length).toBeGreaterThan(0);
    expect(empty.charts).toEqual([]);

    for (const date of ['2026-11-02', '2026-11-03']) {
      const res = await fetch(`${app.url}/api/journal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mood: 3, date }) });
      expect(res.status).toBe(201);
    }
    const drawn = await scriptsDuring(page, async () => {
      await journal.goto();
      await journal.chart().waitFor();
    });
    expect(drawn.charts).toHaveLength(1);
  });

  it('opens the board with its own script only: no other page, no charting library', async () => {
    const page = await app.newPage();
    const board = await scriptsDuring(page, async () => {
      await page.goto(`${app.url}/board`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    });
    const names = board.scripts.map((url) => new URL(url).pathname.replace(/^\/assets\//, ''));
    expect(names.some((n) => n.startsWith('BoardPage-') || n.startsWith('HomePage-'))).toBe(true);
    expect(names.filter((n) => /^(ListPage|InsightsPage|ApplicationPage|NewApplicationPage|SettingsPage)-/.test(n))).toEqual([]);
    expect(board.charts).toEqual([]);
  });

  it('sends compressed scripts that browsers keep for a year, and an index page they never keep', async () => {
    const page = await app.newPage();
    const answers: { url: string; encoding: string | undefined; cache: string | undefined }[] = [];
    page.on('response', (res) => {
      const headers = res.headers();
      answers.push({ url: res.url(), encoding: headers['content-encoding'], cache: headers['cache-control'] });
    });
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const main = answers.find((a) => /\/assets\/index-[^/]+\.js$/.test(a.url));
    expect(main).toMatchObject({ encoding: 'br', cache: 'public, max-age=31536000, immutable' });
    expect(answers.find((a) => a.url === `${app.url}/`)).toMatchObject({ cache: 'private, no-store' });
  });

  it('draws the opened page with the frame at once, without a page loader on the way, and still opens the shortcuts', async () => {
    const page = await app.newPage();
    // Whether a loader ever showed before the list, watched from before the app's first script.
    await page.addInitScript({
      content: `(() => {
        window.__loaderSeen = false;
        new MutationObserver(() => {
          if (document.querySelector('[aria-label="Loading the page"], [aria-label="Loading Debrief"]')) window.__loaderSeen = true;
        }).observe(document, { childList: true, subtree: true });
      })();`,
    });
    await page.goto(`${app.url}/applications`);
    await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).getAttribute('aria-current')).resolves.toBe('page');
    expect(await page.evaluate(() => (globalThis as { __loaderSeen?: boolean }).__loaderSeen)).toBe(false);

    // The shortcuts dialog is built when first asked for, and opens again after it was closed.
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    // The page is drawn by the server before its script has taken over: a key pressed in that moment reaches no
    // handler, as it would for a person, who presses it again.
    for (let attempt = 0; ; attempt += 1) {
      await page.keyboard.press('?');
      try {
        await dialog.waitFor({ timeout: 1_000 });
        break;
      } catch (e) {
        if (attempt >= 15) throw e;
      }
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('?');
    await dialog.waitFor();
  });
});
