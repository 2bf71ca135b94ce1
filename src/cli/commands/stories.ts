/**
 * `debrief stories`: the story bank — STAR stories with what you learned,
 * linked to the questions and themes they answer. Thin over stories.service.
 */
import type { Command } from 'commander';
import { zStoryInput, type Story } from '../../contracts/stories.js';
import { resolveQuestionId } from '../../services/reflection.service.js';
import { createStory, getStory, linkStory, listStories, resolveStoryId } from '../../services/stories.service.js';
import type { ServiceContext } from '../../services/context.js';
import { printJson } from '../format.js';
import { parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';

const PARTS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
  ['learned', 'What you learned'],
] as const;

function storyText(s: Story): string {
  const lines = [`${s.title}  (${s.id})`];
  for (const [key, label] of PARTS) if (s[key]) lines.push(`  ${label}: ${s[key]}`);
  for (const q of s.questions) lines.push(`  answers: ${q.question}  (${q.id})`);
  for (const t of s.themes) lines.push(`  theme: ${t.label} (${t.slug})`);
  return lines.join('\n');
}

const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

async function questionIds(ctx: ServiceContext, given: string[] | undefined): Promise<string[] | undefined> {
  if (!given) return undefined;
  return Promise.all(given.map((q) => resolveQuestionId(ctx, q)));
}

const wantsJson = (opts: { json?: boolean }, cmd: Command): boolean => Boolean(opts.json ?? cmd.parent?.opts<{ json?: boolean }>().json);

interface StoryFlags {
  title?: string;
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  learned?: string;
  question?: string;
  theme?: string;
  json?: boolean;
}

export function registerStoryCommands(program: Command): void {
  const stories = program
    .command('stories')
    .description('your story bank: STAR stories (situation, task, action, result, what you learned) linked to questions and themes')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const all = await withContext((ctx) => listStories(ctx));
        if (opts.json) return printJson(all);
        if (all.length === 0) {
          console.log('No stories yet. Add one with: debrief stories add --title "The release slot" --situation "…" --result "…"');
          return;
        }
        for (const s of all) {
          const links = [s.questions.length ? `${s.questions.length} question${s.questions.length === 1 ? '' : 's'}` : null, s.themes.length ? s.themes.map((t) => t.label).join(', ') : null].filter(Boolean);
          console.log(`${s.id}  ${s.title}${links.length ? `  · ${links.join(' · ')}` : ''}`);
        }
      }),
    );

  stories
    .command('add')
    .description('add a story')
    .option('--title <text>', 'a short name for the story (required)')
    .option('--situation <text>', 'where and when')
    .option('--task <text>', 'what was asked of you')
    .option('--action <text>', 'what you did')
    .option('--result <text>', 'what came of it')
    .option('--learned <text>', 'what you learned')
    .option('--question <ids>', 'question-bank ids it answers, comma-separated (any unique start of an id)')
    .option('--theme <slugs>', 'theme slugs it answers, comma-separated')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: StoryFlags, cmd: Command) => {
        const story = await withContext(async (ctx) => {
          const input = parseOptions(zStoryInput, {
            title: opts.title, situation: opts.situation, task: opts.task, action: opts.action, result: opts.result, learned: opts.learned,
            questionIds: await questionIds(ctx, list(opts.question)), themes: list(opts.theme),
          }, { questionIds: '--question', themes: '--theme' });
          return createStory(ctx, input);
        });
        if (wantsJson(opts, cmd)) return printJson(story);
        console.log(`Added the story.\n${storyText(story)}`);
      }),
    );

  stories
    .command('show <id>')
    .description('one story in full, with the questions and themes it answers')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
        const story = await withContext(async (ctx) => getStory(ctx, await resolveStoryId(ctx, id)));
        if (wantsJson(opts, cmd)) return printJson(story);
        console.log(storyText(story));
      }),
    );

  stories
    .command('link <id>')
    .description('link a story to more questions or themes (the links it has stay)')
    .option('--question <ids>', 'question-bank ids, comma-separated')
    .option('--theme <slugs>', 'theme slugs, comma-separated')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, opts: StoryFlags, cmd: Command) => {
        if (!opts.question && !opts.theme) throw new UsageError('Say what to link: --question <ids> and/or --theme <slugs>.');
        const story = await withContext(async (ctx) =>
          linkStory(ctx, await resolveStoryId(ctx, id), { questionIds: await questionIds(ctx, list(opts.question)), themes: list(opts.theme) }),
        );
        if (wantsJson(opts, cmd)) return printJson(story);
        console.log(`Linked.\n${storyText(story)}`);
      }),
    );
}
