import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_STATUSES,
  canTransitionFeedback,
  debriefProgress,
  feedbackReminderDue,
  transitionFeedback,
  type DebriefState,
  type DebriefStep,
  type FeedbackStatus,
} from './progress.js';

const fresh: DebriefState = {
  checkInSaved: false,
  messageRecorded: false,
  feedbackStatus: 'not_requested',
  reflectionAnswers: 0,
  lessonsRecorded: false,
};

describe('debriefProgress', () => {
  it.each<[string, Partial<DebriefState>, DebriefStep | null, boolean, number]>([
    ['nothing saved', {}, 'checkin', false, 0],
    ['checked in', { checkInSaved: true }, 'message', false, 20],
    ['check-in skipped', { skipped: ['checkin'] }, 'message', false, 20],
    ['requested feedback out of order', { feedbackStatus: 'requested' }, 'checkin', false, 20],
    ['waiting for feedback', { checkInSaved: true, messageRecorded: true, feedbackStatus: 'requested' }, 'reflection', false, 60],
    ['all done', { checkInSaved: true, messageRecorded: true, feedbackStatus: 'no_answer', reflectionAnswers: 3, lessonsRecorded: true }, null, true, 100],
    ['done with skips', { checkInSaved: true, messageRecorded: true, reflectionAnswers: 1, lessonsRecorded: true, skipped: ['feedback_request'] }, null, true, 100],
  ])('%s', (_name, patch, next, complete, percent) => {
    const p = debriefProgress({ ...fresh, ...patch });
    expect(p).toMatchObject({ next, complete, percent });
  });

  it('lists step statuses in order', () => {
    const p = debriefProgress({ ...fresh, checkInSaved: true, skipped: ['message'], feedbackStatus: 'received' });
    expect(p.steps.map((s) => `${s.step}:${s.status}`)).toEqual([
      'checkin:done',
      'message:skipped',
      'feedback_request:done',
      'reflection:todo',
      'lessons:todo',
    ]);
    expect(p.done).toEqual(['checkin', 'feedback_request']);
  });

  it('prefers done over skipped when both apply', () => {
    expect(debriefProgress({ ...fresh, checkInSaved: true, skipped: ['checkin'] }).steps[0]?.status).toBe('done');
  });
});

describe('feedback status machine', () => {
  const allowed: [FeedbackStatus, FeedbackStatus][] = [
    ['not_requested', 'requested'],
    ['requested', 'received'],
    ['requested', 'declined'],
    ['requested', 'no_answer'],
    ['no_answer', 'received'],
    ['no_answer', 'declined'],
  ];

  it('allows exactly the listed moves', () => {
    for (const from of FEEDBACK_STATUSES) {
      for (const to of FEEDBACK_STATUSES) {
        const ok = allowed.some(([a, b]) => a === from && b === to);
        expect(canTransitionFeedback(from, to), `${from} → ${to}`).toBe(ok);
      }
    }
  });

  it('explains a refused move', () => {
    expect(transitionFeedback('requested', 'received')).toBe('received');
    expect(() => transitionFeedback('not_requested', 'received')).toThrow(/can move to: requested/);
    expect(() => transitionFeedback('declined', 'requested')).toThrow(/is final/);
  });
});

describe('feedbackReminderDue', () => {
  it.each([
    ['2026-11-01', '2026-11-07', undefined, false],
    ['2026-11-01', '2026-11-08', undefined, true],
    ['2026-11-01', '2026-11-20', undefined, true],
    ['2026-11-01', '2026-11-03', 3, false],
    ['2026-11-01', '2026-11-04', 3, true],
    ['2026-11-10', '2026-11-01', undefined, false],
  ] as const)('requested %s, today %s, after %s days → %s', (requestedOn, today, days, due) => {
    expect(feedbackReminderDue(requestedOn, today, days)).toBe(due);
  });

  it('explains a bad date', () => {
    expect(() => feedbackReminderDue('last week', '2026-11-01')).toThrow(/YYYY-MM-DD/);
  });
});
