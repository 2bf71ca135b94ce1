/**
 * The kind rules of the sixteenth round (rejection precision on a real inbox): mail that declines nothing in a
 * decline's polite words — contact promised only to the selected, no replies to a class of messages, no decision yet,
 * the wrong contact, someone else's application, a class of applications, a possibility, an apology, an arrangement
 * refused, a step left to the candidate — each on messages written for this test (not taken from any corpus part),
 * beside a rejection that uses the same words around a real decision. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Morgan,\n\n${body}\n\nWith best wishes,\nRecruitment`;

describe('kind: contact promised only to a selected class', () => {
  it('reads "we shall only get in touch with applicants shortlisted for the written test" as no rejection', () => {
    const r = read(wrap('Thank you for your interest in the Archive Assistant post. We shall only get in touch with applicants shortlisted for the written test.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "only eligible candidates will be intimated" as no rejection', () => {
    expect(read(wrap('Your form for the Lab Assistant vacancy is received. Only eligible candidates will be intimated about the interview.')).kind).not.toBe('rejection');
  });

  it('still reads a decline that also states the policy as a rejection', () => {
    const r = read(wrap('Your application was not shortlisted. We will only contact shortlisted applicants about the written test.'));
    expect(r.kind).toBe('rejection');
  });
});

describe('kind: no reply to a class of messages, no decision yet, the wrong contact', () => {
  it('reads "we regret we cannot answer telephone queries" as no rejection', () => {
    expect(read(wrap('We regret that we cannot answer telephone queries about vacancies. Your application will be reviewed after the closing date.')).kind).not.toBe('rejection');
  });

  it('reads "not able to give you an answer until the panel meets" as no rejection', () => {
    expect(read(wrap("Sorry, we're not able to give you an answer until the panel meets on Tuesday. I'll call you then.")).kind).not.toBe('rejection');
  });

  it('still reads "the panel met and we are not able to offer you the role" as a rejection', () => {
    expect(read(wrap("Sorry, the panel met on Tuesday and we're not able to offer you the role.")).kind).toBe('rejection');
  });

  it('reads "I\'m not the right person to ask" as no rejection', () => {
    const r = read(wrap("Sadly I'm not the right person to ask about this - I run the finance team - but I've passed your note to our recruiter."));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads "the panel felt you are not the right person for the role" as a rejection', () => {
    expect(read(wrap('Sadly the panel felt you are not the right person for the role at this time.')).kind).toBe('rejection');
  });
});

describe("kind: someone else's application, a class of applications, a possibility", () => {
  it("reads a note about a friend's application as no rejection", () => {
    const r = read(wrap("Thanks for putting Dana forward. Unfortunately we can't discuss his application with you, but we'll pay the referral fee if he is hired."));
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a correction to some applicants about their application as no rejection', () => {
    const r = read(wrap('We regret that a number of applicants were told by mistake that their application had been unsuccessful. Your application is still with the panel.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "unsigned application forms cannot be considered" as no rejection', () => {
    expect(read(wrap('Unfortunately unsigned application forms cannot be considered, so please remember to sign page 4 before Friday.')).kind).not.toBe('rejection');
  });

  it('still reads "your application form was unsigned and so cannot be considered" as a rejection', () => {
    expect(read(wrap('Unfortunately your application form was unsigned and so cannot be considered.')).kind).toBe('rejection');
  });

  it('reads "the post may have been filled" as no rejection', () => {
    expect(read(wrap('We regret we cannot reply to phone calls. If you do not hear within a month, the post may have been filled.')).kind).not.toBe('rejection');
  });

  it('still reads "the post has been filled" as a rejection', () => {
    expect(read(wrap('We are sorry to tell you that the post has been filled.')).kind).toBe('rejection');
  });
});

describe('kind: apologies for an inconvenience or a longer process', () => {
  it('reads a moved assessment centre with an apology for the inconvenience as no rejection', () => {
    const r = read(wrap('Unfortunately the assessment centre has moved to our Bath office, with the same timetable. We regret any inconvenience this causes.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads an apology beside a withdrawn vacancy as a rejection', () => {
    expect(read(wrap('We regret any inconvenience, but the vacancy has been withdrawn.')).kind).toBe('rejection');
  });

  it('reads "sorry, the review is going to take a couple of weeks longer than planned" as on hold', () => {
    expect(read(wrap("We're sorry, but the review is going to take a couple of weeks longer than we first planned.")).kind).toBe('on_hold');
  });

  it('still reads a longer process ending in a decline as a rejection', () => {
    expect(read(wrap("We're sorry it took longer than planned. We have decided not to progress your application.")).kind).toBe('rejection');
  });
});

describe('kind: an arrangement refused, an event that cannot take place, someone who cannot join', () => {
  it('reads "we cannot extend the submission deadline" as no rejection', () => {
    expect(read(wrap('Unfortunately we are unable to extend the submission deadline for the exercise; please send it by Monday.')).kind).not.toBe('rejection');
  });

  it('still reads a deadline refused together with the application as a rejection', () => {
    expect(read(wrap('Unfortunately we are unable to extend the deadline, so we are unable to consider your application.')).kind).toBe('rejection');
  });

  it('reads "no longer able to offer in-person interviews" as no rejection', () => {
    expect(read(wrap('Unfortunately we are no longer able to offer in-person interviews. Your interview on the 9th will be held by video.')).kind).not.toBe('rejection');
  });

  it('still reads "no longer able to offer you the role" as a rejection', () => {
    expect(read(wrap('Unfortunately we are no longer able to offer you the role.')).kind).toBe('rejection');
  });

  it('reads "your assessment cannot take place on Friday" as no rejection', () => {
    expect(read(wrap('Sorry, your assessment cannot take place on Friday as planned. We will send you a new date tomorrow.')).kind).not.toBe('rejection');
  });

  it('still reads "we cannot take your application forward" as a rejection', () => {
    expect(read(wrap('Sorry, we cannot take your application forward.')).kind).toBe('rejection');
  });

  it("reads a director who can't join the interview as no rejection", () => {
    expect(read(wrap("Sadly our director won't be able to join your interview, so you'll meet her deputy instead.")).kind).not.toBe('rejection');
  });

  it('reads a declined invitation of the candidate as no rejection', () => {
    expect(read(wrap('Sadly I must decline your kind invitation to the alumni dinner, as I will be abroad.')).kind).not.toBe('rejection');
  });

  it('still reads a declined application as a rejection', () => {
    expect(read(wrap('We must decline your application for the Fellowship this year.')).kind).toBe('rejection');
  });
});

describe('kind: a step left to the candidate, a decision still to come', () => {
  it('reads "otherwise we won\'t be able to progress your application" as no rejection', () => {
    expect(read(wrap("Please send your certificates by Friday, otherwise we won't be able to progress your application.")).kind).not.toBe('rejection');
  });

  it('still reads certificates not sent as a rejection', () => {
    expect(read(wrap("You did not send your certificates by the deadline, so we won't be able to progress your application.")).kind).toBe('rejection');
  });

  it('reads "we can\'t process your application until you confirm your visa status" as no rejection', () => {
    expect(read(wrap("We can't process your application until you confirm your visa status. Please upload it to the portal.")).kind).not.toBe('rejection');
  });

  it("reads a changed location left to the candidate's choice as no rejection", () => {
    expect(read(wrap("Unfortunately the role is now based in Leeds rather than York. Let me know if you'd still like to go ahead.")).kind).not.toBe('rejection');
  });

  it('still reads a location that ends the application as a rejection', () => {
    expect(read(wrap("Unfortunately the role requires you to be based in Leeds, so we won't be going ahead with your application.")).kind).toBe('rejection');
  });

  it('reads "but I\'ll be in touch" after a sorry as no rejection', () => {
    expect(read(wrap("Sadly I can't speed things up, but I'll be in touch when the manager has read the CVs.")).kind).not.toBe('rejection');
  });

  it('reads "you will hear from us when a decision has been made" as no rejection', () => {
    expect(read(wrap('Sorry, we cannot say how long this will take, but you will hear from us when a decision has been made.')).kind).not.toBe('rejection');
  });

  it("reads the hiring manager who hasn't looked yet as no rejection", () => {
    expect(read(wrap("I'm afraid the hiring manager hasn't had time to look at the shortlist yet. I'll chase her.")).kind).not.toBe('rejection');
  });

  it('still reads the hiring manager who decided as a rejection', () => {
    expect(read(wrap("I'm afraid the hiring manager has decided not to take your application further.")).kind).toBe('rejection');
  });

  it('reads a soft word with no decision made ("we recommend you take the bus") as no rejection', () => {
    expect(read(wrap('Unfortunately the car park is closed that day, so we recommend you take the bus to your interview.')).kind).not.toBe('rejection');
  });
});

describe('kind: a freeze of a class of hiring, own withdrawal, no information, the next round', () => {
  it('reads "the group has frozen graduate hiring" with no answer yet as on hold', () => {
    expect(read(wrap("The group has frozen graduate hiring for the quarter, so we can't give you an answer on the Analyst role yet.")).kind).toBe('on_hold');
  });

  it('reads a closed application after the candidate accepted another offer as no rejection', () => {
    expect(read(wrap('As you have accepted another offer, we have closed your application. Good luck in the new job!')).kind).not.toBe('rejection');
  });

  it("reads \"we don't hold any information on your check\" as no rejection", () => {
    expect(read(wrap("Unfortunately we don't hold any information on your DBS check. Please ask the agency.")).kind).not.toBe('rejection');
  });

  it('reads "you have not qualified for the interview round" as a rejection', () => {
    expect(read(wrap('Thank you for sitting the online test. We regret that you have not qualified for the interview round.')).kind).toBe('rejection');
  });

  it('reads "we would like you to come in" beside an apology as no rejection', () => {
    expect(read(wrap("The team would like you to come in for a second interview. Unfortunately Jo can't be there, so Sam will join instead.")).kind).not.toBe('rejection');
  });
});

describe('kind: a step dropped while the candidate goes on, the candidate\'s own technical step', () => {
  it('reads a dropped written test with the candidate sent straight to the panel as no rejection', () => {
    const r = read(wrap('We have decided not to proceed with the written test for this post, so you will go straight to the panel interview on the 12th.'));
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline that makes the written test unnecessary as a rejection', () => {
    expect(read(wrap('We have decided not to proceed with your application, so there is no need to sit the written test.')).kind).toBe('rejection');
  });

  it('reads "we are not continuing with the video tool; instead the team will call you" as no rejection', () => {
    expect(read(wrap('I am sorry to say we will not be continuing with the recorded video tool. Instead, the team will call you on Wednesday.')).kind).not.toBe('rejection');
  });

  it('still reads "we will not be moving forward with you" as a rejection', () => {
    expect(read(wrap('I am sorry to say the other finalist accepted our offer, so we will not be moving forward with you.')).kind).toBe('rejection');
  });

  it('reads "you were unsuccessful in booking a slot" as no rejection', () => {
    expect(read(wrap('Sorry that you were unsuccessful in booking a slot through the portal. I have booked you in for Monday at 9.')).kind).not.toBe('rejection');
  });

  it('still reads "you were unsuccessful in progressing to interview" as a rejection', () => {
    expect(read(wrap('Sorry to say that you were unsuccessful in progressing to the interview stage.')).kind).toBe('rejection');
  });

  it('reads "you did not receive the confirmation email" as no rejection', () => {
    expect(read(wrap('Unfortunately you did not receive the confirmation email because of a typo in your address. Your interview is on Friday at 10.')).kind).not.toBe('rejection');
  });

  it('reads a refused notice period beside "happy to proceed with the offer" as no rejection', () => {
    expect(read(wrap('Sadly we can not wait four months, but the manager has agreed to six weeks, so we are happy to proceed with the offer on that basis.')).kind).not.toBe('rejection');
  });

  it('reads a cancelled recruitment fair as no rejection', () => {
    expect(read(wrap('Sadly the recruitment fair in the student union has been cancelled. You can still apply online for every graduate post.')).kind).not.toBe('rejection');
  });

  it('still reads a cancelled role as a rejection', () => {
    expect(read(wrap('Sadly the graduate post you applied for has been cancelled this year.')).kind).toBe('rejection');
  });
});

describe('kind: a negative that is only "not yet", in a message that pauses the process', () => {
  it('reads "has not reached the point of offering you a place yet" beside a wait for funding as on hold', () => {
    const r = read(wrap('Unfortunately the team has not reached the point of offering you a place yet. We are still waiting for the funding to come through.'));
    expect(r.kind).toBe('on_hold');
  });

  it('reads "we haven\'t been able to progress your application yet" beside a wait for approval as on hold', () => {
    const r = read(wrap("I'm afraid we haven't been able to progress your application yet. The budget for the team is still awaiting approval from the board."));
    expect(r.kind).toBe('on_hold');
  });

  it('still reads a refusal with no "yet" beside the same wait as a rejection', () => {
    const r = read(wrap("I'm afraid we won't be progressing your application. The budget for the team is still awaiting approval from the board."));
    expect(r.kind).toBe('rejection');
  });

  it("reads refused arrangements in a recruiter's next-steps list as no rejection", () => {
    const r = read(wrap("Great talking today. Next steps: a coding interview with two engineers. Sadly we can't offer fully remote, but two office days a week is fine. Let me know you're still keen and I'll book the coding round."));
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a refusal with a way round offered to the candidate as no rejection', () => {
    expect(read(wrap('Unfortunately the portal does not let us edit answers once they are submitted, but you can attach a short note to your form.')).kind).not.toBe('rejection');
  });
});

describe('kind: a reassurance is no pause', () => {
  it('reads "we haven\'t forgotten you" with a date promised as an update, not a paused process', () => {
    for (const model of [null, undefined]) {
      const r = readMessage({ text: wrap("Thanks for applying for the Studio Assistant role. We're still going through every application and we haven't forgotten you: expect a reply by the end of next week.") }, model);
      expect(r.kind).toBe('other');
    }
  });

  it('still reads a process that is running late as on hold', () => {
    const r = read(wrap("We haven't forgotten about you. The review of applications is taking us much longer than we expected, and we now hope to have news by the end of the month."));
    expect(r.kind).toBe('on_hold');
  });
});
