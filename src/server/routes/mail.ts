import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { zMailImportEvent, zMailImportSummary, zMailProposal, zProposalAccept, zProposalDecision, zProposalListQuery } from '../../contracts/mail.js';
import { zJob } from '../../contracts/jobs.js';
import { NO_MESSAGES, submitJob } from '../../services/jobs.service.js';
import * as mail from '../../services/mail-import.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { describeError, errorBody } from '../errors.js';
import { boundaryOf, firstFilePart } from '../multipart.js';
import { limited } from '../stream-limit.js';
import { errors, idParam, json } from '../openapi.js';
import type { MailImportEvent, MailImportSummary } from '../../contracts/mail.js';

const tag = ['Mail import'];

/** The upload route streams its body; the global 2 MB limit skips it (src/server/app.ts). */
export const MAIL_IMPORT_PATH = '/api/mail/import';
export const MAX_MAILBOX_BYTES = 1024 * 1024 * 1024;

const binary = z.string().meta({ format: 'binary' });

export const NDJSON = 'application/x-ndjson';
/** Progress lines are sent at most this often. */
export const PROGRESS_INTERVAL_MS = 250;

/** Whether the client asked for the streamed answer (`Accept: application/x-ndjson`). */
function wantsStream(accept: string | undefined): boolean {
  return /application\/x-ndjson/i.test(accept ?? '');
}

/**
 * Runs the import and answers with newline-delimited JSON: progress lines while it
 * reads, then one summary or error line. The status is 200 once streaming starts,
 * so a failure after that point is an `error` line, never a status code.
 */
function streamImport(run: (onProgress: (read: number, bytes: number) => void) => Promise<MailImportSummary>, totalBytes: number | null): Response {
  const encoder = new TextEncoder();
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: MailImportEvent): void => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false; // the client went away
        }
      };
      let last = 0;
      send({ type: 'progress', read: 0, bytes: 0, totalBytes });
      const onProgress = (read: number, bytes: number): void => {
        const now = performance.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        send({ type: 'progress', read, bytes, totalBytes });
      };
      void run(onProgress)
        .then((summary) => {
          send({ type: 'progress', read: summary.read, bytes: summary.bytes, totalBytes });
          send(summary.read === 0 ? { type: 'error', error: { code: 'validation', message: NO_MESSAGES } } : { type: 'summary', summary });
        })
        .catch((e: unknown) => send({ type: 'error', error: describeError(e).body.error }))
        .finally(() => {
          if (!open) return;
          open = false;
          controller.close();
        });
    },
    cancel() {
      open = false;
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': NDJSON, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } });
}

export function registerMailRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post', path: MAIL_IMPORT_PATH, tags: tag, summary: 'Import a mailbox (.mbox or .eml), streamed',
      description: [
        'Send the file as the raw request body (any content type but JSON), or as the first file of a multipart/form-data body. Up to 1 GB. Messages imported before are not imported again.',
        '',
        'Two ways to get the answer, chosen by the `Accept` header:',
        '',
        '- `application/json` (or anything else): one `MailImportSummary` when the import ends; errors use the usual status codes and `{ error: { code, message } }` body.',
        '- In hosted mode with `debrief worker` running, the upload is stored and the import becomes a background job: the answer is `202` with the `Job`; follow it at `GET /api/jobs/{id}`.',
        '- `application/x-ndjson`: newline-delimited JSON streamed while the mailbox is read. Lines of `{"type":"progress","read":N,"bytes":B,"totalBytes":T}` at most every 250 ms (`totalBytes` is the request Content-Length, or null), then exactly one final line: `{"type":"summary","summary":{…}}` or `{"type":"error","error":{"code","message"}}`. Requests refused before reading starts (no body, over 1 GB by Content-Length, a multipart body without boundary) still answer with a status code and a JSON error; once the stream has started the status is 200 and failures (e.g. `too_large`, or `validation` when no message was found) arrive as the `error` line.',
      ].join('\n'),
      request: {
        query: z.object({ autoAccept: z.coerce.number().gt(0).max(1).optional().meta({ description: 'Accept matches at or above this confidence without review' }) }),
        body: { content: { 'application/mbox': { schema: binary }, 'message/rfc822': { schema: binary }, 'application/octet-stream': { schema: binary } }, required: true },
      },
      responses: {
        200: {
          description: 'What was read, matched, proposed and skipped: one JSON summary, or (with `Accept: application/x-ndjson`) a stream of MailImportEvent lines',
          content: { 'application/json': { schema: zMailImportSummary }, // typed as any media type: hono's typed responses know JSON and text only, and this one streams
            [NDJSON as string]: { schema: zMailImportEvent } },
        },
        202: json(zJob, 'Hosted mode: the upload is stored and a worker imports it; follow the job at /api/jobs/{id}'),
        400: errors[400], 413: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'Too large') },
    }),
    async (c) => {
      const length = Number(c.req.header('content-length') ?? 0);
      if (length > MAX_MAILBOX_BYTES) return c.json(errorBody('too_large', 'That mailbox is larger than 1 GB; split it and import the parts.'), 413);
      const raw = c.req.raw.body;
      if (!raw) return c.json(errorBody('validation', 'Send the mailbox file as the request body.'), 400);
      const type = c.req.header('content-type') ?? '';
      let source: AsyncIterable<Uint8Array> = limited(raw, MAX_MAILBOX_BYTES, 'That mailbox is larger than 1 GB; split it and import the parts.');
      if (/^multipart\/form-data/i.test(type)) {
        const boundary = boundaryOf(type);
        if (!boundary) return c.json(errorBody('validation', 'The multipart body has no boundary.'), 400);
        source = firstFilePart(source, boundary);
      }
      const { autoAccept } = c.req.valid('query');
      const ctx = serviceContext(c);
      const queue = c.get('hosted')?.jobs;
      if (queue) {
        const job = await submitJob(ctx, queue, { kind: 'mail_import', params: autoAccept !== undefined ? { autoAccept } : {}, upload: source });
        return c.json(job, 202);
      }
      if (wantsStream(c.req.header('accept'))) {
        return streamImport(
          (onProgress) => mail.importMailbox(ctx, source, { autoAcceptAbove: autoAccept, onProgress: (p) => onProgress(p.read, p.bytes) }),
          length > 0 ? length : null,
        );
      }
      const summary = await mail.importMailbox(ctx, source, { autoAcceptAbove: autoAccept });
      if (summary.read === 0) return c.json(errorBody('validation', NO_MESSAGES), 400);
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
