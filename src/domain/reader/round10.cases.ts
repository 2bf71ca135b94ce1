/**
 * The general rules of the tenth round (look-alikes of a real inbox), each on messages written for this test (not
 * taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Morgan,\n\n${body}\n\nWith best wishes,\nRecruitment Office`;
const declined = (kind: string): boolean => kind === 'rejection';

describe('kind: acknowledgements that speak of others or of silence', () => {
  it('reads what will happen to a class of applicants as a policy, not a reason given to this one', () => {
    const r = read(wrap('We confirm that your application for the Estates Surveyor post has arrived. Candidates whose experience is the closest fit for the brief will then be invited to meet the panel.'));
    expect(declined(r.kind)).toBe(false);
  });

  it('still reads a closer fit of others as a decline when it is told as a decision', () => {
    const r = read(wrap('We have reviewed your application for the Estates Surveyor post and have decided to invite candidates whose experience is a closer fit for the brief.'));
    expect(r.kind).toBe('rejection');
  });

  it('reads a decline that follows a condition of not being contacted as no decision', () => {
    const r = read(wrap('Your form for the Library Assistant vacancy is with us. Should we not have called you by 3 May, we thank you for applying but will not be progressing your application.'));
    expect(declined(r.kind)).toBe(false);
  });

  it('still reads the same decline said outright', () => {
    expect(read(wrap('Thank you for applying for the Library Assistant vacancy; we will not be progressing your application.')).kind).toBe('rejection');
  });
});

describe('kind: the post given, a delay ahead', () => {
  it('reads a post offered and taken up, said in the passive, as filled', () => {
    const r = read(wrap('Thank you for your interest in the Groundskeeper job. I can let you know that the job was accepted yesterday by the person we offered it to.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read an offer of the post to the candidate as filled', () => {
    expect(read(wrap('We are pleased to say that the post has been offered to you, subject to references. Your contract will follow.')).kind).not.toBe('rejection');
  });

  it('reads a review that will take longer than planned as a delay', () => {
    const r = read(wrap('So many people applied for the Apprentice Electrician scheme that sifting is going to take a good deal longer than first planned. We will write again by the end of next month.'));
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a forewarning that it may take longer than usual as a delay', () => {
    const r = read(wrap('Thank you for applying for the Apprentice Electrician scheme. At this time of year it may take longer than usual to review applications.'));
    expect(r.kind).not.toBe('on_hold');
  });
});

describe('flags: the door', () => {
  it('opens the door when the candidate\'s details are kept beside word of openings to come', () => {
    const r = read(wrap('I am sorry to tell you that you have not been shortlisted for the Archivist post. We will hold on to your CV and tell you about similar posts as they arise.'));
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });
});

describe('second go: failures of the system, corrections, a feedback call, the step it is not taken to', () => {
  it('reads test answers that did not save in a technical problem as no decision', () => {
    const r = read(wrap('Unfortunately the assessment system had a technical problem, so your test answers did not save.'));
    expect(declined(r.kind)).toBe(false);
  });

  it('reads an apology for a wrong time zone in the invitation as arranging, not a decline', () => {
    const r = read(wrap("I'm so sorry, the interview invite I sent had the wrong time zone on it."));
    expect(declined(r.kind)).toBe(false);
  });

  it('reads "if a feedback chat would be useful" as an offer of feedback', () => {
    const r = read(wrap('We have decided not to offer you the role. If a quick feedback chat would be useful, just reply to this email.'));
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads a decision that the application is not one taken to the next round as a decline', () => {
    const r = read(wrap('The partners have been through your portfolio and concluded it is not one they will bring into the second round.'));
    expect(r.kind).toBe('rejection');
  });
});
