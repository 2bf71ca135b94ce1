import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { DatabaseTooNewError, migrate } from '../../src/db/migrate.js';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import { freshDatabase, testDialects } from '../support/databases.js';

describe.each(testDialects())('migrations on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect); // already migrated once
  });
  afterAll(async () => {
    await database.close();
  });

  it('are idempotent: running them again changes nothing', async () => {
    expect(await migrate(database.db)).toEqual([]);
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('refuse a database written by a newer version, with a message saying what to do', async () => {
    await sql`insert into kysely_migration (name, timestamp) values ('29991231_0001_future', '2999-12-31T00:00:00.000Z')`.execute(database.db);
    const attempt = migrate(database.db);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(migrate(database.db)).rejects.toThrow(/newer version of Debrief/);
    await sql`delete from kysely_migration where name = '29991231_0001_future'`.execute(database.db);
  });
});
