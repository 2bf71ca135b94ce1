/**
 * The rules of the twenty-eighth round (one engineer's inbox over a season): the polite words of mail that declines
 * nobody — a writer who is not the recruiter for the role, a second application for the same role, an apology for a
 * slow reply or an absence, the candidate's own choice respected, a term of an offer refused beside another given, a
 * recruiter asking whether to put the candidate forward, a candidate who remains in consideration; pauses told as senior
 * hires frozen or a process picked up again later; declines told as a name missing from a list or a file closed; and the
 * flags buried in long letters — each on messages written for this test (not taken from any corpus part), beside a
 * counterpart that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('kind: polite words that decline nobody', () => {
  it('reads a writer who is not the recruiter for the role as no rejection', () => {
    expect(read("Hi Lena,\n\nUnfortunately I'm not the recruiter for the Welder role (I look after finance hiring), but I've passed your note to my colleague Dev.\n\nOmar").kind).not.toBe('rejection');
  });

  it('still reads the recruiter for the role declining as a rejection', () => {
    expect(read('Hi Lena,\n\nI am the recruiter for the Welder role and unfortunately we will not be moving forward with your application.\n\nOmar').kind).toBe('rejection');
  });

  it('reads a second application for the same role turned away as no rejection', () => {
    expect(read('Hi Lena,\n\nWe cannot take a further application to the same job, so we have deleted the one you sent yesterday; your first one is still with the team.\n\nOmar').kind).not.toBe('rejection');
  });

  it('still reads an application turned away for other candidates as a rejection', () => {
    expect(read('Hi Lena,\n\nUnfortunately we cannot accept your application for the Welder vacancy, as we have chosen other candidates.\n\nOmar').kind).toBe('rejection');
  });

  it('reads an apology for a slow reply, with the post still open, as no rejection', () => {
    expect(read('Dear Lena,\n\nI am so sorry it has taken me this long to answer. I regret that I was on leave last week. The lab post is still open; could you send me your CV?\n\nDr Hale').kind).not.toBe('rejection');
  });

  it('still reads a slow reply that declines as a rejection', () => {
    expect(read('Dear Lena,\n\nI am so sorry it has taken me this long to answer. Unfortunately we will not be progressing your application for the lab post.\n\nDr Hale').kind).toBe('rejection');
  });

  it("reads the candidate's own choice respected as no rejection", () => {
    expect(read("Dear Lena,\n\nWe're sorry you won't be joining the team, but we understand your decision and wish you well at Ferncroft.\n\nHR").kind).not.toBe('rejection');
  });

  it('still reads the sender choosing another candidate as a rejection', () => {
    expect(read('Dear Lena,\n\nWe are sad to say that you will not be joining us: we have decided to offer the role to another candidate.\n\nHR').kind).toBe('rejection');
  });

  it('reads a term of an offer refused beside another given as no rejection', () => {
    expect(read('Hi Lena,\n\nUnfortunately we are unable to increase the base salary, but we can offer a larger joining bonus instead. Shall I update the letter?\n\nOmar').kind).not.toBe('rejection');
  });

  it('still reads salary expectations not met, with the process ended, as a rejection', () => {
    expect(read('Hi Lena,\n\nUnfortunately we are unable to meet your salary expectations, so we will not be moving forward with your application.\n\nOmar').kind).toBe('rejection');
  });

  it('reads a recruiter asking whether to put the candidate forward as no rejection', () => {
    expect(read('Hi Lena,\n\nThe pay for the Planner role is a little under what you asked for, but the client may flex. Let me know if you would still like me to put your CV forward.\n\nOmar').kind).not.toBe('rejection');
  });

  it('still reads a client turning the candidate down over pay as a rejection', () => {
    expect(read('Hi Lena,\n\nThe client says your expected pay is well above their budget for the Planner role, so they will not be taking your CV forward.\n\nOmar').kind).toBe('rejection');
  });

  it('reads a candidate who remains in consideration while others are interviewed as no rejection', () => {
    expect(read("Hi Lena,\n\nOther applicants are still being interviewed this week and next; you remain very much in consideration and I'll come back to you with next steps after that.\n\nOmar").kind).not.toBe('rejection');
  });

  it('still reads a candidate no longer in consideration as a rejection', () => {
    expect(read("Hi Lena,\n\nWe are still interviewing other candidates. You are no longer under consideration, I'm afraid.\n\nOmar").kind).toBe('rejection');
  });
});

describe('kind: pauses', () => {
  it('reads senior hires frozen after the final round as on_hold', () => {
    const r = read('Dear Lena,\n\nAfter your final round the board asked us to freeze all senior hires until the budget is agreed in March. You are still our first choice.\n\nOmar');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a hiring day held as no pause', () => {
    expect(read('Dear Lena,\n\nWe are holding a graduate hiring day on 4 May and would like to invite you to it.\n\nOmar').kind).not.toBe('on_hold');
  });

  it('reads no interviews booked for a while, to be picked up later, as on_hold', () => {
    const r = read('Hi Lena,\n\nThanks for the call. The manager is now on parental leave, so we will not be scheduling interviews for the next three weeks. We will pick it up again once she is back.\n\nOmar');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads no interview to be booked with the candidate as a rejection', () => {
    expect(read('Hi Lena,\n\nThanks for the call. We will not be scheduling an interview with you, as we have chosen to go ahead with other applicants.\n\nOmar').kind).toBe('rejection');
  });
});

describe('kind: declines in unusual words', () => {
  it("reads the candidate's name missing from the list of those shortlisted as a rejection", () => {
    expect(read('Dear Candidate,\n\nThe list of candidates called for the trade test is now on our website. We regret to inform you that your name does not appear in the list.\n\nHR Cell').kind).toBe('rejection');
  });

  it("still reads the candidate's name on the list as no rejection", () => {
    expect(read('Dear Candidate,\n\nThe list of candidates called for the trade test is now on our website, and your name appears in the list.\n\nHR Cell').kind).not.toBe('rejection');
  });

  it("reads the candidate's file closed by the sender as a rejection", () => {
    expect(read('Hi Lena,\n\nI am afraid we are going to close your file for the Planner post. Thanks for your time with us.\n\nOmar').kind).toBe('rejection');
  });

  it("still reads the file closed at the candidate's request as no rejection", () => {
    expect(read('Hi Lena,\n\nAs you requested, we are going to close your file for the Planner post. Good luck in the new job!\n\nOmar').kind).not.toBe('rejection');
  });
});
