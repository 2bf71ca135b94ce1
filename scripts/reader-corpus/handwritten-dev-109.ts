/**
 * Development messages of the hundred-and-ninth round: three sets of mail a job seeker's tracker has to read right.
 * First, twelve months of one inbox, in order: a mid-career supply-chain analyst in Columbus, Ohio, laid off from a
 * home-goods retailer's distribution network in February 2025, applying to manufacturers, retailers, 3PLs, planning-
 * software vendors, hospitals and a state agency through Workday, Greenhouse, Lever, iCIMS, Taleo, SuccessFactors,
 * Jobvite, BambooHR, Paylocity, UKG and LinkedIn Easy Apply, and through three staffing agencies. Most declines are the
 * plain tracking-system letter sent after the application, some saying nothing but "we have decided to move forward with
 * other candidates" and some "other candidates whose qualifications more closely match"; the rest follow a recruiter
 * call, a HireVue one-way video, a skills test, a case exercise, a hiring-manager phone interview, a panel, a team
 * interview or a final round. Nearly half the inbox is look-alikes from the same senders: receipts, "the status of your
 * application has been updated" with no outcome, "the posting you applied for has been updated", "we've reviewed your
 * application and would like to schedule", test and panel invitations, a calendar confirmation and a reschedule,
 * LinkedIn "application sent", "application viewed" and job alerts, agency check-ins, a recruiter asking for a salary
 * figure, an offer, a background-check authorisation, a start confirmation and a withdrawal confirmed; three processes
 * are paused (a state posting suspended for a budget review, a hiring manager on leave, a year-end freeze after the
 * final round). Second, the stage told in ways that are easy to misread: "after speaking with you" or "after our
 * conversation" from the hiring manager, a conversation or phone interview with the hiring manager, a recruiter's
 * "quick call" and a "phone interview" with talent acquisition, a recorded one-way video, a live Teams interview, a case
 * presented to a panel, a second interview, a Superday, an onsite loop, a final interview, "one of our final
 * candidates", finalists, references after the final interviews, a background check; and declines that name interviews,
 * screens and tests only as steps the candidate will not reach, "we interview only a small number of applicants", "a
 * final decision". Third, reasons that are easy to misread: "experience and backgrounds more closely match" beside a
 * bare "we have chosen other candidates", a requirement named in passing (SAP S/4HANA, years of demand planning, a
 * domain, a degree, a language, a certification, a WMS), a Secret clearance that needs U.S. citizenship, sponsorship, a
 * county residency rule, a final-year-only programme, test results under the bar with and without detail, two reasons
 * together, and a reason set beside "highly competitive" or "many qualified applicants".
 *
 * Labelling choices (LABELS.md and the dev-107 and dev-108 conventions): the stage is the furthest step the message
 * itself names, and a step named only as what would come next, or as what the process holds for others, is not reached
 * ("we will not be inviting you to interview", "we interview only a small number of applicants", "we won't be moving
 * you into that process", "we have now completed interviews with the candidates who…", "a final decision" are all
 * `application`). A first call with a recruiter, an agency or talent acquisition, even one called a "phone interview",
 * is `screen`; a conversation, phone interview or live video call with the hiring manager or the team, "after speaking
 * with you" signed by the hiring manager, a case presented to a panel and a second interview are `interview`; a recorded
 * one-way video with no live interviewer (HireVue, Spark Hire), a skills test, a take-home case and a background check
 * with no interview named are `assessment`; a final round, a Superday, an onsite, "one of our final candidates",
 * finalists and references after the final interviews are `final`. An agency's decline is staged at the furthest step
 * the message names, with the client or with the agency. Reasons: "move forward with other candidates", "not selected",
 * "highly competitive" and "many qualified applicants" alone are `generic`; other candidates whose qualifications,
 * experience or backgrounds "more closely match", "your experience does not align" and "not the right fit for this
 * role" are `profile_mismatch`; a named tool, number of years, domain, degree, language or certification is
 * `skills_gap` with feedback, also when the letter only says whom "we are prioritizing"; a clearance that needs U.S.
 * citizenship, sponsorship, a county residency rule, an on-site or relocation rule told about this candidate, and a
 * programme open only to final-year students are `location` with feedback (no message here rests on a bare "active
 * clearance" with no citizenship rule). Generic words beside a real reason add nothing. An offer made to or accepted by
 * another, a posting filled or a selection completed is `position_filled`; a cancelled requisition or a role left out of
 * the budget is `role_closed`; a role given to a current employee is `internal_candidate` alone. A test decline is
 * `assessment`, with feedback only when it names the score, the section or the fault; after a test or a one-way video, a
 * decline that speaks only of competition is `generic`. A culture fit is feedback only when something this candidate
 * said is given; praise is never feedback; a failed background check that names nothing is `generic`. Keeping the
 * resume on file, a promise to call or reach out when something comes up, an invitation to apply again or to a named
 * opening open the door; good wishes alone do not. A paused process with the candidate still in the running is
 * `on_hold` (a budget review or freeze: `role_closed`; a hiring manager on leave: `generic`); a status notice with no
 * outcome, "the posting has been updated" and a withdrawal confirmed are `other`.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d109-');

export const HANDWRITTEN_DEV_109: readonly CorpusLine[] = [
  // ── One inbox, March 2025 to January 2026: Marcus Delgado, supply-chain analyst, Columbus, Ohio
  // March
  other(`Dear Marcus,

Thank you for applying for the Supply Chain Analyst II position (Requisition R-0041877) at Scioto Valley Foods in Groveport, OH.

Your application has been submitted successfully. Our talent acquisition team will compare your qualifications with the requirements of the role, and if there is a match, someone from the team will contact you about next steps.

You can check the status of your application at any time by signing in to your Candidate Home account.

Sincerely,
Talent Acquisition
Scioto Valley Foods

This is an automated message sent from Workday. Replies to this address are not monitored.`, 'Thank you for applying to Scioto Valley Foods'),

  other(`LinkedIn

Your application was sent to Cardinal Ridge Logistics

Inventory Control Analyst
Cardinal Ridge Logistics · Obetz, OH (On-site)
Applied on March 6, 2025

Your profile and resume were shared with the hiring team. Track the status of this application any time under My Jobs > Applied.

Similar jobs you might be interested in:
Logistics Analyst – Ostrander Freight Solutions · Columbus, OH
Supply Chain Coordinator – Delmont Packaging · Grove City, OH
Transportation Analyst – Routewise · Remote

Unsubscribe · Help
You are receiving Job application emails.`, 'Marcus, your application was sent to Cardinal Ridge Logistics'),

  rej('application', ['profile_mismatch'], {},
    `Hi Marcus,

Thank you for your interest in the Senior Inventory Analyst role at Alder & Finch Outfitters and for the time you invested in applying.

After careful review, we have decided to pursue other candidates whose qualifications more closely match the requirements of this position.

We appreciate your interest in Alder & Finch and wish you all the best in your search.

Regards,
Alder & Finch Talent Acquisition

Please do not reply to this email; this mailbox is not monitored.`, 'Your application with Alder & Finch Outfitters'),

  other(`Hi Marcus,

Thanks for applying to Tessellate! We've received your application for Solutions Analyst, Supply Chain Planning, and our team will review it shortly.

If your experience looks like a good match, someone from our recruiting team will be in touch to set up an intro call. In the meantime, our blog has plenty about how we help mid-market manufacturers plan their inventory.

Cheers,
The Tessellate Recruiting Team`, 'Thanks for applying to Tessellate'),

  rej('application', ['generic'], {},
    `Dear Marcus Delgado,

Thank you for your interest in the Demand Planning Analyst position at the Hollis Market corporate office in Westerville.

We have decided to move forward with other candidates for this position. We appreciate the time you took to apply.

Sincerely,
Hollis Market Recruitment

If you no longer wish to receive e-mail from Hollis Market, click here: https://careers-hollismarket.icims.example/unsubscribe`, 'Hollis Market – Demand Planning Analyst (Req 25-0319)'),

  other(`Hi Marcus,

Great connecting on the phone today, and I'm sorry to hear about the layoff at Harlan & Pike. You're far from the only person from that building I've talked to this month.

As we discussed, I'll keep an eye out for permanent and contract-to-hire Supply Chain Analyst and Demand Planner roles in the Columbus area, $75–90k, hybrid or on site within 30 minutes of Hilliard. I already have one client in mind (a consumer products manufacturer near Plain City) and will reach out once I've spoken with their hiring manager.

Could you send me a Word version of your resume when you get a chance? Our system parses it better than a PDF.

Talk soon,
Brianna Kosak
Senior Recruiter | Keystone Talent Partners
614-555-0143`, 'Great connecting today'),

  other(`Your job alert for supply chain analyst in Columbus, Ohio Metropolitan Area

New jobs match your preferences.

Supply Chain Analyst
Brennerman Industrial · Marysville, OH
Actively recruiting · Easy Apply

Senior Supply Chain Analyst
Whitestone Medical Center · Columbus, OH
2 connections work here

Inventory Planning Analyst
Pennant Pet Supply · Lockbourne, OH
Be an early applicant

See all jobs

You are receiving Job alert emails. Unsubscribe · Help`, "31 new jobs for 'supply chain analyst' in Columbus, Ohio"),

  // April
  rej('application', ['generic'], { ...door },
    `Dear Marcus,

Thank you for your recent application for the position of Replenishment Analyst (Job Number 2502184).

We have carefully reviewed your application, and at this time we have decided not to proceed with your candidacy for this position.

We encourage you to keep applying for other positions at Kestrel Home that fit your skills and interests. New openings are posted every week.

Best regards,
Kestrel Home Talent Acquisition

*** This is an automated message. Please do not reply. ***`, 'Kestrel Home: Your Application for Replenishment Analyst (Job 2502184)'),

  other(`Dear Marcus Delgado,

The status of your application for the position Supply Chain Data Analyst – Materials Management (Requisition 250004712) has been updated.

To view the current status of your application, please sign in to your candidate profile on the Riverbend Health System careers site and select "My Job Submissions."

Thank you for your interest in Riverbend Health System.

Human Resources
Riverbend Health System

Please do not reply to this message. This mailbox is unattended.`, 'Riverbend Health System – Application Status Update'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Marcus Delgado,

Thank you for your interest in the Supply Chain Data Analyst – Materials Management position (Requisition 250004712).

After reviewing your qualifications, the hiring department has selected other applicants whose education and experience more closely meet the needs of the department. Your application for this requisition is now closed.

We invite you to set up a job alert and to apply for other Riverbend openings that interest you.

Sincerely,
Human Resources
Riverbend Health System`, 'Your application to Riverbend Health System'),

  other(`Hi Marcus,

Thanks for your interest in the Solutions Analyst, Supply Chain Planning role. We've reviewed your application and would like to schedule a 30-minute intro call with Dev Anand, our Technical Recruiter.

Please use the link below to choose a time that works for you:
https://app.greenhouse.example/scheduling/tessellate/8812

Talk soon,
Tessellate Recruiting`, "Tessellate – let's chat!"),

  rej('screen', ['generic'], {},
    `Hi Marcus,

Thanks again for taking the time to chat with me on Tuesday about the Solutions Analyst role. I enjoyed hearing about the cycle-count program you rebuilt at Harlan & Pike.

I shared my notes with the hiring team, and they've decided to move forward with other candidates for this one. I know that's not the news you were hoping for.

Best of luck with your search,
Dev Anand
Technical Recruiter, Tessellate`, 'Following up – Tessellate'),

  other(`Hello Marcus,

The job posting for Inventory Control Analyst at Cardinal Ridge Logistics, which you applied for on 03/06/2025, has been updated by the employer. Changes may include the job description, work location, schedule or pay information.

Your application remains on file for this position and no action is required. To review the updated posting, sign in to your candidate account.

Cardinal Ridge Logistics Careers
Powered by UKG`, 'An update to a position you applied for'),

  other(`Hi Marcus,

Thank you for applying for the Supply Planner position at Fairhaven Beverage Co. We'd like to learn more about you through an on-demand video interview on HireVue.

You'll see five pre-recorded questions and will have up to three minutes to record each answer. There is no live interviewer, so you can complete it whenever it suits you within the next five days.

Start your interview here: https://app.hirevue.example/fairhaven/7Q2K

A few tips: find a quiet space, test your camera and microphone, and make sure your connection is stable.

Good luck!
Fairhaven Beverage Co. Talent Acquisition`, 'Fairhaven Beverage Co. – next step: on-demand video interview'),

  // May
  rej('assessment', ['generic'], {},
    `Hi Marcus,

Thank you for taking the time to complete the on-demand video interview for the Supply Planner position.

We had a strong response to this opening, and after review we have decided to move forward with other candidates at this time.

We appreciate your interest in Fairhaven Beverage Co. and wish you success in your job search.

Best regards,
Fairhaven Beverage Co. Talent Acquisition`, 'Fairhaven Beverage Co. – Supply Planner'),

  other(`Hi Marcus,

Thanks for applying for the Supply Chain Data Analyst role at Lumora Planning Systems. Before we schedule any conversations, we ask every applicant for this role to complete a short skills assessment.

It takes about 45 minutes and covers Excel (lookups and pivot tables), basic SQL and a short forecasting exercise. Please complete it by Friday, May 9.

Assessment link: https://assess.lumora.example/invite/44f1

Thanks,
Lumora Talent Team`, 'Lumora – skills assessment for Supply Chain Data Analyst'),

  rej('assessment', ['assessment'], {},
    `Hi Marcus,

Thank you for completing the skills assessment for the Supply Chain Data Analyst role.

Unfortunately, your results did not meet the threshold we've set for this role, so we won't be moving your application forward.

We appreciate the time you put into the assessment and wish you the best.

Lumora Talent Team`, 'Your Lumora application'),

  other(`Hi Marcus,

I came across your profile on LinkedIn and have a client – a regional 3PL with a campus in West Jefferson – looking for a Transportation Analyst. The role is on site Monday to Thursday with remote Fridays.

Before I submit you, could you let me know your salary expectations for your next role, and whether you'd consider contract-to-hire? My client asks for a target number rather than a range.

Thanks,
Jared Voss
Account Manager, Northpoint Staffing`, 'Quick question before I submit you'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Marcus,

Thanks for the call this morning. I took your number back to the client and, unfortunately, they won't go anywhere near $88,000 for the Transportation Analyst role. Their ceiling is $71,000 plus overtime and there's no flexibility on it. Since you told me you can't go below the low 80s, I'm not going to submit you for this one.

I'll keep you in mind for anything at a more senior level that comes across my desk.

Jared`, 'RE: Quick question before I submit you'),

  rej('application', ['generic'], {},
    `LinkedIn

Your update from Delmont Packaging

Supply Chain Coordinator
Delmont Packaging · Grove City, OH
Applied on April 22

Hi Marcus, thanks for your interest in the Supply Chain Coordinator opening at Delmont Packaging. After looking at your application, we've decided not to move forward at this time. We appreciate you considering Delmont Packaging.

Regards,
Delmont Packaging

Unsubscribe · Help`, 'Your application to Supply Chain Coordinator at Delmont Packaging'),

  other(`LinkedIn

Marcus, your application was viewed

Granger Polymer viewed your application for Materials Planner.
Granger Polymer · Marion, OH
Applied 6 days ago

Track this and your other applications in My Jobs.

Unsubscribe · Help`, 'Your application was viewed by Granger Polymer'),

  rej('application', ['profile_mismatch'], {},
    `Hi Marcus,

Thank you for taking the time to apply for the Materials Planner position with Granger Polymer.

We've reviewed all of the applications we received and have decided to move forward with candidates whose experience better aligns with the needs of the role.

We appreciate your interest in Granger Polymer and wish you the best of luck.

Sincerely,
Tara Whitlock
HR Generalist, Granger Polymer`, 'Granger Polymer – Materials Planner'),

  rej('application', ['generic'], {},
    `LinkedIn

Your update from Summit Ridge Hardware

Inventory Analyst
Summit Ridge Hardware · Columbus, OH (Hybrid)
Applied on May 2

Thank you for applying to Summit Ridge Hardware. Our team has reviewed your application, and we won't be moving forward with it for this role. Thank you for your time.

Summit Ridge Hardware

Unsubscribe · Help`, 'Your application to Inventory Analyst at Summit Ridge Hardware'),

  // June
  other(`Dear Marcus,

Thank you for your application for Supply Chain Analyst (Requisition 11893) at Brennerman Industrial. We've reviewed your application and would like to schedule a 45-minute phone interview with the hiring manager, Scott Pruett, Supply Chain Manager.

Please reply with two or three times that work for you next Tuesday through Thursday between 9:00 a.m. and 3:00 p.m.

Regards,
Alicia Moreno
Talent Acquisition Specialist, Brennerman Industrial`, 'Brennerman Industrial – phone interview request'),

  other(`Hi Marcus,

Scott has been pulled into a supplier visit on Wednesday, so we need to move your phone interview. Would Thursday, June 12 at 1:30 p.m. work instead? He'll call you at the number on your application.

Sorry for the shuffle.

Alicia`, 'RE: Brennerman Industrial – phone interview request'),

  rej('interview', ['generic'], { ...door },
    `Dear Marcus,

Thank you for your phone interview with Scott Pruett for the Supply Chain Analyst position at Brennerman Industrial. We appreciate your interest and the time you spent with us.

After careful consideration, we have decided to move forward with another candidate. We will keep your information on file and may contact you if a similar position becomes available.

Regards,
Alicia Moreno
Talent Acquisition Specialist, Brennerman Industrial`, 'Brennerman Industrial – Supply Chain Analyst'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

You are receiving this message because you applied for Procurement Analyst (Posting 25-0716) with the Ohio Office of Fleet and Materials Management.

Recruitment for this posting has been temporarily suspended while the agency completes its review of the fiscal year 2026 staffing plan. Applications received will remain active, and no applicant has been screened out or selected. We expect to resume the selection process in August.

You do not need to reapply. If the posting is cancelled, you will be notified by email.

Office of Human Resources
Ohio Office of Fleet and Materials Management`, 'Posting 25-0716: Procurement Analyst – status of recruitment'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Marcus,

Thank you for applying for the Production Planner position at Vandalia Tool & Die.

This position requires hands-on experience scheduling a job-shop floor in an ERP such as Epicor or JobBOSS, and we did not see that in your background, which is mostly retail distribution. For that reason we won't be moving forward with your application.

Thank you for your interest, and good luck in your search.

Deb Harnish
Office & HR Manager
Vandalia Tool & Die, Inc.`, 'Production Planner position'),

  other(`Dear Marcus,

We are pleased to invite you to a panel interview for the Logistics Analyst position at Corwin Automotive Components.

Date: Tuesday, July 8, 2025
Time: 10:00 a.m. – 11:30 a.m. ET
Location: Corwin Automotive Components, 4100 Industrial Pkwy, Marysville, OH – please check in at the main lobby
Panel: Renee Hallock (Logistics Manager), Tom Varga (Materials Supervisor), Sheila Quint (HR Business Partner)

Please bring a photo ID, as a visitor badge is required on the plant floor. Safety glasses will be provided for the short tour after the interview.

Kindly confirm your attendance by replying to this email.

Best regards,
Human Resources, Corwin Automotive Components`, 'Interview Invitation – Logistics Analyst – Corwin Automotive Components'),

  other(`Invitation: Logistics Analyst – Panel Interview

Tue Jul 8, 2025 10am – 11:30am (Eastern Time)
Where: Corwin Automotive Components – Marysville Plant, Main Lobby
Organizer: Sheila Quint
Guests: Renee Hallock, Tom Varga, Marcus Delgado

You have accepted this invitation.

Invitation from Google Calendar`, 'Accepted: Logistics Analyst – Panel Interview @ Tue Jul 8, 2025 10am – 11:30am'),

  // July
  rej('interview', ['profile_mismatch'], {},
    `Dear Marcus,

Thank you for meeting with our panel on July 8 and for your interest in the Logistics Analyst position at Corwin Automotive Components.

After careful consideration of all the candidates we interviewed, we have selected an individual whose background more closely matches the requirements of the position.

We appreciate the time you spent with us and wish you the best in your career.

Sincerely,
Sheila Quint
HR Business Partner`, 'Logistics Analyst – Corwin Automotive Components'),

  other(`Hi Marcus,

Thanks for your interest in the Inventory Optimization Analyst role at Meridian Office Products. As a next step, we'd like you to complete a short case exercise.

Attached is a workbook with 12 months of demand history for 40 SKUs and their current reorder settings. Please recommend new safety stock levels and reorder points for the A items and summarize your approach in no more than two slides. Most candidates spend two to three hours on it.

Please send your workbook and slides back by end of day Monday, July 21.

Thanks,
Gwen Albrecht
Recruiter, Meridian Office Products`, 'Meridian Office Products – case exercise'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Marcus,

Thank you for the time you put into the case exercise for the Inventory Optimization Analyst role.

Our supply chain team has reviewed all of the submissions. In yours, safety stock for the A items was calculated from demand variability alone and left out supplier lead-time variability, which is the main driver for this product line, so the recommended reorder points came out well below where they need to be. Because of that, we won't be moving you forward to interviews.

I appreciate your effort and wish you all the best.

Gwen Albrecht
Recruiter, Meridian Office Products`, 'Meridian Office Products – case exercise'),

  rej('application', ['role_closed'], {},
    `Dear Marcus,

Thank you for your interest in the Inventory Planning Analyst position at Pennant Pet Supply.

We want to let you know that this requisition has been cancelled because of a change in business needs, and we will not be filling the position. As a result, your application for this opening will no longer be considered.

Thank you for the time you invested in applying.

Sincerely,
Pennant Pet Supply Talent Acquisition`, 'Pennant Pet Supply – Inventory Planning Analyst'),

  other(`Hi Marcus,

Hope your summer is going well. It's been a few weeks since we last spoke, so I wanted to check in: are you still actively looking, and have any of your own interviews moved forward? I want to make sure I don't submit you somewhere you've already applied.

I'm working on two new searches that could fit: a Senior S&OP Analyst for a food manufacturer in Delaware County and a Supply Chain Analyst for a building-products distributor near Rickenbacker. Happy to share details on a quick call this week.

Best,
Lauren Pike
Principal, Ardent Search Group`, 'Checking in'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Marcus,

Quick update on the Senior S&OP Analyst search with the food manufacturer in Delaware County. I sent your resume over last week, and the VP of Supply Chain has passed. They want someone who has run S&OP in food or beverage manufacturing, with shelf-life and co-packer constraints, and your planning experience is all on the retail side.

I'll let you know about the distributor role as soon as I hear back.

Lauren
Ardent Search Group`, 'S&OP Analyst – update'),

  rej('application', ['generic'], {},
    `Dear Marcus,

Thank you for applying for the Operations Analyst position at Lakeshore Fulfillment.

We have reviewed your application and regret to inform you that you have not been selected for this position.

Thank you for your interest in Lakeshore Fulfillment.

Lakeshore Fulfillment Recruiting
Powered by UKG Pro`, 'Lakeshore Fulfillment – Operations Analyst'),

  other(`Your job alert for demand planner in Columbus, Ohio Metropolitan Area

Senior Demand Planner
Ashworth Appliance · Springfield, OH
$85K/yr – $102K/yr · Easy Apply

Demand Planner II
Orchard Grove Foods · Lancaster, OH
Actively recruiting

S&OP Analyst
Marlowe Coatings · Columbus, OH
Be an early applicant

See all jobs

You are receiving Job alert emails. Unsubscribe · Help`, 'Senior Demand Planner at Ashworth Appliance and 9 more jobs in Columbus, OH'),

  // August
  other(`Dear Marcus,

Thank you for applying for the Supply Chain Analyst – Perioperative Services position (Job ID 2025-18233) at Whitestone Medical Center.

We have received your application and it is being reviewed. If your qualifications match our needs, a member of our recruitment team will contact you. Because of the number of applications we receive, we are not able to respond to individual status inquiries.

Thank you for considering a career with Whitestone.

Whitestone Medical Center Talent Acquisition`, 'Whitestone Medical Center – application received'),

  rej('application', ['internal_candidate'], { ...door },
    `Dear Marcus,

Thank you for your interest in the Supply Chain Analyst – Perioperative Services position at Whitestone Medical Center.

We wanted to let you know that this position has been filled by an internal candidate. We appreciate the time you took to apply and encourage you to apply for future openings that match your experience.

Sincerely,
Whitestone Medical Center Talent Acquisition`, 'Your application – Job ID 2025-18233'),

  other(`Hi Marcus,

I'm Kayla, a recruiter at Routewise. Thanks for applying for our Customer Success Analyst – Freight role! I've reviewed your application and would love to set up a 20-minute call to learn more about your background and tell you more about the team.

You can grab a time on my calendar here: https://calendly.example/kayla-routewise/20min

Looking forward to connecting,
Kayla Brandt
Recruiter, Routewise`, 'Routewise – Customer Success Analyst'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Marcus,

Thanks again for chatting with me on Friday – it was great to hear about your time at Harlan & Pike.

I talked our conversation through with the hiring manager. This role spends most of the day writing SQL against customers' shipment data and building small Python scripts for their reports, and since you mentioned your analysis has been done almost entirely in Excel and Power BI, we've decided not to move forward.

Thanks so much for your interest in Routewise, and best of luck!

Kayla`, 'Routewise – update'),

  hold('interview', ['generic'], {},
    `Hi Marcus,

Thank you again for interviewing with Nadia and Greg for the Senior Demand Planner position last week.

I wanted to let you know that there will be a short delay before the next round. Nadia, the hiring manager, is out on unexpected leave for the next three weeks, and we won't schedule final interviews until she's back. No decisions have been made, and you are still very much under consideration.

I'll be in touch the week of August 25. Thank you for your patience.

Best,
Hector Salas
Talent Acquisition Partner, Ashworth Appliance`, 'Ashworth Appliance – Senior Demand Planner update'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Marcus,

Thank you for your interest in Marlowe Coatings and the S&OP Analyst position.

We've looked closely at your background, and it isn't a close enough match for this opening. Your resume will stay in our database, and our recruiters will contact you if a role that fits your experience opens up.

Thanks again for considering a career with Marlowe Coatings.

Kind regards,
The Marlowe Coatings Recruiting Team

You can change your email preferences at: https://app.jobvite.example/l`, 'Thank you for your interest in Marlowe Coatings'),

  // September
  other(`Hi Marcus,

Thanks for your patience while Nadia was out. She's back, and we'd like to invite you to the final round for the Senior Demand Planner role: an onsite at our Springfield plant on Thursday, September 18, from 9:00 a.m. to 1:00 p.m. You'll meet Nadia, our VP of Supply Chain, two planners from the team and someone from Finance, with a short tour of the distribution center.

Please confirm by Monday and I'll send parking and visitor details.

Best,
Hector`, 'Ashworth Appliance – final round invitation'),

  rej('final', ['position_filled'], { ...door },
    `Hi Marcus,

Thank you for spending the morning with us in Springfield for the final round of interviews for the Senior Demand Planner role. Everyone appreciated the preparation you brought, especially your walk-through of the promotional forecast process.

This was a close decision. We have extended an offer to another candidate, and they have accepted.

I know this is disappointing after a long process, and I'm grateful for your patience through the delay this summer. I'd be glad to stay in touch, and I'll let you know if another planning role opens on Nadia's team.

Best,
Hector Salas
Talent Acquisition Partner, Ashworth Appliance`, 'Ashworth Appliance – Senior Demand Planner'),

  other(`Hi Marcus,

Thanks for applying to Palisade Freight Tech! Our team is reviewing applications for the Implementation Associate role now, and we'll be in touch either way within two weeks.

In the meantime, you can update your application or add a cover letter from the link in your confirmation page.

The Palisade Recruiting Team`, 'Thanks for applying to Palisade Freight Tech'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Marcus,

Thank you for applying for the Implementation Associate role at Palisade Freight Tech.

This is an entry-level role designed for people in their first one or two years after college, and with more than ten years of supply chain analysis behind you, your experience is well beyond what the role calls for. We don't think it would make good use of your background, so we're not moving forward with this application.

We expect to open a Senior Implementation Consultant role early next year, and we'd encourage you to apply for it when it's posted.

Best,
Palisade Freight Tech Recruiting`, 'Your application to Palisade Freight Tech'),

  other(`Hi Marcus,

Good news – Plainfield Consumer Brands (the manufacturer near Plain City I mentioned back in March) would like to meet you for the contract-to-hire Demand Planner role. You're confirmed for a video interview with their planning manager, Luis Ortega, on Wednesday, October 1 at 11:00 a.m. over Teams. The link will come from their HR team.

Pay is $41/hour W-2 for the six-month contract, with conversion targeted at $84–88k. Let me know if you'd like to prep together on Tuesday.

Brianna`, 'Plainfield Consumer Brands – interview confirmed'),

  // October
  rej('interview', ['generic'], { ...door },
    `Hi Marcus,

I heard back from Plainfield Consumer Brands after your interview with Luis on Wednesday. They've decided to go with another candidate for the Demand Planner contract. I pushed for details, but they didn't give a reason beyond saying it was a close call.

I'm sorry – I thought this one was a good match. I'll keep looking and will call you as soon as something else comes up.

Brianna`, 'Plainfield – update'),

  rej('application', ['generic'], {},
    `Hello Marcus,

Thank you for your interest in the Logistics Analyst position with Crossdock Partners LLC. After reviewing applications, we have decided to pursue other applicants at this time.

We wish you the best of luck in your job search.

Crossdock Partners LLC Human Resources

This message was sent via Paylocity Recruiting. Please do not reply.`, 'Crossdock Partners – Logistics Analyst'),

  other(`Hi Marcus,

Thanks for applying to the Supply Chain Solutions Analyst role at Inventra! Before I set up time with the hiring manager, could you share your salary expectations and confirm you'd be able to come into our Short North office on Tuesdays and Wednesdays?

The posted range for this role is $82,000–$96,000 plus bonus, so I just want to make sure we're aligned.

Thanks!
Sophie Lindqvist
Talent Partner, Inventra`, 'Inventra – Supply Chain Solutions Analyst'),

  other(`Hi Marcus,

You're confirmed for interviews for the Supply Chain Solutions Analyst role on Thursday, October 16:

10:00 – 10:45 AM ET · Hiring manager interview with Raj Patel (Director, Solutions)
11:00 – 11:45 AM ET · Team interview with Erin Cho and Mateo Ruiz

Location: Inventra, 1150 N High St, Suite 400, Columbus, OH 43201. Please check in at the front desk on the 4th floor.

If you need to reschedule, just reply to this email.

Sophie`, 'Interview confirmation – Inventra'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Marcus,

Thank you for coming in on Thursday to meet Raj, Erin and Mateo.

The team enjoyed the conversation, but they've decided not to move forward. Our Solutions team works with very little process: analysts pick up customer issues as they come in and re-prioritise several times a day. When Raj asked how you like to work, you said you're at your best with a set weekly planning cadence and clear hand-offs, and the team felt the way they work would be a frustrating fit for you.

Thanks again for your time, and good luck with the search.

Sophie`, 'Inventra – update'),

  rej('application', ['location'], { ...fb },
    `Dear Marcus,

Thank you for applying for the Transportation Analyst position at TriState Cold Chain.

This role is based full time at our Louisville, Kentucky operations center, and in your application you indicated that you are not open to relocating from Columbus. Since the position cannot be performed remotely, we are unable to move your application forward.

We appreciate your interest and wish you success in your search.

TriState Cold Chain Human Resources`, 'TriState Cold Chain – Transportation Analyst'),

  other(`LinkedIn

Marcus, your application was viewed

Obermeyer Medical Supply viewed your application for Inventory Analyst.
Obermeyer Medical Supply · Columbus, OH
Applied 3 days ago

Track this and your other applications in My Jobs.

Unsubscribe · Help`, 'Your application was viewed by Obermeyer Medical Supply'),

  rej('application', ['generic'], { ...door },
    `Dear Marcus,

Thank you for your interest in Scioto Valley Foods and the Supply Chain Analyst II position.

We have decided to move forward with other candidates. This decision does not affect any other applications you may have submitted with us.

We encourage you to apply to future openings at Scioto Valley Foods that match your skills and interests.

Best regards,
Scioto Valley Foods Talent Acquisition

This email was sent from an unmonitored mailbox.`, 'Update on your application – Scioto Valley Foods'),

  rej('application', ['profile_mismatch'], {},
    `Hello Marcus,

Thank you for applying for the Inventory Control Analyst position at Cardinal Ridge Logistics.

We have reviewed your application and decided to pursue other candidates whose skills and experience more closely match the needs of this position.

Thank you for your interest in Cardinal Ridge Logistics.

Cardinal Ridge Logistics Careers
Powered by UKG`, 'Cardinal Ridge Logistics – Inventory Control Analyst'),

  // November
  hold('final', ['role_closed'], {},
    `Hi Marcus,

Thank you for coming back in last week for the final interview with Colleen and our COO for the Senior Supply Chain Analyst position.

I want to be upfront about where things stand. Bramwell has frozen all new hires through the end of the year while leadership finalizes the 2026 budget, so we can't make an offer to anyone right now. You are one of two finalists, no decision has been made, and Colleen has asked that we keep your candidacy open rather than close the search.

We expect to have clarity in early January, and I'll reach out as soon as I hear anything.

Thank you for your patience,
Monique Ferris
HR Manager, Bramwell Distribution`, 'Bramwell Distribution – where things stand'),

  other(`Hi Marcus,

Thank you for your interviews with Alan and the planning team last week. We'd love to bring you back for a final conversation with Denise Carver, our Vice President of Supply Chain, on Tuesday, November 18 at 2:00 p.m. at our Dublin support center (5200 Emerald Pkwy).

The meeting will last about an hour. Please let me know if that time works.

Warm regards,
Keisha Morgan
Senior Recruiter, Harrow Lane Grocers`, 'Harrow Lane Grocers – final interview'),

  rej('interview', ['generic'], {},
    `Dear Marcus,

Thank you for interviewing for the Inventory Analyst position at Obermeyer Medical Supply, and for coming back a second time to meet our operations director.

We have now completed our interviews and have decided to move forward with another candidate.

We appreciate your interest in Obermeyer and wish you success in your job search.

Sincerely,
Paula Renner
Human Resources, Obermeyer Medical Supply`, 'Obermeyer Medical Supply – Inventory Analyst'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Marcus,

Thank you for applying for the Supply Planning Consultant role at Ridgeway Supply Software.

After reviewing your application, we've decided to move forward with candidates whose experience is a closer match for what the team needs right now.

Please don't hesitate to apply again if you see another Ridgeway role that fits.

Best,
Ridgeway Recruiting`, 'Your application to Ridgeway Supply Software'),

  // December
  other(`Hi Marcus,

It was great speaking with you this afternoon – congratulations again! As promised, here is a summary of our offer for the Senior Supply Chain Analyst position:

- Base salary: $91,500 per year
- Annual bonus target: 8%
- Start date: Monday, January 5, 2026
- Schedule: hybrid, Tuesday through Thursday at the Dublin support center
- Benefits: eligible the first of the month after your start date

Your formal offer letter will arrive from Workday shortly for your electronic signature. The offer is contingent on a background check and a drug screen.

Please let me know if you have any questions.

Keisha`, 'Your offer from Harrow Lane Grocers'),

  other(`Dear Marcus Delgado,

Harrow Lane Grocers has asked you to complete a background screening as part of your offer for the position of Senior Supply Chain Analyst.

To begin, please review the disclosure and give your authorization through the secure link below within 3 business days:
https://screening.verifast.example/candidate/HLG-55820

You will be asked for your address history for the past seven years and your date of birth. If you have questions about the process, please contact the Harrow Lane recruiting team.

Regards,
VeriFast Screening on behalf of Harrow Lane Grocers`, 'Action required: background check authorization'),

  rej('application', ['position_filled'], {},
    `Dear Marcus,

Thank you for applying for the Logistics Analyst position at Ostrander Freight Solutions.

We wanted to let you know that this position has now been filled. We appreciate the time you took to apply and your interest in joining our team.

Best regards,
Ostrander Freight Solutions Human Resources`, 'Ostrander Freight Solutions – Logistics Analyst'),

  other(`Hi Marcus,

Good news – your background check and drug screen have both cleared, so your offer is now final. We're all set for your start on Monday, January 5.

Please come to the Dublin support center at 8:30 a.m. and ask for Alan at reception. Bring two forms of ID for your I-9. Your laptop will be ready at your desk.

Welcome to Harrow Lane!
Keisha`, "You're all set – welcome to Harrow Lane"),

  other(`Dear Marcus,

This email confirms that you have withdrawn your application for the Demand Planner position (R-25-1142) at Alder & Finch Outfitters. No further action is needed.

If you change your mind, you can apply again while the position is open.

Alder & Finch Talent Acquisition`, 'Application withdrawn – Demand Planner'),

  rej('application', ['generic'], {},
    `Dear Marcus,

Thank you for your interest in the Buyer – Seasonal position at Kestrel Home.

After reviewing your application, we have decided to move forward with other candidates.

Best regards,
Kestrel Home Talent Acquisition

*** This is an automated message. Please do not reply. ***`, 'Kestrel Home: Your Application for Buyer – Seasonal (Job 2511027)'),

  // January
  rej('final', ['role_closed'], {},
    `Hi Marcus,

I promised to follow up once we had clarity on the Senior Supply Chain Analyst position. Leadership has finalized the 2026 budget, and the position was not included in it. We are closing the search without filling the role, so we won't be moving forward with your candidacy.

I understand you've moved on since we last spoke – congratulations on the new role at Harrow Lane. Colleen asked me to pass along her thanks for your time through the final round.

Best,
Monique Ferris
HR Manager, Bramwell Distribution`, 'Bramwell Distribution – Senior Supply Chain Analyst'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for your interest in Procurement Analyst (Posting 25-0716) with the Ohio Office of Fleet and Materials Management.

The selection process for this posting has been completed, and another applicant has been selected for the position. We appreciate your patience during the delay in this recruitment.

Office of Human Resources
Ohio Office of Fleet and Materials Management`, 'Posting 25-0716: Procurement Analyst – selection complete'),

  other(`Hi Marcus,

Saw your update on LinkedIn – congratulations on the Harrow Lane role! That's a great team, and the hybrid schedule should suit you.

I'll take you off my active list. If you ever want to talk about the market, or if you're hiring analysts for your own team down the line, you know where to find me.

All the best,
Lauren Pike
Principal, Ardent Search Group`, 'Congratulations!'),

  // ── The stage told in ways that are easy to misread: after "speaking with you" or a conversation with the hiring manager
  rej('interview', ['generic'], {},
    `Hi Jordan,

Thanks for making time on Tuesday. After speaking with you and with the other people I'm considering, I've decided to go in a different direction for the Distribution Operations Analyst position.

I appreciate your interest in the team.

Regards,
Craig Bellamy
Director, Distribution Operations
Fenwick Brothers Hardware`, 'Distribution Operations Analyst'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Alisha,

Thank you for meeting with Priya and me on Thursday about the Procurement Analyst opening on our indirect sourcing team. After our conversation, we compared notes and felt that other candidates' experience lines up more closely with what the team needs right now.

Thank you again for your time.

Best,
Nathan Greer
Sourcing Manager, Halloway Medical Devices`, 'Procurement Analyst – Halloway'),

  rej('interview', ['generic'], {},
    `Hi Devon,

Thank you for your conversation with Jenna Ruiz, the hiring manager for the Materials Planner role, on Monday. Jenna has now finished meeting candidates, and we have decided not to move forward with your candidacy.

We appreciate the time you gave us.

Regards,
Matt Ocampo
Talent Acquisition, Leland Fluid Systems`, 'Materials Planner – Leland Fluid Systems'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Ms. Varga,

Thank you for speaking with our hiring manager, Ruth Amsel, last week about the Supply Planning Analyst position.

Ruth felt that the role needs someone who has already configured and run planning in Kinaxis RapidResponse, since the team is partway through that implementation and has no time to train on it. From your conversation she understood that your planning work so far has been in SAP APO and spreadsheets, so we will not be moving forward.

We wish you every success.

Human Resources, Castell Pharmaceuticals`, 'Supply Planning Analyst – Castell Pharmaceuticals'),

  rej('interview', ['generic'], { ...door },
    `Hi Sam,

It was good to talk with you over Zoom on Wednesday – thanks for walking Marisol, Ken and me through your carrier scorecard project. After our conversation, and after meeting the other candidates, we've decided to offer the next step to someone else.

I'd like to keep in touch, and I'll reach out if another analyst opening comes up on the transportation team.

Thanks,
Olivia Tran
Transportation Manager, Kessler Home Furnishings`, 'Transportation Analyst – Kessler'),

  rej('interview', ['position_filled'], {},
    `Dear Ms. Okafor,

It was a pleasure speaking with you last Thursday about the Purchasing Coordinator role. I've since spoken with the other applicants, and I have offered the position to one of them, who has accepted.

Thank you for your interest in Dorsey Mechanical.

Kind regards,
Frank Dorsey
Operations Manager, Dorsey Mechanical`, 'Purchasing Coordinator'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Tyrell,

Thank you for the phone interview with Ed Kowalski, our Warehouse Operations Manager, on Friday. Ed enjoyed the call, but he has decided to move forward with candidates whose experience is a closer match for the role.

Best regards,
Lydia Chen
HR Coordinator, Stanfield Paper Company`, 'Warehouse Operations Analyst – Stanfield Paper'),

  rej('interview', ['generic'], {},
    `Hi Ashley,

Thanks for joining the Teams video interview with Carla and Mike on Tuesday for the Supply Chain Analyst role. They enjoyed the discussion, but they've decided to move forward with another candidate.

Best,
Talent Acquisition, Pinecrest Brands`, 'Pinecrest Brands – Supply Chain Analyst'),

  rej('interview', ['generic'], {},
    `Hi Derek,

Thank you for presenting your case exercise to the panel on Wednesday and for the discussion that followed. The panel has decided to move forward with other candidates for the Network Planning Analyst role.

Best regards,
Hollister Freight Talent Acquisition`, 'Network Planning Analyst – Hollister Freight'),

  rej('interview', ['generic'], {},
    `Hi Brandon,

Thanks for coming back for a second interview with our plant manager last Thursday. We've decided to move forward with another candidate for the Production Scheduler role.

Regards,
Lena Hoffmann
HR Manager, Aldridge Castings`, 'Production Scheduler – Aldridge Castings'),

  other(`Hi Jordan,

Thanks for the time on the phone yesterday. After speaking with you, I'm glad to say we'd like to invite you to an onsite interview with the distribution team at our Grove City facility. Our coordinator, Becca, will reach out with a few dates.

Looking forward to it,
Craig Bellamy
Director, Distribution Operations
Fenwick Brothers Hardware`, 'Next step – onsite'),

  // ── Stage: a recruiter's first call (screen)
  rej('screen', ['generic'], {},
    `Hi Rachel,

Thanks so much for hopping on a quick call with me yesterday afternoon! I've shared my notes with the team, and we've decided not to move forward with your application for the Supply Chain Coordinator role.

I appreciate your time and wish you the best.

Amber Lyle
Talent Acquisition Partner, Crestview Outdoor`, 'Crestview Outdoor – Supply Chain Coordinator'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Omar,

Thank you for the quick intro call on Monday about our Demand Planner opening. After reviewing my notes alongside the rest of the candidate pool, we've decided to move forward with candidates whose background more closely matches what the hiring team is looking for.

Thanks again, and good luck in your search.

Jill Sandoval
Recruiter, Pemberton Snacks`, 'Demand Planner – Pemberton Snacks'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Kevin,

Thanks for the quick call this morning. I checked with the hiring manager about the number you mentioned, and $105,000 is well above the approved range for the Logistics Analyst role, which tops out at $84,000. Since there's no flexibility there, we won't be moving forward.

If a more senior role opens up, I'll reach out.

Best,
Heather Cole
Recruiter, Gantry Freight`, 'Gantry Freight – Logistics Analyst'),

  rej('screen', ['location'], { ...fb },
    `Hi Priyanka,

Thank you for the 15-minute phone screen on Tuesday. As we discussed, the Inventory Analyst role is on site at our Dublin, Ohio office four days a week, and you let me know you're only looking for fully remote work. Because of that, we won't be moving forward with your application.

Best regards,
Corey Banks
Talent Acquisition, Sycamore Health Partners`, 'Inventory Analyst – Sycamore Health Partners'),

  rej('screen', ['generic'], {},
    `Dear Mr. Hendricks,

Thank you for taking part in a phone interview with a member of our talent acquisition team about the Buyer II position. We have carefully considered all candidates and have decided not to advance your application to the hiring manager interview.

We appreciate your interest in Lorimar Industries.

Sincerely,
Lorimar Industries Talent Acquisition`, 'Lorimar Industries – Buyer II'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Natalie,

Thanks for the brief chat this afternoon. I took your answers back to the team: the Customs Compliance Analyst role requires a Licensed Customs Broker, and as you mentioned you haven't sat for the broker exam yet, we aren't able to move forward.

Kind regards,
Hannah Ortiz
HR Generalist, Bayfront Import Services`, 'Customs Compliance Analyst'),

  rej('screen', ['generic'], { ...door },
    `Hi Luis,

Thank you for your initial conversation with our recruiter, Dana, on Thursday about the S&OP Analyst role. We've reviewed her notes and have decided to pursue other candidates at this time.

We'd encourage you to apply for future openings at Talbridge that match your experience.

Talbridge Foods Recruiting`, 'Talbridge Foods – S&OP Analyst'),

  // ── Stage: a recorded one-way video (assessment)
  rej('assessment', ['generic'], {},
    `Dear Monique,

Thank you for completing the recorded video interview for the Supply Chain Analyst position at Everly Brands. Our team has reviewed the responses from everyone who completed this step.

We received many strong submissions, and we have decided to move forward with other candidates.

Best wishes in your search,
Everly Brands Talent Acquisition`, 'Everly Brands – Supply Chain Analyst'),

  rej('assessment', ['assessment'], {},
    `Hi Grant,

Thank you for completing the one-way video interview for the Procurement Analyst role. Your recorded responses have been scored against the criteria for this stage, and unfortunately they did not meet the standard required to advance to a live interview.

We appreciate your interest in Norwood Electric Cooperative.

Talent Acquisition
Norwood Electric Cooperative`, 'Procurement Analyst – Norwood Electric Cooperative'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Elena,

Thanks for recording your video responses for the Logistics Coordinator role. The reviewers noted that in both scenario questions you described what the team in general would do rather than the steps you personally took, and neither answer gave a measurable result, so your responses didn't score high enough to move on to interviews with the hiring team.

We appreciate the effort and wish you the best.

Ashby Transport Recruiting`, 'Ashby Transport – Logistics Coordinator'),

  rej('assessment', ['generic'], { ...door },
    `Hi Caleb,

Thanks for completing your one-way video interview through Spark Hire for our Purchasing Assistant opening. We've decided to move forward with other applicants for this position.

We'll keep your information on file and reach out if another role opens that fits your background.

Warm regards,
Hallett Building Supply`, 'Hallett Building Supply – Purchasing Assistant'),

  rej('assessment', ['profile_mismatch'], {},
    `Dear Jasmine,

Thank you for submitting your pre-recorded video interview for the Inventory Control Specialist position. After reviewing your responses alongside your resume, we have decided to proceed with candidates whose experience more closely matches the requirements of the role.

Sincerely,
Redwood Medical Distribution Talent Acquisition`, 'Inventory Control Specialist – Redwood Medical Distribution'),

  rej('assessment', ['generic'], {},
    `Dear Mr. Foster,

Following our conditional offer for the Dispatch Coordinator position, we completed your pre-employment background check. Based on information in that report, Valley Freight Lines is unable to move forward with your employment.

A copy of the report and a summary of your rights under the Fair Credit Reporting Act are enclosed. You may contact the screening company directly to dispute the accuracy or completeness of anything in it.

Sincerely,
Human Resources, Valley Freight Lines`, 'Notice regarding your employment application'),

  other(`Hi Grant,

This is a friendly reminder that your one-way video interview for the Procurement Analyst role at Norwood Electric Cooperative expires in 48 hours.

It takes about 20 minutes to complete. You can practise as many times as you like before recording your answers.

Start here: https://video.norwoodcoop.example/i/55K2

Talent Acquisition
Norwood Electric Cooperative`, 'Reminder: your video interview expires in 48 hours'),

  // ── Stage: Superday, onsite, final round, finalists (final)
  rej('final', ['generic'], {},
    `Hi Connor,

Thank you for joining us for Superday last Friday for our Operations Strategy Analyst program. We know a full day of interviews is a lot, and we appreciated your energy throughout.

After much deliberation, we are unable to extend you an offer.

Best,
Early Careers Recruiting, Wrexford Consulting Group`, 'Wrexford Consulting Group – Superday outcome'),

  rej('final', ['profile_mismatch'], {},
    `Dear Hannah,

Thank you for visiting our Dayton distribution center for your onsite interviews for the Senior Inventory Analyst role. We know it was a long day, and we appreciated the time you spent with the team.

After reviewing feedback from everyone you met, we have decided to move forward with a candidate whose experience is more closely aligned with the role.

Kind regards,
Prescott Wholesale Talent Acquisition`, 'Senior Inventory Analyst – Prescott Wholesale'),

  rej('final', ['generic'], {},
    `Hi Marissa,

I wanted to reach out personally. You were one of our final candidates for the Supply Chain Manager position, and the decision was not an easy one. In the end, we chose another candidate.

Thank you for the time and thought you put into the process.

Warm regards,
Janelle Voss
VP, Human Resources
Corbin Lighting`, 'Supply Chain Manager – Corbin Lighting'),

  rej('final', ['position_filled'], {},
    `Dear Mr. Alvarez,

Thank you for your participation as one of two finalists for the Director of Logistics position. The search committee has offered the position to the other finalist, who has accepted.

On behalf of the committee, thank you for your interest.

Office of Human Resources, Lakeview State University`, 'Director of Logistics search'),

  rej('final', ['generic'], { ...door },
    `Hi Tasha,

Thank you for your final-round interview with our VP of Operations last week. We've made our decision and, unfortunately, we will not be moving forward with your candidacy.

We'd love to stay in touch. Please keep an eye out for future roles and apply again – we'd be happy to see your name come through.

Best,
Kinsley Foods Recruiting`, 'Kinsley Foods – final round'),

  rej('final', ['generic'], { ...offered },
    `Hi Ben,

Thanks for coming through our onsite loop last Wednesday – five interviews in one afternoon is no small thing. The hiring committee met on Friday and decided not to extend an offer.

I'm happy to share the committee's feedback on a call if that would be useful.

Dana Whitfield
Recruiting, Trailhead Logistics Software`, 'Trailhead – onsite follow-up'),

  rej('final', ['generic'], {},
    `Hi Nadine,

Thank you for your patience while we finished reference checks following the final interviews for the Supply Chain Planning Lead role. We have now made our decision, and we will not be moving forward with your candidacy.

Thank you for all the time you gave us.

Best regards,
Gretchen Ames
Talent Acquisition, Brookfield Dairy Cooperative`, 'Supply Chain Planning Lead'),

  rej('final', ['profile_mismatch'], {},
    `Dear Simone,

Thank you for your final interview with our CFO, Mark Ellison, on Monday for the Supply Chain Finance Analyst role. After a great deal of discussion, we have selected a candidate whose experience aligns more closely with the position.

Kind regards,
Whitmore Retail Group Talent Acquisition`, 'Supply Chain Finance Analyst – Whitmore Retail Group'),

  other(`Hi Marissa,

Thank you for meeting with our leadership team on Wednesday. I'm pleased to let you know that you are one of our final candidates for the Supply Chain Manager position, and we would now like to contact your references.

Could you send me the names, titles and phone numbers of three professional references, including at least one former manager, by Monday?

Warm regards,
Janelle Voss
VP, Human Resources
Corbin Lighting`, 'Supply Chain Manager – references'),

  other(`Hi Connor,

We're excited to host you for Superday on Friday, October 24, at our Columbus office (250 S High St, 12th floor). Please arrive by 8:15 a.m.

Your schedule:
8:30 – Welcome and case briefing
9:00 – Case interview with a manager
10:00 – Behavioral interview with a principal
11:00 – Group exercise
12:30 – Lunch with current analysts

Business attire. Let us know about any dietary needs.

Early Careers Recruiting, Wrexford Consulting Group`, 'Superday details – Friday, October 24'),

  // ── Stage: interviews named only as what the candidate will not reach (application)
  rej('application', ['generic'], {},
    `Dear Kyle,

Thank you for applying for the Supply Chain Analyst position at Harbison Manufacturing. After reviewing your application, we will not be inviting you to interview for this role.

We appreciate your interest in Harbison.

Human Resources, Harbison Manufacturing`, 'Harbison Manufacturing – Supply Chain Analyst'),

  rej('application', ['profile_mismatch'], {},
    `Dear Lauren,

Thank you for your interest in the Demand Planning Analyst position. We have selected a small group of candidates whose experience most closely matches the role to move on to our interview process, and you are not among them.

Thank you for your interest in Glenmoor Beverages.

Talent Acquisition Team, Glenmoor Beverages`, 'Glenmoor Beverages – Demand Planning Analyst'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Procurement Specialist position with Westbury Utilities.

Each of our openings attracts a large number of applicants, and we interview only a small number of them. We regret to tell you that your application was not selected for an interview.

Westbury Utilities Human Resources`, 'Procurement Specialist – Westbury Utilities'),

  rej('application', ['generic'], {},
    `Hi Andre,

Thanks for applying to the Logistics Analyst role at Quarry Lane Software. Our interview process for this role includes a recruiter phone screen, a take-home case exercise and a final onsite with the team.

We've reviewed your application and, unfortunately, we won't be moving you into that process at this time.

Best of luck in your search,
Quarry Lane Recruiting`, 'Quarry Lane Software – Logistics Analyst'),

  rej('application', ['generic'], {},
    `Hi Meghan,

Thanks for your interest in the Supply Chain Operations Associate role at Birchfield. We've reviewed your application and won't be scheduling a phone screen at this time.

We wish you all the best.

The Birchfield Talent Team`, 'Birchfield – Supply Chain Operations Associate'),

  rej('application', ['profile_mismatch'], {},
    `Dear Victor,

Thank you for applying for the Materials Manager position. The hiring manager has personally reviewed your resume and has decided to focus on candidates whose backgrounds are a closer match to the role.

Sincerely,
Ellery Plastics Human Resources`, 'Ellery Plastics – Materials Manager'),

  rej('application', ['profile_mismatch'], {},
    `Dear Ms. Tran,

Thank you for your interest in the Senior Buyer position. We have now completed interviews with the candidates whose qualifications most closely matched the requirements of the role, and we will not be moving forward with your application.

Human Resources
Marlin County Hospital`, 'Senior Buyer – Marlin County Hospital'),

  rej('application', ['generic'], {},
    `Dear Joseph,

We have reached a final decision regarding the Inventory Specialist position you applied for. Unfortunately, you have not been selected.

Thank you for your interest in Rockport Marine Supply.

HR Department, Rockport Marine Supply`, 'Inventory Specialist – final decision'),

  rej('application', ['generic'], {},
    `Dear Ravi,

Thank you for applying to the Purchasing Analyst role with the City of Brookhaven. Shortlisted applicants are invited to complete a written exercise and then a panel interview. After review of all applications, yours was not among those shortlisted.

Human Resources Department
City of Brookhaven`, 'Purchasing Analyst – City of Brookhaven'),

  // ── Reasons that are easy to misread: "experience and backgrounds" beside a bare "other candidates"
  rej('application', ['profile_mismatch'], {},
    `Dear Aaron,

Thank you for your application for the Supply Chain Analyst position at Lindqvist Foods. We received applications from many qualified candidates, and we have chosen to move forward with applicants whose experience and backgrounds more closely match the needs of the role.

We wish you success in your search.

Lindqvist Foods Talent Acquisition`, 'Lindqvist Foods – Supply Chain Analyst'),

  rej('application', ['generic'], {},
    `Dear Aaron,

Thank you for your application for the Procurement Analyst position at Lindqvist Foods. We have chosen other candidates for this role.

We wish you success in your search.

Lindqvist Foods Talent Acquisition`, 'Lindqvist Foods – Procurement Analyst'),

  rej('application', ['generic'], {},
    `Hi Bianca,

Thank you for applying for the Logistics Coordinator role at Fernway Outdoor. This was a highly competitive search, with more than 400 applicants, and you were not selected to move forward.

We appreciate your interest in Fernway.

Fernway Outdoor Recruiting`, 'Fernway Outdoor – Logistics Coordinator'),

  rej('application', ['profile_mismatch'], {},
    `Hi Bianca,

Thank you for applying for the Inventory Analyst role at Fernway Outdoor. After reviewing your resume, we've determined that your experience does not align closely enough with this position, so we won't be moving forward.

We appreciate your interest in Fernway.

Fernway Outdoor Recruiting`, 'Fernway Outdoor – Inventory Analyst'),

  rej('application', ['profile_mismatch'], {},
    `Dear Rosa,

Thank you for your interest in the Sourcing Analyst position at Clearbrook Medical. We received many strong applications, and the candidates we are moving forward with had more relevant experience for this particular role.

Sincerely,
Clearbrook Medical Recruiting`, 'Clearbrook Medical – Sourcing Analyst'),

  rej('interview', ['generic'], {},
    `Hi Pedro,

Thank you for interviewing with us for the Replenishment Planner role. You have an impressive background, and the team enjoyed meeting you. However, you were not selected for this position.

Best wishes,
Ostrowski Grocers Talent Team`, 'Ostrowski Grocers – Replenishment Planner'),

  // ── Reasons: a requirement named in passing
  rej('application', ['skills_gap'], { ...fb },
    `Hi Tom,

Thanks for applying for the Supply Chain Systems Analyst role at Ferrand Chemical. For this hire we are prioritizing candidates with hands-on SAP S/4HANA experience, as the role will support our migration from ECC next year, so we won't be moving forward with your application.

Best regards,
Ferrand Chemical Talent Acquisition`, 'Ferrand Chemical – Supply Chain Systems Analyst'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Darnell,

Thank you for applying to the Senior Demand Planner position at Orchard Grove Foods. The role requires at least five years of demand planning experience, and your resume shows about two years in a planning role, with your earlier experience in warehouse operations. We won't be moving forward with this application, but we'd encourage you to look at our Demand Planner II opening, which is a closer fit for where you are.

Orchard Grove Foods Recruiting`, 'Orchard Grove Foods – Senior Demand Planner'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Courtney,

Thank you for your interest in the Supply Chain Analyst position at Northgate Regional Health. We received many qualified applicants. For this role we have decided to move forward with candidates who have experience in hospital supply chain, including GPO contracts and par-level management, and your background is in retail distribution.

Sincerely,
Northgate Regional Health Talent Acquisition`, 'Northgate Regional Health – Supply Chain Analyst'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Jamal,

Thanks for your application for the Demand Planning Analyst role at Copperleaf Home. As the role centers on configuring and maintaining our Blue Yonder demand planning system, we've decided to move forward with candidates who have done that work before.

Best,
Copperleaf Home Talent Acquisition`, 'Copperleaf Home – Demand Planning Analyst'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Ibarra,

Thank you for applying for the Procurement Specialist position at Halvorsen Aggregates.

This position requires a bachelor's degree in supply chain management, business or a related field. Your application indicates that you hold an associate degree, so we are unable to consider you further for this role.

Halvorsen Aggregates Human Resources`, 'Procurement Specialist – Halvorsen Aggregates'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Gabriel,

Thanks for your interest in the Materials Coordinator position at Tecumseh Gear. The role coordinates daily with our plant in Monterrey and requires professional fluency in Spanish, and your application lists your Spanish as basic, so we won't be moving forward.

Regards,
Tecumseh Gear Human Resources`, 'Tecumseh Gear – Materials Coordinator'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Noor,

Thank you for applying for the Cold Chain Logistics Analyst position at Avenell Pharma Logistics. Although the pool was very competitive, our decision came down to one thing: we have decided to move forward with candidates who have experience in temperature-controlled pharmaceutical distribution, including GDP compliance, which we did not see in your application.

Avenell Pharma Logistics Talent Acquisition`, 'Avenell Pharma Logistics – Cold Chain Logistics Analyst'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Megan,

Thank you for interviewing for the Transportation Analyst role. We had a very competitive pool of candidates, and we have decided to move forward with candidates who have more hands-on experience with Oracle Transportation Management, which the team uses every day.

Thank you again for your time.

Lakemont Distribution Recruiting`, 'Lakemont Distribution – Transportation Analyst'),

  // ── Reasons: clearance and citizenship, sponsorship, residency, eligibility (location)
  rej('application', ['location'], { ...fb },
    `Dear Ms. Nguyen,

Thank you for your interest in the Logistics Analyst position (Req. 48817) at Sentinel Aerostructures.

This position supports a Department of Defense program and requires the ability to obtain and maintain a Secret security clearance, for which U.S. citizenship is required. Your application indicates that you are not a U.S. citizen, so we are unable to consider you for this role.

Sincerely,
Sentinel Aerostructures Talent Acquisition`, 'Sentinel Aerostructures – Req. 48817'),

  rej('application', ['location'], { ...fb },
    `Hi Arjun,

Thank you for applying for the Supply Chain Data Analyst position at Brightwater Consumer Goods. This role is not eligible for visa sponsorship, and your application indicates that you will need sponsorship to continue working in the United States. For that reason, we are unable to move your application forward.

Brightwater Consumer Goods Talent Acquisition`, 'Brightwater Consumer Goods – application update'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Whitfield,

Thank you for applying for the position of Fleet Parts Buyer with Franklin County.

Under the County's residency policy, this position is open only to applicants who live in Franklin County at the time of hire. Your application lists an address in Delaware County, so your application cannot be considered further.

Franklin County Human Resources`, 'Fleet Parts Buyer – application status'),

  rej('application', ['location'], { ...fb },
    `Hi Daniel,

Thank you for applying to the Supply Chain Leadership Development Program at Halstead Brands.

The program is open only to students in their final year of a bachelor's or master's program. Your application shows that you graduated in 2016, so we are unable to consider you for this program.

Halstead Brands University Recruiting`, 'Halstead Brands – Supply Chain Leadership Development Program'),

  // ── Reasons: test results under the bar, with and without detail
  rej('assessment', ['assessment'], { ...fb },
    `Hi Lena,

Thanks for completing the Excel and data-interpretation assessment for the Inventory Analyst role. Your score was 58%, and the minimum to move forward to interviews is 70%, so we won't be progressing your application.

Best,
Carraway Retail Talent Team`, 'Carraway Retail – assessment results'),

  rej('assessment', ['assessment'], {},
    `Dear Colin,

Thank you for completing the online assessment for the Purchasing Coordinator position. Your results did not meet the requirements for this position, and we are unable to move your application forward.

Regards,
Dunmore Industrial Supply Human Resources`, 'Dunmore Industrial Supply – online assessment'),

  rej('assessment', ['generic'], {},
    `Hi Whitney,

Thank you for completing the take-home forecasting exercise for the Demand Analyst role. We received a large number of strong submissions and have decided to move forward with other candidates.

Best,
Sable Creek Beverages Recruiting`, 'Sable Creek Beverages – Demand Analyst'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Tomas,

Thank you for completing the technical assessment for the Supply Chain Analyst role. Your score on the SQL section was below our cut-off, and the role also requires an APICS CSCP certification, which you told us you don't hold yet. For both reasons, we won't be moving forward.

Halloran Equipment Talent Acquisition`, 'Halloran Equipment – Supply Chain Analyst'),

  // ── Reasons: two together, and a reason beside generic words
  rej('screen', ['skills_gap', 'salary'], { ...fb },
    `Hi Alonzo,

Thanks for the call on Tuesday. Two things made this one hard: the team needs someone who has configured Manhattan WMS, which you said you've only used as an end user, and your target of $98,000 is above the $80,000–$85,000 range for the role. So we won't be moving forward.

Best,
Kira Tate
Recruiter, Blackhawk Fulfillment`, 'Blackhawk Fulfillment – WMS Analyst'),

  rej('application', ['profile_mismatch', 'location'], { ...fb },
    `Dear Jenna,

Thank you for applying for the Logistics Analyst position at Maumee River Steel. We have chosen candidates whose experience more closely matches the role. The position also requires working on site at our Toledo mill five days a week, and your application notes that you are based in Cincinnati and looking for a remote position.

Maumee River Steel Human Resources`, 'Maumee River Steel – Logistics Analyst'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Richard,

Thank you for applying for the Shipping Coordinator position at Larkspur Candle Co. With fifteen years of experience, most recently as a supply chain manager, you are significantly overqualified for this coordinator role, and the desired salary of $95,000 in your application is well above the $48,000–$54,000 range we have for it.

We wish you the best in your search.

Larkspur Candle Co.`, 'Larkspur Candle Co. – Shipping Coordinator'),

  rej('application', ['internal_candidate'], {},
    `Dear Ms. Patel,

Thank you for applying for the Materials Management Supervisor position. We received many qualified applicants, and after careful consideration the department has selected a current employee for this position.

Human Resources
St. Adalbert Medical Center`, 'Materials Management Supervisor'),

  rej('application', ['position_filled'], {},
    `Dear Candidate,

Thank you for your interest in the Inventory Planner role at Grayson Home Improvement. We received a large number of highly qualified applicants, and the position has now been filled.

Grayson Home Improvement Careers`, 'Grayson Home Improvement – Inventory Planner'),

  rej('application', ['role_closed'], {},
    `Dear Derrick,

Thank you for applying for the Supply Chain Analyst position at Riverstone Building Products. Although we received many qualified applications, the position has been cancelled as part of a reorganization of our planning team, and we will not be filling it.

Riverstone Building Products Human Resources`, 'Riverstone Building Products – Supply Chain Analyst'),

  rej('interview', ['salary'], { ...fb },
    `Hi Veronica,

Thank you for interviewing with Mark and the procurement team. They were impressed with your experience, but your salary expectation of $110,000 is above the $92,000 budget approved for this position, and we are not able to close that gap. We will not be extending an offer.

Best regards,
Janet Pruitt
Talent Acquisition, Eastgate Foodservice`, 'Eastgate Foodservice – Procurement Analyst'),

  rej('application', ['profile_mismatch'], {},
    `Dear Owen,

Thank you for applying for the Category Analyst role at Brixton Pharmacy. Competition for this role was very strong, and we have decided to move forward with candidates whose qualifications better match what we are looking for.

Brixton Pharmacy Recruiting`, 'Brixton Pharmacy – Category Analyst'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Dear Keith,

Thank you for your interest in the Logistics Supervisor position. We have filled the position with a candidate whose experience more closely matched our requirements.

Tollgate Freight Services Human Resources`, 'Tollgate Freight Services – Logistics Supervisor'),

  rej('interview', ['culture_fit'], {},
    `Hi Shauna,

Thanks for interviewing with the operations team last week. The team has decided to move forward with another candidate who they felt was a stronger fit with the team's culture.

Best,
Linden Gardens Nursery Recruiting`, 'Linden Gardens Nursery – Operations Analyst'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Eric,

Thank you for taking the time to interview for the Procurement Analyst role at Cobalt Robotics Supply. After discussing it with the team, we don't believe you are the right fit for this role at this time.

Regards,
Cobalt Robotics Supply Talent Team`, 'Cobalt Robotics Supply – Procurement Analyst'),
];
