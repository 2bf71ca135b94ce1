import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as sync from '../../src/services/mail-sync.service.js';
import { listProposals } from '../../src/services/mail-import.service.js';
import { isServiceError } from '../../src/services/errors.js';
import { openImap } from '../../src/services/imap-client.js';
import type { ServiceContext } from '../../src/services/context.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';
import { hasDovecot, startImapServer, type TestImapServer } from '../support/dovecot.js';
import { buildEmail, SAMPLE_TEXTS } from '../support/mail.js';

/** Flags of every message in INBOX, read by a second client: what a sync must never change. */
async function inboxFlags(server: TestImapServer): Promise<string[]> {
  const client = new ImapFlow({ host: server.host, port: server.port, secure: false, auth: { user: server.user, pass: server.password }, logger: false });
  await client.connect();
  const out: string[] = [];
  const lock = await client.getMailboxLock('INBOX', { readOnly: true });
  try {
    for await (const m of client.fetch('1:*', { uid: true, flags: true }, { uid: true })) out.push(`${m.uid}:${[...(m.flags ?? [])].sort().join(' ')}`);
  } finally {
    lock.release();
    await client.logout();
  }
  return out;
}

function rejection(tag: string, company = 'Larkspur Labs', title = 'Senior Data Scientist'): string {
  return buildEmail({
    from: 'talent@larkspurlabs.com', fromName: `${company} Talent`, subject: `Your application for ${title}`,
    body: SAMPLE_TEXTS.rejection(company, title), messageId: `rej-${tag}`, date: '2026-11-12T09:00:00Z',
  });
}

function invite(tag: string): string {
  return buildEmail({
    from: 'no-reply@greenhouse.io', fromName: 'Quillon Software Recruiting', subject: 'Interview invitation: Product Analyst',
    body: SAMPLE_TEXTS.interview('Quillon Software', 'Product Analyst'), messageId: `int-${tag}`, date: '2026-11-13T09:00:00Z',
  });
}

