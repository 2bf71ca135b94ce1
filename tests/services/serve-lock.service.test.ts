import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { openAppDatabase } from '../../src/db/runtime.js';
import { acquireServeLock, serveLockPath, ServerAlreadyRunningError } from '../../src/server/serve-lock.js';
import { startServer } from '../../src/server/start.js';

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

describe('one server per SQLite database', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'debrief-lock-'));
    database = await openAppDatabase({ DEBRIEF_DATA_DIR: dir });
  });
  afterAll(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second server on the same database, naming the one that runs', async () => {
    const first = await startServer({ database, port: 0, host: '127.0.0.1' });
    try {
      const lock = JSON.parse(readFileSync(serveLockPath(database.location), 'utf8')) as { pid: number; url: string };
      expect(lock).toMatchObject({ pid: process.pid, url: first.url });
      const second = startServer({ database, port: 0, host: '127.0.0.1' });
      await expect(second).rejects.toBeInstanceOf(ServerAlreadyRunningError);
      await expect(second).rejects.toThrow(new RegExp(`process ${process.pid}, at ${first.url.replace(/\./g, '\\.')}`));
    } finally {
      await first.close();
    }
    expect(existsSync(serveLockPath(database.location))).toBe(false);
    const again = await startServer({ database, port: 0, host: '127.0.0.1' });
    await again.close();
  });

  it('takes over the lock of a server that no longer runs', () => {
    const path = serveLockPath(database.location);
    writeFileSync(path, JSON.stringify({ pid: deadPid(), url: 'http://127.0.0.1:5757', startedAt: '2026-11-01T00:00:00Z', token: 'old' }));
    const lock = acquireServeLock(database.location);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock file that is not readable as a lock', () => {
    const path = serveLockPath(database.location);
    writeFileSync(path, 'not json');
    acquireServeLock(database.location).release();
    expect(existsSync(path)).toBe(false);
  });

  it('does not remove a lock another server took after this one', () => {
    const path = serveLockPath(database.location);
    const lock = acquireServeLock(database.location);
    writeFileSync(path, JSON.stringify({ pid: process.pid, url: null, startedAt: '', token: 'someone-else' }));
    lock.release();
    expect(existsSync(path)).toBe(true);
    rmSync(path);
  });
});
