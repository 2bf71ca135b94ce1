/**
 * Reasons told in people's words: pay set against the candidate's figure, roles withdrawn or hires frozen, posts filled
 * from inside, others in a closer alignment, scores on the task, and how the team works. Messages written for this test
 * (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Ilse,\n\n${body}\n\nKind regards,\nRecruitment Team`;

describe('salary: the candidate\'s figure against what the employer has', () => {
  it('reads "your expectation of 92k is well above the band we have had approved" as salary', () => {
    const r = read(wrap('Thank you for the interview for the Treasury Analyst role. Your expectation of 92k is well above the band we have had approved, so we will not be moving forward with your application.'));
    expect(r.reasons).toContain('salary');
  });

  it('reads "your expectation of 24 LPA is beyond what we can offer" as salary', () => {
    const r = read(wrap('Thank you for applying for the Site Engineer post in Pune. Your expectation of 24 LPA is beyond what we can offer for this grade, so we are unable to take your application further.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('reads "the €70k you are on is above the ceiling" as salary', () => {
    const r = read(wrap('Thanks for the call on Monday. Unfortunately we will not be progressing your application: the €70k you are on is above the ceiling the client has set for this hire.'));
    expect(r.reasons).toContain('salary');
  });

  it('reads "the $84,000 you have listed as your expected salary is well above what we pay" as salary', () => {
    const r = read(wrap('Thanks for applying for the Shift Lead role. The $84,000 you have listed as your expected salary is well above what we pay for this post, so we will not be going ahead.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('does not read "your expectations of rapid promotion are beyond what we can offer" as salary', () => {
    const r = read(wrap('Thanks for the interview. Your expectations of rapid promotion are well beyond what we can offer in a team this small, so we will not be moving forward.'));
    expect(r.reasons).not.toContain('salary');
  });

  it('does not read "your experience is well above what the role needs" as salary', () => {
    const r = read(wrap('Thank you for the interview for the Treasury Analyst role. Your experience is well above what the role needs day to day, so we will not be moving forward with your application.'));
    expect(r.reasons).not.toContain('salary');
  });

  it('reads "the approved grade is considerably below that figure" as salary', () => {
    const r = read(wrap('Thank you for applying for the Stores Supervisor post. You gave an expected monthly salary of QAR 19,000 in your form. The approved grade for the post is considerably below that figure, and we are therefore unable to shortlist you.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('reads "the role is paid £24,800 with no room to move" beside the candidate\'s figure as salary', () => {
    const r = read(wrap('Thank you for applying to be our Bakery Assistant. You mentioned needing at least £31,000, and the role is paid £24,800 with no room to move, so we will not be taking your application forward.'));
    expect(r.reasons).toContain('salary');
  });

  it('does not read "the approved grade for the post is set out in the pack" as salary', () => {
    const r = read(wrap('Thank you for applying for the Stores Supervisor post. The approved grade for the post is set out in the pack. We have decided to move forward with other candidates.'));
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads "we simply can\'t make the numbers work" as salary', () => {
    const r = read(wrap('Thank you for meeting Gustav and me on Thursday. We went back to finance and we simply can\'t make the numbers work for your level, so we will not be making you an offer.'));
    expect(r.reasons).toEqual(['salary']);
  });

  it('does not read "we could not make the numbers work for new headcount this year" as salary', () => {
    const r = read(wrap('Thank you for meeting Gustav and me on Thursday. We could not make the numbers work for new headcount this year, so the role has been cancelled and we will not be making an offer.'));
    expect(r.reasons).not.toContain('salary');
  });
});

describe('the role withdrawn, hires frozen', () => {
  it('reads "the post of Field Officer (Northern Region) has been withdrawn following a review of our structure" as role_closed', () => {
    const r = read(wrap('We write to let you know that the post of Field Officer (Northern Region, Grade 5) has been withdrawn following a review of our regional structure. We are therefore unable to proceed with your application.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('does not read "your application has been withdrawn following your request" as role_closed', () => {
    const r = read(wrap('As you asked, your application for the Field Officer post has been withdrawn following your request of 3 May. We are not proceeding with it.'));
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads "the board has frozen new hires" as role_closed', () => {
    const r = read(wrap('I am sorry to tell you we will not be offering you the Operations Lead role. Our funding round did not close and the board has frozen new hires for the rest of the year.'));
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read "we have hired three new people this year" as role_closed', () => {
    const r = read(wrap('I am sorry to tell you we will not be offering you the Operations Lead role. We have hired three new people this year and went with another candidate.'));
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('the post filled from inside', () => {
  it('reads "we have filled the Senior Buyer (Homewares) role internally" as internal_candidate', () => {
    const r = read(wrap('Thank you for interviewing with us. We have filled the Senior Buyer Homewares role internally, and so we will not be proceeding with your application.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('reads "filled by way of internal redeployment" as internal_candidate', () => {
    const r = read(wrap('Thank you for your interest in the Records Clerk vacancy. This vacancy has been filled by way of internal redeployment, and your application will not be processed further.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('reads "offered the post to a nurse who already works on our wards" as internal_candidate', () => {
    const r = read(wrap('Thank you for coming to the interview. We have offered the post to a nurse who already works on our wards and has asked to move across permanently.'));
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('does not read "the role has been filled by an external candidate" or "who already works with large clients" as internal_candidate', () => {
    expect(read(wrap('Thank you for interviewing with us. The Senior Buyer role has now been filled by an external candidate, so we will not be proceeding.')).reasons).not.toContain('internal_candidate');
    expect(read(wrap('Thank you for coming to the interview. We have offered the post to a candidate who already works with large clients in the region.')).reasons).not.toContain('internal_candidate');
  });
});

describe('others in a closer alignment, in a noun', () => {
  it('reads "other applicants offered a closer alignment with what the team needs now" as profile_mismatch', () => {
    const r = read(wrap('Thanks for applying for the Data Steward role. We will not move forward: other applicants offered a closer alignment with what the team needs now.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('reads "we want a tighter overlap with our current roadmap, and other candidates had it" as profile_mismatch', () => {
    const r = read(wrap('Thanks for the call last week. We have decided not to take you further. We want a tighter overlap with our current roadmap, and other candidates had it.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });

  it('does not read "we hope you find a closer match elsewhere" as profile_mismatch', () => {
    const r = read(wrap('Thanks for applying for the Data Steward role. We have decided to go with other applicants. We hope you find a closer match in another role soon.'));
    expect(r.reasons).toEqual(['generic']);
  });

  it('reads "the people we are moving forward with have experience more directly relevant to our product" as profile_mismatch', () => {
    const r = read(wrap('Thank you for applying. We will not be progressing — the people we are moving forward with have experience that is more directly relevant to our product.'));
    expect(r.reasons).toEqual(['profile_mismatch']);
  });
});

describe('others scored higher on the task', () => {
  it('reads "we went with candidates who scored higher on the written task" as assessment', () => {
    const r = read(wrap('Thanks for sending the written task back. We went with candidates who scored higher on the written task, so we will not be moving forward with you.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read "candidates who scored higher in the interviews" as assessment', () => {
    const r = read(wrap('Thanks for coming in. We went with candidates who had more years in retail, so we will not be moving forward with you.'));
    expect(r.reasons).not.toContain('assessment');
  });
});

describe('how the team works, named as the reason', () => {
  it('reads "it came down to how we work" as culture_fit', () => {
    const r = read(wrap('Thanks for meeting the crew on Saturday. We have decided to go with another candidate. In the end it came down to how we work: everyone here pitches in on every job, and you told us you prefer to stay in your own lane.'));
    expect(r.reasons).toContain('culture_fit');
  });

  it('reads "that is a values thing for us" as culture_fit', () => {
    const r = read(wrap('Thank you for interviewing. We will not be moving forward. Several of us felt your answers on sharing credit were at odds with us — that is a values thing for us more than a skills one.'));
    expect(r.reasons).toContain('culture_fit');
  });

  it('does not read "it came down to experience with SAP" or "it is not a values thing" as culture_fit', () => {
    expect(read(wrap('Thanks for meeting the crew on Saturday. We have decided to go with another candidate. In the end it came down to experience with SAP.')).reasons).not.toContain('culture_fit');
    expect(read(wrap('Thank you for interviewing. We will not be moving forward. This is not a values thing at all; the other finalist had more years in payroll.')).reasons).not.toContain('culture_fit');
  });
});

describe('more than the role needs; praise and payroll that are no reason', () => {
  it('reads "it is a great CV, but it is a lot more than we need for this role" as overqualified', () => {
    const r = read(wrap('Thanks for applying to run our weekend bar. It is a great CV, but honestly it is a lot more than we need for this role, so we will not be going ahead.'));
    expect(r.reasons).toEqual(['overqualified']);
  });

  it('does not read "we had a lot more applications than we need" as overqualified', () => {
    const r = read(wrap('Thanks for applying to run our weekend bar. We had a lot more applications than we need for this role, so we will not be going ahead.'));
    expect(r.reasons).toEqual(['generic']);
  });

  it('does not read "we appreciate the depth of your experience" as a skills gap', () => {
    const r = read(wrap('Thank you for the final interview. We appreciate the depth of your experience, but we have decided to proceed with another candidate.'));
    expect(r.reasons).toEqual(['generic']);
  });

  it('still reads "the panel wanted more depth in your SQL" as a skills gap', () => {
    const r = read(wrap('Thank you for the final interview. The panel wanted more depth in your SQL, so we have decided to proceed with another candidate.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "because of payroll and tax requirements" as salary', () => {
    const r = read(wrap('Thanks for applying. This remote role is limited to people living in Canada because of payroll and tax requirements, so we are unable to move forward.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('still reads "your pay expectations are outside our range" as salary', () => {
    const r = read(wrap('Thanks for applying. Your pay expectations are outside our range for the role, so we are unable to move forward.'));
    expect(r.reasons).toEqual(['salary']);
  });
});

describe('a requirement named, and the candidate short of it', () => {
  it('reads "knowledge of Primavera is necessary and you have worked only with MS Project" as a skills gap', () => {
    const r = read(wrap('Thank you for the interview. We will continue with another candidate: for this post knowledge of Primavera P6 is necessary, and you told us you have worked only with MS Project so far.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "knowledge of Primavera is necessary" beside many strong candidates as a skills gap', () => {
    const r = read(wrap('Thank you for the interview. For this post knowledge of Primavera P6 is necessary, and we met many strong candidates. We will continue with another candidate.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "the main thing for us was X … your experience so far has been with Y" as a skills gap', () => {
    const r = read(wrap('Thanks for meeting the panel. We have decided to go with another candidate. The main thing for us was running a warehouse of more than two hundred staff, and your experience so far has been with sites of about thirty.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "this role is almost entirely X … most of your experience has been in Y" as a skills gap', () => {
    const r = read(wrap('We will not invite you to the next stage. Most of your experience has been in retail banking, and this role is almost entirely commercial lending to farms.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "the role is mostly CRM, and we couldn\'t see that kind of experience in your background" as a skills gap', () => {
    const r = read(wrap('Thanks for applying. The role is mostly CRM journeys and email testing, and we couldn\'t see that kind of experience in your background, so we will not move forward.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads a requirement held essential and "X would be new to you" in the next sentence as a skills gap', () => {
    const r = read(wrap('Thank you for interviewing for the Bid Manager role. Experience of writing public-sector tenders is essential for this post. From your answers, the panel felt that public-sector tendering would be new to you. We have therefore decided not to offer you the role.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "the team would be new to you, as it is to all starters" with no requirement as a skills gap', () => {
    const r = read(wrap('Thank you for interviewing for the Bid Manager role. We have decided to offer the role to another candidate. Everything would be new to you at first, as it is for every starter.'));
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "your statement did not evidence criterion E2, experience of supervising staff" as a skills gap', () => {
    const r = read(wrap('The panel has now shortlisted. You have not been shortlisted for interview: your supporting statement did not evidence criterion E2, experience of supervising a team of care staff.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "you gave less evidence of leading audits in ISO 13485, which is central to this post" as a skills gap', () => {
    const r = read(wrap('Thank you for attending the interview. You have not been successful on this occasion. The panel noted that you gave less evidence of leading audits under ISO 13485, which is central to this post.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "you gave clear evidence of leading audits" as a skills gap', () => {
    const r = read(wrap('Thank you for attending the interview. You have not been successful on this occasion. The panel noted that you gave clear evidence of leading audits, but another candidate was appointed.'));
    expect(r.reasons).not.toContain('skills_gap');
  });
});

describe('when the candidate can start', () => {
  it('reads "the client needs someone who can join within 15 days and your notice period is 60 days" as location', () => {
    const r = read(wrap('Thanks for the call. Our client needs someone who can join within 15 days, and your notice period is 60 days. So we cannot take your profile ahead for this opening.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('does not read "we need someone for the Pune team, your notice period is no problem" as location', () => {
    const r = read(wrap('Thanks for the call. We have shortlisted other candidates whose experience is a closer match. Your notice period was never an issue.'));
    expect(r.reasons).not.toContain('location');
  });
});

describe('the budget fixed below what the candidate is on', () => {
  it('reads "the budget is fixed at £41k and you are currently on £47k" as salary', () => {
    const r = read(wrap('Lovely to speak earlier. I do not think we can make this one work for you: the budget for the role is fixed at £41k and you are currently on £47k.'));
    expect(r.reasons).toContain('salary');
  });

  it('does not read "the budget for the launch is fixed at £41k" with another candidate chosen as salary', () => {
    const r = read(wrap('Lovely to speak earlier. The budget for the launch is fixed at £41k and you will hear more at the event. We have gone with another candidate for the role.'));
    expect(r.reasons).not.toContain('salary');
  });
});

describe('where the person must live or work, asked of anyone', () => {
  it('reads "we would need someone living locally to Inverness" as location', () => {
    const r = read(wrap('Thank you for applying for the Dispensing Assistant role. Unfortunately we are not able to progress your application, as we would need someone living locally to Inverness for the early shifts.'));
    expect(r.reasons).toEqual(['location']);
  });

  it('reads others a tighter fit and "the post requires working from our Leeds office" as two reasons', () => {
    const r = read(wrap('Thank you for applying. We have had applicants whose experience is a tighter fit, and the post also requires working from our Leeds office four days a week, which would not work from Lisbon.'));
    expect([...r.reasons].sort()).toEqual(['location', 'profile_mismatch']);
  });

  it('does not read "someone who has been working in our sector" or an interview at our office as location', () => {
    expect(read(wrap('Thank you for applying. We needed someone working in our sector for longer, so we will not progress your application.')).reasons).not.toContain('location');
    expect(read(wrap('Thank you for coming to the interview at our Leeds office. We have decided to go with another candidate.')).reasons).not.toContain('location');
  });
});

describe('values nearer the team\'s own; the culture praised', () => {
  it('reads "someone whose outlook and values feel closer to ours" as culture_fit', () => {
    const r = read(wrap('Thanks for your application for the Junior Designer role. We have decided not to move forward. We want someone whose outlook and values feel closer to ours as a studio.'));
    expect(r.reasons).toEqual(['culture_fit']);
  });

  it('does not read "someone whose portfolio feels closer to our clients\' sectors" as culture_fit', () => {
    const r = read(wrap('Thanks for your application for the Junior Designer role. We have decided not to move forward. We chose someone whose portfolio feels closer to our clients\' sectors.'));
    expect(r.reasons).not.toContain('culture_fit');
  });

  it('does not read "we are proud of the culture we have built" beside a plain decline as culture_fit', () => {
    const r = read(wrap('Thank you for interviewing. We have decided to move forward with another candidate. We are proud of the culture we have built, and we hope meeting the team was worthwhile even though the outcome was not what you were hoping for.'));
    expect(r.reasons).toEqual(['generic']);
  });
});

describe('an offer denied is no filled post', () => {
  it('does not read "we haven\'t offered the role to anyone" in a pause as position_filled', () => {
    const r = read(wrap('Thank you for meeting us last week. There will be a delay: the funder has pushed back its decision on our grant to the end of June, and we cannot appoint until the funding is confirmed. You are still in the running and we haven\'t offered the role to anyone.'));
    expect(r.reasons).not.toContain('position_filled');
  });

  it('still reads "we have offered the role to another candidate" as position_filled', () => {
    const r = read(wrap('Thank you for meeting us last week. We have offered the role to another candidate, who has accepted.'));
    expect(r.reasons).toContain('position_filled');
  });
});

describe('the hire waiting on money', () => {
  it('reads "we cannot appoint until the funding is confirmed" as role_closed', () => {
    const r = read(wrap('Thank you for coming to interview. We cannot make an appointment until we know the funding is confirmed, which should be in July. You are still in the running.'));
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('does not read "the funding is confirmed, so we are pleased to appoint" with another candidate chosen as role_closed', () => {
    const r = read(wrap('Thank you for coming to interview. The funding has been confirmed and we have decided to appoint another candidate.'));
    expect(r.reasons).not.toContain('role_closed');
  });
});

describe('the point of the task missed', () => {
  it('reads "it did not handle the leap year, which was the main point of the exercise" as assessment', () => {
    const r = read(wrap('Thank you for the take-home exercise for the Backend Developer role. Your date library was tidy, but it did not handle the leap-year case, which was the main point of the exercise. We will not be moving you forward.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read "the main point of the exercise is explained in the brief" as assessment', () => {
    const r = read(wrap('Thank you for applying for the Backend Developer role. The main point of the exercise is explained in the brief we send to shortlisted candidates. We will not be moving you forward, as other applicants were a closer match.'));
    expect(r.reasons).not.toContain('assessment');
  });

  it('reads "the main issue was the estimation question" after a technical interview as assessment', () => {
    const r = read(wrap('Thanks for coming in for the technical interview. We will not be moving ahead. The main issue was the estimation question: your answer skipped the peak-load case entirely.'));
    expect(r.reasons).toEqual(['assessment']);
  });

  it('does not read "the main issue was the commute" as assessment', () => {
    const r = read(wrap('Thanks for coming in for the technical interview. We will not be moving ahead. The main issue was the commute, which you said would be two hours each way.'));
    expect(r.reasons).not.toContain('assessment');
  });
});

describe('the role wanting someone earlier in their career; culture and wanting that are no reason', () => {
  it('reads "the owner wants someone two or three years out of university" as overqualified', () => {
    const r = read(wrap('Quick update after your call with the practice owner. He has decided he wants someone 2-3 years out of university for this one, so he will not be taking it further.'));
    expect(r.reasons).toEqual(['overqualified']);
  });

  it('does not read "he wants someone with five years of audit experience" as overqualified', () => {
    const r = read(wrap('Quick update after your call with the practice owner. He has decided he wants someone with five years of audit experience, so he will not be taking it further.'));
    expect(r.reasons).not.toContain('overqualified');
  });

  it('does not read "experience with organoid culture, which you have not yet done" as culture_fit', () => {
    const r = read(wrap('Thank you for your time with the panel. We will not be offering you the post. The deciding factor was experience with cell culture, which is central to the project, and which you told us you have not yet done yourself.'));
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "you may want to know more, but the comments are for internal use" as culture_fit', () => {
    const r = read(wrap('Thanks for submitting the written case. We will not be inviting you to interview. You may want to know more, but the assessors\' comments are for internal use and we are not able to share them.'));
    expect(r.reasons).not.toContain('culture_fit');
  });
});
