import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

const EVIL = 'http://evil.example';
// app.request() addresses the app as http://localhost.
const OWN = 'http://localhost';

function mailbox(tag: string): string {
  return toMbox([
    buildEmail({
      from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Data Analyst',
      body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: `cross-${tag}`, date: '2026-11-12T09:00:00Z',
    }),
  ]);
}

function multipart(content: string): { body: string; type: string } {
  const boundary = '----debrief-test-boundary';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="jobs.mbox"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

describe.each(testDialects())('requests from another site on %s', (dialect) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const counts = async () => {
    const one = async (table: 'mail_messages' | 'applications') =>
      Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { messages: await one('mail_messages'), applications: await one('applications') };
  };
  const importMail = (body: string, type: string, headers: Record<string, string>) =>
    app.request('/api/mail/import?autoAccept=0.5', { method: 'POST', headers: { 'content-type': type, accept: 'application/json', ...headers }, body });

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, now: () => new Date('2026-11-20T10:00:00Z'), webDir: '/nonexistent' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('refuses a text/plain and a multipart mailbox upload from another origin, changing nothing', async () => {
    const before = await counts();
    const plain = await importMail(mailbox('a'), 'text/plain', { origin: EVIL, 'sec-fetch-site': 'cross-site' });
    expect(plain.status).toBe(403);
    expect(await plain.json()).toEqual({ error: { code: 'cross_site', message: expect.stringMatching(/another website/) as string } });
    const form = multipart(mailbox('b'));
    // an older browser sends Origin only
    const formPost = await importMail(form.body, form.type, { origin: EVIL });
    expect(formPost.status).toBe(403);
    // another port of this computer is another origin ("same-site" to the browser)
    const sameSite = await importMail(mailbox('c'), 'text/plain', { origin: 'http://localhost:8080', 'sec-fetch-site': 'same-site' });
    expect(sameSite.status).toBe(403);
    const nullOrigin = await importMail(mailbox('d'), 'text/plain', { origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('refuses loading the sample search, and any other change, from another origin', async () => {
    const before = await counts();
    const demo = await app.request('/api/demo', { method: 'POST', headers: { origin: EVIL, 'sec-fetch-site': 'cross-site' } });
    expect(demo.status).toBe(403);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await app.request('/api/applications', {
        method, headers: { origin: EVIL, 'content-type': 'text/plain' }, body: JSON.stringify({ company: 'Evil', title: 'Intern' }),
      });
      expect(res.status, method).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });

  it('lets pages of Debrief itself and programs without a browser change data', async () => {
    const own = await importMail(mailbox('e'), 'text/plain', { origin: OWN, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
    const form = multipart(mailbox('f'));
    expect((await importMail(form.body, form.type, { origin: OWN })).status).toBe(200);
    // the CLI, curl and scripts send neither header
    expect((await importMail(mailbox('g'), 'application/mbox', {})).status).toBe(200);
    // typed in the address bar or opened from a bookmark
    const none = await app.request('/api/applications', {
      method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'none' }, body: JSON.stringify({ company: 'Larkspur Labs', title: 'Data Analyst' }),
    });
    expect(none.status).toBe(201);
    expect(await counts()).toMatchObject({ messages: 3 });
    const reads = await app.request('/api/applications', { headers: { origin: EVIL, 'sec-fetch-site': 'cross-site' } });
    expect(reads.status).toBe(200);
  });

  it('sends the security headers on every answer, errors included', async () => {
    for (const res of [
      await app.request('/api/health'),
      await app.request('/api/nope'),
      await app.request('/api/docs'),
      await app.request('/api/demo', { method: 'POST', headers: { origin: EVIL } }),
    ]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    }
  });
});
