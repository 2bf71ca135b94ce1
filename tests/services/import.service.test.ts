import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { listApplications, getApplication } from '../../src/services/applications.service.js';
import { listDebriefs } from '../../src/services/debrief.service.js';
import { bytesSource } from '../../src/services/csv-reader.js';
import { importApplications, previewImport } from '../../src/services/import.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

const utf8 = (text: string, bom = false) => bytesSource(new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]));
const utf16le = (text: string) => {
  const out = [0xff, 0xfe];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(c & 0xff, c >> 8);
  }
  return bytesSource(new Uint8Array(out));
};
const cp1252 = (text: string) => bytesSource(new Uint8Array([...text].map((ch) => (ch === 'é' ? 0xe9 : ch === '€' ? 0x80 : ch.charCodeAt(0)))));

const LINKEDIN = [
  'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
  '"3/7/24, 2:22 PM",jobs@larkspur.example,,Larkspur Labs,Data Analyst,https://www.linkedin.com/jobs/view/1,cv-2024.pdf,"Years of SQL: 4',
  'Visa: no"',
  '',
  '"11/2/24, 9:05 AM",,,Fernhill,Backend Engineer,https://www.linkedin.com/jobs/view/2,cv-2024.pdf,',
  '"2/30/24, 9:05 AM",,,Broken Date Co,Analyst,,,',
  '"4/1/24, 10:00 AM",,,,Analyst,,,',
].join('\r\n');

