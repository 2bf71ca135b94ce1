import type { Context } from 'hono';
import type { Account } from '../../services/accounts.service.js';
import { ServiceError } from '../../services/errors.js';
import type { AppEnv, HostedRuntime } from '../context.js';

export const LOCAL_MODE_MESSAGE =
  'Sharing with a coach exists only when Debrief runs hosted, with accounts. This Debrief is local: it has one user, and nothing leaves this computer.';

/**
 * Sharing needs hosted mode (docs/decisions/0025-coach-sharing.md). Locally, reading answers
 * 404 and changing answers 409, both saying why.
 */
export function requireSharing(c: Context<AppEnv>): { hosted: HostedRuntime; account: Account } {
  const hosted = c.get('hosted');
  const account = c.get('account');
  if (!hosted || !account) throw new ServiceError(c.req.method === 'GET' ? 'not_found' : 'conflict', LOCAL_MODE_MESSAGE);
  return { hosted, account };
}
