import { useEffect } from 'react';

import { pageTitle } from '../../contracts/page-titles.js';

export { pageTitle, titleForPath } from '../../contracts/page-titles.js';

/** A page's own, more precise title (null while it is loading: the route's title stays). */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = pageTitle(title);
  }, [title]);
}
