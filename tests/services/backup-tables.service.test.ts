import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { exportOwnedRows, ownedTables } from '../../src/db/repos/accounts.repo.js';
import { BACKUP_EXCLUDED, BACKUP_TABLES } from '../../src/domain/backup/tables.js';
import { getAgenda, snoozeAgendaItem } from '../../src/services/agenda.service.js';
import { addNote } from '../../src/services/application-events.service.js';
import { buildBackup, restoreBackup } from '../../src/services/backup.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadSampleSearch } from '../../src/services/demo.service.js';
import { importApplications } from '../../src/services/import.service.js';
import { addSuggestion } from '../../src/services/plan.service.js';
import { ratePractice } from '../../src/services/practice.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import { createStory } from '../../src/services/stories.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

/**
 * A backup holds every table a user owns (docs/decisions/0019-import-export.md). A table with an owner
 * column must be either in BACKUP_TABLES or in BACKUP_EXCLUDED with its reason: a feature that adds a
 * table and forgets the backup fails here.
 */

async function* bytes(text: string): AsyncIterable<Uint8Array> {
  yield Buffer.from(text);
}

/** The sample search, and a row in each table the sample leaves empty but a user fills. */
async function fullSearch(ctx: ServiceContext): Promise<void> {
  await loadSampleSearch(ctx);
  const rows = await exportOwnedRows(ctx.db, ctx.ownerId);
  const application = String(rows.applications?.[0]?.id);
  const question = String(rows.question_bank?.[0]?.id);
  await addNote(ctx, application, 'Call back on Monday');
  await createStory(ctx, { title: 'The pricing dashboard', situation: 'Sales guessed prices.', result: 'Margins up 4%.', questionIds: [question], themes: ['showing_impact'] });
  await addSuggestion(ctx, { themeSlug: 'technical_depth', type: 'course', title: 'An evening SQL course' });
  await ratePractice(ctx, question, { rating: 'good', reps: 0 });
  await updateSettings(ctx, { yourName: 'Ada' });
  await importApplications(ctx, bytes('Firm,Role,Sent on\nPebble Payments,Data Engineer,2026-11-10\n'), { mapping: ['company', 'title', 'date'] });
  const item = (await getAgenda(ctx)).days.flatMap((d) => d.items)[0];
  if (!item) throw new Error('the sample has no agenda item to snooze');
  await snoozeAgendaItem(ctx, item.key, '2026-11-25');
}

/** The owner's rows, each table's rows sorted (the database promises no order). */
const rowsOf = async (ctx: ServiceContext): Promise<string> =>
  JSON.stringify(Object.entries(await exportOwnedRows(ctx.db, ctx.ownerId)).map(([t, rows]) => [t, rows.map((r) => JSON.stringify(r)).sort()]));

const counts = (tables: Record<string, unknown[] | undefined>) => Object.fromEntries(Object.entries(tables).map(([t, r]) => [t, r?.length ?? 0]));

