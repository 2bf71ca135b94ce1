/**
 * A mailbox connected over IMAP, read-only, synced incrementally
 * (docs/decisions/0013-imap-sync.md). New messages go through the same
 * import as an uploaded mailbox: the same matching, the same review queue.
 */
import type { MailAccount, MailAccountConnect, MailAccountUpdate, MailConnectResult, MailSyncResult, SyncProgress } from '../contracts/mail-accounts.js';
import type { MailImportSummary } from '../contracts/mail.js';
import {
  deleteMailAccount, findMailAccount, listSyncStates, replaceMailAccount, saveSyncState, updateMailAccount as updateAccountRow, accountsWithSchedule,
  type MailAccountRow,
} from '../db/repos/mail-accounts.repo.js';
import { knownServer, MAX_MESSAGE_BYTES, syncStart, uidChunks, uidsToRead } from '../domain/mail/index.js';
import { newId } from '../domain/ids.js';
import type { ServiceContext } from './context.js';
import { invalid, isServiceError, ServiceError } from './errors.js';
import { openImap, type ImapConfig, type ImapSession } from './imap-client.js';
import { importMailbox } from './mail-import.service.js';
import { transact } from '../db/transact.js';

/** Messages read and recorded together: an interrupted sync resumes after the last whole chunk. */
export const SYNC_CHUNK = 50;

export interface SyncOptions {
  /** Needed when the password is not kept. */
  password?: string;
  onProgress?: (progress: SyncProgress) => void;
  /** Stops between chunks (what was read so far stays recorded). */
  signal?: AbortSignal;
  /** The IMAP connection; tests may give another. */
  open?: (config: ImapConfig) => Promise<ImapSession>;
}

interface Live {
  progress: SyncProgress;
  lastResult: MailSyncResult | null;
}

/** Syncs running in this process, by owner: what the page shows while it polls. */
const live = new Map<string, Live>();

const IDLE: SyncProgress = { running: false, folder: null, done: 0, total: 0, startedAt: null };

function liveOf(ownerId: string): Live {
  let entry = live.get(ownerId);
  if (!entry) live.set(ownerId, (entry = { progress: { ...IDLE }, lastResult: null }));
  return entry;
}

function foldersOf(row: MailAccountRow): string[] {
  try {
    const parsed: unknown = JSON.parse(row.folders);
    return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === 'string') : ['INBOX'];
  } catch {
    return ['INBOX'];
  }
}

async function toAccount(ctx: ServiceContext, row: MailAccountRow): Promise<MailAccount> {
  const states = await listSyncStates(ctx.db, row.id);
  const entry = live.get(ctx.ownerId);
  return {
    host: row.host,
    port: row.port,
    tls: row.tls === 1,
    user: row.username,
    passwordSaved: row.password !== null,
    folders: foldersOf(row),
    syncEveryMinutes: row.sync_every_minutes,
    lastSyncAt: row.last_sync_at,
    lastError: row.last_error,
    folderStates: states.map((s) => ({ folder: s.folder, messagesRead: s.messages_read, lastUid: Number(s.last_uid), updatedAt: s.updated_at })),
    sync: entry ? { ...entry.progress } : { ...IDLE },
    lastResult: entry?.lastResult ?? null,
  };
}

export async function getMailAccount(ctx: ServiceContext): Promise<MailAccount | null> {
  const row = await findMailAccount(ctx.db, ctx.ownerId);
  return row ? toAccount(ctx, row) : null;
}

function serverFor(input: MailAccountConnect): { host: string; port: number; tls: boolean } {
  const known = knownServer(input.user);
  const host = input.host ?? known?.host;
  if (!host) throw invalid('host', `Give the IMAP server of ${input.user.includes('@') ? input.user.split('@')[1] : 'your mail provider'} (for example imap.example.org).`);
  const tls = input.host || !known ? input.tls : known.tls;
  return { host, port: input.port ?? (input.host || !known ? (tls ? 993 : 143) : known.port), tls };
}

/**
 * Signs in, checks that the chosen folders exist, and keeps the connection
 * details (the password only when asked). Replaces an earlier mailbox.
 */
export async function connectMailbox(ctx: ServiceContext, input: MailAccountConnect, open = openImap): Promise<MailConnectResult> {
  if (input.syncEveryMinutes !== null && !input.savePassword) {
    throw invalid('syncEveryMinutes', 'A mailbox can sync on its own only when its password is kept: tick "Keep the password", or turn the schedule off.');
  }
  const server = serverFor(input);
  const session = await open({ ...server, user: input.user, password: input.password });
  let available: string[];
  try {
    available = await session.listFolders();
  } finally {
    await session.close();
  }
  const byLower = new Map(available.map((f) => [f.toLowerCase(), f]));
  const folders: string[] = [];
  for (const wanted of input.folders) {
    const found = available.includes(wanted) ? wanted : byLower.get(wanted.toLowerCase());
    if (!found) {
      const list = available.slice(0, 15).join(', ');
      throw invalid('folders', `There is no folder "${wanted}" in this mailbox. Its folders are: ${list}${available.length > 15 ? ', …' : ''}.`);
    }
    if (!folders.includes(found)) folders.push(found);
  }
  const now = ctx.now().toISOString();
  await transact(ctx.db, (trx) =>
    replaceMailAccount(trx, {
      id: newId(), owner_id: ctx.ownerId, host: server.host, port: server.port, tls: server.tls ? 1 : 0, username: input.user,
      password: input.savePassword ? input.password : null, folders: JSON.stringify(folders), sync_every_minutes: input.syncEveryMinutes,
      last_sync_at: null, last_error: null, created_at: now, updated_at: now,
    }),
  );
  const account = await getMailAccount(ctx);
  if (!account) throw new ServiceError('conflict', 'The mailbox was disconnected while it was being connected. Connect it again.');
  return { account, availableFolders: available };
}

