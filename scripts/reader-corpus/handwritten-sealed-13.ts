/**
 * SEALED, thirteenth part: whole messages written one by one for tests/reader-corpus/sealed-13.jsonl, shaped like the
 * inbox of a THIRD job seeker over a season (January to April), unlike the analyst of sealed-9 and the nurse of
 * sealed-11: a customer-success manager in Bengaluru with eight years in B2B software, applying to SaaS companies in
 * India, Singapore, Dubai, Europe and the United States (remote and on site) for senior CSM, customer-success lead,
 * onboarding, renewals and account-management roles. About half of the mail is not a rejection: acknowledgements in
 * many applicant-tracking styles (Greenhouse, Lever, Workday, SmartRecruiters, Ashby, iCIMS, Workable, Darwinbox,
 * Zoho Recruit, Freshteam, Keka), "we'll be in touch", "if you don't hear from us", status changed / viewed / under
 * review, invitations to screens, interviews, case studies and an assessment day, confirmations, reschedules and
 * calendar invites, test reminders, reference requests, an offer and its follow-ups, job alerts, talent communities,
 * recruiter outreach, a withdrawal confirmed, surveys. Five paused processes. The rest are rejections at every stage,
 * with reasons and flags spread as real mail has them: Indian, American, British, Singaporean and second-language
 * English, one-liners and long letters, signatures, legal footers, quoted threads and HTML fragments. Written before
 * the twenty-second round of changes; to be scored once before any change, never read to fix a miss and never trained
 * on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s13-');

const greenhouse = (company: string): string =>
  `\n\n--\n${company} Recruiting · Sent via Greenhouse\nThis mailbox is not monitored. To withdraw or update your application, use the link in your candidate portal.`;
const lever = (company: string): string => `\n\n—\n${company} · Hiring with Lever · Update your email preferences`;
const workday = (company: string, req: string): string =>
  `\n\n${req}\n${company} Careers — Candidate Home\nThis is a system-generated email from Workday. Please do not reply.`;
const smart = (company: string): string => `\n\n—\nThe ${company} Talent Team · SmartRecruiters\nHow we handle your personal data: see our candidate privacy notice.`;
const ashby = (company: string): string => `\n\n—\nSent by ${company} with Ashby`;
const icims = (company: string): string =>
  `\n\n${company} is proud to be an equal opportunity workplace.\nThis message was sent from an unmonitored address via iCIMS.`;
const workable = (company: string): string => `\n\n--\n${company} | Powered by Workable\nYou're receiving this because you applied for a job at ${company}.`;
const darwinbox = (company: string): string =>
  `\n\nRegards,\nTalent Acquisition Team\n${company}\n\n*** This is an auto-generated mail from Darwinbox. Kindly do not reply to this mail. ***`;
const zoho = (company: string): string => `\n\n--\n${company} Careers | Zoho Recruit\nTo unsubscribe from job-related emails, click here.`;
const freshteam = (company: string): string => `\n\n—\nSent from ${company}'s careers site (Freshteam). Do not reply to this email.`;
const bamboo = (company: string): string => `\n\n—\n${company} · Hiring with BambooHR`;
const keka = (company: string): string => `\n\nThanks & Regards,\nHR Team, ${company}\n[Powered by Keka Hire]`;
const quoted = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');
const legal =
  '\n\nDISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any views expressed are those of the individual sender unless otherwise stated.';

export const SEALED_13: readonly CorpusLine[] = [
  // ── January: the first wave of applications
  other(`Hi Meera,

Thanks so much for applying to be a Senior Customer Success Manager, APAC at Orbitly! We've got your application and our team will take a look over the next couple of weeks.

If it looks like there's a fit, someone from our recruiting team will reach out to set up an intro call. Either way, we'll keep you posted.

Cheers,
The Orbitly Talent Team${greenhouse('Orbitly')}`, 'Thanks for applying to Orbitly!'),

  other(`Dear Meera Iyer,

Thank you for your application for the position Customer Success Lead (R-20931) at Kestrel Analytics.

Your application has been successfully submitted. You can review the status of your application at any time by logging in to your Candidate Home account.

Kind regards,
Kestrel Analytics Talent Acquisition${workday('Kestrel Analytics', 'Requisition ID: R-20931')}`, 'Kestrel Analytics | Application received: Customer Success Lead'),

  other(`Dear Meera,

Greetings from Payvana!

We acknowledge receipt of your application for the role of Manager - Customer Success (Enterprise). Our Talent Acquisition team is reviewing your profile and will get in touch with you in case your profile is shortlisted for the next round.

Wishing you the very best.${darwinbox('Payvana Technologies Pvt. Ltd.')}`, 'Application Acknowledgement - Manager - Customer Success (Enterprise)'),

  other(`Hi Meera,

New jobs matching "customer success manager" in Bengaluru and Remote:

Customer Success Manager – Mid-Market · Trellisly · Bengaluru (Hybrid) · ₹28–35 LPA
Senior CSM, Partners · Quanta Rails · Remote (India) · Easy Apply
Onboarding Lead · Fernhouse Software · Pune · Posted 2 days ago
Renewals Manager, APAC · Stackwise · Singapore · Visa sponsorship not stated

See all 47 new jobs

You are receiving job alerts because you created an alert on our site. Manage alerts | Unsubscribe`, '4 new jobs for "customer success manager"'),

  rej('application', ['generic'], {},
    `Hi Meera,

Thank you for your interest in Cobaltix. After reviewing your application for Customer Success Manager, we've decided not to move forward at this time.

We wish you the best in your search.

Cobaltix Recruiting${lever('Cobaltix')}`, 'Your application to Cobaltix'),

  other(`Hello Meera,

Your application for Customer Success Manager II at Northwind Ledger has been viewed by the hiring team.

Status: Under review
Applied: 6 January 2026

We'll notify you when there's an update. You don't need to do anything right now.${smart('Northwind Ledger')}`, 'Your application has been viewed'),

  other(`Hi Meera,

I'm Aditi, a recruiter at Hexaweave. I came across your profile and your experience running renewals for mid-market accounts at Ledgerline really caught my eye.

We're building out our customer success team in Bengaluru and have a Senior CSM role that looks close to what you do today. Would you be open to a 20-minute chat this week or next? Happy to share the JD and the comp range upfront.

Best,
Aditi Rao
Talent Partner, Hexaweave
+91 98450 ••••• | hexaweave.io/careers`, 'Senior CSM at Hexaweave — quick chat?'),

  other(`Dear Candidate,

Thank you for applying to Zentrova. Please note that due to the high volume of applications we receive, only shortlisted candidates will be contacted. If you do not hear from us within 3 weeks, please consider your application unsuccessful for this position. We will, however, retain your details in our database for future openings.

Zentrova People Team${zoho('Zentrova')}`, 'Zentrova - Application Received'),

  rej('application', ['profile_mismatch'], door,
    `Dear Meera,

Thank you for taking the time to apply for the Customer Success Manager - DACH role at Fieldstone Software.

We have reviewed your application carefully. Unfortunately, we have decided to proceed with candidates whose profiles more closely match the requirements of this position.

We will keep your details in our talent pool and may contact you if a suitable role comes up. We wish you every success with your job search.

Kind regards,
Lena Hartmann
Talent Acquisition, Fieldstone Software GmbH

Fieldstone Software GmbH · Sitz: München · Registergericht München HRB 2****
Geschäftsführer: M. Albrecht, S. Okafor`, 'Your application at Fieldstone Software'),

  other(`Hi Meera,

Thanks for your interest in the Customer Success Manager, Strategic role! We'd love to learn more about you.

Please pick a time for a 30-minute video call with me using the link below. The call is informal — I'll tell you about the team and the role, and we'll talk through your background and what you're looking for next.

Book a slot: cal.orbitly.com/priya-recruiting

Talk soon,
Priya Sundaram
Recruiter, Orbitly${greenhouse('Orbitly')}`, 'Orbitly: let\'s set up a call'),

  rej('application', ['generic'], door,
    `Dear Meera Iyer,

Thank you for your interest in the Customer Success Lead position at Kestrel Analytics.

After careful review we regret to inform you that we will not be moving forward with your application. We received a large number of applications from highly qualified candidates, and this was not an easy decision.

We appreciate the time you invested and encourage you to review our Careers site for future opportunities that match your experience.

Kind regards,
Kestrel Analytics Talent Acquisition${workday('Kestrel Analytics', 'Requisition ID: R-20931')}`, 'Update on your application to Kestrel Analytics'),

  other(`Hi Meera,

Just confirming our call tomorrow, Thursday 15 January, 11:30 IST, on Google Meet (link in the calendar invite).

Nothing to prepare — bring questions!

Priya`, 'Re: Orbitly intro call'),

  other(`Invitation: Meera Iyer <> Orbitly | Recruiter screen
Thursday 15 Jan 2026 · 11:30 – 12:00 (India Standard Time)
Google Meet: meet.google.com/xqv-•••-•••
Organizer: priya.sundaram@orbitly.com
Guests: meera.iyer.cs@mailbox.in

Reply for meera.iyer.cs@mailbox.in: Yes · No · Maybe · More options

Invitation from Google Calendar`, 'Invitation: Meera Iyer <> Orbitly | Recruiter screen @ Thu 15 Jan 2026 11:30 - 12:00 (IST)'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Meera,

Thanks for applying for our Customer Success Manager role in Austin. We really enjoyed reading your application.

Unfortunately, this role requires the right to work in the United States, and we aren't able to offer visa sponsorship for it. Because of that, we won't be able to move ahead with your application.

We hire across several regions though, and if a role opens up in APAC we'd be glad to see your name again.

All the best,
Jordan
Pinecrest Labs Recruiting${ashby('Pinecrest Labs')}`, 'Your application to Pinecrest Labs'),

  other(`Dear Meera,

Thanks for your application for Implementation & Onboarding Manager at Tallis Cloud. We wanted to let you know we've received it, and that we're still reviewing applications for this role.

We know it's frustrating to wait. We aim to reply to everyone within 15 working days, and we'll be in touch either way.

Best regards,
Tallis Cloud Recruitment${workable('Tallis Cloud')}`, 'We\'ve received your application'),

  rej('screen', ['skills_gap'], fb,
    `Hi Meera,

Thank you again for the chat on Thursday — I really enjoyed hearing about how you rebuilt the renewals playbook at Ledgerline.

I've shared my notes with the hiring manager, and I'm sorry to say we've decided not to progress to the next stage. For this particular team, most of the book is in Japan and Korea, and the manager is looking for someone with working Japanese and direct experience managing accounts in that market, which didn't come across from our conversation.

Thanks again for your time, and good luck with the search.

Priya Sundaram
Recruiter, Orbitly${greenhouse('Orbitly')}`, 'Orbitly - Senior Customer Success Manager, APAC'),

  other(`Hello Meera,

Thank you for applying for the role of Customer Success Manager at Quanta Rails Pvt Ltd.

Your profile has been shortlisted for the next step. As part of our process, you are requested to complete an online assessment (approx. 45 minutes) covering situational judgement and written communication.

Assessment link: assess.quantarails.in/c/8841
Deadline: 22 January 2026, 11:59 PM IST

Please ensure a stable internet connection. Do reach out in case of any queries.${keka('Quanta Rails Pvt Ltd')}`, 'Online Assessment - Customer Success Manager'),

  other(`Hi Meera,

This is a friendly reminder that your assessment for Customer Success Manager at Quanta Rails is due in 24 hours. If you've already completed it, please ignore this email.

Good luck!${keka('Quanta Rails Pvt Ltd')}`, 'Reminder: your assessment is due tomorrow'),

  rej('application', ['generic'], {},
    `Unfortunately we won't be moving forward with your application for Renewals Manager at this time. Thank you for applying to Stackwise.${lever('Stackwise')}`, 'Stackwise application update'),

  other(`Dear Meera,

Thank you for applying to Northwind Ledger! We wanted to give you a quick update: the hiring team is still reviewing candidates for Customer Success Manager II, and we have not yet made any decisions. We appreciate your patience and we'll be in touch as soon as we have news.${smart('Northwind Ledger')}`, 'An update on your application'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Meera,

Thank you for your interest in a career at Hexaweave and for the time you took to speak with Aditi.

After reviewing your profile against the requirements of the Senior CSM role, we have decided not to move forward. We are looking for someone whose experience aligns more closely with the scope of this role.

Thank you once again and all the best.

Regards,
Talent Acquisition, Hexaweave${legal}`, 'Hexaweave - Senior CSM'),

  // ── late January: screens, tests, first interviews
  other(`Hi Meera,

Great news — the hiring manager would like to meet you! Next up is a 45-minute video interview with Rohan Mehta, Head of Customer Success.

Please use the link below to choose a time that works for you:
schedule.tallis.cloud/i/4f2a

Let me know if none of the slots suit and I'll find another.

Best,
Sana
Tallis Cloud Recruitment${workable('Tallis Cloud')}`, 'Next step: interview with Tallis Cloud'),

  rej('assessment', ['assessment'], {},
    `Dear Meera,

Thank you for completing the online assessment for the Customer Success Manager position at Quanta Rails.

We regret to inform you that your assessment score did not meet the benchmark required to proceed to the interview stage. We appreciate the effort you put in.

We wish you all the best for your future endeavours.${keka('Quanta Rails Pvt Ltd')}`, 'Update on your application - Quanta Rails'),

  other(`Hi Meera,

Your interview with Tallis Cloud is confirmed.

When: Tuesday 27 January 2026, 16:00–16:45 IST
Where: Zoom (link below)
With: Rohan Mehta, Head of Customer Success

Need to reschedule? Use the link in this email at least 24 hours in advance.${workable('Tallis Cloud')}`, 'Interview confirmed: Tallis Cloud'),

  rej('application', ['generic'], door,
    `Hello Meera,

We appreciate your interest in Brightloop and the time you spent applying for the Customer Success Manager (Mumbai/Bengaluru) opening.

While your background is impressive, we have decided to move forward with other candidates for this position. Please don't let this discourage you from applying to future openings at Brightloop — we post new roles regularly.

Warm regards,
Brightloop Hiring Team${freshteam('Brightloop')}`, 'Regarding your application at Brightloop'),

  other(`Dear Ms. Iyer,

Thank you for your interest in Aventis Cloud Solutions. We have received your application for Client Success Manager (Job ID 88310).

What happens next? Our recruiters review each application. If your qualifications match the requirements, you will be contacted about next steps. You can check the status of your application at any time in your candidate profile.

Sincerely,
Aventis Cloud Solutions Recruiting${icims('Aventis Cloud Solutions')}`, 'Thank you for applying to Aventis Cloud Solutions'),

  hold('application', ['role_closed'], {},
    `Hi Meera,

I wanted to reach out personally about the Onboarding Lead role you applied for. We've had to pause hiring for this position while our leadership team revisits the budget for Q1.

Your application hasn't been rejected — it's simply on hold. We expect to have clarity in the next 4–6 weeks, and I'll get back to you as soon as I know more.

Thanks for your patience,
Kavya Menon
People Operations, Fernhouse Software`, 'Onboarding Lead - an update'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for applying for the position of Customer Success Executive at Ravenmark Systems. We would like to inform you that the position has now been filled.

We thank you for your interest in Ravenmark Systems.

HR Department`, 'Position filled - Customer Success Executive'),

  other(`Hi Meera,

Thanks for chatting with Rohan today! He enjoyed the conversation. We're collecting feedback from the team and will be back to you by the end of the week with next steps.

Best,
Sana${workable('Tallis Cloud')}`, 'Thanks for speaking with us'),

  rej('application', ['profile_mismatch'], door,
    `<html><body><table width="600" style="font-family:Arial,sans-serif"><tr><td>
<p>Dear Meera,</p>
<p>Thank you for applying for the <b>Customer Success Manager – Healthcare</b> role at Medisync.</p>
<p>After a careful review, we have determined that your qualifications are not the best match for the needs of this role at this time.</p>
<p>We'll hold on to your resume and reach out if a position opens that fits your background more closely.</p>
<p>Best regards,<br>Medisync Talent Team</p>
<p style="font-size:11px;color:#888">© 2026 Medisync Inc. · 410 Harbor Way, San Diego, CA · <a href="#">Privacy</a></p>
</td></tr></table></body></html>`, 'Your Medisync application'),

  other(`Hey Meera,

Quick one — would you be open to a CS leadership role at a Series B fintech in Singapore? Team of 6, reporting to the COO, strong on renewals and expansion. Relocation support offered.

If it's not the right time, no stress. Happy to keep you in mind for later.

Cheers,
Marcus Lim
Principal Consultant, Tessaract Search (Singapore)
EA Licence No. 17C•••• | Reg. No. R1•••••`, 'CS Lead - Singapore fintech'),

  rej('interview', ['culture_fit'], { ...fb, ...door },
    `Hi Meera,

Thanks again for your time with Rohan earlier this week, and for your patience while we gathered feedback.

After discussing it as a team, we've decided not to move forward with your application. Rohan felt your approach leans towards a high-touch, relationship-led model, while the team here runs a very scaled, tech-touch motion and is looking for someone who'd thrive in that way of working. That's a question of fit for this team rather than your ability — you clearly know renewals inside out.

We'd be happy to keep in touch if we open a strategic accounts role later in the year.

All the best,
Sana Qureshi
Talent Partner, Tallis Cloud${workable('Tallis Cloud')}`, 'Your application for Implementation & Onboarding Manager'),

  other(`Hello Meera,

Your application status for Client Success Manager (Job ID 88310) has changed. Please sign in to your candidate profile to view the update.

Aventis Cloud Solutions Recruiting${icims('Aventis Cloud Solutions')}`, 'Your application status has been updated'),

  rej('application', ['generic'], {},
    `Dear Meera Iyer,

Thank you for your interest in Client Success Manager (Job ID 88310) at Aventis Cloud Solutions.

We have carefully reviewed your qualifications and regret to inform you that you have not been selected for further consideration for this position.

We thank you for your interest and wish you success in your career.

Sincerely,
Aventis Cloud Solutions Recruiting${icims('Aventis Cloud Solutions')}`, 'Regarding your application for Client Success Manager'),

  other(`Hi Meera,

We'd love to hear about your experience applying to Brightloop. Could you spare 2 minutes for a short survey? Your answers are anonymous and help us improve our hiring process.

Take the survey

Thank you!
Brightloop People Team`, 'How was your candidate experience?'),

  other(`Dear Meera,

Thank you for your continued interest in Payvana. We are pleased to inform you that your profile has been shortlisted for a telephonic discussion with our Talent Acquisition team for the role of Manager - Customer Success (Enterprise).

Kindly share your availability for tomorrow or day after between 10 AM and 6 PM, along with your current CTC, expected CTC and notice period.

Regards,
Nikhil Shetty
Talent Acquisition | Payvana Technologies Pvt. Ltd.`, 'Shortlisted - Telephonic discussion - Manager - Customer Success'),

  other(`Hi Nikhil,

Thank you. I'm available tomorrow between 2 and 5 PM. Current CTC 31 LPA, expected 40 LPA, notice period 60 days (negotiable).

Regards,
Meera${quoted('Fri, 30 Jan 2026 at 10:12 AM', 'Nikhil Shetty <nikhil.s@payvana.in>', 'Kindly share your availability for tomorrow or day after between 10 AM and 6 PM, along with your current CTC, expected CTC and notice period.')}`, 'Re: Shortlisted - Telephonic discussion - Manager - Customer Success'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Meera,

Thanks for your time on the call yesterday. As discussed, your expected CTC is quite a bit above the budget approved for this position, and the hiring manager is not able to stretch the band for this level. Hence we will not be able to take your candidature forward for this role.

We will keep your profile in our database and reach out if a more senior opening comes up where the numbers work.

Regards,
Nikhil Shetty
Talent Acquisition | Payvana Technologies Pvt. Ltd.${legal}`, 'Re: Manager - Customer Success (Enterprise)'),

  other(`Meera, your application to Senior Customer Success Manager at Trellisly was sent

Trellisly · Bengaluru (Hybrid)
Applied on 2 Feb 2026

Your profile, resume and answers were shared with the employer. Track your application from My Jobs.

This email was sent to you because you applied through our job site.`, 'Your application was sent to Trellisly'),

  rej('application', ['skills_gap'], fb,
    `Hello Meera,

Thank you for applying for the Customer Success Manager, Developer Platform role at Gridstack.

We reviewed your application carefully. For this role we need someone with a hands-on technical background — comfortable reading API logs, writing simple scripts and talking to engineering teams about integrations — and we didn't see that experience in your CV. For that reason we won't be moving forward.

We appreciate your interest and wish you luck.

Gridstack Recruiting${ashby('Gridstack')}`, 'Gridstack - Customer Success Manager, Developer Platform'),

  other(`Hi Meera,

It's been a few weeks since you joined the Stackwise Talent Community. Here's what's new:

• We've opened 12 new roles across APAC, including two in Customer Success
• Meet our Singapore team: a day in the life of a renewals manager
• Upcoming virtual event: "Careers in CS at Stackwise", 18 Feb

Keep your profile up to date so our recruiters can find you.

The Stackwise Talent Team`, 'Stackwise Talent Community - February update'),

  // ── February: more applications, interviews and a case study
  rej('application', ['generic'], {},
    `Hi Meera,

Thank you for your interest in joining Trellisly. We truly appreciate the time you took to apply.

We've reviewed your application for Senior Customer Success Manager and, at this stage, we won't be progressing it further. Competition for this role was strong.

Best wishes,
Team Trellisly`, 'Update from Trellisly'),

  other(`Dear Meera,

Following your conversation with our recruiter, we would like to invite you to the next stage of the process for Customer Success Manager, EMEA: a case study presentation.

You will receive a short brief describing a fictional customer at risk of churn. Please prepare a 20-minute presentation of your recovery plan, followed by 25 minutes of questions with the panel. The brief will be sent 72 hours before your session.

Please let us know your availability for the week of 16 February (CET business hours).

Kind regards,
Julia Brandt
Recruiting, Veloxa GmbH`, 'Veloxa — Invitation to case study'),

  rej('application', ['profile_mismatch'], door,
    `Dear Meera,

Thank you for your interest in Cloudmint and for applying to the position of Customer Success Manager – Enterprise.

We regret to let you know that we've chosen to pursue other applicants whose experience is better aligned with our current needs. We'll keep your CV on file for six months and may contact you if a suitable vacancy opens.

With kind regards,
Cloudmint Careers${smart('Cloudmint')}`, 'Your application at Cloudmint'),

  other(`Hi Meera,

Thanks for your application to Lumen Desk for the role of Customer Success Manager (Remote – India). We're reviewing applications on a rolling basis.

A heads-up: we're a small team, so it might take us a little while to get back. If you haven't heard from us within 30 days, it means we've decided to go with other candidates — but please know we read every application.

Thank you!
Lumen Desk`, 'Lumen Desk: we got your application'),

  other(`Hi Meera,

Thanks for your patience! I've confirmed your case study session:

Thursday 19 February, 10:00–10:45 CET (14:30–15:15 IST)
Panel: Julia Brandt (Recruiting), Tobias Kern (VP Customer Success), Ana Ruiz (Senior CSM)
Microsoft Teams link to follow in a separate invite.

The brief is attached. Please send your slides to me by 18 February, 18:00 CET.

Viele Grüße,
Julia`, 'Veloxa — Case study confirmed'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Meera,

Thank you for interviewing with us for the Customer Success Manager II position and for your patience throughout the process. Meeting with several members of our team takes time and effort, and we're grateful.

The team has now completed its discussions. While we enjoyed speaking with you, we have decided to move forward with a candidate whose experience is a closer match for what this team needs right now.

We wish you all the best in your search.

Warm regards,
Northwind Ledger Talent Acquisition${smart('Northwind Ledger')}`, 'Northwind Ledger - Customer Success Manager II'),

  other(`Hi Meera,

Unfortunately Tobias has been pulled into a customer escalation on Thursday, so we need to move your case study session. Would Monday 23 February at the same time work for you? Apologies for the change — your slides can come in on Friday instead.

Best,
Julia`, 'Veloxa — Case study: new date?'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Meera,

Thank you for applying for the Customer Support Specialist role at Lumen Desk.

Having looked at your CV, we felt that with eight years in customer success and team leadership, your experience goes well beyond what this role involves. It's a hands-on, ticket-queue support role, and we don't think it would give you enough to do for long. So we won't be moving forward this time.

If we open a CS lead role later this year we'd genuinely love to hear from you again.

Thanks,
Neha
Lumen Desk`, 'Your application to Lumen Desk'),

  other(`Hi Meera,

Good news: the hiring team at Aurelian Health would like to invite you to interview for the Senior Customer Success Manager role. You'll meet Dr. Simone Castell (Director, Client Services) and a member of the implementation team.

The interview will be 60 minutes on Zoom. Please choose a time below:
aurelianhealth.ashbyhq.com/schedule/•••

Best,
Aurelian Health Recruiting${ashby('Aurelian Health')}`, 'Interview invitation: Senior Customer Success Manager'),

  hold('interview', ['role_closed'], {},
    `Hi Meera,

I hope you're well. I wanted to give you an honest update rather than leave you waiting: we've put the Customer Success Lead hiring on hold following some changes in our leadership team. No decision has been made about candidates, and your interviews so far went well.

I expect to know more by mid-March. I'll reach out as soon as we're able to restart the process.

Best regards,
Farah Siddiqui
Head of People, Dunmore Data`, 'Customer Success Lead — update'),

  rej('application', ['generic'], {},
    `Hi Meera,
Thanks for applying to Quillbase. Unfortunately, we've decided not to move forward with your application for the Customer Success Manager position.
Best,
Quillbase${greenhouse('Quillbase')}`, 'Quillbase application update'),

  other(`Dear Meera Iyer,

Thank you for the time you spent with us today. As a next step, we would like to request two professional references, ideally a previous or current manager and a customer or peer you have worked with closely. Please share their names, roles, email addresses and phone numbers.

We will only contact them with your confirmation.

Regards,
Simone Castell
Director, Client Services, Aurelian Health`, 'Reference request'),

  rej('application', ['location'], fb,
    `Dear Meera,

Thank you for your application to the Customer Success Manager (Dubai) vacancy.

We have reviewed your profile and would like to inform you that this position is only open to candidates who are currently residing in the UAE. As you are based outside the country, we are unable to consider your application further.

Thank you for your interest and best of luck.

Recruitment Team
Sandline Technologies FZ-LLC`, 'Sandline Technologies - Application Status'),

  other(`Hi Meera,

Thank you for your application to Cloudmint. We noticed you haven't finished applying for Renewals Specialist — your progress has been saved.

Continue your application

If you've changed your mind, you can ignore this message.${smart('Cloudmint')}`, 'You haven\'t finished your application'),

  rej('final', ['position_filled'], offered,
    `Hi Meera,

Thank you so much for the time you invested with us over the past few weeks — the recruiter call, the case study and the final conversation with Tobias. I know this process asked a lot.

I'm sorry to tell you that we've offered the Customer Success Manager, EMEA role to another candidate, who has accepted. It was a close decision between the last two, and the panel was very impressed by your churn-recovery plan.

If it would be helpful, I'm happy to set up a short call to share the panel's feedback in more detail.

Viele Grüße,
Julia Brandt
Recruiting, Veloxa GmbH

Veloxa GmbH · Friedrichstraße ••• · 10117 Berlin · HRB 1•••• B`, 'Veloxa — Customer Success Manager, EMEA'),

  // ── March: interviews, a paused role, references
  other(`Hi Meera,

Thank you for sending your references so quickly. We've reached out to both of them and will be in touch once we've heard back — likely early next week.

Best,
Simone`, 'Re: Reference request'),

  rej('application', ['generic'], {},
    `Dear Candidate,

We thank you for the interest shown in Sapphire Infosoft. We have reviewed your resume and regret that we are not in a position to take your application forward at this time.

We wish you all success.

Team HR
Sapphire Infosoft Ltd.${legal}`, 'Your application - Sapphire Infosoft'),

  other(`Hi Meera,

I'm reaching out from Lumen Desk about the Customer Success Manager (Remote – India) role. Thanks for your patience! We'd love to schedule a first conversation with our co-founder, Ishaan. It's a relaxed 30-minute chat — no preparation needed.

Could you share two or three times that suit you next week?

Warmly,
Neha
Lumen Desk`, 'Lumen Desk - let\'s chat!'),

  rej('final', ['internal_candidate'], door,
    `Dear Meera,

I wanted to write to you personally, as you've been with us through every stage of this process, including the final panel and your references.

After much deliberation, we've decided to fill the Senior Customer Success Manager role with a colleague from our implementation team who has worked with several of these accounts for the past two years. It was a very close call, and it came down to the value of that continuity for our clients rather than anything lacking on your part.

Your references spoke highly of you, and I would very much like to stay in touch. If another senior CS role opens this year, I'll contact you directly.

Kind regards,
Dr. Simone Castell
Director, Client Services
Aurelian Health${ashby('Aurelian Health')}`, 'Senior Customer Success Manager - our decision'),

  other(`Dear Meera,

Thank you for your interest in Corvane. This is to confirm that we have received your application for Customer Success Manager, India.

You can expect to hear from us within two weeks. In the meantime, feel free to explore life at Corvane on our careers page.

Best,
Corvane Talent Acquisition${greenhouse('Corvane')}`, 'Application confirmation – Corvane'),

  rej('application', ['generic'], {},
    `Hello,

Thanks for applying to Driftwell. We've reviewed your application and won't be moving forward for the Head of Customer Success role.

This is an automated message sent to all applicants who were not selected.${workable('Driftwell')}`, 'Driftwell | Head of Customer Success'),

  other(`Hi Meera,

Thanks for the chat with Ishaan! He'd like you to meet Clara, our Head of Support, for a second conversation focused on how you'd set up onboarding for our first enterprise customers. Are you free Tuesday or Wednesday afternoon?

Neha`, 'Lumen Desk - second chat'),

  rej('screen', ['generic'], {},
    `Hi Meera,

Thank you for taking the time to speak with me on Monday about the Customer Success Manager, India role.

We've had a very strong response to this opening, and after reviewing all candidates from the first round, we have decided not to invite you to the next stage.

I appreciate your interest in Corvane and wish you all the best with your search.

Best regards,
Elena Varga
Talent Acquisition Partner, Corvane${greenhouse('Corvane')}`, 'Corvane - Customer Success Manager, India'),

  other(`Hi Meera,

We're writing to let you know that your application for Renewals Specialist at Cloudmint has been withdrawn as you requested. You won't receive further emails about this role.

If you change your mind, you're welcome to apply again for any open positions.${smart('Cloudmint')}`, 'Your application has been withdrawn'),

  hold('interview', ['role_closed'], {},
    `Hi Meera,

Sorry for going quiet after your second chat with Clara. We've just closed our funding round later than we planned, and we've decided to pause all new hiring for about a month while we finalise our plan for the year.

Nothing has changed in how we see your application — we really enjoyed both conversations. I'll be in touch again as soon as we restart, hopefully in April.

Thanks for bearing with us,
Neha
Lumen Desk`, 'Lumen Desk - a short pause'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Meera,

Thanks for applying for the Customer Success Manager – Public Sector (Germany) role at Fieldstone Software.

We've now reviewed all applications. As this role serves customers in the German public sector, fluent German (C1 or above) is essential, and your application did not show this. We have therefore decided not to progress your application.

We encourage you to keep an eye on our English-speaking roles, which you can find on our careers site.

Kind regards,
Lena Hartmann
Talent Acquisition, Fieldstone Software GmbH`, 'Your application at Fieldstone Software'),

  other(`Dear Meera,

Thank you for applying for the position of Customer Experience Manager at Meridian Retail Tech. We have received your application and our team will review it shortly.

Our typical process: application review (1–2 weeks), recruiter screen, hiring manager interview, case exercise, final interview.

If your profile is selected, we will contact you to arrange the next steps.

Meridian Retail Tech Recruiting${icims('Meridian Retail Tech')}`, 'We received your application'),

  rej('application', ['generic'], door,
    `Dear Meera,

Thank you for applying to be a Customer Success Manager at Ferris & Vale. We have now completed the shortlisting for this role.

On this occasion we regret that your application has not been successful. We had a high number of strong applications and the decision was a difficult one.

We'd encourage you to register for job alerts so that you hear about future roles with us.

Best wishes,
The Ferris & Vale Recruitment Team

Ferris & Vale Ltd is registered in England and Wales, company number 0•••••••. Registered office: 12 Cannon Row, London.`, 'Ferris & Vale – Customer Success Manager'),

  other(`Hi Meera — Ana here from Veloxa. I hope you're well! No agenda, I just wanted to say it was great meeting you in the case study and I hope the search is going OK. We're opening a CS role in our new Singapore office in the summer; I'll make sure Julia has your name. — Ana`, 'hello from Veloxa'),

  rej('application', ['generic'], {},
    `Not moving forward — Customer Success Manager, Integrations

Hi Meera,

Thanks for taking the time to apply. After reviewing your application, our team has decided not to move forward at this time.

— Vantix Recruiting${ashby('Vantix')}`, 'Vantix: application update'),

  other(`Hi Meera,

Hope you've been well since we last spoke about Payvana! I've since moved to TalentBridge Search, and I have a new mandate that may suit you better: Director, Customer Success for a Bengaluru-based HR-tech scale-up, budget up to 55 LPA. Would you like me to share the JD?

Regards,
Nikhil Shetty`, 'New opportunity - Director, Customer Success'),

  rej('screen', ['position_filled'], door,
    `Hi Meera,

Thanks for the time on the phone last week. I've just heard from the client that they've accepted an offer from another candidate who was further along in their process, so the Customer Success Lead role in Singapore is now filled.

Sorry it didn't work out this time — I'll keep an eye out for others.

Cheers,
Marcus Lim
Principal Consultant, Tessaract Search`, 'RE: CS Lead - Singapore fintech'),

  other(`Your recent application status has changed

Job: Customer Experience Manager (Req 2026-0412)
Company: Meridian Retail Tech
New status: In Review

Log in to view details.${icims('Meridian Retail Tech')}`, 'Application status change'),

  rej('application', ['generic'], {},
    `Hello Meera,

Thank you for your application to the position of Customer Success Manager at Brizo Analytics. Unfortunately we are unable to proceed with your application at this stage. We wish you success in finding a suitable role.

Regards,
Brizo Analytics${zoho('Brizo Analytics')}`, 'Your application to Brizo Analytics'),

  // ── late March: the HR-tech process, more decisions
  other(`Hi Nikhil,

Yes, please do share the JD. I'd be interested to learn more.

Thanks,
Meera${quoted('Mon, 16 Mar 2026 at 9:05 AM', 'Nikhil Shetty <nikhil.shetty@talentbridge.in>', 'I have a new mandate that may suit you better: Director, Customer Success for a Bengaluru-based HR-tech scale-up, budget up to 55 LPA. Would you like me to share the JD?')}`, 'Re: New opportunity - Director, Customer Success'),

  rej('interview', ['generic'], {},
    `Dear Meera,

Thank you for attending the interview with our hiring manager for the position of Customer Experience Manager.

We appreciate the time you spent with us. After careful consideration, we regret to inform you that we have decided to pursue other candidates for this position.

We wish you every success in your future career.

Sincerely,
Meridian Retail Tech Recruiting${icims('Meridian Retail Tech')}`, 'Your application with Meridian Retail Tech'),

  other(`Hi Meera,

Congratulations — you've been shortlisted for the Director, Customer Success role at Peoplegrid! The client would like to meet you for the first round with their CEO, Varun Khanna, on Thursday 26 March at 4 PM at their Indiranagar office.

Please carry a copy of your updated resume. The second round will be a business case presentation with the leadership team.

Regards,
Nikhil Shetty
Senior Consultant | TalentBridge Search`, 'Interview scheduled - Peoplegrid - Director, Customer Success'),

  rej('application', ['skills_gap', 'location'], fb,
    `Hi Meera,

Thanks for your application for our Customer Success Manager role.

We've decided not to go ahead with your application. To be upfront, we're looking for someone who's spent time managing UK public-sector accounts and who can be in our Manchester office three days a week — so it's not quite the right match this time.

Best of luck,
Tom
Harbourline Software${bamboo('Harbourline Software')}`, 'Your application to Harbourline Software'),

  hold('application', ['role_closed'], {},
    `Dear Meera,

We're writing to update you on your application for Senior CSM, Partners at Quanta Rails. Due to an internal reorganisation of our partnerships function, hiring for this position has been temporarily paused.

Your application remains active in our system, and we will contact you if and when the position is reopened.

Thank you for your understanding.${keka('Quanta Rails Pvt Ltd')}`, 'Update on Senior CSM, Partners'),

  other(`Hello Meera,

We're excited to let you know you've moved to the next stage for Customer Success Manager, Mid-Market at Tidewater CRM! Please complete a short one-way video interview: five questions, up to 2 minutes each. You can record from your laptop or phone.

Link: interviews.tidewatercrm.com/v/•••
Please complete within 5 days.

Good luck!
Tidewater CRM Talent Team${lever('Tidewater CRM')}`, 'Next step: one-way video interview'),

  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
    `Hi Meera,

Thank you for meeting Varun and the leadership team and for presenting your business case last week. They were impressed with how you structured the account segmentation.

However, the client has decided to go with a candidate who has more experience of leading a team of 15+ CSMs through a scale-up phase. As I said on the phone, it was between you and one other person at the end.

If you'd like, I can try to get more detailed feedback from Varun for you. And I will definitely keep you in mind for other leadership roles.

Regards,
Nikhil Shetty
Senior Consultant | TalentBridge Search`, 'Peoplegrid - feedback'),

  other(`Hi Meera,

This is a reminder that your one-way video interview for Customer Success Manager, Mid-Market at Tidewater CRM expires in 48 hours.${lever('Tidewater CRM')}`, 'Reminder: your video interview expires soon'),

  rej('application', ['generic'], {},
    `Dear Meera,

Thank you for your interest in the Customer Success Manager position. After careful consideration, we have decided to proceed with other applicants.

Best regards,
Corta People Team${workable('Corta')}`, 'Thank you for your application'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Meera,

Thanks for recording your video interview for Customer Success Manager, Mid-Market — we know these take time and effort.

After reviewing all responses, we've decided to move forward with other candidates whose profiles were a better fit for this position. We truly appreciate your interest in Tidewater CRM.

Warmly,
Tidewater CRM Talent Team${lever('Tidewater CRM')}`, 'Your Tidewater CRM application'),

  other(`Dear Meera Iyer,

Thank you for submitting your application to Halcyon Payments for the role of Senior Manager, Customer Success (Job ID: JR-55107). Your application has been received and is being reviewed by our team.

Please note that we may not be able to respond to every applicant personally. Only candidates selected for interview will be contacted.

Regards,
Halcyon Payments Talent Acquisition${workday('Halcyon Payments', 'Job ID: JR-55107')}`, 'Halcyon Payments: We have received your application'),

  rej('interview', ['role_closed'], door,
    `Hi Meera,

Thank you for your patience since your interviews with our team in February. I'm sorry to say that after a lot of discussion at board level, we have decided not to continue with the Customer Success Lead role. The team is being restructured under our Head of Sales instead, and the position no longer exists.

This is entirely about our plans and not about you — the team really enjoyed meeting you. If a similar role opens in the future, I'd like to get in touch with you first.

Best regards,
Farah Siddiqui
Head of People, Dunmore Data`, 'Customer Success Lead - final update'),

  other(`Hi Meera,

Thanks for your interest in Halcyon Payments. I'm on the recruiting team for the Senior Manager, Customer Success role and would like to set up a 30-minute phone screen to learn more about your experience.

Are you available on Monday 6 April between 11:00 and 14:00 SGT (08:30–11:30 IST)? Please also let me know whether you would need sponsorship to work in Singapore.

Best,
Grace Tan
Talent Acquisition, Halcyon Payments (Singapore)`, 'Halcyon Payments - Phone screen'),

  rej('application', ['generic'], {},
    `Meera Iyer —

Re: Application for Customer Onboarding Manager

Thank you for applying. The selection committee has reviewed all applications and has not shortlisted you for interview. Due to the volume of applications, we are unable to give individual feedback.

Recruitment Office`, 'Application outcome'),

  other(`Dear Meera,

Thank you for taking part in our recruitment process. We have now made a decision on the Customer Success Manager role and have informed all candidates.

Could you help us by answering 5 quick questions about your experience? It takes under 3 minutes. Whether or not you were successful, your views are valuable to us.

Start survey →

Thank you,
Northwind Ledger Talent Acquisition`, 'Tell us about your candidate experience'),

  rej('screen', ['location', 'salary'], fb,
    `Hi Meera,

Thanks again for speaking with me this morning. I really enjoyed our conversation.

After checking with the hiring manager, we won't be able to take your application to the next stage. As we discussed, the role is hired on a local Singapore contract and the team isn't able to support an Employment Pass application at this level, and your salary expectations were also above the range we have for the position.

I'm sorry this isn't better news, and I wish you the very best.

Grace Tan
Talent Acquisition, Halcyon Payments (Singapore)${workday('Halcyon Payments', 'Job ID: JR-55107')}`, 'Halcyon Payments - Senior Manager, Customer Success'),

  other(`Hi Meera,

Great news — we've restarted hiring and would love to pick things up with you! Could you come in (virtually) for a final conversation with Ishaan and Clara together next week? We'd like to talk about the role in more depth and answer any questions you have about Lumen Desk.

Neha`, 'Lumen Desk - we\'re back!'),

  // ── April: an offer, the last decisions, withdrawals
  rej('application', ['role_closed'], door,
    `Hi Meera,

I promised to get back to you about the Onboarding Lead role. Unfortunately the budget review didn't go our way, and we've decided not to fill the position this year. That means we're closing the vacancy and won't be taking any applications further, including yours.

I'm sorry for the long wait. If the role comes back, I'll let you know — and you'd be very welcome to apply again.

Best,
Kavya Menon
People Operations, Fernhouse Software`, 'Re: Onboarding Lead - an update'),

  other(`Hi Meera,

Thanks for a great conversation with Ishaan and Clara yesterday. We're wrapping up with the last candidates this week and expect to make a decision by Friday. Whatever happens, you'll hear from me directly.

Neha`, 'Lumen Desk - thank you!'),

  rej('application', ['generic'], {},
    `Dear Meera Iyer,

Ref: CSM-BLR-0319

Thank you for showing interest in the above position. We have reviewed your application and we regret to inform you that you have not been shortlisted.

With regards,
Talent Acquisition Group
Vertexa Solutions Ltd${darwinbox('Vertexa Solutions Ltd')}`, 'Application status - CSM-BLR-0319'),

  other(`Hi Meera,

I'm delighted to let you know that we'd like to offer you the role of Customer Success Manager (Remote – India) at Lumen Desk! 🎉

Ishaan and Clara were both really excited after your last conversation. I've attached the offer letter with the details of compensation, ESOPs and benefits. Could we set up a quick call tomorrow to walk through it and answer any questions?

Congratulations!
Neha`, 'Offer - Customer Success Manager at Lumen Desk'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Meera,

Thank you for taking my call last Friday and for talking me through your work at Ledgerline.

I've discussed your profile with the hiring manager. She was keen, but for this role she needs someone who has owned a revenue number of at least USD 5M in ARR; your book has been closer to USD 2M, and that gap was the deciding factor. We won't be moving forward with this opening.

That said, we're growing fast, and I'd love to reconnect when we open the next mid-market CSM role later this quarter.

Best regards,
Ines Moreau
Talent Acquisition, Sylvan Metrics`, 'Sylvan Metrics - Senior CSM'),

  other(`Hi Neha,

Thank you so much — I'm thrilled! Tomorrow at 11 works for me. I had a couple of questions about the ESOP vesting and whether the notice-period buyout is possible.

Best,
Meera${quoted('Tue, 7 Apr 2026 at 6:42 PM', 'Neha Bansal <neha@lumendesk.io>', "I'm delighted to let you know that we'd like to offer you the role of Customer Success Manager (Remote – India) at Lumen Desk!")}`, 'Re: Offer - Customer Success Manager at Lumen Desk'),

  rej('application', ['generic'], {},
    `Thank you for your interest in Kinetica. Our hiring team has reviewed your application for the Customer Success Manager role, and unfortunately we will not be moving forward with your candidacy at this time.${lever('Kinetica')}`, 'Kinetica - Customer Success Manager'),

  other(`Dear Meera,

As promised, here is the revised offer letter with the joining bonus to cover part of your notice-period buyout. Please review it and sign via DocuSign by 14 April if everything looks good.

Do reach out with any questions.

Warmly,
Neha Bansal
People & Talent, Lumen Desk`, 'Revised offer letter'),

  hold('screen', ['role_closed'], {},
    `Hi Meera,

Thank you for your time on the call last week. I wanted to let you know that the Customer Success Manager role is on hold for now — our APAC expansion plans have been pushed to the second half of the year.

We haven't made any decisions about candidates, and I'd be glad to pick the conversation back up if and when the role is reactivated. I'll reach out then.

Kind regards,
Daniel Okoro
Recruiter, Bramblewood Software`, 'Bramblewood - CSM role on hold'),

  other(`Dear Meera,

Your signed offer has been received. Welcome to Lumen Desk! 🎉

Over the next few days you'll receive emails from our onboarding tool to complete your documents (PAN, Aadhaar, bank details, previous employment proof). Your laptop will be shipped a week before your start date of 1 June 2026.

See you soon,
Lumen Desk People Team`, 'Welcome to Lumen Desk!'),

  rej('application', ['profile_mismatch'], {},
    `Hi Meera Iyer,

Thanks for your interest in the Customer Success Manager, Nordics position at Skarpa. We've now reviewed your application and have unfortunately decided not to proceed. We received many applications and prioritised candidates whose background is closest to the role.

Kind regards,
Skarpa Talent Team${workable('Skarpa')}`, 'Update from Skarpa'),

  other(`Meera, a recruiter at Halcyon Payments viewed your profile

Grace Tan · Talent Acquisition at Halcyon Payments · Singapore

Recruiters who view your profile are often looking for candidates for open roles. Make sure your profile is up to date, and let recruiters know you're open to work.

See all views

You are receiving notification emails. Unsubscribe · Help`, 'A recruiter viewed your profile'),

  other(`Dear Meera,

We're confirming that you have withdrawn your application for Senior Manager, Customer Experience at Zentrova. We're sorry to see you go and wish you all the best in your new role!

Zentrova People Team${zoho('Zentrova')}`, 'Application withdrawn - Zentrova'),

  rej('application', ['generic'], door,
    `Dear Meera,

We would like to thank you for your interest in career opportunities at Aventis Cloud Solutions and for applying to Customer Success Manager, India (Job ID 90177).

Although your qualifications are impressive, we have decided to move forward with other candidates at this time. We will retain your profile in our database and encourage you to continue to check our careers page for other roles.

Sincerely,
Aventis Cloud Solutions Recruiting${icims('Aventis Cloud Solutions')}`, 'Regarding your application for Customer Success Manager, India'),

  other(`Hi Meera,

Nikhil here. I saw your LinkedIn update — congratulations on the new role at Lumen Desk! Wishing you all the best. Let's stay in touch; do think of me when you start building your team.

Regards,
Nikhil`, 'Congratulations!'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Meera,

Thank you for speaking with us about the Customer Success Manager, ANZ role. We enjoyed our conversation with you and learning more about your experience.

Unfortunately, on this occasion we have decided to progress with other candidates. Please know this was a difficult decision, as we met a number of excellent people.

If you'd like feedback from the interview, just reply to this email and I'll arrange a quick call. We'd also love you to keep an eye on our careers page — we're hiring across APAC all year.

Cheers,
Hannah Whitford
Talent Acquisition Lead, Kookaburra Cloud${greenhouse('Kookaburra Cloud')}`, 'Kookaburra Cloud - your application'),

  other(`Hi Meera,

Thank you for letting us know that you've accepted another offer. I've closed your application for the Customer Success Manager role as you asked. Best of luck in your new position!

Arjun
Yarrow Labs Recruiting`, 'Re: Withdrawal'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Customer Success Manager vacancy. We regret to inform you that your application was unsuccessful on this occasion.

Yours sincerely,
Human Resources
Tamarack Insurance Software`, 'Your application'),

  other(`Hi Meera,

We've updated our Candidate Privacy Notice. As someone in our talent pool, you can review what's changed here. No action is needed from you.

Cloudmint Careers${smart('Cloudmint')}`, 'We\'ve updated our Candidate Privacy Notice'),

  rej('final', ['generic'], {},
    `Hi Meera,

Thank you for coming in for the final round and for meeting the founders. We've now concluded our process for the Customer Success Lead role.

It was a difficult decision, but we have chosen another candidate.

Thanks again,
Pallas Works`, 'Pallas Works - Customer Success Lead'),

  other(`Hello Meera,

A new job matching your preferences was posted: Customer Success Manager, Enterprise (Bengaluru). You applied to a similar role before — want to take a look?

View job

Stackwise Careers`, 'A new role that may interest you'),

  // ── stragglers: decisions that arrive after the offer
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Meera,

Thank you for completing the written exercise for the Customer Success Manager role at Orchard Stack — the QBR deck and the renewal-risk email.

Our team liked the structure of your QBR deck, but the renewal-risk email to the customer's CFO didn't quantify the business impact or propose a concrete recovery plan, which is the core of what this role will do day to day. On balance we've decided not to move you forward to the panel interviews.

We'd be glad to consider you for future openings, and thanks again for the effort you put in.

Kind regards,
Maya Lindqvist
Recruiting, Orchard Stack${greenhouse('Orchard Stack')}`, 'Orchard Stack - written exercise outcome'),

  rej('interview', ['generic'], {},
    `Hi Meera,

Thanks for your reply, and apologies that this took so long.

The hiring team met last Thursday to review everyone they'd interviewed. I'm sorry to say you weren't selected to move on to the next round for the Customer Success Manager role.

Wishing you all the best,
Rachel${quoted('Wed, 8 Apr 2026 at 10:02 AM', 'Meera Iyer <meera.iyer.cs@mailbox.in>', "Hi Rachel,\n\nI hope you're well. I interviewed with Tomás and Priyanka on 24 March for the Customer Success Manager role and wanted to check whether there is any update.\n\nThank you,\nMeera")}`, 'Re: Customer Success Manager - follow-up'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `<div dir="ltr">Hi Meera,<br><br>Thank you for interviewing with us for the <b>Customer Success Manager, Platform</b> role. We really appreciated the time you spent with Wen and Oliver.<br><br>After reviewing feedback from the panel, we have decided not to move forward. The team felt you would need more hands-on experience with Salesforce administration and health-score design in Gainsight, which the person in this seat will own from day one.<br><br>If you'd like to talk through the feedback, I'm happy to set up a call.<br><br>Best,<br>Lucy Harrow<br>Talent Acquisition | Ferngate<br></div>`, 'Ferngate - Customer Success Manager, Platform'),

  rej('assessment', ['generic'], {},
    `Dear Meera,

Thank you for completing the online assessments as part of your application for Customer Success Associate Manager at Vantora Global Services.

We have reviewed all applications received for this role. Unfortunately, we will not be progressing your application further at this time.

We thank you for your interest in Vantora and wish you success in your career.

Yours sincerely,
Vantora Recruitment${workday('Vantora Global Services', 'Req: 51280')}`, 'Vantora Global Services - application update'),

  rej('final', ['position_filled'], door,
    `Hi Meera,

Thank you so much for flying through our whole process — the recruiter call, the case exercise, and the onsite with the leadership team in our Gurugram office. We know that was a big time investment.

I'm writing to let you know that we've now extended an offer to another finalist, and they have accepted. I wish we had two of these roles to fill.

We'd love to keep in touch, and I'll reach out personally if another leadership role in customer success opens up.

Warm regards,
Ritika Sharma
Head of Talent, Marigold HQ`, 'Marigold HQ - Senior Manager, Customer Success'),

  rej('interview', ['generic'], {},
    `Hi Meera — thanks for your time on the Zoom with our team last week. We've decided to go with someone else for this one. Best of luck! — Sam, Parcelfox`, 'Parcelfox'),
];
