/** Errors a person can act on; the server maps them to 4xx, the CLI to a message and exit code. */
/** `unavailable`: a server Debrief talks to (a mail server) could not be used; nothing was changed. */
export type ErrorCode = 'not_found' | 'validation' | 'conflict' | 'stale' | 'ambiguous' | 'unavailable';

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string, id: string): ServiceError =>
  new ServiceError('not_found', `No ${what} with id "${id}".`);

export const invalid = (field: string, message: string): ServiceError =>
  new ServiceError('validation', message, { [field]: message });

export function isServiceError(e: unknown): e is ServiceError {
  return e instanceof ServiceError;
}
