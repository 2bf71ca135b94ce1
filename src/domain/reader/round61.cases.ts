/**
 * The stage reached, told indirectly: statements written for the application, the application review, a session with the
 * recruiters, a talk reviewed by the sender, a step planned for the shortlisted only, the team met after a first talk, the
 * meeting that is the last step, an afternoon with the people of the place, a solution sent in, a test named with '&', a
 * score below the bar. Messages written for this test (not taken from any corpus part), each beside a message in nearby
 * words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the application read, not a step taken', () => {
  it('reads the time put into a personal statement as the application', () => {
    const r = read('Dear Tomasz,\n\nThank you for applying for the Volunteer Coordinator role. We appreciate the time you put into your personal statement. I am sorry to say that we will not be progressing your application.\n\nBest wishes,\nRiverside Housing Co-operative', 'Volunteer Coordinator');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('still reads the time put into a written brief as an assessment', () => {
    const r = read('Dear Tomasz,\n\nThank you for applying for the Volunteer Coordinator role. We appreciate the time you put into the volunteer induction brief. I am sorry to say that we will not be progressing your application.\n\nBest wishes,\nRiverside Housing Co-operative', 'Volunteer Coordinator');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('reads "after our review" with nothing more as the review of the application', () => {
    const r = read('Hello Dana,\n\nThanks for your interest in the Warehouse Supervisor opening. After our careful review, we have decided not to take your application any further.\n\nRegards,\nPeakline Distribution');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('still reads "after the portfolio review" as a step the candidate took', () => {
    const r = read('Hello Dana,\n\nThanks for your interest in the Junior Illustrator opening. After the portfolio review on Thursday, we have decided not to take your application any further.\n\nRegards,\nPeakline Studio');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('a talk with the recruiters, not an interview', () => {
  it('reads a video session with the talent acquisition team as a screen', () => {
    const r = read('Dear Marco,\n\nThank you for the brief video session with our talent acquisition team last week about the Treasury Analyst vacancy. We will not be continuing with your candidacy.\n\nKind regards,\nHarbourview Bank');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('still reads a video session with the finance team as an interview', () => {
    const r = read('Dear Marco,\n\nThank you for the long video session with our finance team last week about the Treasury Analyst vacancy. We will not be continuing with your candidacy.\n\nKind regards,\nHarbourview Bank');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads a phone call with HR that the sender reviewed with the hiring team as a screen', () => {
    const r = read('Dear Ifeoma,\n\nThank you for the telephone call with HR on Monday about the Sales Executive role. Having reviewed your call with our hiring team, we will not be moving your application forward.\n\nRegards,\nDelta Freight HR');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('still reads a conversation the candidate had with the hiring team as an interview', () => {
    const r = read('Dear Ifeoma,\n\nThank you for the telephone call with HR on Monday about the Sales Executive role, and for your conversation with our hiring team on Thursday. We will not be moving your application forward.\n\nRegards,\nDelta Freight HR');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads "thank you for making time for your chat with Sam" as a screen', () => {
    const r = read('Hi Lea,\n\nThank you for making time for your chat with Sam on Wednesday. We won\'t be taking you forward for the Office Manager role.\n\nAll the best,\nNorthgate People Team');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('does not read "thank you for making time for your application" as a talk', () => {
    const r = read('Hi Lea,\n\nThank you for making time for your application last month. We won\'t be taking you forward for the Office Manager role.\n\nAll the best,\nNorthgate People Team');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('a step planned or reached, told indirectly', () => {
  it('does not read a panel planned for the shortlisted candidates as a last round reached', () => {
    const r = read('Dear Ruth,\n\nThank you for completing the written exercise for the Policy Officer post. We intend to hold a panel for shortlisted candidates next month, but we will not be taking your application to that stage.\n\nRegards,\nCounty Resourcing');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('still reads a shortlist of the last candidates as the last round', () => {
    const r = read('Dear Ruth,\n\nThank you for completing the written exercise and the interview for the Policy Officer post. You were on our shortlist of three, but we have offered the post to another candidate.\n\nRegards,\nCounty Resourcing');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('reads meeting the team after a call with HR as an interview', () => {
    const r = read('Dear Owen,\n\nThank you for talking with Grace in HR in May and later meeting the team at the depot. I am sorry to say that you have not been successful for the Fleet Supervisor post.\n\nRegards,\nLakeside Transport');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('still reads a call with HR alone as a screen', () => {
    const r = read('Dear Owen,\n\nThank you for talking with Grace in HR in May. I am sorry to say that you have not been successful for the Fleet Supervisor post.\n\nRegards,\nLakeside Transport');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('reads "that interview is the last step of our process" as the last round', () => {
    const r = read('Hi Sunil,\n\nThanks for meeting our founder on Tuesday. That interview is the last step of our hiring process, and after it we have decided not to offer you the Growth Lead role.\n\nBest,\nMintleaf');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read the last step of the process described ahead as reached', () => {
    const r = read('Hi Sunil,\n\nThanks for the call on Tuesday. This week of paid trial work is the last step of our hiring process, but we have decided not to offer you the Growth Lead role.\n\nBest,\nMintleaf');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('reads the afternoon with the studio as an interview', () => {
    const r = read('Hi Amara,\n\nThank you for the morning with the studio last week. I am sorry to say that we will not be offering you the Project Architect role.\n\nWarm wishes,\nLinden Works');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read a morning with the recruitment team as an interview', () => {
    const r = read('Hi Amara,\n\nThank you for your application last week. After a morning with the recruitment team going through the applications, I am sorry to say that we will not be offering you the Project Architect role.\n\nWarm wishes,\nLinden Works');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('work handed in and its score', () => {
  it('reads a solution sent in as an assessment', () => {
    const r = read('Hi Pavel,\n\nThanks for sending over your solution. The team has gone through it and it is not quite what we need, so we will not continue with your application.\n\nCheers,\nQuillbyte Recruiting');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read an interest in the company\'s solutions as an assessment', () => {
    const r = read('Hi Pavel,\n\nThanks for your interest in our payment solutions. We will not continue with your application for the Solutions Engineer role.\n\nCheers,\nQuillbyte Recruiting');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a test named with "&" as an assessment', () => {
    const r = read('Hi Nadia,\n\nThank you for completing the Excel & VBA skills test for the Reporting Analyst post. We will not be moving forward with your application.\n\nTalent team, Orbis Insurance');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read "Excel & VBA skills" required as a test taken', () => {
    const r = read('Hi Nadia,\n\nThank you for applying for the Reporting Analyst post. The role needs advanced Excel & VBA skills, so we will not be moving forward with your application.\n\nTalent team, Orbis Insurance');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads "your score did not meet the threshold" as an assessment', () => {
    const r = read('Dear Kwame,\n\nWe are sorry to let you know that your score did not meet the threshold for the Graduate Analyst role, so your application will not progress.\n\nRecruitment, Volta Energy');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a shortlisting score below the threshold as a test', () => {
    const r = read('Dear Kwame,\n\nWe are sorry to let you know that your shortlisting score did not meet the threshold for the Graduate Analyst role, as scored against the criteria in the application form, so your application will not progress.\n\nRecruitment, Volta Energy');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});
