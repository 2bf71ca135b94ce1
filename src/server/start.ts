import { serve } from '@hono/node-server';
import type { Database } from '../db/connect.js';
import { createApp } from './app.js';
import { warmPageDrawer } from './page-drawer.js';
import { webDir } from './paths.js';
import type { HostedRuntime } from './context.js';
import { acquireServeLock, type ServeLock } from './serve-lock.js';

export interface StartOptions {
  database: Database;
  port: number;
  host: string;
  /** Hosted mode's parts; absent in local mode. */
  hosted?: HostedRuntime;
}

/** A local database is served by one server at a time; PostgreSQL takes any number. */
function lockFor(database: Database): ServeLock | null {
  if (database.dialect !== 'sqlite' || database.location === ':memory:') return null;
  return acquireServeLock(database.location);
}

/**
 * Starts the HTTP server; resolves with its address once it listens. Refuses
 * when another server already serves the same SQLite database.
 */
export async function startServer(options: StartOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host);
  const lock = lockFor(options.database);
  const app = createApp({ db: options.database.db, localOnly: loopback, ...(options.hosted ? { hosted: options.hosted } : {}) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}`;
      lock?.record(url);
      warmPageDrawer(webDir());
      resolve({
        url,
        close: () =>
          new Promise((done) =>
            server.close(() => {
              lock?.release();
              done();
            }),
          ),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      lock?.release();
      if (err.code === 'EADDRINUSE') {
        reject(new Error(`Port ${options.port} is already in use. Stop the other program or choose another port with --port.`));
      } else reject(err);
    });
  });
}
