/**
 * How far the candidate got, told once and tersely (second-language English, a reply above a quoted message, a forwarded
 * verdict), and boilerplate that names steps never taken, with the rules written for them: messages written for this test
 * (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const stage = (text: string) => read(text).stage;
const wrap = (body: string, sign = 'Kind regards,\nRecruitment Team'): string => `Hi Tariq,\n\n${body}\n\n${sign}`;

describe('steps named in passing that the candidate never took', () => {
  it('reads "after reviewing your submission, we chose candidates…" as the application, not a test', () => {
    expect(stage(wrap('Thanks for applying to the Junior Merchandiser opening. After reviewing your submission, we have chosen candidates whose background is a closer match.'))).toBe('application');
  });

  it('still reads "your code submission was reviewed and did not reach the bar" as a test', () => {
    expect(stage(wrap('Thanks for applying to the Junior Developer opening. Your code submission was reviewed by two engineers and it did not reach the bar we set.'))).toBe('assessment');
  });

  it('reads an answer in the supplemental questionnaire as part of the application', () => {
    expect(stage(wrap('Thank you for applying for the Court Clerk post. In your supplemental questionnaire you stated that you hold no typing certificate, so your application cannot be considered further.'))).toBe('application');
  });

  it('still reads answers to a situational questionnaire as a test', () => {
    expect(stage(wrap('Thank you for applying for the Court Clerk post. In your situational questionnaire you scored below the level we need, so your application cannot be considered further.'))).toBe('assessment');
  });

  it('does not read "a quick interview? any feedback welcome" in the candidate\'s words as an interview held', () => {
    expect(stage('thanks but we are going a different way, cheers\n\n> hey, keen on the warehouse lead job, maybe a quick interview? any feedback on my cv welcome too')).toBe('application');
  });

  it('still reads "the interview panel gave feedback that…" as an interview', () => {
    expect(stage(wrap('We are not going ahead with your candidacy. The interview panel gave feedback that your answers on budgeting were thin.'))).toBe('interview');
  });

  it('reads "we score every sample, and it came down to two things" as no final round', () => {
    expect(stage(wrap('Thanks for the translation sample. We score every sample against our glossary, and it came down to two things: terminology and register. Unfortunately we will not be moving forward with your application.'))).toBe('assessment');
  });

  it('still reads "it came down to two candidates" as a final round', () => {
    expect(stage(wrap('Thanks for both interviews. In the end it came down to two candidates and we have offered the role to the other one.'))).toBe('final');
  });

  it('reads "we schedule interviews after the challenge" as a test only', () => {
    expect(stage(wrap('Thanks for completing the Codility challenge. We set a pass score for the challenge before we schedule interviews, and your score fell below it, so we will not be moving forward.'))).toBe('assessment');
  });

  it('still reads "for the challenge and the time in both interviews" as interviews', () => {
    expect(stage(wrap('Thanks for the challenge and for the energy you brought to both interviews. We have gone with another engineer.'))).toBe('interview');
  });
});

describe('steps told tersely', () => {
  it('reads a forwarded "nice interview but light on X" as an interview', () => {
    expect(stage('Hi Mo, see the client note below, sorry.\n\n---------- Forwarded message ---------\nFrom: Petra Voss <petra@harbourline.example>\nSubject: RE: candidate\n\nNice interview but he is light on PLC programming, we need someone who has done it solo. Not for us.\nPetra')).toBe('interview');
  });

  it('does not read "good luck with your interview elsewhere" as an interview held', () => {
    expect(stage(wrap('We have filled the Planner role. Good luck with your interview elsewhere next week.'))).toBe('application');
  });

  it('reads "closed your candidacy after the interview stage" as an interview', () => {
    expect(stage(wrap('Ticket 4471: the hiring team has closed your candidacy for Network Engineer after the interview stage.'))).toBe('interview');
  });

  it('still reads "not progressed to the interview stage" as the application', () => {
    expect(stage(wrap('Ticket 4471: your application for Network Engineer has not progressed to the interview stage.'))).toBe('application');
  });

  it('reads "coding challenge didn\'t pass the bar" with no "your" as a test', () => {
    expect(stage('Hi Ola, coding challenge didn\'t pass the bar sadly. Thanks for trying it.')).toBe('assessment');
  });

  it('does not read "the cv didn\'t pass our sift" as a test', () => {
    expect(stage('Hi Ola, cv didn\'t pass our sift sadly. Thanks for applying.')).toBe('application');
  });

  it('reads "results in the numerical and verbal reasoning assessments" as a test', () => {
    expect(stage(wrap('We regret that your results in the numerical and abstract reasoning assessments were below the level for the next stage.'))).toBe('assessment');
  });

  it('reads "we\'re not going to offer after the final round" as a final round', () => {
    expect(stage('Hi Bea, we are not going to offer after the final round. Thanks for everything. Lou')).toBe('final');
  });

  it('still reads "we won\'t be inviting you to the final round" as no final round', () => {
    expect(stage(wrap('Thanks for interviewing with us last week. We won\'t be inviting you to the final round.'))).toBe('interview');
  });

  it('reads "thank you for the final day at our office" as a final round', () => {
    expect(stage(wrap('Thank you for the final day at our office with the whole team. We do not give you the offer, sorry.'))).toBe('final');
  });

  it('does not read "the final day for applications" as a final round', () => {
    expect(stage(wrap('The final day for applications was Friday and we have now filled the role.'))).toBe('application');
  });

  it('reads "close the process, including for you as one of our two finalists" as a final round', () => {
    expect(stage(wrap('The grant fell through, so I have to close the process, including for you as one of our two finalists.'))).toBe('final');
  });

  it('still reads "our process includes a final panel" as a description only', () => {
    expect(stage(wrap('Our process includes a final panel with the director. We will not be taking your application forward.'))).toBe('application');
  });
});

describe('work handed in, judged without a meeting', () => {
  it('reads "the panel felt it didn\'t meet the standard" beside a writing exercise as a test', () => {
    expect(stage(wrap('Thanks for completing the writing exercise. The panel felt the briefing note buried the key figure, so it didn\'t meet the standard for this stage.'))).toBe('assessment');
  });

  it('still reads "the panel felt, when they met you," beside the exercise as an interview', () => {
    expect(stage(wrap('Thanks for completing the writing exercise. The panel felt, when they met you on Monday, that you were unsure of the policy side. We will not be moving forward with your application.'))).toBe('interview');
  });

  it('reads "thanks for the portfolio review task" as a test', () => {
    expect(stage(wrap('Thanks for the portfolio review task. The team did not think the submission was strong enough, so we are not progressing your application.'))).toBe('assessment');
  });

  it('still reads "thanks for the portfolio review with our creative director" as an interview', () => {
    expect(stage(wrap('Thanks for the portfolio review with our creative director. We have decided to go with someone else.'))).toBe('interview');
  });

  it('reads "we\'ve now reviewed all the design tasks" as a test', () => {
    expect(stage(wrap('We have now reviewed all the design tasks and we will not invite you to the next stage.'))).toBe('assessment');
  });

  it('does not read "we\'ve now reviewed all the applications" as a test', () => {
    expect(stage(wrap('We have now reviewed all the applications and we will not invite you to the next stage.'))).toBe('application');
  });

  it('reads "the hours you put into the data exercise" as a test', () => {
    expect(stage(wrap('Thanks for the hours you put into the data exercise. We will not be moving forward.'))).toBe('assessment');
  });

  it('does not read "the hours you put into your application" as a test', () => {
    expect(stage(wrap('Thanks for the hours you put into your application. We will not be moving forward.'))).toBe('application');
  });

  it('reads "your submission scored lowest" as a test', () => {
    expect(stage(wrap('We mark all tasks against one rubric, and your submission scored lowest on accessibility. We will not be moving forward with your application.'))).toBe('assessment');
  });
});

describe('talks and who they were with', () => {
  it('reads "after the call I went back to the hiring manager" as a screen', () => {
    expect(stage(wrap('Great to talk with you on Friday. After the call I went back to the hiring manager, and we both feel the role would bore you, so we will not be moving forward.'))).toBe('screen');
  });

  it('still reads "great to talk with you and the hiring manager" as an interview', () => {
    expect(stage(wrap('Great to talk with you and the hiring manager on Friday. We both feel the role would bore you, so we will not be moving forward.'))).toBe('interview');
  });

  it('reads "thanks for the 15 minutes" from a manager as a short first call', () => {
    expect(stage(wrap('Thanks for the 15 minutes on Monday. On the call you said your notice is three months, and we cannot wait that long, so we will not be progressing your application.', 'Cheers,\nDan Pryce\nSite Manager'))).toBe('screen');
  });

  it('still reads "thanks for the 45 minutes" with a manager as an interview', () => {
    expect(stage(wrap('Thanks for the 45 minutes on Monday. On the call you said your notice is three months, and we cannot wait that long, so we will not be progressing your application.', 'Cheers,\nDan Pryce\nSite Manager'))).toBe('interview');
  });

  it('reads a talk with the one who hires beside "we won\'t be inviting you to interview" as a screen', () => {
    expect(stage(wrap('Thank you for speaking with me on Tuesday. From our conversation your experience is mostly with another CRM, so we won\'t be inviting you to interview.', 'Best,\nOmar Haddad\nHead of Fundraising'))).toBe('screen');
  });

  it('still reads the same talk as an interview without that sentence', () => {
    expect(stage(wrap('Thank you for speaking with me on Tuesday. From our conversation your experience is mostly with another CRM, so we will not go further.', 'Best,\nOmar Haddad\nHead of Fundraising'))).toBe('interview');
  });

  it('reads "since we last talked" as a talk', () => {
    expect(stage(wrap('Thanks for your patience since we last talked. The role is on hold until the budget is signed off.'))).toBe('screen');
  });

  it('does not read "since we last wrote" as a talk', () => {
    expect(stage(wrap('Thanks for your patience since we last wrote. The role is on hold until the budget is signed off.'))).toBe('application');
  });

  it('reads "thanks for the hour on Thursday" as a talk', () => {
    expect(stage(wrap('Thanks for the hour on Thursday. We are not going to move ahead.'))).toBe('screen');
  });

  it('reads "the conversation by video with our recruiter" as a screen', () => {
    expect(stage(wrap('Thank you for the conversation by video with our recruiter on Monday. We decided to follow with other candidates.'))).toBe('screen');
  });

  it('still reads "the conversation by video with our CTO" as an interview', () => {
    expect(stage(wrap('Thank you for the conversation by video with our CTO on Monday. We decided to follow with other candidates.'))).toBe('interview');
  });

  it('reads the candidate\'s quoted "great to hear about the team" after a call as a screen', () => {
    expect(stage('Hi Ana, sorry, it is a no - they want someone already qualified.\n\n> On 3 Mar 2026, at 09:10, Ana Reyes wrote:\n>\n> Hi Jo, thanks again for the call on Monday, it was great to hear about the team. Any news on next steps?')).toBe('screen');
  });

  it('reads "one of the best answers we heard" as an interview', () => {
    expect(stage(wrap('I have been through the notes. Your idea of a pilot week was one of the best answers we heard, but the successful candidate knew the timetabling software in depth, so we will not be offering you the post.'))).toBe('interview');
  });

  it('does not read "the answers we received in the application form" as an interview', () => {
    expect(stage(wrap('I have been through the notes. Your idea of a pilot week was one of the best answers we received in the application forms, but we will not be offering you the post.'))).toBe('application');
  });

  it('reads a talk signed by a project lead as one with the one who hires', () => {
    expect(stage(wrap('Thanks for your time with us on Thursday, it was a good conversation. The client has cancelled the project, so we have to close your application.', 'Regards,\nThandi Khumalo\nProject Lead'))).toBe('interview');
  });

  it('still reads the same talk signed by a project coordinator as a screen', () => {
    expect(stage(wrap('Thanks for your time with us on Thursday, it was a good conversation. The client has cancelled the project, so we have to close your application.', 'Regards,\nThandi Khumalo\nProject Coordinator'))).toBe('screen');
  });

  it('reads "after such a good set of interviews" as interviews', () => {
    expect(stage(wrap('I am sorry to write this after such a good set of interviews. The budget for the post was cut last week, so we have closed the role.'))).toBe('interview');
  });

  it('does not read "before we set up interviews" after a test as interviews', () => {
    expect(stage(wrap('Thank you for sitting the typing test. We set a minimum speed for the test before we set up interviews, and your speed fell below it, so we will not be moving forward.'))).toBe('assessment');
  });

  it('reads "the time you spent with us" beside a named phone interview as that call', () => {
    expect(stage(wrap('Thank you for the phone interview on 3 May for the Assistant Store Manager post. We appreciate the time you spent with us. We have decided to pursue other candidates.'))).toBe('screen');
  });

  it('still reads "the time you spent with us" with no call named as an interview', () => {
    expect(stage(wrap('Thank you for your interest in the Assistant Store Manager post. We appreciate the time you spent with us. We have decided to pursue other candidates.'))).toBe('interview');
  });

  it('reads "thank you for sending the homework" and "your effort in the home task" as a test', () => {
    expect(stage('Hello Ivan, thank you for sending the homework. Unfortunately we go with other candidate. Regards, Olga')).toBe('assessment');
    expect(stage('Hello Ivan, thank you for your effort in the home task, we will not proceed with you. Regards, Olga')).toBe('assessment');
  });

  it('does not read "you clearly did your homework on us" after a call as a test', () => {
    expect(stage('Hello Ivan, thanks for the call, you clearly did your homework on us. We will not proceed with you. Regards, Olga')).toBe('screen');
  });
});
