import { CompiledQuery, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { DB } from '../db/schema.js';
import type { JobQueue } from '../services/jobs.service.js';

/** pg-boss queues (docs/decisions/0024-background-jobs.md). */
export const JOBS_QUEUE = 'debrief-jobs';
export const REMINDERS_QUEUE = 'debrief-reminders';
/** Reminder mail is looked at every 15 minutes; each item goes at most once a day. */
export const REMINDERS_CRON = '*/15 * * * *';
/** Scheduled mailbox syncs (hosted mode): looked at every minute, one pass at a time across all workers. */
export const MAIL_SYNC_QUEUE = 'debrief-mail-sync';
export const MAIL_SYNC_CRON = '* * * * *';

export interface QueueOptions {
  /** pg-boss's schema; `pgboss` by default. */
  schema?: string;
  /** The worker supervises (maintenance, cron); app servers only send. */
  role: 'app' | 'worker';
}

/**
 * pg-boss on the app's own connection pool: one pool per process, and the queue lives in the
 * same PostgreSQL as the data (no Redis). pg-boss creates and migrates its schema under its
 * own advisory lock, so servers and workers starting together are safe.
 */
export async function startQueue(db: Kysely<DB>, options: QueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    db: {
      executeSql: async (text: string, values: unknown[]) => {
        const r = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
        return { rows: r.rows as unknown[] };
      },
    },
    schema: options.schema ?? 'pgboss',
    supervise: options.role === 'worker',
    schedule: options.role === 'worker',
  });
  boss.on('error', (e: Error) => console.error(`Job queue: ${e.message}`));
  await boss.start();
  // A job runs once: a failure is written to the job's row for the person to see, not retried blindly.
  await boss.createQueue(JOBS_QUEUE, { name: JOBS_QUEUE, retryLimit: 0, expireInHours: 4 });
  await boss.createQueue(REMINDERS_QUEUE, { name: REMINDERS_QUEUE, retryLimit: 0, expireInMinutes: 14 });
  // 'stately': at most one pass running and one waiting, however many workers there are.
  await boss.createQueue(MAIL_SYNC_QUEUE, { name: MAIL_SYNC_QUEUE, policy: 'stately', retryLimit: 0, expireInMinutes: 30 });
  return boss;
}

export function jobQueue(boss: PgBoss): JobQueue {
  return {
    enqueue: async (jobId) => {
      await boss.send(JOBS_QUEUE, { jobId });
    },
  };
}
