/**
 * Trains the reader's learned stage (src/domain/reader/stage-model.ts) on the development corpus only
 * (tests/reader-corpus/dev.jsonl and the team's own examples, never a sealed part):
 *   npx tsx scripts/train-reader-stage.ts --cv        leave one development batch out at a time; prints the stage
 *                                                     accuracy of the rules and of rules + stage model per batch
 *                                                     for a grid of settings
 *   npx tsx scripts/train-reader-stage.ts --out f.json [l2=…]   train on everything, write the weights
 * Multinomial logistic regression, L2, AdaGrad; deterministic (fixed seed and order, no clock).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageProbabilities } from '../src/domain/reader/stage-model.js';
import { evaluate, looksLikeMime, parseEmail, parseLabelled, READER_STAGES, readerStageFeatures, readMessage, SHIPPED_MODEL, STAGE_POLICY, type Labelled, type ReaderInput, type ReaderStage, type StageModel } from '../src/domain/reader/index.js';
import { EXAMPLES } from '../src/domain/reader/examples.fixture.js';
import { EXAMPLES_BLIND_1 } from '../src/domain/reader/examples-blind-1.fixture.js';
import { EXAMPLES_BLIND_2 } from '../src/domain/reader/examples-blind-2.fixture.js';
import { EXAMPLES_BLIND_3 } from '../src/domain/reader/examples-blind-3.fixture.js';
import { EXAMPLES_BLIND_4 } from '../src/domain/reader/examples-blind-4.fixture.js';
import { EXAMPLES_BLIND_5 } from '../src/domain/reader/examples-blind-5.fixture.js';
import { EXAMPLES_BLIND_6 } from '../src/domain/reader/examples-blind-6.fixture.js';
import { EXAMPLES_BLIND_7 } from '../src/domain/reader/examples-blind-7.fixture.js';
import { EXAMPLES_BLIND_8 } from '../src/domain/reader/examples-blind-8.fixture.js';
import { EXAMPLES_BLIND_9 } from '../src/domain/reader/examples-blind-9.fixture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv.includes('--from-application')) STAGE_POLICY.fromApplicationOnly = true;
const SETTINGS = { seed: 20261204, epochs: 20, rate: 0.2, l2: 0.003, minCount: 2, digits: 2, onlyWeak: 0 };
for (const a of process.argv.slice(2)) {
  const m = /^(\w+)=([\d.e-]+)$/.exec(a);
  if (m && m[1] && m[1] in SETTINGS) Reflect.set(SETTINGS, m[1], Number(m[2]));
}

interface Row {
  labelled: Labelled;
  input: ReaderInput;
  batch: string;
  features: string[] | null;
  weak: 'silent' | 'talk' | null;
}

async function inputOf(text: string, subject?: string, from?: string): Promise<ReaderInput> {
  if (!looksLikeMime(text)) return { text, subject, from };
  const m = await parseEmail(text);
  return { text: m.text, html: m.html, subject: m.subject, from: m.fromName && m.from ? `${m.fromName} <${m.from}>` : m.from ?? m.fromName };
}

function batchOf(id: string): string {
  if (id.startsWith('ga')) return 'composed-a';
  if (id.startsWith('gb')) return 'composed-b';
  const d = /^d(\d)-/.exec(id);
  if (d) return `dev-${d[1]}`;
  if (/^e\d/.test(id)) return 'dev-3';
  return 'handwritten';
}

async function loadRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const line of readFileSync(join(root, 'tests/reader-corpus/dev.jsonl'), 'utf8').split('\n')) {
    const r = line.trim() ? parseLabelled(line) : null;
    if (r) rows.push({ labelled: r, input: await inputOf(r.text, r.subject), batch: batchOf(r.id), features: null, weak: null });
  }
  const fixtures = [EXAMPLES, EXAMPLES_BLIND_1, EXAMPLES_BLIND_2, EXAMPLES_BLIND_3, EXAMPLES_BLIND_4, EXAMPLES_BLIND_5, EXAMPLES_BLIND_6, EXAMPLES_BLIND_7, EXAMPLES_BLIND_8, EXAMPLES_BLIND_9].flat();
  for (const e of fixtures) rows.push({ labelled: { ...e }, input: await inputOf(e.text, e.subject, e.from), batch: 'fixtures', features: null, weak: null });
  for (const row of rows) {
    const f = readerStageFeatures(row.input);
    row.features = f?.features ?? null;
    row.weak = f?.weak ?? null;
  }
  return rows;
}

/** mulberry32: a small seeded generator, so the order of training is the same every run */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function train(rows: readonly Row[]): StageModel {
  const classes = [...READER_STAGES] as ReaderStage[];
  const K = classes.length;
  const examples = rows.filter((r) => r.features && r.labelled.stage && (r.labelled.kind === 'rejection' || r.labelled.kind === 'on_hold') && (!SETTINGS.onlyWeak || r.weak));
  const counts = new Map<string, number>();
  for (const r of examples) for (const f of r.features ?? []) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = new Map<string, number>();
  for (const [f, n] of counts) if (n >= SETTINGS.minCount) kept.set(f, kept.size);
  const W = new Float64Array(kept.size * K);
  const G = new Float64Array(kept.size * K).fill(1e-8);
  const b = new Float64Array(K);
  const gb = new Float64Array(K).fill(1e-8);
  const data = examples.map((r) => ({ x: (r.features ?? []).map((f) => kept.get(f)).filter((i): i is number => i !== undefined), y: classes.indexOf(r.labelled.stage as ReaderStage) }));
  const rand = random(SETTINGS.seed);
  const order = data.map((_, i) => i);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < SETTINGS.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const { x, y } = data[idx] as { x: number[]; y: number };
      for (let k = 0; k < K; k++) {
        let s = b[k] as number;
        for (const f of x) s += W[f * K + k] as number;
        z[k] = s;
      }
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += Math.exp((z[k] as number) - max);
      for (let k = 0; k < K; k++) {
        const g = Math.exp((z[k] as number) - max) / sum - (k === y ? 1 : 0);
        gb[k] = (gb[k] as number) + g * g;
        b[k] = (b[k] as number) - (SETTINGS.rate * g) / Math.sqrt(gb[k] as number);
        for (const f of x) {
          const at = f * K + k;
          const gw = g + SETTINGS.l2 * (W[at] as number);
          G[at] = (G[at] as number) + gw * gw;
          W[at] = (W[at] as number) - (SETTINGS.rate * gw) / Math.sqrt(G[at] as number);
        }
      }
    }
  }
  const round = (v: number): number => Math.round(v * 10 ** SETTINGS.digits) / 10 ** SETTINGS.digits;
  const weights: Record<string, number[]> = {};
  for (const [f, i] of [...kept].sort((a, c) => (a[0] < c[0] ? -1 : 1))) {
    const w = Array.from({ length: K }, (_, k) => round(W[i * K + k] as number));
    if (w.some((v) => Math.abs(v) >= 0.02)) weights[f] = w;
  }
  return { version: 1, classes, bias: Array.from(b, round), weights };
}