describe.each(testDialects())('what a backup holds, on %s', (dialect) => {
  let source: Database;
  let target: Database;
  beforeAll(async () => {
    [source, target] = await Promise.all([freshDatabase(dialect), freshDatabase(dialect)]);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it('lists every table with an owner, either backed up or left out with its reason', async () => {
    const { owned } = await ownedTables(source.db);
    const listed = new Set(BACKUP_TABLES.map((t) => t.table));
    const forgotten = owned.filter((t) => !listed.has(t) && !(t in BACKUP_EXCLUDED));
    expect(forgotten, 'Tables with an owner in neither BACKUP_TABLES nor BACKUP_EXCLUDED (src/domain/backup/tables.ts)').toEqual([]);
    expect(BACKUP_TABLES.map((t) => t.table).filter((t) => t in BACKUP_EXCLUDED), 'both backed up and excluded').toEqual([]);
    // Every name is a table this database has (the search index has one form on each database).
    const all = new Set((await source.db.introspection.getTables()).map((t) => t.name));
    const eitherDatabase = ['application_search', 'application_search_docs', 'application_search_counts'];
    expect([...listed, ...Object.keys(BACKUP_EXCLUDED)].filter((t) => !all.has(t) && !eitherDatabase.includes(t))).toEqual([]);
    for (const [table, reason] of Object.entries(BACKUP_EXCLUDED)) expect(reason, table).toMatch(/^[^\n]{10,200}$/);
  });

  it('writes parents before the rows that point at them', () => {
    const seen = new Set<string>();
    const late: string[] = [];
    for (const t of BACKUP_TABLES) {
      for (const target of [...Object.values(t.parents ?? {}), ...Object.values(t.links ?? {})]) if (!seen.has(target)) late.push(`${t.table} → ${target}`);
      seen.add(t.table);
    }
    expect(late).toEqual([]);
  });

  it('keeps the plan, stories, contacts, goals and wins: backup → restore into an empty database → the same backup', { timeout: 120_000 }, async () => {
    const ctx = await testContext(source, { ownerId: 'u-full', now: '2026-11-20T10:00:00.000Z' });
    await fullSearch(ctx);
    const owned = await exportOwnedRows(source.db, ctx.ownerId);
    const first = await buildBackup(ctx);
    // Every table backed up holds all of the owner's rows, and every one the search fills is there.
    const backedUp = counts(first.tables);
    expect(backedUp).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t.table, owned[t.table]?.length ?? 0])));
    const empty = Object.entries(backedUp).filter(([, n]) => n === 0).map(([t]) => t);
    expect(empty.sort()).toEqual(['mail_messages', 'mail_proposals']);

    const other = await testContext(target, { ownerId: 'u-full', now: '2026-11-21T09:00:00.000Z' });
    const restored = await restoreBackup(other, JSON.parse(JSON.stringify(first)));
    expect(restored).toMatchObject({ mode: 'empty', kept: 0 });
    expect({ ...(await buildBackup(other)), createdAt: 'x' }).toEqual({ ...first, createdAt: 'x' });

    // Merging the same backup again adds nothing; replacing gives the same document.
    expect((await restoreBackup(other, first, 'merge')).restored).toEqual({});
    await restoreBackup(other, first, 'replace');
    expect({ ...(await buildBackup(other)), createdAt: 'x' }).toEqual({ ...first, createdAt: 'x' });
  });

  it('restores into a second account on the same server: new ids where the old ones are taken, the first account untouched', { timeout: 120_000 }, async () => {
    const owner = await testContext(source, { ownerId: 'u-first', now: '2026-11-20T10:00:00.000Z' });
    await fullSearch(owner);
    const backup = await buildBackup(owner);
    const before = await rowsOf(owner);

    const second = await testContext(source, { ownerId: 'u-second', now: '2026-11-20T10:00:00.000Z' });
    const result = await restoreBackup(second, JSON.parse(JSON.stringify(backup)));
    expect(result.kept).toBe(0);
    const copy = await buildBackup(second);
    expect(counts(copy.tables)).toEqual(counts(backup.tables));
    const firstIds = new Set(Object.values(backup.tables).flatMap((rows) => (rows ?? []).map((r) => r.id)).filter((id) => typeof id === 'string'));
    const copiedIds = Object.values(copy.tables).flatMap((rows) => (rows ?? []).map((r) => r.id)).filter((id) => typeof id === 'string');
    expect(copiedIds.filter((id) => firstIds.has(id))).toEqual([]);
    // The links between rows followed the new ids: each story keeps its question, each contact its applications.
    const questionOf = new Map((copy.tables.question_bank ?? []).map((q) => [q.id, q.question]));
    expect((copy.tables.story_questions ?? []).map((l) => questionOf.get(l.question_id ?? '')).sort()).toEqual(
      (backup.tables.story_questions ?? []).map((l) => (backup.tables.question_bank ?? []).find((q) => q.id === l.question_id)?.question).sort(),
    );
    expect(copy.tables.contact_applications?.length).toBe(backup.tables.contact_applications?.length);
    expect(await rowsOf(owner)).toBe(before);

    // A damaged document (a required value missing) is refused as a whole, never half-restored.
    const copyBefore = await rowsOf(second);
    const damaged = { ...backup, tables: { ...backup.tables, stories: [{ id: 'damaged0001', title: 'No dates' }] } };
    await expect(restoreBackup(second, damaged, 'replace')).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('Nothing was changed') });
    expect(await rowsOf(second)).toBe(copyBefore);
  });
});
