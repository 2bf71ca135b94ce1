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

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
      it(`pages in ${scheme} on a ${name}`, async () => {
        const page = await app.newPage({ colorScheme: scheme, width, height });
        const paths = ['/board', '/applications', `/applications/${firstId}`, '/applications/new', '/companies', '/settings', '/import', '/new', '/proof?from=2026-01-01&to=2026-12-31', '/agenda', '/contacts', `/contacts/${contactId}`];
        const found: string[] = [];
        for (const path of paths) found.push(...(await scan(page, path)).map((v) => `${path}: ${v}`));
        expect(found).toEqual([]);
      });
      it(`the growth plan, the story bank and the preparation page in ${scheme} on a ${name}`, async () => {
        const page = await app.newPage({ colorScheme: scheme, width, height });
        const found: string[] = [];
        for (const path of ['/plan', '/stories', `/applications/${firstId}/prepare`]) found.push(...(await scan(page, path)).map((v) => `${path}: ${v}`));
        expect(found).toEqual([]);
      });

      it(`the home page and a weekly review in ${scheme} on a ${name}`, async () => {
        const page = await app.newPage({ colorScheme: scheme, width, height });
        const found: string[] = [];
        for (const path of ['/', `/review/${lastWeek}`]) found.push(...(await scan(page, path)).map((v) => `${path}: ${v}`));
        expect(found).toEqual([]);
      });
    }
  }
});
