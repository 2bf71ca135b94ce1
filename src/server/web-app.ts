import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { firstPageAt } from '../contracts/first-pages.js';
import type { AppEnv } from './context.js';

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
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/**
 * The scripts a page needs beyond the app's own, in the order the browser
 * will ask for them: the page's chunk, then the chunks it imports (those the
 * app's entry already brings are left out).
 */
export function pageScripts(manifest: Manifest, source: string, entry = 'index.html'): string[] {
  const seen = new Set<string>();
  const walk = (key: string, out: string[]) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    out.push(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) walk(imported, out);
  };
  walk(entry, []);
  const out: string[] = [];
  walk(source, out);
  return out;
}

/** index.html with the module preloads of the page at `pathname` (unchanged for other addresses). */
export function withPagePreloads(html: string, manifest: Manifest | null, pathname: string): string {
  const page = manifest ? firstPageAt(pathname) : undefined;
  if (!manifest || !page) return html;
  const links = pageScripts(manifest, page.source).map((href) => `<link rel="modulepreload" crossorigin href="${href}">`);
  return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
}

export function serveWebApp(app: OpenAPIHono<AppEnv>, webDir: string): void {
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
  const sendIndex = async (c: Context<AppEnv>) => {
    c.header('Cache-Control', REVALIDATE);
    return c.html(await indexFor(c.req.path));
  };
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
