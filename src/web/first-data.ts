import type { QueryClient } from '@tanstack/react-query';
import { firstPageAt } from '../contracts/first-pages';
import { sessionQuery } from './features/account/api';
import { boardQuery } from './features/board/api';
import { goalsQuery, homeQuery } from './features/home/api';
import { settingsQuery } from './features/settings/api';

/**
 * Asks for the first page's data as the app starts, beside who is signed in,
 * instead of after the sign-in check and the page's first render: the
 * answers are in the cache when the page asks for them. Signed out (hosted
 * mode), the data requests are refused with 401 and the sign-in page shows,
 * as it would anyway.
 */
export function prefetchFirstData(qc: QueryClient, pathname: string): void {
  void qc.prefetchQuery(sessionQuery);
  const page = firstPageAt(pathname)?.page;
  if (page === 'board') {
    void qc.prefetchQuery(boardQuery);
    void qc.prefetchQuery(settingsQuery);
  } else if (page === 'home') {
    void qc.prefetchQuery(homeQuery);
    void qc.prefetchQuery(goalsQuery);
  }
}
