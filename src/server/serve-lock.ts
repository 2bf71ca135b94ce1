/**
 * One server per SQLite database: a lock file beside the database names the
 * process that serves it and where. A second `serve` on the same database is
 * refused with that address; a lock left by a process that no longer runs is
 * taken over (docs/decisions/0009-sqlite-concurrency-and-files.md).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const zHolder = z.object({
  pid: z.number().int().positive(),
  url: z.string().nullable().catch(null),
  startedAt: z.string().catch(''),
  token: z.string().catch(''),
});

export type ServeLockHolder = z.infer<typeof zHolder>;

export interface ServeLock {
  path: string;
  /** Records the address once the server listens. */
  record: (url: string) => void;
  /** Removes the lock (only while it is still ours). */
  release: () => void;
}

export function serveLockPath(databasePath: string): string {
  return `${databasePath}.lock`;
}

function isErrno(e: unknown, code: string): boolean {
  return e instanceof Error && 'code' in e && e.code === code;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return isErrno(e, 'EPERM');
  }
}

function readHolder(path: string): ServeLockHolder | null {
  try {
    const parsed = zHolder.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return null;
    if (e instanceof SyntaxError) return null;
    throw e;
  }
}

export class ServerAlreadyRunningError extends Error {
  constructor(
    readonly holder: ServeLockHolder,
    lockPath: string,
  ) {
    super(
      `Another Debrief server is already using this database (process ${holder.pid}${holder.url ? `, at ${holder.url}` : ''}). ` +
        `Open that address, or stop that server first. If no Debrief server is running, delete ${lockPath}.`,
    );
    this.name = 'ServerAlreadyRunningError';
  }
}

/** Takes the lock for `databasePath`, or throws ServerAlreadyRunningError naming the server that holds it. */
export function acquireServeLock(databasePath: string, now: () => Date = () => new Date()): ServeLock {
  const path = serveLockPath(databasePath);
  const mine: ServeLockHolder = { pid: process.pid, url: null, startedAt: now().toISOString(), token: randomUUID() };
  const write = (flag: 'wx' | 'w'): void => writeFileSync(path, `${JSON.stringify(mine)}\n`, { flag, mode: 0o600 });
  for (let attempt = 0; ; attempt += 1) {
    try {
      write('wx');
      break;
    } catch (e) {
      if (!isErrno(e, 'EEXIST') || attempt >= 2) throw e;
      const holder = readHolder(path);
      if (holder && isRunning(holder.pid)) throw new ServerAlreadyRunningError(holder, path);
      // a lock whose process is gone (a crash, kill -9): take it over
      rmSync(path, { force: true });
    }
  }
  const ours = (): boolean => {
    const holder = readHolder(path);
    return holder !== null && holder.token === mine.token;
  };
  const release = (): void => {
    process.removeListener('exit', release);
    if (ours()) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return {
    path,
    record: (url) => {
      mine.url = url;
      if (ours()) write('w');
    },
    release,
  };
}
