import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  zAccount,
  zAccountDelete,
  zAccountExport,
  zInvitation,
  zInvitationCreate,
  zPendingLink,
  zSession,
  type SessionInfo,
} from '../../contracts/accounts.js';
import * as accounts from '../../services/accounts.service.js';
import { ServiceError } from '../../services/errors.js';
import { MIN_PASSWORD_LENGTH } from '../auth.js';
import { serviceContext, type AppEnv, type HostedRuntime } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

const accountTag = ['Account'];
const adminTag = ['Administration'];

/** Administration exists only for administrators of hosted mode: for anyone else it is not there. */
function requireAdmin(c: Context<AppEnv>): HostedRuntime {
  const hosted = c.get('hosted');
  const account = c.get('account');
  if (!hosted || account?.role !== 'admin') throw new ServiceError('not_found', `No API endpoint ${c.req.method} ${c.req.path}.`);
  return hosted;
}

function requireHosted(c: Context<AppEnv>): HostedRuntime {
  const hosted = c.get('hosted');
  if (!hosted) throw new ServiceError('not_found', 'Accounts exist in hosted mode only; local mode has no account to delete.');
  return hosted;
}

export function registerAccountRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/session', tags: accountTag, summary: 'The mode (local or hosted) and who is signed in',
      description: 'Answers without a session, so the web app knows whether to ask for a sign-in.',
      responses: { 200: json(zSession, 'Mode and account') } }),
    (c) => {
      const hosted = c.get('hosted');
      const info: SessionInfo = hosted
        ? { mode: 'hosted', account: c.get('account'), signup: hosted.config.signup, mail: hosted.mailer !== null, minPasswordLength: MIN_PASSWORD_LENGTH }
        : { mode: 'local', account: null, signup: null, mail: false, minPasswordLength: null };
      c.header('cache-control', 'no-store');
      return c.json(info, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/account/export', tags: accountTag, summary: 'Everything you own, as JSON',
      responses: { 200: json(zAccountExport, 'The backup of everything you own, with your account') } }),
    async (c) => {
      const data = await accounts.exportMyRows(serviceContext(c));
      c.header('content-disposition', `attachment; filename="debrief-export-${data.createdAt.slice(0, 10)}.json"`);
      c.header('cache-control', 'no-store');
      return c.json(data, 200);
    },
  );

  app.openapi(
    createRoute({ method: 'delete', path: '/api/account', tags: accountTag, summary: 'Delete your account and everything you own',
      request: body(zAccountDelete), responses: { 204: { description: 'Deleted' }, 400: errors[400], 404: errors[404] } }),
    async (c) => {
      requireHosted(c);
      const account = c.get('account');
      if (!account || c.req.valid('json').email.toLowerCase() !== account.email.toLowerCase()) {
        throw new ServiceError('validation', 'Type the email address of this account to confirm.', { email: 'Type the email address of this account to confirm' });
      }
      await accounts.deleteMyAccount(serviceContext(c));
      return c.body(null, 204);
    },
  );

  // ---- administration --------------------------------------------------------------------------

  app.openapi(
    createRoute({ method: 'get', path: '/api/admin/accounts', tags: adminTag, summary: 'Every account (administrators)',
      responses: { 200: json(z.array(zAccount), 'Accounts, oldest first'), 404: errors[404] } }),
    async (c) => {
      requireAdmin(c);
      return c.json(await accounts.listAccounts(serviceContext(c).db), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/admin/accounts/{id}/disable', tags: adminTag, summary: 'Disable an account and end its sessions',
      request: { params: idParam }, responses: { 200: json(zAccount, 'The account'), 404: errors[404], 409: errors[409] } }),
    async (c) => {
      requireAdmin(c);
      return c.json(await accounts.setAccountDisabled(serviceContext(c), c.req.valid('param').id, true), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/admin/accounts/{id}/enable', tags: adminTag, summary: 'Let a disabled account sign in again',
      request: { params: idParam }, responses: { 200: json(zAccount, 'The account'), 404: errors[404], 409: errors[409] } }),
    async (c) => {
      requireAdmin(c);
      return c.json(await accounts.setAccountDisabled(serviceContext(c), c.req.valid('param').id, false), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/admin/accounts/{id}', tags: adminTag, summary: 'Delete an account and everything it owns',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404], 409: errors[409] } }),
    async (c) => {
      requireAdmin(c);
      await accounts.deleteAccountAsAdmin(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/admin/invitations', tags: adminTag, summary: 'Invitations you made',
      responses: { 200: json(z.array(zInvitation), 'Newest first'), 404: errors[404] } }),
    async (c) => {
      requireAdmin(c);
      return c.json(await accounts.listInvitations(serviceContext(c)), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/admin/invitations', tags: adminTag, summary: 'Make an invitation link (mailed when an address is given and mail is set up)',
      request: body(zInvitationCreate), responses: { 201: json(zInvitation, 'The invitation, with its link'), 400: errors[400], 404: errors[404] } }),
    async (c) => {
      const hosted = requireAdmin(c);
      const invitation = await accounts.createInvitation(serviceContext(c), c.req.valid('json'), { publicUrl: hosted.config.publicUrl, mailer: hosted.mailer });
      return c.json(invitation, 201);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/admin/invitations/{id}', tags: adminTag, summary: 'Withdraw an invitation',
      request: { params: idParam }, responses: { 204: { description: 'Withdrawn' }, 404: errors[404] } }),
    async (c) => {
      requireAdmin(c);
      await accounts.revokeInvitation(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/admin/links', tags: adminTag, summary: 'Reset and confirmation links waiting to be passed on (no mail server)',
      responses: { 200: json(z.array(zPendingLink), 'Links still valid, newest first'), 404: errors[404] } }),
    async (c) => {
      requireAdmin(c);
      return c.json(await accounts.pendingLinks(serviceContext(c).db, serviceContext(c).now()), 200);
    },
  );
}
