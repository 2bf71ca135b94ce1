import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  zCheckInResult,
  zDebriefList,
  zJournal,
  zJournalEntryInput,
  zJournalQuery,
  zQuestionBankInput,
  zQuestionBankItem,
  zQuestionBankUpdate,
  zQuestionPracticeInput,
  zReaderInput,
  zReaderPrefill,
  zReaderResult,
  zSuggestInput,
  zTheme,
  zThemeInput,
  zThemeSuggestion,
} from '../../contracts/debrief.js';
import { suggestThemes } from '../../domain/debrief/index.js';
import { listDebriefs } from '../../services/debrief.service.js';
import { addJournalEntry, deleteJournalEntry, getJournal } from '../../services/journal.service.js';
import { createTheme, listThemes } from '../../services/lessons.service.js';
import { parseMessage, readerPrefill } from '../../services/reader.service.js';
import { addQuestion, deleteQuestionBankItem, listQuestionBank, practiseQuestion, updateQuestionBankItem } from '../../services/reflection.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

/** Lists across applications (dashboard, journal, themes, question bank) and the message reader. */
export function registerDebriefListRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/debriefs', tags: ['Debrief'], summary: 'Debriefs to finish and feedback reminders due',
      responses: { 200: json(zDebriefList, 'For the dashboard') } }),
    async (c) => c.json(await listDebriefs(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/journal', tags: ['Journal'], summary: 'All check-ins over time, newest first',
      request: { query: zJournalQuery }, responses: { 200: json(zJournal, 'The journal'), 400: errors[400] } }),
    async (c) => c.json(await getJournal(serviceContext(c), c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/journal', tags: ['Journal'], summary: 'A free journal entry',
      request: body(zJournalEntryInput), responses: { 201: json(zCheckInResult, 'Saved'), 400: errors[400] } }),
    async (c) => c.json(await addJournalEntry(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/journal/{id}', tags: ['Journal'], summary: 'Delete a journal entry',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await deleteJournalEntry(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/themes', tags: ['Themes'], summary: 'Your themes (the starting catalogue and your own)',
      responses: { 200: json(z.array(zTheme), 'Themes') } }),
    async (c) => c.json(await listThemes(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/themes', tags: ['Themes'], summary: 'Add a theme (an existing one is returned when the name matches)',
      request: body(zThemeInput), responses: { 201: json(zTheme, 'The theme'), 400: errors[400] } }),
    async (c) => c.json(await createTheme(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/themes/suggest', tags: ['Themes'], summary: 'Themes a feedback or reflection text points to',
      request: body(zSuggestInput), responses: { 200: json(z.array(zThemeSuggestion), 'Suggestions'), 400: errors[400] } }),
    (c) => c.json(suggestThemes(c.req.valid('json').text), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/question-bank', tags: ['Questions'], summary: 'Questions to practise',
      responses: { 200: json(z.array(zQuestionBankItem), 'Questions') } }),
    async (c) => c.json(await listQuestionBank(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/question-bank', tags: ['Questions'], summary: 'Add a question of your own (to practise, or to ask them)',
      request: body(zQuestionBankInput), responses: { 201: json(zQuestionBankItem, 'Added'), 400: errors[400] } }),
    async (c) => c.json(await addQuestion(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/question-bank/{id}', tags: ['Questions'], summary: 'Delete a question with its practice history (linked stories stay)',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await deleteQuestionBankItem(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/question-bank/{id}', tags: ['Questions'], summary: 'Notes, a self-rating and a type for a question (and the words and stage of your own)',
      request: { params: idParam, ...body(zQuestionBankUpdate) }, responses: { 200: json(zQuestionBankItem, 'Updated'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await updateQuestionBankItem(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/question-bank/{id}/practice', tags: ['Questions'], summary: 'Record practising a question today (once per day)',
      request: { params: idParam, ...body(zQuestionPracticeInput) }, responses: { 200: json(zQuestionBankItem, 'Practice recorded'), 400: errors[400], 404: errors[404] } }),
    async (c) => c.json(await practiseQuestion(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/reader/parse', tags: ['Reader'], summary: 'Read a rejection message',
      request: body(zReaderInput), responses: { 200: json(zReaderResult, 'What the message says'), 400: errors[400] } }),
    (c) => c.json(parseMessage(c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/reader/prefill', tags: ['Reader'], summary: 'Read a message and pre-fill the debrief message step',
      request: body(zReaderInput), responses: { 200: json(zReaderPrefill, 'Labels, evidence and suggestions'), 400: errors[400] } }),
    async (c) => c.json(await readerPrefill(serviceContext(c), c.req.valid('json')), 200),
  );
}
