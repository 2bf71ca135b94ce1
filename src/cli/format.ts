import Table from 'cli-table3';
import type { Application, ApplicationDetail, StageEvent } from '../contracts/applications.js';
import { STAGE_LABELS } from '../domain/applications/stages.js';

interface Stream {
  isTTY?: boolean;
}

/**
 * Colour only on a terminal: never when the output is piped or NO_COLOR is
 * set (https://no-color.org); FORCE_COLOR (any value but 0 or false) wins.
 */
export function colourWanted(env: NodeJS.ProcessEnv = process.env, stream: Stream = process.stdout): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The cli-table3 style: cyan headings and grey borders on a terminal, plain text otherwise. */
export function tableStyle(env: NodeJS.ProcessEnv = process.env, stream: Stream = process.stdout): { head: string[]; border: string[]; compact: boolean } {
  return colourWanted(env, stream) ? { head: ['cyan'], border: ['grey'], compact: true } : { head: [], border: [], compact: true };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function statusText(a: Application): string {
  const label = STAGE_LABELS[a.status];
  if (a.upcoming) return `${label} (${STAGE_LABELS[a.upcoming.stage]} on ${a.upcoming.occurredOn})`;
  return a.noResponse.flagged ? `${label} (silent ${a.noResponse.daysSilent} d)` : label;
}

export function applicationsTable(apps: readonly Application[]): string {
  const table = new Table({ head: ['id', 'company', 'title', 'status', 'applied', 'last news'], style: tableStyle() });
  for (const a of apps) table.push([a.id, a.company, a.title, statusText(a), a.appliedOn ?? '—', a.lastEventOn]);
  return table.toString();
}

function line(label: string, value: string | number | boolean | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return `${label.padEnd(14)} ${String(value)}`;
}

export function applicationText(a: ApplicationDetail): string {
  const salary = a.salaryMin || a.salaryMax ? `${a.salaryMin ?? '?'}–${a.salaryMax ?? '?'} ${a.salaryCurrency ?? ''}`.trim() : null;
  const head = [
    `${a.title} at ${a.company}  [${a.id}]`,
    line('Status', statusText(a)),
    line('Stage reached', STAGE_LABELS[a.stageReached]),
    line('Source', a.source),
    line('Referral', a.referral ? (a.referrer ?? 'yes') : null),
    line('Résumé', a.resumeVersion),
    line('Tailored', a.tailored ? 'yes' : null),
    line('Fit', a.fit),
    line('Excitement', a.excitement),
    line('Salary', salary),
    line('Location', [a.location, a.remote].filter(Boolean).join(', ')),
    line('Job URL', a.jobUrl),
    line('Tags', a.tags.join(', ')),
    line('Notes', a.notes),
  ].filter((l): l is string => l !== null);
  // Events come from the service in the order they read (by day, then as recorded);
  // the sort is stable, so notes slot in by day without reordering them.
  const eventText = (e: StageEvent) =>
    `${STAGE_LABELS[e.stage]}${e.round ? ` (round ${e.round})` : ''}${e.interviewType ? ` — ${e.interviewType}` : ''}${e.note ? `: ${e.note}` : ''}`;
  const timeline = [
    ...a.events.filter((e) => !e.upcoming).map((e) => ({ at: e.occurredOn, text: eventText(e) })),
    ...a.noteEntries.map((n) => ({ at: n.createdAt.slice(0, 10), text: `Note: ${n.body}` })),
  ].sort((x, y) => x.at.localeCompare(y.at));
  const upcoming = a.events.filter((e) => e.upcoming).map((e) => `  ${e.occurredOn}  ${eventText(e)}`);
  return [
    ...head,
    ...(upcoming.length > 0 ? ['', 'Upcoming:', ...upcoming] : []),
    '',
    'Timeline:',
    ...timeline.map((t) => `  ${t.at}  ${t.text}`),
  ].join('\n');
}
