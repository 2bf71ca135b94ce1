/**
 * `debrief import-mail <file.mbox | file.eml | folder of .eml> [--auto-accept 0.9] [--json]`
 * `debrief proposals [--all] [--json]`, `debrief proposals accept <id> [edits]`, `debrief proposals dismiss <id>`
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { zProposalAccept, type MailImportSummary, type MailProposal } from '../../contracts/mail.js';
import { STAGE_LABELS } from '../../domain/applications/stages.js';
import { headerBlock, MAX_HEADER_BYTES, MAX_MESSAGE_BYTES, type MailboxMessage } from '../../domain/mail/index.js';
import { SKIP_REASONS, type SkipReason } from '../../domain/mail/proposals.js';
import { printJson, tableStyle } from '../format.js';
import { resolveApplicationId } from '../../services/applications.service.js';
import { resolveProposalId } from '../../services/mail-proposals.service.js';
import { parseOptions } from '../input.js';
import { action, UsageError, withContext } from '../runtime.js';

/** The mail import service (and the reader under it), loaded by the commands that use it rather than when the CLI starts. */
const mailImport = () => import('../../services/mail-import.service.js');

/** The first bytes of a file, without reading the rest. */
async function readStart(path: string, bytes: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await file.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Each .eml file as one message; a file too large to read is not loaded, only its headers. */
async function* emlFiles(dir: string, names: string[]): AsyncGenerator<MailboxMessage> {
  for (const name of names) {
    const path = join(dir, name);
    const { size } = await stat(path);
    if (size > MAX_MESSAGE_BYTES) yield { bytes: headerBlock(await readStart(path, MAX_HEADER_BYTES)), size, tooLarge: true };
    else {
      const bytes = await readFile(path);
      yield { bytes, size: bytes.length, tooLarge: false };
    }
  }
}

async function openSource(path: string): Promise<{ source: AsyncIterable<Uint8Array | MailboxMessage>; total: number; format: 'mbox' | 'messages' }> {
  const info = await stat(path).catch(() => {
    throw new UsageError(`Cannot read "${path}": no such file or folder. Give an .mbox file, an .eml file or a folder of .eml files.`);
  });
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.eml')).sort();
    if (names.length === 0) throw new UsageError(`The folder "${path}" has no .eml files.`);
    let total = 0;
    for (const n of names) total += (await stat(join(path, n))).size;
    return { source: emlFiles(path, names), total, format: 'messages' };
  }
  return { source: createReadStream(path, { highWaterMark: 1024 * 1024 }), total: info.size, format: 'mbox' };
}

function reasonLabel(reason: string): string {
  return reason in SKIP_REASONS ? SKIP_REASONS[reason as SkipReason] : reason;
}

export function summaryTable(s: MailImportSummary): string {
  const table = new Table({ head: ['', 'messages'], style: tableStyle(), colAligns: ['left', 'right'] });
  table.push(['read', s.read], ['already imported', s.duplicates], ['matched to an application', s.matched], ['proposed for review', s.proposed]);
  if (s.autoAccepted > 0) table.push(['accepted automatically', s.autoAccepted]);
  for (const [reason, count] of Object.entries(s.skipped).sort((a, b) => b[1] - a[1])) table.push([`skipped: ${reasonLabel(reason)}`, count]);
  if (s.errors > 0) table.push(['could not be read', s.errors]);
  return table.toString();
}

function eventText(p: MailProposal): string {
  return p.action === 'note' ? 'note (on hold)' : p.stage ? STAGE_LABELS[p.stage] : '—';
}

function proposalsTable(items: readonly MailProposal[]): string {
  const table = new Table({ head: ['id', 'date', 'proposes', 'application', 'score', 'subject'], style: tableStyle() });
  for (const p of items) {
    const target = p.application ? `${p.application.title} at ${p.application.company}` : `new: ${p.proposedTitle ?? 'Unknown role'} at ${p.proposedCompany ?? '?'}`;
    table.push([p.id, p.occurredOn, eventText(p), target.slice(0, 48), p.score.toFixed(2), (p.message.subject ?? '').slice(0, 50)]);
  }
  return table.toString();
}

function parseScore(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!Number.isFinite(v) || v <= 0 || v > 1) throw new UsageError('--auto-accept takes a confidence between 0 and 1, e.g. 0.9.');
  return v;
}

