import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { REASONS, isRejectionReason } from '../../src/domain/debrief/index.js';
import * as apps from '../../src/services/applications.service.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import * as debrief from '../../src/services/debrief.service.js';
import { feedbackDraft, followUpDraft } from '../../src/services/feedback-request.service.js';
import * as mail from '../../src/services/mail-import.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';
import { buildEmail, toMbox } from '../support/mail.js';

async function* stream(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

const REJECTION = [
  'Dear Alex,',
  '',
  'Thank you for taking the time to interview with us for the Data Analyst role at Larkspur Labs. We enjoyed meeting you.',
  '',
  'After careful consideration, we have decided to move forward with another candidate whose SQL experience was stronger. The panel noted that your answers on stakeholder management were a little general.',
  '',
  'If it would help, I would be happy to set up a short call to share more detailed feedback. We would also welcome an application from you for future openings.',
  '',
  'Best wishes,',
  'Hannah Okafor',
  'Talent Partner, Larkspur Labs',
].join('\n');

function rejectionMail(tag: string, html = false): string {
  const common = { from: 'hannah@larkspurlabs.com', fromName: 'Hannah Okafor', subject: 'Your application: Data Analyst', messageId: `rej-${tag}`, date: '2026-11-12T09:00:00Z' };
  return toMbox([
    html
      ? buildEmail({ ...common, html: `<html><body>${REJECTION.split('\n\n').map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('')}</body></html>` })
      : buildEmail({ ...common, body: REJECTION }),
  ]);
}

describe.each(testDialects())('accepting a rejection found in mail on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('records a real rejection: message, stage, reasons with control, flags, channel email, ready to debrief', async () => {
    const ctx = await testContext(database, { ownerId: 'u-mail-rej' });
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' }, ['screen']);
    await mail.importMailbox(ctx, stream(rejectionMail('a')));
    const [proposal] = await mail.listProposals(ctx);
    expect(proposal).toMatchObject({ kind: 'rejection', stage: 'rejected', application: { id: app.id } });

    await mail.acceptProposal(ctx, proposal!.id);

    const d = await debrief.getDebrief(ctx, app.id);
    expect(d.application.status).toBe('rejected');
    expect(d.rejection).toMatchObject({ rejectedOn: '2026-11-12', channel: 'email' });
    expect(d.rejection.message).toContain('another candidate whose SQL experience was stronger');
    // the reader's stage (interview) is further than the timeline (screen), so it is kept
    expect(d.rejection.stageReached).toBe('interview');
    expect(d.rejection.stageReachedOverridden).toBe(true);
    const expected = proposal!.reader.reasons.filter(isRejectionReason);
    expect(expected.length).toBeGreaterThan(0);
    expect(d.rejection.reasons.map((r) => [r.reason, r.control]).sort()).toEqual(expected.map((r) => [r, REASONS[r].control]).sort());
    expect(d.rejection.readerLabels).toMatchObject({
      stage: 'interview',
      feedback: true,
      feedbackOffered: true,
      doorOpen: true,
      contactName: 'Hannah Okafor',
    });
    expect(d.rejection.readerLabels?.evidence.some((e) => e.label === 'feedbackOffered')).toBe(true);
    // the message step counts as done, and the debrief waits in "Debriefs to finish"
    expect(d.progress.steps.find((s) => s.step === 'message')?.status).toBe('done');
    const list = await debrief.listDebriefs(ctx);
    expect(list.toFinish.map((i) => i.applicationId)).toContain(app.id);

    // one rejected event, noted as coming from mail
    const detail = await apps.getApplication(ctx, app.id);
    const rejected = detail.events.filter((e) => e.stage === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.note).toMatch(/From mail/);
  });

  it('keeps the message of an HTML-only mail as text', async () => {
    const ctx = await testContext(database, { ownerId: 'u-mail-html' });
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' }, ['interview']);
    await mail.importMailbox(ctx, stream(rejectionMail('h', true)));
    const [proposal] = await mail.listProposals(ctx);
    await mail.acceptProposal(ctx, proposal!.id);
    const d = await debrief.getDebrief(ctx, app.id);
    expect(d.rejection.message).toContain('another candidate whose SQL experience was stronger');
    expect(d.rejection.message).not.toContain('<p>');
    // the timeline already says interview: no override
    expect(d.rejection.stageReachedOverridden).toBe(false);
  });

  it('fills in only what is missing when the rejection was already recorded by hand', async () => {
    const ctx = await testContext(database, { ownerId: 'u-mail-existing' });
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' }, ['interview']);
    await mail.importMailbox(ctx, stream(rejectionMail('e')));
    const [proposal] = await mail.listProposals(ctx);
    await debrief.recordRejection(ctx, app.id, { date: '2026-11-13', channel: 'call', reasons: [{ reason: 'internal_candidate' }] });

    await mail.acceptProposal(ctx, proposal!.id);
    const d = await debrief.getDebrief(ctx, app.id);
    expect(d.rejection).toMatchObject({ rejectedOn: '2026-11-13', channel: 'call' });
    expect(d.rejection.reasons.map((r) => r.reason)).toEqual(['internal_candidate']);
    expect(d.rejection.message).toContain('SQL experience');
    expect(d.rejection.readerLabels?.feedbackOffered).toBe(true);
    expect((await apps.getApplication(ctx, app.id)).events.filter((e) => e.stage === 'rejected')).toHaveLength(1);
  });

  it('an ended application refuses the rejection and leaves nothing half-written', async () => {
    const ctx = await testContext(database, { ownerId: 'u-mail-ended' });
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' }, ['interview']);
    await mail.importMailbox(ctx, stream(rejectionMail('w')));
    const [proposal] = await mail.listProposals(ctx);
    await moveApplication(ctx, app.id, { stage: 'withdrawn', occurredOn: '2026-11-10' });
    await expect(mail.acceptProposal(ctx, proposal!.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(debrief.getDebrief(ctx, app.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await mail.listProposals(ctx)).map((p) => p.id)).toEqual([proposal!.id]);
  });

  it('the feedback draft greets the sender by first name, takes up the offered call and names no date it cannot know', async () => {
    const ctx = await testContext(database, { ownerId: 'u-mail-draft' });
    // the timeline shows a screen only; the message speaks of an interview
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' }, ['screen']);
    await mail.importMailbox(ctx, stream(rejectionMail('d')));
    const [proposal] = await mail.listProposals(ctx);
    await mail.acceptProposal(ctx, proposal!.id);

    const draft = await feedbackDraft(ctx, app.id);
    expect(draft.body).toMatch(/^Hi Hannah,/);
    expect(draft.body).toMatch(/You kindly offered to talk me through some feedback/);
    expect(draft.body).not.toMatch(/ on \d{1,2} [A-Z][a-z]+/);
    expect(draft.linkedin).toMatch(/^Hi Hannah, /);
    expect(draft.linkedin).toMatch(/short call/);
    expect(draft.linkedin.length).toBeLessThanOrEqual(300);
    expect((await followUpDraft(ctx, app.id)).body).toMatch(/call/);
    // a formal draft keeps the full name
    expect((await feedbackDraft(ctx, app.id, { tone: 'formal' })).body).toMatch(/^Dear Hannah Okafor,/);
  });

  it('a draft names the day of the real interview event, not the day of a same-day move', async () => {
    const ctx = await testContext(database, { ownerId: 'u-mail-dates' });
    const app = await givenApplication(ctx, { company: 'Brightwater', title: 'Data Analyst', date: '2026-10-01' }, ['interview']);
    await debrief.recordRejection(ctx, app.id, { date: '2026-11-20' });
    expect((await feedbackDraft(ctx, app.id)).body).toContain('on 2 October');

    const moved = await givenApplication(ctx, { company: 'Quillon', title: 'Data Analyst', date: '2026-11-18' });
    await moveApplication(ctx, moved.id, { stage: 'interview', occurredOn: '2026-11-20' });
    await debrief.recordRejection(ctx, moved.id, { date: '2026-11-20' });
    expect((await feedbackDraft(ctx, moved.id)).body).not.toMatch(/ on \d{1,2} [A-Z][a-z]+/);
  });
});
