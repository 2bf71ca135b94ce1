/**
 * Sales, shop-floor and hospitality hiring: a task carried out or a mock call done as the step reached, the last two still
 * weighed, later interviews not yet booked, an offer withdrawn after the checks, a "no" said plainly, a reminder whose refusal
 * only follows from a missed deadline, a withdrawal granted in the sender's words, recruitment put on hold or not done after
 * all, work shared out among the staff: messages written for this test (not taken from any corpus part), each beside a
 * message in nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a task carried out, a mock call done', () => {
  it('reads "thank you for carrying out the store audit task" as the assessment reached', () => {
    const r = read('Hi Omar,\n\nThank you for carrying out the store audit task at our Leeds branch and sending us your notes.\n\nWe have decided not to take your application further this time.\n\nBest,\nRetail Recruitment', 'Deputy Manager');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a review the sender is carrying out as a step of the candidate', () => {
    const r = read('Hi Omar,\n\nThank you for applying. We are carrying out a review of the applications for our Leeds branch.\n\nWe have decided not to take your application further this time.\n\nBest,\nRetail Recruitment', 'Deputy Manager');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads "thanks for completing the recorded mock sales call" as the assessment reached', () => {
    const r = read('Hi Ben,\n\nThanks for completing the recorded mock sales call for the BDR role. We won\'t be moving forward this time.\n\nRegards,\nTalent Team', 'BDR');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a mock call still to come as a step taken', () => {
    const r = read('Hi Ben,\n\nThanks for applying for the BDR role. The next step would have been a mock sales call, but we won\'t be moving forward this time.\n\nRegards,\nTalent Team', 'BDR');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('the last two still weighed, later interviews not yet booked', () => {
  it('reads "you are still one of the two people we are considering" in a delay note as the final step', () => {
    const r = read('Hi Nadia,\n\nA quick note: the owner is away until the 20th and wants to make the decision himself, so there will be a delay before we can come back to you. You are still one of the two people we are considering.\n\nThanks,\nOps Team', 'Cafe Manager');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('final');
  });

  it('does not read the same words about two people others are weighing as the candidate\'s final step', () => {
    const r = read('Hi Nadia,\n\nThanks for your application. The owner is away until the 20th and wants to make the decision himself, so there will be a delay before we can come back to the candidates. He has narrowed it to one of the two people we are considering for the other site.\n\nThanks,\nOps Team', 'Cafe Manager');
    expect(r.stage).not.toBe('final');
  });

  it('reads "we haven\'t been able to get the second interviews booked yet" as an interview had', () => {
    const r = read('Hi Sam - sorry it\'s taking longer than we said! A couple of managers are off sick and we haven\'t been able to get the second interviews booked yet. Still keen on you for the supervisor job, should have news next week. Cheers, Kate', 'supervisor');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('interview');
  });

  it('does not read interviews not yet booked, with no later round named, as an interview had', () => {
    const r = read('Hi Sam - sorry it\'s taking longer than we said! A couple of managers are off sick and we haven\'t been able to get the interviews booked yet. Still keen on your application for the supervisor job, should have news next week. Cheers, Kate', 'supervisor');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('application');
  });
});

describe('an offer withdrawn, a plain no, a delay that is no decline', () => {
  it('reads "your conditional offer is therefore withdrawn" as a rejection', () => {
    const r = read('Dear Ms Hart,\n\nWe refer to your conditional offer of employment for the role of Stock Controller, which was subject to satisfactory checks. We have received the results of these checks. Your conditional offer is therefore withdrawn.\n\nYours sincerely,\nHR Services', 'Conditional offer');
    expect(r.kind).toBe('rejection');
  });

  it('still reads a conditional offer awaiting its checks as no rejection', () => {
    const r = read('Dear Ms Hart,\n\nWe are pleased to confirm your conditional offer of employment for the role of Stock Controller, which is subject to satisfactory checks. We will be in touch once the checks are complete.\n\nYours sincerely,\nHR Services', 'Conditional offer');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we won\'t be able to go ahead with the job offer" as a rejection', () => {
    const r = read('Hi Leo,\n\nJust to let you know, both references have come back for the Bar Supervisor job. I\'m sorry, but based on them we won\'t be able to go ahead with the job offer.\n\nThanks,\nAmy', 'Bar Supervisor');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "we are happy to go ahead with the job offer" as a rejection', () => {
    const r = read('Hi Leo,\n\nJust to let you know, both references have come back for the Bar Supervisor job. Good news: we are happy to go ahead with the job offer.\n\nThanks,\nAmy', 'Bar Supervisor');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we\'re going to say no this time" as a rejection', () => {
    const r = read('Hi Max,\n\nThanks for coming in on Friday. The team felt the fit wasn\'t there, so we\'re going to say no this time.\n\nRuby', 'Shop Assistant');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a "no" to the candidate\'s own request as a rejection', () => {
    const r = read('Hi Max,\n\nThanks for asking about parking. I\'m afraid we have to say no to a parking space, but the bus stops outside. See you on Friday for your interview!\n\nRuby', 'Shop Assistant');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "there\'ll be a delay before we can come back to you" beside "so you\'re not left wondering" as on hold', () => {
    const r = read('Hi Cara,\n\nJust a note so you\'re not left wondering - the owner is abroad for two weeks, so there\'ll be a delay before we can come back to you about the manager job.\n\nThanks,\nBeth', 'Manager job');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a decline followed by a delay in sending notes as a rejection', () => {
    const r = read('Hi Cara,\n\nUnfortunately you have not been selected for the manager job. The owner is abroad for two weeks, so there\'ll be a delay before we can send you any notes.\n\nThanks,\nBeth', 'Manager job');
    expect(r.kind).toBe('rejection');
  });
});

describe('a reminder, and a withdrawal granted', () => {
  it('does not read a refusal that only follows from a missed deadline as a rejection', () => {
    const r = read('Dear Candidate,\n\nThis is a reminder that your situational judgement test for the Sales Adviser vacancy is still open. Unfortunately, if the test is not completed by Friday, we will not be able to consider your application further.\n\nRecruitment Team', 'Reminder');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads the refusal after the deadline was missed as a rejection', () => {
    const r = read('Dear Candidate,\n\nYour situational judgement test for the Sales Adviser vacancy was not completed by Friday. Unfortunately, we will not be able to consider your application further.\n\nRecruitment Team', 'Sales Adviser');
    expect(r.kind).toBe('rejection');
  });

  it('does not read an application closed after the candidate withdrew as a rejection', () => {
    const r = read('Hi Tom,\n\nThanks for letting me know. Of course we understand you need to withdraw from the process for the Store Manager role. I\'ve closed your application on our side. All the best.\n\nLisa', 'Re: withdrawing');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads an application closed by the sender\'s own decision as a rejection', () => {
    const r = read('Hi Tom,\n\nThanks for your message. We have decided not to take your application for the Store Manager role further, so I\'ve closed your application on our side. All the best.\n\nLisa', 'Store Manager');
    expect(r.kind).toBe('rejection');
  });
});

describe('recruitment held or not done, work shared out, a role filled by no one', () => {
  it('reads "we have put all open store management recruitment on hold" as the role closed', () => {
    const r = read('Dear Ana,\n\nI am writing about the Area Manager role you interviewed for. While the company reviews its structure, we have put all open store management recruitment on hold. Your application has not been declined.\n\nKind regards,\nHR', 'Area Manager');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read a delay in the decision alone as the role closed', () => {
    const r = read('Dear Ana,\n\nI am writing about the Area Manager role you interviewed for. The director is travelling, so the decision will take a little longer than planned. Your application has not been declined.\n\nKind regards,\nHR', 'Area Manager');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "not able to offer the role to any candidate" after a cancellation as the role closed, not filled', () => {
    const r = read('Dear Ivo,\n\nThe owners have decided to sell the hotel and all senior recruitment has been cancelled, including this position. We are therefore not able to offer the role to any candidate.\n\nRegards,\nTalent', 'Director of Sales');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('still reads the role offered to another candidate as filled', () => {
    const r = read('Dear Ivo,\n\nThank you for your interview. We have decided to offer the role to another candidate, who has accepted.\n\nRegards,\nTalent', 'Director of Sales');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read accounts split between existing team members as an internal candidate', () => {
    const r = read('Hi Ravi,\n\nThe business has decided not to hire a new Account Manager after all and will split the accounts between two existing team members instead. So we are closing the role.\n\nBest,\nTom', 'Account Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('still reads the role given to an existing team member as an internal candidate', () => {
    const r = read('Hi Ravi,\n\nWe have decided to offer the Account Manager role to an existing team member who knows the accounts well. So we won\'t be taking your application further.\n\nBest,\nTom', 'Account Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('reads "I won\'t be hiring for the GM job" from the owner as the role closed', () => {
    const r = read('Hi Jo,\n\nSorry for the slow reply. The lease on the new shop fell through, so I\'m not opening it this year and won\'t be hiring for the GM job. Didn\'t want to leave you hanging.\n\nCheers,\nSam', 'GM job');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "I won\'t be hiring you for the GM job" as the role closed', () => {
    const r = read('Hi Jo,\n\nSorry for the slow reply. I\'ve thought about it and I won\'t be hiring you for the GM job - someone with more bakery experience got it.\n\nCheers,\nSam', 'GM job');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('does not read a hiring manager pulled into an event as the role pulled', () => {
    const r = read('Hi Mia,\n\nThe hiring manager for the Sales Executive role has been pulled into our biggest trade show, so we can\'t arrange interviews until next month. Your application is still active.\n\nLena', 'Sales Executive');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads a role that has been pulled as closed', () => {
    const r = read('Hi Mia,\n\nI\'m sorry to say the Sales Executive role has been pulled by the business, so we won\'t be taking applications further.\n\nLena', 'Sales Executive');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
  });
});

describe('a decline in Spanish', () => {
  it('reads "no seguiremos adelante con tu candidatura" as a rejection', () => {
    const r = read('Hola Lucía,\n\nGracias por la entrevista del lunes para el puesto de Encargada de Tienda. Te escribo para decirte que no seguiremos adelante con tu candidatura.\n\nUn saludo,\nRR. HH.', 'Encargada de Tienda');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "seguiremos adelante con tu candidatura" as a rejection', () => {
    const r = read('Hola Lucía,\n\nGracias por la entrevista del lunes para el puesto de Encargada de Tienda. Te escribo para decirte que seguiremos adelante con tu candidatura y te llamaremos pronto.\n\nUn saludo,\nRR. HH.', 'Encargada de Tienda');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('references back, the pay as the sticking point, more detail offered by a call', () => {
  it('reads "we have now had both references back" as the checks reached', () => {
    const r = read('Hi Kit,\n\nJust to let you know, we have now had both references back for the Kitchen Manager job. I\'m sorry, but we won\'t be able to go ahead with the job offer.\n\nThanks,\nJen', 'Kitchen Manager');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read references asked for but not yet back as the checks reached', () => {
    const r = read('Hi Kit,\n\nThanks for your application for the Kitchen Manager job. Please send two references with your form. I\'m sorry, but we won\'t be taking your application further.\n\nThanks,\nJen', 'Kitchen Manager');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads "the sticking point is compensation" as salary', () => {
    const r = read('Hi Noor,\n\nThanks for meeting the team. The sticking point is compensation: you asked for a base well above what the Field Sales band allows, so we won\'t continue the process.\n\nBest,\nJules', 'Field Sales');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('does not read "the sticking point is territory experience" as salary', () => {
    const r = read('Hi Noor,\n\nThanks for meeting the team. The sticking point is territory experience: you have not yet managed a patch of your own, so we won\'t continue the process.\n\nBest,\nJules', 'Field Sales');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "the budgeted range is …, so the gap is too large" as salary', () => {
    const r = read('Hello Ada,\n\nThank you for applying. You stated an expected salary of 60,000. The budgeted range for this store is 42,000 to 46,000, so unfortunately the gap is too large for us to invite you to the next stage.\n\nRegards,\nHR', 'Store Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('salary');
  });

  it('does not read a gap in experience that is too large as salary', () => {
    const r = read('Hello Ada,\n\nThank you for applying. The role needs five years of store management and you have one, so unfortunately the gap is too large for us to invite you to the next stage.\n\nRegards,\nHR', 'Store Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "if you\'d like a bit more detail, give me a ring" as feedback offered', () => {
    const r = read('Hi Tom,\n\nThank you for meeting me on Monday. We have decided not to move you forward for the Key Account role.\n\nIf you\'d like a bit more detail, give me a ring any time.\n\nFiona', 'Key Account Manager');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "if you\'d like a bit more information about our other vacancies, give me a ring" as feedback offered', () => {
    const r = read('Hi Tom,\n\nThank you for meeting me on Monday. We have decided not to move you forward for the Key Account role.\n\nIf you\'d like a bit more information about our other vacancies, give me a ring any time.\n\nFiona', 'Key Account Manager');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if a call to go over this would be helpful" as feedback offered', () => {
    const r = read('Hi Pat,\n\nThanks for the final stage last week. We have decided not to extend an offer. If a call to go over this in more detail would be helpful, I\'m happy to arrange one.\n\nAnna', 'Final stage');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "if a call to go over the start date would be helpful" in an offer as feedback offered', () => {
    const r = read('Hi Pat,\n\nWe are delighted to offer you the role. If a call to go over the start date would be helpful, I\'m happy to arrange one.\n\nAnna', 'Offer');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('a role-play scored under the bar, a requirement no applicant is considered without', () => {
  it('reads "the panel scored the role-play below the level we need" as the assessment', () => {
    const r = read('Hi Zoe,\n\nThank you for interviewing with us on Tuesday. The panel scored the role-play below the level we need, so we won\'t be progressing your application.\n\nKind regards,\nSales Team', 'Inside Sales');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read "the panel scored other candidates higher" as the assessment', () => {
    const r = read('Hi Zoe,\n\nThank you for interviewing with us on Tuesday. The panel scored other candidates higher overall, so we won\'t be progressing your application.\n\nKind regards,\nSales Team', 'Inside Sales');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads "we can\'t consider applicants without agency recruitment experience" as a skills gap', () => {
    const r = read('Hi Kay,\n\nThanks for applying for the Recruitment Consultant role. You are coming from hospitality, and we can\'t consider applicants without agency recruitment experience for this desk.\n\nBest of luck,\nTalent Team', 'Recruitment Consultant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "we can\'t consider applicants without the right to work" as a skills gap', () => {
    const r = read('Hi Kay,\n\nThanks for applying for the Recruitment Consultant role. Unfortunately we can\'t consider applicants without the right to work in the UK.\n\nBest of luck,\nTalent Team', 'Recruitment Consultant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });
});
