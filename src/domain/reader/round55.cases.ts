/**
 * The flags of declines relayed by agencies and recruiters, and of reasons in the employer's own words: messages written for
 * this test (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The
 * rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

type Flag = 'feedback' | 'feedbackOffered' | 'doorOpen';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

/** a declined message: the flag as expected, and the message read as a rejection */
function reads(flag: Flag, expected: boolean, text: string, subject = 'Re: your application'): void {
  const r = read(text, subject);
  expect(r.kind).toBe('rejection');
  expect(r[flag]).toBe(expected);
}

describe('a recruiter keeping the door open', () => {
  it('reads "I\'ll put you forward for the two other site roles" as a door', () => {
    reads('doorOpen', true, 'Hi Ffion,\n\nThe client has decided not to progress your application for the Quantity Surveyor job.\n\nI\'ll put you forward for the two other site roles I mentioned on Monday.\n\nRhodri\nCwm Build Recruitment');
  });

  it('does not read "I won\'t be putting you forward for anything else with them" as a door', () => {
    reads('doorOpen', false, 'Hi Ffion,\n\nThe client has decided not to progress your application for the Quantity Surveyor job, and honestly I won\'t be putting you forward for anything else with them after how they handled it.\n\nRhodri\nCwm Build Recruitment');
  });

  it('reads "I\'d like to put you forward for the Tauranga contract if you\'re open to it" as a door', () => {
    reads('doorOpen', true, 'Kia ora Mere,\n\nUnfortunately the port company has gone with another candidate for the planner role.\n\nI\'d like to put you forward for the Tauranga logistics contract if you\'re open to it.\n\nNgā mihi,\nTama\nBay Freight Talent');
  });

  it('does not read "I put your CV forward for the planner role but they declined" as a door', () => {
    reads('doorOpen', false, 'Kia ora Mere,\n\nI put your CV forward for the planner role last week but the port company has declined to interview, sorry.\n\nTama\nBay Freight Talent');
  });

  it('reads "we\'ll keep working on other options for you" as a door', () => {
    reads('doorOpen', true, 'Hi Bruno,\n\nSorry, the hotel group has decided not to move forward after your interview. We\'ll keep working on other options for you.\n\nCarla\nAtlas Hospitality Search');
  });

  it('does not read "the client will keep looking for other candidates" as a door', () => {
    reads('doorOpen', false, 'Hi Bruno,\n\nSorry, the hotel group has decided not to move forward after your interview. They will keep looking for other candidates with more banqueting experience.\n\nCarla\nAtlas Hospitality Search');
  });

  it('reads "I\'ll ring you when the next ward manager role comes through" as a door', () => {
    reads('doorOpen', true, 'Hi Siobhan,\n\nThe trust has offered the post to another applicant after the interviews. I\'ll ring you when the next ward manager role comes through.\n\nDeclan\nCareline Nursing Agency');
  });

  it('does not read "I\'ll call you about anything else they need for the refund" as a door', () => {
    reads('doorOpen', false, 'Hi Siobhan,\n\nThe trust has offered the post to another applicant after the interviews. I\'ll call you about anything else they need for your travel refund.\n\nDeclan\nCareline Nursing Agency');
  });

  it('reads "I\'ve got two other lab roles opening soon, so I\'ll give you a call when they\'re live" as a door', () => {
    reads('doorOpen', true, 'Hi Arun,\n\nThe client won\'t be taking your application further. I\'ve got two other lab roles opening soon, so I\'ll give you a call when they\'re live.\n\nBen, Helix Science Recruitment');
  });

  it('reads "I\'ll send over a few Python-heavy openings tomorrow" as a door', () => {
    reads('doorOpen', true, 'Hey Ji-ho,\n\nThe fintech team decided not to proceed after the technical round. I\'ll send over a few Python-heavy openings tomorrow.\n\nMarta\nByteBridge Talent');
  });

  it('does not read "I can\'t send you more openings in this sector" as a door', () => {
    reads('doorOpen', false, 'Hey Ji-ho,\n\nThe fintech team decided not to proceed after the technical round. I\'m afraid I can\'t send you more openings in this sector, as my desk is closing.\n\nMarta\nByteBridge Talent');
  });

  it('reads "if we restart the hiring next year, you\'ll hear from me directly" as a door', () => {
    reads('doorOpen', true, 'Dear Ivan,\n\nWe have decided not to proceed with your application for the Controls Engineer post. If we restart the hiring next year, you\'ll hear from me directly.\n\nBest,\nOlga Petrenko');
  });

  it('does not read "you\'ll hear from me directly if any travel expenses are missing" as a door', () => {
    reads('doorOpen', false, 'Dear Ivan,\n\nWe have decided not to proceed with your application for the Controls Engineer post. Your claim form has been received, and you\'ll hear from me directly if any travel expenses are missing.\n\nBest,\nOlga Petrenko');
  });

  it('reads "if you\'re ever interested in our Darwin depot, just shout" as a door', () => {
    reads('doorOpen', true, 'Hi Kyle, we offered the driver trainer job to the other finalist and he accepted. If you\'re ever interested in our Darwin depot, just shout. Cheers, Shaz');
  });

  it('does not read "if you\'re interested in hearing why, let me know" as a door', () => {
    reads('doorOpen', false, 'Hi Kyle, we offered the driver trainer job to the other finalist and he accepted. If you\'re interested in hearing why, let me know. Cheers, Shaz');
  });

  it('reads "I\'ll keep your details and let you know" as a door', () => {
    reads('doorOpen', true, 'Hi Noor,\n\nWe can only employ people in Canada at the moment, so we can\'t move forward with you while you\'re in Jordan. We may set up a Middle East office next year, and I\'ll keep your details and let you know.\n\nEvan');
  });

  it('reads "if circumstances change on either side, please ring me" as a door', () => {
    reads('doorOpen', true, 'Hi Thabo,\n\nWe cannot reach the package you need, so we are stepping back from the offer stage. If circumstances change on either side, please ring me.\n\nZanele');
  });

  it('does not read "if circumstances change and you have questions about the refund, call us" as a door', () => {
    reads('doorOpen', false, 'Hi Thabo,\n\nWe cannot reach the package you need, so we are stepping back from the offer stage. If circumstances change and you have questions about the deposit refund, please call us.\n\nZanele');
  });

  it('reads "give it a year and please come back to us" as a door', () => {
    reads('doorOpen', true, 'hey Lior, we need someone who has shipped a native iOS app on their own, so it\'s a no for now. give it a year and please come back to us. Dana');
  });

  it('does not read "give it a few hours and the portal should come back online" as a door', () => {
    reads('doorOpen', false, 'hey Lior, we need someone who has shipped a native iOS app on their own, so it\'s a no for now. The upload page is down - give it a few hours and the portal should come back online for your records. Dana');
  });

  it('reads "I would very much hope you might consider applying" as a door', () => {
    reads('doorOpen', true, 'Dear Ms Achebe,\n\nThe committee has appointed another candidate to the Bursar post. Should we advertise the assistant bursar post in the autumn, I would very much hope you might consider applying.\n\nYours sincerely,\nP. Okafor');
  });

  it('does not read "we hope you understand we cannot consider applying the exception" as a door', () => {
    reads('doorOpen', false, 'Dear Ms Achebe,\n\nThe committee has appointed another candidate to the Bursar post. We hope you understand that we could not consider applying the late-submission exception to your papers.\n\nYours sincerely,\nP. Okafor');
  });

  it('reads "I\'ll be straight on the phone to you" and "you\'ll be the first call" as doors', () => {
    reads('doorOpen', true, 'Hi Gus, we can\'t match your rate so we\'re going with another contractor. If a bigger budget lands I\'ll be straight on the phone to you. Pete');
    reads('doorOpen', true, 'Hi Gus, we have gone with another contractor for the fit-out. If we win the hospital job, you\'ll be the first call. Pete');
  });

  it('reads "would love to be in touch as we grow the team later this year" as a door', () => {
    reads('doorOpen', true, 'Dear Omar,\n\nWe have offered the Analyst role to another candidate. We would love to be in touch as we grow the team later this year.\n\nRegards,\nHelen');
  });
});

