/**
 * The pages people open first, by address, with the source file of each (the
 * key of the web build's manifest). The web app starts downloading the page's
 * script with its own (src/web/App.tsx); the server names the page's scripts
 * in index.html, so the browser fetches them while the app's script is still
 * arriving (src/server/web-app.ts).
 */
export const FIRST_PAGES = [
  { path: /^\/$/, page: 'home', source: 'features/home/HomePage.tsx' },
  { path: /^\/board\/?$/, page: 'board', source: 'features/board/BoardPage.tsx' },
  { path: /^\/applications\/?$/, page: 'list', source: 'features/applications/list/ListPage.tsx' },
  { path: /^\/applications\/new\/?$/, page: 'new', source: 'features/applications/new/NewApplicationPage.tsx' },
  { path: /^\/applications\/[^/]+\/?$/, page: 'application', source: 'features/applications/detail/ApplicationPage.tsx' },
  { path: /^\/insights\/?$/, page: 'insights', source: 'features/insights/InsightsPage.tsx' },
] as const;

export type FirstPage = (typeof FIRST_PAGES)[number]['page'];

/** The first page at `pathname`, if it is one of them. */
export function firstPageAt(pathname: string): (typeof FIRST_PAGES)[number] | undefined {
  return FIRST_PAGES.find((p) => p.path.test(pathname));
}
