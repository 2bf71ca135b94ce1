import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createGzip } from 'node:zlib';
import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { FIRST_DATA_ID, firstPageAt, firstRequestsAt, SESSION_REQUEST } from '../contracts/first-pages.js';
import { pageTitle, titleForPath } from '../contracts/page-titles.js';
import type { AppEnv } from './context.js';
import { pageDrawer, type PageDrawer } from './page-drawer.js';

/**
 * Serves the built web app. File names under /assets carry a hash of their
 * content, so browsers keep them for a year; index.html names the current
 * assets, so it is checked on every visit. The build writes .br and .gz
 * copies of the assets (vite.config.ts), served to browsers that accept them.
 *
 * index.html also names, as module preloads, the scripts of the page at the
 * address asked for (the board's, the list's…), read from the build's
 * manifest: the browser fetches them beside the app's own script instead of
 * after it has run.
 *
 * And it holds the answers the app asks for first (who is signed in, the
 * opened page's data: FIRST_PAGES in src/contracts/first-pages.ts), answered
 * by the API itself with the request's own cookies, so they are the signed-in
 * person's and nobody else's. The page is sent in two parts: everything but
 * the answers at once (the browser starts on the scripts), the answers when
 * they are ready; the app's scripts run once the page is complete. A page
 * holding someone's data is never kept by a browser or a proxy.
 *
 * With the answers, the server draws the page itself into the root element (ADR 0057): the person
 * sees it as soon as the HTML and the styles are in, while the scripts are still arriving. It comes
 * `inert` (nothing can be clicked or typed into yet) until the app has taken it over.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const PRIVATE_PAGE = 'private, no-store';

function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The chunks a page needs beyond the app's own, in the order the browser will ask for them (the page's first). */
function pageChunks(manifest: Manifest, source: string, entry: string): ManifestChunk[] {
  const seen = new Set<string>();
  const walk = (key: string, out: ManifestChunk[]) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    out.push(chunk);
    for (const imported of chunk.imports ?? []) walk(imported, out);
  };
  walk(entry, []);
  const out: ManifestChunk[] = [];
  walk(source, out);
  return out;
}

/**
 * The scripts a page needs beyond the app's own, in the order the browser
 * will ask for them: the page's chunk, then the chunks it imports (those the
 * app's entry already brings are left out).
 */
export function pageScripts(manifest: Manifest, source: string, entry = 'index.html'): string[] {
  return pageChunks(manifest, source, entry).map((c) => `/${c.file}`);
}

/**
 * The styles of those chunks. Named in index.html, they download with the app's script; otherwise
 * the app asks for them only when it opens the page, and waits for them before drawing it.
 */
export function pageStyles(manifest: Manifest, source: string, entry = 'index.html'): string[] {
  return [...new Set(pageChunks(manifest, source, entry).flatMap((c) => (c.css ?? []).map((file) => `/${file}`)))];
}

/** index.html with the module preloads and styles of the page at `pathname` (unchanged for other addresses). */
export function withPagePreloads(html: string, manifest: Manifest | null, pathname: string): string {
  const page = manifest ? firstPageAt(pathname) : undefined;
  if (!manifest || !page) return html;
  const links = [
    ...pageScripts(manifest, page.source).map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
    // The same attributes as the app's own loader writes, so it finds them and does not ask again.
    ...pageStyles(manifest, page.source).map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
  ];
  return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
}

/**
 * JSON that can sit inside a `<script>` element: no `<`, `>` or `&` (so no
 * `</script>` and no `<!--`), and the line separators U+2028 and U+2029
 * escaped. JSON.parse reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The element holding the first answers, placed before `</body>` (before the app's scripts run). */
export function firstDataElement(answers: Record<string, unknown>): string {
  return `<script type="application/json" id="${FIRST_DATA_ID}">${scriptJson(answers)}</script>`;
}

interface Answer {
  body: unknown;
  cookies: string[];
}

/**
 * Asks the app's own API for `path` as the browser would, with the page
 * request's cookies (and nothing else of it). Only a 200 with JSON counts: a
 * signed-out request gets its 401 here and nothing is embedded.
 */
async function answer(app: OpenAPIHono<AppEnv>, c: Context<AppEnv>, path: string): Promise<Answer | null> {
  const headers = new Headers({ accept: 'application/json' });
  const cookie = c.req.header('cookie');
  if (cookie) headers.set('cookie', cookie);
  const res = await app.fetch(new Request(new URL(path, c.req.url), { headers }), c.env);
  const cookies = res.headers.getSetCookie();
  if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('application/json')) {
    await res.body?.cancel();
    return { body: undefined, cookies };
  }
  return { body: await res.json(), cookies };
}

