import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { zBackup, type Backup, type RestoreMode, type RestoreResult } from '../contracts/backup.js';
import { deleteOwnerRows, idsOfOthers, insertOwnerRows, ownerRows, schemaVersion, tableColumns } from '../db/repos/backup.repo.js';
import { forgetApplicationStates, refreshApplicationState } from '../db/repos/derived-state.js';
import { lockHistories } from '../db/repos/events.repo.js';
import { withBulkCounts } from '../db/repos/kept-counts.repo.js';
import { isConstraintViolation } from '../db/errors.js';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, canonicalRows, rowKey, type BackupRow } from '../domain/backup/tables.js';
import { newId } from '../domain/ids.js';
import { todayIn } from '../domain/time.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { getSettings } from './settings.service.js';
import { transact } from '../db/transact.js';

/**
 * The full JSON backup of everything a user owns, and its restore
 * (docs/decisions/0019-import-export.md). `buildBackup` is the one builder:
 * the command line, the settings page and hosted mode's "export everything"
 * all call it.
 */
export async function buildBackup(ctx: ServiceContext): Promise<Backup> {
  const tables: Record<string, BackupRow[]> = {};
  for (const t of BACKUP_TABLES) tables[t.table] = canonicalRows(await ownerRows(ctx.db, t.table, ctx.ownerId), t.key);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schema: await schemaVersion(ctx.db),
    createdAt: ctx.now().toISOString(),
    tables,
  };
}

/** Whether the user has anything a restore could collide with. */
export async function dataStatus(ctx: ServiceContext): Promise<{ empty: boolean; applications: number }> {
  const applications = (await ownerRows(ctx.db, 'applications', ctx.ownerId)).length;
  if (applications > 0) return { empty: false, applications };
  for (const table of ['check_ins', 'question_bank', 'companies', 'contacts', 'stories', 'growth_actions', 'wins']) {
    if ((await ownerRows(ctx.db, table, ctx.ownerId)).length > 0) return { empty: false, applications };
  }
  return { empty: true, applications };
}

function invalidBackup(message: string): ServiceError {
  return new ServiceError('validation', message, { file: message });
}

/** The document read as a backup this version can restore, or a message saying why not. */
export async function readBackup(ctx: ServiceContext, doc: unknown): Promise<Backup> {
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw invalidBackup('This file is not a Debrief backup (it should start with "format": "debrief-backup").');
  }
  const parsed = zBackup.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidBackup(`This backup cannot be read: ${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}. Nothing was changed.`);
  }
  const backup = parsed.data;
  const current = await schemaVersion(ctx.db);
  if (backup.schema > current) {
    throw invalidBackup(`This backup was made by a newer version of Debrief (database ${backup.schema}). Upgrade Debrief, then restore it. Nothing was changed.`);
  }
  const columns = await tableColumns(ctx.db);
  for (const t of BACKUP_TABLES) {
    const known = columns.get(t.table) ?? new Set<string>();
    for (const row of backup.tables[t.table] ?? []) {
      for (const c of Object.keys(row)) {
        if (!known.has(c)) throw invalidBackup(`This backup has a column "${c}" in ${t.table} that this version of Debrief does not know. Nothing was changed.`);
      }
      for (const k of t.key) if (row[k] === undefined || row[k] === null) throw invalidBackup(`A row of ${t.table} in this backup has no ${k}. Nothing was changed.`);
    }
  }
  return backup;
}

/**
 * Restores a backup. Into an empty tracker it writes everything; into one
 * with data the caller chooses: `replace` (the backup becomes the data) or
 * `merge` (rows already there are kept as they are, the others added, so
 * nothing is doubled). One transaction: it restores entirely or not at all.
 */
export async function restoreBackup(ctx: ServiceContext, doc: unknown, mode?: RestoreMode): Promise<RestoreResult> {
  const backup = await readBackup(ctx, doc);
  const status = await dataStatus(ctx);
  if (!status.empty && !mode) {
    throw new ServiceError('conflict', 'Your tracker already has data. Choose to replace it with the backup, or to merge the backup into it.');
  }
  const settings = await getSettings(ctx);
  const today = todayIn(settings.timezone, ctx.now());
  const result: RestoreResult = { mode: status.empty ? 'empty' : (mode ?? 'merge'), restored: {}, kept: 0, applications: 0 };

  try {
    await writeBackup(ctx, backup, result, today);
  } catch (e) {
    if (!isConstraintViolation(e)) throw e;
    // A row the database refuses (a required column missing, a reference to nothing): the document was edited
    // or damaged. The transaction is rolled back, so nothing was changed.
    throw invalidBackup('This backup has rows Debrief cannot store (a required value is missing or points at nothing). Nothing was changed.');
  }
  return result;
}

