/**
 * `debrief agenda`: what is due today and this week, grouped by day; done
 * (logs the interaction), snooze and dismiss by the item's key.
 * `debrief calendar`: interviews and due follow-ups as .ics on standard output.
 */
import type { Command } from 'commander';
import { zAgendaSnooze, type Agenda } from '../../contracts/agenda.js';
import { spokenDay } from '../../domain/network/drafts.js';
import { dismissAgendaItem, getAgenda, markAgendaDone, snoozeAgendaItem } from '../../services/agenda.service.js';
import { calendarIcs } from '../../services/calendar.service.js';
import { printJson } from '../format.js';
import { parseOptions } from '../input.js';
import { action, withContext } from '../runtime.js';

function agendaText(a: Agenda): string {
  if (a.total === 0) return `Nothing due between today and ${spokenDay(a.until)}. Enjoy the breathing room.`;
  const lines: string[] = [];
  for (const d of a.days) {
    lines.push(d.day === a.today ? `Today, ${spokenDay(d.day)}` : spokenDay(d.day));
    for (const i of d.items) {
      lines.push(`  • ${i.title}${i.overdueSince ? ` (due ${i.overdueSince})` : ''}`);
      lines.push(`    ${i.detail}`);
      lines.push(`    key: ${i.key}`);
    }
    lines.push('');
  }
  lines.push('Mark one with `debrief agenda done <key>`, `snooze <key> --until <day>` or `dismiss <key>`.');
  return lines.join('\n');
}

export function registerAgendaCommands(program: Command): void {
  const agenda = program
    .command('agenda')
    .description('what is due today and this week: interviews, thank-you notes, follow-ups, reminders, reconnects, debriefs to finish')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const a = await withContext((ctx) => getAgenda(ctx));
        if (opts.json) return printJson(a);
        console.log(agendaText(a));
      }),
    );
  agenda
    .command('done <key>')
    .description('mark an item done; a thank-you, follow-up or reconnect logs the interaction with its people')
    .option('--json', 'print JSON')
    .action(
      action(async (key: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ json?: boolean }>();
        const r = await withContext((ctx) => markAgendaDone(ctx, key));
        if (opts.json) return printJson(r);
        console.log(`Done.${r.interactionsLogged ? ` Logged with ${r.interactionsLogged} contact${r.interactionsLogged === 1 ? '' : 's'}.` : ''}`);
      }),
    );
  agenda
    .command('snooze <key>')
    .description('hide an item until a later day')
    .requiredOption('--until <day>', 'the day it comes back (YYYY-MM-DD, after today)')
    .option('--json', 'print JSON')
    .action(
      action(async (key: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ until: string; json?: boolean }>();
        const { until } = parseOptions(zAgendaSnooze, { until: opts.until }, { until: '--until' });
        const r = await withContext((ctx) => snoozeAgendaItem(ctx, key, until));
        if (opts.json) return printJson(r);
        console.log(`Snoozed until ${spokenDay(until)}.`);
      }),
    );
  agenda
    .command('dismiss <key>')
    .description('dismiss an item for good')
    .option('--json', 'print JSON')
    .action(
      action(async (key: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ json?: boolean }>();
        const r = await withContext((ctx) => dismissAgendaItem(ctx, key));
        if (opts.json) return printJson(r);
        console.log('Dismissed.');
      }),
    );

  program
    .command('calendar')
    .description('interviews and due follow-ups as an .ics calendar on standard output (debrief calendar > debrief.ics)')
    .option('--base-url <url>', 'the address of the web app, for the links in events', `http://127.0.0.1:${process.env.PORT ?? '5757'}`)
    .action(
      action(async (opts: { baseUrl: string }) => {
        process.stdout.write(await withContext((ctx) => calendarIcs(ctx, opts.baseUrl)));
      }),
    );
}
