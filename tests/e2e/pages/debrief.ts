import type { Locator, Page } from 'playwright-core';
import { FEELINGS, MOOD_LABELS, type Feeling, type Mood } from '../../../src/domain/debrief/checkin.js';
import { CHANNEL_LABELS, type Channel } from '../../../src/domain/debrief/reasons.js';
import { url } from './shared.js';

/**
 * Mantine chips, radio cards and segmented controls visually hide their
 * input: ticking one is a click on its label, as a person would do.
 */
export async function choose(page: Page, input: Locator): Promise<void> {
  const id = await input.getAttribute('id');
  if (id) await page.locator(`label[for="${id}"]`).click();
  else await input.check({ force: true });
}

export interface CheckInOptions {
  mood: Mood;
  feelings?: Feeling[];
  note?: string;
}

export type RecipientLabel = 'Recruiter' | 'Hiring manager' | 'Interviewer';
export type ToneLabel = 'Warm' | 'Brief' | 'Formal';

/**
 * The debrief flow (`/applications/:id/debrief`): a five-step stepper that
 * can be left and resumed. Every action goes through roles and labels.
 */
export function debriefPage(page: Page, baseUrl = '') {
  const main = page.getByRole('main');
  const saveAndContinue = () => main.getByRole('button', { name: 'Save and continue' }).click();
  const radio = (name: string) => main.getByRole('radio', { name, exact: true });
  const pick = (name: string) => choose(page, radio(name));
  const waitForStep = (n: number) => main.getByTestId('step-position').getByText(`Step ${n} of 5`).waitFor();

  return {
    goto: async (applicationId: string) => {
      await page.goto(url(baseUrl, `/applications/${encodeURIComponent(applicationId)}/debrief`));
      await page.getByRole('heading', { level: 1, name: 'Debrief' }).waitFor();
    },
    /** The "Begin" card shown when no rejection is recorded yet. */
    begin: async (options: { channel?: Channel } = {}) => {
      if (options.channel) {
        await main.getByRole('textbox', { name: 'How did you hear?' }).click();
        await page.getByRole('option', { name: CHANNEL_LABELS[options.channel], exact: true }).click();
      }
      await main.getByRole('button', { name: 'Begin' }).click();
      await waitForStep(1);
    },
    /** "Step 2 of 5: What they said" */
    stepPosition: () => main.getByTestId('step-position').innerText(),
    waitForStep,
    saveAndContinue,
    back: () => main.getByRole('button', { name: 'Back', exact: true }).click(),
    skip: () => main.getByRole('button', { name: 'Skip this step' }).click(),
    /** Jumps to a step by its stepper button ("How you feel", "What they said", …). */
    openStep: (label: string) => main.getByRole('button', { name: new RegExp(`^${label}`) }).first().click(),

    // Step 1 — check-in
    moodRadio: (mood: Mood) => radio(`${mood} – ${MOOD_LABELS[mood]}`),
    checkIn: async ({ mood, feelings = [], note }: CheckInOptions, options: { save?: boolean } = { save: true }) => {
      await main.getByRole('radio', { name: `${mood} – ${MOOD_LABELS[mood]}`, exact: true }).check();
      for (const f of feelings) await choose(page, main.getByRole('checkbox', { name: FEELINGS[f].label, exact: true }));
      if (note !== undefined) await main.getByLabel(/Anything you want to get off your chest/).fill(note);
      if (options.save !== false) {
        await saveAndContinue();
        await waitForStep(2);
      }
    },
    supportCard: () => main.getByTestId('support-card'),

    // Step 2 — the message
    pasteMessage: (text: string) => main.getByRole('textbox', { name: 'The message' }).fill(text),
    readItForMe: async () => {
      await main.getByRole('button', { name: 'Read it for me' }).click();
      await main.getByTestId('highlighted-message').waitFor();
    },
    /** The marked evidence sentences, in order. */
    highlightedSentences: () => main.getByTestId('highlighted-message').locator('mark').allInnerTexts(),
    highlightedMessage: () => main.getByTestId('highlighted-message'),
    reasonCheckbox: (label: string) => main.getByRole('checkbox', { name: new RegExp(`^${label}`) }),
    /** The card of a chosen reason (by its label, e.g. "Internal candidate"). */
    reasonCard: (label: string): Locator => main.locator('[data-testid^="reason-"]').filter({ hasText: label }).first(),
    setControl: async (reasonLabel: string, control: 'within' | 'outside') => {
      const card = main.locator('[data-testid^="reason-"]').filter({ hasText: reasonLabel }).first();
      await card.getByText(control === 'within' ? 'Within my control' : 'Outside my control', { exact: true }).click();
    },
    reframes: () => main.getByTestId('reframe').allInnerTexts(),
    feedbackOffered: () => main.getByRole('checkbox', { name: 'They offered feedback' }),
    doorOpen: () => main.getByRole('checkbox', { name: 'They left the door open for future roles' }),
    suggestion: (kind: 'ask_feedback' | 'reconnect') => main.getByTestId(`suggestion-${kind}`),

    // Step 3 — feedback request
    chooseRecipient: (label: RecipientLabel) => pick(label),
    chooseTone: (label: ToneLabel) => pick(label),
    setContactName: (name: string) => main.getByLabel('Their name (optional)').fill(name),
    setYourName: (name: string) => main.getByLabel('Your name, for the sign-off').fill(name),
    question: (label: string) => main.getByRole('checkbox', { name: new RegExp(`^${label}`) }),
    draftSubject: () => main.getByTestId('draft-subject').innerText(),
    draftBody: () => main.getByTestId('draft-body').first().innerText(),
    copyEmail: () => main.getByRole('button', { name: 'Copy email' }).first().click(),
    mailtoHref: () => main.getByRole('link', { name: 'Open in my mail app' }).first().getAttribute('href'),
    downloadEml: async () => {
      const download = page.waitForEvent('download');
      await main.getByRole('button', { name: 'Download .eml' }).first().click();
      return download;
    },
    showLinkedin: () => main.getByRole('tab', { name: 'LinkedIn' }).first().click(),
    linkedinText: () => main.getByTestId('draft-linkedin').first().innerText(),
    /** "123 / 300 characters" */
    linkedinCount: () => main.getByTestId('linkedin-count').first().innerText(),
    markSent: async () => {
      await main.getByRole('button', { name: 'Mark as sent' }).click();
      await main.getByTestId('feedback-waiting').waitFor();
    },
    recordFeedback: async (text: string) => {
      await main.getByRole('textbox', { name: 'What they said' }).fill(text);
      await main.getByRole('button', { name: 'Save their feedback' }).click();
      await main.getByTestId('feedback-received').waitFor();
    },
    theyDeclined: () => main.getByRole('button', { name: 'They declined' }).click(),
    noAnswer: () => main.getByRole('button', { name: 'No answer', exact: true }).click(),
    genericNotice: () => main.getByTestId('generic-feedback'),
    followUp: () => main.getByRole('region', { name: 'Follow-up asking for specifics' }),

    // Step 4 — reflection
    answer: (prompt: string | RegExp, text: string) => main.getByRole('textbox', { name: prompt }).first().fill(text),
    addLine: async (listPrompt: string, text: string) => {
      await main.getByRole('textbox', { name: `${listPrompt}: new line` }).fill(text);
      await main.getByRole('textbox', { name: `${listPrompt}: new line` }).press('Enter');
    },
    rate: (n: 1 | 2 | 3 | 4 | 5) => main.getByRole('radio', { name: new RegExp(`^${n} · `) }).check(),

    // Step 5 — lessons
    addSuggestedTheme: (label: string) => main.getByRole('button', { name: label, exact: true }).click(),
    addTheme: async (label: string) => {
      await main.getByRole('textbox', { name: 'Add a theme' }).fill(label);
      await main.getByRole('button', { name: 'Add theme' }).click();
    },
    chosenThemes: () => main.getByTestId('lesson-theme').locator('p').first().allInnerTexts(),
    themeCard: (label: string) => main.getByTestId('lesson-theme').filter({ hasText: label }).first(),
    /** Ticks the evidence snippet (its source, e.g. "Their feedback") under a chosen theme. */
    linkEvidence: (theme: string, source: string | RegExp) =>
      main.getByTestId('lesson-theme').filter({ hasText: theme }).first().getByRole('checkbox', { name: source }).check(),
    outsideControl: () => main.getByTestId('outside-control'),
    finish: async () => {
      await main.getByRole('button', { name: 'Save and finish' }).click();
      await main.getByTestId('debrief-finished').waitFor();
    },
    finished: () => main.getByTestId('debrief-finished'),
    backToApplication: () => main.getByRole('link', { name: 'Back to the application' }).click(),
  };
}

export type DebriefPage = ReturnType<typeof debriefPage>;

/** The "Debrief" panel on the application page. */
export function debriefPanel(page: Page) {
  const root = page.getByTestId('debrief-panel');
  return {
    root,
    themes: () => root.getByTestId('debrief-themes').getByText(/.+/).allInnerTexts(),
    start: () => root.getByRole('link', { name: /^(Start|Resume|Open) the debrief$/ }).click(),
  };
}

/** The "Debriefs to finish" card at the top of the board. */
export function debriefsToFinish(page: Page) {
  const root = page.getByTestId('debriefs-to-finish');
  return {
    root,
    items: () => root.getByRole('listitem').allInnerTexts(),
    continue: (company: string) => root.getByRole('link', { name: new RegExp(`^Continue the debrief for .* at ${company}$`) }).click(),
  };
}
