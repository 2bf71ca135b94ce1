import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as companies from '../../src/services/companies.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import * as events from '../../src/services/application-events.service.js';
import * as feedback from '../../src/services/feedback-request.service.js';
import { addJournalEntry, saveDebriefCheckIn } from '../../src/services/journal.service.js';
import { getSettings, updateSettings } from '../../src/services/settings.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

// The test clock says 2026-11-20 (UTC).
describe.each(testDialects())('one date rule for every dated input on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('refuses an impossible or out-of-range day when a rejection is recorded again', async () => {
    const ctx = await testContext(database, { ownerId: 'u-rerecord' });
    const app = await givenApplication(ctx, {}, ['screen']);
    await debrief.recordRejection(ctx, app.id, { date: '2026-11-10', channel: 'email' });
    for (const date of ['1900-01-01', '9999-12-31', '2026-11-21', '2026-02-31']) {
      await expect(debrief.recordRejection(ctx, app.id, { date, channel: 'email' })).rejects.toMatchObject({ code: 'validation', fields: { date: expect.any(String) } });
    }
    expect((await debrief.getDebrief(ctx, app.id)).rejection.rejectedOn).toBe('2026-11-10');
    // The root cause of "a valid feedback date is refused": a far-future rejection date used to be stored.
    const sent = await feedback.markRequestSent(ctx, app.id, '2026-11-12');
    expect(sent).toMatchObject({ status: 'requested', requestedOn: '2026-11-12' });
  });

  it('dates feedback between the rejection and today', async () => {
    const ctx = await testContext(database, { ownerId: 'u-feedback' });
    const app = await givenApplication(ctx, {}, ['screen']);
    await debrief.recordRejection(ctx, app.id, { date: '2026-11-10', channel: 'email' });
    await expect(feedback.markRequestSent(ctx, app.id, '2026-11-09')).rejects.toMatchObject({ fields: { on: expect.stringMatching(/before the rejection it follows \(2026-11-10\)/) } });
    await expect(feedback.markRequestSent(ctx, app.id, '2026-11-25')).rejects.toMatchObject({ fields: { on: expect.stringMatching(/in the future/) } });
    await expect(feedback.markRequestSent(ctx, app.id, '2026-02-30')).rejects.toMatchObject({ fields: { on: expect.stringMatching(/February 2026 has 28 days/) } });
    await feedback.markRequestSent(ctx, app.id, '2026-11-10');
    await expect(feedback.recordFeedbackOutcome(ctx, app.id, { status: 'received', on: '9999-12-31', text: 'Thanks.' })).rejects.toMatchObject({ code: 'validation' });
    const r = await feedback.recordFeedbackOutcome(ctx, app.id, { status: 'received', on: '2026-11-20', text: 'Your SQL answers were strong.' });
    expect(r.feedbackRequest.receivedOn).toBe('2026-11-20');
  });

  it('refuses check-ins and journal entries dated 1900 or in the future', async () => {
    const ctx = await testContext(database, { ownerId: 'u-checkin' });
    const app = await givenApplication(ctx, {}, ['screen', 'rejected']);
    await debrief.recordRejection(ctx, app.id, { channel: 'email' });
    for (const save of [(date: string) => saveDebriefCheckIn(ctx, app.id, { mood: 3, date }), (date: string) => addJournalEntry(ctx, { mood: 3, date })]) {
      await expect(save('1900-01-01')).rejects.toThrow(/use a date from 1970 onwards/);
      await expect(save('9999-12-31')).rejects.toMatchObject({ code: 'validation', fields: { date: expect.stringMatching(/in the future/) } });
    }
    expect((await addJournalEntry(ctx, { mood: 3, date: '2026-11-20' })).checkIn.date).toBe('2026-11-20');
  });

  it('applies the same floor to stage events, and lets an interview be booked ahead', async () => {
    const ctx = await testContext(database, { ownerId: 'u-events' });
    const app = await givenApplication(ctx, {}, []);
    await expect(events.moveApplication(ctx, app.id, { stage: 'screen', occurredOn: '1969-12-31' })).rejects.toMatchObject({ code: 'validation' });
    await expect(events.moveApplication(ctx, app.id, { stage: 'offer', occurredOn: '2026-11-21' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('refuses a negative "days before no response" instead of saving it as 1', async () => {
    const ctx = await testContext(database, { ownerId: 'u-settings' });
    await updateSettings(ctx, { noResponseDays: 30 });
    await expect(updateSettings(ctx, { noResponseDays: -3 })).rejects.toMatchObject({ code: 'validation', fields: { noResponseDays: expect.stringMatching(/1 to 365/) } });
    await expect(updateSettings(ctx, { feedbackReminderDays: 0 })).rejects.toMatchObject({ fields: { feedbackReminderDays: expect.any(String) } });
    expect(await getSettings(ctx)).toMatchObject({ noResponseDays: 30, feedbackReminderDays: 7 });
  });

  it('a date to revisit a company may be past or ahead, up to 5 years, and nothing silly is saved', async () => {
    const ctx = await testContext(database, { ownerId: 'u-revisit' });
    const tooFar = { code: 'validation', fields: { revisitOn: '9999-12-31 is more than 5 years ahead: use a date up to 2031-11-20.' } };
    await expect(companies.createCompany(ctx, { name: 'Larkspur Labs', revisitOn: '9999-12-31' })).rejects.toMatchObject(tooFar);
    const company = await companies.createCompany(ctx, { name: 'Larkspur Labs', revisitOn: '2027-05-01' });
    expect(company.revisitOn).toBe('2027-05-01');
    await expect(companies.updateCompany(ctx, company.id, { revisitOn: '9999-12-31' })).rejects.toMatchObject(tooFar);
    await expect(companies.updateCompany(ctx, company.id, { revisitOn: '2031-11-21' })).rejects.toMatchObject({ fields: { revisitOn: expect.stringMatching(/more than 5 years/) } });
    await expect(companies.updateCompany(ctx, company.id, { revisitOn: '2027-02-30' })).rejects.toMatchObject({ fields: { revisitOn: expect.stringMatching(/February 2027 has 28 days/) } });
    await expect(companies.updateCompany(ctx, company.id, { revisitOn: '1900-01-01' })).rejects.toMatchObject({ fields: { revisitOn: expect.stringMatching(/from 1970/) } });
    expect((await companies.updateCompany(ctx, company.id, { revisitOn: '2031-11-20' })).revisitOn).toBe('2031-11-20');
    expect((await companies.updateCompany(ctx, company.id, { revisitOn: '2026-10-01' })).revisitOn).toBe('2026-10-01');
    expect((await companies.updateCompany(ctx, company.id, { revisitOn: null })).revisitOn).toBeNull();
    expect((await companies.getCompany(ctx, company.id)).revisitOn).toBeNull();
  });
});
