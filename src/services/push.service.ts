/**
 * `debrief push --to <url>`: moves a local search into a hosted account. The backup is the
 * one `buildBackup` makes; it travels to the hosted server's restore route, signed in as
 * the account like a browser (session cookie, Origin of the server's own address).
 */
import type { Backup, DataStatus, RestoreMode, RestoreResult } from '../contracts/backup.js';
import { ServiceError } from './errors.js';

export interface PushInput {
  /** The hosted Debrief's public address. */
  url: string;
  email: string;
  password: string;
  backup: Backup;
  /** Into an account with data: merge or replace; asked through `choose` when absent. */
  mode?: RestoreMode | undefined;
  choose?: (status: DataStatus) => Promise<RestoreMode | null>;
  fetch?: typeof fetch;
}

export type PushResult = { pushed: true; result: RestoreResult } | { pushed: false; status: DataStatus };

const unreachable = (url: string) => new ServiceError('unavailable', `Cannot reach a Debrief at ${url}. Check the address (the one you open in your browser).`);

async function errorText(res: Response, fallback: string): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string }; message?: string } | null;
  return body?.error?.message ?? body?.message ?? fallback;
}

export function hostedBase(url: string): URL {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new ServiceError('validation', `"${url}" is not an address; give the one you open in your browser, such as https://debrief.example.org.`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new ServiceError('validation', `"${url}" is not an http(s) address.`);
  if (base.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(base.hostname)) {
    throw new ServiceError('validation', `Your password would travel unencrypted to ${base.host}: use https://.`);
  }
  return base;
}

export async function pushBackup(input: PushInput): Promise<PushResult> {
  const base = hostedBase(input.url);
  const doFetch = input.fetch ?? fetch;
  const origin = base.origin;
  const at = (path: string) => new URL(path, `${origin}${base.pathname.replace(/\/+$/, '')}/`).toString();
  const call = async (method: string, path: string, body?: unknown, cookie?: string): Promise<Response> => {
    try {
      return await doFetch(at(path), {
        method,
        headers: { origin, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
        redirect: 'manual',
      });
    } catch {
      throw unreachable(origin);
    }
  };

  const signIn = await call('POST', 'api/auth/sign-in/email', { email: input.email, password: input.password });
  if (signIn.status === 404) throw new ServiceError('validation', `${origin} does not run Debrief in hosted mode (no sign-in there).`);
  if (signIn.status === 429) throw new ServiceError('unavailable', 'Too many sign-in attempts: wait a minute, then try again.');
  if (!signIn.ok) throw new ServiceError('validation', await errorText(signIn, 'Signing in did not work: check the email address and the password.'));
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c && !c.endsWith('='))
    .join('; ');
  if (!cookie) throw new ServiceError('validation', 'The server signed you in but gave no session; is the address the public one (PUBLIC_URL)?');

  try {
    const statusRes = await call('GET', 'api/backup/status', undefined, cookie);
    if (!statusRes.ok) throw new ServiceError('unavailable', await errorText(statusRes, `The server answered ${statusRes.status}.`));
    const status = (await statusRes.json()) as DataStatus;
    let mode = input.mode;
    if (!status.empty && !mode) {
      const chosen = input.choose ? await input.choose(status) : null;
      if (!chosen) return { pushed: false, status };
      mode = chosen;
    }
    const restore = await call('POST', `api/backup/restore${mode ? `?mode=${mode}` : ''}`, JSON.stringify(input.backup), cookie);
    if (!restore.ok) {
      const code = restore.status === 409 ? 'conflict' : restore.status === 413 ? 'validation' : restore.status >= 500 ? 'unavailable' : 'validation';
      throw new ServiceError(code, await errorText(restore, `The server answered ${restore.status}.`));
    }
    return { pushed: true, result: (await restore.json()) as RestoreResult };
  } finally {
    // this session was for the push only
    await call('POST', 'api/auth/sign-out', {}, cookie).catch(() => undefined);
  }
}
