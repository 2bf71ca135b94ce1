/**
 * A process still going on, told beside other people and a decision to come; interviews held off until the hiring
 * manager is back. Messages written for this test (not taken from any corpus part), each beside a message in nearby words
 * that must read the other way. The rules alone (`null`) must read them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('a process still going on', () => {
  it('does not read "we\'re still finishing conversations with a couple of other people … a decision by Friday" as a decline', () => {
    for (const r of both('Hi Samir,\n\nThanks again for speaking with Ana and the team on Monday. Just a quick note to say we\'re still finishing conversations with a couple of other people, and I expect to get back to you by Friday with a decision.\n\nClaire\nRecruiting, Lanternfish', 'Quick update')) {
      expect(r.kind).not.toBe('rejection');
    }
  });

  it('still reads "we\'re still finishing conversations, but we won\'t be taking your application further" as a decline', () => {
    const r = read('Hi Samir,\n\nThanks again for speaking with Ana and the team on Monday. We\'re still finishing conversations with a couple of other people, but we won\'t be taking your application further.\n\nClaire');
    expect(r.kind).toBe('rejection');
  });

  it('reads "we\'re holding off on booking interviews until he\'s back" as a pause', () => {
    for (const r of both('Hi Joe,\n\nThanks again for the call last week. Simon, the hiring manager for the Customer Insight Lead role, is on unexpected leave for the next three weeks, so we\'re holding off on booking interviews until he\'s back.\n\nYour application is still live. I\'ll be in touch with dates as soon as I can.\n\nPriya\nTalent Partner')) {
      expect(r.kind).toBe('on_hold');
    }
  });

  it('does not read "tell us if you would prefer we hold off on that one for now" in a request for referees as a pause', () => {
    const r = read('Dear Lerato,\n\nAs we move towards a decision, we would like to contact two referees. We will not contact your current employer without your permission, so please tell us if you would prefer we hold off on that one for now.\n\nRefilwe\nTalent Acquisition');
    expect(r.kind).not.toBe('on_hold');
  });
});
