/**
 * Reasons told in an institution's words — merit lists, pass marks, essential criteria, eligibility windows, appointments
 * made by a panel — and in a campus recruiter's (GPA cut-offs, a pay figure named): messages written for this test (not
 * taken from any corpus part), each beside a message in nearby words that must still read the other way. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const reasons = (text: string, subject?: string) => readMessage({ text, subject }, null).reasons;

describe('a place on the merit list not reached', () => {
  it('reads "you were not ranked highly enough to be offered one of the posts" as profile_mismatch', () => {
    expect(reasons('Dear Ms Farrelly,\n\nThank you for attending interview for Executive Officer (Ref EO-331). Although the board found you suitable, you were not ranked highly enough to be offered one of the two posts.\n\nRecruitment Unit', 'Interview outcome')).toContain('profile_mismatch');
  });

  it('does not read "you were not available early enough to be offered an interview slot" as profile_mismatch', () => {
    expect(reasons('Dear Ms Farrelly,\n\nThank you for applying for Executive Officer (Ref EO-331). Unfortunately the post has been withdrawn following a funding review, so no interviews will be held.\n\nRecruitment Unit', 'Application outcome')).not.toContain('profile_mismatch');
  });

  it('reads "your name does not figure in the final merit list" as profile_mismatch', () => {
    expect(reasons('Sir,\n\nWith reference to your candidature for the post of Junior Accounts Officer, it is informed that your name does not figure in the final merit list. Hence you have not been selected.\n\nDy. Manager (HR)', 'Result')).toContain('profile_mismatch');
  });

  it('reads "a number of candidates scored above you" as profile_mismatch', () => {
    expect(reasons('Hi Tomasz,\n\nThe final board has met. Your overall score was 3.1 and several candidates scored above you, so we cannot make you an offer this year.\n\nGraduate Team', 'Board outcome')).toContain('profile_mismatch');
  });

  it('reads "your overall score placed you below the candidates we can offer to" as profile_mismatch, not assessment', () => {
    const got = reasons('Dear Ines,\n\nThanks for attending our assessment centre. Your overall score across the day placed you below the candidates to whom we can make offers, so we are unable to offer you a place.\n\nEarly Careers', 'Assessment centre outcome');
    expect(got).toContain('profile_mismatch');
    expect(got).not.toContain('assessment');
  });

  it('still reads "your overall score was below the pass mark" as assessment', () => {
    expect(reasons('Dear Ines,\n\nThanks for completing the numerical test. Your overall score was below the pass mark, so we are unable to take your application further.\n\nEarly Careers', 'Test outcome')).toContain('assessment');
  });

  it('reads "other applicants provided stronger examples against the criteria" as profile_mismatch', () => {
    expect(reasons('Good morning,\n\nThe panel has assessed all applications for the Senior Project Officer vacancy. I regret to advise you have not been shortlisted. The panel considered that other applicants gave stronger examples against the selection criteria.\n\nPeople Branch', 'Shortlisting outcome')).toContain('profile_mismatch');
  });

  it('does not read "other applicants provided stronger examples in the written test" as profile_mismatch', () => {
    expect(reasons('Good morning,\n\nThe panel has marked the written test for the Senior Project Officer vacancy. I regret to advise you have not been shortlisted, as other applicants gave stronger examples in the written test.\n\nPeople Branch', 'Test outcome')).not.toContain('profile_mismatch');
  });
});

describe('the criteria, the papers and what they did not show', () => {
  it('reads "your application did not show one full year of specialised experience" as skills_gap', () => {
    expect(reasons('Dear Mr Levesque,\n\nAfter review you were found not qualified. Your application did not show one full year of specialised experience in grants administration at the next lower grade.\n\nStaffing Unit', 'Application status')).toContain('skills_gap');
  });

  it('does not read "your application did not show a phone number" as skills_gap', () => {
    expect(reasons('Dear Mr Levesque,\n\nYour application did not show a phone number, but that made no difference: the post has been filled by another applicant.\n\nStaffing Unit', 'Application status')).not.toContain('skills_gap');
  });

  it('reads "you do not meet the following essential qualification:" as skills_gap', () => {
    expect(reasons('Hello Ms Okonjo,\n\nYou have been screened out of this process because your application did not show that you meet the following essential qualification:\n\nED1 - Experience in delivering training to adult learners.\n\nStaffing Services', 'Process 26-771')).toContain('skills_gap');
  });

  it('reads "did not demonstrate how you meet the essential criteria" as profile_mismatch, not skills_gap', () => {
    const got = reasons('Dear Callum,\n\nThe panel reviewed all applications against the person specification. Unfortunately your application did not demonstrate how you meet the essential criteria, so we will not be taking it further.\n\nResourcing', 'Your application');
    expect(got).toContain('profile_mismatch');
    expect(got).not.toContain('skills_gap');
  });

  it('reads "the essential criterion of post-qualification experience in X was not evidenced" as skills_gap', () => {
    expect(reasons('Dear Aoife,\n\nYou have not been shortlisted. The panel noted that the essential criterion of post-qualification experience in paediatric audiology was not evidenced in your statement.\n\nRecruitment', 'Shortlisting')).toContain('skills_gap');
  });

  it('does not read "other applicants met the essential criteria more fully" with nothing named as skills_gap', () => {
    expect(reasons('Dear Aoife,\n\nYou have not been shortlisted, as the panel found that other applicants met the essential criteria more fully.\n\nRecruitment', 'Shortlisting')).not.toContain('skills_gap');
  });

  it('reads "your knowledge of X, which is an essential part of the duties, was not at the level required" as skills_gap', () => {
    expect(reasons('Dear Candidate 204,\n\nThe Board did not recommend you for appointment. In its view your knowledge of groundwater contamination modelling, which is an essential part of the duties, was not at the level required.\n\nSecretary', 'Board result')).toContain('skills_gap');
  });

  it('does not read "your knowledge of X was excellent" beside a filled post as skills_gap', () => {
    expect(reasons('Dear Candidate 204,\n\nThe Board was impressed that your knowledge of groundwater contamination modelling, which came up in every answer, was excellent. The post has however been filled by another candidate.\n\nSecretary', 'Board result')).not.toContain('skills_gap');
  });

  it('reads "candidates who do not hold GCSE maths at grade 4" as skills_gap', () => {
    expect(reasons('Dear Applicant,\n\nYour application for Police Community Support Officer has been unsuccessful, as we cannot accept applications from candidates who do not hold GCSE maths at grade 4 or above.\n\nRecruitment', 'Application outcome')).toContain('skills_gap');
  });

  it('does not read "candidates who do not hold a visa" as skills_gap', () => {
    expect(reasons('Dear Applicant,\n\nYour application has been unsuccessful, as we cannot accept applications from candidates who do not hold a visa allowing them to work here.\n\nRecruitment', 'Application outcome')).not.toContain('skills_gap');
  });

  it('reads "the GPA you provided does not meet this requirement" as skills_gap', () => {
    expect(reasons('Hi Dana,\n\nOur analyst program requires a minimum GPA of 3.3. The GPA you provided does not meet this requirement, so your application will not move forward.\n\nCampus Recruiting', 'Your application')).toContain('skills_gap');
  });

  it('does not read "the GPA you provided was strong" beside a full class as skills_gap', () => {
    expect(reasons('Hi Dana,\n\nThe GPA you provided was strong, but our analyst class is now full, so your application will not move forward.\n\nCampus Recruiting', 'Your application')).not.toContain('skills_gap');
  });

  it('reads "you did not yet have enough exposure to X" as skills_gap', () => {
    expect(reasons('Dear Sam,\n\nWe have decided not to extend an offer. The panel felt you did not yet have enough exposure to running night shifts on a packing line.\n\nPlant HR', 'Final interview')).toContain('skills_gap');
  });

  it('does not read "we did not have enough places to offer everyone" as skills_gap', () => {
    expect(reasons('Dear Sam,\n\nWe have decided not to extend an offer. We simply did not have enough places to offer everyone we met.\n\nPlant HR', 'Final interview')).not.toContain('skills_gap');
  });

  it('reads "these are not yet areas of strength for you" after a requirement as skills_gap', () => {
    expect(reasons('Dear Ana,\n\nThe role requires a working knowledge of PLC programming, and in the technical interview it was clear these are not yet areas of strength for you. We will not be proceeding.\n\nEngineering', 'Interview outcome')).toContain('skills_gap');
  });

  it('reads "your certificate isn\'t on the approved list" after a need as skills_gap', () => {
    expect(reasons('Hi Georgia,\n\nThe post needs someone who already holds an approved food hygiene certificate, and your certificate isn\'t on the approved list. Sorry we cannot take you forward.\n\nHR', 'Technician post')).toContain('skills_gap');
  });

  it('reads "someone with hands-on experience running X" given the post as skills_gap', () => {
    expect(reasons('Dear Yuki,\n\nI have decided to offer the position to someone with hands-on experience running a cryo-EM facility, as the project starts next month.\n\nProf. Lind', 'Postdoc')).toContain('skills_gap');
  });

  it('does not read "someone with experience in a similar role" given the post as skills_gap', () => {
    expect(reasons('Dear Yuki,\n\nI have decided to offer the position to someone with experience in a similar role.\n\nProf. Lind', 'Postdoc')).not.toContain('skills_gap');
  });
});

describe('the test and its pass rule', () => {
  it('reads "to pass, candidates must achieve an overall score of 60%" as assessment', () => {
    expect(reasons('Dear Mr Hale,\n\nThank you for attending the assessment day. I am sorry to tell you that you have not been successful. To pass, candidates must achieve an overall score of 60%. Your results were:\n\nOverall: 55%\n\nRecruitment', 'Assessment result')).toContain('assessment');
  });

  it('does not read "candidates must achieve a 2:1 degree to be considered" as assessment', () => {
    expect(reasons('Dear Mr Hale,\n\nThank you for applying. I am sorry to tell you that you have not been successful. Candidates must achieve a 2:1 degree to be considered for the scheme.\n\nRecruitment', 'Application result')).not.toContain('assessment');
  });

  it('reads "qualifying marks were 40; you have secured 33" as assessment', () => {
    expect(reasons('Sir,\n\nWith reference to the written test for the post of Field Officer, you have not qualified for interview. Qualifying marks for your category were 40 out of 100 and you have secured 33.\n\nAdministrative Officer', 'Result of written test')).toContain('assessment');
  });

  it('reads "you have not cleared the cut-off" as assessment, and "did not clearly demonstrate" not', () => {
    expect(reasons('Dear Rhea,\n\nThank you for taking the online test. You have not cleared the cut-off for the next round.\n\nCampus Team', 'Online test')).toContain('assessment');
    expect(reasons('Dear Rhea,\n\nYour application did not clearly demonstrate that you meet the following essential qualification: experience supervising a team.\n\nCampus Team', 'Application')).not.toContain('assessment');
  });
});

describe('posts filled by a panel, from inside, or closed', () => {
  it('reads "the committee recommended the appointment of another candidate" as position_filled', () => {
    expect(reasons('Dear Dr Musa,\n\nAfter careful consideration the committee recommended the appointment of another candidate.\n\nMedical Staffing', 'Consultant post')).toContain('position_filled');
  });

  it('reads "has recommended another candidate for appointment, who has accepted" as position_filled', () => {
    expect(reasons('Dear Dr Musa,\n\nThe board has recommended another candidate for appointment, who has accepted.\n\nCampaign Manager', 'Director post')).toContain('position_filled');
  });

  it('reads "the panel has now made an appointment" as position_filled', () => {
    expect(reasons('Dear Mr Pryce,\n\nThank you for coming in to teach a lesson on Tuesday. The panel has now made an appointment and I am sorry to say you have not been successful.\n\nHeadteacher', 'Teacher of History')).toContain('position_filled');
  });

  it('does not read "we have now made an appointment for you with the panel" as position_filled', () => {
    expect(reasons('Dear Mr Pryce,\n\nWe have now made an appointment for you with the panel on Tuesday, but I am sorry to say the post has since been withdrawn.\n\nHeadteacher', 'Teacher of History')).not.toContain('position_filled');
  });

  it('reads "offers of appointment have been issued to the selected candidates" as position_filled', () => {
    expect(reasons('Dear Applicant,\n\nYou have not been selected for the post of Assistant Engineer. Offers of appointment have been issued to the selected candidates.\n\nRecruitment Cell', 'Selection result')).toContain('position_filled');
  });

  it('reads "decided to make an internal appointment" as internal_candidate', () => {
    expect(reasons('Dear Applicant,\n\nThe Governors have decided to make an internal appointment to this post, and shortlisting of external candidates will not proceed.\n\nClerk to the Governors', 'Head of Year')).toContain('internal_candidate');
  });

  it('reads "appointed from within the existing staff" as internal_candidate', () => {
    expect(reasons('Dear Applicant,\n\nThe post of Bursar will be filled from within the existing staff, so we will not be shortlisting.\n\nClerk to the Governors', 'Bursar')).toContain('internal_candidate');
  });

  it('reads "has been closed and will not be filled" as role_closed', () => {
    expect(reasons('Dear Kai,\n\nThe position of Packaging Technician (Req. 4471) has been closed and will not be filled at this time. Consequently we will not be moving forward with your application.\n\nTalent Acquisition', 'Your application')).toContain('role_closed');
  });

  it('reads "the position has been cut" and "cancelled … any applications for it" as role_closed', () => {
    expect(reasons('Hi Ngozi,\n\nThanks for applying for the payroll clerk role. The position has been cut in a cost review, so we will not be recruiting for it after all.\n\nOla', 'Payroll clerk')).toContain('role_closed');
    expect(reasons('Hi Felipe,\n\nThe Picker role has been cancelled as the site is closing its weekend shift, so we won\'t be moving forward with any applications for it.\n\nRecruiting', 'Picker role')).toContain('role_closed');
  });

  it('does not read "applications for this role have been closed" beside a filled post as role_closed', () => {
    expect(reasons('Hi Felipe,\n\nThe Picker role has been filled by another applicant, and applications for this role have been closed.\n\nRecruiting', 'Picker role')).not.toContain('role_closed');
  });

  it('does not read thanks for patience during a pause in the process as role_closed', () => {
    expect(reasons('Dear Kai,\n\nAfter the online assessment we will not be inviting you to interview. Thank you for your patience during the pause in our process this autumn.\n\nTalent Acquisition', 'Your application')).not.toContain('role_closed');
  });

  it('still reads "we have paused the process for this role" as role_closed', () => {
    expect(reasons('Dear Kai,\n\nWe have paused the process for this role after a budget review and will not be moving forward with any candidates.\n\nTalent Acquisition', 'Your application')).toContain('role_closed');
  });
});

describe('eligibility told as who may apply', () => {
  it('reads "this process is open only to employees of the Atlantic Region" as location', () => {
    expect(reasons('Hello Maya,\n\nYour application was not retained. This process is open only to employees of the Atlantic Region, and your profile shows your position in Regina.\n\nStaffing', 'Process 26-ATL-12')).toContain('location');
  });

  it('does not read "open to all employees for questions" as location', () => {
    expect(reasons('Hello Maya,\n\nYour application was not retained, as other applicants were a closer match to the role. Our help desk is open to employees and applicants alike.\n\nStaffing', 'Process 26-ATL-12')).not.toContain('location');
  });

  it('reads "you fall outside the eligibility window" as location', () => {
    expect(reasons('Dear Lee,\n\nOur programme is for students graduating in 2026. As you graduated in 2024, you fall outside the eligibility window and we cannot consider your application.\n\nCampus Recruiting', 'Your application')).toContain('location');
  });

  it('reads "age exceeds the upper age limit" as location', () => {
    expect(reasons('Dear Candidate,\n\nYour application for the post of Assistant Manager has been rejected at scrutiny. Reason: age exceeds the upper age limit for the category.\n\nRecruitment Cell', 'Application rejected')).toContain('location');
  });

  it('reads "must be U.S. persons … you do not meet this requirement" as location alone', () => {
    const got = reasons('Dear Omar,\n\nThis program involves export-controlled data, so candidates must be U.S. citizens or permanent residents. Based on your application, you do not currently meet this requirement, and we are unable to continue with your candidacy.\n\nEarly Careers', 'Your application');
    expect(got).toContain('location');
    expect(got).not.toContain('profile_mismatch');
  });

  it('still reads a comparison with others beside the eligibility rule as profile_mismatch', () => {
    expect(reasons('Dear Omar,\n\nCandidates must be U.S. citizens or permanent residents for this program. The panel also found that other applicants were a closer match to the role.\n\nEarly Careers', 'Your application')).toContain('profile_mismatch');
  });

  it('reads "report in person at the school five days per week … you want remote" as location', () => {
    expect(reasons('Dear Ms Ito,\n\nDistrict policy requires that all aides report in person at the school five days per week. Since you are looking for a remote arrangement, we are unable to move forward.\n\nTalent Acquisition', 'Aide position')).toContain('location');
  });

  it('does not read "how we work right now" as location', () => {
    expect(reasons('hey Lou,\n\nwe don\'t think it\'s the right match for how we work right now, we think you\'d be happier somewhere with more structure.\n\nJess', 'ops role')).not.toContain('location');
  });
});

describe('the test result, the team, the pay', () => {
  it('reads "your results did not match the profile we are looking for" at the test as assessment alone', () => {
    const got = reasons('Hi Lou,\n\nThanks for completing the online assessment. After your assessment we cannot move your application forward: your results did not match the profile we are looking for in this role.\n\nEarly Careers', 'Assessment');
    expect(got).toContain('assessment');
    expect(got).not.toContain('profile_mismatch');
  });

  it('reads "another candidate whose background was a stronger fit for the team" as profile_mismatch, not culture_fit', () => {
    const got = reasons('Dear Lou,\n\nThank you for interviewing with us. We have decided to move forward with another candidate whose background was a stronger fit for the team at this time.\n\nHR', 'Analyst role');
    expect(got).toContain('profile_mismatch');
    expect(got).not.toContain('culture_fit');
  });

  it('reads "another candidate whose experience in X more closely matched our needs" as skills_gap', () => {
    expect(reasons('Dear Dr Lowe,\n\nThe committee recommended the appointment of another candidate whose experience in neonatal intensive care more closely matched the department\'s needs.\n\nMedical Staffing', 'Consultant post')).toContain('skills_gap');
  });

  it('does not read "another candidate whose experience more closely matched our needs" as skills_gap', () => {
    expect(reasons('Dear Dr Lowe,\n\nWe have decided to move forward with another candidate whose experience more closely matched our needs.\n\nMedical Staffing', 'Consultant post')).not.toContain('skills_gap');
  });

  it('reads "you\'re looking for something closer to £70k" as salary', () => {
    expect(reasons('Hi Ravi,\n\nThe salary for this post is fixed at £55,000 and I know you\'re looking for something closer to £70k, so I\'m going to leave it there.\n\nHanna', 'Head of Data')).toContain('salary');
  });

  it('reads "you\'re after around £48k, and the top we can stretch to is 41" as salary', () => {
    expect(reasons('Hi Mo,\n\nYou told me you\'re after around £48k, and the top we can stretch to is 41, so we\'ll leave it there for now.\n\nDeb', 'Site manager')).toContain('salary');
  });

  it('does not read "you are looking for around £48k" with nothing of the post\'s pay beside it as salary', () => {
    expect(reasons('Hi Mo,\n\nYou said you are looking for around £48k in your cover letter. We have decided to progress other applicants.\n\nDeb', 'Site manager')).not.toContain('salary');
  });

  it('does not read a post the sender is planning, "a better fit on pay", as profile_mismatch or skills_gap', () => {
    const got = reasons('Hi Ravi,\n\nThe salary for this post is fixed at £55,000 and I know you\'re looking for something closer to £70k, so I\'m going to leave it there. We\'re planning a director post next year which would be a better fit on pay.\n\nHanna', 'Head of Data');
    expect(got).not.toContain('profile_mismatch');
    expect(got).not.toContain('skills_gap');
  });

  it('does not read "it came down to her knowledge of our systems" beside an internal candidate as skills_gap', () => {
    const got = reasons('Hi Lou,\n\nWe\'ve decided to offer the role to an internal candidate who has been covering it since the summer. It came down to her knowledge of our systems and product lines.\n\nTamsin', 'Planner role');
    expect(got).toContain('internal_candidate');
    expect(got).not.toContain('skills_gap');
  });

  it('still reads "it came down to knowledge of SAP payroll" as skills_gap', () => {
    expect(reasons('Hi Lou,\n\nWe have gone with another candidate. It came down to knowledge of SAP payroll, which the team needs from day one.\n\nTamsin', 'Payroll role')).toContain('skills_gap');
  });

  it('reads a named civil-service eligibility not held as skills_gap', () => {
    expect(reasons('Dear Mr. Reyes,\n\nYour application did not qualify for the next step because you do not possess the required Civil Service Professional eligibility.\n\nCity HR Office', 'Administrative Aide')).toContain('skills_gap');
  });
});
