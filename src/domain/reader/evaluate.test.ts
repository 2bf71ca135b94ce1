import { describe, expect, it } from 'vitest';
import { coarseKind, evaluate, parseLabelled, type Labelled, type Predicted } from './evaluate.js';

const label = (id: string, over: Partial<Labelled> = {}): Labelled => ({ id, kind: 'rejection', stage: 'application', reasons: ['generic'], feedback: false, feedbackOffered: false, doorOpen: false, ...over });
const pred = (over: Partial<Predicted> = {}): Predicted => ({ kind: 'rejection', stage: 'application', reasons: ['generic'], feedback: false, feedbackOffered: false, doorOpen: false, ...over });

describe('evaluate', () => {
  it('maps the reader’s extra kinds to other', () => {
    expect(coarseKind('interview_invite')).toBe('other');
    expect(coarseKind('on_hold')).toBe('on_hold');
  });

  it('computes accuracies, per-reason and micro F1, exact sets and the stage confusion', () => {
    const r = evaluate([
      { expected: label('a'), got: pred() },
      { expected: label('b', { reasons: ['profile_mismatch', 'location'], stage: 'interview' }), got: pred({ reasons: ['profile_mismatch'], stage: 'screen' }) },
      { expected: label('c', { kind: 'other', stage: null, reasons: [], doorOpen: true }), got: pred({ kind: 'offer', stage: null, reasons: [] }) },
      { expected: label('d', { reasons: ['position_filled'] }), got: pred({ reasons: ['position_filled', 'role_closed'], feedback: true }) },
    ]);
    expect(r.n).toBe(4);
    expect(r.kindAccuracy).toBe(1);
    expect(r.stageN).toBe(3);
    expect(r.stageAccuracy).toBeCloseTo(2 / 3);
    expect(r.stageConfusion.interview?.screen).toBe(1);
    // tp = generic, profile_mismatch, position_filled = 3; fp = role_closed; fn = location
    expect(r.reasonsMicroF1).toBeCloseTo(0.75);
    expect(r.reasonsExactSet).toBeCloseTo(1 / 3);
    expect(r.reasons.find((x) => x.label === 'role_closed')).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(r.feedbackAccuracy).toBe(0.75);
    expect(r.doorOpenAccuracy).toBe(0.75);
    expect(r.errors.map((e) => `${e.id}:${e.field}`)).toEqual(['b:stage', 'b:reasons', 'c:doorOpen', 'd:reasons', 'd:feedback']);
  });

  it('counts rejection precision and recall over every message (the inbox view)', () => {
    const r = evaluate([
      { expected: label('a'), got: pred() },
      { expected: label('b', { kind: 'other', stage: null, reasons: [] }), got: pred() },
      { expected: label('c'), got: pred({ kind: 'application_received', stage: null, reasons: [] }) },
      { expected: label('d', { kind: 'other', stage: null, reasons: [] }), got: pred({ kind: 'other', stage: null, reasons: [] }) },
      { expected: label('e'), got: pred() },
    ]);
    expect(r.rejectionPrecision).toBeCloseTo(2 / 3);
    expect(r.rejectionRecall).toBeCloseTo(2 / 3);
  });

  it('parses labelled lines and rejects unusable ones', () => {
    expect(parseLabelled('{"id":"x","text":"t","kind":"rejection","stage":"screen","reasons":["generic"],"feedback":true}')).toMatchObject({ id: 'x', stage: 'screen', feedback: true, doorOpen: false });
    expect(parseLabelled('nope')).toBeNull();
    expect(parseLabelled('{"id":"x"}')).toBeNull();
  });
});
