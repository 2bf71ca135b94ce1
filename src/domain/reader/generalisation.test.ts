import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

/** One message per failure kind of issue 9, written for this test; the rules alone (`null`) must get them. */
const read = (text: string) => readMessage({ text }, null);

describe('the reader on the kinds of language it used to miss', () => {
  it('does not take a description of the hiring process for steps the candidate reached', () => {
    const r = read('Dear Kim,\n\nThank you for applying. Our selection process typically includes a recorded video interview, a case study and a final panel, and this year we could only take a few people into it.\n\nWe are sorry to say we will not be progressing your application.\n\nRecruitment');
    expect([r.kind, r.stage]).toEqual(['rejection', 'application']);
  });

  it('reads a conversation with leadership or the whole team as an interview, not a screen', () => {
    expect(read('Hi Jo,\n\nThanks for taking the time to speak with our product leadership on Friday. We have decided not to move forward.\n\nBest, Ali').stage).toBe('interview');
    expect(read('Hi Jo, it was lovely speaking with you and the team last week. Sadly we will not be progressing things. Best, Ali').stage).toBe('interview');
    // the recruiter alone on the phone stays a screen
    expect(read('Hi Jo, thanks for the call with me on Tuesday. Unfortunately we will not be taking your application further. Ali').stage).toBe('screen');
  });

  it('hears plain-spoken verdicts', () => {
    expect(read('Hi Jo,\n\nThanks for your interest in the role. After some thought, the answer this time is no.\n\nAli').kind).toBe('rejection');
    expect(read('Hello Jo, the hiring team has decided to close your application for the Designer role. Regards, HR').kind).toBe('rejection');
  });

  it('names a requirement said in passing as a skills gap, with feedback', () => {
    const r = read('Hi Jo,\n\nThank you for your interviews. The panel wanted to see more evidence of budget ownership, so we will not be moving forward.\n\nAli');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
    expect(read('Dear Jo, thank you for applying. This post needs a minimum of five years in a similar role, so we cannot progress your application. HR').reasons).toEqual(['skills_gap']);
  });

  it('knows overqualified and internal hires without the stock words', () => {
    expect(read('Hi Jo, thank you for applying. Honestly, we think you would quickly outgrow this job, so we will not move forward. Ali').reasons).toEqual(['overqualified']);
    expect(read('Hi Jo, thank you for applying. We have decided to hire from within for this one. Best of luck, Ali').reasons).toEqual(['internal_candidate']);
  });

  it('finds a door and a feedback offer buried in the middle of a long message', () => {
    const r = read('Dear Jo,\n\nThank you for interviewing with us. We have decided to move forward with another candidate. Please don\'t let this stop you from applying for our next intake. I can give you more feedback over the phone if you like. We were impressed by your enthusiasm.\n\nKind regards,\nAli');
    expect([r.doorOpen, r.feedbackOffered, r.stage]).toEqual([true, true, 'interview']);
  });

  it('does not read an offer to talk about feedback as an interview invitation', () => {
    const r = read('Hi Jo, thank you for applying. Your background is not what this team needs at the moment. If you would like feedback, just reply and I will arrange a call. Ali');
    expect(r.kind).toBe('rejection');
  });
});
