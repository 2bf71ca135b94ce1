import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { zCoachSuggestion, zShare, zShareInput, zSharesOverview, zShareUpdate, zSuggestionList } from '../../contracts/coach.js';
import * as shares from '../../services/shares.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';
import { requireSharing } from './sharing-mode.js';

const tag = ['Sharing with a coach'];
const notHosted = json(errors[404].content['application/json'].schema, 'Not found, or this Debrief is local (sharing needs hosted mode).');
const conflict = json(errors[409].content['application/json'].schema, 'Already shared with this address, the share has ended, or this Debrief is local.');

/** The seeker decides: who sees what, for how long, and sees what each coach opened. */
export function registerShareRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/shares', tags: tag, summary: 'Your shares with coaches and the log of what each coach opened, newest first',
      responses: { 200: json(zSharesOverview, 'Shares and access log'), 404: notHosted } }),
    async (c) => {
      requireSharing(c);
      return c.json(await shares.listShares(serviceContext(c)), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/shares', tags: tag, summary: 'Invite a coach by email with a scope (progress; add debriefs and/or journal)',
      description: 'The invitation link is mailed; without a mail server it is in the answer (`url`), shown once. The coach signs in with that address and accepts.',
      request: body(zShareInput), responses: { 201: json(zShare, 'Invited'), 400: errors[400], 409: conflict } }),
    async (c) => {
      const { hosted, account } = requireSharing(c);
      const share = await shares.createShare(serviceContext(c), c.req.valid('json'), {
        publicUrl: hosted.config.publicUrl, mailer: hosted.mailer, ownEmail: account.email, ownName: account.name,
      });
      return c.json(share, 201);
    },
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/shares/{id}', tags: tag, summary: 'Change what a coach sees (takes effect on their next request)',
      request: { params: idParam, ...body(zShareUpdate) }, responses: { 200: json(zShare, 'Changed'), 400: errors[400], 404: notHosted, 409: conflict } }),
    async (c) => {
      requireSharing(c);
      return c.json(await shares.updateShareScope(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/shares/{id}', tags: tag, summary: 'Stop sharing: the coach’s next request answers 404',
      request: { params: idParam }, responses: { 204: { description: 'Revoked' }, 404: notHosted, 409: conflict } }),
    async (c) => {
      requireSharing(c);
      await shares.revokeShare(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/shares/suggestions', tags: tag, summary: 'Growth actions and practice questions your coaches suggested, waiting for your answer',
      responses: { 200: json(zSuggestionList, 'Suggestions'), 404: notHosted } }),
    async (c) => {
      requireSharing(c);
      return c.json(await shares.pendingSuggestions(serviceContext(c)), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/shares/suggestions/{id}/accept', tags: tag, summary: 'Accept a suggestion: it becomes your own growth action or practice question',
      request: { params: idParam }, responses: { 200: json(zCoachSuggestion, 'Accepted'), 404: notHosted, 409: conflict } }),
    async (c) => {
      requireSharing(c);
      return c.json(await shares.acceptSuggestion(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/shares/suggestions/{id}/dismiss', tags: tag, summary: 'Dismiss a suggestion',
      request: { params: idParam }, responses: { 200: json(zCoachSuggestion, 'Dismissed'), 404: notHosted, 409: conflict } }),
    async (c) => {
      requireSharing(c);
      return c.json(await shares.dismissSuggestion(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
}
