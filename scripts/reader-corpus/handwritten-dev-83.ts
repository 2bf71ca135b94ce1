/**
 * Development messages of the eighty-third round: one customer-success and account-management professional's inbox
 * in Singapore over five months, applying to SaaS, fintech and logistics-tech companies in Singapore, Kuala Lumpur,
 * Dubai, Sydney and remotely. Declines arrive at every stage and for every reason, from tracking-system templates,
 * HR letters, agency recruiters, hiring managers and founders, some quoting the earlier invitation in the thread.
 * Paused processes tell of freezes, budget reviews and managers away. Most of the inbox declines nothing and often
 * borrows a decline's polite words: acknowledgements, "we'll be in touch", viewed and status notices, invitations to
 * screens, interviews, a case study and a one-way video, reminders and reschedules, recruiter check-ins, job alerts,
 * newsletters, an assessment link, a reference request, a withdrawal confirmed, an offer and its negotiation.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d83-');

export const HANDWRITTEN_DEV_83: readonly CorpusLine[] = [
  // ── Acknowledgements and status notices
  other(`Hi Jolene,

Thanks for applying to the Customer Success Manager (Mid-Market) role at Tessellate! We've received your application and our team will review it carefully.

If your experience looks like a match, a member of our recruiting team will reach out to schedule a first conversation. Due to the volume of applications, it may take up to two weeks for us to get back to you.

Warm regards,
The Tessellate Talent Team

This is an automated message sent via Greenhouse. Please do not reply to this email.`, 'Thank you for applying to Tessellate'),

  other(`Dear Jolene Tan Hui Min,

Your application for the position of Account Manager, SME Payments (Req ID: R-204417) has been successfully submitted.

You can track the status of your application at any time by signing in to your candidate home page.

Regards,
Halvard Pay Talent Acquisition

*** This mailbox is not monitored. ***`, 'Application Received: Account Manager, SME Payments'),

  other(`Hi Jolene,

We have received your application for Senior Customer Success Manager, APAC. Thank you for your interest in Routewise.

Please note that only shortlisted candidates will be contacted. If you do not hear from us within 14 days, you may assume that your application is being kept on file for other suitable openings.

Routewise People Team`, 'Routewise | Application received'),

  other(`Your application was viewed by Kapstone Logistics

Customer Success Lead · Kuala Lumpur, Malaysia (Hybrid)

Applied 3 days ago. Your application was viewed by the hiring team. This doesn't guarantee a response, but it's a good sign!

View job   ·   Manage job alerts

You are receiving job application notifications. Unsubscribe`, 'Your application was viewed by Kapstone Logistics'),

  other(`Dear Applicant,

The status of your application for Client Success Manager (Job No. 8831-SG) has changed.

New status: Under Review

No action is required from you at this time. Please do not reply to this message.

Oriel Capital Markets — Careers
This email and any attachments are confidential and intended solely for the addressee.`, 'Application status update'),

  other(`Hey Jolene 👋

Just a quick note from the team at Fennel. We got your application for Customer Success Manager and we're genuinely stoked you want to join us.

We read every single application ourselves (we're 40 people, no robots here). We'll be in touch either way, usually within 10 working days.

Cheers,
Mei & the Fennel crew`, 'We got it!'),

  other(`<p>Dear Jolene,</p><p>Thank you for your application to <b>Strata Ledger</b> for the role of <b>Account Manager – Enterprise</b>.</p><p>We appreciate the time you have taken. Our recruitment team is currently reviewing all applications and will contact candidates whose profiles best match the requirements of the role.</p><p>Kind regards,<br>Strata Ledger Careers</p><p style="font-size:10px">Powered by Lever</p>`, 'Your application to Strata Ledger'),

  other(`Hi Jolene,

Thank you for your application for the Customer Experience Manager role with Dunmore Freight Technologies, Sydney.

Your application is now with the hiring manager. We appreciate that waiting to hear back can be frustrating, and we will let you know the outcome as soon as a decision has been made, regardless of whether it is positive or not.

Regards,
Talent Team | Dunmore Freight Technologies
ABN 41 602 118 903`, 'Application update - Customer Experience Manager'),

  other(`Dear Ms Tan,

We refer to your application for the post of Relationship Manager, Digital Banking Solutions.

We wish to inform you that your application is still under consideration. We regret any inconvenience caused by the delay in our reply and thank you for your patience.

Yours sincerely,
Human Resources Department
Perdana Fintech Berhad (Company No. 201801029981)`, 'Re: Application for Relationship Manager'),

  other(`Application status: In progress

Role: Customer Success Manager, Remote (APAC time zones)
Company: Northbeam Analytics
Stage: Hiring manager review

We'll email you when anything changes. You can also check the status on your Workable candidate page.`, 'Northbeam Analytics: application status'),

  other(`Hi Jolene — sorry for the slow reply! We're still reviewing applications for the Account Manager role and haven't made any decisions yet. Honestly it's been a busy month with our launch. I'll be back to you by end of next week at the latest.

Rahul
Co-founder, Ledgerlight`, 'Re: Account Manager role'),

  other(`Dear Jolene,

Thank you for your patience. We apologise that it has taken longer than expected to get back to you. The hiring team is still reviewing the shortlist for the Customer Success Lead position and we expect to be in contact with candidates early next week.

We are grateful for your interest in Qarawan Logistics.

Best regards,
Layla Al Mansoori
Talent Acquisition Specialist
Qarawan Logistics Technologies FZ-LLC | Dubai Internet City`, 'Customer Success Lead - update'),

  // ── Rejections at the application stage
  rej('application', ['generic'], {},
    `Hi Jolene,

Thank you for your interest in the Customer Success Manager (Mid-Market) role at Tessellate and for taking the time to apply.

After reviewing your application, we've decided not to move forward at this time. We know this isn't the news you were hoping for.

Wishing you all the best in your search.

The Tessellate Talent Team

This is an automated message sent via Greenhouse. Please do not reply to this email.`, 'Your application to Tessellate'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Jolene Tan Hui Min,

Thank you for applying for the position of Account Manager, Merchant Acquiring (Req ID: R-203981).

We have carefully reviewed your profile against the requirements of this position and regret to advise that we will not be progressing your application further. On this occasion we have identified other candidates whose experience more closely matches our needs.

Your details will remain in our talent community and we encourage you to explore and apply for other opportunities at Halvard Pay that match your interests.

Regards,
Halvard Pay Talent Acquisition

*** This mailbox is not monitored. ***`, 'Your application for Account Manager, Merchant Acquiring'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Jolene,

Thank you for applying for the Customer Success Lead role at Kapstone Logistics in Kuala Lumpur.

This role supports a customer base of mostly Malaysian road hauliers and requires professional fluency in Bahasa Malaysia, both spoken and written. As your application indicates conversational level only, we are unable to take it forward.

Thank you again and all the best.

Siti Hajar Kamaruddin
HR Executive, Kapstone Logistics Sdn Bhd`, 'Customer Success Lead - Kapstone Logistics'),

  rej('application', ['location'], { ...fb },
    `Hi Jolene,

Thanks for applying for the Customer Experience Manager role with Dunmore Freight Technologies.

Unfortunately we're not able to progress your application. This role is based in our Alexandria office in Sydney and we are not in a position to sponsor a visa, so we can only consider applicants with full Australian working rights. From your application it looks like you would need sponsorship.

Sorry we couldn't bring better news.

Regards,
Talent Team | Dunmore Freight Technologies
ABN 41 602 118 903`, 'Your Dunmore application'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Jolene,

Thank you for applying to be an Associate Customer Success Manager at Fennel.

I'll be honest with you: with nine years in account management, including leading a team of five, your experience is well beyond what this role is. It's an entry-level seat with a small book of accounts and close supervision, and we worry you'd be bored within a month.

We expect to hire a CS lead later this year, and I'd love to reach out to you when that opens. If that's okay, I'll keep your CV on hand.

Cheers,
Mei Lindqvist
Head of People, Fennel`, 'Re: Associate CSM application'),

  rej('application', ['role_closed'], {},
    `Dear Jolene,

Thank you for your application for the role of Account Manager – Enterprise.

We are writing to let you know that, following a review of our business priorities, this position has been withdrawn and will not be filled. As a result, we are closing all applications for the role.

We appreciate your interest in Strata Ledger.

Kind regards,
Strata Ledger Careers

Powered by Lever`, 'Update on Account Manager – Enterprise'),

  rej('application', ['position_filled'], {},
    `Hello Jolene,

Thank you for applying for the Implementation & Onboarding Specialist role at Cargosync.

We wanted to let you know that this position has now been filled. We're closing the posting and will not be reviewing further applications.

Thank you for thinking of Cargosync.

Cargosync Hiring Team
(This is an automated notification — replies are not monitored)`, 'Implementation & Onboarding Specialist - position update'),

  rej('application', ['generic'], { ...door },
    `Dear Jolene,

Thank you for your interest in a career with Vireo Bank Digital.

We received many strong applications for the Client Success Manager role, and the selection was highly competitive. After careful consideration we regret to inform you that you have not been selected to proceed to the next stage.

We will retain your resume in our database for 12 months and may contact you should a suitable vacancy arise.

Yours sincerely,
Talent Acquisition, Vireo Bank Digital Pte Ltd`, 'Your application with Vireo Bank Digital'),

  rej('application', ['internal_candidate'], {},
    `Hi Jolene,

Thanks so much for applying for our Renewals Manager role. I wanted to let you know personally that we've filled the role from within — one of our senior account managers asked to move across and it made sense for the team.

I'm sorry not to have better news. Thank you for your interest in Northbeam.

Best,
Anika Sorensen
Recruiting, Northbeam Analytics`, 'Renewals Manager'),

  rej('application', ['salary'], { ...fb },
    `Dear Jolene,

Thank you for applying for the Customer Success Executive position at Pinnacle Cargo Systems.

We note from your application form that your expected monthly salary is SGD 9,500. The budget set for this position is considerably lower, in the range of SGD 5,000 to 6,000, and we are therefore unable to proceed with your application.

We thank you for your interest and wish you every success.

Regards,
HR Department
Pinnacle Cargo Systems Pte Ltd`, 'Application - Customer Success Executive'),

  rej('application', ['location'], { ...fb },
    `Hi Jolene, thanks for applying for the Remote CSM role! I've had a look and unfortunately this one is remote within the EU only — we need people on CET for overlap with our customers in Germany and for payroll reasons. Based in Singapore, that rules it out, sorry. All the best, Kasper (Talent, Brightwharf)`, 'Remote CSM'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Jolene,

Thank you for your application for the Technical Account Manager role at Helixgate.

We have reviewed your experience and, while your background in account management is strong, we are looking for someone with hands-on experience with REST APIs and SQL, as this position handles integration troubleshooting directly with customer engineering teams. We also had other applicants whose backgrounds were closer to the role.

For these reasons we will not be moving forward with your application.

Kind regards,
Helixgate Recruitment`, 'Technical Account Manager - Helixgate'),

  rej('application', ['profile_mismatch'], {},
    `Jolene,

Appreciate you reaching out about the Implementation Manager role. After going through your profile I don't think it's the right match for what we need at this stage. Thanks again and good luck.

Dhruv
CEO, Parcelbeam`, 'Re: Implementation Manager at Parcelbeam'),

  // ── Invitations, scheduling, reminders
  other(`Hi Jolene,

Thanks for applying for the Senior Customer Success Manager, APAC role at Routewise. I'd love to set up a 30-minute call to learn more about your background and tell you a bit about the team.

Could you pick a slot that suits you using the link below? All times are shown in Singapore time.

https://calendly.com/routewise-talent/30min

Speak soon,
Grace Okafor
Talent Partner, Routewise`, 'Routewise - quick chat'),

  other(`Dear Jolene,

We are pleased to invite you to a video interview for the position of Client Success Manager (Job No. 8831-SG).

Date: Thursday, 14 March
Time: 10:00–10:45 (SGT)
Interviewers: Pauline Ng (Head of Client Services), Arjun Mehta (Senior Client Success Manager)
Format: Microsoft Teams (link to follow)

Please confirm your availability by replying to this email.

Kind regards,
Oriel Capital Markets — Talent Acquisition`, 'Interview invitation - Client Success Manager'),

  other(`Reminder: your interview with Northbeam Analytics is tomorrow

Customer Success Manager, Remote (APAC)
Tuesday 9 April, 2:00 PM – 2:45 PM SGT
Google Meet: meet.google.com/xqr-bbmn-tyu

Need to reschedule? Use the link in your original invitation.

Sent by Northbeam Analytics via Workable`, 'Reminder: Interview tomorrow'),

  other(`Hi Jolene,

So sorry to do this — our Head of CS, Farah, has been pulled into a customer escalation in Jakarta this week and can't make Wednesday. Would you be able to do Friday at 11am or Monday at 3pm instead? Same Zoom link either way.

Apologies again, and thanks for being flexible.

Grace
Talent Partner, Routewise`, 'Re: Interview with Farah - reschedule'),

  other(`Dear Jolene,

Thank you for your time on the phone yesterday. As discussed, the next step in our process is a one-way video interview. You will be asked five questions and will have up to three minutes to record each answer. You can complete it at any time before Sunday 23:59 (GST).

Start your interview here: https://hire.vidscreen.io/i/qarawan-csl-7731

Please ensure you have a stable internet connection and a quiet place. Good luck!

Layla Al Mansoori
Talent Acquisition Specialist
Qarawan Logistics Technologies FZ-LLC`, 'Next step: one-way video interview'),

  other(`Hi Jolene,

Great chatting with you today! As promised, here's the case study for the next stage.

The scenario: you've just inherited a book of 30 mid-market accounts, four of which are up for renewal in the next 60 days, and two of those have had falling usage for three months. Please put together a short deck (max 8 slides) with your 90-day plan, how you'd prioritise, and what you'd say on the first call with the at-risk accounts. You'll present it to Farah and one of our account executives in a 45-minute session.

No need to spend more than 3–4 hours on it. Please send it through by next Thursday.

Thanks!
Grace`, 'Routewise case study'),

  other(`Hello Jolene,

You have been invited to complete an online assessment as part of your application for Account Manager, SME Payments at Halvard Pay.

Assessment: Work Style and Situational Judgement (approx. 35 minutes)
Deadline: 7 days from the date of this email

Begin assessment: https://assess.talentmetrix.com/c/HP-9920-41

If you require reasonable adjustments, please contact us before starting.

Halvard Pay Talent Acquisition`, 'Action required: complete your assessment'),

  other(`Hey Jolene,

Thanks for sending your case study deck through — it landed safely. Farah and Jonah will review it ahead of your presentation on Tuesday. See you then!

Grace`, 'Re: Routewise case study'),

  other(`Dear Jolene,

Following your interviews, we are pleased to invite you to the final stage of our process: a panel conversation with our Chief Customer Officer, Hamish Reid, and the VP of Sales, Tanvi Bose, at our office at 1 Raffles Quay, Level 24.

Date: Monday 13 May, 4:00 pm
Duration: approx. 60 minutes

Please bring photo identification for building access. We look forward to seeing you.

Best regards,
Pauline Ng
Head of Client Services, Oriel Capital Markets`, 'Final round - Client Success Manager'),

  other(`Hi Jolene,

Just confirming your second interview on Thursday at 10am with Lars (VP Customer) — he'll call you on Teams. He's in Sydney so that's 12pm his time, all sorted.

Let me know if anything changes on your side.

Cheers,
Bec Hollis
Senior Consultant, Torrance Talent Partners | Sydney`, 'Confirmed: Thursday with Lars'),

  // ── Rejections after a screen
  rej('screen', ['salary'], { ...fb },
    `Hi Jolene,

Thank you for your time on the call on Tuesday, it was a pleasure speaking with you.

I have discussed your profile with the hiring manager. We both agree your experience is relevant, however the salary you mentioned (AED 34,000 per month plus housing) is well above the range we have for this position, which tops out at AED 24,000 all-inclusive. Unfortunately we cannot stretch the budget that far, so we will not proceed further.

Thank you for your understanding.

Reem Khalil
Senior Recruiter
Marhaba Pay | Dubai Silicon Oasis`, 'Client Success Manager - Marhaba Pay'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Jolene,

Thanks again for the chat on Monday. I spoke to the hiring manager and unfortunately the team needs this person in the Dubai office five days a week from the start — it's not something they can be flexible on, and you mentioned you'd want to stay Singapore-based for at least the next year.

It's a shame because I thought the conversation went well. If your plans change, or if we open something in our Singapore hub, I'll be in touch.

Best,
Omar Haddad
Recruiter, Souqfleet`, 'Following up on our call'),

  rej('screen', ['generic'], { ...offered },
    `Dear Jolene,

Thank you for taking the time to speak with me last week about the Customer Success Manager role at Meridian Paylabs.

After careful consideration, we have decided not to move forward with your candidacy. We received a large number of applications and it was a difficult decision.

If you would like some feedback on your application, please don't hesitate to reach out and I will be glad to help.

Warm regards,
Shirley Koh
Talent Acquisition Partner, Meridian Paylabs`, 'Meridian Paylabs - CSM'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Jolene,

Thanks for the call the other day. I've thought about it and I'm going to pass this time.

We're a tiny team and the CS role here is half support ticket work, half sales — very scrappy, lots of context switching, nothing documented. You said a couple of times that you do your best work with clear processes and a defined book of accounts, which is totally fair, but it's not how we operate right now and I don't think you'd enjoy it.

Really appreciated your honesty.

Rahul
Co-founder, Ledgerlight`, 'Re: Account Manager role'),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Jolene,

Great to speak with you this morning. I've fed back to the client and they've come back quickly, so I wanted to let you know straight away.

They felt that with your experience managing enterprise portfolios of SGD 12m+ ARR, the Customer Success Specialist role would be a step down and you'd outgrow it quickly. They also couldn't get close to your current base of SGD 10.5k — the ceiling is SGD 7k. So they won't be taking it further.

I do have a couple of more senior briefs coming in and will call you when they land.

Speak soon,
Wendy Lim
Principal Consultant, Tideway Search (EA Licence 21C0457)`, 'Customer Success Specialist - client feedback'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Jolene,

Thank you for speaking with us about the Customer Success Manager, Banking role.

Our client base is made up entirely of regulated banks and the hiring manager requires at least three years of experience working with financial institutions on compliance-heavy implementations. From our call, your customers have mainly been logistics and retail businesses, so we will not be progressing your application.

Best regards,
Talent Team, Argent Regtech`, 'Argent Regtech - your application'),

  rej('screen', ['internal_candidate'], { ...door },
    `Hi Jolene,

Thank you for the call last week. I wanted to let you know that we've decided to fill the Account Manager position internally — a colleague from our onboarding team has been offered the role.

It was a pleasure to speak with you and I'd be glad to keep in touch for future openings on the team.

Kind regards,
Priyanka Rao
HR Business Partner, Trelliswave`, 'Account Manager - Trelliswave'),

  rej('screen', ['role_closed'], {},
    `Hi Jolene — quick update after our chat. The client has just told me they've frozen all hiring in the APAC CS team following their funding round falling through, and this search is cancelled outright. Really sorry, it's nothing to do with you. — Wendy`, 'Re: Senior CSM search'),

  rej('screen', ['position_filled'], {},
    `Dear Jolene,

Thank you for speaking with our recruiter about the Senior Customer Success Manager role at Meridian Paylabs earlier this month.

We wanted to let you know that we have now made an offer to another candidate, who has accepted. The role is therefore closed.

Thank you again for your interest in Meridian Paylabs.

Meridian Paylabs Talent Team`, 'Update on your application'),

  // ── Paused processes
  hold('screen', ['role_closed'], {},
    `Hi Jolene,

I wanted to give you a heads-up: following our call on Friday, the business has put a temporary hold on new headcount while the Q3 budget is reviewed. Your application for Customer Success Lead is not being closed — we're simply unable to schedule the next interview until the review is done, which we expect to take about four weeks.

I'll come back to you as soon as I hear anything.

Best,
Tomasz Wren
Recruiting, Haulio Cloud`, 'Customer Success Lead - pause'),

  hold('application', ['generic'], {},
    `Dear Ms Tan,

We refer to your application for the post of Relationship Manager, Digital Banking Solutions.

Please be informed that the selection process has been postponed owing to internal matters. Your application remains active, and we will contact you again once the process resumes.

We regret any inconvenience caused.

Yours sincerely,
Human Resources Department
Perdana Fintech Berhad`, 'Postponement of selection process'),

  hold('interview', ['generic'], {},
    `Hi Jolene,

Apologies for going quiet after your interview with Lars. He's been on unexpected leave for a family matter and won't be back until the 20th. The client has asked me to let you know they're still very keen and will pick things up as soon as he's back.

Sorry for the wait — I know it's frustrating.

Bec Hollis
Senior Consultant, Torrance Talent Partners`, 'Update from the client'),

  // ── Assessment-stage declines
  rej('assessment', ['assessment'], { ...fb },
    `Hello Jolene,

Thank you for completing the Work Style and Situational Judgement assessment for the Account Manager, SME Payments role.

Your overall score was 58. For this role the minimum score to progress is 70, and your responses in the stakeholder-escalation section in particular fell below the benchmark. We are therefore unable to move your application forward.

Halvard Pay Talent Acquisition`, 'Your assessment result'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Jolene,

Thank you for recording your one-way video interview for the Customer Success Manager position.

Our team has reviewed all submissions and, unfortunately, your responses did not meet the threshold required to progress to the next stage of the process.

We will keep your profile on file and encourage you to apply for future roles with Tawseel.

Best regards,
Tawseel Tech Talent Team`, 'Your video interview - Tawseel Tech'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...offered },
    `Hi Jolene,

Thank you for the time you put into the data exercise for the Customer Success Analyst role. We know it was a lot to ask.

The reviewers felt the exercise didn't reach the level we needed: the churn analysis used account counts instead of revenue, and the pivot-table approach made the cohort view hard to follow. The role leans heavily on SQL and Looker, and it looks like those aren't tools you've used day to day yet.

So we won't be moving forward. If you'd like to go through the exercise in more detail, just reply and we'll set up 20 minutes.

Best,
Matteo Ricci
CS Operations Lead, Northbeam Analytics`, 'Customer Success Analyst - exercise'),

  rej('assessment', ['generic'], {},
    `Dear Ms Tan Hui Min Jolene,

We refer to the pre-employment background verification conducted in connection with your conditional application for Customer Success Manager.

We regret to inform you that, based on the outcome of the verification, we are unable to proceed with your application.

This decision is final. We thank you for your interest in Lumenvault.

Yours faithfully,
HR Operations
Lumenvault Pte Ltd
This communication is confidential and may be legally privileged.`, 'Pre-employment verification outcome'),

  // ── Interview-stage declines, some quoting the invitation
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Jolene,

Thanks for meeting Celine and Arjun on Thursday. They enjoyed the conversation and agreed you are clearly very good with clients.

Where it fell short is platform experience. The team runs entirely on Salesforce and Gainsight — health scores, playbooks, CTAs — and they need someone who can own that set-up from day one. You mentioned you've mainly worked in HubSpot and a home-grown tool, and they don't have the bandwidth to train on Gainsight right now.

We won't be moving you to the final round. I'm happy to talk it through on a call if useful.

Kind regards,
Zapkoin Talent Acquisition

-----Original Message-----
From: Zapkoin Talent Acquisition
Sent: Monday, 22 April 10:14
To: Jolene Tan
Subject: Interview invitation - Account Manager, Payments

Dear Jolene,

We are pleased to invite you to a video interview for the position of Account Manager, Payments (Ref. ZK-0412).
Date: Thursday, 25 April, 10:00–10:45 (SGT)
Interviewers: Celine Ho (Head of Merchant Success), Arjun Mehta (Senior Account Manager)`, 'RE: Interview invitation - Account Manager, Payments'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jolene,

Thank you for making the time to meet the team on Tuesday.

We've discussed your interview in detail and unfortunately we won't be moving forward. The team felt that your approach to accounts leans towards reacting once a customer raises something, whereas our CS model is built around very proactive, data-led outreach, and they weren't confident the fit with how the team works day to day would be there.

Thank you again for your interest in Fennel.

Mei`, 'Fennel - CSM interview'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Jolene,

Thank you for your interest in Northbeam Analytics and for interviewing with us for the Customer Success Manager, Remote (APAC) position.

We enjoyed learning about your experience. After careful consideration, we have decided to move forward with candidates whose experience more closely aligns with the needs of the role.

We wish you the best of luck.

Northbeam Analytics Recruiting

> On 4 April, Northbeam Analytics via Workable wrote:
> Reminder: your interview with Northbeam Analytics is tomorrow
> Customer Success Manager, Remote (APAC)
> Tuesday 9 April, 2:00 PM – 2:45 PM SGT`, 'Re: Reminder: Interview tomorrow'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Jolene,

I'm sorry to be writing with this after you've given us so much of your time across the two interviews.

This week we announced a restructure of our commercial team. As part of it, the Account Manager role for the Malaysia market is being folded into the regional team in Singapore and will no longer be hired. This means we have to close the process for all candidates, including you.

I really did enjoy our conversations, and when we're hiring again I will get in touch with you first.

Warm regards,
Nadia Yusof
Head of Commercial, Gudang.io (Kuala Lumpur)`, 'Account Manager process'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Hi Jolene,

Thanks so much for your time with Lars on Thursday — he enjoyed it.

The client has decided not to progress, and they gave me two reasons. First, they need the person to start in Sydney within six weeks and, with your notice period and the visa process, the earliest realistic start would be around four months out. Second, your expectations of AUD 150k base are above the AUD 125k ceiling they have signed off.

Sorry, Jolene, I know you were excited about this one.

Bec Hollis
Senior Consultant, Torrance Talent Partners | Sydney`, 'Client decision'),

  rej('interview', ['generic'], {},
    `Dear Jolene,

Thank you for attending the interview for the position of Customer Success Manager on 22 April 2024.

We regret to inform you that your application has been unsuccessful.

We thank you for your interest in Pinnacle Cargo Systems.

Yours sincerely,
Lee Siew Ling
Senior HR Executive
Pinnacle Cargo Systems Pte Ltd`, 'Interview outcome'),

  rej('interview', ['internal_candidate'], { ...offered },
    `Hi Jolene,

Thanks for your patience since our interview. I wanted to tell you myself: we ended up offering the Team Lead, Customer Success role to someone already on the team. She applied late in the process and her knowledge of our customers made the difference.

It was genuinely close, and I'd be glad to share more on what came through in your interview if you'd find that helpful — just let me know.

Best,
Farah Iskandar
Head of Customer Success, Routewise`, 'Team Lead, CS'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Hello Jolene,

Thank you for meeting with me and Ken last week about the Customer Success Manager position.

We've taken some time to think about it. You came across as knowledgeable and thoughtful, and that's actually part of the problem: the role reports into a CS Lead with less experience than you have, and the scope is limited to SMB accounts with very standard renewals. Given you have previously headed a CS function, we think the role would not use your experience and would likely not hold your interest.

We will keep your profile in mind for a more senior opening, and we'd welcome a future application from you.

Regards,
Yvonne Chia
Director, Client Services, Trelliswave`, 'Trelliswave - CSM role'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Jolene,

Thank you for interviewing for the Senior Account Manager role at Helixgate. We wanted to close the loop: we have now extended an offer to another candidate and they have accepted.

We'd love to stay in touch and encourage you to keep an eye on our careers page — we expect to grow the Singapore team again in the second half of the year.

All the best,
Helixgate Recruitment`, 'Senior Account Manager - update'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Jolene,

Thank you for coming in to meet the team at Vireo Bank Digital.

Following the interview for the Relationship Manager, SME Digital role, the panel concluded that another applicant's background was a closer match for the role, and that they would be a stronger fit with the team's culture and ways of working.

Accordingly, we will not be proceeding with your application.

Yours sincerely,
Talent Acquisition, Vireo Bank Digital Pte Ltd`, 'Relationship Manager - interview outcome'),

  // ── Final-stage declines
  rej('final', ['position_filled'], { ...door },
    `Dear Jolene,

Thank you for taking the time to meet Hamish and Tanvi at our office on Monday for the final round.

It was a very close decision. We have offered the Client Success Manager position to another finalist, who has accepted. Both Hamish and Tanvi were impressed by your background and we would very much like to keep in touch; we will reach out should a suitable role open in the client services team.

Best regards,
Pauline Ng
Head of Client Services, Oriel Capital Markets

From: Pauline Ng
Sent: Thursday, 9 May 17:02
To: Jolene Tan
Subject: Final round - Client Success Manager

Dear Jolene,
Following your interviews, we are pleased to invite you to the final stage of our process: a panel conversation with our Chief Customer Officer, Hamish Reid, and the VP of Sales, Tanvi Bose, at our office at 1 Raffles Quay, Level 24.`, 'RE: Final round - Client Success Manager'),

  rej('final', ['assessment'], { ...fb, ...offered },
    `Hi Jolene,

Thank you for presenting your case study to Farah and Jonah on Tuesday — the final stage of the process.

I'm sorry to say we won't be making you an offer. The panel liked your renewal prioritisation, but the part of the plan for the two at-risk accounts didn't go far enough: they were looking for a concrete save plan with exec sponsorship and commercial levers, and the deck stayed at the level of "schedule a QBR". That was the deciding piece against the other finalist.

Happy to set up a call with Farah if you'd like to hear the panel's notes in full.

Grace
Talent Partner, Routewise

On Thu, 18 Apr, Grace Okafor wrote:
> Hey Jolene, thanks for sending your case study deck through — it landed safely. Farah and Jonah will review it ahead of your presentation on Tuesday. See you then!`, 'Re: Routewise case study'),

  rej('final', ['internal_candidate'], {},
    `Hi Jolene,

Thank you for coming through every round with us, including Friday's final conversation with our COO.

I'm writing to let you know we have decided to appoint an internal candidate to the Head of Account Management role.

Thank you for the time and care you put into the process.

Kind regards,
Priyanka Rao
HR Business Partner, Trelliswave`, 'Head of Account Management'),

  rej('final', ['role_closed'], { ...door },
    `Jolene,

I hate writing this one. You were one of two people left for the Head of CS role and I was about to call your references.

Our Series B lead pulled out last week. We're cutting burn hard, and that means no new senior hires this year — the role is gone. I'm closing the process rather than leaving you hanging.

If we get through this and the role comes back, you're the first person I'm calling.

Dhruv
CEO, Parcelbeam`, 'Head of CS'),

  rej('final', ['generic'], {},
    `Dear Jolene,

Thank you for your participation in the final stage of our selection process for Customer Success Director, Middle East.

After much deliberation, the panel has decided not to progress your candidacy further.

We wish you success in your future endeavours.

Regards,
Talent Acquisition
Souqfleet Technologies LLC`, 'Customer Success Director'),

  rej('final', ['location'], { ...fb },
    `Hello Jolene,

Thank you for meeting our founders in the final round, and for being open about your timing.

We have had to take a decision based on our licence conditions. As a DFSA-regulated firm, the role must be held by someone resident in the UAE from day one, and since you told us you would need to stay in Singapore until your family relocates next year, we cannot offer you the position.

We are genuinely sorry, as the team rated your interviews highly.

Regards,
Hessa Al Nuaimi
People Operations, Dinarly (DIFC)`, 'Dinarly - final round'),

  // ── More declines: threads, replies, short notes
  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Jolene,

Thank you for your time on the phone on Wednesday, and for walking me through your career so far.

Having spoken with the hiring manager, we feel that your level of seniority is beyond what this Customer Onboarding Specialist position offers, so we will not be moving forward. I would be happy to keep you in mind for more senior roles — we often hire CS managers in Singapore.

Kind regards,
Shirley Koh
Talent Acquisition Partner, Meridian Paylabs

On Mon, 6 May at 09:12, Shirley Koh wrote:
> Hi Jolene, thanks for applying for the Customer Onboarding Specialist role. Would you be free for a 20-minute phone call on Wednesday at 2pm? I'd like to learn more about what you're looking for.`, 'Re: Quick call on Wednesday?'),

  rej('interview', ['culture_fit'], {},
    `Hi Jolene,

Thanks for your patience, and for checking in. We've now met everyone on the shortlist for the Customer Success Lead role, and I'm afraid we won't be taking your application further. The team felt the fit with our culture wasn't quite there on this occasion.

All the best with your search.

Chloe Baptiste
Talent Lead, Kinetra Payments

On Tue, 21 May, Jolene Tan wrote:
> Hi Chloe, I hope you're well. I just wanted to check in on the Customer Success Lead role following my interview with Hannah and Dev on the 10th. Is there any update on timing? Thanks, Jolene`, 'Re: Customer Success Lead - checking in'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Jolene,

Of course — happy to share. The main thing the panel came back to was the commercial side. The role carries an expansion quota of about SGD 1.2m, and when they asked about upsell targets you said you'd always handed expansion to the sales team. They need someone who has personally owned and closed a net-retention target. Everything else was strong.

Take care,
Anika

On Fri, 31 May at 10:05, Jolene Tan wrote:
> Hi Anika, thank you for letting me know. Would it be possible to get a little feedback from my interview with Daniel and Ruth? It would help me a lot.
>
> On Thu, 30 May at 18:21, Anika Sorensen wrote:
>> Hi Jolene, thank you for interviewing for the Senior CSM role. Unfortunately we've decided not to move forward with your application.`, 'Re: Senior CSM - outcome'),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Dear Jolene,

Thank you for completing the final round for the Regional Account Manager role, including the afternoon with the Kuala Lumpur team.

The panel was impressed with your client portfolio. However, they did not feel there was a strong fit with how the team operates: our account managers spend most of their week on site at customer warehouses, working alongside operations staff in a hands-on and informal way, and the panel felt your preferred style of structured, meeting-led account management would sit uneasily with that.

If you would like to discuss this further, please feel free to contact me.

Regards,
Siti Hajar Kamaruddin
HR Executive, Kapstone Logistics Sdn Bhd`, 'Regional Account Manager - final outcome'),

  rej('final', ['generic'], { ...door },
    `Dear Jolene,

Thank you for your patience while we completed reference checks following your final interviews for the Customer Success Manager role.

Unfortunately, following the completion of our reference process, we are unable to make you an offer of employment. We appreciate your understanding that we are not able to share further detail.

We would nonetheless be glad to receive your application for future vacancies.

Kind regards,
People Team, Cargosync`, 'Customer Success Manager - references'),

  rej('application', ['overqualified'], { ...fb },
    `Thanks for applying for CS Coordinator. Your experience is well above what we're after for this position, so we won't be progressing. — Fleetgrid Hiring`, 'Your application - CS Coordinator'),

  rej('application', ['location'], { ...fb },
    `Dear Applicant,

Thank you for your interest in the Customer Success Manager role with Wallabee Pay.

Unfortunately, we are only able to consider candidates who currently hold the right to work in Australia for this position. As your application states that you would require visa sponsorship, it will not be progressed.

Kind regards,
Wallabee Pay Recruitment
Please do not reply to this email.`, 'Wallabee Pay - application outcome'),

  rej('application', ['position_filled', 'profile_mismatch'], {},
    `Hi Jolene,

Thank you for applying to the Account Manager role at Souqfleet. The selection process for this role has now been completed, and we have appointed a candidate whose background was a closer match for our requirements.

Thank you for your time and interest.

Souqfleet Talent Acquisition`, 'Account Manager - Souqfleet'),

  rej('interview', ['internal_candidate', 'role_closed'], {},
    `Hi Jolene,

Following your interview for the Partner Success Manager role, I have an update. The business has decided to restructure the partnerships team and the role, as advertised, no longer exists; the remaining partner work is being picked up by an existing member of the team.

So we will not be continuing the process. Thank you for your time.

Kind regards,
Chloe Baptiste
Talent Lead, Kinetra Payments`, 'Partner Success Manager'),

  rej('screen', ['salary'], { ...fb },
    `Hi Jolene, thanks for the chat earlier. Having discussed internally, your salary expectations are outside what we can offer for this role, so we won't move forward. Thanks again. — Priyanka, Trelliswave HR`, 'Re: CS Manager call'),

  // ── More paused processes
  hold('interview', ['role_closed'], {},
    `Hi Jolene,

Thank you for your interviews with Ravi and Joanne. I wanted to let you know that we've had to pause the Account Manager (Fintech Partnerships) process: our leadership has frozen hiring across commercial roles for the rest of the quarter while they finalise the annual plan.

This is not a decision on your application. You remain in the process, and we hope to resume in July. I'll update you as soon as I know more.

Best,
Chloe Baptiste
Talent Lead, Kinetra Payments`, 'Account Manager - process paused'),

  hold('final', ['generic'], {},
    `Dear Jolene,

Thank you for attending the final panel last week. We would like to apologise for the delay in coming back to you: our CEO, who signs off on all senior appointments, has been travelling, and the decision will be taken on his return at the end of next week.

You remain under active consideration, and we will be in touch with the outcome then.

Regards,
Hessa Al Nuaimi
People Operations, Dinarly (DIFC)`, 'Dinarly - timeline update'),

  hold('application', ['role_closed'], {},
    `Hi Jolene,

Thanks for applying for the Customer Success Manager role at Fleetgrid. We wanted to let all applicants know that the role is temporarily on hold while we reorganise the customer team following an acquisition. We aren't closing applications — yours is saved, and we'll restart reviews once the new structure is agreed (hopefully within six weeks).

Thanks for bearing with us,
Fleetgrid Hiring`, 'CSM role on hold'),

  hold('assessment', ['generic'], {},
    `Hi Jolene, thanks for submitting the exercise. Just a note that the reviewers are behind this week with quarter-end, so it'll be another 7–10 days before we can give you an outcome. Sorry about that — nothing's changed on our side, you're still very much in the mix. Matteo`, 'Re: CS Analyst exercise submitted'),

  hold('interview', ['role_closed'], { ...door },
    `Dear Jolene,

Thank you for meeting with our team for the Client Onboarding Lead role.

I need to let you know that we have put this hire on hold. The budget for the position is being re-examined as part of the mid-year review and we cannot confirm whether, or when, the process will restart. We are not declining your application; if the role is approved we would like to continue with you from where we left off. Either way, we would like to keep your details for other opportunities in the team.

Kind regards,
Yvonne Chia
Director, Client Services, Trelliswave`, 'Client Onboarding Lead - on hold'),

  // ── Look-alikes: polite words, nothing declined
  other(`Hi Jolene,

Thank you for interviewing with us yesterday. The team enjoyed meeting you. We're still speaking with a few other candidates this week and expect to make a decision on next steps by Friday. We'll be in touch either way.

Best,
Anika Sorensen
Recruiting, Northbeam Analytics`, 'Thanks for your time'),

  other(`Dear Jolene,

Unfortunately, due to an unexpected conflict, Ms Pauline Ng is unable to attend the interview scheduled for Thursday 14 March at 10:00. We apologise for the inconvenience.

Could you let us know whether Friday 15 March at 15:00 or Monday 18 March at 09:30 would work for you instead?

Kind regards,
Oriel Capital Markets — Talent Acquisition`, 'Change to your interview time'),

  other(`Hi Jolene,

Hope you've had a good week. Just checking in — are you still actively looking? I've had a couple of CS leadership briefs come through from fintech clients in the CBD and I think at least one could be a good fit. Free for a quick call Monday or Tuesday?

Wendy Lim
Principal Consultant, Tideway Search (EA Licence 21C0457)`, 'Quick catch-up?'),

  other(`Hi Jolene,

I came across your profile and was impressed by your background in customer success across logistics SaaS. I'm working on a Senior Account Manager role with a Series C supply-chain platform expanding into Southeast Asia — remote-first, with quarterly trips to Jakarta and Ho Chi Minh City.

Unfortunately I can't share the client's name yet, but I'd be glad to tell you more on a call. Would you be open to a chat?

Regards,
Jason Teo
Associate Director, Kelburn Recruitment Asia`, 'Opportunity - Senior Account Manager (remote, SEA)'),

  other(`New jobs for "customer success manager" in Singapore

1. Customer Success Manager — Portwell (Singapore, Hybrid) — 2 days ago
2. Senior CSM, APAC — Lumenvault (Singapore) — 4 days ago
3. Account Manager, Payments — Zapkoin (Singapore, On-site) — 5 days ago
4. Customer Success Lead — Haulio Cloud (Remote, APAC) — 1 week ago

See all 37 new jobs

You're receiving this because you created a job alert. Unsubscribe · Manage alerts`, '4 new jobs for customer success manager'),

  other(`Jobs you might be interested in

We found roles that match your profile:
• Client Success Manager — Dubai, UAE — Marhaba Pay
• Customer Success Manager (Arabic a plus) — Dubai, UAE — Tawseel Tech
• Key Account Manager, Logistics Platform — Abu Dhabi — Mazoon Freight

Unfortunately we couldn't find any more matches for your saved search this week. Try broadening your filters.

— The Bayt-style jobs digest team. You can unsubscribe at any time.`, 'Jobs matching your profile: Dubai'),

  other(`THE RETENTION LETTER — Issue 47

This week: Why your health scores are lying to you · Five QBR formats that customers actually enjoy · Salary survey: what CSMs earn in APAC in 2024

Hiring? Post a role on the Retention Letter board for free.

You're receiving this because you subscribed at retentionletter.io. Unsubscribe.`, 'The Retention Letter #47: health scores that lie'),

  other(`Hi Jolene,

Thanks for joining the Routewise Talent Community! You'll now receive updates about new openings in customer success, sales and operations across our Singapore, Sydney and Dubai offices.

We review the community regularly and may reach out directly if a role fits your experience.

The Routewise People Team`, 'Welcome to the Routewise Talent Community'),

  other(`Dear Jolene,

This email is to confirm that your application for Customer Onboarding Manager (Penang) has been withdrawn at your request. We are sorry to see you go but fully understand.

You are welcome to apply for other positions at Kapstone Logistics at any time.

Best wishes,
Siti Hajar Kamaruddin
HR Executive, Kapstone Logistics Sdn Bhd`, 'Application withdrawn'),

  other(`Hi Jolene,

Thanks for letting me know, and congratulations on the other offer! I've withdrawn you from the Trelliswave process as requested. It's a shame we didn't get to finish, but I completely understand. Keep in touch.

Priyanka`, 'Re: Withdrawing my application'),

  other(`Dear Jolene,

Jolene Tan has applied for the position of Client Success Manager at Oriel Capital Markets and has named you as a referee.

We would be grateful if you could spare 15 minutes for a short call, or alternatively complete the questionnaire at the link below, by Friday 24 May.

https://refcheck.orielcm.com/r/77310

Thank you for your help.
HR Operations, Oriel Capital Markets

---------- Forwarded message ---------
From: Marcus Wee
Hi Jolene, got this today — happy to do it, just letting you know it came through. Good luck! M`, 'Fwd: Reference request for Jolene Tan'),

  other(`Dear Jolene,

Thank you for your interviews. We are delighted to offer you the position of Customer Success Lead at Qarawan Logistics Technologies, based in Dubai Internet City.

Please find attached your offer letter. In summary:
- Monthly salary: AED 28,000 (basic and allowances)
- Annual flight allowance and medical insurance for you and your dependants
- Relocation support up to AED 20,000
- Start date: to be agreed

We would appreciate your response by Thursday 6 June. Please do not hesitate to contact me with any questions.

Best regards,
Layla Al Mansoori
Talent Acquisition Specialist`, 'Offer of Employment - Customer Success Lead'),

  other(`Hi Jolene,

Thanks for coming back to us on the offer. I took your points to the hiring manager.

We're not able to move the monthly package to AED 32,000, I'm afraid, but we can go to AED 30,000 and add a one-off sign-on payment of AED 15,000 to cover your notice-period buyout. The relocation allowance stays as is. We'd also be happy to agree a start date of 1 August.

I hope this works for you — let me know if you'd like to talk it through.

Layla

> On 4 June, Jolene Tan wrote:
> Dear Layla, thank you so much for the offer. I'm very excited about the role. Would there be any flexibility on the monthly package? Given housing costs and my current package, I was hoping for something closer to AED 32,000.`, 'Re: Offer of Employment - Customer Success Lead'),

  other(`Hi Jolene,

Wonderful news — thank you for signing! I've let Rashid and the team know, and they're thrilled. Our onboarding team will be in touch next week about your visa, medical and Emirates ID.

Welcome to Qarawan!

Layla`, 'Re: Signed offer'),

  other(`Hi Jolene,

Congratulations, you've made it through to the next stage! We'd like to invite you to a 60-minute interview with Farah Iskandar (Head of Customer Success) and Jonah Low (Senior Account Executive).

Unfortunately Farah is only available on Wednesday or Thursday afternoon next week — could either of those work?

Grace`, 'Routewise - next stage'),

  other(`Dear Jolene,

Thank you for your application. We regret that we are unable to process it because the CV attachment appears to be corrupted. Could you please resubmit your CV in PDF format via the portal so that we can review it?

Kind regards,
Wallabee Pay Recruitment`, 'Action needed: your CV could not be opened'),

  other(`Hi Jolene,

I'm sorry we haven't been in touch for a while — I can see in our system that your application for the Customer Success Manager role is still open, and I wanted to reassure you that it's with the hiring manager now. You should hear from us within the next few days.

Apologies again for the wait.

Chloe Baptiste
Talent Lead, Kinetra Payments`, 'Your application with Kinetra'),

  other(`Hi Jolene,

Good news — the client loved your CV and would like to meet you. First interview is with Lars Pedersen, VP Customer, 45 minutes on Teams. He's suggested Tuesday at 9am Sydney time (7am yours — sorry, I know it's early!) or Wednesday at 2pm Sydney (12pm yours).

Bec Hollis
Senior Consultant, Torrance Talent Partners | Sydney`, 'Interview request - VP Customer'),

  other(`Dear Candidate,

Thank you for submitting your one-way video interview. Your responses have been received and will be reviewed by the hiring team.

If you are shortlisted for the next stage, the team will contact you directly. We appreciate your patience.

VidScreen on behalf of Qarawan Logistics Technologies`, 'Your video interview has been submitted'),

  other(`Hi Jolene,

Thank you for the call today. As promised, here is a summary of next steps for the Customer Success Director, Middle East role:

1. Interview with Rashed (VP Operations) — this week
2. Business case presentation — the week after
3. Final round with the founders in Dubai (we'll cover flights)

We are not in a rush and want to make sure it's right on both sides. Do let me know if anything is unclear.

Omar Haddad
Recruiter, Souqfleet`, 'Next steps - CS Director'),

  other(`Hi Jolene,

Thanks for your note. Unfortunately I'm out of the office until Monday 17 June with limited access to email. For urgent recruitment matters, please contact talent@helixgate.com.

Kind regards,
Rachel Foo`, 'Automatic reply: Senior Account Manager - question'),

  other(`Dear Jolene,

We have received your request for feedback following your interview for the Customer Success Manager position. Thank you for getting in touch.

Your request has been passed to the hiring manager, who will reply to you directly within five working days.

People Team, Cargosync`, 'Feedback request received'),

  other(`Hi Jolene,

Thanks for asking for feedback — I've booked us in for a 20-minute call on Thursday at 4pm (invite attached) so Matteo can take you through the exercise properly. If that time doesn't suit, just pick another from the link.

Anika
Recruiting, Northbeam Analytics`, 'Feedback call booked'),

  other(`Your application status has changed

Position: Account Director
Company: Kinetra Payments
Status: Interview scheduled

Log in to view details.

Kinetra Payments Careers · SmartRecruiters`, 'Status update: Account Director'),

  other(`Hi Jolene,

Thanks for applying. Unfortunately the role you applied for requires a short written response that we didn't receive with your application — no problem, it happens! Could you answer the question below in 200 words or less and send it back by Friday?

"Tell us about a customer you turned around. What did you change?"

We'll review your full application once we have it.

Cheers,
Kasper
Talent, Brightwharf`, 'One more thing for your application'),

  other(`Dear Jolene,

Thank you for your interest in Perdana Fintech Berhad. This is to inform you that you have been shortlisted for an interview for the post of Relationship Manager, Digital Banking Solutions.

Date: 3 July 2024 (Wednesday)
Time: 10.30 a.m. (Malaysia time)
Venue: Virtual (Webex details to be sent separately)

Kindly confirm your attendance by replying to this email. Please be informed that failure to confirm may result in your slot being given to another candidate.

Yours sincerely,
Human Resources Department
Perdana Fintech Berhad`, 'Invitation to interview'),

  other(`Hi Jolene,

No worries at all about rescheduling — hope you're feeling better! I've moved your interview with Sam and Wen Jie to Thursday 16 May at 11am. Updated invite is on its way.

Chloe`, 'Re: Need to reschedule - unwell'),

  other(`Hi Jolene,

I know it's been a couple of weeks since your final round and I'm sorry to keep you waiting. I wanted to let you know where things stand: the panel has finished, and we're now checking references for two candidates, including you. We hope to be in a position to decide by the end of next week.

Thanks for your patience.

Pauline Ng
Head of Client Services, Oriel Capital Markets`, 'Where things stand'),

  other(`Hi Jolene,

Thank you for your application for the Customer Success Manager position at Lumenvault. We're excited to move you forward to the next step!

Please complete the short skills questionnaire at the link below. It should take about 15 minutes. We review questionnaires within 5 business days.

Complete questionnaire → https://apply.lumenvault.com/q/cs-2291

Best regards,
Lumenvault Talent`, 'Next step in your Lumenvault application'),

  other(`Hi Jolene — just a nudge that your Halvard Pay assessment link expires in 48 hours. If you've already completed it, please ignore this message. Thank you! Halvard Pay Talent Acquisition`, 'Reminder: assessment expires soon'),

  other(`Hey Jolene,

Thanks for the super quick turnaround on the written answer — loved the story about the freight forwarder. I've passed your application to the hiring manager and we'll get back to you within a week or so.

Kasper`, 'Re: One more thing for your application'),

  other(`Dear Jolene,

We are sorry to inform you that the Zoom link sent in your previous invitation was incorrect. Please use the following link for your interview tomorrow at 3:00 pm:

https://zoom.us/j/88310221476 (Passcode: 551902)

We apologise for any confusion.

Pinnacle Cargo Systems HR`, 'Corrected link: interview tomorrow'),

  other(`Hi Jolene,

Congratulations! On behalf of everyone at Kinetra Payments, I'm pleased to offer you the role of Account Director. Your base salary will be SGD 138,000 per annum, with a target bonus of 15% and 8,000 RSUs vesting over four years.

The written offer is attached. We'd love to hear back from you by Monday. If you have any questions at all, I'm here.

Warmly,
Chloe Baptiste
Talent Lead, Kinetra Payments`, 'Your offer from Kinetra Payments'),

  other(`Hi Jolene,

Thank you for letting us know your decision. We're disappointed, of course, but we completely understand that the Dubai offer was the better fit for you and your family at this point. Congratulations!

The door is always open at Kinetra — if things change in the future, please do get in touch.

Warmly,
Chloe`, 'Re: Your offer from Kinetra Payments'),

  other(`Hi Jolene,

Unfortunately I haven't been able to reach you on the number ending 4417 — I tried twice this afternoon. Could you let me know a good time to call tomorrow for your screening call? Otherwise, feel free to book a slot directly here: https://cal.com/omar-souqfleet

Thanks,
Omar Haddad
Recruiter, Souqfleet`, 'Missed call - screening'),

  other(`Dear Jolene,

Thank you for your time at the final round yesterday. It was a pleasure to welcome you to our office.

The panel will meet on Friday to review all finalists and we will be in touch with an outcome early next week. In the meantime, we would like to ask for the details of two professional referees, ideally including a recent line manager.

Best regards,
Pauline Ng
Head of Client Services, Oriel Capital Markets`, 'Thank you - and referee details'),

  other(`Your application has been received

Hi Jolene, thank you for your interest in Haulio Cloud! We've received your application for Customer Success Lead (Remote, APAC).

What happens next? Our team reviews applications on a rolling basis. If we don't get back to you within three weeks, it means we will not be proceeding on this occasion — but please don't let that stop you applying for other roles with us.

Haulio Cloud Talent · Sent via Ashby`, 'Thanks for applying to Haulio Cloud'),

  other(`Hi Jolene,

Thanks for the chat — really enjoyed it! I've submitted your profile to the client for the Head of Customer Experience role. They're reviewing a shortlist of four this week and I'll let you know their feedback as soon as I get it.

Fingers crossed!

Jason Teo
Associate Director, Kelburn Recruitment Asia`, 'Submitted to client'),

  other(`Hi Jolene,

A quick update: the client has reviewed the shortlist for the Head of Customer Experience role and would like to interview you! They've proposed next Tuesday at 10am at their office at Paya Lebar Quarter. Does that work?

Jason`, 'Good news - interview request'),

  other(`Dear Jolene Tan,

We are pleased to inform you that you have passed the online numerical and situational assessment for Account Manager, Payments.

A member of our Talent Acquisition team will contact you shortly to arrange the next steps.

Zapkoin Talent Acquisition
This is a system-generated email. Please do not reply.`, 'Assessment complete'),

  other(`Hi Jolene,

Following up on my note from last week — I realise you may be busy, so no pressure. If you're no longer interested in the Senior Account Manager opportunity, just let me know and I'll stop chasing. Otherwise, happy to chat whenever suits.

Regards,
Jason Teo
Kelburn Recruitment Asia`, 'Following up'),

  other(`Dear Jolene,

Thank you for attending the interview with us. We appreciate the time you took to share your experience.

Please note that the interview process is still ongoing and we expect to shortlist candidates for the second round by end of this month. Candidates who are shortlisted will be contacted via email.

Yours sincerely,
Human Resources Department
Perdana Fintech Berhad`, 'Thank you for attending the interview'),

  other(`Hi Jolene,

This is your personal Fennel Careers digest.

New at Fennel this month:
— Customer Success Lead (Singapore) — new!
— Support Engineer (Remote, APAC)
— Revenue Operations Analyst (Singapore)

Not for you? No worries — we'll send the next digest in a month.

Mei & the Fennel crew
Unsubscribe from Fennel Careers`, 'New roles at Fennel'),

  other(`Hi Jolene,

Thank you for reaching out about the Customer Success Lead role. I'm sorry, I should have been clearer in my earlier note — you haven't missed anything. We're still reviewing applications and no decisions have been made. I'll let you know next week.

Best,
Mei
Head of People, Fennel`, 'Re: Customer Success Lead - did I miss something?'),

  other(`Dear Jolene,

Thank you for accepting our offer. Please find attached the following onboarding documents:

1. Employment contract (for signature)
2. Employee information form
3. Bank details form

Should you have any questions, please do not hesitate to contact us.

We look forward to welcoming you to the team.

Onboarding Team, Qarawan Logistics Technologies FZ-LLC`, 'Onboarding documents'),

  other(`Hi Jolene,

Thanks for your message. Sorry — I'm not able to share the name of the client at this stage, but I can confirm the role is still open and that they've only interviewed one other candidate so far. I'll come back to you as soon as I hear about the second round.

Wendy`, 'Re: which company?'),

  other(`Good afternoon Jolene,

I hope this finds you well. I'm the hiring manager for the Customer Success Manager role you applied for at Portwell. Before we go further, I'd like to set up a quick 15-minute intro call — nothing formal, just to see whether our needs and your interests line up.

Could you do Thursday afternoon?

Best regards,
Ivan Soh
Director of Customer Success, Portwell`, 'Intro call'),

  other(`Hi Jolene,

Thanks for your email and for thinking of us. We don't have any openings in customer success at the moment, but I've added your CV to our talent pool and will reach out if something suitable comes up.

Best regards,
Rachel Foo
Talent Acquisition, Helixgate`, 'Re: Speculative application - Customer Success'),

  other(`Hi Jolene,

I'm sorry to hear you won't be able to make it to the panel on Monday. No problem at all — I've cancelled the current slot and the team has offered Thursday at 2pm instead. Please let me know if that works.

Best,
Yvonne Chia
Director, Client Services, Trelliswave`, 'Re: Panel interview - change of date'),
];
