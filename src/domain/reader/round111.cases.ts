/**
 * Letters as template sites publish them: a fit or a match told only in general words ("we felt that your experience was
 * not the strongest match for this particular position", "we are looking for a different fit for our team and culture")
 * gives no specific feedback, while the same letter naming what was missing does; one of the employer's own staff
 * appointed; and "I'd love to reach back out" about a later role, beside the same words about this process. Messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must read the other
 * way. The rules alone (`null`) must read them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { bareFit } from './learned.js';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('a fit or a match told only in general words', () => {
  it('reads "your experience was not the strongest match for this particular position" as no specific feedback', () => {
    for (const r of both('Dear [Candidate Name],\n\nThank you for applying for the [Job Title] role.\n\nAfter reviewing your application, we have decided not to move forward. While your background is impressive, we felt that your experience was not the strongest match for this particular position.\n\nKind regards,\n[Recruiter Name]', 'Your application for [Job Title]')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['profile_mismatch']);
      expect(r.feedback).toBe(false);
    }
  });

  it('still reads the same letter naming what was missing as specific feedback', () => {
    for (const r of both('Dear Ama,\n\nThank you for applying for the Payroll Officer role.\n\nAfter reviewing your application, we have decided not to move forward. While your background is impressive, the role needs someone who has run a multi-country payroll in SAP, and your experience so far is with single-entity payrolls in Sage.\n\nKind regards,\nRecruitment', 'Your application for Payroll Officer')) {
      expect(r.kind).toBe('rejection');
      expect(r.feedback).toBe(true);
    }
  });

  it('reads "looking for a different fit for our team and culture" as a culture fit without specific feedback', () => {
    for (const r of both('Dear [Candidate Name],\n\nThank you for taking part in our onsite interviews for the [Job Title] position.\n\nAfter careful consideration, we have concluded that we are looking for a different fit for our team and culture, and we will not be moving forward with your candidacy.\n\nSincerely,\n[Hiring Manager Name]')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('final');
      expect(r.reasons).toEqual(['culture_fit']);
      expect(r.feedback).toBe(false);
    }
  });

  it('tells general words from words about this candidate', () => {
    expect(bareFit('we take culture fit very seriously, and we don\'t believe this role would be the right fit for you or for our team at this stage.')).toBe(true);
    expect(bareFit('we felt your experience wasn\'t quite the match we need for this role.')).toBe(true);
    expect(bareFit('we felt your experience of hospital pharmacy wasn\'t the match we need for a community role.')).toBe(false);
    expect(bareFit('we have decided not to move forward.')).toBe(false);
  });
});

describe('one of the employer\'s own people given the post', () => {
  it('reads "a member of our marketing team has been appointed to the position" as an internal candidate', () => {
    const r = read('Hi Grace,\n\nThank you for completing the design task for the Visual Designer role at Mintleaf.\n\nWe\'ve just been told that a member of our marketing team has been appointed to the position, so we won\'t be moving forward with external candidates.\n\nCheers,\nMintleaf Talent');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read a member of the team who will join the interview as an internal candidate', () => {
    const r = read('Hi Grace,\n\nThank you for completing the design task for the Visual Designer role at Mintleaf.\n\nWe have decided to move forward with other candidates. A member of our marketing team has been asked to share the brief with the candidates who go through.\n\nCheers,\nMintleaf Talent');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe('"reach back out"', () => {
  it('reads "if a more senior role opens up, I\'d love to reach back out" as an open door', () => {
    const r = read('Hi Jordan,\n\nThanks for the call on Tuesday. The compensation you are targeting is above the range we have for this position, so we won\'t be moving forward.\n\nIf a more senior role opens up that fits your expectations, I\'d love to reach back out.\n\nNatalie');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we\'ll reach back out once we know the shape of the team" as an open door', () => {
    const r = read('Hi Jordan,\n\nThanks for the call on Tuesday. We have decided not to move forward with your application for this position.\n\nWe\'ll reach back out in the new year once we know the shape of the team.\n\nNatalie');
    expect(r.doorOpen).toBe(false);
  });
});

describe('an early-careers team in the signature', () => {
  it('names the company without the team ("Northmoor Early Careers" → "Northmoor")', () => {
    const r = read('Hi Priya,\n\nThank you for taking the online assessments for the Graduate Engineer role.\n\nUnfortunately you were not successful in the assessments on this occasion, so we will not be moving your application forward.\n\nNorthmoor Early Careers', 'Your application - Northmoor');
    expect(r.company).toBe('Northmoor');
  });
});
