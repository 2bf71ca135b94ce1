/**
 * The paperwork of a long formal letter, and thanks, as what the model's specific feedback rests on: queries about the
 * letter "quoting the reference number above", the monitoring form kept apart from the application, travel expenses,
 * every application scored against the same criteria, and "thank you for attending the interview and for the time you
 * gave" say nothing of this application. Messages written for this test (not taken from any corpus part), each beside
 * one in nearby words that must read the other way.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const model = (text: string, subject?: string) => readMessage({ text, subject });

const letter = (middle: string) =>
  `Dear Ms Farrant,\n\nRe: Senior Planning Officer (Ref. HR-20931)\n\nThank you for attending the interview on Tuesday 4 March and for the time you gave to the process, including the written exercise that the panel set on the day.\n\nThe panel met after the final interview and considered every candidate against the essential and desirable criteria in the person specification. I am sorry to tell you that you have not been successful on this occasion. ${middle}\n\nInformation you provided on the equal opportunities monitoring form was held separately from your application and was not seen by the panel.\n\nIf you incurred travel costs in attending the interview, you may claim them using the expenses form enclosed with your invitation letter.\n\nIf you have any queries about this letter, please contact the Recruitment Team on 01632 960 221, Monday to Friday between 9am and 4pm, quoting the reference number above.\n\nYours sincerely,\n\nJoanne Pell\nRecruitment Adviser\nWestmere Borough Council`;

describe('the paperwork of a long letter is no specific feedback', () => {
  it('does not read queries about the letter, the monitoring form, expenses and thanks as feedback', () => {
    const r = model(letter('It was a strong field and the decision was a difficult one.'), 'Interview outcome');
    expect(r.kind).toBe('rejection');
    // "considered every candidate against the essential and desirable criteria" names no requirement the candidate lacks
    expect(r.reasons).not.toContain('skills_gap');
    expect(r.feedback).toBe(false);
  });

  it('still reads the panel\'s point about the candidate in the same letter as feedback', () => {
    const r = model(letter('The panel felt that your answers on the enforcement caseload did not show enough experience of planning appeals at inquiry, which the role leads on.'), 'Interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('reads a point told after thanks as feedback, when the thanks comes first', () => {
    const r = model('Dear candidate,\n\nThank you for sitting the online reasoning test. Your score in the numerical section was below the level needed for the next step, so we are closing your application.\n\nRegards,\nHR');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });
});
