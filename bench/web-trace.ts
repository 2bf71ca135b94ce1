/**
 * `npx tsx bench/web-trace.ts <base url> [page paths…]`: where a cold load's time goes, per page —
 * the HTML, the entry script's arrival and evaluation, the session answer, the page's data answer,
 * and the first element drawn from the data. Read from the page's own clock
 * (Navigation and Resource Timing), with a mutation observer for the content.
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/support/e2e.js';

const CONTENT: Record<string, string> = {
  '/board': '[data-testid="board-card"]',
  '/applications': '[data-testid="application-row"]',
  '/insights': '[data-testid="bottleneck"]',
  '/': '[data-testid="home"]',
};

async function main(): Promise<void> {
  const [base, ...paths] = process.argv.slice(2);
  if (!base) throw new Error('usage: web-trace.ts <base> [paths]');
  const browser = await chromium.launch({ executablePath: chromiumPath()!, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  for (const path of paths.length ? paths : Object.keys(CONTENT)) {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript({
        content: `(() => {
          const selector = ${JSON.stringify(CONTENT[path])};
          window.__marks = {};
          const watch = new MutationObserver(() => {
            if (window.__marks.content === undefined && document.querySelector(selector)) { window.__marks.content = performance.now(); watch.disconnect(); }
          });
          watch.observe(document, { childList: true, subtree: true });
          document.addEventListener('DOMContentLoaded', () => { window.__marks.dcl = performance.now(); });
        })();`,
      });
      await page.goto(base + path);
      await page.waitForFunction(() => (globalThis as { __marks?: { content?: number } }).__marks?.content, undefined, { timeout: 60_000 });
      const marks = await page.evaluate(() => {
        interface Entry { name: string; startTime: number; responseEnd: number; domContentLoadedEventEnd: number }
        const g = globalThis as unknown as { __marks: Record<string, number>; performance: { getEntriesByType: (t: string) => Entry[] } };
        const nav = g.performance.getEntriesByType('navigation')[0]!;
        const res = g.performance.getEntriesByType('resource').map((r) => ({
          name: r.name.replace(/^https?:\/\/[^/]+/, ''),
          start: Math.round(r.startTime),
          end: Math.round(r.responseEnd),
        }));
        const paints = g.performance.getEntriesByType('paint').map((p) => `${p.name}=${Math.round(p.startTime)}`);
        return { html: Math.round(nav.responseEnd), dcl: Math.round(g.__marks.dcl ?? nav.domContentLoadedEventEnd), content: Math.round(g.__marks.content!), res, paints };
      });
      const entry = marks.res.find((r) => /\/assets\/index-.*\.js$/.test(r.name));
      const api = marks.res.filter((r) => r.name.startsWith('/api/')).map((r) => `${r.name} ${r.start}→${r.end}`);
      const lastScript = Math.max(...marks.res.filter((r) => r.name.endsWith('.js')).map((r) => r.end));
      console.log(
        `${path} run ${run}: html ${marks.html} | entry ${entry?.start}→${entry?.end} | scripts done ${lastScript} | dcl ${marks.dcl} | ${api.join(' | ')} | ${marks.paints.join(' ')} | content ${marks.content}`,
      );
      await context.close();
    }
  }
  await browser.close();
}

void main();
