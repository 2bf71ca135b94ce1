import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { HostedConfig } from '../domain/hosting/config.js';
import { sessionSecret } from '../services/accounts.service.js';
import { smtpMailer, type Mailer } from '../services/mailer.js';
import { createAuth } from './auth.js';
import type { HostedRuntime } from './context.js';

/** Builds hosted mode's parts for one app server: the same database, secret and mail server for all. */
export async function hostedRuntime(
  db: Kysely<DB>,
  config: HostedConfig,
  options: { mailer?: Mailer | null; now?: () => Date } = {},
): Promise<HostedRuntime> {
  const secret = await sessionSecret(db, config.secret);
  const mailer = options.mailer !== undefined ? options.mailer : config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
  const auth = createAuth({ db, config, secret, mailer, ...(options.now ? { now: options.now } : {}) });
  return { auth, config, mailer };
}
