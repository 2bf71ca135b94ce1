import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { newId } from '../../src/domain/ids.js';
import { loadSampleSearch } from '../../src/services/demo.service.js';
import { testDialects } from '../support/databases.js';
import { axeViolations, hasBrowser } from '../support/e2e.js';
import { startHostedE2E, type HostedE2E } from '../support/e2e-hosted.js';

/**
 * Organisations in Chromium (hosted, new accounts by invitation): an admin starts an organisation,
 * makes a cohort and invites an address with no account yet, whose owner creates one from the link
 * and joins; once five members who chose to count have applications in it, the admin sees the
 * cohort's funnel. The /org pages pass axe in light and dark, desktop and phone.
 */
const run = hasBrowser && testDialects().includes('postgres');
const PASSWORD = 'a long walk in the rain';
const shots = process.env.SCREENSHOTS_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/org-${name}.png`, fullPage: true });
}

describe.runIf(run)('organisations in the browser', () => {
  let h: HostedE2E;
  let orgPath = '';
  let cohortPath = '';
  beforeAll(async () => {
    h = await startHostedE2E('invite');
  });
  afterAll(() => h?.close());

  it('an admin creates a cohort and sees its funnel once five consenting members count', async () => {
    const admin = await h.newPage();
    await admin.goto('/sign-up');
    await admin.getByLabel('Your name').fill('Ada');
    await admin.getByLabel('Email').fill('ada@example.org');
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Create my account' }).click();
    await admin.goto(await h.linkFor('ada@example.org', 'verify-email'));
    await admin.getByLabel('Email').fill('ada@example.org');
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('link', { name: 'Organisations' }).click();
    await admin.getByLabel('Name').fill('Northside Careers');
    await admin.getByRole('button', { name: 'Create organisation' }).click();
    await admin.getByRole('heading', { name: 'Northside Careers', level: 1 }).waitFor();
    orgPath = new URL(admin.url()).pathname;
    await admin.getByLabel('Name').fill('Autumn 2026');
    await admin.getByLabel('Program').fill('Data');
    await admin.getByLabel('Location').fill('Leeds');
    await admin.getByRole('button', { name: 'Create cohort' }).click();
    await admin.getByRole('link', { name: 'Autumn 2026' }).click();
    await admin.getByText('Not enough people to show figures yet').waitFor();
    cohortPath = new URL(admin.url()).pathname;

    // An invitation for an address with no account yet: the link leads to creating one, then back to joining.
    await admin.goto(orgPath);
    await admin.getByRole('tab', { name: 'Invitations' }).click();
    await admin.getByLabel('Email (optional)').fill('nina@example.org');
    await admin.getByRole('button', { name: 'Make an invitation' }).click();
    const invitation = await h.linkFor('nina@example.org', '/org/join');
    const nina = await h.newPage({ width: 390, height: 844 });
    await nina.goto(invitation);
    await nina.getByText('You were invited').waitFor();
    await shot(nina, 'invited-sign-in-390');
    await nina.getByRole('link', { name: 'create one with the address it was sent to' }).click();
    await nina.getByLabel('Your name').fill('Nina');
    await nina.getByLabel('Email').fill('nina@example.org');
    await nina.getByLabel('Password').fill(PASSWORD);
    await nina.getByRole('button', { name: 'Create my account' }).click();
    await nina.getByText('Almost there').waitFor();
    await nina.goto(await h.linkFor('nina@example.org', 'verify-email'));
    await nina.getByLabel('Email').fill('nina@example.org');
    await nina.getByLabel('Password').fill(PASSWORD);
    await nina.getByRole('button', { name: 'Sign in' }).click();
    await nina.getByRole('button', { name: 'Join Northside Careers' }).click();
    await nina.getByText('You are part of Northside Careers').waitFor();

    // Five members join the cohort, each choosing to count, each with a job search.
    const db = h.database.db;
    const cohortId = cohortPath.split('/').at(-1)!;
    const org = await db.selectFrom('org_cohorts').select('org_id').where('id', '=', cohortId).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    for (let i = 1; i <= 5; i++) {
      const id = newId();
      await ensureUser(db, id, `Member ${i}`, now);
      await db.insertInto('org_members').values({ id: newId(), org_id: org.org_id, owner_id: id, role: 'member', cohort_id: cohortId, counts: 1, joined_at: now, consent_changed_at: now }).execute();
      await loadSampleSearch({ db, ownerId: id, now: () => new Date() });
    }
    await admin.reload();
    await admin.getByRole('heading', { name: 'Funnel' }).waitFor();
    const applied = Number(await admin.getByTestId('funnel-applied').textContent());
    expect(applied).toBeGreaterThan(5);
    await admin.getByText(/5 members counted/).waitFor();
    await shot(admin, 'cohort-desktop');
  }, 240_000);

  for (const [scheme, width, height] of [['light', 1280, 800], ['dark', 390, 844]] as const) {
    it(`the /org pages pass axe (${scheme}, ${width} px)`, async () => {
      const page = await h.newPage({ colorScheme: scheme, width, height });
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill('ada@example.org');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((u) => u.pathname === '/');
      const problems: string[] = [];
      for (const [path, ready] of [
        ['/org', 'Start an organisation'],
        [orgPath, 'How applications went'],
        [cohortPath, 'Funnel'],
        ['/org/join?token=not-a-real-token-at-all', 'This invitation link has expired'],
      ] as const) {
        await page.goto(path);
        await page.getByText(ready).first().waitFor();
        problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
        await shot(page, `${path.split('/')[2]?.split('?')[0] ?? 'list'}${path.includes('cohorts') ? '-cohort' : ''}-${scheme}-${width}`);
      }
      await page.goto(orgPath);
      for (const tab of ['Members', 'Invitations', 'Compare']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tabpanel').waitFor();
        problems.push(...(await axeViolations(page)).map((v) => `${orgPath} (${tab}): ${v}`));
        await shot(page, `${tab.toLowerCase()}-${scheme}-${width}`);
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
