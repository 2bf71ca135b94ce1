/**
 * Writes tests/reader-corpus/dev-asof.jsonl: for each development message, the rules' findings as the reader
 * had them just BEFORE the message joined the corpus, that is before any rule was written with it in view.
 *
 *   npx tsx scripts/reader-asof.ts         every message, each batch read by the reader of its day (half an hour)
 *   npx tsx scripts/reader-asof.ts --new   keeps the lines already written for a batch read as of the same commit,
 *                                          and reads only the batches that have none (a minute or two after a new batch)
 *
 * Why: the learned model is trained on the development part, but the rules were fitted to that part, so on
 * it their findings are right almost every time, and a model trained on today's findings learns to trust
 * them more than mail it has never seen deserves. Read as of the day before, each batch shows the rules the
 * way unseen mail shows them (stage .88, reasons F1 .86, rejection precision .95 instead of .97–1.00).
 * train-reader.ts trains the heads named in its ASOF_HEADS on these findings (docs/decisions/0063).
 *
 * How: the first commit whose tests/reader-corpus/dev.jsonl holds a message's text is the commit that added
 * it; the reader of its parent commit is extracted (git archive, into a temporary folder that borrows this
 * checkout's node_modules) and reads the message. Messages whose reader had no learned features yet (the
 * first generated corpus) are left out: the trainer uses today's findings for them. Needs the git history
 * (a full clone); deterministic for a given history. Only the rules' findings are written, never the words:
 * the trainer takes the words from today's reader.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { looksLikeMime, parseEmail, type ReaderInput } from '../src/domain/reader/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV = 'tests/reader-corpus/dev.jsonl';
const OUT = join(root, 'tests/reader-corpus/dev-asof.jsonl');
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

interface DevLine {
  id: string;
  text: string;
  subject?: string;
}
const linesOf = (jsonl: string): DevLine[] => jsonl.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevLine);

if (git('rev-parse', '--is-shallow-repository').trim() === 'true') {
  console.error('reader-asof needs the whole git history (this clone is shallow): run `git fetch --unshallow` first');
  process.exit(2);
}

// the commit that added each text: walk the corpus file's history oldest first
const addedBy = new Map<string, string>();
for (const commit of git('log', '--reverse', '--format=%H', '--', DEV).split('\n').filter(Boolean)) {
  for (const line of linesOf(git('show', `${commit}:${DEV}`))) if (!addedBy.has(line.text)) addedBy.set(line.text, commit);
}

const current = linesOf(readFileSync(join(root, DEV), 'utf8'));
const byParent = new Map<string, DevLine[]>();
for (const line of current) {
  const commit = addedBy.get(line.text);
  if (!commit) continue;
  const parent = git('rev-parse', `${commit}^`).trim();
  const list = byParent.get(parent) ?? [];
  list.push(line);
  byParent.set(parent, list);
}

async function inputOf(line: DevLine): Promise<ReaderInput> {
  if (!looksLikeMime(line.text)) return { text: line.text, subject: line.subject };
  const m = await parseEmail(line.text);
  return { text: m.text, html: m.html, subject: m.subject, from: m.fromName && m.from ? `${m.fromName} <${m.from}>` : (m.from ?? m.fromName) };
}

/** a rule finding, not a word: the trainer takes the words (w:, s:, t:, c:) from today's reader */
const isRuleFeature = (f: string): boolean => !/^[wstc]:/.test(f);

type OldReader = { readerFeatures?: (input: ReaderInput) => string[] | null };
type AsofLine = { id: string; asOf: string; rule: string[]; unread?: true };
const out: AsofLine[] = [];
// --new: the lines already written, kept for a batch whose every message was read as of the same commit
const kept = new Map<string, AsofLine>();
if (process.argv.includes('--new') && existsSync(OUT)) {
  for (const l of readFileSync(OUT, 'utf8').split('\n')) if (l.trim()) kept.set((JSON.parse(l) as AsofLine).id, JSON.parse(l) as AsofLine);
}
const work = mkdtempSync(join(tmpdir(), 'debrief-asof-'));
try {
  for (const [parent, lines] of [...byParent].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = lines.map((l) => kept.get(l.id)).filter((o): o is AsofLine => o?.asOf === parent.slice(0, 12));
    if (kept.size && before.length === lines.length) {
      out.push(...before);
      continue;
    }
    const dir = join(work, parent.slice(0, 12));
    execFileSync('mkdir', ['-p', dir]);
    execFileSync('sh', ['-c', `git archive ${parent} src package.json | tar -x -C "${dir}"`], { cwd: root });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const old = (await import(pathToFileURL(join(dir, 'src/domain/reader/index.ts')).href)) as OldReader;
    if (!old.readerFeatures) {
      console.error(`${parent.slice(0, 8)}: no learned features in that reader, ${lines.length} messages keep today's findings`);
      continue;
    }
    for (const line of lines) {
      const features = old.readerFeatures(await inputOf(line));
      // a message that reader left to its other-language reading had no findings then: it is named, so that the
      // trainer knows to take today's findings for it, and a later reader that reads it in English is not mistaken
      // for a batch nobody read as of the day before
      if (features) out.push({ id: line.id, asOf: parent.slice(0, 12), rule: features.filter(isRuleFeature) });
      else out.push({ id: line.id, asOf: parent.slice(0, 12), rule: [], unread: true });
    }
    console.error(`${parent.slice(0, 8)}: ${lines.length} messages`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
writeFileSync(OUT, out.map((o) => JSON.stringify(o)).join('\n') + '\n');
console.log(`wrote ${OUT}: ${out.length} of ${current.length} development messages read as of the day before they joined`);
