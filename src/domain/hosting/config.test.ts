import { describe, expect, it } from 'vitest';
import { isHostedMode, readHostedConfig } from './config.js';

const base = { DATABASE_URL: 'postgres://u:p@db:5432/debrief', PUBLIC_URL: 'https://debrief.example.org/' };

describe('hosted configuration', () => {
  it('is chosen by the flag or DEBRIEF_MODE=hosted, and local stays the default', () => {
    expect(isHostedMode({}, undefined)).toBe(false);
    expect(isHostedMode({ DEBRIEF_MODE: 'local' }, undefined)).toBe(false);
    expect(isHostedMode({ DEBRIEF_MODE: 'hosted' }, undefined)).toBe(true);
    expect(isHostedMode({}, true)).toBe(true);
  });

  it('reads the public address, the sign-up policy and the mail server', () => {
    const r = readHostedConfig({ ...base, DEBRIEF_SIGNUP: 'Open', SMTP_URL: 'smtp://mail:25' });
    expect(r).toEqual({
      ok: true,
      config: expect.objectContaining({ publicUrl: 'https://debrief.example.org', secure: true, signup: 'open', smtpUrl: 'smtp://mail:25', secret: null }),
    });
  });

  it('defaults to invitations only, no mail server, and plain http is not Secure', () => {
    const r = readHostedConfig({ ...base, PUBLIC_URL: 'http://localhost:8080' });
    expect(r.ok && r.config).toMatchObject({ signup: 'invite', smtpUrl: null, secure: false, mailFrom: 'Debrief <debrief@localhost>' });
  });

  it('refuses SQLite, a missing address and unknown policies with clear reasons', () => {
    const r = readHostedConfig({ PUBLIC_URL: 'ftp://x', DEBRIEF_SIGNUP: 'maybe', DEBRIEF_SECRET: 'short' });
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems.join('\n');
    expect(problems).toContain('Hosted mode needs PostgreSQL');
    expect(problems).toContain('PUBLIC_URL "ftp://x"');
    expect(problems).toContain('DEBRIEF_SIGNUP must be open, invite or closed');
    expect(problems).toContain('DEBRIEF_SECRET must be at least 32');
    const sqlite = readHostedConfig({ ...base, DATABASE_URL: 'file:debrief.sqlite' });
    expect(sqlite.ok ? '' : sqlite.problems[0]).toMatch(/needs PostgreSQL.*SQLite serves local mode only/);
  });
});
