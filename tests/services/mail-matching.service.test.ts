import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import * as apps from '../../src/services/applications.service.js';
import * as mail from '../../src/services/mail-import.service.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';

async function* stream(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

const FINAL_INVITE =
  'Hi Alex,\n\nGreat news: the team would like to invite you to the final round of interviews for the Data Analyst role. It is an onsite with the head of data and two team members. Please let us know your availability next week.\n\nBest,\nHannah Okafor\nLarkspur Labs';

describe.each(testDialects())('matching mail on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('files a rejection under the open application when an ended one has the same title', async () => {
    const ctx = await testContext(database, { ownerId: 'u-match-open' });
    const old = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-08-01' }, ['ghosted']);
    const open = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-11-01' }, ['interview']);
    const box = toMbox([
      buildEmail({ from: 'talent@larkspurlabs.com', subject: 'Your application: Data Analyst', body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Data Analyst'), date: '2026-11-12T09:00:00Z' }),
    ]);
    await mail.importMailbox(ctx, stream(box));
    const [proposal] = await mail.listProposals(ctx);
    expect(proposal?.application?.id).toBe(open.id);
    expect(proposal?.score).toBeGreaterThan(0.65);
    await mail.acceptProposal(ctx, proposal!.id);
    expect((await apps.getApplication(ctx, open.id)).status).toBe('rejected');
    expect((await apps.getApplication(ctx, old.id)).status).toBe('ghosted');
  });

  it('proposes a final-round invitation as final, and accepting it moves the application to Final round', async () => {
    const ctx = await testContext(database, { ownerId: 'u-match-final' });
    const app = await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst' }, ['interview']);
    const box = toMbox([
      buildEmail({ from: 'hannah@larkspurlabs.com', fromName: 'Hannah Okafor', subject: 'Next steps: Data Analyst', body: FINAL_INVITE, date: '2026-11-12T09:00:00Z' }),
      buildEmail({ from: 'jobs@quillon.io', subject: 'Interview invitation', body: SAMPLE_TEXTS.interview('Quillon', 'Product Analyst'), date: '2026-11-13T09:00:00Z' }),
    ]);
    await mail.importMailbox(ctx, stream(box));
    const queue = await mail.listProposals(ctx);
    expect(queue.map((p) => [p.kind, p.stage])).toEqual([
      ['interview_invite', 'final'],
      ['interview_invite', 'interview'],
    ]);
    await mail.acceptProposal(ctx, queue[0]!.id);
    expect((await apps.getApplication(ctx, app.id)).status).toBe('final');
  });
});
