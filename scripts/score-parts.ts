/**
 * Scores every part of the corpus and each hand-written development batch, with the shipped model and with the
 * rules alone, as one summary line each (no individual misses): `npx tsx scripts/score-parts.ts [--model file.json]`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sealedParts } from './corpus-parts.js';
import { evaluate, parseLabelled, readMessage, SHIPPED_MODEL, type Labelled, type Predicted, type ReaderModel } from '../src/domain/reader/index.js';

type Row = NonNullable<ReturnType<typeof parseLabelled>>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const modelArg = args.indexOf('--model');
const model: ReaderModel | null = args.includes('--rules') ? null : modelArg >= 0 ? (JSON.parse(readFileSync(args[modelArg + 1] ?? '', 'utf8')) as ReaderModel) : SHIPPED_MODEL;
const rows = (f: string): Row[] => readFileSync(join(root, 'tests/reader-corpus', f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => parseLabelled(l)).filter((x): x is Row => Boolean(x));
const dev = rows('dev.jsonl');
const SEALED_PARTS = sealedParts();
const groups: [string, Row[]][] = [
  ['dev (all)', dev],
  ['dev-3 (e…)', dev.filter((r) => /^e\d/.test(r.id))],
  ['dev-4', dev.filter((r) => r.id.startsWith('d4-'))],
  ['dev-5', dev.filter((r) => r.id.startsWith('d5-'))],
  ['dev-6', dev.filter((r) => r.id.startsWith('d6-'))],
  ['dev-7', dev.filter((r) => r.id.startsWith('d7-'))],
  ['dev-8', dev.filter((r) => r.id.startsWith('d8-'))],
  ['dev-9', dev.filter((r) => r.id.startsWith('d9-') && Number(r.id.slice(3)) <= 69)],
  ['dev-9b', dev.filter((r) => r.id.startsWith('d9-') && Number(r.id.slice(3)) > 69 && Number(r.id.slice(3)) <= 89)],
  ['dev-9c', dev.filter((r) => r.id.startsWith('d9-') && Number(r.id.slice(3)) > 89)],
  ['dev-10', dev.filter((r) => r.id.startsWith('d10-') && Number(r.id.slice(4)) <= 80)],
  ['dev-10b', dev.filter((r) => r.id.startsWith('d10-') && Number(r.id.slice(4)) > 80)],
  ['dev-11', dev.filter((r) => r.id.startsWith('d11-') && Number(r.id.slice(4)) <= 67)],
  ['dev-11b', dev.filter((r) => r.id.startsWith('d11-') && Number(r.id.slice(4)) > 67)],
  ['dev-12', dev.filter((r) => r.id.startsWith('d12-') && Number(r.id.slice(4)) <= 70)],
  ['dev-12b', dev.filter((r) => r.id.startsWith('d12-') && Number(r.id.slice(4)) > 70)],
  ['dev-13', dev.filter((r) => r.id.startsWith('d13-'))],
  ['dev-14', dev.filter((r) => r.id.startsWith('d14-'))],
  ['dev-15', dev.filter((r) => r.id.startsWith('d15-'))],
  ['dev-16', dev.filter((r) => r.id.startsWith('d16-'))],
  ['dev-17', dev.filter((r) => r.id.startsWith('d17-'))],
  ['dev-18', dev.filter((r) => r.id.startsWith('d18-'))],
  ['dev-19', dev.filter((r) => r.id.startsWith('d19-'))],
  ['dev-20', dev.filter((r) => r.id.startsWith('d20-'))],
  ['dev-21', dev.filter((r) => r.id.startsWith('d21-'))],
  ['dev-22', dev.filter((r) => r.id.startsWith('d22-'))],
  ['dev-23', dev.filter((r) => r.id.startsWith('d23-'))],
  ['dev-24', dev.filter((r) => r.id.startsWith('d24-'))],
  ['dev-25', dev.filter((r) => r.id.startsWith('d25-'))],
  ['dev-26', dev.filter((r) => r.id.startsWith('d26-'))],
  ['dev-27', dev.filter((r) => r.id.startsWith('d27-'))],
  ['dev-29', dev.filter((r) => r.id.startsWith('d29-'))],
  ['dev-28', dev.filter((r) => r.id.startsWith('d28-'))],
  ['dev-30', dev.filter((r) => r.id.startsWith('d30-'))],
  ['dev-31', dev.filter((r) => r.id.startsWith('d31-'))],
  ['dev-32', dev.filter((r) => r.id.startsWith('d32-'))],
  ['dev-33', dev.filter((r) => r.id.startsWith('d33-'))],
  ['dev-34', dev.filter((r) => r.id.startsWith('d34-'))],
  ['dev-35', dev.filter((r) => r.id.startsWith('d35-'))],
  ['dev-36', dev.filter((r) => r.id.startsWith('d36-'))],
  ['dev-37', dev.filter((r) => r.id.startsWith('d37-'))],
  ['dev-38', dev.filter((r) => r.id.startsWith('d38-'))],
  ['dev-39', dev.filter((r) => r.id.startsWith('d39-'))],
  ['dev-40', dev.filter((r) => r.id.startsWith('d40-'))],
  ['dev-41', dev.filter((r) => r.id.startsWith('d41-'))],
  ['dev-42', dev.filter((r) => r.id.startsWith('d42-'))],
  ['dev-43', dev.filter((r) => r.id.startsWith('d43-'))],
  ['dev-44', dev.filter((r) => r.id.startsWith('d44-'))],
  ['dev-45', dev.filter((r) => r.id.startsWith('d45-'))],
  ['dev-46', dev.filter((r) => r.id.startsWith('d46-'))],
  ['dev-49', dev.filter((r) => r.id.startsWith('d49-'))],
  ['dev-50', dev.filter((r) => r.id.startsWith('d50-'))],
  ['dev-51', dev.filter((r) => r.id.startsWith('d51-'))],
  ['dev-52', dev.filter((r) => r.id.startsWith('d52-'))],
  ['dev-53', dev.filter((r) => r.id.startsWith('d53-'))],
  ['dev-54', dev.filter((r) => r.id.startsWith('d54-'))],
  ['dev-55', dev.filter((r) => r.id.startsWith('d55-'))],
  ['dev-56', dev.filter((r) => r.id.startsWith('d56-'))],
  ['dev-57', dev.filter((r) => r.id.startsWith('d57-'))],
  ['dev-58', dev.filter((r) => r.id.startsWith('d58-'))],
  ['dev-59', dev.filter((r) => r.id.startsWith('d59-'))],
  ['dev-60', dev.filter((r) => r.id.startsWith('d60-'))],
  ['dev-61', dev.filter((r) => r.id.startsWith('d61-'))],
  ['dev-62', dev.filter((r) => r.id.startsWith('d62-'))],
  ['dev-63', dev.filter((r) => r.id.startsWith('d63-'))],
  ['dev-64', dev.filter((r) => r.id.startsWith('d64-'))],
  ['dev-65', dev.filter((r) => r.id.startsWith('d65-'))],
  ['dev-66', dev.filter((r) => r.id.startsWith('d66-'))],
  ['dev-67', dev.filter((r) => r.id.startsWith('d67-'))],
  ['dev-68', dev.filter((r) => r.id.startsWith('d68-'))],
  ['dev-69', dev.filter((r) => r.id.startsWith('d69-'))],
  ['dev-70', dev.filter((r) => r.id.startsWith('d70-'))],
  ['dev-71', dev.filter((r) => r.id.startsWith('d71-'))],
  ['dev-72', dev.filter((r) => r.id.startsWith('d72-'))],
  ['dev-73', dev.filter((r) => r.id.startsWith('d73-'))],
  ['dev-74', dev.filter((r) => r.id.startsWith('d74-'))],
  ['dev-75', dev.filter((r) => r.id.startsWith('d75-'))],
  ['dev-76', dev.filter((r) => r.id.startsWith('d76-'))],
  ['dev-77', dev.filter((r) => r.id.startsWith('d77-'))],
  ['dev-78', dev.filter((r) => r.id.startsWith('d78-'))],
  ['dev-79', dev.filter((r) => r.id.startsWith('d79-'))],
  ['dev-80', dev.filter((r) => r.id.startsWith('d80-'))],
  ['dev-81', dev.filter((r) => r.id.startsWith('d81-'))],
  ['dev-82', dev.filter((r) => r.id.startsWith('d82-'))],
  ['dev-83', dev.filter((r) => r.id.startsWith('d83-'))],
  ['dev-84', dev.filter((r) => r.id.startsWith('d84-'))],
  ['dev-85', dev.filter((r) => r.id.startsWith('d85-'))],
  ['dev-86', dev.filter((r) => r.id.startsWith('d86-'))],
  ['dev-87', dev.filter((r) => r.id.startsWith('d87-'))],
  ['dev-88', dev.filter((r) => r.id.startsWith('d88-'))],
  ['dev-89', dev.filter((r) => r.id.startsWith('d89-'))],
  ['dev-90', dev.filter((r) => r.id.startsWith('d90-'))],
  ['dev-91', dev.filter((r) => r.id.startsWith('d91-'))],
  ['dev-92', dev.filter((r) => r.id.startsWith('d92-'))],
  ['dev-93', dev.filter((r) => r.id.startsWith('d93-'))],
  ['dev-94', dev.filter((r) => r.id.startsWith('d94-'))],
  ['dev-95', dev.filter((r) => r.id.startsWith('d95-'))],
  ['dev-96', dev.filter((r) => r.id.startsWith('d96-'))],
  ['dev-97', dev.filter((r) => r.id.startsWith('d97-'))],
  ['dev-98', dev.filter((r) => r.id.startsWith('d98-'))],
  ['dev-99', dev.filter((r) => r.id.startsWith('d99-'))],
  ['dev-100', dev.filter((r) => r.id.startsWith('d100-'))],
  ['dev-101', dev.filter((r) => r.id.startsWith('d101-'))],
  ['dev-102', dev.filter((r) => r.id.startsWith('d102-'))],
  ['dev-103', dev.filter((r) => r.id.startsWith('d103-'))],
  ['dev-104', dev.filter((r) => r.id.startsWith('d104-'))],
  ['dev-105', dev.filter((r) => r.id.startsWith('d105-'))],
  ['dev-106', dev.filter((r) => r.id.startsWith('d106-'))],
  ['dev-107', dev.filter((r) => r.id.startsWith('d107-'))],
  ['dev-108', dev.filter((r) => r.id.startsWith('d108-'))],
  ['dev-109', dev.filter((r) => r.id.startsWith('d109-'))],
  ['dev-110', dev.filter((r) => r.id.startsWith('d110-'))],
  ['dev-111', dev.filter((r) => r.id.startsWith('d111-'))],
  ['dev-112', dev.filter((r) => r.id.startsWith('d112-'))],
  ['dev-113', dev.filter((r) => r.id.startsWith('d113-'))],
  ['dev-114', dev.filter((r) => r.id.startsWith('d114-'))],
  ['dev-115', dev.filter((r) => r.id.startsWith('d115-'))],
  ['dev-48', dev.filter((r) => r.id.startsWith('d48-'))],
  ['dev-47', dev.filter((r) => r.id.startsWith('d47-'))],
  // every sealed part, in its number's order (sealed, sealed-2, …, sealed-10, …)
  ...SEALED_PARTS.map((f): [string, Row[]] => [f.replace('.jsonl', ''), rows(f)]),
  // the whole messages written by hand, pooled (every sealed part after the first, composed one)
  ['sealed 2+ pooled', SEALED_PARTS.filter((f) => f !== 'sealed.jsonl').flatMap((f) => rows(f))],
];
const real = '/work/shared/data/rejection-emails/dev.jsonl';
try {
  groups.push(['real', readFileSync(real, 'utf8').split('\n').filter((l) => l.trim()).map((l) => parseLabelled(l)).filter((x): x is Row => Boolean(x))]);
} catch {
  /* not here */
}
const f = (x: number): string => (x * 100).toFixed(1).padStart(6);
console.log('part              n    stage reasF1  exact feedbk offerd   door   rejP   rejR   kind');
for (const [name, list] of groups) {
  if (!list.length) continue;
  const pairs: { expected: Labelled; got: Predicted }[] = list.map((expected) => ({ expected, got: readMessage({ text: expected.text, subject: expected.subject }, model) }));
  const r = evaluate(pairs);
  console.log(`${name.padEnd(15)}${String(r.n).padStart(5)} ${f(r.stageAccuracy)}${f(r.reasonsMicroF1)}${f(r.reasonsExactSet)}${f(r.feedbackAccuracy)}${f(r.feedbackOfferedAccuracy)}${f(r.doorOpenAccuracy)}${f(r.rejectionPrecision)}${f(r.rejectionRecall)}${f(r.kindAccuracy)}`);
}
