/**
 * The kind of message: a pause the candidate is told they are still inside, a role's hire put on hold, a thread reply whose
 * forwarded invitation sits below the decline, an interview not given in the verbs of asking someone in, and the polite
 * look-alikes — the candidate's own mail telling their own decline, an apology for short notice, the candidate's limits
 * granted in advance, a talent-community welcome with news "from inside the firm", a recruiter's new role after an old
 * decline. Messages written for this test (not taken from any corpus part), each beside a message in nearby words that
 * must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a pause the candidate is told they are still inside', () => {
  it('reads "we must look at a colleague\'s application first … you\'re still in the running" as on hold', () => {
    const r = read('Hi Tomasz,\n\nThank you for the case study, it has reached the panel.\n\nWe have been told to look at an internal candidate for the Pricing Analyst post before we carry on with anyone from outside, which should take a fortnight. Nothing has been decided about you and you\'re still in the running; I\'ll be back in touch as soon as that is done.\n\nBest,\nMira', 'Pricing Analyst - timing');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads an internal candidate chosen, with no word that the candidate is still in, as a rejection', () => {
    const r = read('Hi Tomasz,\n\nThank you for the case study, it has reached the panel.\n\nWe have decided to appoint an internal candidate for the Pricing Analyst post, so we will not be taking your application further.\n\nBest,\nMira', 'Pricing Analyst - outcome');
    expect(r.kind).toBe('rejection');
  });

  it('still reads "you are still being considered for other roles" beside a plain decline as a rejection', () => {
    const r = read('Hi Tomasz,\n\nI am sorry to say you were not selected for the Pricing Analyst post, as an internal candidate has been appointed. Your profile is still on our books and you are still being considered for other roles in the team, which may be paused until the spring.\n\nBest,\nMira', 'Pricing Analyst - outcome');
    expect(r.kind).toBe('rejection');
  });
});

describe('a hire put on hold', () => {
  it('reads "the board has put the Head of Finance hire on hold" as on hold', () => {
    const r = read('Dear Ruth,\n\nAn update after your final interview: following a budget review, the board has put the Head of Finance hire on hold while the new plan is agreed. This is not a no, and we will come back to you when we can.\n\nKind regards,\nOwen', 'Head of Finance');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a hire called off for good as a rejection', () => {
    const r = read('Dear Ruth,\n\nAn update after your final interview: following a budget review, the board has cancelled the Head of Finance role, so we will not be taking your application any further.\n\nKind regards,\nOwen', 'Head of Finance');
    expect(r.kind).toBe('rejection');
  });
});

describe('the interview not given, in the verbs of asking someone in', () => {
  it('reads "we won\'t be bringing you in for an interview" as a rejection', () => {
    const r = read('Hi Cormac,\n\nThanks for applying for the Warehouse Supervisor job. We\'ve read every application and I\'m sorry to say we won\'t be bringing you in for an interview on this occasion.\n\nAll the best,\nSinead', 'Warehouse Supervisor');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('does not read "we\'ll be bringing you in for an interview" as a rejection', () => {
    const r = read('Hi Cormac,\n\nThanks for applying for the Warehouse Supervisor job. We\'ve read every application and we\'ll be bringing you in for an interview next Tuesday at 10am.\n\nAll the best,\nSinead', 'Warehouse Supervisor');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a thread reply above a forwarded invitation', () => {
  const invite = '\n\n---------- Forwarded message ---------\nFrom: Careers <jobs@harbourline.example>\nDate: Mon, 2 Nov 2026 at 09:10\nSubject: Video interview - Claims Handler\n\nDear Ada,\n\nThank you for applying. We would like to invite you to a 20-minute video interview with our recruiter. Please book a slot using the link below.\n\nRegards,\nHarbourline Careers';

  it('reads the decline on top of a "Re:" message as the newest message, not the invitation below', () => {
    const r = read('Dear Ada,\n\nThank you for speaking with us on Friday. Having talked to every shortlisted candidate, we have decided not to progress your application any further.\n\nRegards,\nHarbourline Careers' + invite, 'Re: Video interview - Claims Handler');
    expect(r.kind).toBe('rejection');
  });

  it('still reads the invitation when a long note of the candidate\'s own forwards it ("Fwd:")', () => {
    const r = read('Logging this one for the tracker please, it came in this morning after I chased them on Friday and I still need to choose a time that works around my shifts.' + invite, 'Fwd: Video interview - Claims Handler');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the candidate\'s own mail telling their own decline', () => {
  it('does not read "I\'m disappointed I was not selected" in the candidate\'s own reply as a rejection', () => {
    const r = read('Dear Ms Patel,\n\nThanks for the call this morning. Naturally I\'m sad that I wasn\'t selected for the Site Engineer post, but I valued the chance to meet the team.\n\nIf there is any feedback on my interview, I would welcome it.\n\nBest wishes,\nJonas', 'Re: Site Engineer');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "I\'m sorry that you were not selected" from the employer as a rejection', () => {
    const r = read('Dear Jonas,\n\nThanks for the call this morning. I\'m sorry that you were not selected for the Site Engineer post, but I valued the chance to meet you.\n\nBest wishes,\nAnjali Patel', 'Site Engineer');
    expect(r.kind).toBe('rejection');
  });
});

describe('apologies for short notice, and the candidate\'s limits granted in advance', () => {
  it('does not read "we regret the short notice" in a reference request as a rejection', () => {
    const r = read('Dear Mr Adeyemi,\n\nTemitope Bello has applied to us for the post of Site Accountant and has named you as a referee. Could you complete the enclosed form by Friday? We apologise for the short notice and thank you for your help.\n\nYours sincerely,\nHR Department', 'Reference for Temitope Bello');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "we regret the short notice" beside a decline as a rejection', () => {
    const r = read('Dear Temitope,\n\nWe apologise for the short notice, but the panel has decided not to take your application for Site Accountant further.\n\nYours sincerely,\nHR Department', 'Site Accountant');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "we understand you might not be able to take calls at work" in an invitation as a rejection', () => {
    const r = read('Hi Dara,\n\nThanks for applying to be a Support Worker with us. We would like to invite you to a short phone call with our recruiter. We understand you might not be able to take calls at work, so let us know a time that suits you.\n\nThanks,\nRecruitment', 'Support Worker - phone call');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "we will not be able to take your application further" as a rejection', () => {
    const r = read('Hi Dara,\n\nThanks for applying to be a Support Worker with us. We will not be able to take your application further at this stage.\n\nThanks,\nRecruitment', 'Support Worker');
    expect(r.kind).toBe('rejection');
  });
});

describe('look-alikes from a talent community and a recruiter', () => {
  it('does not read a talent-community welcome that promises "stories from inside the company" as a decline', () => {
    const r = read('Welcome to the Brightwater Careers Network!\n\nHi Omar,\n\nThanks for signing up. We\'ll send you roles that match the areas you picked, stories from inside the company and invitations to our open days.\n\nThe Brightwater Careers Team', 'Welcome to Brightwater Careers');
    expect(r.kind).not.toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('still reads a post given to someone from inside the company as a rejection with an internal candidate', () => {
    const r = read('Hi Omar,\n\nThank you for interviewing with us. Unfortunately the post has been given to a person from inside the company, so we won\'t be moving forward with your application.\n\nThe Brightwater Careers Team', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read a recruiter\'s new role, after an old role that went internally, as a rejection', () => {
    const r = read('Hi Lerato,\n\nYou might remember we met in March about the Payroll Lead job. Unfortunately that one was filled by an internal colleague in the end, but a Payroll Manager job has just opened in Durban that fits you well.\n\nWould you be interested in applying? I can put you straight through to the Finance Director.\n\nBest,\nThabo', 'A new role for you');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads the decline of the candidate\'s own application, with another role put to them, as a rejection', () => {
    const r = read('Hi Lerato,\n\nThank you for your application for the Payroll Lead job. Unfortunately it was filled by an internal colleague, so your application has not been successful.\n\nWould you be interested in applying for the Payroll Manager job in Durban?\n\nBest,\nThabo', 'Payroll Lead');
    expect(r.kind).toBe('rejection');
  });
});
