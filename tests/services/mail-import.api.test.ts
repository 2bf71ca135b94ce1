import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { zMailImportEvent, type MailImportEvent } from '../../src/contracts/mail.js';
import { createApp } from '../../src/server/app.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

function mailbox(tag: string, extra = 0): string {
  return toMbox([
    buildEmail({
      from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Senior Data Scientist',
      body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Senior Data Scientist'), messageId: `rej-${tag}`, date: '2026-11-12T09:00:00Z',
    }),
    buildEmail({ from: 'digest@technews.example', subject: 'Weekly digest', body: SAMPLE_TEXTS.newsletter(), messageId: `news-${tag}` }),
    ...Array.from({ length: extra }, (_, i) =>
      buildEmail({ from: 'digest@technews.example', subject: `Digest ${i}`, body: SAMPLE_TEXTS.newsletter(), messageId: `news-${tag}-${i}` })),
  ]);
}

describe.each(testDialects())('mail import over HTTP on %s', (dialect) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const post = (body: string, accept: string, headers: Record<string, string> = {}) =>
    app.request('/api/mail/import', {
      method: 'POST',
      headers: { 'content-type': 'application/mbox', 'content-length': String(Buffer.byteLength(body)), accept, ...headers },
      body,
    });
  const events = async (res: Response): Promise<MailImportEvent[]> =>
    (await res.text())
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => zMailImportEvent.parse(JSON.parse(l)));

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
    app = createApp({ db: database.db, now: () => new Date('2026-11-20T10:00:00Z'), webDir: '/nonexistent' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('streams progress as NDJSON, reaching every byte, then one summary line', async () => {
    const body = mailbox('a', 600);
    const res = await post(body, 'application/x-ndjson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = await events(res);
    const progress = lines.filter((e) => e.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', read: 0, bytes: 0, totalBytes: Buffer.byteLength(body) });
    const reads = progress.map((p) => p.read);
    expect(reads).toEqual([...reads].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ type: 'progress', read: 602, bytes: Buffer.byteLength(body), totalBytes: Buffer.byteLength(body) });
    expect(lines.filter((e) => e.type !== 'progress')).toHaveLength(1);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', summary: { read: 602, skipped: { not_job_mail: 601 } } });
  });

  it('still answers one JSON summary to clients that accept JSON', async () => {
    const res = await post(mailbox('b'), 'application/json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({ read: 2, duplicates: 0 });
  });

  it('ends the stream with an error line when the file holds no messages', async () => {
    const res = await post('', 'application/x-ndjson');
    const lines = await events(res);
    expect(lines.at(-1)).toEqual({ type: 'error', error: { code: 'validation', message: expect.stringMatching(/No messages were found/) as string } });
    expect(lines.filter((e) => e.type === 'summary')).toEqual([]);
    const json = await post('', 'application/json');
    expect(json.status).toBe(400);
  });

  it('refuses a request before streaming with a status code and a JSON error', async () => {
    const res = await post('x', 'application/x-ndjson', { 'content-type': 'multipart/form-data', 'content-length': '1' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'validation', message: expect.stringMatching(/boundary/) as string } });
    const huge = await post('x', 'application/x-ndjson', { 'content-length': String(2 * 1024 ** 3) });
    expect(huge.status).toBe(413);
  });

  it('documents both answers in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { post?: { description?: string; responses: Record<string, { content: Record<string, unknown> }> } }> };
    const route = doc.paths['/api/mail/import']?.post;
    expect(Object.keys(route?.responses['200']?.content ?? {})).toEqual(['application/json', 'application/x-ndjson']);
    expect(route?.description).toMatch(/x-ndjson/);
  });

  it('accepting a mailed rejection records the rejection, so GET debrief answers pre-filled', async () => {
    const created = await app.request('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ company: 'Larkspur Labs', title: 'Senior Data Scientist', stage: 'applied', date: '2026-11-02' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const imported = await post(mailbox('api-accept'), 'application/json');
    expect(imported.status).toBe(200);
    const queue = (await (await app.request('/api/mail/proposals')).json()) as { id: string; kind: string; application: { id: string } | null }[];
    const proposal = queue.find((p) => p.kind === 'rejection' && p.application?.id === id);
    expect(proposal).toBeDefined();
    const accepted = await app.request(`/api/mail/proposals/${proposal!.id}/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(accepted.status).toBe(200);

    const res = await app.request(`/api/applications/${id}/debrief`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as { rejection: { channel: string; message: string | null; reasons: { reason: string }[]; readerLabels: unknown }; progress: { steps: { step: string; status: string }[] } };
    expect(d.rejection.channel).toBe('email');
    expect(d.rejection.message).toMatch(/move forward with other candidates/);
    expect(d.rejection.reasons.length).toBeGreaterThan(0);
    expect(d.rejection.readerLabels).not.toBeNull();
    expect(d.progress.steps.find((s) => s.step === 'message')?.status).toBe('done');
    const list = (await (await app.request('/api/debriefs')).json()) as { toFinish: { applicationId: string }[] };
    expect(list.toFinish.map((i) => i.applicationId)).toContain(id);
  });
});
