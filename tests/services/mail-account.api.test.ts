import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { zMailAccountStatus } from '../../src/contracts/mail-accounts.js';
import { createApp } from '../../src/server/app.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { hasDovecot, startImapServer, type TestImapServer } from '../support/dovecot.js';
import { buildEmail, SAMPLE_TEXTS } from '../support/mail.js';

describe.skipIf(!hasDovecot).each(testDialects())('the mailbox over HTTP on %s', (dialect) => {
  let database: Database;
  let server: TestImapServer;
  let app: ReturnType<typeof createApp>;
  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const account = async () => zMailAccountStatus.parse(await (await call('GET', '/api/mail/account')).json()).account;

  beforeAll(async () => {
    [database, server] = await Promise.all([freshDatabase(dialect), startImapServer()]);
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, webDir: '/nonexistent' });
    server.deliver(buildEmail({ from: 'talent@larkspurlabs.com', subject: 'Your application', body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: 'api-1' }));
  });
  afterAll(async () => {
    await Promise.all([database?.close(), server?.close()]);
  });

  it('nothing is connected at first', async () => {
    expect(await account()).toBeNull();
    expect((await call('POST', '/api/mail/account/sync')).status).toBe(404);
  });

  it('refuses bad input field by field', async () => {
    const res = await call('PUT', '/api/mail/account', { user: '', password: '', port: 70000, folders: [] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields).sort()).toEqual(['folders', 'password', 'port', 'user']);
  });

  it('a wrong password is a 400 on the password field that does not echo it', async () => {
    const res = await call('PUT', '/api/mail/account', { host: server.host, port: server.port, tls: false, user: server.user, password: 'wrong-secret' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/"password"/);
    expect(text).not.toContain('wrong-secret');
  });

  it('connects, never returns the password, syncs in the background and reports progress', async () => {
    const res = await call('PUT', '/api/mail/account', {
      host: server.host, port: server.port, tls: false, user: server.user, password: server.password, savePassword: true,
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(server.password);
    expect(JSON.parse(text)).toMatchObject({ account: { passwordSaved: true, folders: ['INBOX'] }, availableFolders: ['INBOX'] });
    expect(JSON.stringify(await account())).not.toContain(server.password);

    const started = await call('POST', '/api/mail/account/sync');
    expect(started.status).toBe(202);
    let current = await account();
    for (let i = 0; i < 100 && (current?.sync.running || !current?.lastSyncAt); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      current = await account();
    }
    expect(current?.lastResult?.summary).toMatchObject({ read: 1, proposed: 1 });
    expect(current?.folderStates).toMatchObject([{ folder: 'INBOX', messagesRead: 1 }]);
    const proposals = (await (await call('GET', '/api/mail/proposals')).json()) as unknown[];
    expect(proposals).toHaveLength(1);
  });

  it('changes the schedule, refuses an impossible one, and disconnects', async () => {
    expect((await call('PATCH', '/api/mail/account', { syncEveryMinutes: 1 })).status).toBe(400);
    const changed = await call('PATCH', '/api/mail/account', { syncEveryMinutes: 30 });
    expect(changed.status).toBe(200);
    expect(await account()).toMatchObject({ syncEveryMinutes: 30 });
    const gone = await call('DELETE', '/api/mail/account');
    expect(await gone.json()).toEqual({ disconnected: true });
    expect(await account()).toBeNull();
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await call('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/mail/account'] ?? {}).sort()).toEqual(['delete', 'get', 'patch', 'put']);
    expect(doc.paths['/api/mail/account/sync']).toHaveProperty('post');
  });
});