/**
 * index.html with the first answers: the session first (a session due for
 * renewal is renewed by it, and the renewed cookie goes with the page), then
 * the page's data while the first part of the page is already on its way.
 */
async function sendWithFirstData(app: OpenAPIHono<AppEnv>, c: Context<AppEnv>, html: string, compress: boolean, draw: PageDrawer | null): Promise<Response> {
  const url = new URL(c.req.url);
  const requests = firstRequestsAt(c.req.path, url.search);
  const session = await answer(app, c, SESSION_REQUEST);
  const signedIn = isSignedIn(session?.body);
  const split = splitAtRoot(html);
  const { after, root } = split;
  // The first pages only: their scripts are ready to take the drawing over at once (src/web/App.tsx).
  const drawing = root && signedIn && draw !== null && firstPageAt(c.req.path) !== undefined;
  // While the server draws, the browser fetches the styles alone: the scripts, named after the drawn page,
  // would take the machine's time from the drawing and arrive no sooner than that page is usable.
  const { head: untitled, scripts } = drawing ? scriptsOutOfHead(split.before) : { head: split.before, scripts: '' };
  // the page's name from the first byte (the tab, the history, a screen reader), as the app names it once it runs
  const before = withTitle(untitled, pageTitle(titleForPath(c.req.path)));
  const rest = async (): Promise<string> => {
    const answers: Record<string, unknown> = {};
    if (session?.body !== undefined) answers[SESSION_REQUEST] = session.body;
    if (signedIn) {
      const data = requests.filter((r) => r !== SESSION_REQUEST);
      const found = await Promise.all(data.map((r) => answer(app, c, r)));
      data.forEach((r, i) => {
        const body = found[i]?.body;
        if (body !== undefined) answers[r] = body;
      });
    }
    const drawn = drawing && draw ? await draw(c.req.path, url.search, answers) : null;
    const cut = after.lastIndexOf('</body>');
    const body = cut >= 0 ? after.slice(0, cut) : after;
    const end = cut >= 0 ? after.slice(cut) : '';
    const opened = !root ? '' : drawn === null ? '>' : ` inert data-drawn>${drawn}`;
    return `${opened}${body}${firstDataElement(answers)}\n  ${scripts}${end}`;
  };
  const headers = new Headers({ 'content-type': 'text/html; charset=UTF-8', 'cache-control': PRIVATE_PAGE, vary: 'Accept-Encoding, Cookie' });
  for (const cookie of session?.cookies ?? []) headers.append('set-cookie', cookie);
  if (c.req.method === 'HEAD') return new Response(null, { headers });
  if (!compress || !/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return new Response(twoPartPlain(before, rest), { headers });
  headers.set('content-encoding', 'gzip');
  return new Response(twoPartGzip(before, rest), { headers });
}

/** The head of index.html with its <title> naming the page ("Home · Debrief"). */
export function withTitle(head: string, title: string): string {
  const text = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return head.replace(/<title>[^<]*<\/title>/, `<title>${text}</title>`);
}

const ROOT_OPEN = '<div id="root"';

/** The module scripts and module preloads of index.html's head (the build's and the page's), one per line. */
const HEAD_SCRIPT = /^[ \t]*(<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)[ \t]*\n/gm;

/** `head` without its module scripts and preloads, and those as they were, to go at the end of the body. */
export function scriptsOutOfHead(head: string): { head: string; scripts: string } {
  const found: string[] = [];
  const rest = head.replace(HEAD_SCRIPT, (_line, tag: string) => {
    found.push(tag);
    return '';
  });
  return { head: rest, scripts: found.map((tag) => `${tag}\n  `).join('') };
}

/**
 * index.html around its root element: `before` up to `<div id="root"` (the head, with the scripts and
 * styles the browser starts on at once), `after` from the end of that opening tag's name on (`></div>`
 * and the rest of the body), so that the page drawn on the server goes inside the root.
 */
export function splitAtRoot(html: string): { before: string; after: string; root: boolean } {
  const at = html.indexOf(`${ROOT_OPEN}></div>`);
  if (at < 0) {
    // No empty root to draw into: the answers go before `</body>` and nothing is drawn.
    const cut = html.lastIndexOf('</body>');
    return cut >= 0 ? { before: html.slice(0, cut), after: html.slice(cut), root: false } : { before: html, after: '', root: false };
  }
  return { before: html.slice(0, at + ROOT_OPEN.length), after: html.slice(at + ROOT_OPEN.length + 1), root: true };
}

/**
 * One gzip stream in two parts: `first` compressed and flushed at once, then,
 * only once it has been taken for sending, `rest()` asked for and the stream
 * ended with it (a compression stream would hold the first part back until
 * the end; the API's answers run on the same thread, so they start after the
 * first part is on its way).
 */
export function twoPartGzip(first: string, rest: () => Promise<string>): ReadableStream<Uint8Array> {
  const gzip = createGzip();
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const take = (): Uint8Array => new Uint8Array(Buffer.concat(out.splice(0)));
  let sentFirst = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentFirst) {
        sentFirst = true;
        gzip.write(first);
        await new Promise<void>((resolve) => gzip.flush(() => resolve()));
        controller.enqueue(take());
        return;
      }
      // Let the first part reach the socket before the answers take the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const ended = new Promise<void>((resolve, reject) => {
        gzip.once('end', resolve);
        gzip.once('error', reject);
      });
      gzip.end(await rest());
      await ended;
      controller.enqueue(take());
      controller.close();
    },
    cancel() {
      gzip.destroy();
    },
  });
}

