/**
 * An inbox's polite updates: the candidate's own decline of an offer acknowledged, an application started but not sent,
 * a reminder that may cross the candidate's own step, a salary counter-offer with something else approved beside the
 * refusal, and a start date moved to a named day. Messages written for this test (not taken from any corpus part), each
 * beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe("the candidate's own decline of an offer", () => {
  it('reads an offer the candidate decided not to accept as no decline', () => {
    const r = read('Dear Priya,\n\nThank you for telling us that you have decided not to accept our offer for the Payroll Lead post. We are sorry you won\'t be joining the team, but we wish you every success.\n\nBest regards,\nOwen Pike\nPeople Partner', 'Re: Offer - Payroll Lead');
    expect(r.kind).toBe('other');
  });

  it('still reads an employer that decided not to go on as a rejection', () => {
    const r = read('Dear Priya,\n\nThank you for interviewing for the Payroll Lead post. We have decided not to take your application forward, and we wish you every success.\n\nBest regards,\nOwen Pike\nPeople Partner', 'Payroll Lead');
    expect(r.kind).toBe('rejection');
  });
});

describe('an application started but not sent', () => {
  it('reads a reminder to finish an application as no decline', () => {
    const r = read('Hello Tomasz,\n\nYour application for the Logistics Planner vacancy was started but not submitted. Please sign in and finish it before 3 March to be considered. We apologise if this email reaches you after you have already sent it.\n\nTalent Team, Marrow Freight', 'Finish your application');
    expect(r.kind).toBe('other');
  });

  it('still reads an application not taken forward as a rejection', () => {
    const r = read('Hello Tomasz,\n\nThank you for your application for the Logistics Planner vacancy. We are sorry to say that it was reviewed but not taken forward to interview.\n\nTalent Team, Marrow Freight', 'Your application');
    expect(r.kind).toBe('rejection');
  });
});

describe('a salary counter-offer', () => {
  it('reads a base refused with something else approved as no decline', () => {
    const r = read('Hi Jonas,\n\nUnfortunately we can\'t go higher than €70k on base, but the CEO has approved a €5k signing bonus and a learning budget. The updated offer letter is attached.\n\nCheers,\nMira, Talent', 'Re: Your offer');
    expect(r.kind).toBe('other');
  });

  it('still reads a salary gap that ends the process as a rejection', () => {
    const r = read('Hi Jonas,\n\nUnfortunately we can\'t go higher than €70k on base, and as that is well below your expectations we won\'t be moving forward with your application.\n\nCheers,\nMira, Talent', 'Your application');
    expect(r.kind).toBe('rejection');
  });
});

describe('a start date moved', () => {
  it('reads a start date moved to a named day as no pause', () => {
    const r = read('Hi Sam,\n\nQuick note: your start date has been pushed back two weeks to Tuesday 9th so you can join the new-starter group. Your offer is otherwise unchanged.\n\nThanks,\nGemma, HR', 'Your start date');
    expect(r.kind).toBe('other');
  });

  it('still reads a start date pushed back with no date as a pause', () => {
    const r = read('Hi Sam,\n\nI\'m sorry to say your start date has been pushed back while the funding for the team is reviewed. We will confirm a new date as soon as we can.\n\nThanks,\nGemma, HR', 'Your start date');
    expect(r.kind).toBe('on_hold');
  });
});

describe('an application moved, not refused', () => {
  it('reads a job code corrected as no decline', () => {
    const r = read('Dear Mr Oduya,\n\nThank you for applying to be a Warehouse Supervisor. Unfortunately the job code you quoted (WS-118) does not match a live vacancy, so we have filed your application under the right code, WS-181. You need do nothing further.\n\nRecruitment, Kestrel Stores', 'Your application - job code');
    expect(r.kind).toBe('other');
  });

  it('still reads a job code that blocks the application as a rejection', () => {
    const r = read('Dear Mr Oduya,\n\nThank you for applying to be a Warehouse Supervisor. Unfortunately the job code you quoted does not match a live vacancy, so your application was unsuccessful and cannot be considered.\n\nRecruitment, Kestrel Stores', 'Your application - job code');
    expect(r.kind).toBe('rejection');
  });

  it('reads an application moved from one role to another as no decline', () => {
    const r = read('Hi Chen,\n\nJust so you know, we have transferred your application from the Junior Analyst role to the Data Analyst role, which suits your experience better. Nothing changes in the process.\n\nBest,\nRuth, Talent', 'Your application');
    expect(r.kind).toBe('other');
  });

  it('still reads an application not taken forward for the role as a rejection', () => {
    const r = read('Hi Chen,\n\nThank you for applying for the Junior Analyst role. Unfortunately your experience is not a match for what the team needs, so we won\'t be taking your application further.\n\nBest,\nRuth, Talent', 'Your application');
    expect(r.kind).toBe('rejection');
  });

});

describe('a review slower than promised', () => {
  it('reads reviews taking longer than the days promised as a pause', () => {
    const r = read('Hi Ana,\n\nMore people sent in the design task than we planned for, so marking is taking longer than the three days we promised. Yours is being looked at and you will hear from us next week.\n\nThe Hiring Team', 'Your design task');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a decline after a slow review as a rejection', () => {
    const r = read('Hi Ana,\n\nSorry this took longer than the three days we promised. Unfortunately your design task did not meet the bar, so we won\'t be moving forward.\n\nThe Hiring Team', 'Your design task');
    expect(r.kind).toBe('rejection');
  });
});

describe('reasons told in plain words', () => {
  it('reads a junior role the candidate would find limiting as overqualified', () => {
    const r = read('Hi Femi,\n\nThank you for the assessment. Given your years as a practice manager, the team feels you would find a junior receptionist role too limiting and would rather hire someone for whom it is a step up. So we will not take your application further.\n\nRegards,\nLiz', 'Receptionist');
    expect(r.reasons).toContain('overqualified');
  });

  it('still reads a role found limiting for lack of experience as no overqualification', () => {
    const r = read('Hi Femi,\n\nThank you for the assessment. The team felt you do not yet have the diary management experience the receptionist role needs, so we will not take your application further.\n\nRegards,\nLiz', 'Receptionist');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads a candidate already working within the institute as an internal candidate', () => {
    const r = read('Dear Dr Lang,\n\nThank you for your interview for the Lab Manager post. The panel has decided to appoint a candidate already employed at the university, and so we are unable to offer you the post.\n\nYours sincerely,\nHR', 'Lab Manager');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('still reads a candidate with experience at another university as no internal candidate', () => {
    const r = read('Dear Dr Lang,\n\nThank you for your interview for the Lab Manager post. The panel has decided to appoint a candidate with more experience of running a teaching lab, and so we are unable to offer you the post.\n\nYours sincerely,\nHR', 'Lab Manager');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});
