import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * What every use case needs: the database, whose data it acts on, and the
 * clock (a function, so tests can fix "now").
 */
export interface ServiceContext {
  db: Kysely<DB>;
  ownerId: string;
  now: () => Date;
}

/** The one user of local mode. Hosted mode gives each account its own id. */
export const LOCAL_USER_ID = 'local';
