import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../time.js';
import { chooseNextStep, type NextStepInput } from './next-step.js';
import { dueNudges, type NudgeInput } from './nudges.js';
import { insightChanges, reviewMarkdown, type WeeklyReview } from './review.js';

/** An injected clock and time zone: 1 Dec 02:00 UTC is still 30 Nov in Los Angeles. */
const clock = new Date('2026-12-01T02:00:00.000Z');

function input(tz: string, over: Partial<NudgeInput> = {}): NudgeInput {
  return {
    today: todayIn(tz, clock),
    lastRejection: { day: '2026-11-23', company: 'Quillon' },
    lastApplicationDay: '2026-11-20',
    afterRejection: { on: true, days: 8 },
    lowMood: { on: true, checkIns: [], lastActivityDay: '2026-11-20', resources: ['Call a friend.'] },
    ...over,
  };
}

describe('the small step after a rejection', () => {
  it('is due N days after the rejection with no application since, by the day in the user’s time zone', () => {
    expect(dueNudges(input('UTC')).map((n) => n.kind)).toEqual(['after_rejection']);
    expect(dueNudges(input('America/Los_Angeles'))).toEqual([]);
  });

  it('is not due once an application followed, nor when switched off, nor long after', () => {
    expect(dueNudges(input('UTC', { lastApplicationDay: '2026-11-25' }))).toEqual([]);
    expect(dueNudges(input('UTC', { afterRejection: { on: false, days: 8 } }))).toEqual([]);
    expect(dueNudges(input('UTC', { lastRejection: { day: '2026-08-01', company: 'Old' } }))).toEqual([]);
  });

  it('speaks of a small step, without pressure', () => {
    const [n] = dueNudges(input('UTC'));
    expect(n?.message).toMatch(/8 days since the no from Quillon/);
    expect(n?.message).toMatch(/no rush/);
  });
});

describe('the low-mood note', () => {
  const low = (today: string) => [0, 3, 9].map((back) => ({ date: addDays(today, -back), mood: 2 as const }));

  it('suggests talking to someone, a day off and one small step, with the person’s own resources and the journal', () => {
    const today = todayIn('UTC', clock);
    const nudges = dueNudges(input('UTC', { lastRejection: null, lowMood: { on: true, checkIns: low(today), lastActivityDay: addDays(today, -12), resources: ['Call a friend.'] } }));
    expect(nudges).toHaveLength(1);
    const n = nudges[0]!;
    expect(n.steps.map((s) => s.title)).toEqual(['Talk to someone', 'Take a day off from the search', 'One small step']);
    expect(n.resources).toEqual(['Call a friend.']);
    expect(n.link.to).toBe('/journal');
    expect(`${n.title} ${n.message}`).not.toMatch(/!|urgent|emergency|great job/i);
  });

  it('stays quiet with recent activity, a better mood, or when switched off', () => {
    const today = todayIn('UTC', clock);
    const base = { lastRejection: null };
    expect(dueNudges(input('UTC', { ...base, lowMood: { on: true, checkIns: low(today), lastActivityDay: addDays(today, -2), resources: [] } }))).toEqual([]);
    expect(dueNudges(input('UTC', { ...base, lowMood: { on: true, checkIns: [...low(today).slice(1), { date: today, mood: 4 }], lastActivityDay: null, resources: [] } }))).toEqual([]);
    expect(dueNudges(input('UTC', { ...base, lowMood: { on: false, checkIns: low(today), lastActivityDay: null, resources: [] } }))).toEqual([]);
  });
});

describe('one next step', () => {
  const base: NextStepInput = { hasApplications: true, lowMood: false, debriefToFinish: null, reminderDue: null, daysSinceApplication: 1, practiceDue: 0 };
  it.each([
    [{ lowMood: true, debriefToFinish: { applicationId: 'a', company: 'A' } }, 'rest'],
    [{ hasApplications: false }, 'first_application'],
    [{ debriefToFinish: { applicationId: 'a', company: 'A' }, reminderDue: { applicationId: 'b', company: 'B' } }, 'debrief'],
    [{ reminderDue: { applicationId: 'b', company: 'B' } }, 'follow_up'],
    [{ daysSinceApplication: 9 }, 'apply'],
    [{ practiceDue: 3 }, 'practice'],
    [{}, 'up_to_date'],
  ] as const)('%j → %s', (over, kind) => {
    expect(chooseNextStep({ ...base, ...over }).kind).toBe(kind);
  });
});

describe('the weekly review', () => {
  it('says which step got better, with the interval', () => {
    const events = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ applicationId: id, stage: 'applied', day: '2026-11-02' })),
      { applicationId: 'a', stage: 'screen', day: '2026-11-10' },
      { applicationId: 'b', stage: 'screen', day: '2026-11-25' },
      { applicationId: 'c', stage: 'screen', day: '2026-11-26' },
    ];
    const [change] = insightChanges(events, '2026-11-22', '2026-11-29');
    expect(change).toMatchObject({ step: 'applied→screen', direction: 'better' });
    expect(change?.text).toMatch(/went up: 1 of 6 \(17%, likely between \d+% and \d+%\) by 22 Nov, now 3 of 6 \(50%/);
  });

  it('renders a Markdown document with a section per part', () => {
    const review: WeeklyReview = {
      week: { start: '2026-11-23', end: '2026-11-29', label: '23 – 29 Nov 2026' },
      nextWeek: { start: '2026-11-30', end: '2026-12-06', label: '30 Nov – 6 Dec 2026' },
      goals: [{ kind: 'applications', label: 'Applications sent', target: 2, done: 3, percent: 100, met: true, text: '3 of 2 applications' }],
      activity: { applications: 3, networking: 0, practice: 1, debriefs: 0 },
      wins: [{ title: 'Your first interview: Atlas', note: null, occurredOn: '2026-11-25' }],
      rejections: [{ applicationId: 'x', company: 'Quillon', title: 'Analyst', day: '2026-11-24', reasons: ['Position filled'], lessons: ['Concise answers'], note: null }],
      feedback: [],
      changes: [],
      agenda: [{ day: '2026-12-01', what: 'Interview with Atlas', applicationId: 'y' }],
    };
    const md = reviewMarkdown(review);
    for (const heading of ['# Weekly review: 23 – 29 Nov 2026', '## Activity against goals', '## Wins', '## Rejections and their lessons', '## Feedback received', '## Changes in your insights', "## Next week's agenda"]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain('| Applications sent | 3 | 2 | met |');
    expect(md).toContain('  - Lessons: Concise answers');
    expect(md).toContain('_No feedback came in this week._');
  });
});
