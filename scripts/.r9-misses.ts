// prints misses of the d9- development lines only (never sealed), with the reader's evidence
import { readFileSync } from 'node:fs';
import { parseLabelled, readMessage, SHIPPED_MODEL, coarseKind } from '/work/wt/reader9/src/domain/reader/index.js';
const prefix = process.argv[2] ?? 'd9-';
const rules = process.argv.includes('--rules');
const rows = readFileSync('/work/wt/reader9/tests/reader-corpus/dev.jsonl', 'utf8').split('\n').filter((l) => l.includes(`"id":"${prefix}`)).map((l) => parseLabelled(l)!);
for (const e of rows) {
  const g = readMessage({ text: e.text, subject: e.subject }, rules ? null : SHIPPED_MODEL);
  const diffs: string[] = [];
  if (coarseKind(e.kind) !== coarseKind(g.kind)) diffs.push(`kind ${e.kind}→${g.kind}`);
  const rejLike = e.kind === 'rejection' || e.kind === 'on_hold';
  if (rejLike && e.stage !== g.stage) diffs.push(`stage ${e.stage}→${g.stage}`);
  if (rejLike && [...e.reasons].sort().join() !== [...g.reasons].sort().join()) diffs.push(`reasons ${e.reasons}→${g.reasons}`);
  for (const k of ['feedback', 'feedbackOffered', 'doorOpen'] as const) if (e[k] !== g[k]) diffs.push(`${k} ${e[k]}→${g[k]}`);
  if (!diffs.length) continue;
  console.log(`\n=== ${e.id}  ${diffs.join(' | ')}`);
  if (process.argv.includes('--text')) console.log(e.text);
  for (const ev of g.evidence) console.log(`   ev ${ev.label}=${ev.value} (${ev.confidence.toFixed(2)}): ${ev.sentences.join(' ‖ ').slice(0, 200)}`);
}