describe('feedback offered in a recruiter\'s words', () => {
  it('reads "I\'m free for a debrief whenever suits" as an offer', () => {
    reads('feedbackOffered', true, 'Hi Lena,\n\nThe client has gone with another candidate after the final round. I\'m free for a debrief whenever suits you.\n\nJo\nPeak People');
  });

  it('does not read "after the panel\'s debrief they chose another candidate" as an offer', () => {
    reads('feedbackOffered', false, 'Hi Lena,\n\nAfter the panel\'s debrief on Friday the client has gone with another candidate. Best of luck.\n\nJo\nPeak People');
  });

  it('does not read "a debrief is only offered to finalists" as an offer', () => {
    reads('feedbackOffered', false, 'Hi Lena,\n\nThe client has decided not to progress your application. A debrief call is only offered to finalists, I\'m afraid.\n\nJo\nPeak People');
  });

  it('reads "I\'d like to go through the detailed feedback with you on a call" as an offer', () => {
    reads('feedbackOffered', true, 'Hi Sam,\n\nThe practice has decided not to offer you the associate role. I\'d like to go through the detailed feedback with you on a call this week.\n\nRuth\nDentalworks Recruitment');
  });

  it('does not read "when we went through the feedback with you last month" as an offer', () => {
    reads('feedbackOffered', false, 'Hi Sam,\n\nAs you know from when we went through the feedback with you last month, the practice has now decided not to offer you the associate role.\n\nRuth\nDentalworks Recruitment');
  });

  it('reads "let me know if you want to hop on a call about it" as an offer', () => {
    reads('feedbackOffered', true, 'Hey Cam, the studio has decided not to progress your application after the portfolio review. Let me know if you want to hop on a call about it. Tess');
  });

  it('does not read "let me know if you want to hop on a call about other roles" as an offer', () => {
    reads('feedbackOffered', false, 'Hey Cam, the studio has decided not to progress your application after the portfolio review. Let me know if you want to hop on a call about other roles though. Tess');
  });

  it('reads "I can get more from the hiring manager if you want" as an offer', () => {
    reads('feedbackOffered', true, 'Hi Remy, the bank decided not to proceed after your interview. They kept it short, but I can get more from the hiring manager if you want.\n\nAnais');
  });

  it('reads "happy to talk through how they scored it" as an offer', () => {
    reads('feedbackOffered', true, 'Hi Femi,\n\nThe agency has decided not to invite you to interview after the written test. Happy to talk through how they scored it if that helps.\n\nBisi');
  });

  it('reads "if you\'d like some more detailed thoughts from the panel, just say" as an offer', () => {
    reads('feedbackOffered', true, 'Dear Hana,\n\nWe have decided not to offer you the curator post. If you\'d like some more detailed thoughts from the panel, just say and I will put them together.\n\nWarmly,\nIris');
  });

  it('does not read "if you\'d like to share your thoughts on our process" as an offer', () => {
    reads('feedbackOffered', false, 'Dear Hana,\n\nWe have decided not to offer you the curator post. If you\'d like to share your thoughts on our recruitment process, our short survey is linked below.\n\nWarmly,\nIris');
  });

  it('reads "for any feedback, you may write back to this mail" as an offer', () => {
    reads('feedbackOffered', true, 'Dear Kiran,\n\nWe regret to inform you that you have not been selected after the HR round. For any feedback, you may write back to this mail.\n\nRegards,\nHR Team');
  });

  it('does not read "for feedback on our careers website, write to the web team" as an offer', () => {
    reads('feedbackOffered', false, 'Dear Kiran,\n\nWe regret to inform you that you have not been selected after the HR round. For feedback on our careers website, write to the web team.\n\nRegards,\nHR Team');
  });

  it('reads "I\'m glad to go through any of this on the phone" as an offer', () => {
    reads('feedbackOffered', true, 'Hi Marta,\n\nWe won\'t be moving forward after your panel. The team wanted deeper experience with Kafka. I\'m glad to go through any of this on the phone.\n\nPiotr');
  });

  it('reads "if it would help to talk the day through" and "if you\'d find a call with the chair useful" as offers', () => {
    reads('feedbackOffered', true, 'Dear Alun,\n\nThe governors have appointed another candidate as deputy head. If it would help to talk through the day, I would be glad to arrange a call.\n\nYours,\nMrs Price');
    reads('feedbackOffered', true, 'Dear Alun,\n\nThe governors have appointed another candidate as deputy head. If you would find a call with the chair useful, I can set one up.\n\nYours,\nMrs Price');
  });

  it('does not read "if you\'d find a call with our careers team useful for other roles" as an offer', () => {
    reads('feedbackOffered', false, 'Dear Alun,\n\nThe governors have appointed another candidate as deputy head. If you would find a call with our careers team useful about other roles, reply here.\n\nYours,\nMrs Price');
  });

  it('reads "if you would like a breakdown of how you did" as an offer', () => {
    reads('feedbackOffered', true, 'Hello Dev,\n\nYou have not cleared the aptitude test for the Graduate Analyst programme. If you would like a breakdown of how you did per section, reply and we will send it.\n\nCampus Team');
  });

  it('does not read "we are unable to share a breakdown of how you did" as an offer', () => {
    reads('feedbackOffered', false, 'Hello Dev,\n\nYou have not cleared the aptitude test for the Graduate Analyst programme. We are unable to share a breakdown of how you did.\n\nCampus Team');
  });

  it('reads "if you would find a feedback conversation useful" and "if a fuller write-up would help" as offers', () => {
    reads('feedbackOffered', true, 'Dear Nils,\n\nThe board has appointed another candidate. If you would find a feedback conversation useful, I would be glad to arrange one.\n\nKind regards,\nAstrid');
    reads('feedbackOffered', true, 'Dear Nils,\n\nThe board has appointed another candidate. If a fuller write-up would help, let me know and I will send one.\n\nKind regards,\nAstrid');
  });
});

