/**
 * Early careers and hourly work: declines of a place, an application not taken forward, a place promised from a waiting list,
 * assessment centres pushed back, pre-start checks and expense rules that decline nothing, and the stages told by these
 * processes' own words (a recorded video interview, a group interview, a final assessment). Messages written for this test
 * (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('declines in the words of early-careers and hourly hiring', () => {
  it('reads "your application for <a long role name> hasn\'t been taken forward" as a rejection', () => {
    const r = read('Hi Marek,\n\nYour application for Kitchen Porter (Weekends), Riverside branch #0412, has not been taken forward.\n\nThanks,\nHollins Pubs', 'Your application');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('does not read "your application has not been taken forward yet" as a rejection', () => {
    const r = read('Hi Marek,\n\nYour application for Kitchen Porter (Weekends), Riverside branch #0412, has not been taken forward yet, as the manager is still reading this week\'s forms.\n\nThanks,\nHollins Pubs', 'Your application');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a class of applications refused "including yours" as a rejection', () => {
    const r = read('Hello Priya,\n\nThe summer placement scheme had far more interest than places, so we have closed it early and we are not able to consider the remaining applications, including yours.\n\nKind regards,\nEarly Talent, Marsh & Cole', 'Summer placement scheme');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a scheme closed to new applications only as a rejection', () => {
    const r = read('Hello Priya,\n\nThe summer placement scheme had far more interest than places, so we are no longer accepting new applications from today. Applications already received are being reviewed.\n\nKind regards,\nEarly Talent, Marsh & Cole', 'Summer placement scheme');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads the places taken by other candidates as a rejection', () => {
    const r = read('Dear Owen,\n\nThank you for coming to the assessment centre for our apprenticeship. There were three places and all three have been taken by other applicants.\n\nRegards,\nApprentice Hiring', 'Apprenticeship');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a place taken up by the candidate as a rejection', () => {
    const r = read('Dear Owen,\n\nThank you for coming to the assessment centre for our apprenticeship. Your place on the September cohort is confirmed and the induction pack will follow.\n\nRegards,\nApprentice Hiring', 'Apprenticeship');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we are unable to appoint without the qualification" as a rejection', () => {
    const r = read('Dear Aoife,\n\nThank you for interviewing with us on Monday. The Team Leader post requires a completed Level 3 diploma, and as you explained, yours is not finished. We are unable to appoint without the full diploma.\n\nYours sincerely,\nCare Home Manager', 'Team Leader');
    expect(r.kind).toBe('rejection');
  });

  it('does not read an appointment held only until the references arrive as a rejection', () => {
    const r = read('Dear Aoife,\n\nThank you for interviewing with us on Monday. We are unable to appoint without your references, so please send the two referee contacts this week.\n\nYours sincerely,\nCare Home Manager', 'Team Leader');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "this time it isn\'t you" as a rejection', () => {
    const r = read('Hi Dev,\n\nThanks for meeting me on Friday about the weekend stockroom role. We had more good people than shifts, and this time it isn\'t you. Sorry.\n\nCallum', 'Stockroom');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "it isn\'t you, it\'s us" about a delay as a rejection', () => {
    const r = read('Hi Dev,\n\nThanks for meeting me on Friday about the weekend stockroom role. Sorry for the silence, it isn\'t you, it\'s us: the rota is still being drawn up and I will send it on Wednesday.\n\nCallum', 'Stockroom');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "we wont be able to offer you a place", spelt without the apostrophe, as a rejection', () => {
    const r = read('hey, thanks for applying to be a lifeguard at the lido. we got loads of applications and we wont be able to offer you a place this summer. cheers', 'Lifeguards');
    expect(r.kind).toBe('rejection');
  });

  it('reads a decline in a message whose sentences all start in lower case', () => {
    const r = read('hi Omar, thanks for the call about the tutoring job. we have decided not to go ahead. if you want to know why just reply. Jo', 'tutoring');
    expect(r.kind).toBe('rejection');
  });
});

describe('look-alikes: pre-start checks and expense rules', () => {
  it('does not read "we can\'t let you start without it" about a right-to-work check as a rejection', () => {
    const r = read('Hi Sam,\n\nBefore we confirm your first shifts at the Leeds depot, we need to check your right to work. Please bring your passport or a share code to induction. Unfortunately we can\'t let you start until we have seen it.\n\nThanks,\nPeople Team', 'Right to work');
    expect(r.kind).toBe('other');
  });

  it('still reads a start refused for good after the check as a rejection', () => {
    const r = read('Hi Sam,\n\nThank you for sending your documents. Unfortunately we are unable to confirm your employment, as the right to work check was not successful, so we will not be proceeding.\n\nThanks,\nPeople Team', 'Right to work');
    expect(r.kind).toBe('rejection');
  });

  it('does not read "unfortunately we can only reimburse rail fares" as a rejection', () => {
    const r = read('Hi Lena,\n\nThanks for attending the assessment day on Wednesday. Unfortunately we can only reimburse standard rail fares, so please leave taxis off your claim form. You will hear about the outcome next week.\n\nGraduate Team', 'Expenses');
    expect(r.kind).toBe('other');
  });

  it('still reads a decline beside the expense rules as a rejection', () => {
    const r = read('Hi Lena,\n\nThanks for attending the assessment day on Wednesday. Unfortunately you have not been successful on this occasion. We can only reimburse standard rail fares, so please leave taxis off your claim form.\n\nGraduate Team', 'Assessment day');
    expect(r.kind).toBe('rejection');
  });
});

describe('pauses of early-careers and hourly hiring', () => {
  it('reads assessment centres pushed back to the new year as on hold', () => {
    const r = read('Hi Kofi,\n\nThank you for completing the online tests. Unfortunately we have had to push back our assessment centres to the new year, and we will send new dates when we have them. Your application is still live.\n\nGraduate Recruitment', 'Assessment centre');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('assessment');
    expect(r.doorOpen).toBe(false);
  });

  it('still reads a decline told beside the assessment centre dates as a rejection', () => {
    const r = read('Hi Kofi,\n\nThank you for taking the online tests. Unfortunately you did not reach the score needed to be invited to our assessment centres, which are now taking place in the new year.\n\nGraduate Recruitment', 'Assessment centre');
    expect(r.kind).toBe('rejection');
  });

  it('reads interviews paused while the manager is away as on hold', () => {
    const r = read('Hi Ellie, thanks for the phone chat last week. The store manager is on leave for ten days, so we have suspended interviews for the supervisor job until she returns. Nothing has been decided. Raj', 'Supervisor interviews');
    expect(r.kind).toBe('on_hold');
  });

  it('does not read an interview booked for a date as on hold', () => {
    const r = read('Hi Ellie, thanks for the phone chat last week. Your interview is booked for Tuesday at 10am at the Oldham store; please bring your ID. Raj', 'Supervisor interviews');
    expect(r.kind).not.toBe('on_hold');
  });

  it('reads a place promised from a waiting list as soon as one opens as on hold', () => {
    const r = read('Hi Grace,\n\nThank you for your interview for the Saturday befriender role. All our befriender places are taken at the moment, so we have added you to our waiting list and will offer you a place as soon as one becomes free.\n\nBest wishes,\nVolunteer Services', 'Befriender waiting list');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('interview');
    expect(r.doorOpen).toBe(false);
  });

  it('does not read a waiting list for an induction session as on hold', () => {
    const r = read('Hi Grace,\n\nThanks for signing up to volunteer. Our March induction sessions are full, so we will give you a place on a session as soon as one becomes free.\n\nBest wishes,\nVolunteer Services', 'Induction waiting list');
    expect(r.kind).toBe('other');
  });
});

describe('stages in the words of early-careers processes', () => {
  it('reads a video interview the candidate recorded as an assessment', () => {
    const r = read('Hi Noor,\n\nThank you for the video interview you recorded for our Audit Insight Week. Unfortunately we will not be inviting you to the next stage.\n\nTalent Team', 'Insight Week');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('still reads a live video interview with the team as an interview', () => {
    const r = read('Hi Noor,\n\nThank you for the video interview with Sara and the audit team on Tuesday. Unfortunately we will not be inviting you to the next stage.\n\nTalent Team', 'Insight Week');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read a video interview only progressed to as the candidate\'s interview', () => {
    const r = read('Dear Tom,\n\nThank you for completing the online tests for our graduate scheme. Unfortunately your logical reasoning score was below the benchmark for progression to the video interview.\n\nGraduate Team', 'Your test results');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read "the call just say and I\'ll send" as a call with named people', () => {
    const r = read('hi Ruth, thanks for the intro call about the Saturday art club helper role. we have decided not to go ahead. if you want my notes from the call just say and I will send them. Ben', 'art club helper');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('screen');
  });

  it('still reads calls with two named people as an interview', () => {
    const r = read('Hi Ruth, thanks for the calls with Maya and Leon about the Saturday art club helper role. We have decided not to go ahead. Ben', 'art club helper');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads a group interview the candidate took part in as an interview', () => {
    const r = read('Hi Lucy,\n\nThanks for taking part in our group interview for team members at the Bristol store. We won\'t be offering you a role this time.\n\nStore Hiring', 'Team member group interview');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read a group interview the candidate was not invited to as an interview', () => {
    const r = read('Hi Lucy,\n\nThanks for applying for team member roles at the Bristol store. We won\'t be inviting you to our group interview this time.\n\nStore Hiring', 'Team member roles');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads the final assessment the candidate attended as the final stage', () => {
    const r = read('Dear Ms Obi,\n\nWe refer to the final assessment you attended at our regional office last week. We regret to inform you that you were not successful.\n\nHuman Resources', 'Graduate Trainee recruitment');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read a final assessment the candidate was not invited to as the final stage', () => {
    const r = read('Dear Ms Obi,\n\nThank you for completing the aptitude test. We regret to inform you that you have not been invited to the final assessment.\n\nHuman Resources', 'Graduate Trainee recruitment');
    expect(r.kind).toBe('rejection');
    expect(r.stage).not.toBe('final');
  });
});
