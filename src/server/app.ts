import { existsSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { isLoopbackRequest } from './loopback.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { LOCAL_USER_ID } from '../services/context.js';
import type { AppEnv, HostedRuntime } from './context.js';
import { errorBody, handleError, validationBody } from './errors.js';
import { registerAgendaRoutes } from './routes/agenda.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerApplicationRoutes } from './routes/applications.js';
import { registerCaptureRoutes } from './routes/capture.js';
import { LINKEDIN_IMPORT_PATH, registerContactRoutes } from './routes/contacts.js';
import { registerCompanyRoutes } from './routes/companies.js';
import { registerDebriefRoutes } from './routes/debrief.js';
import { registerDemoRoutes } from './routes/demo.js';
import { registerDocsRoutes } from './routes/docs.js';
import { registerImportExportRoutes, LARGE_BODY_PATHS, MAX_LARGE_BODY_BYTES } from './routes/import-export.js';
import { registerInsightsRoutes } from './routes/insights.js';
import { registerJobRoutes } from './routes/jobs.js';
import { MAIL_IMPORT_PATH, registerMailRoutes } from './routes/mail.js';
import { registerMailAccountRoutes } from './routes/mail-account.js';
import { registerOrgRoutes } from './routes/org.js';
import { registerPlanRoutes } from './routes/plan.js';
import { registerMomentumRoutes } from './routes/momentum.js';
import { registerPracticeRoutes } from './routes/practice.js';
import { registerPrepareRoutes } from './routes/prepare.js';
import { registerStoryRoutes } from './routes/stories.js';
import { registerSettingsRoutes } from './routes/settings.js';
import { registerShareRoutes } from './routes/shares.js';
import { registerCoachRoutes } from './routes/coach.js';
import { sameOriginOnly } from './same-origin.js';
import { securityHeaders } from './security-headers.js';
import { hostedSession } from './session.js';
import { serveWebApp } from './web-app.js';
import { webDir as defaultWebDir } from './paths.js';

export interface AppOptions {
  db: Kysely<DB>;
  now?: () => Date;
  /** Folder of the built web app; defaults to dist/web. */
  webDir?: string;
  /**
   * Answer only requests addressed to this computer by name (localhost,
   * 127.0.0.1, ::1). On for a server bound to loopback, so a web page that
   * points its own domain at 127.0.0.1 (DNS rebinding) cannot read your data.
   */
  localOnly?: boolean;
  /**
   * Hosted mode (docs/decisions/0020-hosted-accounts.md): accounts through better-auth at
   * /api/auth, the owner of each request taken from its session. Absent: local mode.
   */
  hosted?: HostedRuntime;
}


/** Request bodies above this are refused with 413 before they are read. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const now = options.now ?? (() => new Date());
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(validationBody(result.error), 400);
      return undefined;
    },
  });
  app.onError(handleError);
  app.use('*', securityHeaders());
  const hosted = options.hosted ?? null;
  // Answers over 1 KB are gzipped (the mail import's NDJSON progress stream is left as it is);
  // the web app's assets are compressed once, at build time (src/server/web-app.ts). A server that
  // answers this computer only sends its answers over the loopback, where gzip costs CPU at both
  // ends and saves nothing.
  const localAnswersOnly = Boolean(options.localOnly && !hosted);
  if (!localAnswersOnly) app.use('*', compress({ encoding: 'gzip' }));
  if (options.localOnly && !hosted) {
    app.use('*', async (c, next) => {
      if (!isLoopbackRequest(c.req.url)) {
        return c.json(errorBody('wrong_host', 'Debrief answers only requests addressed to this computer (localhost or 127.0.0.1).'), 421);
      }
      await next();
    });
  }

  // A page of another site must never change data. Locally, programs without a browser (the CLI,
  // curl) may; hosted, every change must say where it comes from, and the public address is trusted.
  app.use(
    '*',
    sameOriginOnly(
      hosted
        ? { allowWithoutBrowserHeaders: false, trustedOrigins: [new URL(hosted.config.publicUrl).origin] }
        : { allowWithoutBrowserHeaders: true },
    ),
  );

  const apiBodyLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json(errorBody('too_large', 'That is more than Debrief accepts in one request (2 MB).'), 413),
  });
  const largeBodyLimit = bodyLimit({
    maxSize: MAX_LARGE_BODY_BYTES,
    onError: (c) => c.json(errorBody('too_large', 'That file is larger than Debrief accepts (100 MB). Split it and import the parts.'), 413),
  });
  // The mailbox upload streams its body under its own 1 GB limit (routes/mail.ts), the LinkedIn connections file
  // under its own; CSV files and backups may reach 100 MB.
  app.use('/api/*', (c, next) => {
    if (c.req.path === MAIL_IMPORT_PATH) return next();
    if (c.req.path === LINKEDIN_IMPORT_PATH) return next(); // streams under its own limit (routes/contacts.ts)
    return LARGE_BODY_PATHS.includes(c.req.path) ? largeBodyLimit(c, next) : apiBodyLimit(c, next);
  });

  if (hosted) {
    app.on(['GET', 'POST'], '/api/auth/*', (c) => hosted.auth.handler(c.req.raw));
    app.use('/api/*', hostedSession(options.db, hosted, now));
  } else {
    app.use('/api/*', async (c, next) => {
      c.set('ctx', { db: options.db, ownerId: LOCAL_USER_ID, now });
      c.set('account', null);
      c.set('hosted', null);
      await next();
    });
  }

  app.get('/api/health', (c) => c.json({ ok: true }));
  registerAccountRoutes(app);
  registerApplicationRoutes(app);
  registerCompanyRoutes(app);
  registerSettingsRoutes(app);
  registerDemoRoutes(app);
  registerInsightsRoutes(app);
  registerDebriefRoutes(app);
  registerMailRoutes(app);
  registerMailAccountRoutes(app);
  registerPracticeRoutes(app);
  registerImportExportRoutes(app);
  registerCaptureRoutes(app);
  registerPlanRoutes(app);
  registerStoryRoutes(app);
  registerPrepareRoutes(app);
  registerContactRoutes(app);
  registerAgendaRoutes(app);
  registerMomentumRoutes(app);
  registerJobRoutes(app);
  registerShareRoutes(app);
  registerCoachRoutes(app);
  registerOrgRoutes(app);
  registerDocsRoutes(app);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Debrief API',
      version: '0.1.0',
      description: 'Track applications, debrief rejections and learn from them. JSON in and out; errors are `{ error: { code, message, fields? } }`.',
    },
  });
  app.all('/api/*', (c) => c.json(errorBody('not_found', `No API endpoint ${c.req.method} ${c.req.path}.`), 404));

  const web = options.webDir ?? defaultWebDir();
  if (existsSync(web)) {
    serveWebApp(app, web, { compress: !localAnswersOnly });
  } else {
    app.get('*', (c) =>
      c.text('The web app is not built yet. Run `npm run build`, then reload. The API is at /api/docs.', 503),
    );
  }
  return app;
}
