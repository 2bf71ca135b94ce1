/**
 * Look-alikes the rules read as declines, and the rules changed for them: messages written for this test (not taken from
 * any corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`)
 * must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hello Idris,\n\n${body}\n\nWarm regards,\nTalent Team`;

describe('no decline, said in so many words', () => {
  it('reads "your application has not been unsuccessful and remains under consideration" as no rejection', () => {
    const r = read(wrap('Thank you for interviewing for the Payroll Lead post. New spending controls mean every appointment must be re-approved, so we cannot make an offer for three weeks. Your application has not been unsuccessful and remains under consideration.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "the role is paused, not cancelled" as a pause', () => {
    const r = read(wrap('We have put a short freeze on external hiring while the plan for next year is agreed. The Analyst role is paused, not cancelled, and your application is safe with us.'));
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a plain "your application has been unsuccessful" as a rejection', () => {
    expect(read(wrap('Thank you for interviewing for the Payroll Lead post. I am sorry to tell you that your application has been unsuccessful.')).kind).toBe('rejection');
  });
});

describe('reassurance and arrangements are no decision', () => {
  it('reads "you do not need to take any action" beside an extended closing date as no rejection', () => {
    expect(read(wrap('The closing date for the Data Officer vacancy has moved to 3 March. You do not need to take any action: applications already made will be considered with the new ones.')).kind).not.toBe('rejection');
  });

  it('reads "sadly it is not possible to re-record an answer" in a video-interview invitation as no rejection', () => {
    const r = read(wrap("You're invited to record a video interview for the Support Engineer role. Sadly it isn't possible to re-record an answer once it is submitted, so try the practice question first."));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "it is not possible to progress your application" as a rejection', () => {
    expect(read(wrap('Thank you for the video interview for the Support Engineer role. Sadly it is not possible to progress your application further.')).kind).toBe('rejection');
  });

  it('reads a technical fault that lost some forms as no rejection', () => {
    expect(read(wrap('Apologies: a technical fault on our careers site last Tuesday afternoon meant some forms sent in during those hours were not saved. Please check that your application shows as received.')).kind).not.toBe('rejection');
  });

  it('reads a right-to-work check before the first day as no rejection and no location reason', () => {
    const r = read(wrap('Before your employment begins we must see your passport or share code to check your right to work. We regret that we cannot let you start until the check is done.'));
    expect(r.kind).not.toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('still reads no right to work as a rejection for location', () => {
    const r = read(wrap('Thank you for applying for the Nurse post. Unfortunately we cannot progress your application, as you do not have the right to work in the UK and we cannot sponsor a visa.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('location');
  });
});

describe('the process going on, or the candidate\'s own words', () => {
  it('reads "the client would like to meet you for a first interview" as an invitation, not a profile mismatch', () => {
    const r = read(wrap('Good news: the client would like to meet you for a first interview on Thursday. I know the last one was a let-down, but this role is a much closer match.'));
    expect(r.kind).toBe('interview_invite');
  });

  it('reads "someone from the people team will look at your application" as no internal hire', () => {
    const r = read(wrap('We have your application for the Coordinator role. Someone from the people team will look at your application within ten working days, and we will tell you either way.'));
    expect(r.kind).not.toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('still reads the role given to someone from the existing team as an internal hire', () => {
    const r = read(wrap('Thank you for your interest in the Coordinator role. We have decided to appoint someone from the existing team, so we will not be taking your application further.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it("reads the candidate's own withdrawal, with the recruiter's mail quoted, as no rejection", () => {
    const r = read("Hi Sara,\n\nI'm afraid I'm going to have to withdraw from the Bristol role. I accepted an offer elsewhere yesterday.\n\nThanks for all your help,\nIdris\n\nOn Mon, Sara wrote:\n> The client would like a second interview on Friday.");
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "the other candidate accepted our offer" as a rejection', () => {
    expect(read(wrap('Thank you for interviewing with us. We offered the role to another candidate, who has accepted our offer, so we will not be progressing your application.')).kind).toBe('rejection');
  });
});

describe('stage: two steps named in other words', () => {
  it('reads recorded video questions as an assessment', () => {
    expect(read(wrap('Thanks for completing the recorded video questions for our Retail Graduate Scheme. We have watched your responses and will not be advancing your application.')).stage).toBe('assessment');
  });

  it('reads "thank you for attending the panel for the above position" as an interview', () => {
    expect(read(wrap('Thank you for attending the panel for the above position last Tuesday. I regret to tell you that you have not been recommended for appointment.')).stage).toBe('interview');
  });

  it('still reads a panel only promised to others as the application stage', () => {
    expect(read(wrap('Shortlisted applicants will be asked to attend the panel on 3 May. I am sorry to say that your application has not been shortlisted.')).stage).toBe('application');
  });
});

describe('mail to a list the reader joined', () => {
  it('reads a talent-community note that a featured post has been filled as no rejection', () => {
    const r = read("Dear Talent Community Member,\n\nYou're receiving this email because you joined the Larchmont Hotels talent community. The Head Chef post we featured last month has now been filled. Thank you to everyone who shared it. You'll keep getting new openings that match your interests.\n\nLarchmont Hotels Careers");
    expect(r.kind).toBe('other');
  });

  it('still reads a decline of the reader\'s own application sent through the same community as a rejection', () => {
    const r = read("Hi Sam,\n\nYou're receiving this email because you joined the Larchmont Hotels talent community. Thank you for applying for the Head Chef post: it has now been filled, and we will not be taking your application further.\n\nLarchmont Hotels Careers");
    expect(r.kind).toBe('rejection');
  });
});

describe('an engineer\'s inbox: approaches, reminders and questionnaires', () => {
  it("reads a recruiter's approach whose client \"sadly can't do fully remote\" as no rejection", () => {
    const r = read("Hi Sam,\n\nI came across your profile and your Rust work caught my eye. My client, a logistics scale-up in Lyon, needs a Platform Engineer. Sadly they can't do fully remote, but they do pay for relocation. Would you be open to a quick chat on Friday?\n\nBest,\nNoor");
    expect(r.kind).toBe('other');
  });

  it('still reads a recruiter\'s decline of the candidate\'s own application as a rejection', () => {
    const r = read("Hi Sam,\n\nThanks for applying for the Platform Engineer role with my client. Sadly they can't do fully remote, so they won't be taking your application further.\n\nBest,\nNoor");
    expect(r.kind).toBe('rejection');
  });

  it('reads a test link about to expire as no rejection', () => {
    expect(read(wrap("You haven't started the online test yet. Your link expires in 24 hours; after that you will no longer be able to open the test and will need a new invitation.")).kind).not.toBe('rejection');
  });

  it('reads a questionnaire asking for pay expectations and a work permit as no rejection', () => {
    const r = read(wrap('Before we look at your documents, please answer three questions. What is your notice period? What salary do you expect? Do you need a work permit? (Sadly we cannot sponsor new visas.)'));
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "it did not fall in your favour", beside an offer to explain the decision on a call, as a rejection', () => {
    const r = read(wrap("Thank you for the two interviews. We have made our decision and, unfortunately, it did not fall in your favour this time. If you would like to know how we came to the decision, I'm happy to arrange a short call."));
    expect(r.kind).toBe('rejection');
  });

  it('reads the role filled with someone who applied internally as a rejection for an internal candidate', () => {
    const r = read(wrap('Thank you for your two interviews. We have decided to fill the role with an engineer from our Payments team, who applied internally late in the process.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('still reads "we have decided to offer the role to you" as no rejection', () => {
    expect(read(wrap('Thank you for your two interviews. We have decided to offer the role to you, and a contract will follow tomorrow.')).kind).not.toBe('rejection');
  });
});

describe('a process waiting or slower than planned', () => {
  it('reads a selection process on stand-by pending a budget review as a pause', () => {
    expect(read(wrap('The opening of the Data Engineer post is pending a budget review, which will not finish until April. Until then the selection process remains on stand-by, and your application stays valid.')).kind).toBe('on_hold');
  });

  it('reads "we need a bit more time than planned to go through the applications" as a pause', () => {
    expect(read(wrap('A short update on the Data Engineer post: we need a bit more time than planned to go through all the applications. We expect to contact shortlisted candidates in the week of 10 March.')).kind).toBe('on_hold');
  });

  it('reads a test the candidate may ask more time for as no pause', () => {
    expect(read(wrap('Your coding test for the Data Engineer post is ready. If you need more time than the 90 minutes because of a disability, tell us and we will extend it.')).kind).not.toBe('on_hold');
  });
});

describe('a growth analyst\'s inbox: notices and reasons', () => {
  it('reads a job board\'s "top picks for you … sorry, we couldn\'t find more matches this week" as no rejection', () => {
    expect(read('Top picks for you, Sam\n\nBased on your profile (Growth Analyst, 4 yrs), here are this week\'s best matches.\nSenior Growth Analyst · Pune\nCRM Manager · Mumbai\n\nSorry, we couldn\'t find more matches this week.').kind).toBe('other');
  });

  it('reads a withdrawal confirmed by an ATS ("will no longer be considered") as no rejection', () => {
    expect(read(wrap('This email confirms that you have withdrawn your application for Marketing Consultant (R-5521). Your application will no longer be considered for this position.')).kind).toBe('other');
  });

  it('reads a job board\'s congratulations on a new role as no rejection', () => {
    expect(read("Hi Sam,\n\nCongratulations on your new role! We've paused your job alerts. Unfortunately we can't restore them automatically, but you can turn them back on in your settings.\n\nTeam Jobsy").kind).toBe('other');
  });

  it('reads "decided to fill the Growth Analyst position with someone from within" as a rejection', () => {
    expect(read(wrap("Thanks for the two rounds with the strategy team. We've decided to fill the Growth Analyst position with someone from within the company.")).kind).toBe('rejection');
  });

  it('reads an offer accepted by another candidate as a filled post, not a closed role', () => {
    const r = read(wrap('Thank you for the final round. The offer for the Growth Marketing Analyst position has been accepted by another candidate, so the position is no longer open.'));
    expect(r.reasons).toEqual(['position_filled']);
  });

  it('reads "we closed the position with a candidate further along" as a filled post', () => {
    const r = read(wrap('Thank you for the assignment. Before we could review it, we closed the position with a candidate who was further along in the process.'));
    expect(r.reasons).toEqual(['position_filled']);
  });

  it('reads "he needs someone who has already hired and managed analysts" as a skills gap, not a filled post', () => {
    const r = read(wrap("I'm sorry to tell you that we will not be extending an offer. This role leads a team from day one, and Vivek needs someone who has already hired and managed analysts; your experience so far has been as an individual contributor."));
    expect(r.reasons).not.toContain('position_filled');
  });

  it('reads "we did not see the programming depth the role calls for" as a skills gap', () => {
    const r = read(wrap('After reviewing your profile we will not be moving ahead. The role needs strong SQL and Python, and we did not see the programming depth the role calls for.'));
    expect(r.reasons).toContain('skills_gap');
  });

  it('reads "we\'ve paused all new hiring, including the analyst role" as a closed role', () => {
    const r = read(wrap("Our funding round has slipped to October. Until the money comes in, we've paused all new hiring, including the analyst role. I'd like to pick this up with you when it closes."));
    expect(r.kind).toBe('on_hold');
    expect(r.reasons).toEqual(['role_closed']);
  });
});

describe('an events coordinator\'s inbox: the post given to someone else', () => {
  it('reads "we have appointed Olivia Hartley, who is currently our Sydney manager" as a rejection', () => {
    expect(read(wrap('Thank you for interviewing with our Director of Events and me. I am writing to let you know that we have appointed Olivia Hartley, who is currently Conference Manager at our Sydney hotel.')).kind).toBe('rejection');
  });

  it('reads "the panel has recommended the appointment of our current acting manager" as a rejection', () => {
    expect(read(wrap('Thank you for attending the final panel on Monday. After careful deliberation, the panel has recommended the appointment of our current acting manager, and the Director has accepted that recommendation.')).kind).toBe('rejection');
  });

  it('reads an agency\'s "another applicant has now accepted the role, so that one has come to an end for you" as a rejection', () => {
    expect(read("Hi Sam,\n\nQuick one after your phone screen on Tuesday. The client was already in final talks with another applicant, and that person has now accepted the Client Experience Manager role. So that one has come to an end for you.\n\nMaya").kind).toBe('rejection');
  });

  it('reads a process that starts with "a call with someone from the People team" as no internal hire', () => {
    const r = read(wrap('Thanks for applying! Our process: a 20-minute call with someone from the People team, a conversation with the Head of Customer, a short task and a final chat with the founders.'));
    expect(r.kind).not.toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });
});

describe('an internal hire in its many forms, and a reviewer who is none', () => {
  it.each([
    'A colleague from our planning team will move into this role from 1 March, so we are closing the procedure for external candidates.',
    'Someone from our existing team has been successful in securing the post.',
    'In the end a colleague within the department was the stronger fit.',
    'We have decided to appoint someone from within our existing team.',
  ])('reads "%s" as an internal hire', (body) => {
    const r = read(wrap(`Thank you for applying for the Planner post. ${body}`));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });
});

describe('stage: a screen with a talent team, and a language-speaking team', () => {
  it('reads a telephonic discussion with the TA team as a screen', () => {
    expect(read(wrap('Thank you for the telephonic discussion with our TA team on 6 August about the Growth Analyst post. We will not be moving your application forward.')).stage).toBe('screen');
  });

  it('reads a recruiter who discussed "our conversation" with the hiring manager as a screen, not an interview', () => {
    expect(read(wrap('Thanks again for the call on Monday. I discussed our conversation with the hiring manager, and we will not be taking your application further.')).stage).toBe('screen');
  });

  it('reads "Arabic-speaking sales teams" as no conversation with the candidate', () => {
    expect(read(wrap('Thank you for applying. The role works with our Arabic-speaking sales teams, so fluency in Arabic is a requirement, and we will not be progressing your application.')).stage).toBe('application');
  });
});

describe('stage: steps ahead or for others are not the candidate\'s', () => {
  it('reads "three more rounds" still ahead as no interview', () => {
    expect(read(wrap("Thanks for the call on Monday. It wouldn't be fair to take you through three more rounds knowing the gap in Go experience, so we'll stop here.")).stage).toBe('screen');
  });

  it('reads "we will contact the shortlisted candidates next week" in a delay notice as no final round', () => {
    const r = read(wrap('We need a bit more time than planned to go through the applications. We expect to contact the shortlisted candidates in the week of 10 February.'));
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('application');
  });
});

describe('stage: a visit made only for a test (a trial shift stays an interview)', () => {
  it.each([
    'Thanks for coming along on Tuesday for the practical test.',
    'Thanks for coming out to the workshop on Saturday to do the welding test.',
    'Thank you for recording your video interview responses for the Graduate Programme.',
  ])('reads "%s" as an assessment', (body) => {
    expect(read(wrap(`${body} We will not be taking your application further.`)).stage).toBe('assessment');
  });

  it('still reads a visit for an interview and a test, or a plain visit, as an interview', () => {
    expect(read(wrap('Thanks for coming in for the interview and the practical test. We will not be taking your application further.')).stage).toBe('interview');
    expect(read(wrap('Thanks for coming in on Tuesday. We will not be taking your application further.')).stage).toBe('interview');
  });
});

describe('stage: time spent with the HR team on the phone', () => {
  it('reads "the time you spent with our HR team on the phone" as a screen', () => {
    expect(read(wrap('Thank you for the time you spent with our HR team on the phone last Wednesday. We will not be taking your application further.')).stage).toBe('screen');
  });

  it('still reads "the time you spent with the engineering team" as an interview', () => {
    expect(read(wrap('Thank you for the time you spent with the engineering team last Wednesday. We will not be taking your application further.')).stage).toBe('interview');
  });
});

describe('stage: steps others took, talks with clients, a panel that only read the form', () => {
  it.each([
    "She's gone with a couple of other profiles for the interviews, so I'm afraid yours won't be going further this time.",
    'Shortlisted applicants were contacted for a trial shift last week, and we will not be taking your application further.',
    'We already did the trial shifts and have taken someone on, so the job is gone now.',
    'Given the need for fluent German in all client conversations, we are unable to consider your application further.',
    'Having read your application, the panel felt that your experience is wider than this post needs, so we will not be taking it further.',
  ])('reads "%s" as the application stage', (body) => {
    expect(read(wrap(body)).stage).toBe('application');
  });

  it('still reads the candidate\'s own trial shift, and both interviews, as an interview', () => {
    expect(read(wrap("Thanks for the trial shift on Saturday. We won't be taking you on this time.")).stage).toBe('interview');
    expect(read(wrap('Thank you for both interviews. We will not be taking your application further.')).stage).toBe('interview');
  });
});

describe('stage: the whole process gone through', () => {
  it.each([
    'Thank you for going through every round with us.',
    'Thank you for the last-stage meeting with our CEO on Thursday.',
    'Thank you for coming to the University on Friday for the full interview day.',
  ])('reads "%s" as a final round', (body) => {
    expect(read(wrap(`${body} We have decided to offer the post to another candidate.`)).stage).toBe('final');
  });

  it('still reads "every round of hiring this year is on hold" as no final round of the candidate', () => {
    expect(read(wrap('Thank you for your application. Every round of hiring this year is on hold, so we cannot take it further for now.')).stage).not.toBe('final');
  });
});

describe('reasons: a hire paused for the organisation\'s sake, a post kept inside', () => {
  it.each([
    "Following your interviews the Product Marketing Manager hire has been paused while we rework next year's plan.",
    'The client has put this search on ice while they re-plan their budget.',
    'The Board has resolved to suspend all senior appointments until the recapitalisation is complete.',
    'The recruitment for the Lab Technician post has been delayed due to an internal review.',
  ])('reads "%s" as a closed role', (body) => {
    expect(read(wrap(`${body} Your application is still under consideration.`)).reasons).toEqual(['role_closed']);
  });

  it.each([
    'The client has decided to give the job to someone already in their team.',
    'The hiring manager has decided to move Sunil from the payments squad into the Product Owner role.',
    'One of our current engineers has asked to move into this role, and the hiring manager has given her the position.',
    'The panel has recommended the appointment of our current acting manager.',
    "We have decided to give it to her; because she's already with the Foundation, we are closing the external process.",
  ])('reads "%s" as an internal hire', (body) => {
    const r = read(wrap(`Thank you for the call last week. ${body}`));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('still reads a paused hire because of too many applications as no closed role, and an external hire as no internal one', () => {
    expect(read(wrap('Shortlisting has been delayed because we received so many applications. We hope to write to everyone by Friday.')).reasons).not.toContain('role_closed');
    expect(read(wrap('Thank you for the call. We have decided to give the job to someone with more payroll experience.')).reasons).not.toContain('internal_candidate');
  });
});

describe('door: managing alerts is no invitation', () => {
  it('reads "to manage your job alerts and profile, visit our career section" as no open door', () => {
    expect(read(wrap('Thank you for applying. We will not be taking your application further.\n\nTo manage your job alerts and profile, visit our career section.')).doorOpen).toBe(false);
  });

  it('still reads "we encourage you to sign up for job alerts to hear about future roles" as an open door', () => {
    expect(read(wrap('Thank you for applying. We will not be taking your application further. We encourage you to sign up for job alerts so you hear about future roles.')).doorOpen).toBe(true);
  });
});

describe('stage: "last two" and "final stages" that are not this process', () => {
  it.each([
    'Thanks for the call on Thursday. The hiring manager has decided to move Sunil into the role, since he has been covering the backlog for the last two sprints.',
    'Thanks for the call on Thursday. Having discussed your background, we feel that your last four as Project Director make you more senior than this post.',
    "Thanks for the call on Thursday. You mentioned you're in the final stages with another employer; in any case we will not be moving forward.",
  ])('reads "%s" as no final round', (body) => {
    expect(read(wrap(body)).stage).not.toBe('final');
  });

  it('still reads "you were one of the last two" as a final round', () => {
    expect(read(wrap('Thank you for your time. You were one of the last two, and it was a very close decision, but we have offered the post to the other candidate.')).stage).toBe('final');
  });
});

describe('a new head appointed is no filled post', () => {
  it('reads "we have appointed a new head of talent, who will look after all hiring" as no rejection', () => {
    expect(read(wrap('We have appointed a new head of talent, who will look after all hiring from next week. Your interview on Friday goes ahead as planned.')).kind).not.toBe('rejection');
  });

  it('still reads "we have now appointed to the post" as a filled post', () => {
    const r = read(wrap('Thank you for interviewing. We have now appointed to the post and will not be progressing your application.'));
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });
});

describe('notices in a decline\'s words: sign-ins, expired links, surveys, an accepted offer', () => {
  it.each([
    'We detected 5 unsuccessful sign-in attempts to your candidate account. For your protection the account is locked for 30 minutes.',
    'Our records show an unsuccessful attempt to open your online assessment. Unfortunately the link has expired; please use the new link below.',
    'You recently went through a recruitment process with us. Whatever the outcome, successful or not, we would love to hear how it went.',
    'We are delighted that you have accepted our offer and will be joining us on 1 July! Unfortunately we cannot set up payroll until your documents arrive.',
    "New status: In Review. Regrettably we are not able to give timelines for each stage, but you will be notified when the status changes again.",
    "Thanks for letting us know that you'd like to withdraw. I'm sorry we won't get to continue, but I completely understand.",
  ])('reads "%s" as no rejection', (body) => {
    expect(read(wrap(body)).kind).not.toBe('rejection');
  });

  it('still reads "your application was unsuccessful" and "the other candidate has accepted our offer" as rejections', () => {
    expect(read(wrap('I am sorry to tell you that your application was unsuccessful.')).kind).toBe('rejection');
    expect(read(wrap('Thank you for interviewing. The other candidate has accepted our offer, so we will not be progressing your application.')).kind).toBe('rejection');
  });
});

describe('declines in a tradesman\'s or an agent\'s words', () => {
  it.each([
    "You're a good lad but we need someone with their 18th Edition ticket already, so we won't be taking you on this time.",
    "Having spoken with a number of candidates, I'll be putting others forward to the client for this one.",
    "You were one of the last two. In the end the other candidate's agency background tipped it.",
    'Candidates invited to the next stage will sit a test. We regret that you are not among them.',
    "We would have loved speaking with you, but we had a huge response and can only move forward with a few applicants.",
  ])('reads "%s" as a rejection', (body) => {
    expect(read(`Hi Sam,\n\n${body}\n\nCheers,\nBob`).kind).toBe('rejection');
  });

  it('still reads an offer to take the candidate on, or a wish to interview them, as no rejection', () => {
    expect(read("Hi Sam,\n\nWe're delighted to be taking you on from Monday!\n\nCheers,\nBob").kind).not.toBe('rejection');
    expect(read('Hi Sam,\n\nWe would love to interview you next week. Are you free on Tuesday?\n\nCheers,\nBob').kind).not.toBe('rejection');
  });
});

describe('more declines in plain words', () => {
  it.each([
    'We can only contact those selected for interview. As you have not heard from us, please assume your application was unsuccessful on this occasion.',
    'Invitations to interview have been sent to the shortlisted candidates. We are sorry that your application was not among them.',
    "The app didn't handle the empty API response at all. That was enough for us to stop here.",
    'Your expected salary is well beyond the band for this role, so we can\'t make this one work.',
    "The board moved the function to Nairobi. The Lagos-based role doesn't exist anymore.",
    "I'm sorry to say you haven't made it through the paper sift this year.",
    'Management has decided to fill the position through the promotion of a staff member from our risk team.',
  ])('reads "%s" as a rejection', (body) => {
    expect(read(wrap(body)).kind).toBe('rejection');
  });

  it('still reads a future silence, or a date that does not suit, as no rejection', () => {
    expect(read(wrap('If you have not heard from us by Friday, please assume your application was unsuccessful.')).kind).not.toBe('rejection');
    expect(read(wrap("We can't make Tuesday work; could you do Wednesday instead?")).kind).not.toBe('rejection');
  });
});

describe('a pause whose role is gone for good', () => {
  it.each([
    "The business has paused hiring while the new budget is signed off, and we've been asked to close the vacancy. So we won't be able to carry on with your application.",
    "Our leadership has frozen all non-critical hiring until Q3, and the Platform Engineer position is one of the roles that has been cut from this year's plan.",
  ])('reads "%s" as a rejection', (body) => {
    expect(read(wrap(body)).kind).toBe('rejection');
  });

  it('still reads a role paused until the budget is signed off as a pause', () => {
    expect(read(wrap('The business has paused hiring for the Analyst role while the new budget is signed off. We hope to pick things up again in March.')).kind).toBe('on_hold');
  });
});
