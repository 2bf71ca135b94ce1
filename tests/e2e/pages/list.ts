import type { Page } from 'playwright-core';
import type { Stage } from '../../../src/domain/applications/stages.js';
import { chooseOption, stageLabel, url } from './shared.js';

export type SortLabel =
  | 'Last updated'
  | 'Date applied'
  | 'Last news'
  | 'Company'
  | 'Job title'
  | 'Fit'
  | 'Excitement'
  | 'Status';

/** The list page (`/applications`): search, filters in the URL, sorting, pagination. */
export function listPage(page: Page, baseUrl = '') {
  const rows = () => page.getByTestId('application-row');
  const waitForList = () => page.getByTestId('list-total').filter({ hasText: /application/ }).waitFor();

  return {
    /** Opens the list, optionally with a query string such as "status=applied&sort=company". */
    goto: async (query = '') => {
      await page.goto(url(baseUrl, `/applications${query ? `?${query.replace(/^\?/, '')}` : ''}`));
      await waitForList();
    },
    rows,
    rowTitles: () => rows().locator('td:nth-child(2)').allInnerTexts(),
    rowCompanies: () => rows().locator('td:nth-child(1)').allInnerTexts(),
    /** "12 applications match these filters". */
    totalText: () => page.getByTestId('list-total').innerText(),
    search: async (text: string) => {
      await page.getByRole('main').getByRole('searchbox', { name: 'Search' }).fill(text);
      await page.waitForURL((u) => (text ? u.searchParams.get('q') === text : !u.searchParams.has('q')));
    },
    filterStatus: async (statuses: Stage[]) => {
      for (const s of statuses) await chooseOption(page, 'Status', stageLabel(s));
      await page.keyboard.press('Escape');
    },
    filterSource: async (labels: string[]) => {
      for (const l of labels) await chooseOption(page, 'Source', l);
      await page.keyboard.press('Escape');
    },
    filterTag: async (tag: string) => {
      await page.getByRole('textbox', { name: 'Tag', exact: true }).fill(tag);
      await page.getByRole('option', { name: new RegExp(`^${tag} \\(\\d+\\)$`) }).click();
    },
    /** Dates as YYYY-MM-DD. */
    filterDates: async ({ from, to }: { from?: string; to?: string }) => {
      if (from) {
        await page.getByRole('textbox', { name: 'From', exact: true }).fill(from);
        await page.getByRole('textbox', { name: 'From', exact: true }).press('Enter');
      }
      if (to) {
        await page.getByRole('textbox', { name: 'To', exact: true }).fill(to);
        await page.getByRole('textbox', { name: 'To', exact: true }).press('Enter');
      }
    },
    sortBy: async (label: SortLabel, order: 'Ascending' | 'Descending' = 'Descending') => {
      await chooseOption(page, 'Sort by', label);
      await chooseOption(page, 'Order', order);
    },
    clearFilters: () => page.getByRole('button', { name: 'Clear filters' }).click(),
    goToPage: (n: number) => page.getByRole('button', { name: `Page ${n}`, exact: true }).click(),
    nextPage: () => page.getByRole('button', { name: 'Next page' }).click(),
    openRow: (title: string) => rows().filter({ hasText: title }).first().locator('td').first().click(),
    /** The current query string, to check that filters live in the address. */
    query: () => new URL(page.url()).searchParams,
  };
}

export type ListPage = ReturnType<typeof listPage>;
