/**
 * Development messages of the thirty-seventh round, never sealed: one job seeker's inbox over a season, in date order
 * from July to December. A hospitality and events coordinator in Melbourne (eight years in hotels, conferences and
 * functions; a New Zealand citizen on a Special Category visa) moves towards corporate event management and
 * customer-experience roles, applying to about fifty-five employers in Australia and New Zealand: hotel groups, airlines,
 * universities, councils, stadiums and venues, event agencies, banks' and insurers' CX teams, start-ups, recruitment
 * agencies and government job boards. Most of the batch are look-alikes that use the polite words of a rejection but
 * decline nothing: receipts from PageUp, Workday, SuccessFactors, Taleo, JobAdder, Scout Talent, LiveHire, Greenhouse
 * and Lever with their footers, job-board "your application was viewed" notices, "only shortlisted applicants will be
 * contacted" notes, a careers site that lost attachments, interview, video-interview and role-play invitations, a panel
 * chair who is unwell and a new time, police-check, right-to-work and referee requests, an offer with its contract and a
 * counter-offer that cannot move the base salary, agency approaches for other roles, a talent-community newsletter whose
 * featured role is filled, empty job alerts, a survey, a fully booked careers evening, confirmed withdrawals and the
 * candidate's own thank-you note. Six processes are paused (a restructure, funding, a freeze, a new general manager,
 * the Christmas shutdown, a decision that is taking longer). The rest are rejections at every stage, many told
 * indirectly, with reasons said in passing (Australian citizenship for the public service, Medicines Australia code
 * experience, salary bands, a role-play and a budget task, internal appointments, relocation to Auckland), a few with
 * two reasons, feedback buried mid-letter, offered or refused, doors open or shut, and one decline the candidate forwards
 * to a friend for advice. Australian and New Zealand English; ATS templates, raw HTML bodies, long letters, one-liners
 * and replies above quoted mail. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d37-');

export const HANDWRITTEN_DEV_37: readonly CorpusLine[] = [
  // ── July: the first applications go out
  other(`Dear Hana,

Thank you for your application for the position of Events Officer, Advancement (Ref 0734-26) at Eastbrook University.

This email confirms that your application has been lodged successfully. The selection panel will assess all applications against the key selection criteria once the advertisement closes on Sunday 19 July 2026.

Please note that, owing to the number of applications we receive, we are unable to respond to individual enquiries about the progress of an application while shortlisting is under way. You can check its status at any time by logging in to your candidate profile.

Kind regards,
Talent Acquisition | People & Culture
Eastbrook University

Eastbrook University acknowledges the Wurundjeri Woi-wurrung people of the Kulin Nation as the Traditional Owners of the land on which we work and study.
CRICOS Provider No. 00991X
This email was sent via PageUp. Please do not reply to this address.`, 'Application received: Events Officer, Advancement (0734-26)'),

  other(`Hi Hana,

Brightwork Experiential has viewed your application for Corporate Event Producer.

What does this mean?
The employer has opened your application. It doesn't tell us whether they'll take it further – each employer makes its own decisions, and not every employer updates the status of applications on JobHunt.

Applied 8 Jul 2026 · Corporate Event Producer · Brightwork Experiential · Richmond VIC

While you wait
• Keep your profile up to date so employers see your latest experience
• Turn on recommendations to see similar roles

JobHunt Australia Pty Ltd · Level 5, 120 Collins Street, Melbourne VIC 3000
You're receiving this email because you applied for a job on JobHunt. Manage your notifications.`, 'Your application was viewed by Brightwork Experiential'),

  rej('application', ['location'], { ...fb },
    `Dear Ms Whitmore,

APS 4 Events and Engagement Officer – Canberra or Melbourne (Vacancy N-2026-1182)

Thank you for your interest in working with the National Tourism and Events Office.

Before applications are assessed against the selection criteria, each applicant is checked against the eligibility requirements listed in the job advertisement. Australian citizenship is a condition of engagement for this vacancy under the Public Service Act 1999, and the Agency Head has not waived that condition. In your application form you indicated that you are a New Zealand citizen living in Australia on a Special Category visa.

Because you do not meet this condition of engagement, your application has not been assessed further in this process.

Thank you for the time you put into your application.

Yours sincerely,

Recruitment Team
National Tourism and Events Office
GPO Box 2210, Canberra ACT 2601`, 'Outcome of your application – Vacancy N-2026-1182'),

  other(`Hi Hana,

Thanks for applying for Customer Experience Specialist – Premium Lounges (R-44871) at Aurora Pacific Airlines.

We've received your application and our Talent Acquisition team will review it against the requirements of the role. If your experience is a match, a member of the team will contact you about next steps. Recruitment for lounge roles usually takes four to six weeks from the closing date.

You can see where your application is up to in Candidate Home at any time.

Thanks for thinking of us,
Aurora Pacific Talent Acquisition

Please don't reply to this email – this mailbox isn't monitored.
Powered by Workday`, 'We have your application – Customer Experience Specialist (R-44871)'),

  other(`Hi Hana,

Thank you for your application for the Event Manager – Professional Services role (ref HW-55120) advertised by Hartwell Recruitment.

One of our consultants will review your details shortly. Due to the high number of responses we receive to our advertisements, we are only able to contact applicants whose skills and experience closely match the requirements of this particular role. If you have not heard from us within 10 working days, please keep an eye on our website for other opportunities.

Kind regards,

The Hartwell Recruitment Team
Melbourne | Sydney | Brisbane | Auckland

Hartwell Recruitment Pty Ltd ABN 47 118 903 226. We respect your privacy – read our Privacy Statement.
Powered by JobAdder`, 'Thank you for applying – Event Manager – Professional Services'),

  rej('application', ['generic'], {},
    `Dear Hana,

Position: Community Events Coordinator (Temporary Full Time) – Ref KSC-0621

Thank you for taking the time to apply for the above position with Kingsbury Shire Council.

The selection panel has now completed the shortlisting process. I regret to advise that your application has not been progressed to the interview stage on this occasion.

We appreciate your interest in working with Council and wish you every success in your job search.

Yours sincerely,

People and Culture
Kingsbury Shire Council
PO Box 58, Kingsbury VIC 3439 | (03) 5420 1100

Kingsbury Shire Council is a Child Safe organisation and is committed to the safety and wellbeing of all children and young people.
This email was sent using Scout Talent.`, 'Community Events Coordinator – Ref KSC-0621'),

  other(`Hi Hana,

Sorry – there are no new jobs matching your saved search "events manager" in Melbourne VIC (+25 km) this week.

Ideas to get more results:
• Try related titles such as "event producer", "conference manager" or "client experience"
• Increase your search distance
• Remove the salary filter

Edit this alert · Unsubscribe

JobHunt Australia Pty Ltd · Level 5, 120 Collins Street, Melbourne VIC 3000`, 'No new jobs for "events manager" this week'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Hana,

Thanks so much for getting in touch about the Senior Conference Producer role, and for the thoughtful cover letter – I enjoyed reading about the wine-region famil you put together for the hotel's corporate clients.

A bit of context on where we've landed. Almost all of our work this financial year is for pharmaceutical and medical-device companies, and every one of those events has to comply with the Medicines Australia Code of Conduct: sponsorship rules, caps on hospitality, transfer-of-value reporting for healthcare professionals, the lot. For this hire we really need someone who has already delivered conferences under that code, and that isn't in your background, so we won't be taking your application further.

It's a very niche requirement and not a comment on your events experience more broadly.

All the best with the search,

Priya Raman
Director, Gather Lane Events
Collingwood VIC`, 'Re: Senior Conference Producer'),

  other(`Dear Applicant,

We are writing to let you know that between 2:00 pm on Friday 17 July and 9:30 am on Monday 20 July (AEST) a technical fault on our careers site meant that some documents uploaded with applications were not saved.

Our records show that you applied for Guest Experience Team Leader – Melbourne Airport Lounge during this period. Unfortunately we cannot see a resume attached to your application. So that you can be considered, please log in and upload your resume again before the advertisement closes at 11:59 pm on 31 July 2026. You will not need to answer the application questions a second time.

We apologise for the inconvenience and thank you for your patience.

Tasman Skyways Careers

This is an automated message. Please do not reply.
Powered by Oracle Taleo`, 'Action required: please re-upload your resume'),

  other(`Hi Hana,

Thanks for applying for the Customer Experience Lead role at Tablewise! We've got your application and it's now with our People team.

Here's how our process works:
1. A 20-minute intro call with someone from the People team
2. A conversation with Jess, our Head of Customer
3. A short practical task based on a real restaurant support ticket
4. A final chat with our co-founders

We aim to get back to everyone within two weeks. We're a small team, so thanks in advance for your patience.

Cheers,
The Tablewise People Team
Cremorne, Melbourne

Sent via Greenhouse · Candidate privacy notice`, 'Thanks for applying to Tablewise'),

  rej('application', ['profile_mismatch'], {},
    `Dear Hana,

Requisition 3118420 – Customer Experience Manager, Business Banking

Thank you for your application and for your interest in a career with Harbourline Bank.

We have now reviewed all applications for this role. On this occasion we have shortlisted applicants whose experience more closely aligns with the requirements of the position, and your application will not be progressing further.

We appreciate the time and effort you put into your application and wish you all the best.

Kind regards,

Harbourline Talent Acquisition

---
Harbourline Bank Limited ABN 33 004 117 582 AFSL and Australian credit licence 236910
Want to hear about new roles at Harbourline? Create a job alert on our careers site and we'll email you when roles matching your interests are posted.
Powered by SAP SuccessFactors`, 'Your application with Harbourline – 3118420'),

  other(`Dear Hana,

Thank you for applying for the role of Major Events Officer with the City of Wattle Park.

Your application has been received and will be considered once the advertisement closes on Monday 27 July 2026.

Please be aware that only shortlisted applicants will be contacted for interview. We expect interviews to take place in the week beginning 10 August. All applicants will be advised of the outcome once the recruitment process is complete.

If you need any adjustments to participate in the recruitment process, please let us know.

Regards,

Recruitment Team
City of Wattle Park
Civic Centre, 1 Council Way, Wattle Park VIC 3128

This email was sent using Scout Talent.`, 'Application received – Major Events Officer'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Hana,

Thanks for applying for the part-time Guest Services Agent role at Bellhaven Mornington.

I'll be upfront with you. Your CV is a good deal more senior than this job: you've been coordinating conferences of up to 600 delegates and rostering a team of casual event staff, whereas this position is a front-desk role on level 2 of the Hospitality Award with no team responsibilities at all. We think you'd find it unsatisfying very quickly, so we've decided not to take your application further for this one.

If an Events Manager or Front Office Manager position opens at any of our properties, we'd genuinely love to see your name come through – those roles are always posted on our careers page first.

Warm regards,

Leah Fountain
People Lead, Bellhaven Mornington`, 'Guest Services Agent – Bellhaven Mornington'),

  other(`Hi Hana,

Welcome to the Museum of Applied Design Talent Community!

You're now connected with us on LiveHire. That means you'll be among the first to hear when roles in visitor experience, events and public programs open at the Museum, and our team can see your profile when we're looking for people.

A few things you can do now:
• Complete your profile (yours is 70% complete)
• Tell us which areas you're interested in
• Set your availability so we know when you could start

Thanks for your interest in the Museum.

Museum of Applied Design – People & Culture

Powered by LiveHire · You can leave this Talent Community at any time from your profile settings.`, 'Welcome to the Museum of Applied Design Talent Community'),

  rej('application', ['salary'], { ...fb },
    `Hi Hana,

Thanks for applying for the Customer Experience Lead role at Hostly.

Quick and transparent note: the salary range you put in your application ($95k–$100k plus super) is well above what we've budgeted for this role, which tops out at $78k plus super and a small equity grant. The gap is too wide for us to bridge at our stage, so rather than take up your time with interviews we're going to close out your application.

Thanks again, and good luck out there!

Sam Okafor
Co-founder, Hostly

Sent with Lever`, 'Your application to Hostly'),

  other(`Hi Hana,

Thanks for applying for the Event Manager – Professional Services role. I'm the consultant looking after it for our client, a mid-tier accounting firm in the CBD.

I'd like to have a quick chat with you to learn a bit more about your background and what you're looking for. Would you be free for a 15–20 minute phone call on Tuesday 4 August, any time between 10 am and 1 pm? If that doesn't suit, let me know a couple of times that do.

Talk soon,

Ollie Brandt
Senior Consultant – Marketing & Events
Hartwell Recruitment | Level 14, 500 Bourke Street, Melbourne VIC 3000
M 0412 555 019`, 'Event Manager – Professional Services – quick chat?'),

  other(`Hi Hana,

Thank you for your interest in the Customer Experience Specialist role with Kestrel Outdoor.

We'd like to invite you to complete a short one-way video interview. You'll be asked four questions and will have up to two minutes to answer each one, with 30 seconds to think before recording starts. You can do a practice question as many times as you like before you begin.

Please complete your video interview by 11:59 pm on Sunday 9 August 2026. Unfortunately we can't extend this deadline, as the hiring team will start reviewing responses on the Monday.

Start my video interview

Good luck!
Kestrel Outdoor Talent Team`, 'Kestrel Outdoor – video interview invitation'),

  // ── August: phone screens, the first interviews
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Hana,

Thanks again for your time on the phone on Tuesday – it was really useful to understand what you're after and why you want to move client-side.

I've since spoken with the client about the Event Manager role. They liked the sound of your hotel background, but the figure we discussed ($105k base) sits a fair way above where they can go: the role is capped at $90k including super and there's no flexibility in this year's budget. With that in mind I won't be putting your profile forward for this one, because I don't want to set either of you up for a difficult conversation at offer stage.

I'll keep an eye out for briefs that are closer to your range and come back to you when something suitable lands.

Cheers,

Ollie Brandt
Senior Consultant – Marketing & Events
Hartwell Recruitment`, 'Event Manager – Professional Services – update'),

  other(`Dear Hana,

Major Events Officer – Interview Invitation

Thank you for your application for the above position. I am pleased to advise that you have been shortlisted for interview.

Your interview is scheduled as follows:

Date: Wednesday 12 August 2026
Time: 10:00 am (please arrive 10 minutes early)
Location: Meeting Room 3, Wattle Park Civic Centre, 1 Council Way, Wattle Park
Panel: Renee Kostas (Coordinator Arts & Events, panel chair), Marcus Webb (Team Leader Civic Events) and Joanne Liu (People and Culture)

The interview will take approximately 45 minutes and will be based on the key selection criteria in the position description. You will be given the questions 15 minutes before the interview starts.

Please bring two forms of identification and confirm your attendance by reply email.

Kind regards,

Tamsin Hewitt
Recruitment Officer, City of Wattle Park`, 'Major Events Officer – Interview Invitation'),

  rej('application', ['position_filled'], {},
    `Hi Hana,

Apologies – I should have let you know sooner. The Functions Coordinator position was filled a couple of weeks ago, so your application won't be going any further.

Thanks for your patience and for thinking of us.

Kind regards,

Damien Clarke
Venue Operations Manager
Riverside Oval Trust

On Mon, 3 Aug 2026 at 9:14 am, Hana Whitmore <hana.whitmore@mail.example> wrote:
> Hi Damien,
>
> I applied for the Functions Coordinator role on 6 July and wanted to check whether shortlisting has started. I'm still very keen and happy to send anything else you need.
>
> Thanks,
> Hana`, 'Re: Functions Coordinator application'),

  other(`Dear Hana,

Unfortunately our panel chair, Renee Kostas, is unwell this week and will not be able to sit on tomorrow's interviews.

So that the same panel can meet every candidate, we would like to move your interview for the Major Events Officer position from Wednesday 12 August at 10:00 am to Friday 14 August at 2:30 pm, at the same location. Everything else about the interview stays the same.

Could you please reply to confirm whether the new time suits? If it doesn't, let me know and I will find another slot on Friday or Monday.

Sorry for the short notice, and thank you for your flexibility.

Kind regards,

Tamsin Hewitt
Recruitment Officer, City of Wattle Park`, 'Change of interview time – Major Events Officer'),

  rej('screen', ['profile_mismatch'], {},
    `Dear Hana,

Thank you for making the time to speak with me last Thursday about the Cluster Events Sales Manager position across our two CBD hotels.

Following our conversation I have reviewed the shortlist with our Director of Sales. While we enjoyed hearing about your operational experience, we have decided to progress with candidates whose profiles are a closer fit for this particular role.

Thank you again for your interest in Ardent Hotel Group, and we wish you well in your search.

Kind regards,

Nadia Petrovic
Talent Acquisition Partner
Ardent Hotel Group

Ardent Hotel Group Pty Ltd | 88 Flinders Lane, Melbourne VIC 3000
This message is confidential and may be privileged. If you received it in error, please delete it and notify the sender.`, 'Cluster Events Sales Manager'),

  other(`Hi Hana,

I hope you're well. I came across your profile on our database – you registered with us a couple of years ago when you were looking at hotel roles.

I know your focus has been on permanent event management roles, so apologies if this isn't quite right, but I have a 12-week temporary assignment that I think you'd be great for: Event Coordinator (maternity cover) at a top-tier law firm on Collins Street, starting 24 August. It's mostly client seminars, partner dinners and the end-of-year function, at $48–52 per hour plus super.

Would you be open to hearing more? Happy to chat by phone whenever suits.

Kind regards,

Maya Fitzgerald
Consultant – Office Support & Events
Randell Talent | 1 Southbank Boulevard, Southbank VIC 3006`, 'Temporary Event Coordinator role – Collins Street law firm'),

  other(`Hi Hana,

Thank you for your application for Customer Experience Specialist – Premium Lounges.

As the next step in our process, we'd like you to complete our online Customer Service Situational Judgement Assessment. It takes about 30 minutes and asks you how you'd handle a range of everyday situations in the lounge – there are no trick questions and no preparation is needed.

Please complete the assessment by 11:59 pm AEST on Friday 14 August. Unfortunately, links that expire can't be reissued, so we recommend setting aside time early.

Start assessment

If you need an adjustment to complete the assessment, please reply to this email before you begin.

Kind regards,
Aurora Pacific Talent Acquisition`, 'Next step: online assessment – Customer Experience Specialist'),

  hold('application', ['role_closed'], {},
    `Dear Hana,

Events Officer, Advancement (Ref 0734-26)

I am writing to update you on the recruitment for the above position, for which applications closed on 19 July.

The Division of Advancement has recently released a change proposal that affects the structure of the Events team, and the University has decided to pause recruitment to the Events Officer position until consultation with staff concludes. We expect that to be at the end of September.

No decisions have been made about the applications received, and yours remains active. We will contact you once we know whether and when the recruitment will resume.

We apologise for the delay and thank you for your patience.

Kind regards,

Talent Acquisition | People & Culture
Eastbrook University`, 'Update on recruitment: Events Officer, Advancement'),

  rej('assessment', ['assessment'], {},
    `Dear Hana,

Thank you for completing the Customer Service Situational Judgement Assessment for the Customer Experience Specialist – Premium Lounges role.

All candidates at this stage are measured against the same benchmark, which has been set based on the behaviours that our most successful lounge team members show. Your results did not reach the benchmark required to progress to interview, so we won't be moving forward with your application for this role.

We know this isn't the outcome you were hoping for, and we thank you for your interest in joining Aurora Pacific.

Kind regards,
Aurora Pacific Talent Acquisition

Please don't reply to this email – this mailbox isn't monitored.
Powered by Workday`, 'Your application for Customer Experience Specialist (R-44871)'),

  other(`Dear Hana,

Thank you for your application for the position of Client Event Manager at the Bayside Convention and Exhibition Centre.

We would like to invite you to an interview with Georgia Marsh (Director of Event Services) and Tom Allard (Senior Client Event Manager) on Thursday 20 August at 11:00 am. The interview will be held at the Centre – please come to the Event Services reception on Level 1 of the South Wing, entry via Wharf Road. Visitor parking is available in the P2 car park; please bring your ticket to reception to have it validated.

The interview will run for around an hour. As part of it, we'll ask you to talk us through an event you've delivered from contract to wrap-up, so you may like to bring an event order or run sheet as an example (with any client details removed).

Please let me know by Monday whether this time suits.

Kind regards,

Chloe Nguyen
People & Culture Coordinator
Bayside Convention and Exhibition Centre`, 'Interview invitation – Client Event Manager'),

  other(`Hi Georgia and Tom,

Thank you both for taking the time to meet with me this morning about the Client Event Manager role.

I really enjoyed hearing about the plans for the South Wing refurbishment and how the team is changing the way clients are handed over from sales to operations – it's a problem I've dealt with at the hotel too, and I'd love the chance to help shape it.

I've attached the sample run sheet we spoke about for the accountants' conference, with the client details taken out.

Thanks again, and I look forward to hearing from you.

Kind regards,
Hana Whitmore
0431 555 862`, 'Thank you – Client Event Manager interview'),

  rej('application', ['internal_candidate'], {},
    `Dear Hana,

Thank you for your interest in the Guest Experience Team Leader – Melbourne Airport Lounge position, and for re-uploading your resume after the problem with our careers site last month.

We wanted to let you know that this vacancy has been filled through the internal redeployment of an existing Tasman Skyways team member, and the advertised recruitment has therefore ended. As a result, we will not be progressing your application.

Thank you for the time you took to apply.

Kind regards,

Tasman Skyways Careers

This is an automated message. Please do not reply.
Powered by Oracle Taleo`, 'Guest Experience Team Leader – Melbourne Airport Lounge'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Hana,

Major Events Officer

Thank you for attending an interview for the above position on Friday 14 August, and for your flexibility in moving the time.

The panel enjoyed meeting you and learning about your work in hotel conferencing. Your answers about stakeholder management and working with suppliers were strong.

This role spends a large part of each year preparing Council's outdoor events through the permit process, including traffic management plans, crowd and risk management plans and liaison with Victoria Police and emergency services. In your interview you explained that your event experience has been within a venue, where much of that is handled by the building, and the panel was looking for an applicant who has already led that work for public events. For that reason I must advise that your application for this position was unsuccessful.

If you would like to discuss the panel's assessment in more detail, please contact me on (03) 9870 4412 and I will arrange a time for you to speak with the panel chair.

Thank you again for your interest in working for the City of Wattle Park.

Yours sincerely,

Renee Kostas
Coordinator Arts & Events
City of Wattle Park`, 'Major Events Officer – outcome of interview'),

  rej('application', ['generic'], {},
    `hey Hana – thanks heaps for applying. we've decided not to go ahead with you for the events role, but appreciate you reaching out. all the best! – Josh @ Swoop`, 'Swoop Tickets – Events & Partnerships Coordinator'),

  rej('application', ['generic'], { ...door },
    `<html><head><meta charset="utf-8"><title>Carrington University</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff">
<tr><td style="background:#7a0c2e;padding:18px"><img src="https://careers.carrington.example/logo-white.png" alt="Carrington University" width="180"></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:22px;color:#222">
<p>Dear Hana,</p>
<p><strong>Job No. 651920 – Event Coordinator, Faculty of Business and Law</strong></p>
<p>Thank you for applying for the above position at Carrington University.</p>
<p>The selection committee has now reviewed all applications against the selection criteria. We received a very high number of applications, and after careful consideration your application has not been shortlisted for interview.</p>
<p>We encourage you to continue to visit our careers website and to apply for future positions that match your skills and interests.</p>
<p>Yours sincerely,<br>Human Resources<br>Carrington University</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;border-top:1px solid #ddd">Carrington University CRICOS Provider Code 02311K · TEQSA PRV12208<br>Please do not reply to this email. <a href="https://careers.carrington.example/privacy">Privacy</a></td></tr>
</table></td></tr></table>
</body></html>`, 'Job No. 651920 – outcome of your application'),

  other(`Hi Hana,

Thanks for applying for Partnerships & Events Manager at Loop Loyalty. We've received your application.

We're a team of 34 people in Melbourne and Auckland building loyalty programs for independent hospitality venues. Our hiring team reads every application, and if your experience looks like a fit, we'll reach out to set up a first call. Either way, we'll let you know where you stand.

Thanks for your interest in Loop!

The Loop Loyalty Team

Sent with Lever · Candidate privacy notice`, 'Loop Loyalty – application received'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Hana,

Thanks for jumping on the phone with me yesterday, and for being so open about what you're looking for.

I passed your details on to the hiring manager for the Event Coordinator position at the engineering firm straight after our call. She was really complimentary about your background, but her view is that with eight years of running conferences and weddings and managing a team of your own, you'd be under-used in a coordinator role that is mostly booking venues and managing RSVPs, and she worries you'd be looking for the next step within a few months. So she's decided not to take your application further.

I do think she has a point, and it's a good sign for the manager-level roles we talked about. I'll be in touch as soon as one of those comes across my desk.

Kind regards,

Maya Fitzgerald
Consultant – Office Support & Events
Randell Talent`, 'Event Coordinator – engineering firm'),

  other(`Hi Hana,

Here's what's new in the Saltbox Live talent community this month.

Roles update
The Senior Event Producer role we featured in last week's email has now been filled – thanks to everyone in the community who put their hand up or passed it on. If you were thinking about it, there are two new roles below that might suit you instead:

• Event Manager – Brand Activations (Melbourne, full-time)
• Production Coordinator – Touring (Sydney, 6-month contract)

Behind the scenes
Our team just wrapped a three-day product launch for 1,400 guests at the Exhibition Building – see the photos on our blog.

Not interested any more? You can update your preferences or leave the talent community at any time.

The Saltbox Live team
Saltbox Live Pty Ltd · 22 Cremorne Street, Cremorne VIC 3121`, 'Saltbox Live talent community – August update'),

  // ── September: tasks, role-plays and more interviews
  rej('interview', ['position_filled', 'skills_gap'], { ...fb },
    `Dear Hana,

Thank you for coming in to meet Georgia and Tom for the Client Event Manager position, and for the run sheet you sent afterwards – it was a great example of how you work.

I'm sorry to tell you that we have now offered the position to another candidate, and she has accepted. It was a hard choice. Over the next two years the Centre will host more trade exhibitions than conferences, and the panel felt that the successful candidate's experience managing exhibition builds, floor plans and freight for large trade shows was something the team needed immediately, which your conference-focused background did not yet cover.

We appreciate the time you put into the process and wish you the very best.

Kind regards,

Chloe Nguyen
People & Culture Coordinator
Bayside Convention and Exhibition Centre`, 'Client Event Manager – outcome'),

  other(`Hi Hana,

Thanks for recording your video interview for the Customer Experience Specialist role – the team enjoyed watching it.

We'd like to invite you to meet Dan Pereira (Customer Experience Manager) and Ruby Stone (Team Lead, Online Support) in person at our support centre in Port Melbourne. They're available on:

• Tuesday 8 September, 1:00 pm
• Wednesday 9 September, 9:30 am
• Thursday 10 September, 3:00 pm

Just reply with the time that works best for you and I'll send a calendar invite. The interview will take about an hour and includes a short walk around the contact centre floor.

Cheers,

Isla McKenzie
Talent Coordinator, Kestrel Outdoor`, 'Kestrel Outdoor – next step: interview'),

  rej('screen', ['location'], { ...fb },
    `Dear Hana,

Thank you for taking the time to speak with me on Monday about the Guest Experience Manager role at Larkspur Hotels & Residences.

As we discussed, this position is based at our Barangaroo property and the team is expected on site at least four days a week, with the occasional overnight duty manager shift. I understand you are not in a position to relocate to Sydney at this time, and as we are unable to offer the role on a remote or Melbourne-based basis, we won't be progressing your application further.

Thank you again for your interest in Larkspur.

Kind regards,

Sophie Lachlan
Talent Acquisition Specialist
Larkspur Hotels & Residences`, 'Guest Experience Manager – Larkspur Barangaroo'),

  other(`Hi Hana,

Thanks for applying for the Customer Experience Lead role – we'd love to have a quick intro call.

It's a relaxed 20 minutes with me, mostly about your background, what you're looking for next and any questions you have about Tablewise. I've got these times free:

• Thursday 3 September, 11:30 am
• Friday 4 September, 2:00 pm
• Friday 4 September, 4:30 pm

Just grab one with the booking link below and you'll get a Google Meet invite straight away.

Talk soon,
Bec
People & Culture, Tablewise`, 'Tablewise – let\'s have a chat'),

  rej('application', ['role_closed'], {},
    `Hi Hana,

Thanks for your application for the Community & Events Coordinator role at Roomkit, and sorry for the slow reply.

Since we advertised, we've had a rethink. Rather than adding a new person, we've decided to share the community events across our existing marketing and sales team for now, so we've taken the role down and won't be hiring for it. That means we won't be moving ahead with any applications, including yours.

We really appreciate you taking the time.

Cheers,
Anika
Roomkit`, 'Roomkit – Community & Events Coordinator'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms Whitmore,

Position number 0045821 – Events and Protocol Officer, Office of the Vice-Chancellor

Thank you for your application for the above position at Westgate University.

Your application was assessed by the selection panel against the selection criteria set out in the position description. The first essential criterion for this position is a degree in events management, communications, business or a related discipline. Your application lists a Certificate IV in Hospitality and a Diploma of Event Management, and as a result the panel was unable to assess you as meeting this criterion. Your application has therefore not been shortlisted.

Should you wish to obtain feedback on your application, you are welcome to contact the Panel Chair, Dr Alison Mirza, via the Talent Acquisition team at recruitment@westgate.example.

We thank you for your interest in employment at Westgate University.

Yours sincerely,

Talent Acquisition
Westgate University

This email was sent via PageUp People.`, 'Westgate University – Position number 0045821'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Hana,

Thanks for the intro call on Friday – I really enjoyed the conversation.

I wanted to get back to you quickly. I talked it through afterwards with Jess, our Head of Customer, and we don't think the role is quite the right match for how you like to work. Our customer team is fully remote and almost everything happens in writing: we rely on Slack threads and written handovers rather than meetings, and people are expected to set their own priorities without much check-in. From what you shared about enjoying the buzz of a busy floor and a close-knit team around you, we think you'd find our set-up isolating, so we've decided not to move forward.

Thank you for your interest in Tablewise, and best of luck.

Bec
People & Culture, Tablewise`, 'Tablewise – Customer Experience Lead'),

  other(`Hi Hana,

Thank you for applying for the Senior Event Manager role at Fable & Co. Your hotel background is interesting for us – a lot of our clients use hotel venues and it helps to have someone who knows how banquets teams think.

The next step is a short written exercise. You'll find the brief attached: a client (a fictional super fund) wants a member appreciation evening for 220 guests in Melbourne in March, with a budget of $85,000 excluding GST. We'd like a proposal of no more than four pages covering the concept, venue shortlist, run of show and a budget summary.

Please send it back by 5 pm on Friday 18 September. We know this takes time outside your day job, so please don't spend more than three or four hours on it.

Looking forward to seeing what you come up with.

Regards,

Eloise Barrett
Head of Events, Fable & Co`, 'Fable & Co – Senior Event Manager – written exercise'),

  other(`Dear Hana,

Thank you for recently applying for a role with Aurora Pacific Airlines. Whatever the outcome of your application, we'd love to hear how you found our recruitment process.

The survey has eight questions and takes about three minutes. Your answers are anonymous and will not affect any current or future application with us.

Take the survey

Thank you for helping us improve.

Aurora Pacific Talent Acquisition

Please don't reply to this email – this mailbox isn't monitored.`, 'How was your experience applying with Aurora Pacific?'),

  rej('application', ['location'], { ...fb },
    `Kia ora Hana,

Thanks for applying for the Event Day Operations Coordinator role with the Wellington Harbour Stadium Trust.

We noticed from your CV that you're currently based in Melbourne. Because this role is rostered on for every event day and is part of our on-call call-out roster for the stadium, we're only able to consider applicants who already live in the Wellington region, and unfortunately we can't offer relocation support for this position. On that basis we won't be taking your application further.

Thanks again for thinking of us – ngā mihi nui.

Aroha Tane
People and Capability Advisor
Wellington Harbour Stadium Trust`, 'Event Day Operations Coordinator – Wellington Harbour Stadium'),

  other(`Hi Hana,

Thanks for registering your interest in "From Hotels to Headquarters: Careers in Corporate Events", the evening we're hosting with the Meetings and Events Professionals Association on Wednesday 23 September.

Sadly the event is now fully booked and we're unable to offer you a seat on the night. We've added you to the waitlist, and if a place becomes available we'll email you by 5 pm on the day before.

The panel discussion will also be recorded, and all registered guests – including those on the waitlist – will receive a link to the recording the following week.

Thanks for your understanding,

Events Team
Meetings and Events Professionals Association (Victoria)`, 'Careers evening – you are on the waitlist'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Hana,

Thanks so much for coming in to meet Dan and Ruby last week, and for your patience while we finished the rest of the interviews.

We've now made a decision, and unfortunately it isn't good news this time. We met some really strong people for this role, and in the end we chose a candidate whose experience was a closer match for what we need right now.

Dan mentioned he'd like to keep your details in mind, and we'd be glad to see your application again when another role opens up in our Customer Experience team – they come up regularly, especially before the summer peak.

Cheers,

Isla McKenzie
Talent Coordinator, Kestrel Outdoor`, 'Kestrel Outdoor – Customer Experience Specialist'),

  rej('application', ['generic'], {},
    `Dear Hana Whitmore,

Thank you for your application for the position of Conference Services Coordinator (Job ID 26-0913) at Pinnacle Conferences.

We have received a large number of applications for this position and the competition was very strong. After careful review, we regret to inform you that you have not been selected to proceed further in the recruitment process.

We wish you every success in your future endeavours.

Best regards,
Pinnacle Conferences Recruitment

----------------------------------------------------
Stay in the loop! Set up a Job Alert to receive new job postings straight to your inbox.
This is an automated message. Replies to this address are not read.
Powered by Oracle Taleo`, 'Pinnacle Conferences – Job ID 26-0913'),

  other(`Hi Hana,

Good news – employers have been looking!

Your profile appeared in 14 employer searches this week, and 3 employers viewed your profile:
• A hotel & resort group in Melbourne CBD
• A recruitment agency in Southbank
• An events company in Richmond

Employers are more likely to contact candidates whose profiles include a recent role summary and key skills. Add yours now.

Update profile

JobHunt Australia Pty Ltd · Level 5, 120 Collins Street, Melbourne VIC 3000
Change how often you get these emails.`, 'Your profile was seen 14 times this week'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Hana,

Thank you for the proposal for the super fund member evening. We could see the effort you put in, and the venue shortlist was excellent – the Conservatory idea was one we hadn't thought of.

Where the proposal fell short was the budget. The summary came in at $79,400, but it left out staffing, AV and the production crew, and once we added those back in the same concept would be closer to $104,000, well over the client's limit. For a Senior Event Manager at Fable & Co, the budget is the part clients scrutinise first, and we need to be confident the person in the role is building those numbers accurately from the start. On that basis we won't be taking your application to interview.

I'm very happy to walk you through our version of the budget if that would be useful – just reply and we'll find 20 minutes.

Kind regards,

Eloise Barrett
Head of Events, Fable & Co`, 'Fable & Co – your written exercise'),

  hold('screen', ['role_closed'], {},
    `Hi Hana,

Thanks again for chatting with me a couple of weeks ago about the Partnerships & Events Manager role. I owe you an update.

We were expecting to close our Series A at the end of August, and the hiring plan for this quarter depended on it. The round is taking longer to finalise than we expected, and until the money is in the bank the board has asked us to pause all new hiring, including this role.

You're still very much on our list – this is a pause, not a no. I'll be back in touch as soon as the round closes, which we hope will be in October.

Thanks for your patience,

Tom Haddad
COO, Loop Loyalty`, 'Loop Loyalty – Partnerships & Events Manager update'),

  // ── October: second rounds, a freeze, the bank's CX teams
  other(`Hi Hana,

Great to speak with you this morning, and thanks for registering with Lumen Recruitment.

As discussed, I've set you up on our system so I can put you forward for permanent Event Manager and Client Experience roles in Melbourne. Before I can submit you to any client, I need a few things from you:

1. Your updated resume in Word format
2. A copy of your passport (for right-to-work purposes – as a New Zealand citizen you won't need to provide a visa grant notice)
3. Contact details for two professional referees, ideally your current and a previous manager (we won't contact them without asking you first)
4. The signed candidate privacy consent (link below)

Once I have those, I'll be in touch about the two briefs we discussed.

Kind regards,

Jasmin Cole
Principal Consultant – Events, Marketing & CX
Lumen Recruitment | Level 9, 525 Collins Street, Melbourne VIC 3000`, 'Welcome to Lumen Recruitment – next steps'),

  rej('application', ['generic'], {},
    `Hi Hana,

Thank you for your interest in the Member Experience Specialist position (R-20633) at Cobalt Mutual and for the time you spent on your application.

We have reviewed your application, and we will not be moving forward with your candidacy for this position.

We appreciate your interest in Cobalt Mutual.

Regards,
Cobalt Mutual Talent Team

Cobalt Mutual Bank Ltd ABN 51 087 650 003 AFSL/Australian Credit Licence 241187.
This is an automated message sent via Workday. Please do not reply.`, 'Update on your application – R-20633'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Hana,

Thank you for applying for the Hotel Events Manager role at Rivermark Hotels – Docklands.

We've now had a chance to look through all of the applications, and we've decided to move forward with other candidates whose backgrounds line up more closely with what we need for this role.

Even though this one didn't work out, we were impressed with what we saw. We've added you to the Rivermark talent pool, and our recruiters will reach out if a role comes up that fits your experience.

Best regards,

Rivermark Hotels Talent Acquisition

Sent via Greenhouse · Update your talent pool preferences`, 'Your application to Rivermark Hotels'),

  other(`Dear Hana,

Thank you for applying for the position of Customer Events & Experience Lead (Req. 7741) at Ashgrove Insurance.

We have received your application. Our Talent Acquisition team will review it, together with all other applications, after the advertisement closes on 11 October 2026. If your application is shortlisted, we will contact you to arrange the next steps.

You can track your application by logging into the careers portal.

Kind regards,

Ashgrove Talent Acquisition

Ashgrove Insurance Australia Limited ABN 72 611 004 908 AFSL 511204
Please do not reply to this email.
Powered by SAP SuccessFactors`, 'Ashgrove Insurance – application received (Req. 7741)'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Hana,

Thanks for your time on the phone yesterday – you came across really well, and I enjoyed hearing about the loyalty events you run for the hotel's corporate accounts.

I've now caught up with Phil, the hiring manager for the Customer Experience Analyst role. He's decided to progress only candidates who have hands-on experience with a CX analytics platform, such as Medallia or Qualtrics, because the person in the role will own the NPS reporting for the retail bank from week one. You mentioned you've only seen the hotel's guest survey results as a user, not built the dashboards yourself, so I'm afraid we won't be moving your application forward.

If you'd like to talk through this or anything else from our call, just let me know and I'll give you a ring.

Kind regards,

Mei Ling Cho
Senior Talent Acquisition Partner
First Pacific Bank`, 'Customer Experience Analyst – First Pacific Bank'),

  other(`Dear Hana,

Thank you for your interest in the Senior Events Coordinator position (Job No. 651977) at Carrington University.

Our records show that you have already submitted an application for this position on 2 October 2026. Unfortunately our system can only accept one application per person for each vacancy, so your second submission has not been saved.

If you wish to update your original application – for example to add a revised cover letter – you can do so by logging in to your candidate profile before the closing date.

Kind regards,

Human Resources
Carrington University

Please do not reply to this email.`, 'Duplicate application – Job No. 651977'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Hana,

Thanks for coming out to the stadium last Thursday to meet Craig, Lou and me. We really appreciated you making the trip in the rain!

After the interviews, the three of us sat down and talked through everyone we met. I'll be honest about where we landed, because I think you'd rather know. The game-day events crew here is a loud, informal, pretty irreverent bunch, and the person leading them has to be comfortable in that. Your approach came across as more polished and formal – perfect for a five-star hotel, but Craig and Lou felt you'd have to change your style quite a bit to lead this group. On that basis we've decided not to offer you the role.

Thanks again for your interest, and good luck.

Nathan Reid
Head of Event Operations
Southbank Stadium Group`, 'Game Day Events Supervisor'),

  hold('interview', ['role_closed'], {},
    `Kia ora Hana,

Thank you for your interview last week for the role of Events and Ceremonies Advisor.

I'm writing with an update that I'm sorry to have to share. Last Friday the University announced an immediate freeze on all new appointments while it works through a significant shortfall in international student revenue. The freeze applies to every role that has not yet been offered, including this one.

The panel has not made a decision, and your application has not been closed. We've been told the freeze will be reviewed at the end of November, and I'll contact you as soon as we know whether we can proceed.

Ngā mihi,

Kirsty Walker
Senior Recruitment Advisor
Te Awa University | Hamilton, New Zealand`, 'Events and Ceremonies Advisor – recruitment update'),

  rej('interview', ['internal_candidate'], {},
    `Dear Hana,

Thank you for taking the time to interview with our Director of Events and me for the position of Conference and Events Manager at The Calloway Melbourne.

I am writing to let you know that we have appointed Olivia Hartley, who is currently Conference Services Manager at The Calloway Sydney and has been with the Collection for six years. Olivia will be relocating to Melbourne to take up the role in December.

We are grateful for your interest in The Calloway Collection and for the care you took in preparing for your interview.

With kind regards,

Simon Archer
Human Resources Manager
The Calloway Melbourne`, 'Conference and Events Manager – The Calloway Melbourne'),

  other(`Dear Hana,

Thank you for meeting with Anita Kaur and Paul Brennan for the Customer Events & Experience Lead role. They enjoyed the conversation and would like to invite you back for a second interview.

Details:
• Date: Tuesday 20 October 2026
• Time: 2:00–3:15 pm
• Location: Ashgrove Insurance, Level 22, 181 William Street, Melbourne
• Panel: Anita Kaur (General Manager, Customer Experience) and Liam O'Connor (Head of Brand & Sponsorship)

As part of this interview, we'd like you to prepare a 10-minute presentation on how you would redesign Ashgrove's annual broker awards night to improve the guest experience. Slides are optional.

Please confirm your attendance by reply.

Kind regards,

Ashgrove Talent Acquisition`, 'Second interview – Customer Events & Experience Lead'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Hana,

Thank you for applying for the Client Events Manager role with Meridian Private Wealth.

More than half of the clients this role serves are Mandarin-speaking families, and the events – from investment briefings to Lunar New Year dinners – are delivered in both English and Mandarin. For that reason, fluency in spoken and written Mandarin is an essential requirement, and we can see from your application that this is not one of your languages.

We are therefore not able to progress your application on this occasion.

We appreciate your interest in Meridian and wish you well.

Kind regards,

Caroline Tsang
Office Manager & Events, Meridian Private Wealth`, 'Client Events Manager – Meridian Private Wealth'),

  rej('application', ['generic'], { ...offered },
    `Tēnā koe Hana,

Senior Advisor, Events and Engagement – Ministry for Culture and Heritage (Vacancy 8823)

Thank you for your application for this role.

We received a high number of applications from a strong field. The shortlisting panel has now met, and I'm sorry to let you know that you haven't been shortlisted to go through to the interview stage.

If you would like feedback about your application, please contact me by email and I'll arrange for a member of the panel to provide it.

Thank you for your interest in working with us.

Ngā mihi nui,

Hemi Parata
Recruitment Advisor
Manatū Taonga – Ministry for Culture and Heritage
Wellington`, 'Vacancy 8823 – Senior Advisor, Events and Engagement'),

  other(`Dear Hana,

Thank you for attending your second interview last Tuesday. Anita and Liam would like to move to the next stage, which is reference checks.

Could you please provide the names, positions and contact details (phone and email) of two referees who have directly supervised you within the last five years? One should be your current manager. We understand you may not have told your current employer that you're looking, so please let us know if you would prefer us to contact that referee only at the final stage.

We'll also ask you to complete a National Police Check through our provider, which we'll send separately.

Kind regards,

Ashgrove Talent Acquisition`, 'Reference details – Customer Events & Experience Lead'),

  rej('interview', ['generic'], {},
    `Hi Hana,

Thank you for interviewing with us for the Corporate Event Producer role at Brightwork Experiential.

We met with a lot of great people. After weighing things up, we've chosen to go ahead with someone else.

Because of the number of people we interviewed, we're unfortunately not able to give individual feedback on interviews.

Thanks again for your time, and we wish you every success.

Kind regards,
Brightwork Experiential`, 'Corporate Event Producer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hey Jules,

See below – not the one I was hoping for. The bit about the budget is what's bugging me. I ran the whole F&B side of our conference budget last year but never owned the full P&L, and I don't know how to talk about that without underselling myself. How did you handle that question when you went from the venue side to agency? Could I buy you a coffee this week and pick your brain?

H x

---------- Forwarded message ---------
From: Grace Lim <grace.lim@harbourvine.example>
Date: Mon, 26 Oct 2026 at 4:52 pm
Subject: Corporate Events Manager – Harbour & Vine
To: Hana Whitmore <hana.whitmore@mail.example>

Dear Hana,

Thank you for interviewing for the Corporate Events Manager role at Harbour & Vine Hospitality Group.

The panel enjoyed meeting you and spoke highly of your client manner. However, the person in this role will be fully accountable for a portfolio of around $1.8 million in event revenue a year, including pricing, forecasting and the P&L for each event, and the panel felt that you have not yet had end-to-end responsibility for budgets at that level. For that reason, we will not be progressing your application.

Kind regards,

Grace Lim
Talent & Culture Manager
Harbour & Vine Hospitality Group`, 'Fwd: Corporate Events Manager – Harbour & Vine'),

  hold('interview', ['generic'], {},
    `Dear Hana,

Thank you for interviewing with Rachel and me for the Events Sales Manager role at Hotel Alderney Melbourne.

I wanted to let you know where things stand. Our new General Manager, Frédéric Moreau, joins us from Singapore on Monday 2 November. As the Events Sales Manager will report to him directly, he has asked to meet the shortlisted candidates himself before any appointment is made. We will therefore not be making a decision until he has started.

You remain on our shortlist, and we expect to be in touch in the first week of November to arrange a short meeting with Frédéric.

Thank you for your understanding.

Kind regards,

Marco Bellini
Director of Sales and Marketing
Hotel Alderney Melbourne`, 'Events Sales Manager – timing update'),

  // ── Late October and November: tasks, finals and an offer
  other(`Hi Hana,

Ashgrove Insurance has asked CheckPoint Screening to carry out a National Police Check as part of your application for Customer Events & Experience Lead.

To get started, please complete the online consent form using the secure link below. You'll need:
• one primary identity document (e.g. your passport)
• two secondary documents (e.g. driver licence, Medicare card, bank card)
• your residential addresses for the last five years, including any outside Australia

Most checks are returned within one to three business days. Unfortunately, if the form isn't completed within seven days the link will expire and Ashgrove will need to request a new one.

Complete my check

CheckPoint Screening Pty Ltd · ACIC accredited body
This email was sent on behalf of Ashgrove Insurance Australia Limited.`, 'Action needed: National Police Check for Ashgrove Insurance'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Hana,

Thank you for taking part in the customer role-play for the Customer Resolution Specialist position on Wednesday.

Our assessors use the same scenario and scoring guide for every candidate. In your role-play, the "customer" was calling about a second failed direct debit and an overdraw fee. You were friendly and you resolved the fee quickly, but you offered the refund before acknowledging how the customer was feeling or checking what had gone wrong, and you didn't explain what would stop it happening again. Those two steps carry most of the marks in our scoring guide, and your overall score fell below the level needed for the next stage.

As a result we won't be progressing your application for this role.

Thanks again for your time and effort.

Kind regards,
Talent Acquisition
Pacifica Bank

Pacifica Bank Limited ABN 88 090 444 217 AFSL 238411`, 'Customer Resolution Specialist – role-play outcome'),

  other(`Hi Hana,

Thanks for taking me up on the offer of a chat about your written exercise – I'm glad it's useful.

I've booked us in for Thursday 29 October at 12:30 pm. I'll call you on your mobile; it should only take 20 minutes. I'll have our version of the budget in front of me so we can compare line by line.

Talk then,
Eloise

Eloise Barrett
Head of Events, Fable & Co`, 'Re: Fable & Co – your written exercise'),

  other(`Dear Ms Whitmore,

Coolaroo Shire Council – Events and Civic Functions Officer (Ref CSC-2611)

Thank you for your application. As the next stage of the selection process, shortlisted applicants are asked to complete a practical exercise.

The exercise has two parts:
1. A budget reconciliation in Excel for a completed Australia Day event (the workbook is attached), identifying variances against the approved budget.
2. A one-page memo to the Manager Community Development summarising the variances and recommending changes for next year.

Please return both parts to recruitment@coolaroo.vic.example by 9 am on Tuesday 3 November. The exercise should take no more than two hours.

Regards,

Recruitment Team
Coolaroo Shire Council`, 'Practical exercise – Events and Civic Functions Officer'),

  rej('application', ['role_closed'], {},
    `Dear Hana Whitmore,

Job reference: VG/DTE/88214 – Senior Events Officer, Department of Tourism and Events

This is an automated notice from the Victorian Government Jobs Portal.

The hiring department has advised that this vacancy has been cancelled and the position will not be filled at this time. As a result, all applications for this vacancy, including yours, have been closed.

Application status: Closed – vacancy cancelled

Victorian Government Jobs Portal
This mailbox is not monitored.`, 'Vacancy cancelled – VG/DTE/88214'),

  rej('screen', ['generic'], {},
    `Hi Hana, thanks for following up. Sorry for the silence – the team has decided not to progress your application past the phone screen for this one. Best of luck with your search. Tui

From: Hana Whitmore <hana.whitmore@mail.example>
Sent: Tuesday, 10 November 2026 8:41 AM
To: Tui Rangi <tui.rangi@kotareair.example>
Subject: Guest Experience Lead – follow-up

Kia ora Tui,

Thanks again for the phone chat on the 22nd about the Guest Experience Lead role in Christchurch. I just wanted to check in on timing for the next stage, as I'm in the final stages with another employer.

Ngā mihi,
Hana`, 'RE: Guest Experience Lead – follow-up'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Ms Whitmore,

Events and Civic Functions Officer (Ref CSC-2611)

Thank you for completing the practical exercise for the above position.

The panel has now assessed all submissions. Your memo was clear and well structured. However, the reconciliation workbook contained two formula errors that double-counted the fireworks contract, so the variance you reported was overstated by about $14,000 and your recommendations were based on that figure. Because the officer in this role prepares the monthly budget reports for every Council event, advanced Excel skills are an essential requirement, and the panel did not feel this was demonstrated.

Accordingly, you have not been selected for interview.

Thank you for your interest in a career with Coolaroo Shire Council.

Yours sincerely,

Rhiannon Ellis
Coordinator Community Events
Coolaroo Shire Council`, 'Events and Civic Functions Officer – Ref CSC-2611'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Hana,

Thank you for coming back in to meet Frédéric last Wednesday. I know he really appreciated the chance to meet you, and he told me afterwards it was one of the best conversations he's had since arriving.

You were one of our two finalists for the Events Sales Manager role. After a great deal of thought we have offered the position to the other finalist, who has accepted. It was a very narrow decision.

I would be happy to talk you through our reasoning if you'd find that helpful; just let me know a time that suits. I'd also very much like to stay in touch – with the ballroom refurbishment finished next year we expect to be growing the events team, and I would be glad to hear from you when those roles are advertised.

Kind regards,

Marco Bellini
Director of Sales and Marketing
Hotel Alderney Melbourne`, 'Events Sales Manager – Hotel Alderney Melbourne'),

  rej('screen', ['position_filled'], {},
    `Hi Hana,

Just a quick one following your phone screen with Dimitra, the HR Manager at the logistics company, on Tuesday.

She got in touch this morning to say they had already been in final discussions with another applicant, and that person has now accepted the Client Experience Manager role. So unfortunately that one has come to an end for you – it's nothing to do with how your call went.

Speak soon,
Maya

Maya Fitzgerald
Consultant – Office Support & Events
Randell Talent`, 'Client Experience Manager – update'),

  rej('assessment', ['position_filled'], {},
    `Hi Hana,

Thanks for sending back the take-home task for the Event Experience Manager role – it's clear you put real care into it.

Unfortunately I have to let you know that while we were waiting on the last of the take-homes, one of our candidates who was further through the process received an offer, and she accepted it on Friday. That means the role is now filled and we won't be moving forward with the remaining applicants.

I'm sorry for the timing, and thank you for the effort you put in.

Warmly,
Ruth
Founder, Gatherly`, 'Gatherly – Event Experience Manager'),

  // ── November: final rounds
  other(`Hi Hana,

Some good news to share: Loop Loyalty's Series A closed last week, and the board has given us the green light to restart hiring, including the Partnerships & Events Manager role.

Thanks so much for waiting. I'd love to pick up where we left off with a proper interview with me and Mia, our Head of Partnerships. We're in the Cremorne office most days – would Thursday 5 November at 10 am or Friday 6 November at 3 pm work for you? It'll be about an hour, and we'll ask you to walk us through a partnership or sponsorship you've managed.

Looking forward to it,

Tom Haddad
COO, Loop Loyalty`, 'Loop Loyalty – we are hiring again'),

  other(`Dear Hana,

Thank you for your interest in the Visitor Experience Manager position at the Museum of Applied Design.

Following your first interview, we are pleased to invite you to the final stage of the selection process: a panel interview with our Director, Dr Helena Vos, our Head of Public Engagement and a member of the Museum's Board.

Date: Monday 2 November 2026
Time: 3:30 pm
Place: Boardroom, Level 4, Museum of Applied Design (staff entrance on Little Lonsdale Street)

The panel would also like you to speak for five minutes on one change you would make to the visitor's first ten minutes in the Museum.

Please confirm your attendance with me by reply.

Kind regards,

Annabel Fry
People & Culture Advisor
Museum of Applied Design`, 'Final interview – Visitor Experience Manager'),

  other(`Kia ora Hana,

Thanks for your application for the Event Operations Manager role at the Aotea Events Centre in Auckland.

We'd like to invite you to an interview over Microsoft Teams with Rawiri Henare (General Manager, Venue Operations) and Lisa Chen (Event Services Lead). Could you let me know which of these times suit? All times are New Zealand Daylight Time, which is two hours ahead of Melbourne.

• Tuesday 3 November, 1:00 pm NZDT
• Wednesday 4 November, 11:30 am NZDT

The interview will take about 50 minutes. We'll send the Teams link once the time is confirmed.

Ngā mihi,

Ana Sefo
Recruitment Coordinator, Aotea Events Centre`, 'Interview invitation – Event Operations Manager (Auckland)'),

  rej('application', ['generic'], { ...door },
    `Hi Hana,

Thank you for your application for the Account Manager – Corporate Events position at Crestline Events.

We have reviewed all of the applications we received, and we will not be taking your application further for this position.

With your permission, we will keep your CV on file for the next 12 months and contact you if a suitable position becomes available. If you would prefer us not to keep your details, simply reply to this email and let us know.

Thank you for your interest in Crestline Events, and we wish you all the best.

Kind regards,

Crestline Events
Level 2, 41 Stead Street, South Melbourne VIC 3205`, 'Account Manager – Corporate Events'),

  other(`Hi Hana,

Quick note before your final interview with the Corowa Health Foundation on Thursday, as promised.

• Who you'll meet: Helen Park (Director of Fundraising) and Anthony Wu (Chief Executive). Helen is very warm; Anthony tends to ask direct, numbers-based questions, so have your event budgets and results at your fingertips.
• What they care about most: the Foundation's Gala Ball raises about $1.2m each year and they want it to grow. Expect questions on sponsorship and how you'd keep major donors engaged between events.
• Practical: it's at their office at 12 Grattan Street, Carlton, level 3. Allow time for parking – it's tight around there.

If they like you, they'll move straight to reference checks, so please give your referees a heads-up.

Good luck – you'll be great!

Jasmin Cole
Principal Consultant – Events, Marketing & CX
Lumen Recruitment`, 'Corowa Health Foundation – final interview tips'),

  rej('interview', ['role_closed'], {},
    `Kia ora Hana,

I'm writing with an update on the Events and Ceremonies Advisor role, following the recruitment freeze I told you about in October.

As part of its savings programme, the University has now confirmed that the Events and Ceremonies Advisor position will be disestablished, and the ceremonies work will be absorbed by the Student Administration team. Unfortunately this means we won't be able to proceed with an appointment, and the recruitment for the role has been closed.

I'm sorry that this is the outcome after the time you spent with us, and I wanted to thank you for your patience over the last few weeks.

Ngā mihi,

Kirsty Walker
Senior Recruitment Advisor
Te Awa University | Hamilton, New Zealand`, 'Events and Ceremonies Advisor – recruitment closed'),

  other(`Hi Hana,

Thanks for confirming your final interview with us! Here are the details so you have them all in one place.

Saltbox Live – final interview, Event Manager – Brand Activations
When: Friday 6 November 2026, 9:30–11:00 am
Where: Saltbox Live, 22 Cremorne Street, Cremorne (buzz "Saltbox" at the gate)
With: Josie Kane (Managing Director) and Ari Levi (Head of Production)

Part of the session is a short case study: we'll hand you a brief on arrival and give you 20 minutes to prepare. No need to bring anything except yourself.

See you Friday!

Sophie
Studio Manager, Saltbox Live`, 'Confirmed: final interview on Friday 6 November'),

  rej('interview', ['location'], { ...fb },
    `Kia ora Hana,

Thank you for interviewing with Rawiri and Lisa for the Event Operations Manager role – they enjoyed the conversation and were impressed by your conference experience.

When we talked about timing, you explained that you couldn't relocate to Auckland until March next year because of your lease and family commitments in Melbourne. The Centre's busiest period runs from late November through to February, and the person in this role needs to be on site in Auckland from early December to run it. As we can't hold the role until March, or have it done from Melbourne, we've decided not to progress your application any further.

Thanks again for your time, and best of luck.

Ngā mihi,

Ana Sefo
Recruitment Coordinator, Aotea Events Centre`, 'Event Operations Manager – Aotea Events Centre'),

  rej('final', ['internal_candidate'], {},
    `Dear Hana,

Visitor Experience Manager

Thank you for attending the final panel interview on Monday and for the thought you put into your presentation. The panel especially liked your idea of moving the cloakroom conversation to the forecourt.

After careful deliberation, the panel has recommended the appointment of our current Acting Visitor Experience Manager, who has led the team through the reopening of the West Galleries this year. The Director has accepted that recommendation.

We know this will be disappointing, and we are grateful for the time you have given us throughout the process.

Kind regards,

Annabel Fry
People & Culture Advisor
Museum of Applied Design`, 'Visitor Experience Manager – outcome'),

  hold('final', ['generic'], {},
    `Hi Hana,

Thank you so much for the final interview on Friday – Josie and Ari really enjoyed your case study.

I said we'd have a decision for you by Wednesday, but we're going to need a little longer than planned. Josie is flying to Brisbane for a client pitch this week and wants to sit down with Ari properly before deciding, so it's now more likely to be early next week.

Sorry for keeping you waiting – you're still very much in the mix.

Sophie
Studio Manager, Saltbox Live`, 'Saltbox Live – a few more days'),

  rej('application', ['profile_mismatch'], {},
    `Kia ora Hana,

Thank you for applying for the role of Customer Experience Design Lead at Tōtara Bank.

We had a strong response to this role. Having considered all applications carefully, we felt that the experience of other applicants was better matched to what the role needs, so we won't be taking your application any further on this occasion.

Thank you for your interest in Tōtara Bank.

Ngā mihi nui,
Talent Acquisition, Tōtara Bank
Wellington | Auckland | Christchurch

Tōtara Bank Limited is a registered bank under the Banking (Prudential Supervision) Act 1989.
Please do not reply to this email.`, 'Customer Experience Design Lead – Tōtara Bank'),

  other(`Hi Hana,

Hope you don't mind the message out of the blue. I'm working with a leading Sydney-based hospitality technology company that's building out its Customer Success team ahead of a big expansion into the Pacific.

They're looking for a Customer Success Manager to look after a portfolio of hotel groups – onboarding, quarterly business reviews, and making sure clients get the most from the platform. Your hotel background and the CX focus in your profile look like a strong fit. It's hybrid, with two days a week in their Surry Hills office, so it would mean a move to Sydney, which I know isn't for everyone. Salary is $115–125k plus super.

Would you be up for a 15-minute chat this week?

Thanks,
Rohan Bhatia
Senior Consultant – Tech & SaaS | Brightmoor Search

--
You received this message because your profile is set to "Open to opportunities". Reply · Not interested`, 'New message from Rohan Bhatia'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Hana,

I've just got off the phone with Helen at the Corowa Health Foundation, and I'm afraid it's not the news we were hoping for.

They spoke to both your referees yesterday, and both were glowing – you should be really proud of that. In the end, though, the Foundation has decided to go with the other finalist. Helen was very clear about why: this person has spent five years on the fundraising side at a hospital foundation, and has personally secured and managed corporate sponsorships of more than $100k. With the Gala Ball the centre of their year, that sponsorship and donor experience was what they couldn't do without, and it's not yet something you've had the chance to do.

Don't be discouraged – you got to the last two against a strong field. I'll keep working on the other brief for you, and I'll be in touch the moment anything else comes in that suits.

Jasmin

Jasmin Cole
Principal Consultant – Events, Marketing & CX
Lumen Recruitment`, 'Corowa Health Foundation – outcome'),

  other(`Thank you for your email.

I'm out of the office attending the AIME conference in Sydney and will be back on Monday 16 November, with limited access to email until then.

For urgent enquiries about current vacancies, please contact careers@sunlinecruises.example or call 1300 555 742.

Kind regards,
Harriet Moss
Talent Acquisition Lead, Sunline Cruises`, 'Automatic reply: Assessment centre – dietary requirements'),

  rej('interview', ['generic'], {},
    `Hi Hana,

Thanks for coming in to see Mia and me last week, and again for your patience through our funding pause – I know waiting a couple of months isn't easy when you're weighing up other options.

I wanted to give you a proper answer rather than a template. We've been through a lot in the last few weeks: the round closing, a new investor on the board, and a plan for next year that puts partnerships front and centre. We spent a lot of time on this role and talked with several people we liked.

Having done that, Mia and I have decided not to offer you the role. It was genuinely a close call, and it had nothing to do with your enthusiasm for what we're building, which came through loud and clear.

Thank you for being so generous with your time, and I hope the other processes you mentioned go well. I'd be very surprised if you're looking for long.

All the best,

Tom Haddad
COO, Loop Loyalty`, 'Loop Loyalty – Partnerships & Events Manager'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Hana,

Thanks for your application for the Front of House Supervisor role at Larder & Co. South Yarra.

Honestly, it's a great CV – but it's a lot more than we need for this role, which is running the floor on our dinner shifts with a team of eight casuals. You're already coordinating events for hundreds of people and managing staff and suppliers. On top of that, the $90,000 you've listed as your expected salary is well above what we pay for a supervisor here, which is $68,000 plus tips.

For both of those reasons, we won't be going ahead with your application. Best of luck finding the right next step!

Cheers,
Luca Romano
General Manager, Larder & Co.`, 'Front of House Supervisor – Larder & Co.'),

  rej('final', ['salary'], { ...fb },
    `Hi Hana,

Thanks for your patience while Josie and Ari made their decision on the Event Manager – Brand Activations role, and I'm sorry it took longer than we said.

They really rated you, and after the final interview you were the person they wanted to go with. Where it came unstuck was salary. When Josie and I spoke with you on Monday about numbers, you told us you wouldn't consider anything under $108,000 base, and the most we can stretch to for this role is $95,000 – we've looked at it every way we can. With a gap that big we don't think it's fair to either side to keep going, so we've decided not to proceed with an offer.

We're sorry it's ended this way.

Sophie
Studio Manager, Saltbox Live`, 'Saltbox Live – Event Manager – Brand Activations'),

  other(`Hi Hana,

Thanks for finishing the online assessments for the Events and Partnerships Coordinator role at the Melbourne Arts Precinct Trust.

We've received your results for both the reasoning and the work-styles questionnaires. They'll be reviewed by the hiring team along with your application, and we'll be in touch with the outcome. No further action is needed from you at this stage.

Regards,
Melbourne Arts Precinct Trust – Recruitment

Powered by PageUp`, 'Assessment completed – Events and Partnerships Coordinator'),

  rej('final', ['generic'], { ...offered },
    `Dear Hana,

Corporate Events & Charter Manager – Assessment Centre

Thank you for attending our final-stage assessment centre at Station Pier on Friday. We know it was a long day, with the ship tour, the group exercise, the client presentation and the panel interview, and we appreciate the energy you brought to all of it.

The assessors have now met to review every candidate's performance across the day. I'm sorry to let you know that you have not been selected for the position.

You're welcome to request a feedback call with one of the assessors. To arrange one, simply reply to this email within the next two weeks.

Thank you for your interest in Sunline Cruises.

Kind regards,

Harriet Moss
Talent Acquisition Lead
Sunline Cruises`, 'Corporate Events & Charter Manager – assessment centre outcome'),

  rej('assessment', ['generic'], {},
    `Dear Hana,

Job reference MAPT-1150 – Events and Partnerships Coordinator

Thank you for completing the online assessments for this position.

The hiring team has now considered your application, together with your assessment results. We regret to inform you that your application will not be progressing further in the recruitment process.

Thank you for your interest in the Melbourne Arts Precinct Trust.

Regards,
Recruitment
Melbourne Arts Precinct Trust

Powered by PageUp`, 'MAPT-1150 – Events and Partnerships Coordinator'),

  other(`Hi Hana,

Here are this week's new jobs matching your alert "customer experience manager" in Melbourne VIC:

• Customer Experience Manager – Harbourline Bank – Docklands VIC – $120k–$135k
• CX Lead, Hospitality – Tablewise – Cremorne VIC
• Guest Experience Manager – Ardent Hotel Group – Melbourne CBD
• Member Experience Manager – Cobalt Mutual – Melbourne VIC

See all 11 new jobs

Edit this alert · Unsubscribe

JobHunt Australia Pty Ltd · Level 5, 120 Collins Street, Melbourne VIC 3000`, '4 new jobs for "customer experience manager"'),

  rej('final', ['role_closed'], {},
    `Dear Hana,

Head of Client Events – Institutional Banking

Thank you for your time over the past few weeks, including the final interview with Andrew Pike and Fiona Grant on 12 November.

Since then, Harbourline has announced changes to the structure of Institutional Banking, under which client events will be brought into the group Marketing team. As a result, the Head of Client Events position will not go ahead, and we have closed the recruitment without making an appointment.

We realise how much time and effort you put into this process, and I'm sorry we weren't able to bring it to a better conclusion.

Kind regards,

Jordan Ellis
Senior Talent Acquisition Partner
Harbourline Bank

Harbourline Bank Limited ABN 33 004 117 582 AFSL and Australian credit licence 236910`, 'Head of Client Events – Institutional Banking'),

  // ── Late November: the offer
  other(`Hi Hana,

Thanks for your patience while we finished speaking with your referees, and for completing the police check.

I'm pleased to let you know that we'd like to offer you the position of Customer Events & Experience Lead at Ashgrove Insurance. Anita will give you a call this afternoon to talk you through it, but in the meantime I've attached:

• Your letter of offer and employment contract
• The position description
• Our new starter information pack

The key terms are a base salary of $112,000 plus 12% superannuation, a 10% short-term incentive target, 20 days of annual leave and hybrid working with three days in the William Street office. The proposed start date is Monday 11 January 2027.

Please review the documents and let us know by Friday 27 November if you're happy to accept. If you have any questions about the terms, just reply to this email.

Congratulations – everyone who met you is really looking forward to working with you.

Kind regards,

Ashgrove Talent Acquisition`, 'Offer of employment – Customer Events & Experience Lead'),

  other(`Dear Anita,

Thank you so much for the offer, and for taking the time to call me yesterday. I'm thrilled and would really like to accept.

Before I sign, I wanted to ask whether there is any room to move on the base salary. My current package includes accommodation and meals through the hotel that I'd be giving up, and a base of $120,000 would make the move much easier for me. I'm very flexible on the other terms.

I hope that's okay to raise – I'm really excited about the role.

Warm regards,
Hana`, 'Re: Offer of employment – Customer Events & Experience Lead'),

  other(`Hi Hana,

Thank you for being so open about it, and I completely understand why you asked.

I've spoken with our People & Culture team and our CFO. Unfortunately we're unable to move on the base salary – $112,000 is already at the top of the band for this role, and we have to keep it consistent with the other leads in the team. What we can do is add two extra days of annual leave, taking you to 22 days a year, and bring your first salary review forward to July 2027 instead of waiting for the usual annual cycle.

I hope that helps. If you're happy with that, Talent Acquisition will send you an updated contract to sign through DocuSign.

Best,
Anita Kaur
General Manager, Customer Experience
Ashgrove Insurance`, 'Re: Offer of employment – Customer Events & Experience Lead'),

  other(`Hi Hana,

Your updated employment contract from Ashgrove Insurance Australia Limited is ready for your signature.

Document: Employment Agreement – Customer Events & Experience Lead (revised 25 Nov 2026)
Sent by: Ashgrove Talent Acquisition

REVIEW DOCUMENT

This envelope will expire on 9 December 2026.

Do not share this email
This email contains a secure link to DocuSign. Please do not share this email, link or access code with others.

Powered by DocuSign`, 'Please DocuSign: Employment Agreement – Customer Events & Experience Lead'),

  other(`Dear Hana,

We're delighted that you've accepted our offer, and on behalf of everyone in the Customer Experience team, welcome to Ashgrove!

Your first day will be Monday 11 January 2027. Please come to Level 22, 181 William Street at 9:00 am and ask for Priscilla at reception, who will help you set up your building pass. Anita has blocked out the morning to show you around and introduce you to the team, and we'll have lunch together.

Before you start, please complete the onboarding tasks in your new starter portal, including your tax file number declaration, super choice form, bank details and our Code of Conduct module.

Ashgrove is closed from 24 December to 4 January, so if you have any questions please get in touch before then.

We're looking forward to having you on board.

Kind regards,

Ashgrove People & Culture`, 'Welcome to Ashgrove Insurance'),

  other(`Dear Hana,

Right to work check – Customer Events & Experience Lead

Before your start date we need to confirm your right to work in Australia. As you have told us you are a New Zealand citizen, we will verify your Special Category (subclass 444) visa through the Department of Home Affairs' VEVO service.

Please reply with your passport number, country of issue and date of birth exactly as they appear in your passport, and your consent for us to run the VEVO check. Unfortunately we are not able to finalise your start without this step, so we'd be grateful for your reply by Friday.

Kind regards,

Ashgrove People & Culture`, 'Right to work check – please reply'),

  // ── December: withdrawals, the shutdown and the quiet weeks
  other(`Dear Hana,

This email confirms that you have withdrawn your application for the position of Events Officer, Advancement (Ref 0734-26) at Eastbrook University.

Your application will no longer be considered for this position. Your candidate profile remains active, and you can still apply for other positions at the University.

If you withdrew your application by mistake, please contact the Talent Acquisition team as soon as possible.

Kind regards,
Talent Acquisition | People & Culture
Eastbrook University

This email was sent via PageUp. Please do not reply to this address.`, 'Application withdrawn: Events Officer, Advancement (0734-26)'),

  other(`Hi Hana,

Congratulations!! That's brilliant news about Ashgrove – it's exactly the sort of move you were after, and they're lucky to have you.

As you asked, I've let the client for the Alumni Events Manager brief know that you're withdrawing, and I've taken you off my active list so you won't get any more calls from me about roles. Sorry to lose you, but I couldn't be happier for you.

If you ever need anything in the future – or end up hiring for your own team – you know where I am.

Jasmin

Jasmin Cole
Principal Consultant – Events, Marketing & CX
Lumen Recruitment`, 'Re: Some news'),

  hold('application', ['generic'], {},
    `Dear Hana,

Community Festivals Officer (Ref BCC-2655)

Thank you for your application for the above position, which closed on 27 November.

Please be aware that Council's offices close for the Christmas and New Year shutdown from Wednesday 23 December to Monday 4 January. As the selection panel will not be able to meet before the shutdown, shortlisting for this role has been put on hold and will resume when the offices reopen. We expect to contact shortlisted applicants in the week of 11 January.

Your application remains under consideration, and you do not need to do anything further.

We wish you a safe and happy festive season.

Regards,

People and Culture
City of Bellfield

This email was sent using Scout Talent.`, 'Community Festivals Officer – timing over the holiday period'),

  other(`Dear Hana,

We have received your request to withdraw your application for the Senior Events Coordinator position (Job No. 651977) at Carrington University.

Your application has now been withdrawn and will not be considered further. Thank you for letting us know, and congratulations on your new role.

Yours sincerely,

Human Resources
Carrington University

Please do not reply to this email.`, 'Withdrawal confirmed – Job No. 651977'),

  other(`Hi Hana,

Thank you for letting us know, and please don't apologise – we completely understand.

We were really looking forward to meeting you on Thursday, so we're sad to miss out, but Ashgrove is a fantastic opportunity and it sounds like a wonderful fit for you. I've cancelled the interview in our calendars.

Congratulations, and if your new team ever needs a venue for a client function, we'd love to host you!

Warm wishes,

Bridget O'Hare
Events Director
Yarra Valley Estate – Weddings & Events`, 'Re: Interview on Thursday – Events Manager'),

  other(`Hi Hana,

I hope you've been well since we last spoke in August.

I know the Event Manager role at the accounting firm wasn't right on salary, but I've just picked up a brief I think you'd be great for: Member Events Manager at a large industry super fund in the CBD, running its member education seminars and the annual conference for about 900 members. It's a permanent role at $110k–$118k plus super, with hybrid working.

Any interest? If you're happy where you are or have already landed something, no worries at all – just let me know and I'll update my notes.

Cheers,

Ollie Brandt
Senior Consultant – Marketing & Events
Hartwell Recruitment`, 'A role I think you would like'),

  other(`Dear Hana,

Earlier this year you applied for a role with Bellhaven Resorts. Under our privacy policy, we keep a candidate's details for 12 months after an application unless they ask us to keep them for longer.

We'd love to be able to contact you about future roles at our resorts in Victoria and New Zealand. If you're happy for us to keep your details on file, please click "Yes, keep my details" below. If we don't hear from you by 31 January, your information will be deleted.

Yes, keep my details    No thanks

Kind regards,
Bellhaven Resorts – People Team`, 'Would you like us to keep your details?'),

  other(`Dear Hana Whitmore,

Thank you for your recent interest in Pinnacle Conferences.

We regularly review the candidate information we hold. Under our data retention policy, candidate profiles that are not linked to an open vacancy are deleted 90 days after the last activity. Your profile, along with any documents you uploaded, is scheduled to be deleted on 15 January 2027.

If you'd like to keep your profile, simply log in before this date. No further action is needed if you are happy for it to be deleted.

Pinnacle Conferences Recruitment

This is an automated message. Replies to this address are not read.
Powered by Oracle Taleo`, 'Your candidate profile will be deleted'),

  other(`Hi Hana,

The status of your application for Events and Protocol Officer – Office of the Deputy Vice-Chancellor (Position number 0046107) has changed.

To see the latest update, please log in to your candidate profile on the Westgate University careers site.

Log in

Westgate University – Talent Acquisition
This email was sent via PageUp People. Please do not reply to this email.`, 'Your application status has been updated'),

  other(`Hi Hana!!

Oh my gosh, congratulations!!! I knew someone would snap you up. Ashgrove is a great place to land too – their broker awards night has needed a shake-up for years, so you'll have fun with that.

Still owe you that coffee to celebrate. I'm around the week of the 14th – let me know what works and I'll come to you.

Jules x`, 'Re: Coffee?'),

  other(`Hi everyone,

What a year! Here's your December round-up from the Meetings and Events Professionals Association (Victoria).

• Thanks to the 240 of you who came to "From Hotels to Headquarters" – the recording is now on the members' portal.
• Our end-of-year celebration on 10 December is sadly sold out, but we'll be live-streaming the awards presentation from 8 pm.
• Early-bird registration for the 2027 Asia Pacific Incentives and Meetings conference closes on 19 December.
• New in the jobs board: 14 roles posted this month, from event coordinators to heads of events.

Our office will be closed from 24 December to 5 January. Have a wonderful break, and see you in the new year.

MEPA Victoria
You're receiving this because you subscribed to our newsletter. Unsubscribe`, 'MEPA Victoria – December round-up'),

  other(`Hi Hana,

Just a reminder that a job you saved is closing soon:

Events Coordinator – Department of Premier and Cabinet (VG/DPC/90117)
Closes: 11:59 pm, Sunday 13 December 2026

You haven't started an application for this job yet. If you'd still like to apply, make sure you submit before the closing date – unfortunately late applications can't be accepted.

View job

Victorian Government Jobs Portal
You can manage your saved jobs and reminders from your account.`, 'Saved job closing soon: Events Coordinator (VG/DPC/90117)'),

  other(`Hi Hana,

I saw the news on LinkedIn – congratulations on the role at Ashgrove! I remember you talking about wanting to be closer to the customer side when we went through your budget, so it's lovely to see.

If you ever need an agency partner for Ashgrove's events, or just want to compare notes on a tricky budget, I'd be very happy to hear from you.

Best wishes for the break,
Eloise

Eloise Barrett
Head of Events, Fable & Co`, 'Congratulations!'),

  other(`Hi Hana,

As a new starter joining us in January, you're warmly invited to the Customer Experience team's end-of-year lunch on Friday 18 December at 12:30 pm at Rosa's Kitchen on Flinders Lane. It's a great chance to meet the team before your first day.

Unfortunately we can't include partners this year, as the booking is at capacity. Please let me know by Monday if you can make it, along with any dietary requirements.

Looking forward to seeing you there,

Priscilla Vo
Executive Assistant to the General Manager, Customer Experience
Ashgrove Insurance`, 'Invitation: CX team end-of-year lunch'),

  other(`Hi Hana,

Sorry – there are no new jobs matching your saved search "events manager" in Melbourne VIC (+25 km) this week.

Lots of employers slow down their hiring over the holidays. Jobs usually pick up again in mid-January, so keep your alert switched on.

Edit this alert · Unsubscribe

JobHunt Australia Pty Ltd · Level 5, 120 Collins Street, Melbourne VIC 3000`, 'Your weekly alert: events manager, Melbourne VIC'),
];
