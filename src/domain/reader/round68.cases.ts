/**
 * The inbox's look-alikes, second pass: a no to something that is no job (a flat, a grant, a tender, a course), a call
 * missed, paperwork late, a role gone before the recruiter could put the candidate up, the candidate's own withdrawal,
 * someone else's mail shown to the reader; pauses told as a decision postponed, a step held until someone is back, an offer
 * out to another with the candidate next in line; the door told in plain words. Messages written for this test (not taken
 * from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone (`null`)
 * must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('a no to something that is no job', () => {
  it('reads a letting agent\'s no to a flat as no rejection', () => {
    const r = read('Hi Dana,\n\nThanks for viewing the flat on Harcourt Street. I\'m sorry to say the landlord has chosen another applicant for the tenancy.\n\nBest,\nMoss Lettings', 'Harcourt Street flat');
    expect(r.kind).toBe('other');
  });

  it('still reads a no to a property manager\'s job application as a rejection', () => {
    const r = read('Hi Dana,\n\nThanks for applying for the Property Manager role. I\'m sorry to say we have chosen another applicant for the position.\n\nBest,\nMoss Lettings', 'Property Manager role');
    expect(r.kind).toBe('rejection');
  });

  it('reads a funding proposal not selected as no rejection, and offers no feedback', () => {
    const r = read('Dear Dr Aziz,\n\nWe regret to inform you that your research proposal was not selected for funding in this round. A debrief is available on request.\n\nGrants Office\nRiverside Trust', 'Funding round outcome');
    expect(r.kind).toBe('other');
    expect(r.feedbackOffered).toBe(false);
  });

  it('still reads a grants officer\'s job application not selected as a rejection', () => {
    const r = read('Dear Dr Aziz,\n\nWe regret to inform you that your application for the Grants Officer post was not selected for interview.\n\nGrants Office\nRiverside Trust', 'Grants Officer post');
    expect(r.kind).toBe('rejection');
  });
});

describe('no decline of the candidate in the sentence', () => {
  it('reads "we are not able to reply to everyone individually" beside a no-news rule as no rejection', () => {
    const r = read('Dear Applicant,\n\nThank you for applying to Fernhill Foods. Unfortunately, we are not able to reply to everyone individually. If you have not heard from us within four weeks, please assume your application has not been successful.\n\nFernhill Foods Recruitment', 'Your application');
    expect(r.kind).toBe('other');
  });

  it('still reads "we cannot reply to everyone individually, but you have not been shortlisted" as a rejection', () => {
    const r = read('Dear Applicant,\n\nThank you for applying to Fernhill Foods. We are unable to reply to everyone individually, but we can tell you that you have not been shortlisted.\n\nFernhill Foods Recruitment', 'Your application');
    expect(r.kind).toBe('rejection');
  });

  it('reads a job board\'s note on a role the reader was only viewing as no rejection', () => {
    const r = read('Hi Tom,\n\nUnfortunately the "Site Supervisor" job you were looking at has been filled and the advert has been taken down.\n\nHere are 5 similar jobs near you.\n\nJobHub', 'A job you looked at');
    expect(r.kind).toBe('other');
  });

  it('still reads the role the candidate applied for filled as a rejection', () => {
    const r = read('Hi Tom,\n\nUnfortunately the Site Supervisor role you applied for has been filled and we will not be progressing your application.\n\nJobHub', 'Site Supervisor');
    expect(r.kind).toBe('rejection');
  });

  it('reads the candidate\'s own withdrawal after an offer elsewhere as no rejection', () => {
    const r = read('Hi Grace,\n\nI\'m writing to withdraw my application for the Data Engineer role. I\'ve received an offer elsewhere and have decided to take it. Thanks for all your help.\n\nBest,\nOmar', 'Data Engineer - withdrawal');
    expect(r.kind).toBe('other');
  });

  it('still reads an employer withdrawing the candidate\'s application as a rejection', () => {
    const r = read('Hi Omar,\n\nThe Data Engineer role has been filled, so we have closed your application and will not be progressing it.\n\nBest,\nGrace', 'Data Engineer');
    expect(r.kind).toBe('rejection');
  });

  it('reads a role filled before the recruiter got the chance to put the candidate up as no rejection', () => {
    const r = read('Hi Lena,\n\nI wanted to tell you about a QA Lead job with one of my clients, but sadly they hired someone internally before I had the chance. I have a couple of other openings you might like though - free for a call Friday?\n\nCheers,\nMark', 'Quick update');
    expect(r.kind).toBe('other');
  });

  it('still reads a role filled internally after the candidate\'s interview as a rejection', () => {
    const r = read('Hi Lena,\n\nThanks for interviewing for the QA Lead job with my client. Sadly they have decided to fill the role internally, so they won\'t be moving forward with your application.\n\nCheers,\nMark', 'QA Lead');
    expect(r.kind).toBe('rejection');
  });

  it('reads a call the school could not take as no rejection', () => {
    const r = read('Dear Mr Byrne,\n\nWe regret that we were unable to answer your call this morning. Yes, the closing date for the Caretaker post is Friday and you are welcome to apply.\n\nSchool Office', 'Your phone call');
    expect(r.kind).toBe('other');
  });

  it('still reads "we regret that we are unable to take your application further" as a rejection', () => {
    const r = read('Dear Mr Byrne,\n\nWe regret that we are unable to take your application for the Caretaker post any further.\n\nSchool Office', 'Caretaker post');
    expect(r.kind).toBe('rejection');
  });

  it('reads an offer letter that could not go out today as no rejection', () => {
    const r = read('Hi Priya,\n\nSo sorry, we couldn\'t get the offer letter out to you today - payroll needs to check the bonus wording. You\'ll have it on Monday morning. We\'re thrilled you\'re joining!\n\nAlex', 'Your offer letter');
    expect(r.kind).toBe('other');
  });

  it('still reads "we are not able to make you an offer" as a rejection', () => {
    const r = read('Hi Priya,\n\nSo sorry, after the final interview we are not able to make you an offer for the Analyst role.\n\nAlex', 'Analyst role');
    expect(r.kind).toBe('rejection');
  });

  it('reads "we are not able to say when vacancies will arise" on a panel as no rejection', () => {
    const r = read('Dear Candidate,\n\nYou have passed the interview and your name has been placed on the panel for Executive Officer. Unfortunately, we are not able to say when posts will become available or in which county.\n\nRecruitment Unit', 'Executive Officer panel');
    expect(r.kind).toBe('other');
  });

  it('reads a test lost to a technical fault, with a new link, as no rejection', () => {
    const r = read('Dear Nadia,\n\nWe regret to tell you that, due to a system error, your online assessment for the Trainee Surveyor scheme did not save. A new link has been sent and your first attempt will not count.\n\nEarly Careers Team', 'Your online assessment');
    expect(r.kind).toBe('other');
  });

  it('still reads a test below the pass mark as a rejection', () => {
    const r = read('Dear Nadia,\n\nWe regret to tell you that your online assessment for the Trainee Surveyor scheme did not reach the pass mark, so we will not be progressing your application.\n\nEarly Careers Team', 'Your online assessment');
    expect(r.kind).toBe('rejection');
  });

  it('reads someone else\'s rejection shown to the reader as no rejection', () => {
    const r = read('hey, this is what Femi got from Northgate after his final round, thought you should see it before yours on Monday\n\n> Dear Femi, after careful consideration we have decided not to proceed with your application.', 'fyi');
    expect(r.kind).toBe('other');
  });

  it('still reads a recruiter relaying the client\'s no to the reader as a rejection', () => {
    const r = read('Hi Jo,\n\nThis is what I got back from the client this morning: they have decided not to proceed with your application for the Buyer role.\n\nSorry,\nKate', 'Buyer role');
    expect(r.kind).toBe('rejection');
  });
});

describe('a pause told as a decision put off or a step held', () => {
  it('reads a decision that "has been postponed", with the post named between, as on hold', () => {
    const r = read('Dear Ines,\n\nThe decision on the Operations Lead position, for which you attended the final interview on the 3rd, has been postponed because our CEO is travelling. You remain in consideration.\n\nHR', 'Operations Lead');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a decision made as a rejection', () => {
    const r = read('Dear Ines,\n\nThe decision on the Operations Lead position, for which you attended the final interview on the 3rd, has been made, and we will not be offering you the role.\n\nHR', 'Operations Lead');
    expect(r.kind).toBe('rejection');
  });

  it('reads "we will not be able to schedule the next interviews until she returns" as on hold', () => {
    const r = read('Dear Mr Patel,\n\nThanks for the call on Tuesday. The hiring manager is on sick leave, and we will not be able to schedule the next interviews until she returns. Your application is still active.\n\nHR', 'Next steps');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read "we can\'t schedule the next interview until you send your availability" as on hold', () => {
    const r = read('Dear Mr Patel,\n\nThanks for the call on Tuesday. We will not be able to schedule the next interview until you send us your availability, so please reply with a few times.\n\nHR', 'Next steps');
    expect(r.kind).not.toBe('on_hold');
  });

  it('reads an offer out to another with the candidate held in reserve as on hold', () => {
    const r = read('Dear Luc,\n\nThank you for interviewing for the Team Lead post. The role has been offered to another candidate, who has until Wednesday to reply. Should the offer not be accepted, we will contact you straight away.\n\nHR', 'Team Lead');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads an offer accepted by another candidate as a rejection', () => {
    const r = read('Dear Luc,\n\nThank you for interviewing for the Team Lead post. The role has been offered to another candidate, who has accepted it, so we will not be taking your application further.\n\nHR', 'Team Lead');
    expect(r.kind).toBe('rejection');
  });

  it('reads "nobody has looked yet, hang tight, not a no" as on hold', () => {
    const r = read('hi Sam - the take-home is with the team but half of them are at a conference, so nobody has looked at it yet. hang tight, I\'ll chase on Monday. not a no!\n\nRuth, recruiting', 're: take-home');
    expect(r.kind).toBe('on_hold');
  });

  it('still reads "the team looked at it and it\'s a no" as a rejection', () => {
    const r = read('hi Sam - the team has looked at your take-home and I\'m afraid it\'s a no from them this time.\n\nRuth, recruiting', 're: take-home');
    expect(r.kind).toBe('rejection');
  });

  it('reads an appointment suspended by a hiring pause, with no candidate chosen, as on hold', () => {
    const r = read('Dear Ama,\n\nAfter your final interview, our group announced a hiring freeze across all companies. The Finance Director appointment is therefore suspended. We have not chosen another candidate; I will write as soon as the freeze lifts.\n\nHR', 'Finance Director');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read "your second interview will go ahead as planned" as on hold', () => {
    const r = read('Dear Rory,\n\nI can\'t share how many people are still in the process, but I can confirm you are still under consideration and your second interview will go ahead as planned on Friday.\n\nResourcing', 'Second interview');
    expect(r.kind).not.toBe('on_hold');
  });

  it('does not read a role put on ice before the recruiter and the candidate spoke as on hold or a rejection', () => {
    const r = read('Hi Sana,\n\nUnfortunately the Data Lead role I mentioned was put on hold by the client before we spoke, so there is nothing to apply for there. I have another opening that fits you well - can I call tomorrow?\n\nRaj', 'Another opening');
    expect(r.kind).toBe('other');
  });

  it('does not read a newsletter\'s hiring pauses at other firms as on hold', () => {
    const r = read('This week in tech jobs\n\n- Brightloop paused all hiring.\n- Two fintechs froze recruitment this month.\n\nYou signed up at jobsweekly.example. Unsubscribe', 'Jobs Weekly #12');
    expect(r.kind).toBe('other');
  });
});

describe('a place taken, said plainly', () => {
  it('reads "we\'ve already got someone starting Monday" as a rejection, the post filled', () => {
    const r = read('Thanks Aoife, kind of you to ask, but we\'ve already got someone starting Monday. Best of luck. Pat - Corrib Bakery', 'Re: counter assistant');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('position_filled');
  });

  it('does not read "you\'ll be starting Monday" as a rejection', () => {
    const r = read('Thanks Aoife, great to meet you - you\'ll be starting Monday at 7. Pat - Corrib Bakery', 'Re: counter assistant');
    expect(r.kind).not.toBe('rejection');
  });
});

describe('the door told in plain words', () => {
  it('reads "your details are in our seasonal hiring pool" as an open door', () => {
    const r = read('Hi Ben,\n\nThanks for interviewing for Store Assistant. The outcome for you: not successful this time. Your details are in our seasonal hiring pool for the summer roles.\n\nOutdoor Co', 'Interview outcome');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads a recruiter\'s roles coming through as an open door', () => {
    const r = read('Hi Ella,\n\nThe client came back after your call: they have decided not to take it further. I\'ve got a couple of roles coming through next week that would suit you, so I\'ll ping you then.\n\nGemma', 'Client update');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "don\'t let that put you off: the programme opens again in October" as an open door', () => {
    const r = read('Hi Noor,\n\nThanks for applying to our Graduate Scheme. Sorry, your application won\'t be going through to the next stage this year. Please don\'t let that put you off: the scheme opens again in October.\n\nEarly Careers', 'Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "don\'t let that put you off" alone as an open door', () => {
    const r = read('Hi Noor,\n\nThanks for applying to our Graduate Scheme. Sorry, your application won\'t be going through to the next stage. Please don\'t let that put you off.\n\nEarly Careers', 'Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we will keep your profile for roles in our Lagos team" as an open door', () => {
    const r = read('Dear Tunde,\n\nThank you for interviewing for the Sales Lead role. We will not be extending an offer. We will keep your profile for roles in our Lagos team.\n\nHR', 'Sales Lead');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "manage your profile and job alerts" as an open door', () => {
    const r = read('Dear Tunde,\n\nYour application is no longer under consideration for requisition 4411, Sales Lead.\n\nYou can manage your profile and job alerts from your candidate home page.', 'Requisition 4411');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('feedback offered in a few words', () => {
  it('reads "if a few words on how the interview went would help, give me a ring" as feedback offered', () => {
    const r = read('Dear Alan,\n\nWe have decided to go another way on the Clerk hire. If a few words on how the interview went would help, give me a ring.\n\nJane', 'Clerk');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "a few words on how the interview went" told as the panel\'s talk as feedback offered', () => {
    const r = read('Dear Alan,\n\nWe have decided to go another way on the Clerk hire. The panel shared a few words on how the interview went before deciding.\n\nJane', 'Clerk');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('a bar set for the last step is no step taken', () => {
  it('reads scores below the bar set for the assessment centre as the tests reached, not the centre', () => {
    const r = read('Hi Sam,\n\nThanks for sitting our online tests and for the recorded questions you answered last week. Your scores came in below the bar we set for the assessment centre this year, so we won\'t be taking your application for the Graduate Scheme any further.\n\nEarly Careers Team', 'Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });
  it('still reads the assessment centre the candidate attended as the final stage', () => {
    const r = read('Hi Sam,\n\nThank you for attending our assessment centre on Friday. Your scores in the group exercise came in below the bar we set for offers this year, so we won\'t be offering you a place on the Graduate Scheme.\n\nEarly Careers Team', 'Graduate Scheme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });
  it('reads the cut-off needed to progress to the final interviews as no final round', () => {
    const r = read('Dear Priya,\n\nThank you for your interview with the team last week. Your overall score fell short of the cut-off needed to progress to the final interviews, so we will not be moving forward with your application.\n\nRegards,\nTalent Team');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});
