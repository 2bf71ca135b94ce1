import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { sqliteDialect, withStatementCache } from './sqlite-dialect.js';

describe('kept SQLite statements', () => {
  it('hands out the statement prepared before for the same SQL, and drops the least recently used past the limit', () => {
    const raw = new SQLite(':memory:');
    const database = withStatementCache(raw, 2);
    const a = database.prepare('select 1 as n');
    expect(database.prepare('select 1 as n')).toBe(a);
    const b = database.prepare('select 2 as n');
    database.prepare('select 1 as n'); // used again: now the most recent
    database.prepare('select 3 as n'); // drops 'select 2'
    expect(database.kept()).toBe(2);
    expect(database.prepare('select 1 as n')).toBe(a);
    expect(database.prepare('select 2 as n')).not.toBe(b);
    database.close();
  });

  it('prepares a fresh statement while the kept one is still being iterated', () => {
    const raw = new SQLite(':memory:');
    raw.exec('create table t (n integer); insert into t values (1), (2), (3);');
    const database = withStatementCache(raw);
    const seen: number[] = [];
    for (const row of database.prepare('select n from t order by n').iterate([]) as IterableIterator<{ n: number }>) {
      // The same SQL again inside the loop: the kept statement is busy iterating, so another is prepared.
      seen.push(row.n * 10 + database.prepare('select n from t order by n').all([]).length);
    }
    expect(seen).toEqual([13, 23, 33]);
    database.close();
  });

  it('runs a kept statement again after the schema changed under it', async () => {
    const db = new Kysely<{ t: { n: number } }>({ dialect: sqliteDialect({ database: new SQLite(':memory:') }) });
    await sql`create table t (n integer)`.execute(db);
    await sql`insert into t values (1)`.execute(db);
    expect(await db.selectFrom('t').select('n').execute()).toEqual([{ n: 1 }]);
    await sql`alter table t add column m integer default 5`.execute(db);
    await sql`create index t_n on t (n)`.execute(db);
    expect(await db.selectFrom('t').select('n').execute()).toEqual([{ n: 1 }]);
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([{ n: 1, m: 5 }]);
    await db.destroy();
  });
});
