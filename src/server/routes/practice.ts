import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { zPracticeQueue, zPracticeQueueQuery, zPracticeRate, zPracticeResult } from '../../contracts/practice.js';
import * as practice from '../../services/practice.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

const tag = ['Practice'];

/** Spaced practice of the question bank (FSRS). */
export function registerPracticeRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/practice', tags: tag, summary: 'Questions due for practice now (due first, then new)',
      request: { query: zPracticeQueueQuery }, responses: { 200: json(zPracticeQueue, 'The queue'), 400: errors[400] } }),
    async (c) => c.json(await practice.practiceQueue(serviceContext(c), c.req.valid('query').limit), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/practice/{id}/rate', tags: tag,
      summary: 'Rate one practice of a question (again, hard, good, easy); it comes back when FSRS says',
      request: { params: idParam, ...body(zPracticeRate) },
      responses: { 200: json(zPracticeResult, 'Recorded'), 400: errors[400], 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await practice.ratePractice(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
