import type { Page } from 'playwright-core';
import { url } from './shared.js';

/** The Import mail page (`/import-mail`): upload, summary and the review queue. */
export function mailImportPage(page: Page, baseUrl = '') {
  const card = (subject: string) => page.getByRole('article', { name: subject });
  return {
    goto: async () => {
      await page.goto(url(baseUrl, '/import-mail'));
      await page.getByRole('heading', { level: 1, name: 'Import mail' }).waitFor();
    },
    upload: async (name: string, content: string) => {
      await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/mbox', buffer: Buffer.from(content) });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('region', { name: 'Import finished' }).waitFor({ timeout: 30_000 });
    },
    /** The upload / reading progress: its label and the bar's value (null when no bar is shown). */
    progress: async () => {
      const bar = page.getByRole('progressbar', { name: /^(Uploading|Read )/ });
      if ((await bar.count()) === 0) return null;
      return { label: (await page.locator('#upload-progress-label').innerText()).trim(), value: Number(await bar.getAttribute('aria-valuenow')) };
    },
    /** The summary rows as { label: count }. */
    summary: async () => {
      const rows = await page.getByRole('region', { name: 'Import finished' }).getByRole('row').allInnerTexts();
      return Object.fromEntries(rows.map((r) => r.split('\t')).map(([k, v]) => [k?.trim() ?? '', Number((v ?? '').replace(/,/g, ''))]));
    },
    proposal: card,
    proposalSubjects: () => page.getByTestId('proposal').getByRole('heading').allInnerTexts(),
    accept: (subject: string) => card(subject).getByRole('button', { name: /^(Accept|Create application):/ }).click(),
    dismiss: (subject: string) => card(subject).getByRole('button', { name: /^Dismiss:/ }).click(),
    emptyQueue: () => page.getByTestId('queue-empty'),
  };
}
