import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { findSessionAccount } from '../db/repos/accounts.repo.js';
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

function toAccount(u: { id: string; email: string; name: string; emailVerified: boolean | number; role?: string | null; banned?: boolean | number | null; createdAt: Date | string }): Account | null {
  if (Number(u.banned ?? 0)) return null;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    emailVerified: Boolean(Number(u.emailVerified)),
    role: u.role === 'admin' ? 'admin' : 'user',
    disabled: false,
    createdAt: new Date(u.createdAt).toISOString(),
  };
}

/** better-auth's own lookup: signs, finds, refreshes or forgets the session (docs/decisions/0031-hosted-request-cost.md). */
async function betterAuthSession(hosted: HostedRuntime, c: Context): Promise<Account | null> {
  const found = await hosted.auth.api.getSession({ headers: c.req.raw.headers });
  if (!found) return null;
  return toAccount(found.user as typeof found.user & { role?: string | null; banned?: boolean | null });
}

/** The signed value better-auth puts in its cookie (`token.base64(HMAC-SHA256(token))`), checked; null when it does not hold. */
export function verifiedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/**
 * The account of the request's session, in one indexed read: the common case (a valid signature,
 * a session that exists, has not expired and needs no refresh) is answered from one join of
 * auth_session and auth_user by the token. Every other case (expired: better-auth deletes it; due
 * for its daily refresh; "don't remember me") goes through better-auth's own getSession, so the
 * rules stay better-auth's. Every request reads the database: a signed-out, revoked or disabled
 * session stops at its next request, on every server.
 */
async function sessionAccount(db: Kysely<DB>, hosted: HostedRuntime, c: Context): Promise<Account | null> {
  const auth = await hosted.auth.$context;
  const raw = getCookie(c, auth.authCookies.sessionToken.name);
  if (!raw) return null;
  if (typeof auth.secretConfig !== 'string' || getCookie(c, auth.authCookies.dontRememberToken.name)) return betterAuthSession(hosted, c);
  const token = verifiedToken(raw, auth.secret);
  if (!token) return null;
  const row = await findSessionAccount(db, token);
  if (!row) return null;
  const expiresAt = new Date(row.expiresAt).getTime();
  const { expiresIn, updateAge } = auth.sessionConfig;
  const now = Date.now();
  if (!(expiresAt > now) || expiresAt - expiresIn * 1000 + updateAge * 1000 <= now) return betterAuthSession(hosted, c);
  return toAccount(row);
}

/**
 * Hosted mode: the request's owner is the session's account, and every API route
 * but the public ones answers 401 without one. Every service call then acts on
 * that owner's rows only.
 */
export function hostedSession(db: Kysely<DB>, hosted: HostedRuntime, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('hosted', hosted);
    const account = await sessionAccount(db, hosted, c);
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
