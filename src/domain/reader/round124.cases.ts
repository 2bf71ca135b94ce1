/**
 * What the answer to an interview scenario left out, as the skill a decline names: "when we asked what you would do if an
 * informal patient said he was leaving, you talked about persuading him to stay but didn't mention the holding power".
 * The same words in a coach's notes decline no one. Messages written for this test (not taken from any corpus part), each
 * beside one in nearby words that must read the other way.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('what the answer to a scenario left out', () => {
  it('reads the scenario answer that left out a named step as a skill gap with feedback', () => {
    const texts = [
      'Dear Ms Boateng,\n\nThank you for coming to interview for the Safeguarding Lead role. I\'m sorry to let you know that we won\'t be offering you the role. When we asked what you would do if a worker was alleged to have harmed a child, you focused on the internal investigation and did not mention referring to the designated officer within one working day.\n\nWith best wishes,\nHR',
      'Hi Dev,\n\nUnfortunately we won\'t be offering you the role. In the clinical scenario of the drowsy post-operative patient, you went straight to the fluid bolus and didn\'t assess the airway first, even when prompted.\n\nNatalie',
    ];
    for (const text of texts) for (const r of both(text)) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toContain('skills_gap');
      expect(r.feedback).toBe(true);
    }
  });

  it('does not read a coach\'s note on the same scenario as a decline', () => {
    const text = 'Hi Dev,\n\nGood practice session today. In the clinical scenario of the drowsy post-operative patient, you went straight to the fluid bolus and didn\'t assess the airway first. Let\'s run it again on Thursday before your interview at St Luke\'s.\n\nPriya\nCareers Coach';
    for (const r of both(text)) expect(r.kind).not.toBe('rejection');
  });

  it('does not name a skill where the scenario answer is praised and the decline gives no reason', () => {
    const r = read('Hi Dev,\n\nUnfortunately we won\'t be offering you the role. When we asked about the drowsy patient, you gave a clear, systematic answer; it was simply a very strong field.\n\nNatalie');
    expect(r.reasons).not.toContain('skills_gap');
  });
});
