/**
 * The rules of the twenty-fifth round (one job seeker's inbox over a season): an application archived with its role
 * named between, pausing new hires, a budget sign-off and a search put on hold as role_closed, a role offered to and
 * accepted by another, offers to go through a review, a talk with someone and the rest of the team, a question checked
 * with an in-house team, a reminder to finish an application, a habit the assessors saw, and a friendly call offered in
 * an offer letter — each on messages written for this test (not taken from any corpus part), beside a counterpart that
 * must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('kind', () => {
  it('reads an application archived, with the role named between, as a rejection', () => {
    expect(read('Your application for "Warehouse Analyst – Nights" at Dunmore Foods has been archived.\n\nYou will not get further updates about this job.').kind).toBe('rejection');
  });

  it('still reads an application received, with the role named between, as other', () => {
    expect(read('Your application for "Warehouse Analyst – Nights" at Dunmore Foods has been received.\n\nWe will be in touch.').kind).not.toBe('rejection');
  });

  it('reads pausing new hires, with the candidate still in the running, as on_hold', () => {
    const r = read('Hi Sam,\n\nAfter your interviews last week our investors asked us to pause new hires until the next round closes, so we cannot decide on the Buyer role for now. You are still in the running.\n\nGwen');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('reads holding or freezing all new hires as on_hold', () => {
    const r = read('Hi Sam,\n\nSince your interviews we have been asked to hold all new hires until March, so there is no decision on the Buyer role yet.\n\nGwen');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a hire already made as a rejection, not a pause', () => {
    expect(read('Hi Sam,\n\nThanks for your interviews. We have made a new hire for the Buyer role, so we will not be taking your application further.\n\nGwen').kind).toBe('rejection');
  });

  it('reads an application closed as the candidate requested as other', () => {
    expect(read('Hi Sam,\n\nSorry to hear you are stepping back. Your application for the Buyer role has been closed as requested. Best of luck!\n\nGwen').kind).not.toBe('rejection');
  });

  it('still reads an application closed by the employer as a rejection', () => {
    expect(read('Hi Sam,\n\nYour application for the Buyer role has been closed, as we have chosen another applicant.\n\nGwen').kind).toBe('rejection');
  });

  it('reads a refusal to move the interview as other', () => {
    expect(read('Hi Sam, I am sorry to say we cannot move the interview to a Saturday, but Monday evening is free if that suits. Gwen').kind).not.toBe('rejection');
  });

  it('still reads a refusal to move the candidate forward as a rejection', () => {
    expect(read('Hi Sam, I am sorry to say we cannot move your application forward to the interview stage. Gwen').kind).toBe('rejection');
  });

  it('reads a test to retake "using the link below" as no rejection', () => {
    expect(read('Dear Sam,\n\nWe are sorry the test platform failed on Monday. Please take the test again using the link below.\n\nHR').kind).not.toBe('rejection');
  });

  it('still reads a test result below the pass mark as a rejection for the test', () => {
    const r = read('Dear Sam,\n\nThank you for taking the test. Your score was below the pass mark, so we will not progress your application.\n\nHR');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('reads a reminder that an application was started and not submitted as other', () => {
    expect(read('Hi Sam,\n\nWe noticed you started an application for Buyer at Dunmore Foods but have not submitted it yet. Your answers are saved.').kind).toBe('other');
  });

  it('still reads an application not considered because it was never completed as a rejection', () => {
    expect(read('Dear Sam,\n\nUnfortunately we will not be progressing your application for the Buyer role, as other candidates were a closer fit.\n\nDunmore Foods').kind).toBe('rejection');
  });
});

describe('reasons', () => {
  it('reads a search put on hold with its name between as role_closed', () => {
    expect(read('Hi Sam,\n\nThe client has put the senior buyer search on hold while they rethink the team. You have not been turned down and I will update you.\n\nNia').reasons).toEqual(['role_closed']);
  });

  it('reads a process delayed while waiting for budget sign-off as role_closed', () => {
    expect(read('Dear Sam,\n\nOur hiring process has been delayed while we wait for budget sign-off, so interviews cannot be booked yet. Your application is still open.\n\nDunmore Foods').reasons).toEqual(['role_closed']);
  });

  it('reads an employer that can only hire where it has an entity as location', () => {
    expect(read('Hi Sam,\n\nThanks for applying. We can only employ people through our entities in Ireland and Spain, so we cannot move forward with your application.\n\nNia').reasons).toEqual(['location']);
  });

  it('still reads "we can only hire one person" as no location', () => {
    expect(read('Hi Sam,\n\nThanks for applying. We can only hire one person in this round, and we have chosen another applicant.\n\nNia').reasons).not.toContain('location');
  });

  it('reads a role that no longer exists as role_closed', () => {
    expect(read('Hi Sam,\n\nSince we spoke, the buying team has merged with planning and the role no longer exists, so we will not proceed.\n\nNia').reasons).toEqual(['role_closed']);
  });

  it('reads a role offered to and accepted by another candidate as position_filled', () => {
    expect(read('Dear Sam,\n\nThank you for attending the interview. The role has now been offered to and accepted by another candidate.\n\nHR').reasons).toContain('position_filled');
  });

  it('still reads a role offered to the candidate in an offer letter as no rejection', () => {
    expect(read('Dear Sam,\n\nWe are delighted to offer you the role of Buyer at Dunmore Foods, starting on 4 May. The contract is attached.\n\nHR').kind).not.toBe('rejection');
  });
});

describe('stage', () => {
  it('reads "you chatted with X and the rest of the team" as an interview', () => {
    expect(read('hi Sam, thanks for the time after you chatted with Omar and the rest of the buying team on monday. we are going to pass this time. best, Lee').stage).toBe('interview');
  });

  it('still reads a talk with the rest of the recruiting team as no interview', () => {
    expect(read('hi Sam, after you spoke with the rest of the recruiting team we have decided to pass this time. best, Lee').stage).not.toBe('interview');
  });

  it('reads "speaking with you alongside Grace" as an interview', () => {
    expect(read('Hi Sam, I enjoyed speaking with you alongside Omar on Thursday. Sadly we have gone with someone else. Lee').stage).toBe('interview');
  });

  it('still reads speaking with you alongside other applicants as no interview', () => {
    expect(read('Hi Sam, it was great speaking with you alongside other applicants at the open evening. Sadly we have gone with someone else. Lee').stage).not.toBe('interview');
  });

  it('reads a call followed by a question double-checked with our legal team as a screen', () => {
    expect(read('Hi Sam,\n\nThanks for the call this morning. I double-checked with our legal team, and we can only employ people in Spain, so we cannot continue with your application.\n\nAna, Talent Acquisition').stage).toBe('screen');
  });
});

describe('flags', () => {
  it('reads an offer to go through the review of the exercise as feedbackOffered', () => {
    expect(read('Dear Sam,\n\nThank you for the exercise. We will not be moving you to interview. If you would like to go through the review in more detail, I am happy to set up a short call.\n\nHR').feedbackOffered).toBe(true);
  });

  it('reads "if a few notes from the panel would be useful" as feedbackOffered', () => {
    expect(read('Hi Sam, we will not be moving forward. If a few notes from the panel would be useful, reply and I will send them over. Gwen').feedbackOffered).toBe(true);
  });

  it('still reads notes from the panel that cannot be shared as no offer', () => {
    expect(read('Hi Sam, we will not be moving forward. Notes from the panel cannot be shared, as they would not be useful out of context. Gwen').feedbackOffered).toBe(false);
  });

  it('reads a habit the assessors saw in an exercise as feedback', () => {
    expect(read('Dear Sam,\n\nWe will not be offering you the role. In the role-play you tended to rush past the customer\'s questions, which weighed on the decision.\n\nHR').feedback).toBe(true);
  });

  it('still reads praise of an exercise as no feedback', () => {
    expect(read('Dear Sam,\n\nWe will not be offering you the role. You did well in the role-play and we enjoyed meeting you.\n\nHR').feedback).toBe(false);
  });

  it('reads "happy to jump on a call" in an offer follow-up as no offer of feedback', () => {
    expect(read('Hi Sam, did the offer letter reach you? If anything is unclear I am happy to jump on a call. Gwen', 'Your offer').feedbackOffered).toBe(false);
  });

  it('still reads "happy to jump on a call" after a rejection as an offer of feedback', () => {
    expect(read('Hi Sam, we have decided not to move forward with your application. If you want to hear why, I am happy to jump on a call. Gwen').feedbackOffered).toBe(true);
  });
});
