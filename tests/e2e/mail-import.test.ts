import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';
import { applicationPage, mailImportPage } from './pages/index.js';

const REJECTION = 'Your application for Senior Data Scientist';
const INVITE = 'Interview invitation: Product Analyst';

const mbox = toMbox([
  buildEmail({ from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: REJECTION, body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Senior Data Scientist'), messageId: 'e2e-1', date: '2026-11-12T09:00:00Z' }),
  buildEmail({ from: 'no-reply@greenhouse.io', fromName: 'Quillon Software Recruiting', subject: INVITE, body: SAMPLE_TEXTS.interview('Quillon Software', 'Product Analyst'), messageId: 'e2e-2', date: '2026-11-13T09:00:00Z' }),
  buildEmail({ from: 'digest@technews.example', subject: 'Weekly digest', body: SAMPLE_TEXTS.newsletter(), messageId: 'e2e-3' }),
]);

/**
 * A job seeker exports their mailbox, uploads it, and lets Debrief file a
 * rejection against the right application after a look at the evidence.
 */
describe.skipIf(!hasBrowser)('importing mail', () => {
  let app: TestApp;
  let page: Page;
  let larkspur: string;
  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage();
    const post = async (company: string, title: string) => {
      const res = await fetch(`${app.url}/api/applications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ company, title, date: '2026-11-01' }) });
      return ((await res.json()) as { id: string }).id;
    };
    larkspur = await post('Larkspur Labs', 'Senior Data Scientist');
    await post('Quillon Software', 'Product Analyst');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows an empty review queue before any import', async () => {
    const mail = mailImportPage(page, app.url);
    await mail.goto();
    await mail.emptyQueue().waitFor();
  });

  it('uploads a small mbox and sees what was read, matched and skipped', async () => {
    const mail = mailImportPage(page, app.url);
    await mail.upload('inbox.mbox', mbox);
    await expect(mail.progress()).resolves.toEqual({ label: 'Read 3 messages — 100%', value: 100 });
    const summary = await mail.summary();
    expect(summary['Messages read']).toBe(3);
    expect(summary['Matched to an application']).toBe(2);
    expect(Object.keys(summary).some((k) => /^Skipped: not about an application/.test(k))).toBe(true);
    await mail.proposal(REJECTION).waitFor();
    await expect(mail.proposal(REJECTION).innerText()).resolves.toMatch(/sender domain larkspurlabs\.com/);
    await expect(mail.proposal(REJECTION).innerText()).resolves.toMatch(/move forward with other candidates/);
  });

  it('accepts the rejection from the review queue and finds the application rejected', async () => {
    const mail = mailImportPage(page, app.url);
    await mail.accept(REJECTION);
    await expect.poll(() => mail.proposalSubjects(), { timeout: 10_000 }).toEqual([INVITE]);
    const detail = applicationPage(page, app.url);
    await detail.goto(larkspur);
    await expect(detail.status()).resolves.toMatch(/Rejected/i);
    const entries = await detail.timelineEntries();
    expect(entries.some((e) => /Larkspur Labs Talent/.test(e))).toBe(true);
  });

  it('has no serious accessibility problems, on a phone too', async () => {
    const mail = mailImportPage(page, app.url);
    await mail.goto();
    await mail.proposal(INVITE).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const phone = await app.newPage({ width: 390, height: 844 });
    await mailImportPage(phone, app.url).goto();
    await mailImportPage(phone, app.url).proposal(INVITE).waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
