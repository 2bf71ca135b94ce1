import type { Kysely, KyselyPlugin } from 'kysely';
import type { DB } from '../../src/db/schema.js';

/** The same database, counting the statements sent through it (begin and commit are not statements here). */
export function counted(db: Kysely<DB>): { db: Kysely<DB>; take: () => number } {
  let n = 0;
  // Called once for each statement run (transformQuery also sees each subquery).
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      n += 1;
      return args.result;
    },
  };
  return {
    db: db.withPlugin(plugin),
    take: () => {
      const seen = n;
      n = 0;
      return seen;
    },
  };
}
