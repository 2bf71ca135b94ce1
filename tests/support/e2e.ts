import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { LOCAL_USER_ID } from '../../src/services/context.js';

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium, or null when this machine has none (a failure in CI). */
export function chromiumPath(): string | null {
  const found = CHROMIUM_CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
  if (!found && process.env.CI === 'true') throw new Error('Chromium is required in CI (apt-get install chromium; see .ci/run).');
  if (!found) console.warn('Chromium not found: end-to-end tests are skipped (apt-get install chromium).');
  return found;
}

export const hasBrowser = chromiumPath() !== null;

const root = join(import.meta.dirname, '..', '..');
const webDir = join(root, 'dist', 'web');

function ensureWebBuilt(): void {
  // tests/support/build-web.global.ts builds it before the browser tests start.
  if (!existsSync(join(webDir, 'index.html'))) throw new Error('The web app is not built: run `npm run build:web`.');
}

export interface TestApp {
  url: string;
  database: Database;
  browser: Browser;
  /** A fresh browser context (what axe scans need) with one page. */
  newPage: (options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number; timezoneId?: string }) => Promise<Page>;
  /** Closes the contexts opened so far (a page left open keeps drawing and takes the machine's time). */
  closePages: () => Promise<void>;
  close: () => Promise<void>;
}

/** A real server on a fresh SQLite file, and a headless Chromium. */
export async function startTestApp(): Promise<TestApp> {
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'debrief-e2e-'));
  const database = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
  await migrate(database.db);
  await ensureUser(database.db, LOCAL_USER_ID, 'Me', new Date().toISOString());
  const app = createApp({ db: database.db, webDir });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: chromiumPath() ?? undefined,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const contexts: BrowserContext[] = [];
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    browser,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: `http://127.0.0.1:${port}`,
        colorScheme: options.colorScheme ?? 'light',
        // Scans must see pages at rest, not half-way through a fade.
        reducedMotion: 'reduce',
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        // The browser's own calendar: the machine's unless a test places it elsewhere.
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      });
      contexts.push(context);
      return context.newPage();
    },
    closePages: async () => {
      for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Traffic {
  inFlight: number;
  last: number;
}
const traffic = new WeakMap<Page, Traffic>();

/** Counts the page's requests in flight (installed once per page). */
function trafficOf(page: Page): Traffic {
  let t = traffic.get(page);
  if (!t) {
    const state: Traffic = { inFlight: 0, last: Date.now() };
    page.on('request', () => {
      state.inFlight += 1;
      state.last = Date.now();
    });
    const ended = (): void => {
      state.inFlight = Math.max(0, state.inFlight - 1);
      state.last = Date.now();
    };
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    traffic.set(page, state);
    t = state;
  }
  return t;
}

/**
 * Opens `path` the way a person moving around the app does: the first time with a full load,
 * then through the app's own router (no reload, so the app and its cache stay warm).
 * Resolves once the new page has drawn: the address is `path`, a level-1 heading of the new
 * page is there, no loader shows and no request has been in flight for `quietMs`.
 * (The heading must be a new one: from one application to another, use page.goto.)
 */
export async function visit(page: Page, path: string, options: { quietMs?: number; timeoutMs?: number } = {}): Promise<void> {
  const quietMs = options.quietMs ?? 300;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const t = trafficOf(page);
  const loaded = page.url().startsWith('http');
  t.last = Date.now();
  if (loaded) {
    // Marks the heading of the page being left (so the wait below can tell the new page from
    // it), then moves as the app's links do. Code for the page is text: this file knows no DOM.
    await page.evaluate(`(() => {
      for (const h of document.querySelectorAll('h1')) h.setAttribute('data-left', '');
      window.history.pushState(null, '', ${JSON.stringify(path)});
      window.dispatchEvent(new PopStateEvent('popstate'));
    })()`);
  } else {
    await page.goto(path);
  }
  const remaining = (): number => Math.max(1, deadline - Date.now());
  try {
    await page.waitForFunction(`window.location.pathname + window.location.search === ${JSON.stringify(path)}`, undefined, { timeout: remaining() });
    await page.locator('h1:not([data-left])').first().waitFor({ timeout: remaining() });
    for (;;) {
      const quiet = t.inFlight === 0 && Date.now() - t.last >= quietMs;
      if (quiet && (await page.locator('.mantine-Loader-root:visible').count()) === 0) break;
      if (Date.now() > deadline) throw new Error(`${t.inFlight} request(s) still in flight or a loader still showing`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // One more frame, so what the last response brought is painted.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  } catch (error) {
    throw new Error(`${path} did not finish loading: ${(error as Error).message}`);
  }
}

/**
 * Serious and critical accessibility violations on the page as it is now.
 * axe runs inside the page (the app has no frames, so nothing is left out) and reports
 * violations in full but only one example of what passed: the default run also opens a
 * second page per scan and carries every passing element back and forth, which made the
 * scans most of the end-to-end time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
