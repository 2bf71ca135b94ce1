/**
 * Metrics for the reader against labelled messages (dev.jsonl format). Pure:
 * the eval script reads files and prints; this module only counts.
 */
import { READER_STAGES, REASONS, type ReaderResult } from './types.js';

export interface Labelled {
  id: string;
  kind: string;
  stage: string | null;
  reasons: string[];
  feedback: boolean;
  feedbackOffered: boolean;
  doorOpen: boolean;
}

export type Predicted = Pick<ReaderResult, 'kind' | 'stage' | 'reasons' | 'feedback' | 'feedbackOffered' | 'doorOpen'>;

export interface PerLabel {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ErrorLine {
  id: string;
  field: string;
  expected: string;
  got: string;
}

export interface Report {
  n: number;
  kindAccuracy: number;
  stageAccuracy: number;
  stageN: number;
  reasons: PerLabel[];
  reasonsMicroF1: number;
  reasonsExactSet: number;
  feedbackAccuracy: number;
  feedbackOfferedAccuracy: number;
  doorOpenAccuracy: number;
  /** inbox view: messages read as rejections that are rejections (precision), and rejections found (recall) */
  rejectionPrecision: number;
  rejectionRecall: number;
  /** confusion[expected][got] */
  stageConfusion: Record<string, Record<string, number>>;
  errors: ErrorLine[];
}

/** LABELS.md knows rejection / on_hold / other: every other kind of the reader counts as other. */
export function coarseKind(kind: string): string {
  return kind === 'rejection' || kind === 'on_hold' ? kind : 'other';
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Compares predictions with labels, pairwise by position. */
export function evaluate(pairs: readonly { expected: Labelled; got: Predicted }[]): Report {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const r of REASONS) counts.set(r, { tp: 0, fp: 0, fn: 0 });
  const stageNames = [...READER_STAGES, 'null'];
  const confusion: Record<string, Record<string, number>> = Object.fromEntries(
    stageNames.map((e) => [e, Object.fromEntries(stageNames.map((g) => [g, 0]))]),
  );
  const errors: ErrorLine[] = [];
  let kindOk = 0;
  let stageOk = 0;
  let stageN = 0;
  let exact = 0;
  let reasonN = 0;
  let fb = 0;
  let fo = 0;
  let door = 0;
  let rejTp = 0;
  let rejFp = 0;
  let rejFn = 0;
  for (const { expected: e, got: g } of pairs) {
    const miss = (field: string, exp: unknown, got: unknown): void => {
      errors.push({ id: e.id, field, expected: JSON.stringify(exp), got: JSON.stringify(got) });
    };
    if (coarseKind(e.kind) === coarseKind(g.kind)) kindOk++;
    else miss('kind', e.kind, g.kind);
    if (e.kind === 'rejection' && g.kind === 'rejection') rejTp++;
    else if (g.kind === 'rejection') rejFp++;
    else if (e.kind === 'rejection') rejFn++;
    if (e.kind === 'rejection' || e.kind === 'on_hold') {
      stageN++;
      const row = confusion[e.stage ?? 'null'];
      const gotStage = g.stage ?? 'null';
      if (row) row[gotStage] = (row[gotStage] ?? 0) + 1;
      if (e.stage === g.stage) stageOk++;
      else miss('stage', e.stage, g.stage);
      reasonN++;
      const want = new Set(e.reasons);
      const have = new Set<string>(g.reasons);
      for (const r of new Set([...want, ...have])) {
        const c = counts.get(r) ?? { tp: 0, fp: 0, fn: 0 };
        if (want.has(r) && have.has(r)) c.tp++;
        else if (have.has(r)) c.fp++;
        else c.fn++;
        counts.set(r, c);
      }
      if (want.size === have.size && [...want].every((r) => have.has(r))) exact++;
      else miss('reasons', [...want].sort(), [...have].sort());
    }
    if (e.feedback === g.feedback) fb++;
    else miss('feedback', e.feedback, g.feedback);
    if (e.feedbackOffered === g.feedbackOffered) fo++;
    else miss('feedbackOffered', e.feedbackOffered, g.feedbackOffered);
    if (e.doorOpen === g.doorOpen) door++;
    else miss('doorOpen', e.doorOpen, g.doorOpen);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const reasons: PerLabel[] = [];
  for (const [label, c] of counts) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    reasons.push({ label, ...c, precision, recall, f1: f1(precision, recall) });
  }
  const n = pairs.length;
  return {
    n,
    kindAccuracy: ratio(kindOk, n),
    stageAccuracy: ratio(stageOk, stageN),
    stageN,
    reasons,
    reasonsMicroF1: f1(ratio(tp, tp + fp), ratio(tp, tp + fn)),
    reasonsExactSet: ratio(exact, reasonN),
    feedbackAccuracy: ratio(fb, n),
    feedbackOfferedAccuracy: ratio(fo, n),
    doorOpenAccuracy: ratio(door, n),
    rejectionPrecision: ratio(rejTp, rejTp + rejFp),
    rejectionRecall: ratio(rejTp, rejTp + rejFn),
    stageConfusion: confusion,
    errors,
  };
}

/** Reads one labelled JSON line; returns null when it lacks the fields. */
export function parseLabelled(line: string): (Labelled & { text: string; subject?: string }) | null {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const src: object = v;
  const o = {
    id: Reflect.get(src, 'id'),
    text: Reflect.get(src, 'text'),
    subject: Reflect.get(src, 'subject'),
    kind: Reflect.get(src, 'kind'),
    stage: Reflect.get(src, 'stage'),
    reasons: Reflect.get(src, 'reasons'),
    feedback: Reflect.get(src, 'feedback'),
    feedbackOffered: Reflect.get(src, 'feedbackOffered'),
    doorOpen: Reflect.get(src, 'doorOpen'),
  };
  if (typeof o.text !== 'string' || typeof o.kind !== 'string') return null;
  return {
    id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : '?',
    text: o.text,
    subject: typeof o.subject === 'string' ? o.subject : undefined,
    kind: o.kind,
    stage: typeof o.stage === 'string' ? o.stage : null,
    reasons: Array.isArray(o.reasons) ? o.reasons.filter((r): r is string => typeof r === 'string') : [],
    feedback: o.feedback === true,
    feedbackOffered: o.feedbackOffered === true,
    doorOpen: o.doorOpen === true,
  };
}
