import type { Command } from 'commander';
import type { RestoreMode } from '../../contracts/backup.js';
import { buildBackup } from '../../services/backup.service.js';
import { hostedBase, pushBackup } from '../../services/push.service.js';
import { ask, askSecret, confirm } from '../prompt.js';
import { action, UsageError, withContext } from '../runtime.js';

export function registerPush(program: Command): void {
  program
    .command('push')
    .description('move this computer\'s job search into your account on a hosted Debrief (password from $DEBRIEF_PASSWORD or asked)')
    .requiredOption('--to <url>', 'the hosted Debrief\'s address, e.g. https://debrief.example.org')
    .option('--email <address>', 'the email address of your account there (asked when not given)')
    .option('--merge', 'when the account has data: add what it does not have (nothing is doubled)')
    .option('--replace', 'when the account has data: replace it with this computer\'s')
    .action(
      action(async (opts: { to: string; email?: string; merge?: boolean; replace?: boolean }) => {
        if (opts.merge && opts.replace) throw new UsageError('Choose --merge or --replace, not both.');
        let base: URL;
        try {
          base = hostedBase(opts.to);
        } catch (e) {
          throw new UsageError(e instanceof Error ? e.message : String(e));
        }
        const email = opts.email?.trim() || (await ask('Email address of your account:', 'pass --email.'));
        if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new UsageError(`"${email}" is not an email address.`);
        const password = process.env.DEBRIEF_PASSWORD || (await askSecret(`Password for ${email} at ${base.host}:`, 'set DEBRIEF_PASSWORD.'));
        const backup = await withContext((ctx) => buildBackup(ctx));
        const mode: RestoreMode | undefined = opts.replace ? 'replace' : opts.merge ? 'merge' : undefined;
        const outcome = await pushBackup({
          url: opts.to,
          email,
          password,
          backup,
          mode,
          choose: async (status) => {
            if (!process.stdin.isTTY) return null;
            const merge = await confirm(`Your account there already has ${status.applications} applications. Merge this computer's search into it? (nothing is doubled)`);
            if (merge) return 'merge';
            return (await confirm('Replace everything in your account with this computer\'s search instead?')) ? 'replace' : null;
          },
        });
        if (!outcome.pushed) {
          throw new UsageError(`Your account at ${base.host} already has ${outcome.status.applications} applications; nothing was sent. Run again with --merge (adds what is missing, nothing is doubled) or --replace.`);
        }
        const { result } = outcome;
        const rows = Object.values(result.restored).reduce((a, b) => a + b, 0);
        const sent = backup.tables.applications?.length ?? 0;
        console.log(
          `Pushed ${sent} applications to ${base.host} (${result.mode === 'empty' ? 'into an empty account' : result.mode}): ${rows} rows added${result.kept > 0 ? `, ${result.kept} already there and kept` : ''}; the account has ${result.applications} applications now.`,
        );
        console.log('Your data on this computer is unchanged.');
      }),
    );
}
