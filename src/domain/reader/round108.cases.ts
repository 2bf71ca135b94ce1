/**
 * The last step and the test's result told in figures: a visit onsite made in the candidate's own time, references received
 * and reviewed, test results given as percentiles or as a score against a benchmark, a practical not finished in the time,
 * written work set beside its brief; the money told as what the candidate said they need beside what the role is budgeted
 * at; a work pass the employer cannot support. Messages written for this test (not taken from any corpus part), each beside
 * a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the last step reached', () => {
  it('reads a visit onsite the candidate took the time to make as the final round', () => {
    const r = read('Hi Marta,\n\nThank you for taking the time to come onsite and meet the Quillby team last week. Unfortunately, we have decided not to move forward with your candidacy for the Platform Engineer role.\n\nBest,\nQuillby Talent', 'Your application to Quillby');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('still reads a visit to the office to meet the team, with no onsite named, as an interview', () => {
    const r = read('Hi Marta,\n\nThank you for taking the time to come in and meet the Quillby team last week. Unfortunately, we have decided not to move forward with your candidacy for the Platform Engineer role.\n\nBest,\nQuillby Talent', 'Your application to Quillby');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads references received and reviewed, with no interview named, as the assessment stage', () => {
    const r = read('Dear Mr Okafor,\n\nFurther to your application for the Library Assistant post, we have now received the references you provided.\n\nHaving reviewed the references, I regret to inform you that we are unable to offer you the position.\n\nYours sincerely,\nHR Officer, Westmead Libraries', 'Library Assistant application');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('still reads references only listed with the application as the application stage', () => {
    const r = read('Dear Mr Okafor,\n\nThank you for your application for the Library Assistant post and for listing two references.\n\nI regret to inform you that we are unable to offer you an interview on this occasion.\n\nYours sincerely,\nHR Officer, Westmead Libraries', 'Library Assistant application');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe("a test's result told in figures", () => {
  it('reads results given as percentiles, in a process listed for everyone, as a test failed with feedback', () => {
    const r = read('Dear Applicant,\n\nThank you for applying to the Harwell Graduate Scheme. Our process has three stages for every applicant: an online reasoning test, a telephone interview and an assessment day.\n\nYour results were: verbal reasoning - 31st percentile; numerical reasoning - 52nd percentile. The threshold to progress was the 55th percentile in both. We are therefore unable to progress your application.\n\nHarwell Early Careers', 'Harwell Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toContain('assessment');
    expect(r.feedback).toBe(true);
  });

  it('still reads the same process, with the test never taken, as the application stage', () => {
    const r = read('Dear Applicant,\n\nThank you for applying to the Harwell Graduate Scheme. Our process has three stages for every applicant: an online reasoning test, a telephone interview and an assessment day.\n\nWe have reviewed your application and are unable to invite you to take the online test on this occasion.\n\nHarwell Early Careers', 'Harwell Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads an exercise scored against a benchmark as the reason, with feedback', () => {
    const r = read('Dear Leona,\n\nThank you for attending our assessment day. Your written case exercise scored 38 against a benchmark of 50, and so we are unable to offer you a place on the programme.\n\nKind regards,\nGraduate Team, Ashby Partners', 'Assessment day outcome');
    expect(r.reasons).toContain('assessment');
    expect(r.feedback).toBe(true);
  });

  it('reads a typing exercise that returned an accuracy below the one required as the reason', () => {
    const r = read('Dear Imogen,\n\nThank you for attending your interview on Tuesday. The copy typing exercise returned an accuracy of 86%, and for this post we require 95% or above. We are therefore unable to offer you the position.\n\nKind regards,\nPractice Manager, Fenwick Dental', 'Receptionist post');
    expect(r.reasons).toContain('assessment');
    expect(r.feedback).toBe(true);
  });

  it('still reads a decline on experience, with the exercise passed, without a failed test', () => {
    const r = read('Dear Imogen,\n\nThank you for attending your interview on Tuesday. You completed the typing exercise without difficulty, but the other candidate had several years of experience with dental billing software, which we need from the start. We are therefore unable to offer you the position.\n\nKind regards,\nPractice Manager, Fenwick Dental', 'Receptionist post');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a practical not completed within the time allowed as the reason', () => {
    const r = read('Dear Aoife,\n\nThank you for attending the interview for the Accounts Assistant post. Your interview went well, but the spreadsheet practical was not completed within the time allowed. For this reason we are not in a position to offer you the post.\n\nYours sincerely,\nOffice Manager', 'Accounts Assistant');
    expect(r.reasons).toContain('assessment');
  });

  it('reads a written exercise set beside its brief as feedback on the test', () => {
    const r = read('Hi Tamsin,\n\nThanks for doing the writing exercise for the Content Writer role. We are not going to take yours further. The pieces read more like press releases than the warm voice our brand uses, and the brief asked for under 200 words each and both ran past 400.\n\nCheers,\nContent Lead, Kōwhai Outdoors', 'Writing exercise');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toContain('assessment');
    expect(r.feedback).toBe(true);
  });
});

describe('the money and the work pass', () => {
  it('reads what the candidate said they need beside what the role is budgeted at as salary', () => {
    const r = read('Hi Callum,\n\nThanks for coming in on Friday. I am sorry to say we will not be going further. You mentioned you would need at least $120k to make the move, and the role is budgeted at $95k. We just cannot bridge that.\n\nAll the best,\nOperations Manager, Kestrel Freight', 'Dispatch Coordinator');
    expect(r.reasons).toContain('salary');
    expect(r.feedback).toBe(true);
  });

  it('still reads a notice period the candidate would need as no salary', () => {
    const r = read('Hi Callum,\n\nThanks for coming in on Friday. I am sorry to say we will not be going further. You mentioned you would need at least 12 weeks to give notice, and we need someone to start this month.\n\nAll the best,\nOperations Manager, Kestrel Freight', 'Dispatch Coordinator');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads a salary the candidate mentioned, beyond what is set aside, and a target comp above what can be paid, as salary', () => {
    const a = read('Hi Dara,\n\nThanks for the conversation with me and Priya yesterday. We do not think this is the right match. You also mentioned a salary around $150k, which is well beyond the $100k we have set aside.\n\nBest,\nDirector of Analytics, Fernhill Health', 'Analyst role');
    expect(a.reasons).toContain('salary');
    const b = read('Hi Dara,\n\nThank you for the onsite. We are going to pass. Your target comp was well above what we can pay for the level.\n\nRegards,\nVP Engineering, Tallis Data', 'Following up');
    expect(b.reasons).toContain('salary');
  });

  it('reads a work pass the employer cannot support as location', () => {
    const r = read('Dear Ms Tan,\n\nThank you for attending the final interview. We regret that we are unable to proceed with your application. The position would require an Employment Pass application, and our quota for this unit has been used for the year.\n\nHuman Resources, Harbourline Holdings', 'Compliance Officer');
    expect(r.reasons).toContain('location');
  });

  it("still reads a decline with no pass named, only another candidate's experience, without location", () => {
    const r = read('Dear Ms Tan,\n\nThank you for attending the final interview. We regret that we are unable to proceed with your application, as another candidate had more experience of anti-money-laundering reviews.\n\nHuman Resources, Harbourline Holdings', 'Compliance Officer');
    expect(r.reasons).not.toContain('location');
  });
});
