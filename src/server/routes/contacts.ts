import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { zText } from '../../contracts/common.js';
import {
  zApplicationPeople,
  zContact,
  zContactDetail,
  zContactInput,
  zContactListQuery,
  zContactUpdate,
  zInteractionInput,
  zLinkedInImport,
  zLinkedInImportQuery,
} from '../../contracts/contacts.js';
import * as contacts from '../../services/contacts.service.js';
import { importLinkedInConnections } from '../../services/linkedin-import.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { limited } from '../stream-limit.js';
import { body, errors, idParam, json } from '../openapi.js';

const tag = ['Contacts'];
export const LINKEDIN_IMPORT_PATH = '/api/contacts/import/linkedin';
/** A LinkedIn export of 20,000 connections is about 3 MB; this leaves room. */
export const MAX_CONNECTIONS_BYTES = 32 * 1024 * 1024;

const interactionParams = z.object({
  id: zText().min(1).meta({ param: { name: 'id', in: 'path' } }),
  interactionId: zText().min(1).meta({ param: { name: 'interactionId', in: 'path' } }),
});

/** Contacts, their interactions, the people of an application, and the LinkedIn import. */
export function registerContactRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/contacts', tags: tag, summary: 'Your contacts: search, filter by company and role, or only those due a touch',
      request: { query: zContactListQuery }, responses: { 200: json(z.array(zContact), 'Contacts'), 400: errors[400] } }),
    async (c) => c.json(await contacts.listContacts(serviceContext(c), c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/contacts', tags: tag, summary: 'Add a contact',
      request: body(zContactInput), responses: { 201: json(zContactDetail, 'Added'), 400: errors[400], 409: errors[409] } }),
    async (c) => c.json(await contacts.createContact(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: LINKEDIN_IMPORT_PATH, tags: tag,
      summary: "Import LinkedIn's Connections.csv: a preview unless apply=true; re-importing updates, never duplicates",
      request: { query: zLinkedInImportQuery, body: { content: { 'text/csv': { schema: z.string().meta({ format: 'binary' }) } }, required: true } },
      responses: { 200: json(zLinkedInImport, 'What was (or would be) added and updated'), 400: errors[400] } }),
    async (c) => {
      const stream = c.req.raw.body;
      if (!stream) return c.json({ error: { code: 'validation', message: 'Send the Connections.csv file as the request body.' } }, 400);
      const result = await importLinkedInConnections(serviceContext(c), limited(stream, MAX_CONNECTIONS_BYTES, 'That file is larger than 32 MB; it does not look like a LinkedIn connections export.'), { apply: c.req.valid('query').apply === 'true' });
      return c.json(result, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/contacts/{id}', tags: tag, summary: 'A contact with interactions, applications and interviews',
      request: { params: idParam }, responses: { 200: json(zContactDetail, 'The contact'), 404: errors[404] } }),
    async (c) => c.json(await contacts.getContact(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/contacts/{id}', tags: tag, summary: 'Change a contact (links given replace the old ones)',
      request: { params: idParam, ...body(zContactUpdate) }, responses: { 200: json(zContactDetail, 'Changed'), 400: errors[400], 404: errors[404], 409: errors[409] } }),
    async (c) => c.json(await contacts.updateContact(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/contacts/{id}', tags: tag, summary: 'Delete a contact and their interactions',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await contacts.deleteContact(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/contacts/{id}/interactions', tags: tag, summary: 'Log an interaction (email, call, video, coffee, LinkedIn message, thank-you, feedback request, referral ask)',
      request: { params: idParam, ...body(zInteractionInput) }, responses: { 201: json(zContactDetail, 'Logged'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await contacts.logInteraction(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/contacts/{id}/interactions/{interactionId}', tags: tag, summary: 'Remove a logged interaction',
      request: { params: interactionParams }, responses: { 204: { description: 'Removed' }, 404: errors[404] } }),
    async (c) => {
      const p = c.req.valid('param');
      await contacts.deleteInteraction(serviceContext(c), p.id, p.interactionId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/applications/{id}/people', tags: tag, summary: 'People linked to an application, and the others you know at its company',
      request: { params: idParam }, responses: { 200: json(zApplicationPeople, 'People'), 404: errors[404] } }),
    async (c) => c.json(await contacts.applicationPeople(serviceContext(c), c.req.valid('param').id), 200),
  );
}
