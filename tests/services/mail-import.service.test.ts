import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as apps from '../../src/services/applications.service.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import * as mail from '../../src/services/mail-import.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { insertMailMessages, insertProposals } from '../../src/db/repos/mail.repo.js';
import { countApplications } from '../../src/db/repos/applications.repo.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

async function* stream(text: string, chunk = 4096): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
}

/** A small mailbox: a rejection, an interview invite, a message about an unknown company, a newsletter. */
function mailbox(tag: string): string {
  return toMbox([
    buildEmail({
      from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Senior Data Scientist',
      body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Senior Data Scientist'), messageId: `rej-${tag}`, date: '2026-11-12T09:00:00Z',
    }),
    buildEmail({
      from: 'no-reply@greenhouse.io', fromName: 'Quillon Software Recruiting', subject: 'Interview invitation: Product Analyst',
      body: SAMPLE_TEXTS.interview('Quillon Software', 'Product Analyst'), messageId: `int-${tag}`, date: '2026-11-13T09:00:00Z',
      encoding: 'quoted-printable',
    }),
    buildEmail({
      from: 'jobs@brightwave.io', subject: 'We received your application', body: SAMPLE_TEXTS.received('Brightwave', 'Platform Engineer'),
      messageId: null, date: '2026-11-14T09:00:00Z', encoding: 'base64',
    }),
    buildEmail({ from: 'digest@technews.example', subject: 'Weekly digest', body: SAMPLE_TEXTS.newsletter(), messageId: `news-${tag}` }),
  ]);
}

