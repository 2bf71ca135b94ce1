import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { freshDatabase } from '../support/databases.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

const SCRIPT = `console.log(${JSON.stringify('debrief '.repeat(500))});\n`;

/** How the server sends the built web app and large API answers (headers only; the web app is a stand-in). */
describe('serving the web app and the API over the wire', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let web = '';

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'debrief-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Debrief</title><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(join(web, 'assets', 'index-abc123.js'), SCRIPT);
    writeFileSync(join(web, 'assets', 'index-abc123.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(web, 'assets', 'index-abc123.js.gz'), gzipSync(SCRIPT));
    database = await freshDatabase('sqlite');
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, now: () => new Date('2026-11-20T10:00:00Z'), webDir: web });
  });
  afterAll(async () => {
    await database.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('sends hashed assets compressed, cached for a year', async () => {
    const br = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const gz = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
    const plain = await app.request('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('has the browser ask for index.html on every visit and never keep it (it holds the person\'s first data), at / and at any page address', async () => {
    for (const path of ['/', '/index.html', '/journal', '/applications/k3v9']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('private, no-store');
      expect(await res.text()).toMatch(/index-abc123\.js/);
    }
    const missing = await app.request('/assets/index-old999.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  it("names the opened page's scripts in index.html, so they download beside the app's, and keeps the manifest to itself", async () => {
    mkdirSync(join(web, '.vite'), { recursive: true });
    writeFileSync(
      join(web, '.vite', 'manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-abc123.js', isEntry: true, imports: ['_shared-s1.js'], css: ['assets/index-i1.css'] },
        '_shared-s1.js': { file: 'assets/shared-s1.js', css: ['assets/shared-s1.css'] },
        '_cards-c1.js': { file: 'assets/cards-c1.js', imports: ['_shared-s1.js'], css: ['assets/cards-c1.css'] },
        'features/board/BoardPage.tsx': { file: 'assets/BoardPage-b1.js', isDynamicEntry: true, imports: ['index.html', '_cards-c1.js', '_shared-s1.js'] },
        'features/home/HomePage.tsx': { file: 'assets/HomePage-h1.js', isDynamicEntry: true, imports: ['index.html', '_cards-c1.js'], css: ['assets/HomePage-h1.css'] },
      }),
    );
    // A new build (index.html written last) is read again.
    writeFileSync(join(web, 'index.html'), '<!doctype html><html><head><title>Debrief</title><script type="module" src="/assets/index-abc123.js"></script></head><body></body></html>');
    const preloads = async (path: string) => [...(await (await app.request(path)).text()).matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)].map((m) => m[1]);
    // The page's chunk, then what it imports, without what the app's own script brings.
    expect(await preloads('/board')).toEqual(['/assets/BoardPage-b1.js', '/assets/cards-c1.js']);
    expect(await preloads('/')).toEqual(['/assets/HomePage-h1.js', '/assets/cards-c1.js']);
    expect(await preloads('/journal')).toEqual([]);
    // The page's styles too, as the app's loader would write them (it then finds them and does not wait for them).
    const styles = async (path: string) => [...(await (await app.request(path)).text()).matchAll(/rel="stylesheet" crossorigin href="([^"]+)"/g)].map((m) => m[1]);
    expect(await styles('/')).toEqual(['/assets/HomePage-h1.css', '/assets/cards-c1.css']);
    expect(await styles('/board')).toEqual(['/assets/cards-c1.css']);
    expect(await styles('/journal')).toEqual([]);
    const manifest = await app.request('/.vite/manifest.json');
    expect(await manifest.text()).not.toContain('BoardPage');
  });

  it('compresses large API answers, but not the streamed import progress', async () => {
    for (let i = 0; i < 40; i++) {
      const res = await app.request('/api/applications', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ company: `Company number ${i}`, title: 'Data Analyst' }),
      });
      expect(res.status).toBe(201);
    }
    const list = await app.request('/api/applications?pageSize=100', { headers: { 'accept-encoding': 'gzip' } });
    expect(list.headers.get('content-encoding')).toBe('gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await list.arrayBuffer())).toString()) as { total: number };
    expect(body.total).toBe(40);
    const mbox = toMbox([buildEmail({ subject: 'Weekly digest', body: SAMPLE_TEXTS.newsletter(), messageId: 'wire-1' })]);
    const stream = await app.request('/api/mail/import', {
      method: 'POST', headers: { 'content-type': 'application/mbox', accept: 'application/x-ndjson', 'accept-encoding': 'gzip' }, body: mbox,
    });
    expect(stream.headers.get('content-type')).toMatch(/x-ndjson/);
    expect(stream.headers.get('content-encoding')).toBeNull();
    expect((await stream.text()).split('\n').filter(Boolean).length).toBeGreaterThan(1);
  });

  it('sends answers as they are from a server that answers this computer only (gzip over the loopback saves nothing)', async () => {
    const local = createApp({ db: database.db, now: () => new Date('2026-11-20T10:00:00Z'), webDir: web, localOnly: true });
    const list = await local.request('http://127.0.0.1:5757/api/applications?pageSize=100', { headers: { 'accept-encoding': 'gzip' } });
    expect(list.status).toBe(200);
    expect(list.headers.get('content-encoding')).toBeNull();
    expect(((await list.json()) as { total: number }).total).toBe(40);
    const script = await local.request('http://127.0.0.1:5757/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(script.headers.get('content-encoding')).toBe('br');
    const page = await local.request('http://127.0.0.1:5757/applications', { headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBeNull();
    // The list's first page (25 of the 40, in the list's order) is in the page, as it is.
    expect(await page.text()).toMatch(/<script type="application\/json" id="first-data">[\s\S]*"company":"Company number \d+"[\s\S]*"total":40/);
  });
});
