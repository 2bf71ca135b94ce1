import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { zCaptureRequest, zCaptureResult, zSimilarApplication, zSimilarQuery } from '../../contracts/capture.js';
import { captureJob, findSimilar } from '../../services/capture.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, json } from '../openapi.js';

const tag = ['Capture'];

export function registerCaptureRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post', path: '/api/capture', tags: tag, summary: 'Read a job posting (link, page HTML, JSON-LD or text) into a form to review',
      description: 'A link is fetched by the server (public http/https only, 8 s, 3 MB). When the site blocks it the answer is 502 `unavailable`: paste the page instead.',
      request: body(zCaptureRequest),
      responses: { 200: json(zCaptureResult, 'The fields found, and similar applications already tracked'), 400: errors[400], 502: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), 'The site could not be read') },
    }),
    async (c) => c.json(await captureJob(serviceContext(c), c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/capture/similar', tags: tag, summary: 'Applications already tracked for this posting URL, or this company and a similar title',
      request: { query: zSimilarQuery }, responses: { 200: json(z.array(zSimilarApplication), 'Similar applications'), 400: errors[400] } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await findSimilar(serviceContext(c), q.company, q.title, q.url), 200);
    },
  );
}
