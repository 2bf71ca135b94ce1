import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { zPreparation } from '../../contracts/prepare.js';
import { getPreparation } from '../../services/prepare.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { errors, idParam, json } from '../openapi.js';

/** Preparing for the interview booked ahead on an application. */
export function registerPrepareRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/applications/{id}/prepare', tags: ['Applications'],
      summary: 'Preparation for the interview booked ahead (general preparation when none is)',
      request: { params: idParam }, responses: { 200: json(zPreparation, 'What to prepare'), 404: errors[404] } }),
    async (c) => c.json(await getPreparation(serviceContext(c), c.req.valid('param').id), 200),
  );
}
