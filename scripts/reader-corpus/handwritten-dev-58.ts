/**
 * Development messages of the fifty-eighth round, never sealed: the public sector, institutions and template letters.
 * A hundred and twenty-one rejections, five paused processes and twelve look-alikes, each from a different employer,
 * written the way institutions write: federal-style notices of results ("rated qualified but not among the best
 * qualified"), civil-service sifts scored on behaviours, an Australian merit pool, an Indian public-sector bank's
 * recruitment cell, a Canadian screening-out on the essential qualifications, councils, police and fire services,
 * civilian posts in defence, hospital trusts ("not shortlisted on this occasion"), universities and their search
 * committees, schools and school districts, charities, museums and international organisations; and letters built from
 * published HR templates, some with their placeholders left in, in formal layout (reference numbers, "Re:", post
 * numbers, a named panel chair). Every stage told in the institution's words (the sift, shortlisting, the eligibility
 * screening, the written exercise, the panel, the selection centre); feedback on request within 28 days, refused for
 * volume, or given as scores per criterion; doors as reserve lists, merit pools and "apply for future vacancies".
 * Look-alikes: acknowledgements with reference numbers, invitations to a test or a panel, a reserve-list notice that
 * declines nothing, requests for documents, a conditional offer. British, American, Indian, Australian, Canadian, Irish
 * and second-language English; two lines to over four hundred words.
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): an application assessed against the
 * essential criteria and not shortlisted, nothing more, is `generic`; an application that "did not demonstrate" the
 * criteria or was outscored by those who "most closely met" them is `profile_mismatch`; a named criterion, or a named
 * behaviour scored below the sift's pass mark, is `skills_gap` with feedback (a sift scores the written application,
 * so it is no test: stage `application`); a merit list or ranking with the candidate below the line is a comparison
 * (`profile_mismatch`), and posts offered down the merit list are also `position_filled`; an internal appointment is
 * `internal_candidate` alone; citizenship, residency, domicile, a security-clearance nationality rule, an age limit and
 * a status-only (internal) area of selection are `location` (the LABELS.md reason for eligibility); a full-day
 * assessment or selection centre is `final`; a written exercise or online examination is `assessment`. A place on a
 * reserve list or in a pool the candidate may be offered from later opens the door. For development only: the rules
 * may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d58-');

export const HANDWRITTEN_DEV_58: readonly CorpusLine[] = [
  // ── National and federal civil services
  rej('application', ['profile_mismatch'], {},
    `Notice of Results

Announcement Number: BLM-OR-26-0417-MP
Position: Natural Resource Specialist, GS-0401-09
Location: Prineville, OR

Dear Applicant,

We have completed our review of the applications received for the announcement above. Based on your responses to the assessment questionnaire and the documents you provided, you were rated qualified for this position. However, you were not among the best qualified candidates whose names were referred to the selecting official.

You can view the status of your application at any time by signing in to your account.

This is an automated message sent on behalf of the Human Resources Office. Please do not reply.`, 'Notice of Results: Natural Resource Specialist, GS-0401-09'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Okafor,

Thank you for applying to announcement VA-26-EMK-11822, Supervisory Program Specialist, GS-0301-12.

After review, you were found NOT qualified for this position. Your application did not show one full year of specialized experience equivalent to the GS-11 grade level, specifically experience leading program evaluations and preparing budget justifications for a health care program. The experience described in your resume is at the GS-9 equivalent.

Your application will not receive further consideration under this announcement.

Human Resources Management Service
Consolidated Staffing Unit`, 'Application Status Update - VA-26-EMK-11822'),

  rej('application', ['location'], { ...fb },
    `Your application status for announcement DOI-MP-26-1190 has changed to: Not Referred – Ineligible.

Reason: This announcement is open to current or former competitive service federal employees only (merit promotion). Your application did not include an SF-50 or other documentation showing status eligibility, and you indicated in the questionnaire that you have not previously held a career or career-conditional appointment.

You may wish to review announcements open to the public ("U.S. Citizens") on the site.`, 'Application status update'),

  rej('application', ['generic'], {},
    `Dear Shreya Malhotra,

Application reference: 318874
Vacancy: Higher Executive Officer – Trade Analyst, Department for Overseas Commerce

Thank you for your application. We are sorry to let you know that following the sift your application has not been successful and will not progress to the next stage of the campaign.

Kind regards,
Government Recruitment Service

Please do not reply to this automated email. This mailbox is not monitored.`, 'Civil Service Jobs – update on application 318874'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Callum Reid,

Reference: 402117 – Senior Executive Officer, Digital Delivery Manager

Thank you for applying for this role. The vacancy holder has now completed the sift, which assessed the experience, behaviours and technical skills set out in the Success Profile using a 1–7 scale. The pass mark for each element at sift was 4.

Your scores were:
Experience (CV and personal statement): 4 – Moderate demonstration
Behaviour – Delivering at Pace: 5 – Good demonstration
Behaviour – Leadership: 3 – Minimal demonstration
Technical – Agile delivery: 4 – Moderate demonstration

As one or more of your scores fell below the pass mark, you have not been invited to interview on this occasion.

If you would like further feedback, please contact the vacancy holder through the mailbox listed in the advert within 28 days of this email.

Best wishes,
Resourcing Team`, 'Application 402117 – outcome of sift'),

  rej('interview', ['profile_mismatch', 'position_filled'], { ...fb, ...door },
    `Dear Ms Adeyemi,

Vacancy reference: 399560 – Grade 7 Policy Lead, Water Quality

Thank you for attending the interview on 3 March. I am writing to confirm that you met the required standard for the role but, as there were more successful candidates than posts available, you have not been offered a position at this time.

Your interview scores were as follows (pass mark 4 on each element):
Behaviour – Seeing the Big Picture: 5
Behaviour – Making Effective Decisions: 4
Strength-based questions (overall): 5
Presentation: 4

Candidates are ranked in merit order on their overall score, and yours was not high enough to be reached in the first round of offers. You have been placed on a reserve list for 12 months, and if a further vacancy at the same grade and location arises during that time you may be offered it without a further interview.

Yours sincerely,
Harriet Onslow
Vacancy Holder`, 'Grade 7 Policy Lead – interview outcome'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Campaign: Executive Officer – Operational Delivery (national)
Reference: 400031

Thank you for completing the online tests for this campaign. Unfortunately you did not achieve the required score in the Civil Service Judgement Test and we are therefore unable to progress your application.

Due to the very large number of candidates in this campaign we are not able to provide individual feedback.

Government Recruitment Service`, 'Your application – online test result'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Good afternoon,

Thank you for your interest in the APS 6 Senior Policy Officer vacancy with the Department of Regional Connectivity (Job ID 26/0843, Canberra).

The selection panel has completed its assessment of all applications against the key capabilities. I regret to advise that you have not been shortlisted for the next stage of the process. The panel considered that other applicants provided stronger examples against the capabilities sought. The panel also noted that you are not an Australian citizen and do not currently hold a permanent residency visa, and citizenship is a condition of engagement for this role as stated in the job information pack.

Thank you again for the time you took to apply.

Kind regards

Recruitment Team | People Branch
Department of Regional Connectivity`, 'Job ID 26/0843 – outcome of your application'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Dear Mr Tran,

RE: Selection outcome – APS Level 5 Project Officer, Merit Pool (Vacancy 2026/114)

Thank you for attending the panel interview and completing the work sample for the above process.

I am writing to let you know that, while you were assessed as suitable for the role, you were not ranked highly enough to be offered one of the current vacancies. The panel's recommendation identified a number of candidates who were assessed as more meritorious.

For transparency, the process involved an assessment of written applications against the key capabilities (stage one), a work sample test completed under supervised conditions (stage two), and a behavioural panel interview (stage three). Referee reports were obtained for candidates who progressed past stage three. Candidates were assessed against the APS 5 Integrated Leadership System capabilities: supports strategic direction, achieves results, supports productive working relationships, displays personal drive and integrity, and communicates with influence. The panel's final ranking was based on the evidence from all stages taken together, and the delegate has now approved the recommendation.

As a suitable candidate, your name has been placed in a merit pool which will remain valid for 18 months from the date the vacancy was advertised. During this period the Department, or another APS agency, may use the pool to fill similar ongoing or non-ongoing roles, and you may be contacted with an offer.

Should you wish to receive feedback on your application, please contact the panel chair, Ms Fiona Garrard, on 02 6123 4471.

If you are offered a role from the merit pool, you will be advised of the position, classification, location and whether it is ongoing or non-ongoing, and you may decline an offer without affecting your place in the pool for other roles. Please keep your contact details up to date in the recruitment system, as offers are usually made by email with a short time to respond.

Thank you again for your interest in working with the Department.

Yours sincerely

Fiona Garrard
Director, Program Assurance
Chair, Selection Panel`, 'Vacancy 2026/114 – selection outcome'),

  rej('application', ['generic'], {},
    `Not suitable – this outcome relates to: Assistant Director, Data Governance (EL1) – 26/1170.

Thank you for applying. You have not been progressed beyond the shortlisting stage of this process.

This is an automated notification from the APS Recruit system.`),

  rej('assessment', ['assessment'], { ...fb },
    `NOTICE

Recruitment of Probationary Officers (PO) – 2026-27
Registration No.: 26PO0418833
Roll No.: 2103417762
Name of the Candidate: NIKHIL RAGHUNATH PATIL

Dear Candidate,

This is to inform you that you have NOT QUALIFIED in the Online Main Examination for the above recruitment and hence you are not shortlisted for the Group Exercise and Interview.

Your marks in the Main Examination:
Reasoning & Computer Aptitude: 21.50 / 60
Data Analysis & Interpretation: 19.25 / 60
General/Economy/Banking Awareness: 16.75 / 40
English Language: 18.00 / 40
Total: 75.50 / 200

Cut-off for your category (GEN): 88.25

For further recruitment notifications please visit the "Careers" section of the Bank's website.

Chief General Manager (HR)
Central Recruitment & Promotion Department
Corporate Centre, Mumbai

This is a system generated communication. No signature is required.`, 'Result of Online Main Examination – PO 2026-27'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Sir/Madam,

Ref: HR/REC/MT-2026/3317 dated 14.08.2026

With reference to your candidature for the post of Management Trainee (Finance) advertised vide Advt. No. 04/2026, we wish to inform you that you have not been selected.

Final selection has been made strictly on the basis of merit list drawn from the aggregate marks of the Computer Based Test (weightage 75%), Group Discussion (10%) and Personal Interview (15%). Offers of appointment have been issued to candidates in order of merit against the notified vacancies, and your name does not figure in the final merit list.

We thank you for your interest in the Corporation.

Dy. General Manager (HR–Recruitment)
Bharat Rural Power Transmission Corporation Ltd.
(A Government of India Enterprise)`, 'Result – Management Trainee (Finance)'),

  rej('application', ['location'], { ...fb },
    `Dear Candidate,

Your application (Application Sequence No. 0072618) for the post of Assistant Manager (Civil), Advt. No. REC/AM/02/2026, has been REJECTED at the scrutiny stage for the following reason:

"Age exceeds the upper age limit prescribed for the category as on the cut-off date (01.07.2026). No relaxation is admissible under the category applied."

Candidates whose applications have been rejected may represent within 10 days from the date of publication of the list by e-mail only. Representations received after this date will not be entertained.

Recruitment Cell`, 'Status of your application – Advt. No. REC/AM/02/2026'),

  rej('interview', ['generic'], {},
    `Dear Ms. Fernandes,

Following the interviews held from 2 to 6 March, the final results for the post of Officer Scale I (Agriculture Field Officer) have been declared and are available on the Bank's website under "Recruitment – Results". Your roll number does not appear in the list of provisionally selected candidates.

Candidates are requested not to contact the Bank regarding individual results or marks. Marks secured by all candidates will be published in due course.

Regards,
Recruitment Section, HR Department
Sahyadri Co-operative Bank Ltd.`, 'Final result – AFO Scale I'),

  rej('application', ['skills_gap'], { ...fb, ...door, ...offered },
    `Bonjour / Hello Ms. Lefebvre,

Process number: 26-ESD-NCR-EA-401188
Position: Program Officer (PM-04)

Thank you for your interest in this position. Applications were screened against the essential qualifications listed in the job advertisement.

We regret to inform you that you have been screened out of this selection process, because your application did not clearly demonstrate that you meet the following essential qualification:

EX2 – Significant* experience in analyzing and providing advice on grants and contributions applications. (*Significant is defined as the depth and breadth of experience normally associated with performing the tasks on a regular basis for a period of approximately two years.)

Your application described eight months of this work. You may submit a complaint concerning this decision to the Public Service Staffing Tribunal only in the case of an internal advertised appointment process; for this external process, you may request an informal discussion by writing to the mailbox below within five working days.

We encourage you to continue to apply to positions that interest you in the federal public service.

Staffing and Assessment Services
ESDC-NCR-Staffing@example.gc.ca`, 'Selection process 26-ESD-NCR-EA-401188 – result of screening'),

  rej('interview', ['skills_gap', 'assessment'], { ...fb },
    `Dear Mr. Bouchard,

Re: Selection process 26-FIN-EA-ECS-7701, Senior Economist (EC-06)

Thank you for participating in the structured interview held on April 9. The assessment board evaluated your responses against the merit criteria assessed at this step.

You did not obtain the pass mark for the following qualification: "Ability to communicate effectively in writing," which was evaluated through the written component of the interview (pass mark 6/10; your result 4/10). As a result, you will not be considered further in this process.

Yours truly,
Marie-Ève Gagnon
HR Advisor, on behalf of the assessment board`, 'Result of interview – Senior Economist (EC-06)'),

  rej('application', ['location'], { ...fb },
    `Hello Priyanka,

Your application for Policy Analyst (AS-03) in Kelowna, selection process 26-PAC-IA-0228, was not retained. This internal process is open only to employees of the Pacific Region occupying a position in British Columbia, and your profile shows your substantive position in Winnipeg.

Thank you for your interest.`),

  other(`Dear Applicant,

Reference: 26-IRC-EA-00913 – Citizenship Officer (PM-03)

Congratulations, you have been screened in to this selection process. The next step is an unsupervised online written exam assessing the following essential qualifications: Ability to analyze information and make recommendations, and Ability to communicate effectively in writing.

The exam will be available from June 2 at 9:00 a.m. (ET) until June 4 at 11:59 p.m. (ET). Once you begin, you will have 120 minutes to complete it. Please reply to this email by May 29 if you require accommodation measures.

Kind regards,
Recruitment Team`, 'Invitation to written exam – 26-IRC-EA-00913'),

  other(`Dear Rory Gallagher,

Competition Reference: EO26-0412 – Executive Officer (General Service)

Thank you for your application for the above competition. We confirm receipt of your application, which was submitted on 12/05/2026 at 14:02.

Please note that the closing date for this competition is 3pm on Thursday 21st May. Shortlisting may be carried out, and candidates will be advised of their status by email. It is your responsibility to check your account, including your spam folder, regularly.

Candidate Support
Public Appointments Service
Chapter House, 26-30 Abbey Street Upper, Dublin 1`, 'Acknowledgement – EO26-0412'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Aoife,

Re: Clerical Officer Competition 2026 – Stage 2 (Online Tests)

Thank you for participating in Stage 2 of this competition. The Board has now considered the results, and we regret to inform you that your overall score did not meet the qualifying mark required to progress to Stage 3 (interview).

Please note that you are not eligible to apply again for this competition until the next campaign is advertised. We hope that you will consider future competitions with us.

Yours sincerely,
Niamh Costigan
Candidate Management Unit`, 'Clerical Officer Competition 2026 – result of Stage 2'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Mr O'Sullivan,

Competition: Assistant Principal Officer (Higher Diploma in Data Analytics), Ref AP26-07

I refer to your recent final interview for the above competition and regret to inform you that the interview board did not place you high enough on the order of merit to be included on the panel from which appointments will be made.

The board considered that you demonstrated a number of the competencies, but other candidates were judged to have done so to a higher standard. Your participation in this competition does not affect your eligibility for future competitions, and we would encourage you to consider applying to those.

Yours sincerely,
Derek Halloran
Recruitment Unit`, 'AP26-07 – outcome of final interview'),

  hold('interview', ['generic'], {},
    `Dear Candidate,

Recruitment Notification No. 03/2026 – Junior Engineer (Electrical)

This is to inform all candidates who appeared in the Personal Interview held from 15.09.2026 to 19.09.2026 that the declaration of final results has been deferred owing to a pending court case regarding the reservation roster for the post. The result will be declared after the matter is decided by the Hon'ble High Court.

Candidates are advised to keep visiting the website for updates. No individual correspondence will be entertained in this regard.

Deputy Secretary (Recruitment)
State Public Service Commission`, 'Deferment of result – Junior Engineer (Electrical)'),

  // ── Councils and municipalities
  rej('application', ['generic'], {},
    `Dear Mr Hollis,

Post: Waste Services Team Leader (Post No. WS0147), Grade 7
Closing date: 18 September

Thank you for your application for the above post. Shortlisting has now taken place and I regret to inform you that you have not been shortlisted for interview on this occasion.

Thank you for your interest in working for Thornbury Vale District Council.

Yours sincerely,

Human Resources
Thornbury Vale District Council
Civic Offices, Market Street`, 'Post No. WS0147 – Waste Services Team Leader'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Samira,

Thank you for applying for the role of Community Engagement Officer (Ref: CE/26/019) with Ashgrove Metropolitan Borough Council.

The recruiting panel has reviewed all applications against the person specification. Unfortunately your application did not sufficiently demonstrate how you meet the essential criteria, and so we will not be taking it further.

We advertise vacancies every week on our jobs portal, and we would welcome an application from you for another role in future.

Regards,
Resourcing Team
Ashgrove MBC`),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Dear Ms Kaur,

Re: Senior Planning Officer (Development Management) – Ref PL/0826

Thank you for attending for interview on Tuesday 14 July and for the time you put into preparing your presentation on the emerging Local Plan.

The panel was impressed by the standard of candidates. After careful consideration, we have offered the post to a candidate whose experience of major applications was judged to be the closer match to our current needs, and that offer has been accepted. I am therefore sorry to let you know that you have been unsuccessful on this occasion.

If you would find it helpful to receive feedback on your interview, please contact me on 01632 960 412 and I will be happy to arrange a call.

Yours sincerely,

Gareth Penhaligon
Development Management Lead
Kernow Coast Council`, 'Senior Planning Officer – interview outcome'),

  rej('application', ['internal_candidate'], {},
    `Hi Jasmine,

Thanks for your application for Customer Service Officer (Libraries), Ref 4471.

Under the Council's redeployment policy, this vacancy has been offered to an employee who is currently at risk of redundancy and who meets the requirements of the role. This means we will not be progressing external applications for this post.

We appreciate the time you spent applying.

HR Shared Services
Merriford City Council`, 'Ref 4471 – Customer Service Officer (Libraries)'),

  rej('application', ['role_closed'], { ...door },
    `Dear Applicant

We are writing to everyone who applied for the Parks Apprentice (two posts) vacancy, Ref PA-2026-03.

Following the Council's mid-year budget review, the decision has been taken not to proceed with the apprenticeship intake this year, and the vacancy has been withdrawn. No applications will be taken forward.

We are sorry for any disappointment this causes. We expect to advertise apprenticeships again next spring and hope you will apply then.

Kind regards
Workforce Development Team
Hallamshire Borough Council`, 'Withdrawal of vacancy – Parks Apprentice (PA-2026-03)'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Dylan,

Job: Finance Assistant, Grade 4 (Ref FIN0388)

Thank you for completing the Excel and numeracy exercise as part of the shortlisting process. Candidates needed to score at least 14 out of 20 to be invited to interview. Your score was 11, with most marks lost on the VLOOKUP and reconciliation tasks.

On this occasion you will not be progressing to the interview stage.

Best wishes,
Julie Marsh
Finance Business Partner
Eastwell Unitary Authority`, 'FIN0388 – exercise result'),

  rej('interview', ['generic'], {},
    `Dear Mr Abara,

Further to your interview on 22nd April for the post of Building Control Surveyor, I am writing to inform you that on this occasion your application has been unsuccessful.

I would like to thank you for your interest in the post and wish you every success in the future.

Yours faithfully,

P. Whitcombe
Head of Building Control`, 'Building Control Surveyor'),

  rej('application', ['location'], { ...fb },
    `Hi Marcus,

Thanks for your application for Rates Officer with Tahuna District Council.

Unfortunately we are unable to progress it. The role requires the successful applicant to be a New Zealand citizen or resident, or hold a valid work visa, and your application indicates that you would need sponsorship.

Ngā mihi,
People & Capability
Tahuna District Council`),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Tessa,

Thanks for coming in on Thursday to meet me and Ravi about the Youth Outreach Coordinator role with the City of Marlowe.

We've decided not to go ahead with your application. Honestly it was close. What swung it was that the team works almost entirely out in the community on evenings and weekends, in a loose, self-directed way, and we got the sense from your answers that you'd be happier with more structure and a settled office base than this role can give. That's not a criticism, just a mismatch with how this particular team runs.

There'll be a Youth Services Officer role coming up in the new year which is much more programme-based. Keep an eye out for it – I'd be glad to see your name again.

Cheers,
Leonie Brandt
Youth Services Manager
City of Marlowe`, 'Youth Outreach Coordinator'),

  // ── Police, fire and defence civilian posts
  rej('final', ['assessment'], { ...fb, ...door },
    `OFFICIAL

Dear Mr Kowalczyk,

Police Constable Recruitment – Assessment Centre Result
Candidate Number: WVP/PC/26/1894

Thank you for attending the assessment centre on 11 June. I am sorry to inform you that on this occasion you have not been successful.

To pass, candidates must achieve an overall score of 50% and at least 50% in the Public Service competency. Your results were:

Overall: 47%
Competencies and values (interview): 52%
Written exercise: 41%
Briefing exercise: 49%

You may reapply after six months from the date of this letter. We hope you will consider doing so.

Yours sincerely,

Recruitment Team
Westmere Valley Police`, 'Police Constable Recruitment – Assessment Centre Result'),

  rej('application', ['generic'], {},
    `Good morning,

Thank you for your interest in the position of Police Staff Investigator (Ref 26-114). Following the shortlisting process, we regret that your application has not been successful.

Due to the volume of applications received, we are unable to provide feedback at this stage.

Thames Borders Constabulary – HR Recruitment`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Chloe,

Wholetime Firefighter Recruitment 2026 – Physical Tests

Thank you for attending the physical testing day at our Service Training Centre. I am sorry to tell you that you did not pass the following test on the day: Equipment Carry (completed in 4 min 42 s; the standard is 4 min 20 s).

You also told us at registration that you do not yet hold a full UK manual driving licence. Please note that a full licence is required by the time of the job offer stage in our process.

We would encourage you to keep training and to apply in our next recruitment window, which we expect to open in early 2027.

Kind regards,

Recruitment Officer
Ridgemoor Fire and Rescue Service`, 'Firefighter Recruitment 2026 – your physical test result'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Mr Ahmed,

Thank you for attending interview for the post of Fire Safety Inspecting Officer.

The panel felt that you interviewed well and gave good examples of enforcement work under the Housing Act. However, the post requires a Level 4 Certificate in Fire Safety and evidence of completed audits under the Regulatory Reform (Fire Safety) Order, and you do not currently hold the certificate. We are therefore unable to offer you the post.

If you go on to complete the Level 4, please do apply again.

Yours sincerely,
Station Manager Carol Ellery
Protection Department`, 'Fire Safety Inspecting Officer – interview outcome'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr. Petrov,

Thank you for interviewing for the Logistics Management Specialist position (Job Announcement AMC-26-4416-DH) at Fort Calloway.

After your interview, the selecting official reviewed the security requirements of the position. This position requires the incumbent to obtain and maintain a Secret security clearance, which requires U.S. citizenship. Because your application indicates you are a lawful permanent resident but not a U.S. citizen, we are unable to select you for this position.

We thank you for your interest in civilian employment with the Department of the Army.

Civilian Personnel Advisory Center`, 'Logistics Management Specialist – non-selection'),

  rej('application', ['generic'], {},
    `Your application for 2605-NAVSEA-1102-11-MP (Contract Specialist) has been reviewed. You were not selected for this position.

Sincerely,
Human Resources Office`, 'Application result'),

  rej('final', ['profile_mismatch'], { ...fb, ...door, ...offered },
    `Dear Ms Ferreira,

Defence Equipment Support – Graduate Engineering Programme 2026
Assessment Centre outcome

Thank you for attending our assessment centre at Abbey Wood. The day consisted of a group exercise, a technical case study, a competency interview and a written report.

The assessors have now met to review the evidence from all of the exercises. Although you performed to a good standard in the group and technical exercises, your overall score across the day placed you below the candidates to whom we are able to make offers this year, and so we are unable to offer you a place on the programme.

We will keep your details for twelve months and may contact you should further places become available. If you would like a summary of the assessors' comments, please reply to this email and we will send one within 28 days.

Yours sincerely,
Graduate Recruitment Team`, 'Graduate Engineering Programme – assessment centre outcome'),

  other(`OFFICIAL

Dear Mr Mensah,

Re: Conditional Offer of Appointment – Police Community Support Officer (Ref PCSO/26/07)

I am pleased to offer you the post of Police Community Support Officer, subject to the following:

• satisfactory vetting to Recruitment Vetting level;
• medical and fitness clearance by Occupational Health;
• two satisfactory references, one of which must be from your current or most recent employer;
• biometric vetting (fingerprints and DNA) – an appointment will be sent separately.

Please do not resign from your current employment until you receive an unconditional offer and a confirmed start date.

Please confirm by reply whether you wish to accept this conditional offer.

Yours sincerely,
Workforce Resourcing
Greyhaven Police`, 'Conditional Offer – PCSO'),

  // ── Hospital trusts and health services
  rej('application', ['generic'], {},
    `Dear Aisling Brennan,

Thank you for your application for the post of Staff Nurse – Acute Medical Unit (Ref 282-AMU-26-071).

Unfortunately, on this occasion you have not been shortlisted for this post.

We would like to thank you for your interest in working with us and wish you every success with your future applications.

Yours sincerely,

Recruitment Team
Carrow Valley University Hospitals NHS Foundation Trust

Please do not reply to this email as the mailbox is not monitored.`, 'Staff Nurse – Acute Medical Unit – Application Status'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Kwame,

Vacancy: Band 6 Specialist Physiotherapist – Respiratory (Ref 415-RSP-0918)

Thank you for applying. The shortlisting panel scored each application against the person specification. I'm afraid you have not been shortlisted on this occasion. The panel noted that the essential criterion of post-registration experience in acute respiratory care, including on-call, was not evidenced in your supporting information; your experience is described as musculoskeletal outpatients.

Kind regards,
Therapies Recruitment
Northmoor Teaching Hospitals NHS Trust`, 'Band 6 Specialist Physiotherapist – outcome'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door, ...offered },
    `Dear Dr Subramanian,

Re: Consultant in Emergency Medicine (Ref 201-EM-CONS-03)

Thank you for attending the Advisory Appointments Committee on 9 October. I am writing on behalf of the Chair of the committee to inform you that, after careful consideration, the committee recommended the appointment of another candidate whose experience in paediatric emergency medicine more closely matched the department's current needs.

I appreciate this will be disappointing. The Clinical Director, Dr Helen Ravenscroft, would be happy to discuss the committee's feedback with you; please contact her secretary on extension 4417. We also anticipate advertising a further consultant post within the next six months and would encourage you to apply.

Yours sincerely,

Medical Staffing Manager
Kingsferry Hospitals NHS Trust`, 'Consultant in Emergency Medicine – AAC outcome'),

  rej('interview', ['generic'], {},
    `Hi Chantelle, thanks for coming to interview for the HCA bank role on Ward 12 yesterday. Sadly you've not been successful this time. Take care, Bernie (Ward Manager)`),

  rej('application', ['location'], { ...fb },
    `Dear Mr Oyelaran,

Thank you for your application for Band 5 Radiographer (Ref 338-DIAG-3311).

Shortlisting has now been completed and we are unable to offer you an interview. Unfortunately we are not able to offer Certificate of Sponsorship for this post, as it is a fixed-term role of six months, and your application states that you will require sponsorship to work in the UK.

Best wishes,
Medical Workforce and Recruitment`, 'Band 5 Radiographer – application'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Ms Walsh,

Thank you for sitting the numeracy and drug-calculation assessment for the Newly Qualified Nurse recruitment day on 17 May.

A pass mark of 100% is required on the drug-calculation paper for all registered nursing posts in the Trust. Your score was 18/20. Unfortunately this means we are not able to progress you to the interview part of the day.

If you would like to go through the questions you found difficult, our Practice Development team can meet you within 28 days of this letter; please reply to arrange.

Yours sincerely,
Nursing Recruitment
Penmarrow Health Board`),

  hold('application', ['role_closed'], {},
    `Dear Candidate,

Ref: 310-ADM-2640 – Medical Secretary, Band 4, Ophthalmology

We are writing to all candidates who applied for the above post. The Trust has introduced a temporary vacancy control panel, and all administrative and clerical posts not yet at interview stage are being reviewed by the panel before they can proceed.

This means shortlisting for this post has been paused. We expect a decision within four weeks and will write to you again at that point. Your application remains live and there is nothing you need to do.

Recruitment Team
Westbridge and Holme NHS Trust`, 'Medical Secretary – update on recruitment'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Naomi,

Thank you for attending the interview for Clinical Nurse Specialist – Tissue Viability on 2 February.

The panel has now made its decision and I'm sorry to let you know you were not successful. As promised on the day, a few points from the panel's notes:

- Your scenario answer on the grade 3 pressure ulcer was safe and well-structured.
- The panel felt your experience of delivering teaching across the Trust was limited compared with the other candidates.
- The post requires a completed non-medical prescribing qualification, and you are still part-way through the V300.

Thank you again for your time.

Kind regards,
Sinead Moloney
Lead Nurse, Tissue Viability`, 'CNS Tissue Viability – feedback'),

  other(`Dear Tomasz,

Ref: 256-EST-0422 – Estates Maintenance Electrician

Congratulations – you have been shortlisted for the above post. Your interview will take place on:

Date: Wednesday 8 July
Time: 10:30
Venue: Estates Department, Block C, Lowfield General Hospital

Please bring with you original copies of your qualifications (18th Edition and NVQ Level 3), photographic ID, and proof of your right to work in the UK. You will also be asked to complete a short practical fault-finding exercise on arrival.

Please confirm your attendance via your account.

Recruitment Team`, 'Invitation to interview – Estates Maintenance Electrician'),

  // ── Universities and research institutes
  rej('final', ['position_filled'], {},
    `Dear Dr. Castellanos,

On behalf of the search committee for the Assistant Professor of Hydrology position, thank you for visiting campus last month and for your research seminar, which was very well attended.

The committee has now completed its deliberations, and the Department has extended an offer to another candidate, who has accepted. I am sorry to be writing with this news.

We wish you the very best in your career.

Sincerely,

Prof. Lawrence Whitaker
Chair, Search Committee
Department of Earth and Environmental Sciences
Hollins State University`, 'Hydrology search'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the position of Assistant Professor of Sociology (Tenure-Track), Posting #F00412.

The search committee received more than 300 applications for this position. After careful review, the committee has identified a small group of candidates for first-round interviews, and your application is not among them.

We appreciate your interest in Crestfield College and wish you success in your search.

Office of the Dean of Faculty`, 'Sociology search – Posting F00412'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Yusuf,

Thank you for interviewing for the postdoctoral research associate position in my group (Ref. RA-2611) last week. I enjoyed our conversation about your thesis work on perovskite degradation.

After speaking to all four candidates, I have decided to offer the position to someone with hands-on experience running our type of glovebox thin-film deposition line, because the project starts in January and there will be very little time for training on the equipment. Your characterisation background is strong, but the deposition experience is what the grant needs first.

We will be advertising a second postdoc on the characterisation side of the project in the spring, and I would very much like you to apply for it.

Best wishes,
Prof. Annelise Vogt
Department of Materials
University of Edgbridge`, 'Re: Postdoctoral RA (RA-2611)'),

  rej('application', ['generic'], { ...offered },
    `Dear Dr Nwosu,

Lecturer in Criminology (Teaching and Scholarship), Vacancy Ref: 010447

Thank you for your application for the above post. The selection panel has now completed the shortlisting process and I regret to inform you that your application has not been successful on this occasion.

Feedback on shortlisting decisions can be requested by contacting the recruiting school within 28 days of this email.

Thank you for the interest you have shown in the University.

Yours sincerely,
HR Recruitment
University of Wessex Downs`, 'Vacancy Ref: 010447'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Dr. Halvorsen,

Thank you for your participation in the Zoom interviews for the position of Lecturer in Nordic Languages. The committee has now completed its deliberations. While your application was strong, the committee felt that other candidates better suited the profile of the position as described in the announcement, and we will not be able to move your candidacy forward to the campus visit stage.

With best regards,
Kirsten Dahl
Chair, Search Committee`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Dr Mbeki-Lawson,

Associate Professor in Public Health (Job No. 511093)

Thank you for your time over the two days of the selection process, including your presentation to the School and the panel interview.

I regret to tell you that the panel has decided not to offer you the appointment. The panel considered that another candidate better met the selection criteria overall, and the position has been offered to and accepted by that candidate.

I know you will be disappointed. The Head of School, Professor Grace Iheanacho, has offered to speak with you about the panel's views; please contact her office if you would like to arrange a time.

Yours sincerely

Danielle Moore
Senior Recruitment Consultant
University of the Southern Ranges`, 'Job No. 511093 – outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms Achterberg,

Re: PhD Scholarship in Computational Linguistics (Project 4, Ref. PGR-26-CL4)

Thank you for your application. Unfortunately we are unable to shortlist you for interview. The scholarship criteria require a Master's degree with a distinction or a mark of 70% or higher in the dissertation, and the transcript you supplied shows a dissertation mark of 64%.

Kind regards,
Postgraduate Research Admissions`),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Haddad,

Thank you for your interest in the Graduate Research Fellowship in Atmospheric Chemistry. We regret that we are unable to consider your application, as the fellowship is funded by a national research council and is open only to citizens and permanent residents of Canada at the time of application.

We wish you well in your studies.

Graduate Admissions Office`, 'Graduate Research Fellowship'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Hannah,

Many thanks for coming in for interview for the Research Technician role in the Sequencing Facility on Friday.

I wanted to let you know that we have appointed an internal applicant who has been working with us on a temporary contract for the past year and already runs the NovaSeq maintenance schedule. That made the difference – it wasn't anything you did or didn't do in the interview.

I will keep your details, and with your permission I will contact you if another technician post comes up this year.

All the best,
Dr. Owen Priddy
Facility Manager, Genomics Core`, 'Research Technician – outcome'),

  rej('application', ['generic'], {},
    `Thank you for applying for Research Fellow (Ref 26RF-114). The shortlisting panel has met and you have not been shortlisted on this occasion. We are unable to provide individual feedback to applicants who have not been shortlisted.`, 'Ref 26RF-114'),

  rej('application', ['role_closed'], {},
    `Dear colleague,

I am writing to all applicants for the Teaching Fellow in Economics (fixed term, 0.6 FTE). Due to a change in the School's teaching allocation for the coming year, the post is no longer required and has been withdrawn. We will not be proceeding to interviews.

I apologise for the inconvenience and thank you for the time you took to apply.

Yours sincerely,
Dr Rosalind Achebe
Director of Education, School of Economics`),

  rej('interview', ['salary'], { ...fb },
    `Estimada Dra. Ortega / Dear Dr Ortega,

Thank you for the interview for the position of Research Coordinator at the Instituto de Estudios Andinos.

The committee valued your profile. However, in our conversation you mentioned that your minimum salary expectation is USD 3,800 per month, and the position is financed by a project grant fixed at USD 2,600 per month, which we are not allowed to modify. For this reason we will not continue with your application.

We are grateful for your interest and wish you success.

Atentamente,
Comité de Selección`),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr. Lindqvist,

Thank you for applying for the Laboratory Assistant (Grade 4) post in the Department of Chemistry.

Having reviewed your application, the panel felt that, with a PhD and six years of postdoctoral research, your experience is significantly beyond the level of this post, which is mainly glassware preparation, stock control and supporting undergraduate practical classes. We do not feel it would offer you the challenge or the progression you would be looking for, and so we have not shortlisted you.

With best wishes,
Technical Services Manager`, 'Laboratory Assistant (Grade 4)'),

  other(`Dear Dr Afolabi,

Lecturer in Architecture (Ref 22931)

I am pleased to invite you to interview for the above post. The selection process will take place on Thursday 12 March at the School of Architecture, Ruskin Building, and will include:

• a 15-minute presentation to the panel and members of the School on "A design studio I would like to lead in my first year";
• a portfolio review with two members of academic staff;
• a formal panel interview chaired by the Pro Vice-Chancellor.

Please let us know by Monday whether you are able to attend, and whether you require any adjustments.

Yours sincerely,
Academic Recruitment`, 'Invitation to interview – Lecturer in Architecture'),

  // ── Schools and school districts
  rej('application', ['generic'], { ...door },
    `Dear Ms. Romero,

Thank you for your interest in the 3rd Grade Teacher position at Pinecrest Elementary (Posting #T-2026-0319) in the Blue Mesa Unified School District.

The principal and hiring team have completed their review and selected other candidates to interview. Your application will remain active in our system for the rest of the 2026–2027 school year and will be visible to principals with other elementary openings.

Sincerely,
Human Resources Department
Blue Mesa Unified School District`, 'Posting #T-2026-0319'),

  rej('interview', ['position_filled'], {},
    `Dear Mr Ellison,

Appointment of Teacher of Geography (MPS/UPS)

Thank you for attending Oakfield Academy for interview on Wednesday, including your lesson with Year 9. The panel has now made an appointment and I am sorry to inform you that you have not been successful on this occasion.

On behalf of the Governors, thank you for your interest in the school.

Yours sincerely,
Mrs J. Atherton
Headteacher`),

  rej('interview', ['assessment'], { ...fb, ...offered },
    `Dear Priya,

Thank you for coming in on Tuesday for the Teacher of Mathematics interview day.

I'm sorry to say we won't be offering you the post. Your interview with the panel went well, but the observed lesson with 10X3 was the deciding factor: the starter ran for twenty minutes, which left very little time for the main task on simultaneous equations, and the students weren't given the chance to work independently.

If you'd like to go through the lesson observation notes in more detail, I'd be happy to have a call next week.

Kind regards,
Mark Thorne
Head of Mathematics
St Aidan's Church of England High School`, 'Maths interview'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Bronwyn,

Thanks for your application for the Casual Relief Teacher pool at Kookaburra Creek Primary School.

Unfortunately we can't add you to the pool at this stage. To teach in Victorian schools you need current registration with the Victorian Institute of Teaching, and your application says your registration is still being processed. Once it comes through, please send us your VIT number and we can look at your application again.

Kind regards,
Office Manager`),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Re: Assistant Principal – Pastoral (Ref AP/26/02)

Thank you for your application for the above post. I am writing to inform you that the Board of Governors has decided to make an internal appointment to this post from within the existing staff, and therefore shortlisting of external candidates will not proceed.

Thank you for the time and care taken with your application.

Yours faithfully,
Clerk to the Governors
St Columba's Grammar School`, 'Assistant Principal – Pastoral'),

  rej('interview', ['location'], { ...fb },
    `Dear Mr. Nakamura,

Thank you for interviewing with Westridge Independent School District for the Bilingual Instructional Aide position.

While the interview panel was impressed with your Japanese and English, district policy requires that all instructional aides be able to report in person at the campus five days per week. Since you mentioned you are looking for a remote or hybrid arrangement, we are unable to move forward with your application.

Best regards,
Talent Acquisition, Westridge ISD`),

  hold('interview', ['role_closed'], {},
    `Dear Ms. Osei,

Thank you for meeting with our panel on May 6 for the Middle School Counselor position at Redfern Academy.

I want to let you know where things stand. The Board of Education has not yet approved the district's budget for next year, and the counselor position is one of several positions funded in that budget. We are therefore unable to make any hiring decision until the budget vote on June 10. Your candidacy is still active, and I will be in touch as soon as we know whether the position will go ahead.

Thank you for your patience.

Sincerely,
Dr. Lorraine Kaplan
Principal, Redfern Academy`, 'Middle School Counselor – update'),

  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for applying for the post of PGT Physics at Greenwood International School, Bengaluru.

We have received a large number of applications for this position. After scrutiny of all applications, your profile does not match the requirements for the position at this time and hence we are unable to take your candidature forward.

With warm regards,
HR Department
Greenwood International School`),

  rej('screen', ['generic'], {},
    `Hi Adam,

Thanks for taking my call on Monday about the Site Supervisor vacancy at Fairhaven Primary. I've spoken to the Business Manager and we've decided to invite other applicants to the formal interview. Thanks again for your time.

Regards,
Sue Pickering
School Business Support`),

  other(`Dear Mr Fitzgerald,

Re: Teacher of English – pre-employment checks

Following your acceptance of our offer, we need the following before we can confirm your start date:

1. Enhanced DBS certificate (we will send you the online application link separately)
2. Original degree certificate and QTS confirmation
3. Two forms of ID from the list attached
4. Completed occupational health questionnaire

Please bring the originals to the school office by Friday 19 June.

Kind regards,
Sharon Beattie
HR Officer, Kingsmead Academy Trust`, 'Pre-employment checks'),

  // ── Charities, NGOs, museums and international organisations
  rej('application', ['generic'], { ...door },
    `Dear Lucy,

Thank you so much for applying to be our Community Fundraising Officer (South West). We had an overwhelming response – over 180 applications for one post – and I'm afraid we won't be inviting you to interview this time.

Please do keep an eye on our website and consider applying for future roles with us. Thank you for wanting to help us support families affected by childhood cancer.

With warm wishes,
The People Team
Brightwell Children's Trust
Registered charity no. 1089xxx`, 'Your application – Community Fundraising Officer'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...offered },
    `Dear Olumide,

Thank you for meeting with Claire and me last Wednesday for the role of Programme Officer – Humanitarian Response.

We have now offered the role to another candidate. The deciding factor for the panel was field experience: the person appointed has managed cash and voucher assistance in an emergency response, which is central to the first six months of the role, and your experience so far has been in development programming and grant management from the UK office.

I realise that's disappointing to hear after a good interview. If you'd like to talk it through, I'm happy to have a 20-minute call — just reply with a couple of times that suit.

Best regards,
Ines Marchetti
Head of Humanitarian Programmes
Relief Without Borders UK`, 'Programme Officer – Humanitarian Response'),

  rej('application', ['generic'], {},
    `Dear [Candidate Name],

Thank you for your application for the role of [Position Title] at Hearthstone Housing Association.

We have carefully reviewed all the applications we received, and regret to inform you that you have not been shortlisted for interview on this occasion.

We wish you every success in your job search.

Kind regards,

[Hiring Manager Name]
Hearthstone Housing Association`, 'Application outcome'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Marta,

Thank you for completing the written task for the Policy and Campaigns Officer role at the Clean Rivers Alliance.

The panel marked all tasks anonymously against the same criteria. Your briefing on agricultural run-off was clearly written, but it did not include the three costed policy asks the brief requested, and it ran to four pages against a two-page limit. Because of this your score was below the threshold for interview.

Thanks again for the effort you put in.

Kind regards,
Tom Ashworth
Head of Policy`, 'Policy and Campaigns Officer – written task'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Mr. Karimi,

Thank you for your application for the position of WASH Officer (NOB), Vacancy No. 26-0417, based in Herat.

Please note that National Officer positions are open only to nationals of the country of assignment. As your application indicates that you do not hold Afghan nationality, we are unable to consider it for this vacancy.

We encourage you to apply for International Professional (P-level) vacancies for which you meet the requirements, which are open to candidates of all nationalities.

Human Resources Section`, 'Vacancy No. 26-0417 – WASH Officer (NOB)'),

  rej('interview', ['generic'], { ...door },
    `Dear Ms. Lindgren,

Thank you for your participation in the selection process for the post of Programme Management Officer (P-3), Job Opening 26-PRO-UNXX-224871-R-Nairobi.

Following the competency-based interview and the review by the Central Review Body, I regret to inform you that you have not been selected for the post. However, the hiring manager has recommended your placement on the roster of pre-approved candidates for Programme Management Officer positions at the P-3 level. Candidates on the roster may be considered for future vacancies in the same job family and level without further review by a central review body.

We thank you for your interest in the Organization.

Sincerely,
Human Resources Officer`, 'Job Opening 224871 – result'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Candidate,

Thank you for applying to the Junior Professional Officer programme.

Your application has been assessed against the minimum requirements. Unfortunately it cannot be considered further because the required level of French (C1, or equivalent fluency demonstrated by professional use) is not evidenced: your application indicates level B1.

Thank you for your interest in working with us.

Talent Acquisition Unit`),

  rej('interview', ['position_filled'], {},
    `Dear Dr. Ferreira,

We refer to your interview on 14 November for the position of Senior Health Economist in our Geneva office.

After careful consideration, the selection panel has recommended another candidate for appointment. We would like to thank you for the interest you have shown in our work and for the time you gave to the selection process.

Yours sincerely,
Human Resources Department`),

  rej('interview', ['role_closed'], {},
    `Dear Samuel,

Thank you for interviewing with us for the Country Finance Manager role in our Lilongwe office.

I am sorry to tell you that, following the end of one of our largest donor grants, the organisation has taken the decision to restructure the country programme and merge the finance function with the regional office in Nairobi. As a result the post will not be filled and we are closing the recruitment.

We are very grateful for your time and interest in our work.

Warm regards,
Esther Banda
People and Culture Lead, Southern Africa`, 'Country Finance Manager – recruitment closed'),

  rej('application', ['position_filled'], {},
    `Thank you for your interest in volunteering with Greenfields Food Bank as Warehouse Coordinator. The position has been filled and we will not be taking applications further. All the best, the Greenfields team`),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb, ...door },
    `Dear Beatrice,

Thank you for coming to the Museum to interview for the post of Assistant Curator, Textiles (fixed term, 18 months).

The panel enjoyed meeting you and hearing about your work on the Paisley shawl collection. We have decided, however, to offer the post to a candidate with more direct experience of managing a collection move, which is the main task of this project as the textile store is being relocated to the new Collections Centre.

We hope you will apply for future vacancies at the Museum – there will be several collections posts advertised when the new Centre opens in 2028.

Yours sincerely,
Dr Imogen Falconer
Keeper of Art and Design
Caledonian National Museum`, 'Assistant Curator, Textiles'),

  rej('application', ['generic'], {},
    `Dear Applicant,

We write to thank you for your application for the post of Visitor Services Assistant at the Ashby Gallery. We regret to advise that your application has not been taken forward.

Due to the very high number of applications received, we are unfortunately unable to provide feedback to individual applicants.

Yours faithfully,
Ashby Gallery Trust`),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Ravi,

Thanks for the chat this morning about the Head of Digital role. As I mentioned on the call, the salary for this post is set by our board at £52,000 and there is no flexibility on that this year, and I know you're looking for something closer to £65k. I don't think it's right to take you through to the panel with that gap, so I'm going to leave it there for this one.

I'd like to stay in touch though – we're planning a Director of Digital post next year which would be a better fit on pay.

Best,
Hanna
People Manager, Northern Heritage Foundation`, 'Head of Digital – following our call'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Ms. Abubakar,

Re: Executive Director recruitment – Lakeshore Women's Shelter

On behalf of the Board's Search Committee, thank you for your time with us through every stage of this process, including last Saturday's final conversations with the full Board and the staff panel.

After much reflection, the Board has voted to offer the position to another finalist. This was a very difficult decision, and we want you to know that your commitment to survivor-led services came through in every conversation.

If it would be helpful, I would be glad to share the committee's reflections with you by phone.

With gratitude,
Dolores Whitfield
Chair, Search Committee`, 'Executive Director search'),

  other(`Dear Mr. Osei-Bonsu,

Job Opening: 26-ECO-RCNY-99127 – Economic Affairs Officer (P-4)

You have been successfully screened for the above job opening and are invited to take a written assessment. The assessment will be administered online on 22 April 2026 at 13:00 New York time and will last 3 hours.

Instructions for accessing the assessment platform will be sent separately 48 hours before the test. Please acknowledge receipt of this email. Candidates who do not acknowledge receipt by 15 April will be considered as having withdrawn.

Best regards,
Recruitment Team`, 'Written assessment – 26-ECO-RCNY-99127'),

  other(`Dear Ms Obi,

Thank you for your application for the role of Senior Grants Officer (Ref SGO-0426). We can confirm that it has been received.

The closing date is 30 April. Shortlisting will take place in the week of 4 May and interviews are expected to be held on 14 and 15 May. If you have not heard from us by 8 May, please assume that you have not been shortlisted on this occasion.

Kind regards,
Recruitment
The Hartwell Foundation`, 'Application received – SGO-0426'),

  rej('application', ['position_filled'], { ...door },
    `Hi Matteo, thanks for signing up for the Youth Mentor (volunteer) role. We've filled all our mentor places for this intake, but we'll hold on to your details and contact you when the next intake opens in March. Thanks for wanting to get involved! – Lina, Volunteer Coordinator, Brightpath Youth`),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Young Professionals Programme 2026 – Results of the written examination

Thank you for sitting the written examination in the job family Information and Telecommunication Technology. The examination board has now completed the grading of papers. We regret to inform you that you did not pass the written examination, and your candidacy will therefore not proceed to the interview phase.

Because of the number of candidates, the board is not in a position to provide individual results or comments.

Examinations and Tests Section`, 'YPP 2026 – written examination results'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms. Jovanović,

Thank you for the interview for the post of Project Assistant (Roma Inclusion) with our Mission in Belgrade.

The interview panel considered that your answers on the technical questions related to project monitoring and reporting were good; however, in the competency part of the interview other candidates demonstrated a more convincing understanding of how the Mission works with local authorities. For this reason, you have not been recommended for the post.

Thank you for your interest in working for the Organization.

Human Resources Unit`),

  hold('assessment', ['role_closed'], {},
    `Dear Candidate,

Reference: VN 26/041 – Communications Consultant (Regional Office)

Thank you for submitting the written assignment for the above vacancy. We would like to inform you that, owing to a review of the programme's funding for the next biennium, the recruitment process has been put on hold until further notice.

Your candidacy remains under consideration and we will contact you once the process resumes. We apologise for the delay.

Regards,
HR Services`, 'VN 26/041 – recruitment on hold'),

  rej('interview', ['culture_fit'], { ...fb },
    `Kia ora Jordan,

Thank you for coming to the marae to kōrero with our panel about the Kaiwhakahaere (Operations Coordinator) role.

After talking it over, the panel has decided not to offer you the role. We appreciated your honesty about how you like to work. Our whānau-led way of doing things means decisions often take longer and are made together in hui, and we felt you would find that pace and way of working frustrating. That is about fit with how we operate, not about your ability.

Ngā mihi nui,
Tama Rāwiri
Chair, Recruitment Panel
Te Awa Roa Trust`),

  rej('application', ['location'], { ...fb },
    `Thank you for applying for the Gallery Host role. Sorry, this is a casual position and we are only able to consider applicants who can travel to Fremantle at short notice for shifts; your application says you are based in Geraldton. Good luck with your search. – Visitor Experience team, Harbourside Maritime Museum`),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Vikram,

Thank you for applying for the Finance Assistant role at Safe Harbour Refugee Support.

Having read your CV, we feel your experience as a financial controller is well above what this part-time role needs – it is mostly processing invoices and expense claims – and we think you would quickly find it unrewarding. So we won't be shortlisting you this time.

We are going to be recruiting a trustee with finance expertise to chair our audit committee in the autumn. If that interests you, we would love to hear from you.

With best wishes,
Amara Nwachukwu
Operations Manager`, 'Finance Assistant application'),

  // ── Letters built from published templates, placeholders and all
  rej('application', ['profile_mismatch'], { ...door },
    `Dear {{first_name}},

Thank you for taking the time to apply for the {{job_title}} position at Kestrel County Library Service. We appreciate your interest.

After reviewing your application, we have decided to proceed with other candidates whose qualifications more closely align with the needs of the role at this time.

We will keep your resume on file and may contact you if a suitable opening arises in the future.

Sincerely,
{{recruiter_name}}
Human Resources`, 'Your application for {{job_title}}'),

  rej('interview', ['generic'], { ...offered },
    `Dear Mr. Delacroix,

Re: Your application for [Position Title] – Ref. [Reference Number]

Thank you for attending the interview on [Date]. We appreciate the time and effort you put into preparing for it.

After careful consideration, we regret to inform you that you have not been successful on this occasion. This was a difficult decision, as we received applications from many strong candidates.

Should you wish to receive feedback on your interview, please contact [HR Contact] within 28 days of the date of this letter.

Yours sincerely,

Margaret Oduya
Chair of the Interview Panel
Ferncliff Town Council`, 'Interview outcome'),

  rej('application', ['profile_mismatch'], {},
    `Dear Candidate Name,

Thank you for your interest in the role of Administrative Officer with the Office of the Ombudsman.

We have reviewed your application and, unfortunately, we will not be moving forward with your candidacy as your skills and experience do not match our requirements for this position.

Thank you again for considering the Office of the Ombudsman.

Regards,
HR Team`),

  rej('assessment', ['assessment'], { ...door },
    `Dear <<Applicant First Name>>,

Thank you for completing the <<Assessment Type>> as part of your application for Revenue Officer Trainee with the State Revenue Office.

We regret to advise you that your results did not meet the standard required to proceed to the next stage of the recruitment process.

We encourage you to apply for future opportunities with the State Revenue Office that match your skills and interests.

Kind regards,
Recruitment Services`, 'Assessment outcome – Revenue Officer Trainee'),

  rej('final', ['position_filled'], { ...door },
    `Dear %CANDIDATE_NAME%,

RE: Deputy Clerk – Ref DC/2026/01

Thank you for attending the final stage of the selection process for the above post on 27 February.

I am writing to let you know that, following the final panel, the Council has appointed another candidate, who has accepted the offer. I am sorry to give you this news after the effort you put into the process.

With your agreement, we would like to keep your details on file for twelve months and contact you if a similar position becomes available.

Yours sincerely,

Cllr. Peter Ambrose
Chairman, Staffing Committee
Little Brampton Parish Council`),

  rej('application', ['generic'], {},
    `Hi [First Name],

Thanks for applying to the Transit Planner role with the Regional Transportation Authority! Unfortunately, we won't be moving your application forward.

Best,
The RTA Recruiting Team`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Dear [Applicant],

Thank you for speaking with me on the telephone on Tuesday regarding the Court Interpreter (Mandarin) roster.

As discussed, all interpreters on the roster must hold a NAATI Certified Interpreter credential in the language. As you currently hold the Recognised Practising credential, we are unable to add you to the roster at this time. You are welcome to contact us again once you hold certification.

Regards,
Interpreter Services Coordinator
Magistrates Court Services`),

  rej('interview', ['profile_mismatch'], {},
    `Dear Sir/Madam,

Position: Records Management Officer

Following your recent interview for the above position, I regret to advise that your application was unsuccessful. The selection panel determined that other applicants were more suitable for the position.

Thank you for your interest in employment with the Shire of Wandoo Ridge.

Yours faithfully,

CHIEF EXECUTIVE OFFICER`),

  // ── Formal letters: reference numbers, Re: lines, panel chairs
  rej('application', ['skills_gap'], { ...fb },
    `Our Ref: HR/REC/0914
Your Ref: Application No. 2026-0331

14 August 2026

Ms A. Murphy
12 Glenview Terrace
Ballincollig
Co. Cork

Dear Ms Murphy,

Re: Post of Senior Executive Engineer (Water Services)

I refer to your application for the above post. The shortlisting board has examined all applications against the eligibility requirements and key competencies set out in the candidate booklet.

I regret to inform you that you have not been shortlisted for interview. The board noted that you hold Chartered Engineer status, but your application did not set out the required minimum of seven years' satisfactory engineering experience, of which at least three must be at Executive Engineer level or higher.

If you have any queries about this decision, you may request a review by writing to the Human Resources Department within 10 working days of the date of this letter.

Yours sincerely,

Siobhán Kenny
Senior Staff Officer, Human Resources
Cork Harbour County Council`, 'Senior Executive Engineer (Water Services)'),

  rej('interview', ['profile_mismatch'], { ...fb, ...door },
    `PRIVATE & CONFIDENTIAL

Our Ref: JR/PS/26-118

Dear Mr Chukwu,

Re: Probation Services Officer – Interview Result

Thank you for attending interview on 2 June 2026.

I write to inform you that the panel assessed you as appointable, but you were not ranked within the number of posts available. Your scores are set out below:

Criterion 1 – Communicating with people in crisis: 14/20
Criterion 2 – Managing risk: 12/20
Criterion 3 – Working with partner agencies: 15/20
Total: 41/60 (appointable threshold: 36)

Your name will remain on the reserve list for this post for 12 months from the date of interview, and you may be offered a post in that period in rank order should a vacancy arise.

Yours sincerely,

A. Fairbairn
Panel Chair`, 'Probation Services Officer – Interview Result'),

  rej('application', ['generic'], {},
    `Your Reference: 77104
Post: Clerical Assistant (Temporary)

Dear Applicant

Thank you for applying for the above post. The standard of applications received was extremely high. I regret to inform you that, after the shortlisting exercise, you have not been selected for interview.

Yours faithfully

Recruitment & Selection
Northern Education Authority`),

  rej('assessment', ['assessment'], { ...fb },
    `Ref: ADV/2026/PO/17
Date: 04-11-2026

To,
Shri Arjun Menon
Roll No. 180223

Sub: Result of Written Test for the post of Project Officer

Sir,

With reference to the written test held on 19-10-2026 for the above post, it is to inform you that you have not qualified for the interview. Qualifying marks for your category were 45 out of 100; you have secured 38.

This issues with the approval of the competent authority.

Yours faithfully,

(R. K. Srivastava)
Administrative Officer (Estt.)
National Institute of Coastal Research`, 'Result of Written Test – Project Officer'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `No. F.4-12/2026-Estt.
Dated: 21st January, 2027

NOTICE

The Selection Committee meeting for the post of Assistant Librarian held on 18.01.2027 has recommended candidates for appointment in order of merit. The following candidates who appeared for the interview have not been recommended by the Committee, as they were placed lower in the order of merit than the candidates recommended:

Roll No. 0014 – Ms. Kavita Rawat
Roll No. 0019 – Mr. Sanjeev Dhiman
Roll No. 0027 – Ms. Farah Siddiqui

Offers of appointment have been issued to the recommended candidates.

Registrar`, 'Result of interview – Assistant Librarian'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Das,

Your application for the post of Clerk (Local Cadre – Odisha) has been found ineligible during the eligibility screening. As per the notification, candidates must be domiciled in the State and proficient in reading, writing and speaking Odia, verified through the Local Language Proficiency Test certificate. Your application does not show domicile of Odisha.

Regards,
Recruitment Cell, Kalinga Gramin Bank`),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...door, ...offered },
    `Dear Dr O'Connell,

Re: Director of Research and Evaluation, Department of Children and Equality

I am writing following your final interview with the board on 15 April.

Thank you for the considerable time you gave to this process, including the written policy exercise and the two rounds of interview. As you know, the competition attracted 64 applications, of which eleven candidates were invited to the preliminary interview and four, including yourself, went forward to the final interview. The board has completed its deliberations and has recommended another candidate for appointment, who has accepted.

I want to be clear that reaching the final stage of a competition at this level is a considerable achievement in itself. The board's marking sheets show that you were assessed as meeting the standard for appointment on each of the competencies examined at the final stage, and the decision was a comparative one between strong candidates.

The board has asked me to pass on that it found your account of leading the national longitudinal study particularly strong. The area in which the recommended candidate scored higher was senior management of people and budgets across a directorate of more than 50 staff, which is a core requirement of this post.

You are welcome to request a more detailed feedback conversation with the chair of the board. Please also note that we expect to advertise two Principal Officer posts in the research division later this year, and the board felt you would be a strong candidate.

For your information, travel expenses for attendance at the final interview can be claimed on the enclosed form within 30 days. In line with our records management policy, the board's notes and your application form will be held securely for the duration of the competition and any review period and then destroyed. If you wish to seek a review of any action taken in relation to your candidature under the Code of Practice, you should do so in writing within five working days of receiving this letter; details of the review procedure are in the candidate information booklet.

Thank you again for your interest in the Department and for the care you brought to every stage of the process.

Yours sincerely,

Gráinne Dolan
Campaign Manager`, 'Director of Research and Evaluation – outcome'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Ms Hakimi,

Thank you for coming to see us on Tuesday about the part-time Receptionist post at Oldbury Road Surgery.

We have offered the post to another applicant. We were pleased to meet you and would like to keep your application on file in case a further vacancy comes up in the next few months.

Yours sincerely,
Practice Manager`),

  rej('screen', ['location'], { ...fb },
    `Hello Mr. Adebayo,

Thanks for your time on the phone yesterday. As I explained, the Correctional Officer Recruit class we are filling starts in Kingston in February and recruits must be able to attend the full 12-week training in person and then accept a posting anywhere in the region. Since you told me you cannot relocate from Winnipeg for family reasons, I won't be able to send your file on to the next step.

Best of luck,
Recruitment Officer`),

  rej('application', ['generic'], {},
    `Unsuccessful application – Reference 88231 (Customer Contact Adviser, Her Majesty's Land Registry). Thank you for applying. Your application has not been successful.`),

  rej('screen', ['generic'], { ...door },
    `Dear Ms. Ng,

Thank you for completing the telephone screening interview for the Library Technician position on March 4.

Based on the results of the screening, you will not be advancing to the panel interview for this recruitment. Your application will, however, remain on the City's eligibility list for Library Technician for six months, and you may be contacted by other departments during that time.

City of Palo Verde
Human Resources Department`, 'Library Technician – Screening Results'),

  rej('application', ['position_filled'], {},
    `Good day Ms Dlamini,

We acknowledge your application for the post of Admin Clerk (Ref: DHS/26/077) in the Department of Human Settlements.

Please be advised that the post has since been filled. Should you not hear from us within three months of the closing date, please consider your application unsuccessful.

Regards
Human Resource Management`),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Candidate 1147,

The Selection Board for the post of Scientific Officer Grade II (Marine Biology) has considered your performance at the interview held on 9 September.

The Board did not recommend you for appointment. In its assessment, your knowledge of fish stock assessment models, which is an essential part of the duties, was not at the level required.

Secretary, Recruitment Board`),

  rej('assessment', ['assessment'], {},
    `Hi Jessie,

Thanks for having a go at the data entry test for the Electoral Services Assistant role. I'm sorry but your accuracy score wasn't high enough for us to progress you, so we'll stop here.

Thanks, Pam`),

  rej('interview', ['generic'], { ...offered },
    `Thank you for interviewing for the Early Years Practitioner post at Little Acorns Nursery (run by Foxley Parish). We won't be offering you the position. Happy to give feedback if you phone the nursery manager.`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your application for the post of Special Constable.

We regret to advise you that your application has been unsuccessful, as we are unable to accept applications from candidates who do not hold GCSE English at grade 4/C or above (or an equivalent Level 2 qualification), which is the minimum educational standard for this role. No such qualification was listed on your application.

Regards,
Special Constabulary Recruitment`),

  rej('final', ['assessment', 'profile_mismatch'], { ...fb, ...door },
    `Dear Ms Kovalenko,

Fast Track Graduate Scheme – Final Selection Board outcome

Thank you for attending the Final Selection Board. The Board has now reviewed the evidence from the leadership exercise, the analysis exercise and the interview.

Your overall score was 3.2, against a threshold for an offer this year of 3.5. Your strongest exercise was the analysis exercise (4.0). As a number of candidates scored above you, we are unable to make you an offer on this occasion.

You are eligible to apply to the scheme again in the next campaign, and we hope you will.

Best wishes,
Scheme Resourcing Team`, 'Final Selection Board – outcome'),

  rej('application', ['generic'], {},
    `Dear applicant,

Thank you for your application to the Department of Social Welfare. Our system shows that your application for the post Case Worker (ref SW-CW-2026-11) was not selected in the shortlisting. We wish you good luck with your job search.

Best regards
Personalavdelningen / HR Unit`),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Dear Mr. Alvarez,

Thank you for your interest in the position of Deputy Harbour Master with the Port Authority of Saint Barra and for attending the interview.

The interview board has decided not to recommend you for appointment. The board's reasons are that (a) the post requires a Master Mariner (Unlimited) certificate of competency, and you presently hold a Chief Mate certificate; and (b) under the Public Service Regulations the post is reserved for citizens of Saint Barra and the board was not able to obtain an exemption in your case.

We thank you for your time.

Yours faithfully,
Secretary to the Board`),

  rej('application', ['role_closed'], {},
    `Dear Ms Patel,

I am writing to let you know that the recruitment for the post of HR Business Partner (Ref 1192) has been cancelled. Following an organisational review, the post has been removed from the establishment and will not be filled.

Thank you for your application and our apologies for any inconvenience.

Yours sincerely,
Resourcing Manager
Eastmarsh Fire and Rescue Authority`),

  rej('interview', ['internal_candidate'], {},
    `Dear Mr Kettering,

Thank you for attending interview for the post of Head of Revenues and Benefits.

The post has been offered to, and accepted by, the candidate currently acting up in the role. I am therefore writing to let you know that you have not been successful.

Yours sincerely,
Director of Finance`),

  hold('final', ['role_closed'], {},
    `Dear Dr. Mwangi,

Thank you for your visit to campus last week as a finalist for the Director of Institutional Research position.

I am writing to let you know that the University has placed a temporary hold on senior administrative appointments while the Board of Trustees completes a review of the division's structure. As a result, we are not able to make a decision on this search at present. We expect to have clarity by the end of next month, and I will contact you then. You remain one of our finalists.

With appreciation,
Dr. Celeste Monroe
Vice Provost and Search Chair`, 'Director of Institutional Research search'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Georgia,

Following on from our phone call: the Environmental Health Technician post needs someone who is already registered with the Environmental Health Registration Board, or at least working towards it with an approved degree, and from what you told me your degree isn't on the approved list. So I'm afraid we can't take you forward. If you do the top-up course you mentioned, do apply again – we recruit technicians most years.

Kind regards,
Deborah
HR Advisor`),

  rej('application', ['generic'], {},
    `Dear Mohammed,

Thank you for applying for the Parking Enforcement Officer role. Unfortunately we have decided not to take your application further. Please do not reply to this email.

Kind regards,
Recruitment
Ravensbourne Council`),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Ana,

Thanks so much for interviewing with us for the Membership Coordinator role at the Wildflower Conservancy. We had a great group of people to choose from and we've gone with someone whose background matched the role a bit more closely. It was nice to meet you and we'd really like you to consider us again in future.

Warmly,
Jo`),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Ms Mahlangu,

Thank you for completing the in-tray exercise for the post of Executive Assistant to the Vice-Chancellor.

Candidates needed to score 60% on the exercise to be invited to the panel interview. Your score was 52%; the prioritisation task was completed well, but the draft reply to the external stakeholder was not completed in the time available.

You may request more detailed written feedback from the recruitment office within 28 days.

Regards,
Recruitment Office`),

  rej('interview', ['generic'], {},
    `Beste Johan / Dear Johan,

Thank you for your interview on Tuesday for the position of Policy Officer at the Municipality of Westerkaap. The selection committee has decided to proceed with another candidate. We thank you for your interest and wish you every success.

With kind regards,
Team HRM`),

  rej('final', ['location'], { ...fb },
    `Dear Ms Sato,

Thank you for attending the selection day for the British Army Reserve – Civilian Instructor (Languages) post and for passing each of the exercises.

I am sorry to have to tell you that we cannot take your application further. The post requires security clearance to SC level, and under the nationality rules for this role candidates must be British citizens or have held dual nationality with the UK for a minimum period. Our vetting team has confirmed that you do not meet this requirement.

Yours sincerely,
Civilian Recruitment Officer`),

  rej('application', ['generic'], {},
    `Thank you for applying to the City of Brookhaven. After review, your application for Recreation Aide will not be moved forward to the next step in the hiring process. Please visit our website for other opportunities.`),

  rej('interview', ['generic'], { ...door, ...offered },
    `Dear Ms Papadopoulos,

Recruitment Outcome
Role: Senior Project Officer, Clerk Grade 9/10
Requisition Number: REQ512204
Agency: Department of Planning, Housing and Infrastructure (Parramatta)

Thank you for your interest in the above role and for the time you invested in the recruitment process, which included the online capability assessment, the targeted questions, and the panel interview held on 28 October.

The hiring manager and the assessment panel have now finalised their recommendation, and I regret to inform you that you have not been recommended for appointment to this role on this occasion.

We understand that this will be disappointing news. All candidates in this process were assessed against the focus capabilities of the role described in the role description, using the same assessment methods and the same panel, to make sure that the process was fair and that the decision was based on merit. The panel's recommendation was approved by the delegate on 12 November.

Talent pool

Although you were not recommended for this particular role, the panel assessed you as suitable for roles of this kind. Under the Government Sector Employment Rules, your name has therefore been placed in a talent pool for Senior Project Officer roles at Clerk Grade 9/10 and similar roles for a period of up to 18 months from the date the role was advertised. During this time any agency within the sector may contact you to offer you an ongoing or temporary role from the pool without further advertising. Being in a talent pool does not guarantee that you will be offered a role.

If you do not wish to remain in the talent pool, please let us know by replying to this email and we will remove your details.

Feedback

You may request feedback on your performance in the assessments. To arrange a feedback session, please contact the hiring manager, Mr Daniel Whitmore, on (02) 9860 1147 or by email within four weeks of receiving this letter. Feedback sessions are usually held by phone and take about 15 minutes.

Privacy

Information you provided during this process will be used and stored in accordance with the Privacy and Personal Information Protection Act 1998. Your assessment results may be used by other agencies where you are offered a role from the talent pool.

We encourage you to keep an eye on I Work for NSW for future opportunities that match your skills and interests, and we thank you once more for your interest in working for the Department.

Kind regards,

Talent Acquisition Team
People and Culture Branch
Department of Planning, Housing and Infrastructure`, 'Recruitment outcome – REQ512204 Senior Project Officer'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Dela Cruz,

Good day!

This refers to your application for the position of Administrative Officer II (Plantilla Item No. AO2-14-2026) in the City Government of San Isidro.

Please be informed that after the initial evaluation by the Human Resource Merit Promotion and Selection Board (HRMPSB), your application did not qualify for the next step because you do not possess the required Career Service Professional eligibility (or its equivalent under the Qualification Standards). Only applicants who meet the minimum qualification standards of education, training, experience and eligibility are included in the comparative assessment.

Thank you for your interest to serve in the City Government.

Very truly yours,

ATTY. RHEA M. SANTIAGO
City Human Resource Management Officer`, 'Result of initial evaluation – AO II'),

  // ── Look-alikes of the same institutions
  other(`Dear Mr. Iqbal,

Re: Assistant Fire Safety Officer – Reserve List

Following your interview on 4 March, I am pleased to inform you that the interview board has found you suitable for appointment and has placed you on the reserve list for this post. The list is valid for one year and is used in order of merit.

Two posts have been filled from the top of the list today. Your position on the list is number 4. We will contact you directly should a further vacancy arise.

Please let us know if your contact details change.

Yours sincerely,
Human Resources, Fingal Coast County Council`, 'Reserve List – Assistant Fire Safety Officer'),

  other(`Dear Candidate,

Roll No.: 2601188
Post: Assistant (Grade A) – Advt. No. 2/2026

You have been provisionally shortlisted for Document Verification on the basis of your performance in the Main Examination. Please report at the Regional Office, Chennai on 18.12.2026 at 09:30 hrs with the following original documents along with one set of self-attested photocopies:

1. Call letter for Document Verification
2. Date of birth proof
3. Mark sheets and certificates of educational qualifications
4. Caste/category certificate, if applicable
5. Photo identity proof

Candidates failing to produce the required documents will not be permitted to proceed further in the selection process.

Deputy General Manager (Recruitment)`, 'Call letter – Document Verification'),

  other(`Dear Ms Lucas,

Thank you for submitting your application for Environmental Officer, Vacancy Ref: 22-ENV-884. Your application reference number is APP-0447188. Please quote this number in all correspondence.

Interviews are provisionally scheduled for the week commencing 17 August. If you are shortlisted, we will contact you by email.

People Services
Waterways Authority`, 'Application reference APP-0447188'),

  other(`Dear Mr. Chandler,

Re: Panel Interview – Senior Procurement Officer (Job ID 26-0338)

Thank you for your application. The selection panel would like to invite you to a panel interview on Monday 9 November at 2:00 pm (AEST) via Microsoft Teams. The panel will be chaired by Ms Rebecca Huon, Director Procurement, and will also include two other members.

You will be asked to prepare a 5-minute response to the following question, to be delivered at the start of the interview: "How would you assess value for money in a multi-year ICT contract?"

Please confirm your availability by return email.

Kind regards
Recruitment Officer`, 'Invitation to panel interview – Job ID 26-0338'),
];
