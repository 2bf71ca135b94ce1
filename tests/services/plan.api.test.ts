import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { createApp } from '../../src/server/app.js';
import { freshDatabase } from '../support/databases.js';

/** The growth plan and the story bank over HTTP: documented, validated field by field. */
describe('the growth plan and story bank API', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, json: (res.status === 204 ? null : await res.json()) as Record<string, unknown> & { error?: { fields?: Record<string, string> } } };
  };
  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, webDir: '/nonexistent' });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('documents every endpoint in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/plan', '/api/plan/actions', '/api/plan/actions/{id}', '/api/plan/actions/{id}/notes', '/api/plan/suggestions', '/api/plan/suggestions/{id}', '/api/stories', '/api/stories/{id}']));
    expect(doc.components.schemas).toHaveProperty('GrowthAction');
    expect(doc.components.schemas).toHaveProperty('Story');
  });

  it('refuses bad input field by field and keeps nothing half-written', async () => {
    const bad = await call('POST', '/api/plan/actions', { type: 'nap', title: '', link: 'ftp://x.org', dueOn: '2026-02-30', status: 'maybe' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error?.fields ?? {}).sort()).toEqual(['dueOn', 'link', 'status', 'title', 'type']);
    expect((await call('GET', '/api/plan')).json.actions).toEqual([]);
    expect((await call('POST', '/api/stories', { title: '' })).status).toBe(400);
  });

  it('adds, changes, notes and deletes an action; unknown ids are 404', async () => {
    const created = await call('POST', '/api/plan/actions', { type: 'reading', title: 'Read one industry report a week', dueOn: '2020-01-01' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'planned', overdue: true });
    const id = String(created.json.id);
    expect((await call('PATCH', `/api/plan/actions/${id}`, { status: 'doing' })).json).toMatchObject({ status: 'doing' });
    expect((await call('POST', `/api/plan/actions/${id}/notes`, { body: 'Read the first one' })).status).toBe(201);
    expect((await call('DELETE', `/api/plan/actions/${id}`)).status).toBe(204);
    expect((await call('GET', `/api/plan/actions/${id}`)).status).toBe(404);
    expect((await call('PATCH', '/api/plan/suggestions/nope', { title: 'x' })).status).toBe(404);
  });
});
