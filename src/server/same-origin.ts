import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

/**
 * Refuses state-changing requests sent by a page of another site
 * (docs/decisions/0008-request-origin-and-headers.md). Browsers say where a
 * request comes from with `Sec-Fetch-Site` and `Origin`; a request with
 * neither comes from a program (the CLI, curl, a script), not from a page.
 */

export interface SameOriginOptions {
  /** Let requests that carry neither `Origin` nor `Sec-Fetch-Site` through. On in local mode. */
  allowWithoutBrowserHeaders: boolean;
  /** Origins besides the request's own that may change data (e.g. the public address behind a proxy). */
  trustedOrigins?: readonly string[];
}

export interface RequestFacts {
  method: string;
  /** The request's own origin, e.g. `http://127.0.0.1:5757`. */
  ownOrigin: string;
  origin: string | undefined;
  fetchSite: string | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request may go on; pure, so hosted mode and tests can use it without a server. */
export function mayChangeData(request: RequestFacts, options: SameOriginOptions): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const site = request.fetchSite?.toLowerCase();
  // "same-site" covers another port on this computer: another program's page, so refused.
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = request.origin;
  if (origin !== undefined) return origin === request.ownOrigin || (options.trustedOrigins ?? []).includes(origin);
  return options.allowWithoutBrowserHeaders;
}

export const CROSS_SITE_MESSAGE =
  'Debrief refuses changes sent from another website. Nothing was changed; open Debrief at its own address to do this.';

export function sameOriginOnly(options: SameOriginOptions): MiddlewareHandler {
  return async (c: Context, next) => {
    const facts: RequestFacts = {
      method: c.req.method,
      ownOrigin: new URL(c.req.url).origin,
      origin: c.req.header('origin'),
      fetchSite: c.req.header('sec-fetch-site'),
    };
    if (!mayChangeData(facts, options)) return c.json(errorBody('cross_site', CROSS_SITE_MESSAGE), 403);
    await next();
  };
}
