import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ownedTables } from '../../src/db/repos/accounts.repo.js';
import { ACCOUNT_EXPORT_LEAVES_OUT } from '../../src/domain/backup/tables.js';
import { createAdminAccount, hostedRuntime } from '../../src/server/hosted.js';
import { freshDatabase, testDialects } from '../support/databases.js';
import { hostedTestApp, PASSWORD, PUBLIC_URL, sessionCookie, type HostedTestApp } from '../support/hosted.js';

/** Hosted mode's accounts, through the API as a browser uses it (PostgreSQL only: hosted mode needs it). */
const onPostgres = testDialects().includes('postgres');

async function countOwnedRows(database: Database, ownerId: string, only?: readonly string[]): Promise<number> {
  const { owned } = await ownedTables(database.db);
  let total = 0;
  for (const table of owned.filter((t) => !only || only.includes(t))) {
    const r = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)} where owner_id = ${ownerId}`.execute(database.db);
    total += Number(r.rows[0]?.n ?? 0);
  }
  return total;
}

describe.runIf(onPostgres)('hosted accounts (PostgreSQL)', () => {
  describe('open sign-up, no mail server', () => {
    let database: Database;
    let h: HostedTestApp;
    let admin: { cookie: string; id: string };
    let ann: { cookie: string; id: string };

    beforeAll(async () => {
      database = await freshDatabase('postgres');
      h = await hostedTestApp(database);
      admin = await h.account('ada@example.org');
      ann = await h.account('ann@example.org');
    }, 60_000);
    afterAll(() => database?.close());

    it('says which mode it is in and who is signed in, and refuses the API without a session', async () => {
      const anonymous = await (await h.request('GET', '/api/session')).json();
      expect(anonymous).toMatchObject({ mode: 'hosted', account: null, signup: 'open', mail: false });
      const r = await h.request('GET', '/api/applications');
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual({ error: { code: 'unauthorized', message: 'Please sign in to continue.' } });
      expect(((await (await h.request('GET', '/api/session', { cookie: ann.cookie })).json()) as { account: unknown }).account).toMatchObject({ email: 'ann@example.org', role: 'user' });
    });

    it('makes the first account the administrator, and only the first', async () => {
      const accounts = (await (await h.request('GET', '/api/admin/accounts', { cookie: admin.cookie })).json()) as { email: string; role: string }[];
      expect(accounts.map((a) => [a.email, a.role])).toEqual([['ada@example.org', 'admin'], ['ann@example.org', 'user']]);
      expect((await h.request('GET', '/api/admin/accounts', { cookie: ann.cookie })).status).toBe(404);
    });

    it('sets the session cookie HttpOnly and SameSite=Lax (Secure only behind https)', async () => {
      const r = await h.request('POST', '/api/auth/sign-in/email', { body: { email: 'ann@example.org', password: PASSWORD } });
      const cookie = r.headers.getSetCookie().find((c) => c.includes('session_token'))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/);
      const https = await hostedTestApp(database, { env: { PUBLIC_URL: 'https://debrief.example.org' } });
      const s = await https.app.request('https://debrief.example.org/api/auth/sign-in/email', {
        method: 'POST',
        headers: { origin: 'https://debrief.example.org', 'content-type': 'application/json', 'x-forwarded-for': '10.9.9.9' },
        body: JSON.stringify({ email: 'ann@example.org', password: PASSWORD }),
      });
      const secure = s.headers.getSetCookie().find((c) => c.includes('session_token'))!;
      expect(secure).toMatch(/^__Secure-/);
      expect(secure).toMatch(/Secure/);
    });

    it('answers a sign-up for a taken address exactly like a new one (no account enumeration)', async () => {
      const taken = await h.signUp('ann@example.org');
      const fresh = await h.signUp('new-person@example.org');
      expect(taken.status).toBe(200);
      expect(fresh.status).toBe(200);
      const shape = (b: { user: Record<string, unknown> }) => Object.keys(b.user).sort();
      type SignUpAnswer = { user: Record<string, unknown> };
      expect(shape((await taken.json()) as SignUpAnswer)).toEqual(shape((await fresh.json()) as SignUpAnswer));
      const unknownReset = await h.request('POST', '/api/auth/request-password-reset', { body: { email: 'nobody@example.org', redirectTo: '/reset-password' } });
      const knownReset = await h.request('POST', '/api/auth/request-password-reset', { body: { email: 'ann@example.org', redirectTo: '/reset-password' } });
      expect(unknownReset.status).toBe(knownReset.status);
      expect(await unknownReset.json()).toEqual(await knownReset.json());
    });

    it('keeps a reset link for the administrator when there is no mail server; the reset ends old sessions', async () => {
      await h.request('POST', '/api/auth/request-password-reset', { body: { email: 'ann@example.org', redirectTo: '/reset-password' } });
      const links = (await (await h.request('GET', '/api/admin/links', { cookie: admin.cookie })).json()) as { email: string; kind: string; url: string }[];
      const link = links.find((l) => l.email === 'ann@example.org' && l.kind === 'reset')!;
      expect(link.url.startsWith(`${PUBLIC_URL}/reset-password?token=`)).toBe(true);
      const token = new URL(link.url).searchParams.get('token')!;
      const reset = await h.request('POST', '/api/auth/reset-password', { body: { token, newPassword: 'a brand new passphrase' } });
      expect(reset.status).toBe(200);
      expect((await h.request('GET', '/api/applications', { cookie: ann.cookie })).status).toBe(401);
      ann.cookie = await h.signIn('ann@example.org', 'a brand new passphrase');
      expect((await h.request('GET', '/api/applications', { cookie: ann.cookie })).status).toBe(200);
      const after = (await (await h.request('GET', '/api/admin/links', { cookie: admin.cookie })).json()) as { email: string }[];
      expect(after.filter((l) => l.email === 'ann@example.org')).toEqual([]);
    });

    it('limits sign-in attempts from one address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await h.request('POST', '/api/auth/sign-in/email', { body: { email: 'ada@example.org', password: 'wrong password!' }, headers: { 'x-forwarded-for': '10.200.0.1' } });
        statuses.push(r.status);
      }
      expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    });

    it('disabling an account ends its sessions at once and keeps it out', async () => {
      const bea = await h.account('bea@example.org');
      expect((await h.request('GET', '/api/board', { cookie: bea.cookie })).status).toBe(200);
      const r = await h.request('POST', `/api/admin/accounts/${bea.id}/disable`, { cookie: admin.cookie });
      expect(await r.json()).toMatchObject({ email: 'bea@example.org', disabled: true });
      expect((await h.request('GET', '/api/board', { cookie: bea.cookie })).status).toBe(401);
      const again = await h.request('POST', '/api/auth/sign-in/email', { body: { email: 'bea@example.org', password: PASSWORD } });
      expect(again.status).toBe(403);
      expect((await h.request('POST', `/api/admin/accounts/${admin.id}/disable`, { cookie: admin.cookie })).status).toBe(409);
      await h.request('POST', `/api/admin/accounts/${bea.id}/enable`, { cookie: admin.cookie });
      expect(await h.signIn('bea@example.org')).toContain('session_token');
    });

    it('reads the session on every request: a tampered cookie, an ended, expired or banned session are refused at once; a due one is refreshed', async () => {
      const cy = await h.account('cy@example.org');
      const token = decodeURIComponent(/session_token=([^;]+)/.exec(cy.cookie)![1]!);
      const rawToken = token.slice(0, token.lastIndexOf('.'));
      const board = (cookie: string) => h.request('GET', '/api/board', { cookie }).then((r) => r.status);
      expect(await board(cy.cookie)).toBe(200);

      // A signature that does not hold, or none: no session, even with a real token.
      const tampered = cy.cookie.replace(/session_token=[^;]+/, `session_token=${encodeURIComponent(`${rawToken}.${'A'.repeat(43)}=`)}`);
      expect(await board(tampered)).toBe(401);
      expect(await board(cy.cookie.replace(/session_token=[^;]+/, `session_token=${encodeURIComponent(rawToken)}`))).toBe(401);

      // Due for its daily refresh: better-auth extends it, and the request goes on.
      const soon = new Date(Date.now() + 12 * 86_400_000);
      await database.db.updateTable('auth_session').set({ expiresAt: soon }).where('token', '=', rawToken).execute();
      expect(await board(cy.cookie)).toBe(200);
      const refreshed = await database.db.selectFrom('auth_session').select('expiresAt').where('token', '=', rawToken).executeTakeFirstOrThrow();
      expect(new Date(refreshed.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13.9 * 86_400_000);

      // Expired: refused, and the row is gone.
      await database.db.updateTable('auth_session').set({ expiresAt: new Date(Date.now() - 1000) }).where('token', '=', rawToken).execute();
      expect(await board(cy.cookie)).toBe(401);
      expect(await database.db.selectFrom('auth_session').select('id').where('token', '=', rawToken).executeTakeFirst()).toBeUndefined();

      // Ended elsewhere (its row deleted, as sign-out everywhere does) or banned: the very next request is refused.
      const again = await h.account('cy@example.org');
      expect(await board(again.cookie)).toBe(200);
      await database.db.updateTable('auth_user').set({ banned: true }).where('id', '=', again.id).execute();
      expect(await board(again.cookie)).toBe(401);
      await database.db.updateTable('auth_user').set({ banned: false }).where('id', '=', again.id).execute();
      expect(await board(again.cookie)).toBe(200);
      await database.db.deleteFrom('auth_session').where('userId', '=', again.id).execute();
      expect(await board(again.cookie)).toBe(401);
    });

    it('exports every row I own, and deleting my account removes them all', async () => {
      const cat = await h.account('cat@example.org');
      expect((await h.request('POST', '/api/demo', { cookie: cat.cookie })).status).toBe(201);
      const response = await h.request('GET', '/api/account/export', { cookie: cat.cookie });
      const exported = (await response.json()) as { format: string; account: { email: string }; tables: Record<string, unknown[]>; held: Record<string, unknown[]> };
      // The backup's format (it restores as it is), with the account and the rows a backup leaves out.
      expect(exported.format).toBe('debrief-backup');
      expect(exported.account.email).toBe('cat@example.org');
      expect(exported.tables.applications!.length).toBeGreaterThan(10);
      expect(exported.tables.stage_events!.length).toBeGreaterThan(10);
      const all = (tables: Record<string, unknown[]>) => Object.values(tables).reduce((n, rows) => n + rows.length, 0);
      const derived = await countOwnedRows(database, cat.id, ACCOUNT_EXPORT_LEAVES_OUT);
      expect(await countOwnedRows(database, cat.id)).toBe(all(exported.tables) + all(exported.held) + derived);
      expect(JSON.stringify(exported)).not.toMatch(/token_hash|"password"/);
      // Restored into another account of the same server, as a person moving their search would.
      const dan = await h.account('dan@example.org');
      const restored = await h.request('POST', '/api/backup/restore', { cookie: dan.cookie, body: exported });
      expect(restored.status, await restored.clone().text()).toBe(200);
      expect(((await restored.json()) as { applications: number }).applications).toBe(exported.tables.applications!.length);
      const annBefore = await countOwnedRows(database, ann.id);

      const wrong = await h.request('DELETE', '/api/account', { cookie: cat.cookie, body: { email: 'someone@example.org' } });
      expect(wrong.status).toBe(400);
      const gone = await h.request('DELETE', '/api/account', { cookie: cat.cookie, body: { email: 'cat@example.org' } });
      expect(gone.status).toBe(204);
      expect(await countOwnedRows(database, cat.id)).toBe(0);
      expect(await database.db.selectFrom('users').where('id', '=', cat.id).selectAll().execute()).toEqual([]);
      expect(await database.db.selectFrom('auth_user').where('id', '=', cat.id).selectAll().execute()).toEqual([]);
      expect((await h.request('GET', '/api/board', { cookie: cat.cookie })).status).toBe(401);
      expect(await countOwnedRows(database, ann.id)).toBe(annBefore);
    });

    it('lets an administrator delete an account with everything it owns', async () => {
      const dan = await h.account('dan@example.org');
      await h.request('POST', '/api/demo', { cookie: dan.cookie });
      expect(await countOwnedRows(database, dan.id)).toBeGreaterThan(0);
      expect((await h.request('DELETE', `/api/admin/accounts/${dan.id}`, { cookie: ann.cookie })).status).toBe(404);
      expect((await h.request('DELETE', `/api/admin/accounts/${dan.id}`, { cookie: admin.cookie })).status).toBe(204);
      expect(await countOwnedRows(database, dan.id)).toBe(0);
    });

    it('knows the owner of every table, so export and deletion miss nothing', async () => {
      expect((await ownedTables(database.db)).unknown).toEqual([]);
    });
  });

  describe('sign-up by invitation, mail through a mail server', () => {
    let database: Database;
    let h: HostedTestApp;
    let admin: { cookie: string; id: string };

    beforeAll(async () => {
      database = await freshDatabase('postgres');
      h = await hostedTestApp(database, { env: { DEBRIEF_SIGNUP: 'invite' }, withMail: true });
      // The first account needs no invitation: someone has to administer.
      const first = await h.signUp('ada@example.org');
      expect(first.status).toBe(200);
      const verify = h.mail.find((m) => m.to === 'ada@example.org')!;
      const url = /https?:\/\/\S+/.exec(verify.text)![0];
      const confirmed = await h.request('GET', url.replace(PUBLIC_URL, ''));
      expect(confirmed.status).toBeLessThan(400);
      admin = { cookie: await h.signIn('ada@example.org'), id: '' };
    }, 60_000);
    afterAll(() => database?.close());

    it('refuses a sign-up without an invitation, and accepts one link once', async () => {
      const refused = await h.signUp('eve@example.org');
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { message: string }).message).toContain('by invitation');

      const made = await h.request('POST', '/api/admin/invitations', { cookie: admin.cookie, body: { email: 'fay@example.org' } });
      expect(made.status).toBe(201);
      const invitation = (await made.json()) as { id: string; url: string };
      const invitationMail = h.mail.find((m) => m.to === 'fay@example.org')!;
      expect(invitationMail.text).toContain(invitation.url);
      const token = new URL(invitation.url).searchParams.get('invitation')!;
      const stored = await database.db.selectFrom('invitations').select('token_hash').where('id', '=', invitation.id).executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(token);

      expect((await h.signUp('fay@example.org', { invitation: token })).status).toBe(200);
      expect((await h.signUp('gus@example.org', { invitation: token })).status).toBe(403);
      const listed = (await (await h.request('GET', '/api/admin/invitations', { cookie: admin.cookie })).json()) as { usedAt: string | null; url?: string }[];
      expect(listed[0]!.usedAt).not.toBeNull();
      expect(listed[0]!.url).toBeUndefined();
    });

    it('asks to confirm the address before the first sign-in', async () => {
      const before = await h.request('POST', '/api/auth/sign-in/email', { body: { email: 'fay@example.org', password: PASSWORD } });
      expect(before.status).toBe(403);
      const mail = h.mail.filter((m) => m.to === 'fay@example.org').at(-1)!;
      const url = /https?:\/\/\S+verify-email\S+/.exec(mail.text)![0];
      await h.request('GET', url.replace(PUBLIC_URL, ''));
      expect(sessionCookie(await h.request('POST', '/api/auth/sign-in/email', { body: { email: 'fay@example.org', password: PASSWORD } }))).toContain('session_token');
    });

    it('sends the reset link by mail', async () => {
      await h.request('POST', '/api/auth/request-password-reset', { body: { email: 'fay@example.org', redirectTo: '/reset-password' } });
      expect(h.mail.at(-1)).toMatchObject({ to: 'fay@example.org', subject: 'Choose a new Debrief password' });
    });
  });

  it('closed sign-up refuses everyone; `debrief admin create` makes the administrator', async () => {
    const database = await freshDatabase('postgres');
    try {
      const h = await hostedTestApp(database, { env: { DEBRIEF_SIGNUP: 'closed' } });
      expect((await h.signUp('zoe@example.org')).status).toBe(403);
      const runtime = await hostedRuntime(database.db, h.config, { mailer: null });
      const made = await createAdminAccount(runtime, database.db, { email: 'Root@Example.org', name: 'Root', password: PASSWORD });
      expect(made.created).toBe(true);
      const cookie = await h.signIn('root@example.org');
      expect((await h.request('GET', '/api/admin/accounts', { cookie })).status).toBe(200);
      expect((await h.signUp('root@example.org')).status).toBe(403);
    } finally {
      await database.close();
    }
  });
});
