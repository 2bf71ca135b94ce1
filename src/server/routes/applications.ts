import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  zApplication,
  zApplicationCreate,
  zApplicationDetail,
  zApplicationListQuery,
  zApplicationPage,
  zApplicationUpdate,
  zBoard,
  zBoardColumn,
  zBoardColumnQuery,
  zBoardQuery,
  zStage,
  zNote,
  zNoteCreate,
  zMoveResult,
  zStageEventCreate,
} from '../../contracts/applications.js';
import * as apps from '../../services/applications.service.js';
import * as events from '../../services/application-events.service.js';
import * as boards from '../../services/board.service.js';
import { listTags } from '../../services/tags.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { zText } from '../../contracts/common.js';
import { body, errors, idParam, json } from '../openapi.js';

const tag = ['Applications'];

export function registerApplicationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/applications', tags: tag, summary: 'List applications (filter, sort, paginate)',
      request: { query: zApplicationListQuery }, responses: { 200: json(zApplicationPage, 'One page of applications'), 400: errors[400] } }),
    async (c) => {
      const query = c.req.valid('query');
      const page = query.fields === 'summary' ? await apps.listApplicationSummaries(serviceContext(c), query) : await apps.listApplications(serviceContext(c), query);
      return c.json(page, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/applications', tags: tag, summary: 'Add an application',
      request: body(zApplicationCreate), responses: { 201: json(zApplication, 'Created'), 400: errors[400] } }),
    async (c) => c.json(await apps.createApplication(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/applications/{id}', tags: tag, summary: 'One application with its timeline',
      request: { params: idParam }, responses: { 200: json(zApplicationDetail, 'The application'), 404: errors[404] } }),
    async (c) => c.json(await apps.getApplication(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/applications/{id}', tags: tag, summary: 'Edit an application (send the version you read)',
      request: { params: idParam, ...body(zApplicationUpdate) },
      responses: { 200: json(zApplication, 'Updated'), 400: errors[400], 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await apps.updateApplication(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/applications/{id}', tags: tag, summary: 'Delete an application and its history (can be undone for a day)',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await apps.deleteApplication(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/applications/{id}/restore', tags: tag, summary: 'Undo a deletion (within a day)',
      request: { params: idParam },
      responses: { 200: json(zApplication, 'Restored with its history'), 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await apps.restoreApplication(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/applications/{id}/events', tags: tag, summary: 'Move to a stage (append a stage event)',
      request: { params: idParam, ...body(zStageEventCreate) },
      responses: { 201: json(zMoveResult, 'Recorded (changed = false when it already stood there)'), 400: errors[400], 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await events.moveApplication(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/applications/{id}/events/{eventId}', tags: tag, summary: 'Undo the stage change recorded last',
      request: { params: idParam.extend({ eventId: zText().min(1) }) },
      responses: { 200: json(zApplication, 'The application after the undo'), 404: errors[404], 409: errors[409] } }),
    async (c) => {
      const { id, eventId } = c.req.valid('param');
      return c.json(await events.undoEvent(serviceContext(c), id, eventId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/applications/{id}/ghosted', tags: tag, summary: 'Confirm that the employer never answered',
      request: { params: idParam }, responses: { 200: json(zMoveResult, 'Marked as no response'), 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await events.confirmGhosted(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/applications/{id}/notes', tags: tag, summary: 'Add a note to the timeline',
      request: { params: idParam, ...body(zNoteCreate) }, responses: { 201: json(zNote, 'Created'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await events.addNote(serviceContext(c), c.req.valid('param').id, c.req.valid('json').body), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/notes/{id}', tags: tag, summary: 'Delete a note',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await events.deleteNote(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/board', tags: tag,
      summary: 'The board: every column\'s total, and the first cards of the columns asked for (by default those still moving)',
      request: { query: zBoardQuery },
      responses: { 200: json(zBoard, 'The board'), 400: errors[400] } }),
    async (c) => c.json(await boards.getBoardView(serviceContext(c), c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/board/columns/{status}', tags: tag,
      summary: 'One board column\'s cards, in the board\'s order: the first ones, or those after a cursor (an opened ended column, "Show more")',
      request: { params: z.object({ status: zStage }), query: zBoardColumnQuery },
      responses: { 200: json(zBoardColumn, 'The column'), 400: errors[400] } }),
    async (c) => c.json(await boards.getBoardColumn(serviceContext(c), c.req.valid('param').status, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/tags', tags: tag, summary: 'Tags in use',
      responses: { 200: json(z.array(z.object({ tag: z.string(), count: z.number().int() })), 'Tags with counts') } }),
    async (c) => c.json(await listTags(serviceContext(c)), 200),
  );
}
