/**
 * Scores and named criteria told to the candidate, the result offered for discussion, reserve lists and pools kept for later
 * vacancies: messages written for this test (not taken from any corpus part), each beside a message in nearby words that must
 * still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('specific feedback in scores and named criteria', () => {
  it('reads a list of the candidate\'s scores announced with a colon as feedback', () => {
    const r = read('Dear Ms Okafor,\n\nThank you for your application for the Records Officer post. The sift is complete and I am sorry to tell you that you have not been shortlisted.\n\nYour sift marks were:\nTeamwork: 3\nCommunication: 2\nOrganising work: 4\n\nRegards,\nCounty Hall Recruitment', 'Records Officer - sift result');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a promise that scores will be sent later as feedback', () => {
    const r = read('Dear Ms Okafor,\n\nThank you for your application for the Records Officer post. The sift is complete and I am sorry to tell you that you have not been shortlisted. Your sift marks will be sent once the campaign closes.\n\nRegards,\nCounty Hall Recruitment', 'Records Officer - sift result');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads the candidate\'s scores given after the colon on the same line as feedback', () => {
    const r = read('Dear Mr Haddad,\n\nThank you for attending the assessment centre. I am sorry to say that you were not ranked within the number of posts available. Your scores were: Leadership 3/7, Working Together 4/7.\n\nYours sincerely,\nResourcing Team', 'Assessment centre outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(true);
  });

  it('does not read a colon followed by dates and times as the candidate\'s scores', () => {
    const r = read('Dear Mr Haddad,\n\nThank you for attending the assessment centre. I am sorry to say that you were not ranked within the number of posts available. Your results were sent from our system on: 14 May at 10:30.\n\nYours sincerely,\nResourcing Team', 'Assessment centre outcome');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads "the qualifying mark was 40; you have secured 33" as feedback', () => {
    const r = read('Sir,\n\nWith reference to the screening test held on 02-08-2026 for the post of Junior Assistant, it is to inform you that you have not qualified for the skill test. The qualifying mark for your category was 40 out of 80; you have secured 33.\n\nAdministrative Officer', 'Result of screening test');
    expect(r.feedback).toBe(true);
  });

  it('does not read "you have not qualified for the skill test" alone as feedback', () => {
    const r = read('Sir,\n\nWith reference to the screening test held on 02-08-2026 for the post of Junior Assistant, it is to inform you that you have not qualified for the skill test.\n\nAdministrative Officer', 'Result of screening test');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads a shortfall on "the following criterion" as feedback', () => {
    const r = read('Dear Mr Laval,\n\nThe board has assessed your written answers. You did not meet the pass mark for the following criterion: "Knowledge of procurement regulations". You will therefore not be considered further in this process.\n\nStaffing Services', 'Selection process 26-PW-114');
    expect(r.feedback).toBe(true);
  });

  it('does not read "the following criteria" in a description of the next step as feedback', () => {
    const r = read('Dear Mr Laval,\n\nThe next step is a written exam covering the following criteria: knowledge of procurement regulations and judgement. Please book a session by Friday.\n\nStaffing Services', 'Selection process 26-PW-114');
    expect(r.feedback).toBe(false);
  });

  it('reads "the essential criterion of experience with X was not evidenced" as feedback', () => {
    const r = read('Dear Sunita,\n\nThank you for applying for the Band 5 Dietitian post. The panel noted that the essential criterion of experience with enteral feeding in adults was not evidenced in your statement, so I\'m afraid you have not been shortlisted.\n\nKind regards,\nRecruitment', 'Band 5 Dietitian');
    expect(r.feedback).toBe(true);
  });

  it('does not read "the essential criteria were not evidenced" with nothing named as feedback by this rule', () => {
    const r = read('Dear Sunita,\n\nThank you for applying for the Band 5 Dietitian post. I\'m afraid you have not been shortlisted on this occasion.\n\nKind regards,\nRecruitment', 'Band 5 Dietitian');
    expect(r.feedback).toBe(false);
  });

  it('reads "you do not possess the required Level 3 childcare qualification" as feedback', () => {
    const r = read('Dear Applicant, we regret that your application for Nursery Practitioner was not successful because you do not possess the required Level 3 childcare qualification. Regards, HR', 'Nursery Practitioner');
    expect(r.feedback).toBe(true);
  });

  it('does not read "you possess the required Level 3 childcare qualification" in an invitation as feedback', () => {
    const r = read('Dear Applicant, thank you for confirming that you possess the required Level 3 childcare qualification. We would like to invite you to interview on Monday at 10am. Regards, HR', 'Nursery Practitioner');
    expect(r.feedback).toBe(false);
  });

  it('reads "no such certificate was listed on your application" as feedback', () => {
    const r = read('Dear Applicant, the role of Food Handler requires a Level 2 food hygiene certificate. No such certificate was listed on your application, so we are unable to take it further. Regards, Kitchen Team', 'Food Handler');
    expect(r.feedback).toBe(true);
  });

  it('does not read "your certificate was listed on your application" in an acknowledgement as feedback', () => {
    const r = read('Dear Applicant, thank you for applying for Food Handler. Your food hygiene certificate was listed on your application and we will be in touch about an interview. Regards, Kitchen Team', 'Food Handler');
    expect(r.feedback).toBe(false);
  });

  it('reads "since you mentioned you are looking for a part-time role" as feedback', () => {
    const r = read('Hi Devon, thanks for talking with the team. The desk needs someone full time, and since you mentioned you are looking for a part-time arrangement, we won\'t be moving forward. All the best, Rhea', 'Re: Sports reporter');
    expect(r.feedback).toBe(true);
  });

  it('does not read "you mentioned you are interested in the desk" as feedback', () => {
    const r = read('Hi Devon, thanks for talking with the team. Unfortunately we won\'t be moving forward with your application. All the best, Rhea', 'Re: Sports reporter');
    expect(r.feedback).toBe(false);
  });

  it('reads "the grade average you provided does not meet this requirement" as feedback', () => {
    const r = read('Hello Mia, this internship requires a minimum grade average of B+. The grade average you provided does not meet this requirement, so your application will not be advanced. Campus Team', 'Summer internship');
    expect(r.feedback).toBe(true);
  });

  it('does not read "the documents you provided have been received" as feedback', () => {
    const r = read('Hello Mia, the documents you provided have been received. Unfortunately your application will not be advanced this season. Campus Team', 'Summer internship');
    expect(r.feedback).toBe(false);
  });

  it('reads "your score on the Excel section was below the cut-off" as feedback', () => {
    const r = read('Hi Omar, thanks for taking our skills test. Your score on the Excel modelling section was below the cut-off we use, so we will not be progressing your application. Regards, Talent Team', 'Skills test result');
    expect(r.feedback).toBe(true);
  });

  it('does not read "your score on the test" with no part named as feedback by this rule', () => {
    const r = read('Hi Omar, thanks for taking our skills test. Unfortunately we will not be progressing your application. Regards, Talent Team', 'Skills test result');
    expect(r.feedback).toBe(false);
  });

  it('reads "these are not yet areas of strength for you" as feedback', () => {
    const r = read('Dear Kai, the role needs confident use of Revit and fire-strategy drawings, and in the technical interview it became clear that these are not yet areas of strength for you. We will not be proceeding. Regards, Studio Manager', 'Architectural technician');
    expect(r.feedback).toBe(true);
  });

  it('does not read "these are clearly areas of strength for you" in an offer as feedback', () => {
    const r = read('Dear Kai, Revit and fire-strategy drawings are clearly areas of strength for you, and we are delighted to offer you the position. Regards, Studio Manager', 'Architectural technician');
    expect(r.feedback).toBe(false);
  });

  it('reads "you did not yet have enough exposure to managing contractors" as feedback', () => {
    const r = read('Dear Lena, after the final interviews the panel felt that you did not yet have enough exposure to managing contractors on live sites, so we will not be making you an offer. Best, HR', 'Site engineer');
    expect(r.feedback).toBe(true);
  });

  it('does not read "you did not have enough time" as feedback', () => {
    const r = read('Dear Lena, we are sorry you did not have enough time to complete the application form before the closing date, and we are unable to accept it. Best, HR', 'Site engineer');
    expect(r.feedback).toBe(false);
  });

  it('reads "the area in which the appointed candidate scored higher was fundraising" as feedback', () => {
    const r = read('Dear Dr Mensah, the committee has appointed another candidate. The area in which the appointed candidate scored higher was experience of securing major research grants. Yours sincerely, Faculty Office', 'Senior Lecturer');
    expect(r.feedback).toBe(true);
  });

  it('does not read a plain appointment of another candidate as feedback', () => {
    const r = read('Dear Dr Mensah, the committee has appointed another candidate. Thank you for your interest. Yours sincerely, Faculty Office', 'Senior Lecturer');
    expect(r.feedback).toBe(false);
  });

  it('reads "your application indicates that you qualified in 2019" as feedback', () => {
    const r = read('Dear Ravi, the graduate intake is open to people who finished their degree in the last two years. Your application indicates that you graduated in 2019, so we are unable to consider it further. Regards, Early Careers', 'Graduate intake');
    expect(r.feedback).toBe(true);
  });

  it('does not read "your application has been received" as feedback', () => {
    const r = read('Dear Ravi, your application has been received. Unfortunately we are unable to consider it further this year. Regards, Early Careers', 'Graduate intake');
    expect(r.feedback).toBe(false);
  });

  it('reads "we offered the role to someone with hands-on experience running a cold store" as feedback', () => {
    const r = read('Hi Nadia, thanks for coming in. We have offered the role to someone with hands-on experience running a cold store, since the season starts next week. Cheers, Depot Manager', 'Re: Warehouse supervisor');
    expect(r.feedback).toBe(true);
  });

  it('does not read "we offered the role to someone with more relevant experience" as feedback', () => {
    const r = read('Hi Nadia, thanks for coming in. We have offered the role to someone with more relevant experience. Cheers, Depot Manager', 'Re: Warehouse supervisor');
    expect(r.feedback).toBe(false);
  });

  it('reads "another candidate whose experience in adult safeguarding more closely matched" as feedback', () => {
    const r = read('Dear Mr Ojo, after interview the panel recommended another candidate whose experience in adult safeguarding more closely matched the needs of the service. Yours sincerely, HR', 'Social worker');
    expect(r.feedback).toBe(true);
  });

  it('does not read "another candidate whose experience more closely matched" as feedback', () => {
    const r = read('Dear Mr Ojo, after interview the panel recommended another candidate whose experience more closely matched the needs of the service. Yours sincerely, HR', 'Social worker');
    expect(r.feedback).toBe(false);
  });

  it('reads "your diploma is not on the accredited list" as feedback', () => {
    const r = read('Hi Grace, following our call: the post needs a qualification the council accepts, and your diploma is not on the accredited list, so we cannot take you forward. Kind regards, HR', 'Building control surveyor');
    expect(r.feedback).toBe(true);
  });

  it('does not read "your diploma is on the accredited list" in an invitation as feedback', () => {
    const r = read('Hi Grace, following our call: your diploma is on the accredited list, so we would like to invite you to interview next Tuesday. Kind regards, HR', 'Building control surveyor');
    expect(r.feedback).toBe(false);
  });

  it('reads "the introduction ran long, which left little time for the practical" as feedback', () => {
    const r = read('Dear Owen, thank you for the teaching session. I am sorry we will not be offering you the post: the introduction ran for a long time, which left very little time for the practical. Regards, Head of Science', 'Science teacher');
    expect(r.feedback).toBe(true);
  });

  it('does not read "the interview ran late, which left little time for your questions" as feedback', () => {
    const r = read('Dear Owen, I am sorry we will not be offering you the post. I apologise that the interview ran late, which left very little time for your questions. Regards, Head of Science', 'Science teacher');
    expect(r.feedback).toBe(false);
  });

  it('does not read an offer of feedback on the candidate\'s performance as feedback', () => {
    const r = read('Dear Ms Lund, all places on the programme are now filled. If you wish a feedback on your performance in the group exercise, please contact me and we can arrange a short call. Regards, HR', 'Assessment day');
    expect(r.feedback).toBe(false);
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "where you scored lower was on knowledge of the billing system" as feedback', () => {
    const r = read('Dear Ines, you were not the successful candidate. Where you scored lower was on knowledge of our billing system, which the post uses daily. Human Resources', 'Interview outcome');
    expect(r.feedback).toBe(true);
  });

  it('does not read "where you can see the scoring guide" as feedback', () => {
    const r = read('Dear Ines, you were not the successful candidate on this occasion. The recruitment page is where you can see the general scoring guide. Human Resources', 'Interview outcome');
    expect(r.feedback).toBe(false);
  });

  it('reads "we have not been able to identify this in your application" after a named requirement as feedback', () => {
    const r = read('Dear Paolo, this role requires a current HGV Class 1 licence. Unfortunately we have not been able to identify this in your application, so we won\'t be taking it further. Recruitment', 'Driver');
    expect(r.feedback).toBe(true);
  });

  it('does not read "we were able to identify this in your application" beside a filled post as feedback', () => {
    const r = read('Dear Paolo, thank you for applying for the driver post. We were able to identify this in your application: your licence is current. However, the post has now been filled. Recruitment', 'Driver');
    expect(r.kind).toBe('rejection');
    expect(r.feedback).toBe(false);
  });

  it('reads "they preferred the other finalist\'s experience in grant writing" as feedback', () => {
    const r = read('Dear Cal, the trustees have appointed another candidate. They preferred the other finalist\'s experience in grant writing for arts councils. With best wishes, Chair', 'Development Officer');
    expect(r.feedback).toBe(true);
  });

  it('does not read "they preferred the other finalist\'s experience in the end" as feedback', () => {
    const r = read('Dear Cal, the trustees have appointed another candidate; they preferred the other finalist\'s experience in the end. With best wishes, Chair', 'Development Officer');
    expect(r.feedback).toBe(false);
  });

  it('reads "you\'d need a lot of ramp-up on Kubernetes" as feedback', () => {
    const r = read('Hi Sol, thanks for the call. We won\'t be taking this further: the role is mostly platform work and you\'d need a lot of ramp-up on Kubernetes before you could run it alone. Cheers, Recruiting', 'Re: Platform engineer');
    expect(r.feedback).toBe(true);
  });

  it('does not read "you\'d need a lot of support on your first day" in an offer as feedback', () => {
    const r = read('Hi Sol, great news: we would like to offer you the platform engineer role. Don\'t worry, nobody expects you to know everything and you\'d need a lot of support on your first day anyway. Cheers, Recruiting', 'Re: Platform engineer');
    expect(r.feedback).toBe(false);
  });
});

describe('feedback offered on the result', () => {
  it('reads "feedback on interview decisions can be requested within 28 days" as an offer', () => {
    const r = read('Dear Mr Byrne, I regret that you have not been successful following interview. Feedback on interview decisions can be requested from the panel chair within 28 days of this letter. Yours sincerely, HR', 'Interview outcome');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "feedback cannot be requested" as an offer', () => {
    const r = read('Dear Mr Byrne, I regret that you have not been successful following interview. Owing to the volume of candidates, feedback on interview decisions cannot be requested. Yours sincerely, HR', 'Interview outcome');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "you may request an informal discussion" as an offer', () => {
    const r = read('Dear Ms Roy, your application has been screened out of this selection process. You may request an informal discussion with the assessment board by writing to the mailbox within five working days. Staffing', 'Screening result');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "an informal discussion about the role before you apply" as an offer', () => {
    const r = read('Dear Ms Roy, unfortunately your application has been screened out of this selection process. Other roles are posted every week; you can book an informal discussion about a role before you apply. Staffing', 'Screening result');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "go through the questions you got wrong" as an offer', () => {
    const r = read('Hi Tom, you did not pass the driving theory section, so we cannot progress you. If you want to go through the questions you got wrong, just reply and we will set up a call. Cheers, Fleet Team', 'Driver assessment');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "happy to jump on a call" about questions on the offer as an offer of feedback', () => {
    const r = read('Hi Lee, a reminder that your offer for Junior Planner expires on Friday. If you have questions about the offer or start date, I am happy to jump on a call. Connie', 'Offer reminder');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you\'d like to hear what the group thought, I\'d be glad to share it" as an offer', () => {
    const r = read('Hi Jo, thanks for the afternoon with the ops group. We have decided to go with another candidate. If you\'d like to hear what the group thought, I\'d be glad to share it on a call. Best, Fi', 'Re: Ops coordinator');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read "you will hear what the group thought of the venue" in an invitation as an offer', () => {
    const r = read('Hi Jo, we would like to invite you to a second interview on Monday at 2pm with the ops group. Best, Fi', 'Re: Ops coordinator');
    expect(r.feedbackOffered).toBe(false);
  });

  it('does not read "go through the questions before the test" as an offer', () => {
    const r = read('Hi Tom, you did not pass the driving theory section, so we cannot progress you. The practice questions are on our website. Cheers, Fleet Team', 'Driver assessment');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('the door left open by reserve lists, pools and later posts', () => {
  it('reads "your name will remain on the reserve list for 12 months" as door open', () => {
    const r = read('Dear Mr Hale, the panel found you appointable but you were not ranked within the posts available. Your name will remain on the reserve list for twelve months. Yours sincerely, Panel Chair', 'Interview result');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "you have not been placed on the reserve list" as door open', () => {
    const r = read('Dear Mr Hale, the panel did not find you appointable and you have not been placed on the reserve list. Yours sincerely, Panel Chair', 'Interview result');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "your application will remain on the county\'s eligibility list" as door open', () => {
    const r = read('Thank you for the phone screen. You will not be advancing to the panel interview. Your application will, however, remain on the county\'s eligibility list for six months. Human Resources', 'Clerk II');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "you are eligible to apply again next year, and we hope you will" as door open', () => {
    const r = read('Dear Sam, we are unable to offer you a place on the graduate scheme this year. You are eligible to apply again in next year\'s campaign, and we hope you will. Best wishes, Scheme Team', 'Scheme outcome');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "you are not eligible to apply to the scheme again, we hope you understand" as door open', () => {
    const r = read('Dear Sam, we are unable to offer you a place on the graduate scheme. As you have already held a place on it, you are not eligible to apply to the scheme again, and we hope you understand. Best wishes, Scheme Team', 'Scheme outcome');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we\'d encourage you to take a look at those roles" as door open', () => {
    const r = read('Dear Ana, as you graduated before the eligibility window, we cannot consider you for the programme. We hire graduates into our analyst roles all year, and we\'d encourage you to take a look at those roles. Campus Recruiting', 'Programme application');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "we\'d encourage you to take a look at our privacy policy" as door open', () => {
    const r = read('Dear Ana, as you graduated before the eligibility window, we cannot consider you for the programme. We\'d encourage you to take a look at our privacy policy on the website. Campus Recruiting', 'Programme application');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we expect to advertise two posts later this year, and you would be a strong candidate" as door open', () => {
    const r = read('Dear Ruth, the board has recommended another candidate for appointment. We expect to advertise two analyst posts later this year, and the board felt you would be a strong candidate. Campaign Manager', 'Outcome');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "you would be a strong candidate" for this post alone as door open', () => {
    const r = read('Dear Ruth, the board felt you would be a strong candidate, but it has recommended another candidate for appointment. Campaign Manager', 'Outcome');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "please do look out for future posts with the Board" as door open', () => {
    const r = read('Dear Femi, thank you for attending interview. Unfortunately you were not appointed on this occasion. Please do look out for future posts with the Board. Yours sincerely, HR', 'Interview outcome');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "keep checking the portal for your results" as door open', () => {
    const r = read('Dear Femi, thank you for attending interview. Unfortunately you were not appointed on this occasion. Please keep checking the recruitment portal for your results letter. Yours sincerely, HR', 'Interview outcome');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "kindly keep watching our careers page" as door open', () => {
    const r = read('Dear Candidate, we regret that your profile has not been shortlisted for the QA Analyst post. Kindly keep watching our careers page. Regards, Talent Team', 'QA Analyst');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I\'d like to have you in mind when we open the new site" as door open', () => {
    const r = read('Hi Marta, it was close, but we have given the manager job to the other finalist. I\'d like to have you in mind when we open the new site in the autumn. Thanks, Ben', 'Re: Cafe manager');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "I don\'t have you in mind for anything else" as door open', () => {
    const r = read('Hi Marta, we have given the manager job to the other finalist, and to be honest I don\'t have you in mind for anything else when we open the new site. Thanks, Ben', 'Re: Cafe manager');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "if a shift lead opening comes up, I\'ll make sure you hear about it" as door open', () => {
    const r = read('Hi Arjun, we have decided not to go ahead with your application for the supervisor job. If a shift lead opening comes up at the Leeds depot, I\'ll make sure you hear about it. Best, Kay', 'Re: Supervisor');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "I\'ll make sure you hear about the decision" as door open', () => {
    const r = read('Hi Arjun, we have decided not to go ahead with your application for the supervisor job; the other candidates will hear on Friday, and I\'ll make sure you hear about the decision on the second post too. Best, Kay', 'Re: Supervisor');
    expect(r.doorOpen).toBe(false);
  });
});
