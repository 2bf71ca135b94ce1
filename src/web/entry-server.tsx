import './zod-config';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App, preloadPageFor } from './App';
import { withServerAnswers } from './api/first-answers';
import { prefetchFirstData } from './first-data';
import { AppRoot, createQueryClient } from './root';

/**
 * The page at `pathname` drawn on the server, from the answers the server put into it (by request, as
 * src/server/web-app.ts reads them): the browser shows it before the app's scripts have arrived, then
 * takes it over (src/web/main.tsx). The same tree as the browser's, with the same answers in the cache
 * at the same moment, so the browser's first render matches it: what has no answer here is drawn as
 * still loading, as the browser draws it before its own request returns.
 */
export async function drawPage(pathname: string, search: string, answers: Record<string, unknown>): Promise<string> {
  await preloadPageFor(pathname);
  const queryClient = createQueryClient();
  const answered = withServerAnswers(new Map(Object.entries(answers)), () => prefetchFirstData(queryClient, pathname, search));
  // The answered requests settle within the current task; the others never do (they are not asked).
  await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 0))]);
  const html = renderToString(<AppRoot queryClient={queryClient} router={<StaticRouter location={`${pathname}${search}`}><App /></StaticRouter>} />);
  queryClient.clear();
  return html;
}

/** A page to draw, sent by the server to its drawing thread (src/server/page-drawer.ts). */
export interface DrawRequest {
  id: number;
  pathname: string;
  search: string;
  answers: Record<string, unknown>;
}

/** The drawn page, or why it could not be drawn. */
export type DrawAnswer = { id: number; html: string } | { id: number; error: string };

/** The thread's end of the channel to the server (a worker's `parentPort`). */
interface Port {
  on: (event: 'message', listener: (request: DrawRequest) => void) => void;
  postMessage: (answer: DrawAnswer) => void;
}

/** Draws the pages the server asks for, in the thread it started for them, so its own requests never wait. */
export function serveDrawings(port: Port): void {
  port.on('message', (request) => {
    drawPage(request.pathname, request.search, request.answers).then(
      (html) => port.postMessage({ id: request.id, html }),
      (e: unknown) => port.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) }),
    );
  });
}
