/**
 * `debrief import <file> [--preset generic|linkedin|huntr|jobsync] [--dry-run] [--yes]`,
 * `debrief export [-o file] [--events]`, `debrief backup [-o file]`, `debrief restore <file> [--yes]`.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { Presets, SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { zApplicationListQuery } from '../../contracts/applications.js';
import type { ImportResult } from '../../contracts/import.js';
import { isStage, STAGES } from '../../domain/applications/stages.js';
import { IMPORT_FIELD_LABELS, PRESET_IDS, PRESETS, statusKey, type PresetId, type StatusMap } from '../../domain/import/index.js';
import { buildBackup, dataStatus, restoreBackup } from '../../services/backup.service.js';
import { drainExport, exportCsv, exportJson } from '../../services/export.service.js';
import { importApplications, previewImport } from '../../services/import.service.js';
import { printJson, tableStyle } from '../format.js';
import { parseOptions } from '../input.js';
import { confirm } from '../prompt.js';
import { action, UsageError, withContext } from '../runtime.js';

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

async function fileSize(path: string): Promise<number> {
  const info = await stat(path).catch(() => {
    throw new UsageError(`Cannot read "${path}": no such file.`);
  });
  if (!info.isFile()) throw new UsageError(`"${path}" is not a file.`);
  return info.size;
}

const open = (path: string) => createReadStream(path, { highWaterMark: 1024 * 1024 });

/** Asks which stage each unknown status word means (Enter leaves it as a problem row). */
async function askStatusWords(words: { word: string; rows: number }[]): Promise<StatusMap> {
  const map: StatusMap = {};
  if (words.length === 0) return map;
  if (!process.stdin.isTTY) return map;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    console.log(`Match your status words to stages once; Debrief remembers them. Stages: ${STAGES.join(', ')}.`);
    for (const { word, rows } of words) {
      for (;;) {
        const answer = (await rl.question(`"${word}" (${rows} row${rows === 1 ? '' : 's'}) means which stage? [Enter: leave these rows out] `)).trim().toLowerCase();
        if (answer === '') break;
        if (isStage(answer)) {
          map[statusKey(word)] = answer;
          break;
        }
        console.log(`Please type one of: ${STAGES.join(', ')}.`);
      }
    }
  } finally {
    rl.close();
  }
  return map;
}

function resultTable(r: ImportResult): string {
  const table = new Table({ head: ['', 'rows'], style: tableStyle(), colAligns: ['left', 'right'] });
  table.push(['to create', r.created], ['to update', r.updated], ['already there (skipped)', r.skipped], ['with a problem', r.problemCount]);
  return table.toString();
}

function printProblems(r: ImportResult, limit = 20): void {
  for (const p of r.problems.slice(0, limit)) console.log(`  line ${p.line}: ${p.reason}`);
  if (r.problemCount > limit) console.log(`  …and ${r.problemCount - limit} more (use --json to see the first ${r.problems.length}).`);
}

