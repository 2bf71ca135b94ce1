/**
 * Evaluates the reader on labelled JSON lines (dev.jsonl format):
 *   npm run eval -- <file.jsonl> [more.jsonl ...] [--errors]
 *   npm run eval -- --all     every part of the corpus (dev, then each sealed part found in tests/reader-corpus) and, when
 *                             it is there, the real messages in ../shared/data/rejection-emails/dev.jsonl
 * Prints kind/stage/flag accuracy, per-reason precision/recall/F1, reasons micro-F1 and exact-set
 * accuracy, and the stage confusion table of each file; with several files, a summary table last.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sealedParts } from './corpus-parts.js';
import { evaluate, parseLabelled, readText, type Labelled, type Predicted } from '../src/domain/reader/index.js';

const args = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'tests/reader-corpus');
/** dev, then every sealed part in its number's order (sealed, sealed-2, …, sealed-10, …), as many as there are */
const PARTS = ['dev.jsonl', ...sealedParts()].map((f) => join(corpus, f));
const REAL = [join(root, '../shared/data/rejection-emails/dev.jsonl'), '/work/shared/data/rejection-emails/dev.jsonl'].find((f) => existsSync(f));
const files = args.includes('--all') ? [...PARTS, ...(REAL ? [REAL] : [])] : args.filter((a) => !a.startsWith('--'));
const showErrors = args.includes('--errors');
if (!files.length) {
  console.error('Usage: npm run eval -- <file.jsonl> [more.jsonl ...] [--errors]   or   npm run eval -- --all\nEach line: {"id","text","kind","stage","reasons","feedback","feedbackOffered","doorOpen"}');
  process.exit(2);
}
const pct = (x: number): string => (x * 100).toFixed(1).padStart(6) + '%';
const summary: { file: string; r: ReturnType<typeof evaluate> }[] = [];

for (const file of files) {
  if (files.length > 1) console.log(`\n══ ${file}`);
  summary.push({ file, r: await score(file) });
}
if (files.length > 1) {
  console.log('\npart                  n  stage  reasF1  exact  feedbk  offerd  door   rejP   rejR');
  for (const { file, r } of summary) {
    const name = file.includes('shared') ? 'real dev (shared)' : (file.split('/').pop() ?? file);
    const f = (x: number): string => (x * 100).toFixed(1).padStart(6);
    console.log(`${name.padEnd(18)}${String(r.n).padStart(5)} ${f(r.stageAccuracy)}${f(r.reasonsMicroF1)}${f(r.reasonsExactSet)}${f(r.feedbackAccuracy)}${f(r.feedbackOfferedAccuracy)}${f(r.doorOpenAccuracy)}${f(r.rejectionPrecision)}${f(r.rejectionRecall)}`);
  }
}

async function score(file: string): Promise<ReturnType<typeof evaluate>> {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const pairs: { expected: Labelled; got: Predicted }[] = [];
  let skipped = 0;
  const started = performance.now();
  for (const line of lines) {
    const row = parseLabelled(line);
    if (!row) {
      skipped++;
      continue;
    }
    pairs.push({ expected: row, got: await readText(row.text, row.subject) });
  }
  const ms = performance.now() - started;
  const r = evaluate(pairs);
  console.log(`messages: ${r.n}${skipped ? ` (skipped ${skipped} unreadable lines)` : ''}  (${ms.toFixed(0)} ms)`);
  console.log(`kind accuracy            ${pct(r.kindAccuracy)}   (non-rejection kinds counted as "other")`);
  console.log(`stage accuracy           ${pct(r.stageAccuracy)}   (over ${r.stageN} rejection/on_hold lines)`);
  console.log(`reasons micro-F1         ${pct(r.reasonsMicroF1)}`);
  console.log(`reasons exact-set        ${pct(r.reasonsExactSet)}`);
  console.log(`feedback accuracy        ${pct(r.feedbackAccuracy)}`);
  console.log(`feedbackOffered accuracy ${pct(r.feedbackOfferedAccuracy)}`);
  console.log(`doorOpen accuracy        ${pct(r.doorOpenAccuracy)}`);
  console.log(`rejection precision      ${pct(r.rejectionPrecision)}   recall ${pct(r.rejectionRecall)}`);
  console.log('\nreason               tp   fp   fn  precision  recall      F1');
  for (const x of r.reasons) {
    if (x.tp + x.fp + x.fn === 0) continue;
    console.log(`${x.label.padEnd(19)} ${String(x.tp).padStart(4)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)}  ${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1)}`);
  }
  const stages = Object.keys(r.stageConfusion);
  console.log('\nstage confusion (rows = expected, columns = got)');
  console.log(''.padEnd(12) + stages.map((s) => s.slice(0, 10).padStart(11)).join(''));
  for (const e of stages) {
    const row = r.stageConfusion[e] ?? {};
    if (Object.values(row).every((v) => v === 0)) continue;
    console.log(e.padEnd(12) + stages.map((g) => String(row[g] ?? 0).padStart(11)).join(''));
  }
  if (showErrors) {
    console.log(`\nerrors (${r.errors.length})`);
    for (const e of r.errors) console.log(`${e.id.padEnd(8)} ${e.field.padEnd(16)} expected ${e.expected}  got ${e.got}`);
  }
  return r;
}
