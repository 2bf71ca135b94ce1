import type { Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { DB } from '../db/schema.js';
import { failStaleJobs, runJob } from '../services/jobs.service.js';
import type { Mailer } from '../services/mailer.js';
import { syncDueMailboxes } from '../services/mail-sync.service.js';
import { sendReminderMail } from '../services/reminders.service.js';
import { JOBS_QUEUE, MAIL_SYNC_CRON, MAIL_SYNC_QUEUE, REMINDERS_CRON, REMINDERS_QUEUE, startQueue } from './job-queue.js';

export interface WorkerOptions {
  db: Kysely<DB>;
  /** Jobs this worker runs at the same time. */
  concurrency?: number;
  /** How often an idle worker asks for work. */
  pollingIntervalSeconds?: number;
  /** Reminder mail goes only with a mail server. */
  mailer?: Mailer | null;
  publicUrl?: string;
  schema?: string;
  now?: () => Date;
}

export interface RunningWorker {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/** `debrief worker`: runs queued jobs, the scheduled mailbox syncs and, with a mail server, the reminder mail. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const boss = await startQueue(options.db, { role: 'worker', ...(options.schema ? { schema: options.schema } : {}) });
  const now = options.now ?? (() => new Date());
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };
  for (let i = 0; i < Math.max(1, options.concurrency ?? 2); i++) {
    await boss.work<{ jobId: string }>(JOBS_QUEUE, polling, async (jobs) => {
      for (const job of jobs) await runJob(options.db, job.data.jobId, now);
    });
  }
  if (options.mailer && options.publicUrl) {
    const { mailer, publicUrl } = options;
    await boss.schedule(REMINDERS_QUEUE, REMINDERS_CRON);
    await boss.work(REMINDERS_QUEUE, polling, async () => {
      await sendReminderMail(options.db, mailer, publicUrl, now);
    });
  }
  // Mailboxes with a sync schedule: app servers in hosted mode leave them to the workers.
  const attempts = new Map<string, Date>();
  await boss.schedule(MAIL_SYNC_QUEUE, MAIL_SYNC_CRON);
  await boss.work(MAIL_SYNC_QUEUE, polling, async () => {
    await syncDueMailboxes({ db: options.db, now }, attempts);
  });
  // Jobs whose worker went away (killed, its machine lost) are marked failed, so their pages say so.
  const sweep = (): void => void failStaleJobs(options.db, now).catch((e: unknown) => console.error(`Looking for stopped jobs failed: ${String(e)}`));
  sweep();
  const sweeper = setInterval(sweep, 60_000);
  sweeper.unref();
  return {
    boss,
    stop: async () => {
      clearInterval(sweeper);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
