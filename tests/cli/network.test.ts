import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { cli, freshDataDir } from '../support/cli.js';

const CSV = '\uFEFFNotes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAna,Lima,https://www.linkedin.com/in/ana-lima,,Larkspur Labs,Data Lead,02 Dec 2026\r\n';

describe('debrief contacts, agenda and calendar', { timeout: 180_000 }, () => {
  const dataDir = freshDataDir();

  it('adds, lists, shows and logs; refuses a bad email and a cadence of 0', async () => {
    const add = await cli(['contacts', 'add', 'Priya Shah', '--role', 'interviewer', '--company', 'Larkspur Labs', '--email', 'priya@larkspur.example', '--cadence', '4', '--json'], { dataDir });
    expect(add.stderr).toBe('');
    const id = (JSON.parse(add.stdout) as { id: string }).id;
    const list = await cli(['contacts', '--company', 'larkspur labs'], { dataDir });
    expect(list.stdout).toContain('Priya Shah');
    const logged = await cli(['contacts', 'log', id.slice(0, 6), 'coffee', '--note', 'Talked about the team'], { dataDir });
    expect(logged.status).toBe(0);
    expect(logged.stdout).toMatch(/Logged coffee with Priya Shah\. Next touch: \d{4}-\d{2}-\d{2}\./);
    const show = await cli(['contacts', 'show', id], { dataDir });
    expect(show.stdout).toMatch(/Coffee — Talked about the team/);
    const bad = await cli(['contacts', 'add', 'X', '--email', 'nope'], { dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not an email address/);
    const zero = await cli(['contacts', 'add', 'X', '--cadence', '0'], { dataDir });
    expect(zero.status).toBe(2);
    const future = await cli(['contacts', 'log', id, 'call', '--on', '2099-01-01'], { dataDir });
    expect(future.status).toBe(2);
  });

  it('imports LinkedIn connections after a preview; a second import changes nothing', async () => {
    const file = join(dataDir, 'Connections.csv');
    writeFileSync(file, CSV);
    const dry = await cli(['contacts', 'import', file, '--dry-run'], { dataDir });
    expect(dry.stdout).toMatch(/Would import 1 connection: 1 new/);
    const noTerminal = await cli(['contacts', 'import', file], { dataDir });
    expect(noTerminal.status).toBe(2);
    const yes = await cli(['contacts', 'import', file, '--yes'], { dataDir });
    expect(yes.stdout).toMatch(/Imported 1 connection: 1 new/);
    const again = await cli(['contacts', 'import', file, '--yes'], { dataDir });
    expect(again.stdout).toMatch(/Nothing to change/);
    writeFileSync(file, 'Name,Email\nAna,a@b.c\n');
    const wrong = await cli(['contacts', 'import', file, '--yes'], { dataDir });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/does not look like LinkedIn's Connections\.csv/);
  });

  it('the agenda of the sample search has items; the calendar parses and holds an upcoming interview', async () => {
    const dir = freshDataDir();
    expect((await cli(['demo'], { dataDir: dir })).status).toBe(0);
    const agenda = await cli(['agenda', '--json'], { dataDir: dir });
    const parsed = JSON.parse(agenda.stdout) as { total: number; days: { items: { key: string; kind: string }[] }[] };
    expect(parsed.total).toBeGreaterThanOrEqual(3);
    const text = await cli(['agenda'], { dataDir: dir });
    expect(text.stdout).toMatch(/^Today, /);
    const key = parsed.days[0]?.items[0]?.key ?? '';
    expect((await cli(['agenda', 'snooze', key, '--until', '2000-01-01'], { dataDir: dir })).status).toBe(2);
    expect((await cli(['agenda', 'dismiss', key], { dataDir: dir })).stdout).toMatch(/Dismissed/);
    const cal = await cli(['calendar'], { dataDir: dir });
    const events = Object.values(ical.sync.parseICS(cal.stdout)).flatMap((v) => (v?.type === 'VEVENT' ? [v] : []));
    const today = new Date().toISOString().slice(0, 10);
    expect(events.some((e) => e.uid.startsWith('interview-') && e.start.toISOString().slice(0, 10) >= today)).toBe(true);
  });
});
