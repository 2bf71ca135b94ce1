import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, visit, type TestApp } from '../support/e2e.js';
import { boardPage } from './pages/index.js';

/**
 * Every page passes an axe scan (WCAG 2.1 A/AA) with no serious or critical
 * violation, in light and dark, on a desktop and on a phone.
 *
 * Each look (colour scheme × width) is one browser context that moves from page
 * to page through the app, as a person does; every page is scanned in every look.
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

  /** Opens each path in turn and scans it; each violation names its page and look. */
  async function scanAll(page: Page, paths: string[], look: string): Promise<string[]> {
    const found: string[] = [];
    for (const path of paths) {
      await visit(page, path);
      found.push(...(await axeViolations(page)).map((v) => `${path} (${look}): ${v}`));
    }
    return found;
  }

  it('the home page and the empty board of a first run', async () => {
    const page = await app.newPage();
    expect(await scanAll(page, ['/', '/board'], 'light, 1280 px')).toEqual([]);
    await page.context().close();
  });

  it('the coaching and organisation pages of local mode, which say they need a hosted Debrief (light desktop, dark phone)', async () => {
    const found: string[] = [];
    for (const [scheme, width, height] of [['light', 1280, 800], ['dark', 390, 844]] as const) {
      const page = await app.newPage({ colorScheme: scheme, width, height });
      found.push(...(await scanAll(page, ['/coach'], `${scheme}, ${width} px`)));
      await page.getByText('Coaching needs a hosted Debrief').waitFor();
      found.push(...(await scanAll(page, ['/org'], `${scheme}, ${width} px`)));
      await page.getByText('Organisations need a hosted Debrief').waitFor();
      await page.context().close();
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
    await page.context().close();
  });

  /** Every page with the sample loaded, in two halves per look (each half well inside the time limit). */
  const HALVES: [string, () => string[]][] = [
    [
      'the home page, the board, applications, companies, settings, import and capture',
      () => ['/', '/board', '/applications', `/applications/${firstId}`, '/applications/new', '/companies', '/settings', '/import', '/new'],
    ],
    [
      'proof of search, the agenda, contacts, the growth plan, stories, preparation and a weekly review',
      () => ['/proof?from=2026-01-01&to=2026-12-31', '/agenda', '/contacts', `/contacts/${contactId}`, '/plan', '/stories', `/applications/${firstId}/prepare`, `/review/${lastWeek}`],
    ],
  ];

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
      for (const [what, paths] of HALVES) {
        it(`${what} in ${scheme} on a ${name}`, async () => {
          const page = await app.newPage({ colorScheme: scheme, width, height });
          const found = await scanAll(page, paths(), `${scheme}, ${width} px`);
          await page.context().close();
          expect(found).toEqual([]);
        }, 240_000);
      }
    }
  }
});
