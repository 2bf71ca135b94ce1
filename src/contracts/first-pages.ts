/**
 * The list's first page with no filter, as the list asks for it
 * (src/web/features/applications/list/use-list-params.ts; a unit test holds the two together).
 */
export const LIST_FIRST_PAGE = '/api/applications?sort=updated&order=desc&page=1&pageSize=25&fields=summary';

/**
 * The insights as the page asks for them at first: every figure, but only the
 * comparisons it shows before "Show all" (src/web/features/insights/api.ts).
 */
export const INSIGHTS_FIRST = '/api/insights?segments=top';

/**
 * The pages people open first, by address, with the source file of each (the
 * key of the web build's manifest). The web app starts downloading the page's
 * script with its own (src/web/App.tsx); the server names the page's scripts
 * in index.html, so the browser fetches them while the app's script is still
 * arriving (src/server/web-app.ts).
 *
 * `data` are the API requests the page makes as it opens, written exactly as
 * the app writes them (src/web/api/client.ts): the server answers them into
 * index.html for the person signed in, and the app reads them from there
 * instead of asking again (src/web/first-data.ts).
 */
export const FIRST_PAGES = [
  { path: /^\/$/, page: 'home', source: 'features/home/HomePage.tsx', data: ['/api/home'] },
  { path: /^\/board\/?$/, page: 'board', source: 'features/board/BoardPage.tsx', data: ['/api/board', '/api/settings'] },
  { path: /^\/applications\/?$/, page: 'list', source: 'features/applications/list/ListPage.tsx', data: [LIST_FIRST_PAGE, '/api/tags', '/api/settings'] },
  { path: /^\/applications\/new\/?$/, page: 'new', source: 'features/applications/new/NewApplicationPage.tsx', data: [] },
  { path: /^\/applications\/[^/]+\/?$/, page: 'application', source: 'features/applications/detail/ApplicationPage.tsx', data: [] },
  { path: /^\/insights\/?$/, page: 'insights', source: 'features/insights/InsightsPage.tsx', data: [INSIGHTS_FIRST] },
] as const;

/** Asked before anything else is drawn, on every page. */
export const SESSION_REQUEST = '/api/session';
/** Asked by the app's frame on every page once someone is signed in (whether the sample search is loaded). */
export const FRAME_REQUESTS = ['/api/demo'] as const;

export type FirstPage = (typeof FIRST_PAGES)[number]['page'];

/** The first page at `pathname`, if it is one of them. */
export function firstPageAt(pathname: string): (typeof FIRST_PAGES)[number] | undefined {
  return FIRST_PAGES.find((p) => p.path.test(pathname));
}

/**
 * The API requests whose answers the server puts into index.html at `pathname`:
 * who is signed in, what the app's frame asks for, and the opened page's
 * first data when the address has no query (a filtered list asks for
 * something else).
 */
export function firstRequestsAt(pathname: string, search: string): string[] {
  const page = firstPageAt(pathname);
  return [SESSION_REQUEST, ...FRAME_REQUESTS, ...(page && !search ? page.data : [])];
}

/** The id of the `<script type="application/json">` element holding those answers. */
export const FIRST_DATA_ID = 'first-data';

/**
 * The performance mark the web app sets once it has taken the page over and every control works (a page
 * drawn by the server is shown, `inert`, before that: src/web/root.tsx).
 */
export const READY_MARK = 'debrief:ready';