describe.each(testDialects())('mail import on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  async function given(owner: string): Promise<ServiceContext & { larkspur: string; quillon: string }> {
    const ctx = await testContext(database, { ownerId: owner });
    const larkspur = (await givenApplication(ctx, { company: 'Larkspur Labs, Inc.', title: 'Senior Data Scientist' }, ['interview'])).id;
    const quillon = (await givenApplication(ctx, { company: 'Quillon Software GmbH', title: 'Product Analyst' })).id;
    await givenApplication(ctx, { company: 'Northwind', title: 'Data Engineer' });
    return { ...ctx, larkspur, quillon };
  }

  it('proposes the right events, and skips the newsletter with its reason', async () => {
    const ctx = await given('u-propose');
    const seen: number[] = [];
    const summary = await mail.importMailbox(ctx, stream(mailbox('a')), { onProgress: (p) => seen.push(p.read) });
    expect(summary).toMatchObject({ read: 4, matched: 2, proposed: 3, duplicates: 0, autoAccepted: 0, errors: 0, skipped: { not_job_mail: 1 } });
    expect(summary.bytes).toBeGreaterThan(1000);
    expect(seen.at(-1)).toBe(4);
    const queue = await mail.listProposals(ctx);
    const by = (kind: string) => queue.find((p) => p.kind === kind);
    expect(by('rejection')).toMatchObject({ stage: 'rejected', occurredOn: '2026-11-12', application: { id: ctx.larkspur } });
    expect(by('rejection')?.reasons.join(' ')).toMatch(/larkspurlabs\.com/);
    expect(by('rejection')?.evidence.length).toBeGreaterThan(0);
    expect(by('interview_invite')).toMatchObject({ stage: 'interview', application: { id: ctx.quillon } });
    expect(by('application_received')).toMatchObject({ stage: 'applied', application: null, proposedCompany: 'Brightwave' });
  });

  it('re-importing the same mailbox creates nothing new (Message-ID, or content hash without one)', async () => {
    const ctx = await given('u-reimport');
    await mail.importMailbox(ctx, stream(mailbox('b')));
    const again = await mail.importMailbox(ctx, stream(mailbox('b'), 17));
    expect(again).toMatchObject({ read: 4, proposed: 0, matched: 0, duplicates: 4, skipped: {} });
    expect(await mail.listProposals(ctx)).toHaveLength(3);
  });

  it('accepting moves the application and keeps the rejection as a note; dismissing leaves it alone', async () => {
    const ctx = await given('u-accept');
    await mail.importMailbox(ctx, stream(mailbox('c')));
    const queue = await mail.listProposals(ctx);
    const rejection = queue.find((p) => p.kind === 'rejection')!;
    const decision = await mail.acceptProposal(ctx, rejection.id);
    expect(decision.proposal.status).toBe('accepted');
    const app = await apps.getApplication(ctx, ctx.larkspur);
    expect(app.status).toBe('rejected');
    expect(app.events.at(-1)).toMatchObject({ stage: 'rejected', occurredOn: '2026-11-12' });
    expect(app.noteEntries.at(-1)?.body).toMatch(/Larkspur Labs Talent/);
    await expect(mail.acceptProposal(ctx, rejection.id)).rejects.toMatchObject({ code: 'conflict' });

    const invite = queue.find((p) => p.kind === 'interview_invite')!;
    await mail.dismissProposal(ctx, invite.id);
    expect((await apps.getApplication(ctx, ctx.quillon)).status).toBe('applied');
    expect((await mail.listProposals(ctx)).map((p) => p.kind)).toEqual(['application_received']);
  });

  it('creates an application for an unknown company, with edits', async () => {
    const ctx = await given('u-create');
    await mail.importMailbox(ctx, stream(mailbox('d')));
    const unknown = (await mail.listProposals(ctx)).find((p) => p.application === null)!;
    const decision = await mail.acceptProposal(ctx, unknown.id, { title: 'Platform Engineer' });
    const app = await apps.getApplication(ctx, decision.applicationId!);
    expect(app).toMatchObject({ company: 'Brightwave', title: 'Platform Engineer', status: 'applied', appliedOn: '2026-11-14' });
    expect(decision.proposal.application?.id).toBe(app.id);

    // a later message about the same new company goes to that application, not a duplicate
    const later = toMbox([buildEmail({ from: 'jobs@brightwave.io', subject: 'Platform Engineer', body: SAMPLE_TEXTS.rejection('Brightwave', 'Platform Engineer'), date: '2026-11-18T09:00:00Z' })]);
    await mail.importMailbox(ctx, stream(later));
    const next = (await mail.listProposals(ctx)).find((p) => p.kind === 'rejection' && p.application?.id === app.id);
    expect(next).toBeDefined();
    await mail.acceptProposal(ctx, next!.id);
    expect((await apps.getApplication(ctx, app.id)).status).toBe('rejected');
  });

  it('accepting a rejection for an unknown company writes nothing when the rejection is refused', async () => {
    const ctx = await given('u-atomic');
    await mail.importMailbox(ctx, stream(mailbox('f')));
    const unknown = (await mail.listProposals(ctx)).find((p) => p.application === null)!;
    const before = await countApplications(ctx.db, ctx.ownerId);
    // A rejection cannot be dated ahead, so the second step fails after the application was made.
    await expect(mail.acceptProposal(ctx, unknown.id, { stage: 'rejected', occurredOn: '2026-11-25' })).rejects.toMatchObject({ code: 'validation' });
    expect(await countApplications(ctx.db, ctx.ownerId)).toBe(before);
    expect((await mail.listProposals(ctx)).some((p) => p.id === unknown.id)).toBe(true);
  });

  it('accepting a rejection writes nothing at all when its last step fails: no rejection, no event, the proposal still pending', async () => {
    const ctx = await given('u-last-step');
    await mail.importMailbox(ctx, stream(mailbox('k')));
    const rejection = (await mail.listProposals(ctx)).find((p) => p.kind === 'rejection' && p.application?.id === ctx.larkspur)!;
    const before = await apps.getApplication(ctx, ctx.larkspur);
    // the note that keeps the message (written after the rejection) fails, as a full disk or a lost connection would
    const failing: ServiceContext = {
      ...ctx,
      db: ctx.db.withPlugin({
        transformQuery: (args) => {
          if (args.node.kind === 'InsertQueryNode' && JSON.stringify(args.node.into).includes('application_notes')) throw new Error('disk full');
          return args.node;
        },
        transformResult: async (args) => args.result,
      }),
    };
    await expect(mail.acceptProposal(failing, rejection.id)).rejects.toThrow('disk full');
    const after = await apps.getApplication(ctx, ctx.larkspur);
    expect(after.status).toBe(before.status);
    expect(after.events).toHaveLength(before.events.length);
    expect((await mail.listProposals(ctx)).some((p) => p.id === rejection.id)).toBe(true);
    // and once the fault is gone the same proposal is accepted once, as a real rejection
    await mail.acceptProposal(ctx, rejection.id);
    const done = await apps.getApplication(ctx, ctx.larkspur);
    expect(done.status).toBe('rejected');
    expect(done.events.filter((e) => e.stage === 'rejected')).toHaveLength(1);
  });

  it('an edit can file the message under another application and stage', async () => {
    const ctx = await given('u-edit');
    await mail.importMailbox(ctx, stream(mailbox('e')));
    const invite = (await mail.listProposals(ctx)).find((p) => p.kind === 'interview_invite')!;
    await mail.acceptProposal(ctx, invite.id, { applicationId: ctx.larkspur, stage: 'final' });
    expect((await apps.getApplication(ctx, ctx.larkspur)).status).toBe('final');
    expect((await apps.getApplication(ctx, ctx.quillon)).status).toBe('applied');
  });

  it('a refused move puts the proposal back in the queue', async () => {
    const ctx = await given('u-refused');
    await mail.importMailbox(ctx, stream(mailbox('f')));
    const invite = (await mail.listProposals(ctx)).find((p) => p.kind === 'interview_invite')!;
    await moveApplication(ctx, ctx.quillon, { stage: 'withdrawn' });
    await expect(mail.acceptProposal(ctx, invite.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await mail.listProposals(ctx)).some((p) => p.id === invite.id)).toBe(true);
  });

  it('accepts confident matches automatically only when the user turned it on', async () => {
    const off = await given('u-auto-off');
    const a = await mail.importMailbox(off, stream(mailbox('g')));
    expect(a.autoAccepted).toBe(0);
    expect((await apps.getApplication(off, off.larkspur)).status).toBe('interview');

    const on = await given('u-auto-on');
    await updateSettings(on, { autoAcceptMail: true });
    const b = await mail.importMailbox(on, stream(mailbox('h'))); // the setting alone: default threshold 0.9
    expect(b.autoAccepted).toBeGreaterThanOrEqual(1);
    expect((await apps.getApplication(on, on.larkspur)).status).toBe('rejected');
    const pending = await mail.listProposals(on);
    expect(pending.every((p) => p.application === null || p.score < 0.9)).toBe(true);
  });

  it('reads a folder of .eml files (one message per item) and threads replies to filed messages', async () => {
    const ctx = await given('u-folder');
    const first = buildEmail({ from: 'talent@larkspurlabs.com', subject: 'Interview', body: SAMPLE_TEXTS.interview('Larkspur Labs', 'Senior Data Scientist'), messageId: 'thread-1' });
    const reply = buildEmail({ from: 'sam.recruiter@gmail.com', subject: 'Re: Interview', inReplyTo: 'thread-1', body: SAMPLE_TEXTS.rejection('our company', 'the role') });
    async function* files(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(first);
      yield Buffer.from(reply);
    }
    const summary = await mail.importMailbox(ctx, files(), { format: 'messages' });
    expect(summary).toMatchObject({ read: 2, matched: 2 });
    const rejection = (await mail.listProposals(ctx)).find((p) => p.kind === 'rejection');
    expect(rejection?.application?.id).toBe(ctx.larkspur);
    expect(rejection?.reasons.join(' ')).toMatch(/thread/);
  });

  it('threads a reply to a message filed by an EARLIER import (looked up in the database), whatever the case of its domain', async () => {
    const ctx = await given('u-thread-db');
    const first = buildEmail({ from: 'talent@larkspurlabs.com', subject: 'Interview', body: SAMPLE_TEXTS.interview('Larkspur Labs', 'Senior Data Scientist'), messageId: 'earlier-1' });
    expect(await mail.importMailbox(ctx, stream(toMbox([first])))).toMatchObject({ read: 1, matched: 1 });
    // a later import, in its own process as far as memory goes: only the database knows the first message
    const reply = buildEmail({
      from: 'sam.recruiter@gmail.com', subject: 'Re: Interview', references: '<unrelated@elsewhere.test> earlier-1@MAIL.Test',
      body: SAMPLE_TEXTS.rejection('our company', 'the role'),
    });
    const unrelated = buildEmail({ from: 'sam.recruiter@gmail.com', subject: 'Hello', inReplyTo: 'never-imported', body: SAMPLE_TEXTS.rejection('our company', 'the role') });
    const summary = await mail.importMailbox(ctx, stream(toMbox([reply, unrelated])));
    expect(summary).toMatchObject({ read: 2, matched: 1, proposed: 1, skipped: { no_company: 1 } });
    const rejection = (await mail.listProposals(ctx)).find((p) => p.kind === 'rejection');
    expect(rejection?.application?.id).toBe(ctx.larkspur);
    expect(rejection?.reasons.join(' ')).toMatch(/thread/);
  });

  it('a reply to a dismissed message is not threaded; a reply in a later batch of the same import is', async () => {
    const ctx = await given('u-thread-batch');
    const first = buildEmail({ from: 'talent@larkspurlabs.com', subject: 'Interview', body: SAMPLE_TEXTS.interview('Larkspur Labs', 'Senior Data Scientist'), messageId: 'batch-1' });
    const filler = [1, 2, 3].map((i) => buildEmail({ from: 'digest@technews.example', subject: `Digest ${i}`, body: SAMPLE_TEXTS.newsletter() }));
    const reply = buildEmail({ from: 'sam.recruiter@gmail.com', subject: 'Re: Interview', inReplyTo: 'batch-1', body: SAMPLE_TEXTS.rejection('our company', 'the role') });
    const summary = await mail.importMailbox(ctx, stream(toMbox([first, ...filler, reply])), { batchSize: 2 });
    expect(summary).toMatchObject({ read: 5, matched: 2 });

    const other = await given('u-thread-dismissed');
    await mail.importMailbox(other, stream(toMbox([first])));
    const filed = (await mail.listProposals(other)).find((p) => p.kind === 'interview_invite')!;
    await mail.dismissProposal(other, filed.id);
    expect(await mail.importMailbox(other, stream(toMbox([reply])))).toMatchObject({ matched: 0, skipped: { no_company: 1 } });
  });

  it('a message stored before Message-IDs were canonical (domain as written) is still a duplicate, and still threads', async () => {
    const ctx = await given('u-legacy-key');
    const now = new Date().toISOString();
    await insertMailMessages(ctx.db, [{
      id: 'legacy-m', owner_id: ctx.ownerId, message_key: '<Legacy-1@MAIL.TEST>', message_id: '<Legacy-1@MAIL.TEST>', content_hash: 'x', subject: 'Interview',
      from_address: 'talent@larkspurlabs.com', from_name: null, sent_at: null, status: 'proposed', skip_reason: null, created_at: now,
    }]);
    await insertProposals(ctx.db, [{
      id: 'legacy-p', owner_id: ctx.ownerId, mail_message_id: 'legacy-m', application_id: ctx.larkspur, kind: 'interview_invite', action: 'stage',
      stage: 'interview', occurred_on: '2026-11-10', reader_result: '{}', match_score: 1, match_reasons: '[]', proposed_company: null,
      proposed_title: null, status: 'pending', created_at: now, decided_at: null,
    }]);
    const same = buildEmail({ from: 'talent@larkspurlabs.com', subject: 'Interview', body: SAMPLE_TEXTS.interview('Larkspur Labs', 'Senior Data Scientist'), messageId: 'Legacy-1' })
      .replace('<Legacy-1@mail.test>', '<Legacy-1@MAIL.TEST>');
    const reply = buildEmail({ from: 'sam.recruiter@gmail.com', subject: 'Re: Interview', references: '<Legacy-1@MAIL.TEST>', body: SAMPLE_TEXTS.rejection('our company', 'the role') });
    const summary = await mail.importMailbox(ctx, stream(toMbox([same, reply])));
    expect(summary).toMatchObject({ read: 2, duplicates: 1, matched: 1 });
    expect((await mail.listProposals(ctx)).find((p) => p.kind === 'rejection')?.application?.id).toBe(ctx.larkspur);
  });

  it('removes control characters from mail as it is read, so both databases store the same message', async () => {
    const ctx = await given('u-nul');
    const rejection = buildEmail({
      from: 'talent@larkspurlabs.com', fromName: 'Larkspur\u0000 Labs Talent', messageId: 'nul-rej', date: '2026-11-12T09:00:00Z',
      // a NUL written as an encoded word, then a raw one
      subject: '=?utf-8?B?AA==?= Your application for Senior\u0000 Data Scientist',
      body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Senior Data Scientist').replace('Thank', 'Thank\u0000'),
    });
    const encoded = buildEmail({
      from: 'no-reply@greenhouse.io', fromName: 'Quillon Software Recruiting', messageId: 'nul-int', date: '2026-11-13T09:00:00Z',
      subject: '=?utf-8?B?AA==?=', body: `\u0000${SAMPLE_TEXTS.interview('Quillon Software', 'Product Analyst')}\u0001`, encoding: 'base64',
    });
    const summary = await mail.importMailbox(ctx, stream(toMbox([rejection, encoded])));
    expect(summary).toMatchObject({ read: 2, errors: 0 });
    const messages = await database.db.selectFrom('mail_messages').selectAll().where('owner_id', '=', 'u-nul').execute();
    expect(messages).toHaveLength(2);
    const proposals = await database.db.selectFrom('mail_proposals').select('reader_result').where('owner_id', '=', 'u-nul').execute();
    const stored = JSON.stringify([messages, proposals.map((p) => JSON.parse(p.reader_result) as unknown)]);
    expect(stored).toContain('Senior Data Scientist');
    expect(stored).not.toMatch(/\\u000[01]/);
    const byFrom = new Map(messages.map((m) => [m.from_address, m]));
    expect(byFrom.get('talent@larkspurlabs.com')).toMatchObject({ subject: 'Your application for Senior Data Scientist', from_name: 'Larkspur Labs Talent' });
    expect(byFrom.get('no-reply@greenhouse.io')?.subject).toBeNull();
    const queue = await mail.listProposals(ctx);
    const rejected = queue.find((p) => p.kind === 'rejection');
    expect(rejected?.application?.id).toBe(ctx.larkspur);
    await mail.acceptProposal(ctx, rejected!.id);
    const note = (await apps.getApplication(ctx, ctx.larkspur)).noteEntries.at(-1)?.body ?? '';
    expect(note).toMatch(/Thank/);
    expect(note.includes('\u0000') || note.includes('\u0001')).toBe(false);
  });
});
