import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { zMailAccount, zMailAccountConnect, zMailAccountStatus, zMailAccountUpdate, zMailConnectResult, zMailSyncRequest } from '../../contracts/mail-accounts.js';
import { zErrorBody } from '../../contracts/common.js';
import * as mailbox from '../../services/mail-sync.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, json } from '../openapi.js';

const tag = ['Mailbox (IMAP)'];
const unreachable = json(zErrorBody, 'The mail server could not be used (unreachable, timed out, certificate not trusted); nothing was changed.');

/** A connected mailbox, read over IMAP without changing it. The password is never returned. */
export function registerMailAccountRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/mail/account', tags: tag, summary: 'The connected mailbox, with the progress of a running sync',
      responses: { 200: json(zMailAccountStatus, 'The mailbox, or null when none is connected') } }),
    async (c) => c.json({ account: await mailbox.getMailAccount(serviceContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: '/api/mail/account', tags: tag,
      summary: 'Connect a mailbox (signs in and checks the folders first; replaces an earlier one)',
      description: 'Read-only: Debrief never moves, flags or deletes a message. The password is kept only with `savePassword`.',
      request: body(zMailAccountConnect),
      responses: { 200: json(zMailConnectResult, 'Connected'), 400: errors[400], 502: unreachable } }),
    async (c) => c.json(await mailbox.connectMailbox(serviceContext(c), c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/mail/account', tags: tag, summary: 'Change the folders or the schedule',
      request: body(zMailAccountUpdate), responses: { 200: json(zMailAccount, 'The mailbox'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await mailbox.changeMailAccount(serviceContext(c), c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/mail/account', tags: tag,
      summary: 'Disconnect the mailbox and forget its password (imported messages and proposals stay)',
      responses: { 200: json(z.object({ disconnected: z.boolean() }), 'Disconnected (false when none was connected)'), 409: errors[409] } }),
    async (c) => c.json(await mailbox.disconnectMailbox(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/mail/account/sync', tags: tag,
      summary: 'Start a sync of the new messages (poll GET /api/mail/account for its progress)',
      request: { body: { content: { 'application/json': { schema: zMailSyncRequest } }, required: false } },
      responses: { 202: json(zMailAccount, 'Started'), 400: errors[400], 404: errors[404], 409: errors[409] } }),
    async (c) => {
      const input = c.req.header('content-type')?.includes('application/json') ? c.req.valid('json') : {};
      return c.json(await mailbox.startSync(serviceContext(c), { password: input?.password }), 202);
    },
  );
}
