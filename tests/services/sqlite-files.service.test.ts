import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { DatabaseTooNewError, migrate } from '../../src/db/migrate.js';
import { openAppDatabase } from '../../src/db/runtime.js';

const mode = (path: string): number => statSync(path).mode & 0o777;
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-files-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database migrated by "a newer version": it records a migration this version does not know. */
async function newerDatabase(path: string, journal: 'wal' | 'delete'): Promise<void> {
  const database = openDatabase({ sqlitePath: path });
  await migrate(database.db);
  await sql`insert into kysely_migration (name, timestamp) values ('29991231_0001_future', '2999-12-31T00:00:00.000Z')`.execute(database.db);
  await sql.raw(`pragma journal_mode = ${journal}`).execute(database.db);
  await database.close();
}

describe('the SQLite file on disk', () => {
  it('is created private: folder 0700, database and its -wal/-shm files 0600', async () => {
    const dataDir = join(tempDir(), 'nested', 'debrief');
    const database = await openAppDatabase({ DEBRIEF_DATA_DIR: dataDir });
    try {
      await sql`insert into settings (owner_id, key, value) values ('local', 'name', 'Ada')`.execute(database.db);
      const file = join(dataDir, 'debrief.sqlite');
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(file)).toBe(0o600);
      expect(existsSync(`${file}-wal`)).toBe(true);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
    } finally {
      await database.close();
    }
  });

  it('makes a database an earlier version left readable by others private', async () => {
    const path = join(tempDir(), 'debrief.sqlite');
    const first = openDatabase({ sqlitePath: path });
    await migrate(first.db);
    await first.close();
    chmodSync(path, 0o644);
    const again = openDatabase({ sqlitePath: path });
    await again.close();
    expect(mode(path)).toBe(0o600);
  });

  it('leaves a folder the user chose as it is', async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const database = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    await database.close();
    expect(mode(dir)).toBe(0o755);
  });

  it.each(['delete', 'wal'] as const)('refuses a newer database (journal %s) without changing a byte of it', async (journal) => {
    const path = join(tempDir(), 'debrief.sqlite');
    await newerDatabase(path, journal);
    chmodSync(path, 0o644);
    const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs, mode: mode(path) };
    expect(existsSync(`${path}-wal`)).toBe(false);

    expect(() => openDatabase({ sqlitePath: path })).toThrow(DatabaseTooNewError);
    await expect(openAppDatabase({ DEBRIEF_DATA_DIR: join(path, '..') })).rejects.toThrow(/newer version of Debrief/);

    expect(readFileSync(path).equals(before.bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(before.mtime);
    expect(mode(path)).toBe(before.mode);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
