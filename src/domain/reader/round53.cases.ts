/**
 * The stage reached, told by a go-between or in passing: the client's verdict on a task, "after your panel", an interview
 * named by its day, a first chat, the last selection round, a sender who says they hire, the whole process stuck with,
 * and steps that were never the candidate's (others at the onsite, an interview still to be set up, one imagined, a bar for
 * reaching it). Messages written for this test (not taken from any corpus part), each beside a message in nearby words that
 * must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const stage = (text: string, subject?: string) => read(text, subject).stage;

describe('the client\'s step, told by the recruiter', () => {
  it('reads "feedback on your presentation task" as assessment', () => {
    expect(stage('Hi Amara,\n\nI\'ve now had feedback on your presentation task from Kestrel Foods. Sadly they\'re not taking you forward; they felt the pricing slide skipped over the margin question.\n\nSorry,\nDom\nBrightwell Recruitment')).toBe('assessment');
  });

  it('does not read "feedback on your application" as assessment', () => {
    expect(stage('Hi Amara,\n\nI\'ve now had feedback on your application from Kestrel Foods. Sadly they\'re not taking you forward; they felt your background is more retail than wholesale.\n\nSorry,\nDom\nBrightwell Recruitment')).toBe('application');
  });

  it('reads "the client\'s verdict on your written exercise" as assessment', () => {
    expect(stage('Morning Tomasz, I\'ve got the client\'s verdict on your written exercise and it\'s a no I\'m afraid. They wanted a firmer recommendation at the end. Best, Ines (Harbour Talent)')).toBe('assessment');
  });

  it('reads "I\'ve got feedback after your panel" as interview', () => {
    expect(stage('Hi Ravi,\n\nI\'ve got feedback from Moorgate Health after your panel. They\'ve gone with someone with more NHS commissioning experience, so it\'s a no this time.\n\nCheers,\nLiz, Northway Search')).toBe('interview');
  });

  it('does not read "your panel has been cancelled" as interview', () => {
    expect(stage('Hi Ravi,\n\nBad news from Moorgate Health: they\'ve filled the post internally, so your panel has been cancelled and they won\'t be proceeding with your application.\n\nCheers,\nLiz, Northway Search')).toBe('application');
  });

  it('reads "they passed after yesterday\'s tech interview" as interview', () => {
    expect(stage('yo Sam, the Lumen folks passed after yesterday\'s tech interview, they wanted deeper Go experience. gutted for you. -K')).toBe('interview');
  });

  it('reads "after yesterday\'s phone interview" as screen, not interview', () => {
    expect(stage('yo Sam, the Lumen folks passed after yesterday\'s phone interview, they wanted deeper Go experience. gutted for you. -K')).toBe('screen');
  });

  it('reads "someone who interviewed the week before you" as interview', () => {
    expect(stage('Dear Farah, the practice has offered the Dental Nurse post to someone who interviewed the week before you, and she has accepted. Thank you for your patience. Regards, Mags at SmileStaff')).toBe('interview');
  });

  it('does not read "someone who applied the week before you" as interview', () => {
    expect(stage('Dear Farah, the practice has offered the Dental Nurse post to someone who applied the week before you, and she has accepted. Thank you for your patience. Regards, Mags at SmileStaff')).toBe('application');
  });

  it('reads "feedback from the client after your first chat" as screen', () => {
    expect(stage('Hello Anil,\n\nFeedback from the client after your first chat: the notice period of 90 days is too long for them, so they will not move ahead.\n\nRegards,\nSwati\nPinnacle Search, Hyderabad')).toBe('screen');
  });

  it('reads "after your chat with the hiring manager" as interview', () => {
    expect(stage('Hello Anil,\n\nFeedback from the client after your chat with the hiring manager: the notice period of 90 days is too long for them, so they will not move ahead.\n\nRegards,\nSwati\nPinnacle Search, Hyderabad')).toBe('interview');
  });

  it('reads "the QA vacancy we discussed in May" as a talk (screen)', () => {
    expect(stage('Dear Chioma,\n\nI am writing about the QA Analyst vacancy we discussed in May. I\'m sorry to say the client has withdrawn it, so I am closing your application.\n\nKind regards,\nBen Adeyemi\nTalent Acquisition')).toBe('screen');
  });

  it('does not read "the vacancy we discussed internally" as a talk', () => {
    expect(stage('Dear Chioma,\n\nThe QA Analyst vacancy we discussed internally last week has been withdrawn, so I am closing your application.\n\nKind regards,\nBen Adeyemi\nTalent Acquisition')).toBe('application');
  });
});

describe('the impression made, and who formed it', () => {
  it('reads "you came across really well" on a recruiter\'s note as a talk (screen)', () => {
    expect(stage('Hi Gemma, you came across really well, but the client needs someone with a full UK driving licence for the site visits, so I can\'t put you forward. Sorry! Tara')).toBe('screen');
  });

  it('does not read "I came across your profile" as a talk', () => {
    expect(stage('Hi Gemma, I came across your profile on a job board, but the client needs someone with a full UK driving licence for the site visits, so I can\'t put you forward. Sorry! Tara')).toBe('application');
  });

  it('reads "the hiring manager felt you came across as quite reserved" as interview', () => {
    expect(stage('Hi Olu,\n\nThe client has decided not to go ahead. The hiring manager felt you came across as quite reserved for a role that fronts the customer workshops.\n\nBest,\nNina, Fenwick Partners')).toBe('interview');
  });
});

describe('work praised and results under the bar', () => {
  it('reads "we were impressed with your assessment and would like to keep you in mind" as assessment', () => {
    expect(stage('Hi Jonas,\n\nThe Data Tester role has been filled by a colleague moving across from our payments team, so we are closing your application. We were impressed with your assessment and would like to keep you in mind for the next opening.\n\nRecruiting, Palewave')).toBe('assessment');
  });

  it('does not read "impressed by the challenges you\'ve taken on" as assessment', () => {
    expect(stage('Hi Jonas,\n\nThe Data Tester role has been filled by a colleague moving across from our payments team, so we are closing your application. We were impressed by the challenges you\'ve taken on and would like to keep you in mind.\n\nRecruiting, Palewave')).toBe('application');
  });

  it('reads "you didn\'t hit their pass mark" as assessment', () => {
    expect(stage('Hi Kasia, the client came back on the verbal reasoning test and you didn\'t hit their pass mark, so they won\'t be taking it further. Sorry! Mo')).toBe('assessment');
  });

  it('does not read "didn\'t hit the shortlisting pass mark" for the application as assessment', () => {
    expect(stage('Hi Kasia, your application form didn\'t hit the shortlisting pass mark, so they won\'t be taking it further. Sorry! Mo')).toBe('application');
  });

  it('reads "your numeracy test score came in under the cut-off" as assessment', () => {
    expect(stage('Dear Ruairi, unfortunately your numeracy test score came in under the cut-off for the Graduate Scheme, so we cannot progress you. Regards, Early Careers')).toBe('assessment');
  });
});

describe('final rounds told in other words', () => {
  it('reads "the conversations in the last selection round" as final', () => {
    expect(stage('Dear Ms Varga,\n\nthank you for the open conversations in the last selection round in Vienna. We have now decided in favour of another applicant.\n\nKind regards\nPersonnel Department')).toBe('final');
  });

  it('does not read "you applied in our last recruitment round" as final', () => {
    expect(stage('Dear Ms Varga,\n\nyou applied in our last recruitment round and we kept your details. We have now decided in favour of another applicant for the current opening.\n\nKind regards\nPersonnel Department')).toBe('application');
  });

  it('reads "thank you for taking part in the final selection day" as final', () => {
    expect(stage('Dear Mr Osei,\n\nThank you for taking part in the final selection day for the Finance Director post. The board has decided to appoint another candidate.\n\nYours sincerely,\nChair of Trustees')).toBe('final');
  });

  it('does not read "taking part in the careers open day" as final', () => {
    expect(stage('Dear Mr Osei,\n\nThank you for taking part in the careers open day. Regarding the Finance Director post, the board has decided to appoint another candidate.\n\nYours sincerely,\nChair of Trustees')).toBe('application');
  });

  it('reads "sticking with us through the whole process" as final', () => {
    expect(stage('Hi Lerato, thank you for sticking with us through the whole process. It was close, but we\'ve offered the role to someone with more fleet experience. Best, Jaco')).toBe('final');
  });

  it('does not read "sticking with us through the delays" as final', () => {
    expect(stage('Hi Lerato, thank you for sticking with us through the delays. We\'ve offered the role to someone with more fleet experience. Best, Jaco')).toBe('application');
  });

  it('reads "you got all the way through to the final panel" as final', () => {
    expect(stage('Hi Sipho,\n\nI hate sending this after you got all the way through to the final panel, but the role has been cancelled in the restructure.\n\nWarmly,\nAnele')).toBe('final');
  });

  it('does not read "you didn\'t get through to the final panel" as final', () => {
    expect(stage('Hi Sipho,\n\nThanks for the interview last week. I\'m sorry you didn\'t get through to the final panel; the others had more regional experience.\n\nWarmly,\nAnele')).toBe('interview');
  });

  it('reads "one of the two people we were choosing between" as final', () => {
    expect(stage('Dear Hamid, we have appointed another candidate. You were one of the two people we were choosing between, and I hope you will apply again. Best wishes, Clare')).toBe('final');
  });

  it('reads "the candidates who made it to the onsite" as others\' onsite, not the candidate\'s', () => {
    expect(stage('Hi Noor,\n\nThanks for your interview with Ade and Kim. The candidates who made it to the onsite all had marketplace experience. We won\'t be moving forward with your application.\n\nBest,\nRecruiting')).toBe('interview');
  });

  it('reads "after you made it to the onsite" as final', () => {
    expect(stage('Hi Noor,\n\nThanks for your time at the onsite with Ade and Kim. We won\'t be moving forward with you, which I know is hard after you made it this far.\n\nBest,\nRecruiting')).toBe('final');
  });
});

describe('who the sender is, and a call with the sender and a colleague', () => {
  it('reads a call "with me" from a sender who says they are the hiring manager as interview', () => {
    expect(stage('Hi Ellie,\n\nThanks for the call with me on Monday. As the hiring manager for the analytics team, I wanted to tell you myself that we are going with another candidate.\n\nAll the best,\nRuth')).toBe('interview');
  });

  it('reads a call "with me" from a recruiter who passed notes on as screen', () => {
    expect(stage('Hi Ellie,\n\nThanks for the call with me on Monday. I shared my notes with the hiring manager and we are going with another candidate.\n\nAll the best,\nRuth, Talent Partner')).toBe('screen');
  });

  it('reads "the call with me + Priya" as interview', () => {
    expect(stage('hey Max, thanks for the call with me + Priya on wed. we\'re going to pass on this one. cheers, Tom (founder)')).toBe('interview');
  });
});

describe('steps that were never the candidate\'s', () => {
  it('reads "we can set up the interview with the hiring manager" after a call as screen', () => {
    expect(read('Hello Arjun,\n\nApologies for the delay since our call. The Test Lead vacancy is on hold because of a hiring freeze until March. Once it lifts we can set up the interview with the hiring manager.\n\nRegards,\nKavya, Talent Acquisition').stage).toBe('screen');
  });

  it('reads "after your interview with the hiring manager we had hoped to set up the final round" as interview', () => {
    expect(stage('Hello Arjun,\n\nAfter your interview with the hiring manager we had hoped to set up the final round, but the vacancy has now been withdrawn and we are closing all applications.\n\nRegards,\nKavya, Talent Acquisition')).toBe('interview');
  });

  it('reads "you\'d struggle in the interviews without it" as no interview', () => {
    expect(stage('Hi Oscar,\n\nThanks for our chat. The team needs hands-on Kafka, and honestly I think you\'d struggle in the interviews without it, so I won\'t put you forward.\n\nJess, Recruiting')).toBe('screen');
  });

  it('reads "to get to the technical interview we need three years" as application', () => {
    expect(stage('Hi Wen,\n\nThanks for applying. To get to the technical interview we need at least three years of embedded C, and your CV shows about one, so we won\'t be taking it further.\n\nHiring team')).toBe('application');
  });

  it('does not read "thank you for your application as Test Automation Engineer" as assessment', () => {
    expect(stage('Dear Ms Rao,\n\nThank you for your application as Test Automation Engineer. We have decided in favour of candidates whose profiles fit the requirements more closely.\n\nHuman Resources')).toBe('application');
  });

  it('reads "thank you for the test automation exercise" as assessment', () => {
    expect(stage('Dear Ms Rao,\n\nThank you for the test automation exercise you sent us. Unfortunately we will not be progressing your application, as other solutions covered more of the edge cases.\n\nHuman Resources')).toBe('assessment');
  });
});

describe('the candidate\'s own account quoted below', () => {
  it('reads "I attended the technical interview on 3 Nov" in the quoted mail as interview', () => {
    expect(stage('Hi Deepak,\n\nApologies for the slow reply. The panel have decided not to move you forward.\n\nRegards,\nSunil\nRecruiter\n\n-----Original Message-----\nFrom: Deepak Rao\nSubject: Status\n\nHi Sunil,\n\nI attended the technical interview for the QA role on 3 Nov. Could you please tell me the status?\n\nThanks,\nDeepak')).toBe('interview');
  });

  it('does not read "I am still waiting to hear about an interview" in the quoted mail as interview', () => {
    expect(stage('Hi Deepak,\n\nApologies for the slow reply. The team have decided not to move you forward.\n\nRegards,\nSunil\nRecruiter\n\n-----Original Message-----\nFrom: Deepak Rao\nSubject: Status\n\nHi Sunil,\n\nI applied for the QA role on 3 Nov and am still waiting to hear about an interview. Could you please tell me the status?\n\nThanks,\nDeepak')).toBe('application');
  });
});

describe('a call offered, still to come', () => {
  it('reads "I can get more on a call with the design lead if you want" beside a reviewed exercise as assessment', () => {
    expect(stage('Hey Rin,\n\nThe Copperleaf team have reviewed your design exercise and they\'re not moving forward. I can get more on a call with the design lead if you want.\n\nMel')).toBe('assessment');
  });

  it('reads "your call with the design lead" beside a reviewed exercise as interview', () => {
    expect(stage('Hey Rin,\n\nThe Copperleaf team have reviewed your design exercise and your call with the design lead, and they\'re not moving forward.\n\nMel')).toBe('interview');
  });
});

describe('a relayed discussion with a longer object', () => {
  it('reads "I discussed your salary expectations with the hiring manager" after a call as screen', () => {
    expect(stage('Hi Meera,\n\nIt was nice speaking to you on Tuesday. I discussed your salary expectations with the hiring manager and sadly they are above the band for this role, so we won\'t be moving forward.\n\nThanks,\nAditi, Talent Acquisition')).toBe('screen');
  });

  it('reads "your conversation with the hiring manager" as interview', () => {
    expect(stage('Hi Meera,\n\nThank you for your conversation with the hiring manager on Tuesday. Sadly your salary expectations are above the band for this role, so we won\'t be moving forward.\n\nThanks,\nAditi, Talent Acquisition')).toBe('interview');
  });
});

describe('tests and rounds in Indian English and in passing', () => {
  it('reads "they\'ve been through your case study" as assessment', () => {
    expect(stage('Hi Ada, the Marlow team have been through your case study and they won\'t be taking things further. Sorry. Ken')).toBe('assessment');
  });

  it('does not read "they\'ve been through your CV" as assessment', () => {
    expect(stage('Hi Ada, the Marlow team have been through your CV and they won\'t be taking things further. Sorry. Ken')).toBe('application');
  });

  it('reads "you were not successful in the online coding test" as assessment', () => {
    expect(stage('Dear Karthik,\n\nWe regret to inform you that you were not successful in the online coding test for the SDET role.\n\nRegards,\nCampus Hiring Team')).toBe('assessment');
  });

  it('does not read "you were not successful in your application" as assessment', () => {
    expect(stage('Dear Karthik,\n\nWe regret to inform you that you were not successful in your application for the SDET role.\n\nRegards,\nCampus Hiring Team')).toBe('application');
  });

  it('reads "you have not cleared the aptitude round" as assessment', () => {
    expect(stage('Dear Pooja,\n\nThank you for your interest. We regret to inform you that you have not cleared the aptitude round, hence we cannot take your candidature forward.\n\nRegards,\nHR Team')).toBe('assessment');
  });

  it('does not read "you have not yet taken the aptitude round" as assessment', () => {
    expect(stage('Dear Pooja,\n\nAs you have not yet taken the aptitude round and the window has closed, we cannot take your candidature forward.\n\nRegards,\nHR Team')).toBe('application');
  });

  it('reads "you have not qualified the online test" as assessment', () => {
    expect(stage('Dear Pooja,\n\nWe regret to inform you that you have not qualified the online test, so we cannot take your candidature forward.\n\nRegards,\nHR Team')).toBe('assessment');
  });

  it('reads "you could not clear the managerial round" as interview', () => {
    expect(stage('Dear Vikram,\n\nWe regret to inform you that you could not clear the managerial round, so we will not be able to proceed with your candidature.\n\nRegards,\nTA Team, Sahyadri Systems')).toBe('interview');
  });

  it('does not read "you were not selected for the managerial round" as interview', () => {
    expect(stage('Dear Vikram,\n\nWe regret to inform you that you were not selected for the managerial round, so we will not be able to proceed with your candidature.\n\nRegards,\nTA Team, Sahyadri Systems')).toBe('application');
  });

  it('reads "you were not found suitable in the technical round" as interview', () => {
    expect(stage('Dear Vikram,\n\nYou were not found suitable in the technical round, hence we will not be able to proceed with your candidature.\n\nRegards,\nTA Team, Sahyadri Systems')).toBe('interview');
  });

  it('reads "after the L1 and L2 rounds" as interview', () => {
    expect(stage('Dear Vikram,\n\nAfter the L1 and L2 rounds, the panel has decided not to proceed with your candidature.\n\nRegards,\nTA Team, Sahyadri Systems')).toBe('interview');
  });

  it('does not read "experience in L1 support" as interview', () => {
    expect(stage('Dear Vikram,\n\nYour experience is mostly in L1 support, so the panel has decided not to proceed with your candidature.\n\nRegards,\nTA Team, Sahyadri Systems')).toBe('application');
  });

  it('reads "post your interview" as interview', () => {
    expect(stage('Dear Sneha,\n\nPost your interview on Saturday, the panel has decided not to move ahead with your profile.\n\nRegards,\nRecruitment, Indus Ledger')).toBe('interview');
  });

  it('reads "post the discussion" after a telephonic call with the TA team as screen', () => {
    expect(stage('Dear Sneha,\n\nThank you for the telephonic discussion with our TA team. Post the discussion, we have decided not to move ahead with your profile.\n\nRegards,\nRecruitment, Indus Ledger')).toBe('screen');
  });

  it('reads "thank you for giving the interview" as interview', () => {
    expect(stage('Dear Sneha,\n\nThank you for giving the interview for the Test Analyst post. We will not be moving ahead with your profile.\n\nRegards,\nRecruitment, Indus Ledger')).toBe('interview');
  });

  it('reads "your second round didn\'t go as well" as interview', () => {
    expect(stage('Hi Beth, the first chat went well but your second round didn\'t go as well, so we\'re going to stop there. Thanks, Rosa')).toBe('interview');
  });

  it('does not read "the second round didn\'t go ahead" as interview', () => {
    expect(stage('Hi Beth, the role was pulled before interviews, so the second round didn\'t go ahead and we\'re closing your application. Thanks, Rosa')).toBe('application');
  });
});

describe('the one who hires met the candidate, and the last of the field', () => {
  it('reads "the client saw you on Monday" as interview', () => {
    expect(stage('Hi Pete, the client saw you on Monday and has decided to go with someone who has more rail signalling experience. Sorry. Gus, TrackRight Recruitment')).toBe('interview');
  });

  it('does not read "the client saw your CV on Monday" as interview', () => {
    expect(stage('Hi Pete, the client saw your CV on Monday and has decided to go with someone who has more rail signalling experience. Sorry. Gus, TrackRight Recruitment')).toBe('application');
  });

  it('reads "it was between you and one other candidate" as final', () => {
    expect(stage('Hi Wanjiru, we have offered the role to someone else. It was between you and one other candidate right to the end. Regards, Otieno')).toBe('final');
  });

  it('does not read "it was between two other candidates" as final', () => {
    expect(stage('Hi Wanjiru, we have offered the role to someone else. It was between two other candidates in the end. Regards, Otieno')).toBe('application');
  });

  it('reads "you were pipped at the post" as final', () => {
    expect(stage('Hi Callum, I\'m gutted to tell you that you were pipped at the post for the Estimator role. The client went with someone local. Cheers, Fi')).toBe('final');
  });

  it('reads "the final loop" as final', () => {
    expect(stage('Hi Dana, thanks for going through the final loop with us last week. We have decided to move forward with another candidate. Best, Recruiting')).toBe('final');
  });

  it('does not read "to close the loop" as final', () => {
    expect(stage('Hi Dana, just to close the loop on your application: we have decided to move forward with another candidate. Best, Recruiting')).toBe('application');
  });
});

describe('one of the few invited to the last step', () => {
  it('reads "you were one of three candidates we invited to the final interview" as final', () => {
    expect(stage('Dear Ines, you were one of three candidates we invited to the final interview, and the decision was a close one. We have offered the post to another applicant. Kind regards, Beatriz')).toBe('final');
  });

  it('does not read "we are not able to invite you to the final interview" as final', () => {
    expect(stage('Dear Ines, thank you for applying. We have offered the Lisbon post to another applicant, and we are not able to invite you to the final interview for it. Kind regards, Beatriz')).toBe('application');
  });
});

describe('the panel that chose', () => {
  it('reads a call and "the panel chose the other candidate" as interview', () => {
    expect(stage('Hi Lena,\n\nAs promised on the call, a few notes in writing. Your Selenium work was solid, but the panel wanted more depth in performance testing, and in the end the panel chose the other candidate.\n\nBest,\nMarius')).toBe('interview');
  });

  it('does not read "the panel chose candidates whose experience was closer" with no talk as interview', () => {
    expect(stage('Dear Lena,\n\nHaving compared all applications against the person specification, the panel chose candidates whose experience was a closer fit, so we will not be progressing your application.\n\nHR Services')).toBe('application');
  });
});

describe('the interview judged, the client visited, the second choice', () => {
  it('reads "you interviewed really well" as interview', () => {
    expect(stage('Hi Zoe, you interviewed really well, but the client has decided to go with someone who has run a bigger team. Sorry! Ash, Keystone Recruitment')).toBe('interview');
  });

  it('does not read "you were not interviewed" as interview', () => {
    expect(stage('Hi Zoe, you were not interviewed because the client has decided to go with someone who has run a bigger team. Sorry! Ash, Keystone Recruitment')).toBe('application');
  });

  it('reads "they said the interview went well" as interview', () => {
    expect(stage('Hi Zoe, they said the interview went well, but they have gone with an internal applicant. Sorry! Ash, Keystone Recruitment')).toBe('interview');
  });

  it('reads "thanks for going in to meet them on Tuesday" as interview', () => {
    expect(stage('Hi Priyanka, thanks for going in to meet them on Tuesday. They have decided to go with another applicant. Regards, Conor')).toBe('interview');
  });

  it('does not read "before going in to meet them" as interview', () => {
    expect(stage('Hi Priyanka, before going in to meet them was even arranged, they decided to go with another applicant. Regards, Conor')).toBe('application');
  });

  it('reads "you were their second choice" as final', () => {
    expect(stage('Hi Priyanka, you were their second choice, but they have offered the role to another applicant. Regards, Conor')).toBe('final');
  });

  it('does not read "your second choice of location" as final', () => {
    expect(stage('Hi Priyanka, the role in your second choice of location has been filled by another applicant. Regards, Conor')).toBe('application');
  });
});

describe('the hiring manager named beside a chat, and the last few reached', () => {
  it('reads "thanks for chatting with Elena, our hiring manager" as interview', () => {
    expect(stage('Hi Marco,\n\nThanks for chatting with Elena, our hiring manager, on Tuesday. We have decided to go with a candidate with more B2B experience.\n\nBest,\nRecruiting, Fernway')).toBe('interview');
  });

  it('reads "thanks for chatting with me" from a recruiter as screen', () => {
    expect(stage('Hi Marco,\n\nThanks for chatting with me on Tuesday. We have decided to go with a candidate with more B2B experience.\n\nBest,\nRecruiting, Fernway')).toBe('screen');
  });

  it('reads "you got through to the last two candidates" as final', () => {
    expect(stage('Hi Marco, you got through to the last two candidates, but the client has chosen the other person. Best, Tess')).toBe('final');
  });

  it('does not read "you didn\'t get through to the last two candidates" as final', () => {
    expect(stage('Hi Marco, thanks for the interview. Sadly you didn\'t get through to the last two candidates and the client has chosen someone else. Best, Tess')).toBe('interview');
  });
});
