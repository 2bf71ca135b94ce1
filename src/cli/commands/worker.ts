import type { Command } from 'commander';
import { openAppDatabase } from '../../db/runtime.js';
import { readHostedConfig } from '../../domain/hosting/config.js';
import { action, UsageError } from '../runtime.js';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('hosted mode: run background jobs (mailbox and large CSV imports, reminder mail) from the PostgreSQL queue; same environment as `serve --hosted`')
    .option('--concurrency <n>', 'jobs this worker runs at the same time', '2')
    .action(
      action(async (opts: { concurrency: string }) => {
        const concurrency = Number(opts.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new UsageError(`"${opts.concurrency}" is not a number of jobs from 1 to 32.`);
        const read = readHostedConfig(process.env);
        if (!read.ok) throw new UsageError(`The worker cannot start:\n  ${read.problems.join('\n  ')}`);
        const [{ smtpMailer }, { startWorker }] = await Promise.all([import('../../services/mailer.js'), import('../../server/worker.js')]);
        const database = await openAppDatabase(process.env, null);
        const { config } = read;
        const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
        const worker = await startWorker({ db: database.db, concurrency, mailer, publicUrl: config.publicUrl });
        console.log(`Debrief worker is running (${concurrency} at a time) on PostgreSQL ${database.location}.`);
        console.log(mailer ? 'Reminder mail: sent through SMTP_URL to those who turned it on.' : 'Reminder mail: off (no SMTP_URL).');
        console.log('Press Ctrl+C to stop; jobs under way are finished first.');
        const stop = async (): Promise<void> => {
          await worker.stop();
          await database.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      }),
    );
}
