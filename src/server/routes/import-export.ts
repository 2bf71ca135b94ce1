import { Readable, pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { zApplicationListQuery } from '../../contracts/applications.js';
import { zBackup, zDataStatus, zRestoreMode, zRestoreResult } from '../../contracts/backup.js';
import { zIsoDate } from '../../contracts/common.js';
import { zApplicationsExport } from '../../contracts/export.js';
import { zImportEvent, zImportPreview, zImportPreviewRequest, zImportRequest, zImportResult, type ImportEvent } from '../../contracts/import.js';
import { buildBackup, dataStatus, restoreBackup } from '../../services/backup.service.js';
import { bytesSource } from '../../services/csv-reader.js';
import { exportCsv, exportJson, proofCsv, proofOfSearch, type ExportQuery } from '../../services/export.service.js';
import { importApplications, previewImport } from '../../services/import.service.js';
import { submitJob } from '../../services/jobs.service.js';
import { zJob } from '../../contracts/jobs.js';
import { invalid } from '../../services/errors.js';
import { serviceContext, type AppEnv } from '../context.js';
import { isLoopbackRequest } from '../loopback.js';
import { pulledStream } from '../pulled-stream.js';
import { describeError, errorBody } from '../errors.js';
import { body, errors, json } from '../openapi.js';

/** Routes whose bodies may be larger than the usual 2 MB (a CSV file, a backup): up to 100 MB. */
export const LARGE_BODY_PATHS: readonly string[] = ['/api/import', '/api/import/preview', '/api/backup/restore'];
export const MAX_LARGE_BODY_BYTES = 100 * 1024 * 1024;
/** Hosted mode: a CSV file larger than this is imported by a worker (docs/decisions/0024-background-jobs.md). */
export const LARGE_CSV_BYTES = 1024 * 1024;

const NDJSON = 'application/x-ndjson';
const tag = ['Import and export'];

function fileBytes(base64: string): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw invalid('file', 'The file is empty. Choose a CSV file with a header row.');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/**
 * An export as a streamed download: the next page is read from the database
 * only when the client has taken the previous one (pull), and a client that
 * goes away stops the export. Over the network the pages are gzipped at
 * level 1 as they go (several times cheaper than the default level, most of
 * the gain: ADR 0037); a request to this computer itself gets them as they
 * are, since compressing for the loopback only costs time at both ends.
 * The export's bytes go to the response as they are (`pulledStream`, ADR 0047).
 */
function exportResponse(c: Context<AppEnv>, filename: string, contentType: string, chunks: AsyncGenerator<Uint8Array, number>): Response {
  const headers: Record<string, string> = { 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store, no-transform' };
  const gzip = !isLoopbackRequest(c.req.url) && /\bgzip\b/i.test(c.req.header('accept-encoding') ?? '');
  if (!gzip) return new Response(pulledStream(chunks), { status: 200, headers });
  async function* pages(): AsyncGenerator<Uint8Array> {
    try {
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await chunks.return(0);
    }
  }
  headers['content-encoding'] = 'gzip';
  headers.vary = 'Accept-Encoding';
  const packed = createGzip({ level: 1 });
  pipeline(Readable.from(pages(), { objectMode: false, highWaterMark: 1 }), packed, () => undefined);
  return new Response(Readable.toWeb(packed) as ReadableStream<Uint8Array>, { status: 200, headers });
}

const CSV_TYPE = 'text/csv; charset=utf-8';

const zExportQuery = zApplicationListQuery.omit({ page: true, pageSize: true });
const zPeriod = z.object({ from: zIsoDate, to: zIsoDate });
const csvContent = (description: string) => ({ content: { 'text/csv': { schema: z.string() } }, description });

export function registerImportExportRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'post', path: '/api/import/preview', tags: tag, summary: 'Read a CSV file: its encoding, columns, first rows, mapping and status words',
      request: body(zImportPreviewRequest), responses: { 200: json(zImportPreview, 'How the file would be read'), 400: errors[400] } }),
    async (c) => {
      const input = c.req.valid('json');
      return c.json(await previewImport(serviceContext(c), bytesSource(fileBytes(input.file)), input), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/import', tags: tag, summary: 'Import applications from a CSV file (or a dry run)',
      description: 'One transaction. With `Accept: application/x-ndjson` the answer streams `{"type":"progress","rows":N,"total":T}` lines, then one `result` or `error` line. In hosted mode with `debrief worker` running, a file over 1 MB (not a dry run) is imported by a worker: the answer is `202` with the `Job` (follow it at `GET /api/jobs/{id}`).',
      request: body(zImportRequest),
      responses: {
        200: { description: 'What was (or would be) created, updated and skipped, and the rows with problems', content: { 'application/json': { schema: zImportResult }, [NDJSON as string]: { schema: zImportEvent } } },
        202: json(zJob, 'Hosted mode, a large file: a worker imports it; the result arrives in the job'),
        400: errors[400],
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const ctx = serviceContext(c);
      const bytes = fileBytes(input.file);
      const queue = c.get('hosted')?.jobs;
      if (queue && !input.dryRun && bytes.length > LARGE_CSV_BYTES) {
        const { file: _file, ...params } = input;
        return c.json(await submitJob(ctx, queue, { kind: 'csv_import', params, upload: bytesSource(bytes) }), 202) as never;
      }
      if (!/application\/x-ndjson/i.test(c.req.header('accept') ?? '')) {
        return c.json(await importApplications(ctx, bytesSource(bytes), input), 200);
      }
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
          send({ type: 'progress', rows: 0, total: null });
          importApplications(ctx, bytesSource(bytes), { ...input, onProgress: (rows) => send({ type: 'progress', rows, total: null }) })
            .then((result) => send({ type: 'result', result }))
            .catch((e: unknown) => send({ type: 'error', error: describeError(e).body.error }))
            .finally(() => controller.close());
        },
      });
      return new Response(stream, { status: 200, headers: { 'content-type': NDJSON, 'cache-control': 'no-store' } }) as never;
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/export/applications.csv', tags: tag, summary: 'The applications as CSV, filtered like the list',
      request: { query: zExportQuery }, responses: { 200: csvContent('One row per application'), 400: errors[400] } }),
    (c) => {
      const query: ExportQuery = c.req.valid('query');
      return exportResponse(c, 'debrief-applications.csv', CSV_TYPE, exportCsv(serviceContext(c), query, 'applications')) as never;
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/export/events.csv', tags: tag, summary: 'The stage events of the applications as CSV, filtered like the list',
      request: { query: zExportQuery }, responses: { 200: csvContent('One row per stage event'), 400: errors[400] } }),
    (c) => {
      const query: ExportQuery = c.req.valid('query');
      return exportResponse(c, 'debrief-stage-events.csv', CSV_TYPE, exportCsv(serviceContext(c), query, 'events')) as never;
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/export/applications.json', tags: tag, summary: 'The applications with their stage events as JSON, filtered like the list',
      description: 'Streamed as it is read, one application a line. Everything else you keep in Debrief is in the backup (`GET /api/backup`).',
      request: { query: zExportQuery }, responses: { 200: json(zApplicationsExport, 'The applications, in the order of the list, each with its history'), 400: errors[400] } }),
    (c) => {
      const query: ExportQuery = c.req.valid('query');
      const ctx = serviceContext(c);
      return exportResponse(c, `debrief-applications-${ctx.now().toISOString().slice(0, 10)}.json`, 'application/json; charset=utf-8', exportJson(ctx, query)) as never;
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/export/proof', tags: tag, summary: 'Proof of search: every application sent in a period (date, company, role, how, outcome)',
      request: { query: zPeriod },
      responses: { 200: json(z.array(z.object({ date: z.string(), company: z.string(), role: z.string(), how: z.string(), outcome: z.string(), jobUrl: z.string().nullable() })), 'The applications of the period, oldest first'), 400: errors[400] } }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await proofOfSearch(serviceContext(c), from, to), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/export/proof.csv', tags: tag, summary: 'Proof of search as CSV',
      request: { query: zPeriod }, responses: { 200: csvContent('One row per application sent in the period'), 400: errors[400] } }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      const text = await proofCsv(serviceContext(c), from, to);
      return c.body(text, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="proof-of-search-${from}-to-${to}.csv"` }) as never;
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/backup', tags: tag, summary: 'A full JSON backup of everything you own (described by /api/backup/schema.json)',
      responses: { 200: json(zBackup, 'The backup document') } }),
    async (c) => {
      const backup = await buildBackup(serviceContext(c));
      c.header('content-disposition', `attachment; filename="debrief-backup-${backup.createdAt.slice(0, 10)}.json"`);
      return c.json(backup, 200);
    },
  );
  app.get('/api/backup/schema.json', (c) => c.json(z.toJSONSchema(zBackup, { target: 'draft-2020-12' }), 200));
  app.openapi(
    createRoute({ method: 'get', path: '/api/backup/status', tags: tag, summary: 'Whether your tracker is empty (a restore then needs no choice)',
      responses: { 200: json(zDataStatus, 'Status') } }),
    async (c) => c.json(await dataStatus(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/api/backup/restore', tags: tag, summary: 'Restore a backup (send the backup document as the JSON body)',
      description: 'Into an empty tracker it restores everything. Into one with data, `mode` must say `replace` or `merge` (409 otherwise). One transaction: all or nothing.',
      request: { query: z.object({ mode: zRestoreMode.optional() }) },
      responses: { 200: json(zRestoreResult, 'Restored'), 400: errors[400], 409: errors[409] },
    }),
    async (c) => {
      let doc: unknown;
      try {
        doc = await c.req.json();
      } catch {
        return c.json(errorBody('validation', 'The backup is not valid JSON. Choose the .json file Debrief saved.'), 400);
      }
      return c.json(await restoreBackup(serviceContext(c), doc, c.req.valid('query').mode), 200);
    },
  );
}