async function writeBackup(ctx: ServiceContext, backup: Backup, result: RestoreResult, today: string): Promise<void> {
  // Every row of a tracker at once: the kept counts are counted once at the end (docs/decisions/0046).
  await transact(ctx.db, (trx) => withBulkCounts(trx, ctx.ownerId, () => writeRows(trx, ctx, backup, result, today)));
}

async function writeRows(trx: Kysely<DB>, ctx: ServiceContext, backup: Backup, result: RestoreResult, today: string): Promise<void> {
  if (result.mode !== 'merge') {
    await forgetApplicationStates(trx, ctx.ownerId);
    await deleteOwnerRows(trx, ['deleted_applications', ...BACKUP_TABLES.map((t) => t.table).reverse()], ctx.ownerId);
  }
  /** The applications whose history this restore writes (all of them unless it merges). */
  const written = new Set<string>();
  /** Ids present for each table (kept or restored), and ids of the backup that stand for another row. */
  const present = new Map<string, Set<string>>();
  const sameAs = new Map<string, Map<string, string>>();
  const keptApplications = new Set<string>();
  for (const t of BACKUP_TABLES) {
    const existing = result.mode === 'replace' ? [] : await ownerRows(trx, t.table, ctx.ownerId);
    const keys = new Set(existing.map((r) => rowKey(r, t.key)));
    const ids = new Set(existing.map((r) => String(r[t.key[0] ?? 'id'])));
    const identity = (r: BackupRow): string | null => (t.sameAs && t.sameAs.every((c) => r[c] !== null && r[c] !== undefined) ? rowKey(r, t.sameAs) : null);
    const byIdentity = new Map(existing.flatMap((r) => (identity(r) === null ? [] : [[identity(r), String(r.id)] as const])));
    const remap = new Map<string, string>();
    const toInsert: BackupRow[] = [];
    for (const original of backup.tables[t.table] ?? []) {
      const row: BackupRow = { ...original };
      delete row.owner_id;
      let orphan = false;
      for (const [column, target] of Object.entries(t.parents ?? {})) {
        const v = row[column];
        if (v === null || v === undefined) continue;
        const mapped = sameAs.get(target)?.get(String(v)) ?? String(v);
        row[column] = mapped;
        if (!present.get(target)?.has(mapped)) orphan = true;
        if (column === 'application_id' && keptApplications.has(mapped)) orphan = true;
      }
      for (const [column, target] of Object.entries(t.links ?? {})) {
        const v = row[column];
        if (v === null || v === undefined) continue;
        const mapped = sameAs.get(target)?.get(String(v)) ?? String(v);
        row[column] = present.get(target)?.has(mapped) ? mapped : null;
      }
      if (orphan || keys.has(rowKey(row, t.key))) {
        result.kept += 1;
        if (t.table === 'applications') keptApplications.add(String(row.id));
        continue;
      }
      const own = identity(row);
      const twin = own === null ? undefined : byIdentity.get(own);
      if (twin) {
        remap.set(String(row.id), twin);
        result.kept += 1;
        continue;
      }
      keys.add(rowKey(row, t.key));
      ids.add(String(row[t.key[0] ?? 'id']));
      toInsert.push(row);
    }
    // On a shared server an id may already be another user's (a backup restored into a second account):
    // such rows get new ids, and the rows that point at them follow, as they follow a merged twin.
    if (t.key.length === 1 && t.key[0] === 'id') {
      const taken = await idsOfOthers(trx, t.table, ctx.ownerId, toInsert.map((r) => String(r.id)));
      for (const row of toInsert) {
        const old = String(row.id);
        if (!taken.has(old)) continue;
        row.id = newId();
        remap.set(old, row.id);
        ids.delete(old);
        ids.add(row.id);
      }
    }
    if (t.table === 'stage_events') {
      for (const row of toInsert) written.add(String(row.application_id));
      // A merge may add steps to an application the tracker has: its history is locked as a move locks it.
      if (result.mode === 'merge') await lockHistories(trx, ctx.ownerId, [...written]);
    }
    await insertOwnerRows(trx, t.table, ctx.ownerId, toInsert);
    if (toInsert.length > 0) result.restored[t.table] = toInsert.length;
    present.set(t.table, ids);
    sameAs.set(t.table, remap);
  }
  result.applications = present.get('applications')?.size ?? 0;
  // Merged: only the histories written (the others may be moved meanwhile, under their own locks); else every one.
  await refreshApplicationState(trx, ctx.ownerId, today, result.mode === 'merge' ? [...written] : undefined);
}
