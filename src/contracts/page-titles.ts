/**
 * The name of each page in the browser tab and history, shared by the web app (which sets it as the person moves) and the
 * server (which writes it into the page it sends, so that the tab, the history and a screen reader have it from the first
 * byte, before the scripts run).
 */

/** Names the page in the browser tab and history: "Insights · Debrief". */
export function pageTitle(title: string | null | undefined): string {
  const t = title?.trim();
  return t ? `${t} · Debrief` : 'Debrief';
}

const TITLES: [RegExp, string][] = [
  [/^\/$/, 'Home'],
  [/^\/board\/?$/, 'Board'],
  [/^\/review\/[^/]+\/?$/, 'Weekly review'],
  [/^\/applications\/?$/, 'Applications'],
  [/^\/applications\/new\/?$/, 'New application'],
  [/^\/applications\/[^/]+\/debrief\/?$/, 'Debrief'],
  [/^\/applications\/[^/]+\/prepare\/?$/, 'Prepare'],
  [/^\/applications\/[^/]+\/?$/, 'Application'],
  [/^\/journal\/?$/, 'Journal'],
  [/^\/questions\/?$/, 'Question bank'],
  [/^\/plan\/?$/, 'Growth plan'],
  [/^\/stories\/?$/, 'Story bank'],
  [/^\/insights\/?$/, 'Insights'],
  [/^\/companies\/?$/, 'Companies'],
  [/^\/import-mail\/?$/, 'Import mail'],
  [/^\/import\/?$/, 'Import applications'],
  [/^\/proof\/?$/, 'Proof of search'],
  [/^\/new\/?$/, 'Capture a job'],
  [/^\/practice\/?$/, 'Practice'],
  [/^\/settings\/?$/, 'Settings'],
  [/^\/agenda\/?$/, 'Agenda'],
  [/^\/contacts\/?$/, 'Contacts'],
  [/^\/contacts\/[^/]+\/?$/, 'Contact'],
  [/^\/admin\/?$/, 'Administration'],
  [/^\/coach\/?$/, 'Coaching'],
  [/^\/coach\/accept\/?$/, 'Accept an invitation'],
  [/^\/coach\/clients\/[^/]+\/?$/, 'Client'],
  [/^\/org\/?$/, 'Organisations'],
  [/^\/org\/join\/?$/, 'Join an organisation'],
  [/^\/org\/cohorts\/[^/]+\/?$/, 'Cohort'],
  [/^\/org\/[^/]+\/?$/, 'Organisation'],
  [/^\/sign-in\/?$/, 'Sign in'],
  [/^\/sign-up\/?$/, 'Create your account'],
  [/^\/reset-password\/?$/, 'Choose a new password'],
];

/** The name of the page at `path`, before it knows more (an application's page then names the application). */
export function titleForPath(path: string): string {
  return TITLES.find(([pattern]) => pattern.test(path))?.[1] ?? 'Page not found';
}
