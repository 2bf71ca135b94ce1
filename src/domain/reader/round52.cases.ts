/**
 * What is a rejection, and what only looks like one: declines relayed by a recruiter or said in few words, pauses that end
 * the role and pauses that do not, and the look-alikes of a job-portal inbox. Messages written for this test (not taken from
 * any corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`) must
 * read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('declines relayed in few words', () => {
  it('reads "the hiring manager has said no to your application" as a rejection', () => {
    expect(read('Hi Josie,\n\nQuick one: the hiring manager has said no to your application for the Payroll Administrator contract. I will keep an eye out for other payroll temp work.\n\nRegards,\nDeclan, Harbour Staffing').kind).toBe('rejection');
  });

  it('reads "they passed on your CV for the Forklift Driver shift" as a rejection', () => {
    expect(read('Morning Tomasz, bad news I am afraid, they passed on your CV for the Forklift Driver shift. Thanks for applying through us.\n\nLeanne').kind).toBe('rejection');
  });

  it('does not read "I have passed on your CV to the hiring manager" as a rejection', () => {
    expect(read('Morning Tomasz, I have passed on your CV to the hiring manager at the depot this morning and will let you know what she says by Friday.\n\nLeanne').kind).not.toBe('rejection');
  });

  it('reads "the client has withdrawn the Quantity Surveyor vacancy" as a rejection', () => {
    expect(read('Hello Ruairi,\n\nThe client has withdrawn the Quantity Surveyor vacancy after losing the tender it depended on. I will be in touch if anything similar comes up.\n\nKind regards,\nFenella').kind).toBe('rejection');
  });

  it('does not read "the client has pulled the Site Engineer vacancy for now" as a rejection', () => {
    expect(read('Hello Ruairi,\n\nThe client has pulled the Site Engineer vacancy for now while they re-plan the project. Your CV is still with them and I expect to hear more next month.\n\nKind regards,\nFenella').kind).not.toBe('rejection');
  });
});

describe('look-alikes in a job-portal inbox', () => {
  it('does not read "don\'t take it to heart" before the next round as a rejection', () => {
    expect(read('Hi Aditya, the manager said the first round was a bit rushed, so do not take it to heart. The technical round is confirmed for Thursday at 11 am.\n\nRegards,\nSwati').kind).not.toBe('rejection');
  });

  it('still reads "we won\'t be taking your application further, please don\'t take it personally" as a rejection', () => {
    expect(read('Hi Aditya, we won\'t be taking your application further for the QA Lead role. Please don\'t take it personally, the pool was very strong.\n\nRegards,\nSwati').kind).toBe('rejection');
  });

  it('does not read a friend\'s "they rejected me, the usual \\"not aligned\\" line" as a rejection', () => {
    expect(read('Arjun! Well done on the offer. Meanwhile they rejected me from Kestrel after the HR round, the usual "profile not aligned" line. Chai on Sunday?\n\nMeera', 'well done').kind).not.toBe('rejection');
  });

  it('still reads "the client has rejected your application" as a rejection', () => {
    expect(read('Hi Arjun, the client has rejected your application for the Selenium tester role after the managerial round. Sorry about that.\n\nMeera, Talent Bridge').kind).toBe('rejection');
  });

  it('does not read "a few candidates told us they couldn\'t upload their case study" as a rejection', () => {
    expect(read('Hi Dara, unfortunately our portal failed on Sunday night and a few candidates told us they couldn\'t upload their case study. We have moved the deadline to Wednesday at noon for everyone.\n\nRecruitment Team', 'Case study deadline moved').kind).not.toBe('rejection');
  });

  it('still reads "unfortunately we couldn\'t progress your application" after a case study as a rejection', () => {
    expect(read('Hi Dara, thank you for the case study. Unfortunately we couldn\'t progress your application to the interview stage this time.\n\nRecruitment Team', 'Case study outcome').kind).toBe('rejection');
  });

  it('does not read a job alert listing "(position filled)" as a rejection', () => {
    expect(read('Job alerts for you: Testing, Hyderabad\n\n1. QA Engineer - Sarvam Fintech - Hyderabad (position filled)\n2. Test Analyst - Nilgiri Systems - Hyderabad - 2-4 Yrs\n\nManage alerts', '2 new testing jobs').kind).not.toBe('rejection');
  });

  it('still reads a decline that says "the position has been filled" above an alerts footer as a rejection', () => {
    expect(read('Dear Kavya, thank you for applying for QA Engineer. The position has been filled and we will not be taking your application forward.\n\nManage alerts', 'Your application').kind).toBe('rejection');
  });

  it('does not read "incomplete uploads will delay the process" in a document request as on hold', () => {
    expect(read('Dear Ravi, please upload your degree certificate and last two payslips on the portal by Monday. Incomplete uploads will delay the process.\n\nHR Operations', 'Documents required').kind).not.toBe('on_hold');
  });

  it('still reads "the budget review has delayed the process" as on hold', () => {
    expect(read('Dear Ravi, thank you for attending the technical round. Unfortunately the annual budget review has delayed the process by about a month, and we will write again once we can schedule the HR discussion.\n\nHR Operations', 'QA Engineer - update').kind).toBe('on_hold');
  });

  it('reads "we have not closed your application" beside a hiring hold as on hold', () => {
    expect(read('Hi Sneha, the project behind this opening has not started yet, so the hiring is on hold for now. We have not closed your application and will call you as soon as it moves.\n\nThanks,\nRohit', 'Test Engineer - status').kind).toBe('on_hold');
  });

  it('still reads "we have closed your application" as a rejection', () => {
    expect(read('Hi Sneha, after the panel discussion we have closed your application for the Test Engineer opening. Thanks for your time.\n\nRohit', 'Test Engineer - status').kind).toBe('rejection');
  });
});

describe('pauses that hold and pauses that end the role', () => {
  it('reads "they have had to pause reviewing the tasks for a couple of weeks" as on hold', () => {
    expect(read('Hi Oona, the client has had to pause reviewing the take-home tasks for a couple of weeks while their lead is travelling. No decision either way yet.\n\nPiotr').kind).toBe('on_hold');
  });

  it('reads "they have asked us to hold all shortlisted candidates until March" as on hold', () => {
    expect(read('Hi Oona, the bank has frozen graduate headcount pending its new budget, and they have asked us to hold all shortlisted candidates, you included, until March.\n\nPiotr').kind).toBe('on_hold');
  });

  it('does not read "we hold candidates\' data until the end of the year" as on hold', () => {
    expect(read('Hi Oona, thanks for registering with us. We hold candidates\' data until the end of the year under our privacy policy; you can ask us to delete it at any time.\n\nPiotr').kind).not.toBe('on_hold');
  });

  it('reads a pause with "so we are closing the role" as a rejection', () => {
    expect(read('Hi Ben, thanks for the two interviews. Our investor has delayed the next tranche, so we have paused hiring and we are closing the role rather than keep people waiting.\n\nMaya').kind).toBe('rejection');
  });

  it('still reads "we have paused the role for now" as on hold', () => {
    expect(read('Hi Ben, thanks for the two interviews. Our investor has delayed the next tranche, so we have paused the role for now and will pick it up again in the spring.\n\nMaya').kind).toBe('on_hold');
  });

  it('reads a role put on ice "so we won\'t be appointing anyone" as a rejection', () => {
    expect(read('Dear Nia, the board has put the Grants Officer role on ice for the rest of the year, so we won\'t be appointing anyone. I am sorry after all your preparation.\n\nGwen').kind).toBe('rejection');
  });

  it('still reads "we won\'t be appointing anyone until January" as on hold', () => {
    expect(read('Dear Nia, the board has put the Grants Officer role on hold, so we won\'t be appointing anyone until January. You are still very much in the running.\n\nGwen').kind).toBe('on_hold');
  });

  it('reads a freeze in which "every open role has been closed" as a rejection', () => {
    expect(read('Hi Cal, after your interviews the client froze their analytics headcount, and every open role has been closed this week.\n\nJo').kind).toBe('rejection');
  });

  it('reads "hiring was on hold; the position has since been filled" as a rejection', () => {
    expect(read('Dear Ines, we wrote in May that hiring for the Lab Technician post was on hold. The position has since been reopened and filled. Thank you for your interest.\n\nHR Team').kind).toBe('rejection');
  });

  it('reads a role on hold "so we are closing all applications" as a rejection', () => {
    expect(read('Dear Ines, the Lab Technician post has been put on hold while the department is reorganised, and as a result we are closing all applications.\n\nHR Team').kind).toBe('rejection');
  });
});

describe('invitations and notes that are not declines', () => {
  it('reads "we would love to move you to the onsite" as no rejection', () => {
    expect(read('Hey Lin, great work on the coding challenge, you were close to a perfect score! We would love to move you to the onsite. Our coordinator will reach out about travel.\n\nSam').kind).not.toBe('rejection');
  });

  it('still reads "we won\'t be moving you to the onsite" as a rejection', () => {
    expect(read('Hey Lin, thanks for the coding challenge. We won\'t be moving you to the onsite this time, the bar on the system design part was not met.\n\nSam').kind).toBe('rejection');
  });

  it('does not read "shortlisted people get a paid task (we don\'t believe in free work)" as a rejection', () => {
    expect(read('Thanks for applying, Ro. Shortlisted people get a one-hour paid task (we don\'t believe in free work), then a chat with our editor. You will hear from us either way by the 30th.\n\nBea', 'Thanks for applying').kind).not.toBe('rejection');
  });

  it('still reads "you have not been shortlisted" as a rejection', () => {
    expect(read('Thanks for applying, Ro. I am sorry to say you have not been shortlisted for the paid task this time.\n\nBea', 'Your application').kind).toBe('rejection');
  });
});

describe('a term refused in an offer negotiation', () => {
  it('does not read "we can\'t go above grade 5 on salary — what I can do: …" as a rejection', () => {
    expect(read('Hi Femi,\n\nThanks for being upfront about the numbers. Unfortunately we are not able to place you above point 12 on grade 5, because starting pay has to match the grading rules for new staff. What I can do: agree a later start date, pay for your professional membership, and review your pay after probation.\n\nLet me know what you think.\n\nClaire', 'RE: Offer - Data Officer').kind).not.toBe('rejection');
  });

  it('still reads "what we can offer is too far from your salary expectations, so we\'ll leave it there" as a rejection', () => {
    expect(read('Hi Femi,\n\nThanks for the call. I\'m afraid the gap between your salary expectations and what we can offer is too big, so we will not be taking your application further.\n\nClaire', 'Data Officer').kind).toBe('rejection');
  });

  it('still reads a decline followed by "what I can do is keep your CV on file" as a rejection', () => {
    expect(read('Hi Femi,\n\nI\'m sorry, the client has decided not to progress your application for the Data Officer role. What I can do is keep your CV on file for similar contracts.\n\nClaire').kind).toBe('rejection');
  });
});

describe('mail to a talent community', () => {
  it('does not read a community round-up saying "the role we featured has been filled" as a rejection', () => {
    expect(read('Hi Tove,\n\nThanks for joining our Northern Lights talent community! Each month we share open roles and news. This month the Studio Coordinator role we featured has been filled, but three new openings are listed below.\n\nThe Aurora Studios team', 'Welcome to the community').kind).not.toBe('rejection');
  });

  it('still reads a decline that invites the candidate to join the talent community as a rejection', () => {
    expect(read('Hi Tove,\n\nThank you for applying for the Studio Coordinator role. The role has been filled, but we would love you to join our talent community so we can tell you about new openings.\n\nThe Aurora Studios team', 'Your application').kind).toBe('rejection');
  });
});

describe('arrangements and promises that are no decline', () => {
  it('does not read "unfortunately we may not be able to offer an alternative date" in an invitation as a rejection', () => {
    expect(read('Dear Ola,\n\nYou have been shortlisted for the Ward Clerk post and are invited to interview on 3 March at 10:00. If you cannot attend, please tell us straight away, as unfortunately we may not be able to offer an alternative date.\n\nRecruitment Team', 'Interview - Ward Clerk').kind).not.toBe('rejection');
  });

  it('still reads "unfortunately we will not be able to offer you the post" as a rejection', () => {
    expect(read('Dear Ola,\n\nThank you for attending interview for the Ward Clerk post. Unfortunately we will not be able to offer you the post on this occasion.\n\nRecruitment Team', 'Ward Clerk').kind).toBe('rejection');
  });

  it('does not read "once the deadline passes we can\'t extend it" in a test reminder as a rejection', () => {
    expect(read('Hi Nadia, your coding test for Backend Developer closes in 12 hours and you have not opened it yet. Unfortunately, once the deadline passes we can\'t extend it, so please start soon.\n\nTalent Team', 'Reminder: coding test').kind).not.toBe('rejection');
  });

  it('does not read "applicants will be told the outcome once the recruitment process is complete" as a rejection', () => {
    expect(read('Dear Omar,\n\nYour application for Parks Officer has been received. All applicants will be told the outcome once the recruitment process is complete.\n\nPeople Services', 'Application received').kind).not.toBe('rejection');
  });

  it('still reads "the recruitment process is now complete" as a rejection', () => {
    expect(read('Dear Omar,\n\nThank you for applying for Parks Officer. The recruitment process is now complete and we will not be taking your application further.\n\nPeople Services', 'Parks Officer').kind).toBe('rejection');
  });
});

describe('a hire on ice while something is settled', () => {
  it('reads "the Project Lead hire is on ice while the client renews the contract" as on hold', () => {
    expect(read('Hi Sunil,\n\nThanks for meeting us on Monday. A heads-up: the Project Lead hire is on ice while the client renews the contract, and I will come back to you once it is signed.\n\nMeg').kind).toBe('on_hold');
  });

  it('still reads a role "on ice for the rest of the year, so we won\'t be appointing anyone" as a rejection', () => {
    expect(read('Hi Sunil,\n\nThanks for meeting us on Monday. The Project Lead role has been put on ice for the rest of the year, so we won\'t be appointing anyone. Sorry to bring bad news.\n\nMeg').kind).toBe('rejection');
  });
});
