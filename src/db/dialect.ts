import { PostgresAdapter, type Kysely } from 'kysely';
import type { Dialect } from './connect.js';

/**
 * Whether a connection speaks PostgreSQL (else SQLite). The one place repos and the server ask it; migrations keep their
 * own copy, as a migration never changes once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database schema: repos and the server pass their own
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The dialect of a connection, as `Database.dialect` names it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function dialectOf(db: Kysely<any>): Dialect {
  return isPostgres(db) ? 'postgres' : 'sqlite';
}
