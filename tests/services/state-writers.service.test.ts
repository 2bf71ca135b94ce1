import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect.js';
import { ensureUser } from '../../src/db/repos/users.repo.js';
import * as apps from '../../src/services/applications.service.js';
import * as events from '../../src/services/application-events.service.js';
import { buildBackup, restoreBackup } from '../../src/services/backup.service.js';
import { getBoard } from '../../src/services/board.service.js';
import { organisationInsights } from '../../src/services/cohort-insights.service.js';
import { updateCompany } from '../../src/services/companies.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { bytesSource } from '../../src/services/csv-reader.js';
import { recordRejection } from '../../src/services/debrief.service.js';
import { loadSampleSearch, removeSampleSearch } from '../../src/services/demo.service.js';
import { importApplications } from '../../src/services/import.service.js';
import * as mail from '../../src/services/mail-import.service.js';
import { updateSettings } from '../../src/services/settings.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { buildEmail, SAMPLE_TEXTS, toMbox } from '../support/mail.js';
import { expectFreshStates } from '../support/states.js';

/**
 * application_state is a projection of the stage events (ADR 0004). Whatever path writes a history
 * (a move from the web app or the CLI, a back-dated move, an undo, a rejection recorded in a
 * debrief, a delete and its undo, a CSV import, a restored backup, an accepted mail proposal, the
 * sample search, a read catching up a booked day, a coach's read, a new time zone), the rows left
 * behind must equal a fresh derivation from the events on the owner's today.
 */

const csv = (text: string) => bytesSource(new TextEncoder().encode(text));

async function* mailbox(text: string): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text, 'utf8');
}

