import type { Context } from 'hono';
import type { HostedConfig } from '../domain/hosting/config.js';
import type { Account } from '../services/accounts.service.js';
import type { ServiceContext } from '../services/context.js';
import type { JobQueue } from '../services/jobs.service.js';
import type { Mailer } from '../services/mailer.js';
import type { DebriefAuth } from './auth.js';

/** Hosted mode's parts, shared by every request of one app server. */
export interface HostedRuntime {
  auth: DebriefAuth;
  config: HostedConfig;
  mailer: Mailer | null;
  /** The background job queue (`debrief worker` runs the jobs); null: long work runs in the app server. */
  jobs: JobQueue | null;
}

/**
 * Per-request values. In hosted mode the owner is the session's account
 * (docs/decisions/0020-hosted-accounts.md); in local mode, the one local user.
 */
export interface AppEnv {
  Variables: { ctx: ServiceContext; account: Account | null; hosted: HostedRuntime | null };
}

export function serviceContext(c: Context<AppEnv>): ServiceContext {
  return c.get('ctx');
}
