/**
 * The rules of the twenty-eighth round (one engineer's inbox over a season): the polite words of mail that declines
 * nobody — a writer who is not the recruiter for the role, a second application for the same role, an apology for a
 * slow reply or an absence, the candidate's own choice respected, a term of an offer refused beside another given, a
 * recruiter asking whether to put the candidate forward, a candidate who remains in consideration; pauses told as senior
 * hires frozen or a process picked up again later; declines told as a name missing from a list or a file closed; and the
 * flags buried in long letters — each on messages written for this test (not taken from any corpus part), beside a
 * counterpart that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('kind: polite words that decline nobody', () => {
  it('reads a writer who is not the recruiter for the role as no rejection', () => {
    expect(read("Hi Lena,\n\nUnfortunately I'm not the recruiter for the Welder role (I look after finance hiring), but I've passed your note to my colleague Dev.\n\nOmar").kind).not.toBe('rejection');
  });

  it('still reads the recruiter for the role declining as a rejection', () => {
    expect(read('Hi Lena,\n\nI am the recruiter for the Welder role and unfortunately we will not be moving forward with your application.\n\nOmar').kind).toBe('rejection');
  });

  it('reads a second application for the same role turned away as no rejection', () => {
    expect(read('Hi Lena,\n\nWe cannot take a further application to the same job, so we have deleted the one you sent yesterday; your first one is still with the team.\n\nOmar').kind).not.toBe('rejection');
  });

  it('still reads an application turned away for other candidates as a rejection', () => {
    expect(read('Hi Lena,\n\nUnfortunately we cannot accept your application for the Welder vacancy, as we have chosen other candidates.\n\nOmar').kind).toBe('rejection');
  });

  it('reads an apology for a slow reply, with the post still open, as no rejection', () => {
    expect(read('Dear Lena,\n\nI am so sorry it has taken me this long to answer. I regret that I was on leave last week. The lab post is still open; could you send me your CV?\n\nDr Hale').kind).not.toBe('rejection');
  });

  it('still reads a slow reply that declines as a rejection', () => {
    expect(read('Dear Lena,\n\nI am so sorry it has taken me this long to answer. Unfortunately we will not be progressing your application for the lab post.\n\nDr Hale').kind).toBe('rejection');
  });

  it("reads the candidate's own choice respected as no rejection", () => {
    expect(read("Dear Lena,\n\nWe're sorry you won't be joining the team, but we understand your decision and wish you well at Ferncroft.\n\nHR").kind).not.toBe('rejection');
  });

  it('still reads the sender choosing another candidate as a rejection', () => {
    expect(read('Dear Lena,\n\nWe are sad to say that you will not be joining us: we have decided to offer the role to another candidate.\n\nHR').kind).toBe('rejection');
  });

  it('reads a term of an offer refused beside another given as no rejection', () => {
    expect(read('Hi Lena,\n\nUnfortunately we are unable to increase the base salary, but we can offer a larger joining bonus instead. Shall I update the letter?\n\nOmar').kind).not.toBe('rejection');
  });

  it('still reads salary expectations not met, with the process ended, as a rejection', () => {
    expect(read('Hi Lena,\n\nUnfortunately we are unable to meet your salary expectations, so we will not be moving forward with your application.\n\nOmar').kind).toBe('rejection');
  });

  it('reads a recruiter asking whether to put the candidate forward as no rejection', () => {
    expect(read('Hi Lena,\n\nThe pay for the Planner role is a little under what you asked for, but the client may flex. Let me know if you would still like me to put your CV forward.\n\nOmar').kind).not.toBe('rejection');
  });

  it('still reads a client turning the candidate down over pay as a rejection', () => {
    expect(read('Hi Lena,\n\nThe client says your expected pay is well above their budget for the Planner role, so they will not be taking your CV forward.\n\nOmar').kind).toBe('rejection');
  });

  it('reads a candidate who remains in consideration while others are interviewed as no rejection', () => {
    expect(read("Hi Lena,\n\nOther applicants are still being interviewed this week and next; you remain very much in consideration and I'll come back to you with next steps after that.\n\nOmar").kind).not.toBe('rejection');
  });

  it('still reads a candidate no longer in consideration as a rejection', () => {
    expect(read("Hi Lena,\n\nWe are still interviewing other candidates. You are no longer under consideration, I'm afraid.\n\nOmar").kind).toBe('rejection');
  });
});

describe('kind: a format or a document, not the candidate', () => {
  it('reads assessments refused on site, with the candidate\'s own going ahead online, as no rejection', () => {
    expect(read('Hi Sam,\n\nUnfortunately we cannot offer assessments on site in August, so yours will be online.\n\nHR').kind).not.toBe('rejection');
  });

  it('still reads an interview refused to the candidate as a rejection', () => {
    expect(read('Hi Sam,\n\nUnfortunately we can\'t offer you an interview, as we have chosen other applicants.\n\nHR').kind).toBe('rejection');
  });

  it('reads an application that cannot be considered without a document still to send as no rejection', () => {
    expect(read('Dear Sam,\n\nThank you for applying. We are unable to consider your application without a portfolio, so could you please send one by Monday?\n\nCareers').kind).not.toBe('rejection');
  });

  it('still reads an application that cannot be considered without the right to work as a rejection', () => {
    expect(read('Dear Sam,\n\nThank you for applying. We are unable to consider your application without the right to work in the UK, so we will not be taking it further.\n\nCareers').kind).toBe('rejection');
  });
});

describe('kind: a fit asked about, a step changed', () => {
  it('reads "Not the right fit?" in a job alert as no rejection', () => {
    expect(read('Hi Sam,\n\nNot the right fit? No problem — here are three more roles at Kestrel you might like.\n\nKestrel Careers').kind).not.toBe('rejection');
  });

  it('still reads the candidate told they are not the right fit as a rejection', () => {
    expect(read('Hi Sam,\n\nWe felt you were not the right fit for the Fitter role. Here are three more roles at Kestrel you might like.\n\nKestrel Careers').kind).toBe('rejection');
  });

  it("reads a tool dropped while the candidate's interview goes ahead as no rejection", () => {
    expect(read('Dear Sam,\n\nUnfortunately we have decided not to use the video interview platform this year, so your first interview will be a phone call instead.\n\nHR').kind).not.toBe('rejection');
  });

  it("still reads the candidate's application dropped, with the interview off, as a rejection", () => {
    expect(read('Dear Sam,\n\nUnfortunately we have decided not to go ahead with your application, so your interview on Monday will not take place.\n\nHR').kind).toBe('rejection');
  });
});

describe('kind: a person or a date that cannot be kept', () => {
  it('reads a manager who could not make the call, and wants to meet, as no rejection', () => {
    expect(read('Hi Sam,\n\nSadly the hiring manager could not make our call, but she has read your CV and would like to meet you next week.\n\nPriya').kind).not.toBe('rejection');
  });

  it('still reads a manager who could not support the application as a rejection', () => {
    expect(read('Hi Sam,\n\nSadly the hiring manager could not support your application, so we will not be meeting next week.\n\nPriya').kind).toBe('rejection');
  });

  it('reads an interview that cannot go ahead on its date, with a new date to come, as no rejection', () => {
    expect(read('Dear Sam,\n\nUnfortunately, we are not able to move forward with the interview on Friday as planned, because the panel chair is ill. We will offer you a new date shortly.\n\nHR').kind).not.toBe('rejection');
  });

  it('still reads an interview called off because the role is filled as a rejection', () => {
    expect(read('Dear Sam,\n\nUnfortunately, we are not able to move forward with the interview on Friday, as the role has now been filled.\n\nHR').kind).toBe('rejection');
  });
});

describe('kind: pauses', () => {
  it('reads senior hires frozen after the final round as on_hold', () => {
    const r = read('Dear Lena,\n\nAfter your final round the board asked us to freeze all senior hires until the budget is agreed in March. You are still our first choice.\n\nOmar');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a hiring day held as no pause', () => {
    expect(read('Dear Lena,\n\nWe are holding a graduate hiring day on 4 May and would like to invite you to it.\n\nOmar').kind).not.toBe('on_hold');
  });

  it('reads no interviews booked for a while, to be picked up later, as on_hold', () => {
    const r = read('Hi Lena,\n\nThanks for the call. The manager is now on parental leave, so we will not be scheduling interviews for the next three weeks. We will pick it up again once she is back.\n\nOmar');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads no interview to be booked with the candidate as a rejection', () => {
    expect(read('Hi Lena,\n\nThanks for the call. We will not be scheduling an interview with you, as we have chosen to go ahead with other applicants.\n\nOmar').kind).toBe('rejection');
  });
});

describe('kind: declines in unusual words', () => {
  it("reads the candidate's name missing from the list of those shortlisted as a rejection", () => {
    expect(read('Dear Candidate,\n\nThe list of candidates called for the trade test is now on our website. We regret to inform you that your name does not appear in the list.\n\nHR Cell').kind).toBe('rejection');
  });

  it("still reads the candidate's name on the list as no rejection", () => {
    expect(read('Dear Candidate,\n\nThe list of candidates called for the trade test is now on our website, and your name appears in the list.\n\nHR Cell').kind).not.toBe('rejection');
  });

  it("reads the candidate's file closed by the sender as a rejection", () => {
    expect(read('Hi Lena,\n\nI am afraid we are going to close your file for the Planner post. Thanks for your time with us.\n\nOmar').kind).toBe('rejection');
  });

  it("still reads the file closed at the candidate's request as no rejection", () => {
    expect(read('Hi Lena,\n\nAs you requested, we are going to close your file for the Planner post. Good luck in the new job!\n\nOmar').kind).not.toBe('rejection');
  });
});

describe('kind: a rival picked', () => {
  it('reads another candidate picked by the client as a rejection', () => {
    expect(read('Hi Lena,\n\nThe client has picked another candidate for the role.\n\nOmar').kind).toBe('rejection');
  });

  it('still reads a slot the candidate picked, taken by another candidate, as no rejection', () => {
    expect(read('Hi Lena,\n\nSorry, the Thursday slot you picked was booked by another candidate a minute earlier. Could you choose another time from the link below?\n\nOmar').kind).not.toBe('rejection');
  });
});

describe('kind: a time slot given to someone else', () => {
  it('reads the slot the candidate picked, gone to another candidate, as no rejection', () => {
    expect(read('Hi Lena,\n\nUnfortunately the 9am slot you picked has gone to another candidate. Could you choose a new time from the link below?\n\nOmar').kind).not.toBe('rejection');
  });

  it("still reads the candidate's place on a scheme gone to another candidate as a rejection", () => {
    expect(read('Hi Lena,\n\nUnfortunately your place on the graduate scheme has gone to another candidate.\n\nOmar').kind).toBe('rejection');
  });
});

describe('flags buried in long letters', () => {
  it('reads comments from the assessors to be asked for as feedback offered', () => {
    expect(read('Dear Lena,\n\nThank you for applying to the bursary. We are sorry to say your application was not selected. You may ask for brief written comments from the assessors by replying before 1 June.\n\nBursary Office').feedbackOffered).toBe(true);
  });

  it("still reads the candidate's own comments asked for as no feedback offered", () => {
    expect(read('Dear Lena,\n\nThank you for applying to the bursary. We are sorry to say your application was not selected. We would welcome your comments on the application process by replying before 1 June.\n\nBursary Office').feedbackOffered).toBe(false);
  });

  it('reads "should you wish to talk about any of this, I\'d be glad to call" as feedback offered', () => {
    expect(read("Dear Lena,\n\nThank you for the final interview. We have offered the post to another candidate. Should you wish to talk about any of this, I'd be glad to call you next week.\n\nOmar").feedbackOffered).toBe(true);
  });

  it('still reads a pointer to the privacy officer as no feedback offered', () => {
    expect(read('Dear Lena,\n\nThank you for the final interview. We have offered the post to another candidate. Should you wish to discuss your data, please contact our privacy officer.\n\nOmar').feedbackOffered).toBe(false);
  });

  it("reads the candidate's background placed away from the role as feedback", () => {
    expect(read("Hi Lena,\n\nThanks for your interview. The client felt your background is too focused on start-ups for a team of this size, so they won't proceed.\n\nOmar").feedback).toBe(true);
    expect(read("Hi Lena,\n\nThanks for your interview. We won't be taking things further: your management experience has been with small crews rather than a plant of four hundred.\n\nOmar").feedback).toBe(true);
  });

  it('still reads a background only praised as no feedback', () => {
    expect(read("Hi Lena,\n\nThanks for your interview. The client felt your background is a good one, but they won't proceed.\n\nOmar").feedback).toBe(false);
  });

  it('reads the one chosen, told by years of a named kind of work or a named thing done, as feedback', () => {
    expect(read('Hi Lena,\n\nThanks for your interviews. In the end the post went to someone with four years of hospital pharmacy experience.\n\nOmar').feedback).toBe(true);
    expect(read('Hi Lena,\n\nThanks for your interviews. We chose the other finalist, who had already run a night-shift team of forty.\n\nOmar').feedback).toBe(true);
  });

  it('still reads the one chosen, told by nothing named, as no feedback', () => {
    expect(read('Hi Lena,\n\nThanks for your interviews. In the end the post went to someone with more relevant experience.\n\nOmar').feedback).toBe(false);
    expect(read('Hi Lena,\n\nThanks for your interviews. We chose the other finalist, who had a slightly stronger interview.\n\nOmar').feedback).toBe(false);
    expect(read('Dear Sam,\n\nWe have chosen another candidate, who has led the way in the interviews.\n\nHR').feedback).toBe(false);
  });

  it('reads the candidate invited to ask to be considered for a later site as an open door', () => {
    expect(read('Hi Lena,\n\nWe have offered the Planner role to someone else. If you would like to be considered for our Leeds depot when it opens next year, just let us know.\n\nOmar').doorOpen).toBe(true);
  });

  it('still reads the same role refused for good as no open door', () => {
    expect(read('Hi Lena,\n\nWe have offered the Planner role to someone else. If you would like to be considered for this role again later, we are sorry but that will not be possible.\n\nOmar').doorOpen).toBe(false);
  });

  it('reads "you will hear from me if a similar role comes up" as an open door', () => {
    expect(read('Hi Lena,\n\nWe have offered the Planner role to someone else. You will hear from me if a similar role comes up in the spring.\n\nOmar').doorOpen).toBe(true);
  });

  it('still reads "you will hear from me if we need anything else" as no open door', () => {
    expect(read('Hi Lena,\n\nWe have offered the Planner role to someone else. You will hear from me if we need anything else for our records.\n\nOmar').doorOpen).toBe(false);
  });

  it('reads the employer to be borne in mind, as the team grows, as an open door', () => {
    expect(read("Hi Lena,\n\nThe client has gone with another candidate. They asked me to say they'd like you to bear them in mind, as the team is growing.\n\nOmar").doorOpen).toBe(true);
  });

  it('still reads interview tips to keep in mind as no open door', () => {
    expect(read('Hi Lena,\n\nThe client has gone with another candidate. They gave some interview tips; please keep them in mind for next time, as the team is growing.\n\nOmar').doorOpen).toBe(false);
  });

  it('reads "when we start recruiting for the new depot, I will contact you first" as an open door', () => {
    expect(read('Hi Lena,\n\nWe have offered the Planner role to someone else. When we start recruiting for the new depot in the summer, I will contact you first.\n\nOmar').doorOpen).toBe(true);
  });

  it('still reads where roles are posted as no open door', () => {
    expect(read('Hi Lena,\n\nWe have offered the Planner role to someone else. When we start recruiting for a role, we always post it on the website.\n\nOmar').doorOpen).toBe(false);
  });
});

describe('kind: more declines in unusual words', () => {
  it('reads a candidacy passed on as a rejection', () => {
    expect(read("Hi Sam,\n\nWe'll be passing on your candidacy; the client found someone closer to home.\n\nPriya").kind).toBe('rejection');
  });

  it('still reads an application passed on to a manager as no rejection', () => {
    expect(read("Hi Sam,\n\nI've passed on your application to the plant manager, who will call you on Monday.\n\nPriya").kind).not.toBe('rejection');
  });

  it('reads "you have not made it to the next round" as a rejection', () => {
    expect(read("Hi Sam,\n\nYou've not made it to the next round this time.\n\nPriya").kind).toBe('rejection');
  });

  it('still reads "you have made it to the next round" as no rejection', () => {
    expect(read("Hi Sam,\n\nWell done, you've made it to the next round! I'll send times tomorrow.\n\nPriya").kind).not.toBe('rejection');
  });

  it('reads the candidate released from the process as a rejection', () => {
    expect(read("Hi Sam,\n\nWe'll be releasing you from the process for the Fitter role.\n\nPriya").kind).toBe('rejection');
  });

  it('still reads an interview schedule released as no rejection', () => {
    expect(read("Hi Sam,\n\nWe'll be releasing the interview schedule for the Fitter role on Monday.\n\nPriya").kind).not.toBe('rejection');
  });
});

describe('more flags in few words', () => {
  const chosen = (tail: string) => read(`Hi Sam,\n\nWe have chosen another candidate for the Fitter role. ${tail}\n\nPriya`);

  it("reads the candidate's name put in for a later opening as an open door", () => {
    expect(chosen("We're opening a second site next year and I'd be glad to put your name in for it.").doorOpen).toBe(true);
  });

  it("still reads the candidate's name put in for this role, with no later time, as no open door", () => {
    expect(chosen('I did put your name in for it, but the panel preferred others.').doorOpen).toBe(false);
  });

  it('reads more roles to come and "you should go for them" as an open door', () => {
    expect(chosen("There'll be more fitter roles in the spring, and you should go for them.").doorOpen).toBe(true);
  });

  it('still reads "you should not go for them" as no open door', () => {
    expect(chosen('There are more fitter roles on the site, but you should not go for them.').doorOpen).toBe(false);
  });

  it('reads a CV that stays with the sender as an open door', () => {
    expect(chosen("Your CV stays with us, and we'll look at it first when the next role comes up.").doorOpen).toBe(true);
  });

  it('still reads a CV kept only for audit and then deleted as no open door', () => {
    expect(chosen('Your CV stays on file until the end of the campaign for audit purposes and is then deleted.').doorOpen).toBe(false);
  });

  it('reads notes that are the candidate\'s on asking, or a debrief any time, as feedback offered', () => {
    expect(chosen("The panel's notes are yours if you want them.").feedbackOffered).toBe(true);
    expect(chosen('Any time you want a debrief, just ask.').feedbackOffered).toBe(true);
  });

  it('still reads notes refused, or a reference any time, as no feedback offered', () => {
    expect(chosen("Sadly we cannot give out the panel's notes, even if you want them.").feedbackOffered).toBe(false);
    expect(chosen('Any time you want a reference for another job, just ask.').feedbackOffered).toBe(false);
  });

  it('reads "if you want to know why, I\'m around all week" as feedback offered', () => {
    expect(chosen("If you want to know why, I'm around all week.").feedbackOffered).toBe(true);
  });

  it('still reads "if you want to know why we ask for two references" as no feedback offered', () => {
    expect(chosen('If you want to know why we ask for two references, see our FAQ page.').feedbackOffered).toBe(false);
  });
});

describe('declines in the words of other batches: a decision in favour of someone else, "yours was not retained"', () => {
  it('reads "we decided in favour of another applicant" as a rejection', () => {
    expect(read('Hi Sam,\n\nThanks for the interview on Friday. In the end we decided in favour of another applicant for the Barista role.\n\nBest,\nIlse').kind).toBe('rejection');
  });

  it('still reads a decision in favour of a later date as no rejection', () => {
    expect(read('Hi Sam,\n\nThanks for your patience. We decided in favour of moving the interviews to next week; I will send new times tomorrow.\n\nBest,\nIlse').kind).not.toBe('rejection');
  });

  it('reads "yours was not retained for the interview phase" as a rejection', () => {
    expect(read('Sir,\n\nAfter examination of all the applications received, we inform you that yours was not retained for the interview phase.\n\nHuman Resources').kind).toBe('rejection');
  });

  it('still reads "yours will be retained on file" as no rejection', () => {
    expect(read('Sir,\n\nWe have received your application for the post of Translator and yours will be retained on file while the panel reviews all applications.\n\nHuman Resources').kind).not.toBe('rejection');
  });
});

describe('doors in the words of other batches', () => {
  const decline = (s: string) => read(`Hi Sam,\n\nThank you for applying for the Analyst role. Unfortunately we will not be taking your application further.\n\n${s}\n\nBest,\nKim`);

  it('reads a welcome for any roles the employer advertises as an open door', () => {
    expect(decline("We'd welcome an application from you for any remote roles we advertise.").doorOpen).toBe(true);
  });

  it('still reads a welcome for this role from others as no open door', () => {
    expect(decline('We welcomed applications for this role from our own staff first.').doorOpen).toBe(false);
  });

  it('reads "keep an eye on our page" as an open door', () => {
    expect(decline('Keep an eye on our page though, we hire most months.').doorOpen).toBe(true);
  });

  it('still reads "keep an eye on the application status page" as no open door', () => {
    expect(decline('You can keep an eye on the status page for your data request.').doorOpen).toBe(false);
  });

  it('reads "you would be great for some of the roles we open next year" as an open door', () => {
    expect(decline("I do think you'd be great for some of the roles we open next year.").doorOpen).toBe(true);
  });

  it('still reads "you would not be a good fit for other roles" as no open door', () => {
    expect(decline('To be honest, you would not be a good fit for other roles here either.').doorOpen).toBe(false);
  });
});

describe('feedback on a piece of work in the words of other batches', () => {
  const after = (s: string) => read(`Hi Sam,\n\nThank you for the exercise you sent over last week. ${s} so we've decided not to continue.\n\nBest,\nKim`);

  it('reads "the flow skipped the step we asked for" as specific feedback', () => {
    expect(after('We liked the look, but the flow skipped the sign-up step we asked for,').feedback).toBe(true);
  });

  it('reads a word limit overrun and a guide not used as specific feedback', () => {
    expect(after('The writing was clear, but it ran well over the word limit and did not follow the style guide we sent,').feedback).toBe(true);
  });

  it('still reads a reminder of the word limit, with no verdict on the work, as no feedback', () => {
    expect(read('Hi Sam,\n\nThanks for applying. Please make sure your answers do not run over the word limit.\n\nBest,\nKim').feedback).toBe(false);
  });
});

describe('a profile not aligned with the role is no specific feedback', () => {
  it('reads "the team felt your experience was not sufficiently aligned with the scope of the role" as no feedback', () => {
    expect(read('Hi Sam,\n\nThank you for interviewing with us. The hiring team felt your experience was not sufficiently aligned with the scope of the role and we have decided not to proceed.\n\nBest,\nKim').feedback).toBe(false);
  });

  it('still reads "the panel felt your answers were too high-level" as feedback', () => {
    expect(read('Hi Sam,\n\nThank you for interviewing with us. The panel felt your answers on the migration were too high-level, so we have decided not to proceed.\n\nBest,\nKim').feedback).toBe(true);
  });
});
