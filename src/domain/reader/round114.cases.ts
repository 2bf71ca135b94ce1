/**
 * Agency recruiters relaying a client's answer, forwards, one-line notes and long public-sector letters: the candidate's
 * figure against the sum signed off; one of the client's own staff given the role; "this one's filled"; "they went with
 * the internal guy"; a role open in one country only; a job too small for the candidate; the client's email "underneath"
 * a recruiter's forward; process text about every role (values-based questions used for all roles) and the candidate's
 * other applications dealt with apart, which give no reason and no open door. Messages written for this test (not taken
 * from any corpus part), each beside a message in nearby words that must read the other way. The rules alone (`null`)
 * must read them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('the client\'s answer relayed by an agency', () => {
  it('reads "you\'d need £46k to move and they\'ve only got sign-off for £39k … budget is the issue" as salary alone', () => {
    for (const r of both('Hi Hannah,\n\nFeedback from Ostler Veterinary on Thursday\'s interview. They loved you, but budget is the issue. You told them you\'d need £46k to move and they\'ve only got sign-off for £39k, so they\'re not going to make an offer.\n\nSpeak soon,\nGemma\nGemma Holt Recruitment')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['salary']);
      expect(r.feedback).toBe(true);
    }
  });

  it('still reads a budget cut that closes the role as the role closed', () => {
    const r = read('Hi Hannah,\n\nFeedback from Ostler Veterinary on Thursday\'s interview. Their budget for next year has been cut, and they have withdrawn the Practice Manager role, so they\'re not going to make an offer.\n\nSpeak soon,\nGemma\nGemma Holt Recruitment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads one of the client\'s own tellers given the role as an internal candidate', () => {
    for (const r of both('Hi Mei,\n\nI heard back about the Financial Analyst role. After your interview they found out one of their senior tellers had finished her finance degree and applied, and they\'ve decided to give her the role.\n\nBest,\nTony\nAllegheny Staffing')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['internal_candidate']);
    }
  });

  it('reads "she\'d need around £15k more than the role pays" in a forwarded client note as salary', () => {
    const r = read('Marcy - pasting Dev\'s reply below. Ring me when you\'ve read it.\n\nBegin forwarded message:\n\nFrom: "Dev Kapoor" <dev@ashgrove.example>\nSubject: Marcy Lyle\n\nOwen, thanks for bringing Marcy in on Friday. She\'s very capable, but she\'d need around £15k more than the role pays. We\'ll leave it there.\nDev', 'Fwd: Marcy Lyle');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('reads the client\'s email "underneath" a recruiter\'s forward, over an Outlook header, with its reason', () => {
    const r = read('Omar, the Westcroft decision came in this morning, and it isn\'t the one we wanted - Jenna\'s email is underneath.\n\nTasha\n\n-----Original Message-----\nFrom: Jenna Holt <jenna@westcroft.example>\nSent: 17 July 2025 09:22\nTo: Tasha Briggs\nSubject: Omar Haddad - final\n\nHi Tasha,\nThe sticking point is location: we need our team leads based in the Reading office four days a week, and Omar can only relocate next year. We won\'t be offering.\nJenna', 'FW: Omar Haddad - final');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });
});

describe('one-line notes', () => {
  it('reads "This one\'s filled, sorry!" as the position filled', () => {
    for (const r of both('This one\'s filled, sorry Marta! The ad should have come down last week.', 'Re: Bar staff')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['position_filled']);
    }
  });

  it('does not read "this one\'s filled in" about a form as a rejection', () => {
    const r = read('Thanks Marta, this one\'s filled in correctly now. See you on Monday for the trial shift!', 'Re: Bar staff');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "after your interview they went with the internal guy" as an internal candidate', () => {
    for (const r of both('Sorry Dan, after your interview they went with the internal guy. Gutted for you. Speak tomorrow. - Steve')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['internal_candidate']);
    }
  });

  it('reads "this one\'s US-only and we can\'t hire in Canada yet" as location', () => {
    for (const r of both('Hi Sacha, sorry - this one\'s US-only and we can\'t hire in Canada yet. Thanks for applying!')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['location']);
    }
  });

  it('does not read "your experience is UK-only" as a location rule', () => {
    const r = read('Hi Sacha,\n\nThey need someone who has run multi-country payroll, and most of your experience is UK-only, so they won\'t be taking it further.\n\nBest,\nKim');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });
});

describe('a job too small for the candidate', () => {
  it('reads "we honestly think you\'d find it too small within a few months" as overqualified', () => {
    for (const r of both('Hi Linda,\n\nThank you for your kind message. We\'ve decided not to offer you the Office Administrator job. You ran an entire practice for two decades; this post is filing, diary and phones, and we honestly think you\'d find it too small within a few months.\n\nWith best wishes,\nClaire')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['overqualified']);
      expect(r.feedback).toBe(true);
    }
  });
});

describe('process text for every role and application', () => {
  const letter = (extra: string): string =>
    `Dear Chiamaka,\n\nThank you for attending an interview for the Staff Nurse post on 18 June.\n\nAll candidates were asked the same core questions, scored against the person specification. The panel also took into account the values-based questions, which are used for all clinical roles across the Trust.\n\nI regret to inform you that on this occasion your application has not been successful.${extra}\n\nPlease note that this letter relates only to the vacancy above. Any other applications you have submitted to the Trust will be considered separately, and you will be contacted by the relevant recruiting manager.\n\nMedical Staffing`;

  it('reads values-based questions used for all roles as no culture fit, and other applications dealt with apart as no open door', () => {
    for (const r of both(letter(''))) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toEqual(['generic']);
      expect(r.feedback).toBe(false);
      expect(r.doorOpen).toBe(false);
    }
  });

  it('still reads an invitation to apply for future posts beside the same text as an open door', () => {
    const r = read(letter(' We would encourage you to apply for future Staff Nurse vacancies with the Trust.'));
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });
});

describe('the client named by the agency that relays its answer', () => {
  it('reads "I heard back from Redwater Energy on your interview" as the interview stage', () => {
    for (const r of both('Hi Alicia,\n\nI heard back from Redwater Energy on your interview for the HR Business Partner position. They won\'t be moving you forward.\n\nThanks,\nDerek Lam\nTalent Consultant | Lonestar Professional Search')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('still reads the answer heard back on the application alone as the application stage', () => {
    const r = read('Hi Alicia,\n\nI heard back from Redwater Energy on your application for the HR Business Partner position. They won\'t be moving you forward to interview.\n\nThanks,\nDerek Lam\nTalent Consultant | Lonestar Professional Search');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('the company of an agency\'s mail', () => {
  const company = (text: string): string | undefined => read(text).evidence.find((e) => e.label === 'company')?.value;

  it('names the client whose feedback the agency relays, not the agency signing as "<Name> Recruitment"', () => {
    expect(company('Hi Hannah,\n\nFeedback from Ostler Veterinary on Thursday\'s interview. They loved you, but budget is the issue.\n\nSpeak soon,\nGemma\nGemma Holt Recruitment')).toBe('Ostler Veterinary');
  });

  it('still names an employer signing as its own recruitment team', () => {
    expect(company('Hi Hannah,\n\nThank you for your interview on Thursday. Unfortunately we will not be offering you the role.\n\nKind regards,\nOstler Veterinary Recruitment')).toBe('Ostler Veterinary');
  });
});

