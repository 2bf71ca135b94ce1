/**
 * A laid-off analyst's year of mail, and letters whose stage or reason is easy to get wrong: a phone interview with the
 * manager who hires; a director who signs after "speaking with you"; interviews held with other candidates; an on-demand
 * video interview; a licence exam not yet sat; the VP who "has passed"; a selection completed for a posting; a graduation
 * year outside a programme's window; a salary above a range given in figures; a hiring freeze with the candidacy kept
 * open; a culture fit said of other candidates alone. Messages written for this test (not taken from any corpus part),
 * each beside a message in nearby words that must read the other way. The rules alone (`null`) must read them, and the
 * model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { cultureFitUnexplained } from './learned.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('who the talk was with', () => {
  it('reads a phone interview with the manager who hires, named with the title, as an interview', () => {
    for (const r of both('Hi Tyrell,\n\nThank you for the phone interview with Ed Kowalski, our Warehouse Operations Manager, on Friday. Ed has decided to move forward with candidates whose experience is a closer match for the role.\n\nBest regards,\nLydia Chen\nHR Coordinator, Stanfield Paper')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('still reads a phone interview with the talent acquisition manager as a screen', () => {
    const r = read('Hi Tyrell,\n\nThank you for the phone interview with Ed Kowalski, our Talent Acquisition Manager, on Friday. We have decided to move forward with candidates whose experience is a closer match for the role.\n\nBest regards,\nLydia Chen\nHR Coordinator, Stanfield Paper');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('reads "after speaking with you" from one who signs as a director of the function as an interview', () => {
    for (const r of both('Hi Jordan,\n\nThanks for making time on Tuesday. After speaking with you and with the other people I\'m considering, I\'ve decided to go in a different direction for the Distribution Operations Analyst position.\n\nRegards,\nCraig Bellamy\nDirector, Distribution Operations\nFenwick Brothers Hardware')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('reads interviews completed with the candidates who matched more closely as the application stage', () => {
    for (const r of both('Dear Ms. Tran,\n\nThank you for your interest in the Senior Buyer position. We have now completed interviews with the candidates whose qualifications most closely matched the requirements of the role, and we will not be moving forward with your application.\n\nHuman Resources\nMarlin County Hospital')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('application');
    }
  });

  it('still reads the candidate\'s own completed interviews as the interview stage', () => {
    const r = read('Dear Ms. Tran,\n\nThank you for completing interviews with our team for the Senior Buyer position. We will not be moving forward with your application.\n\nHuman Resources\nMarlin County Hospital');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('steps that were no meeting', () => {
  it('reads an on-demand video interview as the assessment', () => {
    for (const r of both('Hi Marcus,\n\nThank you for taking the time to complete the on-demand video interview for the Supply Planner position.\n\nAfter review we have decided to move forward with other candidates at this time.\n\nTalent Acquisition')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('assessment');
    }
  });

  it('does not read a licence exam not yet sat as a test taken', () => {
    for (const r of both('Hi Natalie,\n\nThanks for the brief chat this afternoon. The Customs Compliance Analyst role requires a Licensed Customs Broker, and as you mentioned you haven\'t sat for the broker exam yet, we aren\'t able to move forward.\n\nKind regards,\nHannah Ortiz\nHR Generalist')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('screen');
      expect(r.reasons).toEqual(['skills_gap']);
    }
  });

  it('still reads an exam the candidate sat as the assessment', () => {
    const r = read('Hi Natalie,\n\nThank you for sitting the compliance exam on Monday. Your score was below the pass mark, so we aren\'t able to move forward.\n\nKind regards,\nHannah Ortiz\nHR Generalist');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });
});

describe('the answer relayed by an agency', () => {
  it('reads "I sent your resume over, and the VP of Supply Chain has passed" as a rejection', () => {
    const r = read('Hi Marcus,\n\nQuick update on the Senior S&OP Analyst search. I sent your resume over last week, and the VP of Supply Chain has passed. They want someone who has run S&OP in food manufacturing, and your planning experience is on the retail side.\n\nLauren\nArdent Search Group');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "the hiring manager has passed your resume to the director" as a rejection', () => {
    const r = read('Hi Marcus,\n\nQuick update on the Senior S&OP Analyst search. I sent your resume over last week, and the hiring manager has passed it to the VP of Supply Chain, who would like to meet you on Thursday.\n\nLauren\nArdent Search Group');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('reasons in plain public-sector and tracking-system words', () => {
  it('reads "the selection process for this posting has been completed" as the position filled', () => {
    for (const r of both('Dear Applicant,\n\nThank you for your interest in Procurement Analyst (Posting 25-0716).\n\nThe selection process for this posting has been completed, and another applicant has been selected for the position.\n\nOffice of Human Resources')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['position_filled']);
    }
  });

  it('reads a year of graduation outside a programme open to final-year students as eligibility (location)', () => {
    for (const r of both('Hi Daniel,\n\nThank you for applying to the Supply Chain Leadership Development Program.\n\nThe program is open only to students in their final year of a bachelor\'s or master\'s program. Your application shows that you graduated in 2016, so we are unable to consider you for this program.\n\nUniversity Recruiting')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['location']);
    }
  });

  it('reads a desired salary above a range given in figures as salary beside overqualified', () => {
    for (const r of both('Hi Richard,\n\nThank you for applying for the Shipping Coordinator position. With fifteen years of experience, most recently as a supply chain manager, you are significantly overqualified for this coordinator role, and the desired salary of $95,000 in your application is well above the $48,000–$54,000 range we have for it.\n\nLarkspur Candle Co.')) {
      expect(r.kind).toBe('rejection');
      expect([...r.reasons].sort()).toEqual(['overqualified', 'salary']);
    }
  });

  it('does not read a salary within the range given as a salary reason', () => {
    const r = read('Hi Richard,\n\nThank you for applying for the Shipping Coordinator position. The range for the role is $48,000–$54,000. After review, we have decided to move forward with other candidates.\n\nLarkspur Candle Co.');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });
});

describe('a freeze with the candidacy kept open', () => {
  it('reads a hiring freeze with "we keep your candidacy open" and no decision made as a pause', () => {
    for (const r of both('Hi Marcus,\n\nThank you for coming back in for the final interview for the Senior Supply Chain Analyst position.\n\nThe company has frozen all new hires through the end of the year, so we can\'t make an offer to anyone right now. You are one of two finalists, no decision has been made, and the hiring manager has asked that we keep your candidacy open rather than close the search.\n\nWe expect to have clarity in early January.\n\nMonique Ferris\nHR Manager')) {
      expect(r.kind).toBe('on_hold');
    }
  });

  it('still reads a freeze that closes the search as a rejection', () => {
    const r = read('Hi Marcus,\n\nThank you for coming back in for the final interview for the Senior Supply Chain Analyst position.\n\nThe company has frozen all new hires, and we have had to close the search. We will not be making an offer for this role.\n\nMonique Ferris\nHR Manager');
    expect(r.kind).toBe('rejection');
  });
});

describe('a culture fit said of other candidates alone', () => {
  it('reads "candidates who we feel are a better match … in how they\'d fit with the team\'s culture" as no feedback on this candidate', () => {
    expect(cultureFitUnexplained(["We've decided to go with candidates who we feel are a better match, both in experience and in how they'd fit with the team's culture."])).toBe(true);
    expect(cultureFitUnexplained(["We've decided to go with candidates who we feel fit the team's culture better, as you told us you prefer to work alone."])).toBe(false);
  });
});

describe('a deadline extended for the candidate', () => {
  it('reads a test deadline extended because the platform is down as no pause', () => {
    for (const r of both('Dear Candidates,\n\nWe regret to inform you that the online assessment platform will be unavailable on Saturday due to scheduled maintenance.\n\nTo make up for this, the deadline for completing your tests for the Graduate Programme has been extended to Tuesday 25 February at 11:59pm.\n\nKind regards,\nEarly Careers')) {
      expect(r.kind).toBe('other');
    }
  });

  it('still reads the decisions of the programme delayed, with no one declined, as a pause', () => {
    const r = read('Dear Candidates,\n\nWe are sorry to let you know that decisions for the Graduate Programme have been delayed while the business confirms next year\'s numbers. No decision has been made on any application yet, and we expect to write to everyone by 14 March.\n\nKind regards,\nEarly Careers');
    expect(r.kind).toBe('on_hold');
  });
});

