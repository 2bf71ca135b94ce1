import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.js';
import { axeViolations, hasBrowser } from '../support/e2e.js';
import { startHostedE2E, type HostedE2E } from '../support/e2e-hosted.js';

/**
 * Hosted mode in Chromium, with a real mail catcher: the administrator's first sign-up, an
 * invitation, confirming the address, the sample, signing out, a new password, and an
 * account disabled while it is in use. The new pages pass axe in light and dark, desktop and phone.
 */
const run = hasBrowser && testDialects().includes('postgres');
const PASSWORD = 'a long walk in the rain';
const shots = process.env.SCREENSHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/hosted-${name}.png`, fullPage: true });
}

async function signUp(page: Page, path: string, email: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Your name').fill(email.split('@')[0]!);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByText(/We sent a message to/).waitFor();
}

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.runIf(run)('hosted mode in the browser', () => {
  let h: HostedE2E;
  beforeAll(async () => {
    h = await startHostedE2E('invite');
  });
  afterAll(() => h?.close());

  it('an invited person signs up, confirms, uses the app, resets the password, and is disabled', async () => {
    // The administrator: the first account needs no invitation.
    const admin = await h.newPage();
    await signUp(admin, '/sign-up', 'ada@example.org');
    await admin.goto(await h.linkFor('ada@example.org', 'verify-email'));
    await admin.getByText('Your address is confirmed').waitFor();
    await signIn(admin, 'ada@example.org');
    await admin.getByRole('link', { name: 'Administration' }).click();
    await admin.getByLabel('Invite someone').fill('ben@example.org');
    await admin.getByRole('button', { name: 'Make an invitation link' }).click();
    const invitation = (await admin.getByTestId('invitation-link').textContent())!;
    expect(invitation).toContain('/sign-up?invitation=');
    await shot(admin, 'admin');
    // A second invitation, made by mistake, is withdrawn after one more question.
    await admin.getByLabel('Invite someone').fill('typo@example.org');
    await admin.getByRole('button', { name: 'Make an invitation link' }).click();
    await admin.getByText('typo@example.org · open until').waitFor();
    await admin.getByText('typo@example.org · open until').locator('..').getByRole('button', { name: 'Withdraw' }).click();
    const withdraw = admin.getByRole('dialog', { name: 'Withdraw the invitation for typo@example.org?' });
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    // The dialog and its overlay are gone before anything else on the page is clicked.
    await withdraw.waitFor({ state: 'detached' });
    await admin.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
    await admin.getByText('typo@example.org · open until').waitFor({ state: 'detached' });
    await admin.getByText('ben@example.org · open until').waitFor();

    // Ben: the invitation, the confirmation mail, the sample, signing out.
    const ben = await h.newPage({ width: 390, height: 844 });
    await ben.goto('/sign-up');
    await ben.getByText('welcomes new accounts by invitation').waitFor();
    await signUp(ben, invitation.replace(h.url, ''), 'ben@example.org');
    await ben.goto(await h.linkFor('ben@example.org', 'verify-email'));
    await signIn(ben, 'ben@example.org');
    await ben.getByRole('button', { name: /Load a sample job search/ }).first().click();
    await ben.getByText('You are exploring a sample job search').waitFor({ timeout: 90_000 });
    await ben.goto('/settings');
    await shot(ben, 'settings-phone');
    await ben.getByRole('button', { name: 'Sign out', exact: true }).click();
    await ben.getByRole('button', { name: 'Sign in' }).waitFor();

    // A new password by mail.
    await ben.getByRole('button', { name: 'Forgot your password?' }).click();
    await ben.getByLabel('Email').fill('ben@example.org');
    await ben.getByRole('button', { name: 'Send the link' }).click();
    await ben.getByText(/a link to choose a new password is on its way/).waitFor();
    await ben.goto(await h.linkFor('ben@example.org', 'reset-password'));
    await ben.getByLabel('New password').fill('another long sentence');
    await ben.getByRole('button', { name: 'Save my new password' }).click();
    await ben.getByText('Your new password is saved').waitFor();
    await signIn(ben, 'ben@example.org', 'another long sentence');
    await ben.getByText('You are exploring a sample job search').waitFor();

    // The administrator disables Ben: his next request finds him signed out.
    await admin.reload();
    await admin.getByRole('row', { name: /ben@example.org/ }).getByRole('button', { name: 'Disable' }).click();
    // the confirmation's own button, once its dialog is open (not the row's, under the dialog's overlay)
    await admin.getByRole('dialog').getByRole('button', { name: 'Disable', exact: true }).click();
    await admin.getByText('ben@example.org is disabled and signed out.').waitFor();
    await ben.goto('/applications');
    await ben.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(ben, 'ben@example.org', 'another long sentence');
    await ben.getByText('This account is disabled').waitFor();
  });

  for (const [scheme, width, height] of [['light', 1280, 800], ['dark', 390, 844]] as const) {
    it(`the sign-in, sign-up, reset and administration pages pass axe (${scheme}, ${width} px)`, async () => {
      const page = await h.newPage({ colorScheme: scheme, width, height });
      const problems: string[] = [];
      for (const path of ['/sign-in', '/sign-up', '/reset-password?token=x']) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
        await shot(page, `${path.slice(1).split('?')[0]}-${scheme}-${width}`);
      }
      await page.goto('/sign-in');
      await signIn(page, 'ada@example.org');
      await page.waitForURL((u) => u.pathname === '/');
      await page.goto('/admin');
      await page.getByRole('heading', { name: 'Administration' }).waitFor();
      problems.push(...(await axeViolations(page)).map((v) => `/admin: ${v}`));
      await shot(page, `admin-${scheme}-${width}`);
      expect(problems).toEqual([]);
    });
  }
});
