import type { Locator, Page } from 'playwright-core';
import type { Stage } from '../../../src/domain/applications/stages.js';
import { chooseOption, fieldErrorOf, stageLabel, undoFromToast, url } from './shared.js';

export interface MoveOptions {
  /** YYYY-MM-DD; today when left out. */
  date?: string;
  round?: number;
  /** Label as shown, e.g. "Technical". */
  interviewType?: string;
  note?: string;
}

/** The application page (`/applications/:id`): header, actions, details (read, or edited on demand), timeline. */
export function applicationPage(page: Page, baseUrl = '') {
  const view = page.getByTestId('details-view');
  const details = page.getByTestId('details-form');
  const save = () => details.getByRole('button', { name: 'Save changes' }).click();
  /** Opens the edit form unless it is open already. */
  const openEdit = async () => {
    if (await details.isVisible()) return;
    await view.getByRole('button', { name: 'Edit details' }).click();
    await details.waitFor();
  };
  const expectError = (field: Locator) => field.and(page.locator('[aria-invalid="true"]')).waitFor();
  /** Opens "Move to stage", fills it and submits it ("Move", or "Book" for a step dated ahead). */
  const fillMove = async (stage: Stage, options: MoveOptions) => {
    await page.getByRole('button', { name: 'Move to stage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move to stage' });
    await dialog.getByRole('textbox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: stageLabel(stage), exact: true }).click();
    if (options.date) {
      await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill(options.date);
      // Tab, not Enter: Enter would submit the form before the other fields are filled.
      await dialog.getByRole('textbox', { name: 'Date', exact: true }).press('Tab');
    }
    if (options.round !== undefined) await dialog.getByRole('textbox', { name: 'Round' }).fill(String(options.round));
    if (options.interviewType) await chooseOption(page, 'Interview type', options.interviewType);
    if (options.note) await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill(options.note);
    await dialog.getByRole('button', { name: /^(Move|Book)$/ }).click();
    return dialog;
  };

  return {
    goto: async (id: string) => {
      await page.goto(url(baseUrl, `/applications/${id}`));
      await page.getByTestId('app-title').waitFor();
    },
    title: () => page.getByTestId('app-title').innerText(),
    company: () => page.getByTestId('app-company').innerText(),
    /** The status badge text as shown, e.g. "INTERVIEW" is rendered from "Interview". */
    status: () => page.getByTestId('status-badge').first().textContent(),
    stageReached: () => page.getByTestId('stage-reached').innerText(),
    /** The text of each timeline entry, newest first. */
    timelineEntries: () => page.getByTestId('timeline-entry').allInnerTexts(),
    timelineEntry: (n: number) => page.getByTestId('timeline-entry').nth(n),

    moveTo: async (stage: Stage, options: MoveOptions = {}) => {
      const dialog = await fillMove(stage, options);
      await dialog.waitFor({ state: 'hidden' });
    },
    /** Submits the move dialog and leaves it open (a refused date): returns the error shown beside the date. */
    moveRefused: async (stage: Stage, options: MoveOptions = {}) => {
      const dialog = await fillMove(stage, options);
      const date = dialog.getByRole('textbox', { name: 'Date', exact: true });
      await expectError(date);
      return fieldErrorOf(page, date);
    },
    closeMoveDialog: () => page.getByRole('dialog', { name: 'Move to stage' }).getByRole('button', { name: 'Cancel' }).click(),
    /** The "Upcoming" part of the timeline: steps booked ahead, soonest first. */
    upcomingEntries: () => page.getByTestId('upcoming-entry').allInnerTexts(),
    undoLastMove: () => page.getByRole('button', { name: 'Undo last move' }).click(),
    undoFromToast: () => undoFromToast(page),
    markNoResponse: () => page.getByRole('main').getByRole('button', { name: 'Mark as no response' }).click(),
    /** Deletes at once; the toast that follows offers Undo. */
    delete: () => page.getByRole('button', { name: 'Delete', exact: true }).click(),
    backLink: () => page.getByTestId('back-link'),

    addNote: async (text: string) => {
      await page.getByRole('textbox', { name: 'Add a note' }).fill(text);
      await page.getByRole('button', { name: 'Add note' }).click();
    },
    deleteNote: (n = 0) => page.getByRole('button', { name: 'Delete note' }).nth(n).click(),

    /** The readable details (shown until "Edit details" is pressed). */
    view,
    /** The value shown for a key fact, e.g. fact('Source'). */
    fact: (label: string) => view.locator('[data-testid="fact"]').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`, 'i') }) }).locator('dd').innerText(),
    form: details,
    openEdit,
    cancelEdit: () => details.getByRole('button', { name: 'Cancel' }).click(),
    /** Fills text fields of the edit form by their label (e.g. { 'Job title': 'Staff engineer' }), opening it first. */
    edit: async (fields: Record<string, string>) => {
      await openEdit();
      for (const [label, value] of Object.entries(fields)) await details.getByRole('textbox', { name: label, exact: true }).fill(value);
    },
    field: (label: string) => details.getByRole('textbox', { name: label, exact: true }),
    save,
    fieldError: (label: string) => fieldErrorOf(page, details.getByRole('textbox', { name: label, exact: true }).first()),
    /** Shown after a 409: "This application was changed elsewhere". */
    staleAlert: () => page.getByTestId('stale-alert'),
    reloadLatest: () => page.getByRole('button', { name: 'Reload the latest version' }).click(),
  };
}

export type ApplicationPage = ReturnType<typeof applicationPage>;
