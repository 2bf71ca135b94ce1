import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { zId } from '../../contracts/common.js';
import {
  zCohort,
  zCohortComparison,
  zCohortCreate,
  zCohortFilter,
  zCohortInsights,
  zCohortUpdate,
  zCompareQuery,
  zConsentUpdate,
  zEmployers,
  zJoin,
  zJoinPreview,
  zJoinToken,
  zMember,
  zMembership,
  zMemberUpdate,
  zOrganisation,
  zOrganisationCreate,
  zOrgInvitation,
  zOrgInvitationBatch,
  zOrgInvitationCreate,
  zOrgInvitationCsv,
  zOutcomes,
  zPeriodFilter,
} from '../../contracts/org.js';
import * as insights from '../../services/cohort-insights.service.js';
import { ServiceError } from '../../services/errors.js';
import * as org from '../../services/org.service.js';
import { serviceContext, type AppEnv, type HostedRuntime } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

const tag = ['Organisations'];
const cohortTag = ['Cohorts'];

/** Organisations exist in hosted mode only. */
function hostedOnly(c: Context<AppEnv>): HostedRuntime {
  const hosted = c.get('hosted');
  if (!hosted) throw new ServiceError('not_found', 'Organisations exist in hosted mode only (debrief serve --hosted).');
  return hosted;
}

const inviteOptions = (c: Context<AppEnv>) => {
  const hosted = hostedOnly(c);
  return { publicUrl: hosted.config.publicUrl.replace(/\/$/, ''), mailer: hosted.mailer };
};

const param = (name: string) => zId.meta({ param: { name, in: 'path' }, example: 'k3v9x2m7qa' });
const orgMemberParams = z.object({ id: param('id'), memberId: param('memberId') });
const orgInvitationParams = z.object({ id: param('id'), invitationId: param('invitationId') });
const cohortCoachParams = z.object({ id: param('id'), memberId: param('memberId') });
const notFound = { 404: errors[404] };
const bad = { 400: errors[400], 404: errors[404] };
const csvContent = (description: string) => ({ content: { 'text/csv': { schema: z.string() } }, description });

