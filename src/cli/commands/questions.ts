import Table from 'cli-table3';
import type { Command } from 'commander';
import { zQuestionBankInput, zQuestionKind, zQuestionPracticeInput, type QuestionBankItem } from '../../contracts/debrief.js';
import { QUESTION_KIND_LABELS, QUESTION_KINDS } from '../../domain/practice/question-kinds.js';
import { addQuestion, deleteQuestionBankItem, listQuestionBank, practiseQuestion, resolveQuestionId, updateQuestionBankItem } from '../../services/reflection.service.js';
import { printJson, tableStyle } from '../format.js';
import { parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';

function practiceText(q: QuestionBankItem): string {
  if (q.practiceCount === 0) return 'not yet';
  return `${q.practiceCount} day${q.practiceCount === 1 ? '' : 's'}, last ${q.lastPractisedOn ?? '?'}`;
}

function questionsTable(items: readonly QuestionBankItem[]): string {
  const table = new Table({
    head: ['id', 'question', 'type', 'from', 'rating', 'practised', 'notes'],
    style: tableStyle(),
    colWidths: [14, 42, 14, 18, 8, 22, 28],
    wordWrap: true,
  });
  for (const q of items) {
    table.push([q.id, q.question, q.kind ? QUESTION_KIND_LABELS[q.kind] : '—', q.own ? 'you' : (q.company ?? '—'), q.selfRating === null ? '—' : `${q.selfRating}/5`, practiceText(q), q.notes ?? '']);
  }
  return table.toString();
}

function parseRating(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-5]$/.test(value.trim())) throw new UsageError('--rating takes a whole number from 1 to 5.');
  return Number(value);
}

/** `--json` and `--type` after a subcommand are read by `questions` itself: either place counts. */
function parentOpts(opts: { json?: boolean; type?: string }, cmd: Command): { json?: boolean; type?: string } {
  const parent = cmd.parent?.opts<{ json?: boolean; type?: string }>() ?? {};
  return { json: opts.json ?? parent.json, type: opts.type ?? parent.type };
}

export function registerQuestionCommands(program: Command): void {
  const questions = program
    .command('questions')
    .description('your question bank: interview questions you struggled with and your own, to practise (and questions to ask them)')
    .option('--type <type>', `only one type: ${QUESTION_KINDS.join(', ')}`)
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean; type?: string }) => {
        const type = opts.type === undefined ? undefined : parseOptions(zQuestionKind, opts.type.trim(), {});
        const items = (await withContext((ctx) => listQuestionBank(ctx))).filter((q) => type === undefined || q.kind === type);
        if (opts.json) return printJson(items);
        if (items.length === 0) {
          console.log('Your question bank is empty. Questions you struggled with, noted in the reflection step of a debrief, land here.');
          return;
        }
        console.log(questionsTable(items));
      }),
    );

  questions
    .command('practise <id>')
    .alias('practice')
    .description('record that you practised a question today (once per day), optionally with a self-rating and notes')
    .option('--rating <1-5>', 'how well you can answer it now, 1 to 5')
    .option('--notes <text>', 'notes for a better answer (replaces the saved notes)')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, opts: { rating?: string; notes?: string; json?: boolean }) => {
        const input = parseOptions(zQuestionPracticeInput, { selfRating: parseRating(opts.rating), notes: opts.notes }, { selfRating: '--rating' });
        const item = await withContext(async (ctx) => practiseQuestion(ctx, await resolveQuestionId(ctx, id), input));
        if (opts.json) return printJson(item);
        const rating = item.selfRating === null ? '' : ` Self-rating ${item.selfRating}/5.`;
        console.log(`Practised "${item.question}" on ${item.lastPractisedOn ?? 'today'} (${practiceText(item)}).${rating}`);
      }),
    );

  questions
    .command('add <question>')
    .description('add a question of your own (one you expect, or one to ask them with --type to_ask)')
    .option('--type <type>', `${QUESTION_KINDS.join(', ')} (guessed from the words when left out)`)
    .option('--stage <stage>', 'where you expect it: screen, assessment, interview or final')
    .option('--notes <text>', 'notes for a better answer')
    .option('--json', 'print JSON')
    .action(
      action(async (question: string, opts: { type?: string; stage?: string; notes?: string; json?: boolean }, cmd: Command) => {
        const own = parentOpts(opts, cmd);
        const input = parseOptions(zQuestionBankInput, { question, kind: own.type, stage: opts.stage, notes: opts.notes }, { kind: '--type', stage: '--stage', notes: '--notes' });
        const item = await withContext((ctx) => addQuestion(ctx, input));
        if (own.json) return printJson(item);
        console.log(`Added "${item.question}" (${item.id})${item.kind ? ` as ${QUESTION_KIND_LABELS[item.kind].toLowerCase()}` : ''}.`);
      }),
    );

  questions
    .command('tag <id> <type>')
    .description(`set a question's type: ${QUESTION_KINDS.join(', ')}, or none`)
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, type: string, opts: { json?: boolean }, cmd: Command) => {
        const kind = type.trim() === 'none' ? null : parseOptions(zQuestionKind, type.trim(), {});
        const item = await withContext(async (ctx) => updateQuestionBankItem(ctx, await resolveQuestionId(ctx, id), { kind }));
        if (parentOpts(opts, cmd).json) return printJson(item);
        console.log(kind ? `"${item.question}" is now ${QUESTION_KIND_LABELS[kind].toLowerCase()}.` : `"${item.question}" has no type now.`);
      }),
    );

  questions
    .command('delete <id>')
    .description('delete a question with its notes and practice history (linked stories stay)')
    .action(
      action(async (id: string) => {
        await withContext(async (ctx) => deleteQuestionBankItem(ctx, await resolveQuestionId(ctx, id)));
        console.log('Deleted the question.');
      }),
    );
}
