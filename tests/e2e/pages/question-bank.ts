import type { Page } from 'playwright-core';
import { choose } from './debrief.js';
import { toasts, url } from './shared.js';

/** The question bank (`/questions`): struggled questions to note, rate and practise. */
export function questionBankPage(page: Page, baseUrl = '') {
  const main = page.getByRole('main');
  const card = (question: string) => main.getByRole('article', { name: question, exact: true });
  return {
    goto: async () => {
      await page.goto(url(baseUrl, '/questions'));
      await page.getByRole('heading', { level: 1, name: 'Question bank' }).waitFor();
    },
    /** Through the main navigation (opens the burger menu on a phone). */
    navigate: async () => {
      const burger = page.getByRole('button', { name: 'Open navigation' });
      if (await burger.isVisible()) await burger.click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Question bank', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Question bank' }).waitFor();
    },
    empty: () => main.getByTestId('question-bank-empty'),
    questions: () => main.getByTestId('question-card').getByRole('heading', { level: 2 }).allInnerTexts(),
    count: () => main.getByTestId('question-count').innerText(),
    search: (text: string) => main.getByRole('searchbox', { name: 'Search' }).fill(text),
    show: (label: string) => main.getByRole('combobox', { name: 'Show' }).selectOption({ label }),
    card,
    notes: (question: string) => card(question).getByRole('textbox', { name: 'Notes for a better answer' }),
    /** Types notes and leaves the box, which saves them. */
    writeNotes: async (question: string, text: string) => {
      const box = card(question).getByRole('textbox', { name: 'Notes for a better answer' });
      await box.fill(text);
      await box.blur();
      await toasts(page).filter({ hasText: 'Notes saved.' }).first().waitFor();
    },
    rate: async (question: string, rating: number) => {
      await choose(page, card(question).getByRole('radio', { name: new RegExp(`^${rating} · `) }));
      await toasts(page).filter({ hasText: `Rated ${rating} of 5` }).first().waitFor();
    },
    rating: (question: string, rating: number) => card(question).getByRole('radio', { name: new RegExp(`^${rating} · `) }),
    practiseButton: (question: string) => card(question).getByRole('button', { name: /^Practised today/ }),
    practise: async (question: string) => {
      await card(question).getByRole('button', { name: 'Practised today', exact: true }).click();
      await toasts(page).filter({ hasText: 'Practice recorded' }).first().waitFor();
    },
    practice: async (question: string) => (await card(question).getByTestId('practice-badge').textContent())?.trim() ?? '',
    applicationLink: (question: string) => card(question).getByRole('link'),
  };
}
