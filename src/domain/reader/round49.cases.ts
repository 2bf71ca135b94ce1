/**
 * Specific feedback in lists, figures and contrasts, offers of feedback and open doors in many wordings, and the near
 * neighbours that must still read the other way (praise, the role's needs alone, refusals, closed doors): messages written
 * for this test (not taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Hello Ayesha,\n\n${body}\n\nKind regards,\nRecruitment`;

describe('specific feedback: scores, figures and named parts', () => {
  it('reads a score set against its pass mark as feedback, and a score with no mark beside it as none', () => {
    expect(read(wrap('Thank you for sitting our online tests for the Logistics Graduate Scheme.\n\nSituational judgement: 38% (pass mark for this scheme: 55%)\n\nWe are therefore unable to invite you to the assessment centre.')).feedback).toBe(true);
    expect(read(wrap('Thank you for sitting our online tests for the Logistics Graduate Scheme. We are unable to invite you to the assessment centre. Results are valid for 12 months.')).feedback).toBe(false);
  });

  it('reads "your diagrammatic reasoning score fell below our cut-off" as feedback, not "your overall score fell below our cut-off"', () => {
    expect(read(wrap('Thanks for completing the aptitude battery for the Signalling Apprenticeship. Your diagrammatic reasoning score fell below our cut-off, so we cannot progress your application.')).feedback).toBe(true);
    expect(read(wrap('Thanks for completing the aptitude battery for the Signalling Apprenticeship. Your overall score fell below our cut-off, so we cannot progress your application.')).feedback).toBe(false);
  });

  it('reads the candidate\'s salary figure set against the band as feedback, and the figure with no band beside it as none', () => {
    expect(read(wrap('Thanks for applying for the Events Coordinator post. You mentioned you are looking for at least $72,000, and the band we have approved tops out at $58,000, so we will not take this further.')).feedback).toBe(true);
    expect(read(wrap('Thanks for applying for the Events Coordinator post. You mentioned you are looking for at least $72,000 in your cover letter. We have decided to progress other applicants.')).feedback).toBe(false);
  });

  it('reads a named part that was a problem in the work, not a file that would not open', () => {
    expect(read(wrap('Thank you for the storyboard task. The animation has several problems: the pacing drags in the middle and the final frame does not show the product. We will not be moving forward.')).feedback).toBe(true);
    expect(read(wrap('Thank you for the storyboard task. The animation had some issues opening on our side, but we managed in the end. We will not be moving forward.')).feedback).toBe(false);
  });

  it('reads "the brief asked for X and you sent Y" as feedback', () => {
    expect(read(wrap('Thank you for the copy test. The brief asked for three headline options in our house style, but you sent one long-form article. We have decided not to progress your application.')).feedback).toBe(true);
  });

  it('reads "the main points were that the …" as feedback, not "the main reason was that the role has been filled"', () => {
    expect(read(wrap('Our reviewers looked at your take-home. The main points were that the form had no validation and the totals were rounded before summing. We will not progress this time.')).feedback).toBe(true);
    expect(read(wrap('Thank you for your take-home. The main reason was that the role has been filled internally. We will not progress this time.')).feedback).toBe(false);
  });
});

describe('specific feedback: the candidate set against the role', () => {
  it('reads "you have done a lot with X, but the role is mostly Y" as feedback, and the role alone as none', () => {
    expect(read(wrap('Thanks for applying for the Payroll Specialist role. You have clearly done a lot of accounts payable work, but this role is almost entirely multi-country payroll, so we will not be moving forward.')).feedback).toBe(true);
    expect(read(wrap('Thanks for applying for the Payroll Specialist role. This role is almost entirely multi-country payroll. We have decided not to move forward with your application.')).feedback).toBe(false);
  });

  it('reads "you hold X; however, the post requires Y" as feedback', () => {
    expect(read(wrap('Thank you for applying for the Pharmacy Technician post. We note you hold a Level 2 certificate; however, the post requires the Level 3 diploma and GPhC registration. Your application has not been shortlisted.')).feedback).toBe(true);
  });

  it('reads "that would be your first" and "would be new to you" as feedback, not "this would be your first time in Perth"', () => {
    expect(read(wrap('Thanks for the call. The client needs someone who has already run a plant shutdown, and from what you told me that would be your first. We will not put you forward.')).feedback).toBe(true);
    expect(read(wrap('Thank you for the interview. The panel felt that managing a capital budget would be new to you, so we will not be offering you the post.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the call. I know this would be your first time in Perth. Unfortunately the client has decided to go with other candidates.')).feedback).toBe(false);
  });

  it('reads "your experience so far has been with X" as feedback, not "your experience has been impressive"', () => {
    expect(read(wrap('Thank you for interviewing for the Warehouse Manager role. The panel felt your experience so far has been with single-site operations, and this post runs four sites. We will not be offering you the role.')).feedback).toBe(true);
    expect(read(wrap('Thank you for interviewing for the Warehouse Manager role. Your experience has been impressive in many ways. We have decided to offer the role to another candidate.')).feedback).toBe(false);
  });

  it('reads experience not seen "there" or "in that area" as feedback, and a link not seen as none', () => {
    expect(read(wrap('The role leans on grant reporting to EU funders, and from your CV we did not see that kind of experience in your background. We will not be moving forward.')).feedback).toBe(true);
    expect(read(wrap('We read your CV but could not see your portfolio link in your application. We will not be moving forward.')).feedback).toBe(false);
  });

  it('reads "which your application does not show" and "as you are part way through your exams" as feedback', () => {
    expect(read(wrap('The post requires current registration with the Nursing Council, which your application does not show. We are unable to shortlist you.')).feedback).toBe(true);
    expect(read(wrap('The client requires a fully qualified surveyor, and as you are part way through your RICS assessment it does not meet that requirement. We will not put you forward.')).feedback).toBe(true);
  });

  it('reads "you told us you work only with X" and "you said you haven\'t used X" as feedback', () => {
    expect(read(wrap('Thank you for the interview. For this position Revit is necessary and you told us that you work only with AutoCAD at the moment. We decided to continue with another candidate.')).feedback).toBe(true);
    expect(read(wrap('Thank you for the call. The team builds everything in Snowflake, which you said you haven\'t used. We will not move you to the next stage.')).feedback).toBe(true);
  });

  it('reads the weight given to a named experience and where the others were ahead as feedback', () => {
    expect(read(wrap('Thank you for attending the interview. For this post we gave strong weight to experience of running NHS tenders, which the successful candidate had. We will not be offering you the role.')).feedback).toBe(true);
    expect(read(wrap('Thank you for the practical session. Where the other candidates came out ahead was in the handover: you did not brief the night team on the open actions. We will not be offering you the role.')).feedback).toBe(true);
    expect(read(wrap('Thank you for attending the interview. We gave careful consideration to all applications. We will not be offering you the role.')).feedback).toBe(false);
  });

  it('reads a point left out after praise, the gap named by the panel, and the place things came unstuck as feedback', () => {
    expect(read(wrap('In the recording you set out the risks well, but you did not mention the fire exits or the muster point. We will not continue with your application.')).feedback).toBe(true);
    expect(read(wrap('Both assessors felt the gap in stakeholder reporting was wider than the CV suggested. We will not continue with your application.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the final round. The place we came unstuck was the pricing section of your pitch. We are not able to offer you the role.')).feedback).toBe(true);
  });

  it('reads "the way you described handling X" and "you came across as more of a desk-based analyst" as feedback', () => {
    expect(read(wrap('Thank you for meeting the team. A few of us felt the way you described handling late suppliers was more relaxed than this site can allow. We have decided not to proceed.')).feedback).toBe(true);
    expect(read(wrap('Thank you for meeting the team. You came across as more of a desk-based analyst, and we want someone on the shop floor. We have decided not to proceed.')).feedback).toBe(true);
  });

  it('reads "she flagged that you didn\'t write tests" and a notice period against the start the client needs as feedback', () => {
    expect(read(wrap('Thanks for the pairing session with Ines. She flagged that you didn\'t write any tests for the parser. We will not be moving you forward.')).feedback).toBe(true);
    expect(read(wrap('Thanks for the call. The client needs someone who can join within four weeks, and your notice period is three months. We cannot take your profile ahead.')).feedback).toBe(true);
  });

  it('reads "not confident that you have enough ward-based experience" as feedback, and "not strong enough compared to others" as none', () => {
    expect(read(wrap('Thank you for the interview. The panel was not confident that you have enough ward-based experience to lead the night shift. We will not be offering you the post.')).feedback).toBe(true);
    expect(read(wrap('Thank you for the written case. The panel felt your submission was not strong enough compared to other candidates, so the process ends here.')).feedback).toBe(false);
  });
});

describe('feedback offered in many wordings', () => {
  it('reads "if a longer explanation would help, reply" as an offer, not "if more detail on the benefits would help"', () => {
    expect(read(wrap('We have decided not to progress your application. If a longer explanation would help, reply here and I will call you.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have decided not to progress your application. If more detail on the other openings would help, see our careers page.')).feedbackOffered).toBe(false);
  });

  it('reads "go into a bit more detail on how we made the call" and "happy to get you more detail" as offers', () => {
    expect(read(wrap('We will not take you forward. If you want me to go into a bit more detail on how we made the call, drop me a line.')).feedbackOffered).toBe(true);
    expect(read(wrap('We will not take you forward. Totally happy to get you more detail, just ask.')).feedbackOffered).toBe(true);
  });

  it('reads "if you want my honest take on the interview, book a slot" and "to give you her view of your interview" as offers', () => {
    expect(read(wrap('We went another way on the Studio Manager role. Book a slot in my calendar if you want my honest take on the interview.')).feedbackOffered).toBe(true);
    expect(read(wrap('We have chosen another candidate. The director is available for a short call to give you her view of your interview; contact me to arrange it.')).feedbackOffered).toBe(true);
  });

  it('reads "feedback can be obtained from the ward manager" as an offer, and "no feedback can be given" as none', () => {
    expect(read(wrap('You were not successful at interview on this occasion. Feedback can be obtained from the ward manager within four weeks.')).feedbackOffered).toBe(true);
    expect(read(wrap('You were not successful at interview on this occasion. Due to the number of candidates, no feedback can be given.')).feedbackOffered).toBe(false);
  });

  it('reads "glad to speak with you about your candidacy" as an offer, not "about your application to our other roles"', () => {
    expect(read(wrap('The committee has offered the post to another candidate. If it would help, the chair would be glad to speak with you about your candidacy.')).feedbackOffered).toBe(true);
    expect(read(wrap('The committee has offered the post to another candidate. The chair would be glad to speak with you about your application to our other roles.')).feedbackOffered).toBe(false);
  });

  it('reads "happy to talk any of this through", "how your exercise was assessed", "give me a bell" and "dig into it" as offers', () => {
    expect(read(wrap('We have offered the post to another candidate. I would be happy to talk any of this through with you by phone.')).feedbackOffered).toBe(true);
    expect(read(wrap('Your exercise did not meet the standard. If you would like to understand more about how your exercise was assessed, reply to this email.')).feedbackOffered).toBe(true);
    expect(read(wrap('We are not taking your application further. Give me a bell if you want to hear how the interview went from our side.')).feedbackOffered).toBe(true);
    expect(read(wrap('We will not invite you to the next stage. If you want to dig into it, I am happy to have another chat.')).feedbackOffered).toBe(true);
  });
});

describe('doors opened in many wordings', () => {
  it('reads "please don\'t be a stranger" and "have you in mind for future roles" as doors, not "we will not have you in mind"', () => {
    expect(read(wrap('We will not be offering you the role. Please don\'t be a stranger.')).doorOpen).toBe(true);
    expect(read(wrap('We will not be offering you the role. I would love to have you in mind for future leadership roles here.')).doorOpen).toBe(true);
  });

  it('reads "when we hire our next technician, I\'ll reach out" and "I\'ll be on the phone to you first" as doors', () => {
    expect(read(wrap('We are not going to progress you for this role. When we hire our second lab technician next spring, your background would suit it and I will reach out.')).doorOpen).toBe(true);
    expect(read(wrap('The funding did not come through, so we have closed the role. We are applying elsewhere next year, and if that comes through I will be on the phone to you first.')).doorOpen).toBe(true);
  });

  it('reads a recruiter still looking, a list for later work and the CV put before other clients as doors', () => {
    expect(read(wrap('The client has gone with someone else. Sorry it is not better news. I will keep looking for you.')).doorOpen).toBe(true);
    expect(read(wrap('We will not be moving forward this time, but we have popped you on our freelance list for overflow work in the new year.')).doorOpen).toBe(true);
    expect(read(wrap('The client has decided not to take your application further for this one. I will put your CV in front of two other clients in Leeds this week.')).doorOpen).toBe(true);
    expect(read(wrap('The client has gone with someone else. We will keep looking for the right person for them.')).doorOpen).toBe(false);
  });

  it('reads "we will want to talk to you then" and details kept for a search to come as doors', () => {
    expect(read(wrap('We went with another candidate. We are opening a Kumasi branch in Q3 and we will definitely want to talk to you then.')).doorOpen).toBe(true);
    expect(read(wrap('We will not go further with this role. I would like to keep your details for the Finance Director search I expect to start after Easter.')).doorOpen).toBe(true);
  });

  it('does not read "we need to let you know that recruitment has been paused" as a door', () => {
    const r = read(wrap('Thank you for applying. We need to let you know that recruitment for this role has been paused while the budget is reviewed. We will contact you to confirm whether the role will proceed.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });

  it('reads details retained for other named vacancies in a pause as a door', () => {
    const r = read(wrap('Thank you for applying for the Lab Assistant post. Recruitment has been temporarily suspended. Should the post not reopen, we will retain your details for other laboratory vacancies over the next year.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "send it again when we post the summer roles" as a door, not "the file was blank, please send it again"', () => {
    expect(read('not this time sorry, but send it again when we post the autumn roles\n\nSent from my phone').doorOpen).toBe(true);
    expect(read(wrap('We will not be moving forward. Your CV file was blank, so please send it again if you want it read for the next role.')).doorOpen).toBe(false);
  });

  it('reads "we would encourage him to apply for future roles" in a note passed on as a door', () => {
    expect(read(wrap('Thanks for the referral. We will not be moving forward with Tomas at this time, but we would encourage him to apply for future roles that suit his experience.')).doorOpen).toBe(true);
  });
});
