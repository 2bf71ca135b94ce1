import type { Command } from 'commander';
import { zGoalsInput, type Goals, type GoalsInput } from '../../contracts/momentum.js';
import { GOAL_KINDS, reviewMarkdown } from '../../domain/momentum/index.js';
import { addDays, parseTypedDay, todayIn } from '../../domain/time.js';
import { getGoals, setGoals } from '../../services/goals.service.js';
import { getReview } from '../../services/review.service.js';
import { getSettings } from '../../services/settings.service.js';
import { weekStartOf } from '../../domain/momentum/index.js';
import { printJson } from '../format.js';
import { numberOption, parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';

interface GoalsOptions {
  applications?: string;
  networking?: string;
  practice?: string;
  debriefs?: string;
  json?: boolean;
}

const BAR = 20;
function bar(percent: number): string {
  const filled = Math.round((percent / 100) * BAR);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}]`;
}

export function goalsText(g: Goals): string {
  const lines = [`This week (${g.week.label})`];
  if (g.progress.length === 0) {
    lines.push('  No goals set. For example: debrief goals --applications 3 --practice 2');
  }
  for (const p of g.progress) lines.push(`  ${p.label.padEnd(20)} ${bar(p.percent)} ${p.text}${p.met ? '  ✓ met' : ''}`);
  lines.push('', g.streak.message, '', g.heatmap.summary);
  return lines.join('\n');
}

function dayOption(value: string, flag: string): string {
  const typed = parseTypedDay(value);
  if (!typed.ok) throw new UsageError(`${flag}: ${typed.problem}`);
  return typed.day;
}

export function registerMomentumCommands(program: Command): void {
  program
    .command('goals')
    .description('your weekly goals and how far you are (set any of them with the options; 0 removes one)')
    .option('--applications <n>', 'applications to send each week')
    .option('--networking <n>', 'networking touches each week (feedback requests count; contacts too when they exist)')
    .option('--practice <n>', 'practice sessions (days practised) each week')
    .option('--debriefs <n>', 'debriefs to finish each week')
    .option('--json', 'print the goals JSON (the same as GET /api/goals)')
    .action(
      action(async (opts: GoalsOptions) => {
        const given = Object.fromEntries(
          GOAL_KINDS.flatMap((k) => {
            const n = numberOption(opts[k], `--${k}`);
            return n === undefined ? [] : [[k, n]];
          }),
        );
        const result = await withContext(async (ctx) => {
          if (Object.keys(given).length === 0) return getGoals(ctx);
          const current = (await getGoals(ctx)).targets;
          const input: GoalsInput = parseOptions(zGoalsInput, { ...current, ...given }, Object.fromEntries(GOAL_KINDS.map((k) => [k, `--${k}`])));
          return setGoals(ctx, input);
        });
        if (opts.json) printJson(result);
        else console.log(goalsText(result));
      }),
    );

  program
    .command('review')
    .description('the weekly review: activity against goals, wins, rejections and lessons, feedback, changes in insights, next week')
    .option('--week <date>', 'any day of the week to review (default: last week)')
    .option('--format <format>', 'md or json', 'md')
    .action(
      action(async (opts: { week?: string; format: string }) => {
        if (opts.format !== 'md' && opts.format !== 'json') throw new UsageError(`--format: use md or json ("${opts.format}" is neither).`);
        const review = await withContext(async (ctx) => {
          let day = opts.week ? dayOption(opts.week, '--week') : undefined;
          if (!day) {
            const s = await getSettings(ctx);
            day = addDays(weekStartOf(todayIn(s.timezone, ctx.now()), s.weekStartsOn ?? 'monday'), -7);
          }
          return getReview(ctx, day);
        });
        if (opts.format === 'json') printJson(review);
        else process.stdout.write(reviewMarkdown(review));
      }),
    );
}
