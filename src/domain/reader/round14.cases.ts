/**
 * The general stage rules of the fourteenth round, each on messages written for this test (not taken from any corpus
 * part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nTamsin\nRecruitment`;

describe('stage: steps still to come, after the cue or in a counterfactual', () => {
  it('does not read steps that are the subject of "would be the next steps" as taken', () => {
    expect(read(wrap('Thank you for meeting our directors on Friday. Background screening and an onsite day with the leadership team would be the next part of the process for the chosen candidate; I am sorry to say we will not be taking your application further.')).stage).toBe('interview');
  });

  it('does not read steps the candidate "would have gone on to" as taken', () => {
    expect(read(wrap('Thanks for the phone screen last week. If you had been successful you would have moved on to a technical test and then an assessment day at our Leeds office. We have decided not to take your application further.')).stage).toBe('screen');
  });
});

describe('stage: a list of later steps carries its modal or process head across commas', () => {
  it('does not read the later items of a list of steps still to come as taken', () => {
    expect(read(wrap('Thank you for your application. Had it gone further you would have moved on to a numeracy test, a talk with the operations director and an assessment day at our Crewe depot. Unfortunately we will not be progressing it.')).stage).toBe('application');
    expect(read(wrap('Thanks for applying. The next step would have been a short call, followed by a site visit and a final panel interview. Sadly we have decided not to take your application further.')).stage).toBe('application');
    expect(read(wrap('Thank you for applying. Recruitment for this post runs in three phases: a screening call, a scenario test, and a final panel with the trustees. Unfortunately your application has not been successful.')).stage).toBe('application');
  });

  it('still reads a list of steps the candidate thanked us for as taken', () => {
    expect(read(wrap('Thank you for the phone call, the written test, and the final panel last week. We have decided to appoint another candidate.')).stage).toBe('final');
  });
});

describe('stage: work made, tried or repeated, and who was there', () => {
  it('reads work the candidate made for us, by its content, as an assessment', () => {
    expect(read(wrap('Thank you for the time you put into the warehouse layout proposal. We have read all of them and will not be inviting you to interview.')).stage).toBe('assessment');
    expect(read(wrap('Thanks for drafting the press release on our new clinic for us. Unfortunately we will not be progressing your application.')).stage).toBe('assessment');
    expect(read(wrap('Thanks for giving the pricing spreadsheet a go. Sadly we have decided not to move forward with your application.')).stage).toBe('assessment');
  });

  it('still reads the effort put into an application as no step', () => {
    expect(read(wrap('Thank you for the time you put into your application. Unfortunately we will not be taking it further.')).stage).toBe('application');
  });

  it('reads the candidate with us at the place, or working beside us, as an interview', () => {
    expect(read(wrap('It was great having you at the bakery on Thursday morning. We have decided to offer the position to someone else.')).stage).toBe('interview');
    expect(read(wrap('The floor staff enjoyed working alongside you last weekend. Regrettably we will not be offering you the role.')).stage).toBe('interview');
  });

  it('reads a talk with the candidate and several of ours in any words as an interview', () => {
    expect(read(wrap('It was good catching up with you and the fellas at the workshop on Tuesday. We have gone with another applicant.')).stage).toBe('interview');
  });

  it('reads a talk repeated as an interview, and a single talk as a screen', () => {
    expect(read(wrap('Thank you for talking with us a second time yesterday. We have decided not to proceed with your application.')).stage).toBe('interview');
    expect(read(wrap('Thanks for the follow-up call on Wednesday. We have decided not to proceed with your application.')).stage).toBe('interview');
    expect(read(wrap('Thanks for the call on Wednesday. We have decided not to proceed with your application.')).stage).toBe('screen');
  });

  it('reads a panel judging handed-in work, with no meeting named, as the assessment', () => {
    expect(read(wrap('Thank you for the time you put into the staffing rota for the new ward. The layout was sensible, but the hiring manager felt the weekend cover was thin, so we will not be taking your application further.')).stage).toBe('assessment');
  });

  it('still reads a panel judging the candidate it met as an interview', () => {
    expect(read(wrap('Thanks for sending over the staffing rota and for meeting the panel on Monday. The panel felt the weekend cover was thin, so we will not be taking your application further.')).stage).toBe('interview');
  });

  it('does not read the thought put into interview answers as handed-in work', () => {
    expect(read(wrap('Thank you for the care you put into your answers. The panel felt your experience of ward audits was thinner than the post needs, and we have offered it elsewhere.')).stage).toBe('interview');
  });

  it('reads a talk in person, hours spent at our place and answers to the panel as an interview', () => {
    expect(read(wrap('We enjoyed talking with you in person at the depot last week. Regrettably we have chosen another applicant.')).stage).toBe('interview');
    expect(read(wrap('Thank you for the afternoon you spent at our Salford studio. We will not be offering you the job.')).stage).toBe('interview');
    expect(read(wrap('Thanks for your answers to the selection panel yesterday. We have decided to offer the post to another candidate.')).stage).toBe('interview');
  });

  it('reads the work we set, tackled, as an assessment', () => {
    expect(read(wrap('Thank you for cracking the scheduling problem we emailed over. We will not be taking your application to interview.')).stage).toBe('assessment');
  });

  it('reads a single call with the hiring manager only mentioned afterwards as a screen', () => {
    expect(read(wrap('Thanks for talking with me on Monday. Our hiring manager has gone through everyone I talked to and has decided to continue with other applicants.')).stage).toBe('screen');
  });
});
