import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir } from '../support/cli.js';
import { hasDovecot, startImapServer, type TestImapServer } from '../support/dovecot.js';
import { buildEmail, SAMPLE_TEXTS } from '../support/mail.js';

describe.skipIf(!hasDovecot)('debrief mail', { timeout: 120_000 }, () => {
  let server: TestImapServer;
  const dataDir = freshDataDir();
  const base = () => ['--user', server.user, '--host', server.host, '--port', String(server.port), '--no-tls'];

  beforeAll(async () => {
    server = await startImapServer();
    server.createFolder('Jobs');
    server.deliver(buildEmail({ from: 'talent@larkspurlabs.com', subject: 'Your application for Data Analyst', body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: 'cli-1' }), 'Jobs');
    expect((await cli(['add', '-c', 'Larkspur Labs', '-t', 'Data Analyst'], { dataDir })).status).toBe(0);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sync before connecting says how to connect', async () => {
    const r = await cli(['mail', 'sync'], { dataDir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No mailbox is connected.*debrief mail connect/);
  });

  it('a wrong password: exit 2, advice, the password not echoed', async () => {
    const r = await cli(['mail', 'connect', ...base(), '--password-stdin'], { dataDir, input: 'wrong-secret\n' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refused the user name or password/);
    expect(r.stderr + r.stdout).not.toContain('wrong-secret');
  });

  it('--every without --save-password is refused', async () => {
    const r = await cli(['mail', 'connect', ...base(), '--every', '15', '--password-stdin'], { dataDir, input: server.password });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--every needs --save-password/);
  });

  it('a missing folder is named with the folders there are', async () => {
    const r = await cli(['mail', 'connect', ...base(), '--folders', 'Nope', '--password-stdin'], { dataDir, input: server.password });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no folder "Nope".*INBOX/);
  });

  it('connects, syncs a chosen folder, shows the status, and disconnects', { timeout: 240_000 }, async () => {
    const connected = await cli(['mail', 'connect', ...base(), '--folders', 'INBOX,Jobs', '--password-stdin'], { dataDir, input: `${server.password}\n` });
    expect(connected.stderr).toBe('');
    expect(connected.status).toBe(0);
    expect(connected.stdout).toMatch(/Connected seeker on 127\.0\.0\.1\. Reading: INBOX, Jobs\./);

    // Without a kept password and without a terminal, sync says how to give it.
    const noPassword = await cli(['mail', 'sync'], { dataDir });
    expect(noPassword.status).toBe(2);
    expect(noPassword.stderr).toMatch(/--password-stdin|DEBRIEF_IMAP_PASSWORD/);

    const synced = await cli(['mail', 'sync', '--password-stdin', '--json'], { dataDir, input: server.password });
    expect(synced.status).toBe(0);
    const result = JSON.parse(synced.stdout) as { summary: { read: number; proposed: number }; folders: { folder: string; newMessages: number }[] };
    expect(result.summary).toMatchObject({ read: 1, proposed: 1 });
    expect(result.folders).toEqual([
      { folder: 'INBOX', newMessages: 0, restarted: false },
      { folder: 'Jobs', newMessages: 1, restarted: false },
    ]);

    const status = await cli(['mail', 'status'], { dataDir });
    expect(status.stdout).toMatch(/Password\s+asked at each sync/);
    expect(status.stdout).toMatch(/Jobs: 1 messages read/);
    expect(status.stdout).not.toContain(server.password);

    const gone = await cli(['mail', 'disconnect'], { dataDir });
    expect(gone.stdout).toMatch(/Disconnected/);
  });
});
