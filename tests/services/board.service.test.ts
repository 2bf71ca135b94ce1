import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScaleOwner } from '../../bench/support/scale-data.js';
import type { Application, ApplicationSummary } from '../../src/contracts/applications.js';
import type { Database } from '../../src/db/connect.js';
import { BOARD_COLUMNS } from '../../src/domain/applications/stages.js';
import * as apps from '../../src/services/applications.service.js';
import * as boards from '../../src/services/board.service.js';
import * as events from '../../src/services/application-events.service.js';
import type { ServiceContext } from '../../src/services/context.js';
import { freshDatabase, testContext, testDialects } from '../support/databases.js';
import { givenApplication } from '../support/builders.js';
import { counted } from '../support/statements.js';


function summary(app: Application): ApplicationSummary {
  const { description: _description, notes: _notes, ...rest } = app;
  return rest;
}

/** The board as the list describes it: each status's applications, most recent news first, then last changed, then by id. */
async function boardFromList(ctx: ServiceContext, perColumn: number) {
  const all: Application[] = [];
  await apps.forEachListedApplication(ctx, { sort: 'updated', order: 'desc' }, (items) => {
    all.push(...items);
  });
  const newestFirst = (a: Application, b: Application) =>
    b.lastEventOn.localeCompare(a.lastEventOn) || (b.updatedAt < a.updatedAt ? -1 : b.updatedAt > a.updatedAt ? 1 : 0) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0);
  return {
    columns: BOARD_COLUMNS.map((status) => {
      const column = all.filter((a) => a.status === status).sort(newestFirst);
      return { status, total: column.length, items: column.slice(0, perColumn).map(summary) };
    }),
  };
}

describe.each(testDialects())('the board on %s', (dialect) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
    await database.db.transaction().execute(async (trx) => {
      await seedScaleOwner(trx, 'u-board-many', 160, '2026-11-20', 11);
      await seedScaleOwner(trx, 'u-board-other', 60, '2026-11-20', 12);
    });
  });
  afterAll(async () => {
    await database.close();
  });

  it('shows each column as the list orders it, ties included, and only the owner’s applications', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-many' });
    // Same day, same instant: only the id tells them apart.
    for (let i = 0; i < 4; i++) await givenApplication(ctx, { date: '2026-11-03' }, ['screen']);
    for (const perColumn of [3, 50, 500]) {
      const board = await boards.getBoard(ctx, perColumn);
      expect(board).toEqual(await boardFromList(ctx, perColumn));
    }
    const ids = (await boards.getBoard(ctx, 500)).columns.flatMap((c) => c.items.map((a) => a.id));
    expect(ids.length).toBe(164);
    expect(ids.filter((id) => id.startsWith('u-board-other'))).toEqual([]);
  });

  it('reads the board in four statements: settings, booked steps come due, the columns, their tags', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-many' });
    const { db, take } = counted(database.db);
    await boards.getBoard({ ...ctx, db });
    expect(take()).toBe(4);
  });

  it('answers a move and an edit with the application as a fresh read shows it, in fewer statements', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-moves' });
    const app = await givenApplication(ctx, { tags: ['dream', 'remote'] }, ['screen']);
    const { db, take } = counted(database.db);
    const counting = { ...ctx, db };

    const moved = await events.moveApplication(counting, app.id, { stage: 'interview', note: 'Panel with the team' });
    // settings; lock, history, the event, the state, the change mark; the application, its tags
    expect(take()).toBe(8);
    expect(moved.application).toEqual(await apps.getApplicationSummary(ctx, app.id));
    expect(moved.event).toMatchObject({ stage: 'interview', round: 1, note: 'Panel with the team', upcoming: false });
    expect((await apps.getApplication(ctx, app.id)).events.map((e) => e.seq)).toEqual([1, 2, 3]);

    const edited = await apps.updateApplication(counting, app.id, { version: moved.application.version, notes: 'Asked about the team size.' });
    // the edit; settings, the application, its tags
    expect(take()).toBe(4);
    expect(edited).toEqual(await apps.getApplicationSummary(ctx, app.id));
    expect(edited.notes).toBe('Asked about the team size.');
  });

  it('still tells a stale edit from an application that is not there (or not the owner’s)', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-stale' });
    const other = await testContext(database, { ownerId: 'u-board-other' });
    const app = await givenApplication(ctx);
    await expect(apps.updateApplication(ctx, app.id, { version: app.version + 5, notes: 'late' })).rejects.toMatchObject({ code: 'stale' });
    await expect(apps.updateApplication(other, app.id, { version: app.version, notes: 'not mine' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(events.moveApplication(other, app.id, { stage: 'screen' })).rejects.toMatchObject({ code: 'not_found' });
    expect((await apps.getApplicationSummary(ctx, app.id)).version).toBe(app.version);
  });

  it('answers an edit with a booked step whose day has come as having happened', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-booked', now: '2026-11-20T10:00:00.000Z' });
    const app = await givenApplication(ctx, { date: '2026-11-10' }, ['screen']);
    const booked = await events.moveApplication(ctx, app.id, { stage: 'interview', occurredOn: '2026-11-24' });
    expect(booked.application).toMatchObject({ status: 'screen', upcoming: { stage: 'interview', occurredOn: '2026-11-24' } });
    ctx.clock.set('2026-11-25T10:00:00.000Z');
    const edited = await apps.updateApplication(ctx, app.id, { version: booked.application.version, notes: 'It went well.' });
    expect(edited).toMatchObject({ status: 'interview', upcoming: null, lastEventOn: '2026-11-24' });
  });
});
