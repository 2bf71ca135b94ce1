import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, freshDataDir } from '../support/cli.js';

const LINKEDIN = [
  'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
  '"3/7/24, 2:22 PM",,,Larkspur Labs,Data Analyst,https://www.linkedin.com/jobs/view/1,cv.pdf,',
  '"3/9/24, 9:00 AM",,,,Analyst,,,',
].join('\n');

describe('debrief import, export, backup and restore', { timeout: 300_000 }, () => {
  it('imports a LinkedIn export once, exports it as CSV, backs it up and restores it elsewhere', async () => {
    const dataDir = freshDataDir();
    const file = join(dataDir, 'Job Applications.csv');
    await writeFile(file, LINKEDIN);

    const dry = await cli(['import', file, '--preset', 'linkedin', '--dry-run'], { dataDir });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('line 3: no company');
    expect(dry.stdout).toContain('Dry run: nothing was changed.');

    const first = await cli(['import', file, '--yes'], { dataDir });
    expect(first.stdout).toMatch(/Imported: 1 added, 0 updated/);
    const again = await cli(['import', file, '--yes', '--json'], { dataDir });
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, skipped: 1 });

    const csv = await cli(['export'], { dataDir });
    expect(csv.stdout.split('\r\n')[1]).toMatch(/,Larkspur Labs,Data Analyst,applied,/);
    const events = await cli(['export', '--events', '-o', join(dataDir, 'events.csv')], { dataDir });
    expect(events.stderr).toContain('Wrote 1 stage events');
    const json = JSON.parse((await cli(['export', '--json'], { dataDir })).stdout) as { applications: { company: string; events: { stage: string }[] }[] };
    expect(json.applications.map((a) => [a.company, a.events.map((e) => e.stage)])).toEqual([['Larkspur Labs', ['applied']]]);

    const backupFile = join(dataDir, 'backup.json');
    expect((await cli(['backup', '-o', backupFile], { dataDir })).status).toBe(0);
    const other = freshDataDir();
    const restored = await cli(['restore', backupFile], { dataDir: other });
    expect(restored.stdout).toMatch(/Restored \d+ rows \(empty\); 1 applications now/);
    const same = JSON.parse((await cli(['backup'], { dataDir: other })).stdout) as { createdAt: string };
    const original = JSON.parse(await readFile(backupFile, 'utf8')) as { createdAt: string };
    expect({ ...same, createdAt: '' }).toEqual({ ...original, createdAt: '' });
    const refused = await cli(['restore', backupFile], { dataDir: other });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('pass --yes');
    expect((await cli(['restore', backupFile, '--yes'], { dataDir: other })).stdout).toContain('1 applications now');
  });

  it('adds an application from a saved page and warns when it is already tracked', async () => {
    const dataDir = freshDataDir();
    const page = join(dataDir, 'posting.html');
    await writeFile(page, `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"QA Engineer","hiringOrganization":{"name":"Quarry"},"jobLocationType":"TELECOMMUTE"}</script></head></html>`);
    const added = await cli(['add', '--from', page, '--json'], { dataDir });
    expect(JSON.parse(added.stdout)).toMatchObject({ company: 'Quarry', title: 'QA Engineer', remote: 'remote' });
    const twice = await cli(['add', '--from', page], { dataDir });
    expect(twice.stderr).toMatch(/Already in your tracker: QA Engineer at Quarry/);
    // Typed by hand, the same company and a similar title warn too (and the application is still added).
    const typed = await cli(['add', '-c', 'quarry ', '-t', 'QA engineer (remote)'], { dataDir });
    expect(typed.status).toBe(0);
    expect(typed.stderr).toMatch(/Already in your tracker: QA Engineer at Quarry \[\w+\]/);
    expect(typed.stdout).toContain('Added QA engineer (remote) at Quarry');
    const other = await cli(['add', '-c', 'Quarry', '-t', 'Head of Finance'], { dataDir });
    expect(other.stderr).not.toContain('Already in your tracker');
    const bad = await cli(['add', '--from', 'http://127.0.0.1:9/job'], { dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('private network');
  });
});
