/**
 * Offers of feedback and open doors said in few words, in people's words, and the boilerplate and refusals beside them:
 * messages written for this test (not taken from any corpus part), each beside a message in nearby words that must
 * still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Tomasz,\n\n${body}\n\nBest regards,\nHiring Team`;

describe('feedback offered in few words', () => {
  it('reads "if you wish to hear the comments of our directors, please tell me" as an offer', () => {
    const r = read(wrap('Thank you for the final interview at our Nagoya office. After long discussion we decided not to make an offer to you this time. If you wish to hear the comments of our directors, please tell me and I can share them by telephone.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "if you wish to hear the comments of our directors, we cannot share them" as an offer', () => {
    const r = read(wrap('Thank you for the final interview at our Nagoya office. After long discussion we decided not to make an offer to you this time. If you wish to hear the comments of our directors, I am sorry but we cannot share them.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you want a few lines on why, just reply" as an offer', () => {
    const r = read(wrap('We will not be taking your application for the Gallery Assistant post any further. If you want a few lines on why, just reply and I will check with the panel.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "if you want a few lines on the other vacancies, just reply" as an offer', () => {
    const r = read(wrap('We will not be taking your application for the Gallery Assistant post any further. If you want a few lines on the other vacancies we have, just reply.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if it is useful I can share more on a short call" as an offer', () => {
    const r = read(wrap('Thanks for meeting the support team on Monday. We have decided not to progress. If it is useful I can share more on a short call, just say when.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "if it is useful I can share more about our other openings" as an offer', () => {
    const r = read(wrap('Thanks for meeting the support team on Monday. We have decided not to progress. If it is useful I can share more about our other openings in the Lisbon office.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you would like to dig deeper into any of that, ask me" and "if you want a fuller account, ask" as offers', () => {
    expect(read(wrap('We have chosen another finalist for the Product Lead role: the others had run larger teams. If you would like to dig deeper into any of that, ask me whatever you like.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have chosen another finalist for the Product Lead role. If you want a fuller account, ask and I will write back this week.')).feedbackOffered).toBe(true);
  });

  it('does not read "if you want a fuller picture of the company, see our website" as an offer', () => {
    expect(read(wrap('We have chosen another finalist for the Product Lead role. If you want a fuller picture of the company, our website has our annual report.')).feedbackOffered).toBe(false);
  });

  it('reads "send me your questions, I will ask the assessors to answer them" as an offer', () => {
    const r = read(wrap('Thank you for completing the written exercise. We will not be moving you to the interview stage. Send me any questions you have and I will ask the assessors to answer them.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if it helps to go through the panel\'s notes, ask me anything" and "a breakdown of the scoring" as offers', () => {
    expect(read(wrap('We have offered the post to another finalist. If it helps to go through the panel\'s notes, ask me anything next week.')).feedbackOffered).toBe(true);
    expect(read(wrap('Thank you for sitting the data test. We will not be moving forward. Do write to me if you want a detailed breakdown of the scoring.')).feedbackOffered).toBe(true);
  });

  it('does not read "we are unable to send a breakdown of the scoring" as an offer', () => {
    expect(read(wrap('Thank you for sitting the data test. We will not be moving forward. We are unable to send a breakdown of the scoring to individual candidates.')).feedbackOffered).toBe(false);
  });

  it('does not read "the panel has asked me to pass on some feedback" followed by the feedback as an offer', () => {
    const r = read(wrap('Thank you for attending the interview for the Payroll Lead post. The panel has asked me to pass on some feedback. Your answers on pensions were clear, but you had no experience of running payroll for more than two hundred staff, so you have not been successful.'));
    expect(r.feedbackOffered).toBe(false);
    expect(r.feedback).toBe(true);
  });

  it('still reads "the panel chair has offered to pass on her notes by phone" as an offer', () => {
    const r = read(wrap('Thank you for attending the interview for the Payroll Lead post. You have not been successful on this occasion. The panel chair has offered to pass on her notes by phone.'));
    expect(r.feedbackOffered).toBe(true);
  });
});

describe('doors opened in few words', () => {
  it('reads "I will keep you in my network for things that fit better" as a door', () => {
    const r = read(wrap('Had a look at your profile and I do not think it is what the team needs for this req, but I will keep you in my network for things that fit better.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we do not keep candidates in our pool" as a door', () => {
    const r = read(wrap('Had a look at your profile and it is not what the team needs for this req. Please note we do not keep candidates in our pool after a decision.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "it stays in our bank of talents for next opportunities" and "in next vacancies we will call you" as doors', () => {
    expect(read(wrap('Thank you for sending your CV. This time your profile was not selected, but it stays in our bank of talents for next opportunities.')).doorOpen).toBe(true);
    expect(read(wrap('Thank you for the video call. We decided to follow with other candidates. In the next vacancies of our plant we will call you, for sure.')).doorOpen).toBe(true);
    expect(read(wrap('Thank you for the video call. We decided to follow with other candidates, but your contact stays with us.')).doorOpen).toBe(true);
  });

  it('does not read "it stays in our database for six months under our retention policy" as a door', () => {
    expect(read(wrap('Thank you for sending your CV. This time your profile was not selected. It stays in our database for six months under our retention policy and is then deleted.')).doorOpen).toBe(false);
  });

  it('reads "pop back in if you fancy a change later" as a door', () => {
    const r = read(wrap('Thanks for the trial shift. We felt you would be happier in a bigger kitchen, so it is not the right fit now, but pop back in if you fancy a change later.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "pop back in to collect your documents" as a door', () => {
    const r = read(wrap('Thanks for the trial shift. We will not be offering you the job. Please pop back in to collect your documents when you are passing.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we will need a head of finance in a few years; I would love to talk then" as a door', () => {
    const r = read(wrap('Your experience is more than this role needs, so I will not take it further. If we grow as planned we will need a head of finance in a few years, and I would love to talk then.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "keep an eye on us, we take on a new trainee most years" and "check back with us next year" as doors', () => {
    expect(read(wrap('I have had many letters and have chosen a few people to meet; you are not one of them. Do keep an eye on us, we take on a new trainee most years.')).doorOpen).toBe(true);
    expect(read(wrap('The role needs two years of managing budgets, and you are not there yet, so I will not move forward. Check back with us next year.')).doorOpen).toBe(true);
  });

  it('does not read a footer "Follow us to hear about new jobs · Manage your data" as a door', () => {
    const r = read(wrap('Thank you for applying. We will not be moving forward with your application.\n\nPeopleBoard · Follow us to hear about new jobs · Manage your data'));
    expect(r.doorOpen).toBe(false);
  });

  it('does not read "check back with us next week for the status of your documents" as a door', () => {
    const r = read(wrap('We will not be moving forward with your application. Check back with us next week for the status of your documents.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "do try us again after another year of practice" as a door', () => {
    const r = read(wrap('Thanks for the financial model. The cash flow did not tie to the balance sheet, so we will not proceed. Do try us again after another year of practice.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "applicants who do not pass cannot resit or reapply for 12 months" as a door', () => {
    const r = read(wrap('Your score in the numerical assessment was below the pass mark, so we cannot progress your application. Please note that applicants who do not pass cannot resit it or reapply for a period of 12 months.'));
    expect(r.doorOpen).toBe(false);
  });

  it('does not read "he will contact you to arrange a suitable time" for a feedback call as a door', () => {
    const r = read(wrap('We have appointed another candidate. Mr Osei has offered feedback; if you would like it, reply to this email and he will contact you to arrange a suitable time.'));
    expect(r.doorOpen).toBe(false);
    expect(r.feedbackOffered).toBe(true);
  });

  it('still reads "we will contact you if a suitable role arises" as a door', () => {
    const r = read(wrap('We have appointed another candidate. We will contact you if a suitable role arises in the new year.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a promise retold ("I said I would be in touch about the role once the new head started") as a door', () => {
    const r = read(wrap('I said I would be in touch about the designer role once the new head of learning had started. She has now decided the role needs someone with Articulate experience, so we will not be taking your application further.'));
    expect(r.doorOpen).toBe(false);
  });
});

describe('specific feedback on a test, said in few words', () => {
  it('reads "you scored 61% against a 75% pass mark; most marks were lost on the formulas section" as feedback', () => {
    const r = read(wrap('Thank you for sitting the bookkeeping test. You scored 61% against a 75% pass mark; most marks were lost on the formulas section. We will not be taking your application further.'));
    expect(r.feedback).toBe(true);
  });

  it('does not read "your score in the test was under the pass mark" as feedback', () => {
    const r = read(wrap('Thank you for sitting the bookkeeping test. We are sorry that your score was under the pass mark. We will not be taking your application further.'));
    expect(r.feedback).toBe(false);
  });

  it('reads "your weakest area was mental arithmetic" as feedback', () => {
    const r = read(wrap('Thank you for taking our tutor assessment. Unfortunately you did not pass, so we will not be adding you to our tutor panel. Your weakest area was mental arithmetic.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "the launch plan was rather thin" and "the data task, which needed a pivot table, was not completed" as feedback', () => {
    expect(read(wrap('Thank you for the case study. We will not take things further. The launch plan was rather thin and did not name who would do the work.')).feedback).toBe(true);
    expect(read(wrap('Thank you for sitting the office skills test. Your letter was fine, but the data task, which needed a pivot table, was not completed, so we will not move forward.')).feedback).toBe(true);
  });

  it('does not read "your assessment was not completed by the deadline" as feedback', () => {
    const r = read(wrap('We sent you an online assessment for the Analyst role. As your assessment was not completed by the deadline, your application has been closed.'));
    expect(r.feedback).toBe(false);
  });
});

describe('words that only look like feedback, and a move that opens a door', () => {
  it('does not read "following a restructure, the role will not be filled" as feedback', () => {
    const r = read(wrap('Thank you for interviewing for the Claims Lead position. I must let you know that, following a restructure of our claims team, the role will not be filled.'));
    expect(r.feedback).toBe(false);
  });

  it('does not read "I promised you an answer today and cannot give you one yet" as feedback', () => {
    const r = read(wrap('I promised you an answer by today after your final interview, and I cannot give you one yet. The budget for the post is still waiting for sign-off, so the decision is paused until next month.'));
    expect(r.feedback).toBe(false);
  });

  it('still reads "your answer on the budget question lacked detail" as feedback', () => {
    const r = read(wrap('Thank you for the interview. We will not be offering you the post: your answer on the budget question lacked detail on how you would track spending.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "if you do end up moving closer, please get in touch" as a door', () => {
    const r = read(wrap('The role needs someone at our Leeds site four days a week and you can only come in once a week, so we will not move forward. If you do end up moving closer, please get in touch.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "if you move house, please let us know your new address" as a door', () => {
    const r = read(wrap('We will not move forward with your application. If you move house before your documents are returned, please let us know your new address.'));
    expect(r.doorOpen).toBe(false);
  });
});

describe('doors opened on a later opening of the sender’s', () => {
  it('reads "will ping you once the funding round closes, would be great to talk then" as a door', () => {
    const r = read(wrap('Loved the portfolio, but we cannot pay what you are asking right now. Will ping you once the funding round closes, would be great to talk then.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I would be glad to talk again when we grow the budget" as a door', () => {
    const r = read(wrap('The gap between your expected salary and our range is too wide, so we will not go further. I would be glad to talk again when we grow the budget.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "happy to talk again if you have any questions" as a door', () => {
    const r = read(wrap('The gap between your expected salary and our range is too wide, so we will not go further. Happy to talk again if you have any questions about this.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "in case we open an office in Pune, we will surely reach out" as a door', () => {
    const r = read(wrap('The role is office-based in Chennai and you cannot relocate, so we will not proceed. In case we open an office in Pune, we will surely reach out.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if you see another role with us that interests you, please do apply" as a door', () => {
    const r = read(wrap('We have decided to go with another candidate for the Barista Trainer role. If you see another role with us that interests you, please do apply.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "if you see another role with us, you cannot apply for a year" as a door', () => {
    const r = read(wrap('We have decided to go with another candidate for the Barista Trainer role. If you see another role with us this year, note that you cannot apply within twelve months.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we are adding a fundraising role next year and I would like to share it with you when it posts" as a door', () => {
    const r = read(wrap('The committee will continue with a smaller group, so we will not be inviting you to the next round. We are adding a fundraising role next year and I would like to share it with you when it posts.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "I will send the contract to you when it is signed" as a door', () => {
    const r = read(wrap('We will not be continuing with the Fundraising Lead role. The documents you lent us: I will send them to you when the paperwork is done.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I would like you to go for the next regional role when it comes up" as a door', () => {
    const r = read(wrap('We have offered the post to a candidate with multi-site experience. I would like you to go for the next regional role when it comes up.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I have a couple of audit roles with banks coming in next week" as a door', () => {
    const r = read(wrap('The client has gone with the other finalist. I have a couple of audit roles with banks coming in next week and I will be in touch.'));
    expect(r.doorOpen).toBe(true);
  });
});

describe('refusals, research and paused processes that only look open', () => {
  it('does not read "we reorganised our research team and folded the work into existing roles" as a door', () => {
    const r = read(wrap('Since we posted it, we have reorganised our research team and decided to fold that work into existing roles, so the position has been closed and we will not be hiring for it.'));
    expect(r.doorOpen).toBe(false);
  });

  it('still reads "please check our careers page for other roles" as a door', () => {
    const r = read(wrap('The position has been closed and we will not be hiring for it. Please check our careers page for other roles.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "requests for feedback cannot be accommodated" as an offer', () => {
    const r = read(wrap('Thank you for interviewing with us; we will not be offering you the role. We are unable to share the results of individual interviews, and requests for feedback cannot be accommodated.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('on hold, does not read "we will contact you again once we have approval" or "you do not need to reapply" as doors', () => {
    expect(read(wrap('The hiring for the Site Planner role is on hold for now. Your application remains valid and we will contact you again once we have the approval to proceed.')).doorOpen).toBe(false);
    expect(read(wrap('The hiring for the Site Planner role is on hold for now. Your application will remain on file and you do not need to reapply.')).doorOpen).toBe(false);
  });

  it('on hold, still reads "we will also consider you for other roles as they open" as a door', () => {
    const r = read(wrap('The hiring for the Site Planner role is on hold for now. Your application will remain on file and you do not need to reapply. We will also consider you for other roles as they open.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(true);
  });
});

describe('offers to talk the decision through', () => {
  it('reads "if it would help to hear what the panel discussed, I would be glad to share it" as an offer', () => {
    const r = read(wrap('We have offered the Head of Digital post to another candidate. If it would help to hear what the panel discussed, I would be glad to share it over a call next week.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "ring me whenever suits and we can talk it through" as an offer', () => {
    const r = read(wrap('The client has decided not to progress: they wanted deeper treasury experience. I know that is a lot to hear, so ring me whenever suits and we can talk it through properly.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "we are backfilling her role; if that is of interest, ring me and we can talk it through" as an offer', () => {
    const r = read(wrap('A colleague applied internally and we have given her the move. We will be backfilling her role shortly. If that is of interest, ring me and we can talk it through.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you have any questions about this decision, please call me" as an offer', () => {
    const r = read(wrap('Thank you for completing the written test. You have not been successful at this stage. If you have any questions about this decision, please call me on the number below.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "this decision is final and we cannot take questions about this decision" as an offer', () => {
    const r = read(wrap('Thank you for completing the written test. You have not been successful at this stage. This decision is final and we cannot take calls or questions about this decision.'));
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('a bare link to the jobs page', () => {
  it('does not read "Visit our careers page: careers.tamarackhealth.ca" under a decline as a door', () => {
    const r = read(wrap('After review, your application will not proceed further in this competition. Only those selected for an interview will be contacted.\n\nVisit our careers page: careers.tamarackhealth.ca'));
    expect(r.doorOpen).toBe(false);
  });

  it('still reads "Visit our careers page for future openings: careers.tamarackhealth.ca" as a door', () => {
    const r = read(wrap('After review, your application will not proceed further in this competition.\n\nVisit our careers page for future openings that suit you: careers.tamarackhealth.ca'));
    expect(r.doorOpen).toBe(true);
  });
});
