import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';

/**
 * As a job seeker with the sample search loaded, I open Insights: the whole
 * search is drawn as a Sankey, every conversion has its interval, a segment
 * opens the applications behind it and each one links to its page; once I
 * debrief a rejection, its reasons show up. The page passes axe scans in light
 * and dark, on a desktop and on a phone.
 */
describe.skipIf(!hasBrowser)('insights on the sample job search', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const res = await fetch(`${app.url}/api/demo`, { method: 'POST' });
    expect(res.ok).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function openInsights(page: Page): Promise<void> {
    await page.goto(`${app.url}/insights`);
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await page.getByTestId('sankey').waitFor();
  }

  it('draws the Sankey and the conversion table with intervals', async () => {
    const page = await app.newPage();
    await openInsights(page);
    const sankey = page.getByTestId('sankey');
    await expect.poll(() => sankey.locator('svg rect').count(), { timeout: 15_000 }).toBeGreaterThan(4);
    expect(await sankey.locator('svg path').count()).toBeGreaterThan(3);
    expect(await sankey.locator('svg text').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Sent/)]));

    const rows = page.getByTestId('conversion-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const first = await rows.first().innerText();
    expect(first).toMatch(/\d+%–\d+%/);
    const bar = rows.first().getByRole('img');
    expect(await bar.getAttribute('aria-label')).toMatch(/likely between \d+% and \d+%/);

    await expect.poll(() => page.getByTestId('reasons-empty').innerText()).toMatch(/No rejection has been debriefed yet/);
  });

  it('opens the applications behind a segment, and one links to its page', async () => {
    const page = await app.newPage();
    await openInsights(page);
    const group = page.locator('table').filter({ has: page.getByRole('columnheader', { name: 'The rest' }) }).locator('tbody tr').first();
    const label = (await group.getByRole('button').innerText()).trim();
    const counts = /\((\d+)\/(\d+)\)/.exec(await group.locator('td').nth(1).innerText());
    await group.getByRole('button').click();

    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await expect.poll(() => drawer.getByRole('heading').first().innerText()).toContain(label);
    await expect.poll(() => drawer.getByText(/\d+ applications?/).first().innerText(), { timeout: 10_000 }).toMatch(new RegExp(`^${counts?.[2] ?? '\\d+'} application`));
    const link = drawer.getByRole('link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/applications\/[\w-]+$/);
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });

  it('clicking a figure opens its applications', async () => {
    const page = await app.newPage();
    await openInsights(page);
    await page.getByRole('button', { name: /^Offers: \d+\. Show the applications/ }).click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.getByRole('link').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('shows rejection reasons once a rejection is debriefed', async () => {
    const page = await app.newPage();
    const list = await page.request.get(`${app.url}/api/applications?status=rejected&pageSize=3`);
    const items = ((await list.json()) as { items: { id: string; status: string }[] }).items.filter((a) => a.status === 'rejected');
    expect(items.length).toBeGreaterThan(1);
    const reasons = [[{ reason: 'internal_candidate' }], [{ reason: 'skills_gap' }]];
    for (const [k, a] of items.slice(0, 2).entries()) {
      const res = await page.request.post(`${app.url}/api/applications/${a.id}/rejection`, { data: { reasons: reasons[k] } });
      expect(res.status(), await res.text()).toBeLessThan(300);
    }
    await openInsights(page);
    const table = page.getByTestId('reasons-table');
    await table.waitFor();
    expect(await table.innerText()).toMatch(/Internal candidate/);
    await expect.poll(() => page.getByTestId('reasons-chart').locator('svg rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#reasons-title').innerText()).toMatch(/Rejection reasons/);

    // The reason opens the application debriefed with it.
    await table.getByRole('button', { name: 'Internal candidate', exact: true }).click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.getByRole('heading').first().innerText()).toContain('Internal candidate');
    await expect.poll(() => drawer.getByText(/\d+ applications?/).first().innerText(), { timeout: 10_000 }).toMatch(/^1 application/);
    expect(await drawer.getByRole('link').getAttribute('href')).toBe(`/applications/${items[0]?.id}`);
    await drawer.getByRole('button', { name: 'Close the list' }).click();
    await drawer.waitFor({ state: 'hidden' });

    // So does its count, and the outside-control figure: both name that application.
    await table.getByRole('button', { name: /^1 rejection citing internal candidate: show them/ }).click();
    await expect.poll(() => drawer.getByRole('link').getAttribute('href'), { timeout: 10_000 }).toBe(`/applications/${items[0]?.id}`);
    await drawer.getByRole('button', { name: 'Close the list' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /^Entirely outside your control: 1\. Show the applications/ }).click();
    await expect.poll(() => drawer.getByRole('link').getAttribute('href'), { timeout: 10_000 }).toBe(`/applications/${items[0]?.id}`);
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
      it(`passes an axe scan in ${scheme} on a ${name}`, async () => {
        const page = await app.newPage({ colorScheme: scheme, width, height });
        await openInsights(page);
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page)).toEqual([]);
        // The drawer of applications too.
        await page.getByRole('button', { name: /^Sent: \d+\. Show the applications/ }).click();
        await page.getByRole('dialog').getByRole('link').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
