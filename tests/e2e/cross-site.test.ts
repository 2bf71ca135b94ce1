import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

const mbox = toMbox([
  buildEmail({
    from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Data Analyst',
    body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: 'forged-1', date: '2026-11-12T09:00:00Z',
  }),
]);

/** A page of another site (another port of this computer) that tries to change the seeker's data. */
function attackerPage(appUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Free salary guide</title></head><body>
<form id="mail" method="post" action="${appUrl}/api/mail/import?autoAccept=0.5" enctype="text/plain">
<input type="hidden" name="${mbox.replace(/"/g, '&quot;')}" value="">
</form>
<form id="demo" method="post" action="${appUrl}/api/demo"></form>
<iframe id="framed" title="Debrief in a frame" src="${appUrl}/"></iframe>
</body></html>`;
}

/**
 * A seeker with Debrief open visits another site in the same browser. That
 * site posts a forged mailbox and the sample search to Debrief, and tries to
 * show Debrief inside a frame: nothing changes and nothing is shown.
 */
describe.skipIf(!hasBrowser)('a page of another site', () => {
  let app: TestApp;
  let attacker: Server;
  let attackerUrl = '';
  const counts = async () => {
    const one = async (table: 'mail_messages' | 'applications') =>
      Number((await app.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { messages: await one('mail_messages'), applications: await one('applications') };
  };

  beforeAll(async () => {
    app = await startTestApp();
    const html = attackerPage(app.url);
    attacker = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    await fetch(`${app.url}/api/applications`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-01' }),
    });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (attacker ? attacker.close(() => resolve()) : resolve()));
    await app?.close();
  });

  /** Submits one of the attacker's forms (a top-level navigation to Debrief) and answers its status. */
  async function post(form: string): Promise<number> {
    const page = await app.newPage();
    await page.goto(attackerUrl);
    const answer = page.waitForResponse((r) => r.url().startsWith(`${app.url}/`) && r.request().method() === 'POST');
    await page.evaluate((id) => (document.getElementById(id) as HTMLFormElement).submit(), form);
    return (await answer).status();
  }

  it('cannot import a forged mailbox or load the sample with a form post', async () => {
    const before = await counts();
    expect(await post('mail')).toBe(403);
    expect(await post('demo')).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('cannot import a forged mailbox with a no-cors fetch', async () => {
    const before = await counts();
    const page = await app.newPage();
    await page.goto(attackerUrl);
    const isImport = (r: { url: () => string }) => r.url().startsWith(`${app.url}/api/mail/import`);
    // The browser hides a no-cors answer from the page (and may drop it): wait for the request to end either way.
    const sent = Promise.race([page.waitForEvent('requestfinished', isImport), page.waitForEvent('requestfailed', isImport)]);
    await page.evaluate(
      async ({ target, body }) => {
        await fetch(target, { method: 'POST', mode: 'no-cors', body, headers: { 'content-type': 'text/plain' } }).catch(() => undefined);
      },
      { target: `${app.url}/api/mail/import?autoAccept=0.5`, body: mbox },
    );
    await sent;
    expect(await counts()).toEqual(before);
    const status = await fetch(`${app.url}/api/applications`).then(async (r) => (await r.json()) as { items: { status: string }[] });
    expect(status.items.map((a) => a.status)).toEqual(['applied']);
  });

  it('cannot show Debrief inside a frame', async () => {
    const page = await app.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors|X-Frame-Options/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(attackerUrl);
    const frame = page.frames().find((f) => f.name() === '' && f !== page.mainFrame() && !f.url().startsWith(attackerUrl));
    await page.waitForLoadState('load');
    expect(await frame?.locator('#root').count().catch(() => 0)).toBe(0);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
  });

  it('leaves Debrief itself working under its content security policy', async () => {
    const page = await app.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(e.message));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`)),
    );
    for (const path of ['/', '/board', '/applications', '/applications/new', '/journal', '/insights', '/import-mail', '/companies', '/questions', '/settings']) {
      await page.goto(`${app.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    }
    // a change made by Debrief's own page still goes through
    const created = await page.evaluate(async () => {
      const res = await fetch('/api/applications', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ company: 'Quillon Software', title: 'Product Analyst' }) });
      return res.status;
    });
    expect(created).toBe(201);
    await page.goto(`${app.url}/api/docs`);
    await page.getByRole('heading', { name: /Debrief API/ }).first().waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
  }, 180_000);
});
