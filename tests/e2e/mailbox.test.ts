import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { hasDovecot, startImapServer, type TestImapServer } from '../support/dovecot.js';
import { buildEmail, SAMPLE_TEXTS } from '../support/mail.js';

const SUBJECT = 'Your application for Senior Data Scientist';

/**
 * A job seeker connects their mailbox in Settings instead of exporting it:
 * Debrief signs in, reads the new mail and files a rejection for review.
 */
describe.skipIf(!hasBrowser || !hasDovecot)('connecting a mailbox', () => {
  let app: TestApp;
  let imap: TestImapServer;
  let page: Page;
  beforeAll(async () => {
    [app, imap] = await Promise.all([startTestApp(), startImapServer()]);
    imap.deliver(buildEmail({
      from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: SUBJECT,
      body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Senior Data Scientist'), messageId: 'e2e-imap-1', date: '2026-11-12T09:00:00Z',
    }));
    await fetch(`${app.url}/api/applications`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ company: 'Larkspur Labs', title: 'Senior Data Scientist', date: '2026-11-01' }),
    });
    page = await app.newPage();
  });
  afterAll(async () => {
    await Promise.all([app?.close(), imap?.close()]);
  });

  const section = () => page.getByRole('region', { name: 'Mailbox' });

  it('offers to connect a mailbox in Settings, and a wrong password gets advice', async () => {
    await page.goto('/settings');
    await section().getByLabel('Email address or user name').fill(imap.user);
    await section().getByLabel('Password', { exact: false }).first().fill('not-the-password');
    await section().getByRole('button', { name: 'Server settings' }).click();
    await section().getByLabel('IMAP server').fill(imap.host);
    await section().getByLabel('Port').fill(String(imap.port));
    await section().getByLabel('TLS from the start').uncheck({ force: true });
    await section().getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => section().getByRole('alert').first().innerText(), { timeout: 20_000 }).toMatch(/refused the user name or password/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('connects, syncs with progress, and the rejection waits in the review queue', async () => {
    await section().getByLabel('Password', { exact: false }).first().fill(imap.password);
    await section().getByLabel('Keep the password on this computer').check({ force: true });
    await section().getByRole('button', { name: 'Connect' }).click();
    await section().getByText('Password kept').waitFor({ timeout: 20_000 });
    await section().getByRole('button', { name: 'Sync now' }).click();
    await section().getByText(/Last sync: 1 new message read, 1 proposed for review/).waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await section().getByRole('link', { name: 'Review proposals' }).click();
    await page.waitForURL(/\/import-mail$/);
    await page.getByText(SUBJECT).first().waitFor();
  });

  it('disconnects after a confirmation, keeping the imported mail', async () => {
    await page.goto('/settings');
    await section().getByRole('button', { name: 'Disconnect' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
    await section().getByLabel('Email address or user name').waitFor();
    const proposals = (await (await fetch(`${app.url}/api/mail/proposals`)).json()) as unknown[];
    expect(proposals).toHaveLength(1);
  });
});
