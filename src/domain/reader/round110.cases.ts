/**
 * Specific feedback and the lines beside it: a culture fit told as a fit phrase alone ("we don't feel you'd be the right
 * fit for our culture at this time") is the reason without specific feedback, while a fit with something of this
 * candidate behind it (what they said, how the team works) is both; a test not passed, told as "not successful in the
 * assessments"; a pause of "all open offers and final decisions"; and a withdrawal confirmed with congratulations on the
 * new role. Messages written for this test (not taken from any corpus part), each beside a message in nearby words that
 * must read the other way. The rules alone (`null`) must read them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { cultureFitUnexplained } from './learned.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const readWithModel = (text: string, subject?: string) => readMessage({ text, subject });

describe('a culture fit told with nothing of the candidate behind it', () => {
  const bare = 'Hi Callum,\n\nThank you for speaking with me on Tuesday about the Events Coordinator role.\n\nAfter discussing it with the team, we don\u2019t feel you would be the right fit for our culture at this time, and we have decided not to move forward.\n\nBest wishes,\nNia Forde\nPeople Partner, Lanternfly Events';
  const told = 'Hi Callum,\n\nThank you for speaking with me on Tuesday about the Events Coordinator role.\n\nAfter discussing it with the team, we have decided not to move forward. We don\u2019t feel you would be the right fit for our culture: we are a small crew who pair on every event, and from what you told us you do your best work planning alone, well ahead of time.\n\nBest wishes,\nNia Forde\nPeople Partner, Lanternfly Events';

  it('reads the fit phrase alone as a culture fit without specific feedback', () => {
    for (const r of [read(bare), readWithModel(bare)]) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['culture_fit']);
      expect(r.feedback).toBe(false);
    }
  });

  it('still reads a fit explained by what the candidate said as specific feedback', () => {
    for (const r of [read(told), readWithModel(told)]) {
      expect(r.kind).toBe('rejection');
      expect(r.feedback).toBe(true);
    }
  });

  it('reads a fit judged in words about events as a decline, not as a place at an event refused', () => {
    const r = read('Hi Callum,\n\nThank you for speaking with me on Tuesday about the Events Coordinator role.\n\nWe don\u2019t feel you would be the right fit for our culture, since the team pairs on every event.\n\nBest wishes,\nNia');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('tells a fit phrase from a fit with something of the candidate behind it', () => {
    expect(cultureFitUnexplained(["After much discussion, we don't feel that you are the right fit for the team at this time."])).toBe(true);
    expect(cultureFitUnexplained(['The team has decided that this isn\u2019t the right match in terms of team fit.'])).toBe(true);
    expect(cultureFitUnexplained(['The panel felt that other candidates demonstrated a stronger alignment with our values.'])).toBe(true);
    expect(cultureFitUnexplained(["We don't feel you'd be the right fit for a team that pairs on every ticket, as you said you prefer to work alone."])).toBe(false);
    expect(cultureFitUnexplained(['The panel felt your leadership approach was not the best fit for our collaborative, matrix-working culture.'])).toBe(false);
    expect(cultureFitUnexplained([])).toBe(false);
  });
});

describe('a test not passed, told as not being successful in it', () => {
  it('reads "not successful in the assessments" as the result of the test', () => {
    const r = read('Hi Priya,\n\nThank you for taking the online assessments for the Graduate Data Engineer role at Fenwright.\n\nUnfortunately you were not successful in the assessments on this occasion, so we will not be moving your application forward.\n\nRegards,\nFenwright Early Careers');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
    expect(r.feedback).toBe(false);
  });

  it('does not read "not successful at the assessment centre" as a test result of its own', () => {
    const r = read('Hi Priya,\n\nThank you for attending the assessment centre for the Graduate Data Engineer programme at Fenwright last Thursday.\n\nUnfortunately you were not successful at the assessment centre, and we will not be offering you a place this year.\n\nRegards,\nFenwright Early Careers');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });
});

describe('a pause of open offers and decisions', () => {
  it('reads "asked us to pause all open offers and final decisions" as on hold', () => {
    const r = read('Hi Aled,\n\nSorry for the quiet spell since your final interview.\n\nThe business is restructuring its finance team, and the board has asked us to pause all open offers and final decisions until the new structure is signed off. That includes the Financial Controller role. Nothing has been decided against you, and I expect to be back in touch within a month.\n\nBest,\nRuth\nTalent, Glasshouse Brewing');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads offers made to others as a decline', () => {
    const r = read('Hi Aled,\n\nThank you for your final interview for the Financial Controller role.\n\nWe have now made an offer to another candidate, who has accepted, so we will not be taking your application further.\n\nBest,\nRuth\nTalent, Glasshouse Brewing');
    expect(r.kind).toBe('rejection');
  });
});

describe('a withdrawal confirmed', () => {
  it('does not read "we\'ve closed your application … congratulations on the new role" as a decline', () => {
    const r = read('Hi Marta,\n\nThanks for letting us know that you\u2019ve accepted another offer and would like to withdraw from the process for the Payroll Analyst role.\n\nWe\u2019ve closed your application. It was lovely to meet you and we\u2019re sorry to lose you, but congratulations on the new role!\n\nBest,\nTom\nTalent Team, Hexley Partners');
    expect(r.kind).toBe('other');
  });

  it('still reads a decline that only wishes the candidate well as a decline', () => {
    const r = read('Hi Marta,\n\nThank you for interviewing for the Payroll Analyst role.\n\nWe\u2019ve decided to move forward with another candidate and have closed your application. It was lovely to meet you, and good luck with your search.\n\nBest,\nTom\nTalent Team, Hexley Partners');
    expect(r.kind).toBe('rejection');
  });
});