export function registerOrgRoutes(app: OpenAPIHono<AppEnv>): void {
  // ---- a person's own memberships ---------------------------------------------------------
  app.openapi(
    createRoute({ method: 'get', path: '/api/org', tags: tag, summary: 'Your organisations: role, cohort and whether your data counts',
      responses: { 200: json(z.array(zMembership), 'Your memberships'), ...notFound } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.myMemberships(serviceContext(c)), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/org', tags: tag, summary: 'Create an organisation (you become its admin)',
      request: body(zOrganisationCreate), responses: { 201: json(zOrganisation, 'Created'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.createOrganisation(serviceContext(c), c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/org/join/preview', tags: tag, summary: 'What an invitation link is for (before joining)',
      request: body(zJoinToken), responses: { 200: json(zJoinPreview, 'The organisation and role'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.previewInvitation(serviceContext(c), c.req.valid('json').token), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/org/join', tags: tag, summary: 'Accept an invitation, choosing whether your data counts in the cohort figures',
      request: body(zJoin), responses: { 201: json(zMembership, 'Joined'), ...bad, 409: errors[409] } }),
    async (c) => {
      hostedOnly(c);
      const input = c.req.valid('json');
      return c.json(await org.join(serviceContext(c), input.token, input.countInAggregates, c.get('account')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/org/memberships/{id}', tags: tag, summary: 'Choose whether your data counts in the cohort figures',
      request: { params: idParam, ...body(zConsentUpdate) }, responses: { 200: json(zMembership, 'Updated'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.setMyConsent(serviceContext(c), c.req.valid('param').id, c.req.valid('json').countInAggregates), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/org/memberships/{id}', tags: tag, summary: 'Leave an organisation',
      request: { params: idParam }, responses: { 204: { description: 'Left' }, ...bad } }),
    async (c) => {
      hostedOnly(c);
      await org.leave(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  // ---- cohorts (static paths before /api/org/cohorts/{id}) ----------------------------------
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/cohorts/compare', tags: cohortTag, summary: 'Two cohorts side by side (same figures, same suppression)',
      request: { query: zCompareQuery }, responses: { 200: json(zCohortComparison, 'Both cohorts'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      const q = c.req.valid('query');
      return c.json(await insights.compareCohorts(serviceContext(c), q.a, q.b, { from: q.from, to: q.to }), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/org/cohorts', tags: cohortTag, summary: 'Create a cohort (admins)',
      request: body(zCohortCreate), responses: { 201: json(zCohort, 'Created'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.createCohort(serviceContext(c), c.req.valid('json')), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/cohorts/{id}', tags: cohortTag, summary: 'A cohort: its fields, counts and coaches',
      request: { params: idParam }, responses: { 200: json(zCohort, 'The cohort'), ...notFound } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.getCohort(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/org/cohorts/{id}', tags: cohortTag, summary: 'Change a cohort’s fields (admins)',
      request: { params: idParam, ...body(zCohortUpdate) }, responses: { 200: json(zCohort, 'Updated'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.updateCohort(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/org/cohorts/{id}', tags: cohortTag, summary: 'Delete a cohort (its members stay, without a cohort)',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, ...notFound } }),
    async (c) => {
      hostedOnly(c);
      await org.deleteCohort(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'put', path: '/api/org/cohorts/{id}/coaches/{memberId}', tags: cohortTag, summary: 'Assign a coach to a cohort (admins)',
      request: { params: cohortCoachParams }, responses: { 200: json(zCohort, 'The cohort with its coaches'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      const p = c.req.valid('param');
      return c.json(await org.assignCoach(serviceContext(c), p.id, p.memberId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/org/cohorts/{id}/coaches/{memberId}', tags: cohortTag, summary: 'Take a coach off a cohort (admins)',
      request: { params: cohortCoachParams }, responses: { 200: json(zCohort, 'The cohort with its coaches'), ...notFound } }),
    async (c) => {
      hostedOnly(c);
      const p = c.req.valid('param');
      return c.json(await org.unassignCoach(serviceContext(c), p.id, p.memberId), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/cohorts/{id}/insights', tags: cohortTag, summary: 'Cohort insights: funnel, conversions, response, reasons, themes, segments',
      description: 'Summed over members who chose to count; no figure from fewer than 5 people.',
      request: { params: idParam, query: zPeriodFilter }, responses: { 200: json(zCohortInsights, 'The figures'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await insights.cohortInsights(serviceContext(c), c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );

  // ---- one organisation ---------------------------------------------------------------------
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/{id}', tags: tag, summary: 'An organisation: your membership and the cohorts you may see',
      request: { params: idParam }, responses: { 200: json(zOrganisation, 'The organisation'), ...notFound } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.getOrganisation(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/{id}/members', tags: tag, summary: 'Members with role, cohort, status and consent (admins)',
      request: { params: idParam }, responses: { 200: json(z.array(zMember), 'Members'), ...notFound } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.listMembers(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/org/{id}/members/{memberId}', tags: tag, summary: 'Set a member’s role, cohort or status (admins)',
      request: { params: orgMemberParams, ...body(zMemberUpdate) }, responses: { 200: json(zMember, 'Updated'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      const p = c.req.valid('param');
      return c.json(await org.updateMember(serviceContext(c), p.id, p.memberId, c.req.valid('json')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/org/{id}/members/{memberId}', tags: tag, summary: 'Remove a member (admins); their own data stays theirs',
      request: { params: orgMemberParams }, responses: { 204: { description: 'Removed' }, ...bad } }),
    async (c) => {
      hostedOnly(c);
      const p = c.req.valid('param');
      await org.removeMember(serviceContext(c), p.id, p.memberId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/{id}/invitations', tags: tag, summary: 'Invitations (admins)',
      request: { params: idParam }, responses: { 200: json(z.array(zOrgInvitation), 'Invitations, newest first'), ...notFound } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await org.listInvitations(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/org/{id}/invitations', tags: tag, summary: 'Invite by link, or one address (mailed when the server sends mail)',
      request: { params: idParam, ...body(zOrgInvitationCreate) }, responses: { 201: json(zOrgInvitation, 'The invitation, with its link shown once'), ...bad } }),
    async (c) => {
      const options = inviteOptions(c);
      return c.json(await org.invite(serviceContext(c), c.req.valid('param').id, c.req.valid('json'), options), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/org/{id}/invitations/csv', tags: tag, summary: 'Invite every address of a CSV file (admins)',
      request: { params: idParam, ...body(zOrgInvitationCsv) }, responses: { 201: json(zOrgInvitationBatch, 'Invitations made, and what was skipped'), ...bad } }),
    async (c) => {
      const options = inviteOptions(c);
      return c.json(await org.inviteFromCsv(serviceContext(c), c.req.valid('param').id, c.req.valid('json'), options), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/org/{id}/invitations/{invitationId}', tags: tag, summary: 'Withdraw an invitation (admins)',
      request: { params: orgInvitationParams }, responses: { 204: { description: 'Withdrawn' }, ...notFound } }),
    async (c) => {
      hostedOnly(c);
      const p = c.req.valid('param');
      await org.withdrawInvitation(serviceContext(c), p.id, p.invitationId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/{id}/insights', tags: tag, summary: 'Insights across cohorts, filtered by cohort fields and period (staff)',
      request: { params: idParam, query: zCohortFilter }, responses: { 200: json(zCohortInsights, 'The figures'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await insights.organisationInsights(serviceContext(c), c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/{id}/employers', tags: tag, summary: 'Employers members applied to: applications, replies, interviews, offers, typical days to reply',
      request: { params: idParam, query: zCohortFilter }, responses: { 200: json(zEmployers, 'Employers at least 5 members applied to'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await insights.organisationEmployers(serviceContext(c), c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/{id}/outcomes', tags: tag, summary: 'Placed and searching, time to first interview and to offer',
      request: { params: idParam, query: zCohortFilter }, responses: { 200: json(zOutcomes, 'Outcomes'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      return c.json(await insights.organisationOutcomes(serviceContext(c), c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/org/{id}/outcomes.csv', tags: tag, summary: 'The outcome report as CSV: outcomes, funnel and employers (aggregates only)',
      request: { params: idParam, query: zCohortFilter }, responses: { 200: csvContent('One figure per row'), ...bad } }),
    async (c) => {
      hostedOnly(c);
      const text = await insights.outcomesCsv(serviceContext(c), c.req.valid('param').id, c.req.valid('query'));
      return c.body(text, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="debrief-outcomes.csv"', 'cache-control': 'no-store' }) as never;
    },
  );
}
