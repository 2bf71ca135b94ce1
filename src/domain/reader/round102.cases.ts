/**
 * A requirement named in passing: a credential the decision turns on ("without a Class 2 licence we can't go on"), one
 * asked for and not shown ("as the certificate was not provided"), one set as the condition of the role, one that the
 * candidates looked for hold, a named requirement not met, a language of South or South-East Asia asked for, and a
 * credential in its own clause beside a visa point. Messages written for this test (not taken from any corpus part), each
 * beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a credential the decision turns on', () => {
  it('reads "without a Class 2 licence we cannot go further" as a skills gap with feedback', () => {
    const r = read('Hi Marco,\n\nThanks for the call this morning. Unfortunately without a Class 2 licence we cannot go any further with this one, the depot needs drivers from the first week.\n\nCheers,\nKim', 'Driver role');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('still reads a decline without a named credential as generic', () => {
    const r = read('Hi Marco,\n\nThanks for the call this morning. Unfortunately we cannot go any further with this one, the depot has chosen other drivers.\n\nCheers,\nKim', 'Driver role');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads "without a work permit we cannot go further" as location, not a skills gap', () => {
    const r = read('Hi Marco,\n\nThanks for the call this morning. Unfortunately without a work permit we cannot go any further with this one.\n\nCheers,\nKim', 'Driver role');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a credential asked for and not shown', () => {
  it('reads "as a current first aid certificate was not provided" as a skills gap', () => {
    const r = read('Thank you for applying to Harbourside Leisure. We are unable to progress your application for Pool Lifeguard as a current pool rescue certificate was not provided.\n\nHarbourside Leisure Recruitment', 'Application update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('reads "as chartered status was not evidenced" as a skills gap', () => {
    const r = read('Dear Applicant,\n\nYour application for Senior Surveyor has been reviewed. As chartered status was not evidenced, your application has not progressed to interview.\n\nRegards\nHR', 'Application outcome');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads a decline that only says the application was reviewed as generic', () => {
    const r = read('Dear Applicant,\n\nYour application for Senior Surveyor has been reviewed. Your application has not progressed to interview on this occasion.\n\nRegards\nHR', 'Application outcome');
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('a credential set as the condition of the role', () => {
  it('reads "registration with the board is a condition of the role" as a skills gap', () => {
    const r = read('Hello Tunde,\n\nThank you for attending the interview. The panel has decided not to proceed with your application as full membership of the institute is a condition of the role.\n\nKind regards,\nHR', 'Interview outcome');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "as the position requires endorsement in X" as a skills gap', () => {
    const r = read('Hi Rosa,\n\nThank you for your interest. As the position requires endorsement in counselling psychology, we are unable to progress your application at this time.\n\nRegards,\nPeople Team', 'Your application');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads "as the position has now been filled" as no skills gap', () => {
    const r = read('Hi Rosa,\n\nThank you for your interest. As the position has now been filled, we are unable to progress your application at this time.\n\nRegards,\nPeople Team', 'Your application');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('the candidates looked for hold a named credential', () => {
  it('reads "we are looking for candidates with a PhD in X, so we won\'t move forward" as a skills gap', () => {
    const r = read('Hi Sam,\n\nThanks for applying for the Research Scientist role. We have reviewed your background and we are looking for candidates with a PhD in chemistry, so we won\'t be moving forward with your application.\n\nThanks,\nTalent', 'Your application');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads "we are looking for candidates whose background is a closer match" as a mismatch', () => {
    const r = read('Hi Sam,\n\nThanks for applying for the Research Scientist role. We have reviewed your background and we have decided to move forward with candidates whose background is a closer match, so we won\'t be moving forward with your application.\n\nThanks,\nTalent', 'Your application');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a named requirement not met', () => {
  it('reads "your application did not meet the CIPD requirement" as a skills gap', () => {
    const r = read('Dear Applicant,\n\nThank you for applying for the HR Officer post. The post requires CIPD Level 5. Your application did not meet the CIPD requirement and has not been shortlisted.\n\nManagement', 'HR Officer');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads "did not meet the minimum requirement" without a name as no skills gap', () => {
    const r = read('Dear Applicant,\n\nThank you for applying for the HR Officer post. Your application did not meet the minimum requirement and has not been shortlisted.\n\nManagement', 'HR Officer');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a language of South or South-East Asia asked for', () => {
  it('reads "the role needs someone fluent in Bahasa Indonesia" as a skills gap', () => {
    const r = read('Dear Farid,\n\nThank you for speaking with me on Tuesday. As the role needs someone fluent in Bahasa Indonesia for the Surabaya accounts, the hiring team have decided not to proceed.\n\nBest,\nHR', 'Follow-up');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads a decline about the Surabaya accounts with no language named as generic', () => {
    const r = read('Dear Farid,\n\nThank you for speaking with me on Tuesday. The hiring team have decided not to proceed for the Surabaya accounts.\n\nBest,\nHR', 'Follow-up');
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('a credential in its own clause beside a visa point', () => {
  it('reads registration required and no work rights as both a skills gap and location', () => {
    const r = read('Hello Ines,\n\nThank you for applying. Unfortunately we are unable to progress your application: the role requires current HCPC registration, and as you do not have UK work rights we could not sponsor a visa for this post.\n\nKind regards,\nRecruitment', 'Your application');
    expect(r.reasons).toContain('skills_gap');
    expect(r.reasons).toContain('location');
  });

  it('still reads a visa point alone as location without a skills gap', () => {
    const r = read('Hello Ines,\n\nThank you for applying. Unfortunately we are unable to progress your application: as you do not have UK work rights we could not sponsor a visa for this post.\n\nKind regards,\nRecruitment', 'Your application');
    expect(r.reasons).toEqual(['location']);
  });
});

describe('what the hire has to have done, beside what the candidate has done', () => {
  it('reads "the first sales hire has to have sold to hospitals, and you have mostly sold to retailers" as a skills gap', () => {
    const r = read('Hi Omar,\n\nThanks for the chat last week. I am going to pass. The first sales hire has to have sold to hospitals at board level, and you have mostly sold to retailers.\n\nAll the best,\nPia', 'Sales role');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('still reads "the first sales hire has to start in May" as no skills gap', () => {
    const r = read('Hi Omar,\n\nThanks for the chat last week. I am going to pass. The first sales hire has to start in May, and you are only free from September.\n\nAll the best,\nPia', 'Sales role');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('what was held important in the person, with the gap said', () => {
  it('reads "it was important that the person has worked with X, and that gap came up" as a skills gap', () => {
    const r = read('Hi Lena,\n\nThanks for both conversations. The team has decided not to go ahead. The director felt it was important that the person has worked directly with SAP payroll, and that gap came up in both rounds.\n\nRegards,\nTom', 'Update');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads "it was important that the person could start in March" as no skills gap', () => {
    const r = read('Hi Lena,\n\nThanks for both conversations. The team has decided not to go ahead. The director felt it was important that the person could start in March, and that was not possible for you.\n\nRegards,\nTom', 'Update');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('time still needed in a named kind of work', () => {
  it('reads "you would need more time in enterprise renewals before taking it on" as a skills gap', () => {
    const r = read('Hi Chris,\n\nWe have decided not to offer you the Account Manager role. We felt you would need more time in enterprise renewals before taking it on.\n\nWarmly,\nJo', 'Account Manager');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads "you would need more time to decide" as no skills gap', () => {
    const r = read('Hi Chris,\n\nWe have decided not to offer you the Account Manager role. We felt you would need more time to decide before taking it on.\n\nWarmly,\nJo', 'Account Manager');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a sponsor that is not a visa sponsor', () => {
  it('reads "as the sponsor requires monitors with two years of experience" as a skills gap without location', () => {
    const r = read('Dear Wei,\n\nThank you for meeting us. As the sponsor requires monitors with at least two years of oncology monitoring experience, we are unable to proceed with your application.\n\nBest regards,\nHR', 'CRA interview');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('still reads "as we cannot sponsor a work visa" as location', () => {
    const r = read('Dear Wei,\n\nThank you for meeting us. As we cannot sponsor a work visa for this post, we are unable to proceed with your application.\n\nBest regards,\nHR', 'CRA interview');
    expect(r.reasons).toEqual(['location']);
  });
});

describe('the place of the role against the candidate\'s own plan', () => {
  it('reads "it is based full-time in our Leeds office, which you indicated would not be possible" as location beside the gap', () => {
    const r = read('Hi Kai,\n\nThank you for the interview on Monday. After consideration, we will not be moving forward. The role requires a recognised SCADA certificate, and it is based full-time in our Leeds office, which you indicated would not be possible given your move to York.\n\nRegards,\nRecruitment', 'Controls role');
    expect(r.reasons).toContain('location');
    expect(r.reasons).toContain('skills_gap');
  });

  it('still reads "it is based full-time in our Leeds office, which suits the wider team" as the gap alone', () => {
    const r = read('Hi Kai,\n\nThank you for the interview on Monday. After consideration, we will not be moving forward. The role requires a recognised SCADA certificate, and it is based full-time in our Leeds office, which suits the wider team.\n\nRegards,\nRecruitment', 'Controls role');
    expect(r.reasons).not.toContain('location');
  });
});

describe('a talk offered if it helps, after a decline', () => {
  it('reads "if it is useful to talk things through, just let me know and I\'ll find 15 minutes" as feedback offered', () => {
    const r = read('Hi Nadia,\n\nThank you for meeting us on Tuesday. We have decided not to take your application further.\n\nIf it is useful to talk things through, just let me know and I\'ll find 15 minutes.\n\nBest,\nSam', 'Coordinator role');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('still reads "if it is useful to talk things through before the interview" in an invitation as no offer of feedback', () => {
    const r = read('Hi Nadia,\n\nWe would like to invite you to an interview on Tuesday.\n\nIf it is useful to talk things through before the interview, just let me know and I\'ll find 15 minutes.\n\nBest,\nSam', 'Coordinator role');
    expect(r.feedbackOffered).toBe(false);
  });
});