/** The same two parts as they are: the first sent at once, `rest()` asked for once it has been taken. */
export function twoPartPlain(first: string, rest: () => Promise<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sentFirst = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentFirst) {
        sentFirst = true;
        controller.enqueue(encoder.encode(first));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      controller.enqueue(encoder.encode(await rest()));
      controller.close();
    },
  });
}

/** Whether the session's answer names someone: local mode always; hosted mode when an account is signed in. */
function isSignedIn(session: unknown): boolean {
  if (typeof session !== 'object' || session === null) return false;
  const s = session as { mode?: unknown; account?: unknown };
  return s.mode === 'local' || (typeof s.account === 'object' && s.account !== null);
}

/**
 * `drawPages`: whether the page is drawn on the server into index.html (src/web/entry-server.tsx), so
 * that it shows before the app's scripts have run (on by default; the app takes it over when they have).
 * `compress`: whether index.html is gzipped for a client that accepts it (off for a server that
 * answers this computer only, where gzip over the loopback saves nothing).
 */
export function serveWebApp(app: OpenAPIHono<AppEnv>, webDir: string, { compress = true, drawPages = true }: { compress?: boolean; drawPages?: boolean } = {}): void {
  const files = serveStatic({ root: relative(process.cwd(), webDir) || '.', precompressed: true });
  // index.html and the manifest, read again when a new build replaces them.
  let cached: { mtimeMs: number; html: string; manifest: Manifest | null; pages: Map<string, string> } | null = null;
  const indexFor = async (pathname: string): Promise<string> => {
    const indexFile = join(webDir, 'index.html');
    const { mtimeMs } = await stat(indexFile);
    if (cached?.mtimeMs !== mtimeMs) {
      const html = await readFile(indexFile, 'utf8');
      const manifest = await readFile(join(webDir, '.vite', 'manifest.json'), 'utf8')
        .then((text) => JSON.parse(text) as Manifest)
        .catch(() => null);
      cached = { mtimeMs, html, manifest, pages: new Map() };
    }
    const page = firstPageAt(pathname)?.page ?? '';
    let html = cached.pages.get(page);
    if (html === undefined) {
      html = withPagePreloads(cached.html, cached.manifest, pathname);
      cached.pages.set(page, html);
    }
    return html;
  };
  const draw = drawPages ? pageDrawer(webDir) : null;
  const sendIndex = async (c: Context<AppEnv>) => sendWithFirstData(app, c, await indexFor(c.req.path), compress, draw);
  // The home page is index.html itself: it gets its preloads too.
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  app.use('/*', async (c, next) => {
    // The build's manifest is for the server, not for the browser.
    if (c.req.path.startsWith('/.vite/')) return next();
    const found = await files(c, next);
    if (found instanceof Response) found.headers.set('Cache-Control', cacheControlFor(c.req.path));
    return found;
  });
  // Missing files under /assets are a 404, not the app: an old page must not cache index.html as a script.
  app.get('/assets/*', (c) => c.text('Not found.', 404, { 'cache-control': REVALIDATE }));
  app.get('*', sendIndex);
}
