import type { Command } from 'commander';
import { openAppDatabase } from '../../db/runtime.js';
import { isHostedMode, readHostedConfig } from '../../domain/hosting/config.js';
import { action, UsageError } from '../runtime.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the web app and API (SQLite by default; DATABASE_URL=postgres://… for PostgreSQL; --hosted for accounts)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 5757)')
    .option('--host <host>', 'address to bind (default: $HOST or 127.0.0.1)')
    .option('--hosted', 'hosted mode: accounts on PostgreSQL (also DEBRIEF_MODE=hosted); needs DATABASE_URL and PUBLIC_URL')
    .action(
      action(async (opts: { port?: string; host?: string; hosted?: boolean }) => {
        const port = Number(opts.port ?? process.env.PORT ?? 5757);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`"${opts.port ?? process.env.PORT}" is not a port number.`);
        const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
        const hostedMode = isHostedMode(process.env, opts.hosted);
        const config = hostedMode ? readHostedConfig(process.env) : null;
        if (config && !config.ok) throw new UsageError(`Debrief cannot start in hosted mode:\n  ${config.problems.join('\n  ')}`);
        // The server's modules are loaded here, not when the CLI starts: every other command starts faster without them.
        const [{ hostedRuntime }, { jobQueue, startQueue }, { startServer }, { startMailSchedule }] = await Promise.all([
          import('../../server/hosted.js'),
          import('../../server/job-queue.js'),
          import('../../server/start.js'),
          import('../../services/mail-sync.service.js'),
        ]);
        const database = await openAppDatabase(process.env, hostedMode ? null : 'local');
        // Hosted, long work (mailbox and large CSV imports) is queued for `debrief worker`.
        const boss = config?.ok ? await startQueue(database.db, { role: 'app' }) : null;
        const hosted = config?.ok ? await hostedRuntime(database.db, config.config, { jobs: boss ? jobQueue(boss) : null }) : undefined;
        const server = await startServer({ database, port, host, ...(hosted ? { hosted } : {}) });
        console.log(`Debrief is running at ${server.url}${hosted ? ` (hosted mode, public address ${hosted.config.publicUrl})` : ''}`);
        console.log(`Database: ${database.dialect === 'sqlite' ? database.location : `PostgreSQL ${database.location}`}`);
        if (hosted) {
          console.log(`Sign-up: ${hosted.config.signup}; mail: ${hosted.mailer ? 'sent through SMTP_URL' : 'no SMTP_URL, links wait in the admin page'}`);
          console.log('Mailbox and large CSV imports, and scheduled mailbox syncs, wait for `debrief worker`: run at least one.');
        }
        console.log('Press Ctrl+C to stop.');
        // A connected mailbox with a schedule syncs on its own while the server runs (hosted: in `debrief worker`).
        const stopMailSchedule = hosted ? () => undefined : startMailSchedule({ db: database.db, now: () => new Date() });
        const stop = async (): Promise<void> => {
          stopMailSchedule();
          await server.close();
          await boss?.stop({ graceful: false, wait: true });
          await database.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      }),
    );
}
