import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { eventsFor } from '../../src/db/repos/events.repo.js';
import * as agenda from '../../src/services/agenda.service.js';
import * as calendar from '../../src/services/calendar.service.js';
import * as contacts from '../../src/services/contacts.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import { isServiceError } from '../../src/services/errors.js';
import { markRequestSent, saveFeedbackRequest } from '../../src/services/feedback-request.service.js';
import { importLinkedInConnections } from '../../src/services/linkedin-import.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

const CSV_HEAD = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

async function failure(p: Promise<unknown>): Promise<{ code: string; fields?: Record<string, string> }> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!isServiceError(e)) throw new Error(`expected a service error, got ${String(e)}`);
  return { code: e.code, fields: e.fields };
}

describe.each(testDialects())('the network on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('adds, finds, filters and changes contacts; refuses a bad email and a cadence of 0; keeps owners apart', async () => {
    const ctx = await testContext(database, { ownerId: 'n-crud', now: '2026-12-02T10:00:00.000Z' });
    const ana = await contacts.createContact(ctx, { name: 'Ana Lima', role: 'recruiter', company: 'Larkspur Labs', email: 'ana@larkspur.example', howMet: 'Meetup' });
    await contacts.createContact(ctx, { name: 'Ben Ode', role: 'mentor', company: 'Northwind' });
    expect((await contacts.listContacts(ctx, { q: 'larks' })).map((c) => c.name)).toEqual(['Ana Lima']);
    expect((await contacts.listContacts(ctx, { company: '  larkspur LABS ' })).map((c) => c.name)).toEqual(['Ana Lima']);
    expect((await contacts.listContacts(ctx, { role: 'mentor' })).map((c) => c.name)).toEqual(['Ben Ode']);
    await expect(contacts.createContact(ctx, { name: 'X', email: 'not-an-email' })).rejects.toThrow(/not an email address/);
    await expect(contacts.createContact(ctx, { name: 'X', cadenceWeeks: 0 })).rejects.toThrow(/leave it empty for no reminder/);
    const other = await testContext(database, { ownerId: 'n-crud-other' });
    expect(await contacts.listContacts(other)).toEqual([]);
    expect((await failure(contacts.getContact(other, ana.id))).code).toBe('not_found');
    const changed = await contacts.updateContact(ctx, ana.id, { cadenceWeeks: 4, notes: 'Likes data viz' });
    expect(changed).toMatchObject({ cadenceWeeks: 4, notes: 'Likes data viz', nextTouchOn: '2026-12-30', touchDue: false });
  });

  it('the stay-in-touch date counts from the last interaction of any kind', async () => {
    const ctx = await testContext(database, { ownerId: 'n-cadence', now: '2026-12-02T10:00:00.000Z' });
    const c = await contacts.createContact(ctx, { name: 'Chloé Durand', company: 'Acme', cadenceWeeks: 2 });
    await contacts.logInteraction(ctx, c.id, { kind: 'email', on: '2026-11-01' });
    const afterCall = await contacts.logInteraction(ctx, c.id, { kind: 'call', on: '2026-11-10', note: 'Caught up' });
    expect(afterCall).toMatchObject({ lastInteractionOn: '2026-11-10', nextTouchOn: '2026-11-24', touchDue: true });
    expect(afterCall.interactions.map((i) => i.kind)).toEqual(['call', 'email']);
    const due = await agenda.getAgenda(ctx);
    const item = due.days.flatMap((d) => d.items).find((i) => i.kind === 'stay_in_touch');
    expect(item).toMatchObject({ day: '2026-12-02', overdueSince: '2026-11-24', contactIds: [c.id] });
    expect(item?.draft?.body).toMatch(/^Hi Chloé,/);
    expect(item?.draft?.body).toContain('call on 10 November');
    // Done logs an email today: the next touch moves two weeks on and the item leaves.
    expect(await agenda.markAgendaDone(ctx, item?.key ?? '')).toMatchObject({ state: 'done', interactionsLogged: 1 });
    expect((await contacts.getContact(ctx, c.id)).nextTouchOn).toBe('2026-12-16');
    expect((await agenda.getAgenda(ctx)).days.flatMap((d) => d.items).some((i) => i.kind === 'stay_in_touch')).toBe(false);
    // A future interaction is refused.
    expect((await failure(contacts.logInteraction(ctx, c.id, { kind: 'coffee', on: '2026-12-09' }))).fields).toHaveProperty('on');
  });

  it('an interview yesterday puts a thank-you to the people met on today\'s agenda; marking it sent logs the interaction and clears it', async () => {
    const ctx = await testContext(database, { ownerId: 'n-thanks', now: '2026-11-20T10:00:00.000Z' });
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-10' }, ['screen']);
    const { moveApplication } = await import('../../src/services/application-events.service.js');
    await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-19', interviewType: 'technical' });
    await moveApplication(ctx, app.id, { stage: 'final', occurredOn: '2026-11-22' });
    const events = await eventsFor(ctx.db, ctx.ownerId, app.id);
    const interview = events.find((e) => e.stage === 'interview');
    const priya = await contacts.createContact(ctx, { name: 'Priya Shah', role: 'interviewer', company: 'Larkspur Labs', email: 'priya@larkspur.example', interviewIds: [interview?.id ?? ''] });
    await contacts.createContact(ctx, { name: 'Dr. Tom Reyes', role: 'hiring_manager', company: 'Larkspur Labs', interviewIds: [interview?.id ?? ''] });
    expect(priya.applications.map((a) => a.id)).toEqual([app.id]);

    const today = await agenda.todaysAgenda(ctx);
    const thanks = today.find((i) => i.kind === 'thank_you');
    expect(thanks?.draft?.body).toMatch(/^Hi Tom and Priya,/);
    expect(thanks?.draft?.body).toContain('Thursday 19 November');
    expect(thanks?.draft?.mailto).toMatch(/^mailto:priya@larkspur\.example\?subject=/);
    expect(thanks?.draft?.linkedin.length).toBeLessThanOrEqual(300);
    const week = await agenda.getAgenda(ctx);
    expect(week.days.flatMap((d) => d.items).find((i) => i.kind === 'interview')).toMatchObject({ day: '2026-11-22', title: 'Final round at Larkspur Labs' });

    expect(await agenda.markAgendaDone(ctx, thanks?.key ?? '')).toMatchObject({ interactionsLogged: 2 });
    expect((await agenda.todaysAgenda(ctx)).some((i) => i.kind === 'thank_you')).toBe(false);
    expect((await contacts.getContact(ctx, priya.id)).interactions[0]).toMatchObject({ kind: 'thank_you', occurredOn: '2026-11-20', applicationId: app.id });
    const people = await contacts.applicationPeople(ctx, app.id);
    expect(people.linked.map((p) => p.name)).toEqual(['Dr. Tom Reyes', 'Priya Shah']);
  });

  it('follow-ups come after N quiet days, before "no response"; rules switch off; snooze and dismiss', async () => {
    const ctx = await testContext(database, { ownerId: 'n-follow', now: '2026-11-20T10:00:00.000Z' });
    const app = await givenApplication(ctx, { company: 'Quiet Co', title: 'Analyst', date: '2026-11-09' });
    const find = async () => (await agenda.getAgenda(ctx)).days.flatMap((d) => d.items).find((i) => i.kind === 'follow_up');
    const item = await find();
    expect(item).toMatchObject({ day: '2026-11-20', overdueSince: '2026-11-19', applicationId: app.id });
    expect(item?.draft?.body).toContain('on Monday 9 November');
    expect((await failure(agenda.snoozeAgendaItem(ctx, item?.key ?? '', '2026-11-19'))).fields).toHaveProperty('until');
    expect((await failure(agenda.snoozeAgendaItem(ctx, item?.key ?? '', '2026-11-20'))).code).toBe('validation');
    await agenda.snoozeAgendaItem(ctx, item?.key ?? '', '2026-11-21');
    expect(await find()).toMatchObject({ day: '2026-11-21', snoozedUntil: '2026-11-21' });
    const rules = await agenda.getAgendaRules(ctx);
    await agenda.saveAgendaRules(ctx, { ...rules, followUp: { enabled: false, afterDays: 10 } });
    expect(await find()).toBeUndefined();
    await agenda.saveAgendaRules(ctx, { ...rules, followUp: { enabled: true, afterDays: 10 } });
    await agenda.dismissAgendaItem(ctx, item?.key ?? '');
    expect(await find()).toBeUndefined();
    expect((await failure(agenda.saveAgendaRules(ctx, { ...rules, followUp: { enabled: true, afterDays: 0 } }))).fields).toHaveProperty(['followUp.afterDays']);
    expect((await failure(agenda.dismissAgendaItem(ctx, 'follow_up:nope:2026-01-01'))).code).toBe('not_found');
  });

  it('a door left open brings a reconnect some months later; a feedback request sent logs an interaction with its person', async () => {
    const ctx = await testContext(database, { ownerId: 'n-door', now: '2026-08-01T10:00:00.000Z' });
    const app = await givenApplication(ctx, { company: 'Open Door Ltd', title: 'Data Engineer', date: '2026-07-01' }, ['screen', 'interview']);
    await debrief.recordRejection(ctx, app.id, { channel: 'email', date: '2026-08-01' });
    await debrief.saveMessageStep(ctx, app.id, { corrections: { doorOpen: true } });
    await saveFeedbackRequest(ctx, app.id, { recipient: 'hiring_manager', tone: 'warm', questionIds: [], contactName: 'Sam Okafor', contactEmail: 'sam@opendoor.example' });
    await markRequestSent(ctx, app.id, '2026-08-01');
    const [sam] = await contacts.listContacts(ctx, { company: 'Open Door Ltd' });
    expect(sam).toMatchObject({ name: 'Sam Okafor', role: 'hiring_manager', lastInteractionOn: '2026-08-01' });
    expect((await contacts.getContact(ctx, sam?.id ?? '')).interactions.map((i) => i.kind)).toEqual(['feedback_request']);

    ctx.clock.set('2026-11-02T10:00:00.000Z');
    const reconnect = (await agenda.getAgenda(ctx)).days.flatMap((d) => d.items).find((i) => i.kind === 'reconnect');
    expect(reconnect).toMatchObject({ day: '2026-11-02', overdueSince: '2026-11-01', contactIds: [sam?.id] });
    expect(reconnect?.draft?.body).toMatch(/^Hi Sam,/);
    expect(reconnect?.draft?.body).toContain('door was open');
  });

  it('imports LinkedIn connections: a preview first, then the import; re-importing updates and never duplicates', async () => {
    const ctx = await testContext(database, { ownerId: 'n-linkedin', now: '2026-12-02T10:00:00.000Z' });
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-20' });
    const file = `${CSV_HEAD}Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@example.org,Larkspur Labs,Data Lead,02 Dec 2026\nBen,Ode,https://www.linkedin.com/in/benode,,Northwind,Recruiter,15 Nov 2025\n`;
    const preview = await importLinkedInConnections(ctx, file, { apply: false });
    expect(preview).toMatchObject({ applied: false, rows: 2, added: 2, updated: 0 });
    expect(await contacts.listContacts(ctx)).toEqual([]);
    expect(await importLinkedInConnections(ctx, file, { apply: true })).toMatchObject({ applied: true, added: 2 });
    const again = `${CSV_HEAD}Ana,Lima,https://linkedin.com/in/ana-lima/,ana@example.org,Larkspur Labs,Head of Data,02 Dec 2026\nBen,Ode,https://www.linkedin.com/in/benode,,Northwind,Recruiter,15 Nov 2025\n`;
    expect(await importLinkedInConnections(ctx, again, { apply: true })).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const all = await contacts.listContacts(ctx);
    expect(all.map((c) => [c.name, c.position, c.connectedOn, c.source])).toEqual([
      ['Ana Lima', 'Head of Data', '2026-12-02', 'linkedin'],
      ['Ben Ode', 'Recruiter', '2025-11-15', 'linkedin'],
    ]);
    expect((await contacts.applicationPeople(ctx, app.id)).atCompany.map((c) => c.name)).toEqual(['Ana Lima']);
    const wrong = await failure(importLinkedInConnections(ctx, 'Name,Email\nAna,ana@example.org\n', { apply: true }));
    expect(wrong.code).toBe('validation');
  });

  it('the calendar holds the booked interview with a stable UID and link; the feed answers only its current secret', async () => {
    const ctx = await testContext(database, { ownerId: 'n-cal', now: '2026-11-20T10:00:00.000Z' });
    await contacts.listContacts(ctx);
    const app = await givenApplication(ctx, { company: 'Calendar Co', title: 'Engineer', date: '2026-11-10' }, ['screen']);
    const { moveApplication } = await import('../../src/services/application-events.service.js');
    await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-27', interviewType: 'panel' });
    const text = await calendar.calendarIcs(ctx, 'http://127.0.0.1:5757');
    const parsed = ical.sync.parseICS(text);
    const events = Object.values(parsed).flatMap((v) => (v?.type === 'VEVENT' ? [v] : []));
    const interview = events.find((e) => String(e.summary).startsWith('Interview'));
    expect(interview).toBeDefined();
    if (interview?.type !== 'VEVENT') throw new Error('no interview');
    expect(interview.uid).toMatch(/^interview-[0-9a-z]+@debrief$/);
    expect(String(interview.summary)).toBe('Interview (round 1): Calendar Co');
    expect(JSON.stringify(interview.url)).toContain(`http://127.0.0.1:5757/applications/${app.id}`);
    expect(interview.datetype).toBe('date');
    expect(text).toContain('DTSTART;VALUE=DATE:20261127');
    expect(await calendar.calendarIcs(ctx, 'http://127.0.0.1:5757')).toContain(`UID:${interview.uid}`);

    const first = await calendar.createFeed(ctx, 'http://127.0.0.1:5757');
    const token = first.path.replace('/api/calendar/feed/', '').replace('.ics', '');
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(await calendar.feedOwner(ctx, token)).toBe('n-cal');
    const stored = await ctx.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const second = await calendar.createFeed(ctx, 'http://127.0.0.1:5757');
    expect(await calendar.feedOwner(ctx, token)).toBeNull();
    expect(await calendar.feedOwner(ctx, second.path.replace('/api/calendar/feed/', '').replace('.ics', ''))).toBe('n-cal');
    expect(await calendar.feedOwner(ctx, 'short')).toBeNull();
  });
});

describe('a LinkedIn export of 20,000 connections', () => {
  it('imports in one pass, and a re-import adds nobody', { timeout: 120_000 }, async () => {
    const { connectionsCsv } = await import('../../bench/linkedin.bench.js');
    const database = await freshDatabase('sqlite');
    try {
      const ctx = await testContext(database, { ownerId: 'n-big' });
      const text = connectionsCsv(20_000);
      const chunks = async function* () {
        for (let i = 0; i < text.length; i += 65_536) yield text.slice(i, i + 65_536);
      };
      expect(await importLinkedInConnections(ctx, chunks(), { apply: true })).toMatchObject({ rows: 20_000, added: 20_000, skipped: 0 });
      expect(await importLinkedInConnections(ctx, chunks(), { apply: true })).toMatchObject({ added: 0, updated: 0, unchanged: 20_000 });
      const count = await ctx.db.selectFrom('contacts').select((eb) => eb.fn.countAll<number>().as('n')).where('owner_id', '=', 'n-big').executeTakeFirst();
      expect(Number(count?.n)).toBe(20_000);
    } finally {
      await database.close();
    }
  });
});
