/**
 * `debrief mail connect | sync | status | disconnect`: a mailbox read over IMAP,
 * read-only, its new messages filed in the same review queue as `import-mail`.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { zMailAccountConnect, type MailAccount } from '../../contracts/mail-accounts.js';
import { knownServer } from '../../domain/mail/index.js';
import { printJson } from '../format.js';
import { askSecret, readStdin } from '../prompt.js';
import { parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';
import { summaryTable } from './import-mail.js';

/** The mailbox service (and the IMAP client under it), loaded by the commands that use it rather than when the CLI starts. */
const mailboxService = () => import('../../services/mail-sync.service.js');

const PASSWORD_HINT = 'pipe it with --password-stdin, or set DEBRIEF_IMAP_PASSWORD.';

async function password(opts: { passwordStdin?: boolean }, user: string): Promise<string> {
  if (opts.passwordStdin) {
    const text = await readStdin();
    if (!text) throw new UsageError('Standard input was empty: pipe the password into --password-stdin.');
    return text;
  }
  const fromEnv = process.env.DEBRIEF_IMAP_PASSWORD;
  if (fromEnv) return fromEnv;
  const provider = knownServer(user);
  const question = provider ? `${provider.provider} app password for ${user}:` : `Password for ${user}:`;
  const answer = await askSecret(question, PASSWORD_HINT);
  if (!answer) throw new UsageError('No password given.');
  return answer;
}

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

export function accountText(a: MailAccount): string {
  const lines = [
    `Mailbox      ${a.user} on ${a.host}:${a.port}${a.tls ? ' (TLS)' : ''}`,
    `Folders      ${a.folders.join(', ')}`,
    `Password     ${a.passwordSaved ? 'kept on this computer' : 'asked at each sync'}`,
    `Schedule     ${a.syncEveryMinutes ? `every ${a.syncEveryMinutes} minutes while the server runs` : 'only when you run `debrief mail sync`'}`,
    `Last sync    ${when(a.lastSyncAt)}`,
  ];
  for (const f of a.folderStates) lines.push(`  ${f.folder}: ${f.messagesRead} messages read`);
  if (a.lastError) lines.push(`Last problem ${a.lastError}`);
  return lines.join('\n');
}

function minutes(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 5 || n > 1440) throw new UsageError('--every takes a number of minutes from 5 to 1440.');
  return n;
}

function port(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`"${text}" is not a port number (1–65535).`);
  return n;
}

