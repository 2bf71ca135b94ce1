/**
 * The one place that speaks IMAP (imapflow). Read-only by construction:
 * folders are opened with EXAMINE and bodies fetched with BODY.PEEK, so no
 * flag (not even \Seen) changes, and no message is moved or deleted.
 */
import { ImapFlow } from 'imapflow';
import { explainImapError, type ConnectionErrorFacts } from '../domain/mail/index.js';
import { ServiceError } from './errors.js';

export interface ImapConfig {
  host: string;
  port: number;
  tls: boolean;
  user: string;
  password: string;
}

export interface OpenFolder {
  uidValidity: string;
  exists: number;
}

export interface ImapSession {
  listFolders: () => Promise<string[]>;
  openFolder: (path: string) => Promise<OpenFolder>;
  /** UIDs of the open folder from `fromUid` on (the server may add the newest message even when below). */
  uidsFrom: (fromUid: number) => Promise<number[]>;
  /** The size in bytes of each of these messages of the open folder. */
  sizes: (uids: readonly number[]) => Promise<Map<number, number>>;
  /** The raw messages, read without marking them seen. */
  sources: (uids: readonly number[]) => AsyncGenerator<{ uid: number; source: Uint8Array }>;
  close: () => Promise<void>;
}

/** How long to wait for the server at each step. */
const TIMEOUT_MS = 20_000;

function facts(e: unknown): ConnectionErrorFacts {
  if (!e || typeof e !== 'object') return { message: String(e) };
  const o = e as Record<string, unknown>;
  const text = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  return {
    code: text('code'),
    message: text('message'),
    authenticationFailed: o.authenticationFailed === true,
    serverResponseCode: text('serverResponseCode'),
    responseText: text('responseText'),
  };
}

/** A connection problem as an error a person can act on. */
export function imapError(e: unknown, config: Pick<ImapConfig, 'host' | 'port'>, folder?: string): ServiceError {
  const explained = explainImapError(facts(e), { host: config.host, port: config.port, folder });
  if (explained.problem === 'auth') return new ServiceError('validation', explained.message, { password: explained.message });
  if (explained.problem === 'folder') return new ServiceError('validation', explained.message, { folders: explained.message });
  return new ServiceError('unavailable', explained.message);
}

function uidSet(uids: readonly number[]): string {
  return uids.join(',');
}

export async function openImap(config: ImapConfig): Promise<ImapSession> {
  const client = new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.tls,
    auth: { user: config.user, pass: config.password },
    logger: false,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: 5 * 60_000,
    disableAutoIdle: true,
    tls: { rejectUnauthorized: true },
  });
  // A dropped connection is reported by the call that was waiting; do not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    client.close();
    throw imapError(e, config);
  }
  let current: string | undefined;
  const guard = async <T>(fn: () => Promise<T>, folder?: string): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw imapError(e, config, folder);
    }
  };
  return {
    listFolders: () => guard(async () => (await client.list()).filter((f) => !f.flags?.has('\\Noselect')).map((f) => f.path)),
    openFolder: (path) =>
      guard(async () => {
        const box = await client.mailboxOpen(path, { readOnly: true });
        current = path;
        return { uidValidity: String(box.uidValidity), exists: box.exists };
      }, path),
    uidsFrom: (fromUid) =>
      guard(async () => {
        const found = await client.search({ uid: `${Math.max(1, fromUid)}:*` }, { uid: true });
        return Array.isArray(found) ? found : [];
      }, current),
    sizes: (uids) =>
      guard(async () => {
        const out = new Map<number, number>();
        if (uids.length === 0) return out;
        for await (const m of client.fetch(uidSet(uids), { uid: true, size: true }, { uid: true })) out.set(m.uid, m.size ?? 0);
        return out;
      }, current),
    sources: async function* (uids) {
      if (uids.length === 0) return;
      try {
        for await (const m of client.fetch(uidSet(uids), { uid: true, source: true }, { uid: true })) {
          if (m.source) yield { uid: m.uid, source: m.source };
        }
      } catch (e) {
        throw imapError(e, config, current);
      }
    },
    close: async () => {
      try {
        await client.logout();
      } catch {
        client.close();
      }
    },
  };
}
