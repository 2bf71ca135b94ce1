import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  zActionNoteInput,
  zGrowthAction,
  zGrowthActionInput,
  zGrowthActionUpdate,
  zPlan,
  zPlanSuggestion,
  zSuggestionInput,
  zSuggestionUpdate,
} from '../../contracts/plan.js';
import * as plan from '../../services/plan.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

const tag = ['Growth plan'];

/** The growth plan: ranked themes, suggestions, actions and "did it help?". */
export function registerPlanRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/plan', tags: tag, summary: 'Your growth plan: recurring themes ranked with the reason, suggestions, evidence, actions; outside-control apart',
      responses: { 200: json(zPlan, 'The plan') } }),
    async (c) => c.json(await plan.getPlan(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/plan/actions', tags: tag, summary: 'Add a growth action (adopt a suggestion or write your own)',
      request: body(zGrowthActionInput), responses: { 201: json(zGrowthAction, 'Added'), 400: errors[400] } }),
    async (c) => c.json(await plan.createAction(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/plan/actions/{id}', tags: tag, summary: 'One growth action with its evidence and "did it help?"',
      request: { params: idParam }, responses: { 200: json(zGrowthAction, 'The action'), 404: errors[404] } }),
    async (c) => c.json(await plan.getAction(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/plan/actions/{id}', tags: tag, summary: 'Change a growth action (status, due date, themes, target stage…)',
      request: { params: idParam, ...body(zGrowthActionUpdate) }, responses: { 200: json(zGrowthAction, 'Updated'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await plan.updateAction(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/plan/actions/{id}', tags: tag, summary: 'Delete a growth action',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await plan.deleteAction(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/plan/actions/{id}/notes', tags: tag, summary: 'Add a progress note to a growth action',
      request: { params: idParam, ...body(zActionNoteInput) }, responses: { 201: json(zGrowthAction, 'Noted'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await plan.addActionNote(serviceContext(c), c.req.valid('param').id, c.req.valid('json').body), 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/plan/suggestions', tags: tag, summary: 'Add your own suggestion to a theme',
      request: body(zSuggestionInput), responses: { 201: json(zPlanSuggestion, 'Added'), 400: errors[400] } }),
    async (c) => c.json(await plan.addSuggestion(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/plan/suggestions/{id}', tags: tag, summary: 'Edit a suggestion',
      request: { params: idParam, ...body(zSuggestionUpdate) }, responses: { 200: json(zPlanSuggestion, 'Updated'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await plan.updateSuggestion(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/plan/suggestions/{id}', tags: tag, summary: 'Remove a suggestion',
      request: { params: idParam }, responses: { 204: { description: 'Removed' }, 404: errors[404] } }),
    async (c) => {
      await plan.removeSuggestion(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
