import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../../src/db/connect.js';
import { readHostedConfig } from '../../src/domain/hosting/config.js';
import { createApp } from '../../src/server/app.js';
import { hostedRuntime } from '../../src/server/hosted.js';
import { jobQueue, startQueue } from '../../src/server/job-queue.js';
import { startWorker, type RunningWorker } from '../../src/server/worker.js';
import { freshDatabase } from './databases.js';
import { chromiumPath } from './e2e.js';

const webDir = join(import.meta.dirname, '..', '..', 'dist', 'web');

export interface CaughtMail {
  to: string;
  raw: string;
}

export interface HostedE2E {
  url: string;
  database: Database;
  mail: CaughtMail[];
  /** The first link in the newest message to `to` whose URL contains `part`, waiting for it to arrive. */
  linkFor: (to: string, part: string) => Promise<string>;
  newPage: (options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number }) => Promise<Page>;
  /** With `jobs`: starts `debrief worker`'s loop in this process (imports wait until then). */
  startWorker: () => Promise<void>;
  close: () => Promise<void>;
}

/** A mail catcher (smtp-server), a hosted Debrief on a fresh PostgreSQL database, and Chromium. */
export async function startHostedE2E(signup: 'open' | 'invite' = 'invite', options: { jobs?: boolean } = {}): Promise<HostedE2E> {
  const mail: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => (raw += d));
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) mail.push({ to: r.address, raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const database = await freshDatabase('postgres');
  let handler: (request: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  const server = serve({ fetch: (request) => handler(request), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const read = readHostedConfig({ DATABASE_URL: 'postgres://e2e', PUBLIC_URL: url, DEBRIEF_SIGNUP: signup, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const boss = options.jobs ? await startQueue(database.db, { role: 'app' }) : null;
  let worker: RunningWorker | null = null;
  const hosted = await hostedRuntime(database.db, { ...read.config, mailFrom: 'Debrief <debrief@example.org>' }, boss ? { jobs: jobQueue(boss) } : {});
  const app = createApp({ db: database.db, hosted, webDir });
  handler = (request) => app.fetch(request);

  const browser: Browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const contexts: BrowserContext[] = [];
  const decode = (raw: string): string => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  return {
    url,
    database,
    mail,
    linkFor: async (to, part) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const found = mail
          .filter((m) => m.to === to)
          .map((m) => decode(m.raw).match(/https?:\/\/[^\s"<>]+/g) ?? [])
          .flat()
          .filter((l) => l.includes(part))
          .at(-1);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No mail to ${to} with a link containing ${part}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: url,
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: 'reduce',
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        // Each browser is its own visitor for the sign-in limits (the proxy header the server trusts).
        extraHTTPHeaders: { 'x-forwarded-for': `10.1.${contexts.length}.${Math.floor(Math.random() * 250) + 1}` },
      });
      contexts.push(context);
      return context.newPage();
    },
    startWorker: async () => {
      worker ??= await startWorker({ db: database.db, concurrency: 1, pollingIntervalSeconds: 0.5 });
    },
    close: async () => {
      await worker?.stop();
      await boss?.stop({ graceful: false, wait: true });
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await database.close();
    },
  };
}
