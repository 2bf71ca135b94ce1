/**
 * In-between mail: a process paused by a freeze, a board or a date moved later, told beside "this is not a rejection"; quiet
 * declines told without the usual words; slow updates that name the day of the answer; the reason of a pause. Messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must still read the
 * other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('pauses told without the usual pausing words', () => {
  it('reads a decision pushed to a later quarter as on hold', () => {
    const r = read('Hi Dana, a short note: the decision on the Account Executive hire has been pushed to next quarter. Nothing has changed about how we see you. I will call you in April. Tom', 'Account Executive');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads an interview moved to a named day as no pause', () => {
    const r = read('Hi Dana, a short note: your interview for the Account Executive role has been moved to next Tuesday at 10:00, same room. See you then. Tom', 'Account Executive');
    expect(r.kind).not.toBe('on_hold');
  });

  it('reads appointments held by a board while a merger is approved as on hold, for a role closed', () => {
    const r = read('Dear Mr Osei,\n\nThank you for attending the final panel for Head of Procurement.\n\nPending the approval of our merger, the board has directed that all executive appointments be held. This is a pause, not a withdrawal, and you remain our preferred candidate.\n\nYours sincerely,\nPeople Office', 'Head of Procurement');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a role withdrawn after a merger as a rejection', () => {
    const r = read('Dear Mr Osei,\n\nThank you for attending the final panel for Head of Procurement.\n\nFollowing our merger, the Head of Procurement position has been withdrawn and will not be filled. We are sorry to end the process with you in this way.\n\nYours sincerely,\nPeople Office', 'Head of Procurement');
    expect(r.kind).toBe('rejection');
  });

  it('reads "still keen on you, but we cannot move until the budget is signed" as on hold', () => {
    const r = read('Hi Omar, thanks for bearing with me. We are still very much interested in your application for the warehouse lead job but we cannot move until the new budget is signed, probably in March. I will be in touch then. Lisa', 'Warehouse lead');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we cannot move forward with your application" as a rejection', () => {
    const r = read('Hi Omar, thanks for bearing with me. Unfortunately we cannot move forward with your application for the warehouse lead job, as we have chosen a candidate with more forklift experience. Lisa', 'Warehouse lead');
    expect(r.kind).toBe('rejection');
  });

  it('reads "your application is not rejected, only paused" beside a reorganisation as on hold', () => {
    const r = read('Dear Ms Berg,\n\nthank you for the interview last Monday. Unfortunately our division is being reorganised and all open positions must wait until the new structure is decided. Your application is not rejected, it is only paused. We expect to continue in March.\n\nKind regards\nHR', 'Your application');
    expect(r.kind).toBe('on_hold');
  });

  it('reads headcount approvals pulled back with "it\'s not a no" as on hold', () => {
    const r = read('Hi Ben,\n\nThanks for coming in on Tuesday. Unfortunately our owners have pulled back headcount approvals until the half-year review, and the Estimator job is caught up in that. It\'s not a no, and we will ring you first when approvals come back.\n\nCheers,\nNina', 'Estimator');
    expect(r.kind).toBe('on_hold');
  });

  it('reads "the hire is frozen for now" after an investor asks for no new headcount as on hold', () => {
    const r = read('Hey Lena, after our call I want to be upfront: our investors asked us not to add headcount until the funding closes, so the Designer hire is frozen for now. Still super keen to talk again in January. Max', 'update');
    expect(r.kind).toBe('on_hold');
  });

  it('reads "on ice till March" with "still keen on you" as on hold', () => {
    const r = read('Still keen on you! Just on ice till March, sorry. Will call. R', 'Re: any news?');
    expect(r.kind).toBe('on_hold');
  });
});

describe('declines told without the usual words', () => {
  it('reads "it\'s not one for you this time" as a rejection', () => {
    const r = read('Hi Kim,\n\nThanks for the case study you sent over. The team has looked at it and it\'s not one for you this time. The structure was clear but the pricing section was missing.\n\nBest,\nRaj', 'Your case study');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "if this is not one for you, no problem" as a rejection', () => {
    const r = read('Hi Kim,\n\nWe have a new Junior Analyst opening that might suit you. If it\'s not one for you, no problem, just let me know and I will keep looking.\n\nBest,\nRaj', 'A role you may like');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we\'ve landed somewhere else for the role" as a rejection', () => {
    const r = read('Hi Petra,\n\nThanks for meeting Jo and me on Monday. We\'ve finished our conversations and we\'ve landed somewhere else for the Team Lead role.\n\nAll the best,\nAnna', 'Team Lead');
    expect(r.kind).toBe('rejection');
  });

  it('reads "so the spot is gone" after an offer accepted as a rejection', () => {
    const r = read('Hi Leo, thanks for the quick call. A candidate from an earlier round accepted our offer this morning, so the Account Manager spot is gone. Sorry. Beth', 'Account Manager');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "the role has gone live" as a rejection', () => {
    const r = read('Hi Leo, thanks for the quick call. The Account Manager role has gone live on our careers page, so please apply there by Friday. Beth', 'Account Manager');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a vacancy cancelled outright by a freeze as a rejection, for a role closed', () => {
    const r = read('Dear Musa,\n\nThank you for the call on Monday. Our company has announced a freeze that cancels the Payroll Officer vacancy outright; it will not come back. I am sorry to confirm that your application for this role has come to an end.\n\nKind regards,\nTalent Team', 'Payroll Officer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a freeze that only delays the vacancy as on hold', () => {
    const r = read('Dear Musa,\n\nThank you for the call on Monday. Our company has put a freeze on all external hiring until April, and the Payroll Officer vacancy is included. You are still in the process and we will pick things up once the freeze ends.\n\nKind regards,\nTalent Team', 'Payroll Officer');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });
});

describe('updates and restarts are no pause', () => {
  it('reads "taking longer than hoped, you will hear from us by Friday 4 March" as an update', () => {
    const r = read('Hi Sara,\n\nWe are taking longer than we hoped to review the applications for the Librarian post. Your application is still being considered and you will hear from us by Friday 4 March at the latest.\n\nRecruitment Team', 'Librarian - timing');
    expect(r.kind).toBe('other');
  });

  it('still reads "taking longer because the process is on hold" as on hold', () => {
    const r = read('Hi Sara,\n\nWe are taking longer than we hoped: the Librarian post is on hold while the council reviews its budget. You will hear from us by Friday 4 March at the latest.\n\nRecruitment Team', 'Librarian - timing');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a freeze that has been lifted as a pause', () => {
    const r = read('Hi Tess,\n\nGood news: the hiring freeze has been lifted and the Data Engineer role is open again. Could you send me your availability for a second interview next week?\n\nThanks,\nJay', 'We can restart');
    expect(r.kind).not.toBe('on_hold');
  });

  it('still reads a freeze that will be lifted later as a pause', () => {
    const r = read('Hi Tess,\n\nThe hiring freeze is still in place, and the Data Engineer role is on hold until it has been lifted. I will come back to you as soon as I hear more.\n\nThanks,\nJay', 'Data Engineer');
    expect(r.kind).toBe('on_hold');
  });
});

describe('the reason of a pause', () => {
  it('reads a process suspended pending an expenditure review as a role closed', () => {
    const r = read('Hello Ms Roy,\n\nThank you for attending the interview board for the Analyst process.\n\nPlease be advised that this staffing process has been suspended pending the outcome of a departmental expenditure review. You remain in the process and no results have been assigned.\n\nStaffing Services', 'Process suspended');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });
});

describe('the stage of a pause told indirectly', () => {
  it('reads the time the candidate gave the sender and a colleague as an interview', () => {
    const r = read('Hi Ola,\n\nThanks again for the time you gave Priya and me on Wednesday. Unfortunately the business has put a freeze on all external hiring until April, and the Buyer role is included. You are still in the process.\n\nBest,\nMark', 'Buyer - a pause');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('interview');
  });

  it('does not read the time the candidate gave to an application form as an interview', () => {
    const r = read('Hi Ola,\n\nThanks again for the time you gave to your application on Wednesday. Unfortunately the business has put a freeze on all external hiring until April, and the Buyer role is included. You are still in the process.\n\nBest,\nMark', 'Buyer - a pause');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('application');
  });
});

describe('the reason of a quiet decline', () => {
  it('reads "we had a candidate from an earlier round accept an offer" as the position filled', () => {
    const r = read('Hi Leo, thanks for the quick call on Monday. We had a candidate from an earlier round accept an offer yesterday, so the Account Manager spot is gone. Sorry. Beth', 'Account Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['position_filled']);
  });

  it('does not read "if the candidate we have does not accept an offer" as the position filled', () => {
    const r = read('Hi Leo, thanks for the quick call on Monday. We have a candidate from an earlier round who may accept an offer; if she does not, we would like to invite you to a second interview next week. Beth', 'Account Manager');
    expect(r.reasons).not.toContain('position_filled');
  });
  it('reads appointments held by a board as on hold when no other word of a pause is used, and interviews held on a day as no pause', () => {
    const held = read('Hi Jordan,\n\nQuick update after our call on Monday. The board has asked that all senior appointments be held until the spending review in January. You remain our preferred candidate.\n\nBest,\nAlexis', 'Re: next steps');
    expect(held.kind).toBe('on_hold');
    const scheduled = read('Hi Jordan,\n\nThanks for your application. Interviews will be held on Monday 12 January at our Leeds office, and we will confirm your slot this week.\n\nBest,\nAlexis', 'Your application');
    expect(scheduled.kind).not.toBe('on_hold');
  });
});