describe.each(testDialects())('importing applications on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('reads a LinkedIn export: preview, dry run, import, and nothing more the second time', async () => {
    const ctx = await testContext(database, { ownerId: 'u-linkedin', now: '2026-11-20T10:00:00.000Z' });
    const preview = await previewImport(ctx, utf8(LINKEDIN, true));
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ',', preset: 'linkedin', rows: 4, remembered: false });
    expect(preview.mapping).toEqual(['date', 'notes', 'notes', 'company', 'title', 'jobUrl', 'resumeVersion', 'notes']);

    const dry = await importApplications(ctx, utf8(LINKEDIN, true), { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, imported: false, rows: 4, created: 2, updated: 0, skipped: 0, problemCount: 2 });
    expect(dry.problems).toEqual([
      { line: 6, reason: expect.stringContaining('2/30/24') },
      { line: 7, reason: 'no company' },
    ]);
    expect((await listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 50 })).total).toBe(0);

    const nothing = await importApplications(ctx, utf8(LINKEDIN, true), { mode: 'all' });
    expect(nothing).toMatchObject({ imported: false, created: 2, problemCount: 2 });
    expect((await listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 50 })).total).toBe(0);

    const done = await importApplications(ctx, utf8(LINKEDIN, true), { mode: 'valid' });
    expect(done).toMatchObject({ imported: true, created: 2, updated: 0, skipped: 0, problemCount: 2 });
    const list = await listApplications(ctx, { sort: 'applied', order: 'asc', page: 1, pageSize: 50 });
    expect(list.items.map((a) => [a.company, a.title, a.appliedOn, a.status, a.source])).toEqual([
      ['Larkspur Labs', 'Data Analyst', '2024-03-07', 'applied', 'job_board'],
      ['Fernhill', 'Backend Engineer', '2024-11-02', 'applied', 'job_board'],
    ]);
    const larkspur = await getApplication(ctx, list.items[0]?.id ?? '');
    expect(larkspur.notes).toBe('Contact Email: jobs@larkspur.example\nQuestion And Answers: Years of SQL: 4\nVisa: no');
    expect(larkspur.resumeVersion).toBe('cv-2024.pdf');

    const again = await importApplications(ctx, utf8(LINKEDIN, true));
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 2, imported: false });
    expect((await previewImport(ctx, utf8(LINKEDIN))).remembered).toBe(true);
  });

  it('reads Excel UTF-16 with tabs, Windows-1252 with semicolons, and a seeker’s own status words, remembered', async () => {
    const ctx = await testContext(database, { ownerId: 'u-sheet', now: '2026-11-20T10:00:00.000Z' });
    const sheet = ['Firma\tPoste\tDate\tÉtat\tSalaire', 'Café Noir\tDéveloppeur\t2026-10-01\tEntretien\t€45k-55k', 'Atelier\tAnalyste\t2026-10-02\tRefusé\t', ''].join('\r\n');
    const preview = await previewImport(ctx, utf16le(sheet), { mapping: ['company', 'title', 'date', 'status', 'salary'] });
    expect(preview).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', rows: 2 });
    expect(preview.statusWords).toEqual([
      { word: 'Entretien', rows: 1, stage: null },
      { word: 'Refusé', rows: 1, stage: null },
    ]);
    const unmapped = await importApplications(ctx, utf16le(sheet), { mapping: ['company', 'title', 'date', 'status', 'salary'], dryRun: true });
    expect(unmapped.problems.map((p) => p.line)).toEqual([2, 3]);

    const result = await importApplications(ctx, utf16le(sheet), {
      mapping: ['company', 'title', 'date', 'status', 'salary'],
      statusMap: { entretien: 'interview', 'refusé': 'rejected' },
    });
    expect(result).toMatchObject({ created: 2, problemCount: 0 });
    const list = await listApplications(ctx, { sort: 'applied', order: 'asc', page: 1, pageSize: 50 });
    expect(list.items.map((a) => [a.company, a.status, a.salaryMin, a.salaryMax, a.salaryCurrency])).toEqual([
      ['Café Noir', 'interview', 45000, 55000, 'EUR'],
      ['Atelier', 'rejected', null, null, null],
    ]);

    // The same words in another layout (Windows-1252, semicolons) are known now.
    const other = ['Entreprise;Intitulé;Statut', 'Maison Verte;Chargé de projet;Entretien', '"Quai ""Est""";Designer;Refusé;extra cell'].join('\n');
    const second = await importApplications(ctx, cp1252(other), { mapping: ['company', 'title', 'status'] });
    expect(second).toMatchObject({ created: 2, problemCount: 0 });
    const all = await listApplications(ctx, { sort: 'applied', order: 'asc', page: 1, pageSize: 50 });
    expect(all.items.map((a) => a.company)).toContain('Quai "Est"');
  });

  it('updates an application when the file knows a later status, and reads Huntr and JobSync exports', async () => {
    const ctx = await testContext(database, { ownerId: 'u-huntr', now: '2026-11-20T10:00:00.000Z' });
    const huntr = (list: string) => `title,company,listName,url,location,createdAt\nData Engineer,Birch & Co,${list},https://birch.example/jobs/9,Remote,2026-10-05T08:00:00.000Z\n`;
    expect(await importApplications(ctx, utf8(huntr('Applied')), { preset: 'huntr' })).toMatchObject({ created: 1 });
    expect(await importApplications(ctx, utf8(huntr('Interview')), { preset: 'huntr' })).toMatchObject({ created: 0, updated: 1 });
    const [app] = (await listApplications(ctx, { sort: 'applied', order: 'asc', page: 1, pageSize: 5 })).items;
    expect(app).toMatchObject({ company: 'Birch & Co', status: 'interview', appliedOn: '2026-10-05', location: 'Remote' });

    const jobsync = [
      'index,createdAt,applied,appliedDate,Company,JobTitle,jobType,workplaceType,Location,JobSource,Status',
      '1,2026-09-01,true,2026-09-03,Quarry,QA Engineer,Full-time,Hybrid,Leeds,Indeed,rejected',
    ].join('\n');
    const preview = await previewImport(ctx, utf8(jobsync));
    expect(preview.preset).toBe('jobsync');
    expect(await importApplications(ctx, utf8(jobsync))).toMatchObject({ created: 1, problemCount: 0 });
    const quarry = (await listApplications(ctx, { q: 'Quarry', sort: 'applied', order: 'asc', page: 1, pageSize: 5 })).items[0];
    expect(quarry).toMatchObject({ status: 'rejected', remote: 'hybrid', source: 'job_board', appliedOn: '2026-09-03', notes: 'jobType: Full-time' });

    // A rejection that arrives in a file can be debriefed like any other: new rows and later statuses alike.
    expect(await importApplications(ctx, utf8(huntr('Rejected')), { preset: 'huntr' })).toMatchObject({ created: 0, updated: 1 });
    const debriefs = (await listDebriefs(ctx)).toFinish.map((d) => [d.company, d.rejectedOn, d.complete]);
    expect(debriefs).toEqual(expect.arrayContaining([['Quarry', '2026-09-03', false], ['Birch & Co', '2026-11-20', false]]));
    expect(debriefs).toHaveLength(2);
    expect(await importApplications(ctx, utf8(jobsync))).toMatchObject({ created: 0, skipped: 1 });
    expect((await listDebriefs(ctx)).toFinish).toHaveLength(2);
  });
  it('matches rows batches apart in a large file, keeps a bounded sample of problems, and adds nothing the second time', { timeout: 60_000 }, async () => {
    const ctx = await testContext(database, { ownerId: 'u-large-file', now: '2026-11-20T10:00:00.000Z' });
    const lines = ['Company,Title,Applied on,Status'];
    for (let i = 0; i < 600; i++) lines.push(`Firm ${i % 300},Role ${i},2026-03-${String((i % 28) + 1).padStart(2, '0')},Applied`);
    // The same application 600 rows later (another batch), a later status, other spacing and case.
    lines.push('  firm 3 ,  ROLE   3 ,2026-03-04,Rejected');
    for (let i = 0; i < 520; i++) lines.push(`Firm ${i},Role x${i},not a date,Applied`);
    const file = lines.join('\n');

    const dry = await importApplications(ctx, utf8(file), { dryRun: true });
    expect(dry).toMatchObject({ rows: 1121, created: 600, updated: 1, skipped: 0, problemCount: 520 });
    expect(dry.problems).toHaveLength(500);
    expect(dry.problems[0]).toEqual({ line: 603, reason: expect.stringContaining('not a date') });

    const done = await importApplications(ctx, utf8(file));
    expect(done).toMatchObject({ created: 600, updated: 1, problemCount: 520 });
    const rejected = await listApplications(ctx, { status: ['rejected'], sort: 'applied', order: 'asc', page: 1, pageSize: 10 });
    expect(rejected.items.map((a) => [a.company, a.title, a.appliedOn])).toEqual([['Firm 3', 'Role 3', '2026-03-04']]);
    expect(await importApplications(ctx, utf8(file))).toMatchObject({ created: 0, updated: 0, skipped: 601 });
  });
});