export async function changeMailAccount(ctx: ServiceContext, changes: MailAccountUpdate): Promise<MailAccount> {
  const row = await findMailAccount(ctx.db, ctx.ownerId);
  if (!row) throw new ServiceError('not_found', 'No mailbox is connected. Connect one first.');
  if (changes.syncEveryMinutes != null && row.password === null) {
    throw invalid('syncEveryMinutes', 'A mailbox can sync on its own only when its password is kept. Connect it again with "Keep the password".');
  }
  await updateAccountRow(ctx.db, ctx.ownerId, {
    ...(changes.folders ? { folders: JSON.stringify([...new Set(changes.folders)]) } : {}),
    ...(changes.syncEveryMinutes !== undefined ? { sync_every_minutes: changes.syncEveryMinutes } : {}),
    updated_at: ctx.now().toISOString(),
  });
  return (await getMailAccount(ctx)) as MailAccount;
}

/** Forgets the mailbox and its password. Messages already imported and their proposals stay. */
export async function disconnectMailbox(ctx: ServiceContext): Promise<{ disconnected: boolean }> {
  if (live.get(ctx.ownerId)?.progress.running) throw new ServiceError('conflict', 'A sync is running. Wait for it to finish, then disconnect.');
  const disconnected = await transact(ctx.db, (trx) => deleteMailAccount(trx, ctx.ownerId));
  live.delete(ctx.ownerId);
  return { disconnected };
}

function addSummary(total: MailImportSummary, part: MailImportSummary): void {
  total.read += part.read;
  total.matched += part.matched;
  total.proposed += part.proposed;
  total.duplicates += part.duplicates;
  total.autoAccepted += part.autoAccepted;
  total.errors += part.errors;
  total.bytes += part.bytes;
  for (const [reason, n] of Object.entries(part.skipped)) total.skipped[reason] = (total.skipped[reason] ?? 0) + n;
}

async function* sourcesOf(session: ImapSession, uids: readonly number[]): AsyncGenerator<Uint8Array> {
  for await (const m of session.sources(uids)) yield m.source;
}

/**
 * Reads the new messages of every chosen folder and files them as proposals.
 * Each chunk is imported and its position recorded before the next is read,
 * so a sync stopped half-way resumes without reading a message twice (and a
 * message read twice would be recognised by its Message-ID anyway).
 */
export async function syncMailbox(ctx: ServiceContext, options: SyncOptions = {}): Promise<MailSyncResult> {
  const { row, password } = await prepare(ctx, options.password);
  claim(ctx.ownerId, ctx.now());
  return runSync(ctx, row, password, options);
}

/**
 * Starts a sync and returns at once (the web app polls the account for its
 * progress). Problems found before it starts (no mailbox, no password, a sync
 * already running) are thrown; later ones are kept as the account's lastError.
 */
export async function startSync(ctx: ServiceContext, options: Pick<SyncOptions, 'password' | 'open'> = {}): Promise<MailAccount> {
  const { row, password } = await prepare(ctx, options.password);
  claim(ctx.ownerId, ctx.now());
  void runSync(ctx, row, password, options).catch(() => undefined);
  return (await getMailAccount(ctx)) as MailAccount;
}

async function prepare(ctx: ServiceContext, given: string | undefined): Promise<{ row: MailAccountRow; password: string }> {
  const row = await findMailAccount(ctx.db, ctx.ownerId);
  if (!row) throw new ServiceError('not_found', 'No mailbox is connected. Connect one first (debrief mail connect).');
  const password = given ?? row.password;
  if (!password) throw invalid('password', 'The password of this mailbox is not kept: give it to sync (or connect again with "Keep the password").');
  return { row, password };
}

/** Marks the owner's sync as running, or refuses when one already is (checked and set without a pause between). */
function claim(ownerId: string, now: Date): void {
  const entry = liveOf(ownerId);
  if (entry.progress.running) throw new ServiceError('conflict', 'This mailbox is already being synced. Wait for that sync to finish.');
  entry.progress = { running: true, folder: null, done: 0, total: 0, startedAt: now.toISOString() };
}

