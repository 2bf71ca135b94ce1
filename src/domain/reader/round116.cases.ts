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