describe('specific feedback: the candidate\'s own situation named', () => {
  it('reads "they need someone who has led an audit, and you\'ve only assisted on one" as feedback', () => {
    reads('feedback', true, 'Hi Priti,\n\nThe client has come back and won\'t be progressing. They need someone who has led an ISO audit end to end, and you\'ve only assisted on one.\n\nGavin');
  });

  it('does not read "we need someone who can start in May, and you were lovely to meet" as feedback', () => {
    reads('feedback', false, 'Hi Priti,\n\nThe client has come back and won\'t be progressing. They were looking for someone who could start in May, and you were lovely to meet.\n\nGavin');
  });

  it('reads "your experience is strong in retail, whereas this team runs wholesale" as feedback', () => {
    reads('feedback', true, 'Hi Joel,\n\nWe have decided not to go further. Your experience is very strong in retail buying, whereas this team runs wholesale accounts.\n\nBest,\nMaya');
  });

  it('reads "your number was well above where they had budgeted" and "they couldn\'t get to your base" as feedback', () => {
    reads('feedback', true, 'Hi Dario, the client has decided not to progress your application. Honestly, your number was well above where they had budgeted for the seat. Gemma');
    reads('feedback', true, 'Hi Dario, the client has decided not to progress your application. They couldn\'t get to your base and went with someone cheaper. Gemma');
  });

  it('does not read "your ask was well within what they had budgeted" as feedback', () => {
    reads('feedback', false, 'Hi Dario, the client has decided not to progress your application. Your ask was well within what they had budgeted, so it was not money. Gemma');
  });

  it('reads "which they couldn\'t see on your CV" as feedback', () => {
    reads('feedback', true, 'Hi Ana, the client won\'t progress your application. They need a forklift ticket, which they couldn\'t see on your CV. Lee');
  });

  it('reads "you were strong on pricing but lighter on the negotiation side" as feedback', () => {
    reads('feedback', true, 'Hi Neil, the buyer role has gone to someone else. They felt you were strong on pricing but lighter on the supplier negotiation side. Kath');
  });

  it('does not read "other candidates were lighter on X than you" as feedback', () => {
    reads('feedback', false, 'Hi Neil, the buyer role has gone to someone else. You were great and other candidates were lighter on pricing than you, but it went their way. Kath');
  });

  it('reads "you came across as someone who prefers working alone" as feedback', () => {
    reads('feedback', true, 'Hi Rosa, we won\'t be moving forward. You came across as someone who prefers working alone, and our kitchen team is very hands-on together. Best, Luis');
  });

  it('reads "what you\'re looking for in your next role isn\'t something we can offer" as feedback', () => {
    reads('feedback', true, 'Hi Owen, we\'ve decided not to progress after the screen. What you\'re looking for in your next role, a big data team, isn\'t something we can offer yet. Best, Ros');
  });

  it('reads "your typing speed was below the 60 wpm we need" as feedback', () => {
    reads('feedback', true, 'Hi Cara, thanks for the test. Unfortunately your typing speed was below the 60 wpm we need, so we can\'t move forward. Admin Team');
  });

  it('does not read "your score was below the threshold we set" as feedback', () => {
    reads('feedback', false, 'Hi Cara, thanks for the test. Unfortunately your score was below the threshold we set this round, so we can\'t move forward. Admin Team');
  });

  it('reads "the demo ran out of time before the close" as feedback', () => {
    reads('feedback', true, 'Dear Tom,\n\nThe panel has decided not to offer you the sales trainer post. The demo ran out of time before the close, which the panel felt was essential.\n\nHR');
  });

  it('reads "as you are part-qualified" as feedback', () => {
    reads('feedback', true, 'Dear Ewa,\n\nThe role needs a fully qualified CIMA accountant, and as you are part-qualified we are unable to progress your application.\n\nRecruitment');
  });

  it('reads "that\'s the main gap" and "the main gap was with React" as feedback', () => {
    reads('feedback', true, 'Hi Zac, we won\'t progress. We need someone who has managed a team of ten, and you\'ve led two people so far. That\'s the main gap. Tim');
    reads('feedback', true, 'Hi Zac, we won\'t progress after the technical round. The main gap was with React and state management. Tim');
  });

  it('does not read "the main gap was in our timeline" as feedback', () => {
    reads('feedback', false, 'Hi Zac, we won\'t progress with your application. The main gap was in our timeline, and we have filled the role. Tim');
  });

  it('reads "your application did not meet this eligibility condition" after a named condition as feedback', () => {
    reads('feedback', true, 'Dear Candidate,\n\nThe post requires a valid nursing registration in Kerala, and your application did not meet this eligibility condition. You have not been selected.\n\nOffice');
  });

  it('does not read "your application did not meet our criteria" as feedback', () => {
    reads('feedback', false, 'Dear Candidate,\n\nYour application did not meet our criteria and you have not been selected.\n\nOffice');
  });

  it('reads "the French call showed you\'re not yet at the level we need" as feedback', () => {
    reads('feedback', true, 'Hi Ines, we won\'t be offering you the role. The French role-play showed you\'re not yet at the level we need for calls. Jo');
  });

  it('reads "the committee wanted that specific experience" as feedback', () => {
    reads('feedback', true, 'Dear Paul, we have appointed another candidate. She had run a capital appeal, and the committee wanted that specific experience this year. Regards, Anne');
  });

  it('reads "we see that you have a diploma" beside a required degree as feedback', () => {
    reads('feedback', true, 'Dear Rohan, we require a bachelor\'s degree in pharmacy for this post, and we see that you have a diploma. We cannot proceed further. HR');
  });

  it('does not read "we see that you have applied before" as feedback', () => {
    reads('feedback', false, 'Dear Rohan, we see that you have applied before for a post we require to fill urgently. We cannot proceed further with this application. HR');
  });

  it('reads "that breadth was what tipped it" as feedback', () => {
    reads('feedback', true, 'Hi Li, we went with someone else. They had run stores in four states, and that breadth was what tipped it. Sorry, Kate');
  });

  it('reads "we don\'t think your samples match the tone" as feedback', () => {
    reads('feedback', true, 'Hi Jade, we won\'t take your application further. We don\'t think your samples quite match the playful tone of our brand. Best, Wren');
  });

  it('does not read "your samples match the tone beautifully" as feedback', () => {
    reads('feedback', false, 'Hi Jade, we won\'t take your application further as the role has been filled. Your samples match the tone beautifully. Best, Wren');
  });

  it('reads "as they require a minimum of 5 years in payroll" as feedback', () => {
    reads('feedback', true, 'Hi Sue, the client won\'t progress your CV as they require a minimum of 5 years in payroll. Grace');
  });

  it('reads "they wanted someone who has already run a rebrand" as feedback', () => {
    reads('feedback', true, 'Hi Sue, the client won\'t progress after your interview. They wanted someone who has already run a rebrand for a charity. Grace');
  });

  it('does not read "they wanted someone who could start soon" as feedback', () => {
    reads('feedback', false, 'Hi Sue, the client won\'t progress after your interview. They wanted someone who could start soon. Grace');
  });

  it('reads "they weren\'t sure you\'d settle, coming from a large firm" as feedback', () => {
    reads('feedback', true, 'Hi Dee, the family business has decided not to go ahead. They weren\'t sure you\'d settle in a team of four, coming from a large firm. Jo');
  });

  it('reads "the thing the board kept coming back to" as feedback', () => {
    reads('feedback', true, 'Hi Max, the insurer has decided not to progress your application and offered to someone with Solvency II experience, which was the thing the board kept coming back to. Sorry. Ben');
  });

  it('reads "whose expectations sat better within our budget" as feedback', () => {
    reads('feedback', true, 'Hi Max, we have gone with another finalist whose expectations sat better within our budget. Thank you, Ben');
  });

  it('does not read "the client has concluded the assessment process and you were not successful" as feedback', () => {
    reads('feedback', false, 'Dear Ada,\n\nPlease be informed that our client has concluded the assessment process and you were not successful.\n\nRegards,\nTalent Desk');
  });

  it('reads "the deck was tidy but didn\'t cover pricing" as feedback', () => {
    reads('feedback', true, 'Hi Kwame, thanks for the case study. We won\'t be moving you forward: the deck was tidy but didn\'t cover pricing at all. Best, Efua');
  });

  it('reads "the brief was about returns, and the submission focused on checkout" as feedback', () => {
    reads('feedback', true, 'Hi Kwame, we won\'t be moving you forward. The brief was about the returns journey, and the submission focused mostly on checkout. Best, Efua');
  });

  it('reads "you\'d said $60 an hour minimum" beside the cap as feedback', () => {
    reads('feedback', true, 'Hi Lani, they have decided not to go ahead: their cap is $52 an hour and you\'d said $60 an hour minimum. Cheers, Mo');
  });
});

