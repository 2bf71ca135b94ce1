import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { zSampleLoaded, zSampleRemoved, zSampleStatus } from '../../contracts/demo.js';
import { loadSampleSearch, removeSampleSearch, sampleStatus } from '../../services/demo.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { errors, json } from '../openapi.js';

export function registerDemoRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/demo', tags: ['Settings'], summary: 'Whether the sample job search is loaded',
      responses: { 200: json(zSampleStatus, 'Sample status') } }),
    async (c) => c.json(await sampleStatus(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/demo', tags: ['Settings'], summary: 'Load the sample job search beside your own data (409 when it is already loaded)',
      responses: { 201: json(zSampleLoaded, 'Loaded'), 409: errors[409] } }),
    async (c) => c.json(await loadSampleSearch(serviceContext(c)), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/demo', tags: ['Settings'], summary: 'Remove the sample job search; your own applications and entries stay',
      responses: { 200: json(zSampleRemoved, 'Removed') } }),
    async (c) => c.json(await removeSampleSearch(serviceContext(c)), 200),
  );
}
