import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

describe('debrief serve --hosted', () => {
  it('refuses SQLite with a clear message, and names what is missing', async () => {
    const r = await cli(['serve', '--hosted', '--port', '0'], { env: { DATABASE_URL: '', PUBLIC_URL: undefined } });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Hosted mode needs PostgreSQL');
    expect(r.stderr).toContain('SQLite serves local mode only');
    expect(r.stderr).toContain('PUBLIC_URL');
  });

  it('reads DEBRIEF_MODE=hosted too, and checks the sign-up policy', async () => {
    const r = await cli(['serve', '--port', '0'], {
      env: { DEBRIEF_MODE: 'hosted', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PUBLIC_URL: 'https://debrief.example.org', DEBRIEF_SIGNUP: 'sometimes' },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('DEBRIEF_SIGNUP must be open, invite or closed');
    expect(r.stderr).not.toContain('needs PostgreSQL');
  });

  it('admin create needs PostgreSQL too', async () => {
    const r = await cli(['admin', 'create', '--email', 'root@example.org', '--password-stdin'], { input: 'a long enough password', env: { DATABASE_URL: '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Hosted mode needs PostgreSQL');
  });
});
