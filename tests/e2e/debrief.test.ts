import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { todayIn } from '../../src/domain/time.js';
import { hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { applicationPage } from './pages/application.js';
import { debriefPage, debriefPanel } from './pages/debrief.js';
import { journalPage } from './pages/journal.js';
import { fieldErrorOf } from './pages/shared.js';

const MESSAGE = `Hi Sam,

Thank you for interviewing for the Data Analyst role at Brightwater. After a lot of thought we have decided to offer
the position to an internal candidate who already knows our systems.

If you would like feedback on your interviews, just reply to this email. We would be glad to hear from you again
for future openings.

<script>alert("not run")</script>
Best wishes,
Jo`;

async function seriousViolations(page: Page): Promise<string[]> {
  // Every rule (not only WCAG's), run inside the page with the violations in full (see axeViolations).
  const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode().analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}

/**
 * A job seeker hears "no" after an interview and works through the debrief:
 * feelings, the message, a feedback request, reflection and lessons.
 */
describe.skipIf(!hasBrowser)('debriefing a rejection', () => {
  let app: TestApp;
  let page: Page;
  let id = '';

  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const res = await fetch(`${app.url}/api/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ company: 'Brightwater', title: 'Data Analyst', date: '2026-10-01' }),
    });
    id = ((await res.json()) as { id: string }).id;
    await fetch(`${app.url}/api/applications/${id}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ stage: 'interview', occurredOn: '2026-10-10', round: 1 }),
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the debrief when the application is moved to Rejected', async () => {
    await applicationPage(page, app.url).goto(id);
    await applicationPage(page, app.url).moveTo('rejected');
    await page.waitForURL(/\/debrief$/);
    const debrief = debriefPage(page, app.url);
    // The move recorded the rejection: the debrief opens straight on its first step.
    await debrief.waitForStep(1);
    expect(await debrief.stepPosition()).toContain('Step 1 of 5');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('checks in with a low mood and is offered rest, without being stopped', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.checkIn({ mood: 2, feelings: ['disappointed', 'tired'], note: 'I really wanted this one.' }, { save: false });
    await expect(debrief.supportCard().innerText()).resolves.toMatch(/day off/i);
    await debrief.saveAndContinue();
    await debrief.waitForStep(2);
  });

  it('reads the pasted message, highlights the evidence and explains the outside reason', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.pasteMessage(MESSAGE);
    await debrief.readItForMe();
    const marks = await debrief.highlightedSentences();
    expect(marks.join(' ')).toMatch(/internal candidate/);
    expect(await debrief.highlightedMessage().innerText()).toContain('<script>');
    await expect(debrief.feedbackOffered().isChecked()).resolves.toBe(true);
    await expect(debrief.suggestion('ask_feedback').isVisible()).resolves.toBe(true);
    expect((await debrief.reframes()).join(' ')).toMatch(/head start/);
    expect(await seriousViolations(page)).toEqual([]);
    await debrief.saveAndContinue();
    await debrief.waitForStep(3);
  });

  it('drafts a feedback request, copies it and marks it as sent', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.chooseRecipient('Hiring manager');
    await debrief.chooseTone('Warm');
    await debrief.setContactName('Jo');
    await debrief.setYourName('Sam');
    expect(await debrief.draftBody()).toMatch(/^Hi Jo,/);
    await debrief.copyEmail();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Brightwater');
    await debrief.showLinkedin();
    const count = Number((await debrief.linkedinCount()).split(' ')[0]);
    expect(count).toBeLessThanOrEqual(300);
    // A day that does not exist, typed by hand, stops "Mark as sent" with the reason, not the previous day.
    const main = page.getByRole('main');
    const sentOn = main.getByRole('textbox', { name: 'Sent on' });
    await sentOn.fill('31 Feb 2026');
    await main.getByRole('button', { name: 'Mark as sent' }).click();
    await expect.poll(() => fieldErrorOf(page, sentOn)).toMatch(/"31 Feb 2026" is not a date/);
    await expect(main.getByTestId('feedback-waiting').count()).resolves.toBe(0);
    const unsent = (await (await page.request.get(`/api/applications/${id}/debrief`)).json()) as { feedbackRequest: { status: string } };
    expect(unsent.feedbackRequest.status).toBe('not_requested');
    // Today as the app counts it (the seeker's time zone, UTC by default), not the machine's local day:
    // in a zone ahead of UTC that is tomorrow until the offset has passed, and refused as a day in the future.
    const [year, month, day] = todayIn('UTC').split('-').map(Number) as [number, number, number];
    const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    await sentOn.fill(`${day} ${monthNames[month - 1] ?? ''} ${year}`);
    await sentOn.press('Tab');
    await expect.poll(() => fieldErrorOf(page, sentOn)).toBeNull();
    await debrief.markSent();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('records generic feedback and is offered a follow-up asking for specifics', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.recordFeedback('You were a strong candidate and it was a close decision. We wish you the best.');
    await debrief.genericNotice().waitFor();
    await debrief.followUp().waitFor();
    await debrief.saveAndContinue();
    await debrief.waitForStep(4);
  });

  it('reflects on the interview and saves a hard question', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.answer('What would you do differently next time?', 'My SQL answers rambled; I would practise concise answers.');
    await debrief.addLine('Which questions were hard to answer?', 'Design a schema for a booking system');
    await debrief.rate(4);
    await debrief.saveAndContinue();
    await debrief.waitForStep(5);
  });

  it('resumes at the next unfinished step after leaving the flow', async () => {
    await applicationPage(page, app.url).goto(id);
    const debrief = debriefPage(page, app.url);
    await debrief.goto(id);
    await debrief.waitForStep(5);
  });

  it('chooses a theme with its evidence and finishes', async () => {
    const debrief = debriefPage(page, app.url);
    await debrief.addTheme('Concise answers');
    await debrief.linkEvidence('Concise answers', /What would you do differently/);
    await expect(debrief.outsideControl().innerText()).resolves.toMatch(/Internal candidate/);
    expect(await seriousViolations(page)).toEqual([]);
    await debrief.finish();
    await expect(debrief.finished().innerText()).resolves.toMatch(/Concise answers/);
  });

  it('shows the theme on the application page and the check-in in the journal', async () => {
    await debriefPage(page, app.url).backToApplication();
    await page.getByTestId('debrief-panel').waitFor();
    expect(await debriefPanel(page).themes()).toContain('Concise answers');
    const journal = journalPage(page, app.url);
    await journal.navigate();
    await expect(journal.entryFor('Brightwater').innerText()).resolves.toMatch(/Mood 2/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adds a free journal entry not tied to a rejection', async () => {
    const journal = journalPage(page, app.url);
    await journal.addEntry({ mood: 4, feelings: ['hopeful'], note: 'Two new applications out today.' });
    await expect.poll(() => journal.entries().count()).toBe(2);
  });
});
