import { z } from 'zod';
import { zErrorBody, zText } from '../contracts/common.js';

/** Shorthands that keep route declarations short and alike. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const errors = {
  400: json(zErrorBody, 'The request is invalid; `error.fields` names each field.'),
  404: json(zErrorBody, 'Not found.'),
  409: json(zErrorBody, 'Conflict: the application has ended, or it changed since you read it.'),
} as const;

export const idParam = z.object({ id: zText().min(1).meta({ param: { name: 'id', in: 'path' }, example: 'k3v9x2m7qa' }) });