async function runSync(ctx: ServiceContext, row: MailAccountRow, password: string, options: SyncOptions): Promise<MailSyncResult> {
  const entry = liveOf(ctx.ownerId);
  const started = performance.now();
  const report = (): void => options.onProgress?.({ ...entry.progress });
  const summary: MailImportSummary = { read: 0, matched: 0, proposed: 0, skipped: {}, duplicates: 0, autoAccepted: 0, errors: 0, bytes: 0, seconds: 0 };
  const result: MailSyncResult = { summary, folders: [], tooLarge: 0 };
  const config: ImapConfig = { host: row.host, port: row.port, tls: row.tls === 1, user: row.username, password };
  let session: ImapSession | undefined;
  try {
    session = await (options.open ?? openImap)(config);
    const states = new Map((await listSyncStates(ctx.db, row.id)).map((s) => [s.folder, s]));
    for (const folder of foldersOf(row)) {
      const box = await session.openFolder(folder);
      const stored = states.get(folder);
      const start = syncStart(stored && { uidValidity: stored.uid_validity, lastUid: stored.last_uid }, box.uidValidity);
      let messagesRead = start.reset ? 0 : (stored?.messages_read ?? 0);
      const uids = box.exists === 0 ? [] : uidsToRead(await session.uidsFrom(start.lastUid + 1), start.lastUid);
      entry.progress = { ...entry.progress, folder, done: 0, total: uids.length };
      report();
      let lastUid = start.lastUid;
      const record = async (): Promise<void> =>
        saveSyncState(ctx.db, { account_id: row.id, folder, uid_validity: box.uidValidity, last_uid: String(lastUid), messages_read: messagesRead, updated_at: ctx.now().toISOString() });
      if (uids.length === 0 || start.reset) await record();
      for (const chunk of uidChunks(uids, SYNC_CHUNK)) {
        if (options.signal?.aborted) throw new ServiceError('conflict', 'The sync was stopped. What was read so far is kept; sync again to go on.');
        const sizes = await session.sizes(chunk);
        const readable = chunk.filter((uid) => (sizes.get(uid) ?? 0) <= MAX_MESSAGE_BYTES);
        result.tooLarge += chunk.length - readable.length;
        if (readable.length > 0) {
          const part = await importMailbox(ctx, sourcesOf(session, readable), { format: 'messages', batchSize: SYNC_CHUNK });
          addSummary(summary, part);
        }
        lastUid = chunk[chunk.length - 1] ?? lastUid;
        messagesRead += chunk.length;
        await record();
        entry.progress = { ...entry.progress, done: entry.progress.done + chunk.length };
        report();
      }
      result.folders.push({ folder, newMessages: uids.length, restarted: start.reset });
    }
    summary.seconds = Math.round((performance.now() - started) / 10) / 100;
    await updateAccountRow(ctx.db, ctx.ownerId, { last_sync_at: ctx.now().toISOString(), last_error: null });
    entry.lastResult = result;
    return result;
  } catch (e) {
    const message = isServiceError(e) ? e.message : 'The sync stopped on an unexpected error. Nothing read so far is lost; try again.';
    await updateAccountRow(ctx.db, ctx.ownerId, { last_error: message }).catch(() => undefined);
    throw e;
  } finally {
    entry.progress = { ...IDLE };
    await session?.close();
  }
}

/**
 * Whether a scheduled sync is due at `now`: its interval has passed since the
 * last sync and since the last attempt (a failing server, a changed password,
 * is not retried more often than the schedule says).
 */
export function syncDue(row: Pick<MailAccountRow, 'sync_every_minutes' | 'password' | 'last_sync_at'>, now: Date, lastAttempt?: Date): boolean {
  if (!row.sync_every_minutes || row.password === null) return false;
  const interval = row.sync_every_minutes * 60_000;
  const since = (iso: Date | string): number => now.getTime() - new Date(iso).getTime();
  if (lastAttempt && since(lastAttempt) < interval) return false;
  return !row.last_sync_at || since(row.last_sync_at) >= interval;
}

/**
 * One pass over the mailboxes whose scheduled sync is due, synced one after
 * another. Failures are kept on the account (`lastError`) for the settings
 * page. `attempts` remembers when each was last tried, so a failing server is
 * not retried more often than its schedule says.
 */
export async function syncDueMailboxes(base: Omit<ServiceContext, 'ownerId'>, attempts: Map<string, Date>): Promise<number> {
  let synced = 0;
  for (const row of await accountsWithSchedule(base.db)) {
    if (!syncDue(row, base.now(), attempts.get(row.owner_id))) continue;
    attempts.set(row.owner_id, base.now());
    await syncMailbox({ ...base, ownerId: row.owner_id }).then(
      () => (synced += 1),
      () => undefined,
    );
  }
  return synced;
}

/**
 * Local mode, while the server runs: checks every minute for mailboxes whose
 * scheduled sync is due (hosted mode leaves this to `debrief worker`).
 * Returns a function that stops it.
 */
export function startMailSchedule(base: Omit<ServiceContext, 'ownerId'>, everyMs = 60_000): () => void {
  let running = false;
  const attempts = new Map<string, Date>();
  const tick = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      await syncDueMailboxes(base, attempts);
    } catch {
      // the database went away for a moment: the next tick tries again
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
