/**
 * Pauses, open doors and feedback told by an agency or a hiring manager in their own words: a role parked until an
 * approval, a candidate "still on our shortlist" or kept "in the mix" while internal applicants are seen first; a recruiter
 * who will put the candidate straight back in if the client re-opens the role; a call in which a director went through
 * her notes with the recruiter, which is no screen of the candidate. Messages written for this test (not taken from any
 * corpus part), each beside a message in nearby words that must read the other way. The rules alone (`null`) must read
 * them, and the model must not undo them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const both = (text: string, subject?: string) => [read(text, subject), readMessage({ text, subject })];

describe('a pause told in a recruiter\'s or a manager\'s own words', () => {
  it('reads a role "parked until the board approves the headcount plan", the candidate still on the shortlist, as a pause', () => {
    for (const r of both('Hi Daniela,\n\nSorry it\'s gone quiet since your second interview. The Product Designer role is parked until the board approves the new headcount plan in October. Nobody has been offered anything and you\'re still on our shortlist - I\'ll be in touch the moment it\'s approved.\n\nMarcus')) {
      expect(r.kind).toBe('on_hold');
    }
  });

  it('still reads a role cut for good after the interviews as a decline', () => {
    for (const r of both('Hi Daniela,\n\nSorry it\'s gone quiet since your second interview. The board did not approve the new headcount plan, and the Product Designer role has been cancelled, so we won\'t be taking your application any further.\n\nMarcus')) {
      expect(r.kind).toBe('rejection');
      expect(r.reasons).toContain('role_closed');
    }
  });

  it('reads a CV the client wants to "keep in the mix" while it sees internal applicants first as a pause', () => {
    for (const r of both('Hi Jordan,\n\nQuick update on Brindle Academy. They\'re going to interview two internal applicants for the Exams Officer post before they look at any agency CVs. Yours is still with them and they\'d like to keep it in the mix - it just means nothing will happen for about three weeks.\n\nI\'ll chase at the end of the month.\n\nNadia')) {
      expect(r.kind).toBe('on_hold');
    }
  });

  it('does not read a CV kept "in the mix for future roles" after a decline as a pause', () => {
    for (const r of both('Hi Jordan,\n\nBrindle Academy have appointed one of their internal applicants to the Exams Officer post, so they won\'t be interviewing agency candidates. I\'ll keep your CV in the mix for future roles with them.\n\nNadia')) {
      expect(r.kind).toBe('rejection');
    }
  });
});

describe('the recruiter\'s promise to put the candidate in again', () => {
  it('reads "if they re-open it in the spring, I\'ll put you straight back in for it" as an open door', () => {
    for (const r of both('Hi Tamsin,\n\nFollowing on from your interview with Ferrow Cider last week: they\'ve decided to sit tight until Q2, the Marketing Executive vacancy has been closed and they won\'t be making an appointment from this round.\n\nIf they re-open it in the spring, I\'ll put you straight back in for it.\n\nBest,\nRory')) {
      expect(r.kind).toBe('rejection');
      expect(r.doorOpen).toBe(true);
    }
  });

  it('does not read "if they re-open it, I won\'t be able to put you forward again" as an open door', () => {
    const r = read('Hi Tamsin,\n\nFollowing on from your interview with Ferrow Cider last week: the Marketing Executive vacancy has been closed and they won\'t be making an appointment from this round. If they re-open it, I won\'t be able to put you forward again, as they\'ve asked for candidates with a CIM qualification.\n\nBest,\nRory');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('a call about the candidate, not with the candidate', () => {
  it('keeps the interview stage when the director "spent ten minutes on the phone with me going through her notes"', () => {
    for (const r of both('Hi Femi,\n\nThe client has said it\'s a no after Monday\'s interview for the Credit Controller job. Lorraine, the Finance Director, spent about ten minutes on the phone with me going through her notes. Give me a ring whenever suits and I\'ll talk you through them.\n\nJas')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('still reads the candidate\'s own time on the phone with the recruiter as the screen', () => {
    const r = read('Hi Femi,\n\nThanks for the time you spent on the phone with me yesterday about the Credit Controller job. I\'ve spoken to the client since, and they want someone who has used SAP, so I\'m not able to put you forward for this one.\n\nJas');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('reads "thanks for coming out to meet us" from the practice owner as the interview', () => {
    for (const r of both('Hi Chloe,\n\nSorry it\'s taken a while. We\'ve offered the Vet Nurse role to another candidate and she has accepted.\n\nThanks for coming out to meet us,\nDr Michelle Burke\nPractice Owner, Range View Veterinary Clinic')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('does not read "coming out to the open day" as an interview', () => {
    const r = read('Hi Chloe,\n\nThanks for coming out to our careers open day. We\'ve offered the Vet Nurse role to another candidate and she has accepted.\n\nDr Michelle Burke\nPractice Owner, Range View Veterinary Clinic');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('interview');
  });
});

describe('an agency\'s note on the day the candidate met the client', () => {
  it('reads "heard back from Saltbush Nurseries about Thursday" as the interview', () => {
    for (const r of both('Hi Renée,\n\nHeard back from Saltbush Nurseries about Thursday. It\'s a no, I\'m afraid: they\'ve decided to go with someone else and didn\'t give me anything more than that.\n\nCheers,\nJono Pratt\nRetail & Operations | Eastcoast People')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('still reads "heard back from the client after your chat with their HR lady" as no interview', () => {
    const r = read('Hi Renée,\n\nSo I finally heard back from the client on the Content Strategist thing after your chat with their HR lady - they\'ve said thanks but no thanks.\n\nJono');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('interview');
  });

  it('reads a client\'s "thanks for sending Conor in. He interviewed well" forwarded by the recruiter as the interview', () => {
    const r = read('Hi Conor, see below from the client. Sorry - I thought we\'d get there on this one. Aisling\n\n---------- Forwarded message ---------\nFrom: Mark Geraghty\nSubject: RE: Conor Whelan - Financial Controller\n\nAisling,\n\nThanks for sending Conor in. He interviewed well and the board liked him. The issue is money: his expectation is €95k base and the band we have signed off is €78-82k. We can\'t go near that for this role, so we\'ll leave it there.\n\nMark', 'Fwd: RE: Conor Whelan - Financial Controller');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
    expect(r.reasons).toContain('salary');
  });

  it('reads "you told them two days a week in Leeds is the most you could do … they need the manager in four days" as the interview and the location', () => {
    for (const r of both('Hi Gemma,\n\nNews from Thornbury Legal. Where it came unstuck was the office days. You told them two days a week in Leeds is the most you could do with the school run, and they need the manager in four days, no exceptions. So they won\'t be taking it further.\n\nKieran\nAire Valley Recruitment')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
      expect(r.reasons).toContain('location');
    }
  });
});

describe('the panel after the last interview, and a budget that is the job\'s', () => {
  it('does not read "the panel met after the last interview" as a final round', () => {
    for (const r of both('Dear Ms Okafor,\n\nThank you for attending the interview on Wednesday 12 March. The panel met after the last interview and considered each candidate carefully against the criteria in the person specification. I am sorry to tell you that you have not been successful on this occasion.\n\nHR Adviser (Recruitment)')) {
      expect(r.kind).toBe('rejection');
      expect(r.stage).toBe('interview');
    }
  });

  it('still reads "thank you for attending our last interview round" as the final round', () => {
    const r = read('Dear Ms Okafor,\n\nThank you for attending our last interview round on 12 March. I am sorry to tell you that you have not been successful on this occasion.\n\nHR Adviser (Recruitment)');
    expect(r.stage).toBe('final');
  });

  it('does not read "the Faculty\'s non-pay budget is a little over £3.2 million" as pay or a cut', () => {
    const r = read('Dear Ms Okafor,\n\nThank you for attending the interview. I am sorry to tell you that you have not been successful. The panel\'s view was that the post needs someone who has already held full budget responsibility at faculty level - the Faculty\'s non-pay budget is a little over £3.2 million - and your examples were from departmental budgets of around £250,000.\n\nHR Adviser');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('doors opened and shut', () => {
  it('reads "when it is [re-advertised], I\'ll put you straight back in for it" as an open door', () => {
    for (const r of both('Morning Priti,\n\nAfter your interview last week Carrow Insurance announced a restructure, and the Claims Team Manager role has been pulled. They\'ve said it\'ll most likely be re-advertised in the summer under the new structure, and when it is, I\'ll put you straight back in for it.\n\nLewis\nWensum Associates')) {
      expect(r.kind).toBe('rejection');
      expect(r.doorOpen).toBe(true);
    }
  });

  it('reads "I\'ll call you the minute the next one lands on my desk" as an open door', () => {
    for (const r of both('Hi Kagiso\n\nImpala Cold Chain have offered the Fleet Manager position to another candidate and he\'s accepted. I\'ve got a couple of logistics clients who hire fleet people every few months, and I\'ll call you the minute the next one lands on my desk.\n\nRefilwe\nKhanya Talent')) {
      expect(r.kind).toBe('rejection');
      expect(r.doorOpen).toBe(true);
      expect(r.feedback).toBe(false);
    }
  });

  it('does not read "you will not be eligible to apply for any role with us for six months" as an open door', () => {
    for (const r of both('Dear Candidate,\n\nWe regret to inform you that you have not cleared the online coding assessment, and hence your candidature will not be taken forward. As per our hiring policy, you will not be eligible to apply for any role with Nimbusfort for six months from the date of the assessment.\n\nCampus Hiring Team')) {
      expect(r.kind).toBe('rejection');
      expect(r.doorOpen).toBe(false);
    }
  });

  it('still reads "not eligible to apply again until the next campaign is advertised" as an open door', () => {
    const r = read('Dear Candidate,\n\nYour overall score did not meet the qualifying mark required to progress to the interview. Please note that you are not eligible to apply again for this competition until the next campaign is advertised, and we would encourage you to do so then.\n\nThe Board');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });
});

