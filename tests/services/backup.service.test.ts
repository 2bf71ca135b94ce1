import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { listApplications } from '../../src/services/applications.service.js';
import { buildBackup, restoreBackup } from '../../src/services/backup.service.js';
import { loadSampleSearch } from '../../src/services/demo.service.js';
import { proofOfSearch, writeExportCsv } from '../../src/services/export.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

const allApps = { sort: 'updated', order: 'desc', page: 1, pageSize: 200 } as const;

describe.each(testDialects())('backup, restore and export on %s', (dialect) => {
  let source: Database;
  let target: Database;
  beforeAll(async () => {
    [source, target] = await Promise.all([freshDatabase(dialect), freshDatabase(dialect)]);
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it('is lossless: backup → restore into an empty database → backup gives the same document', { timeout: 60_000 }, async () => {
    const ctx = await testContext(source, { ownerId: 'u-backup', now: '2026-12-02T15:00:00.000Z' });
    await loadSampleSearch(ctx);
    const first = await buildBackup(ctx);
    expect(first.tables.applications?.length).toBe(60);
    expect(first.tables.stage_events?.length).toBeGreaterThan(100);
    expect(first.tables.rejections?.length).toBeGreaterThan(5);
    expect(JSON.stringify(first)).not.toContain('u-backup');

    const other = await testContext(target, { ownerId: 'u-backup', now: '2026-12-03T09:00:00.000Z' });
    const restored = await restoreBackup(other, JSON.parse(JSON.stringify(first)));
    expect(restored).toMatchObject({ mode: 'empty', kept: 0, applications: 60 });
    const second = await buildBackup(other);
    expect({ ...second, createdAt: 'x' }).toEqual({ ...first, createdAt: 'x' });
    expect((await listApplications(other, allApps)).total).toBe(60);

    // Into a tracker with data: asked first; merge adds nothing twice; replace makes the backup the data.
    await expect(restoreBackup(other, first)).rejects.toMatchObject({ code: 'conflict' });
    const merged = await restoreBackup(other, first, 'merge');
    expect(merged.restored).toEqual({});
    expect((await listApplications(other, allApps)).total).toBe(60);
    await givenApplication(other, { company: 'Only Here', title: 'Analyst' });
    const replaced = await restoreBackup(other, first, 'replace');
    expect(replaced.mode).toBe('replace');
    expect((await listApplications(other, allApps)).total).toBe(60);
    expect({ ...(await buildBackup(other)), createdAt: 'x' }).toEqual({ ...first, createdAt: 'x' });
  });

  it('merges a backup into another search without doubling companies, and restores an older backup', async () => {
    const ctx = await testContext(source, { ownerId: 'u-merge', now: '2026-11-20T10:00:00.000Z' });
    await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' }, ['screen']);
    const backup = await buildBackup(ctx);
    // An older Debrief wrote neither the sample mark nor the recording order of events.
    const older = structuredClone(backup);
    older.schema = '20261122_0800_question_practice';
    for (const row of older.tables.applications ?? []) delete row.is_sample;
    for (const row of older.tables.companies ?? []) delete row.is_sample;

    const other = await testContext(target, { ownerId: 'u-merge-2', now: '2026-11-20T10:00:00.000Z' });
    await givenApplication(other, { company: 'larkspur labs', title: 'Engineer' });
    const result = await restoreBackup(other, older, 'merge');
    expect(result.restored).toMatchObject({ applications: 1, stage_events: 2 });
    const list = await listApplications(other, allApps);
    expect(list.items.map((a) => [a.company, a.title, a.status]).sort()).toEqual([
      ['larkspur labs', 'Data Analyst', 'screen'],
      ['larkspur labs', 'Engineer', 'applied'],
    ]);
    expect(new Set(list.items.map((a) => a.companyId)).size).toBe(1);

    await expect(restoreBackup(other, { ...backup, schema: '29991231_0000_future' }, 'merge')).rejects.toMatchObject({ code: 'validation' });
    await expect(restoreBackup(other, { hello: 'world' }, 'merge')).rejects.toMatchObject({ code: 'validation' });
  });

  it('exports CSV filtered like the list, neutralising formulas, with the stage events and the proof of search', async () => {
    const ctx = await testContext(source, { ownerId: 'u-export', now: '2026-11-20T10:00:00.000Z' });
    await givenApplication(ctx, { company: '=HYPERLINK("http://evil")', title: '+Analyst', source: 'job_board' }, ['screen', 'rejected']);
    await givenApplication(ctx, { company: 'Fernhill', title: 'Engineer', date: '2026-10-01', referral: true });
    const parts: Uint8Array[] = [];
    const rows = await writeExportCsv(ctx, { status: ['rejected'], sort: 'company', order: 'asc' }, 'applications', (bytes) => void parts.push(bytes));
    const text = Buffer.concat(parts).toString('utf8');
    expect(rows).toBe(1);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,company,title,status,/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")",'+Analyst,rejected`);
    const eventParts: Uint8Array[] = [];
    await writeExportCsv(ctx, { sort: 'company', order: 'asc' }, 'events', (bytes) => void eventParts.push(bytes));
    const events = Buffer.concat(eventParts).toString('utf8');
    expect(events.trim().split('\r\n').map((l) => l.split(',')[4])).toEqual(['stage', 'applied', 'screen', 'rejected', 'applied']);
    const proof = await proofOfSearch(ctx, '2026-10-01', '2026-10-31');
    expect(proof).toEqual([{ date: '2026-10-01', company: 'Fernhill', role: 'Engineer', how: 'Referral', outcome: 'No answer yet', jobUrl: null }]);
  });
});
