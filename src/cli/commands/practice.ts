/**
 * `debrief practice`: a spaced-practice session in the terminal, one question
 * at a time (space reveals your notes, 1–4 rates, q stops). Keys come from the
 * keyboard, or from standard input when it is not a terminal (for scripts).
 * `debrief practice --json` prints what is due; `debrief practice rate <id> <rating>` rates one.
 */
import type { Command } from 'commander';
import { zPracticeRating, type PracticeItem } from '../../contracts/practice.js';
import { PRACTICE_RATINGS, type PracticeRating } from '../../domain/practice/schedule.js';
import { cardReps, practiceQueue, ratePractice } from '../../services/practice.service.js';
import { printJson } from '../format.js';
import { action, UsageError, withContext } from '../runtime.js';

/** Single keys from standard input: raw keyboard presses on a terminal, else each character piped in. */
function keyReader(): { next: () => Promise<string>; close: () => void } {
  const queue: string[] = [];
  const waiting: ((key: string) => void)[] = [];
  let ended = false;
  const push = (key: string): void => {
    const w = waiting.shift();
    if (w) w(key);
    else queue.push(key);
  };
  const onData = (chunk: Buffer | string): void => {
    for (const ch of chunk.toString()) {
      if (ch === '\u0003') push('q'); // Ctrl+C
      else if (ch !== '\r' && ch !== '\n') push(ch);
    }
  };
  const onEnd = (): void => {
    ended = true;
    while (waiting.length > 0) waiting.shift()?.('q');
  };
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  process.stdin.on('data', onData);
  process.stdin.on('end', onEnd);
  process.stdin.resume();
  return {
    next: () => (queue.length > 0 ? Promise.resolve(queue.shift() as string) : ended ? Promise.resolve('q') : new Promise((r) => waiting.push(r))),
    close: () => {
      process.stdin.off('data', onData);
      process.stdin.off('end', onEnd);
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.stdin.pause();
    },
  };
}

async function keyOf(keys: ReturnType<typeof keyReader>, allowed: string): Promise<string> {
  for (;;) {
    const key = (await keys.next()).toLowerCase();
    if (allowed.includes(key)) return key;
  }
}

function ratingLine(item: PracticeItem): string {
  return PRACTICE_RATINGS.map((r, i) => `${i + 1} ${r} (${item.comesBack[r]})`).join(' · ');
}

export function registerPracticeCommands(program: Command): void {
  const practice = program
    .command('practice')
    .description('practise the questions that are due, one at a time (spaced repetition): space shows your notes, 1–4 rates, q stops')
    .option('--limit <n>', 'at most this many questions in the session', '20')
    .option('--json', 'print the questions that are due as JSON, without a session')
    .action(
      action(async (opts: { limit: string; json?: boolean }) => {
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit takes a whole number from 1 to 100.');
        await withContext(async (ctx) => {
          const queue = await practiceQueue(ctx, limit);
          if (opts.json) return printJson(queue);
          if (queue.total === 0) {
            console.log('Your question bank is empty. Questions you struggled with, noted in the reflection step of a debrief, land here.');
            return;
          }
          if (queue.items.length === 0) {
            console.log(`Nothing is due. The next question comes back ${queue.nextDue ?? 'later'}.`);
            return;
          }
          console.log(`${queue.items.length} question${queue.items.length === 1 ? '' : 's'} to practise (${queue.due} due, ${queue.fresh} new). Answer each aloud first.\n`);
          const keys = keyReader();
          let done = 0;
          try {
            for (const [i, item] of queue.items.entries()) {
              console.log(`Question ${i + 1} of ${queue.items.length}${item.company ? ` · from ${item.company}` : ''}${item.isNew ? ' · new' : ''}`);
              console.log(`  ${item.question}\n`);
              console.log('  Press space to see your notes, q to stop.');
              if ((await keyOf(keys, ' q')) === 'q') break;
              console.log(item.notes ? `  Your notes: ${item.notes}\n` : '  No notes yet: add some with `debrief questions`.\n');
              console.log(`  How did it go? ${ratingLine(item)} · q to stop`);
              const key = await keyOf(keys, '1234q');
              if (key === 'q') break;
              const rating = PRACTICE_RATINGS[Number(key) - 1] as PracticeRating;
              const result = await ratePractice(ctx, item.questionId, { rating, reps: item.reps });
              done += 1;
              console.log(`  ${rating[0]?.toUpperCase()}${rating.slice(1)}: it comes back ${result.comesBack}.\n`);
            }
          } finally {
            keys.close();
          }
          console.log(done === 0 ? 'Nothing rated this time.' : `Practised ${done} question${done === 1 ? '' : 's'}. Well done.`);
        });
      }),
    );

  practice
    .command('rate <id> <rating>')
    .description('rate one practice of a question: again, hard, good or easy')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, ratingText: string, opts: { json?: boolean }) => {
        const parsed = zPracticeRating.safeParse(ratingText.toLowerCase());
        if (!parsed.success) throw new UsageError(`"${ratingText}" is not a rating: use again, hard, good or easy.`);
        const result = await withContext(async (ctx) => ratePractice(ctx, id, { rating: parsed.data, reps: await cardReps(ctx, id) }));
        if (opts.json) return printJson(result);
        console.log(`Rated ${result.rating}: it comes back ${result.comesBack}.`);
      }),
    );
}
