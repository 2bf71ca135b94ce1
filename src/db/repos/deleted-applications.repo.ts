import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema.js';

/**
 * Deleting an application, and taking the deletion back
 * (docs/decisions/0014-undo-delete.md). Before the application row is deleted,
 * every row that belongs to it is copied, as it is, into one JSON snapshot; a
 * restore writes the same rows back. Rows are read and written column by column
 * whatever the columns are, so a column added later travels too; a table added
 * later that points at applications must be listed below (a service test
 * compares these lists with the schema).
 */

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

interface OwnedTable {
  table: string;
  /** The column that points at the application, or at a parent listed before. */
  key: string;
  parent?: { table: string; column: string };
}

/** Rows deleted with the application (ON DELETE CASCADE), parents before children. */
export const OWNED_TABLES: readonly OwnedTable[] = [
  { table: 'application_tags', key: 'application_id' },
  { table: 'stage_events', key: 'application_id' },
  { table: 'application_notes', key: 'application_id' },
  { table: 'rejections', key: 'application_id' },
  { table: 'rejection_reasons', key: 'rejection_id', parent: { table: 'rejections', column: 'id' } },
  { table: 'feedback_requests', key: 'application_id' },
  { table: 'reflection_answers', key: 'application_id' },
  { table: 'lessons', key: 'application_id' },
  { table: 'lesson_evidence', key: 'lesson_id', parent: { table: 'lessons', column: 'id' } },
  { table: 'outside_control_items', key: 'application_id' },
  { table: 'contact_applications', key: 'application_id' },
  { table: 'wins', key: 'application_id' },
];

/** Rows that only point at the application (ON DELETE SET NULL): their links are put back. */
export const LINKED_TABLES: readonly { table: string; columns: readonly string[] }[] = [
  { table: 'check_ins', columns: ['application_id', 'rejection_id'] },
  { table: 'question_bank', columns: ['application_id'] },
  { table: 'mail_proposals', columns: ['application_id'] },
  { table: 'contact_interactions', columns: ['application_id'] },
];

/** Rows that name an application without a reference, kept as they are when it goes (a growth action's evidence says what it lost). */
export const KEPT_TABLES: readonly string[] = ['growth_action_evidence'];

/**
 * Derived from the rows above and rebuilt after a restore, never copied:
 * application_state by the restore itself, the insight counts by triggers (ADR 0029).
 */
export const DERIVED_TABLES: readonly string[] = ['application_state', 'insight_rejection_facts', 'application_search_docs', 'application_search'];

export interface Link {
  table: string;
  id: string;
  values: Row;
}

export interface ApplicationSnapshot {
  application: Row;
  company: Row | null;
  owned: Record<string, Row[]>;
  links: Link[];
}

function toRow(raw: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [k, v] of Object.entries(raw)) {
    row[k] = typeof v === 'string' || typeof v === 'number' || v === null ? v : String(v);
  }
  return row;
}

