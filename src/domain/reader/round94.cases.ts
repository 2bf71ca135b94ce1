/**
 * The step reached, told only in passing: a meeting in person told by its everyday trappings (a face put to a name, a coffee
 * with someone, a walk round the site, a piece of work walked through with someone), a video call joined with the team, the
 * one the candidate would report to writing after the chat, and the last step told by what it was like (a whole day in, the
 * last of the conversations, the two people chosen between, the references given). Messages written for this test (not
 * taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a meeting told by its trappings', () => {
  it('reads a face put to a name as an interview', () => {
    const r = read('Hi Tomas,\n\nLovely to put a face to the name on Tuesday. Having thought it over, we have decided to go with someone with more retail experience.\n\nBest,\nIrene\nOperations Manager, Fellgate', 'Tuesday');
    expect(r.stage).toBe('interview');
  });

  it('still reads a face to be put to a name, with the application declined, as the application', () => {
    const r = read('Hi Tomas,\n\nI would have liked to put a face to the name, but we have decided to go with applicants with more retail experience.\n\nBest,\nIrene\nOperations Manager, Fellgate', 'Your application');
    expect(r.stage).toBe('application');
  });

  it('reads a coffee with a named person as an interview', () => {
    const r = read('Hi Lena,\n\nThanks for the coffee with Ravi last week. The role needs someone who has run payroll on their own, so we will not be taking things further.\n\nAll the best,\nMo\nFinance Director, Quillpath', 'Payroll Lead');
    expect(r.stage).toBe('interview');
  });

  it('reads a walk round the site as an interview', () => {
    const r = read('hi Sam - thanks for the walk around the depot on friday, good to meet you. we have gone with someone local in the end. cheers, Pete', 'depot job');
    expect(r.stage).toBe('interview');
  });

  it('reads a piece of work walked through with a named person as an interview', () => {
    const r = read('Hi Nadia,\n\nThanks for walking Owen through the pricing model you built. We need someone who has worked with SQL day to day, so we will not go further this time.\n\nKind regards,\nBeth', 'Pricing Analyst');
    expect(r.stage).toBe('interview');
  });

  it('still reads a recruiter walked through the CV on a call as a screen', () => {
    const r = read('Hi Nadia,\n\nIt was good to speak with you on Monday, and thanks for walking me through your CV. I have caught up with the hiring team and we will not be taking your application forward to interview.\n\nKind regards,\nBeth\nRecruiter', 'Our call');
    expect(r.stage).toBe('screen');
  });

  it('reads a video call joined with the team as an interview', () => {
    const r = read('Dear Mr Okafor,\n\nThank you for joining us on Zoom last Monday. Unfortunately, we have decided not to progress your application.\n\nRegards,\nHR, Tallis Mutual', 'Your interview');
    expect(r.stage).toBe('interview');
  });

  it('still reads an invitation to join on Zoom, with the application declined later, as no interview', () => {
    const r = read('Dear Mr Okafor,\n\nWe had hoped to invite you to join us on Zoom, but unfortunately we have decided not to progress your application.\n\nRegards,\nHR, Tallis Mutual', 'Your application');
    expect(r.stage).not.toBe('interview');
  });

  it('reads the one the candidate would report to, writing after the chat, as an interview', () => {
    const r = read('Hi Bram,\n\nThanks for the chat on Friday. As I mentioned, I would be the person you would report to, so I wanted to tell you myself: I think the role is too junior for you and I have decided not to go ahead.\n\nMaria\nHead of Data, Lumen', 'Our chat');
    expect(r.stage).toBe('interview');
  });
});

describe('the last step told by what it was like', () => {
  it('reads a whole day come in for as the final round', () => {
    const r = read('Hi Jo,\n\nThank you for coming in for the whole day on Tuesday. We have decided to go with a candidate whose experience more closely matches the role.\n\nBest,\nAmir', 'Tuesday');
    expect(r.stage).toBe('final');
  });

  it('reads the last of the conversations as the final round', () => {
    const r = read('Dear Priya,\n\nThank you for the last of our conversations on Friday. The panel felt the role needs someone who has managed a budget of this size, so we will not be making you an offer.\n\nKind regards,\nHelen', 'Head of Finance');
    expect(r.stage).toBe('final');
  });

  it('reads the two chosen between as the final round', () => {
    const r = read('Hi Carl,\n\nIt came down to the two of you we were choosing between, and we have offered the role to the other person.\n\nThanks for everything,\nNell', 'The decision');
    expect(r.stage).toBe('final');
  });

  it('reads the references the candidate gave as the final round', () => {
    const r = read('Dear Aisha,\n\nThank you for the references you gave us. After much discussion, we have offered the post to another candidate, who has accepted.\n\nYours sincerely,\nDr Shaw', 'Head of Research');
    expect(r.stage).toBe('final');
  });

  it('still reads references asked of shortlisted candidates, in a decline of the application, as the application', () => {
    const r = read('Dear Aisha,\n\nThank you for your application. References are only taken up for shortlisted candidates, and unfortunately you have not been shortlisted.\n\nYours sincerely,\nDr Shaw', 'Head of Research');
    expect(r.stage).toBe('application');
  });
});

describe('pauses read as rejections and back, and look-alikes', () => {
  it('reads a pause that closes every open application, yours included, as a rejection', () => {
    const r = read('Hi Femi,\n\nThe Analyst role has been frozen in a wider hiring pause, and we are closing all open applications for it, including yours.\n\nBest,\nKate', 'Analyst role');
    expect(r.kind).toBe('rejection');
  });

  it('still reads a pause that keeps the applications open as on hold', () => {
    const r = read('Hi Femi,\n\nThe Analyst role has been frozen in a wider hiring pause, but we are keeping all open applications for it, including yours, on hold until it reopens.\n\nBest,\nKate', 'Analyst role');
    expect(r.kind).toBe('on_hold');
  });

  it('reads a process that has to close, with no offer made, as a rejection', () => {
    const r = read('Hi Sol,\n\nThe board has put the CFO role on hold indefinitely. Because of that we have to close the process, which means we will not be making an offer.\n\nTom', 'CFO');
    expect(r.kind).toBe('rejection');
  });

  it('reads a further delay of some days as on hold', () => {
    const r = read('Dear Ines,\n\nThe committee meeting that must approve the appointment has moved, so I am afraid that means a further delay of about a week. I will call you once it has met.\n\nDiana', 'Timing');
    expect(r.kind).toBe('on_hold');
  });

  it('reads more time asked for before a decision as on hold', () => {
    const r = read('Hi Arjun,\n\nHonestly we need a bit more time. Our CEO wants one more call with each of you before we decide. Could you bear with us until next Friday?\n\nThanks,\nLou', 'Bear with us');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads more time asked for when the interviews are only moved as no pause', () => {
    const r = read('Dear Paula,\n\nWe are sorry, but we need a bit more time. The second round of interviews was moved because of illness in the team. We will send you an invitation with the new dates next week.\n\nPeople Team', 'Second round - new dates');
    expect(r.kind).toBe('other');
  });

  it('reads a check-in with the decision day given as no pause', () => {
    const r = read('Hi Kim,\n\nA quick note since you met Ana and the team last week. We are still talking to two other people and expect to make a decision by the end of the month. You are still very much in the running.\n\nThanks,\nRuth', 'Checking in');
    expect(r.kind).toBe('other');
  });

  it('still reads a check-in that regrets a stretched timeline as on hold', () => {
    const r = read('Hi Kim,\n\nWe are still talking to two other people and expect to make a decision by 4 December. You are still very much in the running. We regret the timeline has stretched a bit.\n\nThanks,\nRuth', 'Timing update');
    expect(r.kind).toBe('on_hold');
  });

  it('reads a closing date extended as no pause', () => {
    const r = read('Hello,\n\nThank you for your interest in the Housing Officer role. The closing date has been extended to 3 March. Applications already received remain under consideration.\n\nRecruitment Team', 'Closing date extended');
    expect(r.kind).toBe('other');
  });

  it('reads an application closed as the candidate asked as no decline', () => {
    const r = read('Hi Tara,\n\nThanks for letting me know, I completely understand. I have closed your application for the Buyer role as you asked.\n\nKind regards,\nYvonne', 'Re: Buyer');
    expect(r.kind).toBe('other');
  });

  it('still reads an application closed by the employer as a rejection', () => {
    const r = read('Hi Tara,\n\nThank you for applying. Unfortunately we have decided to close your application for the Buyer role, as we have chosen candidates with more experience.\n\nKind regards,\nYvonne', 'Buyer');
    expect(r.kind).toBe('rejection');
  });
});
