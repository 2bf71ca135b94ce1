/**
 * Second reasons the rules missed beside a first one, and the rules written for them: messages written for this test
 * (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Tomasz,\n\n${body}\n\nKind regards,\nPeople Team`;

describe('the candidate’s figure above what the employer can pay', () => {
  it('reads "the €82,000 you mentioned is well above the top of our band" as salary beside the other reason', () => {
    const r = read(wrap('Thank you for meeting the team about the Planning Lead role. We will not be offering you the position: another finalist had more experience of rail schedules, and the €82,000 you mentioned is well above the top of our band.'));
    expect(r.reasons).toEqual(expect.arrayContaining(['salary']));
  });

  it('reads "the number you came back with is beyond what we have approved" as salary', () => {
    const r = read(wrap('We will not be making you an offer for the Controller post. The number you came back with, 140k plus a signing bonus, is well beyond what we have approved for this level.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('does not read salary from "your experience is beyond what we can offer"', () => {
    const r = read(wrap('We will not be progressing your application for the Junior Planner post. With eleven years in the field, your experience is well beyond what we can offer in this role.'));
    expect(r.reasons).not.toContain('salary');
  });

  it('does not read salary from "over 300 applications, more than we have ever had"', () => {
    const r = read(wrap('We received over 300 applications for the Planner role, far beyond what we expected, and we will not be taking yours further.'));
    expect(r.reasons).not.toContain('salary');
  });
});

describe('where the role sits, against where the candidate is', () => {
  it('reads "the post is based at our depot in Leeds, while you are only open to roles in Manchester" as location', () => {
    const r = read(wrap('Thank you for applying for the Fleet Coordinator post. The post is based full-time at our depot in Leeds, while you told us you are only open to roles in Manchester, so we will not be taking your application forward.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('reads "it requires a presence in Ghent four days a week" as location, not a skills gap', () => {
    const r = read(wrap('We have thought carefully about your wish to run the team mainly from home in Lille. The role leads twelve engineers and requires a presence in Ghent at least four days a week, so we must decline your application.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('reads "resident in the UAE, whereas you are based in Kenya" as location beside salary', () => {
    const r = read(wrap('We will not be moving forward with your application. The role is open to candidates already resident in the UAE, whereas you are currently based in Kenya, and your expected salary of AED 30,000 per month is above the range for this position.'));
    expect([...r.reasons].sort()).toEqual(['location', 'salary']);
  });

  it('does not read location from "the role is based on the skills in the job description"', () => {
    const r = read(wrap('We will not be taking your application further. Shortlisting for the role is based on the skills in the job description, and other applicants matched them more closely.'));
    expect(r.reasons).not.toContain('location');
  });

  it('does not read location from "a strong presence in the market"', () => {
    const r = read(wrap('We will not be progressing your application. We need someone who has built a strong presence in the market for industrial sensors, which your CV does not show.'));
    expect(r.reasons).not.toContain('location');
  });
});

describe('a round the candidate was not moved on to', () => {
  it('reads "we won\'t be moving you through to the hiring manager round" after a call as a screen', () => {
    const r = read(wrap('Thanks for the call on Monday. I checked the working arrangement we discussed and the role needs someone on site in Porto three days a week, so we won\'t be moving you through to the hiring manager round.'));
    expect(r.stage).toBe('screen');
  });

  it('still reads "your conversation with the hiring manager" as an interview', () => {
    const r = read(wrap('Thank you for your conversation with the hiring manager on Monday. We have decided to move forward with another candidate.'));
    expect(r.stage).toBe('interview');
  });
});

describe('feedback refused after the words that usually offer it', () => {
  it('reads "if you would like feedback, I am afraid we cannot give it" as no offer of feedback', () => {
    const r = read(wrap('Thank you for interviewing for the Analyst role. We will not be offering you the position. If you would like feedback, I am afraid we cannot give it, as we had over two hundred applicants.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you would like feedback, that is not something we can offer" as no offer of feedback', () => {
    const r = read(wrap('We will not be offering you the position. If you would like feedback, I am afraid that is not something we can offer.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('still reads "if you would like feedback, just reply and I will give it gladly" as an offer', () => {
    const r = read(wrap('We will not be offering you the position. If you would like feedback, just reply and I will give it gladly.'));
    expect(r.feedbackOffered).toBe(true);
  });
});
