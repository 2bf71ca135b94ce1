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
