import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_DATA_ID, LIST_FIRST_PAGE } from '../../src/contracts/first-pages.js';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { scriptJson } from '../../src/server/web-app.js';
import { toQueryString } from '../../src/web/api/client.js';
import { parseListParams, toApiQuery } from '../../src/web/features/applications/list/use-list-params.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { hostedTestApp, type HostedTestApp } from '../support/hosted.js';

/** The page the build writes, reduced to what the server works on. */
const INDEX = '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Debrief</title>\n    <script type="module" src="/assets/index-abc123.js"></script>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';

/** A company name that tries to end the data's element early, and a title with the line separators JavaScript once refused (titles keep them as spaces). */
const HOSTILE = 'Acme </script><script>alert(1)</script> <!-- & Co';
const SEPARATORS = 'Platform\u2028Engineer\u2029';

function firstData(html: string): Record<string, unknown> {
  const found = new RegExp(`<script type="application/json" id="${FIRST_DATA_ID}">([^<]*)</script>`).exec(html);
  if (!found) throw new Error(`no first data in:\n${html.slice(0, 2000)}`);
  return JSON.parse(found[1]!) as Record<string, unknown>;
}

let web = '';
beforeAll(() => {
  web = mkdtempSync(join(tmpdir(), 'debrief-first-data-'));
  writeFileSync(join(web, 'index.html'), INDEX);
});
afterAll(() => rmSync(web, { recursive: true, force: true }));

describe('the first data in the page', () => {
  it('writes JSON that cannot end its element and reads back unchanged', () => {
    const value = { company: HOSTILE, title: SEPARATORS };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('names the list request exactly as the list asks for it', () => {
    expect(`/api/applications${toQueryString({ ...toApiQuery(parseListParams(new URLSearchParams())), fields: 'summary' })}`).toBe(LIST_FIRST_PAGE);
  });
});

describe.each(testDialects())('the first data in the page, local mode (%s)', (dialect) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, now: () => new Date('2026-11-20T10:00:00Z'), webDir: web });
    const created = await app.request('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ company: HOSTILE, title: SEPARATORS, appliedOn: '2026-11-18' }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("puts the board's answers into the board's page, escaped, as the API gives them", async () => {
    const res = await app.request('/board');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const html = await res.text();
    // The page's own two script elements and the data's: nothing the data holds ends an element.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('alert(1)</script>');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    const data = firstData(html);
    expect(Object.keys(data).sort()).toEqual(['/api/board', '/api/demo', '/api/session', '/api/settings']);
    expect(data['/api/board']).toEqual(await (await app.request('/api/board')).json());
    expect(JSON.stringify(data['/api/board'])).toContain(HOSTILE);
    // The data comes before the end of the page, so it is there when the app's scripts run.
    expect(html.indexOf(FIRST_DATA_ID)).toBeLessThan(html.indexOf('</body>'));
  });

  it('sends the same page compressed, in one gzip stream', async () => {
    const res = await app.request('/applications', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const html = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const data = firstData(html);
    expect(Object.keys(data).sort()).toEqual(['/api/demo', '/api/session', '/api/settings', '/api/tags', LIST_FIRST_PAGE].sort());
    expect(data[LIST_FIRST_PAGE]).toEqual(await (await app.request(LIST_FIRST_PAGE)).json());
  });

  it("holds only who is there on a page without first data, and on a filtered list (the list's request differs)", async () => {
    for (const path of ['/journal', '/applications?status=applied']) {
      const data = firstData(await (await app.request(path)).text());
      expect(Object.keys(data).sort(), path).toEqual(['/api/demo', '/api/session']);
    }
  });
});

describe.each(testDialects())('the first data in the page, hosted mode (%s)', (dialect) => {
  let database: Database;
  let h: HostedTestApp;
  let a: { cookie: string; id: string };
  let b: { cookie: string; id: string };

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    h = await hostedTestApp(database, { now: () => new Date('2026-11-20T10:00:00Z'), webDir: web });
    a = await h.account('a@example.org');
    b = await h.account('b@example.org');
    const created = await h.request('POST', '/api/applications', { cookie: a.cookie, body: { company: 'Northwind Traders', title: 'Data Analyst', appliedOn: '2026-11-18' } });
    expect(created.status, await created.clone().text()).toBe(201);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("holds the signed-in person's data, and never keeps the page", async () => {
    const res = await h.request('GET', '/board', { cookie: a.cookie });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const data = firstData(await res.text());
    expect(data['/api/session']).toMatchObject({ mode: 'hosted', account: { id: a.id } });
    expect(JSON.stringify(data['/api/board'])).toContain('Northwind Traders');
    expect(data['/api/board']).toEqual(await (await h.request('GET', '/api/board', { cookie: a.cookie })).json());
  });

  it("gives another account its own data, not the first one's", async () => {
    const html = await (await h.request('GET', '/board', { cookie: b.cookie })).text();
    expect(html).not.toContain('Northwind');
    const data = firstData(html);
    expect(data['/api/session']).toMatchObject({ account: { id: b.id } });
    expect(data['/api/board']).toBeDefined();
  });

  it('gives someone signed out the mode and no data', async () => {
    for (const cookie of [undefined, 'better-auth.session_token=forged.value']) {
      const html = await (await h.request('GET', '/board', cookie ? { cookie } : {})).text();
      expect(html).not.toContain('Northwind');
      const data = firstData(html);
      expect(Object.keys(data)).toEqual(['/api/session']);
      expect(data['/api/session']).toMatchObject({ mode: 'hosted', account: null });
    }
  });
});
