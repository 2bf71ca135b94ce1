import { describe, expect, it } from 'vitest';
import { correctionsOf, suggestionsFor, type MessageDraft } from './message-draft';

const draft = (over: Partial<MessageDraft> = {}): MessageDraft => ({
  message: 'x',
  channel: 'email',
  stageReached: 'interview',
  reasons: [{ reason: 'internal_candidate', control: 'outside' }],
  feedbackOffered: false,
  doorOpen: false,
  note: '',
  readerLabels: {
    stage: 'interview',
    reasons: ['internal_candidate'],
    feedback: false,
    feedbackOffered: false,
    doorOpen: false,
    company: null,
    role: null,
    contactName: null,
    contactEmail: null,
    evidence: [],
  },
  caution: null,
  ...over,
});

describe('correctionsOf', () => {
  it('is empty when the user kept every label', () => {
    expect(correctionsOf(draft())).toEqual({});
  });
  it('records each label the user changed', () => {
    const d = draft({ stageReached: 'final', reasons: [{ reason: 'skills_gap', control: 'within' }], doorOpen: true });
    expect(correctionsOf(d)).toEqual({ stage: 'final', reasons: ['skills_gap'], doorOpen: true });
  });
  it('records flags set by hand when nothing was read', () => {
    expect(correctionsOf(draft({ readerLabels: null, feedbackOffered: true }))).toEqual({ feedbackOffered: true });
  });
});

describe('suggestionsFor', () => {
  it('asks within two days of today and reconnects about three months after the rejection', () => {
    const s = suggestionsFor(draft({ feedbackOffered: true, doorOpen: true }), '2026-11-02', '2026-11-10');
    expect(s.map((x) => [x.kind, x.date])).toEqual([
      ['ask_feedback', '2026-11-12'],
      ['reconnect', '2027-01-31'],
    ]);
  });
  it('suggests nothing without the flags', () => {
    expect(suggestionsFor(draft(), '2026-11-02', '2026-11-02')).toEqual([]);
  });
});
