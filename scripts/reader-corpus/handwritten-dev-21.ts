/**
 * Development messages of the twenty-first round, never sealed, aimed at rejection precision in a real inbox: mail
 * that declines something, or speaks of a decline, without declining this candidate's application — a meeting time, an
 * expense claim or a referral bonus declined, a posting closed to new applicants while the candidate's application goes
 * on, a requisition moved, a saved job gone from an alert, a talent community with no match this week; the candidate's
 * own withdrawal confirmed; someone else's rejection forwarded or copied, a recruiter on rejections in general; offer
 * mail that regrets a detail; a decline for one role whose point is an invitation to another; automated status notices
 * that decide nothing — beside rejections in the same words around a real decision about the candidate.
 */
import type { CorpusLine } from './handwritten.js';
import { door, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d21-');

const ats = '\n\n--\nPlease do not reply to this message. This mailbox is not monitored.\nPowered by TalentLoop ATS';
const indian = '\n\nWarm Regards,\nHR Desk\nAnantha Softech Solutions Pvt Ltd, Hyderabad';
const council = '\n\nPeople Services\nBrackenridge Borough Council\nThis e-mail is confidential and may be legally privileged.';

export const HANDWRITTEN_DEV_21: readonly CorpusLine[] = [
  // ── (1) a decline of something that is not the application
  other(`Hi Tomasz,

Unfortunately I have to decline the Thursday 3pm slot you proposed for the panel interview — two of the panel are travelling that day. Could you do Friday at 10 or Monday at 2 instead? Everything else stays as planned.

Thanks,
Bethan
Recruitment Coordinator, Halloway Engineering`, 'Re: Panel interview - times'),
  other(`Your expense claim EXP-20931 (Travel to interview, 14 May) has been declined.

Reason: receipt missing. Please resubmit the claim with a scanned receipt within 30 days. Your application for Site Manager is not affected by this notice.

Finance Shared Services, Corbel Construction${ats}`, 'Expense claim EXP-20931 declined'),
  other(`Hello Priya,

Thanks for referring your friend for the Backend Engineer opening. I'm sorry to say your referral bonus request has been declined, as the candidate had already applied directly two weeks before your referral. The referral policy only pays out for candidates who weren't already in our system.

Best,
People Ops, Norrland Systems`, 'Your referral bonus request'),
  other(`Dear Applicant,

Please note that the vacancy for Data Protection Officer (ref BBC/2231) has now closed to new applications. This does not affect applications already received: yours is with the shortlisting panel and you will hear from us by 20 June.${council}`, 'Vacancy closed to new applications - DPO'),
  other(`Hi Jordan,

Quick admin note: the requisition for Senior UX Designer (REQ-4410) has been closed and your application has been moved to a new requisition, REQ-4587, for the same role. You don't need to do anything — your interview on the 9th stands.

Cheers,
Lena | Talent, Brightwave`, 'Admin: your application has moved'),
  other(`The job you saved is no longer available

Marketing Executive – Pellam & Co, Bristol
This job has expired or been removed by the employer.

Here are some similar jobs you may like:
• Digital Marketing Officer – Bristol
• Content Executive – Bath

Manage your job alerts | Unsubscribe`, 'A job you saved has expired'),
  other(`Hi Aarav,

Thanks for being part of the Vantora Talent Community. Unfortunately, we have no new roles matching your preferences this week. We'll keep looking and send you another digest next Monday.

Update your preferences at any time in your profile.

The Vantora Careers team`, 'Your weekly Vantora job matches'),
  other(`Dear Ms Okafor,

I'm afraid we cannot approve your request to hold the assessment centre remotely; all candidates attend in person at our Leeds office. We look forward to seeing you on 4 March at 9:30.

Kind regards,
Graduate Recruitment, Ashby Whitlock LLP`, 'Assessment centre - format'),
  other(`<html><body><div style="font-family:Arial"><h2>Posting update</h2><p>Hi Chen,</p><p>The job posting <b>Operations Analyst (Req #88213)</b> has been closed and is no longer accepting applications.</p><p><b>Your application remains active</b> and is still being reviewed by the hiring team. We'll be in touch about next steps.</p><p>— Kestrel Freight Talent Acquisition</p></div></body></html>`, 'Posting update: Operations Analyst'),
  other(`Dear Candidate,

This is to inform you that the walk-in drive scheduled on Saturday for Java Developers is cancelled due to the local holiday. Regret the inconvenience. Candidates who have already registered, including you, will be scheduled for a virtual interview next week; the slot details will follow.${indian}`, 'Walk-in drive cancelled - virtual interview to follow'),
  other(`Hi Maya,

Your request to reschedule the coding interview has been declined automatically because the new time is less than 24 hours away. Please choose another slot from the link in your original invitation, or reply to this email and a coordinator will help.

Interview Scheduling, Lumen Analytics`, 'Reschedule request declined'),
  other(`Hi Sam,

Just so you know, the role you were following on our careers site, "Product Designer, Growth", is no longer available — it was filled internally. You haven't applied for it, so nothing changes for your open application to Product Designer, Payments, which is still in review.

Thanks,
Talent at Orbitly`, 'Update on a role you followed'),
  other(`Dear Rhys,

Your request for travel reimbursement for the second interview has been rejected as the journey was booked in first class, which our policy does not cover. If you resubmit it at the standard fare we'll process it within ten working days. Congratulations again on reaching the final round.

Candidate Services, Marchmont Bank`, 'Travel reimbursement - second interview'),
  other(`Hello,

Talent pool update: there are currently no open positions matching your saved profile (Finance, Manchester). We'll email you as soon as something suitable is posted.

Wexley Group Careers${ats}`, 'Talent pool update'),
  other(`Hi Ines,

We have decided not to use the take-home exercise for this role after all, so please disregard it. The hiring manager would like to go straight to the technical interview with you next Tuesday.

Best,
Gabriel, Recruiting @ Stackfield`, 'Change of plan - technical interview'),
  other(`Dear Applicant,

Requisition 55120 (Clinical Coder) has been cancelled and replaced by requisition 55310 after a change to the pay band. All applications have been carried over to the new requisition and will be reviewed as normal.${council}`, 'Requisition update - Clinical Coder'),
  other(`Hi Nikhil,

Unfortunately the hiring manager can't make the 11am on Wednesday after all, so I've had to decline that calendar invite. I'll send a new one for Thursday morning shortly — sorry for the shuffle!

Thanks,
Rachel`, 'Re: Interview - Wednesday'),
  // real decisions in the same words
  rej('application', ['role_closed'], {},
    `Dear Applicant,

Please note that the vacancy for Data Protection Officer (ref BBC/2231) has been withdrawn and will not be filled. As a result we will not be progressing your application any further.${council}`, 'Vacancy withdrawn - DPO'),
  rej('application', ['role_closed'], { ...door },
    `Hi Chen,

The job posting Operations Analyst (Req #88213) has been closed and the position will not be filled this year. Unfortunately this means we won't be moving forward with your application. We'd welcome an application from you for future openings.

— Kestrel Freight Talent Acquisition`, 'Posting update: Operations Analyst'),
  rej('interview', ['generic'], {},
    `Hi Tomasz,

Thanks for your patience after the panel interview on Thursday. Unfortunately I have to let you know that the panel has decided not to offer you the position.

Thanks,
Bethan
Recruitment Coordinator, Halloway Engineering`, 'Panel interview - outcome'),
  rej('application', ['role_closed'], {},
    `Hi Jordan,

Quick update: the requisition for Senior UX Designer (REQ-4410) has been closed as the team's headcount was cut, and all applications to it, including yours, have been closed too. I'm sorry it didn't work out this time.

Cheers,
Lena | Talent, Brightwave`, 'Senior UX Designer - requisition closed'),
  rej('application', ['generic'], {},
    `Your application status has changed.

Position: Marketing Executive – Pellam & Co, Bristol
Status: Not selected

Thank you for your interest. The employer has decided not to proceed with your application.

Manage your applications | Unsubscribe`, 'Your application status has changed'),
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Aarav,

Thanks for applying to the Cloud Support Engineer role through the Vantora Talent Community. Unfortunately, your profile does not match the requirements of this role closely enough, so we won't be taking your application further. You'll stay in our talent community and we'll send you roles that fit.

The Vantora Careers team`, 'Cloud Support Engineer - update'),

  // ── (2) the candidate's own withdrawal confirmed
  other(`Hi Daniela,

We're sorry to see you go! As you asked, we've withdrawn your application for Account Manager at Plume. If you change your mind, you're always welcome to apply again.

Best of luck,
The Plume Talent Team`, 'Your application has been withdrawn'),
  other(`Dear Mr Adeyemi,

This email confirms that your application for the post of Senior Lecturer in Law (ref. 7731) has been withdrawn at your request on 12 April. No further action is needed on your part.

HR Recruitment, University of Eastmoor`, 'Application withdrawn - ref 7731'),
  other(`Hi Freya,

Totally understand, and thanks for letting me know so quickly. I've let the hiring manager know you've accepted another offer and I've closed your application on our side. Congratulations — they're lucky to have you!

Warmly,
Jess
Talent Partner, Cobalt Health`, 'Re: Withdrawing from the process'),
  other(`Dear Candidate,

As per your email dated 3rd instant, your candidature for the position of Assistant Manager – Treasury has been withdrawn from the selection process. We wish you all the best for your future endeavours.${indian}`, 'Withdrawal of candidature'),
  other(`Application withdrawn

You withdrew your application for Warehouse Supervisor (Req 30017) on 22/09. Your profile remains in our talent network and you can apply for other roles at any time.${ats}`, 'Application withdrawn: Warehouse Supervisor'),
  other(`Hi Leo,

Sad to lose you from the process, but I completely respect your decision to stay at your current company. I've cancelled Friday's final interview and removed you from the shortlist as requested. Let's keep in touch.

Best,
Marta`, 'Re: Final interview Friday'),
  // real decisions in the same words
  rej('application', ['generic'], {},
    `Hi Daniela,

Thank you for applying for Account Manager at Plume. We're sorry to say that we've decided not to move forward with your application at this time.

Best of luck,
The Plume Talent Team`, 'Your application to Plume'),
  rej('final', ['generic'], {},
    `Hi Leo,

Thanks again for coming in for the final interview on Friday. I'm sorry to tell you that the team has decided not to take your application further, and I've removed you from the shortlist.

Best,
Marta`, 'Final interview Friday'),

  // ── (3) someone else's rejection, or rejections in general
  other(`Hi Chloé,

Forwarding this to you for awareness — this is the rejection we sent to the other finalist, Ben, this morning. You're our preferred candidate and I'd love to get the offer call in the diary for tomorrow.

---------- Forwarded message ---------
From: Talent <talent@hexagrid.io>
To: Ben Carter
Subject: Your application

Hi Ben, thank you for your time with us. Unfortunately, we have decided to move forward with another candidate.

Best,
Ahmed`, 'Fwd: Your application'),
  other(`Hi Kwame,

Don't be discouraged if you don't hear back quickly — most applicants are not successful at this first stage, and a rejection from an automated screen often says more about keywords than about you. Your CV is now with me and I'll put it in front of the hiring manager this week.

Cheers,
Dylan, Technical Recruiter`, 'Your CV - next steps'),
  other(`Hi all,

Reminder for the hiring panel: when we decline candidates after the onsite, please use the template below and copy the recruiter in.

"Thank you for taking the time to meet the team. Unfortunately we will not be moving forward with your candidacy."

Thanks,
Recruiting Ops`, 'Template: onsite declines'),
  other(`Hello Anjali,

As your placement officer I wanted to share some context: this year roughly nine in ten applicants to the big four graduate schemes were unsuccessful at the online test stage, so please don't take a rejection personally. Your own application to Deloitte is still under review — keep me posted.

Regards,
Mr. Iyer
Training & Placement Cell`, 'Placement season - a few words'),
  other(`Hi Sophie,

Quick heads up: I accidentally cc'd you on a note to another applicant that said we wouldn't be progressing her application. Please ignore it — it wasn't about you. Your second interview is still on for Tuesday at 2pm.

Apologies for the confusion,
Harriet, HR Advisor`, 'Apologies - please ignore previous email'),
  other(`Dear Applicant,

Many candidates ask us why they were not shortlisted. In most cases applications are not taken forward because the supporting statement does not address the essential criteria. Please make sure yours does before you submit it. The closing date for the Library Assistant post is 30 May.${council}`, 'Tips before you apply - Library Assistant'),
  other(`Hey Marcus,

Our panel interviewed your colleague Tom last week and decided not to proceed with him — but he mentioned you're also looking. I think your profile fits our Platform team much better; would you be up for a 20-minute call on Thursday?

Thanks,
Irene, Engineering Recruiter`, 'Intro - Platform team'),
  other(`Hi Ruth,

Thanks for the reference you gave for Daniel Moss. I wanted to close the loop: we won't be offering him the role, but your reference was very helpful and much appreciated.

Kind regards,
Owen, Recruitment Lead, Tidewell Housing`, 'Reference for Daniel Moss'),
  other(`Hi Priyanka,

I know rejections sting. In my experience most people are turned down dozens of times before they land a role, and being told "we've gone with another candidate" rarely means you did anything wrong. Let's work on your interview stories on our call Wednesday.

Your careers coach,
Neha`, 'Before our Wednesday session'),
  // real decisions in the same words
  rej('final', ['generic'], { ...offered },
    `Hi Chloé,

Thank you for your time with us through the final stage. I'm really sorry to say that we have decided to move forward with another candidate. If feedback would help, I'd be glad to arrange a call.

Best,
Ahmed, Talent at Hexagrid`, 'Your application'),
  rej('application', ['generic'], { ...door },
    `Hi Kwame,

Most applicants are not successful at this stage, and I'm afraid that's the case for your application too: the hiring manager has decided not to take it further. Don't be discouraged — I'll keep your CV on file for future roles.

Cheers,
Dylan, Technical Recruiter`, 'Your CV'),
  rej('interview', ['generic'], {},
    `Hi Sophie,

Apologies for the delay after your second interview. I'm sorry to let you know that we won't be progressing your application to the next stage.

Kind regards,
Harriet, HR Advisor`, 'Second interview - outcome'),
  rej('assessment', ['assessment'], {},
    `Hello Anjali,

Thank you for taking the online test for the Deloitte graduate scheme. Unfortunately your score did not meet the threshold for the next stage, and your application will not be progressed.

Regards,
Training & Placement Cell`, 'Online test result'),

  // ── (4) offer-stage mail with regretful words
  other(`Hi Eleanor,

Unfortunately we can't move the start date to October — the project kicks off in August and we need you there from day one. We're still delighted to offer you the role and hope 4 August can work. Could you let me know by Friday?

Best wishes,
Karim, Hiring Manager, Pennine Analytics`, 'Re: Offer - start date'),
  other(`Dear Rahul,

Sadly we can't match the salary you asked for (£72,000), but here is our best offer: £66,500 base plus a 10% bonus and an extra five days' leave. The written offer letter is attached; we'd love you to join us.

Kind regards,
Sarah Mills, Talent Acquisition, Quayside Insurance`, 'Revised offer'),
  other(`Hi Hannah,

I'm afraid we're unable to offer a fully remote arrangement for this role; the team works from the Glasgow office three days a week. Everything else in your offer stands, and the contract is in your inbox to sign.

Thanks,
Alasdair`, 'Your offer - working pattern'),
  other(`<html><body><p>Dear Vikram,</p><p>Regrettably, the company is not in a position to increase the joining bonus beyond INR 1,00,000. We are happy to confirm the rest of the offer as discussed and request you to accept the offer letter on the portal by 15th.</p><p>Regards,<br>HR Team, Anantha Softech</p></body></html>`, 'Offer - joining bonus'),
  other(`Hey Maria,

Bad news on one front: legal won't let us sponsor the relocation package for a move from Lisbon, sorry. Good news: the offer itself is unchanged and we've added a one-off sign-on payment to help. Shall we talk tomorrow?

Best,
Tom, Head of Engineering, Driftlab`, 'Offer follow-up'),
  other(`Dear Joshua,

Unfortunately our policy does not allow us to waive the notice period on the fixed-term contract. We're looking forward to welcoming you on 1 February as agreed in your offer letter.

Regards,
People Team, Greyfield School Trust`, 'Contract queries'),
  other(`Hi Aisha,

Sorry — we can't go above the top of the band for this grade, so the offer stays at £48k. I know that's not what you were hoping for. Have a think over the weekend and let me know whether you'd like to accept.

Thanks,
Joe`, 'Re: Counter-offer'),
  // real decisions in the same words
  rej('final', ['salary'], {},
    `Dear Rahul,

Thank you for sharing your salary expectations after the final interview. Sadly we can't match the salary you asked for, and as a result we have decided not to proceed with an offer.

Kind regards,
Sarah Mills, Talent Acquisition, Quayside Insurance`, 'Senior Underwriter - outcome'),
  rej('final', ['location'], { ...door },
    `Hi Hannah,

I'm afraid that because we're unable to offer a fully remote arrangement, and you told us you can't be in Glasgow, we won't be able to move forward with your application. We'd love to hear from you if that changes.

Thanks,
Alasdair`, 'Your application - working pattern'),
  rej('interview', ['generic'], {},
    `Hi Eleanor,

Unfortunately we won't be offering you the role. It was a close call after the interviews, but the panel felt another candidate was a better match for the start in August.

Best wishes,
Karim, Hiring Manager, Pennine Analytics`, 'Analyst role - update'),

  // ── (5) a decline for one role, the point an invitation to another
  other(`Hi Olu,

Although we've filled the Junior Developer role you applied for, the team was so impressed by your portfolio that we'd like to invite you to interview for our Frontend Engineer opening instead. Are you free on Tuesday or Wednesday afternoon?

Thanks,
Becky, Recruiter at Vellum Apps`, 'Frontend Engineer - interview invitation'),
  other(`Dear Siddharth,

While you were not shortlisted for the Business Analyst position, the panel felt your profile is an excellent fit for the Process Analyst role in the same department. We would like to invite you for a telephone interview for that role on 18 July at 11:00. Please confirm your availability.${indian}`, 'Interview invitation - Process Analyst'),
  other(`Hi Georgia,

Good and bad news! The Events Coordinator role went to an internal candidate, but the hiring manager wants to put you forward for the Senior Events Coordinator opening, which pays more. Can I send her your CV today?

Cheers,
Alex, Recruitment Consultant, Brightlane Staffing`, 'Senior Events Coordinator'),
  other(`<html><body><table><tr><td><p>Hello Mateo,</p><p>Thank you for applying to the <b>Customer Success Manager</b> role. We have decided to progress other candidates for that position, however we would love to consider you for our <b>Implementation Specialist</b> role and have invited you to a short video interview. Use the button below to pick a time.</p><p><a href="#">Book my interview</a></p><p>Talent team, Nimbus HR</p></td></tr></table></body></html>`, 'Invitation: Implementation Specialist video interview'),
  other(`Dear Emily,

The Graduate Accountant scheme is now full, so we can't offer you a place on this year's intake; we'd like instead to offer you a twelve-month Finance Assistant contract with the same team, starting in September. Details are in the attached letter — do give me a ring if you have questions.

Kind regards,
Patricia Holt, HR Manager, Lindell & Rowe`, 'Alternative offer - Finance Assistant'),
  other(`Hi Farhan,

We won't be taking you forward for the Staff Engineer level, but the panel was unanimous that you'd be a great Senior Engineer, and we'd like to move you to the final round for that role next week. Would Monday work for the onsite?

Best,
Claire`, 'Next steps - Senior Engineer'),
  // real decisions in the same words
  rej('application', ['position_filled'], { ...door },
    `Hi Olu,

Thanks for applying for the Junior Developer role. We've filled the position and unfortunately won't be inviting you to interview. We'd be glad to see your application for future openings.

Thanks,
Becky, Recruiter at Vellum Apps`, 'Junior Developer'),
  rej('application', ['position_filled'], { ...door },
    `Dear Siddharth,

We regret to inform you that you were not shortlisted for the Business Analyst position, as the position has been filled. We shall retain your profile in our database for future openings.${indian}`, 'Business Analyst - status'),
  rej('final', ['internal_candidate'], {},
    `Hi Georgia,

I'm sorry to say the Events Coordinator role went to an internal candidate after the final interviews, so we won't be moving forward with you for it.

Cheers,
Alex, Recruitment Consultant, Brightlane Staffing`, 'Events Coordinator'),
  rej('application', ['generic'], { ...door },
    `Hello Mateo,

Thank you for applying to the Customer Success Manager role. We have decided to progress other candidates for that position. We'd encourage you to keep an eye on our careers page for future roles.

Talent team, Nimbus HR`, 'Your application: Customer Success Manager'),

  // ── (6) automated status notices
  other(`Application status update

Job: Logistics Coordinator (Req 71502)
Status: Under review

The hiring team is reviewing your application. You will be notified if your status changes.${ats}`, 'Status update: Logistics Coordinator'),
  other(`Application status update

Job: Payroll Administrator (Req 71388)
Status: Application incomplete

Your application is missing a required document (Right to Work). Please log in and upload it before the closing date, otherwise it cannot be considered.${ats}`, 'Action needed: Payroll Administrator'),
  other(`Your application status

Position: Receptionist, Harbourside Clinic
Status: Position closed – all candidates will be contacted

This posting is no longer accepting applications. The hiring team will contact every candidate with the outcome of their application.

Harbourside Clinic Careers`, 'Status change: Receptionist'),
  other(`<html><body><div><h3>Candidate portal</h3><table border="1"><tr><td>Requisition</td><td>Quality Engineer – 44820</td></tr><tr><td>Current status</td><td>Interview scheduled</td></tr><tr><td>Previous status</td><td>Not yet reviewed</td></tr></table><p>Log in to see your interview details.</p></div></body></html>`, 'Candidate portal: status changed'),
  other(`Hi Zoe,

Status: On track! Your application for Retail Supervisor has passed the initial screen and is now with the store manager. Nothing is needed from you right now.

Thanks,
Greenleaf Stores Recruitment`, 'Your application is on track'),
  other(`Application status: Closed – duplicate

We noticed you applied twice for Service Desk Analyst (Req 10291). We have closed the duplicate and kept your most recent application, which is active and under review.${ats}`, 'Duplicate application closed'),
  other(`Dear Applicant,

Status of your application no. HPSC/2024/7781: Provisionally eligible – documents under verification. Candidates are advised to check the portal regularly; the list of candidates not found eligible will be published separately.

Controller of Examinations`, 'Application status - HPSC/2024/7781'),
  other(`Your application status has changed.

Position: Software Tester – Arden Mobility
Status: Offer in progress

The employer is preparing an offer. A member of the team will contact you shortly.

Manage your applications | Unsubscribe`, 'Your application status has changed'),
  other(`Hi there,

Your application for "Barista – Weekend" has been viewed by the employer. Status: Viewed. Employers typically respond within 5 days. Tip: applicants who complete their profile are more likely to hear back.

The JobNest team`, 'Your application was viewed'),
  hold('application', ['role_closed'], {},
    `Status notification

Requisition: Production Planner (Req 22019)
Status: Position on hold – your application remains active

The hiring team has temporarily paused new interviews while the budget is confirmed. Your application remains active and we will update you when interviews restart. You do not need to reapply.${ats}`, 'Status notification: Production Planner'),
  // real decisions in the same words
  rej('application', ['generic'], {},
    `Application status update

Job: Logistics Coordinator (Req 71502)
Status: Not selected

The hiring team has reviewed your application and decided to pursue other candidates.${ats}`, 'Status update: Logistics Coordinator'),
  rej('application', ['generic'], {},
    `Your application status

Position: Receptionist, Harbourside Clinic
Status: Not progressed

Thank you for applying. After reviewing all applications, we will not be progressing yours.

Harbourside Clinic Careers`, 'Status change: Receptionist'),
  rej('interview', ['generic'], {},
    `<html><body><div><h3>Candidate portal</h3><table border="1"><tr><td>Requisition</td><td>Quality Engineer – 44820</td></tr><tr><td>Current status</td><td>Rejected – after interview</td></tr></table><p>Thank you for interviewing with us. We have decided not to move forward with your candidacy.</p></div></body></html>`, 'Candidate portal: status changed'),
  rej('application', ['role_closed'], {},
    `Status notification

Requisition: Production Planner (Req 22019)
Status: Position cancelled

This requisition has been cancelled and will not be filled. All applications, including yours, have been closed. Thank you for your interest.${ats}`, 'Status notification: Production Planner'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Status of your application no. HPSC/2024/7781: Not eligible. Your candidature has been rejected at the scrutiny stage.

Controller of Examinations`, 'Application status - HPSC/2024/7781'),
  rej('application', ['generic'], {},
    `Application status: Closed – not selected

Service Desk Analyst (Req 10291). Thank you for your interest; you have not been selected to move forward in the process.${ats}`, 'Service Desk Analyst - status'),

  // ── more look-alikes, quoted replies and mixed families
  other(`Hi Ben,

Thanks, that makes sense — I'll let the team know.

Just to confirm: your application for the Data Engineer role is still very much live, and the "unfortunately" message you got on Monday was an automated email about the Analytics Intern posting closing, which you never applied to. Sorry for the scare!

Rosa

> On Tue, 4 Jun, Ben wrote:
> I got an email saying "unfortunately this position is no longer available". Am I out?`, 'Re: Am I still in the process?'),
  hold('application', ['generic'], {},
    `Dear Mr Khan,

Regret to inform you that the interview scheduled on 12th at our Pune office stands postponed due to the visit of the management team. The revised date will be intimated to you shortly. Your candidature remains under consideration.${indian}`, 'Postponement of interview'),
  other(`Hi Lucy,

Sorry, we've had to decline your request for a parking space on the interview day — the car park is reserved for staff. The nearest public car park is on Mill Lane. See you on Thursday!

Facilities & Recruitment, Crestway`, 'Interview day - parking'),
  other(`Hi Dev,

Your application to Talent Accelerator was not required — you're already enrolled from last year's cohort, so we've closed the duplicate sign-up. Your place on the 3 October workshop is confirmed.

The Talent Accelerator team`, 'Talent Accelerator - you are already enrolled'),
  other(`Hello Grace,

We've had so many applications for the Edinburgh posting that we've closed it to new applicants, but because you applied early, your application is still in and the team plans to interview you in January.

Best,
Morven, Talent Partner`, 'Edinburgh posting - your application'),
  other(`Hi Jonas,

Unfortunately your timesheet for week 32 was rejected by the client approver, because the overtime hours were not pre-approved. Please correct and resubmit it through the portal so that your pay isn't delayed.

Pay & Bill Team, Stafford Recruitment`, 'Timesheet rejected - week 32'),
  other(`Dear Nadia,

We are sorry to inform you that the Women in Tech mentoring evening on 21 November is fully booked and we cannot offer you a place. Your interview for the Data Scientist role on the 25th is unaffected.

Events team, Crownfield Bank`, 'Mentoring evening - fully booked'),
  other(`Hi Callum,

Sorry, I can't accept your LinkedIn connection request as I keep my network to colleagues, but I'm happy to keep talking here. Your CV is with the hiring manager for the Site Engineer role and I expect feedback by Friday.

Lisa, Recruiter`, 'Re: Connecting'),
  rej('screen', ['generic'], {},
    `Hi Callum,

Thanks for the call last week. I'm sorry to say the hiring manager has decided not to progress your CV for the Site Engineer role.

Lisa, Recruiter`, 'Site Engineer - update'),
  rej('interview', ['position_filled'], {},
    `Dear Mr Khan,

Regret to inform you that the position for which you were interviewed on 12th at our Pune office has been filled. Your candidature will not be considered further.${indian}`, 'Status of your candidature'),
  rej('application', ['role_closed'], {},
    `Hello Grace,

The hiring freeze on the Edinburgh team means we've closed that posting, and I'm afraid this applies to applications already received, including yours: we won't be able to take it any further.

Best,
Morven, Talent Partner`, 'Edinburgh posting - your application'),
  rej('application', ['generic'], {},
    `Hi Ben,

Thanks for your message. I'm sorry — the "unfortunately" email was about your application: the Data Engineer team has decided to move ahead with other applicants.

Rosa

> On Tue, 4 Jun, Ben wrote:
> I got an email saying "unfortunately". Am I out?`, 'Re: Am I still in the process?'),
];
