import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.js';

/**
 * Runs `fn` in a transaction, or in the one already open: a use case that is made of other use cases (accepting a
 * mail proposal creates an application, records its rejection and keeps the message) passes them a context whose
 * database is its own transaction, and the steps they would each commit are then committed, or rolled back, together.
 * Kysely cannot open a transaction inside a transaction, so every transaction in the project starts here.
 */
export function transact<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db as Transaction<DB>) : db.transaction().execute(fn);
}
