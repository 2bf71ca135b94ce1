/**
 * How far the candidate got, told in people's words: talks named by who was on them, days and processes gone through
 * to the end, tests the candidate has not sat for us, and interviews that were not the candidate's. Messages written
 * for this test (not taken from any corpus part), each beside a message in nearby words that must still read the other
 * way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const stageOf = (text: string) => read(text).stage;

describe('a talk with the one who hires, known by the title under the name', () => {
  it('reads a chat signed "Platform Engineering Manager, Brightwell" as an interview', () => {
    expect(stageOf('Hi Sunil,\n\nThanks for the chat on Thursday. We have decided to go with someone who has run an on-call rota before, so we will not take this further.\n\nCheers,\nKai Lindqvist\nPlatform Engineering Manager, Brightwell')).toBe('interview');
  });

  it('still reads the same chat signed "Talent Partner, Brightwell" as a screen', () => {
    expect(stageOf('Hi Sunil,\n\nThanks for the chat on Thursday. We have decided to go with someone who has run an on-call rota before, so we will not take this further.\n\nCheers,\nKai Lindqvist\nTalent Partner, Brightwell')).toBe('screen');
  });

  it('reads "your conversation with our practice manager" as an interview', () => {
    expect(stageOf('Hello Amelia,\n\nJust following up after your conversation with our practice manager on Monday. We have since offered the receptionist post to another applicant.\n\nAll the best,\nDee')).toBe('interview');
  });

  it('still reads "your conversation with our talent manager" as a screen', () => {
    expect(stageOf('Hello Amelia,\n\nJust following up after your conversation with our talent manager on Monday. We have since offered the receptionist post to another applicant.\n\nAll the best,\nDee')).toBe('screen');
  });

  it('reads "speaking with Omar from our HR team" as a screen even when a director signs', () => {
    expect(stageOf('Dear Ffion,\n\nThank you for speaking with Omar from our HR team on Tuesday. The role needs someone in Cardiff four days a week, so we will stop here.\n\nYours,\nGlyn Parry\nDirector of Operations, Taff Valley Trust')).toBe('screen');
  });

  it('still reads "speaking with Omar from our finance team" as an interview', () => {
    expect(stageOf('Dear Ffion,\n\nThank you for speaking with Omar from our finance team on Tuesday. The role needs someone in Cardiff four days a week, so we will stop here.\n\nYours,\nGlyn Parry\nDirector of Operations, Taff Valley Trust')).toBe('interview');
  });
});

describe('a recruiter’s call, with the hiring manager only told of it', () => {
  it('reads "I took your figures back to the hiring manager" after a chat as a screen', () => {
    expect(stageOf('Hey Lucas,\n\nGood to chat with you on Wednesday. I took your figures back to the hiring manager and the gap to our range is too wide, so we are going to pass this time.\n\nBest,\nMaddie, Recruiter')).toBe('screen');
  });

  it('still reads a chat "with you and the hiring manager" as an interview', () => {
    expect(stageOf('Hey Lucas,\n\nGood to chat with you and the hiring manager on Wednesday. The gap to our range is too wide, so we are going to pass this time.\n\nBest,\nMaddie, Recruiter')).toBe('interview');
  });

  it('reads "the hiring manager was looking for someone with more Go" after a video call as a screen', () => {
    expect(stageOf('Hi Noor,\n\nThank you for the video call on Monday. The hiring manager was looking for someone with more production Go experience, so we will not be moving you on.\n\nRegards,\nBen, Talent Team')).toBe('screen');
  });

  it('still reads "the hiring manager was very impressed" after a video call as an interview', () => {
    expect(stageOf('Hi Noor,\n\nThank you for the video call on Monday. The hiring manager was very impressed, but we will not be moving you on as another candidate has more production Go experience.\n\nRegards,\nBen, Talent Team')).toBe('interview');
  });

  it('reads "after talking to the engineering manager" after a call as a screen', () => {
    expect(stageOf('Hi Piotr,\n\nThanks for the call yesterday. After talking to the engineering manager, we have decided not to move you to the technical round, as the team needs someone with Kotlin.\n\nKind regards,\nSophie, Talent Acquisition')).toBe('screen');
  });

  it('reads "our first calls with applicants" as no talk with a named colleague', () => {
    expect(stageOf('Hi Rania,\n\nThanks for taking the time to talk with me. We have now wrapped up our first conversations with applicants and will not be inviting you to the next stage.\n\nWarmly,\nJess, People Partner')).toBe('screen');
  });

  it('still reads "our conversation with Tomas" as an interview', () => {
    expect(stageOf('Hi Rania,\n\nThanks again for our conversation with Tomas on Friday. We will not be inviting you to the next stage.\n\nWarmly,\nJess')).toBe('interview');
  });

  it('reads "you sharp eye and I loved" as no colleague who enjoyed the talk', () => {
    expect(stageOf('Hi Chiara,\n\nThanks for our call on Monday. You have a sharp eye and I loved hearing about your zine. We will not be taking you forward for this one.\n\nBest,\nHana, Talent')).toBe('screen');
  });

  it('still reads "Priya and I both enjoyed" as a talk with two of us', () => {
    expect(stageOf('Hi Chiara,\n\nThanks for our call on Monday. Priya and I both enjoyed hearing about your zine. We will not be taking you forward for this one.\n\nBest,\nHana')).toBe('interview');
  });
});

describe('interviews that were not the candidate’s', () => {
  it('reads "for the next round of interviews" after a phone call as a screen', () => {
    expect(stageOf('Hi Kezia,\n\nThanks for your time on the phone on Friday. We are going ahead with other applicants for the next round of interviews.\n\nBest,\nLou, Recruiter')).toBe('screen');
  });

  it('still reads "during the second round of interviews" as an interview', () => {
    expect(stageOf('Hi Kezia,\n\nThanks for your time during the second round of interviews. We are going ahead with another applicant.\n\nBest,\nLou, Recruiter')).toBe('interview');
  });

  it('reads a policy of no feedback on video interviews after a one-way screening as a screen', () => {
    expect(stageOf('Dear Minh,\n\nThank you for completing the recorded video screening. We will not be inviting you to the assessment centre. We are unable to offer individual feedback on video interviews.\n\nEarly Talent Team')).toBe('screen');
  });

  it('reads "not able to schedule the panel interviews" in a pause after a phone chat as a screen', () => {
    const r = read('Dear Lina,\n\nThank you for our phone conversation last week. We have had to put the process on hold: our funding has been delayed until March, and until it is confirmed I cannot make offers or schedule the panel interviews. I hope to pick this up with you then.\n\nBest,\nDr Hale');
    expect(r.stage).toBe('screen');
  });

  it('reads "closing the search without further interviews" as application', () => {
    expect(stageOf('Dear Mr Ibe,\n\nThank you for applying for the Bursar post. I want to let you know that the post has gone to a current member of staff, and we are closing the search without further interviews.\n\nOffice of Human Resources')).toBe('application');
  });

  it('still reads "we won\'t be inviting you to a further interview" as an interview', () => {
    expect(stageOf('Dear Mr Ibe,\n\nThank you for meeting the panel. We will not be inviting you to a further interview for the Bursar post.\n\nOffice of Human Resources')).toBe('interview');
  });

  it('reads the panel\'s note on a candidate not shortlisted as application', () => {
    expect(stageOf('Dear Ms Duarte,\n\nThe shortlisting panel met on 4 May. The panel noted your long experience of school admissions. However, the post requires a recognised finance qualification, and I am sorry to say you have not been shortlisted for interview.\n\nYours sincerely,\nHR Services')).toBe('application');
  });

  it('reads "we have now shortlisted for interview and your application was not taken forward" as application', () => {
    expect(stageOf('Dear Rory,\n\nWe have now shortlisted for interview, and I regret that your application was not taken forward. The panel felt that other applicants had more direct experience of tenancy work.\n\nRecruitment Team')).toBe('application');
  });

  it('still reads "the panel felt your answers" after an interview as an interview', () => {
    expect(stageOf('Dear Rory,\n\nThank you for attending interview on Monday. The panel felt that your answers on tenancy work were thinner than those of the appointed candidate.\n\nRecruitment Team')).toBe('interview');
  });
});

describe('interviews told by the time and energy given', () => {
  it('reads "thank you for spending an hour with us yesterday" as an interview', () => {
    expect(stageOf('Hi Gabi,\n\nThank you for spending an hour with us yesterday. We need someone who can start in March, so we are going with a candidate who is free now.\n\nBest wishes,\nTessa')).toBe('interview');
  });

  it('still reads "an hour on the application form" as application', () => {
    expect(stageOf('Hi Gabi,\n\nThank you for spending an hour on the application form. We need someone who can start in March, so we are going with a candidate who is free now.\n\nBest wishes,\nTessa')).toBe('application');
  });

  it('reads "the energy you brought to Tuesday\'s interviews" as an interview', () => {
    expect(stageOf('Hi Sipho,\n\nThank you for the energy you brought to Tuesday\'s interviews. We have decided not to offer you the role.\n\nWarmly,\nNandi')).toBe('interview');
  });

  it('still reads "the energy you brought to your application" as application', () => {
    expect(stageOf('Hi Sipho,\n\nThank you for the energy you brought to your application. We have decided not to offer you the role.\n\nWarmly,\nNandi')).toBe('application');
  });

  it('reads "it has nothing to do with your interview, which went well" as an interview', () => {
    expect(stageOf('Hi Grace,\n\nThe role has been cancelled after the budget review. I know this is hard, and it has nothing to do with your interview, which went well.\n\nBen')).toBe('interview');
  });

  it('still reads "your application, which was strong" as application', () => {
    expect(stageOf('Hi Grace,\n\nThe role has been cancelled after the budget review. I know this is hard, and it has nothing to do with your application, which was strong.\n\nBen')).toBe('application');
  });
});

describe('the last step, reached or only named', () => {
  it('reads "thank you for coming through the whole process with us" as final', () => {
    expect(stageOf('Hi Adwoa,\n\nThank you for coming through the whole process with us. We have offered the role to another candidate.\n\nKind regards,\nSam')).toBe('final');
  });

  it('still reads "thank you for your patience through the whole process" as application', () => {
    expect(stageOf('Hi Adwoa,\n\nThank you for your patience through the whole process. We have offered the role to another candidate.\n\nKind regards,\nSam')).toBe('application');
  });

  it('reads "you gave us a full day last Thursday" as final', () => {
    expect(stageOf('Hi Vikram,\n\nYou gave us a full day last Thursday, and I know that is a lot. We have decided not to make an offer.\n\nBest,\nEline')).toBe('final');
  });

  it('still reads "you gave us your afternoon" as an interview', () => {
    expect(stageOf('Hi Vikram,\n\nYou gave us your afternoon last Thursday, and I know that is a lot. We have decided not to make an offer.\n\nBest,\nEline')).toBe('interview');
  });

  it('reads a final round still to be set up after the interview as an interview', () => {
    const r = read('Hi Omar,\n\nAfter your interview with Jude and Kim, we were about to arrange the final round, but the company has frozen hiring until the spring. You are still in the running and I will be in touch.\n\nBen');
    expect(r.stage).toBe('interview');
  });

  it('still reads "after the final round with Jude and Kim" as final', () => {
    expect(stageOf('Hi Omar,\n\nThank you for the final round with Jude and Kim. We have decided to offer the role to another candidate.\n\nBen')).toBe('final');
  });

  it('reads "the last two business units" as no shortlist of candidates', () => {
    expect(stageOf('Hi Shreya,\n\nThank you for the conversation with Mike and the team. They are moving the last two business units onto SAP this year and need someone who already configures it, so they will not take you forward.\n\nGareth')).toBe('interview');
  });

  it('still reads "you were one of the last two candidates" as final', () => {
    expect(stageOf('Hi Shreya,\n\nThank you for the conversation with Mike and the team. You were one of the last two candidates, but they will not take you forward.\n\nGareth')).toBe('final');
  });
});

describe('tests: handed in, or not yet sat', () => {
  it('reads "your CV shows you have not yet sat the CPA exam" as application', () => {
    expect(stageOf('Dear Chloe,\n\nThank you for your application. The role requires a licensed CPA, and your CV shows you have not yet sat the CPA exam, so we cannot consider you further.\n\nHR')).toBe('application');
  });

  it('reads "you are still completing your bar exam" as application', () => {
    expect(stageOf('Dear Chloe,\n\nThank you for your application. We need an admitted lawyer, and you are still completing your bar exam, so we cannot consider you further.\n\nHR')).toBe('application');
  });

  it('still reads "thank you for sitting the accounting exam with us" as assessment', () => {
    expect(stageOf('Dear Chloe,\n\nThank you for sitting the accounting exam with us. Your score was below the pass mark, so we cannot consider you further.\n\nHR')).toBe('assessment');
  });

  it('reads "thanks for turning the case study around so quickly" as assessment', () => {
    expect(stageOf('Hi Dev,\n\nThanks for turning the case study around so quickly. The model was tidy but the pricing logic was off, so we will not take this further.\n\nMia')).toBe('assessment');
  });

  it('reads "doing the short brief for us" as assessment', () => {
    expect(stageOf('Hi Leon,\n\nThanks for doing the short brief for us. The layouts missed the grid we asked for, so we will not be taking your application further.\n\nSofie')).toBe('assessment');
  });

  it('still reads "experience closer to the brief" as application', () => {
    expect(stageOf('Hi Leon,\n\nThanks for applying. We are moving forward with designers whose experience is closer to the brief.\n\nSofie')).toBe('application');
  });

  it('reads a test handed in beside a call with the manager who signs as assessment', () => {
    expect(stageOf('Hi Chen,\n\nThanks for the take-home. As you asked on the call, I will be honest: the endpoints worked but there were no tests. We will not take this further.\n\nMatt\nEngineering Manager, Driftlane')).toBe('assessment');
  });

  it('still reads a take-home beside an interview with the team as an interview', () => {
    expect(stageOf('Hi Chen,\n\nThanks for the take-home and for the interview with the team on Friday. We will not take this further.\n\nMatt\nEngineering Manager, Driftlane')).toBe('interview');
  });
});

describe('a recruiter’s call, and people named beside it who were not on it', () => {
  it('reads "a pleasure speaking with you, and I hope" after a phone chat as a screen', () => {
    expect(stageOf('Hi Wanjiru,\n\nThanks for the phone chat on Monday about the front office post. The package you need is above what we can pay, so we cannot go further. It was a pleasure speaking with you, and I hope something good comes up soon.\n\nAmina')).toBe('screen');
  });

  it('still reads "a pleasure speaking with you and Marguerite" as an interview', () => {
    expect(stageOf('Hi Wanjiru,\n\nIt was a pleasure speaking with you and Marguerite on Monday. The package you need is above what we can pay, so we cannot go further.\n\nAmina')).toBe('interview');
  });

  it('reads "final discussions with another applicant, and that person" as no talk of the candidate\'s', () => {
    expect(stageOf('Hi Jonas,\n\nFollowing your phone screen with Petra on Tuesday: the client was already in final discussions with another applicant, and that person has now accepted the role.\n\nSpeak soon,\nMaya, Consultant')).toBe('screen');
  });

  it('still reads "your discussions with Petra and Lars" as an interview', () => {
    expect(stageOf('Hi Jonas,\n\nThank you for your discussions with Petra and Lars on Tuesday. The client has chosen another applicant, who has now accepted the role.\n\nSpeak soon,\nMaya, Consultant')).toBe('interview');
  });

  it('reads "after talking with her the hiring manager decided" after a call as a screen', () => {
    expect(stageOf('Hi Ana,\n\nThanks for making time for our call last week. One of our own analysts asked to move into this role, and after talking with her the hiring manager decided to give her the position.\n\nCamille, Talent')).toBe('screen');
  });

  it('still reads "thank you for talking with our hiring manager" as an interview', () => {
    expect(stageOf('Hi Ana,\n\nThank you for talking with our hiring manager last week. One of our own analysts asked to move into this role, and she has been given the position.\n\nCamille, Talent')).toBe('interview');
  });

  it('reads "after reviewing our conversation with the hiring team" as a screen', () => {
    expect(stageOf('Hi Sara,\n\nThank you for taking the time to speak with our Talent team. After reviewing our conversation with the hiring team, we have decided to move forward with other candidates.\n\nRecruiting Team')).toBe('screen');
  });

  it('reads "I took your details to the hiring manager" after a call as a screen', () => {
    expect(stageOf('Hola Lucía,\n\nThanks again for the call on Wednesday. I took your details to the hiring manager, and the salary you are after is above the band for this level, so we will not continue.\n\nCamila, Talent Acquisition')).toBe('screen');
  });

  it('reads "I reviewed your profile with the engagement leadership" after a call as a screen', () => {
    expect(stageOf('Dear Omar,\n\nThank you for your time on the call with me on Sunday. Following our conversation, I reviewed your profile with the engagement leadership; the grade requires full ACCA membership, so we cannot progress your application.\n\nHessa, Talent Acquisition')).toBe('screen');
  });

  it('still reads "thank you for meeting the engagement leadership" as an interview', () => {
    expect(stageOf('Dear Omar,\n\nThank you for meeting the engagement leadership on Sunday. The grade requires full ACCA membership, so we cannot progress your application.\n\nHessa, Talent Acquisition')).toBe('interview');
  });
});

describe('work handed in, told by what happened to it', () => {
  it('reads "thank you for attending the practical skills session" as assessment', () => {
    expect(stageOf('Dear Mr Osei,\n\nThank you for attending the practical skills session on Wednesday. The assessors noted that the patient transfer was started without checking the sling, so we are not able to progress your application.\n\nClinical Education Team')).toBe('assessment');
  });

  it('still reads "thank you for attending the information session" as application', () => {
    expect(stageOf('Dear Mr Osei,\n\nThank you for attending the information session on Wednesday. We are not able to progress your application, as the post needs a current care certificate.\n\nClinical Education Team')).toBe('application');
  });

  it('reads "we received your take-home on Friday" before a freeze as assessment', () => {
    expect(stageOf('Hi Radu,\n\nWe received your take-home on Friday. On Monday the board froze all engineering hiring until the summer, so we cannot continue the process.\n\nBest,\nIrina, Head of People')).toBe('assessment');
  });

  it('still reads "we received your application on Friday" before a freeze as application', () => {
    expect(stageOf('Hi Radu,\n\nWe received your application on Friday. On Monday the board froze all engineering hiring until the summer, so we cannot continue the process.\n\nBest,\nIrina, Head of People')).toBe('application');
  });

  it('reads "sorry that you spent time on the sample module" as assessment', () => {
    expect(stageOf('Dear Niamh,\n\nThank you for sending us your sample module. The role has been filled by a contractor, so we will not be progressing any remaining applications. I am sorry that you spent time on the task.\n\nTalent Team')).toBe('assessment');
  });

  it('still reads "sorry that you spent time on the application form" as application', () => {
    expect(stageOf('Dear Niamh,\n\nThank you for applying. The role has been filled by a contractor, so we will not be progressing any remaining applications. I am sorry that you spent time on the application form.\n\nTalent Team')).toBe('application');
  });

  it('reads "yours didn\'t reach the score needed" after a recorded pitch as assessment', () => {
    expect(stageOf('Hi Claire,\n\nThanks for recording your three-minute pitch. We have watched every submission, and yours didn\'t reach the score needed to move on to interview.\n\nAll the best,\nBrightpath Learning')).toBe('assessment');
  });

  it('still reads "your application did not reach the score needed for shortlisting" as application', () => {
    expect(stageOf('Hi Claire,\n\nThank you for applying. Your application did not reach the score needed for shortlisting, so we will not be inviting you to interview.\n\nAll the best,\nBrightpath Learning')).toBe('application');
  });
});

describe('calls and visits named by how they were held', () => {
  it('reads "your time on the telephone with our HR partner" as a screen', () => {
    expect(stageOf('Dear Eng. Haddad,\n\nThank you for your time on the telephone with our HR partner on Sunday. With your years as a project director, the site role would not use your experience, so we will not proceed further.\n\nHuman Resources')).toBe('screen');
  });

  it('reads "the telephone pre-interview" as a screen', () => {
    expect(stageOf('Dear Candidate,\n\nThank you for taking part in the telephone pre-interview for the Quality Inspector position. We regret that you were not selected to continue in the process.\n\nHuman Resources')).toBe('screen');
  });

  it('reads "the quick Zoom on Thursday" as a screen', () => {
    expect(stageOf('Hey Sam, thanks for the quick Zoom on Thursday. I don\'t think the editor job is the right match, as we need someone who covers everything in a small team. Good luck! Jordan')).toBe('screen');
  });

  it('still reads "the quick Zoom and meeting the team" as an interview', () => {
    expect(stageOf('Hey Sam, thanks for the quick Zoom and for meeting the team on Thursday. I don\'t think the editor job is the right match, as we need someone who covers everything in a small team. Good luck! Jordan')).toBe('interview');
  });

  it('reads "for sitting down with me after" a ride-along as an interview', () => {
    expect(stageOf('Hey Cody,\n\nThanks for the ride-along on Monday and for sitting down with me after. You don\'t have your gas licence yet, so I\'m going to pass for now.\n\nDwayne, Owner')).toBe('interview');
  });

  it('reads "for travelling to Cusco to meet Ing. Rojas" as an interview', () => {
    expect(stageOf('Dear Jorge,\n\nThank you for travelling to Cusco to meet Ing. Rojas and two of the plant engineers. The team concluded that the position needs someone who already runs SAP work orders, so we will not continue.\n\nHuman Resources')).toBe('interview');
  });

  it('still reads "travelling to Cusco to meet clients" in a CV as no meeting with us', () => {
    expect(stageOf('Dear Jorge,\n\nThank you for your application. Your CV mentions travelling to Cusco to meet clients, but the position needs someone who already runs SAP work orders, so we will not continue.\n\nHuman Resources')).toBe('application');
  });

  it('reads "thank you for the manager round with Siddharth" as an interview', () => {
    expect(stageOf('Dear Aditi,\n\nThank you for the manager round with Siddharth on Friday. The budget for this role was not approved, so we have closed the position and will not be moving forward.\n\nAnanya, Talent Acquisition')).toBe('interview');
  });

  it('still reads "thank you for the HR round" as a screen', () => {
    expect(stageOf('Dear Aditi,\n\nThank you for the HR round on Friday. The budget for this role was not approved, so we have closed the position and will not be moving forward.\n\nAnanya, Talent Acquisition')).toBe('screen');
  });

  it('reads a phone screen asked after in the quoted reply as a screen', () => {
    expect(stageOf('Hi Sophie,\n\nSorry for the slow reply. The team has decided to go with candidates closer to the brief, so we will not move you to the next round.\n\nLaura | Talent\n\nOn Tue, 9 Apr 2024 at 10:12, Sophie Grant wrote:\n> Hi Laura,\n> Is there any update following our phone screen on the 26th?\n> Many thanks,\n> Sophie')).toBe('screen');
  });

  it('still reads a phone screen only hoped for in the quoted reply as application', () => {
    expect(stageOf('Hi Sophie,\n\nSorry for the slow reply. The team has decided to go with candidates closer to the brief, so we will not move you to the next round.\n\nLaura | Talent\n\nOn Tue, 9 Apr 2024 at 10:12, Sophie Grant wrote:\n> Hi Laura,\n> Is there any update on whether I will get a phone screen?\n> Many thanks,\n> Sophie')).toBe('application');
  });
});

describe('judgements and people named beside an application only', () => {
  it('reads "the hiring manager felt other applicants were closer" after "we have reviewed your application" as application', () => {
    expect(stageOf('Hi Ethan,\n\nThanks for applying for the Credit Analyst role. We have reviewed your application and will not be progressing it: the hiring manager felt other applicants\' backgrounds were a closer match for the lending work.\n\nBanksia Careers')).toBe('application');
  });

  it('still reads "the hiring manager felt" after a meeting as an interview', () => {
    expect(stageOf('Hi Ethan,\n\nThanks for meeting us about the Credit Analyst role. We will not be progressing your application: the hiring manager felt other applicants\' backgrounds were a closer match for the lending work.\n\nBanksia Careers')).toBe('interview');
  });

  it('reads "thank you for your interest in our work with refugee and host communities" as no meeting', () => {
    expect(stageOf('Dear Ms Nasser,\n\nThank you for applying. Your expected salary is above our fixed scale, so we will not be taking your application further. We thank you for your interest in our work with refugee and host communities.\n\nHR Unit')).toBe('application');
  });

  it('still reads "thank you for the afternoon with Rana and Tarek" as an interview', () => {
    expect(stageOf('Dear Ms Nasser,\n\nThank you for the afternoon with Rana and Tarek. Your expected salary is above our fixed scale, so we will not be taking your application further.\n\nHR Unit')).toBe('interview');
  });

  it('reads "candidates who have cleared this round will hear about the technical interview" as no interview of the candidate\'s', () => {
    expect(stageOf('Dear Candidate,\n\nThank you for appearing for the online aptitude test held on 3 March. We regret that you have not qualified the test. Candidates who have cleared this round will be informed separately about the technical interview.\n\nCampus Recruitment Team')).toBe('assessment');
  });
});

describe('the last stage and the committee, in people\'s words', () => {
  it('reads "thank you for going through our full process" as final', () => {
    expect(stageOf('Hi Leon,\n\nThank you for going through our full process for the sales lead role. We have now appointed someone else.\n\nBest,\nAidan, CEO')).toBe('final');
  });

  it('still reads "thank you for your patience with our full process" as application', () => {
    expect(stageOf('Hi Leon,\n\nThank you for your patience with our full process for the sales lead role. We have now appointed someone else.\n\nBest,\nAidan, CEO')).toBe('application');
  });

  it('reads "on behalf of the search committee, thank you for speaking with us by video" as an interview', () => {
    expect(stageOf('Dear Dr Moss,\n\nOn behalf of the search committee, I want to thank you for speaking with us by video last month. I regret that you have not been selected to advance in the search.\n\nProf. Lane')).toBe('interview');
  });

  it('still reads "on behalf of the shortlisting panel" with no talk as application', () => {
    expect(stageOf('Dear Dr Moss,\n\nOn behalf of the shortlisting panel, thank you for applying. I regret that you have not been selected to advance in the search.\n\nProf. Lane')).toBe('application');
  });

  it('reads "the lovely session plan you prepared for our written task" as assessment', () => {
    expect(stageOf('Dear Claire,\n\nThank you for the lovely session plan you prepared for our written task. The funding for this post has fallen through, so we will not be appointing and have closed the process.\n\nLucy, Chief Executive')).toBe('assessment');
  });

  it('still reads "thank you for the session on Tuesday" as an interview', () => {
    expect(stageOf('Dear Claire,\n\nThank you for the session on Tuesday. The funding for this post has fallen through, so we will not be appointing and have closed the process.\n\nLucy, Chief Executive')).toBe('interview');
  });

  it('reads a final chat asked after in the quoted reply as final', () => {
    expect(stageOf('Hey Priya, went with someone else in the end. Really close call.\n\nJon\n\nOn Mon 3 Jun, Priya Raman wrote:\n> Hi Jon, any news after Friday\'s final chat with you and Sam?')).toBe('final');
  });
});

describe('the one who hires, signed on the name line; a step asked after in the quoted reply', () => {
  it('reads a talk signed "Mira, Co-founder" as an interview', () => {
    expect(stageOf('Hi Olu,\n\nThanks for your time on Tuesday. We have decided not to move forward with your application, but I would love to stay in touch as we grow.\n\nBest,\nMira, Co-founder')).toBe('interview');
  });

  it('still reads the same talk signed "Mira, Recruitment Coordinator" as a screen', () => {
    expect(stageOf('Hi Olu,\n\nThanks for your time on Tuesday. We have decided not to move forward with your application, but I would love to stay in touch as we grow.\n\nBest,\nMira, Recruitment Coordinator')).toBe('screen');
  });

  it('reads "an update since my interview on the 20th" quoted below as an interview', () => {
    expect(stageOf('Hi Kenji,\n\nThanks for your patience. We have decided not to move forward; the role needs IEC 62304 experience from day one.\n\nGreta\n\n> On 2 Apr, Kenji Watanabe wrote:\n> Hello Greta, could you share an update since my interview on the 20th? Thanks!')).toBe('interview');
  });

  it('still reads "an update since my application on the 20th" quoted below as application', () => {
    expect(stageOf('Hi Kenji,\n\nThanks for your patience. We have decided not to move forward; the role needs IEC 62304 experience from day one.\n\nGreta\n\n> On 2 Apr, Kenji Watanabe wrote:\n> Hello Greta, could you share an update since my application on the 20th? Thanks!')).toBe('application');
  });
});

describe('a recruiter passing on what others decided', () => {
  it('reads "after our call … the hiring manager felt your background isn\'t the right fit" as a screen', () => {
    expect(stageOf('Hi Neha,\n\nSorry for the slow reply after our call. Unfortunately, the hiring manager felt your background is not quite the right fit for what the team needs right now.\n\nBest,\nAnanya | People Ops')).toBe('screen');
  });

  it('still reads "the hiring manager felt your interview answers" after a call as an interview', () => {
    expect(stageOf('Hi Neha,\n\nSorry for the slow reply after our call. Unfortunately, the hiring manager felt your answers in the interview on Monday were not quite what the team needs right now.\n\nBest,\nAnanya | People Ops')).toBe('interview');
  });

  it('reads an agency\'s "I\'ve had a chat with them and I\'m afraid" as application', () => {
    expect(stageOf('Hi Callum,\n\nCheers for sending your CV through for the site manager job. I\'ve had a chat with them and I\'m afraid your profile is not what they are after, so I won\'t be putting you forward.\n\nRicky, Consultant')).toBe('application');
  });

  it('still reads "a chat with Jo and I" as an interview', () => {
    expect(stageOf('Hi Callum,\n\nThanks for the chat with Jo and I on Monday. I\'m afraid your profile is not what we are after, so we won\'t be taking it further.\n\nRicky')).toBe('interview');
  });

  it('reads "we are only able to contact those selected for the written exercise and interview" as application', () => {
    expect(stageOf('Hello Aisha,\n\nThank you for your application. We are only able to contact those selected for the written exercise and interview; as you have not heard from us, please take it that your application was unsuccessful.\n\nHR')).toBe('application');
  });

  it('reads "your name does not appear in the list" of those shortlisted for interview as the test sat', () => {
    expect(stageOf('Dear Candidate,\n\nThank you for appearing in the written examination for the post of Junior Engineer. The list of candidates shortlisted for the interview has been published. We regret that your name does not appear in the list.\n\nHR')).toBe('assessment');
  });
});

describe('a test attended by the candidate, not by others', () => {
  it('still reads "selected a few candidates to attend the final assessment" as application', () => {
    expect(stageOf('Hi Robin,\n\nAfter reviewing all applications, we have selected a few candidates to attend the practical assessment. Unfortunately you have not been selected.\n\nMorgan')).toBe('application');
  });
});

describe('time appreciated with its day', () => {
  it('reads "appreciate your time today" as a screen', () => {
    expect(stageOf('Hi Arun,\n\nAppreciate your time today. We won\'t be moving forward with your application for the Data Engineer role.\n\nKarthik | Talent Acquisition')).toBe('screen');
  });

  it('still reads "we appreciate your time and interest" as application', () => {
    expect(stageOf('Hi Arun,\n\nWe appreciate your time and interest. We won\'t be moving forward with your application for the Data Engineer role.\n\nKarthik | Talent Acquisition')).toBe('application');
  });
});

describe('the last few, and the meeting that closed the process', () => {
  it('reads "you were one of our two preferred candidates" as final', () => {
    expect(stageOf('Dear Mr Obi,\n\nI regret that we have appointed another candidate as Head of Risk. You were one of our two preferred candidates, and the decision was a close one.\n\nGroup HR Director')).toBe('final');
  });

  it('still reads "one of our two offices" as no shortlist', () => {
    expect(stageOf('Dear Mr Obi,\n\nI regret that we have appointed another candidate as Head of Risk. The role sits in one of our two offices, and the decision was a close one.\n\nGroup HR Director')).toBe('application');
  });

  it('reads "thank you for meeting the partners to close out our process" as final', () => {
    expect(stageOf('Hi Sam,\n\nThank you for meeting with the partners on Tuesday to close out our process. The firm has decided not to proceed with your application.\n\nEmily')).toBe('final');
  });

  it('still reads "we hope to close out our process soon" as application', () => {
    expect(stageOf('Hi Sam,\n\nThank you for applying. We hope to close out our process soon, but the firm has decided not to proceed with your application.\n\nEmily')).toBe('application');
  });
});
