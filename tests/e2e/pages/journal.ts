import type { Page } from 'playwright-core';
import { FEELINGS, MOOD_LABELS, type Feeling, type Mood } from '../../../src/domain/debrief/checkin.js';
import { choose } from './debrief.js';
import { url } from './shared.js';

/** The journal (`/journal`): check-ins over time, a mood chart, free entries. */
export function journalPage(page: Page, baseUrl = '') {
  const main = page.getByRole('main');
  const form = main.getByRole('region', { name: 'How are you doing today?' });
  return {
    goto: async () => {
      await page.goto(url(baseUrl, '/journal'));
      await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    },
    /** Through the main navigation (opens the burger menu on a phone). */
    navigate: async () => {
      const burger = page.getByRole('button', { name: 'Open navigation' });
      if (await burger.isVisible()) await burger.click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    },
    empty: () => main.getByTestId('journal-empty'),
    chart: () => main.getByRole('figure', { name: 'Mood over time' }),
    entries: () => main.getByTestId('journal-entry'),
    entryTexts: () => main.getByTestId('journal-entry').allInnerTexts(),
    /** The entry linked to an application at this company (first match). */
    entryFor: (company: string) => main.getByTestId('journal-entry').filter({ hasText: company }).first(),
    addEntry: async ({ mood, feelings = [], note }: { mood: Mood; feelings?: Feeling[]; note?: string }) => {
      await form.getByRole('radio', { name: `${mood} – ${MOOD_LABELS[mood]}`, exact: true }).check();
      for (const f of feelings) await choose(page, form.getByRole('checkbox', { name: FEELINGS[f].label, exact: true }));
      if (note !== undefined) await form.getByLabel('A few words (optional)').fill(note);
      await form.getByRole('button', { name: 'Save entry' }).click();
      await form.getByTestId('support-card').waitFor();
    },
    deleteEntry: async (n = 0) => {
      await main.getByRole('button', { name: /^Delete the entry of / }).nth(n).click();
      await page.getByRole('button', { name: 'Delete entry' }).click();
    },
    nudge: () => main.getByTestId('journal-nudge'),
  };
}

export type JournalPage = ReturnType<typeof journalPage>;
