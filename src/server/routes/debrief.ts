import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  zCheckInInput,
  zCheckInResult,
  zDebrief,
  zDraft,
  zDraftQuery,
  zFeedbackOutcome,
  zFeedbackOutcomeInput,
  zFeedbackRequest,
  zFeedbackRequestInput,
  zFollowUpQuery,
  zLessons,
  zLessonsInput,
  zMarkSentInput,
  zMessageStepInput,
  zReflectionInput,
  zReflectionResult,
  zRejectionInput,
  zSkipInput,
} from '../../contracts/debrief.js';
import * as debrief from '../../services/debrief.service.js';
import * as feedback from '../../services/feedback-request.service.js';
import { saveDebriefCheckIn } from '../../services/journal.service.js';
import { saveLessons } from '../../services/lessons.service.js';
import { saveReflection } from '../../services/reflection.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';
import { registerDebriefListRoutes } from './debrief-lists.js';

const tag = ['Debrief'];
const base = '/api/applications/{id}/debrief';
const r404 = { 404: errors[404] };
const r4xx = { 400: errors[400], 404: errors[404] };

/** The rejection and the five debrief steps, keyed by application id (contracts/debrief.ts lists them all). */
export function registerDebriefRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'post', path: '/api/applications/{id}/rejection', tags: tag, summary: 'Record (or update) the rejection of an application',
      request: { params: idParam, ...body(zRejectionInput) },
      responses: { 201: json(zDebrief, 'The debrief, with the rejection recorded'), ...r4xx, 409: errors[409] } }),
    async (c) => c.json(await debrief.recordRejection(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: base, tags: tag, summary: 'The whole debrief of a rejected application',
      request: { params: idParam }, responses: { 200: json(zDebrief, 'The debrief'), ...r404 } }),
    async (c) => c.json(await debrief.getDebrief(serviceContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: `${base}/checkin`, tags: tag, summary: 'Step 1: how you feel',
      request: { params: idParam, ...body(zCheckInInput) }, responses: { 200: json(zCheckInResult, 'Saved, with support suggestions'), ...r4xx } }),
    async (c) => c.json(await saveDebriefCheckIn(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: `${base}/message`, tags: tag, summary: 'Step 2: the message, reasons and reader labels',
      request: { params: idParam, ...body(zMessageStepInput) }, responses: { 200: json(zDebrief, 'Saved'), ...r4xx } }),
    async (c) => c.json(await debrief.saveMessageStep(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: `${base}/feedback-request`, tags: tag, summary: 'Step 3: who to ask, the tone and the questions',
      request: { params: idParam, ...body(zFeedbackRequestInput) }, responses: { 200: json(zFeedbackRequest, 'Saved'), ...r4xx } }),
    async (c) => c.json(await feedback.saveFeedbackRequest(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/feedback-request/draft`, tags: tag, summary: 'The feedback-request draft (email, LinkedIn, mailto)',
      request: { params: idParam, query: zDraftQuery }, responses: { 200: json(zDraft, 'The draft'), ...r4xx } }),
    async (c) => c.json(await feedback.feedbackDraft(serviceContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/feedback-request/draft.eml`, tags: tag, summary: 'The draft as an .eml file to open in a mail program',
      request: { params: idParam, query: zDraftQuery },
      responses: { 200: { description: 'An unsent message (message/rfc822)', content: { 'message/rfc822': { schema: { type: 'string' } } } }, ...r4xx } }),
    async (c) => {
      const { filename, eml } = await feedback.feedbackDraftEml(serviceContext(c), c.req.valid('param').id, c.req.valid('query'));
      return c.body(eml, 200, {
        'Content-Type': 'message/rfc822; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'X-Content-Type-Options': 'nosniff',
      });
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/feedback-request/sent`, tags: tag, summary: 'Mark the feedback request as sent',
      request: { params: idParam, ...body(zMarkSentInput) }, responses: { 200: json(zFeedbackRequest, 'Requested'), ...r4xx, 409: errors[409] } }),
    async (c) => c.json(await feedback.markRequestSent(serviceContext(c), c.req.valid('param').id, c.req.valid('json').on), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/feedback-request/outcome`, tags: tag, summary: 'Record the answer: received, declined or no answer',
      request: { params: idParam, ...body(zFeedbackOutcomeInput) },
      responses: { 200: json(zFeedbackOutcome, 'Recorded; a follow-up draft when the feedback is generic'), ...r4xx, 409: errors[409] } }),
    async (c) => c.json(await feedback.recordFeedbackOutcome(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: `${base}/feedback-request/follow-up`, tags: tag, summary: 'A follow-up asking for specifics',
      request: { params: idParam, query: zFollowUpQuery }, responses: { 200: json(zDraft, 'The draft'), ...r4xx } }),
    async (c) => c.json(await feedback.followUpDraft(serviceContext(c), c.req.valid('param').id, c.req.valid('query').tone), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: `${base}/reflection`, tags: tag, summary: 'Step 4: reflection answers (merged by prompt id)',
      request: { params: idParam, ...body(zReflectionInput) }, responses: { 200: json(zReflectionResult, 'Saved'), ...r4xx } }),
    async (c) => c.json(await saveReflection(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: `${base}/lessons`, tags: tag, summary: 'Step 5: lessons (themes with evidence) and what was outside your control',
      request: { params: idParam, ...body(zLessonsInput) }, responses: { 200: json(zLessons, 'Saved'), ...r4xx } }),
    async (c) => c.json(await saveLessons(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: `${base}/skip`, tags: tag, summary: 'Skip a step (or take the skip back)',
      request: { params: idParam, ...body(zSkipInput) }, responses: { 200: json(zDebrief, 'The debrief'), ...r4xx } }),
    async (c) => {
      const { step, skip } = c.req.valid('json');
      return c.json(await debrief.skipStep(serviceContext(c), c.req.valid('param').id, step, skip), 200);
    },
  );
  registerDebriefListRoutes(app);
}
