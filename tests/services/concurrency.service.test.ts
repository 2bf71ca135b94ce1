import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { zApplicationListQuery } from '../../src/contracts/applications.js';
import { listCompanies } from '../../src/services/companies.service.js';
import { createApplication, listApplications } from '../../src/services/applications.service.js';
import * as mail from '../../src/services/mail-import.service.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { buildApplication, givenApplication } from '../support/builders.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

async function* stream(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

function mailbox(): string {
  return toMbox([
    buildEmail({
      from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Data Analyst',
      body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), messageId: 'rej-twice', date: '2026-11-12T09:00:00Z',
    }),
    buildEmail({
      from: 'jobs@brightwave.io', subject: 'We received your application', body: SAMPLE_TEXTS.received('Brightwave', 'Platform Engineer'),
      messageId: null, date: '2026-11-14T09:00:00Z',
    }),
    buildEmail({ from: 'digest@technews.example', subject: 'Weekly digest', body: SAMPLE_TEXTS.newsletter(), messageId: 'news-twice' }),
  ]);
}

describe.each(testDialects())('writes at the same moment on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('two imports of one mailbox at once store each message once, and count the rest as duplicates', async () => {
    const ctx = await testContext(database, { ownerId: 'u-import-twice' });
    await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' });
    const [a, b] = await Promise.all([mail.importMailbox(ctx, stream(mailbox())), mail.importMailbox(ctx, stream(mailbox()))]);
    expect(a.duplicates + b.duplicates).toBe(3);
    expect(a.proposed + b.proposed).toBe(2);
    expect(a.matched + b.matched).toBe(1);
    expect((a.skipped.not_job_mail ?? 0) + (b.skipped.not_job_mail ?? 0)).toBe(1);
    expect(await mail.listProposals(ctx)).toHaveLength(2);
  });

  it('adding applications at a new company at once creates the company once and every application', async () => {
    const ctx = await testContext(database, { ownerId: 'u-company-race' });
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createApplication(ctx, buildApplication({ company: 'Wrenfield Analytics', title: `Role ${i}` }))),
    );
    expect(new Set(made.map((m) => m.companyId)).size).toBe(1);
    expect((await listCompanies(ctx)).map((c) => c.name)).toEqual(['Wrenfield Analytics']);
    expect((await listApplications(ctx, zApplicationListQuery.parse({}))).total).toBe(6);
  });

  it('moves of one application at once all land', async () => {
    const ctx = await testContext(database, { ownerId: 'u-move-race' });
    const apps = await Promise.all(Array.from({ length: 4 }, (_, i) => givenApplication(ctx, { company: 'Quillon', title: `Role ${i}` })));
    await Promise.all(apps.map((app) => moveApplication(ctx, app.id, { stage: 'screen', occurredOn: '2026-11-10' })));
    const listed = await listApplications(ctx, zApplicationListQuery.parse({}));
    expect(listed.items.map((i) => i.status)).toEqual(['screen', 'screen', 'screen', 'screen']);
  });
});

describe('two connections to one SQLite file (the CLI beside the server)', () => {
  let dir: string;
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'debrief-two-'));
    first = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
    await migrate(first.db);
    second = openDatabase({ sqlitePath: join(dir, 'debrief.sqlite') });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('interleaved transactions that read, then write, both commit (no SQLITE_BUSY_SNAPSHOT)', async () => {
    const one = await testContext(first);
    const two = { ...one, db: second.db };
    const [a, b] = await Promise.all([
      createApplication(one, buildApplication({ company: 'Larkspur Labs', title: 'From the server' })),
      createApplication(two, buildApplication({ company: 'Larkspur Labs', title: 'From the command line' })),
    ]);
    expect(a.companyId).toBe(b.companyId);
    expect((await listApplications(one, zApplicationListQuery.parse({}))).total).toBe(2);
  });
});
