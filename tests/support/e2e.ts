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
  newPage: (options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number }) => Promise<Page>;
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
      });
      contexts.push(context);
      return context.newPage();
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

/** Serious and critical accessibility violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
