/**
 * The rules changed beside ADR 0063: a shortlisting or review that "has taken longer" than planned is a paused
 * process, as one that "is taking longer" already was — on messages written for this test (not taken from any corpus
 * part), beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Priya,\n\n${body}\n\nKind regards,\nPeople Team`;

describe('on_hold: a step that has taken longer than planned', () => {
  it('reads "the shortlisting has taken us longer than we planned" as a paused process', () => {
    const r = read(wrap('Thank you for applying for the Payroll Officer post. The shortlisting has taken us longer than we planned, as so many people applied. We now hope to write to everyone by 14 March.'));
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a decline that follows the same delay as a rejection', () => {
    const r = read(wrap('Thank you for applying for the Payroll Officer post. The shortlisting has taken us longer than we planned, and I am sorry to say your application has not been shortlisted this time.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('rejection: a decline said only by what the employer did with the search', () => {
  it('reads "we have closed the external search for this position" as a rejection', () => {
    expect(read(wrap('Thanks for the call on Monday. A quick update: we have closed the external search for this position.')).kind).toBe('rejection');
  });

  it('still reads a date the search closes on, or a search wrapped up later, as no decline', () => {
    expect(read(wrap('Thanks for applying for the Analyst role. The search closes on 30 May and we will write to everyone shortly after.')).kind).not.toBe('rejection');
    expect(read(wrap('Thanks for applying for the Analyst role. Once we wrap up the search we will be in touch with everyone who applied.')).kind).not.toBe('rejection');
  });

  it('reads the job given to one of the others as a rejection, but not the job given to the candidate', () => {
    expect(read(wrap("Thanks for coming in for the trial. I'm going to give it to one of the other lads who has run a busy pass before.")).kind).toBe('rejection');
    expect(read(wrap("Thanks for coming in for the trial. I'm going to give it to you if you can start on Monday.")).kind).not.toBe('rejection');
  });

  it('reads an application set aside for this post as a rejection, but not a CV kept for a later role', () => {
    expect(read(wrap('This post is based in our Nairobi office. In your cover letter you said that you would keep working from Berlin, so we have set your application aside for this post.')).kind).toBe('rejection');
    expect(read(wrap('Thank you for sending your CV. There is nothing open right now, so we have kept it on file and will contact you when a role comes up.')).kind).not.toBe('rejection');
  });
});
