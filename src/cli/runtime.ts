import type { Database } from '../db/connect.js';
import { isDatabaseBusy, isUniqueViolation } from '../db/errors.js';
import { LOCAL_USER_ID, type ServiceContext } from '../services/context.js';
import { isServiceError, type ErrorCode } from '../services/errors.js';
import { ZodError } from 'zod';
import { describeIssues, UsageError } from './input.js';

export { UsageError };

/** Exit codes: 1 something went wrong, 2 bad input (options, arguments, values), 3 an unknown id. */
export const EXIT = { failure: 1, usage: 2, notFound: 3 } as const;

const SERVICE_EXIT: Record<ErrorCode, number> = {
  not_found: EXIT.notFound,
  validation: EXIT.usage,
  ambiguous: EXIT.usage,
  conflict: EXIT.failure,
  stale: EXIT.failure,
  unavailable: EXIT.failure,
};

/** Opens the database, runs `fn` with a service context, and always closes. */
export async function withContext<T>(fn: (ctx: ServiceContext, database: Database) => Promise<T>): Promise<T> {
  // loaded here, not above: a command that never opens the database (parse-email, --help) starts without it
  const { openAppDatabase } = await import('../db/runtime.js');
  const database = await openAppDatabase(process.env, LOCAL_USER_ID);
  try {
    return await fn({ db: database.db, ownerId: LOCAL_USER_ID, now: () => new Date() }, database);
  } finally {
    await database.close();
  }
}

/** Prints an error a person can act on and sets the exit code. */
export function reportError(e: unknown): void {
  if (e instanceof ZodError) {
    console.error(prefixed(describeIssues(e, undefined)));
    process.exitCode = EXIT.usage;
  } else if (isServiceError(e)) {
    console.error(prefixed(e.message));
    process.exitCode = SERVICE_EXIT[e.code];
  } else if (isDatabaseBusy(e)) {
    console.error('error: The database is busy with another change (a running Debrief server or another command). Nothing was saved; please try again.');
    process.exitCode = EXIT.failure;
  } else if (isUniqueViolation(e)) {
    console.error('error: The same thing was just saved by another Debrief at the same moment. Nothing was changed; please try again.');
    process.exitCode = EXIT.failure;
  } else if (e instanceof UsageError) {
    console.error(prefixed(e.message));
    process.exitCode = EXIT.usage;
  } else {
    console.error(prefixed(e instanceof Error ? e.message : String(e)));
    process.exitCode = EXIT.failure;
  }
}

const prefixed = (message: string): string =>
  message
    .split('\n')
    .map((line) => `error: ${line}`)
    .join('\n');

/** Wraps a command action so every failure is reported the same way. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      reportError(e);
    }
  };
}
