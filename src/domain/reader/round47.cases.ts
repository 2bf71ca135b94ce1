/**
 * The step the candidate reached, told once in passing: a whole day with us, a campus visit, the last few still in the
 * running, a practical or a scenario, a pass mark, others who scored higher; and calls that stay screens when the
 * recruiter relays the team. Messages written for this test (not taken from any corpus part), each beside a message in
 * nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Tomasz,\n\n${body}\n\nBest regards,\nHiring Team`;

describe('the stage told once, in passing', () => {
  it('reads a job spent on the phone all day as no phone screen', () => {
    expect(read(wrap('Thank you for applying to the Customer Care Advisor role. Your letter says your Portuguese is conversational, and this team speaks with customers in Brazil on the phone all day, so we need native-level fluency. We will not be taking your application further.')).stage).toBe('application');
  });

  it('does not read a call on the phone yesterday as anything but a screen', () => {
    expect(read(wrap('Thanks for talking on the phone yesterday about the Customer Care Advisor role. We will not be taking your application further.')).stage).toBe('screen');
  });

  it('reads a call followed by "decided not to take you forward to interviews" as a screen, though the team is named', () => {
    expect(read(wrap('Thanks for the chat on Tuesday. We are after someone closer to the team\'s current focus, so we have decided not to take you forward to interviews for the Data Analyst post.')).stage).toBe('screen');
  });

  it('reads a chat with the team followed by a refusal of the post as an interview', () => {
    expect(read(wrap('Thanks for the chat on Tuesday with the team. We have decided not to offer you the Data Analyst post.')).stage).toBe('interview');
  });

  it('reads "I have talked it over with the partners" after a call as the recruiter relaying, a screen', () => {
    expect(read(wrap('Lovely to speak with you on Monday. I have talked it over with the partners and, sadly, your salary expectation is beyond our range, so we will not be going further.')).stage).toBe('screen');
  });

  it('reads talking it over with the partners on Monday as an interview', () => {
    expect(read(wrap('Lovely to talk it over with the partners on Monday. Sadly, your salary expectation is beyond our range, so we will not be going further.')).stage).toBe('interview');
  });

  it('reads an offer to "share what the hiring manager said" after a screening call as no interview', () => {
    expect(read(wrap('Thanks for the introductory call. We have finished the screening calls and will not be moving you forward. If useful, I can jump on another quick call and share what the hiring manager said about the shortlist.')).stage).toBe('screen');
  });

  it('reads a call with the hiring manager as an interview', () => {
    expect(read(wrap('Thanks for the call with the hiring manager on Monday. We will not be moving you forward.')).stage).toBe('interview');
  });

  it('does not read "every request with no caching, and the tests" as a meeting with named people', () => {
    expect(read(wrap('Thank you for the take-home exercise. Your service hit the database on every request with no caching, and the tests were thin, so we will not be continuing.')).stage).toBe('assessment');
  });

  it('reads a call with two named people as an interview', () => {
    expect(read(wrap('Thanks for the call with Priya and Tom on Monday. We will not be continuing.')).stage).toBe('interview');
  });

  it('reads a guaranteed-interview scheme described beside a not-shortlisted letter as no interview', () => {
    expect(read(wrap('Thank you for applying for the Housing Officer post. You have not been shortlisted. Candidates who declared a disability and met the essential criteria are guaranteed an interview; if this applies you will hear separately.')).stage).toBe('application');
  });

  it('reads attending interview as an interview', () => {
    expect(read(wrap('Thank you for attending interview for the Housing Officer post. I am sorry to say you have not been successful.')).stage).toBe('interview');
  });

  it('does not read the trustees meeting as the candidate\'s meeting', () => {
    expect(read(wrap('Thank you for applying to be our Volunteer Coordinator. We cannot decide on the post until after the trustees meeting in May, and will write to everyone then. We will not be filling it before then, and so regretfully we are closing your application.')).stage).toBe('application');
  });

  it('reads a meeting thanked for as an interview', () => {
    expect(read(wrap('Thank you for the meeting on Tuesday about the Volunteer Coordinator role. Regretfully we will not be offering you the post.')).stage).toBe('interview');
  });

  it('reads the time invested in our exercise as a test taken', () => {
    expect(read(wrap('Thank you for the time you invested in our data modelling exercise. We will not be progressing your application.')).stage).toBe('assessment');
  });

  it('does not read the time invested in our application process as a test', () => {
    expect(read(wrap('Thank you for the time you invested in our application process. We will not be progressing your application.')).stage).toBe('application');
  });

  it('reads doing the coding session as a test taken', () => {
    expect(read(wrap('Thanks for doing the coding session with Arjun last week. We will not be moving you forward.')).stage).toBe('assessment');
  });

  it('does not read a coding session not booked as a test taken', () => {
    expect(read(wrap('We will not be moving you forward, so we will not be booking a coding session with you.')).stage).toBe('application');
  });

  it('reads a written patient scenario completed as a test taken', () => {
    expect(read(wrap('Thank you for completing the written patient scenario for the Staff Nurse role. We will not be progressing your application further.')).stage).toBe('assessment');
  });

  it('does not read patient scenarios the role involves as a test', () => {
    expect(read(wrap('Thank you for applying for the Staff Nurse role, which involves managing complex patient scenarios daily. We will not be progressing your application further.')).stage).toBe('application');
  });

  it('reads the whole day spent with us as a final', () => {
    expect(read(wrap('Thank you for spending the whole Wednesday with us. We have decided to offer the role to another candidate.')).stage).toBe('final');
  });

  it('does not read an hour with us as a final', () => {
    expect(read(wrap('Thank you for spending an hour with us on Wednesday for the interview. We have decided to offer the role to another candidate.')).stage).toBe('interview');
  });

  it('reads a campus visit and a job talk as the academic final', () => {
    expect(read(wrap('Thank you for visiting campus last week and for your job talk. The committee has offered the position to another candidate.')).stage).toBe('final');
  });

  it('does not read a campus visit for the careers fair as a final', () => {
    expect(read(wrap('Thank you for stopping by our stand when we visited campus for the careers fair. We have reviewed your application and will not be progressing it.')).stage).toBe('application');
  });

  it('reads one of three candidates still in the process as a final', () => {
    expect(read(wrap('A quick update on the Operations Director search: the board has paused all senior hiring until the audit is done. You are one of three candidates still in the process, and nothing has changed there.')).stage).toBe('final');
  });

  it('does not read one of many applications still in the process as a final', () => {
    expect(read(wrap('A quick update on the Operations Director search: the board has paused all senior hiring until the audit is done. Your application is one of many still in the process, and nothing has changed there.')).stage).toBe('application');
  });

  it('reads others who scored higher on the test as a test taken', () => {
    expect(read(wrap('We have chosen applicants who scored higher on the numeracy test, so we will not take your application further.')).stage).toBe('assessment');
  });

  it('does not read others whose experience was stronger as a test', () => {
    expect(read(wrap('We have chosen applicants whose experience was stronger, so we will not take your application further.')).stage).toBe('application');
  });

  it('reads scores set against a pass mark as a test taken', () => {
    expect(read(wrap('Your scores: reading 14/20, numeracy 9/20 (pass mark 12). We are sorry, but we will not be continuing with your application.')).stage).toBe('assessment');
  });

  it('does not read a pass mark at the sift as a test', () => {
    expect(read(wrap('Your application did not reach the pass mark at the sift stage, so we will not be continuing with it.')).stage).toBe('application');
  });

  it('reads coming in for the practical as a test, not an interview', () => {
    expect(read(wrap('Thanks for coming in on Friday for the practical. Your manual handling was safe, but we will not be offering you the post.')).stage).toBe('assessment');
  });

  it('reads coming in to meet the team as an interview', () => {
    expect(read(wrap('Thanks for coming in on Friday to meet the team. We will not be offering you the post.')).stage).toBe('interview');
  });

  it('reads a call with one other named person, told by a manager who signs, as a screen', () => {
    expect(read('Hi Dana,\n\nFollowing your call with Marguerite last week, I wanted to let you know myself where we ended up. We need someone who has shipped firmware for medical devices, and that is not yet in your background, so we will stop here.\n\nRegards,\nTobias Renner\nEngineering Manager, Embedded').stage).toBe('screen');
  });

  it('reads a call with a named person and the manager who signs as an interview', () => {
    expect(read('Hi Dana,\n\nFollowing your call with Marguerite and me last week, I wanted to let you know myself where we ended up. We need someone who has shipped firmware for medical devices, and that is not yet in your background, so we will stop here.\n\nRegards,\nTobias Renner\nEngineering Manager, Embedded').stage).toBe('interview');
  });

  it('does not read qualification exams part-way through as a test taken', () => {
    expect(read(wrap('Thanks for the screening call this morning. The firm needs a fully qualified accountant, and as you are halfway through your CIMA papers we cannot put you forward this time.')).stage).toBe('screen');
  });

  it('reads a test sat beside the screening call as a test taken', () => {
    expect(read(wrap('Thanks for the screening call this morning and for sitting our Excel test. Your test result was below what the firm needs, so we cannot put you forward this time.')).stage).toBe('assessment');
  });

  it('reads the recording of a case presentation sent as a test taken', () => {
    expect(read(wrap('Thank you for sending the recording of your case presentation. You covered the history well but did not discuss red flags, so we will not continue with your application.')).stage).toBe('assessment');
  });

  it('does not read the case presentations the role involves as a test', () => {
    expect(read(wrap('Thank you for your application. The role involves a weekly case presentation to the clinical team, and we need someone with more years in musculoskeletal practice, so we will not continue with your application.')).stage).toBe('application');
  });

  it('reads the sender\'s honest take on the interview, only offered, as an interview', () => {
    expect(read(wrap('We went another way on the Support Lead role. If you want my honest take on the interview, book a slot on my calendar.')).stage).toBe('interview');
  });

  it('does not read our thoughts on the interview process as an interview', () => {
    expect(read(wrap('We went another way on the Support Lead role. If you want our thoughts on the interview process, just ask.')).stage).toBe('application');
  });
});
