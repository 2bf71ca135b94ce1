import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../../src/db/connect.js';
import { readHostedConfig, type HostedConfig } from '../../src/domain/hosting/config.js';
import type { JobQueue } from '../../src/services/jobs.service.js';
import type { Mailer } from '../../src/services/mailer.js';
import { createApp } from '../../src/server/app.js';
import type { AppEnv } from '../../src/server/context.js';
import { hostedRuntime } from '../../src/server/hosted.js';

/** The public address the hosted test apps pretend to have. */
export const PUBLIC_URL = 'http://debrief.test';

export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

export interface RequestOptions {
  cookie?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with its content type (a mailbox upload). */
  raw?: { body: string; type: string };
  headers?: Record<string, string>;
}

export interface HostedTestApp {
  app: OpenAPIHono<AppEnv>;
  config: HostedConfig;
  mail: SentMail[];
  /** A request as a browser on the public address sends it (Origin set), with an optional session cookie. */
  request: (method: string, path: string, options?: RequestOptions) => Promise<Response>;
  signUp: (email: string, extra?: Record<string, unknown>) => Promise<Response>;
  /** Signs in and returns the session cookie to send back. */
  signIn: (email: string, password?: string) => Promise<string>;
  /** Signs up then in (the first account becomes the administrator). */
  account: (email: string) => Promise<{ cookie: string; id: string }>;
}

export const PASSWORD = 'correct horse battery';

/** Hosted mode on a fresh PostgreSQL database, answering in process (no port). */
export async function hostedTestApp(
  database: Database,
  options: { env?: Record<string, string>; withMail?: boolean; now?: () => Date; jobs?: JobQueue; webDir?: string } = {},
): Promise<HostedTestApp> {
  const read = readHostedConfig({ DATABASE_URL: 'postgres://test', PUBLIC_URL, DEBRIEF_SIGNUP: 'open', ...options.env });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const mail: SentMail[] = [];
  const mailer: Mailer | null = options.withMail ? { send: (m) => Promise.resolve(void mail.push(m)) } : null;
  const hosted = await hostedRuntime(database.db, read.config, { mailer, ...(options.now ? { now: options.now } : {}), ...(options.jobs ? { jobs: options.jobs } : {}) });
  const app = createApp({ db: database.db, hosted, webDir: options.webDir ?? '/nonexistent', ...(options.now ? { now: options.now } : {}) });
  let ip = 0;
  const request: HostedTestApp['request'] = (method, path, opts = {}) => {
    const headers: Record<string, string> = { origin: PUBLIC_URL, 'x-forwarded-for': `10.0.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}`, ...opts.headers };
    if (opts.cookie) headers.cookie = opts.cookie;
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    } else if (opts.raw) {
      headers['content-type'] = opts.raw.type;
      body = opts.raw.body;
    }
    return Promise.resolve(app.request(`${PUBLIC_URL}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) }));
  };
  const signUp: HostedTestApp['signUp'] = (email, extra = {}) =>
    request('POST', '/api/auth/sign-up/email', { body: { email, password: PASSWORD, name: email.split('@')[0], ...extra } });
  const signIn: HostedTestApp['signIn'] = async (email, password = PASSWORD) => {
    const r = await request('POST', '/api/auth/sign-in/email', { body: { email, password } });
    if (r.status !== 200) throw new Error(`sign-in of ${email} answered ${r.status}: ${await r.text()}`);
    return sessionCookie(r);
  };
  const account: HostedTestApp['account'] = async (email) => {
    const r = await signUp(email);
    if (r.status !== 200) throw new Error(`sign-up of ${email} answered ${r.status}: ${await r.text()}`);
    const cookie = await signIn(email);
    const session = (await (await request('GET', '/api/session', { cookie })).json()) as { account: { id: string } };
    return { cookie, id: session.account.id };
  };
  return { app, config: read.config, mail, request, signUp, signIn, account };
}

/** The cookies a response sets, as a Cookie header to send back. */
export function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => !c.endsWith('='))
    .join('; ');
}