describe.each(testDialects())('application_state after every kind of write on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  const owner = (ownerId: string, now = '2026-11-20T10:00:00.000Z') => testContext(database, { ownerId, now });

  it('after moves: forward, booked ahead, dated before a booked step, to where it stands, refused', async () => {
    const ctx = await owner('u-moves');
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    await expectFreshStates(ctx, 'created and moved to screen');

    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-25' });
    await expectFreshStates(ctx, 'an interview booked ahead');

    // Older than the latest event (the booked interview), newer than the latest step that happened.
    const back = await events.moveApplication(ctx, app.id, { stage: 'assessment', occurredOn: '2026-11-10' });
    expect(back.application).toMatchObject({ status: 'assessment', upcoming: { stage: 'interview', occurredOn: '2026-11-25' } });
    await expectFreshStates(ctx, 'a move dated before the booked step');

    const same = await events.moveApplication(ctx, app.id, { stage: 'assessment' });
    expect(same.changed).toBe(false);
    await expectFreshStates(ctx, 'a move to where it stands');

    await expect(events.moveApplication(ctx, app.id, { stage: 'final', occurredOn: '2026-11-05' })).rejects.toMatchObject({ code: 'validation' });
    await expectFreshStates(ctx, 'a refused move');

    // An interview booked before the other one: rounds are numbered again.
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-22' });
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-20' });
    await expectFreshStates(ctx, 'interviews booked out of order');

    const other = await givenApplication(ctx, { date: '2026-10-01' });
    await events.confirmGhosted(ctx, other.id);
    await expectFreshStates(ctx, 'confirmed as no response');
  });

  it('after undos: once, twice, of an ending that cancelled booked steps, and the refused undo of the first step', async () => {
    const ctx = await owner('u-undo');
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen', 'interview']);
    await events.moveApplication(ctx, app.id, { stage: 'final', occurredOn: '2026-11-28' });
    const ended = await events.moveApplication(ctx, app.id, { stage: 'withdrawn' });
    expect(ended.cancelled).toHaveLength(1);
    await expectFreshStates(ctx, 'an ending that cancelled a booked final');

    await events.undoLastEvent(ctx, app.id);
    expect((await apps.getApplicationSummary(ctx, app.id)).upcoming).toMatchObject({ stage: 'final' });
    await expectFreshStates(ctx, 'the ending undone');

    await events.undoLastEvent(ctx, app.id);
    await expectFreshStates(ctx, 'undone twice');
    await events.undoLastEvent(ctx, app.id);
    await events.undoLastEvent(ctx, app.id);
    await expectFreshStates(ctx, 'back to the first step');
    await expect(events.undoLastEvent(ctx, app.id)).rejects.toMatchObject({ code: 'conflict' });
    await expectFreshStates(ctx, 'the first step cannot go');
  });

  it('after a rejection recorded in a debrief, then moved to another day', async () => {
    const ctx = await owner('u-reject');
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    await recordRejection(ctx, app.id, { date: '2026-11-10' });
    await expectFreshStates(ctx, 'rejected on a past day');
    await recordRejection(ctx, app.id, { date: '2026-11-18' });
    await expectFreshStates(ctx, 'the rejection moved to a later day');
    await recordRejection(ctx, app.id, { date: '2026-11-03' });
    await expectFreshStates(ctx, 'the rejection moved to an earlier day');
  });

  it('after an edit of the application and of its company', async () => {
    const ctx = await owner('u-edit');
    const app = await givenApplication(ctx, { date: '2026-11-01', source: 'job_board' }, ['screen']);
    await apps.updateApplication(ctx, app.id, { version: app.version, title: 'Senior Data Analyst', fit: 5, source: 'network', remote: 'remote' });
    await expectFreshStates(ctx, 'the application edited');
    await updateCompany(ctx, app.companyId, { name: 'Renamed Ltd', size: '1001-5000' });
    await expectFreshStates(ctx, 'its company edited');
  });

  it('after a move, a delete and its undo, also when a booked day came in between', async () => {
    const ctx = await owner('u-delete');
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    const keep = await givenApplication(ctx, { date: '2026-11-02' });
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-21' });
    await apps.deleteApplication(ctx, app.id);
    await expectFreshStates(ctx, 'deleted');
    // Restored the next morning, within the day a deletion can be undone: the interview day has come.
    ctx.clock.set('2026-11-21T09:00:00.000Z');
    const restored = await apps.restoreApplication(ctx, app.id);
    expect(restored).toMatchObject({ status: 'interview', upcoming: null });
    await expectFreshStates(ctx, 'restored after its booked day');
    await events.moveApplication(ctx, keep.id, { stage: 'rejected' });
    await apps.deleteApplication(ctx, keep.id);
    await apps.restoreApplication(ctx, keep.id);
    await events.undoLastEvent(ctx, keep.id);
    await expectFreshStates(ctx, 'rejected, deleted, restored, undone');
  });

  it('after a booked day comes, once a read has caught it up', async () => {
    const ctx = await owner('u-days');
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-21' });
    await events.moveApplication(ctx, app.id, { stage: 'final', occurredOn: '2026-11-24' });
    ctx.clock.set('2026-11-22T10:00:00.000Z');
    await getBoard(ctx);
    await expectFreshStates(ctx, 'the interview day came');
    ctx.clock.set('2026-11-25T10:00:00.000Z');
    await apps.getApplicationSummary(ctx, app.id);
    await expectFreshStates(ctx, 'the final day came');
  });

  it('after a CSV import that adds applications and moves existing ones, and after a dry run', async () => {
    const ctx = await owner('u-import');
    await givenApplication(ctx, { company: 'Larkspur Labs', title: 'Data Analyst', date: '2026-10-01' }, ['screen']);
    const booked = await givenApplication(ctx, { company: 'Fernhill', title: 'Backend Engineer', date: '2026-10-02' });
    await events.moveApplication(ctx, booked.id, { stage: 'interview', occurredOn: '2026-11-26' });
    const file = [
      'company,title,date,status',
      'Larkspur Labs,Data Analyst,2026-10-01,interview',
      'Fernhill,Backend Engineer,2026-10-02,rejected',
      'Quarry,QA Engineer,2026-09-03,rejected',
      'Birch & Co,Data Engineer,2026-10-05,screen',
      'Orchard,Analyst,2026-11-30,interview',
      // The same new application twice in one file, a later status the second time.
      'Birch & Co,Data Engineer,2026-10-05,interview',
    ].join('\n');
    await importApplications(ctx, csv(file), { dryRun: true });
    await expectFreshStates(ctx, 'a dry run');
    const result = await importApplications(ctx, csv(file));
    expect(result).toMatchObject({ created: 3, updated: 3 });
    await expectFreshStates(ctx, 'imported');
  });

  it('an import moves an existing application as a move does: an ending cancels booked steps, an ended application stays ended', async () => {
    const ctx = await owner('u-import-rules');
    const byMove = await givenApplication(ctx, { company: 'Moved Co', title: 'Analyst', date: '2026-10-01' }, ['screen']);
    const byImport = await givenApplication(ctx, { company: 'Imported Co', title: 'Analyst', date: '2026-10-01' }, ['screen']);
    const ended = await givenApplication(ctx, { company: 'Ended Co', title: 'Analyst', date: '2026-10-01' }, ['rejected']);
    for (const app of [byMove, byImport]) await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-26' });
    await events.moveApplication(ctx, byMove.id, { stage: 'rejected' });
    const result = await importApplications(ctx, csv(['company,title,date,status', 'Imported Co,Analyst,2026-10-01,rejected', 'Ended Co,Analyst,2026-10-01,interview'].join('\n')));
    expect(result).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    await expectFreshStates(ctx, 'moved by an import');
    const story = async (id: string) => (await apps.getApplication(ctx, id)).events.map((e) => [e.stage, e.occurredOn, e.seq]);
    expect(await story(byImport.id)).toEqual(await story(byMove.id));
    expect(await apps.getApplicationSummary(ctx, byImport.id)).toMatchObject({ status: 'rejected', upcoming: null });
    expect(await apps.getApplicationSummary(ctx, ended.id)).toMatchObject({ status: 'rejected' });
    // Days later, the cancelled interview does not come back.
    ctx.clock.set('2026-11-27T10:00:00.000Z');
    expect(await apps.getApplicationSummary(ctx, byImport.id)).toMatchObject({ status: 'rejected' });
    await expectFreshStates(ctx, 'after the cancelled day');
  });

  it('after a backup restored into an empty tracker, merged into it, and replacing it', { timeout: 60_000 }, async () => {
    const from = await owner('u-backup-from');
    const a = await givenApplication(from, { date: '2026-11-01' }, ['screen', 'interview']);
    await events.moveApplication(from, a.id, { stage: 'final', occurredOn: '2026-11-27' });
    const b = await givenApplication(from, { date: '2026-11-02' });
    await events.moveApplication(from, b.id, { stage: 'rejected' });
    const backup = JSON.parse(JSON.stringify(await buildBackup(from)));

    const into = await owner('u-backup-into');
    await restoreBackup(into, backup);
    await expectFreshStates(into, 'restored into an empty tracker');
    await givenApplication(into, { date: '2026-11-05' }, ['screen']);
    await restoreBackup(into, backup, 'merge');
    await expectFreshStates(into, 'merged');
    await restoreBackup(into, backup, 'replace');
    await expectFreshStates(into, 'replaced');
    // Restored a few days later: the booked final has come.
    into.clock.set('2026-11-28T10:00:00.000Z');
    await restoreBackup(into, backup, 'replace');
    await expectFreshStates(into, 'replaced after the booked day');
  });

  it('after mail proposals are accepted: a rejection, an interview, an application made for an unknown company', async () => {
    const ctx = await owner('u-mail');
    const larkspur = await givenApplication(ctx, { company: 'Larkspur Labs, Inc.', title: 'Senior Data Scientist', date: '2026-11-01' }, ['interview']);
    await events.moveApplication(ctx, larkspur.id, { stage: 'final', occurredOn: '2026-11-27' });
    await givenApplication(ctx, { company: 'Quillon Software GmbH', title: 'Product Analyst', date: '2026-11-02' });
    await mail.importMailbox(ctx, mailbox(toMbox([
      buildEmail({
        from: 'talent@larkspurlabs.com', fromName: 'Larkspur Labs Talent', subject: 'Your application for Senior Data Scientist',
        body: SAMPLE_TEXTS.rejection('Larkspur Labs', 'Senior Data Scientist'), messageId: 'rej-state', date: '2026-11-12T09:00:00Z',
      }),
      buildEmail({
        from: 'no-reply@greenhouse.io', fromName: 'Quillon Software Recruiting', subject: 'Interview invitation: Product Analyst',
        body: SAMPLE_TEXTS.interview('Quillon Software', 'Product Analyst'), messageId: 'int-state', date: '2026-11-13T09:00:00Z',
      }),
      buildEmail({
        from: 'jobs@brightwave.io', subject: 'We received your application', body: SAMPLE_TEXTS.received('Brightwave', 'Platform Engineer'),
        messageId: 'rec-state', date: '2026-11-14T09:00:00Z',
      }),
    ])));
    const queue = await mail.listProposals(ctx);
    expect(queue).toHaveLength(3);
    for (const p of queue) {
      await mail.acceptProposal(ctx, p.id, p.application ? {} : { title: 'Platform Engineer' });
      await expectFreshStates(ctx, `accepted ${p.kind}`);
    }
  });

  it('after the sample search is loaded and removed', { timeout: 60_000 }, async () => {
    const ctx = await owner('u-sample');
    await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    await loadSampleSearch(ctx);
    await expectFreshStates(ctx, 'the sample loaded');
    await removeSampleSearch(ctx);
    await expectFreshStates(ctx, 'the sample removed');
  });

  it('after the time zone changes to one where today is a day earlier', async () => {
    // 12:00 UTC: already the 21st at UTC+14, still the 20th at UTC-8.
    const ctx = await owner('u-zone', '2026-11-20T12:00:00.000Z');
    await updateSettings(ctx, { timezone: 'Pacific/Kiritimati' });
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-21' });
    await expectFreshStates(ctx, 'an interview today, at UTC+14');
    await updateSettings(ctx, { timezone: 'America/Los_Angeles' });
    await getBoard(ctx);
    // On the 20th the interview of the 21st is booked ahead.
    expect(await apps.getApplicationSummary(ctx, app.id)).toMatchObject({ status: 'screen', upcoming: { stage: 'interview', occurredOn: '2026-11-21' } });
    await expectFreshStates(ctx, 'the same history at UTC-8');
    await updateSettings(ctx, { timezone: 'Pacific/Kiritimati' });
    await expectFreshStates(ctx, 'back at UTC+14');
  });

  it('after a coach reads the cohort figures: each member’s rows on the member’s own day', async () => {
    // 03:00 UTC on the 21st: still the 20th for a member at UTC-8.
    const now = '2026-11-21T03:00:00.000Z';
    const member = await owner('u-member-west', now);
    await updateSettings(member, { timezone: 'America/Los_Angeles' });
    const app = await givenApplication(member, { date: '2026-11-01' }, ['screen']);
    await events.moveApplication(member, app.id, { stage: 'interview', occurredOn: '2026-11-21' });
    await expectFreshStates(member, 'an interview booked for tomorrow');

    const admin = await owner('u-org-admin', now);
    const db = database.db;
    await db.insertInto('organisations').values({ id: 'org-state-01', owner_id: admin.ownerId, name: 'Northside Careers', created_at: now }).execute();
    const membership = (id: string, ownerId: string, role: string) => ({ id, org_id: 'org-state-01', owner_id: ownerId, role, cohort_id: null, counts: role === 'member' ? 1 : 0, joined_at: now, consent_changed_at: now });
    await db.insertInto('org_members').values([membership('om-state-01', admin.ownerId, 'admin'), membership('om-state-02', member.ownerId, 'member')]).execute();
    await ensureUser(db, admin.ownerId, 'Admin', now);
    await organisationInsights(admin, 'org-state-01', {}, { threshold: 1 });
    await expectFreshStates(member, 'after the coach’s read');
    expect(await apps.getApplicationSummary(member, app.id)).toMatchObject({ status: 'screen', upcoming: { stage: 'interview' } });
  });

  it.runIf(dialect === 'postgres')('after a read catches up a booked day while a move of the same application is being written', async () => {
    const ctx = await owner('u-race');
    const app = await givenApplication(ctx, { date: '2026-11-01' }, ['screen']);
    await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-21' });
    ctx.clock.set('2026-11-22T10:00:00.000Z');
    const day = '2026-11-22';
    const { reading } = await ctx.db.transaction().execute(async (trx) => {
      await events.appendStageEvent(trx, ctx, app.id, { stage: 'final' }, day);
      // The read starts while the move is not committed yet: it either ends or waits for a lock.
      const started = apps.listApplications(ctx, { sort: 'updated', order: 'desc', page: 1, pageSize: 10 });
      await Promise.race([started, waitForALockWait(ctx)]);
      return { reading: started };
    });
    await reading;
    expect(await apps.getApplicationSummary(ctx, app.id)).toMatchObject({ status: 'final' });
    await expectFreshStates(ctx, 'a catch-up beside a move');
  });
});

/** Until another session of this database waits for a lock (at most a second). */
async function waitForALockWait(ctx: ServiceContext): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(ctx.db);
    if (Number(rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every .ts file under a folder of the repository, as a path from its root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') || e.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('the writers of application_state', () => {
  it('are in src/db/repos/derived-state.ts alone (beside the triggers the migrations define), and no use case names the table', () => {
    const writes = /(insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(\s*['"`]application_state\b|\b(insert\s+into|update|delete\s+from)\s+application_state\b/i;
    const files = sourceFiles('src').filter((f) => !f.startsWith('src/db/migrations/'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => f !== 'src/db/repos/derived-state.ts' && writes.test(readFileSync(f, 'utf8')))).toEqual([]);
    const useCases = files.filter((f) => /^src\/(services|server|cli)\//.test(f));
    expect(useCases.filter((f) => /['"`]application_state['"`]/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
