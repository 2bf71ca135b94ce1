import { beforeAll, describe, expect, it } from 'vitest';
import { cli, freshDataDir } from '../support/cli.js';

const lastWeekDay = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

describe('debrief goals and debrief review', { timeout: 180_000 }, () => {
  const dataDir = freshDataDir();
  beforeAll(async () => {
    const r = await cli(['demo'], { dataDir });
    expect(r.status).toBe(0);
  });

  it('reviews last week of the sample search as a Markdown document with a section per part', async () => {
    const r = await cli(['review', '--week', lastWeekDay, '--format', 'md'], { dataDir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sections = r.stdout.split('\n').filter((l) => l.startsWith('#'));
    expect(sections[0]).toMatch(/^# Weekly review: /);
    expect(sections.slice(1).map((s) => s.replace(/ \(.*\)$/, ''))).toEqual([
      '## Activity against goals',
      '## Wins',
      '## Rejections and their lessons',
      '## Feedback received',
      '## Changes in your insights',
      "## Next week's agenda",
    ]);
    expect(r.stdout).toMatch(/\| Applications sent \| \d+ \| \d+ \|/);

    const json = await cli(['review', '--week', lastWeekDay, '--format', 'json'], { dataDir });
    const review = JSON.parse(json.stdout) as { week: { start: string; end: string }; activity: { applications: number } };
    expect(review.week.start <= lastWeekDay && lastWeekDay <= review.week.end).toBe(true);
  });

  it('shows the goals, sets some and keeps the others', async () => {
    const shown = await cli(['goals'], { dataDir });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^This week \(/);
    expect(shown.stdout).toMatch(/weeks? in a row|fresh start|under way|good base/);

    const set = await cli(['goals', '--practice', '2', '--networking', '1'], { dataDir });
    expect(set.status).toBe(0);
    expect(set.stdout).toMatch(/Practice sessions +\[[#.]{20}\] \d+ of 2 sessions/);
    expect(set.stdout).toMatch(/Networking touches +\[[#.]{20}\] \d+ of 1 touch\b/);
    expect(set.stdout).toMatch(/Applications sent/);

    const json = JSON.parse((await cli(['goals', '--json'], { dataDir })).stdout) as { targets: Record<string, number> };
    expect(json.targets).toMatchObject({ practice: 2, networking: 1 });
  });

  it('refuses what it cannot use, saying why', async () => {
    const bad = await cli(['goals', '--practice', '-1'], { dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--practice/);
    const week = await cli(['review', '--week', '31 Feb 2026'], { dataDir });
    expect(week.status).toBe(2);
    expect(week.stderr).toMatch(/February 2026 has 28 days/);
    const format = await cli(['review', '--format', 'pdf'], { dataDir });
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/md or json/);
  });
});
