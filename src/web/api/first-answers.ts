import { FIRST_DATA_ID } from '../../contracts/first-pages';

/**
 * The answers the server put into index.html (src/server/web-app.ts): who is
 * signed in and the opened page's first data, by the request the app would
 * have made. Each is used once, by the first request for it; every later
 * request goes to the server.
 */
let answers: Map<string, unknown> | null = null;

function read(): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const element = typeof document === 'undefined' ? null : document.getElementById(FIRST_DATA_ID);
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

/** The kept answer to `request` (`/api/…?…`, as the app writes it), taken once; undefined when there is none. */
export function takeFirstAnswer(request: string): unknown {
  answers ??= read();
  const body = answers.get(request);
  answers.delete(request);
  return body;
}

