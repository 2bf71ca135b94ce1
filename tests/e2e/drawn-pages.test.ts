import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READY_MARK } from '../../src/contracts/first-pages.js';
import type { Database } from '../../src/db/connect.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { hostedTestApp, type HostedTestApp } from '../support/hosted.js';

/**
 * The first pages come drawn by the server (ADR 0057): a seeker sees the board, the list, the insights and
 * the home page before the app's scripts have run; the page cannot be clicked until the app has taken it
 * over, and the app takes over what the server drew without drawing it again.
 */
describe.skipIf(!hasBrowser)('pages drawn by the server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const res = await fetch(`${app.url}/api/demo`, { method: 'POST' });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const [path, content, title] of [
    ['/board', '[data-testid="board-card"]', 'Board · Debrief'],
    ['/applications', '[data-testid="application-row"]', 'Applications · Debrief'],
    ['/insights', '[data-testid="bottleneck"]', 'Insights · Debrief'],
    ['/', '[data-testid="home"]', 'Home · Debrief'],
  ] as const) {
    it(`shows ${path} from the server's HTML, then takes it over without drawing it again`, async () => {
      // The page as it arrives, before any script: its content is in it, and it cannot be used yet.
      const html = await (await fetch(`${app.url}${path}`)).text();
      expect(html).toMatch(/<div id="root" inert data-drawn>/);
      // …named in the tab and the history from the first byte, as the app names it
      expect(html).toContain(`<title>${title}</title>`);
      const page = await app.newPage();
      const drawnBeforeScripts = await page.evaluate(`new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html').querySelector(${JSON.stringify(content)}) !== null`);
      expect(drawnBeforeScripts).toBe(true);

      const redrawn: string[] = [];
      page.on('console', (m) => {
        if (/redrew|hydrat/i.test(m.text()) || m.type() === 'error') redrawn.push(m.text());
      });
      page.on('pageerror', (e) => redrawn.push(e.message));
      await page.goto(path);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
      expect(await page.locator('#root').getAttribute('inert')).toBeNull();
      await expect.poll(() => page.locator(content).count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      expect(redrawn).toEqual([]);
    });
  }

  it('is usable once taken over: a card opens its application', async () => {
    const page = await app.newPage();
    await page.goto('/board');
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
    const card = page.getByTestId('board-card').first();
    const title = await card.getAttribute('data-title');
    await card.getByTestId('card-title').click();
    await page.waitForURL(/\/applications\/[^/]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(title ?? '');
  });
});

/** In hosted mode a page is drawn for the person signed in, from their own data, and for nobody else. */
describe.each(testDialects())('pages drawn by the server, hosted mode (%s)', (dialect) => {
  let database: Database;
  let h: HostedTestApp;
  let a: { cookie: string; id: string };
  let b: { cookie: string; id: string };
  const HOSTILE = 'Acme </div><script>alert(1)</script> & Co';

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    h = await hostedTestApp(database, { webDir: join(import.meta.dirname, '..', '..', 'dist', 'web') });
    a = await h.account('a@example.org');
    b = await h.account('b@example.org');
    const created = await h.request('POST', '/api/applications', { cookie: a.cookie, body: { company: HOSTILE, title: 'Data Analyst', appliedOn: '2026-11-18' } });
    expect(created.status, await created.clone().text()).toBe(201);
  });
  afterAll(async () => {
    await database?.close();
  });

  const root = (html: string): string => {
    const start = html.indexOf('<div id="root"');
    return html.slice(start, html.indexOf('<script type="application/json"', start));
  };

  it("draws the signed-in person's board from their data, escaped", async () => {
    const html = await (await h.request('GET', '/board', { cookie: a.cookie })).text();
    const drawn = root(html);
    expect(drawn).toMatch(/^<div id="root" inert data-drawn>/);
    expect(drawn).toContain('data-testid="board-card"');
    expect(drawn).toContain('Acme &lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).not.toContain('<script>alert(1)');
    // The scripts are named after the drawn page (the browser fetches only the styles while the server draws).
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('rel="stylesheet"');
    expect(head).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(html.indexOf('<script type="module"')).toBeGreaterThan(html.indexOf('data-drawn'));
  });

  it("draws another account's board without the first one's cards", async () => {
    const drawn = root(await (await h.request('GET', '/board', { cookie: b.cookie })).text());
    expect(drawn).toMatch(/^<div id="root" inert data-drawn>/);
    expect(drawn).not.toContain('Acme');
    expect(drawn).not.toContain('data-testid="board-card"');
  });

  it('draws nothing for someone signed out, and nothing on pages that are not first pages', async () => {
    const signedOut = await (await h.request('GET', '/board')).text();
    expect(root(signedOut)).toMatch(/^<div id="root"><\/div>/);
    expect(signedOut.slice(0, signedOut.indexOf('</head>'))).toContain('<script type="module"');
    expect(root(await (await h.request('GET', '/journal', { cookie: a.cookie })).text())).toMatch(/^<div id="root"><\/div>/);
  });
});
