import { serve } from '@hono/node-server';
import type { Database } from '../db/connect.js';
import { createApp } from './app.js';

export interface StartOptions {
  database: Database;
  port: number;
  host: string;
}

/** Starts the HTTP server; resolves with its address once it listens. */
export function startServer(options: StartOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host);
  const app = createApp({ db: options.database.db, localOnly: loopback });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(new Error(`Port ${options.port} is already in use. Stop the other program or choose another port with --port.`));
      } else reject(err);
    });
  });
}
