import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { zInsightApplications, zInsightFilter, zInsights, zInsightsQuery } from '../../contracts/insights.js';
import * as insights from '../../services/insights.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { errors, json } from '../openapi.js';

const tag = ['Insights'];

export function registerInsightsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/insights', tags: tag, summary: 'Funnel, conversions, bottleneck, response times and segments',
      request: { query: zInsightsQuery },
      responses: { 200: json(zInsights, 'The same JSON as `debrief insights --json`'), 400: errors[400] } }),
    async (c) => c.json(await insights.getInsights(serviceContext(c), { segments: c.req.valid('query').segments }), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/insights/applications', tags: tag, summary: 'The applications behind one figure',
      request: { query: zInsightFilter },
      responses: { 200: json(zInsightApplications, 'All ids, and the first 200 as summaries'), 400: errors[400] } }),
    async (c) => c.json(await insights.applicationsBehind(serviceContext(c), c.req.valid('query')), 200),
  );
}
