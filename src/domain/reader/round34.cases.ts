/**
 * Declines said in people's words, and polite look-alikes that decline nobody, with the kind rules written for them:
 * messages written for this test (not taken from any corpus part), each beside a message in nearby words that must still
 * read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hi Marisol,\n\n${body}\n\nAll the best,\nDeclan`;

describe('the post itself gone, told as done to it', () => {
  it('reads "the vacancy has been scrapped in the restructure" as a rejection', () => {
    const r = read(wrap('Thanks for sending your CV for the warehouse supervisor vacancy. I have to tell you the vacancy has been scrapped in the restructure announced on Friday, so there is nothing for us to take forward.'));
    expect(r.kind).toBe('rejection');
  });

  it('reads "the post was axed in the budget round" as a rejection', () => {
    const r = read(wrap('About the lab assistant post you applied for: the post was axed in this year\'s budget round. Sorry to be the bearer of that.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "the Product Analyst role hasn\'t been cancelled" in a freeze that keeps the candidate in', () => {
    const r = read(wrap('Quick update after your interviews. There is now a freeze on new hires until the budget is signed off in March. The role hasn\'t been cancelled and you are still very much in the process; we just cannot make offers until then.'));
    expect(r.kind).toBe('on_hold');
  });

  it('does not read a decline from "the role has been cut for now"', () => {
    const r = read(wrap('The analyst role has been cut for now while finance re-plans the year, and we will pick it back up once the numbers are agreed.'));
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the applications no longer dealt with', () => {
  it('reads "applications received will not be processed further" as a rejection', () => {
    const r = read('Dear Candidate,\n\nFollowing the staffing review, applications received for the Records Clerk opening (ref RC-118) will not be processed further.\n\nRecruitment Office');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "applications will be processed in the order received"', () => {
    const r = read('Dear Candidate,\n\nThank you for applying for the Records Clerk opening. Applications will be processed in the order received and shortlisted applicants contacted by 12 May.\n\nRecruitment Office');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the hire given up, said of the post', () => {
  it('reads "we won\'t be recruiting for it after all" as a rejection', () => {
    const r = read(wrap('Thank you for your interest in the sous chef job. The owners have decided to run the kitchen with the current team, so we won\'t be recruiting for it after all.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "we won\'t be recruiting for it until the spring"', () => {
    const r = read(wrap('Thank you for your interest in the sous chef job. We won\'t be recruiting for it until the spring menu is agreed; I will write as soon as we open it.'));
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the post filled from inside, as the employer\'s choice', () => {
  it('reads "the board has decided to appoint from within its existing staff" as a rejection', () => {
    const r = read('Dear Mr Okafor,\n\nThank you for applying for the post of Bursar. The Board has decided to appoint from within the trust\'s existing staff, and no external applicants will be interviewed.\n\nClerk to the Board');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "we prefer to appoint from within where we can, and we are glad to invite you"', () => {
    const r = read('Dear Mr Okafor,\n\nWe usually appoint from within, but this time we are delighted to invite you to an interview for the post of Bursar on 4 June at 10am.\n\nClerk to the Board');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a rival named and then chosen with "her" or "him"', () => {
  it('reads "one of our own site leads applied, and the directors decided to appoint him" as a rejection', () => {
    const r = read(wrap('Thank you for coming through every round for the operations manager job. Towards the end, one of our own site leads applied for it, and after a long discussion the directors decided to appoint him. It says nothing against you.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline to the candidate from a note to a referee: "we have decided to offer her the role"', () => {
    const r = read('Dear Mr Haddad,\n\nThank you for the reference you gave for Leena Farouk. We have decided to offer her the role, and she starts with us next month.\n\nBest regards,\nHR, Corvel Logistics');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the verdict said as a "no"', () => {
  it('reads "No go this time" as a rejection', () => {
    const r = read('Hey Tariq, thanks for the trial shift. No go this time. Sam');
    expect(r.kind).toBe('rejection');
  });

  it('reads "I\'m afraid it\'s a no from the client" as a rejection', () => {
    const r = read('Hi Anouk, I heard back on the Utrecht contract this morning. I\'m afraid it\'s a no from the client. Speak soon, Joost');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "it\'s no problem" or "a no-show"', () => {
    const r = read('Hi Anouk, it\'s no problem at all to move the call to Thursday. The last candidate was a no-show, so I have plenty of room. Joost');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the candidate not chosen, told as "it wasn\'t you"', () => {
  it('reads "the committee reached its decision, and it wasn\'t you this time" as a rejection, beside a call to hear the comments', () => {
    const r = read(wrap('Thanks for your time with the hiring committee on Monday. The committee reached its decision yesterday, and it wasn\'t you this time. If it helps, I can set up a short call so you can hear their comments.'));
    expect(r.kind).toBe('rejection');
  });

  it('reads "the applicant we chose had run a night shift before" as a rejection', () => {
    const r = read(wrap('Thanks for interviewing for the shift lead post. The applicant we chose had run a night shift for two years, and that settled it.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "you are the candidate we selected"', () => {
    const r = read(wrap('Good news: you are the candidate we selected for the shift lead post, and the written offer will follow tomorrow.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('does not read a decline from "it wasn\'t you who missed the call, it was our system"', () => {
    const r = read(wrap('Sorry about yesterday. We looked into the decision to cancel the call and it wasn\'t you who missed it; our booking tool dropped the invite. Could we try Friday at 2pm?'));
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the pay that cannot be reached, and a post too small for the candidate', () => {
  it('reads "we can\'t get to the salary you need" with a sorry and a good-luck as a rejection', () => {
    const r = read(wrap('Thanks for the talk about the bookkeeper role. We can\'t get to the salary you need; the owners\' ceiling is well under it. I\'m sorry, and good luck with your search.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "we can\'t match the salary, but we can offer an extra week of leave"', () => {
    const r = read(wrap('We can\'t match the salary you asked for, but we can offer an extra week of leave and a yearly bonus. The written offer is attached; do let me know what you think.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "the role would not be a challenge for you" as a rejection', () => {
    const r = read(wrap('The panel enjoyed meeting you. With your track record the role would not be a challenge for you.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "the first weeks will be a challenge for you"', () => {
    const r = read(wrap('Welcome aboard. The first weeks will be a challenge for you, and your start date is confirmed as 3 March.'));
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the class selected already told, so the candidate not among them', () => {
  it('reads "candidates selected for interview have now been contacted" as a rejection', () => {
    const r = read('Thank you for applying for the Ward Clerk post. The posting has closed, and candidates selected for interview have now been contacted. We will keep your details for future vacancies.\n\nHR, Lakeview Clinic');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "candidates selected for interview will be contacted"', () => {
    const r = read('Thank you for applying for the Ward Clerk post. Candidates selected for interview will be contacted within two weeks of the closing date.\n\nHR, Lakeview Clinic');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('"not the successful candidate" with the file kept', () => {
  it('reads "you were not the successful candidate … your application will remain on file" as a rejection', () => {
    const r = read(wrap('The panel has finished interviewing for the Records Officer post. I regret to tell you that you were not the successful candidate; the successful candidate had run the records system for three years. Your application will remain on file for twelve months.'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "your application remains active" after a posting notice', () => {
    const r = read(wrap('The Records Officer posting has been moved to our new careers site. Your application remains active and nothing changes for you.'));
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the pause told by the people it waits on', () => {
  it('reads "we\'re running a bit behind … nothing has been decided yet" as on hold', () => {
    const r = read(wrap('Thanks again for the call. We\'re running a bit behind: two of the panel are away and the shortlist has not been agreed. Nothing has been decided yet.'));
    expect(r.kind).toBe('on_hold');
  });

  it('reads "we won\'t be able to make a decision until he is back" as on hold', () => {
    const r = read(wrap('Thank you for coming in on Tuesday. Our director has been called away this week, so we won\'t be able to make a decision until he\'s back on the 12th. Sorry for the wait.'));
    expect(r.kind).toBe('on_hold');
  });

  it('does not read on hold from "we expect to make a decision by the 12th"', () => {
    const r = read(wrap('Thank you for coming in on Tuesday. We expect to make a decision by the 12th and will call you either way.'));
    expect(r.kind).not.toBe('on_hold');
  });

  it('reads "won\'t be filling the position for now, which means your application won\'t go any further" as a rejection', () => {
    const r = read(wrap('The project behind the coordinator role has been pushed back a year, so we won\'t be filling the position for now, which means your application won\'t go any further.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('polite look-alikes that decline nobody', () => {
  it('reads "you have been invited to complete an online assessment" as an invitation, whatever the test measures', () => {
    const r = read('Dear Kwame,\n\nThank you for applying to the Claims Analyst role. You have been invited to complete an online assessment as the next step. It looks at working style and judgement and takes about 40 minutes.\n\nPlease finish it by 3 October.\n\nTalent Team');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "you have not been invited to complete the assessment" as a rejection', () => {
    const r = read('Dear Kwame,\n\nThank you for applying to the Claims Analyst role. Unfortunately you have not been invited to complete the online assessment, as other applicants matched the role more closely.\n\nTalent Team');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from an approach "on behalf of" a team that names a salary band', () => {
    const r = read('Dear Kwame,\n\nI\'m reaching out on behalf of the analytics group at Halden Insurance. We are hiring a pricing analyst on a two-year contract with a salary band of £48,000–£55,000.\n\nIf this interests you, I\'d be glad to send the full description.\n\nBest,\nMira Ostrowska');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline that begins "I\'m reaching out about your application"', () => {
    const r = read('Dear Kwame,\n\nI\'m reaching out about your application for the pricing analyst role. We have decided not to take it further, as the budget is well below the salary you asked for.\n\nBest,\nMira Ostrowska');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from a job alert that asks "Not the right fit?"', () => {
    const r = read('Kwame, 6 new jobs near Leeds\n\nClaims Handler - Aldwick Mutual - Leeds\nPricing Analyst - Halden Insurance - Hybrid\n\nNot the right fit? Update your alert settings so we can send you better matches.\n\nYou\'re receiving this email because you set up a job alert.');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a reply that answers "why?" above the decline it follows', () => {
  const thread = (reply: string): string =>
    `${reply}\n\nOn Wed, 12 Mar, Ines Duarte wrote:\n> Hi Pavel, thanks for telling me. Could you share anything about why? It would help for my next interviews.\n>\n> On Tue, 11 Mar, Pavel Novak wrote:\n>> Hi Ines, thanks for meeting the team last week. We have decided not to move forward with your application.`;

  it('reads the reasons given in the reply as a rejection', () => {
    const r = read(thread('Hi Ines,\n\nSure. It came down to the supplier talks. When we got to the pricing questions it was clear you had sat in on them but had not led one, and that is most of the work here day to day. Everything else went well.\n\nGood luck,\nPavel'));
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from a reply that only arranges a call to talk it through', () => {
    const r = read(thread('Hi Ines,\n\nOf course. I have spoken to the panel and I am happy to talk you through their notes. Would Monday at 3pm work for a short call?\n\nPavel'));
    expect(r.kind).not.toBe('rejection');
  });

  it('does not read a decline from a reply with reasons when nobody asked why and nothing was declined', () => {
    const r = read('Hi Ines,\n\nThe main thing was the parking: you had not been sent the visitor code, so I have added it below.\n\nPavel\n\nOn Wed, 12 Mar, Ines Duarte wrote:\n> Hi Pavel, where should I park on Friday?');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a decline beside an offer of feedback, and a result under the bar', () => {
  it('reads "the panel has decided not to offer you the post … happy to offer you feedback" as a rejection, not an offer', () => {
    const r = read('Dear Dr Osei,\n\nThank you for attending interview on 3 June. I am sorry to tell you that the panel has decided not to offer you the post. The Chair is happy to offer you feedback by telephone; please contact the Recruitment Team to arrange a time.\n\nRecruitment Team');
    expect(r.kind).toBe('rejection');
  });

  it('still reads "we are delighted to offer you the post" as an offer', () => {
    const r = read('Dear Dr Osei,\n\nThank you for attending interview on 3 June. We are delighted to offer you the post, and the Chair would be glad to give you feedback on the day as well.\n\nRecruitment Team');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we will not be making you an offer" beside a call arranged for feedback as a rejection', () => {
    const r = read('Dear Priyanka,\n\nThank you for attending our assessment centre. On this occasion we will not be making you an offer. If you would like feedback, reply within two weeks and we will arrange a call.\n\nGraduate Team');
    expect(r.kind).toBe('rejection');
  });

  it('reads "your test scored below the threshold for progressing to interview" as a rejection', () => {
    const r = read('Dear Priyanka,\n\nThank you for the written exercise. Your test scored below the threshold we set for progressing to interview. If it would help to talk it through, I can set up a short call with an assessor.\n\nGraduate Team');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "candidates who score below the threshold will be told by email"', () => {
    const r = read('Dear Priyanka,\n\nThe online test opens on Monday. If you score below the threshold, we will let you know by email within a week.\n\nGraduate Team');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we are unable to endorse you for the next step" and "we\'re going to close out your candidacy" as rejections', () => {
    expect(read('Hi Joy, your language score came in under what the account needs, so we are unable to endorse you for the next step on this account. Recruitment Team').kind).toBe('rejection');
    expect(read('Hi Dev, the base pay you need is well over our budget, so we\'re going to close out your candidacy rather than take more of your time. Courtney').kind).toBe('rejection');
  });

  it('does not read a decline from "we are happy to endorse you for the next step"', () => {
    expect(read('Hi Joy, your language score was well above what the account needs, so we are happy to endorse you for the next step. Recruitment Team').kind).not.toBe('rejection');
  });
});

describe('a refusal that waits on a document, and a business not hiring', () => {
  it('does not read a decline from "we cannot proceed to the next step without signed consent"', () => {
    const r = read('Good morning Sipho,\n\nPlease sign and return the attached background-check form with a copy of your ID. Unfortunately we cannot proceed to the next step without signed consent.\n\nRecruitment, Kestrel Mining');
    expect(r.kind).not.toBe('rejection');
  });

  it('does not read a decline from "we can\'t progress an application until we\'ve got this on file"', () => {
    const r = read('Hi Sipho, before we book the call, could you confirm your right to work in Ireland? Sadly we can\'t progress an application until we\'ve got this on file. Thanks, Aoife');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "we cannot proceed with your application, as the panel chose another applicant" as a rejection', () => {
    const r = read('Good morning Sipho,\n\nThank you for the interview. Unfortunately we cannot proceed with your application, as the panel chose another applicant.\n\nRecruitment, Kestrel Mining');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a decline from "we\'re not hiring for a baker at the moment"', () => {
    const r = read('Hi Jonah, thanks for dropping in your CV. We\'re not hiring for a baker at the moment, unfortunately, but we usually take people on before Christmas. Cheers, Ros');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('a pause told as pressed, or as later than promised', () => {
  it('reads "they\'ve pressed pause on the hire until her replacement starts" as on hold', () => {
    const r = read(wrap('Just keeping you posted: the manager who was to decide on the Analyst role has resigned, and the client has pressed pause on the hire until her replacement starts. They still have your CV.'));
    expect(r.kind).toBe('on_hold');
  });

  it('reads "that\'s later than we told you; your application is still open" as on hold', () => {
    const r = read(wrap('We have your case study, thank you. Both reviewers are travelling this week, so it will be the week after next before you hear from us. Sorry, that is later than we told you; your application is still open.'));
    expect(r.kind).toBe('on_hold');
  });

  it('reads "we\'ll need a little longer than the week we mentioned" as on hold', () => {
    const r = read(wrap('Thanks for the assignment, all files open fine. Our stocktake runs until Friday, so we\'ll need a little longer than the week we mentioned. Nothing has changed on your application.'));
    expect(r.kind).toBe('on_hold');
  });

  it('does not read on hold from "press pause on the video if you need a break"', () => {
    const r = read(wrap('Your one-way video interview is ready. You can press pause on the practice question if you need a break, and the real questions start after it.'));
    expect(r.kind).not.toBe('on_hold');
  });

  it('does not read on hold from "no later than we told you" in a plain acknowledgement', () => {
    const r = read(wrap('We have received your application for the Analyst role and will review it by 20 May, no later than we said in the advert.'));
    expect(r.kind).not.toBe('on_hold');
  });
});

describe('the candidate\'s own acceptance elsewhere, confirmed', () => {
  it('does not read a decline from "you\'ve just accepted the Halvard offer … I\'ve closed out your candidacy"', () => {
    const r = read('Hi Bea,\n\nThanks for the call. I understand you\'ve just accepted the Halvard offer and want to give it a proper go, so I\'ve closed out your candidacy with the client.\n\nLet\'s catch up next year.\n\nOwen');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "the client has gone with someone … I\'ve closed out your candidacy" as a rejection', () => {
    const r = read('Hi Bea,\n\nThanks for the call. The client has gone with someone who has more retail experience, so I\'ve closed out your candidacy with them.\n\nOwen');
    expect(r.kind).toBe('rejection');
  });
});

describe('an approach about a new role, with an earlier decline recalled', () => {
  it('does not read a decline from "I know your application last year wasn\'t successful … would you be open to a short chat?"', () => {
    const r = read('Hi Lukas,\n\nI know your application for the data role with us last year wasn\'t successful, though it was close. A new opening in our Graz team looks like a better fit still. Would you be open to a short chat on Thursday?\n\nMara, Talent');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline made now beside an offer to keep talking', () => {
    const r = read('Hi Lukas,\n\nYour application for the data role wasn\'t successful this time; the panel went with someone with more Spark experience. Would you be open to a short chat about future openings?\n\nMara, Talent');
    expect(r.kind).toBe('rejection');
  });
});

describe('the hire held back, with the condition said first', () => {
  it('reads "until that budget is agreed we won\'t be going ahead with the hire" as on hold', () => {
    const r = read(wrap('The panel finished its interviews, but the trust has since announced a review of all vacancies, and until that budget is agreed we won\'t be going ahead with the hire. No decision has been made on anyone.'));
    expect(r.kind).toBe('on_hold');
  });

  it('does not read on hold from "until you send your references we can\'t proceed with the offer"', () => {
    const r = read(wrap('Congratulations again. Until you send your two references we can\'t proceed with the offer paperwork, so please forward them this week.'));
    expect(r.kind).not.toBe('on_hold');
  });
});
