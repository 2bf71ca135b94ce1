import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { freshDatabase, testDialects } from '../support/databases.js';

type Json = Record<string, unknown>;

/** NUL and other control characters are text PostgreSQL refuses: the contract cleans them, so no database ever sees them. */
describe.each(testDialects())('control characters in requests on %s', (dialect) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> => {
    const res = await app.request(path, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Json) : {} };
  };

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, now: () => new Date('2026-11-20T10:00:00Z'), webDir: '/nonexistent' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('stores a company name and a note without the NUL, keeping tabs and line breaks', async () => {
    const created = await call('POST', '/api/applications', { company: 'Lark\u0000spur Labs\u0007', title: 'Data\u001bAnalyst', notes: 'one\ttwo\r\nthree\u0000' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ company: 'Larkspur Labs', title: 'DataAnalyst', notes: 'one\ttwo\r\nthree' });
    const id = String(created.json.id);
    const note = await call('POST', `/api/applications/${id}/notes`, { body: 'Called \u0000the recruiter\nback' });
    expect(note.status).toBe(201);
    expect(note.json).toMatchObject({ body: 'Called the recruiter\nback' });
    const onlyNul = await call('POST', '/api/applications', { company: '\u0000', title: 'Analyst' });
    expect(onlyNul.status).toBe(400);
    expect((onlyNul.json.error as Json).fields).toHaveProperty('company');
  });

  it('answers an id or a search query holding NUL without a server error', async () => {
    const created = await call('POST', '/api/applications', { company: 'Quillon Software', title: 'Product Analyst' });
    for (const [method, path] of [
      ['GET', '/api/applications/%00'],
      ['GET', '/api/applications/abc%00def'],
      ['DELETE', '/api/applications/%00%01'],
      ['POST', '/api/applications/k3v9%00/notes'],
      ['GET', '/api/companies/%00'],
    ] as const) {
      const res = await call(method, path, method === 'POST' ? { body: 'note' } : undefined);
      expect([400, 404], `${method} ${path}`).toContain(res.status);
    }
    const search = await call('GET', '/api/applications?q=Quillon%00');
    expect(search.status).toBe(200);
    expect((search.json.items as { id: string }[]).map((a) => a.id)).toEqual([created.json.id]);
    const tag = await call('GET', '/api/applications?tag=%00');
    expect(tag.status).toBe(200);
    const insights = await call('GET', '/api/insights?theme=%00');
    expect(insights.status).toBeLessThan(500);
  });

  it('cleans a pasted rejection message and the reader input', async () => {
    const parsed = await call('POST', '/api/reader/parse', { text: 'Thank you for\u0000 applying. We decided to move forward with other candidates.' });
    expect(parsed.status).toBeLessThan(500);
    const settings = await call('PATCH', '/api/settings', { yourName: 'Alex\u0000 Morgan' });
    expect(settings.status).toBe(200);
    expect(settings.json).toMatchObject({ yourName: 'Alex Morgan' });
    const theme = await call('POST', '/api/themes', { label: 'Sys\u0000tem design' });
    expect(theme.status).toBeLessThan(500);
  });
});
