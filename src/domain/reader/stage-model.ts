/**
 * A learned stage, beside the rules: a regularised multinomial logistic regression over the rules' own stage
 * evidence and the words of the sentences that speak of a step (an interview, a call, a test, the application).
 * Trained by scripts/train-reader-stage.ts on the development corpus only. It is asked only where the rules'
 * stage evidence is weak — no cue at all, or only an unspecified talk ("speaking with you", "our conversation")
 * that may be a screen or an interview — and it must beat the rules' stage by a margin. The rules' evidence
 * sentences are kept, so the explanation still points at the text the decision rests on.
 * Pure and synchronous.
 */
import type { Classification, RuleSignals } from './classify.js';
import { READER_STAGES, type ReaderStage, type Sentence } from './types.js';

export interface StageModel {
  version: 1;
  /** the classes, in the order of every weight vector */
  classes: ReaderStage[];
  bias: number[];
  /** feature → one weight per class */
  weights: Record<string, number[]>;
}

/** words that name or hint at a step of the process: only sentences with one of them give word features */
const STEP_WORD = /\b(?:interview\w*|conversations?|chat\w*|call\w*|speak\w*|spoke|spoken|talk\w*|met|meet\w*|panel|assess\w*|tests?|tested|exercise|tasks?|take-?home|challenge|case stud\w*|presentation|final|shortlist\w*|screen\w*|applications?|applied|cv|resume|round|stages?|references?|process|time|team|discussion|visit\w*|onsite|on-site|trial|selection|submission|submitted|consider\w*|review\w*)\b/;

const TOKEN = /[a-z]+(?:'[a-z]+)?|\d+/g;

/** How the rules' stage is weighed: which weak evidence lets the model answer, and by what margin. */
export const STAGE_POLICY = {
  /** the model must give its stage this much more probability than the rules' stage */
  margin: 0.2,
  /** ask the model when the rules found no cue at all (application by default) */
  silent: true,
  /** ask the model when the rules' stage rests only on an unspecified talk or a team */
  talk: true,
  /** …and only to move an application the rules could not place (a talk or a team cue that named no step) */
  fromApplicationOnly: false,
};

/** Where the rules' evidence is weak: 'silent' (no cue), 'talk' (only a talk / team cue), or null (a cue that names the step). */
export function weakStage(signals: RuleSignals): 'silent' | 'talk' | null {
  const strong = (cue: string): boolean => (signals.stages.get(cue as never)?.score ?? 0) >= 1;
  if (['screen', 'assessment', 'interview', 'final', 'reference'].some(strong)) return null;
  if (strong('talk') || strong('team')) return 'talk';
  return 'silent';
}

/** The features of one message for the stage model. */
export function stageFeatures(sentences: readonly Sentence[], signals: RuleSignals, rules: Classification): string[] {
  const out = new Set<string>(['bias', `rs:${rules.stage ?? 'none'}`, `weak:${weakStage(signals) ?? 'no'}`]);
  for (const [cue, s] of signals.stages) {
    if (s.score >= 1) out.add(`rc:${cue}`);
    else if (s.score > 0) out.add(`rw:${cue}`);
  }
  let steps = 0;
  for (const s of sentences) {
    if (s.footer || !STEP_WORD.test(s.norm)) continue;
    steps++;
    const words = (s.norm.match(TOKEN) ?? []).map((w) => (w.charCodeAt(0) <= 57 ? '#' : w));
    const prefix = s.subject ? 's:' : 'w:';
    for (let i = 0; i < words.length; i++) {
      out.add(prefix + words[i]);
      if (i + 1 < words.length) out.add(`${prefix}${words[i]}_${words[i + 1]}`);
    }
  }
  if (!steps) out.add('nostep');
  return [...out];
}

const INDEX = new WeakMap<StageModel, Map<string, number[]>>();
function weightsOf(model: StageModel): Map<string, number[]> {
  let index = INDEX.get(model);
  if (!index) {
    index = new Map(Object.entries(model.weights));
    INDEX.set(model, index);
  }
  return index;
}

/** Probabilities per class (softmax). */
export function stageProbabilities(model: StageModel, features: readonly string[]): Map<ReaderStage, number> {
  const z = [...model.bias];
  const weights = weightsOf(model);
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + (w[k] ?? 0);
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0) || 1;
  return new Map(model.classes.map((c, k) => [c, (e[k] ?? 0) / sum]));
}

/** The rules' (or the combined) classification with the stage the model gives where the rules' evidence is weak. */
export function applyStageModel(model: StageModel, sentences: readonly Sentence[], signals: RuleSignals, rules: Classification, c: Classification): Classification {
  if (!c.stage || (c.kind !== 'rejection' && c.kind !== 'on_hold')) return c;
  const weak = weakStage(signals);
  if (!weak || (weak === 'silent' && !STAGE_POLICY.silent) || (weak === 'talk' && !STAGE_POLICY.talk)) return c;
  if (STAGE_POLICY.fromApplicationOnly && c.stage !== 'application') return c;
  const p = stageProbabilities(model, stageFeatures(sentences, signals, rules));
  let best: ReaderStage = c.stage;
  for (const s of READER_STAGES) if ((p.get(s) ?? 0) > (p.get(best) ?? 0)) best = s;
  if (best === c.stage || (p.get(best) ?? 0) - (p.get(c.stage) ?? 0) < STAGE_POLICY.margin) return c;
  const evidence = c.evidence.map((e) => (e.label === 'stage' ? { ...e, value: best, confidence: Math.round((p.get(best) ?? 0) * 100) / 100 } : e));
  return { ...c, stage: best, evidence };
}
