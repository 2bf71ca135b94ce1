import type { QueryClient } from '@tanstack/react-query';
import { firstPageAt } from '../contracts/first-pages';
import { sessionQuery } from './features/account/api';
import { applicationListQuery } from './features/applications/api';
import { parseListParams, toApiQuery } from './features/applications/list/use-list-params';
import { boardQuery } from './features/board/api';
import { homeQuery } from './features/home/api';
import { insightsQuery } from './features/insights/api';
import { settingsQuery } from './features/settings/api';

/**
 * Asks for the first page's data as the app starts, beside who is signed in,
 * instead of after the sign-in check and the page's first render: the
 * answers are in the cache when the page asks for them. The built server
 * has usually put those answers into the page already
 * (src/web/api/first-answers.ts), and then nothing goes over the network.
 * Signed out (hosted mode), the data requests are refused with 401 and the
 * sign-in page shows, as it would anyway.
 */
export function prefetchFirstData(qc: QueryClient, pathname: string, search = ''): Promise<void> {
  const started = [qc.prefetchQuery(sessionQuery)];
  const page = firstPageAt(pathname)?.page;
  if (page === 'board') {
    started.push(qc.prefetchQuery(boardQuery), qc.prefetchQuery(settingsQuery));
  } else if (page === 'home') {
    started.push(qc.prefetchQuery(homeQuery));
  } else if (page === 'list') {
    started.push(qc.prefetchQuery(applicationListQuery(toApiQuery(parseListParams(new URLSearchParams(search))))));
  } else if (page === 'insights') {
    started.push(qc.prefetchQuery(insightsQuery));
  }
  return Promise.all(started).then(() => undefined);
}
