import { useEffect } from 'react';

/** Names the page in the browser tab and history: "Insights · Debrief". */
export function pageTitle(title: string | null | undefined): string {
  const t = title?.trim();
  return t ? `${t} · Debrief` : 'Debrief';
}

export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
