import { describe, expect, it } from 'vitest';
import { todayIn } from '../time.js';
import { addMonths, agendaWindow, buildAgenda, DEFAULT_AGENDA_RULES, endOfWeek, groupByDay, interactionForDone, type AgendaFacts, type AgendaMark } from './agenda.js';
import { firstName, linkedinKey, nextTouchDay } from './contacts.js';
import { LINKEDIN_LIMIT, thankYouDraft } from './drafts.js';

const facts = (over: Partial<AgendaFacts> = {}): AgendaFacts => ({
  interviews: [], quiet: [], doorOpen: [], revisits: [], touches: [], feedbackReminders: [], debriefs: [], growth: [], practice: { due: 0, fresh: 0 },
  noResponseDays: 21, feedbackReminderDays: 7, yourName: 'Sam', ...over,
});
const interview = (day: string, over = {}) => ({
  eventId: `e-${day}`, applicationId: 'a1', company: 'Larkspur Labs', title: 'Data Analyst', stage: 'interview', interviewType: 'technical', round: 1, day,
  people: [{ contactId: 'c1', name: 'Priya Shah', email: 'priya@example.org' }], ended: false, thankedOn: null, ...over,
});
const none = new Map<string, AgendaMark>();

describe('the week, in the user\'s time zone and week start', () => {
  it.each([
    ['2026-12-02', 'monday', '2026-12-06'],
    ['2026-12-06', 'monday', '2026-12-06'],
    ['2026-12-06', 'sunday', '2026-12-12'],
    ['2026-12-05', 'saturday', '2026-12-11'],
    ['2026-12-04', 'saturday', '2026-12-04'],
  ] as const)('a week containing %s starting on %s ends on %s', (today, start, end) => {
    expect(endOfWeek(today, start)).toBe(end);
  });

  it('"today" follows the time zone across a DST change (Europe/Paris, 25 Oct 2026)', () => {
    // 23:30 UTC on 24 Oct is 01:30 on 25 Oct in Paris (summer time); 23:30 UTC on 25 Oct is 00:30 on 26 Oct (winter time).
    expect(todayIn('Europe/Paris', new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(todayIn('Europe/Paris', new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-26');
    expect(todayIn('America/New_York', new Date('2026-11-02T03:30:00Z'))).toBe('2026-11-01');
    const w = agendaWindow(todayIn('Europe/Paris', new Date('2026-10-25T23:30:00Z')), DEFAULT_AGENDA_RULES);
    expect(w).toEqual({ today: '2026-10-26', until: '2026-11-01' });
  });

  it('months are calendar months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-01', 3)).toBe('2026-11-01');
  });
});

describe('agenda rules', () => {
  const w = { today: '2026-11-20', until: '2026-11-22' };

  it('puts growth actions on their due day (overdue ones today) and practice due today; each rule switches off', () => {
    const growth = [
      { actionId: 'g1', title: 'Two mock interviews', typeLabel: 'Mock interview', status: 'doing' as const, dueOn: '2026-11-15' },
      { actionId: 'g2', title: 'Read the STAR guide', typeLabel: 'Industry reading', status: 'planned' as const, dueOn: '2026-11-22' },
      { actionId: 'g3', title: 'Next month', typeLabel: 'Course or workshop', status: 'planned' as const, dueOn: '2026-12-20' },
    ];
    const f = facts({ growth, practice: { due: 2, fresh: 1 } });
    const items = buildAgenda(f, DEFAULT_AGENDA_RULES, w, none);
    expect(items.map((i) => [i.key, i.day, i.overdueSince])).toEqual([
      ['growth_action:g1:2026-11-15', '2026-11-20', '2026-11-15'],
      ['practice:2026-11-20', '2026-11-20', null],
      ['growth_action:g2:2026-11-22', '2026-11-22', null],
    ]);
    expect(items.find((i) => i.kind === 'practice')).toMatchObject({ title: 'Practise 3 questions from your bank', detail: '2 coming back, 1 never practised: a few minutes aloud is enough' });
    expect(interactionForDone('growth_action')).toBeNull();
    const off = { ...DEFAULT_AGENDA_RULES, growthActions: { enabled: false }, practice: { enabled: false } };
    expect(buildAgenda(f, off, w, none)).toEqual([]);
    expect(buildAgenda(facts({ practice: { due: 0, fresh: 0 } }), DEFAULT_AGENDA_RULES, w, none)).toEqual([]);
    expect(buildAgenda(f, DEFAULT_AGENDA_RULES, w, new Map([['practice:2026-11-20', { state: 'done', untilDay: null }]])).map((i) => i.kind)).not.toContain('practice');
  });

  it('an interview yesterday puts a thank-you on today; an interview ahead is listed on its day', () => {
    const items = buildAgenda(facts({ interviews: [interview('2026-11-19'), interview('2026-11-22', { eventId: 'next', stage: 'final' })] }), DEFAULT_AGENDA_RULES, w, none);
    expect(items.map((i) => [i.kind, i.day])).toEqual([['thank_you', '2026-11-20'], ['interview', '2026-11-22']]);
    expect(items[0]?.draft?.body).toContain('Thursday 19 November');
  });

  it('one thank-you per application: a screen followed by an interview asks only for the interview\'s', () => {
    const f = facts({
      interviews: [
        interview('2026-11-15', { eventId: 'screen', stage: 'screen', round: null }),
        interview('2026-11-19', { eventId: 'round1' }),
        interview('2026-11-16', { eventId: 'other-app', applicationId: 'a2', company: 'Evergreen Care' }),
        interview('2026-11-22', { eventId: 'round2', round: 2 }),
      ],
    });
    const thanks = buildAgenda(f, DEFAULT_AGENDA_RULES, w, none).filter((i) => i.kind === 'thank_you');
    // The screen was followed by round 1 (met again): only round 1's note and the other employer's are asked for;
    // round 2 is ahead, so round 1 still wants its note.
    expect(thanks.map((i) => i.key)).toEqual(['thank_you:other-app', 'thank_you:round1']);
    // Two meetings on the same day ask for one note.
    const sameDay = facts({ interviews: [interview('2026-11-19', { eventId: 'a' }), interview('2026-11-19', { eventId: 'b', round: 2 })] });
    expect(buildAgenda(sameDay, DEFAULT_AGENDA_RULES, w, none).filter((i) => i.kind === 'thank_you')).toHaveLength(1);
  });

  it('no thank-you once one is logged, once the application ended, or a week later', () => {
    const f = facts({ interviews: [interview('2026-11-19', { thankedOn: '2026-11-19' }), interview('2026-11-18', { eventId: 'x', ended: true }), interview('2026-11-10', { eventId: 'old' })] });
    expect(buildAgenda(f, DEFAULT_AGENDA_RULES, w, none)).toEqual([]);
  });

  it('each rule switches off', () => {
    const f = facts({
      interviews: [interview('2026-11-19'), interview('2026-11-21', { eventId: 'b' })],
      quiet: [{ applicationId: 'q', company: 'Q', title: 'T', lastStage: 'applied', lastOn: '2026-11-08', appliedOn: '2026-11-08', people: [] }],
      doorOpen: [{ applicationId: 'd', company: 'D', title: 'T', rejectedOn: '2026-08-20', people: [] }],
      touches: [{ contactId: 'c', name: 'Ana', email: null, company: null, cadenceWeeks: 2, addedOn: '2026-11-01', last: null }],
      feedbackReminders: [{ applicationId: 'f', company: 'F', title: 'T', requestedOn: '2026-11-10', people: [] }],
      debriefs: [{ applicationId: 'r', company: 'R', title: 'T', rejectedOn: '2026-11-15', next: 'reflection' }],
    });
    const all = buildAgenda(f, DEFAULT_AGENDA_RULES, w, none).map((i) => i.kind).sort();
    expect(all).toEqual(['debrief', 'feedback_reminder', 'follow_up', 'interview', 'reconnect', 'stay_in_touch', 'thank_you']);
    const off = { ...DEFAULT_AGENDA_RULES };
    for (const rule of ['interviews', 'thankYou', 'followUp', 'reconnect', 'stayInTouch', 'feedbackReminders', 'debriefs'] as const) {
      const rules = { ...off, [rule]: { ...off[rule], enabled: false } };
      expect(buildAgenda(f, rules, w, none)).toHaveLength(6);
    }
  });

  it('the follow-up comes N days after the last news and never once "no response" would be reached', () => {
    const quiet = (lastOn: string) => ({ applicationId: lastOn, company: 'Q', title: 'T', lastStage: 'applied', lastOn, appliedOn: lastOn, people: [] });
    const f = facts({ quiet: [quiet('2026-11-10'), quiet('2026-11-12')] });
    expect(buildAgenda(f, DEFAULT_AGENDA_RULES, w, none).map((i) => [i.day, i.overdueSince])).toEqual([['2026-11-20', null], ['2026-11-22', null]]);
    expect(buildAgenda(f, { ...DEFAULT_AGENDA_RULES, followUp: { enabled: true, afterDays: 21 } }, w, none)).toEqual([]);
  });

  it('done and dismissed items go; a snoozed one comes back on its day', () => {
    const f = facts({ interviews: [interview('2026-11-19')] });
    const key = 'thank_you:e-2026-11-19';
    expect(buildAgenda(f, DEFAULT_AGENDA_RULES, w, new Map([[key, { state: 'done', untilDay: null }]]))).toEqual([]);
    expect(buildAgenda(f, DEFAULT_AGENDA_RULES, w, new Map([[key, { state: 'dismissed', untilDay: null }]]))).toEqual([]);
    expect(buildAgenda(f, DEFAULT_AGENDA_RULES, w, new Map([[key, { state: 'snoozed', untilDay: '2026-11-22' }]]))[0]).toMatchObject({ day: '2026-11-22', snoozedUntil: '2026-11-22' });
    expect(buildAgenda(f, DEFAULT_AGENDA_RULES, w, new Map([[key, { state: 'snoozed', untilDay: '2026-11-30' }]]))).toEqual([]);
  });

  it('stay-in-touch counts from the last interaction of any kind, else from the day the contact was added', () => {
    expect(nextTouchDay(2, '2026-11-10', '2026-01-01')).toBe('2026-11-24');
    expect(nextTouchDay(2, null, '2026-11-01')).toBe('2026-11-15');
    expect(nextTouchDay(null, '2026-11-10', '2026-01-01')).toBeNull();
    expect(nextTouchDay(0, '2026-11-10', '2026-01-01')).toBeNull();
  });

  it('groups by day and says which interaction a done item records', () => {
    const items = buildAgenda(facts({ interviews: [interview('2026-11-19'), interview('2026-11-21', { eventId: 'b' })] }), DEFAULT_AGENDA_RULES, w, none);
    expect(groupByDay(items).map((g) => [g.day, g.items.length])).toEqual([['2026-11-20', 1], ['2026-11-21', 1]]);
    expect(interactionForDone('thank_you')).toBe('thank_you');
    expect(interactionForDone('interview')).toBeNull();
  });
});

describe('drafts and names', () => {
  it('greets by first name, signs with your name, keeps the LinkedIn variant short', () => {
    const d = thankYouDraft({ people: [{ name: 'Dr. Priya Shah', email: null }, { name: 'Tom Reyes', email: null }, { name: 'Ann Lee', email: null }], company: 'A'.repeat(120), title: 'B'.repeat(120), interviewOn: '2026-11-19', interviewType: 'panel', stage: 'interview', yourName: 'Sam' });
    expect(d.body).toMatch(/^Hi Priya, Tom and Ann,/);
    expect(d.body).toMatch(/Best wishes,\nSam$/);
    expect(d.linkedin.length).toBeLessThanOrEqual(LINKEDIN_LIMIT);
    expect(firstName('  Mx Jo  Bloggs ')).toBe('Jo');
  });

  it('keys LinkedIn profiles whatever their spelling', () => {
    expect(linkedinKey('https://www.linkedin.com/in/Ana-Lima/')).toBe('linkedin.com/in/ana-lima');
    expect(linkedinKey('linkedin.com/in/ana-lima?trk=x')).toBe('linkedin.com/in/ana-lima');
    expect(linkedinKey('')).toBeNull();
  });
});
