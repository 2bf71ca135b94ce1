/**
 * The rules changed after ADR 0063: a process that "will close at the end of the month" is a timeline, not a decline, and
 * a hire held back "until the new budget is agreed" is a paused process — on messages written for this test (not taken
 * from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Tomasz,\n\n${body}\n\nBest wishes,\nRecruitment`;

describe('a process closed later, as a timeline', () => {
  it('reads "we will close the process at the end of the month" as no decline and no closed role', () => {
    const r = read(wrap('Thanks for interviewing for the Stores Supervisor post. We will close the process at the end of the month and let everyone know the outcome by the 5th.'));
    expect(r.kind).toBe('other');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a process closed now, for this post, as a rejection with the role closed', () => {
    const r = read(wrap('Thanks for interviewing for the Stores Supervisor post. We have decided to close the process for this post; it will not be filled this year.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('a hire held back until something happens', () => {
  it('reads "we won\'t be going ahead with the hire until the new budget is agreed" as a paused process', () => {
    const r = read(wrap("A quick update on the Planner role: we won't be going ahead with the hire until the new budget is agreed in February. I'll be in touch as soon as it is."));
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads "we won\'t be going ahead with your application" as a rejection', () => {
    expect(read(wrap("Thank you for your time last week. We won't be going ahead with your application for the Planner role.")).kind).toBe('rejection');
  });

  it('does not read a step held until the candidate sends something as a decline or a pause', () => {
    const r = read(wrap("We won't be moving forward with the interviews until you send us your two references, so please upload them when you can."));
    expect(r.kind).not.toBe('rejection');
    expect(r.kind).not.toBe('on_hold');
  });
});
