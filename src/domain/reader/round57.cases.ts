/**
 * The stage reached, told in a campus programme's or a public institution's own words: messages written for this test (not
 * taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('last rounds that never took place', () => {
  it('does not read "we are calling off the remaining final rounds" as a final', () => {
    const r = read('Hi Dana, thanks for your patience since your interview with Priyesh in November. The graduate intake has been cut to three, all three seats are now taken, and we are calling off the remaining final rounds, so we will not be moving forward with you.', 'Harlow Freight graduate scheme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('still reads "after the final rounds last week" as a final', () => {
    const r = read('Hi Dana, thanks for your patience after the final rounds last week. The graduate intake has been cut to three, all three seats are now taken, so we will not be moving forward with you.', 'Harlow Freight graduate scheme');
    expect(r.stage).toBe('final');
  });

  it('does not read a place confirmed at an assessment centre that is then put back as a final', () => {
    const r = read('Dear Tomasz, thank you for your first interview with our site managers and for confirming your place at the Brenner Logistics Graduate Assessment Centre on 4 February. Unfortunately we have had to put recruitment for the programme on hold, and the assessment centre has been postponed. Your application remains active and we will contact you when recruitment resumes.', 'Assessment centre postponed');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('interview');
  });

  it('still reads "thank you for attending the assessment centre" as a final', () => {
    const r = read('Dear Tomasz, thank you for attending the Brenner Logistics Graduate Assessment Centre on 4 February. We are sorry to say that we will not be offering you a place on the programme this year.', 'Assessment centre outcome');
    expect(r.stage).toBe('final');
  });
});

describe('steps told in the institution\'s words', () => {
  it('reads "thank you for attending the selection day" as a final', () => {
    const r = read('Dear Mr Adeyemi,\n\nThank you for attending the selection day for the post of Trainee Custody Officer at Fenwick Hall. I regret to inform you that on this occasion you have not been successful.\n\nResourcing Unit', 'Selection day outcome');
    expect(r.stage).toBe('final');
  });

  it('does not read an invitation to a selection day that was never reached as a final', () => {
    const r = read('Dear Mr Adeyemi,\n\nThank you for applying for the post of Trainee Custody Officer at Fenwick Hall. I regret to inform you that you have not been shortlisted for the selection day on this occasion.\n\nResourcing Unit', 'Application outcome');
    expect(r.stage).toBe('application');
  });

  it('reads "your time over the three days of the selection process" as a final', () => {
    const r = read('Dear Dr Okafor, thank you for your time over the three days of the selection process, including your seminar to the Faculty. I am sorry to say that the committee has offered the chair to another candidate.', 'Chair in Marine Ecology');
    expect(r.stage).toBe('final');
  });

  it('does not read "two days of annual leave" as a final', () => {
    const r = read('Dear Dr Okafor, thank you for your interview with the committee. I am sorry to say that the committee has offered the post to another candidate, who can start after her two days of annual leave.', 'Lecturer in Marine Ecology');
    expect(r.stage).toBe('interview');
  });

  it('reads "thank you for attending the final selection board" as a final', () => {
    const r = read('Dear Ms Brannigan, thank you for attending the Final Selection Board for the Diplomatic Service graduate stream. Your overall mark was 2.9 against an offer line of 3.3, so we cannot offer you a place this year.', 'Final Selection Board outcome');
    expect(r.stage).toBe('final');
  });

  it('does not read "awaiting final board approval" as a final', () => {
    const r = read('Dear Ms Brannigan, thank you for the call about the Site Engineer vacancy. The project is still awaiting final board approval, so recruitment for the role is on hold until the new year.', 'Site Engineer vacancy');
    expect(r.stage).toBe('screen');
  });

  it('reads "thank you for attending the school for interview" as an interview', () => {
    const r = read('Dear Miss Pellow, thank you for attending St Aldhelm\'s Primary for interview on Thursday. The governors have now made an appointment and I am sorry to tell you that you were not successful.', 'Class teacher appointment');
    expect(r.stage).toBe('interview');
  });

  it('does not read "you have not been shortlisted for interview" as an interview', () => {
    const r = read('Dear Miss Pellow, thank you for applying to St Aldhelm\'s Primary. The governors have now shortlisted and I am sorry to tell you that you have not been shortlisted for interview.', 'Class teacher appointment');
    expect(r.stage).toBe('application');
  });

  it('reads the interviews held before a final list the candidate is missing from as an interview', () => {
    const r = read('Dear Candidate, following the interviews held on 11 and 12 June, the results for the post of Junior Engineer (Electrical) have been published. Your registration number does not appear in the list of finally selected candidates.', 'Result - Junior Engineer');
    expect(r.stage).toBe('interview');
  });

  it('still reads a name missing from the shortlist as the application', () => {
    const r = read('Dear Candidate, the interviews for the post of Junior Engineer (Electrical) will be held on 11 and 12 June. Your registration number does not appear in the shortlist.', 'Result - Junior Engineer');
    expect(r.stage).toBe('application');
  });
});

describe('sifts and shortlisting that read the written application', () => {
  it('reads scores below the pass mark at a sift as the application', () => {
    const r = read('Dear Ffion,\n\nThe sift for the Higher Executive Officer post is complete. Each behaviour was scored from 1 to 7 and the pass mark was 4.\n\nSeeing Things Through: 3\nWorking Together: 5\n\nAs one of your scores was below the pass mark, you will not be invited to interview.\n\nHMRC Resourcing', 'Sift outcome');
    expect(r.stage).toBe('application');
  });

  it('still reads scores below the pass mark in an online test as an assessment', () => {
    const r = read('Dear Ffion,\n\nAfter the sift you completed the online Civil Service Judgement Test. Your score was below the pass mark, so you will not be invited to interview.\n\nHMRC Resourcing', 'Test outcome');
    expect(r.stage).toBe('assessment');
  });

  it('reads answers to an application\'s assessment questionnaire as the application', () => {
    const r = read('Dear Applicant, based on your answers to the assessment questionnaire you were found eligible, but your rating did not place you among the best qualified candidates referred for selection.', 'Notice of Results: Hydrologist GS-1315-11');
    expect(r.stage).toBe('application');
  });

  it('still reads a completed personality assessment questionnaire as an assessment', () => {
    const r = read('Dear Applicant, thank you for completing the personality assessment questionnaire for the graduate scheme. Unfortunately we will not be taking your application further.', 'Graduate scheme');
    expect(r.stage).toBe('assessment');
  });

  it('reads the panel\'s note on the application as no interview when the panel has assessed all applications', () => {
    const r = read('Dear Jun, the selection panel has now completed its assessment of all applications against the capabilities. You have not been shortlisted for the next stage. The panel also noted that you do not hold a current Working With Children Check, which the role requires.', 'APS 5 Program Officer');
    expect(r.stage).toBe('application');
  });

  it('still reads the panel\'s note after an interview as an interview', () => {
    const r = read('Dear Jun, thank you for your interview with the selection panel on Monday. The panel also noted that you do not hold a current Working With Children Check, which the role requires, so we cannot offer you the position.', 'APS 5 Program Officer');
    expect(r.stage).toBe('interview');
  });

  it('reads "on-call" in the panel\'s note as no call with the candidate', () => {
    const r = read('Dear Amara, I\'m afraid you have not been shortlisted on this occasion. The panel noted that on-call experience in an emergency department was not evidenced in your supporting statement.', 'Band 5 Staff Nurse');
    expect(r.stage).toBe('application');
  });

  it('still reads the panel\'s note beside a call with the candidate as an interview', () => {
    const r = read('Dear Amara, thank you for the video call with the panel on Friday. The panel noted that on-call experience in an emergency department was not evidenced, so we will not be offering you the post.', 'Band 5 Staff Nurse');
    expect(r.stage).toBe('interview');
  });
});

describe('calls with a recruiter that were no interview', () => {
  it('reads "after discussing our conversation with the hiring team" as a screen', () => {
    const r = read('Hi Noor, thanks for taking the time to speak with me on Monday. After discussing our conversation with the hiring team, we have decided to go with applicants whose experience is closer to the role.\n\nBen Hart\nRecruiter, Quarry Lane Foods', 'Quarry Lane Foods');
    expect(r.stage).toBe('screen');
  });

  it('still reads "after your conversation with the hiring team" as an interview', () => {
    const r = read('Hi Noor, thanks for your time this week. After your conversation with the hiring team, we have decided to go with applicants whose experience is closer to the role.\n\nBen Hart\nRecruiter, Quarry Lane Foods', 'Quarry Lane Foods');
    expect(r.stage).toBe('interview');
  });

  it('reads "I wanted to check with our legal team" after a call as a screen', () => {
    const r = read('Hi Noor, thanks for the call earlier. I wanted to check with our legal team before answering, and they confirmed we cannot sponsor a visa for this role, so we are unable to move forward.\n\nBen Hart\nRecruiter', 'Following up');
    expect(r.stage).toBe('screen');
  });

  it('reads "I enjoyed talking with you and think you\'d suit future roles" as a screen', () => {
    const r = read('Hi Noor, thank you for taking my call on Tuesday about the planner role. We have decided not to move you forward. I enjoyed talking with you and think you\'d suit future roles here.\n\nBen Hart\nRecruiter', 'Planner role');
    expect(r.stage).toBe('screen');
  });

  it('still reads "it was good to sit down with you and Marguerite" as an interview', () => {
    const r = read('Hi Noor, it was good to sit down with you and Marguerite on Tuesday. We have decided not to move you forward.\n\nBen', 'Planner role');
    expect(r.stage).toBe('interview');
  });

  it('reads a salary "set by our board" told on a call as a screen', () => {
    const r = read('Hi Ravi, thanks for the call this morning. The salary for the post is set by our board and cannot go above £48,000, which is below what you are looking for, so I am going to leave it there.\n\nJo\nPeople Advisor', 'Following our call');
    expect(r.stage).toBe('screen');
  });

  it('still reads a call "with our board" as an interview', () => {
    const r = read('Hi Ravi, thanks for the call this morning with our board. The salary for the post cannot go above £48,000, which is below what you are looking for, so I am going to leave it there.\n\nJo\nPeople Advisor', 'Following our call');
    expect(r.stage).toBe('interview');
  });

  it('reads "I don\'t think I can take you through to the panel" after a chat as a screen', () => {
    const r = read('Hi Ravi, thanks for the chat today. You need full sponsorship and I don\'t think I can take you through to the panel with that, so I\'ll leave it there.\n\nJo, Talent Advisor', 'Our chat');
    expect(r.stage).toBe('screen');
  });
});

describe('an interview told by the sender\'s regard for it', () => {
  it('reads "Glen was impressed with your interview" on a paused process as an interview', () => {
    const r = read('Hi Lou, our hiring is paused until the budget review ends in January. You are still under consideration and Glen was impressed with your interview, so I will be in touch as soon as it restarts.', 'Timing update');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('interview');
  });

  it('does not read "happy with your interview availability" as an interview', () => {
    const r = read('Hi Lou, our hiring is paused until the budget review ends in January. We were happy with your interview availability and will be in touch as soon as it restarts.', 'Timing update');
    expect(r.stage).not.toBe('interview');
  });
});

describe('campus steps named by the programme', () => {
  it('reads "thank you for completing the digital interview" as an assessment', () => {
    const r = read('Hi Maya,\n\nThank you for completing the digital interview for the 2026 Risk Analyst Program. After careful review we will not be moving you forward to the Superday.\n\nCampus Recruiting, Wexford Mutual', 'Wexford Mutual update');
    expect(r.stage).toBe('assessment');
  });

  it('still reads a video interview with named people as an interview', () => {
    const r = read('Hi Maya,\n\nThank you for the video interview with Priya and the risk team on Monday. After careful review we will not be moving you forward to the Superday.\n\nCampus Recruiting, Wexford Mutual', 'Wexford Mutual update');
    expect(r.stage).toBe('interview');
  });

  it('reads "thanks for completing the Pymetrics games" as an assessment', () => {
    const r = read('Hi Maya,\n\nThanks for completing the Pymetrics games for our Rotational Program. We have reviewed your results and will not be moving forward with your application.\n\nEarly Talent Team', 'Your application');
    expect(r.stage).toBe('assessment');
  });

  it('does not read "your interest in our games studio" as an assessment', () => {
    const r = read('Hi Maya,\n\nThanks for your interest in our games studio. We have reviewed your resume and will not be moving forward with your application.\n\nEarly Talent Team', 'Your application');
    expect(r.stage).toBe('application');
  });

  it('reads "thank you for attending Plant Day" as a final', () => {
    const r = read('Hi Maya,\n\nThank you for attending Plant Day at our Peoria facility last week. We have decided not to extend you an offer for the Manufacturing Leadership Program.\n\nCampus Recruiting', 'MLP decision');
    expect(r.stage).toBe('final');
  });

  it('does not read a Plant Day still to come as a final', () => {
    const r = read('Hi Maya,\n\nOur Plant Day will take place in March. Unfortunately we will not be inviting you to it, as we have decided not to move forward with your application for the Manufacturing Leadership Program.\n\nCampus Recruiting', 'MLP decision');
    expect(r.stage).toBe('application');
  });
});

describe('marks and interviews not qualified in', () => {
  it('reads "you did not secure the minimum qualifying marks in the reasoning test" as an assessment', () => {
    const r = read('Dear Candidate,\n\nAs you did not secure the minimum qualifying marks in the reasoning test, your candidature cannot be considered for the interview.\n\nRecruitment Cell', 'Result');
    expect(r.stage).toBe('assessment');
  });

  it('does not read qualifying marks missed in the shortlisting criteria as an assessment', () => {
    const r = read('Dear Candidate,\n\nYour application did not achieve the qualifying marks in the shortlisting criteria. Hence your candidature cannot be considered for the interview.\n\nRecruitment Cell', 'Result of screening');
    expect(r.stage).toBe('application');
  });

  it('reads "you did not qualify in the personal interview" as an interview', () => {
    const r = read('Dear Candidate,\n\nWe regret to inform you that you did not qualify in the personal interview held on 2 September. Hence your name does not figure in the select list.\n\nRecruitment Cell', 'Final result');
    expect(r.stage).toBe('interview');
  });

  it('does not read "you did not qualify for the personal interview" as an interview', () => {
    const r = read('Dear Candidate,\n\nWe regret to inform you that you did not qualify for the personal interview. Hence your name does not figure in the select list.\n\nRecruitment Cell', 'Final result');
    expect(r.stage).toBe('application');
  });
});

describe('tests and interviews named by their scores', () => {
  it('reads "following the online examination, your score did not meet the cut-off" as an assessment', () => {
    const r = read('Dear Candidate,\n\nFollowing the online examination, your score did not meet the cut-off for the next stage. We regret that we cannot take your candidature further.\n\nRecruitment Cell', 'Result');
    expect(r.stage).toBe('assessment');
  });

  it('does not read an online examination still to be held as an assessment', () => {
    const r = read('Dear Candidate,\n\nThe online examination will be held on 12 April. We regret that your application was found ineligible and we cannot take your candidature further.\n\nRecruitment Cell', 'Result');
    expect(r.stage).toBe('application');
  });

  it('reads "your interview score was below the pass mark" as an interview', () => {
    const r = read('Dear Ms Okoro,\n\nYour interview score was 18 out of 30, below the pass mark of 20, so we are unable to offer you the post of Senior Caseworker.\n\nResourcing Team', 'Outcome');
    expect(r.stage).toBe('interview');
  });

  it('does not read an application score below the sift\'s pass mark as an interview', () => {
    const r = read('Dear Ms Okoro,\n\nThe sift is complete. Your application score was 18 out of 30, below the pass mark of 20, so we are unable to offer you an interview for the post of Senior Caseworker.\n\nResourcing Team', 'Outcome');
    expect(r.stage).toBe('application');
  });
});
