#!/bin/sh
# Reads the development part with the reader of an earlier commit (whose rules had not seen the later batches) and
# dumps, per message, the stage features of stage-model.ts, how weak the old rules' stage evidence was, and the old
# reader's stage: the input of `npx tsx scripts/train-reader-stage.ts --prospective /tmp/stagedump-<commit>.jsonl test=dev-N`.
# Usage: sh scripts/reader-stage-asof.sh <commit>     (used: 0425339 for dev-6, fe8db8f for dev-7, 1175e28 for dev-8)
set -e
c=$1; d=/tmp/stageold-$c; here=$(pwd)
rm -rf "$d"; mkdir -p "$d"
git archive "$c" src/domain tsconfig.json package.json | tar -x -C "$d"
ln -s "$here/node_modules" "$d/node_modules"
cp src/domain/reader/stage-model.ts "$d/src/domain/reader/"
cat >> "$d/src/domain/reader/read-message.ts" <<'EOF'

import { stageFeatures as stageFeaturesX, weakStage as weakStageX } from './stage-model.js';
export function readerStageDump(input: ReaderInput): { features: string[]; weak: string | null; rulesStage: string | null } | null {
  const { language, sentences } = prepare(input);
  if (language !== 'en' && language !== 'unknown') return null;
  const { result, signals } = classifyByRules(sentences);
  return { features: stageFeaturesX(sentences, signals, result), weak: weakStageX(signals), rulesStage: result.stage };
}
EOF
cat > "$d/dump.ts" <<EOF
import { readFileSync, writeFileSync } from 'node:fs';
import { parseLabelled, readMessage, parseEmail, looksLikeMime } from './src/domain/reader/index.js';
import { readerStageDump } from './src/domain/reader/read-message.js';
const out: string[] = [];
for (const line of readFileSync('$here/tests/reader-corpus/dev.jsonl', 'utf8').split('\n')) {
  const r = line.trim() ? parseLabelled(line) : null; if (!r) continue;
  let input: any = { text: r.text, subject: r.subject };
  if (looksLikeMime(r.text)) { const m = await parseEmail(r.text); input = { text: m.text, html: m.html, subject: m.subject }; }
  const d = readerStageDump(input);
  out.push(JSON.stringify({ id: r.id, kind: r.kind, stage: r.stage, oldStage: readMessage(input).stage, features: d?.features ?? null, weak: d?.weak ?? null, rulesStage: d?.rulesStage ?? null }));
}
writeFileSync(process.argv[2]!, out.join('\n') + '\n');
EOF
(cd "$d" && npx tsx dump.ts "/tmp/stagedump-$c.jsonl")
