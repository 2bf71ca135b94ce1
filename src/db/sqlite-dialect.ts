/**
 * Kysely's SQLite dialect with write-ready transactions.
 *
 * Kysely begins SQLite transactions with a plain (deferred) `begin`: the
 * transaction reads first and asks for the write lock only at its first
 * write. When another process (the CLI next to the server) committed in
 * between, SQLite refuses the upgrade at once with SQLITE_BUSY_SNAPSHOT, and
 * `busy_timeout` cannot help because waiting would not make the snapshot
 * fresh. `begin immediate` takes the write lock before the first read, so a
 * writer waits its turn (busy_timeout) and then sees the latest data. A begin
 * that still finds the database busy is tried again: nothing has run yet, so
 * that is always safe (docs/decisions/0009-sqlite-concurrency-and-files.md).
 */
import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Dialect, type Driver, type SqliteDialectConfig } from 'kysely';
import { isDatabaseBusy } from './errors.js';

/** How long one statement waits for another process's write lock (SQLite's busy_timeout). */
export const BUSY_TIMEOUT_MS = 5000;

/** Begins tried in all when the lock stays taken past busy_timeout. */
const BEGIN_ATTEMPTS = 3;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A short, random pause that grows with each attempt, so waiting writers do not retry in step. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = 25 * 2 ** (attempt - 1);
  return Math.round(base + random() * base);
}

async function beginImmediate(connection: DatabaseConnection): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      return;
    } catch (e) {
      if (!isDatabaseBusy(e) || attempt >= BEGIN_ATTEMPTS) throw e;
      await pause(backoffMs(attempt));
    }
  }
}

function immediateDriver(driver: Driver): Driver {
  return {
    init: () => driver.init(),
    acquireConnection: () => driver.acquireConnection(),
    beginTransaction: (connection) => beginImmediate(connection),
    commitTransaction: (connection) => driver.commitTransaction(connection),
    rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
    releaseConnection: (connection) => driver.releaseConnection(connection),
    destroy: () => driver.destroy(),
    ...(driver.savepoint && { savepoint: driver.savepoint.bind(driver) }),
    ...(driver.rollbackToSavepoint && { rollbackToSavepoint: driver.rollbackToSavepoint.bind(driver) }),
    ...(driver.releaseSavepoint && { releaseSavepoint: driver.releaseSavepoint.bind(driver) }),
  };
}

/** SqliteDialect whose transactions begin immediate. */
export function sqliteDialect(config: SqliteDialectConfig): Dialect {
  const dialect = new SqliteDialect(config);
  return {
    createDriver: () => immediateDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
