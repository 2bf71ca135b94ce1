import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  zAgenda,
  zAgendaActionResult,
  zAgendaItem,
  zAgendaKeyParam,
  zAgendaRules,
  zAgendaSnooze,
  zCalendarFeedCreated,
  zCalendarFeedStatus,
} from '../../contracts/agenda.js';
import { zText } from '../../contracts/common.js';
import * as agenda from '../../services/agenda.service.js';
import * as calendar from '../../services/calendar.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { errorBody } from '../errors.js';
import { body, errors, json } from '../openapi.js';

const tag = ['Agenda'];
const ics = { description: 'iCalendar (text/calendar)', content: { 'text/calendar': { schema: { type: 'string' as const } } } };
const feedParam = z.object({ file: zText().min(1).max(100).meta({ param: { name: 'file', in: 'path' }, description: 'The secret token followed by .ics' }) });

/** Where links point: the public address in hosted mode (behind a proxy the request's own URL is internal). */
function origin(c: Context<AppEnv>): string {
  const hosted = c.get('hosted');
  return hosted ? hosted.config.publicUrl.replace(/\/+$/, '') : new URL(c.req.url).origin;
}

function icsResponse(text: string, filename: string): Response {
  return new Response(text, {
    status: 200,
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${filename}"`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The agenda (with its rules), and the calendar as a download and as a secret feed. */
export function registerAgendaRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/agenda', tags: tag, summary: 'What is due today and this week, grouped by day',
      responses: { 200: json(zAgenda, 'The agenda') } }),
    async (c) => c.json(await agenda.getAgenda(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/agenda/today', tags: tag, summary: "Today's agenda items (overdue ones included), for a home page",
      responses: { 200: json(z.array(zAgendaItem), 'Due today') } }),
    async (c) => c.json(await agenda.todaysAgenda(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/agenda/rules', tags: tag, summary: 'The rules that put things on the agenda',
      responses: { 200: json(zAgendaRules, 'The rules') } }),
    async (c) => c.json(await agenda.getAgendaRules(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: '/api/agenda/rules', tags: tag, summary: 'Change the rules (each can be switched off)',
      request: body(zAgendaRules), responses: { 200: json(zAgendaRules, 'Saved'), 400: errors[400] } }),
    async (c) => c.json(await agenda.saveAgendaRules(serviceContext(c), c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/agenda/items/{key}/done', tags: tag, summary: 'Done: logs the interaction with the people of the item',
      request: { params: zAgendaKeyParam }, responses: { 200: json(zAgendaActionResult, 'Done'), 404: errors[404] } }),
    async (c) => c.json(await agenda.markAgendaDone(serviceContext(c), c.req.valid('param').key), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/agenda/items/{key}/snooze', tags: tag, summary: 'Snooze to a later day',
      request: { params: zAgendaKeyParam, ...body(zAgendaSnooze) }, responses: { 200: json(zAgendaActionResult, 'Snoozed'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await agenda.snoozeAgendaItem(serviceContext(c), c.req.valid('param').key, c.req.valid('json').until), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/agenda/items/{key}/dismiss', tags: tag, summary: 'Dismiss: it will not come back',
      request: { params: zAgendaKeyParam }, responses: { 200: json(zAgendaActionResult, 'Dismissed'), 404: errors[404] } }),
    async (c) => c.json(await agenda.dismissAgendaItem(serviceContext(c), c.req.valid('param').key), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/agenda/items/{key}/draft.eml', tags: tag, summary: "An item's draft as an .eml file",
      request: { params: zAgendaKeyParam }, responses: { 200: { description: 'An unsent message', content: { 'message/rfc822': { schema: { type: 'string' } } } }, 404: errors[404] } }),
    async (c) => {
      const { filename, eml } = await agenda.agendaDraftEml(serviceContext(c), c.req.valid('param').key);
      return c.body(eml, 200, { 'Content-Type': 'message/rfc822; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'X-Content-Type-Options': 'nosniff' });
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/calendar.ics', tags: tag, summary: 'Interviews and due follow-ups as an .ics download', responses: { 200: ics } }),
    async (c) => {
      const text = await calendar.calendarIcs(serviceContext(c), origin(c));
      const res = icsResponse(text, 'debrief.ics');
      res.headers.set('Content-Disposition', 'attachment; filename="debrief.ics"');
      return res;
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/calendar/feed', tags: tag, summary: 'Whether a calendar feed URL exists (the URL itself is shown only when made)',
      responses: { 200: json(zCalendarFeedStatus, 'Status') } }),
    async (c) => c.json(await calendar.feedStatus(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/calendar/feed', tags: tag, summary: 'Make a new secret feed URL; the old one stops working',
      responses: { 201: json(zCalendarFeedCreated, 'The new URL, shown once') } }),
    async (c) => c.json(await calendar.createFeed(serviceContext(c), origin(c)), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/calendar/feed', tags: tag, summary: 'Turn the feed off', responses: { 204: { description: 'Off' } } }),
    async (c) => {
      await calendar.deleteFeed(serviceContext(c));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/calendar/feed/{file}', tags: tag, summary: 'The subscribable feed: answers only to its secret token',
      request: { params: feedParam }, responses: { 200: ics, 404: errors[404] } }),
    async (c) => {
      const base = serviceContext(c);
      const token = c.req.valid('param').file.replace(/\.ics$/, '');
      const owner = await calendar.feedOwner(base, token);
      if (!owner) return c.json(errorBody('not_found', 'Not found.'), 404, { 'Cache-Control': 'no-store' });
      return icsResponse(await calendar.calendarIcs({ ...base, ownerId: owner }, origin(c)), 'debrief.ics');
    },
  );
}
