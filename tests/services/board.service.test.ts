import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedScaleOwner } from '../../bench/support/scale-data.js';
import type { Application, ApplicationSummary } from '../../src/contracts/applications.js';
import type { Database } from '../../src/db/connect.js';
import { BOARD_CARD_FIELDS, zBoardColumnQuery, zBoardQuery } from '../../src/contracts/applications.js';
import { BOARD_COLUMNS, ENDED_COLUMNS, OPEN_COLUMNS } from '../../src/domain/applications/stages.js';
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

  it('sends the cards of the open columns only, 20 each, as a card shows them, and every column’s total', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-many' });
    const expected = await boardFromList(ctx, 20);
    const board = await boards.getBoardView(ctx, zBoardQuery.parse({}));
    expect(board.columns.map((c) => c.status)).toEqual([...BOARD_COLUMNS]);
    for (const column of board.columns) {
      const listed = expected.columns.find((c) => c.status === column.status)!;
      expect(column.total).toBe(listed.total);
      if (ENDED_COLUMNS.includes(column.status)) {
        expect(column).toMatchObject({ loaded: false, items: [], nextCursor: null });
        continue;
      }
      expect(column.loaded).toBe(true);
      expect(column.items.map((a) => a.id)).toEqual(listed.items.map((a) => a.id));
      for (const [i, item] of column.items.entries()) {
        expect(Object.keys(item).sort()).toEqual([...BOARD_CARD_FIELDS].sort());
        const { id, company, title, status, lastEventOn, upcoming, noResponse, tags } = listed.items[i]!;
        expect(item).toEqual({ id, company, title, status, lastEventOn, upcoming, noResponse, tags });
      }
      expect(column.nextCursor !== null).toBe(column.total > 20);
    }
    expect(board.columns.filter((c) => ENDED_COLUMNS.includes(c.status)).reduce((n, c) => n + c.total, 0)).toBeGreaterThan(0);
    // An explicit query keeps working: the columns asked for, as many as asked, whole summaries.
    const asked = await boards.getBoardView(ctx, zBoardQuery.parse({ columns: 'rejected,applied', perColumn: '3', fields: 'summary' }));
    expect(asked.columns.filter((c) => c.loaded).map((c) => c.status)).toEqual(['applied', 'rejected']);
    expect(asked.columns.find((c) => c.status === 'rejected')!.items).toEqual(expected.columns.find((c) => c.status === 'rejected')!.items.slice(0, 3));
  });

  it('reads a folded column when opened, page after page, in the list’s order, to its last card', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-many' });
    const expected = await boardFromList(ctx, 1000);
    for (const status of ['rejected', 'applied'] as const) {
      const listed = expected.columns.find((c) => c.status === status)!;
      expect(listed.total).toBeGreaterThan(7);
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const column = await boards.getBoardColumn(ctx, status, zBoardColumnQuery.parse({ limit: '7', after }));
        expect(column).toMatchObject({ status, total: listed.total, loaded: true });
        seen.push(...column.items.map((a) => a.id));
        if (!column.nextCursor) break;
        after = column.nextCursor;
      }
      expect(seen).toEqual(listed.items.map((a) => a.id));
    }
    const first = await boards.getBoardColumn(ctx, 'rejected', zBoardColumnQuery.parse({ limit: '2' }));
    await expect(boards.getBoardColumn(ctx, 'applied', zBoardColumnQuery.parse({ after: first.nextCursor }))).rejects.toMatchObject({ code: 'validation' });
    await expect(boards.getBoardColumn(ctx, 'applied', zBoardColumnQuery.parse({ after: 'not-a-cursor' }))).rejects.toMatchObject({ code: 'validation' });
    const theirs = await testContext(database, { ownerId: 'u-board-nobody' });
    expect(await boards.getBoardColumn(theirs, 'rejected', zBoardColumnQuery.parse({}))).toEqual({ status: 'rejected', total: 0, loaded: true, items: [], nextCursor: null });
  });

  it('reads the board as the web app asks for it, and one column, in four statements each', async () => {
    const ctx = await testContext(database, { ownerId: 'u-board-many' });
    const { db, take } = counted(database.db);
    await boards.getBoardView({ ...ctx, db }, zBoardQuery.parse({}));
    expect(take()).toBe(4);
    await boards.getBoardColumn({ ...ctx, db }, 'rejected', zBoardColumnQuery.parse({}));
    expect(take()).toBe(4);
    expect(OPEN_COLUMNS.length + ENDED_COLUMNS.length).toBe(BOARD_COLUMNS.length);
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
