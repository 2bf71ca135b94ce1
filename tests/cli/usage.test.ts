import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, freshDataDir } from '../support/cli.js';
import { buildEmail } from '../support/mail.js';

const ESC = '\u001b[';
// Each run starts the CLI from its TypeScript sources: slow on a busy machine.
const SLOW = { timeout: 300_000 };

async function addApp(dataDir: string, company = 'Larkspur Labs'): Promise<string> {
  const r = await cli(['add', '-c', company, '-t', 'Data Analyst', '--json'], { dataDir });
  expect(r.status).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }).id;
}

describe('the settings flags the README and --help show', SLOW, () => {
  it('saves --no-response-days, and every other flag, and reads them back', async () => {
    const dataDir = freshDataDir();
    expect((await cli(['settings', '--no-response-days', '14'], { dataDir })).status).toBe(0);
    expect((await cli(['settings', '--timezone', 'Europe/Paris', '--feedback-reminder-days', '10', '--your-name', 'Ana Li'], { dataDir })).status).toBe(0);
    const bad = await cli(['settings', '--no-response-days', '-3'], { dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--no-response-days: use a whole number of days from 1 to 365 \(you gave "-3"\)/);
    const read = await cli(['settings', '--json'], { dataDir });
    expect(JSON.parse(read.stdout)).toMatchObject({ noResponseDays: 14, timezone: 'Europe/Paris', feedbackReminderDays: 10, yourName: 'Ana Li' });
  });
});

describe('exit codes and messages a person can act on', SLOW, () => {
  it('exits 2 for a missing option, a missing argument or an unknown option, and 3 for an unknown id', async () => {
    const dataDir = freshDataDir();
    const missingOption = await cli(['add', '-c', 'Acme'], { dataDir });
    expect(missingOption.status).toBe(2);
    expect(missingOption.stderr).toMatch(/--title/);
    expect((await cli(['move'], { dataDir })).status).toBe(2);
    expect((await cli(['list', '--colour-me-pink'], { dataDir })).status).toBe(2);
    expect((await cli(['show', 'zzzzzzzz'], { dataDir })).status).toBe(3);
  });

  it('turns validator text into sentences that name the option', async () => {
    const dataDir = freshDataDir();
    const id = await addApp(dataDir);
    const fit = await cli(['add', '-c', 'Acme', '-t', 'Analyst', '--fit', 'abc'], { dataDir });
    expect(fit.status).toBe(2);
    expect(fit.stderr).toMatch(/--fit takes a number, such as 4; "abc" is not one/);
    const reason = await cli(['reject', id, '--reason', 'nope'], { dataDir });
    expect(reason.status).toBe(2);
    expect(reason.stderr).toMatch(/--reason: use one of: generic, .*skills_gap.* \(you gave "nope"\)/);
    const limit = await cli(['list', '--limit', 'x'], { dataDir });
    expect(limit.stderr).toMatch(/--limit: use a number \(you gave "x"\)/);
    for (const r of [fit, reason, limit]) expect(r.stderr).not.toMatch(/expected|received|reasons\.0|NaN/);
    const date = await cli(['reject', id, '--date', '1900-01-01'], { dataDir });
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/--date: 1900-01-01 is too far in the past: use a date from 1970 onwards/);
  });

  it('refuses an unknown reason for insights, listing the valid ones', async () => {
    const r = await cli(['insights', '--reason', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"nope" is not a rejection reason Debrief knows\. Use one of: generic, profile_mismatch, skills_gap/);
    // Names every object has are not reasons either.
    const inherited = await cli(['insights', '--reason', 'toString']);
    expect(inherited.status).toBe(2);
    expect(inherited.stderr).toMatch(/"toString" is not a rejection reason Debrief knows/);
  });

  it('says so when --eml points into a folder that does not exist, before writing anything', async () => {
    const dataDir = freshDataDir();
    const id = await addApp(dataDir);
    expect((await cli(['reject', id], { dataDir })).status).toBe(0);
    const r = await cli(['drafts', id, '--eml', join(dataDir, 'out', 'missing', 'x.eml')], { dataDir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/the folder .*out\/missing does not exist\. Create it first/);
  });
});

describe('id prefixes', SLOW, () => {
  it('says a shared prefix is ambiguous and lists the candidates', async () => {
    const dataDir = freshDataDir();
    // 60 sample applications over a 32-letter alphabet: two ids must share a first letter.
    const seed = await cli(['demo'], { dataDir });
    expect(seed.status).toBe(0);
    const all = (JSON.parse((await cli(['list', '--json', '--limit', '200'], { dataDir })).stdout) as { items: { id: string }[] }).items.map((a) => a.id);
    expect(all.length).toBeGreaterThan(32);
    const shared = all.find((id) => all.filter((other) => other[0] === id[0]).length > 1) ?? '';
    const prefix = shared.slice(0, 1);
    const r = await cli(['show', prefix], { dataDir });
    expect(r.status).toBe(2);
    // Ids are random: now and then more than five of the sixty share the letter, and the message says so.
    expect(r.stderr).toMatch(new RegExp(`"${prefix}" is ambiguous: (\\d+|more than 5) applications have an id starting with it \\(${prefix}\\w+, ${prefix}\\w+`));
    expect((await cli(['show', shared.slice(0, 8)], { dataDir })).status).toBe(0);
  });

  it('accepts a proposal id prefix for proposals dismiss', async () => {
    const dataDir = freshDataDir();
    await addApp(dataDir, 'Quill Analytics');
    const folder = join(dataDir, 'mail');
    mkdirSync(folder);
    const body = 'Hi Ana,\n\nThank you for applying for the Data Analyst role at Quill Analytics. We have decided not to move forward with your application.\n\nBest,\nQuill Analytics Talent';
    writeFileSync(join(folder, 'a.eml'), buildEmail({ from: 'talent@quillanalytics.com', fromName: 'Quill Analytics', subject: 'Your application', body, date: 'Mon, 16 Nov 2026 09:00:00 +0000' }));
    expect((await cli(['import-mail', folder], { dataDir })).status).toBe(0);
    const pending = JSON.parse((await cli(['proposals', '--json'], { dataDir })).stdout) as { id: string }[];
    expect(pending.length).toBeGreaterThan(0);
    const id = pending[0]?.id ?? '';
    const r = await cli(['proposals', 'dismiss', id.slice(0, 6)], { dataDir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Dismissed/);
  });

  it('accepts an application id prefix for proposals accept --application', async () => {
    const dataDir = freshDataDir();
    const added = await cli(['add', '-c', 'Quill Analytics', '-t', 'Data Analyst', '--date', '2026-11-01', '--json'], { dataDir });
    expect(added.status).toBe(0);
    const appId = (JSON.parse(added.stdout) as { id: string }).id;
    const folder = join(dataDir, 'mail');
    mkdirSync(folder);
    const body = 'Hi Ana,\n\nThank you for applying for the Data Analyst role at Quill Analytics. We have decided not to move forward with your application.\n\nBest,\nQuill Analytics Talent';
    writeFileSync(join(folder, 'a.eml'), buildEmail({ from: 'talent@quillanalytics.com', fromName: 'Quill Analytics', subject: 'Your application', body, date: 'Mon, 16 Nov 2026 09:00:00 +0000' }));
    expect((await cli(['import-mail', folder], { dataDir })).status).toBe(0);
    const id = (JSON.parse((await cli(['proposals', '--json'], { dataDir })).stdout) as { id: string }[])[0]?.id ?? '';
    const r = await cli(['proposals', 'accept', id.slice(0, 6), '--application', appId.slice(0, 6)], { dataDir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`is now Rejected [${appId}]`);
  });
});

describe('colour', SLOW, () => {
  it('prints plain text when piped or with NO_COLOR, and colours with FORCE_COLOR', async () => {
    const dataDir = freshDataDir();
    await addApp(dataDir);
    const piped = await cli(['list'], { dataDir, env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
    expect(piped.stdout).toMatch(/Larkspur Labs/);
    expect(piped.stdout).not.toContain(ESC);
    const forced = await cli(['list'], { dataDir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
  });
});
