import type { Locator, Page } from 'playwright-core';
import { STAGES, type Stage } from '../../../src/domain/applications/stages.js';
import { stageLabel, undoFromToast, url } from './shared.js';

/** A card by job title, or by title and company when titles repeat. */
export type CardRef = string | { title: string; company: string };

/** The board page (`/board`): one column per status, cards, drag-and-drop and "Move to…". */
export function boardPage(page: Page, baseUrl = '') {
  const column = (status: Stage) => {
    const root = page.getByTestId(`column-${status}`);
    return {
      root,
      heading: () => root.getByRole('heading', { level: 2 }),
      cards: () => root.getByTestId('board-card'),
      cardTitles: () => root.getByTestId('card-title').allInnerTexts(),
      total: async () => Number(await root.getByTestId('column-total').innerText()),
      showAllLink: () => root.getByRole('link', { name: /^Show all \d+$/ }),
    };
  };

  /** The card whose job title is exactly `title` (and, given `{ title, company }`, at that company). First match. */
  const card = (ref: CardRef): Locator => {
    const { title, company } = typeof ref === 'string' ? { title: ref, company: undefined } : ref;
    let cards = page.getByTestId('board-card').filter({ has: page.getByTestId('card-title').getByText(title, { exact: true }) });
    if (company) cards = cards.filter({ has: page.getByText(company, { exact: true }) });
    return cards.first();
  };

  return {
    goto: async () => {
      await page.goto(url(baseUrl, '/board'));
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
    board: () => page.getByTestId('board'),
    column,
    card,
    /** The status (column) a card is in now, read from the DOM. */
    statusOf: async (title: CardRef): Promise<Stage | null> => {
      const status = await card(title).locator('xpath=ancestor::section[@data-status]').getAttribute('data-status');
      return STAGES.find((s) => s === status) ?? null;
    },
    openCard: (title: CardRef) => card(title).getByTestId('card-title').click(),

    /** Drags a card by its handle onto another column with the mouse (dnd-kit pointer sensor). */
    dragCard: async (title: CardRef, to: Stage) => {
      await page.waitForLoadState('networkidle');
      const handle = card(title).getByTestId('drag-handle');
      await handle.scrollIntoViewIfNeeded();
      const from = await handle.boundingBox();
      if (!from) throw new Error(`The card ${JSON.stringify(title)} is not visible`);
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
      // Bring the target column into view while dragging (the overlay follows the pointer).
      const target = column(to).root;
      await target.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'center' }));
      const box = await target.boundingBox();
      if (!box) throw new Error(`The column "${to}" is not visible`);
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 80), { steps: 12 });
      await page.mouse.move(box.x + box.width / 2 + 2, box.y + Math.min(box.height / 2, 80) + 2, { steps: 2 });
      await page.mouse.up();
    },

    /** Moves a card with the keyboard only, through its "Move to…" menu. */
    moveWithKeyboard: async (title: CardRef, to: Stage) => {
      const trigger = card(title).getByRole('button', { name: /^Move .+ to…$/ });
      await trigger.focus();
      await page.keyboard.press('Enter');
      const item = page.getByRole('menuitem', { name: stageLabel(to), exact: true });
      await item.waitFor();
      for (let i = 0; i < STAGES.length + 1; i += 1) {
        if (await item.evaluate((el) => el.matches(':focus'))) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
    },

    /** Moves a card with dnd-kit's keyboard sensor: Space, arrows between columns, Space. */
    dragWithKeyboard: async (title: CardRef, to: Stage) => {
      await page.waitForLoadState('networkidle');
      const current = await card(title).locator('xpath=ancestor::section[@data-status]').getAttribute('data-status');
      const steps = STAGES.indexOf(to) - STAGES.findIndex((s) => s === current);
      const handle = card(title).getByTestId('drag-handle');
      await handle.focus();
      await page.keyboard.press('Space');
      for (let i = 0; i < Math.abs(steps); i += 1) {
        await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
        await page.waitForTimeout(50);
      }
      await page.keyboard.press('Space');
    },

    /** Ended columns (accepted, rejected, withdrawn, no response) are folded into counts until opened. */
    isFolded: async (status: Stage) => (await column(status).root.getAttribute('data-folded')) === 'true',
    openEnded: async (status: Stage) => {
      if ((await column(status).root.getAttribute('data-folded')) !== 'true') return;
      await column(status).root.getByTestId('ended-toggle').click();
      await page.locator(`section[data-status="${status}"]`).waitFor();
    },
    foldEnded: (status: Stage) => column(status).root.getByRole('button', { name: /^Fold the .+ column$/ }).click(),

    markNoResponse: (title: CardRef) => card(title).getByRole('button', { name: 'Mark as no response' }).click(),
    noResponseBadge: (title: CardRef) => card(title).getByTestId('no-response-badge'),
    undoFromToast: () => undoFromToast(page),

    /** First run. */
    emptyState: () => page.getByTestId('empty-board'),
    loadSample: () => page.getByRole('button', { name: 'Load a sample job search' }).click(),
    addFirstApplication: () => page.getByRole('link', { name: 'Add your first application' }).click(),
  };
}

export type BoardPage = ReturnType<typeof boardPage>;
