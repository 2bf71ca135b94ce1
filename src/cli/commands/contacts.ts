/**
 * `debrief contacts`: list (search and filters), add, show, log an
 * interaction, and import LinkedIn's Connections.csv (a preview first).
 */
import { createReadStream, existsSync } from 'node:fs';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { zContactInput, zContactListQuery, zInteractionInput, type Contact, type ContactDetail, type LinkedInImport } from '../../contracts/contacts.js';
import { INTERACTION_KINDS, INTERACTION_LABELS, ROLE_LABELS, type ContactRole, type InteractionKind } from '../../domain/network/contacts.js';
import { createContact, getContact, listContacts, logInteraction } from '../../services/contacts.service.js';
import { importLinkedInConnections } from '../../services/linkedin-import.service.js';
import { printJson, tableStyle } from '../format.js';
import { numberOption, parseOptions } from '../input.js';
import { confirm } from '../prompt.js';
import { action, UsageError, withContext } from '../runtime.js';

const roleText = (r: ContactRole | null): string => (r ? ROLE_LABELS[r] : '—');

function contactsTable(list: readonly Contact[]): string {
  const table = new Table({ head: ['id', 'name', 'role', 'company', 'last contact', 'next touch'], style: tableStyle(), colWidths: [14, 24, 16, 22, 14, 14], wordWrap: true });
  for (const c of list) table.push([c.id, c.name, roleText(c.role), c.company ?? '—', c.lastInteractionOn ?? '—', c.nextTouchOn ? `${c.nextTouchOn}${c.touchDue ? ' (due)' : ''}` : '—']);
  return table.toString();
}

function contactText(c: ContactDetail): string {
  const lines = [`${c.name}${c.role ? ` · ${roleText(c.role)}` : ''}${c.company ? ` · ${c.company}` : ''}`, `id ${c.id}`];
  const field = (label: string, v: string | number | null): void => {
    if (v !== null && v !== '') lines.push(`${label.padEnd(12)} ${v}`);
  };
  field('position', c.position);
  field('email', c.email);
  field('phone', c.phone);
  field('LinkedIn', c.linkedinUrl);
  field('connected', c.connectedOn);
  field('how met', c.howMet);
  field('notes', c.notes);
  if (c.cadenceWeeks) lines.push(`${'stay in touch'.padEnd(12)} every ${c.cadenceWeeks} week${c.cadenceWeeks === 1 ? '' : 's'}; next ${c.nextTouchOn ?? '—'}${c.touchDue ? ' (due now)' : ''}`);
  if (c.applications.length) lines.push('', 'Applications:', ...c.applications.map((a) => `  ${a.id}  ${a.company} — ${a.title} (${a.status})`));
  if (c.interviews.length) lines.push('', 'Met in:', ...c.interviews.map((i) => `  ${i.day}  ${i.stage} at ${i.company} — ${i.title}`));
  lines.push('', c.interactions.length ? 'Interactions:' : 'No interactions logged yet.');
  for (const i of c.interactions) lines.push(`  ${i.occurredOn}  ${INTERACTION_LABELS[i.kind]}${i.note ? ` — ${i.note}` : ''}${i.company ? ` (${i.company})` : ''}`);
  return lines.join('\n');
}

function importText(r: LinkedInImport): string {
  const verb = r.applied ? 'Imported' : 'Would import';
  const lines = [`${verb} ${r.rows} connection${r.rows === 1 ? '' : 's'}: ${r.added} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} left out.`];
  if (r.sample.length) lines.push('', ...r.sample.map((s) => `  ${s.change.padEnd(6)} ${s.name}${s.company ? ` · ${s.company}` : ''}${s.position ? ` · ${s.position}` : ''}`));
  if (r.problems.length) lines.push('', ...r.problems.map((p) => `  ${p}`));
  return lines.join('\n');
}

function fileSource(path: string): AsyncIterable<Buffer> {
  if (!existsSync(path)) throw new UsageError(`No file at ${path}. Give the path of LinkedIn's Connections.csv.`);
  return createReadStream(path);
}

