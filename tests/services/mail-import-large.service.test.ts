import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { MAX_MESSAGE_BYTES } from '../../src/domain/mail/index.js';
import * as mail from '../../src/services/mail-import.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { cli, freshDataDir } from '../support/cli.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';
import { buildEmail, mboxEntry, SAMPLE_TEXTS } from '../support/mail.js';

const MB = 1024 * 1024;
const enc = new TextEncoder();

const rejection = (tag: string) =>
  mboxEntry(buildEmail({
    from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Senior Data Scientist',
    body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Senior Data Scientist'), messageId: `big-${tag}`, date: '2026-11-12T09:00:00Z',
  }));

/** A message of `megabytes` with a base64 attachment, written as it streams: never whole in memory. */
function* hugeMessage(tag: string, megabytes: number): Generator<Uint8Array> {
  yield enc.encode(
    `From MAILER-DAEMON Tue Nov 10 09:00:00 2026\nFrom: "Larkspur Labs Talent" <talent@larkspurlabs.com>\nSubject: Your portfolio, attached\n` +
      `Message-ID: <huge-${tag}@mail.test>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nSee attached.\n` +
      `--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n`,
  );
  const block = enc.encode(`${'JVBERi0xLjQK'.repeat(6)}\n`.repeat(14_000)); // ~1 MB of base64 lines
  for (let i = 0; i < megabytes; i++) yield block;
  yield enc.encode('--b--\n\n');
}

/** A mailbox of ~`megabytes`: small rejections around one huge message and one line without end. */
async function* largeMailbox(tag: string, megabytes: number): AsyncGenerator<Uint8Array> {
  yield enc.encode(rejection(`${tag}-1`));
  yield* hugeMessage(tag, megabytes);
  yield enc.encode(`From MAILER-DAEMON Tue Nov 10 09:00:00 2026\nSubject: One very long line\nMessage-ID: <line-${tag}@mail.test>\n\n`);
  const line = enc.encode('A'.repeat(MB));
  for (let i = 0; i < 11; i++) yield line;
  yield enc.encode('\n\n');
  yield enc.encode(rejection(`${tag}-2`));
}

describe.each(testDialects())('importing a large mailbox on %s', (dialect) => {
  let database: Database;
  let ctx: ServiceContext;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    ctx = await testContext(database);
    await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Senior Data Scientist' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('skips messages over the size limit with a reason, reads the others, and knows them all next time', async () => {
    const summary = await mail.importMailbox(ctx, largeMailbox('a', 50));
    expect(summary.bytes).toBeGreaterThan(55 * MB);
    expect(summary).toMatchObject({ read: 4, errors: 0, duplicates: 0, skipped: { too_large: 2 } });
    expect(summary.proposed).toBeGreaterThanOrEqual(1);
    const skipped = await database.db.selectFrom('mail_messages').select(['subject', 'skip_reason']).where('skip_reason', '=', 'too_large').orderBy('subject').execute();
    expect(skipped).toEqual([
      { subject: 'One very long line', skip_reason: 'too_large' },
      { subject: 'Your portfolio, attached', skip_reason: 'too_large' },
    ]);
    const again = await mail.importMailbox(ctx, largeMailbox('a', 50));
    expect(again).toMatchObject({ read: 4, duplicates: 4, proposed: 0 });
  });
});

describe('import-mail with a folder holding a message too large to read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-eml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the skipped message and its reason', async () => {
    writeFileSync(join(dir, '1.eml'), buildEmail({ subject: 'Weekly digest', body: SAMPLE_TEXTS.newsletter(), messageId: 'small-1' }));
    writeFileSync(join(dir, '2.eml'), Buffer.concat([...hugeMessage('eml', Math.ceil(MAX_MESSAGE_BYTES / MB) + 1)].map((b) => Buffer.from(b))));
    const data = freshDataDir();
    const json = await cli(['import-mail', dir, '--json'], { dataDir: data });
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({ read: 2, skipped: { not_job_mail: 1, too_large: 1 } });
    const table = await cli(['import-mail', dir], { dataDir: freshDataDir() });
    // eslint-disable-next-line no-control-regex
    const plain = table.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/skipped: larger than 10 MB \(big attachments\): not read\W+1\b/);
  }, 180_000);
});
