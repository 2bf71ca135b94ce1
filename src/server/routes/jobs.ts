import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { zJob, zJobListQuery } from '../../contracts/jobs.js';
import { getJob, listJobs } from '../../services/jobs.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { errors, idParam, json } from '../openapi.js';

const tag = ['Background jobs'];

export function registerJobRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/api/jobs', tags: tag, summary: 'Your latest background jobs (hosted mode: mailbox and large CSV imports), newest first',
      request: { query: zJobListQuery }, responses: { 200: json(z.array(zJob), 'Jobs') },
    }),
    async (c) => {
      c.header('cache-control', 'no-store');
      return c.json(await listJobs(serviceContext(c), c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get', path: '/api/jobs/{id}', tags: tag, summary: 'One background job: its state, progress, and result or error',
      description: 'Poll this while `state` is `queued` or `running` (every second or two is plenty).',
      request: { params: idParam }, responses: { 200: json(zJob, 'The job'), 404: errors[404] },
    }),
    async (c) => {
      c.header('cache-control', 'no-store');
      return c.json(await getJob(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
}
