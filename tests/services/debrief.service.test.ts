import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as apps from '../../src/services/applications.service.js';
import * as events from '../../src/services/application-events.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import * as feedback from '../../src/services/feedback-request.service.js';
import { addJournalEntry, getJournal, saveDebriefCheckIn } from '../../src/services/journal.service.js';
import { listThemes, saveLessons } from '../../src/services/lessons.service.js';
import { readerPrefill } from '../../src/services/reader.service.js';
import { listQuestionBank, saveReflection } from '../../src/services/reflection.service.js';
import { deleteRejection, findRejection } from '../../src/db/repos/rejections.repo.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';

describe.each(testDialects())('the rejection debrief on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('undoing a rejection removes its empty record, but never a debrief already started', async () => {
    const ctx = await testContext(database, { ownerId: 'u-undo' });
    const app = await givenApplication(ctx, {}, ['screen']);
    await debrief.recordRejection(ctx, app.id, { channel: 'email' });
    const last = (await apps.getApplication(ctx, app.id)).events.at(-1)!;
    const after = await events.undoEvent(ctx, app.id, last.id);
    expect(after.status).toBe('screen');
    await expect(debrief.getDebrief(ctx, app.id)).rejects.toMatchObject({ code: 'not_found' });

    await debrief.recordRejection(ctx, app.id, { channel: 'email', message: 'We have decided not to proceed.' });
    const again = (await apps.getApplication(ctx, app.id)).events.at(-1)!;
    await expect(events.undoEvent(ctx, app.id, again.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await apps.getApplicationSummary(ctx, app.id)).status).toBe('rejected');
    expect((await debrief.getDebrief(ctx, app.id)).rejection.message).toBe('We have decided not to proceed.');
  });

  it('re-dating a rejection moves its step too, under the rule every move follows', async () => {
    const ctx = await testContext(database, { ownerId: 'u-redate' });
    const app = await givenApplication(ctx, {}, ['screen', 'interview']);
    await debrief.recordRejection(ctx, app.id, { date: '2026-11-10', channel: 'email' });
    const d = await debrief.recordRejection(ctx, app.id, { date: '2026-11-12' });
    expect(d.rejection.rejectedOn).toBe('2026-11-12');
    const rejected = (await apps.getApplication(ctx, app.id)).events.filter((e) => e.stage === 'rejected');
    expect(rejected.map((e) => e.occurredOn)).toEqual(['2026-11-12']);

    await expect(debrief.recordRejection(ctx, app.id, { date: '2026-11-01' })).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/Interview/) });
    expect((await debrief.getDebrief(ctx, app.id)).rejection.rejectedOn).toBe('2026-11-12');
    expect((await apps.getApplication(ctx, app.id)).events.at(-1)).toMatchObject({ stage: 'rejected', occurredOn: '2026-11-12' });
  });

  it('a move to Rejected (board, API or terminal) leads to a debrief that can start', async () => {
    const ctx = await testContext(database, { ownerId: 'u-moved' });
    const app = await givenApplication(ctx, {}, ['screen', 'rejected']);
    const rejectedDay = (await apps.getApplication(ctx, app.id)).events.at(-1)!.occurredOn;
    const d = await debrief.getDebrief(ctx, app.id);
    expect(d.rejection.rejectedOn).toBe(rejectedDay);
    expect(d.progress.next).toBe('checkin');
    expect((await debrief.listDebriefs(ctx)).toFinish.map((i) => i.applicationId)).toContain(app.id);

    // a rejected application with no record (made before moves kept one) gets it when its debrief opens
    const older = await givenApplication(ctx, {}, ['rejected']);
    const row = await findRejection(ctx.db, ctx.ownerId, older.id);
    await deleteRejection(ctx.db, ctx.ownerId, row!.id);
    expect((await debrief.getDebrief(ctx, older.id)).rejection.rejectedOn).toBe('2026-11-02');
  });

  it('records a rejection with default control per reason and the derived stage', async () => {
    const ctx = await testContext(database, { ownerId: 'u-record' });
    const app = await givenApplication(ctx, { company: 'Quill & Co', title: 'Data Analyst' }, ['screen', 'interview']);
    const d = await debrief.recordRejection(ctx, app.id, {
      date: '2026-11-10',
      channel: 'email',
      reasons: [{ reason: 'internal_candidate' }, { reason: 'skills_gap' }],
    });
    expect(d.application.status).toBe('rejected');
    expect(d.rejection).toMatchObject({ rejectedOn: '2026-11-10', stageReached: 'interview', stageReachedOverridden: false });
    expect(d.rejection.reasons.map((r) => [r.reason, r.control])).toEqual([
      ['internal_candidate', 'outside'],
      ['skills_gap', 'within'],
    ]);
    expect(d.rejection.reasons[0]?.reframe).toMatch(/\w/);
    expect(d.outsideShare).toBe(0.5);
    expect(d.progress.next).toBe('checkin');
  });

  it('does not duplicate the stage event when the application is already rejected', async () => {
    const ctx = await testContext(database, { ownerId: 'u-twice' });
    const app = await givenApplication(ctx, {}, ['screen', 'rejected']);
    await debrief.recordRejection(ctx, app.id, { channel: 'call' });
    const again = await debrief.recordRejection(ctx, app.id, { note: 'They called on Friday.', stageReached: 'interview' });
    const detail = await apps.getApplication(ctx, app.id);
    expect(detail.events.filter((e) => e.stage === 'rejected')).toHaveLength(1);
    expect(again.rejection).toMatchObject({ channel: 'call', note: 'They called on Friday.', stageReached: 'interview', stageReachedOverridden: true });
  });

  it('walks the whole debrief to complete', async () => {
    const ctx = await testContext(database, { ownerId: 'u-full' });
    const app = await givenApplication(ctx, { company: 'Fernhill', title: 'Backend Engineer' }, ['screen', 'interview']);
    await debrief.recordRejection(ctx, app.id, { date: '2026-11-12', message: 'Thank you for your time…', reasons: [{ reason: 'skills_gap' }] });

    const checkIn = await saveDebriefCheckIn(ctx, app.id, { mood: 2, feelings: ['disappointed', 'tired'], note: 'Rough week.' });
    expect(checkIn.support.level).toBe('low');
    expect(checkIn.support.canContinue).toBe(true);

    await feedback.saveFeedbackRequest(ctx, app.id, { recipient: 'hiring_manager', tone: 'warm', questionIds: ['interview_performance', 'successful_candidate'], contactName: 'Ana Ruiz' });
    const draft = await feedback.feedbackDraft(ctx, app.id);
    expect(draft.body).toContain('Fernhill');
    expect(draft.body).toContain('Ana');
    expect(draft.body).not.toMatch(/undefined|null/);
    expect(draft.linkedin.length).toBeLessThanOrEqual(300);
    expect(draft.mailto).toMatch(/^mailto:/);
    const eml = await feedback.feedbackDraftEml(ctx, app.id);
    expect(eml.eml).toContain('X-Unsent: 1');
    // The follow-up's .eml carries the follow-up, not the feedback request.
    const followUp = await feedback.followUpDraft(ctx, app.id);
    const followUpEml = await feedback.followUpDraftEml(ctx, app.id);
    expect(followUpEml.filename).toMatch(/^follow-up-/);
    expect(followUpEml.eml).toContain(followUp.subject.slice(0, 20));
    expect(followUp.subject).not.toBe(draft.subject);
    await feedback.markRequestSent(ctx, app.id, '2026-11-13');

    const reflection = await saveReflection(ctx, app.id, {
      answers: [
        { promptId: 'went_well.main', value: 'I explained the caching design clearly.' },
        { promptId: 'struggled_questions.list', value: '- Tell me about a conflict\n- How would you shard this table?' },
      ],
    });
    expect(reflection.questionsAdded.map((q) => q.question)).toEqual(['Tell me about a conflict', 'How would you shard this table?']);

    await saveLessons(ctx, app.id, {
      themes: [{ slug: 'system_design', evidence: [{ kind: 'reflection', ref: 'struggled_questions.list' }] }],
      outside: [{ text: 'They hired someone internal in the end.', reason: 'internal_candidate' }],
    });
    const d = await debrief.getDebrief(ctx, app.id);
    expect(d.progress.complete).toBe(true);
    expect(d.progress.completedAt).not.toBeNull();
    expect(d.lessons.themes).toEqual([
      { slug: 'system_design', label: 'System design', evidence: [{ kind: 'reflection', ref: 'struggled_questions.list', excerpt: expect.stringContaining('shard') }] },
    ]);
    expect(d.lessons.outside[0]?.text).toMatch(/internal/);
    expect((await listThemes(ctx)).find((t) => t.slug === 'system_design')?.applications).toBe(1);
    expect((await debrief.listDebriefs(ctx)).toFinish.map((i) => i.applicationId)).not.toContain(app.id);
  });

  it('keeps what was saved when the flow is abandoned midway, and lists it to finish', async () => {
    const ctx = await testContext(database, { ownerId: 'u-abandon' });
    const app = await givenApplication(ctx, {}, ['screen']);
    await debrief.recordRejection(ctx, app.id, {});
    await saveDebriefCheckIn(ctx, app.id, { mood: 3, feelings: ['confused'] });
    await saveReflection(ctx, app.id, { answers: [{ promptId: 'learned.wants', value: 'I want a smaller team.' }] });
    const d = await debrief.getDebrief(ctx, app.id);
    expect(d.checkIn?.feelings).toEqual(['confused']);
    expect(d.reflection.answers['learned.wants']).toBe('I want a smaller team.');
    expect(d.progress.complete).toBe(false);
    expect(d.progress.next).toBe('message');
    const list = await debrief.listDebriefs(ctx);
    expect(list.toFinish).toEqual([expect.objectContaining({ applicationId: app.id, next: 'message', complete: false })]);
  });

  it('stores HTML and script text verbatim and accepts a 200 KB message', async () => {
    const ctx = await testContext(database, { ownerId: 'u-text' });
    const app = await givenApplication(ctx, {}, ['screen']);
    const nasty = `<script>alert("x")</script><b>We regret</b> ' " & ${'Lorem ipsum dolor sit amet. '.repeat(7500)}`;
    expect(nasty.length).toBeGreaterThan(200_000);
    const d = await debrief.recordRejection(ctx, app.id, { message: nasty, note: '<img src=x onerror=alert(1)>' });
    expect(d.rejection.message).toBe(nasty);
    expect((await debrief.getDebrief(ctx, app.id)).rejection.note).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows a feedback reminder after the configured days without an answer', async () => {
    const ctx = await testContext(database, { ownerId: 'u-remind', now: '2026-11-20T10:00:00.000Z' });
    const app = await givenApplication(ctx, {}, ['screen', 'interview']);
    await debrief.recordRejection(ctx, app.id, { date: '2026-11-12' });
    await feedback.markRequestSent(ctx, app.id, '2026-11-14');
    expect((await debrief.getDebrief(ctx, app.id)).feedbackRequest.reminderDue).toBe(false);
    ctx.clock.set('2026-11-21T10:00:00.000Z');
    expect((await debrief.getDebrief(ctx, app.id)).feedbackRequest.reminderDue).toBe(true);
    expect((await debrief.listDebriefs(ctx)).remindersDue.map((i) => i.applicationId)).toEqual([app.id]);
  });

  it('offers a follow-up draft when the feedback received is generic', async () => {
    const ctx = await testContext(database, { ownerId: 'u-generic' });
    const app = await givenApplication(ctx, { company: 'Orchard', title: 'Product Designer' }, ['screen', 'interview']);
    await debrief.recordRejection(ctx, app.id, {});
    await feedback.markRequestSent(ctx, app.id);
    const out = await feedback.recordFeedbackOutcome(ctx, app.id, { status: 'received', text: 'You were a strong candidate, we just went with someone else.' });
    expect(out.judgement?.verdict).toBe('generic');
    expect(out.followUp?.subject).toMatch(/^Re:/);
    expect(out.followUp?.body).toContain('Orchard');
    expect(out.feedbackRequest).toMatchObject({ status: 'received', verdict: 'generic' });
    await expect(feedback.recordFeedbackOutcome(ctx, app.id, { status: 'declined' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('keeps every owner to their own debriefs', async () => {
    const alice = await testContext(database, { ownerId: 'u-alice' });
    const bob = await testContext(database, { ownerId: 'u-bob' });
    const app = await givenApplication(alice, {}, ['screen']);
    await debrief.recordRejection(alice, app.id, { note: 'private' });
    await saveDebriefCheckIn(alice, app.id, { mood: 1 });
    await expect(debrief.getDebrief(bob, app.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(debrief.recordRejection(bob, app.id, {})).rejects.toMatchObject({ code: 'not_found' });
    await expect(saveDebriefCheckIn(bob, app.id, { mood: 5 })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getJournal(bob)).entries).toEqual([]);
    expect((await debrief.listDebriefs(bob)).toFinish).toEqual([]);
  });

  it('lists check-ins and free entries in the journal with their dates', async () => {
    const ctx = await testContext(database, { ownerId: 'u-journal' });
    const app = await givenApplication(ctx, { company: 'Brightwater' }, ['screen']);
    await debrief.recordRejection(ctx, app.id, {});
    await saveDebriefCheckIn(ctx, app.id, { mood: 2, feelings: ['sad'], date: '2026-11-15' });
    await addJournalEntry(ctx, { mood: 4, feelings: ['hopeful'], note: 'Good coffee chat.', date: '2026-11-18' });
    const journal = await getJournal(ctx);
    expect(journal.entries.map((e) => [e.date, e.mood, e.company])).toEqual([
      ['2026-11-18', 4, null],
      ['2026-11-15', 2, 'Brightwater'],
    ]);
    expect(journal.nudge.due).toBe(false);
  });

  it('banks struggled questions once, and refuses unknown prompts naming the field', async () => {
    const ctx = await testContext(database, { ownerId: 'u-bank' });
    const app = await givenApplication(ctx, {}, ['screen', 'interview']);
    await debrief.recordRejection(ctx, app.id, {});
    const answers = [{ promptId: 'struggled_questions.list', value: 'Why us?\nwhy us?' }];
    await saveReflection(ctx, app.id, { answers });
    await saveReflection(ctx, app.id, { answers });
    expect((await listQuestionBank(ctx)).map((q) => q.question)).toEqual(['Why us?']);
    await expect(saveReflection(ctx, app.id, { answers: [{ promptId: 'nope', value: 'x' }] })).rejects.toMatchObject({
      code: 'validation',
      fields: { 'answers.0.promptId': expect.any(String) },
    });
  });

  it('pre-fills the message step from the reader with dated suggestions', async () => {
    const ctx = await testContext(database, { ownerId: 'u-reader' });
    const prefill = await readerPrefill(ctx, {
      text: 'Dear Sam,\n\nThank you for interviewing for the Data Analyst role. Unfortunately we have decided to move forward with another candidate whose experience more closely matches our needs. If you would like feedback, I am happy to share it. We would love to stay in touch for future roles.\n\nBest,\nMaria',
    });
    expect(prefill.isRejection).toBe(true);
    expect(prefill.readerLabels.evidence.length).toBeGreaterThan(0);
    for (const s of prefill.suggestions) expect(s.date > '2026-11-20').toBe(true);
  });
});
