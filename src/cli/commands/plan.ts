/**
 * `debrief plan [--json]`: the growth plan — recurring themes ranked with the
 * reason, their suggestions and evidence, what was outside your control, and
 * your actions with "did it help?". Subcommands add and change actions.
 */
import type { Command } from 'commander';
import { zActionNoteInput, zGrowthActionInput, zGrowthActionUpdate, type GrowthAction, type Plan } from '../../contracts/plan.js';
import { STAGE_REACHED_LABELS } from '../../domain/debrief/stage-reached.js';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, ACTION_TYPES, TARGET_STAGES, TARGETS } from '../../domain/plan/catalogue.js';
import { addActionNote, createAction, deleteAction, getAction, getPlan, updateAction } from '../../services/plan.service.js';
import { printJson } from '../format.js';
import { parseOptions } from '../input.js';
import { action, withContext } from '../runtime.js';

function actionLines(a: GrowthAction, detail: boolean): string[] {
  const due = a.dueOn ? ` · due ${a.dueOn}${a.overdue ? ' (overdue)' : ''}` : '';
  const lines = [`  [${ACTION_STATUS_LABELS[a.status]}] ${a.title}  (${a.id})`, `      ${ACTION_TYPE_LABELS[a.type]}${due}${a.targetStage ? ` · targets ${TARGETS[a.targetStage].label}` : ''}`];
  if (a.themes.length > 0) lines.push(`      themes: ${a.themes.map((t) => (t.deleted ? `${t.label} (deleted)` : t.label)).join(', ')}`);
  if (a.link) lines.push(`      link: ${a.link}`);
  const evidence = detail ? a.evidence : a.evidence.slice(0, 3);
  for (const e of evidence) lines.push(`      evidence: ${e.company} — ${e.title}, rejected ${e.rejectedOn} (${STAGE_REACHED_LABELS[e.stage].toLowerCase()})`);
  if (a.evidence.length > evidence.length) lines.push(`      … and ${a.evidence.length - evidence.length} more (debrief plan show ${a.id})`);
  for (const l of a.lost) lines.push(`      note: ${l}`);
  for (const n of detail ? a.notes : a.notes.slice(0, 1)) lines.push(`      progress ${n.createdAt.slice(0, 10)}: ${n.body}`);
  if (a.help && a.help.verdict !== 'not_done') lines.push(`      did it help? ${a.help.summary}`);
  return lines;
}

function planText(p: Plan): string {
  const out: string[] = [];
  if (p.themes.length === 0) {
    out.push('No themes yet. When you finish the lessons step of a debrief, the themes it names show up here with ideas for what to do next.');
  } else {
    out.push(`Where to grow next (from ${p.debriefed} debriefed rejection${p.debriefed === 1 ? '' : 's'}):`);
    for (const t of p.themes) {
      out.push('', `${t.rank}. ${t.label} — ${t.why}`);
      for (const s of t.suggestions) out.push(`     idea: ${s.title} (${ACTION_TYPE_LABELS[s.type]})`);
      for (const e of t.evidence.slice(0, 3)) out.push(`     evidence: ${e.company} — ${e.title}, rejected ${e.rejectedOn}`);
      if (t.actions > 0) out.push(`     ${t.actions} action${t.actions === 1 ? '' : 's'} on it`);
    }
  }
  if (p.outside.reasons.length > 0 || p.outside.notes.length > 0) {
    out.push('', 'Outside your control (not homework):');
    for (const r of p.outside.reasons) out.push(`  ${r.label}: ${r.count} time${r.count === 1 ? '' : 's'}, last ${r.lastOn}`);
    for (const n of p.outside.notes.slice(0, 5)) out.push(`  ${n.company}: ${n.text}`);
  }
  out.push('', 'Your actions:');
  if (p.actions.length === 0) out.push('  None yet. Add one with: debrief plan add --title "…" --type practice --theme concise_answers');
  for (const a of p.actions) out.push(...actionLines(a, false));
  return out.join('\n');
}

