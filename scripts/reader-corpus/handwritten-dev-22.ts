/**
 * Development messages of the twenty-second round, never sealed, aimed at rejection precision and recall in one job
 * seeker's inbox as it really is: acknowledgements in many applicant-tracking styles, status notes, invitations,
 * reschedules, reminders, job alerts, talent-community welcomes, recruiter newsletters and outreach, an offer,
 * onboarding, surveys, a withdrawal confirmed and feedback calls arranged after a decline — all in the polite words a
 * rejection uses ("thank you for your interest", "we appreciate the time you took", "due to the high volume",
 * "if your profile matches", "we regret any delay", "we will keep your details") — beside rejections and paused
 * processes written in those same words: a decline that opens like an acknowledgement, one hidden after a long
 * boilerplate, one that is a subject line and two words, and threads whose quoted message says the opposite of the
 * new one. An acknowledgement that only warns "if you do not hear from us, consider your application unsuccessful" is
 * not yet a decline.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d22-');

const noReply = '\n\nThis is an automated message from our recruiting system. Replies to this address are not read.';
const eeo = '\n\nHalden Freight is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or veteran status.';
const bank = '\n\nWith Regards,\nTalent Acquisition Group\nSuryodaya Bank Ltd., Corporate Office, Mumbai\nDisclaimer: This communication is intended only for the addressee.';
const uni = '\n\nHuman Resources\nUniversity of Harrowgate\nPlease quote the vacancy reference in any correspondence.';

export const HANDWRITTEN_DEV_22: readonly CorpusLine[] = [
  // ── (1) acknowledgements in many tracking-system styles
  other(`Hi Daniela,

Thanks for applying to Orchard Health! We appreciate your interest in the Product Analyst role and the time you took to put your application together.

Our team reviews every application. If your background is a strong match for what the team needs, someone from our recruiting team will reach out to set up a first conversation.

While you wait, you can read about how we work on our engineering blog.

Best,
The Orchard Health Recruiting Team`, 'Thank you for applying to Orchard Health'),
  other(`Hi Kwame —

Thank you for your interest in Fathom Labs! We've received your application for Senior Backend Engineer and the team will take a look shortly.

Because of the high volume of applications we get, we are unable to respond to every applicant individually. If your experience lines up with what we're looking for, you'll hear from us.

Cheers,
Fathom Labs Talent`, 'Your application to Fathom Labs'),
  other(`Dear Jennifer Alvarez,

Thank you for your interest in career opportunities with Meridian Mutual. This email confirms that we have received your application for the position of Claims Adjuster II (R-0048213).

What happens next?
Our talent acquisition team will review your qualifications against the requirements of the role. If your profile matches, we will contact you to discuss next steps. You can check the status of your application at any time by signing in to your candidate home page.${noReply}`, 'Meridian Mutual: application received for Claims Adjuster II'),
  other(`Hi Lucía,

Thanks for applying! Your application for Store Manager – Valencia at Bellamar Retail has been received, and we appreciate the time you took to complete it.

What happens next? Our recruiters look at every application. If you are shortlisted, we'll contact you by email or phone within the next two weeks.

Good luck!
Bellamar Retail Recruitment

Manage your candidate profile · Privacy policy · Unsubscribe`, 'We received your application'),
  other(`Dear Thomas,

Thank you for submitting your application for the Network Engineer position (Job ID 2024-11872) with Calloway Systems. We have received your resume and it is currently under review.

We will keep your details on file for this requisition and, should your qualifications match the requirements of the position, a recruiter will contact you.

Sincerely,
Calloway Systems Talent Acquisition${noReply}`, 'Calloway Systems - Application Confirmation'),
  other(`Dear Candidate,

Greetings from Sarvottam Infotech!

We acknowledge the receipt of your resume for the post of Software Test Engineer (Req ID: STE-0917). Your profile is under review with our technical panel. In case your profile is shortlisted, our HR team will get in touch with you for further process.

Kindly do not reply to this mail.

Thanks & Regards,
Talent Acquisition Team
Sarvottam Infotech Pvt. Ltd.`, 'Acknowledgement - Software Test Engineer'),
  other(`Hi Noor, thanks for applying to Quill for the Design Engineer role.

We read every application ourselves (there's no filter before a human), so it can take a few days. Expect an update from us within 10 days either way.

— the Quill team`, 'Quill × Noor'),
  other(`Dear Pieter,

Thank you for your interest in the position of Warehouse Team Lead at Groenveld Logistics. We have received your application and our hiring team will go through it carefully.

Unfortunately, due to the high volume of applications, we are unable to respond to every applicant personally. Should your profile match our requirements, we will be in touch within three weeks.

Kind regards,
Groenveld Logistics

Powered by Workable`, 'Thanks for applying to Groenveld Logistics'),
  other(`Dear Marcus Reid,

Thank you for applying for the position of Senior Financial Analyst, Requisition 240117. We have received your online submission and your candidacy will now be reviewed by our recruitment team.

Only candidates selected for an interview will be contacted. We thank all applicants for their interest in Corrigan Energy.

To track the status of your application, log in to the Career Section and select "My Jobpage".

Regards,
Staffing Services, Corrigan Energy`, 'Corrigan Energy - Thank you for applying'),
  other(`Dear Applicant,

Thank you for applying for Administrative Officer – Benefits Processing (reference 338201). Your application has been submitted successfully.

The sift is expected to take place in the week commencing 12 May. We will let you know the outcome of the sift as soon as possible after that. If you need to withdraw, you can do so from your account at any time.

Department for Regional Services – Recruitment Team`, 'Application submitted: 338201'),
  other(`Hey Tom,

Thanks so much for your note and the CV, really appreciate you reaching out. I'm on the road all this week (investor meetings, fun) so it'll be next week before I can read it properly. Talk soon!

Inês
founder, Pebblebox

> On Mon, Tom wrote:
> Hi Inês, I saw you're hiring a first growth marketer and wanted to put my hat in the ring...`, 'Re: Growth marketer role'),
  other(`Dear Mr. Osei,

thank you very much for your application as Working Student Data Engineering and the interest in our company. We have received your documents completely and will check them carefully.

Please understand that this process can take some time. We will contact you as soon as possible.

With kind regards
Your recruiting team of Hallberg Maschinenbau GmbH`, 'Your application as Working Student Data Engineering'),
  other(`Dear Ayesha,

We appreciate the time you took to apply for the Pharmacy Technician role at Wellgrove Pharmacies.

We regret that we cannot reply to every enquiry individually while the vacancy is open, but you can follow the progress of your application in the portal at any time. Shortlisting will start once the advert closes on 30 September.

Warm regards,
Wellgrove Careers`, 'Pharmacy Technician - application received'),
  other(`Dear Applicant,

Thank you for applying for the post of Research Assistant in Soil Ecology (Ref: UH-4471). Your application has been received and will be considered by the shortlisting panel after the closing date.

Owing to the large number of applications we receive, we regret that we are unable to provide feedback to applicants who are not shortlisted. If you do not hear from us within 4 weeks of the closing date, please consider your application unsuccessful on this occasion.${uni}`, 'Application received - UH-4471'),
  other(`<html><body><div style="font-family:Helvetica,Arial;font-size:14px"><p>Hi Rohan,</p><p>Thank you for your interest in joining <b>Kestrel Mobility</b>. We've received your application for <b>iOS Engineer</b>.</p><p>Our team is reviewing applications on a rolling basis. Please note that if you haven't heard from us within 30 days, it's likely we've decided to pursue other candidates — but we'll try our best to reply to everyone.</p><p>Thanks again,<br>Kestrel Mobility Recruiting</p><p style="color:#999;font-size:11px">You are receiving this email because you applied on our careers site.</p></div></body></html>`, 'Thanks for applying to Kestrel Mobility'),
  other(`Dear Ms. Varga,

We confirm receipt of your application for the Junior Tax Consultant position. Thank you for your interest in Lindqvist & Partners.

Please be informed that, due to the number of applications, we will only contact shortlisted applicants. Should you not receive a response within six weeks, please assume that your application has not been successful this time. Your data will be stored in line with our privacy notice.

Best regards,
HR Department
Lindqvist & Partners Kft.`, 'Confirmation of receipt'),

  // ── (2) status notes and "still reviewing"
  other(`Application update

Position: Operations Coordinator (REQ-55120)
Status: In review with hiring manager

We'll let you know as soon as there's a change. There's nothing you need to do right now.

Halden Freight Careers${eeo}`, 'Update on your application: Operations Coordinator'),
  other(`Hi Ethan,

Apologies for the slow reply to your email — we regret any delay. Your application for the Account Executive role is still being reviewed, and we expect to contact the candidates we'd like to speak with at the start of next week.

Thanks,
Rosa
Talent Partner, Brightmere`, 'Re: Account Executive application'),
  other(`Hi Yara,

Good news — you've been moved forward to the next stage for Customer Support Specialist! Keep an eye on your inbox: a short questionnaire will arrive in the next day or two.

The Pallet People Team`, 'You\'re moving forward!'),
  other(`Dear Kofi,

Thank you for your interest in the Graduate Civil Engineer programme. We have received your application but it is currently incomplete: the academic transcript is missing.

Please upload it before 15 November so that your application can be considered. Unfortunately we are unable to review incomplete applications.

Graduate Recruitment, Arden Hale Consulting`, 'Action required: your Arden Hale application'),

  // ── (3) invitations, reschedules and reminders
  other(`Hi Marta,

Thank you for your interest in the Data Analyst position at Lumio Insights, and for the time you took on your application. We regret any delay in getting back to you — it's been a busy month.

We'd like to invite you to a 30-minute phone call with our recruiter, Sam, to learn more about your background. Please pick a slot that suits you using the scheduling link below.

Best,
Lumio Insights Talent Team`, 'Lumio Insights - phone screen invitation'),
  other(`Dear Arjun,

Congratulations! Your profile has been shortlisted for the next round. As part of the process, you are requested to complete an online coding assessment (90 minutes) within the next 5 days.

Link: assessments.example.com/t/77a1
Please ensure a stable internet connection. Do not refresh the page during the test.

Regards,
Campus Hiring Team, Nexora Technologies`, 'Online Assessment - Nexora Technologies'),
  other(`Hi Sophie,

Thank you for your patience while we reviewed applications. We were impressed with your background and would like to invite you to a video interview with Claire Dupont (Head of Product) and me.

Would any of these work?
• Tue 14 May, 10:00
• Wed 15 May, 15:30
• Thu 16 May, 11:00

Kind regards,
Jonah
People Team, Ferncastle`, 'Interview invitation: Product Manager'),
  other(`Dear Ms Adeyemi,

Following your interview, I am pleased to invite you to the final stage of our process: a half-day assessment centre at our Manchester office on 2 July, including a case study presentation and a meeting with two partners.

Please confirm your attendance by return.

Yours sincerely,
Helen Marsh
Graduate Recruitment, Carver Whitlock LLP`, 'Final stage invitation'),
  other(`Hi Liam,

Unfortunately the hiring manager is travelling on the 12th, so we need to move your second interview. Could you do Friday the 15th at 11:00 instead? Same video link. Sorry for the shuffle!

Thanks,
Priya
Recruiting Coordinator`, 'Reschedule: second interview'),
  other(`Hi Zhang Wei,

No problem at all — I've moved your technical interview to Monday 9:30 as you asked. You'll get a fresh calendar invite in a minute. We appreciate you letting us know early.

Best,
Ottilie`, 'Re: Could we move the interview?'),
  other(`Reminder: your interview is tomorrow

Role: Site Reliability Engineer
When: Thursday 23 May, 14:00–15:00 (BST)
Where: video call (link in your calendar invite)
Interviewers: Dev Patel, Hanna Berg

If you need to reschedule, please reply to this email at least 24 hours before.${noReply}`, 'Reminder: Interview with Ravenlock tomorrow'),
  other(`Hi Gabriel,

Just a friendly reminder that your recorded video interview for Sales Development Representative expires in 48 hours. It takes about 20 minutes to complete. If you have any trouble with the platform, let us know and we'll help.

Thanks,
Stackhouse Talent Team`, 'Reminder: complete your video interview'),
  other(`Dear Candidate,

This is to inform you that your interview for the post of Assistant Manager – Treasury, scheduled on 18th, will now be conducted online instead of at our Corporate Office due to the metro works. The interview panel and timing remain unchanged. The meeting link will be shared a day before.${bank}`, 'Change in interview mode'),

  // ── (4) alerts, communities, newsletters and outreach
  other(`New jobs for you

Based on your search "data analyst London", here are 6 new jobs posted this week:

Data Analyst – Tallis Health – London
Junior Data Analyst – Greyfriars Bank – London (Hybrid)
Insight Analyst – Moorcroft Retail – Remote
…and 3 more

Unfortunately, some jobs in your previous alert are no longer accepting applications.

Edit alert · Unsubscribe`, '6 new Data Analyst jobs in London'),
  other(`Hi Kamala,

Welcome to the Tessaly Talent Community! Thank you for your interest in building a career with us.

We'll keep your details and let you know when new roles matching your profile open up. You can update your preferences or leave the community at any time.

The Tessaly Careers team`, 'Welcome to the Tessaly Talent Community'),
  other(`Hi Oscar,

Your profile was viewed by a recruiter at Brindle & Cole.

Recruiters look at many profiles each week. Keep your experience up to date to help the right ones find you.

See who viewed your profile · Job search tips`, 'A recruiter viewed your profile'),
  other(`The Hiring Pulse — October

Hello from the team at Northline Recruitment!

This month: why the market feels slower than last year, what "we regret to inform you" emails really mean for your search, and how to ask for feedback after an unsuccessful interview without sounding defensive. Plus five roles we're working on right now in finance and operations.

Thanks for reading,
Northline Recruitment

You're receiving this because you registered with Northline. Unsubscribe`, 'The Hiring Pulse — October'),
  other(`Hi Emeka,

I came across your profile and was impressed by your work on payments infrastructure at Corvid. I'm hiring for a Staff Engineer on our platform team at Saltmarsh — fully remote within Europe.

I appreciate you might not be looking right now, but if you're open to a 20-minute chat, I'd love to tell you more.

Best,
Hanne Vik
Technical Recruiter, Saltmarsh`, 'Staff Engineer at Saltmarsh?'),
  other(`Dear Rahul,

Thank you for registering with Amberline Executive Search. We appreciate the time you took to complete your profile.

Your details are now on our database, and one of our consultants will contact you if a suitable opportunity matches your experience. Unfortunately we are unable to reply to every registration individually.

Best regards,
Amberline Executive Search`, 'Thank you for registering with Amberline'),
  other(`Hi there,

Thanks for subscribing to job updates from the City of Westbury. Every Friday we'll send you the week's new vacancies with the council.

This week there are no new vacancies in your chosen category (IT & Digital). We'll check again next week.

Westbury City Council – Careers`, 'Westbury vacancies this week'),

  // ── (5) offers, onboarding, surveys, withdrawals
  other(`Dear Freya,

I'm delighted to offer you the position of Communications Officer at Hartwell Housing Trust, starting on 3 June, at a salary of £34,500 per annum.

Thank you for the time you gave us throughout the process. Your written contract will follow from HR; please let me know by Friday whether you accept.

Kind regards,
Martin Boyle
Head of Communications`, 'Offer of employment - Communications Officer'),
  other(`Hi Ana,

Welcome aboard! We're so pleased you're joining Fernhill on 1 July.

Before your first day, please complete your onboarding tasks in the portal: right-to-work check, bank details and equipment preferences. Unfortunately your laptop won't arrive before day two, so IT will set you up with a loaner for the first morning.

See you soon,
The Fernhill People Team`, 'Welcome to Fernhill - your onboarding checklist'),
  other(`Dear Candidate,

Recently you took part in our recruitment process. Whatever the outcome, we value your opinion. Please tell us about your experience in a short survey (3 minutes). Your answers are anonymous and will help us improve how we treat applicants.

Thank you for your time,
Candidate Experience Team, Vantage Assurance`, 'How was your candidate experience?'),
  other(`Hi Joel,

We recently let you know the outcome of your application for the Product Designer role. We know hearing "no" is never easy, and we'd really value two minutes of your time to tell us how we handled the process.

Take the survey →

Thank you,
Juniper Studio`, 'Tell us how we did'),
  other(`Dear Sipho,

This is to confirm that your application for the position of Business Intelligence Developer has been withdrawn at your request. We are sorry to see you go and appreciate the time you took to apply.

Should you wish to apply for other positions in future, you are welcome to do so.

Kind regards,
Recruitment, Thandeka Mining Group`, 'Application withdrawn'),
  other(`Hi Meera,

Thanks for letting me know — totally understand, and congratulations on the other offer! I've withdrawn you from our process for the Research Scientist role. If things change, my door's always open.

All the best,
Caroline`, 'Re: Withdrawing my application'),

  // ── (6) feedback calls asked for after a decline, threads
  other(`Hi Nadia,

Of course — I'm glad you asked. I've spoken to the panel and I'd be happy to talk you through their feedback. Would Thursday at 4pm or Friday at 10am work for a 15-minute call?

Best,
Graham

On 2 Oct, Nadia wrote:
> Thank you for letting me know. Would it be possible to get some feedback on my interview?
>
> On 1 Oct, Graham wrote:
>> Dear Nadia, thank you for interviewing for the Policy Adviser role. Unfortunately we have decided not to take your application further on this occasion.`, 'Re: Policy Adviser - outcome'),
  other(`Hi Chidi,

Thanks for the nice note. Yes, let's do the feedback call — I've sent an invite for Tuesday at 2pm. There's nothing more to decide on our side; I just want to give you the detail behind it, as promised.

Talk then,
Aisha

From: Aisha Rahman
Sent: 14 March
Subject: QA Lead - update
We won't be moving forward with your application, but I'd be glad to share feedback if you'd like.`, 'Re: QA Lead - update'),
  other(`Hi Bea,

Quick follow-up to our feedback call this morning: here's the link to the course on stakeholder management I mentioned, and the two books. I really did enjoy meeting you and meant what I said about keeping in touch.

Cheers,
Olu`, 'Links from our call'),
  other(`Hi Tomás,

I know I wrote to you last month to say we weren't progressing your application for the Analyst role — but a second Analyst position has just been approved, and the hiring manager would like to interview you for it. Are you still interested?

Best,
Hannah

> On 3 Sep, Hannah wrote:
> Hi Tomás, thank you for your interest. Unfortunately we will not be progressing your application for the Analyst role.`, 'Re: Analyst role - a new opening'),
  other(`Dear Aditi,

Thank you for your reply. As requested, I have updated your contact number on your candidate record. There is no change to your status: your application is with the shortlisting panel.

Regards,
Recruitment Team

-----Original Message-----
Sent: 8 April
Subject: Application received
Thank you for applying. Due to the high volume of applications, we are unable to respond to every applicant individually.`, 'RE: Application received'),

  // ── (6b) more everyday mail in the same words
  other(`Hi Beatrix,

Thank you for taking the time to interview with us today — we really appreciate the time you took to prepare the portfolio walkthrough. We're meeting a few more candidates this week and will be in touch by Friday with next steps.

Best,
Marguerite
Design Director, Hollow Oak`, 'Thank you for today'),
  other(`Hi Ravi,

Thanks for sending over your CV. I've now submitted you to my client for the Cloud Architect role. Unfortunately they're quite slow to give feedback at the moment (end of quarter), but I'll chase them on Wednesday and let you know as soon as I hear whether they'd like to interview.

Cheers,
Stuart Kerr
Principal Consultant, Ironbridge Tech Recruitment`, 'Cloud Architect - submitted'),
  other(`Dear Candidate,

Thank you for your application for the position of Relationship Manager. We have received your profile and our team will review it against the requirement.

If your profile matches our requirement, we will contact you for the interview process. Else, we will retain your profile in our database for future openings.${bank}`, 'Application received - Relationship Manager'),
  other(`Your application has been viewed

Good news: the hiring team at Pinecrest Logistics has viewed your application for Fleet Coordinator.

What now? Applications are reviewed over the next 1–2 weeks. You'll get an email when your status changes.

Job search tips · Manage notifications`, 'Pinecrest Logistics viewed your application'),
  other(`Dear Student,

The Careers Service warmly invites you to the Engineering & Technology Employer Evening on 6 November, 6–8pm, in the Great Hall. More than 30 employers will be there to talk about graduate schemes and placements.

Places are limited, so please book through the Careers Hub. Unfortunately we cannot admit students who have not booked.

Careers and Employability Service
University of Harrowgate`, 'Engineering & Technology Employer Evening'),
  other(`Hi Lena,

Thank you for confirming your availability. Your interview for the Clinical Data Manager role is booked for Tuesday 4 March at 13:00 with Dr Hayes and Ms Ortiz. We appreciate your flexibility, and we regret that we had to move the original date.

Directions and parking information are attached.

Kind regards,
Recruitment Coordinator, Saint Aldric Hospital Trust`, 'Interview confirmed - Clinical Data Manager'),
  other(`Dear Jonas,

We are pleased to let you know that we would like to proceed to the reference stage for the Senior Planner role. With your permission, we will contact the two referees you named. Unfortunately our screening provider needs a little extra time this month, so the checks may take up to ten working days.

Kind regards,
HR Team, Marrow & Vale Architects`, 'Senior Planner - references'),
  other(`Hi Priyanka,

Thanks for your interest in Skybridge — unfortunately our careers page had a bug yesterday and some applications were saved without the cover letter. Yours is one of them. Could you re-upload it with the link below? Your application is otherwise complete and with the team.

Sorry for the trouble,
Skybridge Recruiting`, 'Please re-upload your cover letter'),

  // ── (7) rejections in the same polite words
  rej('application', ['generic'], { ...door },
    `Hi Daniela,

Thank you for your interest in Orchard Health and for applying to the Product Analyst role. We appreciate the time you took to put your application together.

After reviewing your application, we have decided not to move forward at this time. We'll keep your details on file, and we hope you'll consider us again for future openings.

Best,
The Orchard Health Recruiting Team`, 'Your application to Orchard Health'),
  rej('application', ['generic'], {},
    `Hi Kwame —

Thank you for your interest in Fathom Labs. Because of the high volume of applications we get, we aren't able to give individual feedback, but we did want to let you know that we won't be progressing your application for Senior Backend Engineer.

Cheers,
Fathom Labs Talent`, 'Update on your application to Fathom Labs'),
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Jennifer Alvarez,

Thank you for your interest in career opportunities with Meridian Mutual and for the time you invested in applying for Claims Adjuster II (R-0048213).

After careful review, we have selected candidates whose qualifications more closely match the requirements of this position. We encourage you to visit our careers site regularly and apply for roles that interest you.${noReply}`, 'Meridian Mutual: your application for Claims Adjuster II'),
  rej('application', ['generic'], {},
    `Dear Ruth,

Thank you for your interest in Halden Freight and in the Logistics Planner role.

At Halden Freight, we move more than two million pallets a year across twelve countries, and our people are the reason we can. We believe in fair, transparent recruitment: every application is read by a trained recruiter, and our hiring managers take part in structured interviewing training every year. We are proud members of the Fair Hiring Charter and publish our gender pay gap report each spring.

How we handle your data: your application data is processed in accordance with our Candidate Privacy Notice. We keep it for six months after the vacancy closes and then delete it securely, unless you ask us to delete it sooner. You can request a copy of your data at any time by writing to our Data Protection Officer.

Accessibility: if you need information in another format, please let us know.

Regarding your application, we regret to inform you that it has not been successful on this occasion.

Kind regards,
Halden Freight Recruitment${eeo}`, 'Your application - Logistics Planner'),
  rej('application', ['generic'], {},
    `Sorry Priya.`, 'Re: Junior Copywriter - unsuccessful on this occasion'),
  rej('application', ['generic'], {},
    `Best wishes.`, 'Outcome: not progressing – Store Assistant (Hollins Road)'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Sana,

I'm sorry to come back with disappointing news. After the interviews the panel decided to go with a candidate who has more hands-on experience running payroll for multiple countries, which is a big part of this role. Thank you for all the effort you put in.

Regards,
Mark

On 3 March, Mark wrote:
> Hi Sana, thanks for your interest in the Payroll Lead role! We'd love to invite you to interview on 10 March at 2pm at our Leeds office. Please let me know if that works.`, 'Re: Payroll Lead - interview'),
  rej('application', ['generic'], {},
    `Hello Yusuf,

Thank you for your patience. We have now reviewed all applications for the Junior Accountant position and I'm afraid yours has not been selected to go forward.

Kind regards,
Recruitment, Penrose & Daly

-----Original Message-----
From: Penrose & Daly Recruitment
Subject: Application received
Thank you for your interest in Penrose & Daly. Your application has been received and will be reviewed after the closing date. If your profile matches our requirements, we will contact you.`, 'RE: Application received'),
  rej('interview', ['generic'], { ...door },
    `Dear Mr. Banerjee,

We appreciate the time you took to attend the interview for the position of Assistant Manager – Credit.

We regret to inform you that we will not be able to take your candidature forward at this stage. We will keep your details in our database and get in touch should a suitable opening arise.${bank}`, 'Your candidature - Assistant Manager Credit'),
  rej('application', ['profile_mismatch'], { ...door },
    `Dear Candidate,

Thank you for your interest in Sarvottam Infotech. After going through your resume, we found that your profile does not match our current requirement for the Software Test Engineer position.

We will keep your resume in our database and contact you if your profile matches any future opening.

Thanks & Regards,
Talent Acquisition Team`, 'Update on your application - STE-0917'),
  rej('application', ['generic'], {},
    `Dear Pieter,

Thank you for your interest in the Warehouse Team Lead position. Due to the high volume of applications, we are unable to respond to every applicant in detail; however, we wanted to let you know that you have not been shortlisted for the next stage.

Kind regards,
Groenveld Logistics

Powered by Workable`, 'Your application to Groenveld Logistics'),
  rej('interview', ['internal_candidate'], {},
    `Hi Leo,

Thanks again for coming in to meet the team on Tuesday. Unfortunately the hiring manager has decided to appoint an internal candidate to the Product Owner role, so we won't be taking your application further. I'm sorry it's not better news.

Best,
Rachel`, 'Product Owner - update'),
  rej('application', ['generic'], {},
    `Dear Isabel,

We regret any delay in getting back to you. Having now reviewed all applications for the Events Assistant position, we have decided not to progress yours to interview.

With best wishes,
Events Team, Larchmont Arts Centre`, 'Events Assistant'),
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Dr Mensah,

Thank you for attending interview for the post of Lecturer in Marketing (Ref: UH-4502) on Wednesday.

I am sorry to inform you that on this occasion you were not successful. The panel enjoyed your presentation, but the appointed candidate had considerably more experience of teaching at postgraduate level, which was essential for this post.

If you would like further feedback, please contact the chair of the panel, Professor Ellis, who will be happy to speak to you.${uni}`, 'Lecturer in Marketing - outcome of interview'),
  rej('assessment', ['assessment'], {},
    `Hi Arjun,

Thank you for completing the online coding assessment for the Graduate Engineer role. Unfortunately your score did not meet the threshold required to move forward in this recruitment cycle.

We appreciate the time you put in and wish you the best.

Campus Hiring Team, Nexora Technologies`, 'Assessment result - Nexora Technologies'),
  rej('screen', ['skills_gap'], { ...fb },
    `Hey Tom,

Really appreciate you taking the time for the intro call last week. I've thought about it a lot, and I don't think we're the right match right now: for this first hire we need someone who has already run paid acquisition at scale, and that isn't where your experience is yet.

Sorry it's not a yes. Good luck out there.

Inês`, 'Re: Growth marketer role'),
  rej('application', ['generic'], {},
    `Dear Mr. Osei,

thank you again for your application as Working Student Data Engineering. After careful examination of your documents we must unfortunately inform you that we cannot consider your application further.

Please understand that we cannot give reasons for our decision due to the high number of applications. We wish you for your future all the best.

With kind regards
Your recruiting team of Hallberg Maschinenbau GmbH`, 'Your application as Working Student Data Engineering'),
  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Chloe,

I've had feedback from my client on the Finance Manager role. Unfortunately they've decided not to take your application forward — they're set on someone with a CIMA or ACCA qualification and you're still part-qualified.

I'll keep your CV on file and be in touch as soon as I have something that fits.

Thanks,
Dan
Senior Consultant, Redbridge Finance Recruitment`, 'Finance Manager - client feedback'),
  rej('final', ['position_filled'], {},
    `Dear Grace,

We appreciate the time you took to meet the whole leadership team at the final stage for Head of Operations. It was an extremely close decision, but we have offered the role to another finalist, who has accepted.

Thank you for your interest in Wrenfield and for the care you put into every stage.

Warm regards,
Jess Coleman
Talent Director`, 'Head of Operations - final decision'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant,

Thank you for applying for Administrative Officer – Benefits Processing (reference 338201).

I am sorry to tell you that you have not been invited to interview. Your application did not meet the minimum standard for the essential criterion "experience of processing claims against set rules".

Department for Regional Services – Recruitment Team`, 'Outcome of sift: 338201'),
  rej('interview', ['culture_fit'], { ...fb },
    `Hi Max,

Thanks for spending the afternoon with us. The team really liked talking to you, but we came away feeling that the way you prefer to work, with a lot of structure and long planning cycles, isn't the best match for how this small team operates day to day. So we've decided not to move forward.

Take care,
Ivy`, 'Following up from Thursday'),
  rej('screen', ['salary'], { ...fb },
    `Hi Nikhil,

Thanks for the call on Monday and for being so open about your expectations. Unfortunately your salary expectations are well above the range we have for this role, so we won't be proceeding with your application.

Kind regards,
Jade, Talent Acquisition`, 'Backend Developer - next steps'),
  rej('application', ['location'], { ...fb },
    `Hi Ahmed,

Thank you for your interest in the QA Engineer role. We appreciate the time you took to apply. Unfortunately we are unable to sponsor work visas for this position, so we can't move forward with your application.

Best regards,
Fennick Software`, 'Your application for QA Engineer'),
  rej('application', ['overqualified'], { ...fb },
    `Dear Patrick,

Thanks for your interest in the Junior Bookkeeper role. Your experience significantly exceeds what this entry-level role requires, so we have decided not to progress your application; we don't think it would offer you enough challenge.

Regards,
Holloway Accounts`, 'Junior Bookkeeper'),
  rej('application', ['role_closed'], {},
    `Dear Hassan,

Thank you for your interest in the Marketing Executive vacancy. Unfortunately, following a restructure of the department, the hiring manager has decided not to fill the position after all, and we are closing all applications received.

We are sorry for any disappointment.

HR, Castlegate Brewing Co.`, 'Marketing Executive vacancy'),
  rej('application', ['position_filled'], { ...door },
    `Dear Mei,

Thank you for your interest in working with us and for the time you took to apply. The position of Nursery Practitioner has now been filled. We will keep your details on file and contact you if a similar vacancy arises.

Kind regards,
Little Acorns Nursery`, 'Nursery Practitioner vacancy'),
  rej('application', ['generic'], {},
    `hi Ben — thanks for your interest, but we're going to pass on this one. best, R.`, 're: designer role'),
  rej('application', ['generic'], { ...door },
    `Dear Candidate,

We thank you for your interest in Nexora Technologies. We regret to inform you that your profile has not been shortlisted for the current opening. We will retain your resume in our database and will contact you if your profile matches any future requirement.

Regards,
HR Team`, 'Regarding your job application'),
  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Camille,

Thanks for the call on Tuesday, it was great to hear about your time at Solenne. We've decided to move forward with candidates whose experience aligns more closely with the role. If you'd like to talk it through, I'm happy to hop on a quick call.

Best,
Theo`, 'Customer Success Manager'),
  rej('application', ['generic'], { ...door },
    `<html><body><table width="100%"><tr><td style="padding:24px;font-family:Arial"><p>Hi Lucía,</p><p>Thank you for your interest in Bellamar Retail and for the time you took to apply for <b>Store Manager – Valencia</b>.</p><p>Unfortunately, we will not be moving forward with your application at this time.</p><p>We encourage you to apply for other positions that match your experience on our careers page.</p><p>Bellamar Retail Recruitment</p></td></tr></table></body></html>`, 'Your application to Bellamar Retail'),
  rej('assessment', ['assessment'], { ...fb },
    `Hi Oren,

Thank you for the time you spent on the take-home exercise. The team reviewed it carefully: the code was tidy and well tested, but it didn't handle the concurrent updates described in the brief, which is central to the work in this team, so we won't be moving you to the next stage.

Best,
Greta, Engineering Recruiting`, 'Take-home exercise - outcome'),
  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the post of Research Assistant in Soil Ecology (Ref: UH-4471). Shortlisting has now been completed and I regret to inform you that you have not been selected for interview.${uni}`, 'UH-4471 - outcome of shortlisting'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear candidate,

Thanks for your interest for the job of Customer Service Agent. Sadly we are not able to continue with you for this position, because we are looking for somebody who speaks fluent Dutch and this is not in your CV.

Greetings,
Team Recruitment Vandermeer`, 'Your application Customer Service Agent'),
  rej('final', ['generic'], {},
    `Dear Olga,

Thank you for your patience following your final interview and for agreeing to the reference checks. After careful consideration, we have decided not to make you an offer for the Finance Director position.

Yours sincerely,
Amanda Price
HR Director, Thorne Medical`, 'Finance Director'),
  rej('application', ['generic'], {},
    `Hi Jamie,

Unfortunately we've decided not to move forward with your application for the Barista role.

Thanks for stopping by with your CV though — the team said you were lovely.

Lou, Café Mirelle`, 'Barista'),
  rej('interview', ['generic'], { ...offered, ...door },
    `Dear Aliyu,

Thank you for your interest in the Project Engineer role and for attending the interview with Mr Obi and Mrs Danjuma last week. After a careful review, we regret to inform you that you were not selected.

Please feel free to reach out if you would like feedback. We will keep your details and encourage you to apply for future openings with us.

Best regards,
Human Resources, Zamfara Power Ltd`, 'Project Engineer interview outcome'),

  // ── (8) paused processes in the same words
  hold('interview', ['generic'], {},
    `Hi Ethan,

Thanks for your patience after the interviews. Unfortunately the hiring manager is travelling until the 20th and the final sign-off on the Account Executive role has to come from her, so we won't have a decision before then. You're still very much in the running, and we regret the delay.

Thanks,
Rosa`, 'Account Executive - timing'),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

Thank you for your interest in the Pharmacy Technician role. Recruitment to this vacancy has been paused while our new store opening is reviewed. Your application has not been rejected; we will write to you when shortlisting restarts.

Wellgrove Careers`, 'Pharmacy Technician - recruitment paused'),
  hold('screen', ['role_closed'], {},
    `Dear Sneha,

Thank you for attending the telephonic round. Due to some internal changes, this requirement has been kept on hold for the time being. Your profile is still under consideration and we will get back to you once the requirement opens again.

Thanks & Regards,
Talent Acquisition Team
Sarvottam Infotech Pvt. Ltd.`, 'Status of your candidature'),
  hold('final', ['role_closed'], {},
    `Dear Mr Lindgren,

Thank you for your patience following the final panel. The board has asked us to defer the appointment until the merger is complete. No decision has been made on your candidacy and we will be back in touch as soon as we are able to proceed.

Yours sincerely,
Clare Whitby
Executive Search, Osprey Partners`, 'Chief Financial Officer - update'),
  hold('application', ['role_closed'], {},
    `Dear Applicant,

We would like to let you know that the interviews for Research Assistant in Soil Ecology (Ref: UH-4471) have been postponed, as the project's funding is awaiting confirmation. Your application remains under consideration and we will contact you with new dates.${uni}`, 'UH-4471 - interviews postponed'),
];
