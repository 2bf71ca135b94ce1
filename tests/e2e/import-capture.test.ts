import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';

const LINKEDIN = [
  'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
  '"3/7/24, 2:22 PM",,,Larkspur Labs,Data Analyst,https://www.linkedin.com/jobs/view/1,cv.pdf,',
  '"3/9/24, 9:00 AM",,,,Analyst,,,',
].join('\r\n');

const POSTING = `<html><head><title>Careers</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'JobPosting', title: 'QA Engineer', hiringOrganization: { name: 'Quarry' },
  jobLocation: { address: { addressLocality: 'Leeds', addressCountry: 'GB' } }, description: '<p>Testing, mostly.</p>',
})}</script></head><body></body></html>`;

/**
 * As a seeker bringing my search in, I upload LinkedIn's export, check the
 * columns, see what will happen (one row lacks a company), import the valid
 * row and find it on the board. Then I capture a job from a pasted page and
 * add it, and restore a backup of my data into the same tracker without
 * doubling anything.
 */
describe.skipIf(!hasBrowser)('bringing a search in and taking it along', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports a LinkedIn export, captures a pasted posting and restores a backup', { timeout: 180_000 }, async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}/import`);
    await page.getByRole('heading', { name: 'Import applications' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'Job Applications.csv', mimeType: 'text/csv', buffer: Buffer.from(LINKEDIN) });
    await page.getByRole('heading', { name: '2. Match the columns' }).waitFor();
    expect(await page.getByLabel('Field for column Company Name').first().inputValue()).toBe('Company');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Check what will happen' }).click();
    await page.getByText('1 new application', { exact: true }).waitFor();
    expect(await page.getByText('Line 3: no company').count()).toBe(1);
    await page.screenshot({ path: '/tmp/porting-import-1280.png', fullPage: true });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Your applications are in').waitFor();
    await page.getByRole('link', { name: 'See them on the board' }).click();
    await page.waitForURL(/\/board$/);
    await page.getByText('Larkspur Labs').first().waitFor();

    // Capture from a pasted page.
    await page.goto(`${app.url}/new`);
    await page.locator('label', { hasText: /^Page$/ }).click();
    await page.getByLabel('The page’s HTML (or its JSON-LD)').fill(POSTING);
    await page.getByRole('button', { name: 'Read the posting' }).click();
    await page.getByRole('heading', { name: 'New application' }).waitFor();
    expect(await page.getByLabel('Job title').inputValue()).toBe('QA Engineer');
    expect(await page.getByRole('textbox', { name: 'Company' }).inputValue()).toBe('Quarry');
    await page.screenshot({ path: '/tmp/porting-capture-review-1280.png', fullPage: true });
    await page.getByRole('button', { name: 'Add application' }).click();
    await page.waitForURL(/\/applications\/[a-z0-9]+$/);

    // Restore a backup into the tracker that already has these two: merge adds nothing twice.
    const backup = await (await page.request.get(`${app.url}/api/backup`)).body();
    await page.goto(`${app.url}/settings`);
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'debrief-backup.json', mimeType: 'application/json', buffer: backup });
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog', { name: 'You already have data here' }).waitFor();
    await page.getByRole('button', { name: 'Merge' }).click();
    await page.getByText('Restored: you now have 2 applications.').waitFor();
    await page.screenshot({ path: '/tmp/porting-settings-1280.png', fullPage: true });
  });

  it('fits a phone', { timeout: 60_000 }, async () => {
    const page = await app.newPage({ width: 390, height: 844 });
    for (const path of ['/import', '/new', '/proof?from=2024-01-01&to=2026-12-31']) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `/tmp/porting-${path.slice(1, 6).replace(/\W/g, '')}-390.png`, fullPage: true });
    }
  });
});