describe('more of a recruiter\'s words', () => {
  const relayed = (line: string): string => `Hi Sam,\n\nThe client has decided not to progress your application after the interview. ${line}\n\nJo\nPeak Recruitment`;

  it('reads "I\'ll keep you in the loop on anything similar" as a door, not "I\'ll keep you in the loop on the decision"', () => {
    reads('doorOpen', true, relayed('I\'ll keep you in the loop on anything similar in Leeds.'));
    reads('doorOpen', false, relayed('Sorry again, it was close.'));
  });

  it('reads "I\'ll be working hard to find the right one for you" as a door, not "we hope you find the right role"', () => {
    reads('doorOpen', true, relayed('There is plenty about and I\'ll be working hard to find the right one for you.'));
    reads('doorOpen', false, relayed('We hope you find the right role for you soon.'));
  });

  it('reads "I\'d be keen to work with you on other roles" as a door', () => {
    reads('doorOpen', true, relayed('I\'d be keen to work with you on other roles this year.'));
    reads('doorOpen', false, relayed('I wasn\'t keen to work with them again after this either.'));
  });

  it('reads "sending your CV to a couple of similar firms" as a door, not "we cannot send your CV to other firms"', () => {
    reads('doorOpen', true, relayed('Would you be open to me sending your CV to a couple of similar firms in Bristol?'));
    reads('doorOpen', false, relayed('Under our terms we cannot send your CV to other firms without a new consent form.'));
  });

  it('reads "I can share the client\'s full feedback on a call" as an offer, not "I can\'t share the client\'s notes"', () => {
    reads('feedbackOffered', true, relayed('I can share the client\'s full feedback on a call.'));
    reads('feedbackOffered', false, relayed('I\'m afraid I can\'t share the client\'s notes with candidates.'));
  });

  it('reads "give me a call and I\'ll share more" and "I\'ll fill you in" as offers, not "I\'ll fill you in on the next steps"', () => {
    reads('feedbackOffered', true, relayed('Give me a call when you are free and I\'ll share more.'));
    reads('feedbackOffered', true, relayed('Call me when you get a sec and I\'ll fill you in.'));
    reads('feedbackOffered', false, relayed('For the other role, I\'ll fill you in on the next steps tomorrow.'));
  });

  it('reads "I\'ve got more notes if you want them" as an offer', () => {
    reads('feedbackOffered', true, relayed('I\'ve got more notes from the client if you want them.'));
    reads('feedbackOffered', false, relayed('I haven\'t got more notes, they kept it brief.'));
  });

  it('reads "I\'ll call you tomorrow to talk through what they said" as an offer', () => {
    reads('feedbackOffered', true, relayed('I\'ll call you tomorrow to talk through what the panel said.'));
    reads('feedbackOffered', false, relayed('They would not talk through what the panel said, sorry.'));
  });

  it('reads "happy to give you the full rundown on the phone" as an offer, not "the full rundown on the company"', () => {
    reads('feedbackOffered', true, relayed('I\'m happy to give you the full rundown on the phone.'));
    reads('feedbackOffered', false, relayed('For the Bristol opening, I\'m happy to give you the full rundown of the company and package.'));
  });
});

