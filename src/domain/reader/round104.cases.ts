/**
 * Mail that carries earlier mail: the short rule over an older message of the conversation ("--- Earlier message in this
 * conversation ---", "---" then "Previously: …"), a note written to the candidate over an old forwarded decline, a recruiter's
 * note under "Fw:" that points to the client's words below an Outlook header block, the answer to the candidate's quoted
 * question about what held them back, and look-alikes of a decline in the newest words (thanks passed on, a newsletter's
 * question about last time). Messages written for this test (not taken from any corpus part), each beside a message in
 * nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('an older message under a short rule', () => {
  it('reads an acknowledgement over an earlier decline in the conversation as no decline', () => {
    const r = read('Thank you for applying to Kitchen Porter at Brambling Hotels. The hiring team will look at your application shortly.\n\nJobBoard Messages\n\n--- Earlier message in this conversation ---\nBrambling Hotels: Thanks for your interest. The Night Porter vacancy has now been filled.', 'Application sent - Kitchen Porter');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline over an earlier acknowledgement in the conversation as a rejection', () => {
    const r = read('Thanks for your interest. The Kitchen Porter vacancy has now been filled.\n\nJobBoard Messages\n\n--- Earlier message in this conversation ---\nBrambling Hotels: Thank you for applying to Kitchen Porter. The hiring team will look at your application shortly.', 'Kitchen Porter');
    expect(r.kind).toBe('rejection');
  });

  it('reads a shortlisting over "Previously:" an old decline as no decline', () => {
    const r = read('Dear Tomas,\n\nYour application for Charge Nurse has moved on to the shortlisting panel. You will hear from us when the panel has met.\n\nCareers Portal\n\n---\nPreviously: Your application for Ward Clerk was not shortlisted.', 'Application update');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline over "Previously:" an old shortlisting as a rejection', () => {
    const r = read('Dear Tomas,\n\nYour application for Charge Nurse was not shortlisted on this occasion.\n\nCareers Portal\n\n---\nPreviously: Your application for Ward Clerk has moved on to the shortlisting panel.', 'Application update');
    expect(r.kind).toBe('rejection');
  });
});

describe('a note over a forwarded older mail', () => {
  it('reads a new role offered to the candidate over an old forwarded decline as no decline', () => {
    const r = read('Hello Ines,\n\nWe met during the Payroll Officer process two years ago, and I know that one ended with a no. A Payroll Manager post has just opened here and I think your experience fits it well. Could we have a short call on Thursday or Friday?\n\nMarek Nowak\nTalent Team, Fenwick Mills\n\n---------- Forwarded message ---------\nFrom: Fenwick Careers <careers@fenwick.com>\nDate: 3 May 2024\nSubject: Payroll Officer\n\nDear Ines, we will not be taking your application further.', 'Payroll Manager at Fenwick Mills');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a short pointer over a forwarded decline as a rejection', () => {
    const r = read('Hello Ines, see below, sorry.\n\nMarek\n\n---------- Forwarded message ---------\nFrom: Fenwick Careers <careers@fenwick.com>\nDate: 3 May 2026\nSubject: Payroll Manager\n\nDear Ines, we will not be taking your application further.', 'Payroll Manager');
    expect(r.kind).toBe('rejection');
  });

  it("reads a recruiter's note under Fw: that points to the client's words below an Outlook block with those words", () => {
    const r = read("Hi Nadia, I'm sorry - the client has come back with a no after the second interview, and their note is below. I'll keep looking for roles closer to home for you.\n\nSam Reyes\nConsultant, Brightline Talent\n\nFrom: Owen Hart <owen.hart@corlan.com>\nSent: 4 March 2026 10:02\nTo: Sam Reyes\nSubject: Nadia - Planner\n\nSam, we liked Nadia, but we've decided to go with a candidate who has run a depot planning team before.\nOwen", 'FW: Nadia - Planner');
    expect(r.kind).toBe('rejection');
  });

  it("still reads a recruiter's long note under Fw: that points to nothing below as its own message", () => {
    const r = read("Hi Nadia, great news - the client would like to see you for a second interview next week, and I'll send the times tomorrow. Have a think about which day suits you best.\n\nSam Reyes\nConsultant, Brightline Talent\n\nFrom: Owen Hart <owen.hart@corlan.com>\nSent: 4 March 2026 10:02\nTo: Sam Reyes\nSubject: Nadia - Planner\n\nSam, we'd like a second interview with Nadia. We've decided not to go ahead with the other two.\nOwen", 'FW: Nadia - Planner');
    expect(r.kind).not.toBe('rejection');
  });
});

describe("the answer to the candidate's quoted question", () => {
  it('reads the reason given to "what held me back" over the quoted decline as a rejection', () => {
    const r = read("Hi Piet,\n\nOf course. The interviewers' main concern was stakeholder management: your examples were all from inside your own team, and this role spends most of its time with other departments.\n\nBest,\nLotte\n\nOn Mon, 2 Mar 2026 at 09:12, Piet Claes <piet@mail.be> wrote:\n> Hi Lotte, thanks for telling me. Could you share what held me back?\n>\n> On Fri, 27 Feb 2026 at 16:40, Lotte Maes <lotte@hoven.be> wrote:\n>> Dear Piet, we have decided not to progress your application for the Programme Manager role.", 'Re: Programme Manager');
    expect(r.kind).toBe('rejection');
  });

  it('still reads an answer that arranges a talk over the quoted decline as no decline', () => {
    const r = read("Hi Piet,\n\nOf course. Would Thursday at 10:00 work for you for a short call?\n\nBest,\nLotte\n\nOn Mon, 2 Mar 2026 at 09:12, Piet Claes <piet@mail.be> wrote:\n> Hi Lotte, thanks for telling me. Could you share what held me back?\n>\n> On Fri, 27 Feb 2026 at 16:40, Lotte Maes <lotte@hoven.be> wrote:\n>> Dear Piet, we have decided not to progress your application for the Programme Manager role.", 'Re: Programme Manager');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('look-alikes of a decline in the newest words', () => {
  it('reads thanks passed on to the interviewers as no decline', () => {
    const r = read("Hi Cora, thank you for the lovely note. I'll pass on your thanks to the panel. We'll be in touch next week about next steps.\n\nJune", 'Re: Thank you');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads passing on the application as a rejection', () => {
    const r = read("Hi Cora, thank you for your time. We'll pass on your application this time, as we've gone with someone else.\n\nJune", 'Re: Thank you');
    expect(r.kind).toBe('rejection');
  });

  it("reads a newsletter's question about last time as no decline", () => {
    const r = read("Hello everyone,\n\nOur spring careers round-up is here: new roles in logistics and finance, and tips for your video interview.\n\nNot successful last time? Plenty of our team applied twice - try again.\n\nUnsubscribe", 'Careers round-up');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "not successful this time" as a rejection', () => {
    const r = read('Hello Amir,\n\nThank you for applying to the logistics coordinator role. You were not successful this time.\n\nCareers Team', 'Your application');
    expect(r.kind).toBe('rejection');
  });

  it('reads a role filled internally, named with an ampersand, as an internal candidate', () => {
    const r = read("Hi Theo,\n\nA quick update after your interview: we've decided to fill the Health & Safety Advisor role internally. Thank you for your time.\n\nMaya", 'Re: H&S Advisor');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('still reads a role that will not be filled internally as no internal candidate', () => {
    const r = read("Hi Theo,\n\nA quick update after your interview: we've decided not to fill the Health & Safety Advisor role at all this year. Thank you for your time.\n\nMaya", 'Re: H&S Advisor');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads a role given to one of the current staff as an internal candidate', () => {
    const r = read("Hi Bruno,\n\nAfter our call last week, the manager has decided to give the Head Baker position to one of our current pastry cooks, so we won't be arranging a trial day. Thanks for your time.\n\nLeah", 'Re: Head Baker');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('still reads a role given to an outside candidate as no internal candidate', () => {
    const r = read("Hi Bruno,\n\nAfter our call last week, the manager has decided to give the Head Baker position to a candidate with more wholesale experience, so we won't be arranging a trial day. Thanks for your time.\n\nLeah", 'Re: Head Baker');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe("the candidate's figure told in the client's words", () => {
  it('reads "her minimum is well outside what we\'ve approved" as salary', () => {
    const r = read("Jo,\n\nWe met Priya after the final presentations. Strong, but her minimum of 150k is well outside what we've approved for the role, so we will not be going ahead.\n\nKarl", 'Priya - Finance Director');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('still reads "her experience is well outside what we need" as no salary', () => {
    const r = read("Jo,\n\nWe met Priya after the final presentations. Strong, but her experience is well outside what we need for the role, so we will not be going ahead.\n\nKarl", 'Priya - Finance Director');
    expect(r.reasons).not.toContain('salary');
  });
});
