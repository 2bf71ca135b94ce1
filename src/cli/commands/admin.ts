import type { Command } from 'commander';
import { openAppDatabase } from '../../db/runtime.js';
import { readHostedConfig } from '../../domain/hosting/config.js';
import { askSecret, readStdin } from '../prompt.js';
import { action, UsageError } from '../runtime.js';

export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('hosted mode: administer accounts (needs DATABASE_URL=postgres://…)');
  admin
    .command('create')
    .description('create an administrator account (or make an existing account one), whatever the sign-up policy')
    .requiredOption('--email <address>', 'the email address to sign in with')
    .option('--name <name>', 'the name shown in the app')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action(
      action(async (opts: { email: string; name?: string; passwordStdin?: boolean }) => {
        // Only the database matters here; the address is for links, so a placeholder does.
        const read = readHostedConfig({ ...process.env, PUBLIC_URL: process.env.PUBLIC_URL || 'http://localhost' });
        if (!read.ok) throw new UsageError(read.problems.join('\n'));
        if (!/^[^@\s]+@[^@\s]+$/.test(opts.email)) throw new UsageError(`"${opts.email}" is not an email address.`);
        const password = opts.passwordStdin ? await readStdin() : await askSecret('Password for the new administrator:', 'use --password-stdin.');
        const { createAdminAccount, hostedRuntime } = await import('../../server/hosted.js');
        const database = await openAppDatabase(process.env, null);
        try {
          const runtime = await hostedRuntime(database.db, read.config, { mailer: null });
          const result = await createAdminAccount(runtime, database.db, { email: opts.email, name: opts.name ?? '', password });
          console.log(result.created ? `Created the administrator ${opts.email.toLowerCase()}. Sign in at ${read.config.publicUrl}/sign-in.` : `${opts.email.toLowerCase()} already had an account; it is now an administrator.`);
        } finally {
          await database.close();
        }
      }),
    );
}
