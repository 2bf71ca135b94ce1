import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { zSettings, zSettingsUpdate } from '../../contracts/settings.js';
import { getSettings, updateSettings } from '../../services/settings.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, json } from '../openapi.js';

export function registerSettingsRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/settings', tags: ['Settings'], summary: 'Your settings',
      responses: { 200: json(zSettings, 'Settings') } }),
    async (c) => c.json(await getSettings(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/settings', tags: ['Settings'], summary: 'Change settings',
      request: body(zSettingsUpdate), responses: { 200: json(zSettings, 'Settings'), 400: errors[400] } }),
    async (c) => c.json(await updateSettings(serviceContext(c), c.req.valid('json')), 200),
  );
}
