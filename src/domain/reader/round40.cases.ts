/**
 * Reasons said in one clause beside a compliment or beside another reason (a working-style contrast, a figure over a client's budget, presence so many days a week), and the rules written for them: messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must still read
 * the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hi Priya,\n\n${body}\n\nAll the best,\nHiring Team`;

describe('a preference to work alone set against how the team works', () => {
  it('reads "you like to work independently, whereas our team pairs on almost everything" as culture_fit', () => {
    const r = read(wrap('Thanks for the afternoon with the platform squad. Your technical answers were strong. The team sensed that you like to work independently, whereas our team pairs on almost everything, and we have decided not to proceed.'));
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('does not read culture from "while we understand it" when no team way of working is set against the preference', () => {
    const r = read(wrap('Thanks for the afternoon with the platform squad. You told us you want to work more independently, and while we understand that, another candidate had more experience of running Kubernetes in production.'));
    expect(r.reasons).not.toContain('culture_fit');
  });
});

describe('a figure over what the client has budgeted', () => {
  it('reads "your number was 15k over what they have budgeted" as salary', () => {
    const r = read(wrap('I spoke with the client after our call. Sadly your number was around 15k over what they have budgeted, so they will not be taking your application forward.'));
    expect(r.reasons).toContain('salary');
  });

  it('does not read salary from "over what they have seen from other applicants"', () => {
    const r = read(wrap('I spoke with the client after our call. The response was well over what they have seen for similar roles, 240 applications in a week, and they will not be taking yours forward.'));
    expect(r.reasons).not.toContain('salary');
  });
});

describe('presence in a named place so many days a week', () => {
  it('reads "we need someone in Rotterdam at least four days a week" as location beside salary', () => {
    const r = read(wrap('Thanks for the chat on Tuesday. Two things get in the way: your salary expectation is above our band, and we need someone in Rotterdam at least four days a week. So we will not continue.'));
    expect(r.reasons).toEqual(expect.arrayContaining(['salary', 'location']));
  });

  it('does not read location from "we need someone with four years of payroll experience"', () => {
    const r = read(wrap('Thanks for the chat on Tuesday. We need someone with four years of payroll experience, which you do not yet have, so we will not continue.'));
    expect(r.reasons).not.toContain('location');
  });
});
