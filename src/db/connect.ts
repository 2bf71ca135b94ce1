import { createRequire } from 'node:module';
import SQLite from 'better-sqlite3';
import type PgModule from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from './schema.js';
import { BUSY_TIMEOUT_MS, sqliteDialect } from './sqlite-dialect.js';
import { createPrivateFile, refuseNewerFile, restrictFileModes } from './sqlite-file.js';

/** The SQLite page cache of each connection, at most (KiB). */
export const CACHE_KIB = 64 * 1024;

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Where the data lives, for people: a file path or a redacted URL. */
  location: string;
  close: () => Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… for PostgreSQL; otherwise SQLite at `sqlitePath`. */
  url?: string | undefined;
  sqlitePath?: string | undefined;
}

const requireModule = createRequire(import.meta.url);

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** Opens the database the configuration names. Call `migrate` before use. */
export function openDatabase(config: DatabaseConfig): Database {
  if (config.url && isPostgresUrl(config.url)) {
    // The PostgreSQL driver is loaded only when it is used: a SQLite command starts without it.
    const pg = requireModule('pg') as typeof PgModule;
    // COUNT and SUM come back as int8; our counts always fit a JS number.
    pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    let closing = false;
    // An idle connection the server drops (a restart, a failover) must not
    // crash the process: the pool replaces it on the next query.
    pool.on('error', (err) => {
      if (!closing) console.error(`PostgreSQL connection lost: ${err.message}`);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const close = async (): Promise<void> => {
      closing = true;
      await db.destroy();
    };
    return { db, dialect: 'postgres', location: redact(config.url), close };
  }
  const path = config.sqlitePath ?? ':memory:';
  const onDisk = path !== ':memory:';
  if (onDisk) createPrivateFile(path);
  const sqlite = new SQLite(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    // Before anything can write: a newer version's database is refused untouched.
    refuseNewerFile(sqlite);
    if (onDisk) restrictFileModes(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('synchronous = NORMAL');
    // A page cache of up to 64 MB (the default is 2 MB): reading 10,000 applications in the list's
    // order otherwise fetches each page from the operating system again (ADR 0037).
    sqlite.pragma(`cache_size = ${-CACHE_KIB}`);
  } catch (e) {
    sqlite.close();
    throw e;
  }
  const db = new Kysely<DB>({ dialect: sqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location: path, close: () => db.destroy() };
}
