import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '../../src/domain/time.js';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { addForm, applicationPage, boardPage } from './pages/index.js';
import { toasts } from './pages/shared.js';

// The server runs on the real clock; days are computed from it (time zone UTC by default).
const today = new Date().toISOString().slice(0, 10);
const nextWeek = addDays(today, 7);
/** A day as the app may write it ("9 Dec" or "Dec 9"), whichever English order the locale uses. */
const inWords = (day: string): RegExp => {
  const date = new Date(`${day}T12:00:00Z`);
  const month = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(date);
  return new RegExp(`(${date.getUTCDate()} ${month}|${month} ${date.getUTCDate()})`);
};

/**
 * A job seeker books an interview for next week, mistypes a date, and takes
 * back a step: the history stays true and the app says what really happened.
 */
describe.skipIf(!hasBrowser)('an application history that tells the truth', () => {
  let app: TestApp;
  let page: Page;
  let id = '';
  beforeAll(async () => {
    app = await startTestApp();
    page = await app.newPage({ width: 1440, height: 900 });
    const form = addForm(page, app.url);
    await form.goto();
    await form.fill({ company: 'Larkspur Labs', title: 'Analytics Engineer' });
    await form.submit();
    await page.getByTestId('app-title').waitFor();
    id = new URL(page.url()).pathname.split('/')[2] ?? '';
  });
  afterAll(async () => {
    await app?.close();
  });

  it('books an interview next week: it shows as upcoming and the status stays Applied', async () => {
    const detail = applicationPage(page, app.url);
    await detail.moveTo('interview', { date: nextWeek, interviewType: 'Technical' });
    await toasts(page).getByText(/Interview booked for/).waitFor();
    expect(await toasts(page).getByText('Moved to Interview').count()).toBe(0);
    await expect.poll(() => detail.upcomingEntries()).toEqual([expect.stringMatching(/Interview · round 1 · Technical[\s\S]*Booked for/)]);
    expect((await detail.upcomingEntries())[0]).toMatch(inWords(nextWeek));
    expect(await detail.status()).toMatch(/applied/i);
    expect(await detail.timelineEntries()).toEqual([expect.stringMatching(/^Applied/)]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/history-upcoming-desktop.png', fullPage: true });

    const board = boardPage(page, app.url);
    await board.goto();
    await board.card('Analytics Engineer').waitFor();
    expect(await board.statusOf('Analytics Engineer')).toBe('applied');
    const cue = await board.card('Analytics Engineer').getByTestId('upcoming-cue').innerText();
    expect(cue).toMatch(/^Interview on /);
    expect(cue).toMatch(inWords(nextWeek));
  });

  it('refuses a move dated before the latest step, beside the date, with no "Moved" toast', async () => {
    const detail = applicationPage(page, app.url);
    await detail.goto(id);
    const error = await detail.moveRefused('rejected', { date: addDays(today, -1) });
    expect(error).toMatch(/^Applied on .* is the latest step of this application/);
    expect(error).toMatch(/or undo that step first/);
    expect(await toasts(page).getByText(/Moved to/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/history-refused-desktop.png' });
    await detail.closeMoveDialog();
    expect(await detail.status()).toMatch(/applied/i);
  });

  it('undo takes back the last recorded move, not the interview dated later', async () => {
    const detail = applicationPage(page, app.url);
    await detail.goto(id);
    await detail.moveTo('screen');
    await toasts(page).getByText('Moved to Screen').waitFor();
    await expect.poll(() => detail.status()).toMatch(/screen/i);
    await detail.undoLastMove();
    await expect.poll(() => detail.status()).toMatch(/applied/i);
    expect(await detail.timelineEntries()).toEqual([expect.stringMatching(/^Applied/)]);
    expect(await detail.upcomingEntries()).toHaveLength(1);
  });

  it('reads well on a phone', async () => {
    const phone = await app.newPage({ width: 390, height: 844 });
    await applicationPage(phone, app.url).goto(id);
    await phone.getByTestId('upcoming').waitFor();
    await phone.screenshot({ path: '/tmp/history-upcoming-phone.png', fullPage: true });
    await boardPage(phone, app.url).goto();
    await phone.getByTestId('upcoming-cue').first().waitFor();
    await phone.screenshot({ path: '/tmp/history-board-phone.png' });
    expect(await axeViolations(phone)).toEqual([]);
  });
});
