import Table from 'cli-table3';
import type { Command } from 'commander';
import { zQuestionPracticeInput, type QuestionBankItem } from '../../contracts/debrief.js';
import { listQuestionBank, practiseQuestion, resolveQuestionId } from '../../services/reflection.service.js';
import { printJson, tableStyle } from '../format.js';
import { parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';

function practiceText(q: QuestionBankItem): string {
  if (q.practiceCount === 0) return 'not yet';
  return `${q.practiceCount} day${q.practiceCount === 1 ? '' : 's'}, last ${q.lastPractisedOn ?? '?'}`;
}

function questionsTable(items: readonly QuestionBankItem[]): string {
  const table = new Table({
    head: ['id', 'question', 'from', 'rating', 'practised', 'notes'],
    style: tableStyle(),
    colWidths: [14, 46, 18, 8, 24, 30],
    wordWrap: true,
  });
  for (const q of items) {
    table.push([q.id, q.question, q.company ?? '—', q.selfRating === null ? '—' : `${q.selfRating}/5`, practiceText(q), q.notes ?? '']);
  }
  return table.toString();
}

function parseRating(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-5]$/.test(value.trim())) throw new UsageError('--rating takes a whole number from 1 to 5.');
  return Number(value);
}

export function registerQuestionCommands(program: Command): void {
  const questions = program
    .command('questions')
    .description('your question bank: interview questions you struggled with, to practise')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const items = await withContext((ctx) => listQuestionBank(ctx));
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
}