async function selectWhere(db: Kysely<DB>, table: string, ownerId: string, column: string, values: readonly Cell[]): Promise<Row[]> {
  if (values.length === 0) return [];
  const list = sql.join(values.map((v) => sql`${v}`));
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where owner_id = ${ownerId} and ${sql.ref(column)} in (${list})`.execute(db);
  return result.rows.map(toRow);
}

async function insertRows(db: Kysely<DB>, table: string, rows: readonly Row[]): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row);
    const names = sql.join(columns.map((c) => sql.ref(c)));
    const values = sql.join(columns.map((c) => sql`${row[c] ?? null}`));
    await sql`insert into ${sql.table(table)} (${names}) values (${values})`.execute(db);
  }
}

/** Everything the application owns and every link to it, read in the caller's transaction. */
export async function snapshotApplication(db: Kysely<DB>, ownerId: string, id: string): Promise<ApplicationSnapshot | undefined> {
  const [application] = await selectWhere(db, 'applications', ownerId, 'id', [id]);
  if (!application) return undefined;
  const [company] = await selectWhere(db, 'companies', ownerId, 'id', [application.company_id ?? null]);
  const owned: Record<string, Row[]> = {};
  for (const t of OWNED_TABLES) {
    const keys = t.parent ? (owned[t.parent.table] ?? []).map((r) => r[t.parent?.column ?? 'id'] ?? null) : [id];
    owned[t.table] = await selectWhere(db, t.table, ownerId, t.key, keys);
  }
  const rejectionIds = (owned.rejections ?? []).map((r) => r.id ?? null);
  const links: Link[] = [];
  for (const t of LINKED_TABLES) {
    const seen = new Map<string, Row>();
    for (const column of t.columns) {
      const keys = column === 'rejection_id' ? rejectionIds : [id];
      for (const row of await selectWhere(db, t.table, ownerId, column, keys)) seen.set(String(row.id), row);
    }
    for (const [rowId, row] of seen) {
      const values: Row = {};
      for (const column of t.columns) values[column] = row[column] ?? null;
      links.push({ table: t.table, id: rowId, values });
    }
  }
  return { application, company: company ?? null, owned, links };
}

export async function saveSnapshot(db: Kysely<DB>, ownerId: string, id: string, snapshot: ApplicationSnapshot, at: string): Promise<void> {
  await db.deleteFrom('deleted_applications').where('application_id', '=', id).execute();
  await db
    .insertInto('deleted_applications')
    .values({ application_id: id, owner_id: ownerId, snapshot: JSON.stringify(snapshot), deleted_at: at })
    .execute();
}

export async function findSnapshot(db: Kysely<DB>, ownerId: string, id: string): Promise<ApplicationSnapshot | undefined> {
  const row = await db
    .selectFrom('deleted_applications')
    .select('snapshot')
    .where('owner_id', '=', ownerId)
    .where('application_id', '=', id)
    .executeTakeFirst();
  return row ? parseSnapshot(row.snapshot) : undefined;
}

function parseSnapshot(text: string): ApplicationSnapshot {
  const snapshot: ApplicationSnapshot = JSON.parse(text);
  return snapshot;
}

export async function dropSnapshot(db: Kysely<DB>, ownerId: string, id: string): Promise<void> {
  await db.deleteFrom('deleted_applications').where('owner_id', '=', ownerId).where('application_id', '=', id).execute();
}

/** Forgets deletions made before `before` (an ISO instant): they can no longer be undone. */
export async function pruneSnapshots(db: Kysely<DB>, ownerId: string, before: string): Promise<void> {
  await db.deleteFrom('deleted_applications').where('owner_id', '=', ownerId).where('deleted_at', '<', before).execute();
}

/** The id of the owner's company with this id, else with this name key. */
async function companyFor(db: Kysely<DB>, ownerId: string, company: Row | null, companyId: string): Promise<string | undefined> {
  const byId = await db.selectFrom('companies').select('id').where('owner_id', '=', ownerId).where('id', '=', companyId).executeTakeFirst();
  if (byId) return byId.id;
  if (!company) return undefined;
  const byName = await db
    .selectFrom('companies')
    .select('id')
    .where('owner_id', '=', ownerId)
    .where('name_key', '=', String(company.name_key))
    .executeTakeFirst();
  if (byName) return byName.id;
  await insertRows(db, 'companies', [company]);
  return companyId;
}

/**
 * Writes a snapshot back, in the caller's transaction. Lessons whose theme was
 * deleted meanwhile are left out (with their evidence); links are put back only
 * on rows that still exist and were not linked to something else since.
 */
export async function restoreSnapshot(db: Kysely<DB>, ownerId: string, snapshot: ApplicationSnapshot): Promise<boolean> {
  const companyId = await companyFor(db, ownerId, snapshot.company, String(snapshot.application.company_id));
  if (!companyId) return false;
  await insertRows(db, 'applications', [{ ...snapshot.application, company_id: companyId, owner_id: ownerId }]);
  const kept = new Map<string, Set<Cell>>();
  for (const t of OWNED_TABLES) {
    let rows = (snapshot.owned[t.table] ?? []).map((r): Row => ({ ...r, owner_id: ownerId }));
    if (t.table === 'lessons') {
      const themes = await selectWhere(db, 'themes', ownerId, 'id', rows.map((r) => r.theme_id ?? null));
      const themeIds = new Set(themes.map((r) => r.id));
      rows = rows.filter((r) => themeIds.has(r.theme_id ?? null));
    }
    if (t.table === 'contact_applications') {
      // A person deleted meanwhile is not brought back with the application.
      const contacts = await selectWhere(db, 'contacts', ownerId, 'id', rows.map((r) => r.contact_id ?? null));
      const contactIds = new Set(contacts.map((r) => r.id));
      rows = rows.filter((r) => contactIds.has(r.contact_id ?? null));
    }
    if (t.parent) {
      const parents = kept.get(t.parent.table) ?? new Set<Cell>();
      rows = rows.filter((r) => parents.has(r[t.key] ?? null));
    }
    await insertRows(db, t.table, rows);
    kept.set(t.table, new Set(rows.map((r) => r.id ?? null)));
  }
  for (const link of snapshot.links) {
    for (const [column, value] of Object.entries(link.values)) {
      if (value === null) continue;
      await sql`update ${sql.table(link.table)} set ${sql.ref(column)} = ${value}
        where owner_id = ${ownerId} and id = ${link.id} and ${sql.ref(column)} is null`.execute(db);
    }
  }
  return true;
}
