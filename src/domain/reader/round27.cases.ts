/**
 * The rules of the twenty-seventh round (the stage the candidate reached, told indirectly): time with us and a team
 * that enjoyed it, a nice talk with the sender and a colleague, a call with a named hiring manager, a yarn or a chat
 * with a named person and the crew, a video call joined and notes compared, a part taken in the discussions, a sender
 * who hires speaking of a chat "with me", a test stage failed and a score under the bar, a final HR discussion and a
 * final selection day, a shortlist for interview and final interviews still to come — each on messages written for
 * this test (not taken from any corpus part), beside a message in nearby words that must still read the other way.
 * The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Hi Robin,\n\n${body}\n\nBest wishes,\nMorgan`;

describe('interview: time with us, a nice talk, a call with a named hiring manager', () => {
  it('reads "your time with us on Monday" beside a team that enjoyed it as an interview', () => {
    expect(read(wrap('Thank you for your time with us on Monday; the kitchen team enjoyed hearing about your pastry work. Sadly we will not be offering you the job.')).stage).toBe('interview');
  });

  it('still reads "your time with me on Monday" from a recruiter alone as a screen', () => {
    expect(read(wrap('Thank you for your time with me on Monday. Sadly we will not be moving your application forward.')).stage).toBe('screen');
  });

  it('reads "thank you for the nice talk with me and my colleague" as an interview', () => {
    expect(read(wrap('Thank you very much for the nice talk yesterday with me and my colleague Mr. Aydin. We have decided for another applicant.')).stage).toBe('interview');
  });

  it('still reads a nice talk with no one else named as a screen', () => {
    expect(read(wrap('Thank you very much for the nice talk yesterday. We have decided for another applicant.')).stage).toBe('screen');
  });

  it('reads "a call with Dana, our hiring manager" as an interview', () => {
    expect(read(wrap('Thanks for making time to have a call with Dana, our hiring manager, last week. We will not be moving forward with your application.')).stage).toBe('interview');
  });

  it('still reads the recruiter\'s own "I\'ve had a chat with the hiring manager" after a phone call as a screen', () => {
    expect(read(wrap("Thanks for the phone call on Friday. I've since had a chat with the hiring manager and we won't be taking your application further.")).stage).toBe('screen');
  });
});

describe('interview: a yarn or a chat with a named person and the crew', () => {
  it('reads "the yarn on Friday with Shaz and the crew" as an interview', () => {
    expect(read(wrap("Thanks for the yarn on Friday with Shaz and the crew at the yard. We've gone with someone else this time.")).stage).toBe('interview');
  });

  it('reads "the chat yesterday with Priya and the design team" as an interview', () => {
    expect(read(wrap("Thanks for the chat yesterday with Priya and the design team. We've decided not to go ahead.")).stage).toBe('interview');
  });

  it('still reads "the chat yesterday with our recruitment team" as a screen', () => {
    expect(read(wrap("Thanks for the chat yesterday with our recruitment team. We've decided not to go ahead.")).stage).toBe('screen');
  });
});

describe('interview: a video call joined and notes compared, a part taken in the discussions', () => {
  it('reads "joining us on Teams" with notes compared afterwards as an interview', () => {
    expect(read(wrap('Thank you for joining us on Teams on Wednesday. After comparing notes, we have decided to continue with other applicants.')).stage).toBe('interview');
  });

  it('still reads "joining me on Teams" with notes compared with the hiring manager as a screen', () => {
    expect(read(wrap('Thank you for joining me on Teams on Wednesday. After comparing notes with the hiring manager, we have decided to continue with other applicants.')).stage).toBe('screen');
  });

  it('reads "your participation in the discussions held last week" as an interview', () => {
    expect(read(wrap('Thank you for your participation in the discussions held last week for the Research Fellow post. The committee has decided to recommend another applicant.')).stage).toBe('interview');
  });

  it('still reads a part taken in the discussions at an open evening as no interview', () => {
    expect(read(wrap('Thank you for your participation in the discussions at our graduate open evening. We have reviewed your application and will not be progressing it.')).stage).toBe('application');
  });
});

describe('interview: a chat "with me" from the one who hires', () => {
  it('reads "thanks for chatting with me" beside "I\'ve decided to go with another candidate" as an interview', () => {
    expect(read(wrap("Thanks for chatting with me on Tuesday. I've decided to go with another candidate whose experience suits the ward I manage.")).stage).toBe('interview');
  });

  it('still reads "thanks for chatting with me" beside the hiring manager\'s decision as a screen', () => {
    expect(read(wrap('Thanks for chatting with me on Tuesday. The hiring manager has decided to go with another candidate.')).stage).toBe('screen');
  });

  it('still reads a named first phone call with the one who hires as a screen', () => {
    expect(read(wrap("Thanks for the quick phone call with me on Tuesday. I've decided to go with another candidate.")).stage).toBe('screen');
  });
});

describe('assessment: a test stage failed, a score under the bar', () => {
  it('reads "unsuccessful at the online test stage" as an assessment', () => {
    expect(read(wrap('Your application for Customs Officer was unsuccessful at the online test stage.')).stage).toBe('assessment');
  });

  it('still reads "unsuccessful at the sift stage" as an application', () => {
    expect(read(wrap('Your application for Customs Officer was unsuccessful at the sift stage.')).stage).toBe('application');
  });

  it('reads "your score was below the pass mark" as an assessment', () => {
    expect(read(wrap('The verbal reasoning paper is marked against a pass mark, and your score was below it. We cannot progress you further.')).stage).toBe('assessment');
  });

  it('still reads a sift score of the application under the bar as an application', () => {
    expect(read(wrap('Each application was scored against the essential criteria, and your score was below the threshold for shortlisting.')).stage).toBe('application');
  });
});

describe('final: a final HR discussion, a final selection day', () => {
  it('reads "appeared for the final HR discussion" as a final', () => {
    expect(read(wrap('You appeared for the final HR discussion on Monday. We regret that we cannot extend an offer.')).stage).toBe('final');
  });

  it('still reads an HR discussion with no "final" as no final', () => {
    expect(read(wrap('You appeared for the HR discussion on Monday. We regret that we cannot extend an offer.')).stage).not.toBe('final');
  });

  it('reads "thank you for coming for the final selection day" as a final', () => {
    expect(read(wrap('Thank you for coming to Bristol for the final selection day. The panel has chosen another candidate.')).stage).toBe('final');
  });

  it('still reads a final selection day the candidate is not invited to as an application', () => {
    expect(read(wrap('Having reviewed your form, we will not be inviting you to an interview or to the final selection day.')).stage).toBe('application');
  });
});

describe('application: a shortlist for interview, final interviews still to come', () => {
  it('reads "a shortlist of candidates for interview" the candidate was not placed on as an application', () => {
    expect(read(wrap('The panel met on Friday to agree a shortlist of candidates for interview. I am sorry to say that you were not placed on the shortlist.')).stage).toBe('application');
  });

  it('still reads "our shortlist of three candidates" the candidate was on as a final', () => {
    expect(read(wrap('You were on our shortlist of three candidates, and the decision was a hard one. We have chosen another candidate.')).stage).toBe('final');
  });

  it('reads "our final interviews are scheduled for next week" without the candidate as an application', () => {
    expect(read(wrap('Our final interviews for the Warden post are scheduled for next week, and we will not be inviting you to them.')).stage).toBe('application');
  });

  it('still reads the candidate\'s own final interview as a final', () => {
    expect(read(wrap('Thank you for your final interview for the Warden post last week. We will not be offering you the post.')).stage).toBe('final');
  });
});

describe('interview and screen: who was on the call', () => {
  it('reads "taking the time to speak with our VP of Sales" as an interview', () => {
    expect(read(wrap('Thanks for taking the time to speak with our VP of Sales. Unfortunately we have chosen another candidate.')).stage).toBe('interview');
  });

  it('still reads "taking the time to speak with our recruiter" as a screen', () => {
    expect(read(wrap('Thanks for taking the time to speak with our recruiter. Unfortunately we have chosen another candidate.')).stage).toBe('screen');
  });

  it('reads "the video screen with me" as a screen', () => {
    expect(read(wrap('Thanks for the video screen with me yesterday. The hiring manager has decided not to progress your application.')).stage).toBe('screen');
  });

  it('reads "the 15-minute Teams call with our recruitment partner" as a screen', () => {
    expect(read(wrap('Thanks for the 15-minute Teams call with our recruitment partner. We have decided not to progress.')).stage).toBe('screen');
  });

  it('still reads an offer to book a 15-minute call for feedback as no screen', () => {
    expect(read(wrap('We have decided not to progress your application. Feel free to book a 15-minute call with me for feedback.')).stage).toBe('application');
  });
});

describe('interview: talks on two days, time given to us, a panel session, work shared with the panel', () => {
  it('reads "speaking with us on Monday and again on Wednesday" as an interview', () => {
    expect(read(wrap('Thank you for speaking with us on Monday and again on Wednesday. We have decided to move on with another candidate.')).stage).toBe('interview');
  });

  it('still reads a single talk on Monday as a screen', () => {
    expect(read(wrap('Thank you for speaking with us on Monday. We have decided to move on with another candidate.')).stage).toBe('screen');
  });

  it('reads "the time you gave us" beside "Jo and I both enjoyed" as an interview', () => {
    expect(read(wrap('Thanks so much for the time you gave us last week. Kofi and I both enjoyed hearing about your research. We have decided not to proceed.')).stage).toBe('interview');
  });

  it('still reads "the time you gave us" with no one else named as a screen', () => {
    expect(read(wrap('Thanks so much for the time you gave us last week. We have decided not to proceed.')).stage).toBe('screen');
  });

  it('reads "for making the time to join the panel session" as an interview', () => {
    expect(read(wrap('Thank you for making the time to join the panel session. Unfortunately you have not been successful.')).stage).toBe('interview');
  });

  it('still reads a panel session at a recruitment event as no interview', () => {
    expect(read(wrap('Thank you for attending the panel session at our recruitment event. Unfortunately your application has not been successful.')).stage).toBe('application');
  });

  it('reads "for sharing your experience with our panel" as an interview', () => {
    expect(read(wrap('Thank you for sharing your experience with our panel on Tuesday. We regret to inform you that you were not successful.')).stage).toBe('interview');
  });

  it('still reads a recruiter sharing the CV with the hiring manager as an application', () => {
    expect(read(wrap('Thank you for applying. I shared your CV with the hiring manager and we will not be progressing.')).stage).toBe('application');
  });

  it('reads a talk beside "the team appreciated your questions" as an interview', () => {
    expect(read(wrap("It was great to speak with you yesterday, and the team appreciated your questions. Sadly we won't be moving forward.")).stage).toBe('interview');
  });

  it('reads "the conversation we had with you and our COO" as an interview', () => {
    expect(read(wrap('Thank you for the interesting conversation we had with you and our COO. We decided for another candidate.')).stage).toBe('interview');
  });

  it('reads "the time you invested in meeting us" as an interview', () => {
    expect(read(wrap('Thank you for the time you invested in meeting us. We will not offer you the role.')).stage).toBe('interview');
  });

  it('still reads "the time you invested in your application" as an application', () => {
    expect(read(wrap('Thank you for the time you invested in your application. We will not offer you the role.')).stage).toBe('application');
  });
});

describe('screen, assessment and application: a short Teams call, references received, a final review of applications', () => {
  it('reads "the short Teams call with me" as a screen', () => {
    expect(read(wrap('Thanks for the short Teams call with me today. I will not be able to put you forward.')).stage).toBe('screen');
  });

  it('reads "we have received your references" as an assessment', () => {
    expect(read(wrap('We have received your references. Unfortunately we are unable to offer you the position.')).stage).toBe('assessment');
  });

  it('still reads a promise to take up references of successful candidates as an application', () => {
    expect(read(wrap('Your application has not been successful. References are taken up for successful candidates only.')).stage).toBe('application');
  });

  it('reads "following the final review of applications" as an application', () => {
    expect(read(wrap('Following the final review of applications, we will not be taking yours forward.')).stage).toBe('application');
  });

  it('still reads "following the portfolio review session with the panel" as an interview', () => {
    expect(read(wrap('Following the portfolio review session with the panel, we will not be taking your application forward.')).stage).toBe('interview');
  });
});

describe('no step taken: a step named as the next one, a finalist place applied for, the last few places, a call fed back', () => {
  it('reads "not selected for the next stage, which is a telephone interview" as an application', () => {
    expect(read(wrap('Unfortunately you have not been selected for the next stage, which is a telephone interview.')).stage).toBe('application');
  });

  it('still reads "thanks for the telephone interview" as a screen', () => {
    expect(read(wrap('Thanks for the telephone interview on Monday. Unfortunately you have not been selected for the next stage.')).stage).toBe('screen');
  });

  it('reads an application "to be a finalist" as an application', () => {
    expect(read(wrap('Thank you for your application to be a finalist in the Young Engineer award. Unfortunately you were not selected.')).stage).toBe('application');
  });

  it('still reads "you were a finalist" as a final', () => {
    expect(read(wrap('You were a finalist for the Young Engineer award this year. Unfortunately you were not selected as the winner.')).stage).toBe('final');
  });

  it('reads "applicants for the final 3 places" as an application', () => {
    expect(read(wrap('We had over 300 applicants for the final 3 places on the apprenticeship. Unfortunately you have not been successful.')).stage).toBe('application');
  });

  it('still reads "you were in the final 3" as a final', () => {
    expect(read(wrap('You were in the final 3 for the apprenticeship. Unfortunately you have not been successful.')).stage).toBe('final');
  });

  it('reads a call the sender "fed back to the team" as a screen', () => {
    expect(read(wrap('Thanks for the call on Monday. I have fed back to the team and they will not be moving forward.')).stage).toBe('screen');
  });

  it('still reads a call with the team as an interview', () => {
    expect(read(wrap('Thanks for the call on Monday with the team. They will not be moving forward.')).stage).toBe('interview');
  });
});

describe('interview or screen: a colleague the candidate also met, two who came away impressed, a discussion held without the candidate', () => {
  it('reads "talking it through with Maria, who you also met" as an interview', () => {
    expect(read(wrap('Following our conversation last week, and after talking it through with Maria, who you also met, we have decided not to proceed.')).stage).toBe('interview');
  });

  it('still reads "talking it through with Maria, our hiring manager" after a call as a screen', () => {
    expect(read(wrap('Following our call last week, and after talking it through with Maria, our hiring manager, we have decided not to proceed.')).stage).toBe('screen');
  });

  it('reads "Sam and I both came away impressed" beside a chat as an interview', () => {
    expect(read(wrap('Thanks for the great chat on Friday. Tariq and I both came away impressed, but we have decided to offer the role to another candidate.')).stage).toBe('interview');
  });

  it('reads "following discussion with the hiring manager" after a talk as a screen', () => {
    expect(read(wrap('Thank you for your time yesterday. Following discussion with the hiring manager, we will not be progressing to the next stage.')).stage).toBe('screen');
  });

  it('still reads "following your discussion with the hiring manager" as an interview', () => {
    expect(read(wrap('Thank you for your time yesterday. Following your discussion with the hiring manager, we will not be progressing to the next stage.')).stage).toBe('interview');
  });
});

describe('application: a few others chosen for the final day, a process "we use"', () => {
  it('reads "selected a small number of candidates to attend the final assessment day" as an application', () => {
    expect(read(wrap('Following a review of all applications, we have selected a small number of candidates to attend the final assessment day. Unfortunately you have not been selected.')).stage).toBe('application');
  });

  it('still reads "you attended the final assessment day" as a final', () => {
    expect(read(wrap('Thank you for attending the final assessment day last week. Unfortunately you have not been selected.')).stage).toBe('final');
  });

  it('reads "we use a structured process with a phone screen, a case study and a final panel" as no step taken', () => {
    expect(read(wrap('Thank you for applying. We use a structured process with a phone screen, a case study and a final panel. At this time we have decided not to move forward with your application.')).stage).toBe('application');
  });

  it('still reads the final panel the candidate sat as a final', () => {
    expect(read(wrap('Thank you for applying and for your time at the final panel on Monday. At this time we have decided not to move forward with your application.')).stage).toBe('final');
  });
});

describe('screen: interviews held by recruiters and HR', () => {
  it('reads "the chat with me and my colleague from the talent team" as a screen', () => {
    expect(read(wrap('Thanks for the chat with me and my colleague from the talent team. We will not be progressing.')).stage).toBe('screen');
  });

  it('still reads "the chat with me and my colleague from the design team" as an interview', () => {
    expect(read(wrap('Thanks for the chat with me and my colleague from the design team. We will not be progressing.')).stage).toBe('interview');
  });

  it('reads "your interview with our recruiter" as a screen', () => {
    expect(read(wrap('Thank you for your interview with our recruiter last week. We will not be progressing your application.')).stage).toBe('screen');
  });

  it('still reads "your interview with our hiring manager" as an interview', () => {
    expect(read(wrap('Thank you for your interview with our hiring manager last week. We will not be progressing your application.')).stage).toBe('interview');
  });

  it('reads "the HR interview on Monday" as a screen', () => {
    expect(read(wrap('Thank you for the HR interview on Monday. Unfortunately you have not been selected for the next round.')).stage).toBe('screen');
  });

  it('still reads an HR round after the technical rounds as an interview', () => {
    expect(read(wrap('Thank you for attending the technical rounds and the HR round on Monday. Unfortunately you have not been selected.')).stage).toBe('interview');
  });

  it('reads "completing the screening interview with our recruitment team" as a screen', () => {
    expect(read(wrap('Thank you for completing the screening interview with Jasmine from our recruitment team. We will not be progressing.')).stage).toBe('screen');
  });

  it('still reads "completing the panel interview" as an interview', () => {
    expect(read(wrap('Thank you for completing the panel interview with Jasmine and the finance team. We will not be progressing.')).stage).toBe('interview');
  });
});

describe('the sender\'s own chance to speak with the hiring manager is relayed', () => {
  it('reads "I\'ve had a chance to speak with the hiring manager" after a call as a screen', () => {
    expect(read(wrap("Thanks for the call yesterday. I've had a chance to speak with the hiring manager, and we won't be moving forward.")).stage).toBe('screen');
  });

  it('still reads "thanks for taking the time to speak with our hiring manager" as an interview', () => {
    expect(read(wrap("Thanks for taking the time to speak with our hiring manager yesterday. We won't be moving forward.")).stage).toBe('interview');
  });
});

describe('interview: talks named by their tool, their people and their place', () => {
  it('reads "the conversation on Monday with Dr Reyes and the lab group" as an interview', () => {
    expect(read(wrap('Thank you for the conversation on Monday with Dr Reyes and the lab group. We will not be offering you a place.')).stage).toBe('interview');
  });

  it('reads "the whiteboard exercise with the team" as an interview', () => {
    expect(read(wrap('We enjoyed hearing your ideas during the whiteboard exercise with the team. We will not be moving forward.')).stage).toBe('interview');
  });

  it('still reads "the exercise with the recruitment team" as no interview', () => {
    expect(read(wrap('Thank you for completing the numeracy exercise with the recruitment team. We will not be moving forward.')).stage).not.toBe('interview');
  });

  it('reads "the Webex with our directors" as an interview', () => {
    expect(read(wrap('Thanks for the Webex with our directors. We are not able to offer you the position.')).stage).toBe('interview');
  });

  it('reads "the Skype call with Mr. Osei and me" as an interview', () => {
    expect(read(wrap('Thanks for the Skype call with Mr. Osei and me on Tuesday. We regret that we cannot offer you the post.')).stage).toBe('interview');
  });

  it('reads "it was a pleasure hosting you on Tuesday" as an interview', () => {
    expect(read(wrap('It was a pleasure hosting you on Tuesday. We will not be offering you the role.')).stage).toBe('interview');
  });

  it('still reads hosting the candidate at a careers fair as no interview', () => {
    expect(read(wrap('It was a pleasure hosting you at our careers fair stand. We have reviewed your application and will not be offering you the role.')).stage).toBe('application');
  });

  it('reads "thank you for your presentation on Thursday" as an interview', () => {
    expect(read(wrap('Thank you for your presentation on Thursday. The panel has decided to offer the post to another candidate.')).stage).toBe('interview');
  });

  it('still reads a presentation task handed in with no day as no interview', () => {
    expect(read(wrap('Thank you for the presentation you sent over. The panel has decided not to take your application further.')).stage).toBe('assessment');
  });
});

describe('final and assessment: the end of the process reached, down to two, a final call, tests failed', () => {
  it('reads "for making it all the way to the end of our process" as a final', () => {
    expect(read(wrap('Thanks for making it all the way to the end of our process. We have decided to go with another candidate.')).stage).toBe('final');
  });

  it('reads "it was down to you and one other candidate" as a final', () => {
    expect(read(wrap('It was down to you and one other candidate. We have offered the role to the other candidate.')).stage).toBe('final');
  });

  it('still reads the process that came to its end without the candidate as no final', () => {
    expect(read(wrap('Our process has now come to an end and the role has been filled. Thank you for applying.')).stage).toBe('application');
  });

  it('reads "the final call with Jane, our CEO" as a final', () => {
    expect(read(wrap('Thanks for the final call with Jane, our CEO. We have decided to go another way.')).stage).toBe('final');
  });

  it('still reads "the call with Jane, our CEO" as an interview', () => {
    expect(read(wrap('Thanks for the call with Jane, our CEO. We have decided to go another way.')).stage).toBe('interview');
  });

  it('reads "unsuccessful following the online tests" as an assessment', () => {
    expect(read(wrap('Your application was unsuccessful following the online tests.')).stage).toBe('assessment');
  });

  it('still reads "unsuccessful following the review of applications" as an application', () => {
    expect(read(wrap('Your application was unsuccessful following the review of applications.')).stage).toBe('application');
  });

  it('reads "you did not achieve the pass mark in the numerical test" as an assessment', () => {
    expect(read(wrap('I am sorry to say that you did not achieve the pass mark in the numerical test.')).stage).toBe('assessment');
  });

  it('still reads "you did not meet the essential criteria" as an application', () => {
    expect(read(wrap('I am sorry to say that you did not meet the essential criteria for the post.')).stage).toBe('application');
  });
});

describe('Indian and second-language English: a telephonic round, a face-to-face discussion, an interview with its kind, a first screening of documents', () => {
  it('reads "thank you for the telephonic round" as a screen', () => {
    expect(read(wrap('Thank you for the telephonic round. We regret to inform you that we will not be moving ahead.')).stage).toBe('screen');
  });

  it('reads "your F2F discussion on Saturday" as an interview', () => {
    expect(read(wrap('This is regarding your F2F discussion on Saturday. We regret to inform you that you have not been selected.')).stage).toBe('interview');
  });

  it('still reads a face-to-face round the candidate is not invited to as an application', () => {
    expect(read(wrap('We regret to inform you that you have not been shortlisted for the face-to-face round.')).stage).toBe('application');
  });

  it('reads "the personal interview you attended" as an interview', () => {
    expect(read(wrap('With reference to the personal interview you attended at our Chennai office, we regret to inform you that you were not selected.')).stage).toBe('interview');
  });

  it('still reads "the telephonic interview you attended" as a screen', () => {
    expect(read(wrap('With reference to the telephonic interview you attended last week, we regret to inform you that you were not selected.')).stage).toBe('screen');
  });

  it('reads "after a first screening of your documents" as an application', () => {
    expect(read(wrap('We thank you for your interest. After a first screening of your documents, we decided for other candidates.')).stage).toBe('application');
  });

  it('still reads "after our first screening call" as a screen', () => {
    expect(read(wrap('We thank you for your interest. After our first screening call, we decided for other candidates.')).stage).toBe('screen');
  });
});

describe('no step taken: a talk at a careers fair, an interest in meeting the team', () => {
  it('reads "thanks for connecting with me at the career fair" as an application', () => {
    expect(read(wrap('Thanks for connecting with me at the career fair and for sending your CV. We will not be progressing.')).stage).toBe('application');
  });

  it('still reads "thanks for connecting with me on Monday" as a screen', () => {
    expect(read(wrap('Thanks for connecting with me on Monday about the role. We will not be progressing.')).stage).toBe('screen');
  });

  it('reads "your interest in meeting with our team" as an application', () => {
    expect(read(wrap('Thank you for your interest in meeting with our team. Unfortunately the position has been filled.')).stage).toBe('application');
  });

  it('still reads "your meeting with our team" as an interview', () => {
    expect(read(wrap('Thank you for your meeting with our team. Unfortunately the position has been filled.')).stage).toBe('interview');
  });
});

describe('others\' interviews and a last step not taken', () => {
  it('reads final interviews held with others beside "not taken forward to interview" as an application', () => {
    expect(read(wrap('We have completed our final interviews and offered the post to another candidate. Your application was not taken forward to interview.')).stage).toBe('application');
  });

  it('still reads "not taken forward to the final interview" after a first one as an interview', () => {
    expect(read(wrap('Thank you for your interview on Monday. Your application was not taken forward to the final interview.')).stage).toBe('interview');
  });

  it('reads "the final stage is a meeting with the CEO" after a panel as an interview', () => {
    expect(read(wrap('It was good to talk on Tuesday with you and the rest of the panel. As you know, the final stage is a meeting with the CEO, and unfortunately we will not be moving you on to that.')).stage).toBe('interview');
  });

  it('still reads "the final stage was a meeting with the CEO, which you attended" as a final', () => {
    expect(read(wrap('The final stage was a meeting with the CEO, which you attended on Friday. Unfortunately we will not be offering you the role.')).stage).toBe('final');
  });
});

describe('interview: a talk that followed the work', () => {
  it('reads "the conversation that followed with our team lead" as an interview', () => {
    expect(read(wrap('Thank you for the assignment and the conversation that followed with our team lead. We are not proceeding.')).stage).toBe('interview');
  });

  it('still reads the assignment alone as an assessment', () => {
    expect(read(wrap('Thank you for the assignment you sent over. We are not proceeding.')).stage).toBe('assessment');
  });
});

describe('interview: coming in, presenting to a named person and a team', () => {
  it('reads "thank you for making it in despite the train strike" as an interview', () => {
    expect(read(wrap('Thank you for making it in despite the train strike. We have decided not to proceed.')).stage).toBe('interview');
  });

  it('still reads "thank you for getting in touch" as an application', () => {
    expect(read(wrap('Thank you for getting in touch about the role. We have decided not to proceed.')).stage).toBe('application');
  });

  it('reads "presenting your ideas to Meera and the growth team" as an interview', () => {
    expect(read(wrap('Thanks for presenting your ideas to Meera and the growth team. We will not be moving forward.')).stage).toBe('interview');
  });
});

describe('interview: a talk with a sender who signs as one who hires', () => {
  const signed = (title: string): string => `Hi Robin,\n\nThanks for chatting with me on Thursday about the role. We have decided not to go ahead with your application.\n\nAll the best,\nNoor Haddad\n${title}\nPellow Foods`;

  it('reads a chat "with me" signed by a Distribution Manager as an interview', () => {
    expect(read(signed('Distribution Manager')).stage).toBe('interview');
  });

  it('reads a chat "with me" signed by a Head of Product as an interview', () => {
    expect(read(signed('Head of Product')).stage).toBe('interview');
  });

  it('still reads a chat "with me" signed by a Talent Acquisition Manager as a screen', () => {
    expect(read(signed('Talent Acquisition Manager')).stage).toBe('screen');
  });

  it('still reads a chat "with me" signed by a Recruitment Consultant as a screen', () => {
    expect(read(signed('Senior Recruitment Consultant')).stage).toBe('screen');
  });

  it('still reads a quick intro call signed by a manager as a screen', () => {
    expect(read('Hi Robin,\n\nThanks for the quick intro call on Thursday. We have decided not to go ahead.\n\nAll the best,\nNoor Haddad\nDistribution Manager').stage).toBe('screen');
  });
});

describe('a teaching demonstration: the final step at a university, the interview at a school', () => {
  it('reads a lesson taught to a school class and a talk with the head of department as an interview', () => {
    expect(read(wrap('Thank you for delivering a teaching demonstration to our Year 9 class on Tuesday and for meeting the head of department afterwards. We have decided to offer the post to another candidate.')).stage).toBe('interview');
  });

  it('reads "the lesson you taught" at a primary school as an interview', () => {
    expect(read(wrap('The pupils enjoyed the lesson you taught on Thursday, but the governors have appointed another teacher to the post.')).stage).toBe('interview');
  });

  it('still reads a teaching demonstration on a university campus visit as the final step', () => {
    expect(read(wrap('Thank you for your teaching demonstration and research seminar during your campus visit. The search committee has offered the lectureship to another candidate.')).stage).toBe('final');
  });
});

describe('a day before the people met, and the end of the road', () => {
  it('reads "your time on Tuesday with Priya and me" as an interview', () => {
    expect(read(wrap('Thanks for your time on Tuesday with Priya and me. We have decided to go with another candidate.')).stage).toBe('interview');
  });

  it('still reads "your time on Tuesday" with no one named as no interview', () => {
    expect(read(wrap('Thanks for your time on Tuesday. We have decided to go with another candidate.')).stage).not.toBe('interview');
  });

  it('reads "you made it to the very end" as the final step', () => {
    expect(read(wrap("You made it to the very end, and I'm sorry to say we have chosen someone else for the role.")).stage).toBe('final');
  });

  it('still reads "the end of the month" as no final step', () => {
    expect(read(wrap('We will make a decision by the end of the month, but I can tell you now that we are not taking your application further.')).stage).toBe('application');
  });

});