export function registerImportMail(program: Command): void {
  program
    .command('import-mail <path>')
    .description('read a mailbox (.mbox, .eml or a folder of .eml) and queue proposed events for review')
    .option('--auto-accept <score>', 'accept matches at or above this confidence (0–1) without review')
    .option('--json', 'print the summary as JSON')
    .action(
      action(async (path: string, opts: { autoAccept?: string; json?: boolean }) => {
        const autoAcceptAbove = parseScore(opts.autoAccept);
        const { source, total, format } = await openSource(path);
        const bar = process.stderr.isTTY
          ? new SingleBar(
              { stream: process.stderr, format: 'Reading mail |{bar}| {percentage}% | {mb}/{totalMb} MB | {read} messages, {proposed} proposed', hideCursor: true },
              Presets.shades_classic,
            )
          : null;
        const mb = (n: number) => (n / 1048576).toFixed(1);
        bar?.start(total, 0, { mb: '0.0', totalMb: mb(total), read: 0, proposed: 0 });
        const mail = await mailImport();
        const summary = await withContext((ctx) =>
          mail.importMailbox(ctx, source, {
            format,
            autoAcceptAbove,
            onProgress: (p) => bar?.update(Math.min(p.bytes, total), { mb: mb(p.bytes), read: p.read, proposed: p.proposed }),
          }),
        ).finally(() => bar?.stop());
        if (opts.json) return printJson(summary);
        console.log(summaryTable(summary));
        console.log(`${summary.read} messages in ${summary.seconds.toFixed(1)} s.`);
        if (summary.proposed - summary.autoAccepted > 0) console.log('Review the proposals with `debrief proposals` or on the Import mail page.');
      }),
    );

  const proposals = program
    .command('proposals')
    .description('the review queue of imported mail (accept or dismiss each proposal)')
    .option('--all', 'include accepted and dismissed proposals')
    .option('--json', 'print JSON')
    .action(
      action(async (opts: { all?: boolean; json?: boolean }) => {
        const mail = await mailImport();
        const items = await withContext((ctx) => mail.listProposals(ctx, opts.all ? 'all' : 'pending'));
        if (opts.json) return printJson(items);
        if (items.length === 0) return console.log('Nothing waits for review. Import mail with `debrief import-mail <file.mbox>`.');
        console.log(proposalsTable(items));
        console.log('Accept with `debrief proposals accept <id>`, or dismiss with `debrief proposals dismiss <id>`.');
      }),
    );

  proposals
    .command('accept <id>')
    .description('accept a proposal: move the application, or create it for a new company')
    .option('--application <id>', 'file it under this application instead')
    .option('--stage <stage>', 'record this stage instead')
    .option('--date <YYYY-MM-DD>', 'when it happened')
    .option('--company <name>', 'company of the new application')
    .option('--title <title>', 'title of the new application')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, opts: { application?: string; stage?: string; date?: string; company?: string; title?: string; json?: boolean }) => {
        const edits = parseOptions(zProposalAccept, { applicationId: opts.application, stage: opts.stage, occurredOn: opts.date, company: opts.company, title: opts.title }, { applicationId: '--application', occurredOn: '--date' });
        const mail = await mailImport();
        const result = await withContext(async (ctx) => {
          // Like every command that takes an application, --application accepts an id prefix.
          const applicationId = edits.applicationId ? await resolveApplicationId(ctx, edits.applicationId) : undefined;
          return mail.acceptProposal(ctx, await resolveProposalId(ctx, id), { ...edits, applicationId });
        });
        if (opts.json) return printJson(result);
        const a = result.proposal.application;
        console.log(a ? `Accepted: ${a.title} at ${a.company} is now ${STAGE_LABELS[a.status]} [${a.id}].` : 'Accepted.');
      }),
    );

  proposals
    .command('dismiss <id>')
    .description('dismiss a proposal (the message stays imported and will not be proposed again)')
    .option('--json', 'print JSON')
    .action(
      action(async (id: string, opts: { json?: boolean }) => {
        const mail = await mailImport();
        const result = await withContext(async (ctx) => mail.dismissProposal(ctx, await resolveProposalId(ctx, id)));
        if (opts.json) return printJson(result);
        console.log(`Dismissed "${result.proposal.message.subject ?? id}".`);
      }),
    );
}