export function registerImportExportCommands(program: Command): void {
  program
    .command('import <file>')
    .description('import applications from a CSV file (a spreadsheet, LinkedIn, Huntr or JobSync export)')
    .option('--preset <preset>', `read the file as: ${PRESET_IDS.join(' | ')} (default: recognised from its header row)`)
    .option('--dry-run', 'show what would be created, updated and skipped; change nothing')
    .option('--yes', 'ask nothing: import the valid rows (for scripts)')
    .option('--json', 'print the result as JSON')
    .action(
      action(async (file: string, opts: { preset?: string; dryRun?: boolean; yes?: boolean; json?: boolean }) => {
        if (opts.preset !== undefined && !(PRESET_IDS as readonly string[]).includes(opts.preset)) {
          throw new UsageError(`--preset must be one of ${PRESET_IDS.join(', ')}.`);
        }
        const preset = opts.preset as PresetId | undefined;
        const size = await fileSize(file);
        const talk = !opts.json;
        await withContext(async (ctx) => {
          const preview = await previewImport(ctx, open(file), { preset });
          if (talk) {
            console.log(`${file}: ${preview.rows} rows, ${preview.encoding}, ${DELIMITER_NAMES[preview.delimiter] ?? preview.delimiter}-separated, read as ${PRESETS[preview.preset].label}${preview.remembered ? ' (your remembered mapping)' : ''}.`);
            const table = new Table({ head: ['column', 'goes to'], style: tableStyle() });
            preview.headers.forEach((h, i) => table.push([h, preview.mapping[i] ? IMPORT_FIELD_LABELS[preview.mapping[i]] : '— (left out)']));
            console.log(table.toString());
          }
          const unknown = preview.statusWords.filter((w) => w.stage === null);
          const statusMap = opts.yes || opts.json ? {} : await askStatusWords(unknown);
          const options = { preset, statusMap };
          const dry = await importApplications(ctx, open(file), { ...options, dryRun: true });
          if (opts.dryRun) {
            if (!talk) return printJson(dry);
            console.log(resultTable(dry));
            printProblems(dry);
            console.log('Dry run: nothing was changed.');
            return;
          }
          let mode: 'valid' | 'all' = 'valid';
          if (talk) {
            console.log(resultTable(dry));
            printProblems(dry);
          }
          if (dry.created + dry.updated === 0) {
            if (talk) console.log(dry.rows === 0 ? 'The file has no rows to import.' : 'Nothing new to import: everything in this file is already in your tracker.');
            else printJson({ ...dry, dryRun: false });
            return;
          }
          if (!opts.yes && talk) {
            const question = dry.problemCount > 0
              ? `Import the ${dry.created + dry.updated} valid rows and leave the ${dry.problemCount} with problems out? (No imports nothing.)`
              : `Import ${dry.created} new and ${dry.updated} updated applications?`;
            if (!(await confirm(question))) mode = 'all';
            if (mode === 'all' && dry.problemCount === 0) return console.log('Nothing was imported.');
          }
          const bar = process.stderr.isTTY && talk
            ? new SingleBar({ stream: process.stderr, format: 'Importing |{bar}| {value}/{total} rows', hideCursor: true }, Presets.shades_classic)
            : null;
          bar?.start(preview.rows, 0);
          const result = await importApplications(ctx, open(file), { ...options, mode, onProgress: (rows) => bar?.update(rows) }).finally(() => bar?.stop());
          if (!talk) return printJson(result);
          console.log(result.imported
            ? `Imported: ${result.created} added, ${result.updated} updated, ${result.skipped} already there (${result.seconds.toFixed(1)} s, ${(size / 1048576).toFixed(1)} MB).`
            : 'Nothing was imported.');
        });
      }),
    );

  program
    .command('export')
    .description('export your applications (or their stage events) as CSV, or both as JSON')
    .option('-o, --output <file>', 'write to this file (default: standard output)')
    .option('--events', 'one row per stage event instead of one per application')
    .option('--json', 'the applications with their stage events, as JSON')
    .option('-s, --status <stages>', 'only these statuses, comma-separated')
    .option('--tag <tag>', 'only applications with this tag')
    .option('--from <YYYY-MM-DD>', 'applied on or after')
    .option('--to <YYYY-MM-DD>', 'applied on or before')
    .action(
      action(async (opts: { output?: string; events?: boolean; json?: boolean; status?: string; tag?: string; from?: string; to?: string }) => {
        const query = parseOptions(zApplicationListQuery, { status: opts.status, tag: opts.tag, from: opts.from, to: opts.to, sort: 'applied', order: 'asc' }, {});
        const out = opts.output ? createWriteStream(opts.output) : process.stdout;
        // Written as it is read; the next page waits while the file or pipe is full.
        const sink = (bytes: Uint8Array) => new Promise<void>((resolve) => (out.write(bytes) ? resolve() : out.once('drain', resolve)));
        const rows = await withContext((ctx) =>
          drainExport(opts.json ? exportJson(ctx, query) : exportCsv(ctx, query, opts.events ? 'events' : 'applications'), sink),
        );
        if (opts.output) {
          await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
          const what = opts.json ? 'applications with their stage events' : opts.events ? 'stage events' : 'applications';
          console.error(`Wrote ${rows} ${what} to ${opts.output}.`);
        }
      }),
    );

  program
    .command('backup')
    .description('a full JSON backup of everything you have in Debrief (to standard output by default)')
    .option('-o, --output <file>', 'write to this file')
    .action(
      action(async (opts: { output?: string }) => {
        const backup = await withContext((ctx) => buildBackup(ctx));
        const text = `${JSON.stringify(backup, null, 1)}\n`;
        if (!opts.output) return void process.stdout.write(text);
        const out = createWriteStream(opts.output, { mode: 0o600 });
        await new Promise<void>((resolve, reject) => out.on('error', reject).end(text, resolve));
        console.error(`Saved ${backup.tables.applications?.length ?? 0} applications to ${opts.output}.`);
      }),
    );

  program
    .command('restore <file>')
    .description('restore a backup; into a tracker with data it asks: replace or merge')
    .option('--replace', 'replace everything you have with the backup')
    .option('--merge', 'add what the backup has and you do not (nothing is doubled)')
    .option('--yes', 'ask nothing (merges unless --replace is given)')
    .action(
      action(async (file: string, opts: { replace?: boolean; merge?: boolean; yes?: boolean }) => {
        if (opts.replace && opts.merge) throw new UsageError('Choose --replace or --merge, not both.');
        const text = await readFile(file, 'utf8').catch(() => {
          throw new UsageError(`Cannot read "${file}": no such file.`);
        });
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          throw new UsageError(`"${file}" is not JSON. Give the .json file \`debrief backup\` wrote.`);
        }
        const result = await withContext(async (ctx) => {
          const status = await dataStatus(ctx);
          let mode: 'replace' | 'merge' | undefined = opts.replace ? 'replace' : opts.merge ? 'merge' : undefined;
          if (!status.empty && !mode) {
            if (opts.yes) mode = 'merge';
            else if (await confirm(`You have ${status.applications} applications. Replace everything with the backup? (No merges the backup into them instead.)`)) {
              mode = 'replace';
            } else mode = 'merge';
          }
          if (mode === 'replace' && !opts.yes && !(await confirm('Replacing deletes what you have now and keeps only the backup. Go ahead?'))) return null;
          return restoreBackup(ctx, doc, mode);
        });
        if (!result) return console.log('Nothing was changed.');
        const rows = Object.values(result.restored).reduce((a, b) => a + b, 0);
        console.log(`Restored ${rows} rows (${result.mode}); ${result.applications} applications now. ${result.kept > 0 ? `${result.kept} rows were already there and were kept.` : ''}`.trim());
      }),
    );
}

