import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { HostedConfig } from '../domain/hosting/config.js';
import { findAccountByEmail, setAccountRole, setEmailVerified } from '../db/repos/accounts.repo.js';
import { sessionSecret } from '../services/accounts.service.js';
import { ServiceError } from '../services/errors.js';
import type { JobQueue } from '../services/jobs.service.js';
import { smtpMailer, type Mailer } from '../services/mailer.js';
import { createAuth, MIN_PASSWORD_LENGTH } from './auth.js';
import type { HostedRuntime } from './context.js';

/** Builds hosted mode's parts for one app server: the same database, secret and mail server for all. */
export async function hostedRuntime(
  db: Kysely<DB>,
  config: HostedConfig,
  options: { mailer?: Mailer | null; now?: () => Date; jobs?: JobQueue | null } = {},
): Promise<HostedRuntime> {
  const secret = await sessionSecret(db, config.secret);
  const mailer = options.mailer !== undefined ? options.mailer : config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
  const auth = createAuth({ db, config, secret, mailer, ...(options.now ? { now: options.now } : {}) });
  return { auth, config, mailer, jobs: options.jobs ?? null };
}

/**
 * `debrief admin create`: an administrator with a confirmed address, whatever the sign-up
 * policy. An existing account with that address becomes an administrator instead.
 */
export async function createAdminAccount(
  runtime: HostedRuntime,
  db: Kysely<DB>,
  input: { email: string; name: string; password: string },
): Promise<{ id: string; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const existing = await findAccountByEmail(db, email);
  if (existing) {
    await setAccountRole(db, existing.id, 'admin');
    await setEmailVerified(db, existing.id);
    return { id: existing.id, created: false };
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new ServiceError('validation', `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`, { password: 'Too short' });
  }
  const ctx = await runtime.auth.$context;
  const hash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser({ email, name: input.name || email, emailVerified: true }, { method: 'email-password' });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
  await setAccountRole(db, user.id, 'admin');
  return { id: user.id, created: true };
}
