import type { Locator, Page } from 'playwright-core';
import { STAGE_LABELS, type Stage } from '../../../src/domain/applications/stages.js';

/** The label a stage has everywhere in the UI ("ghosted" reads "No response"). */
export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

/** Joins a base URL (optional when the context has `baseURL`) and a path. */
export function url(baseUrl: string, path: string): string {
  return baseUrl ? new URL(path, baseUrl).toString() : path;
}

/** Opens a Mantine Select / MultiSelect by its label and picks an option. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The inline error message Mantine links to a field through aria-describedby, or null. */
export async function fieldErrorOf(page: Page, field: Locator): Promise<string | null> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const id = ids.split(' ').find((x) => x.endsWith('-error'));
  return id ? page.locator(`[id="${id}"]`).textContent() : null;
}

/** The toasts currently shown (Mantine notifications). */
export function toasts(page: Page): Locator {
  return page.locator('.mantine-Notification-root');
}

/** Clicks "Undo" in the newest toast that offers it. */
export async function undoFromToast(page: Page): Promise<void> {
  await toasts(page).getByRole('button', { name: 'Undo' }).last().click();
}

/** The shell: header search, "New application", colour scheme, navigation. */
export function shell(page: Page) {
  return {
    search: async (text: string) => {
      const box = page.getByRole('searchbox', { name: 'Search applications' });
      await box.fill(text);
      await box.press('Enter');
    },
    newApplication: () => page.getByRole('link', { name: 'New application' }).first().click(),
    toggleColorScheme: () => page.getByRole('button', { name: /^Switch to (dark|light) mode$/ }).click(),
    navigate: async (item: 'Board' | 'Applications' | 'Companies' | 'Settings') => {
      const burger = page.getByRole('button', { name: 'Open navigation' });
      if (await burger.isVisible()) await burger.click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: item, exact: true }).click();
    },
    heading: () => page.getByRole('heading', { level: 1 }),
    toasts: () => toasts(page),
    undoFromToast: () => undoFromToast(page),
  };
}
