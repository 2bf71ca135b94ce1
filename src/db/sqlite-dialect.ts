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
 *
 * And with prepared statements kept: Kysely prepares every statement again each time it runs it.
 * Preparing a write compiles the triggers it fires — the kept counts' triggers are long (ADR 0029,
 * 0035) — and that cost more CPU than running it: about a third of a move's
 * (docs/decisions/0042-insights-and-moves-at-50k.md). The connection keeps the statements it
 * prepared, by their SQL text, the most recently used first (`withStatementCache`).
 */
import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';
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

/** Statements kept per connection: every statement the application sends, a few hundred SQL texts. */
export const KEPT_STATEMENTS = 300;

/** A statement that can say whether it is being iterated (better-sqlite3's `busy`). */
type KeptStatement = SqliteStatement & { readonly busy?: boolean };

/**
 * The database with its prepared statements kept, by SQL text, up to `size` (the least recently
 * used is dropped first). A statement still being iterated (a streamed read, while the same SQL
 * runs again inside the loop) is never handed out twice: a fresh one is prepared for the second
 * use. SQLite prepares a kept statement again by itself when the schema changed under it.
 */
export function withStatementCache(database: SqliteDatabase, size = KEPT_STATEMENTS): SqliteDatabase & { kept: () => number } {
  const kept = new Map<string, KeptStatement>();
  return {
    kept: () => kept.size,
    close: () => {
      kept.clear();
      database.close();
    },
    prepare: (text: string): SqliteStatement => {
      const hit = kept.get(text);
      if (hit && !hit.busy) {
        kept.delete(text);
        kept.set(text, hit);
        return hit;
      }
      const statement = database.prepare(text) as KeptStatement;
      if (!hit) {
        kept.set(text, statement);
        if (kept.size > size) kept.delete(kept.keys().next().value as string);
      }
      return statement;
    },
  };
}

/** SqliteDialect whose transactions begin immediate, over a database whose statements are kept. */
export function sqliteDialect(config: SqliteDialectConfig): Dialect {
  const { database } = config;
  const dialect = new SqliteDialect({
    ...config,
    database: typeof database === 'function' ? async () => withStatementCache(await database()) : withStatementCache(database),
  });
  return {
    createDriver: () => immediateDriver(dialect.createDriver()),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
