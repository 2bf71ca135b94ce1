import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  zAccepted,
  zAcceptInput,
  zCaseload,
  zCaseloadQuery,
  zClientBoard,
  zClientDebriefs,
  zClientInsights,
  zClientJournal,
  zClientOverview,
  zClientPlan,
  zCoachNote,
  zCoachNoteInput,
  zCoachNotes,
  zCoachSuggestion,
  zSuggestionInput,
  zSuggestionList,
} from '../../contracts/coach.js';
import { zText } from '../../contracts/common.js';
import * as coach from '../../services/coach.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';
import { requireSharing } from './sharing-mode.js';

const tag = ['Coaching'];
const gone = json(errors[404].content['application/json'].schema, 'No such client, the client stopped sharing (or does not share this part), or this Debrief is local.');
const noteParams = z.object({
  id: zText().min(1).meta({ param: { name: 'id', in: 'path' }, example: 'k3v9x2m7qa' }),
  noteId: zText().min(1).meta({ param: { name: 'noteId', in: 'path' }, example: 'p2w8r4t6yu' }),
});

type Section = 'board' | 'insights' | 'debriefs' | 'plan' | 'journal';

/** The coach's side: clients who share with this account, each read within its scope. */
export function registerCoachRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'post', path: '/api/coach/invitations/accept', tags: tag, summary: 'Accept a seeker’s invitation (signed in with the invited address)',
      request: body(zAcceptInput), responses: { 200: json(zAccepted, 'Accepted: the client is on your caseload'), 400: errors[400], 404: gone, 409: errors[409] } }),
    async (c) => {
      const { account } = requireSharing(c);
      return c.json(await coach.acceptInvitation(serviceContext(c), c.req.valid('json').token, account), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/coach/clients', tags: tag, summary: 'Your caseload: every client with activity, this week against their goal, stage counts and signals',
      request: { query: zCaseloadQuery }, responses: { 200: json(zCaseload, 'Caseload'), 404: gone } }),
    async (c) => {
      requireSharing(c);
      const q = c.req.valid('query');
      return c.json(await coach.getCaseload(serviceContext(c), q.quietDays ? { quietDays: q.quietDays } : {}), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/coach/clients/{id}', tags: tag, summary: 'A client: what they share, goals and streak, stage counts',
      request: { params: idParam }, responses: { 200: json(zClientOverview, 'The client'), 404: gone } }),
    async (c) => {
      requireSharing(c);
      return c.json(await coach.getClientOverview(serviceContext(c), c.req.valid('param').id), 200);
    },
  );

  const sections: [Section, z.ZodType, string, (ctx: ReturnType<typeof serviceContext>, id: string) => Promise<unknown>][] = [
    ['board', zClientBoard, 'The client’s board, read-only: company, role, stage and dates', coach.getClientBoard],
    ['insights', zClientInsights, 'The client’s insights (reasons and themes when debriefs are shared)', coach.getClientInsights],
    ['debriefs', zClientDebriefs, 'The client’s debriefs: reasons, feedback received, lessons and themes (debriefs scope)', coach.getClientDebriefs],
    ['plan', zClientPlan, 'The client’s growth plan (debriefs scope)', coach.getClientPlan],
    ['journal', zClientJournal, 'The client’s journal: mood and notes (journal scope)', coach.getClientJournal],
  ];
  for (const [section, schema, summary, read] of sections) {
    app.openapi(
      createRoute({ method: 'get', path: `/api/coach/clients/{id}/${section}`, tags: tag, summary,
        request: { params: idParam }, responses: { 200: json(schema, summary), 404: gone } }),
      async (c) => {
        requireSharing(c);
        return c.json((await read(serviceContext(c), c.req.valid('param').id)) as never, 200);
      },
    );
  }

  app.openapi(
    createRoute({ method: 'get', path: '/api/coach/clients/{id}/notes', tags: tag, summary: 'Your private notes on a client (part of the client’s data export)',
      request: { params: idParam }, responses: { 200: json(zCoachNotes, 'Notes'), 404: gone } }),
    async (c) => {
      requireSharing(c);
      return c.json(await coach.listNotes(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/coach/clients/{id}/notes', tags: tag, summary: 'Add a private note on a client',
      request: { params: idParam, ...body(zCoachNoteInput) }, responses: { 201: json(zCoachNote, 'Noted'), 400: errors[400], 404: gone } }),
    async (c) => {
      requireSharing(c);
      return c.json(await coach.addNote(serviceContext(c), c.req.valid('param').id, c.req.valid('json').body), 201);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/coach/clients/{id}/notes/{noteId}', tags: tag, summary: 'Delete one of your notes',
      request: { params: noteParams }, responses: { 204: { description: 'Deleted' }, 404: gone } }),
    async (c) => {
      requireSharing(c);
      const p = c.req.valid('param');
      await coach.deleteNote(serviceContext(c), p.id, p.noteId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/coach/clients/{id}/suggestions', tags: tag, summary: 'What you suggested to a client, and their answers',
      request: { params: idParam }, responses: { 200: json(zSuggestionList, 'Suggestions'), 404: gone } }),
    async (c) => {
      requireSharing(c);
      return c.json(await coach.listSuggestions(serviceContext(c), c.req.valid('param').id), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/coach/clients/{id}/suggestions', tags: tag, summary: 'Suggest a growth action or a practice question (the client accepts or dismisses it)',
      request: { params: idParam, ...body(zSuggestionInput) }, responses: { 201: json(zCoachSuggestion, 'Suggested'), 400: errors[400], 404: gone } }),
    async (c) => {
      requireSharing(c);
      return c.json(await coach.addSuggestion(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );
}
