import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './context.js';

/**
 * Serves the built web app. File names under /assets carry a hash of their
 * content, so browsers keep them for a year; index.html names the current
 * assets, so it is checked on every visit. The build writes .br and .gz
 * copies of the assets (vite.config.ts), served to browsers that accept them.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

function cacheControlFor(path: string): string {
  return path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

export function serveWebApp(app: OpenAPIHono<AppEnv>, webDir: string): void {
  const files = serveStatic({ root: relative(process.cwd(), webDir) || '.', precompressed: true });
  app.use('/*', async (c, next) => {
    const found = await files(c, next);
    if (found instanceof Response) found.headers.set('Cache-Control', cacheControlFor(c.req.path));
    return found;
  });
  // Missing files under /assets are a 404, not the app: an old page must not cache index.html as a script.
  app.get('/assets/*', (c) => c.text('Not found.', 404, { 'cache-control': REVALIDATE }));
  app.get('*', async (c) => {
    c.header('Cache-Control', REVALIDATE);
    return c.html(await readFile(join(webDir, 'index.html'), 'utf8'));
  });
}
