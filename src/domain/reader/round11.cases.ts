/**
 * The general stage rules of the eleventh round, each on messages written for this test (not taken from any corpus
 * part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Morgan,\n\n${body}\n\nBest regards,\nIfeoma\nPeople Team`;

describe('stage: steps named by what the candidate did, and who was there', () => {
  it('reads work the candidate presented to people as an interview', () => {
    expect(read(wrap('Thank you for the proposal you pitched to our leadership group on Monday. We have decided not to take your application further.')).stage).toBe('interview');
    expect(read(wrap('Thanks for talking the panel through your migration plan last week. I am sorry to say we have chosen someone else.')).stage).toBe('interview');
  });

  it('still reads a recruiter walked through the candidate\'s background as no interview', () => {
    expect(read(wrap('Thanks for walking us through your background on Tuesday. We have decided not to move forward with your application.')).stage).not.toBe('interview');
  });

  it('reads an event thanked for by its content as an interview', () => {
    expect(read(wrap('Thanks for the architecture session with Priyanka yesterday. I am sorry to say we have decided not to move forward with your application.')).stage).toBe('interview');
    expect(read(wrap('Thank you for the brand critique with our head of design. Unfortunately we have decided not to proceed with your application.')).stage).toBe('interview');
  });

  it('does not read an information session or the application review as a step', () => {
    expect(read(wrap('Thank you for attending our information session and for your patience during the application review. Unfortunately your application has not been successful.')).stage).toBe('application');
  });

  it('reads several people on our side in any words of exchange as an interview', () => {
    expect(read(wrap('Thank you for the lively exchange with Femi, Lotte and me on Thursday. We have decided not to go ahead with your candidacy.')).stage).toBe('interview');
    expect(read(wrap('I appreciate the time you set aside for both of us last week. Regrettably we will not be offering you the post.')).stage).toBe('interview');
  });

  it('reads the candidate coming to the place as an interview', () => {
    expect(read(wrap('Thanks so much for popping over to the workshop on Saturday. We have decided to offer the apprenticeship to someone else.')).stage).toBe('interview');
  });

  it('reads the last step of the process, taken, as the final stage', () => {
    expect(read(wrap('Thank you for the afternoon with our directors, which was the final phase of our selection. We have offered the role to another candidate.')).stage).toBe('final');
  });
});

describe('stage: steps still to come', () => {
  it('reads a stage described in the present as no step taken', () => {
    expect(read(wrap('We regret that your application will not proceed to the second stage, which involves a timed case exercise and a panel interview with two directors.')).stage).toBe('application');
  });

  it('reads what the process does as a habit as no step taken', () => {
    expect(read(wrap('Ordinarily we would usually arrange an introductory call followed by a technical interview, but on this occasion we will not be progressing your application.')).stage).toBe('application');
  });

  it('reads a shortlist drawn up for a later step, without the candidate, as no final', () => {
    expect(read(wrap('Unfortunately your application has not been successful. Our final shortlist for the interview stage has now been agreed.')).stage).toBe('application');
  });

  it('reads a test the candidate appeared in, or held on a date, as taken', () => {
    expect(read(wrap('Thank you for appearing in the written test. We regret to inform you that your candidature has not been selected for further rounds.')).stage).toBe('assessment');
    expect(read(wrap('With reference to the online coding test held on 3 June, we regret to inform you that you have not been selected.')).stage).toBe('assessment');
  });
});

describe('stage: the second go', () => {
  it('reads a test named as an exam, a simulation or a situational judgement test as a test', () => {
    expect(read(wrap('Thanks for attempting the situational judgement and the branch simulation last week. Unfortunately we will not be moving forward with your application.')).stage).toBe('assessment');
  });

  it('reads leading or giving something for people as an interview', () => {
    expect(read(wrap('Thank you for leading the sprint retrospective for the members of the delivery team on Friday. Unfortunately we will not be moving forward with your application.')).stage).toBe('interview');
  });

  it('reads names listed after the candidate\'s time, and the sender with another, as an interview', () => {
    expect(read(wrap('Thanks for the afternoon you spent with Bea, Ruairi and Tomasz. Unfortunately we will not be moving forward with your application.')).stage).toBe('interview');
    expect(read(wrap('I enjoyed our time with me, Georgia and the analysts. Unfortunately we will not be moving forward with your application.')).stage).toBe('interview');
  });

  it('reads a meeting of any kind, thanked for, as an interview', () => {
    expect(read(wrap('Thank you for the stakeholder planning meeting you facilitated. Unfortunately we will not be moving forward with your application.')).stage).toBe('interview');
  });

  it('reads work the candidate handed in, whatever it is called, as a test taken', () => {
    expect(read(wrap('Thank you for the storyboard you emailed over on Monday. Unfortunately we will not be moving forward with your application.')).stage).toBe('assessment');
    expect(read(wrap('Thank you for the CV you sent us. Unfortunately we will not be moving forward with your application.')).stage).toBe('application');
  });

  it('reads a talk named by its length as a screen', () => {
    expect(read(wrap('Thanks for the fifteen minutes earlier. Unfortunately we will not be moving forward with your application.')).stage).toBe('screen');
  });
});
