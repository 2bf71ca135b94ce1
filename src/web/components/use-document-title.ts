import { useEffect } from 'react';

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
  [/^\/applications\/[^/]+\/?$/, 'Application'],
  [/^\/journal\/?$/, 'Journal'],
  [/^\/questions\/?$/, 'Question bank'],
  [/^\/plan\/?$/, 'Growth plan'],
  [/^\/stories\/?$/, 'Story bank'],
  [/^\/insights\/?$/, 'Insights'],
  [/^\/companies\/?$/, 'Companies'],
  [/^\/import-mail\/?$/, 'Import mail'],
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

/** A page's own, more precise title (null while it is loading: the route's title stays). */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = pageTitle(title);
  }, [title]);
}
