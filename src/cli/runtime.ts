import type { Database } from '../db/connect.js';
import { openAppDatabase } from '../db/runtime.js';
import { isDatabaseBusy, isUniqueViolation } from '../db/errors.js';
import { LOCAL_USER_ID, type ServiceContext } from '../services/context.js';
import { isServiceError } from '../services/errors.js';
import { ZodError } from 'zod';

/** Thrown for a problem with what the user typed; printed without a stack. */
export class UsageError extends Error {}

/** Opens the database, runs `fn` with a service context, and always closes. */
export async function withContext<T>(fn: (ctx: ServiceContext, database: Database) => Promise<T>): Promise<T> {
  const database = await openAppDatabase(process.env, LOCAL_USER_ID);
  try {
    return await fn({ db: database.db, ownerId: LOCAL_USER_ID, now: () => new Date() }, database);
  } finally {
    await database.close();
  }
}

/** Prints an error a person can act on and sets a non-zero exit code. */
export function reportError(e: unknown): void {
  if (e instanceof ZodError) {
    for (const issue of e.issues) {
      const field = issue.path.join('.');
      console.error(`error: ${field ? `${field}: ` : ''}${issue.message}`);
    }
    process.exitCode = 2;
  } else if (isServiceError(e)) {
    console.error(`error: ${e.message}`);
    process.exitCode = e.code === 'not_found' ? 3 : e.code === 'validation' ? 2 : 1;
  } else if (isDatabaseBusy(e)) {
    console.error('error: The database is busy with another change (a running Debrief server or another command). Nothing was saved; please try again.');
    process.exitCode = 1;
  } else if (isUniqueViolation(e)) {
    console.error('error: The same thing was just saved by another Debrief at the same moment. Nothing was changed; please try again.');
    process.exitCode = 1;
  } else if (e instanceof UsageError) {
    console.error(`error: ${e.message}`);
    process.exitCode = 2;
  } else {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}

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
