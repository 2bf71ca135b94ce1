import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { freshDatabase, testDialects } from '../support/databases.js';

type Json = Record<string, unknown>;

describe.each(testDialects())('HTTP API on %s', (dialect) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: Json }> => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
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

  it('creates, reads, edits and deletes an application', async () => {
    const created = await call('POST', '/api/applications', { company: 'Larkspur Labs', title: 'Data Analyst', tags: ['Remote'] });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ company: 'Larkspur Labs', status: 'applied', tags: ['remote'], appliedOn: '2026-11-20' });
    const id = String(created.json.id);
    const read = await call('GET', `/api/applications/${id}`);
    expect(read.json.events).toHaveLength(1);
    const edited = await call('PATCH', `/api/applications/${id}`, { version: created.json.version, fit: 5 });
    expect(edited.json).toMatchObject({ fit: 5, version: 2 });
    const stale = await call('PATCH', `/api/applications/${id}`, { version: created.json.version, fit: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ error: { code: 'stale' } });
    const moved = await call('POST', `/api/applications/${id}/events`, { stage: 'interview', interviewType: 'technical' });
    expect(moved.status).toBe(201);
    expect(moved.json).toMatchObject({ changed: true, application: { status: 'interview' } });
    expect((await call('DELETE', `/api/applications/${id}`)).status).toBe(204);
    expect((await call('GET', `/api/applications/${id}`)).status).toBe(404);
  });

  it('answers bad input with 400 JSON naming each field', async () => {
    const r = await call('POST', '/api/applications', { company: ' ', title: '', fit: 7, jobUrl: 'javascript:alert(1)', date: '2026-02-30' });
    expect(r.status).toBe(400);
    const fields = (r.json.error as Json).fields as Json;
    expect(Object.keys(fields).sort()).toEqual(['company', 'date', 'fit', 'jobUrl', 'title']);
    expect((await call('POST', '/api/applications', '{"company": ')).status).toBe(400);
    const stage = await call('POST', '/api/applications/nope/events', { stage: 'celebrated' });
    expect(stage.status).toBe(400);
    expect((stage.json.error as Json).fields).toHaveProperty('stage');
  });

  it('refuses a body over 2 MB and keeps a 1 MB note out with a clear message', async () => {
    const created = await call('POST', '/api/applications', { company: 'Big Notes Ltd', title: 'Writer' });
    const huge = await call('POST', `/api/applications/${String(created.json.id)}/notes`, { body: 'x'.repeat(3 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const big = await call('POST', `/api/applications/${String(created.json.id)}/notes`, { body: 'x'.repeat(1024 * 1024) });
    expect(big.status).toBe(400);
    expect(JSON.stringify(big.json)).toMatch(/at most 50000 characters/);
    const detail = await call('GET', `/api/applications/${String(created.json.id)}`);
    expect(detail.json.noteEntries).toEqual([]);
  });

  it('serves an OpenAPI document describing the endpoints', async () => {
    const res = await app.request('/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/applications', '/api/applications/{id}', '/api/applications/{id}/events', '/api/board', '/api/companies']));
    expect(doc.components.schemas).toHaveProperty('Application');
    expect((await app.request('/api/docs')).status).toBe(200);
  });

  it('bound to this computer, refuses requests addressed to another host name (DNS rebinding)', async () => {
    const local = createApp({ db: database.db, webDir: '/nonexistent', localOnly: true });
    expect((await local.request('http://127.0.0.1:5757/api/health')).status).toBe(200);
    expect((await local.request('http://localhost:5757/api/applications')).status).toBe(200);
    const rebound = await local.request('http://evil.example:5757/api/applications');
    expect(rebound.status).toBe(421);
    expect(await rebound.json()).toMatchObject({ error: { code: 'wrong_host' } });
  });

  it('returns 404 JSON for unknown endpoints', async () => {
    const r = await call('GET', '/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ error: { code: 'not_found' } });
  });
});
