import { FIRST_DATA_ID } from '../../contracts/first-pages.js';

/**
 * The answers the server put into index.html (src/server/web-app.ts): who is
 * signed in and the opened page's first data, by the request the app would
 * have made. Each is used once, by the first request for it; every later
 * request goes to the server.
 */
let answers: Map<string, unknown> | null = null;

/** The page's document, when there is one (this module is also read by the server's tests, without a DOM). */
interface Page {
  getElementById: (id: string) => { textContent: string | null; remove: () => void } | null;
}

function read(): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const page = (globalThis as { document?: Page }).document;
  const element = page ? page.getElementById(FIRST_DATA_ID) : null;
  if (element?.textContent) {
    try {
      const parsed = JSON.parse(element.textContent) as Record<string, unknown>;
      for (const [request, body] of Object.entries(parsed)) found.set(request, body);
    } catch {
      // Unreadable: the app asks the server, as it would without them.
    }
    element.remove();
  }
  return found;
}

/**
 * While the server draws a page (src/web/entry-server.tsx): the answers it put into that page. Set only
 * for the synchronous start of the page's first requests, so two pages drawn at once never share them.
 */
let drawing: Map<string, unknown> | null = null;

/** Runs `start` (which starts the page's first requests) with `found` as the first answers, on the server. */
export function withServerAnswers<T>(found: Map<string, unknown>, start: () => T): T {
  drawing = found;
  try {
    return start();
  } finally {
    drawing = null;
  }
}

/** Whether a request starts while the server draws a page: one it has no answer for is left waiting. */
export function drawingOnServer(): boolean {
  return drawing !== null;
}

/** The kept answer to `request` (`/api/…?…`, as the app writes it), taken once; undefined when there is none. */
export function takeFirstAnswer(request: string): unknown {
  const kept = drawing ?? (answers ??= read());
  const body = kept.get(request);
  kept.delete(request);
  return body;
}

