import { threadId } from 'node:worker_threads';
import pg from 'pg';
import { openDatabase, type Database, type Dialect } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import { LOCAL_USER_ID, type ServiceContext } from '../../src/services/context.js';

/**
 * Service tests run on every database Debrief supports: SQLite always, and
 * PostgreSQL when TEST_DATABASE_URL names a server. In CI both must run, so
 * a missing PostgreSQL there is an error rather than a skip.
 */
export function testDialects(): Dialect[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error('TEST_DATABASE_URL must name a PostgreSQL server in CI (see .ci/run).');
  }
  return url ? ['sqlite', 'postgres'] : ['sqlite'];
}

if (!process.env.TEST_DATABASE_URL && process.env.CI !== 'true') {
  console.warn('TEST_DATABASE_URL is not set: service tests run on SQLite only.');
}

let counter = 0;

/** A freshly migrated, empty database of the given dialect, removed by `close`. */
export async function freshDatabase(dialect: Dialect): Promise<Database> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ sqlitePath: ':memory:' });
    await migrate(database.db);
    return database;
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? '';
  // The thread too: end-to-end files run in a worker thread of the test runner's process.
  const name = `debrief_test_${process.pid}_${threadId}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString() });
  await migrate(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

/** A settable clock: tests decide what "now" is. */
export function fixedClock(iso: string): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(iso);
  return { now: () => current, set: (next) => (current = new Date(next)) };
}

/** A service context on a fresh database, for one user. */
export async function testContext(
  database: Database,
  options: { ownerId?: string; now?: string } = {},
): Promise<ServiceContext & { clock: ReturnType<typeof fixedClock> }> {
  const ownerId = options.ownerId ?? LOCAL_USER_ID;
  const clock = fixedClock(options.now ?? '2026-11-20T10:00:00.000Z');
  await ensureUser(database.db, ownerId, ownerId, clock.now().toISOString());
  return { db: database.db, ownerId, now: clock.now, clock };
}
