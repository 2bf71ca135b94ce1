/**
 * What is a rejection: a rival proceeded with as "that candidate", an offer that refuses one asked-for day off, and
 * open roles held until a date. Messages written for this test (not taken from any corpus part), each beside a message in
 * nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hi Oluwaseun,\n\n${body}\n\nBest,\nTalent Team`;

describe('a rival proceeded with, named as "that candidate"', () => {
  it('reads "we have decided to proceed with that candidate" as a rejection despite an offered call', () => {
    const r = read(wrap('The panel enjoyed meeting you for the Site Engineer role. Another applicant had more tunnelling work behind them, and we have decided to proceed with that candidate. If you want the panel\'s notes, I can set up a quick call.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read "we have decided to proceed with that date" as a rejection', () => {
    const r = read(wrap('Thanks for offering Thursday or Friday for the site visit. Friday suits the panel best, so we have decided to proceed with that date. Please bring photo ID to reception.'));
    expect(r.kind).not.toBe('rejection');
  });
});

describe('an offer negotiation that refuses one term', () => {
  it('does not read "unfortunately we won\'t be able to offer the Mondays off you asked about" inside an offer as a rejection', () => {
    const r = read(wrap('Good news! We would love you to join us as Payroll Officer from 3 March, and your contract is attached. Unfortunately we won\'t be able to offer the Mondays off you asked about for the first quarter, but we are happy to look again after probation.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "unfortunately we cannot offer you the Payroll Officer job" as a rejection', () => {
    const r = read(wrap('Thank you for interviewing for the Payroll Officer job. Unfortunately we cannot offer you the position, as another applicant had more experience of our payroll system.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('open roles held until a date', () => {
  it('reads "we have to hold all open positions until the budget is signed off" as on hold', () => {
    const r = read(wrap('Thank you for interviewing with Kofi on Tuesday. Finance is redoing the plan for next year and we have to hold all open positions until the budget is signed off. We will pick things up with you then.'));
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we have filled all open positions" as a rejection, not a pause', () => {
    const r = read(wrap('Thank you for interviewing with Kofi on Tuesday. We have now filled all open positions in the team, so we will not be taking your application further.'));
    expect(r.kind).toBe('rejection');
  });
});
