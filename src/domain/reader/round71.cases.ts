/**
 * The words of international organisations, NGOs and foundations: "not retained", a rival selected, the recommended
 * candidate's acceptance, posts placed on hold, consultancies, eligibility rules, rosters and panels later posts are filled
 * from, marks and examples set against a named bar: messages written for this test (not taken from any corpus part), each
 * beside a message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('declines in the words of a formal selection', () => {
  it('reads "you have not been retained for the next phase" as a rejection', () => {
    const r = read('Dear Mr Osei,\n\nThank you for sitting the written exercise for the Logistics Officer post in Accra. We regret to inform you that you have not been retained for the next phase.\n\nHuman Resources, Accra', 'Logistics Officer');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "you have been retained for the next phase" as a rejection', () => {
    const r = read('Dear Mr Osei,\n\nThank you for sitting the written exercise for the Logistics Officer post in Accra. We are pleased to inform you that you have been retained for the next phase, a panel interview on 4 May.\n\nHuman Resources, Accra', 'Logistics Officer');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "the panel decided to select a candidate with X" as a rejection', () => {
    const r = read('Dear Ms Varga,\n\nThank you for your interview for the Shelter Coordinator post. The post needs someone who has run a camp management team, so the panel decided to select a candidate with that background.\n\nKind regards,\nPeople Team', 'Shelter Coordinator');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a selection of candidates for interview, the reader among them, as a rejection', () => {
    const r = read('Dear Ms Varga,\n\nThank you for applying for the Shelter Coordinator post. The panel has decided to select candidates for interview from each region, and we are pleased to invite you to a panel interview on 9 June. Please confirm your availability.\n\nKind regards,\nPeople Team', 'Shelter Coordinator');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "the recommended candidate has accepted the appointment" as a rejection with the position filled', () => {
    const r = read('Dear Mr Lindqvist,\n\nThank you for taking part in the selection process for the Senior Evaluation Officer post. The selection has been approved and the recommended candidate has accepted the appointment.\n\nYours sincerely,\nExecutive Office', 'Senior Evaluation Officer');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read a request to the recommended candidate to accept the appointment as a rejection', () => {
    const r = read('Dear Mr Lindqvist,\n\nYou are the recommended candidate for the Senior Evaluation Officer post. Please confirm by Friday that you accept the appointment so that we can issue the contract.\n\nYours sincerely,\nExecutive Office', 'Senior Evaluation Officer');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "the offer of appointment has been accepted" and "the selection for this vacancy is now closed" as the position filled, not closed', () => {
    const r = read('Dear Ms Chen,\n\nWe refer to your candidature for the post of Head of Sub-Office. The offer of appointment has been accepted by the selected candidate. The selection for this vacancy is now closed.\n\nThank you for attending the final interview.\n\nHuman Resources', 'Head of Sub-Office');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a vacancy closed with no selection made as the role closed', () => {
    const r = read('Dear Ms Chen,\n\nWe refer to your candidature for the post of Head of Sub-Office. Following a review of the office structure, the vacancy has been cancelled and we will not be proceeding with your application.\n\nHuman Resources', 'Head of Sub-Office');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
    expect(r.reasons).not.toContain('position_filled');
  });
});

describe('pauses in the words of a restructuring or a budget review', () => {
  it('reads vacancies placed on hold with no decision taken as on hold', () => {
    const r = read('Dear Mr Ferreira,\n\nThank you for your interview for the Regional Nutrition Adviser post. Following the merger of two regional offices, all recruitment at regional level has been placed on hold until the new structure is agreed. No decision has been taken on your candidacy.\n\nWe hope to update you next month.\n\nHR, Regional Office', 'Regional Nutrition Adviser');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a vacancy cancelled after a restructuring as a rejection', () => {
    const r = read('Dear Mr Ferreira,\n\nThank you for your interview for the Regional Nutrition Adviser post. Following the merger of two regional offices, the vacancy has been cancelled and we will not be proceeding with your application.\n\nHR, Regional Office', 'Regional Nutrition Adviser');
    expect(r.kind).toBe('rejection');
  });

  it('reads a pause caused by a budget review, told first, as the role closed', () => {
    const r = read('Dear Ms Byrne,\n\nI refer to your interview for the Assistant Planner competition. Owing to a review of the Council\'s staffing budget, the formation of the panel has been deferred. No decision has been made regarding any candidate.\n\nWe expect to update candidates in the autumn.\n\nHuman Resources', 'Assistant Planner competition');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read a pause caused by a review of the applications as the role closed', () => {
    const r = read('Dear Ms Byrne,\n\nI refer to your interview for the Assistant Planner competition. Owing to a review of the marking of the applications, the formation of the panel has been deferred by two weeks. No decision has been made regarding any candidate.\n\nWe expect to update candidates in the autumn.\n\nHuman Resources', 'Assistant Planner competition');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads a funder asking to delay new senior hires as the role closed', () => {
    const r = read('Hi Sam,\n\nA quick update on the Director of Operations role. Our main donor has asked us to delay new senior hires until their own review finishes, so the decision is postponed. You are still one of our finalists.\n\nBest,\nMaya', 'Director of Operations');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read a delay to the candidate\'s own start date as the role closed', () => {
    const r = read('Hi Sam,\n\nA quick update on the Director of Operations role. Our donor meeting moved, so the panel decision is postponed by a week while the chair is away. You are still one of our finalists.\n\nBest,\nMaya', 'Director of Operations');
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('consultancies, eligibility rules and expressions of interest', () => {
  it('reads a consultancy expression of interest not taken forward as a rejection at the application stage, the consultant database as an open door', () => {
    const r = read('Dear Consultant,\n\nThank you for your expression of interest in the consultancy for the Mid-Term Review of the Water Governance Project (RFP ref. WGP-MTR-04). The committee has completed its review and your submission will not proceed to the technical proposal stage.\n\nYour details remain in our consultant roster for future assignments.\n\nProcurement Unit', 'WGP-MTR-04');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a tender bid from a firm declined as a job rejection', () => {
    const r = read('Dear Supplier,\n\nThank you for your bid in response to RFP ref. WGP-FUR-02 for office furniture. The procurement unit has completed its evaluation and your quotation will not proceed to the financial stage.\n\nProcurement Unit', 'WGP-FUR-02');
    expect(r.kind).not.toBe('rejection');
  });

  it('does not read how eligibility is determined as a rejection', () => {
    const r = read('Dear Ana,\n\nThank you for your interest in the Young Professionals scheme. Please note that eligibility is determined by your nationality and age under the rules of each sponsoring government. From what you have told us, you may be eligible under the Portuguese-funded programme.\n\nScheme Office', 'Young Professionals scheme');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a finding that the candidate is not eligible by nationality as a rejection', () => {
    const r = read('Dear Ana,\n\nThank you for your application to the Young Professionals scheme. Unfortunately you are not eligible, as your nationality is not among the sponsoring countries this year.\n\nScheme Office', 'Young Professionals scheme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });

  it('reads a pre-screening interview as a screen, not an interview', () => {
    const r = read('Dear Ms Duarte,\n\nThank you for the pre-screening interview you had with our HR assistant about the Cash Assistance Officer post. We regret to let you know you have not been retained for the next phase.\n\nHR, Maputo', 'Cash Assistance Officer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('still reads a panel interview as an interview', () => {
    const r = read('Dear Ms Duarte,\n\nThank you for the panel interview you had with our programme team about the Cash Assistance Officer post. We regret to let you know you have not been retained for the next phase.\n\nHR, Maputo', 'Cash Assistance Officer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('reasons told against a named bar', () => {
  it('reads "you would be significantly senior to the role" as overqualified', () => {
    const r = read('Hello Omar,\n\nThanks for our call on Monday. Having thought it over, with twelve years as a country director you would be significantly senior to the Field Coordinator role, so we will not take your application further.\n\nRegards,\nLena', 'Field Coordinator');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read "you would report to a senior manager" as overqualified', () => {
    const r = read('Hello Omar,\n\nThanks for our call on Monday. In the Field Coordinator role you would report to a senior manager in Juba. Having thought it over, we will not take your application further as other candidates had more field experience.\n\nRegards,\nLena', 'Field Coordinator');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads examples that fell short of a required experience as a skills gap with feedback', () => {
    const r = read('Dear Mr Adeyemi,\n\nThank you for your interview for the Partnerships Manager post. The panel was looking for experience of negotiating multi-year agreements with government donors, and the examples you gave were from private foundations. The post will not be offered to you.\n\nHR Officer', 'Partnerships Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
    expect(r.feedback).toBe(true);
  });

  it('does not read praise for the examples given, with no requirement named, as a skills gap', () => {
    const r = read('Dear Mr Adeyemi,\n\nThank you for your interview for the Partnerships Manager post. The examples you gave were clear and well chosen, but the panel has decided to offer the post to another candidate.\n\nHR Officer', 'Partnerships Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the count of tasks passed below the bar as an assessment result with feedback', () => {
    const r = read('Dear Applicant,\n\nThank you for completing the online data exercise for the GIS Analyst role. Applicants needed to pass at least five of the eight tasks to be invited to interview. Your submission passed three tasks, so we will not be moving your application forward.\n\nRecruitment Team', 'GIS Analyst');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
    expect(r.feedback).toBe(true);
  });

  it('does not read a submission received as an assessment result', () => {
    const r = read('Dear Applicant,\n\nThank you for completing the online data exercise for the GIS Analyst role. Your submission has been received and will be marked next week.\n\nRecruitment Team', 'GIS Analyst');
    expect(r.kind).not.toBe('rejection');
    expect(r.feedback).toBe(false);
  });
});

describe('open doors and offers of feedback in the words of an agency', () => {
  it('does not read "we would like to thank you for applying to vacancy no." as an open door', () => {
    const r = read('Dear Applicant,\n\nWe would like to thank you for applying to vacancy no. 26/NBO/FIN/044.\n\nRegrettably your candidature could not be retained.\n\nRecruitment Services', 'Vacancy 26/NBO/FIN/044');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('still reads thanks for applying beside a hope to see other applications as an open door', () => {
    const r = read('Dear Applicant,\n\nWe would like to thank you for applying to vacancy no. 26/NBO/FIN/044 and hope you will apply for other vacancies with us.\n\nRegrettably your candidature could not be retained.\n\nRecruitment Services', 'Vacancy 26/NBO/FIN/044');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads a place on a panel from which future vacancies are filled as an open door', () => {
    const r = read('Dear Mr Kelly,\n\nThank you for attending for interview for the post of Campaigns Officer. The board did not recommend you for appointment on this occasion, but it did place you on a panel from which future vacancies of this grade may be filled.\n\nHuman Resources', 'Campaigns Officer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a panel place refused as an open door', () => {
    const r = read('Dear Mr Kelly,\n\nThank you for attending for interview for the post of Campaigns Officer. The board did not select you for appointment and was not able to place you on a panel for future vacancies of this grade.\n\nHuman Resources', 'Campaigns Officer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "nothing stops you from applying for other posts" as an open door', () => {
    const r = read('Dear Candidate,\n\nYour score in the written test was 58%, below the 70% needed, and you have therefore not been retained. Nothing stops you from applying for other posts where you meet the requirements.\n\nHuman Resources', 'Written test result');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads a chat about the process offered after the decision as feedback offered', () => {
    const r = read('Dear Leila,\n\nThank you for coming to the final panel for the Head of Fundraising role. The trustees have decided not to take your application further, and I am sorry it is not better news.\n\nIf you would like a quick chat about the decision, I would be glad to set one up.\n\nBest wishes,\nTom', 'Head of Fundraising');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a chat about the process before an interview as feedback offered', () => {
    const r = read('Dear Leila,\n\nWe are pleased to invite you to the final panel for the Head of Fundraising role on 12 March. If you would like a quick chat about the process before the interview, just let me know.\n\nBest wishes,\nTom', 'Head of Fundraising');
    expect(r.kind).not.toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads a fuller breakdown of the marks offered on request as feedback offered', () => {
    const r = read('Dear Ms Novak,\n\nThank you for taking the technical assessment. Your overall mark of 48% fell short of the 60% needed to progress to interview. If you would like a fuller breakdown of the marks, just reply to this email.\n\nTalent Acquisition', 'Technical assessment');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a breakdown of the marks refused as feedback offered', () => {
    const r = read('Dear Ms Novak,\n\nThank you for taking the technical assessment. Your overall mark of 48% fell short of the 60% needed to progress to interview. We are unable to provide a breakdown of the marks.\n\nTalent Acquisition', 'Technical assessment');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });
});
