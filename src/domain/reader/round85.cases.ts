/**
 * Healthcare and care: a requirement told by what is missing (a registration or life-support card lapsed, a programme not
 * completed, essential criteria named), a clinical or written test failed, a post not approved or not funded, pay asked for
 * and not possible, a role too small, a place the candidate cannot reach, a working style, and the field's steps (an OSCE,
 * written care scenarios): messages written for this test (not taken from any corpus part), each beside a message in nearby
 * words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a requirement of the field not held', () => {
  it('reads essential criteria not met, with what is missing named after them, as a skills gap', () => {
    const r = read('Dear Tomasz,\n\nThank you for applying for the Dietitian (Band 5) post. Unfortunately your application does not meet the essential criteria for the post, namely current HCPC registration as a Dietitian. We are unable to shortlist you.\n\nRecruitment Team, Northmoor Community Health', 'Dietitian Band 5');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read essential criteria not met, with nothing named, as a skills gap', () => {
    const r = read('Dear Tomasz,\n\nThank you for applying for the Dietitian (Band 5) post. Unfortunately your application does not meet the essential criteria for the post. We are unable to shortlist you.\n\nRecruitment Team, Northmoor Community Health', 'Dietitian Band 5');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads life-support cards the candidate said had lapsed, against a role only taking holders, as a skills gap', () => {
    const r = read('Hi Dana, thanks for the call. The unit is only taking nurses who hold current BLS and NRP for this post, and you said both had expired in the spring, so we will not be moving forward. Talent Team, Harbor Children\'s', 'NICU RN');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a role only taking holders, with no lapse on the candidate\'s side, as a skills gap', () => {
    const r = read('Hi Dana, thanks for the call. The unit is only taking nurses who hold current BLS and NRP for this post, and we have now offered it to another nurse, so we will not be moving forward. Talent Team, Harbor Children\'s', 'NICU RN');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a programme the post requires completed, and the candidate still in it, as a skills gap', () => {
    const r = read('Dear Ms Bello,\n\nThank you for the screening call for the Band 8a Consultant Physiotherapist post. The post requires completion of an MSc in Advanced Practice. As you are still in the second year of your MSc, we are unable to invite you to interview.\n\nWorkforce Team', 'Consultant Physiotherapist');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a programme the post requires, already finished by the candidate, as a skills gap', () => {
    const r = read('Dear Ms Bello,\n\nThank you for the screening call for the Band 8a Consultant Physiotherapist post. The post requires completion of an MSc in Advanced Practice, which you have. We have since offered the post to another candidate, so we are unable to invite you to interview.\n\nWorkforce Team', 'Consultant Physiotherapist');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a registration with its regulator lapsed, and nothing until it is current, as a skills gap', () => {
    const r = read('Dear Mr Hale,\n\nAs part of our pre-employment checks we looked up your pharmacy registration. It shows your registration with the GPhC expired last month. We cannot progress your application until you hold a current registration.\n\nCompliance, Brightwell Pharmacy', 'Registration check');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a registration confirmed, and the post withdrawn, as a skills gap', () => {
    const r = read('Dear Mr Hale,\n\nAs part of our pre-employment checks we looked up your pharmacy registration. It shows your registration with the GPhC is current. We cannot progress your application because the branch has been sold and the post withdrawn.\n\nCompliance, Brightwell Pharmacy', 'Registration check');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('a clinical or written test not passed', () => {
  it('reads errors in the candidate\'s paper as the test\'s result', () => {
    const r = read('Dear Owen,\n\nThank you for attending interview for the Staff Nurse post in Theatres. As part of the day you sat the medicines calculation paper. Your paper contained two errors in the dilution questions, so we are unable to offer you the post.\n\nNurse Recruitment', 'Interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read a paper with no errors, and someone else chosen, as the test\'s result', () => {
    const r = read('Dear Owen,\n\nThank you for attending interview for the Staff Nurse post in Theatres. As part of the day you sat the medicines calculation paper. Your paper contained no errors, but we have offered the post to a candidate with more scrub experience.\n\nNurse Recruitment', 'Interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a skills station below the level required as the test\'s result', () => {
    const r = read('Dear Ms Shah,\n\nThank you for attending our selection day for Maternity Support Workers. Your interview went well, but the result of the practical station was below the standard required, so we cannot offer you a place on this cohort.\n\nEducation Team', 'Selection day');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('reads assessors who found a decision unsafe in a scenario as the test\'s result', () => {
    const r = read('Dear Dr Novak,\n\nThank you for attending the interview and simulation for the Urgent Care GP post. In the simulation, the assessors found that sending the patient home without a review plan was unsafe. For this reason we cannot offer you the post.\n\nClinical Director', 'Urgent Care GP');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read assessors who found the candidate safe, and someone else chosen, as the test\'s result', () => {
    const r = read('Dear Dr Novak,\n\nThank you for attending the interview and simulation for the Urgent Care GP post. The assessors found your management of the patient safe and clear. We have, however, offered the post to a GP who already works sessions with us.\n\nClinical Director', 'Urgent Care GP');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads an accuracy under the required percentage as the test\'s result', () => {
    const r = read('Hi Sam,\n\nThanks for taking the medical coding test for the Coding Specialist role. Your score came to 78%, and we require 85% or higher for this role. We will not be moving forward.\n\nRevenue Cycle Recruiting', 'Coding test');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('reads a stage of tests not passed, at the tests, as the test\'s result', () => {
    const r = read('Dear Femi,\n\nThanks for attending the fitness and manual handling tests for the Patient Transport Driver role. I\'m afraid you did not pass this stage, so we cannot progress your application.\n\nRecruitment, Southdown Ambulance', 'Test outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read "this stage" after an interview as a test', () => {
    const r = read('Dear Femi,\n\nThanks for attending the interview for the Patient Transport Driver role. I\'m afraid you did not pass this stage, so we cannot progress your application.\n\nRecruitment, Southdown Ambulance', 'Interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('does not read a recruitment day the candidate attended as the recruitment ended', () => {
    const r = read('Dear Mr Ali,\n\nThank you for attending the recruitment day for Trainee Nursing Associates. Unfortunately you did not reach the pass mark in the numeracy test, so we cannot offer you a place.\n\nEducation Centre', 'Recruitment day');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a recruitment ended as the role closed', () => {
    const r = read('Dear Mr Ali,\n\nThank you for your application for Trainee Nursing Associate. We are ending the recruitment for this intake because the funding was withdrawn, so we cannot offer you a place.\n\nEducation Centre', 'Recruitment update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('a post not approved or not funded, pay not possible, a role too small', () => {
  it('reads a post not approved to go ahead as the role closed', () => {
    const r = read('Hi Jo,\n\nFollowing your interview for the Ward Clerk role: the post has not been approved by the vacancy panel. We\'re unable to offer it.\n\nSue, Ward 4', 'Ward Clerk');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read a post not approved for visa sponsorship as the role closed', () => {
    const r = read('Hi Jo,\n\nFollowing your interview for the Ward Clerk role: the post has not been approved for sponsorship, and you would need a visa. We\'re unable to offer it.\n\nSue, Ward 4', 'Ward Clerk');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads a post the service cannot fund as the role closed', () => {
    const r = read('Hi Omar,\n\nFollowing your interview for the Band 6 Speech and Language Therapist post: after a budget review the service is unable to fund the new post, so we won\'t be appointing.\n\nSLT Lead', 'SLT post');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads the rate the candidate asked for, told as not possible, as salary', () => {
    const r = read('Hi Alex,\n\nThank you for interviewing for the Sonographer post. The rate you asked for is not something we can match under our pay scale, so we will not be making an offer.\n\nImaging Recruitment', 'Sonographer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('reads a band the practice can only offer, short of what the candidate needs, as salary', () => {
    const r = read('Dear Priya,\n\nThanks for your time at interview. The practice can only offer the Band 7 rate for this post, and you would need Band 8a to move. So we won\'t be making an offer.\n\nKind regards,\nHolme PCN', 'Clinical Pharmacist');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('does not read the rate the candidate asked for, told as fine, as salary', () => {
    const r = read('Hi Alex,\n\nThank you for interviewing for the Sonographer post. The rate you asked for was within our scale, but we have offered the post to a sonographer with more obstetric experience.\n\nImaging Recruitment', 'Sonographer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads a role the candidate would find limiting as overqualified', () => {
    const r = read('Hi Carol,\n\nThank you for applying for the Ward Receptionist role. With your years managing a whole clinic, we think you\'d find the role rather limiting, so we won\'t be shortlisting you.\n\nKind regards,\nPractice Manager', 'Ward Receptionist');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read a role the candidate would find rewarding as overqualified', () => {
    const r = read('Hi Carol,\n\nThank you for applying for the Ward Receptionist role. We think you\'d find the role rewarding, but we have offered it to someone who has worked on our front desk before, so we won\'t be shortlisting you.\n\nKind regards,\nPractice Manager', 'Ward Receptionist');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('overqualified');
  });
});

describe('the field\'s steps, its people and its places', () => {
  it('reads an OSCE the candidate sat as the assessment stage', () => {
    const r = read('Dear Ms Mensah,\n\nThank you for sitting our OSCE last Thursday for the Registered Nurse (Band 5) post. I am sorry to tell you that you did not pass, so we cannot offer you a post at this time.\n\nInternational Recruitment Team', 'OSCE outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read an OSCE the candidate has not sat as the stage reached', () => {
    const r = read('Dear Ms Mensah,\n\nThank you for applying for the Registered Nurse (Band 5) post. Shortlisted applicants are invited to an OSCE, but I am sorry to tell you that you have not been shortlisted.\n\nInternational Recruitment Team', 'Application outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads written care scenarios the candidate completed as the assessment stage', () => {
    const r = read('Hi Ellie,\n\nThanks for completing the written care scenarios for the Support Worker role. We have decided not to take your application further.\n\nBest,\nHaven Supported Living', 'Support Worker');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('reads a test the candidate sat, named with slashes, as the assessment stage', () => {
    const r = read('Hi Noor,\n\nThank you for sitting the HCPCS/CPT coding test for the Outpatient Coder role. We won\'t be moving forward with your application.\n\nBest,\nHIM Recruiting', 'Coding test');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('reads one of the bank staff given the post as an internal candidate', () => {
    const r = read('Hi Zoe,\n\nAbout the Ward 3 HCA post: it has gone to one of our bank HCAs who has worked on the ward for a year. We won\'t be interviewing.\n\nThanks,\nWard Manager', 'Ward 3 HCA');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read the post given to an outside candidate as an internal candidate', () => {
    const r = read('Hi Zoe,\n\nAbout the Ward 3 HCA post: we have offered it to a candidate with more dementia care experience. We won\'t be interviewing.\n\nThanks,\nWard Manager', 'Ward 3 HCA');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads a locum block cancelled as the role closed', () => {
    const r = read('Hello Dr Roy,\n\nThanks for registering with us. The Leeds locum block has been cancelled by the trust, so I have nothing to put you forward for at the moment.\n\nBest,\nLocum Desk', 'Locum update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads a place the candidate said they could not travel to as location', () => {
    const r = read('Hello Dr Roy,\n\nThanks for the call. The only block left is in Inverness, which you said you could not travel to, so I have nothing to put you forward for at the moment.\n\nBest,\nLocum Desk', 'Locum update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('does not read a candidate who said they could travel as location', () => {
    const r = read('Hello Dr Roy,\n\nThanks for the call. The only block left is in Inverness, which you said you could travel to, but the trust has offered it to a doctor who has worked there before, so I am unable to put you forward.\n\nBest,\nLocum Desk', 'Locum update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('reads a candidate who said they would prefer to work alone, against a close team, as culture fit', () => {
    const r = read('Hi Paul,\n\nThanks for the chat about the Home Carer role. Our carers cover each other\'s visits at short notice, and you told us you would prefer to work on your own. We won\'t be taking things further.\n\nKind regards,\nBrookside Home Care', 'Home Carer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('culture_fit');
  });

  it('reads a choice in a group task said to go against the home\'s values as culture fit', () => {
    const r = read('Hi Amy,\n\nThank you for the group assessment. Our assessors noted that you overruled the resident\'s wishes in the scenario, which goes against the values we work by. We won\'t be offering you a post.\n\nKind regards,\nElm Lodge', 'Assessment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read a group task the assessors praised against the home\'s values as culture fit', () => {
    const r = read('Hi Amy,\n\nThank you for the group assessment. Our assessors noted that you respected the resident\'s wishes in the scenario, in line with the values we work by. We have, however, offered the post to a carer with more nights experience.\n\nKind regards,\nElm Lodge', 'Assessment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('culture_fit');
  });
});

describe('stations of a clinical exam, and appointments stopped while the service changes', () => {
  it('reads stations of an OSCE not passed as the test\'s result', () => {
    const r = read('Dear Mr Osei,\n\nThank you for sitting our mock OSCE for overseas-trained midwives. You were unsuccessful in three of the eight stations, so we cannot offer you a post at this time.\n\nMidwifery Education', 'OSCE outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read stations passed, and the post given to another, as the test\'s result', () => {
    const r = read('Dear Mr Osei,\n\nThank you for sitting our mock OSCE for overseas-trained midwives. You passed all eight stations, but we have offered the post to a midwife who already works on our unit.\n\nMidwifery Education', 'OSCE outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads appointments stopped while the wards are reorganised as the role closed', () => {
    const r = read('Dear Leah,\n\nThank you for attending interview for the Staff Nurse post on Ward 2. The Trust is merging Wards 2 and 3, and until that is agreed we are unable to make any appointments, so your application is on hold.\n\nWard Manager', 'Ward 2 update');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read an appointment made to someone else as the role closed', () => {
    const r = read('Dear Leah,\n\nThank you for attending interview for the Staff Nurse post on Ward 2. We have made an appointment to another candidate, so we are unable to offer you the post.\n\nWard Manager', 'Ward 2 update');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });
});
