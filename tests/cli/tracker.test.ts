import { describe, expect, it } from 'vitest';
import { cli, freshDataDir } from '../support/cli.js';

describe('the tracker from the command line', () => {
  it('adds, lists, moves, shows and deletes an application on one database', async () => {
    const dataDir = freshDataDir();
    const added = await cli(['add', '-c', 'Larkspur Labs', '-t', 'Data Analyst', '--fit', '4', '--tags', 'fintech', '--json'], { dataDir });
    expect(added.status).toBe(0);
    const app = JSON.parse(added.stdout) as { id: string; status: string };
    expect(app.status).toBe('applied');

    const moved = await cli(['move', app.id.slice(0, 5), 'interview', '--type', 'technical'], { dataDir });
    expect(moved.status).toBe(0);
    expect(moved.stdout).toMatch(/is now: Interview/);

    const listed = JSON.parse((await cli(['list', '--status', 'interview', '--json'], { dataDir })).stdout) as { total: number; items: { id: string }[] };
    expect(listed.total).toBe(1);
    expect(listed.items[0]?.id).toBe(app.id);

    const shown = await cli(['show', app.id], { dataDir });
    expect(shown.stdout).toMatch(/Timeline:[\s\S]*Applied[\s\S]*Interview \(round 1\) — technical/);

    const refused = await cli(['rm', app.id], { dataDir });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/--yes/);
    expect((await cli(['rm', app.id, '--yes'], { dataDir })).status).toBe(0);
    expect(JSON.parse((await cli(['list', '--json'], { dataDir })).stdout)).toMatchObject({ total: 0 });
  });

  it('explains bad input and exits non-zero without writing anything', async () => {
    const dataDir = freshDataDir();
    const r = await cli(['add', '-c', 'Acme', '-t', 'Analyst', '--date', '2026-02-30'], { dataDir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--date: "2026-02-30" is not a date: February 2026 has 28 days/);
    const unknown = await cli(['move', 'zzzz', 'offer'], { dataDir });
    expect(unknown.status).toBe(3);
    expect(JSON.parse((await cli(['list', '--json'], { dataDir })).stdout)).toMatchObject({ total: 0 });
  });

  it('loads the sample job search once, and removes it without touching your own applications', { timeout: 400_000 }, async () => {
    const dataDir = freshDataDir();
    const own = JSON.parse((await cli(['add', '-c', 'Acme', '-t', 'My own role', '--json'], { dataDir })).stdout) as { id: string };
    const loaded = await cli(['demo'], { dataDir });
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toMatch(/60 applications/);
    expect(loaded.stdout).toMatch(/debrief demo --remove/);
    const again = await cli(['demo'], { dataDir });
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/already loaded/);

    // Insights speak plainly: no p or q columns, months that read as months.
    const report = (await cli(['insights'], { dataDir })).stdout;
    expect(report).toMatch(/rejected after applying/);
    expect(report).toMatch(/chance\?/);
    expect(report).not.toMatch(/\bWilson\b|│ q │| q\s*$/m);
    expect(report).toMatch(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d/);

    const removed = await cli(['demo', '--remove'], { dataDir });
    expect(removed.status).toBe(0);
    expect(removed.stdout).toMatch(/Removed the sample job search: 60 applications/);
    const left = JSON.parse((await cli(['list', '--json'], { dataDir })).stdout) as { total: number; items: { id: string }[] };
    expect(left.items.map((a) => a.id)).toEqual([own.id]);
  });
});
