import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  zCelebratedInput,
  zGoals,
  zGoalsInput,
  zGoalsQuery,
  zHome,
  zReview,
  zReviewParams,
  zReviewQuery,
  zWin,
  zWinInput,
} from '../../contracts/momentum.js';
import { getGoals, setGoals } from '../../services/goals.service.js';
import { getHome } from '../../services/home.service.js';
import { getReview, getReviewMarkdown } from '../../services/review.service.js';
import { addWin, deleteWin, listWins, markCelebrated } from '../../services/wins.service.js';
import { serviceContext, type AppEnv } from '../context.js';
import { body, errors, idParam, json } from '../openapi.js';

/** The home page, weekly goals, wins and the weekly review. */
export function registerMomentumRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({ method: 'get', path: '/api/home', tags: ['Momentum'], summary: 'What matters today and how far you have come',
      responses: { 200: json(zHome, 'The home page') } }),
    async (c) => c.json(await getHome(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/goals', tags: ['Momentum'], summary: 'The goals of a week (this week by default), the streak and the activity heatmap',
      request: { query: zGoalsQuery }, responses: { 200: json(zGoals, 'Goals'), 400: errors[400] } }),
    async (c) => c.json(await getGoals(serviceContext(c), c.req.valid('query').week), 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: '/api/goals', tags: ['Momentum'], summary: 'Set the weekly goals from this week on (0 or left out: no goal)',
      request: body(zGoalsInput), responses: { 200: json(zGoals, 'Goals'), 400: errors[400] } }),
    async (c) => c.json(await setGoals(serviceContext(c), c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/wins', tags: ['Momentum'], summary: 'Your wins, newest first (milestones found are recorded once)',
      responses: { 200: json(z.array(zWin), 'Wins') } }),
    async (c) => c.json(await listWins(serviceContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/wins', tags: ['Momentum'], summary: 'Write down a win of your own',
      request: body(zWinInput), responses: { 201: json(zWin, 'Saved'), 400: errors[400] } }),
    async (c) => c.json(await addWin(serviceContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/wins/celebrated', tags: ['Momentum'], summary: 'Mark wins as celebrated (shown once)',
      request: body(zCelebratedInput), responses: { 204: { description: 'Marked' }, 400: errors[400] } }),
    async (c) => {
      await markCelebrated(serviceContext(c), c.req.valid('json').ids);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'delete', path: '/api/wins/{id}', tags: ['Momentum'], summary: 'Delete a win you wrote down',
      request: { params: idParam }, responses: { 204: { description: 'Deleted' }, 404: errors[404] } }),
    async (c) => {
      await deleteWin(serviceContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/review/{week}', tags: ['Momentum'], summary: 'The weekly review of the week holding a day, as JSON or Markdown',
      request: { params: zReviewParams, query: zReviewQuery },
      responses: {
        200: { content: { 'application/json': { schema: zReview }, 'text/markdown': { schema: z.string() } }, description: 'The review' },
        400: errors[400],
      } }),
    async (c) => {
      const ctx = serviceContext(c);
      const { week } = c.req.valid('param');
      if (c.req.valid('query').format === 'md') {
        return c.body(await getReviewMarkdown(ctx, week), 200, { 'content-type': 'text/markdown; charset=utf-8' });
      }
      return c.json(await getReview(ctx, week), 200);
    },
  );
}
