import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { zStory, zStoryInput, zStoryUpdate } from '../../contracts/stories.js';
import * as stories from '../../services/stories.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

const tag = ['Story bank'];

/** The story bank: STAR(+Reflection) stories linked to questions and themes. */
export function registerStoryRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/stories', tags: tag, summary: 'Your stories, latest changed first', responses: { 200: json(z.array(zStory), 'Stories') } }),
    async (c) => c.json(await stories.listStories(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/stories', tags: tag, summary: 'Add a story (situation, task, action, result, what you learned)',
      request: body(zStoryInput), responses: { 201: json(zStory, 'Added'), 400: errors[400] } }),
    async (c) => c.json(await stories.createStory(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/stories/{id}', tags: tag, summary: 'One story', request: { params: idParam }, responses: { 200: json(zStory, 'The story'), 404: errors[404] } }),
    async (c) => c.json(await stories.getStory(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/stories/{id}', tags: tag, summary: 'Change a story or what it is linked to',
      request: { params: idParam, ...body(zStoryUpdate) }, responses: { 200: json(zStory, 'Updated'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await stories.updateStory(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/stories/{id}', tags: tag, summary: 'Delete a story', request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await stories.deleteStory(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
