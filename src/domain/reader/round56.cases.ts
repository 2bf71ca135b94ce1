/**
 * What is a rejection: declines told in an institution's or a campus recruiter's words, pauses told of results and of
 * whole classes of candidates, and the look-alikes around them (a reserve list, a deadline that cannot move, a referral
 * still to finish, job alerts paused, a candidate running late). Messages written for this test (not taken from any
 * corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`) must
 * read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('declines told in few or formal words', () => {
  it('reads "we have decided to move ahead with others for the Buyer role" as a rejection', () => {
    expect(read('Hi Tomasz,\n\nThanks for the video call on Tuesday. Having met everyone on the shortlist, we have decided to move ahead with others for the Assistant Buyer role.\n\nAll the best,\nHannelore\nTalent, Brightwick Foods').kind).toBe('rejection');
  });

  it('does not read "we have decided to move ahead with your application" as a rejection', () => {
    expect(read('Hi Tomasz,\n\nThanks for the video call on Tuesday. We have decided to move ahead with your application and Dana will send you times for a site visit this week.\n\nAll the best,\nHannelore\nTalent, Brightwick Foods').kind).not.toBe('rejection');
  });

  it('reads "we have received acceptances for all of the places on the scheme" as a rejection', () => {
    expect(read('Dear Ngozi,\n\nThank you for applying to the 2027 Graduate Surveying Scheme. We are writing to let you know that we have now received acceptances for all of the places on the scheme this year.\n\nWith thanks,\nEarly Careers, Harrowgate Estates').kind).toBe('rejection');
  });

  it('does not read "we have received your acceptance of the offer" as a rejection', () => {
    expect(read('Dear Ngozi,\n\nThank you for applying to the 2027 Graduate Surveying Scheme. We have received your acceptance of the offer and your contract will follow by post this week.\n\nWith thanks,\nEarly Careers, Harrowgate Estates').kind).not.toBe('rejection');
  });

  it('reads "your application has been found ineligible" as a rejection', () => {
    expect(read('Dear Shri Venkatesan,\n\nYour application for the Junior Accounts Officer post (notice 07/2026) has been found ineligible on scrutiny, as the degree certificate does not show the minimum aggregate required.\n\nEstablishment Section').kind).toBe('rejection');
  });

  it('does not read "if you are found ineligible at the document check" as a rejection', () => {
    expect(read('Dear Shri Venkatesan,\n\nPlease bring your original certificates to the document verification on 14 March. If you are found ineligible at the document check, the provisional selection will lapse.\n\nEstablishment Section').kind).not.toBe('rejection');
  });
});

describe('look-alikes of a decline', () => {
  it('does not read "finish the form or it won\'t go anywhere" as a rejection', () => {
    expect(read('Hey Ines, I put your name in for the junior analyst opening on our team. You will get a link from the portal; fill it in this week or it won\'t go anywhere. Fingers crossed!\n\nRaf', 'referral').kind).not.toBe('rejection');
  });

  it('reads "it won\'t go any further this time" as a rejection', () => {
    expect(read('Hey Ines, I spoke to the hiring lead about the junior analyst opening and I\'m afraid it won\'t go any further this time. Sorry!\n\nRaf', 'referral').kind).toBe('rejection');
  });

  it('does not read "we can\'t go beyond that date" about an offer deadline as a rejection', () => {
    expect(read('Hi Sam,\n\nHappy to give you a little longer on the offer: the new deadline is Wednesday 14 January. Unfortunately we can\'t go beyond that, as the cohort starts training on the 26th.\n\nBest,\nOlu', 'Re: Offer deadline').kind).not.toBe('rejection');
  });

  it('reads "unfortunately we can\'t go further with your application" as a rejection', () => {
    expect(read('Hi Sam,\n\nThanks for the interview last week. Unfortunately we can\'t go further with your application, as the team needs someone with more audit experience.\n\nBest,\nOlu', 'Re: Analyst role').kind).toBe('rejection');
  });

  it('does not read a place on the reserve list, posts filled from the top of the list, as a rejection', () => {
    expect(read('Dear Ms Fennelly,\n\nFollowing your interview for Clerical Officer, the board found you suitable and has placed you on the reserve list, which will be used in order of merit for twelve months.\n\nThree posts were filled from the top of the list this week. Your position on the list is 7, and we will write to you when your name is reached.\n\nHR Section, Ballinroe County Council').kind).not.toBe('rejection');
  });

  it('reads "you were not successful, posts filled from the list" beside a reserve place as a rejection', () => {
    expect(read('Dear Ms Fennelly,\n\nFollowing your interview for Clerical Officer, I regret that you were not successful on this occasion. Three posts were filled from the top of the list this week.\n\nHR Section, Ballinroe County Council').kind).toBe('rejection');
  });
});

describe('pauses and their look-alikes', () => {
  it('reads "until the headcount review ends we are not able to move anyone to the final round" as on hold', () => {
    expect(read('Hi Kemi,\n\nA quick update on the Analyst Programme. Until the headcount review ends we are not able to move anyone to the final round. I will write again in February.\n\nBest,\nDevika').kind).toBe('on_hold');
  });

  it('reads "we are not able to move you to the final round" as a rejection', () => {
    expect(read('Hi Kemi,\n\nThanks for the first interview for the Analyst Programme. Having reviewed the panel\'s notes, we are not able to move you to the final round.\n\nBest,\nDevika').kind).toBe('rejection');
  });

  it('reads "the declaration of the final results has been postponed" as on hold', () => {
    expect(read('Dear Candidate,\n\nThe declaration of the final results for the post of Stenographer Grade II has been postponed owing to an administrative review. The revised date will be notified on the website.\n\nController of Examinations').kind).toBe('on_hold');
  });

  it('does not read "the final results will be declared on 3 May" as on hold', () => {
    expect(read('Dear Candidate,\n\nThe final results for the post of Stenographer Grade II will be declared on 3 May on the website.\n\nController of Examinations').kind).not.toBe('on_hold');
  });

  it('does not read "if you are running late, call the front desk" as on hold', () => {
    expect(read('Hi Marco,\n\nLooking forward to the assessment centre on Thursday. Please arrive by 8:30. If you are running late, call the front desk on 0161 555 0199.\n\nCampus Team').kind).not.toBe('on_hold');
  });

  it('reads "we are running a bit behind with the reviews" as on hold', () => {
    expect(read('Hi Marco,\n\nJust to let you know that we are running a bit behind with the reviews for the graduate scheme this month, so you will hear from us in early December rather than this week.\n\nCampus Team').kind).toBe('on_hold');
  });

  it('does not read "we\'ve paused your job alerts" on a careers site as on hold', () => {
    expect(read('Hi Wen,\n\nCongratulations on landing a role! We have marked your profile as placed, so recruiters won\'t find you in search results and we\'ve paused your job alerts.\n\nThe JobNest team').kind).not.toBe('on_hold');
  });

  it('reads "the recruitment process has been paused" as on hold', () => {
    expect(read('Hi Wen,\n\nThank you for your interview. The recruitment process for the Data Analyst post has been paused while the department is reorganised; we will contact you when it restarts.\n\nThe People Team').kind).toBe('on_hold');
  });
});

describe('a way taken, a pause beside soft words, an interview moved', () => {
  it('reads "we went the other way in the end" as a rejection', () => {
    expect(read('Hi Bex - you got to the final pair. We went the other way in the end. - Jonty').kind).toBe('rejection');
  });

  it('does not read "we went the other way round the lake" as a rejection', () => {
    expect(read('Hi Bex - good walk on Saturday. We went the other way round the lake after you left. - Jonty').kind).not.toBe('rejection');
  });

  it('reads a pause told in full beside "sorry" and "unfortunately" as on hold', () => {
    expect(read('Dear Aoife,\n\nThank you for coming to interview for the Research Administrator post. I am sorry to be writing with a delay and not an outcome. Unfortunately the chair of the panel has had to go on leave at short notice. We will not be able to make a final decision until she returns at the end of the month.\n\nKind regards,\nStaffing Office').kind).toBe('on_hold');
  });

  it('reads "unfortunately we will not be taking your application further" beside a delay as a rejection', () => {
    expect(read('Dear Aoife,\n\nThank you for coming to interview for the Research Administrator post, and I am sorry for the delay in writing. Unfortunately we will not be taking your application further.\n\nKind regards,\nStaffing Office').kind).toBe('rejection');
  });

  it('does not read "your interview will have to be moved" with a new date to come as on hold', () => {
    expect(read('Dear Mr Achterberg,\n\nUnfortunately your interview on Friday with Dr. Lenz will have to be moved, as she has been called away to a site audit. We will send a new date shortly, and your application remains under active consideration.\n\nRecruitment Office').kind).not.toBe('on_hold');
  });

  it('reads "the whole process is on hold until the funding is confirmed" as on hold', () => {
    expect(read('Dear Mr Achterberg,\n\nUnfortunately the whole recruitment process for the Lab Manager post is on hold until the grant funding is confirmed. Your application remains under active consideration.\n\nRecruitment Office').kind).toBe('on_hold');
  });
});

describe('a form line names no reason', () => {
  it('does not read an event confirmation with a "Location:" line and a waitlist as a rejection', () => {
    expect(read('Dear Abdi,\n\nThanks for registering for the Marlow Logistics site visit on Thursday, 9 October.\n\nLocation: Marlow depot, 44 Canal Road, Joliet, IL\nCheck-in: 9:15 AM at gate 2\nDress: business casual, safety boots required on the dock\n\nIf you can no longer come, please cancel so that we can offer your seat to a student on the waitlist.\n\nMarlow Campus Team', 'Confirmed: depot visit').kind).not.toBe('rejection');
  });

  it('reads "the role is based in Joliet and needs you on site" beside a decline as a rejection', () => {
    expect(read('Dear Abdi,\n\nThanks for applying to Marlow Logistics. The role is based at our Joliet depot five days a week and you told us you can only work remotely, so we will not be moving forward.\n\nMarlow Campus Team', 'Your application').kind).toBe('rejection');
  });
});
