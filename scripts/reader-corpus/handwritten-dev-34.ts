/**
 * Development messages of the thirty-fourth round, never sealed: one job seeker's inbox over a season. A mid-career
 * secondary-school teacher in Leeds (Head of English, twelve years in the classroom) moves into learning and
 * development and instructional design, applying in the UK, in Ireland and to remote roles with about sixty employers:
 * the L&D teams of banks, insurers, retailers and manufacturers, e-learning studios and platforms, universities, NHS
 * trusts, councils, charities, apprenticeship and training providers and recruitment agencies. Roughly half the batch
 * are mails that speak the polite language of a rejection but decline nothing: receipts from many applicant-tracking
 * systems (Workday, Taleo, SuccessFactors, Greenhouse, Lever, Workable, Teamtailor, Eploy, Jobtrain, NHS Jobs, Trac,
 * Oleeo), "under review" notices and apologies for slowness, invitations to screens, interviews, presentations and a
 * teaching-sample task, moved interviews, reminders, reference, DBS and right-to-work checks, an offer whose start date
 * "sadly" falls in the holidays and its paperwork, job alerts with nothing in them, talent-community letters, recruiter
 * approaches, a survey, a withdrawal the candidate asked for, the candidate's own replies with the thread quoted below,
 * an extended closing date and a process timeline. A few processes are paused (freezes, budgets, restructures, a
 * funding bid, a new director). The rest are rejections at every stage, the stage often told only by who was met or
 * what was presented, with reasons across the vocabulary said in passing, some with two reasons, feedback buried in
 * long letters, feedback offered and refused in many wordings, and doors left open or shut (a job-alert footer is not
 * an open door). British English mostly, some Irish and American. For development only: the rules may be checked
 * against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d34-');

export const HANDWRITTEN_DEV_34: readonly CorpusLine[] = [
  // ── receipts from tracking systems, job boards and agencies
  other(`Dear Claire,

Thank you for applying for Learning Experience Designer (JR-10482) at Harrowfield Building Society.

Your application has been received and will now be reviewed by our Talent Acquisition team alongside the requirements of the role. Unfortunately we are not able to reply to every applicant individually while reviews are under way, but you can check where your application has got to at any time from your candidate home.

Thank you for your interest in Harrowfield.

Harrowfield Building Society | Talent Acquisition

Please do not reply to this email, as this mailbox is not monitored.
Powered by Workday`, 'We have received your application - Learning Experience Designer'),

  other(`Dear Claire Ashworth,

Thank you for your interest in Castlegate Insurance.

This confirms that your submission for the position Learning & Development Advisor (Requisition 2209-118) has been recorded in our system on 12 September.

If your qualifications match the needs of the position, a member of our Resourcing team will contact you. Regrettably, owing to the number of submissions we receive, we cannot respond to each candidate personally.

Sincerely,
Castlegate Insurance Resourcing

*** This is an automated message. Replies are not read. ***
Oracle Taleo Enterprise`, 'Castlegate Insurance - Submission received'),

  other(`Dear Ms Ashworth

Application Confirmation: Technical Trainer - Operations Academy (Req 7761)

We are writing to confirm that we have received your application for the above post at Pennine Energy plc.

What happens next? Applications close on 26 September. Shortlisting will take place in the week following the closing date. We regret that we are unable to provide feedback to applicants who are not shortlisted, but we do appreciate the time you have taken.

Pennine Energy Resourcing Centre

SAP SuccessFactors | Please do not respond to this message`, 'Application Confirmation'),

  other(`Hi Claire,

Thanks for applying to Sprocket Learning! We're excited that you're interested in joining us as an Instructional Designer (Remote, EMEA).

Our recruiting team is reviewing applications now. We read every single one (yes, really), so it can take us a couple of weeks. Sorry in advance for the wait. If your experience looks like a match, we'll reach out to schedule an intro call.

In the meantime, check out our blog to learn more about how we build courses.

Cheers,
The Sprocket Learning Recruiting Team

Sent with Greenhouse`, 'Thanks for applying to Sprocket Learning'),

  other(`Hi Claire,

We've got it! Thanks for sending us your application for the Learning Designer role at Kinetic Minds.

Here's how things work from here. Someone from the people team will look at your application within ten working days. If it's a yes for the next step, we'll invite you to a 30-minute video chat. If it's not, we'll tell you that too, as we don't believe in leaving people hanging.

Speak soon,
Kinetic Minds People Team

Lever · Manage your data`, 'Kinetic Minds: application received'),

  other(`Hello Claire,

Your application for Digital Learning Content Developer at Clearframe eLearning Ltd has been successfully submitted.

Application summary
Job: Digital Learning Content Developer
Location: Sheffield, England, United Kingdom (Hybrid)
Submitted: 15 Sep

We'll be in touch once the hiring team has reviewed your application. Sadly we can't give personal updates over the phone, so please keep an eye on your inbox (and your spam folder).

Best regards,
Clearframe eLearning Ltd

Powered by Workable`, 'Clearframe eLearning Ltd - Application submitted'),

  other(`Hi Claire,

Thanks a million for applying for the Learning Designer role with Tandem Learning here in Dublin. We've received your application and it's with Aoife, our Head of Learning Design.

We try to get back to everyone within two weeks. If it takes a bit longer, apologies, we're a small team and we read everything ourselves.

All the best,
The Tandem Learning team

Sent via Teamtailor · Unsubscribe from candidate emails`, 'Thanks for your application, Claire!'),

  other(`Dear Claire

Thank you for applying for the role of Apprenticeship Skills Coach (Education & Training) with Forge Training Group.

Application reference: FTG/2231/CA

Your application will be reviewed by our recruitment team. Please note that, because of the volume of applications, we can only contact candidates who have been shortlisted. If you have not heard from us within 14 days of the closing date, unfortunately on this occasion your application will not have been shortlisted.

We wish you the best of luck.

Forge Training Group Recruitment
This email was sent by Eploy on behalf of Forge Training Group`, 'Forge Training Group - Application Received'),

  other(`Dear Claire Ashworth

Job title: Workforce Development Officer
Reference: KMC-04419
Service: People & Organisational Development

Thank you for applying for a job with Kirkmoor Metropolitan Borough Council. We have received your application form.

The shortlisting panel will consider all applications after the closing date. If you are shortlisted you will be contacted by email with details of the interview. Regrettably, we do not have the resources to write to applicants who are not shortlisted.

Please check your Jobtrain account regularly for updates.

Kirkmoor Council Recruitment Team`, 'Application received - Workforce Development Officer'),

  other(`Dear Claire

Your application for the job below has been submitted.

Job title: Clinical Education Facilitator (Digital Learning)
Employer: West Pennine Teaching Hospitals NHS Trust
Job reference: 281-CE-2417
Closing date: 03/10

The employer will review your application once the vacancy has closed. You can view your application and any messages from the employer in your NHS Jobs account.

Please do not reply to this email.

NHS Jobs`, 'NHS Jobs - application submitted'),

  other(`Dear Claire,

Thank you for your application for the following vacancy:

Vacancy: Learning & Development Facilitator
Organisation: Calderbrook Community Healthcare NHS Trust
Reference: C9-551-OD

Shortlisting is expected to take place on or after 9 October. Unfortunately, due to the high volume of applications, we are unable to notify candidates who have not been shortlisted. If you have not heard from us within four weeks of the closing date, please assume that you have not been successful on this occasion.

All correspondence will be sent to the email address registered on your account, so please check your junk folder.

Calderbrook Community Healthcare NHS Trust
This is an automated message sent from Trac Systems.`, 'Application received: Learning & Development Facilitator'),

  other(`Dear Claire,

Re: Learning Technologist (Ref. MLP-LT-0917)

Thank you for completing your application to Moorgate Lane Partners LLP. We confirm receipt.

Our process includes an online situational judgement test, which will be released to all applicants who meet the minimum eligibility criteria in the week commencing 30 September. You do not need to do anything at this stage.

We are sorry that we cannot provide individual updates in the meantime.

Graduate and Business Services Recruitment
Moorgate Lane Partners LLP

Oleeo | Do not reply`, 'Moorgate Lane Partners - confirmation of application'),

  other(`<html><body><table width="600"><tr><td>
<p style="font-family:Arial">Hi Claire,</p>
<p style="font-family:Arial">Thank you for applying for <strong>Learning &amp; Development Coordinator</strong> at <strong>Brannock Home Retail</strong>.</p>
<p style="font-family:Arial">We&#39;re sorry we can&#39;t reply to everyone personally, but please be assured that every application is read by a real person. If you are successful in moving to the next stage, we&#39;ll be in touch within 21 days.</p>
<p style="font-family:Arial">Kind regards,<br>Brannock Careers</p>
<p style="font-size:10px;color:#888">You are receiving this email because you applied on careers.brannock.co.uk. <a href="#">Privacy</a> | <a href="#">Unsubscribe</a></p>
</td></tr></table></body></html>`, 'Brannock Home Retail: thanks for your application'),

  other(`Application submitted

Instructional Designer (12-month FTC)
Corrib Software · Galway, County Galway, Ireland (Hybrid)

Your application was sent to Corrib Software. Good luck!

Tip: applicants who follow up are no more likely to hear back, so don't worry if it's quiet for a while.

Indeed
You received this email because you applied for a job on Indeed. Unsubscribe`, 'Indeed Apply: your application to Corrib Software was submitted'),

  other(`Your application was viewed by Halden Pharmaceuticals

Training & Development Specialist
Halden Pharmaceuticals · Macclesfield, England, United Kingdom

A recruiter has looked at your application. This is not a decision, and it is common not to hear back straight away.

View similar jobs

LinkedIn
You are receiving LinkedIn notification emails. Unsubscribe`, 'Claire, your application was viewed by Halden Pharmaceuticals'),

  other(`Hi Claire

Many thanks for your CV, which I've now registered with us here at Calder Talent.

I've had a quick look and I think you could be a good match for a couple of the L&D roles we're working on in West Yorkshire, though I'm sorry to say that most corporate clients will ask about your experience outside schools, so it's worth us talking about how to frame that. I'll give you a ring on Thursday morning if that suits?

Best wishes
Ellie Marsh
Senior Consultant, HR & Learning
Calder Talent Ltd`, 'RE: CV - Learning and Development roles'),

  // ── status updates and apologies for slowness
  other(`Dear Claire,

The status of your application for Technical Trainer - Operations Academy has been updated.

Current status: Under Review by Hiring Manager

No further action is required from you at this stage. Unfortunately we cannot give a date for the next update, as this depends on the hiring manager's availability, but you will be notified automatically if anything changes.

Pennine Energy Resourcing Centre
SAP SuccessFactors`, 'Your application status has changed'),

  hold('application', ['generic'], {}, `Dear Claire,

I am writing about your application for the post of Digital Education Developer in the Centre for Academic Practice.

We regret the delay in getting back to you. Shortlisting has taken longer than planned because two members of the panel have been marking exam boards this month. I want to reassure you that your application is still very much being considered and that no decisions have yet been made.

We now expect to contact shortlisted candidates by Friday 18 October.

With apologies, and best wishes,
Recruitment Services
University of West Riding`, 'Digital Education Developer - update on shortlisting'),

  other(`Hi Claire,

Just a quick note to say sorry for the radio silence on the Learning Designer role. We've had a ridiculous number of applications (over 400!) and we're still working through them.

You haven't been forgotten, honestly. We hope to have the first round of calls booked by the end of next week.

Thanks for hanging in there,
Aoife
Tandem Learning`, 'Quick update from Tandem'),

  hold('application', ['generic'], {}, `Dear Ms Ashworth,

Thank you for your continued interest in the L&D Business Partner role at Liffey Mutual Insurance.

We apologise that the process is taking longer than originally indicated. The hiring manager has been travelling and the shortlisting meeting has been moved to next Tuesday. We appreciate your patience and will revert to you with an update shortly after that.

Kind regards,
Talent Acquisition
Liffey Mutual Insurance DAC, Dublin 2`, 'L&D Business Partner - timing'),

  other(`Dear Claire,

Thank you for applying for our Learning and Development Officer vacancy.

So that all applicants know what to expect: we will close the process at the end of the month and let everyone know the outcome by the 5th of November, whether or not they have been invited to interview. Interviews will be held in the week of 11 November at our office in Bradford.

We are sorry that we cannot give individual updates before then.

With thanks,
HR Team
The Hearthstone Trust (registered charity)`, 'Learning and Development Officer - what happens next'),

  other(`Dear Applicant,

Senior Instructional Designer - Ref ND-2219

Please note that the closing date for this vacancy has been extended to Sunday 20 October at 23:59.

You do not need to take any action: applications already received remain valid and will be considered alongside new applications. We regret any inconvenience caused by the change in timetable.

North Dales County Council
Human Resources`, 'Closing date extended - Senior Instructional Designer'),

  other(`Dear Claire,

Thank you for applying to Brightpath Learning. We're writing to let you know that we've re-advertised the Learning Experience Designer role for another two weeks to reach a wider pool of applicants.

This doesn't affect your application at all, and there's no need to reapply. You're still in the process and we'll be in touch once we've reviewed everyone.

Best wishes,
Brightpath People Team

Sent with Teamtailor`, 'Your application to Brightpath Learning'),

  other(`Dear Claire,

We noticed that your application for L&D Coordinator (Maternity Cover) at Aire Valley Foods is still in draft.

Unfortunately we can only consider applications that have been fully submitted. The closing date is Wednesday at midnight, so please log in and complete the "Supporting statement" and "Declarations" sections before then.

Aire Valley Foods Recruitment
Powered by Workable`, 'Reminder: your application is not yet complete'),

  other(`Dear Claire,

We are sorry, but a technical fault on our recruitment site between 2pm and 5pm on Monday 7 October means that some application forms submitted during that period were not saved correctly. Our records show that yours may be one of them.

Please accept our apologies. We would be grateful if you could log in and check that your application for Training Officer (Adult Learning) shows as "Submitted". If not, please resubmit; the closing date has been extended for affected applicants.

Kirkmoor Metropolitan Borough Council
Recruitment Team`, 'Important: please check your application'),

  // ── moved forward and invitations
  other(`Hi Claire,

Great news! After reviewing your application for Digital Learning Content Developer, we'd like to move you forward to the next stage.

The next step is a 20-minute phone call with Tom, our Content Lead, to talk about your experience and what you're looking for. Please use the link below to pick a time that suits you.

Pick a time

Best regards,
Clearframe eLearning Ltd

Powered by Workable`, 'Clearframe eLearning Ltd - next steps'),

  other(`Hi Claire,

Thanks so much for your patience! I'd love to set up an intro call to chat about the Instructional Designer role. It's 30 minutes on Zoom with me, Dana, and it's pretty casual: I'll tell you about Sprocket and you can tell me about your journey from the classroom.

Here's my calendar link, and please grab whatever slot works (times shown in your time zone).

Talk soon!
Dana Whitfield
Senior Recruiter, Sprocket Learning`, 'Sprocket Learning: let\u2019s chat!'),

  other(`Dear Claire

Digital Education Developer, Centre for Academic Practice

I am pleased to invite you to interview for the above post on Wednesday 30 October at 10:45 in Room 2.14, Bramley Building.

The interview will last about 45 minutes and will be preceded by a 10-minute presentation on the following topic: "How would you support academic staff who are reluctant to move their teaching materials online?" You may bring slides on a memory stick or send them in advance.

The panel will be Dr Fiona Hale (Head of Digital Education), Mr Raj Patel (Learning Technologist) and a representative from Human Resources.

Unfortunately we are unable to reimburse travel expenses for this post. Please confirm your attendance by reply.

Yours sincerely
Recruitment Services
University of West Riding`, 'Invitation to interview'),

  other(`Dear Claire,

Thank you for your application for the Learning Designer role. We enjoyed reading it and would like to invite you to the next stage: a short teaching-sample task.

The brief: design a 10-minute micro-learning piece for new customer service staff on handling a complaint by phone. We're not looking for a finished product. A storyboard (any format) plus a rough mock-up of one screen or activity is plenty. Please don't spend more than three hours on it.

Please send it to us by 9am on Monday 21 October. If that deadline doesn't work for you, just tell us and we'll find another date.

All the best,
Aoife Brennan
Head of Learning Design, Tandem Learning`, 'Next stage - Learning Designer task'),

  other(`Dear Claire

Clinical Education Facilitator (Digital Learning) - 281-CE-2417

Congratulations, you have been shortlisted for this post. You are invited to attend an interview on Thursday 7 November 2024 at 13:30.

Venue: Education Centre, Level 1, St Aidan's Wing, West Pennine General Hospital.

Please bring original documents confirming your identity and right to work, together with evidence of qualifications listed on your application. If you cannot attend, please let us know as soon as possible, as unfortunately we may not be able to offer an alternative date.

Please log in to your NHS Jobs account to book your slot.

NHS Jobs`, 'Invitation to interview - Clinical Education Facilitator (Digital Learning)'),

  other(`Hello Claire,

You've been invited to complete a one-way video interview for Learning & Development Advisor at Castlegate Insurance.

There are five questions. You'll have 30 seconds to read each one and up to 3 minutes to record your answer. Sadly it isn't possible to re-record answers once submitted, so we'd recommend doing the practice question first.

Your link expires in 5 days.

Good luck!
Castlegate Insurance Resourcing
Video interviewing powered by our assessment partner`, 'Action required: your video interview'),

  other(`Dear Claire,

Many thanks for attending the first interview for the position of L&D Business Partner last week. The panel very much enjoyed meeting you.

I'm delighted to tell you that we would like to invite you to a second and final interview with Siobhán Walsh, our Chief People Officer, on Friday 15 November at our offices on Baggot Street. As part of this stage you'll be asked to walk the panel through a 12-month learning plan for our claims team (15 minutes, format of your choosing).

Please let me know whether the time suits.

Kind regards,
Talent Acquisition
Liffey Mutual Insurance DAC`, 'Second interview - L&D Business Partner'),

  other(`Dear Claire,

Thank you for your interest in the Learning and Development Officer post.

I am pleased to say you have been shortlisted and we would like to invite you to our assessment day on 12 November at Hearthstone House, Bradford. The day will include a group exercise with other candidates, a 15-minute delivery of a training session of your choice to a small group of our staff, and a panel interview.

Lunch will be provided. We regret that we cannot offer parking on site, but there is a pay and display car park on Manor Row.

Please confirm your place by replying to this email.

With best wishes,
HR Team
The Hearthstone Trust`, 'Invitation: assessment day'),

  other(`Claire,

Your interview for Workforce Development Officer has been confirmed.

Date: Tuesday 5 November
Time: 14:00 (please arrive 10 minutes early)
Location: Kirkmoor Civic Centre, Committee Room 3
Panel: Head of Organisational Development; Workforce Development Manager

Unfortunately there is no visitor parking at the Civic Centre. The nearest public car park is on Wellgate.

If you need any reasonable adjustments for the interview, please let us know.

Kirkmoor Council Recruitment Team
Jobtrain`, 'Interview confirmation - Workforce Development Officer'),

  other(`Hi Claire,

A friendly reminder that your interview with Kinetic Minds is tomorrow, Thursday, at 11:00 on Google Meet. You'll be meeting Jess (Head of Learning) and Marcus (Senior Learning Designer).

Please have your portfolio ready to share on screen. Don't worry if it's mostly classroom resources; we're interested in how you think.

See you tomorrow!
Kinetic Minds People Team`, 'Reminder: your interview tomorrow'),

  other(`Dear Claire,

I'm very sorry to be writing with a change of plan. Unfortunately the chair of your interview panel, Dr Hale, is unwell and will not be able to attend on Wednesday 30 October.

We would very much like to keep you in the process and would be grateful if you could attend on Monday 4 November at the same time (10:45) instead. Your presentation topic stays the same.

Please accept our apologies for any disruption this causes, and do let me know if the new date is impossible for you.

Best wishes
Recruitment Services
University of West Riding`, 'Change to your interview date'),

  other(`Hi Claire,

I'm really sorry, but I need to move our call from tomorrow afternoon. Something urgent has come up with one of our clients and I won't be at my desk.

Would Friday at 10:30 or 2pm work instead? Apologies again for the short notice.

Dana
Sprocket Learning`, 'Re: Intro call - can we reschedule?'),

  other(`Dear Claire,

Thank you for sending through your teaching-sample task for the Learning Designer role. We've received it safely and Aoife and the team will review it over the next few days.

We'll let you know the outcome by the end of next week. Thank you for putting time into this; we know it's asked of you on top of a full-time job.

Warm regards,
Tandem Learning`, 'Received: your Learning Designer task'),

  other(`Dear Claire,

Congratulations: you passed the online situational judgement test for Learning Technologist.

We would now like to invite you to a virtual assessment centre on 14 November. This will consist of a written e-learning critique exercise, a 20-minute role play with a partner stakeholder and a competency-based interview.

We regret that we are unable to change the date of the assessment centre, as panels are booked in advance.

Graduate and Business Services Recruitment
Moorgate Lane Partners LLP`, 'Next stage: virtual assessment centre'),

  other(`Hi Claire,

Great to speak earlier. As promised, I've sent your CV over to my client, a national housing association, for the Learning & Development Partner role (hybrid from Wakefield, £38-41k).

They're aiming to shortlist by Friday. Sadly they're not always quick at giving feedback, but I'll chase and let you know either way.

Best wishes
Ellie
Calder Talent`, 'CV submitted - L&D Partner'),

  other(`Hi Claire

Good news - my client has come back and would like to meet you for a first interview at their Leeds office next Wednesday. I'll send over a prep pack tonight.

I know you were disappointed with the housing association one, but this role looks a much closer match. Shall we have a quick call tomorrow to go through it?

Thanks
Ellie`, 'Interview request!'),

  other(`Dear Claire,

Thank you for coming in to meet us yesterday. We really enjoyed your presentation, especially the "flipped induction" idea.

We have a couple more candidates to see on Monday, so we won't be in touch with a decision until later next week. Sorry to keep you waiting a little longer.

Best,
Jess
Head of Learning, Kinetic Minds`, 'Thank you for yesterday'),

  other(`Dear Claire,

I wanted to let you know that the panel for the L&D Business Partner role have not yet reached a decision after the second interviews. We had hoped to come back to everyone this week, but one of the panel was on leave.

I'm sorry for the delay. You'll hear from me by Wednesday at the latest.

Kind regards,
Talent Acquisition
Liffey Mutual Insurance DAC`, 'L&D Business Partner - update'),

  // ── checks, offer and paperwork
  other(`Dear Claire,

As part of our pre-employment process, we have contacted the referees you provided for the Learning and Development Officer post.

Unfortunately we have not yet heard back from Mrs Sandra Lowe at Moorside Academy. It would be really helpful if you could gently remind her to complete the reference form, as we cannot confirm a start date until both references are in.

Many thanks,
HR Team
The Hearthstone Trust`, 'References - Learning and Development Officer'),

  other(`Dear Claire,

Please follow the link below to complete your application for an Enhanced Disclosure and Barring Service (DBS) check for your post at The Hearthstone Trust.

You will need three forms of identification. We regret that we are unable to accept photocopies; please bring the originals when you come in on Tuesday to have them verified.

Your DBS check is a condition of your offer of employment.

Many thanks,
HR Team`, 'DBS check - action required'),

  other(`Dear Claire,

Offer of Employment: Learning and Development Officer

Following your recent assessment day, I am delighted to offer you the post of Learning and Development Officer at The Hearthstone Trust, on a salary of £35,400 per annum, 37.5 hours per week.

This offer is conditional on two satisfactory references, an enhanced DBS check and proof of your right to work in the UK.

Sadly our usual start date for new staff, the first Monday of the month, falls in the school holidays this time, on 6 January. We know this may be tricky given your notice period at school, so please tell us if a later date would suit you better and we will do our best to accommodate it.

We were all very impressed with your training session and look forward to welcoming you.

Yours sincerely,
Maria Gill
Director of People, The Hearthstone Trust`, 'Offer of employment'),

  other(`Dear Claire,

Further to our telephone conversation, please find attached your contract of employment, the staff handbook and a new starter form.

Please sign and return the contract and the new starter form by 20 December. Unfortunately we cannot set up your payroll record until we receive them. We also need a copy of your P45 from Moorside Academy when you receive it.

If you have any questions at all, do get in touch.

Kind regards,
HR Team
The Hearthstone Trust`, 'Your contract and new starter paperwork'),

  other(`Dear Claire,

Right to Work check

To comply with Home Office requirements we must check your right to work before your employment begins. Please either bring your passport to your induction on 13 January, or send us your share code from the GOV.UK online service.

We regret that we cannot allow you to start work until this check has been completed.

Thanks,
HR Team
The Hearthstone Trust`, 'Right to work - before you start'),

  other(`Hi Claire,

Welcome to Hearthstone! We're so pleased you're joining us on Monday 13 January.

Your first day will start at 9:30 with a coffee and an introduction to the team. Maria will take you through your induction plan in the afternoon. Sadly the lift at Hearthstone House is being repaired that week, so please use the stairs on the left of reception.

See you soon!
Priya, Office Manager`, 'Your first day'),

  // ── the candidate's own mail and withdrawals
  other(`Dear Claire,

Thank you for letting us know.

As requested, we have withdrawn your application for the Workforce Development Officer post and cancelled your interview on 5 November. We're sorry to see you go, but we completely understand and wish you every success in your new role.

Kind regards
Kirkmoor Council Recruitment Team`, 'RE: Withdrawal - Workforce Development Officer'),

  other(`Hi Ellie,

Thanks so much for this, and for all your help over the past couple of months. I'm afraid I'm going to have to withdraw from the Leeds role. I accepted an offer at a charity yesterday and it feels like the right move for me.

Sorry to let you down at the last minute. I'd love to stay in touch.

Best wishes,
Claire

On Tue, 3 Dec, Ellie Marsh wrote:
> Hi Claire
> Good news - the client would like you to come back for a second interview on Friday. Can you do 10am?
> Thanks
> Ellie`, 'Re: Second interview - Friday?'),

  other(`Dear Recruitment Services team,

Thank you for letting me know, and I hope Dr Hale feels better soon. I am pleased to confirm that I will attend the interview on Monday 4 November at 10:45, and I'll send my slides in advance by Friday.

Best wishes,
Claire Ashworth

-----Original Message-----
From: Recruitment Services
Sent: 24 October
Subject: Change to your interview date

Dear Claire, I'm very sorry to be writing with a change of plan. Unfortunately the chair of your interview panel is unwell and will not be able to attend on Wednesday 30 October...`, 'RE: Change to your interview date'),

  other(`Hi Dana,

Thanks for getting back to me, and no problem at all about moving the call. Friday at 2pm works perfectly for me.

Unfortunately I'm teaching until 1:30 that day, so I'll join from my car! Hope that's ok.

Claire

> On Wed, Dana Whitfield wrote:
> I'm really sorry, but I need to move our call from tomorrow afternoon. Would Friday at 10:30 or 2pm work instead?`, 'Re: Intro call - can we reschedule?'),

  // ── alerts, newsletters, outreach, surveys, notices
  other(`Your job alert: "instructional designer" - Leeds, Remote

Unfortunately, no new jobs match your alert this week.

Tip: try widening your search radius or adding related job titles such as "learning designer" or "e-learning developer".

Manage alerts | Unsubscribe
Guardian Jobs`, 'No new jobs for "instructional designer"'),

  other(`5 new jobs for "learning and development"

L&D Advisor - Harrowfield Building Society - Leeds - £34,000 - £38,000
Learning Technologist - University of Calder - Huddersfield - Grade 6
Training Coordinator - Skillrise Apprenticeships - Wakefield
Digital Learning Designer - Northwold Bank - Remote (UK)
Curriculum Developer - Reading Futures - Manchester

We're sorry if none of these are quite right. You can edit your alert at any time.

Reed.co.uk`, 'New jobs matching your alert'),

  other(`Hi Claire,

Welcome to the Northwold Bank Talent Community!

Each month we'll send you stories from our colleagues and news of roles in your area of interest (Learning & Development; Leeds, Remote). Joining our community doesn't mean you have applied for a job, so please do apply directly when you see a vacancy that interests you.

Unfortunately we don't have any L&D vacancies open at the moment, but new roles are posted every week.

Northwold Bank Careers
Update preferences | Leave the community`, 'Welcome to our Talent Community'),

  other(`Hi Claire,

I came across your profile and was really struck by your move from teaching into learning design. I'm recruiting for a Learning Experience Designer at a fast-growing edtech company in Manchester (hybrid, £40-45k) and I think your classroom background would be a genuine asset.

I appreciate you may not be looking, and apologies if this isn't a good time. If you're open to a chat, let me know a good time to call.

Best,
Tom Ridley
Principal Consultant, Hoxton & Vale Recruitment`, 'Learning Experience Designer - Manchester'),

  other(`Dear Claire,

We'd love to hear about your experience of applying to Sprocket Learning.

Whatever the outcome of your application, your feedback helps us make our hiring process better for every candidate. The survey takes about 3 minutes and is completely anonymous.

Take the survey

Thanks,
Sprocket Learning Recruiting

Sent with Greenhouse`, 'How did we do?'),

  other(`Dear Claire,

In line with our data retention policy, we will delete your candidate profile and any applications you have submitted to Castlegate Insurance in 30 days' time, as your account has been inactive for 6 months.

If you would like us to keep your profile so that you can apply for future roles, please log in before then. Regrettably, once deleted, your data cannot be recovered.

Castlegate Insurance Resourcing
Oracle Taleo`, 'Your candidate profile'),

  other(`Dear Ms Ashworth,

We are seeking a reference for a former student of yours, Daniel Okoro, who has applied for a place on our Level 3 Teaching Assistant apprenticeship.

Unfortunately we cannot progress Daniel's application until we receive a reference from a teacher who knew him at school. We would be very grateful if you could complete the short form linked below by 8 November.

With thanks,
Admissions Team
Skillrise Apprenticeships`, 'Reference request - Daniel Okoro'),

  other(`Hi Claire,

You're invited! Join the Learning Design team at Brightpath for an online "Meet the team" evening on Tuesday 22 October, 6-7pm.

Hear from designers who moved into e-learning from teaching, nursing and retail, and ask them anything. Sadly we can't record the session, so do join live if you can.

Save my place

Brightpath Learning Careers`, 'You\'re invited: Meet the Learning Design team'),

  // ── rejections after the application alone
  rej('application', ['generic'], {},
    `Dear Claire,

Thank you for applying for the Learning Experience Designer position (JR-10482) at Harrowfield Building Society.

We have now reviewed all applications for this role. On this occasion we will not be taking your application any further.

We appreciate the time you invested in applying and wish you well with your search.

Harrowfield Building Society | Talent Acquisition

Please do not reply to this email, as this mailbox is not monitored.
Powered by Workday`, 'Your application - Learning Experience Designer'),

  rej('application', ['generic'], { ...door },
    `Dear Ms Ashworth

Technical Trainer - Operations Academy (Req 7761)

Thank you for your recent application to Pennine Energy plc. Shortlisting for this post has now taken place and I am sorry to tell you that you have not been selected for interview.

We would like to hold your details in our talent pool for twelve months so that our resourcing team can get in touch if a suitable opportunity comes up. If you would prefer us not to, you can remove your profile at any time from the candidate portal.

Yours sincerely
Pennine Energy Resourcing Centre

SAP SuccessFactors | Please do not respond to this message`, 'Update on your application'),

  rej('application', ['generic'], {},
    `Hi Claire, thanks for applying for the Training Coordinator job. We've decided not to go any further with your application this time. Good luck! - Skillrise HR`, 'Training Coordinator'),

  rej('application', ['generic'], {},
    `<div style="max-width:560px;font-family:Helvetica,Arial,sans-serif">
<img src="https://cdn.example/northwold-logo.png" alt="Northwold Bank">
<p>Dear Claire,</p>
<p>Thank you for your interest in the <b>Digital Learning Designer</b> role at Northwold Bank.</p>
<p>We received a great many strong applications and, after careful consideration, your application has not been successful at this stage.</p>
<p>Thank you again for thinking of Northwold.</p>
<p>Northwold Bank Resourcing</p>
<hr>
<p style="font-size:11px">Never miss a role: <a href="#">create a job alert</a> and we'll email you when new vacancies are posted. Follow us on LinkedIn.</p>
</div>`, 'Northwold Bank: your application'),

  rej('application', ['generic'], { ...offered },
    `Dear Claire,

Re: Learning and Development Adviser, Youthbridge

Thank you for the time and care you put into your application. We had over ninety applications for this post and the panel had a very difficult job.

I'm sorry to say you haven't been shortlisted for interview this time.

We know how much effort goes into applying to a small charity like ours, so if it would help, I'm happy to share a few notes from shortlisting. Just reply to this email and I'll get back to you within a fortnight.

Best wishes,
Gemma Fairclough
People & Culture Lead, Youthbridge`, 'Learning and Development Adviser - shortlisting outcome'),

  rej('application', ['profile_mismatch'], {},
    `Dear Claire Ashworth,

Thank you for your interest in Castlegate Insurance and for applying for Learning Consultant (Requisition 2210-044).

We have reviewed your application carefully. On this occasion, we have decided to proceed with applicants whose experience aligns more closely with the requirements of the position.

We wish you every success in your future career.

Sincerely,
Castlegate Insurance Resourcing

*** This is an automated message. Replies are not read. ***
Oracle Taleo Enterprise`, 'Castlegate Insurance - Your application'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Claire

Hope half term was a good one.

I've heard back about the L&D Partner role with the housing association. They've been through the CVs I sent and have gone with two people whose backgrounds they felt were a more natural fit, so they won't be taking yours forward.

Please don't be disheartened. I've got a couple of other things coming through in the next fortnight that I think will suit you better, and I'll keep you front of mind.

Speak soon
Ellie
Calder Talent`, 'L&D Partner - update from the client'),

  rej('application', ['profile_mismatch'], {},
    `Dear Claire

Job reference: C9-551-OD, Learning & Development Facilitator

Thank you for applying for this post. The shortlisting panel have now assessed all applications against the person specification. Other applicants met the criteria more fully, and I am sorry to let you know that you have not been shortlisted for interview on this occasion.

Thank you for your interest in working for Calderbrook Community Healthcare NHS Trust.

Calderbrook Community Healthcare NHS Trust
This is an automated message sent from Trac Systems.`, 'Outcome of your application'),

  rej('application', ['profile_mismatch'], {},
    `Dear Claire,

Thanks a million for your application for the Learning Content Designer contract with Claddagh Systems.

We've looked through it carefully and I'm afraid we won't be moving forward. Your background, while interesting, isn't quite what this particular role is looking for.

Because of the volume of applications, we're not in a position to give individual feedback at the application stage. Apologies for that.

All the best with your search,
Sinéad
Talent Team, Claddagh Systems, Galway`, 'Learning Content Designer - Claddagh Systems'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Claire,

Thank you for applying for the E-learning Developer role at Pixelhive Learning. We really liked reading about your work creating revision resources for your department.

This role involves building interactive modules in Articulate Storyline 360 from the first week, for clients with very tight deadlines. From your application, it looks as though you haven't yet used Storyline or a similar authoring tool in a production setting, and we don't have the capacity to train someone from scratch at the moment. For that reason, we won't be moving your application forward.

Thank you again for your interest in Pixelhive.

Best regards,
Pixelhive Learning Ltd

Powered by Workable`, 'Pixelhive Learning Ltd - update on your application'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Claire,

L&D Manager - Grafton & Lowe

Thank you for your interest in this role and for your patience while we reviewed applications.

A requirement for the L&D Manager position is CIPD Level 5 (Associate Diploma in People Management or Organisational Learning and Development) or equivalent. Your application notes that you hold a PGCE and are considering CIPD study, and so regrettably we are unable to progress your application to the next stage.

We thank you for your interest in Grafton & Lowe.

Kind regards,
HR Team
Grafton & Lowe Chartered Accountants, Dublin 4`, 'Your application - L&D Manager'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Claire,

Thank you for applying to join the Learning & Development team at Aire Valley Foods as L&D Coordinator (Maternity Cover).

I wanted to write to you personally, as your application stood out for its warmth and for the obvious care you take over your students. I read your supporting statement twice.

We did, however, have to be realistic about this particular cover post. It runs for only nine months, and the person in it will be rolling out our new food safety and manufacturing compliance training across three sites straight away, which means we really need someone who has already worked in a food or manufacturing environment and knows the regulatory side. That is the single reason we have not shortlisted you. It is not a reflection on your ability as a trainer.

We have a permanent L&D Assistant role likely to be advertised in the spring, and I would very much encourage you to apply for that when it opens.

With best wishes,
Karen Holt
L&D Manager, Aire Valley Foods`, 'L&D Coordinator (Maternity Cover)'),

  rej('application', ['skills_gap'], { ...fb },
    `A Claire, a chara,

Go raibh maith agat as d'iarratas. Thank you for applying for the post of Learning and Development Officer with Údarás na Scileanna Thiar (Western Skills Authority).

As set out in the candidate information booklet, a high standard of spoken and written Irish is essential for this post, as the successful candidate will design and deliver training through Irish for Gaeltacht-based staff. Your application does not indicate proficiency in Irish, and for this reason you have not been placed on the shortlist.

With every good wish for your career.

Is mise le meas,
Aonad Acmhainní Daonna / Human Resources Unit`, 'Learning and Development Officer - Application Outcome'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Claire

Learning Technologist (Grade 6), Ref UC-0418

Thank you for your application for the above post in the Teaching and Learning Enhancement Unit.

The panel considered your application carefully against the essential criteria. Unfortunately it did not provide evidence of experience administering a virtual learning environment (for example Moodle, Blackboard or Canvas) at course or institutional level, which is criterion E3 on the person specification. As a result you have not been shortlisted.

Please note that, owing to the number of applications, we are unable to provide further feedback.

Yours sincerely
HR Recruitment Team
University of Calder`, 'Learning Technologist - UC-0418'),

  rej('application', ['location'], { ...fb },
    `Hi Claire,

Thanks for your interest in the Senior Learning Designer role at Bluestem Learning and for taking the time to apply.

I wanted to flag something before you spend more time waiting on us. Although the posting says "Remote", we're only able to hire people who live in the US and are authorized to work here, because of how our payroll and benefits are set up. Since you're based in the UK, we won't be able to move your application forward. I'm sorry the posting wasn't clearer about that; we're fixing the wording.

Best of luck,
Marisa Lopez
Talent Acquisition, Bluestem Learning (Austin, TX)

Sent with Greenhouse`, 'Your application to Bluestem Learning'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Claire,

Thank you for applying for the Learning & Development Specialist role at Dunmore Airlines.

In your application you noted that you would be working from Leeds and could travel to Dublin once a month. This role is based at our Dublin Airport campus and the team works on site four days a week, including classroom delivery to cabin crew, so it is not one we can offer on a remote or mostly remote basis. On that basis we will not be proceeding with your application.

If your circumstances change, or if you see a role with us that is advertised as remote, we would be glad to hear from you again.

Kind regards,
Dunmore Airlines Talent Acquisition

Powered by Workday`, 'Your application to Dunmore Airlines'),

  rej('application', ['salary'], { ...fb },
    `Hi Claire,

Thanks for applying for the Curriculum Developer role at Reading Futures.

I'll be straight with you, as I'd want someone to be with me. On the form you put your salary expectation at £40,000, and this post is grant-funded at £29,800 with no flexibility, as the figure is fixed by our funder. We didn't think it was fair to take you through the process knowing we couldn't get close, so we won't be shortlisting you for this one.

Thanks for thinking of us.

Rob Adeyemi
Programmes Director, Reading Futures (Manchester)`, 'Curriculum Developer'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Claire

Thank you for your application for the post of Training Administrator in the Learning Hub.

Having read your application, the panel felt that your experience as a Head of English, leading a team of nine teachers and managing a departmental budget, is well above the level of this administrative role, which mainly involves booking venues, maintaining training records and issuing certificates. We felt the post would not make good use of your skills and have decided not to shortlist you.

We thank you for your interest in the Council.

North Dales County Council
Human Resources`, 'Training Administrator - Learning Hub'),

  rej('application', ['position_filled'], {},
    `Dear Claire,

Many thanks for applying for our Learning Designer (Fixed Term) role and for your interest in Kinetic Minds.

Just a short note to let you know that this position has now been filled, so we are closing all remaining applications.

Take care,
Kinetic Minds People Team

Lever · Manage your data`, 'Learning Designer (Fixed Term) - closed'),

  rej('application', ['position_filled'], { ...door },
    `Dear Claire,

Thank you for your application for the E-learning Developer post at Saltaire Skills Academy.

We had an exceptional response to this advert, and we are pleased to say that we have appointed to the position sooner than expected. We are therefore writing to let you know that your application will not progress further.

We would love to keep your application on file and get in touch with you when we next recruit for the digital team, which is likely to be in the new year.

Kind regards,
Recruitment Team
Saltaire Skills Academy

This email was sent by Eploy`, 'E-learning Developer - application update'),

  rej('application', ['role_closed'], {},
    `Dear Claire Ashworth

Job title: Training Officer (Adult Learning)
Reference: KMC-04508

We are writing to tell you that this vacancy has been withdrawn following a review of the Adult Learning Service as part of the Council's budget proposals. The post will not now be filled, and we are therefore unable to progress your application.

We are sorry for any disappointment this may cause and thank you for your interest in working for Kirkmoor.

Kirkmoor Council Recruitment Team
Jobtrain`, 'Vacancy withdrawn - Training Officer (Adult Learning)'),

  rej('application', ['role_closed'], { ...door },
    `Hi Claire,

I'm sorry to be the bearer of disappointing news. The Senior Instructional Designer opening you applied for was created to support a large client programme, and last week the client decided to take that programme in-house. We've had to cancel the vacancy as a result, so we won't be reviewing applications for it.

We were sorry to do this, because we had some lovely applications, including yours. We'll keep your details, and if you're happy for us to, we'll reach out when our next design role opens.

Best wishes,
Brightpath People Team

Sent with Teamtailor`, 'An update about the Senior Instructional Designer role'),

  rej('application', ['internal_candidate'], {},
    `Dear Claire

Thank you for applying for the role of Learning & Quality Manager with Northern Skills Partnership.

We wanted to let you know that this position has been offered to a member of our existing team following an internal expression of interest process that ran in parallel with the external advert. As a result we will not be taking external applications any further.

Thank you for the time you spent on your application.

Yours sincerely
HR, Northern Skills Partnership`, 'Learning & Quality Manager'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Claire,

Thank you for your application for the Compliance Learning Designer role with Shannon Financial Services.

We reviewed it against what the role requires. Two points meant we could not take it forward. First, the role involves designing regulatory training on anti-money laundering and the Central Bank's fitness and probity regime, and we need someone who has worked with financial services compliance content before. Second, the post is based in our Limerick office at least three days a week, and your application indicates that you are looking for a fully remote role from the UK.

We appreciate your interest and wish you the best.

Kind regards,
People Team
Shannon Financial Services Ltd`, 'Compliance Learning Designer'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Claire,

Thank you for applying to be a Junior Learning Content Assistant with Lumen Digital Learning.

We loved the sample worksheets you attached. The thing is, this is an entry-level role (we usually hire people straight from university), with a salary of £23,500. With twelve years of teaching and a head-of-department post behind you, we honestly think you'd outgrow it within weeks, and it would mean a big drop from what you told us you earn now. So we've decided not to go further with your application.

Thanks for thinking of Lumen, and good luck!

Lumen Digital Learning

Sent with Greenhouse`, 'Junior Learning Content Assistant'),

  // ── rejections after a first call
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Claire,

Thanks for making time for a call on Monday evening, especially after a full day in the classroom.

I've spoken to the hiring manager at the client, and I'm sorry to say they won't be putting you through to interview. They liked the sound of you, but the £42k you mentioned as your minimum is a good way above the £35k they have signed off for the role, and they don't think they could get approval for more.

I'll keep you on my list for anything at the higher end that comes in, and I'll be in touch.

Tom Ridley
Principal Consultant, Hoxton & Vale Recruitment`, 'Re: Learning Experience Designer - Manchester'),

  rej('screen', ['location'], { ...fb },
    `Dear Claire,

Thank you for speaking with me on Thursday about the Learning Designer role.

Having thought about our conversation, I'm afraid we won't be able to take your application further. As we discussed, the team works together in our Cork studio, and it was clear from our chat that relocating to Ireland isn't something you're able to do in the next year. We did consider a remote arrangement, but with the collaborative way our projects run we need everyone in the same room for now.

I'm sorry it's not better news, and thank you again for your time.

Kind regards,
Orla Keane
Studio Manager, Wildflower eLearning, Cork`, 'Learning Designer - following our call'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Claire,

Thanks again for the chat with Tom last week - he really enjoyed hearing about the reading intervention programme you designed.

We've talked it through, and we've decided not to move you on to the interview stage. The role is mostly hands-on development in Articulate Rise and Storyline, publishing SCORM packages to clients' learning management systems, and from your conversation with Tom it sounds like you'd need to learn most of that toolset on the job. With our current project load, we need someone who can build independently from day one.

Best of luck with your move into L&D - we think you'll get there.

Best regards,
Clearframe eLearning Ltd`, 'Clearframe eLearning Ltd - after your call'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Claire,

Thank you so much for chatting with me on Friday about the Learning Designer opening at Pathwise.

I've shared my notes with the team. After a lot of discussion, we've decided to move forward with other candidates whose experience lines up more closely with what we need for this particular role.

If it would be useful, I'm happy to jump on a quick call and share what the team was thinking. Just reply here and we'll find a time.

Wishing you the best,
Kelsey Morgan
Talent Partner, Pathwise Learning (Denver, CO)`, 'Following up from Pathwise'),

  rej('screen', ['generic'], {},
    `Dear Claire,

It was good to speak to you on Tuesday about the Digital Learning Designer position, and thank you for your interest in Fernhill Learning Studio.

Conor and I have now spoken to a number of people at this first stage, and I'm writing to let you know we won't be inviting you to the next round of the process.

Thanks again, and best of luck.

Ciara
Operations & People, Fernhill Learning Studio, Belfast`, 'Digital Learning Designer'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Claire,

Thanks for hopping on a call with me on Wednesday. I loved hearing how you run your department.

I've been thinking about it since. We're a fully remote, async-first team of twelve. There are no set hours, very few meetings and almost no process, and people mostly decide their own priorities. From how you described your work - the rhythm of the timetable, the structure, the team around you every day - I honestly don't think our way of working would suit you, and I'd rather be upfront about that now. So we won't be taking things further.

I hope you find a team where you can do your best work.

Sam
Founder, Coursecraft`, 'Thanks for the chat'),

  rej('screen', ['internal_candidate'], { ...door },
    `Dear Claire,

Thank you for taking my call last week about the L&D Advisor vacancy at Harrowfield Building Society.

I'm writing to let you know that, since we spoke, the hiring manager has decided to appoint a colleague who has been seconded into the learning team for the past six months and was encouraged to apply. We will therefore not be progressing any further external candidates for this role.

I was impressed by our conversation, and I'd like to keep in touch. We expect to recruit for two further L&D roles next year and I will contact you when they are approved.

Kind regards,
Hannah Clegg
Talent Acquisition Partner
Harrowfield Building Society`, 'L&D Advisor - update'),

  rej('screen', ['profile_mismatch', 'location'], {},
    `Hi Claire

Quick update on the Learning Consultant role we talked through on the phone last week. I've had the client's feedback today. They said they're going ahead with candidates who are nearer to their Bristol office and whose backgrounds are closer to what they had in mind, so they won't be taking you to interview.

Frustrating, I know. Onwards.

Ellie`, 'Learning Consultant - client decision'),

  // ── rejections after tasks, tests and presentations
  rej('assessment', ['assessment'], { ...fb },
    `Dear Claire,

Thank you for completing the teaching-sample task for the Learning Designer role. We can see how much thought went into it.

We've now reviewed all the submissions. Your storyboard was clearly written, and your script for the phone call was realistic. However, the piece was mostly built around explaining the complaints process to the learner, with a short quiz at the end. What we were hoping to see was the learner doing something: making a choice in the call, getting it wrong safely and seeing the consequence. Because interaction is at the heart of this role, we won't be taking your application forward to interview.

Thank you again for giving up your weekend for this.

Warm regards,
Aoife Brennan
Head of Learning Design, Tandem Learning`, 'Learning Designer - outcome of task'),

  rej('assessment', ['assessment'], {},
    `Dear Claire,

Thank you for completing the online situational judgement test for Knowledge & Learning Assistant.

We regret to inform you that you were not successful at this stage of the selection process, and your application will not proceed further.

Due to the large number of candidates, we are unable to provide individual feedback on test results.

Business Services Recruitment
Aldgate & Reeve LLP

Oleeo | Do not reply`, 'Knowledge & Learning Assistant - your application'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Claire,

Written exercise: Learning & Development Advisor

Thank you for submitting your written exercise, in which you were asked to outline a learning intervention for new claims handlers.

The panel scored all exercises against the same criteria. Your outline scored well on structure and on the creativity of the activities. However, it moved directly to designing content without first setting out how you would identify the handlers' actual learning needs or how you would measure whether the training had worked, and those two elements carried the most marks. Your overall score was below the threshold to progress to interview.

If you would like to talk the marking through, please let me know and I will arrange a 15-minute call with one of the assessors.

Kind regards,
Castlegate Insurance Resourcing`, 'Outcome of written exercise'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Hi Claire,

Thanks for the Storyline build you sent over for the Learning Designer role. It's not an easy task to do in a week alongside a full-time job.

The team went through it together. The visual design was clean and accessible, which was great to see. The scenario branching didn't work the way the brief asked, though: each choice led to the same next slide, and the knowledge check wasn't tracking a score. Both of those rely on variables and triggers, which are at the core of most of our client work. We think you'd need a good amount of experience with Storyline's logic before you could work independently here, so we've decided not to invite you to interview.

Cheers,
Copperleaf Learning Talent Team`, 'Your build task'),

  rej('assessment', ['position_filled'], {},
    `Dear Claire,

Thank you for sending us your sample module for the Instructional Designer (12-month FTC) role.

Unfortunately, while we were reviewing the sample tasks, the hiring manager filled the role with a contractor she had worked with before, who has now started. The vacancy is therefore closed, and we won't be progressing any of the remaining applications.

Apologies that you spent time on the task for a role that closed before we could review it properly.

Niamh
Talent Team, Corrib Software`, 'Instructional Designer - position now filled'),

  rej('assessment', ['generic'], { ...door },
    `Dear Claire

Thank you for submitting your design portfolio review and timed task for the Learning Experience Designer role.

We have now considered all candidates at this stage, and I am sorry to tell you that we won't be taking your application forward to interview on this occasion.

We'd like to stay in touch, and we'll store your details in our talent community so that we can let you know about future opportunities in Learning Design.

With best wishes,
Ravensworth Insurance | Talent Acquisition
Powered by Workday`, 'Learning Experience Designer - next steps'),

  rej('assessment', ['role_closed'], {},
    `Dear Claire,

Many thanks for completing the e-tray exercise for the Organisational Development Practitioner post.

We have been informed this week that, following the outcome of the Trust's financial recovery review, the post has been withdrawn from recruitment and will not be filled. We are very sorry, as we know you have already given your time to the exercise. Your application will now be closed.

Yours sincerely
Recruitment Team
West Pennine Teaching Hospitals NHS Trust`, 'OD Practitioner - vacancy withdrawn'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Claire,

Thanks for recording and sending over your five-minute explainer video for the Learning Content Producer role.

We've watched every submission, and I'm sorry to say yours didn't reach the score needed to move forward to the interview stage this time.

Please do keep an eye on our careers page. We hire content producers a few times a year and we'd be happy to see your name again.

All the best,
Lumen Digital Learning`, 'Learning Content Producer - video task result'),

  // ── rejections after interviews
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Claire,

Thank you for coming to meet Jess and Marcus last Thursday, and for talking us through your portfolio. We know it isn't easy to present classroom work to a room of learning designers, and you did it with real confidence.

We've now met everyone on the shortlist, and after a lot of discussion we've offered the role to someone whose experience is closer to the work this team does every day. So, sadly, it's not a yes this time.

We'd genuinely like to hear from you again. When you've had a year or so in L&D, please come back to us; we think you'll be a strong candidate.

Warmly,
Jess
Head of Learning, Kinetic Minds`, 'Kinetic Minds - your interview'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Claire

Digital Education Developer, Centre for Academic Practice

Thank you for attending interview on Monday 4 November and for your presentation on supporting reluctant staff, which the panel found thoughtful.

I am writing to let you know that the panel has decided not to offer you the post. In discussion afterwards, the panel felt that you would need more experience of working with academic staff in higher education, in particular of the quality assurance and validation processes that govern changes to university modules, which form a significant part of this role. Other candidates were able to show this.

We wish you every success in the future.

Yours sincerely
Dr Fiona Hale
Head of Digital Education, University of West Riding`, 'Digital Education Developer - outcome of interview'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Claire,

Thanks for spending the afternoon with us on Tuesday and for being so open with the team.

I've thought carefully about how to put this. Everyone liked you, and your session design was strong. But the thing that came up repeatedly when we talked afterwards was how you'd find the pace here. We're a small agency, priorities change daily, and people often switch projects mid-week with very little warning. When we described that, you said quite clearly that you like to plan a term ahead and see things through, which is completely reasonable, but we think the way this team works would frustrate you. So we've decided not to offer you the role.

All the best,
Phil Hargreaves
Director, Loom Learning Agency`, 'Loom Learning - after Tuesday'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Claire

Thank you for attending interview for the Learning & Development Adviser (Children's Services) post on 14 October. Following the interviews held that week, the post has been offered to an existing member of Council staff.

Should you wish to apply for future vacancies with Kirkmoor Council, we would be pleased to receive your application. You can sign up for vacancy notifications on our website.

Kirkmoor Council Recruitment Team
Jobtrain`, 'L&D Adviser (Children\'s Services)'),

  rej('interview', ['position_filled'], {},
    `Dear Claire,

Re: Learning and Development Partner - Calverley Building Products

Thank you for meeting Simon Reid and me on 19 November to discuss the above role.

I am writing to let you know that we have now made an offer to another candidate, which has been accepted.

Thank you for your interest in Calverley.

Yours sincerely,
Joanne Pike
Head of People, Calverley Building Products`, 'Learning and Development Partner'),

  rej('interview', ['generic'], { ...offered },
    `Dear Claire,

Thank you for coming in to see Sarah and Tom on Wednesday and for your presentation on welcoming new starters to a distribution centre. They both enjoyed meeting you.

We've now seen all six candidates, and I'm sorry to tell you that we've decided not to offer you the Learning & Development Coordinator role.

I know you'll want to know why. If you'd like to arrange a short call to go over the panel's thoughts, drop me a line and I'll set it up.

Kind regards,
Leanne Moss
Recruitment Advisor, Brannock Home Retail`, 'Learning & Development Coordinator - outcome'),

  rej('interview', ['salary', 'location'], { ...fb },
    `Hi Claire,

Thanks for meeting us on Teams yesterday for the L&D Lead role. It was a lovely conversation.

Some honest feedback after the team discussion. Everyone enjoyed your ideas, but we kept coming back to the practical side. This role needs someone in our Dublin office three days a week, and you told us you'd be commuting from Leeds rather than moving, which we don't think would work long term. And the figure you'd need to make that worthwhile, €65,000 plus travel, is above the top of our range of €55,000. Taken together we don't think it's workable, so we won't be offering you the role.

I hope you find the right next step soon, and thanks again.

Rory
Head of People, Tandem Learning, Dublin`, 'L&D Lead - after yesterday'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Claire,

Thank you for attending interview last week for the Trainer / Assessor (Education & Training) post with Forge Training Group.

The panel enjoyed meeting you and were impressed with your knowledge. However, as discussed in the interview, the role is a frontline delivery post with a caseload of apprentices and no leadership responsibility. Given your experience leading a department, we are concerned that you would find it too narrow and would soon be looking to move on. For that reason we have decided not to appoint you to this post.

Yours sincerely,
Forge Training Group Recruitment

This email was sent by Eploy on behalf of Forge Training Group`, 'Trainer / Assessor - interview outcome'),

  rej('interview', ['assessment'], { ...fb, ...offered },
    `Dear Claire,

Thank you for attending the interview for the Clinical Education Facilitator (Digital Learning) post and for delivering your 10-minute micro-teach on hand hygiene.

The panel scored all candidates against the same criteria. Your interview answers scored well, particularly the question on supporting staff with low digital confidence. However, your micro-teach went over time and relied mainly on slides with a lot of text, with little chance for the audience to take part, and it was scored lower than the other candidates' sessions. Overall you were not the highest-scoring candidate and I am sorry to tell you that we will not be offering you the post.

If you would like a debrief with a member of the panel, please contact me and I will arrange this.

Kind regards
Practice Education Team
West Pennine Teaching Hospitals NHS Trust`, 'Clinical Education Facilitator - interview outcome'),

  rej('interview', ['role_closed'], {},
    `Dear Claire,

Thank you for taking part in the interview for Training & Development Specialist with our Manufacturing Excellence team last month, and for your patience since.

I am sorry to tell you that, following the announcement that the Macclesfield site will close its packaging operation next year, the business has decided not to proceed with this role. The recruitment process has been cancelled and we will not be making an appointment.

We regret any disappointment caused.

Kind regards,
Talent Acquisition
Halden Pharmaceuticals`, 'Training & Development Specialist - recruitment cancelled'),

  // ── rejections after final rounds
  rej('final', ['position_filled'], {},
    `Dear Claire,

Thank you for attending the second and final interview with Siobhán Walsh, and for your 12-month learning plan for the claims team.

The decision was a very close one. We have now offered the L&D Business Partner role to another candidate, and she has accepted.

We thank you for your time and commitment throughout the process.

Kind regards,
Talent Acquisition
Liffey Mutual Insurance DAC`, 'L&D Business Partner - final outcome'),

  rej('final', ['profile_mismatch'], { ...offered, ...door },
    `Hi Claire,

I wanted to call you, but I know you're teaching all day, so an email will have to do.

You were one of our last two candidates for the Instructional Designer role, and the team went back and forth for a long time. In the end we went with the other person, whose background was slightly closer to the kind of projects we run. It really was that close.

I'd be very happy to talk through the decision if that would help. And please don't be a stranger: I'd love to keep you in mind for the next role we open, which should be in Q2.

Dana
Senior Recruiter, Sprocket Learning`, 'Sprocket Learning - final round'),

  rej('final', ['skills_gap', 'culture_fit'], { ...fb },
    `Dear Claire,

Learning Technologist - virtual assessment centre

Thank you for taking part in our virtual assessment centre, which was the final stage of selection for this role.

The assessors were impressed by your e-learning critique, which was the strongest of the day. However, the role requires regular data reporting on learning completion for the firm's regulators, and in the interview you told us you had not worked with Power BI or similar reporting tools. In the role play, assessors also felt that your approach was more directive than the consultative style our partners expect from the Learning team.

We are therefore unable to offer you the position.

Graduate and Business Services Recruitment
Moorgate Lane Partners LLP`, 'Learning Technologist - assessment centre outcome'),

  rej('final', ['internal_candidate'], {},
    `Dear Claire,

Many thanks for your time at our final panel for the Learning Manager role, and for meeting our CEO.

After much deliberation, we have appointed Emma Dawson, who has been acting Learning Manager since the summer and knows our services well. We felt that continuity for the team was important at this stage.

I'm sorry it isn't better news.

Best wishes,
Gemma Fairclough
People & Culture Lead, Youthbridge`, 'Learning Manager'),

  rej('final', ['salary'], { ...fb },
    `Dear Claire,

Thank you for your time over the last few weeks, including the final interview with our Managing Director.

We were keen to make you an offer for the Training Manager role. Unfortunately, when we spoke about figures, your minimum of £44,000 (reflecting the salary and the teachers' pension you'd be giving up) was more than the business is able to approve for this post, which is capped at £39,500. We tried to find a way to bridge the gap but have not been able to, so we will not be proceeding with an offer.

We are genuinely sorry about this.

Kind regards,
Fiona Lister
HR Manager, Saltaire Skills Academy`, 'Training Manager - offer'),

  rej('final', ['position_filled'], {},
    `Dear Claire,

Thank you for your email - I'm sorry you had to chase.

The panel met after the final interviews on Friday. After a lot of discussion, they decided to offer the post to another candidate, so I'm afraid we won't be taking your application further.

Thank you for your time and interest.

Regards,
Paul
Recruitment, Northern Skills Partnership

-----Original Message-----
From: Claire Ashworth
Sent: Tuesday
To: Recruitment
Subject: Curriculum & Learning Lead - final interview

Dear Paul,

I hope you're well. I just wanted to check whether there was any news following the final interviews last Friday? Many thanks for organising everything.

Best wishes,
Claire

-----Original Message-----
From: Recruitment
Sent: 2 December
Subject: Curriculum & Learning Lead - final interview

Dear Claire, we are pleased to invite you to the final stage of interviews on Friday 13 December at 10am...`, 'RE: Curriculum & Learning Lead - final interview'),

  // ── paused processes
  hold('application', ['role_closed'], {},
    `Hi Claire,

Thanks for applying for the Learning Designer role at Sable Telecom.

We want to be transparent with you: as of this week, Sable has put a temporary freeze on all external hiring while we complete our half-year planning. This role is paused, not cancelled, and your application is safely with us and has not been rejected.

We expect to know more in about six weeks and will be back in touch then either way.

Thanks for your patience,
Sable Telecom Talent Team

Lever · Manage your data`, 'An update on your Sable application'),

  hold('interview', ['role_closed'], {},
    `Dear Claire,

Thank you again for coming to interview for the Staff Development Coordinator post at Kirkstall College.

I'm afraid I have to tell you that we won't be going ahead with the hire until the new budget for the next financial year is agreed by the Corporation in March. The panel has not made a decision, and you have not been ruled out. Once the budget is signed off we hope to pick up where we left off with the candidates we interviewed, rather than start again.

I'm sorry this leaves you waiting.

Kind regards,
Debbie Lockwood
HR Business Partner, Kirkstall College`, 'Staff Development Coordinator - update'),

  hold('screen', ['role_closed'], {},
    `Dear Claire,

Thank you for your time on the phone last week about the Learning & Development Advisor role with Meridale Housing.

Since we spoke, our Executive Team has announced a restructure of the People directorate. Until the new structure is confirmed, which we expect by the end of January, we have paused recruitment to all roles in the directorate, including this one.

Your application remains open and we will contact you as soon as we can say whether and how the role will go ahead.

With apologies for the delay,
Resourcing Team
Meridale Housing Group`, 'L&D Advisor - recruitment paused'),

  hold('assessment', ['role_closed'], {},
    `Dear Claire,

Thank you for the lovely session plan you prepared for our written task for the Volunteer Training Coordinator post.

I wanted to let you know where we are. This post depends on a three-year grant we have bid for from a national funder, and the funder has just told us its decision will not be made until the middle of February. We can't appoint until we know the money is there, so we've paused the process.

Nothing has been decided about you, and we'd very much like to keep your application in play. If the bid succeeds, we'll move straight to interviews.

Fingers crossed for both of us!

Lucy Barker
Chief Executive, The Bookbridge Foundation`, 'Volunteer Training Coordinator - where we are'),

  hold('final', ['generic'], {},
    `Dear Claire,

Thank you for attending the final interview for the role of Educational Developer (Digital Learning) at Ardmore University.

I'm writing to let you know that the decision on this appointment will be delayed. Our new Director of Teaching and Learning, Professor Helen Brady, takes up her post on 1 February and has asked to meet the final candidates herself before an appointment is made. We hope to arrange this in the first two weeks of February.

Please be assured that no decision has been made and your candidacy remains under active consideration. Apologies for the extra wait.

Le gach dea-ghuí,
Human Resources
Ardmore University`, 'Educational Developer (Digital Learning)'),

  hold('interview', ['role_closed'], {},
    `Dear Claire

Post: Learning Design Officer, Ref NMU-24-3381

Thank you for attending interview for the above post.

Due to new financial controls introduced by the University this month, all appointments that have not yet been offered must be re-approved by the Vacancy Management Panel. The Learning Design Officer post has been referred to the panel's next meeting in three weeks, and until then we are unable to make an offer to any candidate.

Your application has not been unsuccessful and remains under consideration. We will write to you again after the panel has met.

Yours sincerely
People Services
Northern Metropolitan University`, 'Learning Design Officer - update'),

  hold('application', ['role_closed'], {},
    `Dear Claire

Job reference: 344-LD-8810, Learning & Development Practitioner

Thank you for your application for the above post.

Please be advised that this vacancy has been placed on hold pending a review of non-clinical posts by the Trust's Vacancy Control Panel. Shortlisting will not take place until the review is complete. Your application will remain on file and you do not need to reapply.

We apologise for any inconvenience and will update you as soon as possible.

Holme Valley Partnership NHS Foundation Trust
NHS Jobs`, 'Vacancy on hold - Learning & Development Practitioner'),

  hold('screen', ['generic'], {},
    `Hi Claire,

Thanks again for the chat on Monday, it was great to hear your story.

Just to keep you in the loop: the Head of L&D at my client in Sandyford, who was going to make the decision on the Learning Designer role, has handed in her notice, and they've pressed pause on the hire until her replacement is in place. It's not a no at all, they still have your CV and were keen on it, but it probably means nothing will move for a month or so.

I'll ring you as soon as I hear anything.

Talk soon,
Fionnuala
Sheridan Recruitment, Dublin`, 'Learning Designer - Sandyford'),
];
