/**
 * Praise against findings, courtesies against open doors, offers against refusals, and the reasons they give: messages
 * written for this test (not taken from any corpus part), each beside a message in nearby words that must still read the
 * other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('doors in indirect words, and footers that open none', () => {
  it('does not read a talent-network sign-up call in a footer paragraph with unsubscribe lines as an open door', () => {
    const r = read('Hi Dana,\n\nThank you for applying for the Support Analyst role at Fernway. After review, we will not be moving forward with your application.\n\nWe wish you luck in your search.\n\nThe Fernway Hiring Team\n\n--\nNew jobs every week! Join our Fernway Talent Network to hear first. Fernway is an equal opportunity employer. Unsubscribe from these emails here.', 'Your Fernway application');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads the letter\'s own invitation to the talent community, naming future roles, as an open door', () => {
    const r = read('Hi Dana,\n\nThank you for applying for the Support Analyst role at Fernway. After review, we will not be moving forward with your application.\n\nDo join our Talent Community so that we can consider you for future roles in support.\n\nThe Fernway Hiring Team', 'Your Fernway application');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "let\'s stay connected" as an open door', () => {
    const r = read('Hi Ravi,\n\nThanks for the chat on Monday. We have decided to go ahead with another candidate for the Events Lead role.\n\nLet\'s stay connected, though. I\'ve followed you on LinkedIn.\n\nBest,\nJo', 'Events Lead');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read having stayed connected since a fair as an open door', () => {
    const r = read('Hi Ravi,\n\nThanks for the chat on Monday. We have decided to go ahead with another candidate for the Events Lead role.\n\nI\'m glad we stayed connected after the spring fair, and thank you for your time.\n\nBest,\nJo', 'Events Lead');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "ping me again in a few months" as an open door', () => {
    const r = read('Hey Sol,\n\nThanks for sending the showreel for the Junior Editor spot. We\'re going to pass on this one.\n\nKeep cutting, and ping me again in a few months with new work.\n\nTheo', 'Junior Editor');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "ping me if you have questions" as an open door', () => {
    const r = read('Hey Sol,\n\nThanks for sending the showreel for the Junior Editor spot. We\'re going to pass on this one.\n\nPing me if you have any questions about the decision.\n\nTheo', 'Junior Editor');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "please do send us an application again once you\'ve qualified" as an open door', () => {
    const r = read('Dear Ewan,\n\nThank you for applying to be a Trainee Electrician. Sorry, we can\'t take it further: the post needs a completed Level 2 diploma.\n\nOnce you have finished the diploma, please do send us an application again.\n\nRegards,\nNorthlight Electrical', 'Trainee Electrician');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "please do not send us the application again" as an open door', () => {
    const r = read('Dear Ewan,\n\nThank you for applying to be a Trainee Electrician. Sorry, we can\'t take it further: the post needs a completed Level 2 diploma.\n\nYour form arrived twice; please do not send us the application again by post.\n\nRegards,\nNorthlight Electrical', 'Trainee Electrician');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we\'d like to hold on to your CV" as an open door', () => {
    const r = read('Hello Meera,\n\nThank you for your interest in the Payroll Officer role. We have decided to progress with other applicants on this occasion.\n\nWe\'d like to hold on to your CV.\n\nRegards,\nTalent Team', 'Payroll Officer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read holding on to the CV under a data-protection notice as an open door', () => {
    const r = read('Hello Meera,\n\nThank you for your interest in the Payroll Officer role. We have decided to progress with other applicants on this occasion.\n\nWe would like to hold on to your CV only as long as data protection law requires; it is then deleted.\n\nRegards,\nTalent Team', 'Payroll Officer');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads recruiters looking at the CV again when roles open as an open door', () => {
    const r = read('Hello Meera,\n\nThank you for your interest in the Payroll Officer role. We have decided to progress with other applicants on this occasion.\n\nOur recruiters will look at your CV again when finance roles open in Leeds.\n\nRegards,\nTalent Team', 'Payroll Officer');
    expect(r.doorOpen).toBe(true);
  });
});

describe('doors after a role comes up', () => {
  it('reads "if a more senior opening comes up, I\'ll be reaching out" as an open door', () => {
    const r = read('Hi Sipho,\n\nThank you for the interviews for the Analyst role. We have decided to close the process with you.\n\nIf a more senior opening comes up next year, I\'ll be reaching out.\n\nKind regards,\nLerato', 'Analyst');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "if a question comes up, I will not be reachable" as an open door', () => {
    const r = read('Hi Sipho,\n\nThank you for the interviews for the Analyst role. We have decided to close the process with you.\n\nIf a question about the role comes up next week, I will not be reachable, so please write to the team inbox.\n\nKind regards,\nLerato', 'Analyst');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });
});

describe('offers of feedback in varied words, and what offers none', () => {
  it('reads "if a short conversation about the shortlisting would help, reply and I\'ll book ten minutes" as an offer', () => {
    const r = read('Dear Alun,\n\nThank you for applying for the Parish Clerk post. I am sorry to say you have not been shortlisted.\n\nIf a short conversation about the shortlisting would help, reply to this email and I\'ll book ten minutes with you.\n\nRegards,\nCeri', 'Parish Clerk');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a refusal to discuss the shortlisting as an offer', () => {
    const r = read('Dear Alun,\n\nThank you for applying for the Parish Clerk post. I am sorry to say you have not been shortlisted.\n\nWe are not able to have a conversation about the shortlisting with individual applicants.\n\nRegards,\nCeri', 'Parish Clerk');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if a note on how the shortlisting went would be useful, just reply and I\'ll put something together" as an offer', () => {
    const r = read('Hello June,\n\nThank you for applying for the Gallery Assistant role. We have decided not to invite you to interview this time.\n\nIf a note on how the shortlisting went would be useful, just reply and I\'ll put something together.\n\nKind regards,\nAnnis', 'Gallery Assistant');
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "happy to share how I\'ve written this up" as an offer', () => {
    const r = read('Hi Pat,\n\nThanks for the call on Wednesday. I don\'t think we should carry on with the Receptionist role, as your experience goes well beyond it.\n\nIf it would be useful to hear how I\'ve written this up for the client, I\'m happy to share.\n\nBest,\nLiz', 'Receptionist');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "happy to share the job description" as an offer of feedback', () => {
    const r = read('Hi Pat,\n\nThanks for the call on Wednesday. I don\'t think we should carry on with the Receptionist role, as your experience goes well beyond it.\n\nIf it would be useful, I\'m happy to share the job description for a more senior post.\n\nBest,\nLiz', 'Receptionist');
    expect(r.feedbackOffered).toBe(false);
  });

  it('does not read the candidate writing "I understand the decision" as an offer of feedback', () => {
    const r = read('Hi Marta,\n\nThanks for letting me know about the Policy Officer role. I appreciate the quick reply and understand the decision.\n\nWould you have any pointers on where my application fell short?\n\nBest wishes,\nKwame', 'Re: Policy Officer – feedback');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads the employer offering to talk through the decision as an offer', () => {
    const r = read('Hi Kwame,\n\nThank you for applying for the Policy Officer role. We have decided not to take your application further.\n\nIf you would like to understand the decision, I\'m happy to arrange a call.\n\nBest wishes,\nMarta', 'Policy Officer');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });
});

describe('praise against findings', () => {
  it('reads a finding singled out ("the one area the panel kept coming back to was …") as feedback', () => {
    const r = read('Dear Owen,\n\nThank you for meeting the panel for the Service Manager post. I\'m sorry to say we will not be offering you the role.\n\nThe one area the panel kept coming back to was contract management: your examples were about single suppliers rather than a portfolio.\n\nYours sincerely,\nHelen', 'Service Manager');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read "the main reason is the volume of applications" as feedback', () => {
    const r = read('Dear Owen,\n\nThank you for applying for the Service Manager post. I\'m sorry to say we will not be taking your application further.\n\nThe main reason is the volume of applications we received this year.\n\nYours sincerely,\nHelen', 'Service Manager');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('does not read superlative praise of the candidate\'s answers as feedback', () => {
    const r = read('Dear Nell,\n\nThank you for the final interview for the Fundraising Director post. Your answers on legacy giving were the best the trustees heard, and one trustee who has sat on more panels than anyone said so twice.\n\nI am sorry that the board has decided not to offer you the role.\n\nWith thanks,\nRuth', 'Fundraising Director');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads answers that needed more depth as feedback', () => {
    const r = read('Dear Nell,\n\nThank you for the final interview for the Fundraising Director post. Your answers on legacy giving needed more depth on how you would grow the pipeline.\n\nI am sorry that the board has decided not to offer you the role.\n\nWith thanks,\nRuth', 'Fundraising Director');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });
});

describe('the reasons the letters give', () => {
  it('reads "other profiles fit what we need more closely" as a profile mismatch, not a named requirement', () => {
    const r = read('Hi Ola,\n\nThank you for applying for the Content Marketer role. In the end we decided that other profiles fit what we need more closely, so we won\'t be moving forward.\n\nBest,\nSam', 'Content Marketer');
    expect(r.reasons).toEqual(['profile_mismatch']);
    expect(r.feedback).toBe(false);
  });

  it('reads "we need more experience with paid social" as a named requirement', () => {
    const r = read('Hi Ola,\n\nThank you for applying for the Content Marketer role. In the end we need more experience with paid social than your application showed, so we won\'t be moving forward.\n\nBest,\nSam', 'Content Marketer');
    expect(r.reasons).toContain('skills_gap');
  });

  it('keeps the comparison beside a requirement singled out in the next sentence ("the main gap for us was …")', () => {
    const r = read('Hi Tariq,\n\nThank you for interviewing for the Payroll Lead role. We have decided to go with a candidate whose background matched the role more closely. The main gap for us was certification: the role requires the CIPP diploma and your CV does not show it.\n\nBest,\nNia', 'Payroll Lead');
    expect(r.reasons).toEqual(expect.arrayContaining(['profile_mismatch', 'skills_gap']));
  });

  it('gives only the requirement when no comparison is made', () => {
    const r = read('Hi Tariq,\n\nThank you for interviewing for the Payroll Lead role. We will not be moving forward. The main gap for us was certification: the role requires the CIPP diploma and your CV does not show it.\n\nBest,\nNia', 'Payroll Lead');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "for a senior role we need to see …" as a named requirement', () => {
    const r = read('Hi Ana,\n\nThanks for the portfolio review on Tuesday. We have decided not to move forward. For a senior role we need to see shipped products with real usage data behind them.\n\nAll the best,\nKai', 'Senior Designer');
    expect(r.reasons).toContain('skills_gap');
    expect(r.feedback).toBe(true);
  });

  it('does not read "for this role we need to see candidates based in Leeds" as a skills gap', () => {
    const r = read('Hi Ana,\n\nThanks for the portfolio review on Tuesday. We have decided not to move forward. For this role we need to see candidates based in Leeds three days a week.\n\nAll the best,\nKai', 'Senior Designer');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads "you mentioned you haven\'t held budget responsibility before" as a named requirement', () => {
    const r = read('Dear Ross,\n\nThank you for your interview for the Facilities Manager post. You mentioned you haven\'t held budget responsibility before, which is a core part of the post, so we will not be offering you the role.\n\nKind regards,\nMoira', 'Facilities Manager');
    expect(r.reasons).toContain('skills_gap');
  });

  it('does not read "you haven\'t had the chance to visit the site before" as a skills gap', () => {
    const r = read('Dear Ross,\n\nThank you for your interview for the Facilities Manager post. I know you haven\'t had the chance to visit the site before, and I am sorry that we will not be offering you the role.\n\nKind regards,\nMoira', 'Facilities Manager');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('does not read the candidate\'s story of reorganising their own things as a restructure', () => {
    const r = read('Hi Bea,\n\nYour cover letter made us smile, especially the part about reorganising your brother\'s record collection. Sadly we won\'t be taking your application for the Stock Assistant post any further.\n\nWarm regards,\nIona', 'Stock Assistant');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads the team being reorganised as the role closing', () => {
    const r = read('Hi Bea,\n\nSadly we won\'t be taking your application for the Stock Assistant post any further, as the warehouse team is being reorganised and the post has been withdrawn.\n\nWarm regards,\nIona', 'Stock Assistant');
    expect(r.reasons).toContain('role_closed');
  });

  it('reads "the pay we can offer is below what you told me you\'d need" as salary', () => {
    const r = read('Hi Rob,\n\nThank you for the call on Friday. I don\'t think we should carry on with the Office Manager role: the pay we can offer is some way below what you told me you\'d need.\n\nBest,\nGail', 'Office Manager');
    expect(r.reasons).toContain('salary');
  });

  it('reads an expectation named by its figure and not met as salary', () => {
    const r = read('Hi Thabo,\n\nThank you for the interviews. We tried to stretch the offer to meet your expectation of R950k, but we cannot get there for this role, so we are closing the process.\n\nKind regards,\nAnke', 'Data Lead');
    expect(r.reasons).toContain('salary');
  });

  it('does not read an expectation of a start date as salary', () => {
    const r = read('Hi Thabo,\n\nThank you for the interviews. We could not meet your expectation of a March start, and we have offered the role to another candidate.\n\nKind regards,\nAnke', 'Data Lead');
    expect(r.reasons).not.toContain('salary');
  });

  it('does not read hours below what the candidate said they need as salary', () => {
    const r = read('Hi Rob,\n\nThank you for the call on Friday. I don\'t think we should carry on with the Office Manager role: the hours we can offer are some way below what you told me you\'d need.\n\nBest,\nGail', 'Office Manager');
    expect(r.reasons).not.toContain('salary');
  });
});

describe('the stage behind praise and offers', () => {
  it('reads effort put into the take-home as the assessment stage', () => {
    const r = read('Hi Lena,\n\nI\'m sorry to write this after you\'d put real effort into the take-home. The Frontend role has been cut in a reorganisation, so we are closing the process.\n\nBest,\nMarit', 'Frontend Engineer');
    expect(r.stage).toBe('assessment');
  });

  it('does not read effort not yet put into the take-home as the assessment stage', () => {
    const r = read('Hi Lena,\n\nI\'m writing now, before you put real effort into the take-home. The Frontend role has been cut in a reorganisation, so we are closing the process.\n\nBest,\nMarit', 'Frontend Engineer');
    expect(r.stage).toBe('application');
  });

  it('does not read meeting the candidate at a careers fair as an interview', () => {
    const r = read('Hi Cara,\n\nLovely to meet you at the Galway careers fair last week. We have looked at your CV for the Sales Assistant role and won\'t be taking it further, I\'m afraid.\n\nBest,\nDonal', 'Sales Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads meeting the candidate on a day at the office as an interview', () => {
    const r = read('Hi Cara,\n\nLovely to meet you on Tuesday at the office. We have decided not to take your application for the Sales Assistant role further, I\'m afraid.\n\nBest,\nDonal', 'Sales Assistant');
    expect(r.stage).toBe('interview');
  });

  it('does not read "speaking with you and your results stood out" as a meeting with a second person', () => {
    const r = read('Hi Zola,\n\nThank you for the call last week about the Account Manager role. We enjoyed speaking with you and your results in field sales stand out, but we won\'t be moving you to the panel stage.\n\nRegards,\nThandi', 'Account Manager');
    expect(r.stage).toBe('screen');
  });

  it('reads speaking with the candidate and a named colleague as an interview', () => {
    const r = read('Hi Zola,\n\nWe enjoyed speaking with you and Pieter on Monday about the Account Manager role, but we won\'t be moving forward.\n\nRegards,\nThandi', 'Account Manager');
    expect(r.stage).toBe('interview');
  });

  it('does not read an offer to "do a quick call" as a screening call that happened', () => {
    const r = read('Hi Bethan,\n\nThank you for applying for the People Adviser role. We won\'t take it forward this time.\n\nIf it would help to talk through how we read your CV, I\'m glad to do a quick call.\n\nBest wishes,\nCarys', 'People Adviser');
    expect(r.stage).toBe('application');
  });

  it('reads thanks for a quick call as the screen', () => {
    const r = read('Hi Bethan,\n\nThank you for the quick call on Monday about the People Adviser role. We won\'t take it forward this time.\n\nBest wishes,\nCarys', 'People Adviser');
    expect(r.stage).toBe('screen');
  });

  it('reads "I did go back to the team" after a call as the recruiter relaying, not a team interview', () => {
    const r = read('Hi Orla,\n\nGreat to talk to you on Monday. I did go back to the team about working fully remote, but they\'re firm on three office days for this role, so we won\'t be taking your application further.\n\nThanks,\nCian', 'Data Engineer');
    expect(r.stage).toBe('screen');
  });

  it('reads talking with the candidate and the team as an interview', () => {
    const r = read('Hi Orla,\n\nGreat to talk to you and the team on Monday. They\'re firm on three office days for this role, so we won\'t be taking your application further.\n\nThanks,\nCian', 'Data Engineer');
    expect(r.stage).toBe('interview');
  });
});
