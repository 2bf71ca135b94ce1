/**
 * The stage reached, against stage words in boilerplate: steps told for everyone ("shortlisted candidates do a phone screen
 * with me, then …", "the bar to reach the technical interview is …", a coordinator "on the phone with clients all day") are no
 * steps the candidate took, and the sender sitting down with a committee after a call is no interview; declines told by the
 * step that will not follow ("she doesn't want to take it to the technical round") or by the one appointed instead; and reasons
 * told beside the process (an offer made and accepted, pay above the cap, the one covering the post on an interim basis, an
 * appointment suspended, a must-pass part missed, a preference against the way the team works). Messages written for this
 * test (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('steps told for everyone are no steps reached', () => {
  it('reads the steps shortlisted candidates go through as none taken', () => {
    const r = read('Hi Tomasz,\n\nThanks for applying to the Warehouse Lead role in Derby. A quick word on how we hire: shortlisted candidates do a phone call with me, then a forklift practical, then meet the site manager. Unfortunately I can\'t put you forward, as the role needs a current counterbalance licence.\n\nCheers,\nNiamh\nRecruiter, Calder Logistics', 'Warehouse Lead');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads the same steps, taken by the candidate, as reached', () => {
    const r = read('Hi Tomasz,\n\nThanks for doing the phone call with me, the forklift practical and meeting the site manager last week. Unfortunately we can\'t put you forward, as the role needs a current counterbalance licence.\n\nCheers,\nNiamh\nRecruiter, Calder Logistics', 'Warehouse Lead');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('application');
  });

  it('reads "shortlisted candidates will complete a test before partner interviews" as no interview', () => {
    const r = read('Dear Imran,\n\nThank you for applying for the Tax Associate role. Shortlisted candidates will complete a written test and a case study before partner interviews. We have reviewed your application and regret that we cannot shortlist you, as the role requires the full ACA qualification.\n\nRegards,\nHR, Lowther Carr', 'Tax Associate');
    expect(r.stage).toBe('application');
  });

  it('reads the bar to reach an interview as no interview, the test taken as the step', () => {
    const r = read('Hi Priya,\n\nThank you for taking the Codility challenge for the Data Engineer role. You passed 1 of the 3 tasks. The bar to reach the technical interview is all three tasks passing, so we can\'t move you forward this time.\n\nData Hiring Team', 'Your coding challenge');
    expect(r.stage).toBe('assessment');
  });

  it('still reads a technical interview held as an interview', () => {
    const r = read('Hi Priya,\n\nThank you for taking the Codility challenge and for your technical interview with Sam on Friday. The panel felt your Spark experience was thinner than we need, so we can\'t move you forward this time.\n\nData Hiring Team', 'Data Engineer');
    expect(r.stage).toBe('interview');
  });

  it('reads a job "on the phone with clients all day" as no call of the candidate\'s', () => {
    const r = read('Hi Lou,\n\nThanks for your application for Office Coordinator. Our office is busy and the coordinator is on the phone with suppliers all day, and your letter says you want a quiet back-office role, so we don\'t think it would suit you.\n\nAll the best,\nMarta', 'Office Coordinator');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('still reads a talk on the phone with the candidate as a screen', () => {
    const r = read('Hi Lou,\n\nThanks for speaking with me on the phone yesterday about the Office Coordinator role. You mentioned wanting a quiet back-office role, so we don\'t think it would suit you.\n\nAll the best,\nMarta\nRecruitment Coordinator', 'Office Coordinator');
    expect(r.stage).toBe('screen');
  });

  it('reads the sender sitting down with the committee after a first call as a screen', () => {
    const r = read('Hi Joel,\n\nAfter our initial call I sat down with the hiring committee. The committee decided to move forward with people whose background is closer to the role.\n\nBest regards,\nAmara\nTalent Acquisition Specialist', 'Investment Analyst');
    expect(r.stage).toBe('screen');
  });

  it('still reads the candidate sitting down with the committee as an interview', () => {
    const r = read('Hi Joel,\n\nThank you for sitting down with the hiring committee on Thursday. The committee decided to move forward with people whose background is closer to the role.\n\nBest regards,\nAmara\nTalent Acquisition Specialist', 'Investment Analyst');
    expect(r.stage).toBe('interview');
  });
});

describe('declines told by the step that will not follow, or the one appointed', () => {
  it('reads "who to invite for a chat" as a process, the decline beside it read', () => {
    const r = read('Hi Sam,\n\nThanks for applying to be our Studio Manager. We read every application together before deciding who to invite for a chat. Your letter says you want a quiet role with little client contact, and ours is on the phone with clients all day, so we don\'t think it would suit you.\n\nBest,\nHattie', 'Studio Manager');
    expect(r.kind).toBe('rejection');
  });

  it('still reads an invitation for a chat as one', () => {
    const r = read('Hi Sam,\n\nThanks for applying to be our Studio Manager. We read every application together, and we would love to invite you for a chat next week. Could you let me know your availability?\n\nBest,\nHattie', 'Studio Manager');
    expect(r.kind).toBe('interview_invite');
  });

  it('reads "she doesn\'t want to take it to the technical round" as a decline', () => {
    const r = read('Hi Dev,\n\nThanks for the chat on Tuesday. I passed everything along to Rosa, who leads the platform team. She\'s keen on people who\'ve run Kubernetes in production, and for that reason she doesn\'t want to take it to the technical round.\n\nBest,\nGreg\nRecruiter', 'Platform Engineer');
    expect(r.kind).toBe('rejection');
  });

  it('still reads "she wants to take it to the technical round" as no decline', () => {
    const r = read('Hi Dev,\n\nThanks for the chat on Tuesday. I passed everything along to Rosa, who leads the platform team, and she wants to take it to the technical round. I\'ll send some times shortly.\n\nBest,\nGreg\nRecruiter', 'Platform Engineer');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we won\'t be scheduling the follow-up interview" as a decline', () => {
    const r = read('Hi Lena,\n\nThanks for the take-home. The solution didn\'t handle pagination and the tests only covered the happy path. Those are the main things we grade, so we won\'t be scheduling the follow-up interview.\n\nKaitlyn, Recruiting', 'Take-home result');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('assessment');
  });

  it('still reads a follow-up interview put off until next week as no decline', () => {
    const r = read('Hi Lena,\n\nThanks for the take-home, the team enjoyed reading it. We won\'t be scheduling the follow-up interview until next week, as two of the panel are away.\n\nKaitlyn, Recruiting', 'Take-home result');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads another appointed, who covered the post on an interim basis, as a decline for an internal candidate', () => {
    const r = read('Hi Marcus,\n\nYou were one of our two finalists, and I wanted to tell you myself. After a lot of thought we\'ve decided to appoint Priti, who\'s been running the department on an acting basis.\n\nBest,\nAlan\nDirector of Operations', 'Head of Operations');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('reads another appointed who led a team elsewhere as no internal candidate', () => {
    const r = read('Hi Marcus,\n\nYou were one of our two finalists, and I wanted to tell you myself. After a lot of thought we\'ve decided to appoint Priti, who has been running a department at another trust.\n\nBest,\nAlan\nDirector of Operations', 'Head of Operations');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe('reasons told beside the process', () => {
  it('reads a post offered and accepted as filled', () => {
    const r = read('Hi Jana,\n\nThank you for applying to be our Bookkeeper. We invited a few people to interview, and the position has now been offered and accepted.\n\nThanks,\nOla', 'Bookkeeper');
    expect(r.reasons).toContain('position_filled');
  });

  it('reads a shortlisting that has taken place as no post filled', () => {
    const r = read('Dear Applicant,\n\nThank you for your application. Shortlisting for this post has now taken place and, on this occasion, you have not been shortlisted for interview.\n\nRecruitment Team', 'Outcome of your application');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('position_filled');
  });

  it('reads the fit with the role and the culture not right as both', () => {
    const r = read('Hi Ana,\n\nThanks for spending the day with the team. We felt the fit with the role and with the culture here wasn\'t quite right, so we won\'t be making an offer.\n\nRowan', 'Maker');
    expect(r.reasons).toEqual(expect.arrayContaining(['profile_mismatch', 'culture_fit']));
  });

  it('reads the fit with the culture alone not right as culture only', () => {
    const r = read('Hi Ana,\n\nThanks for spending the day with the team. We felt the fit with the culture here wasn\'t quite right, so we won\'t be making an offer.\n\nRowan', 'Maker');
    expect(r.reasons).toContain('culture_fit');
    expect(r.reasons).not.toContain('profile_mismatch');
  });

  it('reads experience going well beyond what the role offers as overqualified', () => {
    const r = read('Hi Gareth,\n\nIt was good to meet you on Friday. We think your experience running whole hotel groups goes well beyond what this Duty Manager role can offer, so we won\'t be moving forward.\n\nEllie', 'Duty Manager');
    expect(r.reasons).toContain('overqualified');
  });

  it('reads experience short of what the role needs as no overqualification', () => {
    const r = read('Hi Gareth,\n\nIt was good to meet you on Friday. We think your experience of running a team falls short of what this Duty Manager role needs, so we won\'t be moving forward.\n\nEllie', 'Duty Manager');
    expect(r.reasons).not.toContain('overqualified');
  });

  it('reads an expected package beyond what can be offered as salary', () => {
    const r = read('Hi Omar,\n\nFollowing our call yesterday I spoke with the finance director. I\'m afraid your expected package of 40,000 a month is beyond what we\'re able to offer for this role, so we won\'t be moving forward.\n\nLayla', 'Front Office Manager');
    expect(r.reasons).toContain('salary');
  });

  it('reads a notice period beyond what can be waited as no salary', () => {
    const r = read('Hi Omar,\n\nFollowing our call yesterday I spoke with the finance director. I\'m afraid your notice period of three months is beyond what we\'re able to wait for this role, so we won\'t be moving forward.\n\nLayla', 'Front Office Manager');
    expect(r.reasons).not.toContain('salary');
  });

  it('reads an appointment suspended as the role closed', () => {
    const r = read('Dear Mr Ortega,\n\nThank you for attending the final panel. The trustees have asked us to suspend the appointment of the Finance Director until the merger talks conclude. No decision has been made about any candidate, and we will write to you as soon as we can resume.\n\nYours sincerely,\nSearch Team', 'Finance Director');
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads a must-pass session not passed as the assessment', () => {
    const r = read('Hi Tomas,\n\nThank you for your time at the onsite. In the system design session you didn\'t reach a working design within the hour, and the committee treats that session as a must-pass for this level. So we\'re not able to extend an offer this time.\n\nPriya, Recruiting', 'Onsite');
    expect(r.reasons).toContain('assessment');
  });

  it('reads a must-pass session passed, and another chosen, as no failed assessment', () => {
    const r = read('Hi Tomas,\n\nThank you for your time at the onsite. You passed the system design session, which is a must-pass for this level. In the end we chose a candidate with more experience of leading teams, so we\'re not able to extend an offer this time.\n\nPriya, Recruiting', 'Onsite');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads a preferred style against the way the team works as culture', () => {
    const r = read('Hi Dana,\n\nThank you for meeting our CEO on Monday. In the end we\'ve decided not to move forward. The feedback was that you prefer a fixed annual plan, while we change direction every quarter.\n\nWill', 'Head of Product');
    expect(r.reasons).toContain('culture_fit');
  });

  it('reads a preference against how loosely the team is organised as culture, the missing skill beside it too', () => {
    const r = read('Hi Ravi,\n\nThanks for your time with the team on Wednesday. First, we need someone who has run incident response for a SOC, and that wasn\'t part of your past roles. Second, the team felt your preference for a tightly defined remit didn\'t match how loosely our team is organised.\n\nMarek', 'Security Lead');
    expect(r.reasons).toEqual(expect.arrayContaining(['skills_gap', 'culture_fit']));
  });

  it('reads experience "a bit different from what we\'re looking for" as a mismatch', () => {
    const r = read('Hi Callum,\n\nThanks for speaking with me on Monday. We felt your experience is a bit different from what we\'re looking for, so we won\'t be moving to interviews.\n\nAria, Recruitment', 'Account Executive');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('reads a stated preference for the work as no missing skill', () => {
    const r = read('Hi Ethan,\n\nThanks for our call last week. When we discussed it you said you\'d prefer to stay focused only on backend work, and the founders felt that wouldn\'t fit how we operate right now.\n\nRuth', 'Engineer');
    expect(r.reasons).toContain('culture_fit');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a preference for working alone, with little interest in working with families, as culture', () => {
    const r = read('Dear Maya,\n\nThank you for completing our values questionnaire for the Support Worker role. Your responses suggested a strong preference for working on your own and limited interest in working closely with families, which is a large part of the job. For this reason we will not be progressing your application.\n\nBest wishes,\nBrook House', 'Support Worker');
    expect(r.reasons).toContain('culture_fit');
  });

  it('reads a preference for working alone, the role being solo work, as no culture clash', () => {
    const r = read('Dear Maya,\n\nThank you for completing our values questionnaire for the Night Support Worker role. Your responses suggested a strong preference for working on your own, which suits the role. However, we have offered the post to a candidate with a current driving licence.\n\nBest wishes,\nBrook House', 'Support Worker');
    expect(r.reasons).not.toContain('culture_fit');
  });
});

describe('a door left open beside the decline', () => {
  it('reads "if you ever relocate, please reach out" as a door open', () => {
    const r = read('Hi Mei,\n\nThanks for applying for the Field Technician role. Unfortunately the role requires you to live near our Leeds depot, and you are based in Bristol. If you ever do relocate to Yorkshire, please reach out - we hire all year.\n\nCheers,\nBrent\nRecruiter', 'Field Technician');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if you ever relocate, your travel would be too long" as no door', () => {
    const r = read('Hi Mei,\n\nThanks for applying for the Field Technician role. Unfortunately the role requires you to live near our Leeds depot, and you are based in Bristol. Even if you relocate, the start date would be too soon for us.\n\nCheers,\nBrent\nRecruiter', 'Field Technician');
    expect(r.doorOpen).toBe(false);
  });

  it('reads details held for senior posts that open up, with a call promised then, as a door open', () => {
    const r = read('Hi Fatima,\n\nI\'m afraid your expected package is beyond what we can offer for this role, so we won\'t be moving forward. I\'ll hold on to your details, as we do have more senior positions that open up from time to time and I\'d like to call you then.\n\nRohan\nTalent Acquisition', 'Guest Experience Manager');
    expect(r.doorOpen).toBe(true);
  });

  it('reads details held only for the paperwork as no door', () => {
    const r = read('Hi Fatima,\n\nI\'m afraid your expected package is beyond what we can offer for this role, so we won\'t be moving forward. I\'ll hold on to your details for six months, as our retention policy requires, and then delete them.\n\nRohan\nTalent Acquisition', 'Guest Experience Manager');
    expect(r.doorOpen).toBe(false);
  });
});

describe('feedback given or offered beside the step, a pause that closes the role, and requirements set against the work', () => {
  it('reads a score of a named test against the benchmark as feedback', () => {
    const r = read('Hi Tom,\n\nThank you for completing the online tests for our Graduate Scheme. Your verbal reasoning score was 38%, below the 55% benchmark required to progress, so we will not be taking your application further.\n\nEarly Careers Team', 'Test results');
    expect(r.feedback).toBe(true);
  });

  it('reads a named test with no score told as no feedback', () => {
    const r = read('Hi Tom,\n\nThank you for completing the online tests for our Graduate Scheme. Your verbal reasoning test has now been reviewed, and we will not be taking your application further.\n\nEarly Careers Team', 'Test results');
    expect(r.feedback).toBe(false);
  });

  it('reads what the solution did instead of what was wanted as feedback', () => {
    const r = read('Hi Ana,\n\nThanks for the take-home. The solution read the whole file into memory instead of streaming it, and the tests only covered the happy path, so we won\'t be moving forward.\n\nRecruiting', 'Take-home');
    expect(r.feedback).toBe(true);
  });

  it('reads a take-home thanked for, with others chosen, as no feedback', () => {
    const r = read('Hi Ana,\n\nThanks for the take-home. We received many strong solutions and have decided to move forward with other candidates.\n\nRecruiting', 'Take-home');
    expect(r.feedback).toBe(false);
  });

  it('reads "I can ask Hugo for more detailed notes" as feedback offered', () => {
    const r = read('Hi Oskar,\n\nI\'m sorry to let you know that after your interview with Hugo, the team has decided to proceed with other candidates. I can ask Hugo for more detailed notes if you\'d like - just let me know.\n\nSigne\nRecruiter', 'Senior Consultant');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads Hugo taking notes in the interview as no feedback offered', () => {
    const r = read('Hi Oskar,\n\nI\'m sorry to let you know that after your interview, in which Hugo took detailed notes, the team has decided to proceed with other candidates.\n\nSigne\nRecruiter', 'Senior Consultant');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads a search paused for good, the role closed, as a decline', () => {
    const r = read('Hi Meera,\n\nAfter your final interviews, the leadership team decided to pause the Head of Sales search entirely as part of a cost review, and the role is now closed. This has nothing to do with you.\n\nJess\nHead of People', 'Head of Sales');
    expect(r.kind).toBe('rejection');
  });

  it('reads a search paused, the role kept open, as a hold', () => {
    const r = read('Hi Meera,\n\nAfter your final interviews, the leadership team decided to pause the Head of Sales search while the budget is reviewed. No decision has been made on candidates, and I will update you in two weeks.\n\nJess\nHead of People', 'Head of Sales');
    expect(r.kind).toBe('on_hold');
  });

  it('reads "the quality was good, but the role requires specialist knowledge of …" as a skills gap', () => {
    const r = read('Dear Ines,\n\nThank you for completing the translation test for the Legal Translator role. Our reviewers found the general quality good, but the role requires specialist knowledge of French tax law terminology, and several terms were not rendered correctly. We will not proceed to the interview.\n\nBest regards,\nLinguaPro', 'Translation test');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "the quality was good, but the role requires someone based in Lyon" as no skills gap', () => {
    const r = read('Dear Ines,\n\nThank you for completing the translation test for the Legal Translator role. Our reviewers found the general quality good, but the role requires someone based in Lyon, and you live in Porto. We will not proceed to the interview.\n\nBest regards,\nLinguaPro', 'Translation test');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the lead keen on people with one kind of work, the candidate\'s mostly in another, as a skills gap', () => {
    const r = read('Hi Leo,\n\nThanks for the chat on Monday. I passed it on to Aoife, who leads the data team. She\'s keen on people who\'ve built pipelines in Scala, and from our conversation your data work has mostly been in Excel and SQL. For that reason she doesn\'t want to take it further.\n\nBest,\nGreg\nRecruiter', 'Data Engineer');
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads the candidate\'s work mostly in one place, with no one keen on another, as no skills gap', () => {
    const r = read('Hi Leo,\n\nThanks for the chat on Monday. From our conversation your data work has mostly been in London, and the role is in Leeds five days a week, so we won\'t take it further.\n\nBest,\nGreg\nRecruiter', 'Data Engineer');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a flaw in the test that names a core part of the role as the test and a skills gap', () => {
    const r = read('Dear Helen,\n\nThank you for completing the financial modelling assessment for the Analyst role. Your score was 55/100 against a pass mark of 70. In particular, the reviewers noted that the cash flow did not reconcile and that there was no sensitivity analysis, which is a core part of the role. For this reason we won\'t be inviting you to interview.\n\nTalent Team', 'Assessment outcome');
    expect(r.reasons).toEqual(expect.arrayContaining(['assessment', 'skills_gap']));
  });

  it('reads the same flaw, named only against the test, as the test alone', () => {
    const r = read('Dear Helen,\n\nThank you for completing the financial modelling assessment for the Analyst role. Your score was 55/100 against a pass mark of 70. In particular, the reviewers noted that the cash flow did not reconcile and that there was no sensitivity analysis, which cost you marks. For this reason we won\'t be inviting you to interview.\n\nTalent Team', 'Assessment outcome');
    expect(r.reasons).toContain('assessment');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the submissions compared and others stronger as the task\'s result beside the mismatch', () => {
    const r = read('Hi Eve,\n\nThank you for submitting your level design task. Our panel compared all submissions and felt that others were stronger and more closely matched the brief. We won\'t be inviting you to the interview stage.\n\nBest,\nRook Games', 'Design task');
    expect(r.reasons).toContain('assessment');
  });

  it('reads the applications compared and others stronger as no test result', () => {
    const r = read('Hi Eve,\n\nThank you for applying for the Level Designer role. Our panel compared all applications and felt that others were stronger and more closely matched the brief. We won\'t be inviting you to the interview stage.\n\nBest,\nRook Games', 'Level Designer');
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads "if our budget changes, I\'ll be the first to call" as a door open', () => {
    const r = read('Hi Chris,\n\nThanks for coming in for the final round. The compensation you need is above the ceiling we have for the role, and we could not get an exception. If our budget changes, I\'ll be the first to call.\n\nSarah\nVP Engineering', 'Offer discussion');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if our budget changes, the role may reopen" with no call as no door', () => {
    const r = read('Hi Chris,\n\nThanks for coming in for the final round. The compensation you need is above the ceiling we have for the role, and we could not get an exception. Even if our budget changes, the ceiling for this role will stay where it is.\n\nSarah\nVP Engineering', 'Offer discussion');
    expect(r.doorOpen).toBe(false);
  });
});
