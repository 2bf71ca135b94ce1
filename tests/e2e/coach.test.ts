import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.js';
import { axeViolations, hasBrowser } from '../support/e2e.js';
import { startHostedE2E, type HostedE2E } from '../support/e2e-hosted.js';

/**
 * A seeker and a coach in Chromium, hosted, with a real mail catcher: the seeker invites the
 * coach with the progress scope; the coach sees the board but not the journal; the seeker
 * widens the scope and the coach sees the debriefs; the seeker revokes and the coach's page
 * says access ended. The new pages pass axe (desktop light for the coach, phone dark for the seeker).
 */
const run = hasBrowser && testDialects().includes('postgres');
const PASSWORD = 'a long walk in the rain';
const shots = process.env.SCREENSHOTS_DIR;

async function shot(page: Page, name: string, alsoPhone = false): Promise<void> {
  if (!shots) return;
  await page.screenshot({ path: `${shots}/coach-${name}.png`, fullPage: true });
  if (!alsoPhone) return;
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/coach-${name}-phone.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

async function signUpAndConfirm(h: HostedE2E, page: Page, email: string, name: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByText(/We sent a message to/).waitFor();
  await page.goto(await h.linkFor(email, 'verify-email'));
  await page.getByText('Your address is confirmed').waitFor();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function noAxeProblems(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect((await axeViolations(page)).map((v) => `${where}: ${v}`)).toEqual([]);
}

describe.runIf(run)('a seeker shares with a coach', () => {
  let h: HostedE2E;
  beforeAll(async () => {
    h = await startHostedE2E('open');
  });
  afterAll(() => h?.close());

  it('invites with progress, widens to debriefs, revokes; the coach sees exactly that', async () => {
    // Sam, the seeker (on a phone, in dark mode): one rejection and a journal entry.
    const sam = await h.newPage({ colorScheme: 'dark', width: 390, height: 844 });
    await signUpAndConfirm(h, sam, 'sam@example.org', 'Sam Rivera');
    await signIn(sam, 'sam@example.org');
    await sam.waitForURL((u) => u.pathname === '/');
    const api = async (path: string, data: unknown): Promise<{ id?: string; application?: { id: string } }> => {
      const r = await sam.request.post(`${h.url}/api${path}`, { data, headers: { origin: h.url } });
      expect(r.status(), await r.text()).toBeLessThan(300);
      return (await r.json()) as { id?: string };
    };
    const app = await api('/applications', { company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-02' });
    await api(`/applications/${app.id}/events`, { stage: 'interview', occurredOn: '2026-11-12' });
    await api(`/applications/${app.id}/rejection`, { date: '2026-11-20', reasons: [{ reason: 'skills_gap' }], message: 'We chose a candidate with more SQL.' });
    await api('/journal', { mood: 2, note: 'Slept badly after the call' });

    // Sam invites the coach with the progress scope only.
    await sam.goto('/settings');
    await sam.getByLabel('Your coach’s email').fill('ada@example.org');
    await sam.getByRole('button', { name: 'Send the invitation' }).click();
    await sam.getByRole('article', { name: 'Share with ada@example.org' }).getByText('invited', { exact: true }).waitFor();
    await noAxeProblems(sam, '/settings (sharing)');

    // Ada, the coach, opens the mailed link, signs in, and accepts.
    const ada = await h.newPage();
    await signUpAndConfirm(h, ada, 'ada@example.org', 'Ada Coach');
    const link = await h.linkFor('ada@example.org', '/coach/accept');
    await ada.goto(link.replace(h.url, ''));
    await signIn(ada, 'ada@example.org');
    await ada.getByRole('button', { name: 'Accept the invitation' }).waitFor();
    await noAxeProblems(ada, '/coach/accept');
    await ada.getByRole('button', { name: 'Accept the invitation' }).click();
    await ada.getByRole('heading', { level: 1, name: 'Sam Rivera' }).waitFor();
    await ada.getByTestId('client-board').getByText('Larkspur Labs').waitFor();
    await shot(ada, 'client-progress', true);
    await noAxeProblems(ada, '/coach/clients/:id');
    await ada.getByRole('tab', { name: 'Journal' }).click();
    await ada.getByText('Sam Rivera does not share their journal with you').waitFor();
    expect(await ada.getByText('Slept badly').count()).toBe(0);
    await ada.getByRole('tab', { name: 'Debriefs' }).click();
    await ada.getByText('Sam Rivera does not share their debriefs with you').waitFor();
    // A private note and a suggestion.
    await ada.getByLabel('New note').fill('Interview nerves; try a mock interview.');
    await ada.getByRole('button', { name: 'Save the note' }).click();
    await ada.getByText('Interview nerves; try a mock interview.').waitFor();
    await ada.getByLabel('The action').fill('Book one mock interview this week');
    await ada.getByRole('button', { name: 'Send the suggestion' }).click();
    await ada.getByText('waiting', { exact: true }).waitFor();
    await ada.goto('/coach');
    await ada.getByRole('link', { name: 'Sam Rivera' }).waitFor();
    await shot(ada, 'caseload', true);
    await noAxeProblems(ada, '/coach');

    // Sam sees what Ada opened, accepts the suggestion, and widens the scope to debriefs.
    await sam.goto('/settings');
    await sam.getByTestId('access-log').getByText('Board', { exact: true }).first().waitFor();
    await sam.getByRole('article', { name: 'Share with ada@example.org' }).getByLabel(/^Debriefs:/).click();
    await sam.getByText('ada@example.org now sees: progress, debriefs.').waitFor();
    if (shots) await sam.locator('section[aria-labelledby="sharing-heading"]').screenshot({ path: `${shots}/coach-settings-phone.png` });
    await sam.goto('/plan');
    await sam.getByRole('button', { name: 'Add to my plan' }).click();
    await sam.getByText('Added to your plan.').waitFor();
    await sam.getByText('Book one mock interview this week').first().waitFor();

    await ada.goto(link.replace(h.url, '').replace(/\/coach\/accept.*/, '/coach'));
    await ada.getByRole('link', { name: 'Sam Rivera' }).click();
    await ada.getByRole('tab', { name: 'Debriefs' }).click();
    await ada.getByTestId('client-debriefs').getByText('Larkspur Labs — Data Analyst').waitFor();
    await shot(ada, 'client-debriefs');
    expect(await ada.getByText('more SQL').count()).toBe(0); // message texts are never shared
    const clientUrl = ada.url();

    // Sam stops sharing: Ada's next page load says access ended.
    await sam.goto('/settings');
    await sam.getByRole('article', { name: 'Share with ada@example.org' }).getByRole('button', { name: 'Stop sharing' }).click();
    await sam.getByRole('dialog').getByRole('button', { name: 'Stop sharing' }).click();
    await sam.getByRole('article', { name: 'Share with ada@example.org' }).getByText('ended', { exact: true }).waitFor();
    await ada.goto(clientUrl);
    await ada.getByRole('heading', { level: 1, name: 'Access ended' }).waitFor();
    await shot(ada, 'access-ended');
    await ada.goto('/coach');
    await ada.getByText('No one shares their search with you yet').waitFor();
  }, 240_000);
});
