/**
 * A recruiter's "they've said no after the interview", and a pause while internal applicants are seen first. Messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must read the other
 * way. The rules alone (`null`) must read them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('a recruiter\'s short answer, and internal applicants seen first', () => {
  it('reads "they\'ve said no after the interview" as a decline at the interview', () => {
    for (const r of both('Hi Chantelle,\n\nHeard from Brockley Pharma this afternoon - they\'ve said no after the interview for the Regulatory Affairs Associate job.\n\nTa,\nMarcus\nSouthbank Recruitment')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('does not read "they said no to the Friday slot, can you do Monday?" as a decline', () => {
    const r = read('Hi Chantelle,\n\nBrockley Pharma came back on the interview times - they said no to the Friday slot, so can you do Monday at 10 instead?\n\nMarcus');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we have been asked to interview two internal applicants first, which will take about three weeks" as a pause', () => {
    for (const r of both('Dear Roisin,\n\nThank you for completing the written assessment for the Communications Executive role. Before we move to interviews, we have been asked to interview two internal applicants first, which will take about three weeks.\n\nYour application is still under consideration, and we will be in touch with interview dates after that.\n\nHR Team')) {
      expect(r.kind).toBe('on_hold');
    }
  });

  it('still reads internal applicants seen first and one of them appointed as a decline', () => {
    for (const r of both('Dear Roisin,\n\nThank you for completing the written assessment for the Communications Executive role. We interviewed the internal applicants first, and one of them has now been appointed to the post, so we will not be progressing your application.\n\nHR Team')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toContain('internal_candidate');
    }
  });
});

describe('an interview told as time with two of the team, and steps others were invited to', () => {
  it('reads "talking through the Q3 forecast case with me and Jordan yesterday" as the interview', () => {
    for (const r of both('Hi Maya,\n\nAppreciate you talking through the forecast case with me and Jordan yesterday - it was a good discussion.\n\nWe\'re going to go with another candidate for the FP&A Manager role.\n\nGreg\nVP Finance, Sawtooth Outdoor')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('reads "thank you for spending the morning on the ward with Dana and the charge nurses" as the interview', () => {
    for (const r of both('Hi Kayla,\n\nThank you for spending the morning on 4 West with Dana and the charge nurses last Wednesday.\n\nWe\'ve decided not to move forward with your application for the RN position.\n\nRenee Hollis\nNurse Manager')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('does not read "you were open with me and I\'d like to return the favour" after a recruiter\'s chat as an interview', () => {
    const r = read('Hi Callum,\n\nThanks for chatting with me on Monday. We\'ve agreed not to progress your application for the Client Services Manager role. I want to explain, because you were open with me and I\'d like to return the favour.\n\nAisha Rahman\nPeople Partner, Kindling Creative');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('does not read a take-home others were invited to as the candidate\'s own test', () => {
    for (const r of both('Hi Sasha,\n\nThanks for applying to the Machine Learning Engineer role at Fathom Labs.\n\nFor this role we\'ve invited a small group of applicants to complete a take-home project. After reviewing your application, we won\'t be including you in that group, so we\'re closing your application for this role.\n\nFathom Labs Recruiting')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('application');
    }
  });

  it('still reads the candidate\'s own take-home as the assessment', () => {
    const r = read('Hi Sasha,\n\nThank you for completing the take-home project for the Machine Learning Engineer role. After reviewing it, we won\'t be moving forward with your application.\n\nFathom Labs Recruiting');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('reads "new openings come up throughout the year. Please feel free to apply for any that suit you" as an open door', () => {
    for (const r of both('Dear Ms. Alvarez,\n\nThank you for meeting with our team about the Office Administrator role. Unfortunately, we have decided not to take your application to the next step.\n\nNew openings come up throughout the year. Please feel free to apply for any that suit you.\n\nKaren Doyle\nPractice Manager')) {
      expect(r.kind).toBe('rejection');
      expect(r.doorOpen).toBe(true);
    }
  });
});

