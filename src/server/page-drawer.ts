import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Pages drawn on the server (docs/decisions/0057): the web app's server build (dist/web-ssr, written by
 * `npm run build:web` beside dist/web) draws the page a person opens from the answers already put into
 * it, so that the page shows before the app's scripts have arrived.
 *
 * Drawing a board of a few hundred cards takes tens of milliseconds of CPU: it runs in a worker thread,
 * so the server's own thread keeps sending the page's styles and scripts, and other people's answers,
 * meanwhile. One thread per process, started by the first page asked for and shared by every app the
 * process serves (drawing depends on nothing but its request). A page not drawn in time, or not drawn
 * at all (no server build, an error), goes out as before and the browser draws it.
 */

/** Draws the page at a path with its first answers; null when it cannot. */
export type PageDrawer = (pathname: string, search: string, answers: Record<string, unknown>) => Promise<string | null>;

/** Long enough for the thread's first start (loading the build), short enough that a page never waits long. */
export const DRAW_TIMEOUT_MS = 2_000;

/** The thread's script: it loads the server build and answers the server's requests (src/web/entry-server.tsx). */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.entry).then(
  (build) => build.serveDrawings(parentPort),
  (e) => parentPort.postMessage({ id: 0, error: String((e && e.message) || e) }),
);
`;

type DrawAnswer = { id: number; html: string } | { id: number; error: string };

interface Drawer {
  draw: PageDrawer;
  /** Starts the thread (loading the server build) before the first page is asked for. */
  warm: () => void;
}

const drawers = new Map<string, Drawer>();

function drawerFor(webDir: string): Drawer {
  const entry = join(webDir, '..', 'web-ssr', 'entry-server.js');
  let drawer = drawers.get(entry);
  if (!drawer) {
    drawer = existsSync(entry) ? threadDrawer(entry) : { draw: () => Promise.resolve(null), warm: () => undefined };
    drawers.set(entry, drawer);
  }
  return drawer;
}

/** The drawer of the web app built into `webDir` (dist/web): its server build is in dist/web-ssr. */
export function pageDrawer(webDir: string): PageDrawer {
  return drawerFor(webDir).draw;
}

/**
 * Starts the drawing thread now, so that the first page opened after the server starts is drawn without
 * waiting for the build to load (`debrief serve` calls it once it listens; tests leave it to the first page).
 */
export function warmPageDrawer(webDir: string): void {
  drawerFor(webDir).warm();
}

function threadDrawer(entry: string): Drawer {
  let thread: Worker | null = null;
  let broken = false;
  let next = 1;
  const pending = new Map<number, (html: string | null) => void>();
  const told = new Set<string>();
  const tell = (what: string, message: string) => {
    if (told.has(what)) return;
    told.add(what);
    console.error(`Debrief could not draw ${what} on the server; the browser draws it instead. ${message}`);
  };
  const start = (): Worker => {
    const started = new Worker(THREAD_SOURCE, { eval: true, workerData: { entry: pathToFileURL(entry).href } });
    // Never what keeps the process alive: the server is.
    started.unref();
    started.on('message', (answer: DrawAnswer) => {
      if (answer.id === 0 && 'error' in answer) {
        broken = true;
        tell('any page', `Its server build (${entry}) did not load: ${answer.error}`);
        void started.terminate();
        return;
      }
      const done = pending.get(answer.id);
      pending.delete(answer.id);
      done?.('html' in answer ? answer.html : null);
      if ('error' in answer) tell(`a page (request ${answer.id})`, answer.error);
    });
    started.on('error', (e) => tell('pages', e.message));
    started.on('exit', () => {
      if (thread === started) thread = null;
      for (const done of pending.values()) done(null);
      pending.clear();
    });
    return started;
  };
  const draw: PageDrawer = (pathname, search, answers) => {
    if (broken) return Promise.resolve(null);
    return new Promise((resolve) => {
      const id = next++;
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(null);
      }, DRAW_TIMEOUT_MS);
      timer.unref();
      pending.set(id, (html) => {
        clearTimeout(timer);
        resolve(html);
      });
      (thread ??= start()).postMessage({ id, pathname, search, answers });
    });
  };
  return {
    draw,
    warm: () => {
      if (!broken) thread ??= start();
    },
  };
}
