/**
 * The pay floor of a visa read as the candidate's right to work and not their pay, where the candidate said they can only
 * work, and an interview others were chosen for after the candidate's call: messages written for this test (not taken from
 * any corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`)
 * must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the pay floor of a visa', () => {
  it('reads a post whose pay is under the sponsorship threshold as location, not salary', () => {
    const r = read('Dear Ms Pereira,\n\nThank you for applying for the Library Assistant post. I am afraid the pay for this post does not meet the minimum salary required for a work visa, and you have told us you would need one. We cannot take your application further.\n\nBest wishes,\nPeople Services', 'Library Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
    expect(r.reasons).not.toContain('salary');
  });

  it('still reads a salary expectation above the range as salary', () => {
    const r = read('Dear Ms Pereira,\n\nThank you for applying for the Library Assistant post. I am afraid your salary expectations are well above the range for this grade. We cannot take your application further.\n\nBest wishes,\nPeople Services', 'Library Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });
});

describe('where the candidate said they can only work', () => {
  it('reads "you are only able to work from Porto" as location', () => {
    const r = read('Hello Tiago,\n\nThanks for your application to the Site Supervisor role. We have decided not to move forward: the role moves between our three plants every week, and your form says you are only able to work from Porto.\n\nAll the best,\nTalent Team', 'Site Supervisor');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read "you only worked in Porto" about past experience as location', () => {
    const r = read('Hello Tiago,\n\nThanks for your application to the Site Supervisor role. We have decided not to move forward: the role needs experience of running several plants, and your form says you have only run one small workshop.\n\nAll the best,\nTalent Team', 'Site Supervisor');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('an interview others were chosen for', () => {
  it('reads a short call with HR, then others selected to attend the panel interview, as the screen', () => {
    const r = read('Dear Amara,\n\nThank you for the brief call with HR last week about the Grants Officer vacancy. Having spoken with everyone, we have selected candidates whose experience is closer to the brief to attend the panel interview.\n\nRegards,\nHR Team, Institute of Water Studies', 'Grants Officer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('still reads the candidate\'s own panel interview as the interview', () => {
    const r = read('Dear Amara,\n\nThank you for attending the panel interview last week about the Grants Officer vacancy. Having spoken with everyone, we have decided to offer the post to another candidate whose experience is closer to the brief.\n\nRegards,\nHR Team, Institute of Water Studies', 'Grants Officer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('the last steps of an academic appointment, and a day booked and not held', () => {
  it('reads a visit and a meeting with the Provost as the final stage', () => {
    const r = read('Dear Dr Achebe,\n\nThank you for your time on campus last week, including your meeting with the Provost. I regret to say that the search committee will not be recommending you for the Chair in Economics.\n\nSincerely,\nOffice of Faculty Affairs', 'Chair in Economics');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read a meeting with the Provost still to come as the stage reached', () => {
    const r = read('Dear Dr Achebe,\n\nThank you for your application. Shortlisted candidates would meet the Provost during their visit, but I regret to say that the search committee will not be taking your application further for the Chair in Economics.\n\nSincerely,\nOffice of Faculty Affairs', 'Chair in Economics');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('final');
  });

  it('does not read an assessment day the candidate was booked on and that was put off as the final stage', () => {
    const r = read('Hi Priya,\n\nAfter your online tests you were scheduled to attend our assessment day on 4 June. We have had to move it and will be in touch with a new date soon; your application remains under consideration.\n\nThanks,\nEarly Careers, Holt & Verne', 'Assessment day moved');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('assessment');
  });

  it('still reads an assessment day the candidate attended as the final stage', () => {
    const r = read('Hi Priya,\n\nThank you for attending our assessment day on 4 June after your online tests. We are sorry to say that we will not be making you an offer this year.\n\nThanks,\nEarly Careers, Holt & Verne', 'Assessment day outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });
});
