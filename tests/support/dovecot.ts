import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A real IMAP server for the tests: Debian's dovecot-imapd with a throwaway
 * configuration, one passwd-file user and a Maildir of messages the test
 * writes. In CI it must run (a missing dovecot is a failure); locally it is
 * skipped with a message.
 */
const DOVECOT_CANDIDATES = [process.env.DOVECOT_PATH, '/usr/sbin/dovecot', '/usr/bin/dovecot'];

export function dovecotPath(): string | null {
  const found = DOVECOT_CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
  if (!found && process.env.CI === 'true') throw new Error('dovecot is required in CI (apt-get install dovecot-imapd; see .ci/run).');
  if (!found) console.warn('dovecot not found: IMAP tests are skipped (apt-get install dovecot-imapd).');
  return found;
}

export const hasDovecot = dovecotPath() !== null;

export interface TestImapServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Adds a message to a folder (INBOX by default) as a new file in the Maildir, as a delivery would. */
  deliver: (raw: string, folder?: string) => void;
  /** Creates an empty folder. */
  createFolder: (folder: string) => void;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dovecot stopped at start:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('data', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not answer on port ${port}:\n${log()}`);
}

let sequence = 0;

/** Starts dovecot on a free loopback port with one user whose mail is a fresh Maildir. */
export async function startImapServer(): Promise<TestImapServer> {
  const binary = dovecotPath();
  if (!binary) throw new Error('dovecot is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'debrief-imap-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const me = userInfo();
  const isRoot = me.uid === 0;
  // dovecot never reads mail as root: as root, the mail belongs to `nobody`.
  const mailUid = isRoot ? 65534 : me.uid;
  const mailGid = isRoot ? 65534 : me.gid;
  const user = 'seeker';
  const password = `pw-${process.pid}-${Date.now()}`;
  const maildir = join(dir, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}:${mailUid}:${mailGid}::${dir}\n`);
  const own = (path: string): void => {
    if (!isRoot) return;
    chownSync(path, mailUid, mailGid);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) own(join(path, name));
  };
  const runDir = join(dir, 'run');
  mkdirSync(runDir);
  const config = [
    `base_dir = ${runDir}`,
    `state_dir = ${join(dir, 'state')}`,
    'protocols = imap',
    `listen = 127.0.0.1`,
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    `log_path = ${join(dir, 'dovecot.log')}`,
    `info_log_path = ${join(dir, 'dovecot.log')}`,
    `mail_location = maildir:${maildir}`,
    'mail_privileged_group =',
    `first_valid_uid = ${mailUid}`,
    `first_valid_gid = ${mailGid}`,
    ...(isRoot ? [] : [`default_internal_user = ${me.username}`, `default_login_user = ${me.username}`, `default_internal_group = ${me.username}`]),
    `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${join(dir, 'users')}\n}`,
    `userdb {\n  driver = passwd-file\n  args = username_format=%u ${join(dir, 'users')}\n}`,
    `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
    'service pop3-login {\n  inet_listener pop3 {\n    port = 0\n  }\n  inet_listener pop3s {\n    port = 0\n  }\n}',
    'service stats {\n  unix_listener stats-reader {\n    mode = 0666\n  }\n  unix_listener stats-writer {\n    mode = 0666\n  }\n}',
  ].join('\n');
  const configPath = join(dir, 'dovecot.conf');
  writeFileSync(configPath, `${config}\n`);
  mkdirSync(join(dir, 'state'));
  if (isRoot) {
    // dovecot drops to its own users for logins and auth: let them reach the passwd file.
    chmodSync(join(dir, 'users'), 0o644);
    own(maildir);
  }
  const child = spawn(binary, ['-F', '-c', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const log = (): string => {
    const file = join(dir, 'dovecot.log');
    const tail = existsSync(file) ? spawnSync('tail', ['-n', '30', file]).stdout.toString() : '';
    return `${output}\n${tail}`;
  };
  await waitForPort(port, child, log);

  const folderPath = (folder: string): string => (folder === 'INBOX' ? maildir : join(maildir, `.${folder}`));
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    createFolder: (folder) => {
      for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(folderPath(folder), sub), { recursive: true });
      own(maildir);
    },
    deliver: (raw, folder = 'INBOX') => {
      const base = folderPath(folder);
      for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(base, sub), { recursive: true });
      sequence += 1;
      writeFileSync(join(base, 'new', `${Date.now()}.M${sequence}P${process.pid}.debrief-test`), raw.replace(/\r?\n/g, '\n'));
      own(maildir);
    },
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