describe('the candidate\'s own situation in the employer\'s words', () => {
  const declined = (line: string): string => `Dear Robin,\n\nThank you for your interview for the Operations Lead post. We have decided not to offer you the position. ${line}\n\nRegards,\nMarisol Vega`;

  it('reads "the one area that held you back was board reporting" as feedback, not "nothing held you back"', () => {
    reads('feedback', true, declined('Perhaps the one area that held you back was board-level reporting.'));
    reads('feedback', false, declined('Nothing held you back as such; it was simply very close.'));
  });

  it('reads "your largest team was 9" as feedback', () => {
    reads('feedback', true, declined('The person appointed has run a depot of 150 drivers. Your largest team so far was 9.'));
    reads('feedback', false, declined('The person appointed has run a depot of 150 drivers. Your team spoke very warmly of you.'));
  });

  it('reads "the only real gap was hands-on Terraform" as feedback, not "the main gap was that we filled it internally"', () => {
    reads('feedback', true, declined('P.S. The only real gap was hands-on Terraform.'));
    reads('feedback', false, declined('The main gap was that we filled the post from inside the team.'));
  });

  it('reads "you mentioned you can only work four days a week" as feedback, not "you mentioned you are keen to grow"', () => {
    reads('feedback', true, declined('You mentioned you can only work four days a week, and the post is full time.'));
    reads('feedback', false, declined('You mentioned you are keen to grow into a leadership role, and we hope you do.'));
  });

  it('reads "the commute from Ballarat would be over two hours" as feedback', () => {
    reads('feedback', true, declined('The commute from Ballarat would be over two hours each way on the early shift.'));
    reads('feedback', false, declined('The commute to our new office is easy from the station, for whoever takes the post.'));
  });

  it('reads "your portfolio was mostly print" as feedback, not "your experience is mostly relevant"', () => {
    reads('feedback', true, declined('Your portfolio was mostly print, and this post is digital first.'));
    reads('feedback', false, declined('Your experience is mostly relevant, but others were closer overall.'));
  });

  it('reads "they were looking for more leadership experience" as feedback, not "more experience"', () => {
    reads('feedback', true, declined('The panel were looking for more people-management experience.'));
    reads('feedback', false, declined('The panel chose the candidate whose application best matched the post.'));
  });
});
