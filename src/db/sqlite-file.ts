/**
 * The SQLite file on disk: private to its user, and left untouched when it
 * belongs to a newer version (docs/decisions/0009-sqlite-concurrency-and-files.md).
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type SQLite from 'better-sqlite3';
import { MIGRATION_TABLE, refuseNewerDatabase } from './migrate.js';

/** The data folder and the database (with its -wal and -shm files) are for their owner only. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

function isErrno(e: unknown, code: string): boolean {
  return e instanceof Error && 'code' in e && e.code === code;
}

/**
 * Creates the data folder (0700) and an empty database file (0600) when they
 * are missing. SQLite gives the -wal and -shm files the mode of the database
 * file, so they are private too. Existing folders are left as they are: the
 * folder may be one the user chose and shares with other things.
 */
export function createPrivateFile(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir)) {
    mkdirSync(dirname(dir), { recursive: true });
    try {
      mkdirSync(dir, { mode: DIR_MODE });
    } catch (e) {
      if (!isErrno(e, 'EEXIST')) throw e;
    }
  }
  try {
    closeSync(openSync(path, 'wx', FILE_MODE));
  } catch (e) {
    if (!isErrno(e, 'EEXIST')) throw e;
  }
}

/**
 * Makes an existing database file, and its -wal and -shm files, private when
 * an earlier version left them readable by others. Files owned by someone
 * else are left alone (chmod would fail; the owner decides).
 */
export function restrictFileModes(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      const mode = statSync(file).mode & 0o777;
      if ((mode & 0o077) !== 0) chmodSync(file, mode & FILE_MODE);
    } catch (e) {
      if (!isErrno(e, 'ENOENT') && !isErrno(e, 'EPERM')) throw e;
    }
  }
}

/**
 * Refuses a database a newer version has migrated, reading only: it runs
 * before anything (WAL, pragmas, migrations) could change the file.
 */
export function refuseNewerFile(sqlite: SQLite.Database): void {
  const exists = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(MIGRATION_TABLE);
  if (!exists) return;
  const names = sqlite
    .prepare(`select name from "${MIGRATION_TABLE}"`)
    .pluck()
    .all()
    .filter((n): n is string => typeof n === 'string');
  refuseNewerDatabase(names);
}
