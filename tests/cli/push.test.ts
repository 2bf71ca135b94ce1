import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { cli, freshDataDir } from '../support/cli.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { hostedTestApp, PASSWORD, type HostedTestApp } from '../support/hosted.js';

/** `debrief push --to <url>`: a local search goes into a hosted account over HTTP (PostgreSQL: hosted mode needs it). */
const onPostgres = testDialects().includes('postgres');

describe.runIf(onPostgres)('debrief push --to', () => {
  let database: Database;
  let h: HostedTestApp;
  let url: string;
  let close: () => void;
  let ada: { cookie: string; id: string };
  const dataDir = freshDataDir();

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    // The server listens first, so the public address it is told is its own.
    let app: HostedTestApp['app'] | null = null;
    const server = serve({ fetch: (req) => (app ? app.fetch(req) : new Response('starting', { status: 503 })), port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
    h = await hostedTestApp(database, { env: { PUBLIC_URL: url } });
    app = h.app;
    ada = await h.account('ada@example.org');
    expect((await cli(['demo'], { dataDir })).status).toBe(0);
  }, 120_000);
  afterAll(async () => {
    close?.();
    await database?.close();
  });

  const count = async (): Promise<number> =>
    Number((await database.db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).where('owner_id', '=', ada.id).executeTakeFirstOrThrow()).n);

  it('pushes the local search into the account, then merges without doubling or refuses to guess', async () => {
    const local = JSON.parse((await cli(['backup'], { dataDir })).stdout) as { tables: { applications: unknown[] } };
    const sent = local.tables.applications.length;
    expect(sent).toBeGreaterThan(10);

    const wrong = await cli(['push', '--to', url, '--email', 'ada@example.org'], { dataDir, env: { DEBRIEF_PASSWORD: 'not the password' } });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/password/i);
    expect(await count()).toBe(0);

    const first = await cli(['push', '--to', url, '--email', 'ada@example.org'], { dataDir, env: { DEBRIEF_PASSWORD: PASSWORD } });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Pushed ${sent} applications`);
    expect(await count()).toBe(sent);
    // what the web app shows for that account
    const board = await h.request('GET', '/api/applications?pageSize=100', { cookie: ada.cookie });
    expect(board.status).toBe(200);

    // no terminal to ask on, no choice given: nothing is sent
    const again = await cli(['push', '--to', url, '--email', 'ada@example.org'], { dataDir, env: { DEBRIEF_PASSWORD: PASSWORD } });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--merge');
    expect(await count()).toBe(sent);

    const merged = await cli(['push', '--to', url, '--email', 'ada@example.org', '--merge'], { dataDir, env: { DEBRIEF_PASSWORD: PASSWORD } });
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/\(merge\): 0 rows added, \d+ already there and kept/);
    expect(await count()).toBe(sent);
  }, 180_000);

  it('refuses an unencrypted address that is not this computer', async () => {
    const r = await cli(['push', '--to', 'http://debrief.example.org', '--email', 'ada@example.org'], { dataDir, env: { DEBRIEF_PASSWORD: PASSWORD } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('use https://');
  });
});
