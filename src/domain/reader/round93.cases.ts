/**
 * Long letters and regretful look-alikes: a regret about an arrangement (a venue changed, a date to change in the portal, a
 * document to bring), a decline named only as the one sent in error, something asked for refused while the application goes
 * on, an invitation that regrets the wait before it, and the padding of a long letter (its news, its process for everyone,
 * the role as it will be, its letterhead) on which no feedback or open door the model adds may rest. Messages written for this
 * test (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { isPadding } from './learned.js';
import { readMessage } from './read-message.js';
import { splitSentences } from './sentences.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const padding = (text: string): boolean => isPadding(splitSentences(text)[0]!);

describe('a regret about an arrangement', () => {
  it('reads a venue changed, with the interview still ahead, as no decline', () => {
    const r = read('Dear Ofelia,\n\nWe regret to inform you that the room for your interview has changed. Unfortunately, the third floor is being repainted, so your interview on Thursday at 14:00 will take place on the ground floor instead.\n\nWe look forward to meeting you.\n\nKind regards,\nRecruitment, Halden Water', 'Interview room');
    expect(r.kind).toBe('other');
  });

  it('still reads a regret about the interview outcome as a rejection', () => {
    const r = read('Dear Ofelia,\n\nWe regret to inform you that after your interview on Thursday the panel has decided not to take your application further. Unfortunately, the other candidates had more experience of water treatment.\n\nKind regards,\nRecruitment, Halden Water', 'Interview outcome');
    expect(r.kind).toBe('rejection');
  });

  it('reads a date change refused by email, to be made in the portal, as no decline', () => {
    const r = read('Dear Ms Adeyemi,\n\nWe regret to inform you that we are unable to process your request to change the date of your assessment day by email. Unfortunately, all changes must be made through the applicant portal, so that the system can release your first place.\n\nTo change your date, sign in and open your application.\n\nGraduate Team', 'RE: Request to change assessment day');
    expect(r.kind).toBe('other');
  });
});

describe('a decline sent in error', () => {
  it('reads a decline named only as the one sent in error as no decline', () => {
    const r = read('Dear Ms Varga,\n\nPlease accept our apologies. Yesterday we emailed you in error to say that your application for the Tax Manager role had been unsuccessful. Your application is still being reviewed and we will be in touch next week.\n\nPeople Team', 'Your application');
    expect(r.kind).toBe('other');
  });

  it('still reads an invitation sent in error, then a decline, as a rejection', () => {
    const r = read('Dear Ms Varga,\n\nPlease accept our apologies. Yesterday we sent you an interview invitation in error. I am sorry to say that your application for the Tax Manager role has not been successful on this occasion.\n\nPeople Team', 'Your application');
    expect(r.kind).toBe('rejection');
  });
});

describe('something asked for refused while the application goes on', () => {
  it('reads the salary range withheld until the interview stage, with the candidate shortlisted, as no decline', () => {
    const r = read('Hi Marek,\n\nSorry to disappoint you, but we are not able to share the salary band for the Office Manager post until the interview stage, as every candidate hears it at the same time.\n\nThe good news is that you are on the shortlist, and invitations go out on Thursday.\n\nBest,\nLena', 'Office Manager salary');
    expect(r.kind).toBe('other');
  });

  it('still reads the same refusal beside a decline as a rejection', () => {
    const r = read('Hi Marek,\n\nSorry to disappoint you, but we are not able to share the salary band for the Office Manager post. I also have to tell you that you have not been shortlisted for interview.\n\nBest,\nLena', 'Office Manager salary');
    expect(r.kind).toBe('rejection');
  });
});

describe('an invitation that regrets the wait before it', () => {
  it('reads an invitation after "we regret the delay" as no pause', () => {
    const r = read('Hi Dana,\n\nWe regret the delay in coming back to you about the Stores Supervisor role - it has taken us longer than it should have.\n\nThe good news is that we would like to invite you to an interview with our depot manager. Please choose a slot on the link below.\n\nThanks,\nRecruitment', 'Stores Supervisor');
    expect(r.kind).toBe('other');
  });

  it('still reads a wait for a budget decision as a pause', () => {
    const r = read('Hi Dana,\n\nWe regret the delay in coming back to you about the Stores Supervisor role. All interviews are on hold until the new budget has been approved, and we will be in touch as soon as we can go ahead.\n\nThanks,\nRecruitment', 'Stores Supervisor');
    expect(r.kind).toBe('on_hold');
  });
});

describe('feedback asked for and refused until a decision is made', () => {
  it('reads no offer of feedback in a reply that refuses it while interviews go on', () => {
    const r = read('Dear Imogen,\n\nThank you for your email asking for feedback on your interview for the Data Officer post.\n\nWe are not able to give feedback at this point, as interviews with other applicants are still ongoing. Once a decision has been made, you are welcome to ask again and we will be happy to provide feedback.\n\nRecruitment Team', 'RE: Data Officer - feedback?');
    expect(r.kind).toBe('other');
    expect(r.feedbackOffered).toBe(false);
  });

  it('still reads an offer of feedback after a decline', () => {
    const r = read('Dear Imogen,\n\nThank you for your interview for the Data Officer post. I am sorry to say that we have decided to appoint another applicant. If you would like feedback on your interview, we will be happy to provide it.\n\nRecruitment Team', 'Data Officer');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });
});

describe('the one chosen told as one of our own people', () => {
  it('reads the role gone to someone who has been on our team for years as an internal candidate', () => {
    const r = read('Hi Bruno,\n\nThanks for coming in last week. We have now finished the interviews, and the Payroll Lead role has gone to someone who has been on our finance team for four years.\n\nAll the best,\nMaya', 'Payroll Lead');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('reads the post given to our current deputy as an internal candidate', () => {
    const r = read('Hi Bruno,\n\nThanks for coming in last week. After the restructure, the Payroll Lead post has been given to our current Deputy Payroll Manager, so we will not be taking your application further.\n\nAll the best,\nMaya', 'Payroll Lead');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read a recruiter who has been on our team for years as the one chosen', () => {
    const r = read('Hi Bruno,\n\nThanks for coming in last week. I have been on our finance team for four years and I have rarely seen a closer field; we have decided to go with another applicant whose payroll experience is broader.\n\nAll the best,\nMaya', 'Payroll Lead');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe('the sender\'s own oversight, and a process at month end', () => {
  it('does not read an apology that an issue was not picked up sooner as the test\'s result', () => {
    const r = read('Dear Rafael,\n\nThank you for completing the written exercise. The post is based in Inverness, and you told us you cannot relocate, so we cannot take your application further. We know this is disappointing after completing the exercise, and we apologise that this issue was not picked up sooner.\n\nHR', 'Field Officer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('still reads a written exercise that was not strong enough as the test\'s result', () => {
    const r = read('Dear Rafael,\n\nThank you for completing the written exercise. I am sorry to say that your exercise was not strong enough to take you through to interview.\n\nHR', 'Field Officer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read a month-end process as a search ended', () => {
    const r = read('Dear Ms Khan,\n\nThank you for your interview. We valued your suggestions about our month-end process. However, your experience is considerably more senior than this post requires, and we will not be offering you the role.\n\nHR', 'Assistant Accountant');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a search ended as the role closed', () => {
    const r = read('Dear Ms Khan,\n\nThank you for your interview. Following the budget review we have had to end the search for this post, and we will not be offering the role to anyone.\n\nHR', 'Assistant Accountant');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('the padding of a long letter', () => {
  it('takes the company\'s news and history as padding', () => {
    expect(padding('By way of background, the firm has grown to 60 people over the last two years and now serves more than 3,000 clients.')).toBe(true);
    expect(padding('As you know, the Trust was established in 1948 and runs four hospitals across the county.')).toBe(true);
  });

  it('does not take the role\'s fate told in the news as padding', () => {
    expect(padding('Some news from our side: after the reorganisation the analyst role has been cut from this year\'s plan.')).toBe(false);
  });

  it('takes the process told of everyone as padding, but not the candidate\'s own result', () => {
    expect(padding('Everyone who reached this stage was given the same case study and the same forty minutes.')).toBe(true);
    expect(padding('Your case study did not reach the standard the other finalists set.')).toBe(false);
  });

  it('takes the role as it will be as padding, but not the role\'s needs set against the candidate', () => {
    expect(padding('The Head of Operations will lead both depots and will be central to our plans for the next five years.')).toBe(true);
    expect(padding('The Head of Operations will lead both depots, and you have not yet managed a site of this size.')).toBe(false);
  });

  it('takes a letterhead left in the body as padding', () => {
    expect(padding('Solicitors, 12 King Street, Leeds. Authorised and regulated by the Solicitors Regulation Authority.'.split('. ')[1]!)).toBe(true);
  });
});
