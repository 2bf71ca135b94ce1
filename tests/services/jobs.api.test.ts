import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../../src/contracts/jobs.js';
import type { Database } from '../../src/db/connect.js';
import { jobQueue, MAIL_SYNC_QUEUE, startQueue } from '../../src/server/job-queue.js';
import { startWorker, type RunningWorker } from '../../src/server/worker.js';
import { NO_MESSAGES } from '../../src/services/jobs.service.js';
import { sendReminderMail } from '../../src/services/reminders.service.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { hostedTestApp, PUBLIC_URL, type HostedTestApp, type SentMail } from '../support/hosted.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

/** Background jobs of hosted mode: queued by the API, done by a worker started here (PostgreSQL: pg-boss needs it). */
const onPostgres = testDialects().includes('postgres');

describe.runIf(onPostgres)('background jobs (PostgreSQL, pg-boss)', () => {
  let database: Database;
  let boss: PgBoss;
  let worker: RunningWorker;
  let h: HostedTestApp;
  let a: { cookie: string; id: string };
  let b: { cookie: string; id: string };

  const waitForJob = async (cookie: string, id: string): Promise<Job> => {
    const until = Date.now() + 200_000;
    for (;;) {
      const r = await h.request('GET', `/api/jobs/${id}`, { cookie });
      expect(r.status).toBe(200);
      const job = (await r.json()) as Job;
      if (job.state === 'done' || job.state === 'failed') return job;
      if (Date.now() > until) throw new Error(`job ${id} still ${job.state}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    boss = await startQueue(database.db, { role: 'app' });
    h = await hostedTestApp(database, { jobs: jobQueue(boss) });
    a = await h.account('a@example.org');
    b = await h.account('b@example.org');
    worker = await startWorker({ db: database.db, concurrency: 1, pollingIntervalSeconds: 0.5 });
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
    await boss?.stop({ graceful: false, wait: true });
    await database?.close();
  });

  it('stores a mailbox upload, answers 202 with the job, and a worker imports it with its progress', async () => {
    const mbox = toMbox(
      Array.from({ length: 30 }, (_, i) =>
        buildEmail({ from: `jobs@co${i}.example`, subject: 'We received your application', body: SAMPLE_TEXTS.received(`Company ${i}`, 'Analyst'), messageId: `job-${i}`, date: '2026-11-14T09:00:00Z' }),
      ),
    );
    const r = await h.request('POST', '/api/mail/import', { cookie: a.cookie, raw: { body: mbox, type: 'application/mbox' } });
    expect(r.status, await r.clone().text()).toBe(202);
    const queued = (await r.json()) as Job;
    expect(queued).toMatchObject({ kind: 'mail_import', state: 'queued', progress: { read: 0, totalBytes: Buffer.byteLength(mbox) } });
    // the page finds it again after a reload
    const listed = (await (await h.request('GET', '/api/jobs?kind=mail_import', { cookie: a.cookie })).json()) as Job[];
    expect(listed.map((j) => j.id)).toContain(queued.id);

    const done = await waitForJob(a.cookie, queued.id);
    expect(done.state, done.error ?? '').toBe('done');
    expect(done.progress).toMatchObject({ read: 30, bytes: Buffer.byteLength(mbox), totalBytes: Buffer.byteLength(mbox) });
    expect(done.result).toMatchObject({ kind: 'mail_import', summary: { read: 30, proposed: 30 } });
    expect(done.startedAt).not.toBeNull();
    const proposals = (await (await h.request('GET', '/api/mail/proposals', { cookie: a.cookie })).json()) as unknown[];
    expect(proposals).toHaveLength(30);
    // the stored upload is gone once the job has ended
    expect(await database.db.selectFrom('job_uploads').select('seq').execute()).toEqual([]);
  }, 90_000);

  it('reports a failure with a message a person can act on', async () => {
    const r = await h.request('POST', '/api/mail/import', { cookie: a.cookie, raw: { body: '', type: 'application/mbox' } });
    expect(r.status).toBe(202);
    const failed = await waitForJob(a.cookie, ((await r.json()) as Job).id);
    expect(failed).toMatchObject({ state: 'failed', error: NO_MESSAGES, result: null });
  }, 90_000);

  it('moves a large CSV import to the worker; a small one stays in the request', async () => {
    // Large in bytes (what decides), with few rows: long notes rather than thousands of applications.
    const notes = 'A long note about the role, the team and the people met along the way. '.repeat(50);
    const rows = Array.from({ length: 300 }, (_, i) => `Company number ${i},Analyst ${i},2026-10-01,Applied,${notes}`);
    const csv = `Company,Role,Applied on,Status,Notes\n${rows.join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    const r = await h.request('POST', '/api/import', { cookie: b.cookie, body: { file: Buffer.from(csv).toString('base64') } });
    expect(r.status, await r.clone().text()).toBe(202);
    const done = await waitForJob(b.cookie, ((await r.json()) as Job).id);
    expect(done.state, done.error ?? '').toBe('done');
    expect(done.result).toMatchObject({ kind: 'csv_import', result: { created: 300, rows: 300 } });
    expect(done.progress).toMatchObject({ rows: 300 });
    const small = await h.request('POST', '/api/import', { cookie: b.cookie, body: { file: Buffer.from('Company,Role,Applied on,Status\nQuarry,Analyst,2026-10-01,Applied\n').toString('base64') } });
    expect(small.status).toBe(200);
  }, 240_000);

  it('runs the scheduled mailbox syncs in the worker, one pass at a time', async () => {
    expect((await boss.getSchedules()).map((s) => s.name)).toContain(MAIL_SYNC_QUEUE);
    // 'stately' keeps one pass waiting: while the schedule's own pass waits, a second is refused (null), so ask again.
    const until = Date.now() + 60_000;
    let id: string | null = null;
    while (id === null && Date.now() < until) {
      id = await boss.send(MAIL_SYNC_QUEUE, {});
      if (id === null) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(id).not.toBeNull();
    let state = '';
    while (Date.now() < until) {
      state = (await boss.getJobById(MAIL_SYNC_QUEUE, id!))?.state ?? '';
      if (state === 'completed' || state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(state).toBe('completed');
  });

  it("keeps one account's jobs from another", async () => {
    const ofA = (await (await h.request('GET', '/api/jobs', { cookie: a.cookie })).json()) as Job[];
    expect(ofA.length).toBeGreaterThan(0);
    const ofB = (await (await h.request('GET', '/api/jobs', { cookie: b.cookie })).json()) as Job[];
    expect(ofB.every((j) => j.kind === 'csv_import')).toBe(true);
    for (const job of ofA) {
      const r = await h.request('GET', `/api/jobs/${job.id}`, { cookie: b.cookie });
      expect(r.status).toBe(404);
    }
    expect((await h.request('GET', `/api/jobs/${ofA[0]!.id}`)).status).toBe(401);
  });

  it('mails the agenda items due today once a day, only to those who turned it on', async () => {
    expect((await h.request('POST', '/api/demo', { cookie: a.cookie })).status).toBe(201);
    expect((await h.request('POST', '/api/demo', { cookie: b.cookie })).status).toBe(201);
    expect((await h.request('PATCH', '/api/settings', { cookie: a.cookie, body: { reminderMail: true } })).status).toBe(200);
    const sent: SentMail[] = [];
    const mailer = { send: (m: SentMail) => Promise.resolve(void sent.push(m)) };
    const first = await sendReminderMail(database.db, mailer, PUBLIC_URL);
    expect(first.mails).toBe(1);
    expect(first.items).toBeGreaterThan(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('a@example.org');
    expect(sent[0]!.text).toContain(`${PUBLIC_URL}/agenda`);
    // the same day again: nothing new to say
    expect(await sendReminderMail(database.db, mailer, PUBLIC_URL)).toEqual({ mails: 0, items: 0 });
    // a failed send gives the items back for the next run
    expect((await h.request('PATCH', '/api/settings', { cookie: b.cookie, body: { reminderMail: true } })).status).toBe(200);
    const failing = { send: () => Promise.reject(new Error('mail server down')) };
    expect(await sendReminderMail(database.db, failing, PUBLIC_URL)).toEqual({ mails: 0, items: 0 });
    const retried = await sendReminderMail(database.db, mailer, PUBLIC_URL);
    expect(retried.mails).toBe(1);
    expect(sent.at(-1)!.to).toBe('b@example.org');
  }, 240_000);
});
