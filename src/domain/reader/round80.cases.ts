/**
 * Banks, consulting, audit and law firms: doors told in graduate recruitment's words (try for the programme again, applied more
 * than once, a direct application in a future year, details passed across to a team that is hiring), short declines, reasoning
 * tests listed and games played through, entry criteria and exams left, schemes made for career starters, others compared with
 * no requirement named, an intake under review during a merger, and what was missed in a case, an in-tray or a model. Messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must still read the other
 * way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe("the door in graduate recruitment's words", () => {
  it('reads "you are very welcome to try for the insight programme again next year" as a door', () => {
    const r = read('Hi Dev,\n\nThank you for applying to the Spring Insight Programme. Sadly your application was not successful on this occasion.\n\nYou are very welcome to try for the insight programme again next year.\n\nBest,\nEmerging Talent, Corvane Asset Management');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it("does not read the firm's own hope to try for a bigger intake again as a door", () => {
    const r = read('Hi Dev,\n\nThank you for applying to the Spring Insight Programme. Sadly your application was not successful on this occasion.\n\nWe hope to try for a bigger intake again next year.\n\nBest,\nEmerging Talent, Corvane Asset Management');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it(`reads "don't let this put you off - many of our partners applied more than once" as a door`, () => {
    const r = read('Dear Siya,\n\nThank you for your application to our trainee accountant programme. Unfortunately it was not successful.\n\nPlease do not let this put you off - many of our partners applied more than once before joining.\n\nKind regards,\nTrainee Recruitment');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read partners who applied more than once, with no encouragement, as a door', () => {
    const r = read('Dear Siya,\n\nThank you for your application to our trainee accountant programme. Unfortunately it was not successful.\n\nMany of our partners applied more than once before joining.\n\nKind regards,\nTrainee Recruitment');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we would welcome a direct application from you in a future year" as a door', () => {
    const r = read('Dear Oliver,\n\nThank you for spending two weeks with us on the Winter Vacation Scheme. After the closing interview I am sorry to say we cannot offer you a training contract.\n\nWe would welcome a direct application from you in a future year.\n\nYours sincerely,\nGraduate Recruitment, Marlowe Finch LLP');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a welcome for applications from others as a door', () => {
    const r = read('Dear Oliver,\n\nThank you for spending two weeks with us on the Winter Vacation Scheme. After the closing interview I am sorry to say we cannot offer you a training contract.\n\nWe would welcome a direct application from anyone in the audit team.\n\nYours sincerely,\nGraduate Recruitment, Marlowe Finch LLP');
    expect(r.doorOpen).toBe(false);
  });

  it('reads the CV passed across to another team that is hiring as a door', () => {
    const r = read('Hi Tariq,\n\nThanks for applying to the Graduate Audit intake. We will not be taking your application forward.\n\nOur risk advisory team is hiring experienced associates this quarter, and I have passed your CV across.\n\nRegards,\nCampus Team');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a CV passed across to a client as a door', () => {
    const r = read('Hi Tariq,\n\nThanks for applying to the Graduate Audit intake. We will not be taking your application forward.\n\nI have passed your CV across to the client for their records.\n\nRegards,\nCampus Team');
    expect(r.doorOpen).toBe(false);
  });
});

describe('declines in few words', () => {
  it(`reads "your application hasn't gone through this time" as a rejection`, () => {
    const r = read('Hi Mia,\n\nThanks for applying for the Summer Internship in Fund Operations. Unfortunately your application hasn\'t gone through this time.\n\nAll the best,\nEarly Careers, Pellham Investors');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it("does not read a payment that hasn't gone through as a rejection", () => {
    const r = read('Hi Mia,\n\nThanks for starting an application for the Summer Internship in Fund Operations. It looks like your payment hasn\'t gone through this time, so please try the card again.\n\nAll the best,\nEarly Careers, Pellham Investors');
    expect(r.kind).toBe('other');
  });

  it('reads a score that fell below what the firm needs as a rejection on the test', () => {
    const r = read('Dear Ruth,\n\nThank you for completing the case study exercise for the Trainee Solicitor programme. Your score fell below what we need to invite candidates to the assessment centre.\n\nKind regards,\nGraduate Recruitment');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read a number of applications below what was expected as a decline', () => {
    const r = read('Dear Ruth,\n\nThank you for completing the case study exercise for the Trainee Solicitor programme. The number of applications fell below what we expected this year, and we will be in touch with your result shortly.\n\nKind regards,\nGraduate Recruitment');
    expect(r.kind).toBe('other');
  });
});

describe("tests named in the finance and law firms' way", () => {
  it('reads reasoning tests listed with commas as a test taken', () => {
    const r = read('Dear Ellis,\n\nThank you for completing the abstract, numerical and verbal reasoning tests for our Graduate Programme. Regrettably we will not be progressing your application.\n\nRegards,\nTalent Team');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read an application form named before any tests as a test taken', () => {
    const r = read('Dear Ellis,\n\nThank you for completing the online application form, which is the first step before any tests for our Graduate Programme. Regrettably we will not be progressing your application.\n\nRegards,\nTalent Team');
    expect(r.stage).toBe('application');
  });

  it('reads a gamified assessment played through as a test taken', () => {
    const r = read('hi Sam, thanks for playing through our gamified assessment for the Operations Analyst role. sadly your results were not strong enough to move forward this time. - Talent team');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read a plain application to the same role as a test', () => {
    const r = read('hi Sam, thanks for applying for the Operations Analyst role. sadly we will not move forward with your application this time. - Talent team');
    expect(r.stage).toBe('application');
  });
});

describe("entry requirements and the candidate's side", () => {
  it(`reads "the role is open to students who have passed two exams" and the form's count as a skills gap`, () => {
    const r = read('Dear Nadia,\n\nThank you for your application for the Actuarial Trainee role.\n\nThe role is open to students who have passed at least two actuarial exams. Your form shows no exams passed yet, so we cannot consider it further.\n\nRegards,\nRecruitment');
    expect(r.reasons).toEqual(['skills_gap']);
    expect(r.feedback).toBe(true);
  });

  it('does not read the same requirement followed by a decline for volume as a skills gap', () => {
    const r = read('Dear Nadia,\n\nThank you for your application for the Actuarial Trainee role.\n\nThe role is open to students who have passed at least two actuarial exams. We received many strong applications and will not be taking yours further.\n\nRegards,\nRecruitment');
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads entry criteria and a classification below them as a skills gap', () => {
    const r = read('Dear Mr Osei,\n\nThank you for applying for our 2030 training contract.\n\nOur entry criteria require a 2:1 degree or above. Your achieved classification is a 2:2, so we are unable to progress your application.\n\nRegards,\nGraduate Recruitment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read a classification that meets the criteria, with an invitation, as a decline', () => {
    const r = read('Dear Mr Osei,\n\nThank you for applying for our 2030 training contract.\n\nOur entry criteria require a 2:1 degree or above. Your achieved classification is a 2:1, so we are pleased to invite you to a video interview.\n\nRegards,\nGraduate Recruitment');
    expect(r.kind).toBe('interview_invite');
  });

  it('reads "needs someone already CIMA qualified, and you still have three papers left" as a skills gap', () => {
    const r = read('Hi Zoe,\n\nThanks for the call about the Audit Senior job. The client needs someone who is already CIMA qualified, and you still have three papers left, so I won\'t be putting you forward.\n\nCheers,\nRecruiter');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read papers left, with the role given to another and no requirement, as a skills gap', () => {
    const r = read('Hi Zoe,\n\nThanks for the call about the Audit Senior job. You still have three papers left this year, so good luck with the exams. The client has decided to go with another candidate.\n\nCheers,\nRecruiter');
    expect(r.reasons).toEqual(['generic']);
  });

  it("reads a graduate programme made for career starters, beside six years' experience, as overqualified", () => {
    const r = read('Hi Paolo,\n\nThank you for applying to the Graduate Analyst Programme. The programme is designed for people at the start of their careers, and with six years in credit risk you would be covering ground you already know, so we will not take your application forward.\n\nBest,\nEarly Careers');
    expect(r.reasons).toEqual(['overqualified']);
  });

  it('does not read the same programme description, with nothing said of the candidate, as overqualified', () => {
    const r = read('Hi Paolo,\n\nThank you for applying to the Graduate Analyst Programme. The programme is designed for people at the start of their careers, and we had many applicants this year, so we will not take your application forward.\n\nBest,\nEarly Careers');
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('others compared without a requirement, and the way of working', () => {
  it('reads "the people we are inviting are closer to what the team needs" as a profile mismatch', () => {
    const r = read('Hi Ben,\n\nThanks for applying for the Transfer Pricing Consultant role. We have looked at every application, and the people we are inviting to interview are closer to what the team needs, so we will not progress yours.\n\nRegards,\nTalent Acquisition');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read interviews closer to the end of the month as a decline', () => {
    const r = read('Hi Ben,\n\nThanks for applying for the Transfer Pricing Consultant role. We have looked at every application, and the interviews are closer to the end of the month, so we will not be in touch before then.\n\nRegards,\nTalent Acquisition');
    expect(r.kind).toBe('other');
  });

  it('reads other candidates who demonstrated a clearer understanding as a profile mismatch', () => {
    const r = read('Dear Farah,\n\nThank you for attending the first-round interview for the Strategy Analyst Programme. The panel felt other candidates demonstrated a clearer understanding of why they wanted to join a consultancy, and we will not be taking you forward.\n\nKind regards,\nRecruiting');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it("does not read the candidate's own clear understanding, with an invitation, as a decline", () => {
    const r = read('Dear Farah,\n\nThank you for attending the first-round interview for the Strategy Analyst Programme. The panel felt you demonstrated a clear understanding of why you wanted to join a consultancy, and we would like to invite you to the final round.\n\nKind regards,\nRecruiting');
    expect(r.kind).toBe('interview_invite');
  });

  it('reads applicants prioritised whose answers more clearly showed an interest as a profile mismatch', () => {
    const r = read('Dear Applicant,\n\nThank you for applying to our Spring Week. We have prioritised applicants whose written answers more clearly showed an interest in markets, and so we will not be offering you a place.\n\nCampus Recruitment');
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read applications prioritised in order of receipt as a profile mismatch', () => {
    const r = read('Dear Applicant,\n\nThank you for applying to our Spring Week. We have prioritised applications in the order they were received, and so we will not be offering you a place as all places are now taken.\n\nCampus Recruitment');
    expect(r.reasons).toEqual(['position_filled']);
  });

  it("reads a preference for one's own hours against close teamwork, and the selected candidate's stronger experience, as culture fit and profile mismatch", () => {
    const r = read('Dear Lena,\n\nThank you for attending the final interviews for the Audit Assistant role. The partner felt you prefer working alone and keeping your own hours, while our teams work closely together on client sites every day. Together with the stronger client-facing experience of the selected candidate, we have decided not to offer you the position.\n\nRegards,\nHR');
    expect(r.reasons).toEqual(['culture_fit', 'profile_mismatch']);
  });

  it("does not read the practice's stronger order book as a profile mismatch beside the culture fit", () => {
    const r = read('Dear Lena,\n\nThank you for attending the final interviews for the Audit Assistant role. The partner felt you prefer working alone and keeping your own hours, while our teams work closely together on client sites every day. Together with the stronger order book of the practice this year, we have decided not to offer you the position.\n\nRegards,\nHR');
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it("reads a preference for working alone and keeping one's own hours against close teamwork as culture fit", () => {
    const r = read('Dear Lena,\n\nThank you for attending the final interviews for the Audit Assistant role. The partner felt you prefer working alone and keeping your own hours, while our teams work closely together on client sites every day. We will not be offering you the position.\n\nRegards,\nHR');
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('does not read set shift hours the candidate cannot work as culture fit', () => {
    const r = read('Dear Lena,\n\nThank you for attending the final interviews for the Audit Assistant role. You told us you prefer working alone and the role needs set shift hours on site, while our teams work closely together on client sites every day. We will not be offering you the position.\n\nRegards,\nHR');
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('a process paused by the firm, and a date moved for the candidate', () => {
  it('reads "no decisions will be made until the combined programme is agreed" as on hold', () => {
    const r = read('Dear Jonah,\n\nThank you for your patience since your first interview. Our firm is completing a merger, and no decisions will be made until the combined graduate programme is agreed, probably in February. Your application remains open.\n\nGraduate Recruitment');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('interview');
  });

  it('does not read no decisions until Friday as a pause', () => {
    const r = read('Dear Jonah,\n\nThank you for your patience since your first interview. No decisions will be made until Friday, when the panel meets; we will write to you then.\n\nGraduate Recruitment');
    expect(r.kind).toBe('other');
  });

  it('reads an intake under review while two practices combine as on hold with the role closed', () => {
    const r = read('Dear Jonah,\n\nThank you for your patience since your first interview. The 2028 intake is under review while the two practices combine, so the process is paused for now. Your application remains open.\n\nGraduate Recruitment');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('does not read an application under review while other interviews finish as the role closed', () => {
    const r = read('Dear Jonah,\n\nThank you for your patience since your first interview. Your application is under review while the panel completes the other interviews, so the process is paused for now.\n\nGraduate Recruitment');
    expect(r.reasons).toEqual(['generic']);
  });

  it("does not read a start date deferred at the candidate's request as on hold", () => {
    const r = read('Dear Mr Adebayo,\n\nFurther to your request, I confirm that your start date has been deferred from September 2027 to March 2028 so that you may finish your LLM. The other terms of your offer are unchanged.\n\nKind regards,\nGraduate Recruitment');
    expect(r.kind).toBe('other');
  });

  it("reads the intake's start date deferred while the firm reviews its budget as on hold", () => {
    const r = read('Dear Mr Adebayo,\n\nI am writing to let you know that the start date for the trainee intake has been deferred from September 2027 to March 2028 while the firm reviews its budget. We will be in touch with more news.\n\nKind regards,\nGraduate Recruitment');
    expect(r.kind).toBe('on_hold');
  });
});

describe('the result of a case, an in-tray or a model', () => {
  it("reads what the candidate did not do in a named case as the test's result and as feedback", () => {
    const r = read('Hi Leo,\n\nThank you for the case interviews on Thursday. In the market-entry case you did not size the market before jumping to recommendations, so we will not be inviting you to the final round.\n\nBest,\nRecruiting');
    expect(r.reasons).toEqual(['assessment']);
    expect(r.feedback).toBe(true);
  });

  it("does not read a case done well, with limited places, as the test's result", () => {
    const r = read('Hi Leo,\n\nThank you for the case interviews on Thursday. In the market-entry case you did very well, but we have limited places and will not be inviting you to the final round.\n\nBest,\nRecruiting');
    expect(r.reasons).toEqual(['generic']);
    expect(r.feedback).toBe(false);
  });

  it("reads points missed that were central to the exercise as the test's result and as feedback", () => {
    const r = read('Dear Ama,\n\nThank you for completing the in-tray exercise. You did not pick up the unsigned engagement letter or the stale bank reconciliation, both of which were central to the exercise. We will not be progressing your application.\n\nRegards,\nResourcing');
    expect(r.reasons).toEqual(['assessment']);
    expect(r.feedback).toBe(true);
  });

  it('does not read what was central to the exercise, handled by others, as feedback', () => {
    const r = read('Dear Ama,\n\nThank you for completing the in-tray exercise. Time management and prioritisation, both of which were central to the exercise, were handled well by most candidates. We will not be progressing your application.\n\nRegards,\nResourcing');
    expect(r.reasons).toEqual(['generic']);
    expect(r.feedback).toBe(false);
  });

  it("reads a balance sheet that did not balance as the test's result", () => {
    const r = read('Hi Theo,\n\nThanks for the modelling test for the Associate role. Your balance sheet did not balance in the final two years, so we have decided not to move you forward.\n\nRegards,\nPrincipal');
    expect(r.reasons).toEqual(['assessment']);
  });

  it("does not read balancing the team's workload as the test's result", () => {
    const r = read('Hi Theo,\n\nThanks for the modelling test for the Associate role. We need to balance the team\'s workload this quarter, so we have decided not to move you forward.\n\nRegards,\nPrincipal');
    expect(r.reasons).toEqual(['generic']);
  });

  it("reads a named part's score given in brackets, below the level the programme needs, as feedback", () => {
    const r = read('Hi Grace,\n\nThanks for sitting our reasoning tests. Your numerical reasoning score (31st percentile) was below the level we need for the programme, so we cannot take your application further.\n\nEarly Careers');
    expect(r.feedback).toBe(true);
  });

  it('does not read an overall score below the level as feedback', () => {
    const r = read('Hi Grace,\n\nThanks for sitting our reasoning tests. Your overall score was below the level we need for the programme, so we cannot take your application further.\n\nEarly Careers');
    expect(r.feedback).toBe(false);
  });
});

describe('a vacancy taken down, and the interview thanked after the interest', () => {
  it('reads a vacancy taken down as the role closed, not filled', () => {
    const r = read('Dear Omar,\n\nThank you for applying to the Spring Internship in Equity Sales. The desk has decided not to hire interns this spring and the vacancy has been taken down, so we cannot proceed with your application.\n\nBest wishes,\nCampus Recruitment');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('still reads a vacancy taken by another applicant as filled', () => {
    const r = read('Dear Omar,\n\nThank you for applying to the Spring Internship in Equity Sales. The vacancy has been taken by another applicant, so we cannot proceed with your application.\n\nBest wishes,\nCampus Recruitment');
    expect(r.reasons).toEqual(['position_filled']);
  });

  it('reads "thank you for your interest in the firm and for interviewing for the role" as an interview', () => {
    const r = read('Dear Priya,\n\nThank you for your interest in Halden Partners and for interviewing for the Associate role. We will not be making you an offer.\n\nKind regards,\nRecruiting');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read "and for applying for the role" as an interview', () => {
    const r = read('Dear Priya,\n\nThank you for your interest in Halden Partners and for applying for the Associate role. We will not be making you an offer.\n\nKind regards,\nRecruiting');
    expect(r.stage).toBe('application');
  });
});
