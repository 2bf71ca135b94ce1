import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedScaleOwner } from '../../bench/support/scale-data.js';
import type { BoardColumn } from '../../src/contracts/applications.js';
import { LOCAL_USER_ID } from '../../src/services/context.js';
import { todayIn } from '../../src/domain/time.js';
import { axeViolations, hasBrowser, startTestApp, type TestApp } from '../support/e2e.js';
import { boardPage } from './pages/index.js';

/**
 * A seeker with a long search opens the board: the ended columns come folded, with their counts;
 * opening one reads its cards, "Show more" reads more, and a card moved out of it comes back with
 * Undo — as the board did when it was sent every card.
 */
describe.skipIf(!hasBrowser)('a long search on the board', () => {
  let app: TestApp;
  let page: Page;
  const column = async (status: string, limit: number) =>
    (await (await fetch(`${app.url}/api/board/columns/${status}?limit=${limit}`)).json()) as BoardColumn;

  beforeAll(async () => {
    app = await startTestApp();
    await seedScaleOwner(app.database.db, LOCAL_USER_ID, 240, todayIn('UTC'), 21);
    page = await app.newPage();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens with the ended columns folded and counted, and reads an opened one’s cards in the board’s order', async () => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) asked.push(new URL(r.url()).pathname);
    });
    const board = boardPage(page, app.url);
    await board.goto();
    const rejected = await column('rejected', 50);
    expect(rejected.total).toBeGreaterThan(50);
    expect(await board.isFolded('rejected')).toBe(true);
    expect(await board.column('rejected').total()).toBe(rejected.total);
    // The board came with the page: no card of an ended column was asked for.
    expect(asked.filter((p) => p.startsWith('/api/board'))).toEqual([]);

    await board.openEnded('rejected');
    const cards = board.column('rejected').root.getByTestId('board-card');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(20);
    const ids = () => cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-application-id')));
    expect(await ids()).toEqual(rejected.items.slice(0, 20).map((a) => a.id));

    await board.column('rejected').root.getByTestId('show-more-cards').click();
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(50);
    expect(await ids()).toEqual(rejected.items.map((a) => a.id));
    await expect(board.column('rejected').showAllLink().isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moves a card that "Show more" brought out of its column, and Undo puts it back', async () => {
    const board = boardPage(page, app.url);
    const before = await column('applied', 50);
    expect(before.total).toBeGreaterThan(20);
    await board.column('applied').root.getByTestId('show-more-cards').click();
    const cards = board.column('applied').root.getByTestId('board-card');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(Math.min(before.total, 50));
    const last = before.items[before.items.length - 1]!;
    await board.moveWithKeyboard({ title: last.title, company: last.company }, 'screen');
    await expect.poll(() => board.statusOf({ title: last.title, company: last.company }), { timeout: 10_000 }).toBe('screen');
    await expect.poll(() => board.column('applied').total(), { timeout: 10_000 }).toBe(before.total - 1);
    await board.undoFromToast();
    await expect.poll(() => board.column('applied').total(), { timeout: 10_000 }).toBe(before.total);
    expect((await column('applied', 50)).items.map((a) => a.id)).toContain(last.id);
  });
});
