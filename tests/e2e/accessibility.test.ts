import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { boardPage } from './pages/index.js';

/**
 * Every page passes an axe scan (WCAG 2.1 A/AA) with no serious or critical
 * violation, in light and dark, on a desktop and on a phone.
 */
describe.skipIf(!hasBrowser)('accessibility of every page', () => {
  let app: TestApp;
  let firstId = '';
  let contactId = '';
  let lastWeek = '';
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  async function scan(page: Page, path: string): Promise<string[]> {
    await page.goto(`${app.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    return axeViolations(page);
  }

  it('the home page and the empty board of a first run', async () => {
    const page = await app.newPage();
    expect(await scan(page, '/')).toEqual([]);
    expect(await scan(page, '/board')).toEqual([]);
  });

  it('the coaching and organisation pages of local mode, which say they need a hosted Debrief (light desktop, dark phone)', async () => {
    const found: string[] = [];
    for (const [scheme, width, height] of [['light', 1280, 800], ['dark', 390, 844]] as const) {
      const page = await app.newPage({ colorScheme: scheme, width, height });
      found.push(...(await scan(page, '/coach')).map((v) => `/coach (${scheme}): ${v}`));
      await page.getByText('Coaching needs a hosted Debrief').waitFor();
      found.push(...(await scan(page, '/org')).map((v) => `/org (${scheme}): ${v}`));
      await page.getByText('Organisations need a hosted Debrief').waitFor();
    }
    expect(found).toEqual([]);
  });

  it('loads the sample job search from the empty board', async () => {
    const page = await app.newPage();
    const board = boardPage(page, app.url);
    await board.goto();
    await board.loadSample();
    await expect.poll(() => board.column('rejected').total(), { timeout: 15_000 }).toBeGreaterThan(5);
    const res = await page.request.get(`${app.url}/api/applications?pageSize=1`);
    const body = (await res.json()) as { total: number; items: { id: string }[] };
    expect(body.total).toBe(60);
    firstId = body.items[0]!.id;
    const contacts = (await (await page.request.get(`${app.url}/api/contacts`)).json()) as { id: string }[];
    contactId = contacts[0]!.id;
    lastWeek = ((await (await page.request.get(`${app.url}/api/home`)).json()) as { lastWeek: string }).lastWeek;
  });

  /** Pages scanned together (few per test, so a slow machine does not run into the time limit). */
  const GROUPS: [string, () => string[]][] = [
    ['the board and applications', () => ['/board', '/applications', `/applications/${firstId}`, '/applications/new']],
    ['companies and settings', () => ['/companies', '/settings']],
    ['import, capture and proof of search', () => ['/import', '/new', '/proof?from=2026-01-01&to=2026-12-31']],
    ['the agenda and contacts', () => ['/agenda', '/contacts', `/contacts/${contactId}`]],
    ['the growth plan, the story bank and the preparation page', () => ['/plan', '/stories', `/applications/${firstId}/prepare`]],
    ['the home page and a weekly review', () => ['/', `/review/${lastWeek}`]],
  ];

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
      for (const [what, paths] of GROUPS) {
        it(`${what} in ${scheme} on a ${name}`, async () => {
          const page = await app.newPage({ colorScheme: scheme, width, height });
          const found: string[] = [];
          for (const path of paths()) found.push(...(await scan(page, path)).map((v) => `${path}: ${v}`));
          await page.close();
          expect(found).toEqual([]);
        });
      }
    }
  }
});
