import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zApplicationsExport } from '../../src/contracts/export.js';
import type { Database } from '../../src/db/connect.js';
import { writesJsonLines } from '../../src/db/repos/export.repo.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { drainExport, exportJson, type ExportQuery, type JsonWriter } from '../../src/services/export.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';

/**
 * The JSON export written by the database (SQLite, ADR 0044) must be the text
 * the writer in code makes, byte for byte, whatever the texts hold.
 */
const AWKWARD = [
  'She said "call me" \\ then left',
  'two\nlines\r\nand a\ttab',
  'separators \u2028 and \u2029 inside',
  'emoji 😀 👩🏽‍💻 and flags 🇫🇷',
  '</script><b>&amp;</b> \'single\'',
  'é ü ñ 中文 Ω ½ — “curly”',
  'delete \u007f and escapes \\u0041 \\n',
  '   spaces around   ',
  '{"looks":"like json"}',
  '[1,2,3]',
  'true',
  'null',
  '42',
];

async function text(chunks: AsyncGenerator<Uint8Array, number>): Promise<{ text: string; count: number }> {
  const parts: Uint8Array[] = [];
  const count = await drainExport(chunks, (bytes) => void parts.push(bytes));
  return { text: Buffer.concat(parts).toString('utf8'), count };
}

const SORTS = ['updated', 'applied', 'lastEvent', 'company', 'title', 'fit', 'excitement', 'status'] as const;

describe.each(testDialects())('the JSON export written by the database on %s', (dialect) => {
  let database: Database;
  let ctx: ServiceContext;
  const stored = new Map<string, string>();
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    ctx = await testContext(database, { ownerId: 'local', now: '2026-12-02T15:00:00.000Z' });
    for (const [i, awkward] of AWKWARD.entries()) {
      const app = await givenApplication(ctx, {
        company: `${awkward} ${i}`, title: awkward, date: `2026-10-${String(10 + i).padStart(2, '0')}`, notes: awkward, referrer: i % 2 ? awkward : null,
        location: awkward, resumeVersion: i % 3 ? null : awkward, referral: i % 2 === 0, tailored: i % 3 === 0, fit: i % 4 === 0 ? null : (i % 5) + 1,
        excitement: i % 5 === 0 ? null : 5, salaryMin: i % 2 ? 0 : null, salaryMax: i % 2 ? 100_000_000 : null, salaryCurrency: i % 2 ? 'EUR' : null,
        remote: i % 2 ? 'hybrid' : null, jobUrl: i % 2 ? `https://example.com/jobs/${i}?q="a b"&x=\\` : null,
        tags: i % 3 === 2 ? [] : [`tag ${awkward.slice(0, 20)}`, 'zeta', 'alpha "quoted"', 'emoji 😀'],
      }, ['screen']);
      await moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-20', round: (i % 3) + 1, interviewType: i % 2 ? 'technical' : null, note: awkward });
      if (i % 4 === 0) await moveApplication(ctx, app.id, { stage: 'rejected', occurredOn: '2026-11-20', note: null });
      stored.set(app.id, awkward.trim());
    }
    // Text written before the contract's rule on control characters (or by another tool) is exported as it is.
    const raw = dialect === 'sqlite' ? 'controls \u0000 \u0001 \u001f \b \f end' : 'controls \u0001 \u001f \b \f end';
    const old = await givenApplication(ctx, { company: 'Old data', title: 'Written long ago', date: '2026-09-01' });
    await sql`update applications set notes = ${raw}, title = ${raw} where id = ${old.id}`.execute(ctx.db);
    await sql`update stage_events set note = ${raw} where application_id = ${old.id}`.execute(ctx.db);
    stored.set(old.id, raw);
    await givenApplication(ctx, { company: 'Plain', title: 'Nothing set', date: '2026-09-02' });
    const other = await testContext(database, { ownerId: 'u-someone-else', now: '2026-12-02T15:00:00.000Z' });
    await givenApplication(other, { company: 'Not yours', title: AWKWARD[0]!, tags: ['zeta'] }, ['screen']);
  }, 120_000);
  afterAll(async () => {
    await database.close();
  });

  it('is the database on SQLite and the code on PostgreSQL', () => {
    expect(writesJsonLines(ctx.db)).toBe(dialect === 'sqlite');
  });

  it('writes the same text as the writer in code, for every sort in both orders, page after page', { timeout: 120_000 }, async () => {
    const writers: JsonWriter[] = dialect === 'sqlite' ? ['database', 'code'] : ['code'];
    for (const sort of SORTS) {
      for (const order of ['asc', 'desc'] as const) {
        const query: ExportQuery = { sort, order };
        const [byDefault, ...others] = await Promise.all([text(exportJson(ctx, query, 4)), ...writers.map((w) => text(exportJson(ctx, query, 4, w)))]);
        expect(byDefault!.count).toBe(AWKWARD.length + 2);
        for (const other of others) expect(other.text, `${sort} ${order}`).toBe(byDefault!.text);
      }
    }
    // Filtered like the list, and a page holding everything.
    for (const query of [{ q: 'emoji', sort: 'company', order: 'asc' }, { tag: 'zeta', sort: 'updated', order: 'desc' }, { status: ['rejected'], sort: 'applied', order: 'asc' }] as ExportQuery[]) {
      const texts = await Promise.all(writers.map((w) => text(exportJson(ctx, query, 500, w))));
      expect(texts[0]!.count, JSON.stringify(query)).toBeGreaterThan(0);
      for (const t of texts) expect(t.text, JSON.stringify(query)).toBe(texts[0]!.text);
    }
  });

  it('gives back every awkward text, number, boolean and null as it was stored', async () => {
    const doc = zApplicationsExport.parse(JSON.parse((await text(exportJson(ctx, { sort: 'applied', order: 'asc' }))).text));
    expect(doc.applications.map((a) => a.company)).not.toContain('Not yours');
    for (const a of doc.applications) {
      const awkward = stored.get(a.id);
      if (awkward === undefined) {
        expect(a).toMatchObject({ company: 'Plain', notes: null, referrer: null, fit: null, salaryMin: null, tags: [], referral: false });
        continue;
      }
      expect(a.notes).toBe(awkward);
      expect(a.events.map((e) => e.note?.trim())).toContain(awkward.trim());
    }
    const first = doc.applications.find((a) => a.title === AWKWARD[1]);
    expect(first).toMatchObject({ notes: AWKWARD[1], referrer: AWKWARD[1], salaryMin: 0, salaryMax: 100_000_000, salaryCurrency: 'EUR', referral: false, tailored: false, fit: 2 });
    expect(first?.tags).toEqual(['alpha "quoted"', 'emoji 😀', 'tag two\nlines\r\nand a\ttab', 'zeta']);
    expect(first?.events.map((e) => [e.order, e.stage, e.round, e.interviewType])).toEqual([[1, 'applied', null, null], [2, 'screen', null, null], [3, 'interview', 2, 'technical']]);
  });
});
