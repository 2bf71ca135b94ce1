import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';
import type { BackupRow, Cell } from '../../domain/backup/tables.js';

/**
 * Reading and writing whole tables of one owner for backups; the tables and
 * columns come from src/domain/backup/tables.ts and the database itself,
 * never from the request.
 */

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

/** Every row the owner has in `table`, without the owner column. */
export async function ownerRows(db: Kysely<DB>, table: string, ownerId: string): Promise<BackupRow[]> {
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where owner_id = ${ownerId}`.execute(db);
  return result.rows.map((raw) => {
    const row: BackupRow = {};
    for (const [k, v] of Object.entries(raw)) if (k !== 'owner_id') row[k] = toCell(v);
    return row;
  });
}

/** The column names of each table, as the migrated database has them. */
export async function tableColumns(db: Kysely<DB>): Promise<Map<string, Set<string>>> {
  const tables = await db.introspection.getTables();
  return new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
}

export async function insertOwnerRows(db: Kysely<DB>, table: string, ownerId: string, rows: readonly BackupRow[]): Promise<void> {
  // Rows are written in groups of the same columns: a column a row leaves out takes its default.
  const groups = new Map<string, BackupRow[]>();
  for (const row of rows) {
    const sig = Object.keys(row).filter((c) => c !== 'owner_id').join(',');
    const group = groups.get(sig);
    if (group) group.push(row);
    else groups.set(sig, [row]);
  }
  for (const [sig, group] of groups) {
    const columns = ['owner_id', ...(sig ? sig.split(',') : [])];
    const per = Math.max(1, Math.floor(900 / columns.length));
    for (let i = 0; i < group.length; i += per) {
      const values = group.slice(i, i + per).map((row) => sql`(${sql.join(columns.map((c) => (c === 'owner_id' ? sql`${ownerId}` : sql`${row[c] ?? null}`)))})`);
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(db);
    }
  }
}

/** Which of these ids another owner already has in `table` (ids are unique across owners). */
export async function idsOfOthers(db: Kysely<DB>, table: string, ownerId: string, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const result = await sql<{ id: string }>`select id from ${sql.table(table)} where owner_id <> ${ownerId} and id in (${sql.join(chunk)})`.execute(db);
    for (const row of result.rows) out.add(row.id);
  }
  return out;
}

/** Deletes everything the owner has in these tables, children first (the order given). */
export async function deleteOwnerRows(db: Kysely<DB>, tables: readonly string[], ownerId: string): Promise<void> {
  for (const table of tables) await sql`delete from ${sql.table(table)} where owner_id = ${ownerId}`.execute(db);
}

/** The newest migration the database has run: a backup records it. */
export async function schemaVersion(db: Kysely<DB>): Promise<string> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return result.rows[0]?.name ?? '';
}
