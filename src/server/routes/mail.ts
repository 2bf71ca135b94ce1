import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { zMailImportSummary, zMailProposal, zProposalAccept, zProposalDecision, zProposalListQuery } from '../../contracts/mail.js';
import * as mail from '../../services/mail-import.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { errorBody } from '../errors.js';
import { boundaryOf, firstFilePart } from '../multipart.js';
import { errors, idParam, json } from '../openapi.js';

const tag = ['Mail import'];

/** The upload route streams its body; the global 2 MB limit skips it (src/server/app.ts). */
export const MAIL_IMPORT_PATH = '/api/mail/import';
export const MAX_MAILBOX_BYTES = 1024 * 1024 * 1024;

async function* limited(stream: ReadableStream<Uint8Array>, max: number): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > max) throw new HTTPException(413, { message: 'That mailbox is larger than 1 GB; split it and import the parts.' });
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const binary = z.string().meta({ format: 'binary' });

export function registerMailRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post', path: MAIL_IMPORT_PATH, tags: tag, summary: 'Import a mailbox (.mbox or .eml), streamed',
      description: 'Send the file as the raw request body (any content type but JSON), or as the first file of a multipart/form-data body. Up to 1 GB. Messages imported before are not imported again.',
      request: {
        query: z.object({ autoAccept: z.coerce.number().gt(0).max(1).optional().meta({ description: 'Accept matches at or above this confidence without review' }) }),
        body: { content: { 'application/mbox': { schema: binary }, 'message/rfc822': { schema: binary }, 'application/octet-stream': { schema: binary } }, required: true },
      },
      responses: { 200: json(zMailImportSummary, 'What was read, matched, proposed and skipped'), 400: errors[400], 413: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Too large') },
    }),
    async (c) => {
      const length = Number(c.req.header('content-length') ?? 0);
      if (length > MAX_MAILBOX_BYTES) return c.json(errorBody('too_large', 'That mailbox is larger than 1 GB; split it and import the parts.'), 413);
      const raw = c.req.raw.body;
      if (!raw) return c.json(errorBody('validation', 'Send the mailbox file as the request body.'), 400);
      const type = c.req.header('content-type') ?? '';
      let source: AsyncIterable<Uint8Array> = limited(raw, MAX_MAILBOX_BYTES);
      if (/^multipart\/form-data/i.test(type)) {
        const boundary = boundaryOf(type);
        if (!boundary) return c.json(errorBody('validation', 'The multipart body has no boundary.'), 400);
        source = firstFilePart(source, boundary);
      }
      const { autoAccept } = c.req.valid('query');
      const summary = await mail.importMailbox(serviceContext(c), source, { autoAcceptAbove: autoAccept });
      if (summary.read === 0) return c.json(errorBody('validation', 'No messages were found in that file. Upload an .mbox or .eml file.'), 400);
      return c.json(summary, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/mail/proposals', tags: tag, summary: 'The review queue (pending proposals by default)',
      request: { query: zProposalListQuery }, responses: { 200: json(z.array(zMailProposal), 'Proposals, newest message first') } }),
    async (c) => c.json(await mail.listProposals(serviceContext(c), c.req.valid('query').status), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/mail/proposals/{id}/accept', tags: tag, summary: 'Accept a proposal, optionally edited',
      request: { params: idParam, body: { content: { 'application/json': { schema: zProposalAccept } }, required: false } },
      responses: { 200: json(zProposalDecision, 'Accepted'), 400: errors[400], 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await mail.acceptProposal(serviceContext(c), c.req.valid('param').id, c.req.valid('json') ?? {}), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/mail/proposals/{id}/dismiss', tags: tag, summary: 'Dismiss a proposal',
      request: { params: idParam }, responses: { 200: json(zProposalDecision, 'Dismissed'), 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await mail.dismissProposal(serviceContext(c), c.req.valid('param').id), 200),
  );
}
