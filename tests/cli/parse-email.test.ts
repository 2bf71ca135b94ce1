import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, freshDataDir } from '../support/cli.js';

describe('debrief parse-email (the evaluation contract)', () => {
  it('reads JSON lines and answers one line per input, in order, with an error line for bad input', async () => {
    const input = [
      JSON.stringify({ id: 'a1', subject: 'Your application', text: 'Dear Kim,\n\nThank you for applying. Unfortunately we have decided not to move forward with your application.\n\nKind regards,\nThe Talent Team' }),
      '{this is not json',
      JSON.stringify({ id: 'a3' }),
      JSON.stringify({ id: 'a4', text: 'Hi Kim, we would love to invite you to a first interview next week. Please pick a slot.' }),
    ].join('\n');
    const r = await cli(['parse-email', '--jsonl'], { input });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.id)).toEqual(['a1', null, 'a3', 'a4']);
    expect(lines[0]).toMatchObject({ kind: 'rejection', stage: 'application', feedback: false });
    expect(lines[0]?.reasons).toEqual(['generic']);
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toHaveProperty('error');
    expect(lines[3]).toMatchObject({ kind: 'interview_invite' });
  });

  it('reads one .eml file in quoted-printable and prints one JSON object', async () => {
    const eml = [
      'From: Priya Shah <priya@larkspurlabs.example>',
      'To: kim@example.org',
      'Subject: Your interview for Data Analyst',
      'Message-ID: <abc@larkspurlabs.example>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hi Kim,',
      '',
      'Thank you for meeting the team last week. We were impressed, but we have decided =',
      'to offer the role to a candidate with more experience in SQL and dbt.',
      '',
      'We would be happy to share more feedback if you would find it useful, and we will keep your CV on file for future roles.',
      '',
      'Best,',
      'Priya',
    ].join('\r\n');
    const file = join(freshDataDir(), 'message.eml');
    writeFileSync(file, eml);
    const r = await cli(['parse-email', file, '--json']);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ kind: 'rejection', stage: 'interview', feedbackOffered: true, doorOpen: true });
    expect(result.reasons).toContain('skills_gap');
  });
  it('says so when the message is empty, instead of reading nothing as a message', async () => {
    const file = join(freshDataDir(), 'empty.txt');
    writeFileSync(file, '  \n\n ');
    const r = await cli(['parse-email', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is empty: there is no message to read');
    expect(r.stdout).toBe('');
    const lines = await cli(['parse-email', '--jsonl'], { input: JSON.stringify({ id: 'e1', text: '   ' }) });
    expect(lines.status).toBe(0);
    expect(JSON.parse(lines.stdout.trim())).toEqual({ id: 'e1', error: 'empty "text": there is no message to read' });
  });

  it('stops quietly when the reader of its output stops early (`| head`), without a stack trace', async () => {
    const dir = freshDataDir();
    const file = join(dir, 'long.txt');
    // one sentence of 2 MB that gives a reason, feedback and a door: its evidence is far longer than a pipe holds
    writeFileSync(file, 'Hi Kim,\n\n' + 'we decided in favour of a candidate who was further ahead in terms of experience and it ran well over the word limit and keep an eye on our page '.repeat(14_000));
    const root = join(import.meta.dirname, '..', '..');
    // a real shell pipe, as a user types it: `head` closes its end after the first line
    const script = '"$0" parse-email "$1" 2>"$2" | head -n 1 >/dev/null; echo "${PIPESTATUS[0]}"';
    const child = spawn('bash', ['-c', script, join(root, 'bin', 'debrief'), file, join(dir, 'stderr.txt')], { cwd: root, env: { ...process.env, DEBRIEF_DATA_DIR: dir, DATABASE_URL: '', NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    await new Promise((resolve) => child.once('close', resolve));
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).not.toMatch(/EPIPE|Unhandled|at .*\(node:/);
    expect(stdout.trim()).toBe('0');
  });
});
