/**
 * Formal letters of law firms, banks and insurers: a hire not going ahead, a submission that did not score enough, someone
 * from the firm's own team, a qualification the person must hold, the way the candidate likes to work, pay under what they
 * expect, a rescinded conditional offer, and messages that are no rejection (still interviewing, a cohort not all taken
 * forward, a reminder, an application kept open, a module to pass at onboarding): messages written for this test (not taken
 * from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`)
 * must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('messages that are no rejection', () => {
  it('does not read "continuing to interview other candidates" with a decision to come as a rejection', () => {
    const r = read('Dear Ms Okafor,\n\nThank you for your interview on Monday for the Litigation Paralegal position. We are continuing to interview other candidates this week and hope to make a final decision by the 20th. We will write to you either way.\n\nKind regards,\nPeople Team', 'Litigation Paralegal');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "decided to continue with other candidates" as a rejection', () => {
    const r = read('Dear Ms Okafor,\n\nThank you for your interview on Monday for the Litigation Paralegal position. We have decided to continue with other candidates whose experience was closer to the role.\n\nKind regards,\nPeople Team', 'Litigation Paralegal');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "not able to progress everyone" said to someone who passed as a rejection', () => {
    const r = read('Dear Sanjay,\n\nGood news: you have passed the numerical reasoning test for our Audit Graduate Programme. We were not able to progress everyone this round, so congratulations.\n\nBest wishes,\nEarly Careers', 'Test result');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "not able to progress everyone" followed by the candidate not taken forward as a rejection', () => {
    const r = read('Dear Sanjay,\n\nThank you for sitting the numerical reasoning test for our Audit Graduate Programme. We were not able to progress everyone this round, and unfortunately your application will not be taken forward.\n\nBest wishes,\nEarly Careers', 'Test result');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a reminder of what follows if a test is not done as a rejection', () => {
    const r = read('Hi Marta,\n\nReminder: your online test for the Customer Adviser role closes on Friday. If you do not complete it by then, we won\'t be able to progress your application.\n\nThanks,\nCareers Team', 'Reminder: your test');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads the test not done, told after the deadline, as a rejection', () => {
    const r = read('Hi Marta,\n\nYour online test for the Customer Adviser role closed on Friday. As it was not completed by then, we won\'t be able to progress your application.\n\nThanks,\nCareers Team', 'Your test');
    expect(r.kind).toBe('rejection');
  });

  it('reads "I\'m not closing your application" beside a role on hold as on hold', () => {
    const r = read('Hi Femi,\n\nThe Risk Manager role is on hold while the board reviews next year\'s plan. I\'m not closing your application - it stays with me and I\'ll be in touch once we know more.\n\nRegards,\nTalent Team', 'Risk Manager');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "we are closing your application" as a rejection', () => {
    const r = read('Hi Femi,\n\nThe Risk Manager role has been filled, so we are closing your application now.\n\nRegards,\nTalent Team', 'Risk Manager');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a module the new starter needs to pass as a rejection', () => {
    const r = read('Dear Ana,\n\nThank you for accepting our offer for the Claims Handler role. In your first month you will need to pass the customer treatment module before handling live claims.\n\nWe look forward to welcoming you.\n\nOnboarding Team', 'Welcome aboard');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "we have decided to pass on your application" as a rejection', () => {
    const r = read('Dear Ana,\n\nThank you for applying for the Claims Handler role. We have decided to pass on your application at this time.\n\nOnboarding Team', 'Claims Handler');
    expect(r.kind).toBe('rejection');
  });
});

describe('a conditional offer taken back', () => {
  it('reads a conditional offer referred to and then withdrawn as a rejection', () => {
    const r = read('Dear Mr Lind,\n\nWe refer to your conditional offer of employment as Operations Assistant. Your background checks have not been completed to our satisfaction, and we are therefore withdrawing the conditional offer.\n\nYours faithfully,\nHR', 'Conditional offer');
    expect(r.kind).toBe('rejection');
  });

  it('still reads a new offer of employment as an offer', () => {
    const r = read('Dear Mr Lind,\n\nWe are delighted to make you an offer of employment as Operations Assistant, starting on 2 March.\n\nYours faithfully,\nHR', 'Your offer');
    expect(r.kind).toBe('offer');
  });

  it('reads a training contract not confirmed for a condition not met by the grade as a rejection for a skills gap', () => {
    const r = read('Dear Ms Dunne,\n\nOur offer was conditional on you obtaining a 2:1 degree. Your final transcript shows a 2:2, and as this condition has not been met, we are unable to confirm your training contract.\n\nYours sincerely,\nGraduate Recruitment', 'Training contract');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a training contract confirmed as a rejection', () => {
    const r = read('Dear Ms Dunne,\n\nYour final transcript shows a 2:1, so we are pleased to confirm your training contract starting in September.\n\nYours sincerely,\nGraduate Recruitment', 'Training contract');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the reasons of formal letters', () => {
  it('reads "yours didn\'t score highly enough" after a case study as the assessment', () => {
    const r = read('Hi Tom,\n\nThanks for completing the case study for the Pricing Analyst role. Unfortunately yours didn\'t score highly enough for us to invite you to interview.\n\nBest,\nRecruiting', 'Pricing Analyst');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read "your application didn\'t score highly enough" as the assessment', () => {
    const r = read('Hi Tom,\n\nThanks for applying for the Pricing Analyst role. Unfortunately your application didn\'t score highly enough against our shortlisting criteria for us to invite you to interview.\n\nBest,\nRecruiting', 'Pricing Analyst');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a hire not going ahead and budgets cut as role closed', () => {
    const r = read('Hi Leah,\n\nThanks for sending back the exercise. Since then the bank has decided not to go ahead with the Operational Risk Analyst hire this year, as budgets across the team have been cut. We won\'t be progressing any candidates.\n\nKind regards,\nTalent', 'Operational Risk Analyst');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "not to go ahead with your application" as role closed', () => {
    const r = read('Hi Leah,\n\nThanks for sending back the exercise. We have decided not to go ahead with your application for the Operational Risk Analyst role.\n\nKind regards,\nTalent', 'Operational Risk Analyst');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads vacancies cancelled as role closed, and praise of the candidate among the strongest as no mismatch', () => {
    const r = read('Dear Ravi,\n\nI am writing about the Treasury Manager role you interviewed for. Following the merger, all open vacancies have been cancelled, and I\'m afraid that includes this role. I am sorry, as you were among the strongest candidates we met.\n\nBest wishes,\nHead of Talent', 'Treasury Manager');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('role_closed');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('still reads stronger candidates met as a profile mismatch', () => {
    const r = read('Dear Ravi,\n\nThank you for interviewing for the Treasury Manager role. We have decided to offer it to another candidate whose experience better met our needs.\n\nBest wishes,\nHead of Talent', 'Treasury Manager');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('reads someone from the firm\'s own team as an internal candidate', () => {
    const r = read('Hi Dana,\n\nWe have filled the Senior Counsel role. Someone from our own regulatory team applied late and has accepted the position.\n\nBest,\nGeneral Counsel', 'Senior Counsel');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read someone from another firm as an internal candidate', () => {
    const r = read('Hi Dana,\n\nWe have filled the Senior Counsel role. Someone from another firm applied late and has accepted the position.\n\nBest,\nGeneral Counsel', 'Senior Counsel');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads a diploma the person must hold as a skills gap', () => {
    const r = read('Hi Sam,\n\nThe client has come back and can\'t progress you: they need the person to hold the Diploma in Regulated Financial Planning on day one.\n\nCheers,\nRecruiter', 'Adviser role');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read the person needed to start in March as a skills gap', () => {
    const r = read('Hi Sam,\n\nThe client has come back and can\'t progress you: they need the person to start in early March and you are not free until June.\n\nCheers,\nRecruiter', 'Adviser role');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a qualification missing "or an equivalent" as a skills gap', () => {
    const r = read('Hi Conor,\n\nThanks for the chat. It came down to one thing: without the QFA (or an equivalent recognised qualification) we cannot let you give advice, so we will not be moving forward.\n\nRegards,\nDirector', 'Planner role');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads a work permit missing "or an equivalent" as location, not a skills gap', () => {
    const r = read('Hi Conor,\n\nThanks for the chat. It came down to one thing: without a work permit (or an equivalent visa) we cannot employ you, so we will not be moving forward.\n\nRegards,\nDirector', 'Planner role');
    expect(r.reasons).toContain('location');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the way the candidate likes to work not suiting the team as culture fit', () => {
    const r = read('Dear Mia,\n\nThank you for the introductory call. Our practice works in very close teams, and we felt this would not suit the way you told us you like to work. We will not be progressing to interview.\n\nKind regards,\nPractice Manager', 'Associate');
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read the hours not suiting the candidate as culture fit', () => {
    const r = read('Dear Mia,\n\nThank you for the introductory call. Our practice needs an associate in the office four days a week, and we felt this would not suit your plans to move abroad. We will not be progressing to interview.\n\nKind regards,\nPractice Manager', 'Associate');
    expect(r.reasons).not.toContain('culture_fit');
  });

  it('reads behaviour that would not sit well with the collaborative way of the team as culture fit, and the letter as a rejection', () => {
    const r = read('Dear Oliver,\n\nThank you for attending the assessment day and the partner interview. The partners felt that you tended to take over the group discussion, and that this would not sit well with the collaborative way our trainees work. We know this will be disappointing.\n\nYours sincerely,\nGraduate Recruitment', 'Training Contract - Outcome');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read drafting short of the standard as culture fit', () => {
    const r = read('Dear Oliver,\n\nThank you for attending the assessment day and the partner interview. The partners felt that your drafting was not yet at the standard our trainees work to, so we will not be offering you a training contract.\n\nYours sincerely,\nGraduate Recruitment', 'Training Contract - Outcome');
    expect(r.reasons).not.toContain('culture_fit');
  });

  it('reads the salary on offer well under what the candidate expects as salary', () => {
    const r = read('Hi Ruth,\n\nThanks for applying for the Compliance Officer role. The salary we can offer is well under what you noted on your application form, so we have decided not to take things further.\n\nRegards,\nCEO', 'Compliance Officer');
    expect(r.reasons).toContain('salary');
  });

  it('does not read the salary on offer in line with the market as salary', () => {
    const r = read('Hi Ruth,\n\nThanks for applying for the Compliance Officer role. The salary we can offer is in line with the market, but we have decided to take forward candidates with more AML experience.\n\nRegards,\nCEO', 'Compliance Officer');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads the candidate staying in their city while the team needs them in another office as location', () => {
    const r = read('Hi Amir,\n\nWe have decided against making an offer. You would need to stay in Perth and the team needs the adviser in our Brisbane office with clients face to face.\n\nRegards,\nMD', 'Adviser');
    expect(r.reasons).toContain('location');
  });

  it('does not read staying in the role for two years as location', () => {
    const r = read('Hi Amir,\n\nWe have decided against making an offer. You would need to stay in the role for two years and your plans for further study would not allow that.\n\nRegards,\nMD', 'Adviser');
    expect(r.reasons).not.toContain('location');
  });

  it('reads an intake deferred by the firm as role closed', () => {
    const r = read('Dear Kiran,\n\nFollowing a review, we have decided to defer the January intake of our Legal Analyst Programme to July. Your application will be carried over.\n\nRegards,\nTalent Acquisition', 'Intake deferred');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read an interview deferred at the candidate\'s request as role closed', () => {
    const r = read('Dear Kiran,\n\nAs you asked, we have moved your interview to next Tuesday. Unfortunately we have decided not to take your application further for the July intake of our Legal Analyst Programme.\n\nRegards,\nTalent Acquisition', 'Legal Analyst Programme');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads a bar exam not yet sat, required for the role, as a skills gap', () => {
    const r = read('Dear Ade,\n\nThank you for interviewing with us. You have not yet sat the California bar, which is required before the start date, so we will not be extending an offer.\n\nVery truly yours,\nLegal Recruiting', 'Associate');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read a bar exam already passed as a skills gap', () => {
    const r = read('Dear Ade,\n\nThank you for interviewing with us. You have passed the California bar, which is required before the start date, but we have decided to extend the offer to another candidate.\n\nVery truly yours,\nLegal Recruiting', 'Associate');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a background apart from what is sought as a profile mismatch', () => {
    const r = read('Hi Lena,\n\nThanks for applying. Your background sits a bit apart from what we are after for this hire, so we will not be taking your application forward.\n\nBest,\nFounder', 'Legal Ops role');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('does not read a background just what is sought as a profile mismatch', () => {
    const r = read('Hi Lena,\n\nThanks for applying. Your background is just what we are after, but the role has now been cancelled, so we will not be taking applications forward.\n\nBest,\nFounder', 'Legal Ops role');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('reads a role the candidate would find limiting as overqualified', () => {
    const r = read('Dear Hugh,\n\nWe have decided not to offer you the position. You have run your own practice for years, and we think you would find the role, which mainly supports our partners, limiting very quickly.\n\nKind regards,\nManaging Partner', 'Wealth Manager');
    expect(r.reasons).toContain('overqualified');
  });

  it('does not read a role the candidate would find rewarding as overqualified', () => {
    const r = read('Dear Hugh,\n\nWe have decided not to offer you the position. We think you would find the role rewarding, but another finalist had more experience of pension transfers.\n\nKind regards,\nManaging Partner', 'Wealth Manager');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads a written exercise that missed the key issue as the assessment', () => {
    const r = read('Hi Jo,\n\nAfter your interview we asked you to complete a short suitability exercise. The reviewers found the report didn\'t identify the client\'s capacity for loss, so we won\'t be progressing you to the second interview.\n\nThanks,\nOperations Director', 'Paraplanner');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read the team not identifying a suitable role as the assessment', () => {
    const r = read('Hi Jo,\n\nAfter your interview we looked at other openings. The team didn\'t identify another suitable role for you, so we won\'t be progressing you to the second interview.\n\nThanks,\nOperations Director', 'Paraplanner');
    expect(r.reasons).not.toContain('assessment');
  });

  it('does not read a budget stated in a currency code as role closed', () => {
    const r = read('Hi Nia,\n\nWe have decided not to make you an offer. At interview you told us your salary expectation was GBP 90,000, which is well above where this role is benchmarked (the budget is GBP 65,000).\n\nRegards,\nRecruitment Lead', 'Private Banker');
    expect(r.reasons).toContain('salary');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('still reads budget cuts as role closed', () => {
    const r = read('Hi Nia,\n\nWe have decided not to make any offers for the Private Banker role because of budget cuts across the division.\n\nRegards,\nRecruitment Lead', 'Private Banker');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads a profile that does not yet match the requirements as a profile mismatch', () => {
    const r = read('Dear Liam,\n\nWe have reviewed your application. As your profile does not yet match our requirements, we will not be progressing your application.\n\nBest wishes,\nRecruitment Team', 'Internal Auditor');
    expect(r.reasons).toContain('profile_mismatch');
  });
});

describe('the stage of formal letters', () => {
  it('reads all three rounds gone through as final', () => {
    const r = read('Hi Amelia,\n\nThanks for sticking with us through all three rounds for the Senior Adviser role. I\'m afraid we have decided against making an offer.\n\nRegards,\nMD', 'Senior Adviser');
    expect(r.stage).toBe('final');
  });

  it('does not read the first of three rounds as final', () => {
    const r = read('Hi Amelia,\n\nThanks for the first of our three interview rounds for the Senior Adviser role. I\'m afraid we have decided not to take you forward.\n\nRegards,\nMD', 'Senior Adviser');
    expect(r.stage).not.toBe('final');
  });

  it('reads "the above interview which you attended" as an interview', () => {
    const r = read('Dear Applicant,\n\nRE: INTERVIEW FOR THE POSITION OF TELLER\n\nWe refer to the above interview which you attended. We regret to inform you that your application was not successful.\n\nYours faithfully,\nHuman Resources', 'Interview outcome');
    expect(r.stage).toBe('interview');
  });

  it('reads "the above position" with no interview as the application', () => {
    const r = read('Dear Applicant,\n\nRE: THE POSITION OF TELLER\n\nWe refer to your application for the above position. We regret to inform you that your application was not successful.\n\nYours faithfully,\nHuman Resources', 'Application outcome');
    expect(r.stage).toBe('application');
  });
});

describe('steps and answers told in other words', () => {
  it('reads senior appointments paused until a review is agreed as on hold', () => {
    const r = read('Hi Grace,\n\nFollowing your final interviews: the board has asked that all senior appointments be paused until the audit committee has met. You remain one of our preferred candidates, and we hope to resume next month.\n\nBest,\nChief People Officer', 'Head of Audit');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads senior appointments cancelled for good as a rejection', () => {
    const r = read('Hi Grace,\n\nFollowing your final interviews: the board has cancelled all senior appointments this year, so we will not be proceeding with your application.\n\nBest,\nChief People Officer', 'Head of Audit');
    expect(r.kind).toBe('rejection');
  });

  it('reads "you scored 48" beside the mark needed as a test at the assessment stage', () => {
    const r = read('Hi Ola,\n\nThanks for completing the recorded role-play for the Account Executive role. You scored 48, below the 60 we look for, so we won\'t be moving forward.\n\nThanks,\nRecruiting', 'Role-play result');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read "you spent 48 months" as a score', () => {
    const r = read('Hi Ola,\n\nThanks for applying for the Account Executive role. We need someone with five years in SaaS sales, and you spent 48 months in retail, so we won\'t be moving forward.\n\nThanks,\nRecruiting', 'Account Executive');
    expect(r.stage).toBe('application');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a task carried out as the assessment stage', () => {
    const r = read('Hello Deniz,\n\nThank you for carrying out the store audit task and sending us your notes. We have decided not to take you forward this time.\n\nRegards,\nArea Manager', 'Store Manager');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a task to be carried out later as the assessment stage', () => {
    const r = read('Hello Deniz,\n\nThank you for applying. We have decided not to invite you to the next stage, where candidates carry out a store audit.\n\nRegards,\nArea Manager', 'Store Manager');
    expect(r.stage).toBe('application');
  });

  it('reads "we won\'t be able to go ahead with the job offer" after references as a rejection', () => {
    const r = read('Hi Will,\n\nWe have now had your references back. I\'m sorry, but we won\'t be able to go ahead with the job offer.\n\nThanks,\nOperations', 'Bar Manager');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "we are glad to go ahead with the job offer" as a rejection', () => {
    const r = read('Hi Will,\n\nWe have now had your references back, and we are glad to go ahead with the job offer. Your contract will follow.\n\nThanks,\nOperations', 'Bar Manager');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads how the team works that the candidate would find frustrating as culture fit', () => {
    const r = read('Hey Sol,\n\nThanks for the chat. You said you like a fixed plan for the quarter; here plans change every week and everyone picks their own work, and I think you\'d find that frustrating pretty fast. So we won\'t be taking this further.\n\nCheers,\nFounder', 'intro');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read the candidate who would find the work rewarding as culture fit', () => {
    const r = read('Hey Sol,\n\nThanks for the chat. I think you\'d find the work rewarding, but we need someone with three years of Rust, so we won\'t be taking this further.\n\nCheers,\nFounder', 'intro');
    expect(r.reasons).not.toContain('culture_fit');
  });
});