export function registerMailCommands(program: Command): void {
  const mail = program
    .command('mail')
    .description('read a mailbox over IMAP (read-only) and file new job mail in the review queue');

  mail
    .command('connect')
    .description('connect a mailbox: signs in, checks the folders, and keeps the details (the password only with --save-password)')
    .requiredOption('-u, --user <address>', 'the user name, usually your email address')
    .option('--host <server>', 'the IMAP server (guessed for Gmail, Fastmail, iCloud, Yahoo, Outlook.com)')
    .option('--port <port>', 'the port (993 with TLS, 143 without)')
    .option('--no-tls', 'connect without TLS at first (STARTTLS is used when the server offers it)')
    .option('--folders <names>', 'folders to read, comma-separated', 'INBOX')
    .option('--save-password', 'keep the password on this computer, so syncs need no password and can run on a schedule')
    .option('--every <minutes>', 'sync on its own every N minutes while `debrief serve` runs (needs --save-password)')
    .option('--password-stdin', 'read the password from standard input')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nGmail, iCloud, Yahoo, Fastmail and Outlook.com need an app password (made in your account\'s security settings).\nDebrief never moves, flags or deletes a message.')
    .action(
      action(async (opts: { user: string; host?: string; port?: string; tls: boolean; folders: string; savePassword?: boolean; every?: string; passwordStdin?: boolean; json?: boolean }) => {
        const every = minutes(opts.every);
        if (every !== null && !opts.savePassword) throw new UsageError('--every needs --save-password: a mailbox can sync on its own only when its password is kept.');
        const input = parseOptions(zMailAccountConnect, {
          host: opts.host, port: port(opts.port), tls: opts.tls, user: opts.user, password: await password(opts, opts.user),
          savePassword: !!opts.savePassword, folders: opts.folders.split(',').map((f) => f.trim()).filter(Boolean), syncEveryMinutes: every,
        }, { syncEveryMinutes: '--every', password: 'the password' });
        const mailbox = await mailboxService();
        const result = await withContext((ctx) => mailbox.connectMailbox(ctx, input));
        if (opts.json) return printJson(result);
        console.log(`Connected ${result.account.user} on ${result.account.host}. Reading: ${result.account.folders.join(', ')}.`);
        const others = result.availableFolders.filter((f) => !result.account.folders.includes(f));
        if (others.length > 0) console.log(`Other folders: ${others.slice(0, 20).join(', ')}${others.length > 20 ? ', …' : ''}`);
        console.log('Read the new mail with `debrief mail sync`.');
      }),
    );

  mail
    .command('sync')
    .description('read the new messages of the connected mailbox and queue proposals for review')
    .option('--password-stdin', 'read the password from standard input (when it is not kept)')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { passwordStdin?: boolean; json?: boolean }) => {
        const mailbox = await mailboxService();
        const result = await withContext(async (ctx) => {
          const account = await mailbox.getMailAccount(ctx);
          if (!account) throw new UsageError('No mailbox is connected. Connect one with `debrief mail connect --user you@example.com`.');
          const secret = account.passwordSaved && !opts.passwordStdin ? undefined : await password(opts, account.user);
          const bar = process.stderr.isTTY && !opts.json
            ? new SingleBar({ stream: process.stderr, format: 'Reading {folder} |{bar}| {value}/{total} new messages', hideCursor: true }, Presets.shades_classic)
            : null;
          let folder: string | null = null;
          try {
            return await mailbox.syncMailbox(ctx, {
              password: secret,
              onProgress: (p) => {
                if (!bar) return;
                if (p.folder !== folder) {
                  if (folder !== null) bar.stop();
                  folder = p.folder;
                  bar.start(Math.max(p.total, 1), p.done, { folder: p.folder ?? '' });
                } else bar.update(p.done, { folder: p.folder ?? '' });
              },
            });
          } finally {
            bar?.stop();
          }
        });
        if (opts.json) return printJson(result);
        for (const f of result.folders) {
          console.log(`${f.folder}: ${f.newMessages} new message${f.newMessages === 1 ? '' : 's'}${f.restarted ? ' (the server renumbered this folder: read again, nothing proposed twice)' : ''}.`);
        }
        if (result.summary.read > 0) console.log(summaryTable(result.summary));
        if (result.tooLarge > 0) console.log(`${result.tooLarge} message${result.tooLarge === 1 ? ' was' : 's were'} too large to read and left alone.`);
        const waiting = result.summary.proposed - result.summary.autoAccepted;
        if (waiting > 0) console.log(`Review the ${waiting} proposal${waiting === 1 ? '' : 's'} with \`debrief proposals\` or on the Import mail page.`);
      }),
    );

  mail
    .command('status')
    .description('the connected mailbox and its last sync')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const mailbox = await mailboxService();
        const account = await withContext((ctx) => mailbox.getMailAccount(ctx));
        if (opts.json) return printJson({ account });
        console.log(account ? accountText(account) : 'No mailbox is connected. Connect one with `debrief mail connect --user you@example.com`.');
      }),
    );

  mail
    .command('disconnect')
    .description('disconnect the mailbox and forget its password (imported messages and proposals stay)')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const mailbox = await mailboxService();
        const result = await withContext((ctx) => mailbox.disconnectMailbox(ctx));
        if (opts.json) return printJson(result);
        console.log(result.disconnected ? 'Disconnected. The password and the sync positions are forgotten; imported mail stays.' : 'No mailbox was connected.');
      }),
    );
}
