import { describe, expect, it } from 'vitest';
import { dayInWords } from '../../src/domain/applications/status.js';
import { addDays } from '../../src/domain/time.js';
import { cli, freshDataDir } from '../support/cli.js';

// The CLI runs on the real clock; days are computed from it (the default time zone is UTC).
const today = new Date().toISOString().slice(0, 10);
// Each run starts Node and tsx: slow on a busy machine.
const SLOW = 300_000;

async function add(dataDir: string, date: string): Promise<string> {
  const r = await cli(['add', '-c', 'Larkspur Labs', '-t', 'Data Analyst', '--date', date, '--json'], { dataDir });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }).id;
}

describe('history from the command line', () => {
  it('runs the README example: add with its applied day, then move to an interview dated later', async () => {
    const dataDir = freshDataDir();
    const id = await add(dataDir, '2026-11-03'); // the days the README uses, both in the past
    const moved = await cli(['move', id.slice(0, 5), 'interview', '--type', 'technical', '--date', '2026-11-20'], { dataDir });
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(/is now: Interview/);
  }, SLOW);

  it('refuses a move dated before the latest step with exit 2 and a message naming that step', async () => {
    const dataDir = freshDataDir();
    const id = await add(dataDir, today);
    const r = await cli(['move', id, 'interview', '--date', addDays(today, -12)], { dataDir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Applied on ${dayInWords(today)} is the latest step`);
    expect(r.stdout).not.toMatch(/is now/);
    expect(JSON.parse((await cli(['show', id, '--json'], { dataDir })).stdout)).toMatchObject({ status: 'applied', events: [{ stage: 'applied' }] });
  }, SLOW);

  it('books an interview ahead, shows it as upcoming, and undo takes back the last recorded move', async () => {
    const dataDir = freshDataDir();
    const id = await add(dataDir, addDays(today, -10));
    const nextWeek = addDays(today, 7);
    const booked = await cli(['move', id, 'interview', '--date', nextWeek], { dataDir });
    expect(booked.status, booked.stderr).toBe(0);
    expect(booked.stdout).toContain(`Booked: Interview on ${dayInWords(nextWeek)}`);
    expect(booked.stdout).toContain('It stays at Applied until then.');

    const screen = await cli(['move', id, 'screen', '--date', addDays(today, -2)], { dataDir });
    expect(screen.stdout).toMatch(/is now: Screen/);
    const shown = (await cli(['show', id], { dataDir })).stdout;
    expect(shown).toMatch(new RegExp(`Status\\s+Screen \\(Interview on ${nextWeek}\\)`));
    expect(shown).toMatch(new RegExp(`Upcoming:\\n  ${nextWeek}  Interview \\(round 1\\)\\n\\nTimeline:\\n  .*Applied\\n  .*Screen`));

    const undone = await cli(['undo', id], { dataDir });
    expect(undone.status, undone.stderr).toBe(0);
    expect(undone.stdout).toContain(`Undone: Screen on ${dayInWords(addDays(today, -2))}`);
    expect(undone.stdout).toContain('is back at Applied');
    const after = JSON.parse((await cli(['show', id, '--json'], { dataDir })).stdout) as { events: { stage: string; upcoming: boolean }[] };
    expect(after.events).toEqual([expect.objectContaining({ stage: 'applied' }), expect.objectContaining({ stage: 'interview', upcoming: true })]);

    const rejected = await cli(['move', id, 'rejected'], { dataDir });
    expect(rejected.stdout).toContain(`Cancelled the interview booked for ${dayInWords(nextWeek)} (\`debrief undo\` brings it back).`);
  }, SLOW);
});