function stageScore(rows: readonly Row[], stageModel: StageModel | null): { ok: number; n: number } {
  const r = evaluate(rows.map((row) => ({ expected: row.labelled, got: readMessage(row.input, SHIPPED_MODEL, stageModel) })));
  return { ok: Math.round(r.stageAccuracy * r.stageN), n: r.stageN };
}

const args = process.argv.slice(2);
const prospective = args.indexOf('--prospective');
if (prospective >= 0) {
  // A test as of an earlier round: a dump of the development part read by the reader of an earlier commit (its
  // rules had not seen batch N), with the stage model trained on the batches written before N and tested on N.
  const test = args.find((a) => a.startsWith('test='))?.slice(5) ?? 'dev-8';
  const n = Number(test.slice(4));
  interface Dumped { id: string; kind: string; stage: ReaderStage | null; oldStage: ReaderStage | null; features: string[] | null; weak: 'silent' | 'talk' | null; rulesStage: ReaderStage | null }
  const dumped = readFileSync(args[prospective + 1] ?? '', 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Dumped);
  const asRow = (d: Dumped): Row => ({ labelled: { id: d.id, kind: d.kind, stage: d.stage, reasons: [], feedback: false, feedbackOffered: false, doorOpen: false } as unknown as Labelled, input: { text: '' }, batch: batchOf(d.id), features: d.features, weak: d.weak });
  const earlier = (b: string): boolean => !/^dev-\d/.test(b) || Number(b.slice(4)) < n;
  const trainRows = dumped.map(asRow).filter((r) => earlier(r.batch));
  const tested = dumped.filter((d) => batchOf(d.id) === test && (d.kind === 'rejection' || d.kind === 'on_hold'));
  const model = train(trainRows);
  const stageOf = (d: Dumped, margin: number, silent: boolean, talk: boolean): ReaderStage | null => {
    if (STAGE_POLICY.fromApplicationOnly && d.oldStage !== 'application') return d.oldStage;
    if (!d.features || !d.oldStage || d.oldStage !== d.rulesStage || !d.weak || (d.weak === 'silent' && !silent) || (d.weak === 'talk' && !talk)) return d.oldStage;
    const p = stageProbabilities(model, d.features);
    let best: ReaderStage = d.oldStage;
    for (const s of READER_STAGES) if ((p.get(s) ?? 0) > (p.get(best) ?? 0)) best = s;
    return (p.get(best) ?? 0) - (p.get(d.oldStage) ?? 0) >= margin ? best : d.oldStage;
  };
  const margins = (args.find((a) => a.startsWith('margins='))?.slice(8) ?? '0,0.2,0.4').split(',').map(Number);
  const ok = (f: (d: Dumped) => ReaderStage | null): string => `${tested.filter((d) => f(d) === d.stage).length}/${tested.length}`;
  console.log(`${test} (train ${trainRows.length} rows) l2=${SETTINGS.l2} onlyWeak=${SETTINGS.onlyWeak}: old rules ${ok((d) => d.oldStage)}; weak: silent ${tested.filter((d) => d.weak === 'silent').length}, talk ${tested.filter((d) => d.weak === 'talk').length}`);
  for (const [gate, silent, talk] of [['silent+talk', true, true], ['talk only', false, true], ['silent only', true, false]] as const) {
    console.log(`  ${gate.padEnd(12)} ${margins.map((m) => `m=${m} ${ok((d) => stageOf(d, m, silent, talk))}`).join('  ')}`);
  }
  if (args.includes('--show')) for (const d of tested) { const g = stageOf(d, 0.2, true, true); if (g !== d.oldStage) console.log(`    ${d.id} label=${d.stage} old=${d.oldStage} model=${g} weak=${d.weak}`); }
  process.exit(0);
}
const rows = await loadRows();
if (args.includes('--cv')) {
  const batches = [...new Set(rows.map((r) => r.batch))];
  const declined = rows.filter((r) => r.labelled.kind === 'rejection' || r.labelled.kind === 'on_hold');
  console.log(`rows ${rows.length}, declined ${declined.length}, weak: silent ${declined.filter((r) => r.weak === 'silent').length}, talk ${declined.filter((r) => r.weak === 'talk').length}`);
  const gates: [string, boolean, boolean][] = [
    ['silent+talk', true, true],
    ['talk only', false, true],
    ['silent only', true, false],
  ];
  const margins = (args.find((a) => a.startsWith('margins='))?.slice(8) ?? '0,0.2,0.4').split(',').map(Number);
  const rulesTotal = { ok: 0, n: 0 };
  const perBatchRules = new Map<string, { ok: number; n: number }>();
  for (const batch of batches) {
    const s = stageScore(rows.filter((r) => r.batch === batch), null);
    perBatchRules.set(batch, s);
    rulesTotal.ok += s.ok;
    rulesTotal.n += s.n;
  }
  const models = new Map(batches.map((batch) => [batch, train(rows.filter((r) => r.batch !== batch))]));
  const line = (name: string, per: Map<string, { ok: number; n: number }>): string =>
    `${name.padEnd(26)} ${batches.map((b) => { const s = per.get(b); return s ? `${s.ok}/${s.n}` : '-'; }).map((x) => x.padStart(9)).join('')}  all ${[...per.values()].reduce((a, s) => a + s.ok, 0)}/${[...per.values()].reduce((a, s) => a + s.n, 0)}`;
  console.log(`l2=${SETTINGS.l2} onlyWeak=${SETTINGS.onlyWeak}`);
  console.log(`${''.padEnd(26)} ${batches.map((b) => b.padStart(9)).join('')}`);
  console.log(line('rules (+ shipped model)', perBatchRules));
  for (const [gate, silent, talk] of gates) {
    for (const margin of margins) {
      STAGE_POLICY.silent = silent;
      STAGE_POLICY.talk = talk;
      STAGE_POLICY.margin = margin;
      const per = new Map<string, { ok: number; n: number }>();
      for (const batch of batches) per.set(batch, stageScore(rows.filter((r) => r.batch === batch), models.get(batch) ?? null));
      console.log(line(`${gate} m=${margin}`, per));
    }
  }
}
if (args.includes('--show')) {
  // the development messages whose stage the held-out model changes (development only: never a sealed part)
  STAGE_POLICY.margin = Number(args.find((a) => a.startsWith('margin='))?.slice(7) ?? STAGE_POLICY.margin);
  for (const batch of [...new Set(rows.map((r) => r.batch))]) {
    const model = train(rows.filter((r) => r.batch !== batch));
    for (const row of rows.filter((r) => r.batch === batch)) {
      const a = readMessage(row.input, SHIPPED_MODEL, null).stage;
      const b = readMessage(row.input, SHIPPED_MODEL, model).stage;
      if (a !== b) console.log(`${batch} ${row.labelled.id} label=${row.labelled.stage} rules=${a} model=${b} weak=${row.weak}`);
    }
  }
}
const outArg = args.indexOf('--out');
if (outArg >= 0) {
  const model = train(rows);
  writeFileSync(args[outArg + 1] ?? 'stage-model.json', `${JSON.stringify(model)}\n`);
  console.log(`wrote ${Object.keys(model.weights).length} features`);
}
