/**
 * Selection told in a field's own words — auditions, callbacks and self-tapes, officer selection boards, vetting stages,
 * pupillage exercises, faculty long lists — and the reasons and offers told in those words: messages written for this test
 * (not taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules
 * alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('the stage in the words of auditions and castings', () => {
  it('reads an audition taken as an interview', () => {
    const r = read('Dear Maya,\n\nThank you for auditioning for the role of Clara in our winter production. The panel have now met and I am sorry to say we will not be offering you the part.\n\nKind regards,\nCasting Office, Northgate Playhouse', 'Clara - outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read an interest in auditioning as an audition taken', () => {
    const r = read('Dear Maya,\n\nThank you for your interest in auditioning for the role of Clara in our winter production. We received a great many submissions and I am sorry to say we will not be offering you an audition slot.\n\nKind regards,\nCasting Office, Northgate Playhouse', 'Clara - outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a dance company class joined as an interview', () => {
    const r = read('Dear Theo,\n\nThank you for joining the company class on Tuesday. The artistic director has decided not to offer you a contract for the spring season.\n\nBest,\nCompany Manager, Lumen Dance', 'Spring season');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('does not read an application to join the company as a class taken', () => {
    const r = read('Dear Theo,\n\nThank you for your application to join the company for the spring season. The artistic director has decided not to offer you a contract.\n\nBest,\nCompany Manager, Lumen Dance', 'Spring season');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a final callback attended as the final round', () => {
    const r = read('Hi Jonah,\n\nThanks for coming in for the final callback on Friday. The director has cast another actor as Luke, and I am sorry it is not better news.\n\nBest,\nPeta, Harbour Casting', 'Luke');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read a final callback refused after an audition as the final round', () => {
    const r = read('Hi Jonah,\n\nThanks for auditioning on Friday. I am sorry to say the director will not be inviting you to the final callback for Luke.\n\nBest,\nPeta, Harbour Casting', 'Luke');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads a self-tape sent in as a test taken', () => {
    const r = read('Hello,\n\nThank you for your self-tape for the role of Inspector Vale. The producers have watched the tapes and the part is no longer being considered for you.\n\nKind regards,\nTalia at Westcliff Casting', 'Inspector Vale');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a self-tape never asked for as a test taken', () => {
    const r = read('Hello,\n\nThank you for submitting your headshot and CV for the role of Inspector Vale. I am sorry to say we are not able to invite you to self-tape for this part.\n\nKind regards,\nTalia at Westcliff Casting', 'Inspector Vale');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('does not read "what this role needs" after the work judged as a skill the person lacks', () => {
    const r = read('Dear Lena,\n\nThank you for sending the pricing exercise for the Analyst Intern role. The team liked your structure. However, the model did not go far enough into the volume data we shared, and on balance other candidates\' work and experience fitted more closely with what this role needs. We will not be taking your application further.\n\nBest wishes,\nHarlow Foods Early Careers', 'Analyst Intern');
    expect(r.reasons).toContain('profile_mismatch');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads a skill the role requires, judged on the tape, as a skills gap', () => {
    const r = read('Dear Omar,\n\nThank you for the self-tape for Yusuf. The role requires fluent Levantine Arabic for the family scenes, and the producers did not feel the Arabic on your tape was at the level needed, so we will not be taking you forward.\n\nBest,\nNadia, Crescent Casting', 'Yusuf - tape');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toEqual(['skills_gap']);
  });
});

describe('the stage in the words of the forces, the police and the professions', () => {
  it('reads an officer selection board as the final round', () => {
    const r = read('Dear Candidate,\n\nFollowing your attendance at the Officer Selection Board, I regret to inform you that you have not been selected for officer training on this occasion.\n\nOfficer Recruitment', 'Board result');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('final');
  });

  it('does not read a civil-service selection board as more than the interview', () => {
    const r = read('Dear Ms Quinn,\n\nMany thanks for meeting the selection board for the Clerical Officer post. I regret to inform you that you have not been placed on the panel.\n\nHR Unit', 'Clerical Officer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads a decline at the vetting stage as a check that happened', () => {
    const r = read('Dear Mr Lowe,\n\nI am writing to tell you that your application to join as a Police Community Support Officer has been unsuccessful at the vetting stage.\n\nForce Recruitment', 'Vetting outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a decline at the sift stage as a check', () => {
    const r = read('Dear Mr Lowe,\n\nI am writing to tell you that your application to join as a Police Community Support Officer has been unsuccessful at the sift stage.\n\nForce Recruitment', 'Application outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('reads a test told as part of the second stage as the test, not a later interview', () => {
    const r = read('Dear Ms Arden,\n\nThank you for taking part in the written exercise as part of the second stage of our pupillage process. Unfortunately your mark was below the score required to proceed.\n\nPupillage Committee, Fenwick Chambers', 'Pupillage');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('still reads an interview told as the second stage as an interview', () => {
    const r = read('Dear Ms Arden,\n\nThank you for attending the interview in the second stage of our pupillage process. Unfortunately we will not be offering you pupillage.\n\nPupillage Committee, Fenwick Chambers', 'Pupillage');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });

  it('reads a simulator check as a test taken', () => {
    const r = read('Hi Lena,\n\nThank you for the simulator check at our training centre. I am sorry to tell you that you did not meet the standard for the cadet programme.\n\nHead of Pilot Selection', 'Cadet programme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('reads a simulator assessment one came to as a test taken', () => {
    const r = read('Hi Lena,\n\nThank you for coming to the simulator assessment at our training centre. I am sorry to tell you that you did not meet the standard for the cadet programme.\n\nHead of Pilot Selection', 'Cadet programme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a visit to a careers evening as a test', () => {
    const r = read('Hi Lena,\n\nThank you for coming to the careers evening at our training centre and for applying. I am sorry to tell you that you have not been selected for the cadet programme.\n\nHead of Pilot Selection', 'Cadet programme');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });
});

describe('the stage in the words of academic and medical selection', () => {
  it('does not read a panel\'s own assessment of the applications as a test', () => {
    const r = read('Dear Applicant,\n\nThank you for your application to the Junior Research Fellowship. The selection committee has now completed its assessment, and I am sorry to tell you that your application was not successful.\n\nThe Lindqvist Foundation', 'Fellowship outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('still reads an assessment the candidate completed as a test', () => {
    const r = read('Dear Applicant,\n\nThank you for completing the online assessment for the Junior Research Fellowship. I am sorry to tell you that your application was not successful.\n\nThe Lindqvist Foundation', 'Fellowship outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a sift score too low for interview as a test result', () => {
    const r = read('Dear Dr Osei,\n\nThank you for applying to the Acute Medicine training programme. I regret to inform you that your score was not high enough for you to be invited to interview in this round.\n\nRecruitment Office', 'Round 1 outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('still reads a test score too low for interview as a test taken', () => {
    const r = read('Dear Dr Osei,\n\nThank you for applying to the Acute Medicine training programme. I regret to inform you that your test score was not high enough for you to be invited to interview in this round.\n\nRecruitment Office', 'Round 1 outcome');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a long list drawn for video interviews as the candidate\'s interview', () => {
    const r = read('Dear Dr Holm,\n\nThank you for applying to the Assistant Professor position in History. The committee has now drawn up a long list for first-round video interviews, and I regret that your application is not among them.\n\nChair, Search Committee', 'History search');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('still reads the candidate\'s own video interview beside a short list as an interview', () => {
    const r = read('Dear Dr Holm,\n\nThank you for your video interview last week. The committee has drawn up a short list for second interviews, and I regret that we will not be taking your application further.\n\nChair, Search Committee', 'History search');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});

describe('reasons told in a field\'s own words', () => {
  it('reads a commute radius the candidate is outside as location', () => {
    const r = read('Hi Ben,\n\nThanks for the chat. Our on-call crew need to live within 10 minutes of the station, and your address is about half an hour away, so I cannot take your application forward.\n\nWatch Manager', 'On-call firefighter');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['location']);
  });

  it('does not read the station\'s own distance from town as location', () => {
    const r = read('Hi Ben,\n\nThanks for the chat. Our station sits within 10 minutes of the town centre. We have decided to go with other candidates on this occasion.\n\nWatch Manager', 'On-call firefighter');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('location');
  });

  it('reads "can only cast Bristol-based actors" as location', () => {
    const r = read('Hi Zara, the producers can only cast Bristol-based actors for this one as there is no travel budget, so sadly we can\'t put you forward. Sorry! Fran', 'Nell');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['location']);
  });

  it('reads a step the route needs passed as a skills gap', () => {
    const r = read('Hi Ross,\n\nThanks for your time on the phone. The scheme needs applicants to have passed the bar course before the October intake, and as you sit it next summer I cannot put you forward this year.\n\nLegal Recruitment', 'Trainee scheme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read an application form to be completed as a skills gap', () => {
    const r = read('Hi Ross,\n\nThank you for your application. We expected all candidates to have completed the online questionnaire before the closing date, and thank you for doing so. I am sorry to say we have decided to move forward with other candidates.\n\nLegal Recruitment', 'Trainee scheme');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads an expired certificate as a skills gap', () => {
    const r = read('Hi Amara, the hospital can only book nurses with a valid PILS certificate for these shifts, and yours lapsed in June, so I can\'t submit you this week. Tom, Harbour Staffing', 'Shifts');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('reads "you haven\'t yet worked with" a named thing as a skills gap', () => {
    const r = read('Hi Idris,\n\nThanks for the call. I don\'t think I can offer you the position: the project needs someone to run the mass spectrometry work from day one, and you haven\'t yet worked with proteomics data.\n\nDr Vos', 'Postdoc');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['skills_gap']);
  });

  it('does not read "you haven\'t yet worked with us" as a skills gap', () => {
    const r = read('Hi Idris,\n\nThanks for the call. I know you haven\'t yet worked with us, and we enjoyed hearing about your work, but we have decided to go with other candidates.\n\nDr Vos', 'Postdoc');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('skills_gap');
  });

  it('reads the current post-holder appointed as an internal candidate', () => {
    const r = read('Dear Mr Achebe,\n\nThank you for your trial with the orchestra. The committee has recommended the appointment of our current Co-Principal Viola to the post.\n\nAdministration', 'Principal Viola');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['internal_candidate']);
  });

  it('does not read an appointment to the current vacancy as an internal candidate', () => {
    const r = read('Dear Mr Achebe,\n\nThank you for your trial with the orchestra. The committee has made an appointment to the current vacancy and I am sorry it is not you.\n\nAdministration', 'Principal Viola');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('internal_candidate');
  });

  it('reads a cancelled tour as the role closed', () => {
    const r = read('Dear all,\n\nThe producers have decided to cancel the autumn tour, so we will not be holding auditions and your submission has been withdrawn. We are very sorry.\n\nRiver Casting', 'Autumn tour');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['role_closed']);
  });

  it('does not read a tour going ahead as the role closed', () => {
    const r = read('Dear Sam,\n\nThe autumn tour is going ahead as planned, but I am sorry to say the director has chosen other actors for the company.\n\nRiver Casting', 'Autumn tour');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).not.toContain('role_closed');
  });

  it('reads a timed test not finished in the required time as the test\'s result', () => {
    const r = read('Dear Jo,\n\nThank you for taking part in the fitness test. Unfortunately you were unable to complete the shuttle run within the required time, so you will not move on to the next stage.\n\nRecruitment Team', 'Fitness test');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['assessment']);
  });
});

describe('offers and open doors in a field\'s own words', () => {
  it('reads feedback offered "if it would be helpful" with a request to write as an offer', () => {
    const r = read('Dear Mr Grant,\n\nThank you for attending a first-round interview. The Committee has not invited you to the second round. If it would be helpful to receive feedback, please write to me and I will ask the panel.\n\nPupillage Secretary', 'Pupillage');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read feedback refused as an offer', () => {
    const r = read('Dear Mr Grant,\n\nThank you for attending a first-round interview. The Committee has not invited you to the second round. We are unable to receive requests for feedback this year.\n\nPupillage Secretary', 'Pupillage');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads the candidate\'s report to be discussed on request as an offer', () => {
    const r = read('Officer Cadet Shah,\n\nFollowing the board, I regret to inform you that you have not been selected. Your recruiter will be happy to discuss your board report with you if you wish.\n\nOfficer Recruitment', 'Board result');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a report that cannot be discussed as an offer', () => {
    const r = read('Officer Cadet Shah,\n\nFollowing the board, I regret to inform you that you have not been selected. We are not able to discuss your board report.\n\nOfficer Recruitment', 'Board result');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "happy to share a bit more if helpful" as an offer', () => {
    const r = read('Dear Kofi,\n\nThanks for speaking with me on Monday. We won\'t be taking your application to the panel this time. Happy to share a bit more if helpful - just reply.\n\nPerformance Department', 'Analyst role');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read the candidate\'s own "happy to share more" about their work as an offer', () => {
    const r = read('Hi Dana,\n\nThank you for the interview yesterday. I forgot to mention that I also ran the warehouse move at my current job - I\'d be happy to share more if helpful.\n\nBest,\nKofi', 'Thank you');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "we\'d love to see you for future projects" as a door left open', () => {
    const r = read('Hi Ana,\n\nThanks for coming in on Monday. The director has gone another way for Rosa this time. We\'d love to see you for future projects, so keep us posted.\n\nBest,\nCasting Associate', 'Rosa');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door shut in the same words as a door left open', () => {
    const r = read('Hi Ana,\n\nThanks for coming in on Monday. The director has gone another way for Rosa this time. We will not be able to see you for future projects with this company.\n\nBest,\nCasting Associate', 'Rosa');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "you may re-attend the Board" as a door left open', () => {
    const r = read('Dear Candidate,\n\nYou attended the Officer Selection Board last week. The Board has assessed you as not suitable for officer training at this time. You may re-attend the Board after 12 months.\n\nSecretariat', 'Board outcome');
    expect(r.doorOpen).toBe(true);
  });
});

describe('specific feedback on the parts of a test, and look-alikes that decline nothing', () => {
  it('reads named sections of a paper told below the bar as feedback', () => {
    const r = read('Dear Ola,\n\nThank you for sitting the written test for our trainee scheme. I am sorry to say your mark did not reach the threshold for the interview day: the headline-writing section and the data task were below what we need.\n\nEditor, Talent', 'Written test result');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a score below the threshold alone as feedback', () => {
    const r = read('Dear Ola,\n\nThank you for sitting the written test for our trainee scheme. I am sorry to say your score was below the threshold for the interview day.\n\nEditor, Talent', 'Written test result');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads what the assessors noted the candidate struggled with as feedback', () => {
    const r = read('Hi Sam,\n\nThank you for the simulator assessment. I am sorry to tell you that you did not meet the standard for the programme: the assessors noted difficulty maintaining speed on the final approach.\n\nPilot Selection', 'Simulator assessment');
    expect(r.feedback).toBe(true);
  });

  it('reads a recording with several named problems as feedback', () => {
    const r = read('Dear applicant,\n\nThank you for your recording for the video prescreening. Unfortunately the jury will not invite you to the live round: your recording of the Mozart concerto had several tuning problems in the slow movement.\n\nOrchestra Office', 'Prescreening result');
    expect(r.stage).toBe('assessment');
    expect(r.feedback).toBe(true);
  });

  it('does not read a results date with "unable to give out information about outcomes" as a decline', () => {
    const r = read('Dear Applicant,\n\nThank you for attending interview. Offers will be released on 3 April via the portal. Unfortunately we are unable to give out any information about outcomes before that date.\n\nRecruitment Office', 'Offers - release date');
    expect(r.kind).toBe('other');
  });

  it('still reads a decline given beside a results date as a decline', () => {
    const r = read('Dear Applicant,\n\nThank you for attending interview. Unfortunately you have not been successful on this occasion and will not receive an offer on 3 April.\n\nRecruitment Office', 'Interview outcome');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a friend\'s forwarded decline ("Ali got it yesterday") as the reader\'s own', () => {
    const r = read('Hi Jo,\n\nCan you read this and tell me whether he should ask for feedback? Ali got it yesterday and he is gutted.\n\n---------- Forwarded message ----------\n> Dear Ali,\n> Thank you for attending the interview. I am sorry to let you know that you have been unsuccessful on this occasion.\n> Pupillage Committee\n\nthanks,\nSam', 'Fwd: Pupillage');
    expect(r.kind).toBe('other');
  });

  it('does not read an audition invitation that cannot offer other times as a decline', () => {
    const r = read('Dear Rhys,\n\nThank you for your submission. We are delighted to invite you to audition for the role of Tom.\n\nDate: Tuesday 3 March\nTime: 14:20\n\nPlease prepare the attached sides. Unfortunately we are not able to offer alternative times, so please confirm your attendance by Thursday.\n\nBest,\nKit, Ashdown Casting', 'AUDITION - Tom');
    expect(r.kind).not.toBe('rejection');
  });

  it('still reads a decline that asks to confirm receipt as a decline', () => {
    const r = read('Dear Rhys,\n\nThank you for your submission for the role of Tom. Unfortunately we are not able to offer you an audition on this occasion. Please confirm receipt of this email.\n\nBest,\nKit, Ashdown Casting', 'Tom');
    expect(r.kind).toBe('rejection');
  });
});
