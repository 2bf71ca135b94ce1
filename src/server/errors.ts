import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { isServiceError, type ErrorCode } from '../services/errors.js';
import type { ErrorBody } from '../contracts/common.js';
import { isDatabaseBusy, isUniqueViolation } from '../db/errors.js';

/** Another writer (the command line, another tab) held the database past the wait: nothing was saved. */
export const BUSY_MESSAGE = 'The database is busy with another change (perhaps the command line). Nothing was saved; please try again in a moment.';
export const SIMULTANEOUS_MESSAGE = 'The same thing was just saved from somewhere else at the same moment. Nothing was changed; reload and try again.';

/** Seconds a client should wait before sending a request refused as busy again. */
const RETRY_AFTER_SECONDS = 1;

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  not_found: 404,
  validation: 400,
  conflict: 409,
  stale: 409,
  ambiguous: 400,
  unavailable: 502,
};

export function errorBody(code: string, message: string, fields?: Record<string, string>): ErrorBody {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** A zod failure as a 400 body naming each field. */
export function validationBody(error: ZodError): ErrorBody {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  const names = Object.keys(fields).filter((k) => k !== '_');
  const message = names.length > 0 ? `Please check: ${names.join(', ')}.` : (error.issues[0]?.message ?? 'Invalid request.');
  return errorBody('validation', message, fields);
}

/** The status and body an error is answered with; unexpected errors are logged and not described. */
export function describeError(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (isServiceError(err)) return { status: STATUS[err.code], body: errorBody(err.code, err.message, err.fields) };
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return { status, body: errorBody(status === 413 ? 'too_large' : 'http', err.message || 'Request failed.') };
  }
  if (isDatabaseBusy(err)) return { status: 503, body: errorBody('busy', BUSY_MESSAGE) };
  if (isUniqueViolation(err)) return { status: 409, body: errorBody('conflict', SIMULTANEOUS_MESSAGE) };
  if (err instanceof SyntaxError) return { status: 400, body: errorBody('validation', 'The request body is not valid JSON.') };
  console.error(err);
  return { status: 500, body: errorBody('internal', 'Something went wrong on our side. Your data is unchanged; please try again.') };
}

export function handleError(err: Error, c: Context): Response {
  const { status, body } = describeError(err);
  if (status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return c.json(body, status);
}
