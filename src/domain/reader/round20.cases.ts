/**
 * The general stage rules of the twentieth round, each on messages written for this test (not taken from any corpus
 * part), with a near miss beside each. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nTamsin\nRecruitment`;
const stageOf = (body: string) => read(wrap(body)).stage;

describe('stage: steps that would have come, said of the next step or of the candidate', () => {
  it('does not read the steps after "the next step would have been" as taken', () => {
    expect(stageOf('The next step would have been an aptitude test followed by two interviews and a final round with our partners, but we will not move your application to that step.')).toBe('application');
  });

  it('still reads a final round the candidate was thanked for', () => {
    expect(stageOf('Thank you for the final round with our partners. We will not be offering you the role.')).toBe('final');
  });

  it('does not read what the candidate "would have" done as done', () => {
    expect(stageOf('Thank you for the phone call. Had you progressed, you would have completed a reasoning test and an interview with the panel. We will not be taking your application forward.')).toBe('screen');
  });

  it('still reads a step the candidate did do', () => {
    expect(stageOf('Thank you for the phone call and for completing the reasoning test. We will not be taking your application forward.')).toBe('assessment');
  });
});

describe('stage: a process set out, after a dash or a colon', () => {
  it('does not read later stages listed after a dash as taken', () => {
    expect(stageOf('Your application was not successful at the sift. The later stages of the programme - the written exercise, the assessment centre and the final board - will therefore not apply to you.')).toBe('application');
  });

  it('does not read a process set out after a colon as taken', () => {
    expect(stageOf('Our process: first a phone interview, then a test at our office, and last a meeting with the owner. We are sorry but we could not invite you to the first step.')).toBe('application');
  });

  it('still reads a phone interview the candidate had', () => {
    expect(stageOf('The process moved quickly this month. Thanks for the phone interview on Monday; we will not be taking your application further.')).toBe('screen');
  });
});

describe('stage: forms sent with the application, and a test taken', () => {
  it('does not read a questionnaire sent with the application as a test', () => {
    expect(stageOf('Thank you for completing our application form and the supporting questionnaire. Unfortunately we will not be taking your application further.')).toBe('application');
  });

  it('still reads a personality questionnaire completed as a test', () => {
    expect(stageOf('Thank you for completing the personality questionnaire. Unfortunately we will not be taking your application further.')).toBe('assessment');
  });

  it('reads a test the candidate "took" as taken', () => {
    expect(stageOf('Thank you for you took the numerical test. Your score was not enough to continue, so we must close your application.')).toBe('assessment');
  });

  it('does not read the time taken to apply as a test', () => {
    expect(stageOf('Thank you that you took the time to apply. We must close your application.')).toBe('application');
  });
});

describe('stage: a talk the sender valued, with the sender\'s own people', () => {
  it('reads a talk the sender appreciated as a screen on its own', () => {
    expect(stageOf('I appreciated our conversation last week. We have decided to pursue other candidates.')).toBe('screen');
  });

  it('reads it as an interview when the sender is the hiring manager for the role', () => {
    expect(stageOf('I appreciated our conversation last week; as the hiring manager for this role I got a good sense of your background. We have decided to pursue other candidates.')).toBe('interview');
  });

  it('does not read "as the hiring manager has decided" as the sender\'s own role', () => {
    expect(stageOf('Thanks for the call on Monday. As the hiring manager has decided to go with another applicant, we will not progress your application.')).toBe('screen');
  });

  it('reads a talk with the sender and one of their own people as an interview', () => {
    expect(stageOf('It was great to chat on Thursday with me and my co-founder Liam. We will not be moving ahead.')).toBe('interview');
  });

  it('does not read a colleague the sender consulted afterwards as in the talk', () => {
    expect(stageOf('Thanks for the call on Monday. I discussed your application with my co-founder afterwards and we will not be moving ahead.')).toBe('screen');
  });
});

describe('stage: interviews that were other people\'s', () => {
  it('does not read interviews named apart from the candidate in a not-shortlisted message', () => {
    expect(stageOf('The interviews were held on Tuesday and Wednesday and the appointing panel has made its decision. I am sorry to inform you that you were not shortlisted.')).toBe('application');
  });

  it('still reads the candidate\'s own interview when a later shortlist was missed', () => {
    expect(stageOf('Thank you for your interview on Tuesday. I am sorry to say you were not shortlisted for the final round.')).toBe('interview');
  });

  it('does not read a selection for the interview as an interview', () => {
    expect(stageOf('We have many applications and we need to make a selection for the interview. Sorry, your application is not selected this time.')).toBe('application');
  });

  it('still reads an interview the candidate attended', () => {
    expect(stageOf('Thank you for attending the interview. Sorry, your application is not selected this time.')).toBe('interview');
  });
});

describe('stage: interviews told in the passive, first calls with senior people, the site', () => {
  it('reads being interviewed as an interview', () => {
    expect(stageOf('Thank you for being interviewed by the shortlisting panel. The panel has recommended another candidate for appointment.')).toBe('interview');
  });

  it('does not read being interviewed in a condition as an interview', () => {
    expect(stageOf('If you had been interviewed, you would have met the board. Unfortunately you have not been shortlisted.')).toBe('application');
  });

  it('reads a first call with the hiring manager as a screen', () => {
    expect(stageOf('Thank you for the first call with Harriet, the hiring manager. We have chosen to proceed with other candidates.')).toBe('screen');
  });

  it('still reads a call with a senior person, not named first or brief, as an interview', () => {
    expect(stageOf('Thanks for your call with Nina, our engineering manager, last week. We have decided not to continue.')).toBe('interview');
  });

  it('reads coming out to the site as an interview', () => {
    expect(stageOf('Appreciate you coming out to the site on Wednesday. We have decided not to take you on this time.')).toBe('interview');
  });

  it('does not read a visit to the site that was not asked for as a step', () => {
    expect(stageOf('Thank you for your interest. We do not expect you to come out to the site. Unfortunately your application was not successful.')).toBe('application');
  });
});

describe('stage: the panel\'s regard, second-language thanks, time at the place, final rounds held with others', () => {
  it('reads the panel grateful for the candidate\'s presentation as an interview', () => {
    expect(stageOf('The panel was grateful for your presentation and for answering their questions. We will not be offering you the post.')).toBe('interview');
  });

  it('does not read the panel grateful for applications as an interview', () => {
    expect(stageOf('The panel was grateful for the many applications it received. Unfortunately your application was unsuccessful.')).toBe('application');
  });

  it('reads thanks "for come to interview" as an interview', () => {
    expect(stageOf('Thank you for come to interview yesterday. We choose other candidate.')).toBe('interview');
  });

  it('does not read an invitation to come to interview as one', () => {
    expect(stageOf('We are not able to ask you to come to interview. We choose other candidate.')).toBe('application');
  });

  it('reads a meeting the sender was glad of, in the past, as an interview', () => {
    expect(stageOf('We were happy to meet you last week in our office. Unfortunately we decided for other candidate.')).toBe('interview');
  });

  it('does not read a meeting the sender would be glad of as one', () => {
    expect(stageOf('We would be happy to meet you in future. Unfortunately your application was unsuccessful.')).toBe('application');
  });

  it('reads time at the place of work as an interview', () => {
    expect(stageOf('Thank you for your time on site last Friday, the lads liked you. We have gone with someone else though.')).toBe('interview');
  });

  it('does not read time at a place in general as a step', () => {
    expect(stageOf('Thank you for your time reading our vacancy. We have gone with someone else though.')).toBe('application');
  });

  it('does not read final interviews held with other candidates as the candidate\'s final round', () => {
    expect(stageOf('Thank you for interviewing. Our final interviews are with two other candidates, so we won\'t progress you.')).toBe('interview');
  });

  it('still reads the candidate\'s own final interview', () => {
    expect(stageOf('Thank you for your final interview with our directors. We won\'t progress you.')).toBe('final');
  });
});
