/**
 * What a database error means, whatever the engine: the server and the CLI
 * turn these into messages a person can act on, never the engine's own text
 * (docs/decisions/0009-sqlite-concurrency-and-files.md).
 */

function errorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null || !('code' in e)) return undefined;
  const { code } = e;
  return typeof code === 'string' ? code : undefined;
}

/** PostgreSQL: serialization_failure, deadlock_detected, lock_not_available. */
const PG_BUSY = new Set(['40001', '40P01', '55P03']);

/**
 * Another writer holds the database: SQLite's SQLITE_BUSY (and its extended
 * codes such as SQLITE_BUSY_SNAPSHOT) or SQLITE_LOCKED, a PostgreSQL
 * serialization failure or deadlock. Nothing was written; trying again works.
 */
export function isDatabaseBusy(e: unknown): boolean {
  const code = errorCode(e);
  if (!code) return false;
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || PG_BUSY.has(code);
}

/** A unique index refused a row: usually the same thing saved twice at the same moment. */
export function isUniqueViolation(e: unknown): boolean {
  const code = errorCode(e);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * A constraint refused a row (a missing required value, a reference to nothing, a value taken, a failed
 * check): the data sent cannot be stored as it is. PostgreSQL's class 23, SQLite's SQLITE_CONSTRAINT_*.
 */
export function isConstraintViolation(e: unknown): boolean {
  const code = errorCode(e);
  return code !== undefined && (code.startsWith('SQLITE_CONSTRAINT') || /^23\d{3}$/.test(code));
}
