import ical from 'node-ical';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsFor } from '../../src/db/repos/events.repo.js';
import { addDays } from '../../src/domain/time.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import { createContact } from '../../src/services/contacts.service.js';
import { givenApplication } from '../support/builders.js';
import { axeViolations, hasBrowser, startTestApp, visit, type TestApp } from '../support/e2e.js';

const CONNECTIONS = '\uFEFFNotes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nNadia,Roy,https://www.linkedin.com/in/nadia-roy,,Harbour Analytics,Data Lead,02 Dec 2026\r\nIvo,Petrov,https://www.linkedin.com/in/ivo-petrov,,Elsewhere Ltd,Engineer,15 Nov 2025\r\n';

/**
 * A job seeker keeps their network warm: yesterday's interview puts a
 * thank-you on today's agenda, LinkedIn connections show who they know at a
 * company, and the calendar feed holds the interview they booked.
 */
describe.skipIf(!hasBrowser)('network and agenda', () => {
  let app: TestApp;
  let page: Page;
  let larkspur = '';
  let harbour = '';
  let priya = '';
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await startTestApp();
    const ctx = { db: app.database.db, ownerId: 'local', now: () => new Date() };
    const a = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst', date: addDays(today, -10) }, ['screen']);
    larkspur = a.id;
    await moveApplication(ctx, a.id, { stage: 'interview', occurredOn: addDays(today, -1), interviewType: 'technical' });
    await moveApplication(ctx, a.id, { stage: 'final', occurredOn: addDays(today, 3), interviewType: 'onsite' });
    const interview = (await eventsFor(ctx.db, 'local', a.id)).find((e) => e.stage === 'interview');
    priya = (await createContact(ctx, { name: 'Priya Shah', role: 'interviewer', company: 'Larkspur Labs', email: 'priya@larkspur.example', interviewIds: [interview?.id ?? ''] })).id;
    harbour = (await givenApplication(ctx, { company: 'Harbour Analytics', title: 'Analyst', date: addDays(today, -2) })).id;
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("an interview yesterday puts a thank-you draft on today's agenda; marking it sent logs it and clears it", async () => {
    await page.goto('/agenda');
    const item = page.locator('[data-testid="agenda-item"][data-kind="thank_you"]');
    await item.waitFor();
    expect(await page.title()).toBe('Agenda · Debrief');
    await item.getByRole('button', { name: 'Show the draft' }).click();
    const draft = await item.getByRole('textbox', { name: 'Draft' }).inputValue();
    expect(draft).toMatch(/^Hi Priya,/);
    expect(await item.getByRole('link', { name: 'Open in your mail app' }).getAttribute('href')).toMatch(/^mailto:priya@larkspur\.example\?/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/network-agenda-desktop.png', fullPage: true });
    await item.getByRole('button', { name: 'Mark sent' }).click();
    await item.waitFor({ state: 'detached' });
    const contact = (await (await fetch(`${app.url}/api/contacts/${priya}`)).json()) as { interactions: { kind: string; occurredOn: string }[] };
    expect(contact.interactions).toEqual([expect.objectContaining({ kind: 'thank_you', occurredOn: today })]);
  });

  it("logs an interaction on the seeker's today when the browser's calendar is already on tomorrow or still on yesterday", async () => {
    // The seeker's time zone is the default (UTC). The browser sits in a zone whose day differs from UTC's
    // at this hour: 14 hours ahead from 10:00 UTC on, 11 hours behind before 11:00 UTC.
    const timezoneId = new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    const away = await app.newPage({ timezoneId });
    expect(await away.evaluate(() => new Date().toLocaleDateString('en-CA'))).not.toBe(today);
    await away.goto(`/contacts/${priya}`);
    const form = away.getByRole('form', { name: 'Log an interaction' });
    await form.getByRole('textbox', { name: 'Note' }).fill('Sent the slides');
    await form.getByRole('button', { name: 'Log it' }).click();
    await away.getByText('Logged with Priya Shah.').waitFor();
    const contact = (await (await fetch(`${app.url}/api/contacts/${priya}`)).json()) as { interactions: { kind: string; occurredOn: string; note: string | null }[] };
    expect(contact.interactions).toContainEqual(expect.objectContaining({ kind: 'email', occurredOn: today, note: 'Sent the slides' }));
    await away.context().close();
  });

  it('importing LinkedIn connections shows the people you know at a company on its application page', async () => {
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'Import LinkedIn connections' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import LinkedIn connections' });
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(CONNECTIONS) });
    await dialog.getByTestId('import-preview').getByText('2 connections in the file: 2 new').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import 2 changes' }).click();
    await page.getByRole('link', { name: 'Nadia Roy' }).waitFor();
    await page.goto(`/applications/${harbour}`);
    const people = page.getByTestId('people-panel');
    await people.getByText('People you know at Harbour Analytics').waitFor();
    await people.getByRole('link', { name: 'Nadia Roy' }).waitFor();
    expect(await people.getByText('Ivo Petrov').count()).toBe(0);
  });

  it('the .ics feed parses and holds the booked interview; any other token reveals nothing', async () => {
    await page.goto('/agenda');
    await page.getByRole('button', { name: 'Make a subscribable feed address' }).click();
    const url = await page.getByRole('textbox', { name: 'Feed address' }).inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await res.text())).flatMap((v) => (v?.type === 'VEVENT' ? [v] : []));
    const final = events.find((e) => String(e.summary) === 'Final round: Larkspur Labs');
    expect(final?.start.toISOString().slice(0, 10)).toBe(addDays(today, 3));
    expect(JSON.stringify(final?.url)).toContain(`/applications/${larkspur}`);
    const wrong = await fetch(url.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${'x'.repeat(43)}.ics`));
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).not.toContain('Larkspur');
  });

  it('looks right on a phone and a desktop', async () => {
    for (const [name, width] of [['desktop', 1280], ['phone', 390]] as const) {
      const p = await app.newPage({ width, height: 844 });
      for (const [path, file] of [['/agenda', 'agenda'], ['/contacts', 'contacts'], [`/contacts/${priya}`, 'contact'], [`/applications/${larkspur}`, 'application']] as const) {
        await visit(p, path);
        await p.screenshot({ path: `/tmp/network-${file}-${name}.png`, fullPage: true });
      }
    }
  });
});
