import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import * as debrief from '../../src/services/debrief.service.js';
import { saveReflection } from '../../src/services/reflection.service.js';
import { givenApplication } from '../support/builders.js';
import { cli, freshDataDir } from '../support/cli.js';

/** A data folder whose question bank holds three questions from one debrief. */
async function givenBank(dataDir: string): Promise<void> {
  const database = openDatabase({ sqlitePath: join(dataDir, 'debrief.sqlite') });
  await migrate(database.db);
  await ensureUser(database.db, 'local', 'Me', new Date().toISOString());
  const ctx = { db: database.db, ownerId: 'local', now: () => new Date() };
  const app = await givenApplication(ctx, { company: 'Northwind', title: 'Backend Engineer', date: '2026-11-01' }, ['interview']);
  await debrief.recordRejection(ctx, app.id, { channel: 'email' });
  await saveReflection(ctx, app.id, { answers: [{ promptId: 'struggled_questions.list', value: 'Tell me about a conflict\nDesign a rate limiter\nWhy us?' }] });
  await database.close();
}

describe('debrief practice', { timeout: 120_000 }, () => {
  const dataDir = freshDataDir();
  beforeAll(async () => {
    await givenBank(dataDir);
  });

  it('runs a session with keys: space reveals, 1–4 rates, q stops', async () => {
    const r = await cli(['practice'], { dataDir, input: ' 1 4q' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/3 questions to practise \(0 due, 3 new\)/);
    expect(r.stdout).toMatch(/Question 1 of 3 · from Northwind · new\n {2}(Tell me about a conflict|Design a rate limiter|Why us\?)\n/);
    expect(r.stdout).toMatch(/1 again \(in \d+ minutes?\) · 2 hard/);
    expect(r.stdout).toMatch(/Again: it comes back in \d+ minutes?\./);
    expect(r.stdout).toMatch(/Easy: it comes back in \d+ (days|weeks)\./);
    expect(r.stdout).toMatch(/Practised 2 questions\. Well done\./);
  });

  it('prints what is due as JSON, and rates one by a short id from a script', async () => {
    const before = JSON.parse((await cli(['practice', '--json'], { dataDir })).stdout) as { items: { questionId: string; isNew: boolean }[]; fresh: number };
    expect(before.fresh).toBe(1);
    const id = before.items.find((i) => i.isNew)?.questionId as string;
    const rated = await cli(['practice', 'rate', id.slice(0, 6), 'good'], { dataDir });
    expect(rated.status).toBe(0);
    expect(rated.stdout).toMatch(/Rated good: it comes back/);
    const bad = await cli(['practice', 'rate', id, 'brilliant'], { dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/not a rating: use again, hard, good or easy/);
  });
});
