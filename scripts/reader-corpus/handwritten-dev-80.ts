/**
 * Development messages of the eightieth round: public service and hourly work. The first half comes from civil
 * service and government recruitment (success profiles, sift scores, reserve and merit lists, USAJobs-style notices,
 * written exams and cut-off marks in Canada, Australia and India), councils, police forces, the armed forces and
 * defence contractors with clearance, nationality and medical rules. The second half comes from retail, warehouses,
 * delivery, restaurants, cafés, hotels, call centres, cleaning, security and driving: store managers' two-line notes,
 * chains' applicant systems and chatbots, temp agencies. Declines turn on availability, trial shifts, licences and
 * certificates, distance, right to work, background checks and filled seasonal posts. Look-alikes use the same words
 * and decline nothing: applications received, referrals, hiring days, interview slots by text, shift confirmations,
 * onboarding and clearance paperwork, admit cards, eligibility notices.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d80-');

export const HANDWRITTEN_DEV_80: readonly CorpusLine[] = [
  // ── Public sector: civil service, councils, police, forces, agencies
  rej('application', ['assessment'], { ...fb },
    `Dear Applicant,

Vacancy reference: 318842 - Higher Executive Officer, Policy Delivery (Department for Rural Infrastructure)

Thank you for applying. Your application has now been assessed against the success profiles for this role.

Unfortunately, you did not meet the pass mark at sift. Your scores were:
Behaviour - Delivering at Pace: 3
Behaviour - Communicating and Influencing: 3
Personal statement: 2

The minimum score required to progress was 4 for each element.

This message was sent from an unmonitored mailbox. Please do not reply.
Civil Service Jobs`, 'Civil Service Jobs - update on your application 318842'),

  rej('interview', ['assessment'], { ...fb, ...door },
    `Dear Tomasz Nowak,

Thank you for attending the interview for Executive Officer - Case Progression (ref 301177) on 12 March.

The panel scored your responses as follows: Making Effective Decisions 4, Working Together 5, Strength questions 3 (overall 12/21). The pass mark for this campaign was 14, so on this occasion you have been unsuccessful at this stage.

We would encourage you to look out for further Executive Officer campaigns, which are advertised regularly.

Resourcing Team`, 'Outcome of your interview - 301177'),

  hold('interview', ['generic'], {},
    `Dear Ms Achterberg,

Following your interview for Administrative Officer (ref 299104), you met the required standard but were not ranked high enough to receive an offer at this time. You have been placed on a reserve list, which will remain in place for 12 months. If a suitable vacancy arises during this period, we may contact you with an offer in merit order.

You do not need to do anything at present.

Government Recruitment Service`, 'Reserve list - Administrative Officer'),

  rej('final', ['position_filled', 'profile_mismatch'], { ...door },
    `Dear Rhiannon,

I'm writing about the Senior Policy Adviser campaign (ref 287750). You passed the final interview and were placed on the reserve list in March. The 12-month reserve period has now ended and all posts have been filled from candidates ranked above you in merit order, so the list has been closed and we are unable to make you an offer.

I know this will be disappointing after getting so far. We hope you will apply for future roles with the department.

Kind regards
Owain Pritchard
Recruitment Hub, Cardiff`, 'Reserve list closure - 287750'),

  other(`Dear Candidate,

Thank you for your application for Grade 7 Economist (ref 322019). We confirm that it was submitted on 04/02 at 23:41.

Sift is expected to take place in the week commencing 17 February. Candidates who pass sift will be invited to an interview, which will assess the behaviours and technical elements listed in the advert.

Please do not reply to this email.`, 'Application submitted - 322019'),

  other(`Dear Jasmine,

Congratulations - you have passed the sift for Executive Officer, Customer Insight (ref 310455) and we would like to invite you to interview.

Please log in to your Civil Service Jobs account and book a slot between 3 and 7 June. Interviews will be held on Microsoft Teams and will last around 45 minutes. You will be asked questions about two behaviours (Seeing the Big Picture, Working Together) and two strengths.

If you require reasonable adjustments, let us know when booking.`, 'Invitation to interview - 310455'),

  rej('application', ['location'], { ...fb },
    `Dear applicant,

Thank you for your interest in the post of Data Analyst (ref 304411). The advert stated that this role is subject to UK nationality requirements and that the post holder must have been resident in the UK for at least 3 of the last 5 years to obtain Security Check (SC) clearance.

From the information in your application you do not meet the residency requirement, and we are therefore unable to take your application further.

Regards
Vetting and Recruitment`, 'Your application - 304411'),

  rej('application', ['generic'], {},
    `Thank you for applying for Team Leader (ref 317002). We received a high number of applications and, after careful consideration, you have been unsuccessful at this stage.

Please do not reply to this message.`, 'Application update'),

  rej('screen', ['salary'], { ...fb },
    `Hi Kwame,

Thanks for the chat on the phone yesterday. As I mentioned, Band 6 in our council is fixed at £41,200-£44,100 and there's no flexibility to start above the top of the band. Given what you told me you're on now, I don't think we can make this work for you, so I'll close your application for the Planning Officer post.

All the best,
Carol Whitfield
HR Business Partner, Eastmoor District Council`, 'Planning Officer - following our call'),

  rej('interview', ['internal_candidate'], { ...offered },
    `Dear Mr Okafor,

Re: Principal Housing Officer (Post ref HS/0423)

Thank you for attending interview on Thursday. The panel was impressed by your preparation. On this occasion the post has been offered to an existing member of the council's housing team, who was redeployed under our organisational change policy, which gives priority to staff at risk.

If you would like feedback from the panel, please contact me on 01632 960 411.

Yours sincerely
Jennifer Sloane
Recruitment Officer
Brackenridge Borough Council`, 'Principal Housing Officer'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

POLICE CONSTABLE RECRUITMENT - ASSESSMENT CENTRE RESULT

Thank you for attending the online assessment centre. To pass, candidates must achieve at least 50% overall and meet the minimum standard in each competency. Your overall score was 46%. You scored below the minimum for the written exercise (Emotionally Aware and Collaborative).

You may reapply after a period of 6 months from the date of this letter.

Resourcing Unit, Northvale Police`, 'Your assessment centre result'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Dean, this is Sgt Harris from recruitment. Sorry to say you didn't pass the fitness test this morning - you stopped at level 4.8 on the bleep test and the standard is 5.4. Because this was your third attempt we can't offer you another one on this intake. Ring me if you want to talk options.`, ''),

  rej('assessment', ['generic'], {},
    `Dear Ms Lindqvist,

Further to your application to join Easthaven Constabulary as a Police Community Support Officer, we write to inform you that you have not been successful in the vetting process.

In line with national guidance, we are not able to give reasons for vetting decisions. You have the right to appeal within 28 days by writing to the Force Vetting Unit.

Force Vetting Unit`, 'PCSO application - vetting outcome'),

  other(`Dear Amelia,

Thank you for submitting your vetting forms. Your application has now been passed to the Force Vetting Unit. Vetting normally takes 6-8 weeks. Please make sure you have also booked your medical and biometric appointment via the link in your candidate portal.

You do not need to contact us during this period.`, 'Vetting forms received'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for your interest in joining the Army. We have reviewed the results of your medical assessment.

Unfortunately, the Defence medical standards do not allow us to enlist candidates with a history of asthma symptoms or treatment within the last four years, and you have therefore been graded as permanently unfit for entry at this time.

Army Recruiting Group`, 'Army application - medical outcome'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Mateus,

Thanks for applying for the Systems Integration Engineer role at Halberd Defence Systems. This position requires eligibility for DV clearance, and our security team have confirmed that, as a dual national who has lived in the UK for under 10 years, you wouldn't be able to obtain it within the timescale of the programme.

I'm sorry it isn't better news. We do have some unclassified roles on our commercial side and I'd be glad to put your CV forward for those if you're interested.

Laura Benning
Talent Acquisition, Halberd Defence Systems`, 'Systems Integration Engineer - Halberd'),

  rej('final', ['position_filled'], {},
    `Hello Ravi,

Thanks again for coming through all three stages with us, including the final panel in Bristol. I've just had word from our security team that your clearance application has been refused by UKSV. Because the role requires SC to start, we've had to withdraw the conditional offer, and we've since offered the post to the reserve candidate, who has accepted.

Regards,
Ewan Castle
Resourcing Lead - Marlow Aerospace`, 'Re: Conditional offer - Software Test Engineer'),

  other(`Dear Ravi,

Congratulations again on your conditional offer. To start your security clearance, please complete the National Security Vetting questionnaire via the link below within 5 working days. You will need your passport, addresses for the last 5 years and details of any foreign travel.

Marlow Aerospace People Team`, 'Action required: security clearance forms'),

  rej('application', ['skills_gap'], { ...fb },
    `The Office of Personnel and Talent has reviewed your application for the position of Management Analyst, GS-0343-12, Announcement AGR-24-11823-MP.

Status: Not Referred - Ineligible
Reason: Based on your application, you do not meet the specialized experience requirement. Your resume did not show one year of specialized experience equivalent to the GS-11 level, including conducting program evaluations and preparing findings for senior leadership.

For additional information on this job, please contact the Human Resources office listed in the announcement.`, 'Application Status Update - AGR-24-11823-MP'),

  rej('application', ['profile_mismatch'], {},
    `Your application for the position of IT Specialist (INFOSEC), GS-2210-13, Announcement number DHR-2024-0413 has been reviewed.

You were found eligible and qualified for this position. However, you were not among the best qualified candidates and your name was not referred to the selecting official for further consideration.

Thank you for your interest in federal employment.`, 'USAJOBS - Application Status Change'),

  rej('application', ['generic'], {},
    `Notice of Results - Announcement 24-PHX-ENG-0287

Your application was referred to the hiring manager for further consideration. The selecting official has made a selection and you were not selected.

This is an automated message. Please do not respond.`, 'Your application status has been updated'),

  other(`Notice of Results - Announcement VA-24-LLM-1190 (Medical Support Assistant, GS-0679-5)

Based on your application and assessment responses, you have been rated eligible and your name has been referred to the selecting official for further consideration. If selected for an interview, you will be contacted directly by the hiring office. 

Veterans' preference has been applied where claimed (TP).

No action is required at this time.`, 'USAJOBS - Referred'),

  rej('interview', ['position_filled'], {},
    `Dear Mr. Delgado,

Thank you for interviewing for the Contract Specialist (GS-1102-11) position with the Southwest Regional Office. The selecting official has selected a candidate with veterans' preference who has accepted the tentative job offer, and the certificate has been closed.

Sincerely,
Human Resources Division`, 'Contract Specialist - Selection'),

  rej('application', ['location'], { ...fb },
    `Hello Priyanka,

Thank you for applying to Program Analyst, Announcement ST-24-0091. This announcement was open to current permanent federal employees (merit promotion) and veterans eligible under VEOA only. Your application did not indicate that you fall into either group, so you were found ineligible for this announcement.

You may wish to search for announcements open to the public (U.S. citizens).`, 'Eligibility determination - ST-24-0091'),

  rej('application', ['role_closed'], {},
    `This notice is to inform you that Vacancy Announcement FW-24-5520, Biological Science Technician, has been cancelled due to a change in agency staffing needs. No selection will be made from this announcement.

Thank you for your interest.`, 'Vacancy cancelled - FW-24-5520'),

  hold('application', ['role_closed'], {},
    `Dear applicant,

Due to the hiring freeze announced by the Department this week, all pending selections under Announcement HHS-24-772 are on hold. Your application remains active and has not been rejected. We will update you once the freeze is lifted.

Office of Human Resources`, 'Hiring freeze - status of your application'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Jordan,

Thanks for coming in to talk with us about the Eligibility Worker I position at the County of Marrick. We've decided to offer the job to someone else. The main thing was Spanish: about 60% of our walk-in clients at the Riverside office are Spanish speakers and the panel needed someone who could pass the bilingual proficiency exam now, not down the line.

The county posts Eligibility Worker openings every few months, so please keep an eye out.

Sandra Olvera
Supervising Eligibility Worker`, 'County of Marrick - Eligibility Worker I'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Candidate,

Thank you for participating in the written examination for Firefighter Trainee, Exam No. 24-117.

Your score: 64.50
Passing score: 70.00

As your score is below the passing point, your name will not be placed on the eligible list. You may apply for the next examination when it is announced.

Civil Service Commission - City of Northport`, 'Exam results - Firefighter Trainee'),

  other(`Dear Chen Wei,

Your name has been placed on the eligible list for Administrative Assistant II, rank 14 of 52, final score 88.75. The list will remain in effect for one year. Departments with vacancies will contact candidates in rank order.

Being placed on the list does not guarantee employment.`, 'Eligible list placement'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Aditya,

Subject: Recruitment of Junior Clerk, Advt. No. 07/2024 - Result of Written Examination

The result of the written examination held on 14.07.2024 has been declared. The cut-off marks for the General category were 71.25. You have secured 66.50 marks and have therefore not qualified for the typing skill test. Your candidature stands rejected for this recruitment.

The result is available on the Commission's website.

Controller of Examinations`, 'Result of written examination'),

  other(`STATE PUBLIC SERVICE COMMISSION
Admit Card - Assistant Section Officer Preliminary Examination 2024

Name: Meenakshi R.
Roll No: 2410034471
Centre: Govt. Higher Secondary School, Sector 9
Date: 22.09.2024, Reporting time: 08:30

Candidates must bring this admit card and a valid photo ID. Electronic devices are not permitted.`, 'Admit card released'),

  rej('final', ['generic'], {},
    `Dear Candidate,

The final merit list for the post of Staff Nurse (Advt. 12/2023) has been published after the interview and document verification. Your roll number does not appear in the final merit list. Candidates not included in the merit list will not be considered further.

Medical Services Recruitment Board`, 'Final merit list published'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Ms Tremblay,

Thank you for participating in the interview for the Program Officer (PM-04) process, selection process number 24-HCX-EA-118. After assessment, other candidates were found to be a better fit for the organizational needs identified for this process, and you will not be appointed at this time.

Your profile remains in the inventory, and you may be contacted for similar opportunities over the next 12 months.

Regards,
Staffing Advisor`, 'Selection process 24-HCX-EA-118'),

  rej('assessment', ['assessment'], { ...fb },
    `Bonjour / Hello Mr. Gagnon,

Your result on the Second Language Evaluation - Reading Test is B. The position requires bilingual imperative CBC. As you have not obtained the required level, you are eliminated from this selection process.

Public Service Staffing`, 'Selection process 24-ESD-IA-2201 - result'),

  rej('application', ['location'], { ...fb },
    `Dear Noah,

Thank you for your application for APS 5 Policy Officer (Vacancy 24/0667). Applicants must be Australian citizens. As you indicated that you hold a temporary skilled visa, your application cannot be progressed.

Recruitment Team`, 'Your application - APS 5 Policy Officer'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Dear Hannah,

Thank you for your interest in the APS 6 Senior Project Officer role. Your application and interview were assessed against the work level standards and the selection criteria. While you were found suitable, you were not ranked highly enough compared to other candidates to be placed in the merit pool.

You are welcome to request feedback from the convenor, Lachlan Reid, on (02) 6100 4482. We encourage you to apply for future opportunities.

People Services`, 'Outcome of selection process'),

  other(`Dear Hannah,

You have been found suitable for the position of APS 5 Project Officer and have been placed in a merit pool for 18 months. Merit pools may be used to fill similar vacancies at the same level across the APS. You may be contacted by this or another agency.

This is not an offer of employment.`, 'Merit pool notification'),

  hold('final', ['generic'], {},
    `Hi Sione,

Just a quick note - I know you were expecting to hear by today about the Regional Coordinator role after your final interview. The delegate is on leave until the 20th and can't sign off the outcome before then. No decision has been made yet. I'll be in touch as soon as I can.

Mere Tupou
Recruitment Advisor, Department of Community Services`, 'Regional Coordinator - delay'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr Fairweather,

Thank you for applying for the Clerical Officer position at the Western Health Board. The panel noted that you hold a PhD and have many years of senior research experience. We felt that your qualifications and experience are considerably higher than those required for this entry-level administrative post, and that the role would not offer you the challenge you are likely to be seeking.

We will not be shortlisting you for interview on this occasion.

HR Department`, 'Clerical Officer - shortlisting'),

  rej('interview', ['overqualified', 'salary'], { ...fb },
    `Dear Gareth,

Thank you for meeting us for the Facilities Assistant post. The panel felt your background as a site manager is well beyond what this role involves, and we were also conscious that the grade (Scale 3, £23,500) is a long way below your current salary. We have decided not to offer you the post.

Kind regards
Beth Morgan
Facilities Manager, Glanrhyd County Council`, 'Facilities Assistant'),

  rej('application', ['skills_gap'], { ...fb },
    `Thank you for applying for the role of Environmental Health Officer. The person specification lists registration with the Environmental Health Registration Board as essential. Your application does not show that you hold registration, so you have not been shortlisted.

Recruitment Team, Kingsmere City Council`, 'Your application for Environmental Health Officer'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Blake,

Thanks for sitting down with me and Corporal Jenkins last week about the detention custody officer role. I'll be straight with you since you asked: we felt your answers about handling confrontational detainees leaned a lot on force rather than de-escalation, and that doesn't sit with how we run the suite. We won't be taking your application further.

Insp. Rosalind Akers`, 'Custody officer - decision'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Ms Oyelaran,

Thank you for attending the final stage panel for Deputy Director, Corporate Services. The panel concluded that your leadership approach was not the best fit for the collaborative, matrix-working culture of the organisation at this time, and you will not be appointed.

Yours sincerely
Executive Recruitment, Sterling Partners (on behalf of the Authority)`, 'Deputy Director - outcome'),

  rej('interview', ['role_closed'], {},
    `Dear Callum,

I'm sorry to let you know that, following the council's budget review this week, the Community Engagement Officer post you interviewed for has been removed from the establishment. We therefore won't be making an appointment and your application is now closed.

Tracy Hollins
Neighbourhoods Service Manager`, 'Community Engagement Officer - update'),

  hold('interview', ['role_closed'], {},
    `Hi Zainab,

Following the election announcement, we are now in the pre-election period and all external recruitment, including the Communications Officer post you interviewed for, is paused until after polling day. Your application is still live and no decision has been made. We'll pick things up with you in early July.

Department Resourcing`, 'Recruitment paused - pre-election period'),

  rej('application', ['internal_candidate'], {},
    `Thank you for your interest in Senior Administrator, Legal Services. This vacancy was advertised simultaneously internally and externally. A suitable candidate on the council's redeployment register has been identified and has been appointed without interview, so the external process has been closed.

People Services`, 'Senior Administrator - vacancy closed'),

  rej('screen', ['internal_candidate'], {},
    `Hey Lucas, following up on our call Tuesday about the dispatcher role. Turns out we're promoting one of our call-takers who's been covering it for six months, so we won't be filling it from outside. Sorry to have taken your time. - Michelle, County 911 Center`, 'dispatcher job'),

  other(`Dear Sarah,

Thank you for your interest in joining the Royal Navy. Your application has been received and an Armed Forces Careers Office adviser will call you within 10 working days to arrange your Initial Interview. In the meantime, please start working on your fitness - you'll need to complete a 2.4km run in the target time before your Pre-Joining Fitness Test.`, 'Your Royal Navy application'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hello Emre,

Thank you for applying to the Cyber Threat Analyst role at Stonewall Defense Solutions. This position supports a DoD contract and requires U.S. citizenship and an active TS/SCI clearance at start. Your application indicates you are a permanent resident and do not currently hold a clearance, so we are unable to move forward.

Stonewall Talent Acquisition`, 'Cyber Threat Analyst - application update'),

  rej('assessment', ['generic'], { ...door },
    `Dear Applicant,

Thank you for your continued interest in the Border Force Officer role. Following the pre-employment checks stage, we regret to inform you that we are unable to progress your application further. We are unable to give the specific reasons for this decision.

You may reapply in future campaigns.`, 'Border Force Officer - pre-employment checks'),

  hold('assessment', ['generic'], {},
    `Dear Mr Hussain,

We are writing to let you know that your security vetting is taking longer than expected because it involves checks with overseas authorities. This is not a negative outcome and your provisional offer remains in place. We will contact you once the process is complete.

Onboarding Team`, 'Vetting delay'),

  other(`Dear Olivia,

Thank you for withdrawing your application for Police Staff Investigator (ref 2024/PSI/033). We have closed your application as requested. We wish you the very best and hope you consider a role with us in the future.

Recruitment Team`, 'Application withdrawn'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Candidate,

The selection process for Lower Division Clerk (Notification No. 3/2024) has been completed after the interview stage, and all posts have been filled. Your name was not included in the select list.

Candidates are advised to follow the Board's website for future notifications.`, 'Recruitment completed'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Candidate,

Your application for the post of Assistant Engineer (Civil) has been rejected on scrutiny for the following reason: the essential qualification (B.E./B.Tech in Civil Engineering) was not obtained by the closing date. 

Candidates may file a representation within 15 days.`, 'Rejection of application on scrutiny'),

  other(`Hi Ben,

Thank you for attending the assessment day for the Graduate Scheme in Local Government. Results will be shared by the end of next week. Please remember to upload your degree certificate to the portal so we can complete eligibility checks.

The Graduate Programme Team`, 'Thanks for attending the assessment day'),

  rej('interview', ['generic'], { ...offered },
    `Dear Imogen,

Thank you for attending the interview for Library Assistant on Friday. I'm sorry to tell you that you were unsuccessful on this occasion. There was a very strong field.

Feedback is available on request from the recruiting manager within four weeks.

Libraries and Culture, Wyvern Council`, 'Library Assistant interview'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Candidate,

Thank you for completing the Civil Service Judgement Test as part of your application for Administrative Officer (ref 316612). Your score did not meet the minimum threshold to progress and your application will not be taken forward.

Your test report, showing how you performed on each situation, is available in your account. If you have any questions about it, contact the vacancy holder.`, 'Online test result - 316612'),

  other(`Hi Tomasz,

Good news - you were successful at interview for Executive Officer (ref 301190) and we'd like to make you a provisional offer. This is subject to pre-employment checks (identity, right to work, references and BPSS). Please accept the offer in your account within 5 working days.

Resourcing Team`, 'Provisional offer - 301190'),

  rej('application', ['profile_mismatch'], {},
    `Dear Pavel,

Thank you for applying for Grants Officer at the Northbridge Combined Authority. The shortlisting panel has reviewed your application against the person specification and has decided not to invite you to interview, as other applicants more closely met the criteria.

HR Services`, 'Grants Officer - shortlisting outcome'),

  rej('application', ['role_closed'], { ...door },
    `Dear applicant,

We are writing to let you know that the recruitment to Trainee Traffic Officer has been withdrawn while the service is reviewed. We will not be progressing any applications. We expect to re-advertise later in the year and hope you will consider applying again.

Highways Service`, 'Trainee Traffic Officer - recruitment withdrawn'),

  rej('application', ['salary'], { ...fb },
    `Thank you for your application for Democratic Services Officer. You stated an expected salary of £48,000. The post is graded at Grade 7 (£34,834-£37,938) and the council is unable to appoint above the scale, so we will not be progressing your application.`, 'Your application'),

  // ── Hourly and frontline work: retail, warehouses, delivery, food, hotels, call centres, cleaning, security, driving
  rej('application', ['skills_gap'], { ...fb },
    `Hi Tyler! Thanks for applying to Crew Member at Brightside Burgers #0482. Unfortunately we're only able to hire for weekday day shifts and your availability shows evenings and weekends only. We won't be moving forward right now. Reply STOP to opt out.`, 'Brightside Burgers'),

  rej('application', ['skills_gap'], { ...fb },
    `Hey Aaliyah, it's Kim from Petal & Pour. Thanks for applying! Honestly we need someone who can do Sat and Sun every week and you said you can't do weekends, so it won't work this time. Good luck!!`, ''),

  rej('interview', ['assessment'], { ...fb, ...door },
    `Hi Marco,

Thanks for coming in for the trial shift on Saturday. You were great with customers, but the pace on the line during the dinner rush was too much - tickets were backing up at your station and a few plates went out wrong. We're going to go with someone who's done high-volume grill before.

If you want to get some more kitchen time and try again in a few months, the door's open.

Cheers,
Dani
Head Chef, Fennel Street Kitchen`, 'Trial shift'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Jamal,

Thank you for your application for Warehouse Operative (Reach Truck) at our Daventry site via Swiftline Staffing. This assignment requires a valid counterbalance or reach truck licence (RTITB or equivalent), which we couldn't see on your profile. We're unable to put you forward for this one.

If you get certified, update your profile and we'll look again - we also have picker/packer shifts that don't need a licence if you'd like to be considered.

Swiftline Staffing - Midlands Industrial Team`, 'Your application - Reach Truck Operative'),

  rej('application', ['location'], { ...fb },
    `Hi Georgia, thanks for applying with us! Our Ridgeway fulfillment center is about 38 miles from the address on your application and there's no public transport for the 5:30am start. Because of that we won't be moving forward. — Olivia, Ridgeway Hiring Assistant`, 'Your Ridgeway application'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Hi Abdi,

Thanks for your interest in a Delivery Associate role with Rapido Courier. Our insurer requires drivers to be 21 or older and to have held a full driving licence for at least 2 years. Based on the date of birth you gave, you're not eligible yet, so we can't continue with your application.

Rapido Courier Driver Onboarding`, 'Driver application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Kelsey,

Thanks for applying to be a Delivery Driver with FreshCart. We need all drivers to hold a full UK driving licence (category B) and you mentioned you have a provisional licence. Once you've passed your test, we'd love to hear from you again.

The FreshCart Team`, 'FreshCart - driver application'),

  rej('application', ['position_filled'], { ...door },
    `Hi Leo,

Thank you so much for your interest in joining Hartwell's this holiday season! We've now filled all our seasonal positions at the Westfield store. We'll keep your details for our next hiring day and get in touch when we're recruiting again.

Happy holidays,
Hartwell's Talent Team`, 'Seasonal hiring at Hartwell\'s'),

  rej('application', ['position_filled'], {},
    `hi sorry the barista job is gone, we hired someone on friday. thanks for dropping your cv in. -Rob`, 'Re: barista'),

  rej('assessment', ['generic'], {},
    `Dear Devon Pierce,

This notice is to inform you that Talon Logistics has made a final decision not to proceed with your employment based in whole or in part on information contained in your consumer report obtained from Verifax Screening Services.

You have the right to obtain a free copy of the report from Verifax within 60 days and to dispute the accuracy or completeness of any information in it. Verifax did not make this decision and cannot explain why it was made.

Talon Logistics Human Resources`, 'Notice of Adverse Action'),

  other(`Dear Devon Pierce,

Talon Logistics is considering taking action that may adversely affect you based in part on your background report. A copy of the report and a summary of your rights are attached. If you believe any information in the report is inaccurate, please contact Verifax within 5 business days.

This is not a final decision.`, 'Pre-Adverse Action Notice'),

  rej('application', ['generic'], {},
    `Hi Shannon, we tried calling you for your interview at 2pm today but you didn't show. We've closed your application for the Host position. Thanks, Amber - Cove Bistro`, 'Missed interview'),

  rej('interview', ['location'], { ...fb },
    `Hi Julian,

It was good to meet you at the hiring day on Thursday. Unfortunately, when we went through the right-to-work check, the documents you brought don't give you permission to work in the UK beyond 20 hours a week during term time, and the night shift pattern is 36 hours. We can't offer you the role as things stand.

Kind regards,
Hayley Dunn
People Team, Northgate Distribution`, 'Night Shift Team Member'),

  other(`Hey Julian! 👋 I'm Olivia, the Northgate Distribution hiring assistant. Great news - you qualify for our hiring event! Pick a time:
1) Thu 10:00
2) Thu 13:30
3) Fri 09:00
Reply with 1, 2 or 3. Please bring your passport or share code so we can check your right to work.`, 'Northgate hiring event'),

  other(`Hi Amy, you're booked for a trial shift at Lemon Tree Café, Saturday 8am-12pm. Wear black trousers and closed shoes, we'll give you an apron. Any problems text this number. See you then! Jess`, ''),

  other(`Thank you for applying to Sales Associate at Brightmoor Home (Store #214). We've received your application and our store team will review it. If your experience matches what we're looking for, someone from the store will contact you to schedule an interview.

This mailbox is not monitored.`, 'We received your application'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Marguerite,

Thanks for your application for the part-time cashier role. I can see you've been a store manager for ten years! To be honest I think you'd be bored quickly on tills and I'd worry about losing you after a few weeks, so I'm going to pass this time.

Nadia
Assistant Manager, Coopers Market Elmhurst`, 'Re: cashier'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hello Mr Ansah,

Thank you for meeting me yesterday about the security officer position at Grafton Tower. Given your years running security operations for a whole estate, we feel the role, which is mostly front desk and patrols, would not use your experience, and we've decided to go with another candidate. If a supervisor post comes up I would very much like to contact you.

Regards,
Paul Kirwan
Site Manager, Sentry Guarding Services`, 'Security Officer - Grafton Tower'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ibrahim,

Thank you for applying for the Door Supervisor role. All our officers must hold a valid SIA licence before deployment, and we could not find a licence on the public register under your name. Please get back in touch once your licence is issued.

Keystone Security Recruitment`, 'Door Supervisor application'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Renata,

Thanks for completing the listening and typing assessment for the Customer Service Advisor role at Clearline Contact Centres. The minimum typing speed for this campaign is 35 words per minute with 95% accuracy; your result was 28 wpm. We're unable to progress your application at this time.

Clearline Recruitment`, 'Assessment result'),

  rej('interview', ['salary'], { ...fb },
    `Hi Tom,

Thanks for the interview on Monday for the warehouse team leader post. You mentioned you'd need at least £16 an hour, and the most we can do for this role is £13.40 plus the night premium. I don't think we can meet in the middle, so we'll leave it there. Good luck.

Craig Barnes
Shift Manager, Alder Foods`, 'Team leader role'),

  rej('screen', ['salary'], { ...fb },
    `Hey Vanessa, thanks for the phone chat earlier. We can't go above $17.50/hr for the housekeeping supervisor role and I understand that's below what you need, so we'll close this one out. Appreciate your time! - Lena, Harbor Inn HR`, ''),

  rej('interview', ['internal_candidate'], {},
    `Hi Kofi,

Thanks for interviewing for the Shift Lead position. We've decided to promote one of our current crew members into the role, so we won't be moving forward with external candidates.

All the best,
Garcia's Taqueria management`, 'Shift Lead'),

  rej('application', ['internal_candidate'], { ...door },
    `Thanks for your interest in Keyholder at Riverbend Outfitters. This role has been filled by a current team member from within the store. We'd love to keep your application on file for future openings - keep an eye on our careers page!`, 'Riverbend Outfitters - Keyholder'),

  rej('interview', ['internal_candidate'], { ...offered },
    `Good afternoon Priscilla,

Thank you for attending the interview for Front Office Supervisor at the Calloway Grand. I'm sorry to let you know that we have appointed one of our receptionists, who has been acting in the role since the summer.

If you would find it useful, I'm happy to give you some feedback over the phone.

Best regards,
Elena Marsh
Front Office Manager`, 'Front Office Supervisor'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ethan,

Thanks for coming in. I enjoyed chatting. We're a tiny team and everyone here jumps in on everything - dishes, till, deliveries. You told me you'd rather stick to coffee only, and I think that'd be frustrating for you and us. So I'll pass on this one, but thanks for your time.

Marta
Owner, Ground Floor Coffee`, 'Re: barista job'),

  rej('interview', ['culture_fit'], {},
    `Hi Siobhan, thanks for doing the trial shift. The team felt it wasn't quite the right fit with how we work front of house, so we won't be offering you a position. Best of luck. — The Linen Room`, 'Trial shift follow-up'),

  rej('interview', ['profile_mismatch'], {},
    `Hello Rafael,

Thank you for interviewing with us for the Room Attendant position. After meeting several applicants, we have chosen candidates whose experience better matched our needs. We appreciate your interest in the Seaview Resort.

Human Resources`, 'Room Attendant'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Dana! Thanks for applying to Team Member at Sunny Side Bakery Café. After reviewing your application, we've decided to move forward with other applicants who are a closer match for this role. We'd love for you to apply again in the future! 🥐

Powered by Harri`, 'Update on your application'),

  rej('application', ['generic'], {},
    `Hi Omar, thank you for your interest in working at QuickBasket! We've reviewed your application for Grocery Shopper and at this time we won't be moving forward. Reply HELP for help or STOP to unsubscribe.`, ''),

  rej('application', ['role_closed'], {},
    `Hi Patrick,

Thank you for applying for the Kitchen Porter position at The Old Forge. Unfortunately the restaurant is closing for refurbishment from next month and we are no longer recruiting. We're sorry for any inconvenience.

The Old Forge`, 'Kitchen Porter'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Mia,

Following your interview last week for the Weekend Receptionist role, I'm sorry to say head office has decided to cut weekend reception cover at our clinic from next month, so the job no longer exists. I'll keep your details and call you if we reinstate it.

Thanks,
Louise, Practice Manager`, 'Weekend Receptionist'),

  hold('interview', ['role_closed'], {},
    `Hi Jordan, quick update - we've had to put hiring on hold at the Lakeside store while we wait on head office to confirm our labour budget for Q1. Nothing's been decided on your application, you're still top of my list. Should know more in 2 weeks. - Chris, Store Manager`, 'Re: sales associate'),

  hold('application', ['generic'], {},
    `Hi Aisha, this is Workstream on behalf of Pepper & Pine. The hiring team hasn't been able to review applications yet because of the holiday rush. Your application is still active - we'll message you as soon as they do. Thanks for your patience!`, 'Application update'),

  rej('interview', ['position_filled'], {},
    `Hi Ben, thanks for coming in yesterday for the delivery driver job. We've offered it to another candidate and he's accepted, so we're all set for now. Cheers, Sam - Metro Tiles`, ''),

  rej('screen', ['skills_gap'], { ...fb },
    `Hello Irina,

Thank you for talking with me on the phone today. As I explained, the night shift team leader at our call centre needs to be fluent in both English and Portuguese, as we cover our Brazilian client overnight. As you don't speak Portuguese, we are unable to continue with your application for this role.

Regards,
Kamal Patel
Resourcing, Vantage Contact Solutions`, 'Night Team Leader'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Connor,

Thanks for meeting me at the depot on Tuesday. You came across really well, but we need a driver with a Class 2 (Cat C) licence and a Driver CPC card for this route, and you only hold C1. If you get your Cat C we'd be happy to look at you again.

Steve Marsh
Transport Manager, Hollins Haulage`, 'HGV driver'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Hi Nicole, we've finished your checks for the Care Home Cleaner role. Your DBS came back fine but we couldn't get two references covering the last 3 years, which we must have for CQC. So we can't confirm your start date, sorry. — Maple Lodge Admin`, 'Pre-employment checks'),

  rej('screen', ['location'], { ...fb },
    `Hi Kieran! Thanks for chatting with Olivia, our virtual assistant. Based on your answers, you're not old enough to work at this location — team members who serve alcohol must be 18+. We won't be able to move forward with your application for Bartender at Taproom 9.`, 'Taproom 9 application'),

  other(`Hi Kieran! Thanks for applying to Taproom 9. I'm Olivia, the hiring assistant. A few quick questions: Are you 18 or older? (Yes/No) What days can you work? Do you have a food handler card?`, 'Taproom 9 application'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Dear applicant,

Thank you for registering with Beacon Temps. We are not able to offer you temporary assignments at present. Our current work is for candidates with warehouse or production experience living within the Leeds/Bradford area, and your registration does not match these requirements.

Beacon Temps`, 'Your Beacon Temps registration'),

  other(`Hi Rosa, your shift is confirmed: Saturday 14 Dec, 06:00-14:00, Picker at Orbit Logistics, Unit 4 Brookside Park. Bring hi-vis and safety boots. Reply YES to confirm or call the office on 0113 496 0722. Beacon Temps`, 'Shift confirmation'),

  other(`Welcome to the team, Connor! 🎉

Before your first day at Harbor Market, please complete your onboarding paperwork in the app: W-4, I-9 (bring your documents on day one), direct deposit and the food safety module. Your first shift is Monday at 7:00am. Ask for Denise at the front desk.`, 'Complete your onboarding'),

  other(`Hi Maya, you're invited to our Hiring Day! 🛒

When: Saturday 3rd Feb, 10am-2pm
Where: Greenway Supermarket, Castle Street (staff entrance)

Bring photo ID and proof of right to work. Interviews happen on the day and offers may be made on the spot.`, 'Greenway Hiring Day'),

  other(`Thanks for stopping by our hiring event today, Darnell! We enjoyed meeting you. We'll keep your details on file and be in touch once the store manager has reviewed everyone from today - usually within a week.

Sunrise Market Talent Team`, 'Thanks for coming!'),

  other(`Fountain: Hi Lucia! Your interview with Peak Delivery is booked for Tue 5 Mar at 11:15am (15 min video call). Join using the link in your email. Reply R to reschedule.`, ''),

  other(`Hi Precious, your application for Cleaning Operative (evenings, Canary Wharf) has been received by Sparkwell Facilities. Our team will call you within 3 working days to discuss availability. Please keep your phone on!`, 'Application received'),

  other(`Hi Callum,

Following your interview we're pleased to offer you the role of Warehouse Operative on nights at £13.10/hr starting 4 November. Please reply to confirm you accept, and we'll send your contract and induction details.

Best wishes,
Tara
HR Coordinator, Lynx Parcels`, 'Job offer - Warehouse Operative'),

  other(`Hi Gemma, I'm afraid your trial shift on Thursday needs to move to Friday 10am as our manager is off sick. Is that ok? Sorry for the short notice! Café Rosa`, ''),

  rej('interview', ['generic'], { ...door },
    `Hi Hassan,

Thank you for your time at the interview for the Customer Assistant role. We had a lot of strong applicants, and on this occasion we have decided not to offer you a position.

We will keep your details for our next recruitment day.

Thanks,
The team at Fenwick Stores`, 'Customer Assistant'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Arjun,

Thanks for doing the forklift practical at our Felling site. The assessor failed you on the racking placement - two pallets were left overhanging - and your certificate had also expired last year, which we'd need renewed before any start. We won't be able to offer you this assignment.

Tempo Staffing North East`, 'Forklift assessment'),

  hold('screen', ['generic'], {},
    `Hey Brianna, this is Alex from Hilltop Cinemas. Sorry for the silence since our call - the GM who does final interviews is away until next week so everything's on pause. You're still in the running! I'll text when I have dates.`, ''),

  rej('final', ['position_filled'], {},
    `Hi Joanna,

Thanks so much for coming back for the second interview with our area manager. It was really close between the last two, but we've offered the Assistant Store Manager job to the other candidate and she's accepted.

Best,
Carla Nunes
Store Manager, Lark & Linen`, 'Assistant Store Manager'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Victor, thanks for applying to the night cleaner role. Your CV shows you've been running a facilities team for years - this job is a solo cleaning route and we think you'd be better suited to our supervisor roles. We'll pass on this one but keep you in mind if a supervisor role opens.

Brightway Cleaning Services`, 'Night Cleaner - Brightway'),

  rej('application', ['salary', 'location'], { ...fb },
    `Hello Sofia,

Thank you for your interest in the Housekeeping Team Member role at the Alpine Lodge. Our pay for this role is €12.50/hour including accommodation, which is below the rate in your application, and we also need someone who can live on site for the full season. As you said you can only commute from Innsbruck, we won't continue with your application.

Alpine Lodge HR`, 'Housekeeping application'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Noor, thanks for your time on the phone. After reviewing our call, we've decided to move forward with candidates who more closely match what we're looking for in a Call Centre Agent. Keep an eye on our careers page, we hire all year round!

Talent team, Vireo Telecom`, 'Your application with Vireo Telecom'),

  other(`Hi Eli, this is a reminder of your phone screen for Warehouse Associate tomorrow (Wed) at 3:15pm. A recruiter from Crestview Fulfillment will call you from a private number. Reply C to confirm.`, 'Reminder'),

  other(`Congratulations Priya! Your background check has cleared and you're all set to start at Parcelpoint on Monday. Report to Door 3 at 6:45am with your safety shoes.`, 'You\'re cleared to start'),

  other(`Hi Jake, thanks for letting us know you've found another job. We've withdrawn your application for Kitchen Assistant as requested. Good luck with the new role!

Maple & Rye`, 'Re: withdraw application'),

  other(`New jobs near you: Pharmacy Retail Assistant (2.1mi), Warehouse Picker nights (4.8mi), Delivery Driver own van (6.0mi). Tap to apply in 1 minute. Unsubscribe in settings.`, 'Jobs you might like'),

  other(`Hi Sanjay,

Thank you for applying for the Security Officer role with Gateway Protection. Your application has been referred to the Guard Force team at our Heathrow contract. They will contact you directly if they'd like to arrange an interview. Please make sure your SIA licence number is on your profile.`, 'You\'ve been referred'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Hi Lily,

Thanks for meeting with us about the server role. We're looking for someone whose hospitality background and energy line up more closely with our team's vibe, so we've decided to go another way this time. Thanks again!

Olive Branch Trattoria`, 'Server role'),

  rej('application', ['role_closed'], {},
    `This job posting, Seasonal Gift Wrapper (Hartwell's Eastgate), is no longer available and is not accepting applications. Your application has been closed. No action is needed.`, 'Job posting closed'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Mohamed,

Thanks for interviewing for the Delivery Driver role. As part of the process we took you out on the assessed drive, and the assessor recorded two serious faults (a rolling stop at a junction and reversing without checking blind spots). We're unable to offer you a position following this result.

DriveFleet Recruitment`, 'Driving assessment outcome'),

  other(`Dear Amara,

Thank you for your interest in the Stock Associate role at Carrington's. Unfortunately, we are unable to accommodate your request to change your interview time on Thursday. Your original slot at 2:30pm remains available - please let us know if you can still attend.

Carrington's Recruitment`, 'Re: Interview time'),

  other(`Hi team - just checking you got my availability form? I can now do weekends too. Thanks, Joel

---
Hi Joel, yes got it thanks! I've updated your profile and passed it to the store manager. - Priya, Talent team`, 'Re: availability'),

  // ── A few more pauses and look-alikes
  hold('interview', ['role_closed'], {},
    `Dear Ms Farouk,

Thank you for your patience since your interview for Revenues Officer. The council has introduced a temporary recruitment control while the new financial year budget is agreed, and all appointments, including this one, are paused. We have not made a decision on your application and it remains under consideration. We expect to write again by the end of April.

Revenues and Benefits Service`, 'Revenues Officer - recruitment control'),

  hold('application', ['generic'], {},
    `Hi Marcus, thanks for your application to Depot Cleaner at Redline Buses. Just so you know, we've had a lot of interest and shortlisting is running about two weeks behind. Your application hasn't been looked at yet - nothing to worry about. Redline People Team`, ''),

  other(`Dear Applicant,

Thank you for your application for Correctional Officer Trainee (Announcement DOC-24-318). You have been found eligible based on minimum qualifications. The next step is the written examination and the physical abilities test. Scheduling information will be emailed to you at least 10 days in advance.

This notice does not guarantee employment.`, 'Eligibility notice - DOC-24-318'),

  other(`Dear Candidate,

This is to inform you that the Union Public Service Commission has released the e-Admit Card for the Combined Defence Services Examination (II). Download it from the Commission's website using your registration ID. Candidates must report at the venue 30 minutes before the start of each paper.`, 'e-Admit Card available'),

  other(`Hi Leanne,

We're pleased to confirm your start date as a Care Assistant: Monday 9 September, 8am. Your DBS certificate has arrived and both references are back. Please bring your bank details and P45 on day one.

Thanks,
Jo Warren
Home Manager, Birchwood House`, 'Start date confirmed'),

  other(`Hi Sam! Good news - the hiring manager at Bramble Coffee would like to meet you. Here are the available interview slots for Thursday: 9:30, 11:00, 14:00. Reply with the time that works best. (Sent via Workstream)`, ''),

  other(`Dear Mr Obi,

Thank you for attending the Recruit Training assessment. We are pleased to tell you that you passed all elements, including the medical and fitness tests. Your file has now been passed to the Canadian Armed Forces selection board, which will rank applicants for the next intake. You will be contacted when a decision is made.

Canadian Forces Recruiting Centre`, 'Assessment complete'),

  other(`Thank you for registering with Keystone Security Recruitment. To activate your profile, please upload: your SIA licence (both sides), 5 years of employment history with no gaps over 28 days, and proof of address. We screen all officers to BS7858. Once your documents are uploaded, a consultant will be in touch.`, 'Complete your registration'),

  other(`Hi Dylan, this is a reminder that your shift at Westgate Arena Catering starts at 16:00 today. Please report to Gate C and sign in with the supervisor. If you can no longer attend, call us immediately. Prime Event Staffing`, 'Shift reminder'),
];
