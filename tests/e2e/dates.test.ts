import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { addForm } from './pages/index.js';
import { fieldErrorOf } from './pages/shared.js';

/** A day well in the past in the browser's own calendar, as "D MMM YYYY" and YYYY-MM-DD. */
function daysAgo(n: number): { typed: string; iso: string } {
  const d = new Date(Date.now() - n * 86_400_000);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { typed: `${d.getDate()} ${months[d.getMonth()] ?? ''} ${d.getFullYear()}`, iso };
}

/**
 * A job seeker types dates by hand, makes a slip, and is told so plainly
 * instead of the app quietly saving another day.
 */
describe.skipIf(!hasBrowser)('typing dates and numbers by hand', () => {
  let app: TestApp;
  let page: Page;
  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses "31 Feb" with the reason and does not save the application with another day', async () => {
    const form = addForm(page, app.url);
    await form.goto();
    await form.fill({ company: 'Larkspur Labs', title: 'Data Analyst' });
    const date = form.form.getByRole('textbox', { name: 'Applied on' });
    await date.fill('31 Feb 2026');
    await date.press('Tab');
    await expect.poll(() => fieldErrorOf(page, date)).toMatch(/"31 Feb 2026" is not a date: February 2026 has 28 days/);
    await expect(date.inputValue()).resolves.toBe('31 Feb 2026');
    expect(await axeViolations(page)).toEqual([]);
    await form.submit();
    await expect(page.getByTestId('app-title').isVisible()).resolves.toBe(false);
    const list = (await (await page.request.get('/api/applications')).json()) as { total: number };
    expect(list.total).toBe(0);

    const day = daysAgo(20);
    await date.fill(day.typed);
    await date.press('Tab');
    await expect.poll(() => fieldErrorOf(page, date)).toBeNull();
    await form.submit();
    await page.getByTestId('app-title').waitFor();
    const saved = (await (await page.request.get('/api/applications')).json()) as { items: { appliedOn: string }[] };
    expect(saved.items[0]?.appliedOn).toBe(day.iso);
  });

  it('refuses a negative number of days before "no response" instead of saving 1', async () => {
    await page.goto(`${app.url}/settings`);
    const days = page.getByRole('textbox', { name: /Flag “no response” after/ });
    await days.fill('-3');
    await days.press('Tab');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => fieldErrorOf(page, days)).toMatch(/whole number of days from 1 to 365/);
    await expect(days.inputValue()).resolves.toBe('-3');
    const settings = (await (await page.request.get('/api/settings')).json()) as { noResponseDays: number };
    expect(settings.noResponseDays).toBe(21);
  });
});
