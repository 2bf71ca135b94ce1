import type { Page } from 'playwright-core';
import { chooseOption, fieldErrorOf, url } from './shared.js';

export interface AddFormInput {
  company?: string;
  title?: string;
  /** Label as shown: "Job board", "Company website", "Recruiter", "Network or referral", "Other". */
  source?: string;
  stage?: 'applied' | 'saved';
  /** YYYY-MM-DD */
  date?: string;
  /** Optional fields under "More details", by label, e.g. { Location: 'Lisbon', 'Salary from': '50000' }. */
  more?: Record<string, string>;
  tags?: string[];
}

/** The add form (`/applications/new`, the header button, or the `n` shortcut). */
export function addForm(page: Page, baseUrl = '') {
  const form = page.getByRole('form', { name: 'New application' });

  const openMore = async () => {
    const toggle = form.getByRole('button', { name: 'More details' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  };

  return {
    form,
    goto: async () => {
      await page.goto(url(baseUrl, '/applications/new'));
      await form.waitFor();
    },
    /** Opens the form with the keyboard shortcut `n` from any page. */
    openWithShortcut: async () => {
      await page.locator('body').press('n');
      await form.waitFor();
    },
    fill: async (input: AddFormInput) => {
      if (input.company !== undefined) {
        await form.getByRole('textbox', { name: 'Company' }).fill(input.company);
        await page.keyboard.press('Escape');
      }
      if (input.title !== undefined) await form.getByRole('textbox', { name: 'Job title' }).fill(input.title);
      if (input.source) await chooseOption(page, 'Source', input.source);
      if (input.stage) await form.getByText(input.stage === 'saved' ? 'Saved for later' : 'Applied', { exact: true }).click();
      if (input.date) {
        const date = form.getByRole('textbox', { name: /^(Applied|Saved) on/ });
        await date.fill(input.date);
        await date.press('Enter');
      }
      if (input.more || input.tags) await openMore();
      for (const [label, value] of Object.entries(input.more ?? {})) await form.getByRole('textbox', { name: label, exact: true }).fill(value);
      for (const tag of input.tags ?? []) {
        await form.getByRole('textbox', { name: 'Tags' }).fill(tag);
        await form.getByRole('textbox', { name: 'Tags' }).press('Enter');
      }
    },
    openMoreDetails: openMore,
    submit: () => form.getByRole('button', { name: 'Add application' }).click(),
    cancel: () => form.getByRole('button', { name: 'Cancel' }).click(),
    /** The inline error under a field, or null. */
    errorFor: (label: string) => fieldErrorOf(page, form.getByRole('textbox', { name: label, exact: true }).first()),
    /** A form-level error (for errors not tied to one field). */
    formError: () => form.getByRole('alert'),
  };
}

export type AddForm = ReturnType<typeof addForm>;