export function registerContactCommands(program: Command): void {
  const contacts = program
    .command('contacts')
    .description('the people of your search: list (search with --q, filter with --company and --role), add, show, log, import')
    .option('--q <words>', 'words in the name, company, position, email or notes')
    .option('--company <name>', 'only people at this company')
    .option('--role <role>', `only this role: ${Object.keys(ROLE_LABELS).join(', ')}`)
    .option('--due', 'only people whose stay-in-touch date has come')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { q?: string; company?: string; role?: string; due?: boolean; json?: boolean }) => {
        const query = parseOptions(zContactListQuery, { q: opts.q, company: opts.company, role: opts.role, due: opts.due ? 'true' : undefined }, { role: '--role' });
        const list = await withContext((ctx) => listContacts(ctx, query));
        if (opts.json) return printJson(list);
        if (list.length === 0) {
          console.log(opts.q || opts.company || opts.role || opts.due ? 'Nobody matches. Try fewer filters.' : 'No contacts yet. Add one with `debrief contacts add "Name"` or import LinkedIn connections with `debrief contacts import Connections.csv`.');
          return;
        }
        console.log(contactsTable(list));
      }),
    );

  contacts
    .command('add <name>')
    .description('add a contact')
    .option('--role <role>', `${Object.keys(ROLE_LABELS).join(', ')}`)
    .option('--company <name>', 'where they work')
    .option('--position <title>', 'their job title')
    .option('--email <address>', 'email address')
    .option('--phone <number>', 'phone number')
    .option('--linkedin <url>', 'LinkedIn profile address')
    .option('--how-met <text>', 'how you met')
    .option('--notes <text>', 'notes')
    .option('--cadence <weeks>', 'stay in touch every N weeks (1 to 52)')
    .option('--application <id>', 'link to an application (repeat with commas)')
    .option('--json', 'print JSON')
    .action(
      action(async (name: string, _opts: unknown, cmd: Command) => {
        // The list's options (--company, --role, --json) are read by `contacts` first: take them from there too.
        const opts = cmd.optsWithGlobals<Record<string, string | boolean | undefined>>();
        const str = (k: string): string | undefined => (typeof opts[k] === 'string' ? (opts[k] as string) : undefined);
        const input = parseOptions(
          zContactInput,
          {
            name, role: str('role'), company: str('company'), position: str('position'), email: str('email'), phone: str('phone'), linkedinUrl: str('linkedin'),
            howMet: str('howMet'), notes: str('notes'), cadenceWeeks: numberOption(str('cadence'), '--cadence', '4'),
            applicationIds: str('application')?.split(',').map((s) => s.trim()).filter(Boolean),
          },
          { role: '--role', email: '--email', linkedinUrl: '--linkedin', cadenceWeeks: '--cadence', howMet: '--how-met' },
        );
        const created = await withContext(async (ctx) => {
          const { resolveApplicationId } = await import('../../services/applications.service.js');
          const ids = input.applicationIds ? await Promise.all(input.applicationIds.map((a) => resolveApplicationId(ctx, a))) : undefined;
          return createContact(ctx, { ...input, applicationIds: ids });
        });
        if (opts.json) return printJson(created);
        console.log(`Added ${created.name} (${created.id}).`);
      }),
    );

  contacts
    .command('show <id>')
    .description('a contact with their interactions, applications and interviews')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ json?: boolean }>();
        const c = await withContext((ctx) => getContact(ctx, id));
        if (opts.json) return printJson(c);
        console.log(contactText(c));
      }),
    );

  contacts
    .command('log <id> <kind>')
    .description(`log an interaction: ${INTERACTION_KINDS.join(', ')}`)
    .option('--on <day>', 'the day (YYYY-MM-DD); today if not given')
    .option('--note <text>', 'a short note')
    .option('--application <id>', 'the application it was about')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, kind: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ on?: string; note?: string; application?: string; json?: boolean }>();
        const input = parseOptions(zInteractionInput, { kind: kind.replace(/-/g, '_'), on: opts.on, note: opts.note, applicationId: opts.application }, { kind: 'kind', on: '--on' });
        const c = await withContext((ctx) => logInteraction(ctx, id, input));
        if (opts.json) return printJson(c);
        console.log(`Logged ${INTERACTION_LABELS[input.kind as InteractionKind].toLowerCase()} with ${c.name}.${c.nextTouchOn ? ` Next touch: ${c.nextTouchOn}.` : ''}`);
      }),
    );

  contacts
    .command('import <file>')
    .description("import LinkedIn's Connections.csv: shows a preview, then asks (or --yes); re-importing updates, never duplicates")
    .option('--yes', 'import without asking')
    .option('--dry-run', 'only show the preview')
    .option('--json', 'print JSON')
    .action(
      action(async (file: string, _opts: unknown, cmd: Command) => {
        const opts = cmd.optsWithGlobals<{ yes?: boolean; dryRun?: boolean; json?: boolean }>();
        await withContext(async (ctx) => {
          const preview = await importLinkedInConnections(ctx, fileSource(file), { apply: false });
          if (opts.dryRun || (opts.json && !opts.yes)) return opts.json ? printJson(preview) : console.log(importText(preview));
          if (!opts.json) console.log(importText(preview));
          if (preview.added + preview.updated === 0) {
            if (!opts.json) console.log('\nNothing to change: your contacts already match this file.');
            else printJson(preview);
            return;
          }
          if (!opts.yes && !(await confirm('\nImport these connections?'))) {
            console.log('Nothing imported.');
            return;
          }
          const done = await importLinkedInConnections(ctx, fileSource(file), { apply: true });
          if (opts.json) return printJson(done);
          console.log(`\n${importText(done).split('\n')[0] ?? ''}`);
        });
      }),
    );
}
