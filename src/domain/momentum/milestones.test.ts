import { describe, expect, it } from 'vitest';
import { detectMilestones, historyMilestones, historyValidUntil, type MilestoneEvent, type MilestoneFacts } from './milestones.js';

const ev = (applicationId: string, stage: string, day: string, resumeVersion: string | null = null): MilestoneEvent => ({ applicationId, company: `Co ${applicationId}`, stage, day, resumeVersion });

const facts = (over: Partial<MilestoneFacts>): MilestoneFacts => ({ events: [], replies: [], feedback: [], growth: [], weeks: [], today: '2026-12-02', ...over });

describe('milestones', () => {
  it('finds the first screen and first interview once, and every final round and offer', () => {
    const found = detectMilestones(
      facts({
        events: [ev('a', 'applied', '2026-10-01'), ev('a', 'screen', '2026-10-05'), ev('b', 'screen', '2026-10-07'), ev('a', 'interview', '2026-10-12'), ev('b', 'interview', '2026-10-14'), ev('a', 'final', '2026-10-20'), ev('b', 'final', '2026-10-22'), ev('a', 'offer', '2026-10-30')],
      }),
    );
    expect(found.map((m) => m.key)).toEqual(['first_screen:a', 'first_interview:a', 'final_round:a', 'final_round:b', 'offer:a']);
    expect(found[0]?.title).toBe('Your first screen: Co a');
  });

  it('gives the same keys after an undo and a redo, so a win is recorded once', () => {
    const before = detectMilestones(facts({ events: [ev('a', 'screen', '2026-10-05'), ev('a', 'interview', '2026-10-12')] }));
    const undone = detectMilestones(facts({ events: [ev('a', 'screen', '2026-10-05')] }));
    const redone = detectMilestones(facts({ events: [ev('a', 'screen', '2026-10-05'), ev('a', 'interview', '2026-10-13')] }));
    expect(undone.map((m) => m.key)).toEqual(['first_screen:a']);
    expect(redone.map((m) => m.key)).toEqual(before.map((m) => m.key));
    const seen = new Set<string>();
    const fired = [before, undone, redone].flatMap((list) => list.filter((m) => !seen.has(m.key) && seen.add(m.key)));
    expect(fired.map((m) => m.kind)).toEqual(['first_screen', 'first_interview']);
  });

  it('ignores steps booked ahead until their day comes', () => {
    expect(detectMilestones(facts({ events: [ev('a', 'interview', '2026-12-09')] }))).toEqual([]);
  });

  it('names feedback received, growth actions done and résumé conversations', () => {
    const found = detectMilestones(
      facts({
        events: [ev('a', 'screen', '2026-10-01', 'v2'), ev('b', 'screen', '2026-10-03', 'v2'), ev('b', 'interview', '2026-10-04', 'v2'), ev('c', 'interview', '2026-10-09', 'v2')],
        feedback: [{ applicationId: 'd', company: 'Co d', receivedOn: '2026-10-10' }],
        growth: [{ id: 'g1', title: 'A SQL course', doneOn: '2026-10-11' }],
      }),
    );
    expect(found.find((m) => m.kind === 'resume')).toMatchObject({ key: 'resume:v2:3', title: 'Your résumé "v2" got you 3 conversations', occurredOn: '2026-10-09' });
    expect(found.find((m) => m.kind === 'feedback')?.key).toBe('feedback:d');
    expect(found.find((m) => m.kind === 'growth')?.title).toBe('Growth action done: A SQL course');
  });

  it('finds personal bests: most interviews in a month, fastest reply', () => {
    const found = detectMilestones(
      facts({
        events: [ev('a', 'interview', '2026-09-02'), ev('b', 'interview', '2026-10-02'), ev('c', 'interview', '2026-10-09'), ev('d', 'interview', '2026-10-20')],
        replies: [
          { applicationId: 'p', company: 'P', appliedOn: '2026-09-01', firstReplyOn: '2026-09-11' },
          { applicationId: 'q', company: 'Q', appliedOn: '2026-09-05', firstReplyOn: '2026-09-13' },
          { applicationId: 'r', company: 'R', appliedOn: '2026-09-20', firstReplyOn: '2026-09-22' },
        ],
      }),
    );
    expect(found.filter((m) => m.kind === 'best_month').map((m) => [m.key, m.occurredOn])).toEqual([['best_month:2026-10', '2026-10-09']]);
    expect(found.find((m) => m.kind === 'fastest_reply')).toMatchObject({ key: 'fastest_reply:r', title: 'Your fastest reply yet: R answered in 2 days' });
  });

  it('celebrates streaks at 2 and 4 weeks, once per run', () => {
    const weeks = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map((weekStart, i) => ({ weekStart, end: `2026-11-${String(8 + i * 7).padStart(2, '0')}`, met: true }));
    const keys = detectMilestones(facts({ weeks })).filter((m) => m.kind === 'streak').map((m) => m.key);
    expect(keys).toEqual(['streak:2026-11-02:2', 'streak:2026-11-02:4']);
  });

  it('keeps the history milestones until the first day a booked step or a reply falls on', () => {
    const events = [ev('a', 'screen', '2026-10-05'), ev('a', 'interview', '2026-12-09'), ev('b', 'final', '2026-12-20')];
    const replies = [{ applicationId: 'b', company: 'Co b', appliedOn: '2026-11-01', firstReplyOn: '2026-12-05' }];
    expect(historyValidUntil({ events, replies, today: '2026-12-02' })).toBe('2026-12-05');
    expect(historyValidUntil({ events, replies, today: '2026-12-05' })).toBe('2026-12-09');
    expect(historyValidUntil({ events: events.slice(0, 1), replies: [], today: '2026-12-02' })).toBeNull();
    // Every day before the next one gives the answer kept on the first.
    const kept = historyMilestones({ events, replies, today: '2026-12-05' });
    for (const today of ['2026-12-05', '2026-12-06', '2026-12-08']) {
      const all = facts({ events, replies, today });
      expect(detectMilestones(all, kept)).toEqual(detectMilestones(all));
    }
    expect(detectMilestones(facts({ events, replies, today: '2026-12-09' }))).not.toEqual(detectMilestones(facts({ events, replies, today: '2026-12-09' }), kept));
  });
});
