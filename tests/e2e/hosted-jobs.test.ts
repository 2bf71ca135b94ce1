import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.js';
import { axeViolations, hasBrowser } from '../support/e2e.js';
import { startHostedE2E, type HostedE2E } from '../support/e2e-hosted.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

/**
 * Hosted mode's background jobs in Chromium: a mailbox upload waits for a worker, the page
 * keeps showing it after a reload, and the summary arrives once `debrief worker` runs. The
 * reminder mail switch in Settings. Both pass axe.
 */
const run = hasBrowser && testDialects().includes('postgres');
const PASSWORD = 'a long walk in the rain';
const shots = process.env.SCREENSHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/hosted-jobs-${name}.png`, fullPage: true });
}

const mbox = toMbox([
  buildEmail({ from: 'jobs@brightwave.io', subject: 'We received your application', body: SAMPLE_TEXTS.received('Brightwave', 'Platform Engineer'), messageId: 'e2e-job-1', date: '2026-11-14T09:00:00Z' }),
  buildEmail({ from: 'talent@larkspur.io', subject: 'Your application to Larkspur Labs', body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: 'e2e-job-2', date: '2026-11-15T09:00:00Z' }),
]);

describe.runIf(run)('hosted background jobs in the browser', () => {
  let h: HostedE2E;
  beforeAll(async () => {
    h = await startHostedE2E('open', { jobs: true });
  });
  afterAll(() => h?.close());

  it('follows a mailbox import through a reload until the worker has done it', async () => {
    const page = await h.newPage();
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Ada');
    await page.getByLabel('Email').fill('ada@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByText(/We sent a message to/).waitFor();
    await page.goto(await h.linkFor('ada@example.org', 'verify-email'));
    await page.getByLabel('Email').fill('ada@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Administration' }).waitFor();

    await page.goto('/import-mail');
    await page.locator('input[type="file"]').setInputFiles({ name: 'inbox.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // no worker yet: the upload is stored and waits
    await page.getByText('Uploaded. Waiting for the import to start…').waitFor();
    await page.reload();
    await page.getByText('Uploaded. Waiting for the import to start…').waitFor();
    await page.getByText('You can leave this page').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'waiting');

    await h.startWorker();
    await page.getByRole('region', { name: 'Import finished' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('proposal').first().waitFor();
    expect(await page.getByTestId('proposal').count()).toBe(2);
    await shot(page, 'done');

    // the reminder mail switch, on a phone
    const phone = await h.newPage({ width: 390, height: 844, colorScheme: 'dark' });
    await phone.goto('/sign-in');
    await phone.getByLabel('Email').fill('ada@example.org');
    await phone.getByLabel('Password').fill(PASSWORD);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await phone.goto('/settings');
    const reminder = phone.getByRole('switch', { name: 'Mail me what is due on my agenda' });
    await expect.poll(() => reminder.isEnabled(), { timeout: 15_000 }).toBe(true);
    await reminder.click(); // a controlled switch: it turns on once the setting is saved
    await expect.poll(() => reminder.isChecked()).toBe(true);
    await expect.poll(async () => (await (await phone.request.get('/api/settings')).json() as { reminderMail: boolean }).reminderMail).toBe(true);
    await phone.getByRole('heading', { name: 'Your account' }).scrollIntoViewIfNeeded();
    expect(await axeViolations(phone)).toEqual([]);
    await shot(phone, 'settings-phone');
  }, 180_000);
});
