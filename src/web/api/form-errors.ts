import type { z } from 'zod';
import { isApiError } from './client';

/** The form field an error path belongs to: "tags.2" → "tags". */
function fieldOf(path: readonly PropertyKey[] | string): string {
  const first = typeof path === 'string' ? path.split(/[.[]/)[0] : path[0];
  return String(first ?? 'form');
}

/** Runs a contract schema on a payload and returns the first message per field. */
export function zodFieldErrors(schema: z.ZodType, payload: unknown): Record<string, string> {
  const result = schema.safeParse(payload);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A server 400's `error.fields`, keyed by form field. Empty for other errors. */
export function serverFieldErrors(e: unknown): Record<string, string> {
  if (!isApiError(e)) return {};
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(e.fields)) errors[fieldOf(path)] ??= message;
  return errors;
}
