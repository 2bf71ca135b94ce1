import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { zCheckInInput, zDraftQuery, zJournalQuery, zRejectionInput } from '../../contracts/debrief.js';
import * as apps from '../../services/applications.service.js';
import * as debrief from '../../services/debrief.service.js';
import * as feedback from '../../services/feedback-request.service.js';
import { addJournalEntry, getJournal } from '../../services/journal.service.js';
import { printJson } from '../format.js';
import { numberOption, parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';
import { debriefText, draftText, journalText, rejectionText, supportText } from './debrief-print.js';
import { applyStepFlags, hasStepFlags, walkInteractively, type StepOptions } from './debrief-steps.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** "skills_gap" or "skills_gap:outside" → a reason with an optional control. */
function reasonArg(value: string): { reason: string; control?: string } {
  const [reason = '', control] = value.split(':');
  return control ? { reason, control } : { reason };
}

/** Refuses, before any work, a file path whose folder is missing or is not a folder. */
async function checkWritableFolder(file: string): Promise<void> {
  const folder = dirname(resolve(file));
  const info = await stat(folder).catch(() => null);
  if (!info) throw new UsageError(`Cannot write ${file}: the folder ${dirname(file)} does not exist. Create it first, or choose another path for --eml.`);
  if (!info.isDirectory()) throw new UsageError(`Cannot write ${file}: ${dirname(file)} is a file, not a folder. Choose another path for --eml.`);
}

export function registerDebriefCommands(program: Command): void {
  program
    .command('reject <id>')
    .description('record a rejection (moves the application to Rejected if it is not already)')
    .option('--date <YYYY-MM-DD>', 'when it came (default: today)')
    .option('--channel <channel>', 'email | call | portal | silence')
    .option('--reason <reason>', 'a reason, repeatable; add :within or :outside to change the default (e.g. salary:within)', collect, [])
    .option('--stage-reached <stage>', 'override the stage reached: application | screen | assessment | interview | final')
    .option('--message <text>', 'the message as received; "-" reads it from standard input')
    .option('--message-file <file>', 'read the message from a file')
    .option('--note <text>', 'a note for yourself')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, o: { date?: string; channel?: string; reason: string[]; stageReached?: string; message?: string; messageFile?: string; note?: string; json?: boolean }) => {
        if (o.message !== undefined && o.messageFile !== undefined) throw new UsageError('Use either --message or --message-file, not both.');
        const message = o.messageFile ? await readFile(o.messageFile, 'utf8') : o.message === '-' ? await readStdin() : o.message;
        const input = parseOptions(zRejectionInput, {
          date: o.date,
          channel: o.channel,
          stageReached: o.stageReached,
          message,
          reasons: o.reason.length ? o.reason.map(reasonArg) : undefined,
          note: o.note,
        }, { reasons: '--reason' });
        const d = await withContext(async (ctx) => debrief.recordRejection(ctx, await apps.resolveApplicationId(ctx, id), input));
        if (o.json) return printJson(d);
        console.log(rejectionText(d));
        console.log(`\nI'm sorry — that one stings. When you feel ready, \`debrief debrief ${d.application.id}\` walks you through a short debrief.\nYou can stop at any point; every answer is saved as you go.`);
      }),
    );

  program
    .command('debrief <id>')
    .description('debrief a rejection: check-in, message, feedback request, reflection, lessons (prompts on a terminal, or flags)')
    .option('--mood <1-5>', 'check-in mood (1 really low … 5 good)')
    .option('--feelings <list>', 'comma-separated, e.g. disappointed,tired')
    .option('--checkin-note <text>', 'a note with the check-in')
    .option('--recipient <who>', 'recruiter | hiring_manager | interviewer')
    .option('--tone <tone>', 'warm | brief | formal')
    .option('--questions <ids>', 'two or three question ids, comma-separated')
    .option('--contact-name <name>', 'who the request goes to')
    .option('--contact-email <email>', 'their email address (for the mailto link and .eml)')
    .option('--mark-sent [YYYY-MM-DD]', 'record that the feedback request was sent (default: today)')
    .option('--feedback-text <text>', 'the feedback you received')
    .option('--feedback-status <status>', 'received (default) | declined | no_answer')
    .option('--answer <promptId=value>', 'a reflection answer, repeatable (\\n for new lines in lists)', collect, [])
    .option('--theme <slug or name>', 'a lesson theme, repeatable', collect, [])
    .option('--outside <text>', 'something outside your control, repeatable', collect, [])
    .option('--lesson-note <text>', 'a note with the lessons')
    .option('--skip <step>', 'skip a step, repeatable: checkin | message | feedback_request | reflection | lessons', collect, [])
    .option('--json', 'print the debrief as JSON')
    .action(
      action(async (id: string, o: StepOptions & { json?: boolean }) => {
        await withContext(async (ctx) => {
          const full = await apps.resolveApplicationId(ctx, id);
          let lines: string[] = [];
          if (hasStepFlags(o)) lines = await applyStepFlags(ctx, full, o);
          else if (process.stdin.isTTY && !o.json) await walkInteractively(ctx, full);
          const d = await debrief.getDebrief(ctx, full);
          if (o.json) return printJson(d);
          for (const line of lines) console.log(`${line}\n`);
          console.log(debriefText(d));
        });
      }),
    );

  program
    .command('drafts <id>')
    .description('print the feedback-request draft (or a follow-up asking for specifics)')
    .option('--recipient <who>', 'recruiter | hiring_manager | interviewer')
    .option('--tone <tone>', 'warm | brief | formal')
    .option('--questions <ids>', 'two or three question ids, comma-separated')
    .option('--contact-name <name>', 'who it goes to')
    .option('--linkedin', 'print the LinkedIn message (300 characters at most)')
    .option('--follow-up', 'the follow-up asking for specifics instead')
    .option('--eml <file>', 'also write the draft as an .eml file to open in your mail program')
    .option('--json', 'print JSON (subject, body, linkedin, mailto)')
    .action(
      action(async (id: string, o: { recipient?: string; tone?: string; questions?: string; contactName?: string; linkedin?: boolean; followUp?: boolean; eml?: string; json?: boolean }) => {
        const query = parseOptions(zDraftQuery, { recipient: o.recipient, tone: o.tone, questions: o.questions, contactName: o.contactName });
        if (o.eml) await checkWritableFolder(o.eml);
        const draft = await withContext(async (ctx) => {
          const full = await apps.resolveApplicationId(ctx, id);
          if (o.eml) {
            const { eml } = o.followUp ? await feedback.followUpDraftEml(ctx, full, query.tone, query.contactName) : await feedback.feedbackDraftEml(ctx, full, query);
            await writeFile(o.eml, eml, 'utf8');
          }
          return o.followUp ? feedback.followUpDraft(ctx, full, query.tone) : feedback.feedbackDraft(ctx, full, query);
        });
        if (o.json) return printJson(draft);
        console.log(draftText(draft, o.linkedin));
        if (o.eml) console.log(`\nSaved ${o.eml} — open it in your mail program to edit and send.`);
      }),
    );

  program
    .command('journal')
    .description('your check-ins over time; add a free entry with --mood')
    .option('--mood <1-5>', 'add an entry: mood (1 really low … 5 good)')
    .option('--feelings <list>', 'comma-separated feelings for the new entry')
    .option('--note <text>', 'a note for the new entry')
    .option('--from <YYYY-MM-DD>', 'from this day')
    .option('--to <YYYY-MM-DD>', 'up to this day')
    .option('--json', 'print JSON')
    .action(
      action(async (o: { mood?: string; feelings?: string; note?: string; from?: string; to?: string; json?: boolean }) => {
        const range = parseOptions(zJournalQuery, { from: o.from, to: o.to });
        const mood = numberOption(o.mood, '--mood', '3');
        const { added, journal } = await withContext(async (ctx) => {
          const entry = mood === undefined ? null : await addJournalEntry(ctx, parseOptions(zCheckInInput, {
            mood, feelings: (o.feelings ?? '').split(',').map((s) => s.trim()).filter(Boolean), note: o.note,
          }));
          return { added: entry, journal: await getJournal(ctx, range) };
        });
        if (o.json) return printJson(added ? { added, ...journal } : journal);
        if (added) console.log(`Saved. ${supportText(added)}\n`);
        console.log(journalText(journal));
      }),
    );
}
