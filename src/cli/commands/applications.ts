import type { Command } from 'commander';
import { zApplicationCreate, zApplicationListQuery, zApplicationUpdate, zStageEventCreate } from '../../contracts/applications.js';
import * as apps from '../../services/applications.service.js';
import * as events from '../../services/application-events.service.js';
import { STAGE_LABELS } from '../../domain/applications/stages.js';
import { dayInWords } from '../../domain/applications/status.js';
import type { MoveResult } from '../../contracts/applications.js';
import { applicationsTable, applicationText, printJson } from '../format.js';
import { action, withContext } from '../runtime.js';
import { confirm } from '../prompt.js';
import { numberOption, parseOptions } from '../input.js';
import { FIELD_OPTION_NAMES, fieldOptions, fieldsFromOptions, type FieldOptions } from './application-fields.js';
import { readFile } from 'node:fs/promises';
import { captureJob, findSimilar } from '../../services/capture.service.js';
import type { ServiceContext } from '../../services/context.js';
import { UsageError } from '../runtime.js';

/** Reads a posting for `add --from`: a link is fetched, a file read by its kind. */
async function captureFrom(ctx: ServiceContext, from: string) {
  if (/^https?:\/\//i.test(from)) return captureJob(ctx, { url: from });
  const text = await readFile(from, 'utf8').catch(() => {
    throw new UsageError(`Cannot read "${from}". Give a link (https://…), a saved page (.html), JSON-LD (.json) or a text file.`);
  });
  if (/\.json$/i.test(from) || /^\s*[[{]/.test(text)) return captureJob(ctx, { jsonLd: text });
  if (/\.html?$/i.test(from) || /^\s*</.test(text)) return captureJob(ctx, { html: text });
  return captureJob(ctx, { text });
}

export function registerApplicationCommands(program: Command): void {
  fieldOptions(
    program
      .command('add')
      .description('add an application (or capture it from a job posting with --from)')
      .option('-c, --company <name>', 'company name (required unless --from finds it)')
      .option('-t, --title <title>', 'job title (required unless --from finds it)')
      .option('--from <url|file>', 'read the posting: a link, a saved page (.html), its JSON-LD (.json) or a text file')
      .option('--stage <stage>', 'first stage: applied (default) or saved')
      .option('--date <YYYY-MM-DD>', 'the day you applied (or saved it); default: today')
      .option('--json', 'print the result as JSON'),
  ).action(
    action(async (opts: FieldOptions & { company?: string; title?: string; from?: string; stage?: string; date?: string; json?: boolean }) => {
      const app = await withContext(async (ctx) => {
        const captured = opts.from ? await captureFrom(ctx, opts.from) : null;
        const job = captured?.job;
        const fields = fieldsFromOptions(opts);
        const fromPosting = job
          ? { location: job.location ?? undefined, remote: job.remote ?? undefined, salaryMin: job.salaryMin ?? undefined, salaryMax: job.salaryMax ?? undefined,
              salaryCurrency: job.salaryCurrency ?? undefined, jobUrl: job.jobUrl ?? undefined, description: job.description ?? undefined }
          : {};
        const merged = { ...fromPosting, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
        const input = parseOptions(
          zApplicationCreate,
          { ...merged, company: opts.company ?? job?.company ?? undefined, title: opts.title ?? job?.title ?? undefined, stage: opts.stage, date: opts.date },
          { ...FIELD_OPTION_NAMES, company: '--company', title: '--title' },
        );
        // The same warning as the web form: a posting read with --from, or the company and title typed.
        const similar = captured ? captured.similar : await findSimilar(ctx, input.company, input.title, input.jobUrl);
        for (const s of similar) {
          console.error(`Already in your tracker: ${s.title} at ${s.company} [${s.id}] — ${STAGE_LABELS[s.status]}${s.appliedOn ? ` since ${s.appliedOn}` : ''}.`);
        }
        return apps.createApplication(ctx, input);
      });
      if (opts.json) printJson(app);
      else console.log(`Added ${app.title} at ${app.company} [${app.id}] — ${STAGE_LABELS[app.status]} on ${app.lastEventOn}.`);
    }),
  );

  program
    .command('list')
    .alias('ls')
    .description('list applications')
    .option('-q, --search <text>', 'search company, title and location')
    .option('-s, --status <stages>', 'only these statuses, comma-separated (e.g. applied,interview)')
    .option('--tag <tag>', 'only applications with this tag')
    .option('--source <sources>', 'only these sources, comma-separated')
    .option('--from <YYYY-MM-DD>', 'applied on or after')
    .option('--to <YYYY-MM-DD>', 'applied on or before')
    .option('--no-response', 'only applications waiting too long for an answer')
    .option('--sort <key>', 'updated | applied | lastEvent | company | title | fit | excitement | status', 'updated')
    .option('--order <order>', 'asc | desc', 'desc')
    .option('--page <n>', 'page number', '1')
    .option('--limit <n>', 'applications per page (max 200)', '50')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: Record<string, string | boolean | undefined>) => {
        const query = parseOptions(zApplicationListQuery, {
          q: opts.search, status: opts.status, tag: opts.tag, source: opts.source, from: opts.from, to: opts.to,
          noResponse: opts.response === false ? 'true' : undefined, sort: opts.sort, order: opts.order, page: opts.page, pageSize: opts.limit,
        }, { q: '--search', pageSize: '--limit', noResponse: '--no-response' });
        const page = await withContext((ctx) => apps.listApplications(ctx, query));
        if (opts.json) return printJson(page);
        if (page.total === 0) return console.log('No applications match. Add one with `debrief add`, or load a sample with `debrief demo`.');
        console.log(applicationsTable(page.items));
        const first = (page.page - 1) * page.pageSize + 1;
        console.log(`${first}–${first + page.items.length - 1} of ${page.total}`);
      }),
    );

  program
    .command('show <id>')
    .description('show an application and its timeline (an id prefix is enough)')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, opts: { json?: boolean }) => {
        const app = await withContext(async (ctx) => apps.getApplication(ctx, await apps.resolveApplicationId(ctx, id)));
        if (opts.json) printJson(app);
        else console.log(applicationText(app));
      }),
    );

  fieldOptions(
    program
      .command('edit <id>')
      .description('change fields of an application')
      .option('-c, --company <name>', 'company name')
      .option('-t, --title <title>', 'job title')
      .option('--json', 'print the result as JSON'),
  ).action(
    action(async (id: string, opts: FieldOptions & { company?: string; title?: string; json?: boolean }) => {
      const app = await withContext(async (ctx) => {
        const full = await apps.resolveApplicationId(ctx, id);
        const current = await apps.getApplicationSummary(ctx, full);
        const input = parseOptions(zApplicationUpdate, { ...fieldsFromOptions(opts), company: opts.company, title: opts.title, version: current.version }, FIELD_OPTION_NAMES);
        return apps.updateApplication(ctx, full, input);
      });
      if (opts.json) printJson(app);
      else console.log(`Updated ${app.title} at ${app.company} [${app.id}].`);
    }),
  );

  program
    .command('move <id> <stage>')
    .description(`move an application to a stage: ${Object.keys(STAGE_LABELS).join(', ')}`)
    .option('--date <YYYY-MM-DD>', 'when it happened (default: today); on or after the latest step. A screen, assessment, interview or final round may be booked ahead')
    .option('--round <n>', 'interview round')
    .option('--type <type>', 'interview type (technical, behavioural, panel, case, presentation, onsite, recruiter_screen)')
    .option('--note <text>', 'a note on this step')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, stage: string, opts: { date?: string; round?: string; type?: string; note?: string; json?: boolean }) => {
        const input = parseOptions(zStageEventCreate, {
          stage, occurredOn: opts.date, round: numberOption(opts.round, '--round', '2'), interviewType: opts.type, note: opts.note,
        }, { stage: 'the stage', occurredOn: '--date', interviewType: '--type' });
        const result = await withContext(async (ctx) => events.moveApplication(ctx, await apps.resolveApplicationId(ctx, id), input));
        if (opts.json) return printJson(result);
        console.log(moveText(result));
      }),
    );

  program
    .command('rm <id>')
    .description('delete an application and its history')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(async (id: string, opts: { yes?: boolean }) => {
        await withContext(async (ctx) => {
          const full = await apps.resolveApplicationId(ctx, id);
          const app = await apps.getApplicationSummary(ctx, full);
          const ok = opts.yes || (await confirm(`Delete ${app.title} at ${app.company} and its whole history? The terminal cannot bring it back (the web app can undo a deletion for 24 hours).`));
          if (!ok) return console.log('Nothing deleted.');
          await apps.deleteApplication(ctx, full);
          console.log(`Deleted ${app.title} at ${app.company}.`);
        });
      }),
    );
}

/** What a move did, in words: moved, booked ahead, or nothing to do, and any booking it cancelled. */
export function moveText(result: MoveResult): string {
  const a = result.application;
  const what = `${a.title} at ${a.company}`;
  const e = result.event;
  const lines = [
    !result.changed || !e
      ? `${what} was already at ${STAGE_LABELS[a.status]}; nothing changed.`
      : e.upcoming
        ? `Booked: ${STAGE_LABELS[e.stage]} on ${dayInWords(e.occurredOn)} for ${what}. It stays at ${STAGE_LABELS[a.status]} until then.`
        : a.status === e.stage
          ? `${what} is now: ${STAGE_LABELS[a.status]}.`
          : `Recorded ${STAGE_LABELS[e.stage]} on ${dayInWords(e.occurredOn)}; ${what} stands at ${STAGE_LABELS[a.status]}.`,
    ...result.cancelled.map((c) => `Cancelled the ${STAGE_LABELS[c.stage].toLowerCase()} booked for ${dayInWords(c.occurredOn)} (\`debrief undo\` brings it back).`),
  ];
  return lines.join('\n');
}