const list = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

interface ActionFlags {
  title?: string;
  type?: string;
  link?: string;
  due?: string;
  status?: string;
  done?: string;
  stage?: string;
  theme?: string;
  json?: boolean;
}

const NAMES = { dueOn: '--due', doneOn: '--done', targetStage: '--stage', themes: '--theme' };

/** `--json` after a subcommand is read by `plan` itself (its own option): either place counts. */
const wantsJson = (opts: { json?: boolean }, cmd: Command): boolean => Boolean(opts.json ?? cmd.parent?.opts<{ json?: boolean }>().json);

function printAction(a: GrowthAction, json: boolean): void {
  if (json) printJson(a);
  else console.log(actionLines(a, true).join('\n'));
}

export function registerPlanCommands(program: Command): void {
  const plan = program
    .command('plan')
    .description('your growth plan: recurring themes ranked (with why), ideas, evidence, outside-control apart, and your actions')
    .option('--json', 'print the plan as JSON')
    .action(
      action(async (opts: { json?: boolean }) => {
        const p = await withContext((ctx) => getPlan(ctx));
        if (opts.json) return printJson(p);
        console.log(planText(p));
      }),
    );

  const fields = (cmd: Command, adding: boolean): Command =>
    cmd
      .option('--title <text>', adding ? 'what you will do (required)' : 'a new title')
      .option('--type <type>', `one of ${ACTION_TYPES.join(', ')}`)
      .option('--link <url>', 'a web address (http or https); "" clears it')
      .option('--due <YYYY-MM-DD>', 'when you want it done; a past day is shown as overdue')
      .option('--status <status>', 'planned, doing, done or dropped')
      .option('--done <YYYY-MM-DD>', 'the day it was done (with --status done; default today)')
      .option('--stage <stage>', `the stage it targets: ${TARGET_STAGES.join(', ')}`)
      .option('--theme <slugs>', 'the themes it works on, comma-separated slugs (see debrief plan --json)')
      .option('--json', 'print JSON');

  fields(plan.command('add').description('add a growth action'), true).action(
    action(async (opts: ActionFlags, cmd: Command) => {
      const input = parseOptions(zGrowthActionInput, {
        title: opts.title, type: opts.type ?? 'other', link: opts.link, dueOn: opts.due, status: opts.status, doneOn: opts.done, targetStage: opts.stage, themes: list(opts.theme),
      }, NAMES);
      printAction(await withContext((ctx) => createAction(ctx, input)), wantsJson(opts, cmd));
    }),
  );

  fields(plan.command('set <id>').description('change a growth action (status, due day, themes…)'), false).action(
    action(async (id: string, opts: ActionFlags, cmd: Command) => {
      const input = parseOptions(zGrowthActionUpdate, {
        title: opts.title, type: opts.type, link: opts.link, dueOn: opts.due, status: opts.status, doneOn: opts.done, targetStage: opts.stage, themes: list(opts.theme),
      }, NAMES);
      printAction(await withContext((ctx) => updateAction(ctx, id, input)), wantsJson(opts, cmd));
    }),
  );

  plan.command('note <id> <text>').description('add a progress note to a growth action').option('--json', 'print JSON').action(
    action(async (id: string, text: string, opts: { json?: boolean }, cmd: Command) => {
      const { body } = parseOptions(zActionNoteInput, { body: text });
      printAction(await withContext((ctx) => addActionNote(ctx, id, body)), wantsJson(opts, cmd));
    }),
  );

  plan.command('show <id>').description('one growth action with all its evidence and "did it help?"').option('--json', 'print JSON').action(
    action(async (id: string, opts: { json?: boolean }, cmd: Command) => printAction(await withContext((ctx) => getAction(ctx, id)), wantsJson(opts, cmd))),
  );

  plan.command('delete <id>').description('delete a growth action').action(
    action(async (id: string) => {
      await withContext((ctx) => deleteAction(ctx, id));
      console.log('Deleted the action.');
    }),
  );
}
