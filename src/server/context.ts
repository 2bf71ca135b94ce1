import type { Context } from 'hono';
import type { ServiceContext } from '../services/context.js';

/** Per-request values. Hosted mode will set the owner from the session. */
export interface AppEnv {
  Variables: { ctx: ServiceContext };
}

export function serviceContext(c: Context<AppEnv>): ServiceContext {
  return c.get('ctx');
}
