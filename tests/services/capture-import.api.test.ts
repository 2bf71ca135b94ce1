import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { captureJob } from '../../src/services/capture.service.js';
import { isPrivateAddress } from '../../src/services/page-fetch.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

const PAGE = `<html><head><title>Jobs</title><script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Analyst', hiringOrganization: { name: 'Larkspur Labs' },
  description: '<p>Dashboards</p>', datePosted: '2026-11-01',
})}</script></head><body></body></html>`;

describe.each(testDialects())('capture, import and backup over HTTP on %s', (dialect) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let server: Server;
  let base = '';
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, now: () => new Date('2026-11-20T10:00:00Z'), webDir: '/nonexistent' });
    server = createServer((req, res) => {
      if (req.url === '/job') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      if (req.url === '/hop') return res.writeHead(302, { location: '/job' }).end();
      if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(4 * 1024 * 1024));
      if (req.url === '/slow') return setTimeout(() => res.end(PAGE), 3000);
      res.writeHead(403).end('no robots');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  it('refuses loopback, private addresses and other schemes, and reads a page from a server it may reach', async () => {
    for (const url of [`${base}/job`, 'http://localhost:1/', 'http://[::1]/', 'http://10.1.2.3/', 'http://169.254.169.254/latest', 'file:///etc/passwd']) {
      const res = await call('POST', '/api/capture', { url });
      expect(res.status, url).toBe(400);
    }
    expect(['127.0.0.1', '::ffff:192.168.1.1', '172.20.0.1', 'fd00::1'].every(isPrivateAddress)).toBe(true);
    expect(isPrivateAddress('93.184.216.34')).toBe(false);

    const ctx = await testContext(database, { ownerId: 'local' });
    const allow = { allowPrivateAddresses: true, timeoutMs: 1000 };
    const read = await captureJob(ctx, { url: `${base}/hop` }, allow);
    expect(read.job).toMatchObject({ title: 'Data Analyst', company: 'Larkspur Labs', jobUrl: `${base}/job`, foundIn: 'json-ld' });
    await expect(captureJob(ctx, { url: `${base}/blocked` }, allow)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('paste the page') });
    await expect(captureJob(ctx, { url: `${base}/big` }, allow)).rejects.toMatchObject({ code: 'unavailable' });
    await expect(captureJob(ctx, { url: `${base}/slow` }, allow)).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('too long') });
  });

  it('captures pasted HTML and warns about an application already tracked', async () => {
    const ctx = await testContext(database, { ownerId: 'local' });
    const existing = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Senior Data Analyst' });
    const res = await call('POST', '/api/capture', { html: PAGE });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { job: { title: string }; similar: { id: string; reason: string }[] };
    expect(body.job.title).toBe('Data Analyst');
    expect(body.similar).toEqual([expect.objectContaining({ id: existing.id, reason: 'same_role' })]);
  });

  it('previews and imports a CSV with streamed progress, exports it, and serves the backup and its JSON Schema', async () => {
    const csv = 'Company;Role;Applied on;Status\nQuarry;=cmd;2026-10-01;Applied\n';
    const file = Buffer.from(csv).toString('base64');
    const preview = await call('POST', '/api/import/preview', { file });
    expect(await preview.json()).toMatchObject({ delimiter: ';', mapping: ['company', 'title', 'date', 'status'], rows: 1 });
    const stream = await call('POST', '/api/import', { file }, { accept: 'application/x-ndjson' });
    const lines = (await stream.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; result?: { created: number } });
    expect(lines.at(-1)).toMatchObject({ type: 'result', result: { created: 1 } });
    const exported = await (await call('GET', '/api/export/applications.csv?q=Quarry')).text();
    expect(exported).toContain(",Quarry,'=cmd,applied,");
    const backup = await call('GET', '/api/backup');
    expect(backup.headers.get('content-disposition')).toMatch(/debrief-backup-2026-11-20\.json/);
    const schema = (await (await call('GET', '/api/backup/schema.json')).json()) as { $defs: { Backup: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.$defs.Backup.properties)).toEqual(['format', 'version', 'schema', 'createdAt', 'tables']);
    const restore = await call('POST', '/api/backup/restore', await backup.json());
    expect(restore.status).toBe(409);
    const merged = await call('POST', '/api/backup/restore?mode=merge', await (await call('GET', '/api/backup')).json());
    expect(merged.status).toBe(200);
  });
});
