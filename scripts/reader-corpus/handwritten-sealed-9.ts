/**
 * SEALED, ninth part: whole messages written one by one for tests/reader-corpus/sealed-9.jsonl, shaped like ONE job
 * seeker's inbox over a season of applying (an analyst in Manchester applying to UK employers, a few US remote-first
 * companies, Indian IT and fintech firms and an agency), where about half of the mail is not a rejection at all:
 * acknowledgements in many applicant-tracking styles (Greenhouse, Lever, Workday, SmartRecruiters, Ashby, iCIMS,
 * Workable, Teamtailor, Personio), "under review" and status-changed notices, "viewed" and "forwarded" notices,
 * interview and test invitations, scheduling confirmations, reschedules and calendar invites, take-home instructions,
 * deadline reminders, reference requests, an offer and its follow-ups, "still reviewing" notes, job alerts, a
 * LinkedIn-style "application sent", talent-community welcomes, recruiter outreach, a withdrawal, a survey, and polite
 * words that decline nothing ("unfortunately the form failed", "we regret the delay", "high volume, so replies take
 * longer"); paused processes with no decision; and rejections at every stage, in the same voices, with the reasons
 * and flags spread as real mail has them. British, American and Indian English, one-liners and letters of 300+
 * words, HTML, quoted earlier mail. Written before the tenth round of changes (docs/decisions/0059); to be scored
 * once before any change, never read to fix a miss and never trained on.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s9-');

const greenhouse = (company: string): string =>
  `\n\n--\nPowered by Greenhouse. You are receiving this message because you submitted an application to ${company}. Replies to this address go to an unmonitored inbox.`;
const lever = (company: string): string => `\n\n—\n${company} · Hiring with Lever\nDon't want these emails? Update your preferences.`;
const workday = (company: string, req: string): string =>
  `\n\nRequisition ${req}\n${company} Careers · Candidate Home\nThis is a system-generated email. Do not reply to this address.`;
const smart = (company: string): string => `\n\n${company} · Recruiting powered by SmartRecruiters\nView our candidate privacy notice`;
const ashby = '\n\n— \nThis email was sent using Ashby. Reply to reach the hiring team directly.';
const icims = (company: string): string =>
  `\n\n${company} Talent Acquisition\n*** This mailbox is not monitored. Please visit the careers portal (iCIMS) to review your application status. ***`;
const workable = (company: string): string => `\n\n--\n${company} uses Workable to manage applications. Unsubscribe · Privacy`;
const teamtailor = (company: string): string => `\n\n—\nSent from ${company}'s career site · Teamtailor\nYour data: view, download or delete`;
const personio = (company: string): string =>
  `\n\n--\n${company} GmbH · Sent with Personio\nWe store your applicant data in line with our data protection notice for applicants (GDPR Art. 13).`;
const quoted = (when: string, who: string, body: string): string =>
  `\n\nOn ${when}, ${who} wrote:\n` + body.split('\n').map((l) => `> ${l}`).join('\n');

export const SEALED_9: readonly CorpusLine[] = [
  // ── February: the first wave of applications
  other(`Hi Leena,

Thanks for applying for the Product Analyst role at Oxbow Analytics. Your application has come through safely and it's now with our team.

We'll read it over the next week or so. If your background lines up with what we're looking for, someone from recruiting will get in touch to set up a first conversation. You don't need to do anything else for now.

In the meantime, you can learn more about how we work at oxbow.io/life.

Best,
The Oxbow Talent Team${greenhouse('Oxbow Analytics')}`, 'Thanks for applying to Oxbow Analytics'),

  other(`Leena — thank you for applying for Data Analyst (Platform) at Penhallow Software.

A real person reads every application here, so please allow us a week or two. You'll hear from us whatever the outcome.

Penhallow Recruiting${lever('Penhallow Software')}`, 'Penhallow Software: we got your application'),

  other(`Dear Leena Okonjo-Reid,

Thank you for applying to the Marrowgate Bank Graduate Analyst Programme 2025 (Technology & Data track).

We have successfully received your application. Our recruitment team will assess all applications against the programme criteria, and you can follow the progress of yours at any time by signing in to Candidate Home.

Please make sure the email address on your profile is correct, as all further communication about the programme will be sent there.

Kind regards,
Early Careers Recruitment
Marrowgate Bank plc${workday('Marrowgate Bank', 'R-20417')}`, 'Application received: Graduate Analyst Programme 2025'),

  other(`Data Analyst jobs in Manchester — 12 new this week

Insight Analyst · Pennine Water · Manchester · £34k–£38k · 2 days ago
Junior BI Developer · Calder Stores Group · Salford (hybrid) · 3 days ago
Data Analyst, Customer · Wolsey Telecom · Remote (UK) · 5 days ago
Reporting Analyst (12-month FTC) · NHS trust · Manchester · 6 days ago

See all 12 jobs →

You're getting this alert because you saved the search "data analyst" within 10 miles of Manchester. Change frequency or turn off this alert.`, '12 new jobs for "data analyst" near Manchester'),

  other(`Hello Leena,

Thank you for your application for the role of Commercial Insights Analyst at Saffrane Foods. We have received it and will be reviewing it carefully.

Our hiring team reviews applications regularly, and if your profile matches our requirements we will contact you to discuss the next steps.

Thank you for your interest in joining Saffrane.

Saffrane Foods Talent Acquisition${smart('Saffrane Foods')}`, 'Saffrane Foods - Thank you for your application'),

  rej('application', ['profile_mismatch'], door,
    `Hi Leena,

Thank you for taking the time to apply for the Product Analyst position at Oxbow Analytics.

We've now had a chance to review your application against what the team needs for this role, and we don't think it's the right match this time, so we won't be taking your application further.

We do hire analysts fairly often, and we'd be glad to see your name again if something comes up that fits your experience more closely.

Thanks again for your interest in Oxbow.

The Oxbow Talent Team${greenhouse('Oxbow Analytics')}`, 'Your application to Oxbow Analytics'),

  other(`Hi Leena,

We've received your application for Analytics Engineer at Driftmark. Thanks for your interest!

What happens next: our recruiting team reviews applications on a rolling basis. If there's a potential fit, we'll reach out with a link to book an intro call.${ashby}`, 'Application received — Analytics Engineer at Driftmark'),

  other(`Your application was sent to Rookwood Games

Business Intelligence Analyst
Rookwood Games · Leamington Spa (Hybrid)
Applied just now

Your profile, CV (Leena_Okonjo-Reid_CV_2025.pdf) and contact details were shared with Rookwood Games.

Track your application in My Jobs. You'll be notified when the employer views your application.`, 'Leena, your application was sent to Rookwood Games'),

  other(`Dear Leena,

Thank you for your interest in Ambergate Mutual Insurance. This message confirms that we have received your application for:

Claims Data Analyst — Requisition 2025-3381 — Remote, US (Eastern time zone hours)

Our talent acquisition team will review your qualifications. If they match the requirements of the position, a recruiter will contact you. You may review the status of your submission at any time on our careers portal.

Thank you,
Ambergate Mutual Talent Acquisition${icims('Ambergate Mutual')}`, 'Application Submitted - Claims Data Analyst'),

  rej('application', ['generic'], {},
    `Dear Leena,

Thank you for your interest in the Claims Data Analyst position (Requisition 2025-3381) with Ambergate Mutual Insurance.

After reviewing your application, we have decided not to move forward with your candidacy for this position. We appreciate the time you invested in applying.

Sincerely,
Ambergate Mutual Talent Acquisition${icims('Ambergate Mutual')}`, 'Your Application Status - Claims Data Analyst'),

  other(`Hi Leena,

Thank you for applying to Hazelnote for the Customer Data Analyst role! We're a small team, so it may take us a little while to get back to you, but we do read everything.

Cheers,
Mags from Hazelnote${workable('Hazelnote')}`),

  other(`Hej Leena!

Thank you for applying for the position Data Analyst – Growth at Loomstead. We're happy you want to join us.

We will go through all applications after the last application date (28 February) and get back to everyone as soon as we can after that.

Have a lovely day!
Loomstead People Team${teamtailor('Loomstead')}`, 'Thank you for your application, Leena!'),

  other(`Dear Ms Okonjo-Reid,

thank you very much for your application as Data Analyst (m/f/d) at Tarnwell Labs and for the interest in our company.

We have received your documents and will check them carefully. We will contact you again as soon as possible.

Kind regards
Your Tarnwell Labs recruiting team${personio('Tarnwell Labs')}`, 'Your application at Tarnwell Labs'),

  rej('application', ['generic'], door,
    `Hello Leena,

Thank you for your interest in the Commercial Insights Analyst role at Saffrane Foods and for the time you spent on your application.

We received a large number of applications for this position and, after careful review, we regret that we will not be progressing yours on this occasion.

We will hold your details in our talent pool for 12 months, and we encourage you to keep an eye on our careers page for future vacancies.

Kind regards,
Saffrane Foods Talent Acquisition${smart('Saffrane Foods')}`, 'Your application at Saffrane Foods'),

  other(`Hi Leena,

Please verify your email address to finish creating your Bluestem Health careers account.

Verify my email

This link expires in 24 hours. If you didn't create an account, you can ignore this message.

Bluestem Health Talent Acquisition`, 'Verify your email address'),

  other(`Hello Leena,

We noticed you started an application for Population Health Data Analyst (REQ-88102) but didn't submit it.

Your progress has been saved. Pick up where you left off before the posting closes on March 7.

Continue application

Bluestem Health${workday('Bluestem Health', 'REQ-88102')}`, 'You have an incomplete application'),

  other(`Hi Leena,

Thanks so much for applying for the Data & Insights Analyst role at Zephyrline Travel. We're excited that you'd like to join us.

Your application is now under review by our recruitment team. We aim to get back to every applicant within 10 working days, and we'll let you know either way.

Speak soon,
Zephyrline Talent`, 'Your Zephyrline application is under review'),

  rej('application', ['profile_mismatch'], {},
    `Hi Leena,

Thanks for applying for the Customer Data Analyst role and sorry for the slow reply!

We've had a look and we don't think your experience is quite the fit for what we need right now, so we're going to pass this time.

Wishing you the best with the search,
Mags from Hazelnote${workable('Hazelnote')}`, 'Re: Customer Data Analyst at Hazelnote'),

  other(`Hi Leena,

Good news — your application for Business Intelligence Analyst was viewed by Rookwood Games.

Employers usually take a couple of weeks to respond. We'll let you know if there's an update.

See similar jobs you might like →`, 'Rookwood Games viewed your application'),

  rej('application', ['generic'], {},
    `Hi Leena, thanks for applying for the BI Analyst role. We won't be moving forward with your application. Best, Rookwood Games`),

  other(`Hi Leena,

Hope you don't mind me reaching out. I came across your profile and your SQL and dashboarding background looks like a strong match for a couple of roles I'm working on:

• Reporting Analyst — insurance client, Manchester city centre, 3 days in office, up to £42k
• Data Analyst — retail client, fully remote, 6-month contract, £300/day outside IR35

Would you be open to a quick 15-minute call this week? Let me know a time that suits and I'll give you a ring.

Thanks,
Josh Whitlock
Senior Consultant, Data & Analytics
Thistledown Recruitment
07700 900418`, 'Data roles in Manchester - quick chat?'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Leena,

Thank you so much for applying for Data Analyst – Growth and for your interest in Loomstead.

We have now gone through all applications. Your experience is interesting, but this role is based at our office in Malmö and requires that you already have the right to work in Sweden, as we are not able to offer relocation or work permit support for this position. For this reason we will not move forward with your application.

We hope you'll keep following us, and you are very welcome to apply for our remote roles in the future.

Warm regards,
Loomstead People Team${teamtailor('Loomstead')}`, 'Update on your application at Loomstead'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms Okonjo-Reid,

thank you again for your application as Data Analyst (m/f/d) and the time you have invested.

After careful review we have to inform you that we cannot consider your application further. For this position, business fluent German (at least C1) is essential, as you would work closely with our German-speaking customers and prepare reports in German. From your documents we could not see this.

We would be happy if you apply again for an English-speaking position at Tarnwell Labs in the future.

Kind regards
Your Tarnwell Labs recruiting team${personio('Tarnwell Labs')}`, 'Your application at Tarnwell Labs'),

  other(`Hi Leena,

Thanks for your time on the phone just now — great to chat.

As promised, I've now submitted your CV to the insurance client for the Reporting Analyst role. They usually come back to me within a week. I'll call you as soon as I hear anything.

Speak soon,
Josh

Josh Whitlock | Thistledown Recruitment`, 'CV submitted - Reporting Analyst (insurance)'),

  other(`Hi Leena,

Thanks for your interest in the Data Analyst (Platform) role. We'd love to set up a first interview with Tom Ashby (Analytics Lead) and Priya Nair (Senior Analyst). It'll be a 45-minute video call, mostly about your past work plus a few questions on SQL.

Could you let me know which of these slots works?

- Tuesday 11 March, 10:00–10:45 GMT
- Wednesday 12 March, 14:00–14:45 GMT
- Thursday 13 March, 11:30–12:15 GMT

If none of them suit, just send me a couple of alternatives.

Thanks,
Hannah
Recruiting, Penhallow Software${lever('Penhallow Software')}`, 'Interview invitation: Data Analyst (Platform) at Penhallow'),

  rej('application', ['generic'], door,
    `<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Dear Leena,</p>
<p>Thank you for applying to the Marrowgate Bank Graduate Analyst Programme 2025.</p>
<p>We received a record number of applications this year and competition for places has been very strong. Having reviewed your application carefully, we are sorry to let you know that we will not be taking it forward to the next stage of our process.</p>
<p>We appreciate the effort you put into your application and would encourage you to apply again for future programmes &ndash; details of our 2026 intake will be published on <a href="https://careers.marrowgate.co.uk/early">our Early Careers page</a> in the autumn.</p>
<p>Kind regards,<br>Early Careers Recruitment<br>Marrowgate Bank plc</p>
</body></html>`, 'Your application to the Graduate Analyst Programme 2025'),

  other(`Dear Leena,

Thank you for applying for a role with us recently. Whatever the outcome of your application, we'd really value your views on how we did.

Our short candidate survey takes around 3 minutes and is completely anonymous. Your answers help us make applying to Marrowgate fairer and simpler.

Take the survey

Thank you,
Early Careers Recruitment, Marrowgate Bank`, 'How was your experience applying to Marrowgate?'),

  other(`Confirmed: Data Analyst (Platform) — first interview

When: Wednesday 12 March 2025, 14:00–14:45 (GMT)
Where: Google Meet — meet.google.com/xbe-qvtr-kom
Who: Tom Ashby, Priya Nair, Leena Okonjo-Reid

Thanks Leena, you're all set. Tom and Priya are looking forward to meeting you. If anything changes, just reply to this email and we'll sort out another time.

Hannah, Penhallow Recruiting`, 'Confirmed: your interview with Penhallow Software on 12 March'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Leena,

Thank you for your application for the position of Clinical Data Analyst (Job ID 4471) at Brackenridge Pharma.

We have reviewed your application carefully. This role requires a degree in a life-science discipline together with hands-on experience of working in a GxP-regulated environment, and on this occasion we have been unable to identify that experience in your application. We will therefore not be progressing your application further.

As a member of our Talent Community you will continue to receive notifications of new roles that match your interests, and we would welcome a future application from you.

Yours sincerely,
Brackenridge Pharma Talent Acquisition${workday('Brackenridge Pharma', '4471')}`, 'Brackenridge Pharma: Clinical Data Analyst'),

  other(`Hi Leena,

Welcome to the Brackenridge Pharma Talent Community!

You've chosen to hear about roles in: Data & Analytics, Commercial Operations. We'll email you when we post a job that matches, plus the occasional update on life at Brackenridge.

You can update your interests or leave the community at any time from your profile.

The Brackenridge Talent Team`, 'Welcome to our Talent Community'),

  // ── March: first conversations, tests and interviews
  other(`Hi Leena,

Thanks for applying to Driftmark! We'd like to invite you to a 30-minute intro call with Sasha from our recruiting team. It's a relaxed chat about your background, what you're looking for and the role.

Please pick a time that works for you using the link below:

Book your intro call →

Looking forward to chatting!${ashby}`, 'Driftmark: schedule your intro call'),

  other(`Invitation: Intro call — Leena Okonjo-Reid / Driftmark
Thu 6 Mar 2025 4pm – 4:30pm (Greenwich Mean Time - London)

Joining info: Join with Zoom — driftmark.zoom.us/j/84412930571
Organizer: sasha.ortiz@driftmark.com
Guests: Sasha Ortiz, Leena Okonjo-Reid

Going (leena.okonjoreid@…)?   Yes - Maybe - No   more options »

Invitation from Google Calendar`, 'Invitation: Intro call — Leena Okonjo-Reid / Driftmark @ Thu 6 Mar 2025 4pm - 4:30pm (GMT)'),

  other(`Dear Candidate,

Thank you for applying for the role of Business Analyst – Payments at Sahyog Finserv.

Please note that we have received a very high volume of applications for this position, so it may take us longer than usual to revert to each applicant. We request your patience and assure you that every application will be reviewed.

Regards,
Talent Acquisition Team
Sahyog Finserv Pvt. Ltd., Pune`, 'Acknowledgement - Business Analyst - Payments'),

  rej('screen', ['position_filled'], door,
    `Hi Leena,

Thanks again for making time for the intro call last week — I really enjoyed hearing about your dbt work.

I wanted to let you know quickly that we've just made an offer to another candidate for the Analytics Engineer role who was already further along in our process, and they've accepted. That means the role is now filled and we won't be scheduling next steps.

I'm sorry it's not better news. I'd genuinely like to keep in touch — we're planning more analytics hires in the second half of the year and I'll reach out when those open.

All the best,
Sasha${ashby}`, 'Analytics Engineer at Driftmark — an update'),

  other(`Hi Leena,

Thank you for applying for Data Analyst at Ondrix Health. As the next step, we'd like you to complete a short online assessment.

Format: 3 SQL questions and 1 short data-interpretation exercise
Time limit: 75 minutes once started
Platform: CodeSignal (link below, unique to you)
Deadline: Sunday 16 March, 23:59 GMT

Start assessment

Please do it in one sitting in a quiet place. You can use documentation but not another person's help. If you need any adjustments, reply to this email before you start.

Good luck!
Ondrix Health Talent Team`, 'Next step: Ondrix Health online assessment'),

  other(`Hi Leena,

Hope your week's going well! I wanted to give you an update on the Data & Insights Analyst role.

We've had a huge response and we're still working our way through the applications. Yours is still with us and being considered. Thanks so much for your patience — we'll be in touch as soon as we can.

Zephyrline Talent`, 'Your Zephyrline application – an update'),

  other(`Hi Leena,

This is a friendly reminder that your Ondrix Health online assessment is due by Sunday 16 March, 23:59 GMT. You haven't started it yet.

Start assessment

If you've already decided not to continue with your application, you can ignore this email.

Ondrix Health Talent Team`, 'Reminder: your assessment closes on Sunday'),

  rej('application', ['position_filled'], {},
    `Dear Leena,

Thank you for your application for the role of Merchandise Planning Analyst at Meridale Retail.

We're writing to let you know that this vacancy has now been filled. Thank you for the interest you have shown in working with us.

Kind regards,
Meridale Retail Recruitment`, 'Merchandise Planning Analyst - Meridale Retail'),

  other(`Dear Leena,

Greetings from Aranya Analytics!

We regret the delay in getting back to you regarding your application for Senior Data Analyst (UK delivery centre). We are pleased to inform you that your profile has been shortlisted for the technical round of interview.

Details are as below:
Mode: Microsoft Teams (link will be shared one day prior)
Date: 18-Mar-2025
Time: 11:00 AM GMT
Panel: Mr. Rakesh Iyer, Delivery Head – Data

Kindly confirm your availability by replying to this mail. Also request you to keep a copy of your updated CV and a government ID proof handy.

Thanks & Regards,
Divya Menon
HR Executive – Talent Acquisition
Aranya Analytics`, 'Interview Schedule - Senior Data Analyst - Aranya Analytics'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Leena,

Hope you're well. Following our call last week, I've now had feedback from the insurance client on the Reporting Analyst role.

Unfortunately they're not going to take you forward to interview. They liked your SQL and your Power BI work, but they're really set on someone who has used SAS day to day, as their whole reserving team still runs on it and they don't have the time to train someone up.

Gutted, as I thought you'd be a good fit. I'll keep sending stuff your way though — I've got a couple more coming in next week.

Cheers,
Josh`, 'Reporting Analyst - feedback from client'),

  other(`Hi Leena,

Thank you for your time today — it was lovely to meet you, and Tom and Priya enjoyed hearing about your churn model.

I'm happy to say we'd like to invite you to the second stage. This is a 90-minute session on site at our Manchester office (Hatch, 3rd floor, 50 Mosley Street):

- 45 min: working session with Priya on a small dataset we'll share on the day
- 30 min: chat with Daniel Owusu, our Head of Data
- 15 min: your questions for us

Are you free on Monday 24 March, any time after 10am? I'll send a calendar confirmation once we've agreed a time.

Thanks,
Hannah
Recruiting, Penhallow Software${lever('Penhallow Software')}`, 'Next steps: second interview at Penhallow'),

  other(`Hi Leena,

Thanks for applying for Data Analyst at Kestrelbay — we enjoyed reading your application.

The next step is a take-home exercise. Attached you'll find a zip with a small dataset (orders.csv, customers.csv) and a brief.

The brief, in short:
1. Build a monthly retention view of customers by signup cohort.
2. Tell us the two or three things you'd flag to the commercial team, with a chart or two.
3. Write up your approach and any assumptions in a page at most.

Please don't spend more than 3–4 hours on it. Use whatever tools you like (SQL, Python, R, even a spreadsheet). Send us your work by Friday 21 March by replying to this email.

Any questions about the brief, just ask.

Best,
Ellie Grant
People & Talent, Kestrelbay`, 'Kestrelbay: take-home exercise'),

  hold('application', ['role_closed'], {},
    `Dear Leena,

Thank you for your application for the Bioinformatics Data Analyst position at Verdance Bio, and for your patience while we've been reviewing candidates.

I wanted to let you know that we have temporarily paused recruitment for this role while the leadership team reviews our headcount plan for the year. No decisions have been made on any applications, and yours remains active in our system.

We expect to have more clarity within the next four to six weeks and will contact you as soon as we know whether the search will resume.

Best regards,
Rachel Kim
Talent Partner, Verdance Bio`, 'Bioinformatics Data Analyst - an update on timing'),

  rej('assessment', ['assessment'], door,
    `Hi Leena,

Thank you for completing the online assessment for the Data Analyst role at Ondrix Health.

We have now reviewed your results. Unfortunately your score did not reach the level required to progress to the interview stage, so we will not be taking your application further at this time.

Assessments are only one part of how we hire, and we'd encourage you to apply again for future roles with us.

Best wishes,
Ondrix Health Talent Team`, 'Your Ondrix Health application'),

  other(`Hi Leena,

Really sorry to do this, but our hiring manager, Marcus, has been called into an urgent client meeting on Thursday afternoon. Unfortunately we'll need to move your interview for the Audience Insights Analyst role.

Would either of these work instead?
• Friday 21 March at 10:00
• Monday 24 March at 15:30

Apologies for the inconvenience, and thanks for being flexible.

Best,
Farah Qureshi
Talent Coordinator, Gantry Lane Media`, 'Gantry Lane Media - we need to reschedule your interview'),

  other(`Hi Leena,

Quick update: your application for Pricing Analyst has been forwarded to the hiring manager, who'll review it along with others over the next fortnight. I'll be in touch once I hear back.

Abi
HR Business Partner, Quernstone Freight`, 'Your application - forwarded to hiring manager'),

  rej('application', ['internal_candidate'], {},
    `Hi Leena,

Thanks for your patience with this one. I know I mentioned that I'd passed your CV to the hiring manager for the Pricing Analyst role.

After some thought the team has decided to give the role to someone already working in our pricing team, who has been covering it on an interim basis. So we won't be progressing any external applications, including yours.

Sorry it's not better news, and thanks for your interest in Quernstone.

Kind regards,
Abi Lawson
HR Business Partner, Quernstone Freight`, 'Pricing Analyst - Quernstone Freight'),

  rej('screen', ['salary'], fb,
    `Hi Leena,

Thank you for taking my call on Monday and for sharing more about your background. I enjoyed our conversation.

I've spoken with the hiring manager for the Population Health Data Analyst position. She was impressed with your experience, but the salary expectation you mentioned on our call (£48,000) is well above the range approved for this role, which tops out at £39,500, and we aren't able to move the band. For that reason we won't be moving you forward in the process.

Thank you again for your time.

Kind regards,
Marisol Grant
Senior Recruiter, Bluestem Health`, 'Population Health Data Analyst - next steps'),

  other(`Your application status has been updated.

Position: Population Health Data Analyst (REQ-88102)
New status: In Review

Sign in to Candidate Home to view the details of your application.${workday('Bluestem Health', 'REQ-88102')}`, 'Bluestem Health: application status update'),

  hold('screen', ['role_closed'], {},
    `Hi Leena,

Thanks so much for chatting with me on the phone last Tuesday.

I'm writing with an update I'd rather not be sending: Zephyrline is going through a reorganisation of our commercial teams, and the Data & Insights Analyst role has been put on hold until the new structure is agreed. That's likely to take until at least May.

Nothing has been decided about your application, and you're still very much in the process. As soon as I know whether the role will reopen (and in what shape), you'll be the first person I call.

Sorry for the wait, and thanks for bearing with us.

Jess
Zephyrline Talent`, 'Data & Insights Analyst - role on hold'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Leena,

Thank you for applying for the role of Junior Marketing Data Assistant at Solenne Cosmetics.

Having read your application, we were struck by the depth of your experience: you have clearly been running analysis projects independently for several years. This position, however, is an entry-level role focused mainly on data entry and routine reporting, and we feel it would not make good use of your skills or keep you engaged for long. We have therefore decided not to take your application forward.

We would be very happy to hear from you should a more senior analytics role be advertised with us in the future.

With best wishes,
Claire Devereux
People Team, Solenne Cosmetics`, 'Your application to Solenne Cosmetics'),

  other(`Hi Leena,

Confirming your second interview for Data Analyst (Platform):

Monday 24 March, 10:30–12:00
Penhallow Software, Hatch (3rd floor), 50 Mosley Street, Manchester
Ask for Hannah at reception — I'll come and meet you.

Please bring a laptop if you can; if not, we'll lend you one for the working session. There's nothing to prepare.

See you then!
Hannah${lever('Penhallow Software')}`, 'Second interview confirmed - Monday 24 March'),

  hold('assessment', ['role_closed'], {},
    `Hi Leena,

Thanks for sending in your take-home on Thursday — it arrived safely.

A quick heads-up on timing: our hiring manager for this role, Ruth, has unexpectedly had to take a few weeks of leave, so we've postponed reviewing the take-homes until she's back, probably in the week of 14 April. We haven't looked at or decided on any submissions yet, and your application is still very much open.

Sorry for the longer wait, and thanks for bearing with us.

Ellie Grant
People & Talent, Kestrelbay`, 'Kestrelbay - a delay on our side'),

  other(`Dear Leena,

We are writing about your recent application for Tenancy Data Officer at Wyvern Vale Housing.

Unfortunately, due to a technical problem with our online application form between 10 and 14 March, the supporting statement section of some applications was not saved. Yours is one of those affected.

We are very sorry for the inconvenience. So that your application can be considered, please resubmit your supporting statement using the link below by 5pm on Friday 28 March. The rest of your application has been kept.

Resubmit your supporting statement

Kind regards,
Recruitment Team
Wyvern Vale Housing`, 'Action needed: please resubmit your supporting statement'),

  rej('application', ['role_closed'], {},
    `Dear Leena,

Thank you for your interest in the Member Insights Analyst position at Prairieline Credit Union.

We are writing to let you know that this position has been cancelled and will not be filled at this time. As a result, we are unable to move forward with your application.

We appreciate the time you took to apply.

Sincerely,
Human Resources
Prairieline Credit Union`, 'Member Insights Analyst - Position Update'),

  // ── Late March and April: more interviews, more silence, more decisions
  rej('screen', ['profile_mismatch'], door,
    `Hi Leena,

Thanks for taking the time to speak with me yesterday about the Pricing Data Analyst role at Tidemark Insurance — I really appreciated your openness about what you're looking for next.

Having spoken to the hiring team, we've decided not to progress your application to interview. We're looking for someone whose background is a closer match to this particular role, and on balance we felt other candidates were better aligned.

I'd be keen to keep your details on file, as I think you'd be a strong candidate for other analyst roles we'll be hiring for later in the year, and I'll reach out if anything suitable comes up.

Best regards,
Owen Pryce
Talent Acquisition, Tidemark Insurance`, 'Pricing Data Analyst - Tidemark Insurance'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Leena,

Thank you for coming in to meet Marcus and me on Friday, and for being so flexible with the reschedule.

We've now finished interviews for the Audience Insights Analyst role and I'm afraid we won't be offering you the position. Marcus really enjoyed the conversation, and your stakeholder examples were great. Where we felt you were less strong was in experimentation: the role involves designing and reading A/B tests on our subscription pages every week, and we need someone who has already run a testing programme. That's really the only reason.

Please do apply again, though — we'll be hiring a second analyst in the autumn.

Best,
Farah Qureshi
Talent Coordinator, Gantry Lane Media`, 'Audience Insights Analyst - outcome'),

  rej('application', ['profile_mismatch'], door,
    `Dear Leena,

Greetings from Vayuvega Logistics!

Thank you for showing interest in the position of MIS Analyst with our organisation. We have carefully gone through your profile and we regret to inform you that your profile is not matching with the current requirement.

We will keep your resume in our database and will contact you in case any suitable opening arises in future.

Wishing you all the best for your career.

Warm Regards,
HR Team
Vayuvega Logistics Pvt. Ltd.
Gurugram, Haryana`, 'Your application with Vayuvega Logistics'),

  other(`Hi Leena,

I'm Ravi, I lead data at Orvex Robotics. Saw your post about rebuilding a reporting layer in dbt — nice write-up.

We're not hiring for analysts this minute, but we will be in Q3 and I'd love to have a chat before then if you're open to it. No process, no pressure, just a coffee in Manchester or a video call.

Ravi`),

  other(`Dear Leena,

Thank you for your interest in a career at Bluestem Health. Based on your profile, we thought you might be interested in these open roles:

• Healthcare Data Analyst II — Remote (UK)
• Quality Improvement Analyst — Leeds
• Senior Reporting Analyst — Manchester

View jobs

You're receiving this email because you have a candidate profile with Bluestem Health. Update your job alert settings.`, 'Jobs you may like at Bluestem Health'),

  rej('application', ['generic'], {},
    `Hi Leena,

Thanks for following up on the Data Analyst role, and sorry you had to chase. We've gone with other candidates for this one. Best of luck!

Kit${quoted('Tue, 25 Mar 2025 at 09:12', 'Leena Okonjo-Reid', `Hi Kit,

I applied for the Data Analyst role at Fennick Studio about four weeks ago and just wanted to check whether there's any update on my application. I'm still very interested.

Many thanks,
Leena`)}`, 'Re: Data Analyst application - any update?'),

  rej('application', ['location'], fb,
    `Hi Leena,

Thank you for applying for the Security Data Analyst position at Ridgeback Security. We appreciate your interest.

Although the role is remote, it is open only to candidates who currently reside in the United States and are authorized to work in the U.S. without employer sponsorship, now or in the future. Based on the information in your application, you do not meet this requirement, so we are unable to consider you for the role.

Thank you again for thinking of Ridgeback.

Ridgeback Security Recruiting${greenhouse('Ridgeback Security')}`, 'Ridgeback Security - Security Data Analyst'),

  other(`Hi Leena,

Thank you for letting us know. This email confirms that you have withdrawn your application for Operations Analyst at Cobaltine.

We're sorry to see you go, but we understand. If you withdrew by mistake, or you change your mind later, you're welcome to apply again while the role is open.

All the best,
Cobaltine Recruiting`, 'Your application has been withdrawn'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Hi Leena,

Thank you so much for coming in on Monday for the second stage, and for all the time you've given us over the last few weeks.

I'm sorry to say that we've decided not to offer you the Data Analyst (Platform) role. The whole team enjoyed meeting you and it wasn't an easy decision, but in the end we went with another candidate whose experience was a closer match to what the role needs right now.

If it would be helpful, I'd be very happy to set up a short call with Daniel to talk through our thinking — just let me know.

We'd love to stay in touch, and I hope you'll consider applying to Penhallow again in future.

Warmly,
Hannah
Recruiting, Penhallow Software${lever('Penhallow Software')}`, 'Data Analyst (Platform) - our decision'),

  other(`Dear Leena,

Thank you for your interest in the Senior Data Analyst position with Aranya Analytics and for attending the technical round on 18-Mar.

We are pleased to inform you that you have cleared the technical round. The next round will be the Managerial round with Ms. Sunita Rao (Practice Director, UK) on 27-Mar-2025 at 2:30 PM GMT over Teams.

Kindly revert with your confirmation at the earliest.

Thanks & Regards,
Divya Menon
HR Executive – Talent Acquisition
Aranya Analytics`, 'Aranya Analytics - Managerial Round'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Leena,

Thanks for applying for the Learning Data Analyst role at Keystroke Learning — we really appreciate you taking the time.

We've reviewed your application and we're not going to move it forward. The hiring manager was specifically looking for at least three years of hands-on Tableau experience and some background working with learning or education data, and we couldn't see those in your CV.

We'll keep your CV in our talent pool, and if a role comes up that's a better match we'll be in touch.

Best,
Keystroke Learning Talent`, 'Keystroke Learning - your application'),

  rej('screen', ['generic'], door,
    `Dear Leena,

This has reference to your application for the position of Business Analyst – Payments and the telephonic discussion held with our HR team on 24-Mar-2025.

We thank you for the time you have spent with us. However, we regret to inform you that you have not been shortlisted for the next round of the selection process.

We shall retain your profile in our records and will get in touch should a suitable opportunity arise in the future.

Wish you all the best.

Regards,
Talent Acquisition Team
Sahyog Finserv Pvt. Ltd., Pune`, 'Status of your application - Business Analyst - Payments'),

  rej('assessment', ['assessment'], {},
    `Dear Leena,

Thank you for completing the online numerical and verbal reasoning tests as part of your application for the Data Analyst Apprenticeship at Elmstead Building Society.

We regret to inform you that your results did not meet the benchmark required to progress, and we will not be taking your application further.

Thank you for your interest in Elmstead.

Elmstead Building Society Recruitment`, 'Elmstead Building Society - application outcome'),

  other(`Hi Leena,

Thank you for interviewing for the Risk Data Analyst role at Sundial Pay. I'd like to get you booked in with Luca (Head of Risk) and Amara (Senior Data Scientist) for a 1-hour video interview.

Proposed: Wednesday 2 April, 13:00–14:00 BST, Google Meet. Could you confirm this works?

Thanks,
Noor
People Team, Sundial Pay`, 'Sundial Pay - interview with the Risk team'),

  hold('interview', ['role_closed'], {},
    `Hi Leena,

Thank you again for interviewing with us for the Risk Data Analyst role. I know you were expecting to hear from us by the end of last week, and I'm sorry for the silence.

The company has just announced a temporary hiring freeze across all non-engineering teams while we finalise our budget for the next two quarters. That means we have to pause this search for now. We have not made a decision on any of the candidates, and we're not closing the role.

I'll let you know the moment the freeze lifts — we're hoping it'll be a matter of weeks rather than months. If in the meantime you accept another role, I'd be grateful if you could let me know.

Thanks for your understanding,
Noor
People Team, Sundial Pay`, 'Risk Data Analyst - pausing our search'),

  rej('application', ['generic'], {},
    `<div style="font-family:Helvetica,Arial,sans-serif;max-width:600px">
<p>Hi Leena,</p>
<p>Thank you for your interest in the <strong>Content Performance Analyst</strong> role at Glowmoth Media.</p>
<p>We were lucky to receive a huge number of applications, and unfortunately yours has not been successful on this occasion.</p>
<p>Because of the volume of applications we receive, we&rsquo;re not able to give individual feedback at this stage.</p>
<p>Thanks again,<br>Glowmoth Media Talent</p>
<p style="font-size:11px;color:#888">You received this email because you applied for a job at Glowmoth Media. <a href="#">Privacy</a></p>
</div>`, 'Your application to Glowmoth Media'),

  rej('application', ['profile_mismatch'], {},
    `<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:24px;font-family:Georgia,serif">
<tr><td>
<p>Dear Leena,</p>
<p>Many thanks for applying for the <b>E-commerce Analyst</b> role with Cragside Outdoor.</p>
<p>We have now reviewed your application alongside the requirements of the role. Although your experience is interesting, we don't feel that it is the right fit for this position, and we won't be inviting you to interview.</p>
<p>All the best for the rest of your search.</p>
<p>The Cragside Outdoor People Team</p>
</td></tr></table>
</td></tr></table>`, 'Your application: E-commerce Analyst'),

  rej('interview', ['internal_candidate'], {},
    `Dear Leena,

Thank you for attending the interview for the role of Strategy Analyst at Lumen & Hart last week.

I'm writing to let you know that, following the interviews, the partners have decided to appoint a member of our existing consulting team to the role. We will therefore not be offering the position to any of the external candidates.

Thank you for the time and care you put into your preparation.

Yours sincerely,
Georgina Pell
HR Manager, Lumen & Hart`, 'Strategy Analyst - Lumen & Hart'),

  other(`Hi Leena,

Thank you for your interest in Holmoak Labs. We've reviewed your application for Commercial Analytics Lead and we'd like to move you forward.

Our process from here is:
1. A 30-minute video call with me (recruiter)
2. A 1-hour interview with Aoife Brennan, VP Commercial
3. A final round: a 20-minute presentation of a short case we'll send you a week in advance, followed by conversations with three members of the leadership team

Please use this link to choose a slot for step 1 in the next fortnight.

Speak soon,
Callum
Talent, Holmoak Labs`, 'Holmoak Labs - next steps for Commercial Analytics Lead'),

  rej('application', ['salary'], fb,
    `Hi Leena,

Thanks for your application for the Robotics Operations Analyst role at Orvex Robotics.

On the application form you gave your expected salary as £50,000. The budget for this role is fixed at £38,000–£41,000, so unfortunately we can't take your application further for this one.

Thanks for your interest in Orvex.

Orvex Robotics Hiring Team`, 'Robotics Operations Analyst - Orvex Robotics'),

  other(`Dear Leena,

Thank you for your application for the Operations Data Analyst role at Halyard Maritime. We would be pleased to invite you to an interview at our Liverpool office on Tuesday 8 April at 11:00.

The interview will last about an hour and will be with James Hollis (Operations Director) and myself. We'd also ask you to bring along one example of a report or dashboard you've built (anonymised as needed) to talk us through.

Please let me know whether this time suits. Directions and parking information are attached.

Kind regards,
Sian Roberts
HR Officer, Halyard Maritime`, 'Invitation to interview - Operations Data Analyst'),

  rej('screen', ['location'], fb,
    `Hi Leena,

Thanks for the call this morning, it was good to learn more about you.

Having thought about what you said about needing a fully remote role, I don't think this one is going to work: the Data Analyst position needs someone in our Bristol office at least three days a week, and the team isn't able to make an exception. So I'm going to close your application for this one rather than keep you waiting.

Sorry, I know it's not what you hoped for.

Best,
Tamsin
Hollin Data`, 'Hollin Data - following up on our call'),

  rej('interview', ['culture_fit'], fb,
    `Dear Leena,

Thank you for meeting our panel on Thursday for the Care Quality Data Analyst post at Campion Care Group.

The panel appreciated your technical knowledge and your clear answers. However, this role sits within a very small team where the analyst works largely on their own, travelling between our homes and making decisions day to day with little direct supervision. From our discussion, and from what you told us about preferring a structured team with close collaboration, the panel felt the way this team works would not suit your preferred way of working, and we have decided not to offer you the post.

We wish you every success.

Kind regards,
Deborah Lyle
Recruitment Coordinator, Campion Care Group`, 'Care Quality Data Analyst - outcome of interview'),

  other(`Hi Leena,

Thank you for applying for the Data Analyst role at Mosaicly Insights! We'd like to invite you to complete a short take-home task.

You'll find the brief and the data at the link below. Please send us your notebook and a short summary (max. one page) within 7 days. Don't spend more than 3 hours on it.

Open the task

Any questions, just reply here.

Mosaicly Talent`, 'Mosaicly Insights - your take-home task'),

  rej('assessment', ['position_filled'], {},
    `Hi Leena,

Thank you so much for completing the take-home task for our Data Analyst role — we know it takes real time and effort.

While we were reviewing submissions, one of the candidates who was already further ahead in our process accepted an offer from us, so the role has now been filled. That means we won't be progressing your application, and we're sorry we couldn't give your work the full review it deserved.

Wishing you the very best with your search.

Mosaicly Talent`, 'Mosaicly Insights - update on the Data Analyst role'),

  rej('application', ['profile_mismatch'], {},
    `Dear Leena,

Thank you for the resubmitted supporting statement for the post of Tenancy Data Officer.

The shortlisting panel has now met. We regret to inform you that you have not been shortlisted for interview on this occasion, as the panel felt that other applicants demonstrated a closer match to the person specification.

Shortlisted candidates will be invited to interview during the week commencing 14 April.

Thank you for your interest in working for Wyvern Vale Housing.

Recruitment Team
Wyvern Vale Housing`, 'Tenancy Data Officer - shortlisting outcome'),

  rej('assessment', ['assessment'], fb,
    `Hi Leena,

Thank you for sending over your take-home exercise and for the time you put into it.

Ruth is back, and we've now reviewed everyone's submissions together. Your write-up was clear and nicely presented, but we were looking for a cohort retention view by signup month, and your analysis looked at overall monthly retention instead, so the two points you flagged didn't reflect how different cohorts were behaving. Because of this we won't be taking your application to the interview stage.

Thanks again for your interest in Kestrelbay, and best of luck.

Ellie Grant
People & Talent, Kestrelbay`, 'Kestrelbay - your take-home'),

  other(`Hi Leena,

Thank you very much for coming to meet James and me yesterday. We enjoyed talking to you, and your walkthrough of the fleet utilisation dashboard went down very well.

We would like to move to the final stage, which includes taking up references. Could you please send me the names and contact details of two referees, one of whom should be your current or most recent line manager? We won't contact them until you confirm we may.

Kind regards,
Sian Roberts
HR Officer, Halyard Maritime`, 'Operations Data Analyst - references'),

  rej('interview', ['generic'], door,
    `Dear Leena,

Thank you for attending an interview for the position of Fleet Performance Analyst with Solway Ferries.

Following careful consideration by the interview panel, I regret to inform you that on this occasion your application has been unsuccessful.

We very much appreciate your interest in Solway Ferries and would encourage you to apply for any future vacancies that may be of interest to you.

Yours sincerely,

Human Resources Department
Solway Ferries Ltd`, 'Fleet Performance Analyst - interview outcome'),

  rej('interview', ['skills_gap'], fb,
    `Dear Leena,

Thank you for attending the technical round of interview for the position of Data Engineer – Analytics at Kaveri Payments on 3rd April.

We appreciate the time you have given to us. After discussion with the panel, we regret to inform you that we will not be proceeding further with your candidature. The panel observed that while your SQL fundamentals are good, the role requires strong hands-on experience in Spark and building data pipelines on Databricks, which could not be established during the discussion.

We wish you success in your future endeavours.

Regards,
HR Team
Kaveri Payments`, 'Kaveri Payments - Interview Feedback'),

  other(`Dear Leena,

Greetings from Trikaal Consulting!

We are happy to inform you that your profile has been shortlisted for the position of Business Intelligence Consultant for one of our UK-based retail clients.

Kindly share the following details at the earliest so that we can schedule the client interview:
1. Current CTC / current salary
2. Expected CTC
3. Notice period
4. Availability for a video interview next week

Thanks & Regards,
Kavita Sharma
Senior Recruiter, Trikaal Consulting`, 'Shortlisted: Business Intelligence Consultant - UK'),

  hold('interview', ['role_closed'], {},
    `Dear Leena,

Greetings from Trikaal Consulting!

This is with reference to your client interview for the position of Business Intelligence Consultant (UK, Retail client) on 1st April.

We would like to inform you that the client has kept the requirement on hold for the time being due to pending budget approvals at their end. Your candidature is still under consideration and no decision has been taken so far.

We will revert to you as soon as we receive any update from the client. Request your patience in the meantime.

Thanks & Regards,
Kavita Sharma
Senior Recruiter, Trikaal Consulting`, 'Update - BI Consultant position (client requirement on hold)'),

  // ── Late April and May: final rounds and an offer
  rej('interview', ['profile_mismatch'], offered,
    `Dear Ms Okonjo-Reid,

Post: Performance and Insight Analyst (Ref. SC-0419)

Thank you for attending the interview for the above post on 9 April.

I am writing to inform you that, on this occasion, you were not successful. The panel assessed each candidate against the criteria in the person specification, and felt that other candidates provided stronger evidence against those criteria overall.

Should you wish to receive feedback on your interview, please contact the recruiting manager, Mr Alan Hurst, on 0161 496 0732.

Thank you for your interest in working for Stratus Civic.

Yours sincerely,

Recruitment Services
Stratus Civic`, 'Performance and Insight Analyst (Ref. SC-0419)'),

  rej('final', ['position_filled'], { ...door, ...offered },
    `Hi Leena,

I wanted to call, but I didn't get through, so I'm emailing instead.

Thank you for everything you put into the process for the Energy Markets Analyst role — the first interview, the modelling exercise and the final round with the leadership team last Thursday. Your presentation on the demand forecasts was one of the most thoughtful we saw.

We have now offered the role to another of the finalists and they have accepted, so I'm afraid we won't be able to offer it to you.

I wanted to explain a little about how we reached the decision, because I know from experience that a short "no" after three stages can feel very abrupt. After the final round, the panel (Ifeoma, Graham and Lucy from the trading desk, and me) met on Friday afternoon and went back through the notes from every stage for each finalist, not just the final day. We looked at the modelling exercise again as well as the interviews, and we talked to the two people who had run the first-round conversations. It took us the whole afternoon and a follow-up call on Monday morning before we were all in agreement, and the decision was made on Monday lunchtime.

A couple of practical things. Your travel expenses for the final round will be paid into your account by the end of the month; if you haven't already sent the train receipts, please forward them to me and I'll make sure finance has them. Your login for our assessment portal will expire automatically in 30 days, so there's nothing you need to do there.

I know how disappointing this will be after getting so far. If it would help, I'm very happy to talk you through the panel's comments — just reply and we'll find a time. I'd also really like to keep your details to hand: we have two more analyst roles planned for the autumn, and I'd like to contact you about them when they open.

With best wishes,
Helen Ashdown
Talent Acquisition Manager, Marchbank Energy`, 'Energy Markets Analyst - final decision'),

  other(`Hi Leena,

Thanks for sending your referees. I'll contact them this week.

In the meantime, I'm delighted to tell you that James would like to offer you the Operations Data Analyst role, subject to satisfactory references. Your formal offer letter is attached. In summary:

Salary: £41,500 per year
Hours: 37.5 per week, hybrid (2 days in the Liverpool office)
Holiday: 27 days plus bank holidays
Start date: to be agreed, ideally by 2 June

Please have a read and let me know if you have any questions. We'd be grateful for your answer by Friday 2 May.

Congratulations!
Sian Roberts
HR Officer, Halyard Maritime`, 'Offer of employment - Operations Data Analyst'),

  rej('final', ['salary'], fb,
    `Hi Leena,

Thank you for your patience while we worked through the last stage of the process, and for being so open with us about compensation.

After your final interviews with Patrick and the board last week, we'd hoped to make you an offer for the Financial Data Analyst role. Unfortunately, the salary you're looking for (£52k plus the equity we discussed) is higher than we can go for this position: our ceiling is £45k, and we couldn't find a way to bridge the gap. So we've reluctantly decided not to make you an offer.

I'm sorry, and I really hope our paths cross again.

Best wishes,
Morgan
Ironstead & Kline`, 'Financial Data Analyst - Ironstead & Kline'),

  rej('interview', ['position_filled'], {},
    `Hi Leena,

Thanks so much for your lovely note. I'm sorry to say that we've offered the Supply Planning Analyst role to another candidate, who has accepted.

Thanks again for coming in, and good luck with everything.

Rachel
Wrenbury Bakeries${quoted('Fri, 11 Apr 2025 at 17:40', 'Leena Okonjo-Reid', `Hi Rachel,

Thank you for taking the time to meet with me this afternoon. I really enjoyed hearing about the plans for the new Stockport site and how the planning team works with the bakeries. I'd love to be part of it.

Best wishes,
Leena`)}`, 'Re: Thank you - Supply Planning Analyst'),

  other(`Hi Leena,

Just checking in on the offer letter I sent last week. Have you had a chance to look through it? If there's anything you'd like to talk through — salary, start date, the hybrid arrangement — I'm happy to jump on a call.

A reminder that we'd be grateful for your decision by this Friday.

Kind regards,
Sian`, 'Re: Offer of employment - Operations Data Analyst'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Leena,

Thank you for all the work you put into the process for the Commercial Analytics Lead role, and especially for your presentation at the final round last Wednesday. The leadership team enjoyed meeting you.

We've decided not to offer you the role. The main reason is that this is a lead position, and the team felt they needed someone who has already managed analysts directly; from our conversations, your experience so far has been as an individual contributor, mentoring informally. Your case study itself was strong, and that was not part of the decision.

I'd really like to keep in touch: we'll be hiring senior analysts later this year, and I'd love to reach out to you when that happens.

All the best,
Callum
Talent, Holmoak Labs`, 'Commercial Analytics Lead - Holmoak Labs'),

  rej('final', ['role_closed'], {},
    `Dear Ms Okonjo-Reid,

Re: Data and Intelligence Analyst (Post Ref. CC/DI/25/07)

Thank you for attending the final stage interview and presentation on 15 April.

I am writing to let you know that, following a decision by the Council's senior leadership team on 24 April, the Data and Intelligence service is being restructured and this post has been withdrawn. As a result, no appointment will be made and we are unable to offer you the position.

The restructure follows the Council's medium-term financial plan, which requires savings across all directorates over the next three years. The functions that this post was intended to cover will instead be absorbed by the existing Performance team and by a shared analytics service with a neighbouring authority, and the funding for the post has been removed from next year's budget. This decision was taken after the interviews had been held and was not connected in any way to the candidates or to the interview process itself.

I appreciate that this is disappointing news after the effort you have put into your application and your presentation, and I apologise for any inconvenience caused. I would also like to thank you personally for the time you spent preparing for the day and travelling to Cinderford House.

If you have submitted a claim for interview expenses, this will still be processed in the usual way; please allow up to four weeks for payment. If you have any questions about this letter, you are welcome to contact the HR Service Centre on 01594 555 210, quoting the post reference above.

Yours sincerely,

Jo Hammond
Service Manager, Policy and Performance
Cinderford Council`, 'Data and Intelligence Analyst - post withdrawn'),

  rej('final', ['overqualified'], { ...fb, ...door },
    `Hi Leena,

Thank you for spending most of Tuesday with us at the onsite. Everyone you met said how much they enjoyed it.

We've talked at length about the Reporting Analyst role, and we've come to the conclusion that we shouldn't offer it to you. It isn't about your ability — if anything, the opposite. The role is mostly scheduled reporting and keeping the existing dashboards running, and with your experience of building models and leading projects we think you'd outgrow it within a few months. It wouldn't be fair to you or to the team.

We'd love to see you apply for a more senior analytics role with us — we expect to advertise one this summer.

Best,
Tom Reyes
Analytics Manager, Clearwell Health`, 'Clearwell Health - Reporting Analyst'),

  rej('final', ['generic'], {},
    `Dear Leena,

Thank you for taking part in the final round of interviews for the Investment Data Analyst role at Sablewood Partners.

After much deliberation, we have decided to move forward with another candidate. We appreciate the time and effort you put into the process.

Kind regards,
Sablewood Partners HR`, 'Sablewood Partners - Investment Data Analyst'),

  other(`Hi Leena,

Thank you for accepting our offer — we're all delighted!

To complete your pre-employment checks, please fill in the background screening form via the link below within the next five working days. You'll be asked for your address history for the last five years and proof of your right to work in the UK.

Start background check

Once your references and checks are complete, I'll send your contract and confirm your start date of Monday 2 June.

Welcome to Halyard Maritime!
Sian`, 'Welcome aboard - next steps'),

  other(`Hi Leena,

Thank you for applying to Pinehurl Analytics for the Strategy & Operations Analyst role — we've received your application. Our team is currently reviewing applications and will contact candidates selected for a phone screen within two weeks.

Pinehurl Analytics Recruiting`, 'Strategy & Operations Analyst - received'),

  other(`Hi Leena,

Just a quick reply to let you know that we're still reviewing applications for the Strategy & Operations Analyst role. Thanks for your patience — we'll be in touch as soon as we have an update.

Best,
Pinehurl Analytics Recruiting`, 'Re: Strategy & Operations Analyst application'),

  rej('screen', ['generic'], offered,
    `Hi Leena,

Thanks again for the phone screen on Tuesday. I wanted to let you know that we've decided to move forward with other candidates for the Strategy & Operations Analyst role.

If you'd like some feedback on your application or our conversation, just reply to this email and I'll be happy to share a few notes.

Best,
Jordan
Pinehurl Analytics Recruiting`, 'Strategy & Operations Analyst - update'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the post of Data Quality Analyst.

After careful consideration we have decided not to proceed with your application.

Nimbusfield HR`),

  rej('interview', ['position_filled', 'profile_mismatch'], {},
    `<p>Dear Leena,</p>
<p><strong>Administrative Data Analyst, Planning Office (Ref. NU-2025-114)</strong></p>
<p>Thank you for attending interview on 28 April for the above post. On behalf of the panel, I am writing to let you know that the post has now been offered to, and accepted by, a candidate whose experience more closely matched the essential criteria.</p>
<p>I am sorry to bring you disappointing news on this occasion and thank you for the interest you have shown in Northcott University.</p>
<p>Yours sincerely,</p>
<p>HR Services &ndash; Recruitment<br/>Northcott University</p>`, 'Northcott University - Ref. NU-2025-114'),

  other(`Hi Leena,

We're sorry to hear you've accepted a role elsewhere, but congratulations! I've closed your application for the Risk Data Analyst role at your request.

If the freeze lifts and you'd ever like to talk again, you know where I am.

Noor
People Team, Sundial Pay`, 'Re: Risk Data Analyst - withdrawing'),

  rej('assessment', ['assessment'], fb,
    `Hi Leena,

Thank you for preparing and sending in the written case study for the Business Analyst role at Quarrywell Consulting.

Neha and Simon have now marked it, and we have decided not to progress you to the partner interviews. Your structure and storytelling were good, but the financial model behind your recommendation had some significant problems: the revenue uplift was counted twice across the two scenarios, and the payback period didn't include the implementation costs given in the brief. As the role is heavily modelling-focused, this was decisive for us.

Thank you again for the effort you put in.

Best regards,
Quarrywell Consulting Recruiting`, 'Quarrywell Consulting - case study outcome'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for appearing for the online aptitude and coding assessment for the position of Associate – Data Analytics at Nilgiri Softworks.

We regret to inform you that you have not cleared the assessment, and hence we will not be able to take your candidature forward.

We wish you all the best.

Regards,
Campus & Lateral Hiring Team
Nilgiri Softworks Ltd.`, 'Nilgiri Softworks - Assessment Result'),

  other(`Dear Leena,

Thank you for your continued interest in Aranya Analytics.

We are delighted to inform you that you have been selected for the position of Senior Data Analyst. Please find attached the offer letter for your kind perusal. Kindly sign and revert by 05-May-2025.

For any clarification on the compensation structure, do feel free to reach out.

Thanks & Regards,
Divya Menon
HR Executive – Talent Acquisition
Aranya Analytics`, 'Offer Letter - Senior Data Analyst - Aranya Analytics'),

  other(`Hi Leena,

Our candidate team wanted to get in touch: as you recently applied for a role at Solway Ferries, we'd like to invite you to join our Talent Network. Members hear first about new vacancies across our ports and head office.

Join the Talent Network

Thank you,
Solway Ferries Careers`),

  rej('application', ['generic'], door,
    `Hi Leena,

Thanks for applying to the Insights Analyst role at Driftmark. We had a lot of great applicants and, unfortunately, we won't be moving forward with yours this time.

We'd love for you to apply again in the future — we'll be posting more analytics roles later this year.${ashby}`, 'Your application to Driftmark'),

  other(`Dear Leena,

Thank you for letting us know your decision regarding the offer for the Senior Data Analyst position. We are sorry that you will not be joining us, but we respect your decision and wish you the very best in your new role at Halyard Maritime.

We will be glad to connect with you for suitable opportunities in the future.

Regards,
Divya Menon
HR Executive – Talent Acquisition
Aranya Analytics`, 'RE: Offer Letter - Senior Data Analyst - Aranya Analytics'),
];