describe.skipIf(!hasDovecot).each(testDialects())('IMAP sync against a real server, on %s', (dialect) => {
  let database: Database;
  let server: TestImapServer;
  beforeAll(async () => {
    [database, server] = await Promise.all([freshDatabase(dialect), startImapServer()]);
  });
  afterAll(async () => {
    await Promise.all([database?.close(), server?.close()]);
  });

  async function given(owner: string): Promise<ServiceContext> {
    const ctx = await testContext(database, { ownerId: owner });
    await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Senior Data Scientist' }, ['interview']);
    await givenApplication(ctx, { company: 'Quillon Software', title: 'Product Analyst' });
    return ctx;
  }

  const connectInput = (overrides: Partial<Parameters<typeof sync.connectMailbox>[1]> = {}) => ({
    host: server.host, port: server.port, tls: false, user: server.user, password: server.password,
    savePassword: true, folders: ['INBOX'], syncEveryMinutes: null, ...overrides,
  });

  it('a wrong password is refused with advice about app passwords, and nothing is kept', async () => {
    const ctx = await given('u-wrong');
    const error = await sync.connectMailbox(ctx, connectInput({ password: 'not-it' })).catch((e: unknown) => e);
    expect(isServiceError(error) && error.code).toBe('validation');
    expect(String((error as Error).message)).toMatch(/refused the user name or password.*app password/);
    expect(String((error as Error).message)).not.toContain('not-it');
    expect(await sync.getMailAccount(ctx)).toBeNull();
  });

  it('an unreachable server and a missing folder say so', async () => {
    const ctx = await given('u-unreachable');
    const closed = await sync.connectMailbox(ctx, connectInput({ port: 1 })).catch((e: unknown) => e);
    expect(isServiceError(closed) && closed.code).toBe('unavailable');
    expect((closed as Error).message).toMatch(/Could not reach 127\.0\.0\.1:1/);
    const folder = await sync.connectMailbox(ctx, connectInput({ folders: ['Nope'] })).catch((e: unknown) => e);
    expect(isServiceError(folder) && folder.fields).toMatchObject({ folders: expect.stringContaining('no folder "Nope"') });
  });

  it('syncs new mail into the review queue, then only what is new, without changing a flag', async () => {
    const ctx = await given('u-sync');
    server.deliver(rejection('s1'));
    server.deliver(invite('s1'));
    const before = await inboxFlags(server);
    const connected = await sync.connectMailbox(ctx, connectInput({ savePassword: false }));
    expect(connected.availableFolders).toContain('INBOX');
    expect(connected.account).toMatchObject({ passwordSaved: false, folders: ['INBOX'], user: server.user });
    expect(JSON.stringify(connected)).not.toContain(server.password);

    const progress: number[] = [];
    const first = await sync.syncMailbox(ctx, { password: server.password, onProgress: (p) => progress.push(p.done) });
    expect(first.summary).toMatchObject({ read: 2, proposed: 2, matched: 2, duplicates: 0 });
    expect(first.folders).toEqual([{ folder: 'INBOX', newMessages: 2, restarted: false }]);
    expect(progress.at(-1)).toBe(2);
    const kinds = (await listProposals(ctx)).map((p) => p.kind).sort();
    expect(kinds).toEqual(['interview_invite', 'rejection']);

    const again = await sync.syncMailbox(ctx, { password: server.password });
    expect(again.summary.read).toBe(0);

    server.deliver(rejection('s2', 'Quillon Software', 'Product Analyst'));
    const third = await sync.syncMailbox(ctx, { password: server.password });
    expect(third.summary).toMatchObject({ read: 1, proposed: 1 });
    expect(await listProposals(ctx)).toHaveLength(3);

    const account = await sync.getMailAccount(ctx);
    expect(account?.folderStates[0]).toMatchObject({ folder: 'INBOX', messagesRead: 3 });
    expect(account?.lastSyncAt).not.toBeNull();
    // Read-only: every message keeps exactly the flags it had (no \Seen).
    const after = await inboxFlags(server);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.every((f) => !f.includes('\\Seen'))).toBe(true);
  });

  it('without a kept password a sync asks for it', async () => {
    const ctx = await given('u-nopass');
    await sync.connectMailbox(ctx, connectInput({ savePassword: false }));
    const error = await sync.syncMailbox(ctx).catch((e: unknown) => e);
    expect(isServiceError(error) && error.fields).toMatchObject({ password: expect.stringMatching(/not kept/) });
  });

  it('a sync stopped half-way resumes where it stopped, without duplicates', async () => {
    const ctx = await given('u-resume');
    await sync.connectMailbox(ctx, connectInput());
    await sync.syncMailbox(ctx); // what earlier tests delivered
    const known = (await listProposals(ctx, 'all')).length;
    const count = sync.SYNC_CHUNK + 7;
    for (let i = 0; i < count; i += 1) server.deliver(rejection(`bulk-${i}`));
    const controller = new AbortController();
    const stopped = await sync
      .syncMailbox(ctx, { signal: controller.signal, onProgress: (p) => p.done >= sync.SYNC_CHUNK && controller.abort() })
      .catch((e: unknown) => e);
    expect(isServiceError(stopped) && stopped.message).toMatch(/stopped/);
    const half = (await listProposals(ctx, 'all')).length - known;
    expect(half).toBe(sync.SYNC_CHUNK);
    const rest = await sync.syncMailbox(ctx);
    expect(rest.summary).toMatchObject({ read: 7, duplicates: 0 });
    expect((await listProposals(ctx, 'all')).length - known).toBe(count);
  });

  it('two syncs of one mailbox at once: the second is told to wait', async () => {
    const ctx = await given('u-twice');
    await sync.connectMailbox(ctx, connectInput());
    const [a, b] = await Promise.allSettled([sync.syncMailbox(ctx), sync.syncMailbox(ctx)]);
    const refused = [a, b].filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason.message)).toMatch(/already being synced/);
  });

  it('disconnecting forgets the password and the positions, and keeps the proposals', async () => {
    const ctx = await given('u-disconnect');
    await sync.connectMailbox(ctx, connectInput());
    await sync.syncMailbox(ctx);
    const proposals = (await listProposals(ctx, 'all')).length;
    expect(proposals).toBeGreaterThan(0);
    const account = await database.db.selectFrom('mail_accounts').select(['id', 'password']).where('owner_id', '=', ctx.ownerId).executeTakeFirstOrThrow();
    expect(account.password).toBe(server.password);
    const positions = () => database.db.selectFrom('mail_sync_state').select('folder').where('account_id', '=', account.id).execute();
    expect(await positions()).toHaveLength(1);
    expect(await sync.disconnectMailbox(ctx)).toEqual({ disconnected: true });
    expect(await sync.getMailAccount(ctx)).toBeNull();
    expect(await database.db.selectFrom('mail_accounts').select('id').where('owner_id', '=', ctx.ownerId).execute()).toEqual([]);
    expect(await positions()).toEqual([]);
    expect((await listProposals(ctx, 'all')).length).toBe(proposals);
    expect(await sync.disconnectMailbox(ctx)).toEqual({ disconnected: false });
  });

  it('a schedule needs a kept password', async () => {
    const ctx = await given('u-schedule');
    const error = await sync.connectMailbox(ctx, connectInput({ savePassword: false, syncEveryMinutes: 15 })).catch((e: unknown) => e);
    expect(isServiceError(error) && error.fields).toHaveProperty('syncEveryMinutes');
    await sync.connectMailbox(ctx, connectInput({ syncEveryMinutes: 15 }));
    expect((await sync.getMailAccount(ctx))?.syncEveryMinutes).toBe(15);

    // The scheduled pass (the local server's timer, the hosted worker's job) syncs it once, then waits for its interval.
    const attempts = new Map<string, Date>();
    expect(await sync.syncDueMailboxes({ db: database.db, now: ctx.now }, attempts)).toBe(1);
    expect((await sync.getMailAccount(ctx))?.lastSyncAt).not.toBeNull();
    expect((await listProposals(ctx)).length).toBeGreaterThan(0);
    expect(await sync.syncDueMailboxes({ db: database.db, now: ctx.now }, attempts)).toBe(0);
  });

  it('reads bodies without marking them seen (BODY.PEEK)', async () => {
    const session = await openImap({ host: server.host, port: server.port, tls: false, user: server.user, password: server.password });
    try {
      await session.openFolder('INBOX');
      const uids = await session.uidsFrom(1);
      for await (const m of session.sources(uids.slice(0, 3))) expect(m.source.length).toBeGreaterThan(100);
    } finally {
      await session.close();
    }
    expect((await inboxFlags(server)).some((f) => f.includes('\\Seen'))).toBe(false);
  });
});

describe('scheduled sync', () => {
  const row = { sync_every_minutes: 15, password: 'x', last_sync_at: '2026-11-20T10:00:00.000Z' };
  it('is due once the interval has passed since the last sync and the last attempt', () => {
    expect(sync.syncDue(row, new Date('2026-11-20T10:14:00Z'))).toBe(false);
    expect(sync.syncDue(row, new Date('2026-11-20T10:15:00Z'))).toBe(true);
    expect(sync.syncDue(row, new Date('2026-11-20T10:20:00Z'), new Date('2026-11-20T10:16:00Z'))).toBe(false);
    expect(sync.syncDue({ ...row, last_sync_at: null }, new Date('2026-11-20T10:00:00Z'))).toBe(true);
    expect(sync.syncDue({ ...row, password: null }, new Date('2026-11-21T10:00:00Z'))).toBe(false);
    expect(sync.syncDue({ ...row, sync_every_minutes: null }, new Date('2026-11-21T10:00:00Z'))).toBe(false);
  });
});
