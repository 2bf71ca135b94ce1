import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REASONS, isRejectionReason } from '../../src/domain/debrief/reasons.js';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { buildEmail, toMbox } from '../support/mail.js';
import { boardPage, debriefPage, debriefsToFinish, mailImportPage } from './pages/index.js';

const SUBJECT = 'Your application: Data Analyst';
const MESSAGE = [
  'Dear Alex,',
  '',
  'Thank you for taking the time to interview with us for the Data Analyst role at Larkspur Labs. We enjoyed meeting you.',
  '',
  'After careful consideration, we have decided to move forward with another candidate whose SQL experience was stronger.',
  '',
  'If it would help, I would be happy to set up a short call to share more detailed feedback. We would also welcome an application from you for future openings.',
  '',
  'Best wishes,',
  'Hannah Okafor',
  'Talent Partner, Larkspur Labs',
].join('\n');

/**
 * A rejection arrives by mail. The seeker imports the mailbox, accepts the
 * rejection, and the debrief opens already knowing what the message said.
 * With nothing to learn this time, they finish the lessons empty-handed,
 * and the debrief leaves "Debriefs to finish".
 */
describe.skipIf(!hasBrowser)('debriefing a rejection found in mail', () => {
  let app: TestApp;
  let page: Page;
  let id = '';
  let readerReasons: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage();
    const res = await fetch(`${app.url}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-01' }),
    });
    id = ((await res.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports the mailbox and accepts the rejection', async () => {
    const mail = mailImportPage(page, app.url);
    await mail.goto();
    await mail.upload(
      'inbox.mbox',
      toMbox([buildEmail({ from: 'hannah@larkspurlabs.com', fromName: 'Hannah Okafor', subject: SUBJECT, body: MESSAGE, messageId: 'e2e-mail-rej', date: '2026-11-12T09:00:00Z' })]),
    );
    await mail.proposal(SUBJECT).waitFor();
    const queue = (await (await fetch(`${app.url}/api/mail/proposals`)).json()) as { reader: { reasons: string[] } }[];
    readerReasons = queue[0]?.reader.reasons ?? [];
    expect(readerReasons.length).toBeGreaterThan(0);
    await mail.accept(SUBJECT);
    await page.getByRole('button', { name: 'Open the debrief' }).click();
    await page.waitForURL((u) => u.pathname === `/applications/${id}/debrief`);
  });

  it('opens the debrief with the message, reasons and offer already filled in', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.waitForStep(1);
    await debrief.openStep('What they said');
    await debrief.waitForStep(2);
    await expect(page.getByRole('main').getByRole('textbox', { name: 'The message' }).inputValue()).resolves.toContain('SQL experience was stronger');
    for (const reason of readerReasons.filter(isRejectionReason)) {
      await expect(debrief.reasonCard(REASONS[reason].label).isVisible()).resolves.toBe(true);
    }
    await expect(debrief.feedbackOffered().isChecked()).resolves.toBe(true);
    await expect(debrief.doorOpen().isChecked()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('drafts the feedback request to Hannah, taking up her offer of a call', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.openStep('Ask for feedback');
    await debrief.waitForStep(3);
    const body = await debrief.draftBody();
    expect(body).toMatch(/^Hi Hannah,/);
    expect(body).toMatch(/You kindly offered to talk me through some feedback/);
    expect(body).not.toMatch(/ on \d{1,2} [A-Z][a-z]+ /);
    await expect(page.getByTestId('offer-taken-up').isVisible()).resolves.toBe(true);
  });

  it('finishes with no themes: the debrief is done and leaves "Debriefs to finish"', async () => {
    const debrief = debriefPage(page, app.url);
    const main = page.getByRole('main');
    for (const [step, label, skip] of [[1, 'How you feel', 'Skip this step'], [3, 'Ask for feedback', "I'd rather not ask"], [4, 'Reflect', 'Skip this step']] as const) {
      await debrief.openStep(label);
      await debrief.waitForStep(step);
      await main.getByRole('button', { name: skip }).click();
      await debrief.waitForStep(step + 1);
    }
    await debrief.openStep('Lessons');
    await debrief.waitForStep(5);
    expect(await debrief.chosenThemes()).toEqual([]);
    await debrief.finish();
    await expect(debrief.finished().innerText()).resolves.toMatch(/Debrief done/);

    await page.reload();
    await page.getByTestId('debrief-finished').waitFor();
    const board = boardPage(page, app.url);
    await board.goto();
    await board.board().waitFor();
    await expect(debriefsToFinish(page).root.count()).resolves.toBe(0);
  });
});
