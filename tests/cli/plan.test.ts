import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/contracts/plan.js';
import { cli, freshDataDir } from '../support/cli.js';

describe('debrief plan', { timeout: 180_000 }, () => {
  it('the sample search has a plan: ranked themes with reasons, outside-control apart, actions in every status', async () => {
    const dataDir = freshDataDir();
    expect((await cli(['demo'], { dataDir })).status).toBe(0);
    const r = await cli(['plan', '--json'], { dataDir });
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout) as Plan;
    expect(plan.themes.length).toBeGreaterThan(3);
    expect(plan.themes[0]?.why).toMatch(/^Raised in \d of your last \d .+ rejections/);
    expect(plan.themes[0]?.suggestions.length).toBeGreaterThan(0);
    expect(new Set(plan.actions.map((a) => a.status))).toEqual(new Set(['planned', 'doing', 'done', 'dropped']));
    expect(plan.counts.overdue).toBe(1);
    const done = plan.actions.find((a) => a.status === 'done');
    expect(done?.evidence.length).toBeGreaterThan(0);
    expect(done?.help?.verdict).toMatch(/too_early|higher_after|lower_after|no_clear_difference/);

    const text = await cli(['plan'], { dataDir });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^Where to grow next \(from \d+ debriefed rejections\):/);
    expect(text.stdout).toContain('Outside your control (not homework):');
    expect(text.stdout).toMatch(/\[Doing\] Two mock interviews/);
    expect(text.stdout).toMatch(/due \d{4}-\d\d-\d\d \(overdue\)/);
  });

  it('adds, changes and notes an action; bad input is refused with exit code 2', async () => {
    const dataDir = freshDataDir();
    const bad = await cli(['plan', 'add', '--title', 'Course', '--type', 'course', '--link', 'file:///etc/passwd'], { dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--link: .*http/);
    expect((await cli(['plan', 'add', '--type', 'course'], { dataDir })).status).toBe(2);

    const added = await cli(['plan', 'add', '--title', 'Mock interview with Ana', '--type', 'mock_interview', '--stage', 'interview', '--due', '2020-01-01', '--json'], { dataDir });
    expect(added.stderr).toBe('');
    const action = JSON.parse(added.stdout) as { id: string; overdue: boolean };
    expect(action.overdue).toBe(true);
    const noted = await cli(['plan', 'note', action.id.slice(0, 6), 'Booked for Friday'], { dataDir });
    expect(noted.stdout).toContain('Booked for Friday');
    const done = await cli(['plan', 'set', action.id, '--status', 'done'], { dataDir });
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/\[Done\] Mock interview with Ana/);
    expect(done.stdout).toMatch(/did it help\? Too early to tell: about 16 more outcomes needed/);
    expect((await cli(['plan', 'delete', action.id], { dataDir })).stdout).toContain('Deleted');
    expect((await cli(['plan', 'show', action.id], { dataDir })).status).toBe(3);
  });
});
