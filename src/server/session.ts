import type { Context, MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Account } from '../services/accounts.service.js';
import type { AppEnv, HostedRuntime } from './context.js';
import { errorBody } from './errors.js';

/** API paths that answer without a session in hosted mode; better-auth's own routes are mounted before. */
export const PUBLIC_API_PATHS: readonly string[] = ['/api/health', '/api/session'];

/** The calendar feed opens by the secret in its URL: a calendar app subscribing to it has no session. */
const CALENDAR_FEED_FILE = /^\/api\/calendar\/feed\/[^/]+$/;

/** Whether a request may go on without a session (it then owns nothing; the feed finds its owner by the secret). */
export function isPublicApiRequest(method: string, path: string): boolean {
  if (PUBLIC_API_PATHS.includes(path)) return true;
  return (method === 'GET' || method === 'HEAD') && CALENDAR_FEED_FILE.test(path);
}

export const SIGN_IN_MESSAGE = 'Please sign in to continue.';

async function sessionAccount(hosted: HostedRuntime, c: Context): Promise<Account | null> {
  const found = await hosted.auth.api.getSession({ headers: c.req.raw.headers });
  if (!found) return null;
  const u = found.user as typeof found.user & { role?: string | null; banned?: boolean | null };
  if (u.banned) return null;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    emailVerified: u.emailVerified,
    role: u.role === 'admin' ? 'admin' : 'user',
    disabled: false,
    createdAt: new Date(u.createdAt).toISOString(),
  };
}

/**
 * Hosted mode: the request's owner is the session's account, and every API route
 * but the public ones answers 401 without one. Every service call then acts on
 * that owner's rows only.
 */
export function hostedSession(db: Kysely<DB>, hosted: HostedRuntime, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('hosted', hosted);
    const account = await sessionAccount(hosted, c);
    c.set('account', account);
    if (!account) {
      if (!isPublicApiRequest(c.req.method, c.req.path)) {
        c.header('cache-control', 'no-store');
        return c.json(errorBody('unauthorized', SIGN_IN_MESSAGE), 401);
      }
      // The public paths read no one's data; a context that owns nothing.
      c.set('ctx', { db, ownerId: '', now });
    } else {
      c.set('ctx', { db, ownerId: account.id, now });
    }
    await next();
  };
}
