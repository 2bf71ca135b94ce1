import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationUpdate } from '../../src/contracts/applications.js';
import type { Database } from '../../src/db/connect.js';
import type { ServiceContext } from '../../src/services/context.js';
import { winMarkVersion } from '../../src/db/repos/momentum.repo.js';
import { moveApplication, undoLastEvent } from '../../src/services/application-events.service.js';
import { deleteApplication, getApplicationSummary, restoreApplication, updateApplication } from '../../src/services/applications.service.js';
import { updateCompany } from '../../src/services/companies.service.js';
import { recordRejection } from '../../src/services/debrief.service.js';
import { listWins } from '../../src/services/wins.service.js';
import { givenApplication } from '../support/builders.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { counted } from '../support/statements.js';

/**
 * The milestones of the stage history are kept between visits (services/kept-milestones.ts) while
 * the owner's win mark stays put: whatever the history goes through, the wins answered from what
 * was kept are the wins found from scratch.
 */
/** An edit of the application as the form sends it: with the version it was read at. */
async function edit(ctx: ServiceContext, id: string, patch: Omit<ApplicationUpdate, 'version'>) {
  return updateApplication(ctx, id, { ...patch, version: (await getApplicationSummary(ctx, id)).version });
}

describe.each(testDialects())('kept wins on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await database.close();
  });

  it('answers from what was kept exactly what a full detection finds, through moves, undo, renames, edits, deletes and days passing', async () => {
    const ctx = await testContext(database, { ownerId: 'u-kept-wins', now: '2026-12-02T12:00:00.000Z' });
    const other = await testContext(database, { ownerId: 'u-kept-wins-other', now: '2026-12-02T12:00:00.000Z' });
    const same = async (why: string) => {
      const kept = await listWins(ctx);
      const fresh = await listWins(ctx, undefined, { recompute: true });
      expect(kept, why).toEqual(fresh);
      // A second visit, answered from what was kept, is the same again.
      expect(await listWins(ctx), why).toEqual(fresh);
      return kept;
    };

    const atlas = await givenApplication(ctx, { company: 'Atlas Labs', date: '2026-10-01', resumeVersion: 'v2' }, ['screen', 'interview']);
    const birch = await givenApplication(ctx, { company: 'Birch & Co', date: '2026-10-03', resumeVersion: 'v2' }, ['screen']);
    const cedar = await givenApplication(ctx, { company: 'Cedar Health', date: '2026-10-05', resumeVersion: 'v2' }, ['screen', 'interview', 'final']);
    await givenApplication(other, { company: 'Elsewhere', date: '2026-10-01' }, ['screen', 'interview', 'final', 'offer']);
    const start = await same('first visit');
    expect(start.map((w) => w.kind)).toEqual(expect.arrayContaining(['first_screen', 'first_interview', 'final_round', 'resume']));

    await moveApplication(ctx, birch.id, { stage: 'interview', occurredOn: '2026-11-20' });
    await same('after a move');
    await moveApplication(ctx, cedar.id, { stage: 'offer', occurredOn: '2026-11-25' });
    expect((await same('after an offer')).some((w) => w.kind === 'offer')).toBe(true);
    await undoLastEvent(ctx, cedar.id);
    expect((await same('after an undo')).some((w) => w.kind === 'offer')).toBe(false);

    const cedarCompany = (await database.db.selectFrom('applications').select('company_id').where('id', '=', cedar.id).executeTakeFirstOrThrow()).company_id;
    await updateCompany(ctx, cedarCompany, { name: 'Cedar Health Group' });
    expect((await same('after a company is renamed')).find((w) => w.kind === 'final_round')?.title).toBe('A final round at Cedar Health Group');
    await edit(ctx, atlas.id, { resumeVersion: 'v3' });
    await same('after a résumé version is changed');

    // A step booked ahead counts from its day on, without any change to the data on that day.
    await moveApplication(ctx, atlas.id, { stage: 'final', occurredOn: '2026-12-09' });
    expect((await same('with a final round booked ahead')).some((w) => w.kind === 'final_round' && w.applicationId === atlas.id)).toBe(false);
    ctx.clock.set('2026-12-09T12:00:00.000Z');
    expect((await same('on the booked day')).some((w) => w.kind === 'final_round' && w.applicationId === atlas.id)).toBe(true);

    await recordRejection(ctx, birch.id, { date: '2026-12-09', channel: 'email' });
    await same('after a rejection');
    await deleteApplication(ctx, cedar.id);
    expect((await same('after a delete')).some((w) => w.applicationId === cedar.id)).toBe(false);
    await restoreApplication(ctx, cedar.id);
    expect((await same('after the delete is undone')).some((w) => w.applicationId === cedar.id)).toBe(true);

    // The other owner's wins are its own.
    expect((await listWins(other)).some((w) => w.kind === 'offer')).toBe(true);
    expect((await listWins(ctx)).some((w) => w.title.includes('Elsewhere'))).toBe(false);
  });

  it('moves the mark with the facts wins come from, and only with them', async () => {
    const ctx = await testContext(database, { ownerId: 'u-kept-mark', now: '2026-12-02T12:00:00.000Z' });
    const version = () => winMarkVersion(ctx.db, ctx.ownerId);
    expect(await version()).toBe(0);
    const app = await givenApplication(ctx, { company: 'Dune Analytics', date: '2026-11-01' });
    const afterApplied = await version();
    await moveApplication(ctx, app.id, { stage: 'screen', occurredOn: '2026-11-10' });
    const afterScreen = await version();
    expect(afterScreen).toBeGreaterThan(afterApplied);

    // A title or notes edit changes no win: the mark stays, and a visit leaves out the two reads of the history.
    await listWins(ctx);
    await edit(ctx, app.id, { title: 'Senior Data Analyst', notes: 'Met the team lead.' });
    expect(await version()).toBe(afterScreen);
    const watched = counted(ctx.db);
    await listWins({ ...ctx, db: watched.db });
    watched.take();
    const keptWins = await listWins({ ...ctx, db: watched.db });
    const keptStatements = watched.take();
    const freshWins = await listWins({ ...ctx, db: watched.db }, undefined, { recompute: true });
    expect(watched.take()).toBe(keptStatements + 2);
    expect(keptWins).toEqual(freshWins);
    expect(keptWins.map((w) => w.kind)).toEqual(['first_screen']);

    await edit(ctx, app.id, { resumeVersion: 'v4' });
    expect(await version()).toBeGreaterThan(afterScreen);
  });
});
