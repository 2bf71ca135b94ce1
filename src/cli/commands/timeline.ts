import type { Command } from 'commander';
import { zNoteCreate } from '../../contracts/applications.js';
import { zSettingsUpdate } from '../../contracts/settings.js';
import * as apps from '../../services/applications.service.js';
import * as events from '../../services/application-events.service.js';
import { getSettings, updateSettings } from '../../services/settings.service.js';
import { STAGE_LABELS } from '../../domain/applications/stages.js';
import { dayInWords } from '../../domain/applications/status.js';
import { printJson } from '../format.js';
import { literalOption, numberOption, parseOptions } from '../input.js';
import { action, withContext } from '../runtime.js';

export function registerTimelineCommands(program: Command): void {
  program
    .command('ghost <id>')
    .description('confirm that the employer never answered (marks it "no response")')
    .action(
      action(async (id: string) => {
        const r = await withContext(async (ctx) => events.confirmGhosted(ctx, await apps.resolveApplicationId(ctx, id)));
        console.log(`${r.application.title} at ${r.application.company} is marked as no response.`);
      }),
    );

  program
    .command('undo <id>')
    .description('take back the stage change recorded last (your last move), whatever day it is dated')
    .action(
      action(async (id: string) => {
        const { application: app, undone } = await withContext(async (ctx) => events.undoLastEvent(ctx, await apps.resolveApplicationId(ctx, id)));
        console.log(
          `Undone: ${STAGE_LABELS[undone.stage]} on ${dayInWords(undone.occurredOn)}. ${app.title} at ${app.company} is back at ${STAGE_LABELS[app.status]}.`,
        );
      }),
    );

  program
    .command('note <id> <text>')
    .description('add a note to the timeline of an application')
    .action(
      action(async (id: string, text: string) => {
        const { body } = zNoteCreate.parse({ body: text });
        await withContext(async (ctx) => events.addNote(ctx, await apps.resolveApplicationId(ctx, id), body));
        console.log('Note added.');
      }),
    );

  program
    .command('settings')
    .description('show settings, or change them: --timezone Europe/Paris --no-response-days 21')
    .option('--your-name <name>', 'your name, to sign feedback requests')
    .option('--timezone <tz>', 'your time zone (IANA name)')
    .addOption(literalOption('--no-response-days <n>', 'days of silence before an application is flagged (1–365)'))
    .option('--feedback-reminder-days <n>', 'days before reminding you about an unanswered feedback request (1–60)')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { yourName?: string; timezone?: string; noResponseDays?: string; feedbackReminderDays?: string; json?: boolean }) => {
        const update = parseOptions(zSettingsUpdate, {
          yourName: opts.yourName,
          timezone: opts.timezone,
          noResponseDays: numberOption(opts.noResponseDays, '--no-response-days', '21'),
          feedbackReminderDays: numberOption(opts.feedbackReminderDays, '--feedback-reminder-days', '7'),
        });
        const changed = Object.values(update).some((v) => v !== undefined);
        const settings = await withContext((ctx) => (changed ? updateSettings(ctx, update) : getSettings(ctx)));
        if (opts.json) return printJson(settings);
        for (const [k, v] of Object.entries(settings)) console.log(`${k.padEnd(22)} ${String(v)}`);
      }),
    );
}
