import { Migrator, sql, type Kysely, type MigrationResultSet } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';
import type { DB } from './schema.js';

export class DatabaseTooNewError extends Error {
  constructor(unknown: string[]) {
    super(
      `This database was written by a newer version of Debrief (it has migration ${unknown.join(', ')}, ` +
        'which this version does not know). Upgrade Debrief, or point it at another database.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export const MIGRATION_TABLE = 'kysely_migration';

/** Throws when the database records migrations this version does not know (a newer version wrote it). */
export function refuseNewerDatabase(applied: readonly string[]): void {
  const unknown = applied.filter((name) => !(name in MIGRATIONS));
  if (unknown.length > 0) throw new DatabaseTooNewError(unknown);
}

async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Brings the schema up to date. Safe to run at every start and from several
 * processes; refuses a database that a newer version has migrated.
 */
export async function migrate(db: Kysely<DB>): Promise<string[]> {
  const applied = await appliedMigrations(db);
  refuseNewerDatabase(applied);
  // Up to date (every start of the CLI): no migration transaction, so no write lock taken.
  const done = new Set(applied);
  if (Object.keys(MIGRATIONS).every((name) => done.has(name))) return [];
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Could not migrate the database${failed ? ` (at ${failed.migrationName})` : ''}: ${cause}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
