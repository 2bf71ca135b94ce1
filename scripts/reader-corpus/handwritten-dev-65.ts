/**
 * Development messages of the sixty-fifth round, never sealed: one inbox, a student's internship season. A third-year
 * economics and computer science student at a university in Manchester applies from September to March for summer
 * internships, spring weeks, insight days and industrial placements (banks, consultancies, accountancy firms, tech
 * companies, start-ups, consumer goods, an energy company, a charity, the civil service fast stream, a law firm's
 * vacation scheme, a few roles in Dublin, Amsterdam and New York). Rejections from tracking-system auto-mails
 * (Workday, Taleo, Avature, Greenhouse, Lever, SuccessFactors, Eightfold, test and video-interview platforms),
 * graduate-recruitment teams and a few human notes; paused processes (an assessment centre postponed, offers delayed,
 * a waiting list); and look-alikes in the same polite words (acknowledgements, test and video-interview invitations,
 * link-expiry reminders, "under review", fair and insight-evening invitations, a cancelled webinar, the careers
 * service's newsletter, a job alert, an offer and its paperwork, background screening, a friend's forwarded deadline,
 * the student's own withdrawal, a survey, right-to-work questions that decline nothing).
 *
 * Labelling choices held throughout (LABELS.md and the corpus conventions): stage is the furthest step the message
 * names; an online test, game-based assessment, situational-judgement test, coding test or recorded video interview
 * with no live interview named is `assessment`; an assessment centre or superday is `final`; a test result below a
 * benchmark told to the candidate is `assessment` with feedback; a programme whose places are all taken is
 * `position_filled`; a right-to-work rule applied to the candidate is `location` with feedback; a talent network,
 * next year's programme or the graduate scheme offered as a next step opens the door; a feedback report on request
 * is an offer of feedback. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d65-');

export const HANDWRITTEN_DEV_65: readonly CorpusLine[] = [
  // ── September
  other(`Dear Rhys,

Thank you for submitting your application for the 2027 Summer Analyst Programme – Global Markets (London), Req ID R-0418832.

We have received everything we need for now. Our team will review your application and, if you are shortlisted, you will receive an email inviting you to complete our online assessments. Because we receive a very large number of applications, this can take several weeks. We appreciate your patience.

You can track the status of your application by logging in to your candidate home page.

Kind regards,
Campus Recruitment EMEA

This mailbox is not monitored. Please do not reply to this email.`, 'We have received your application – Summer Analyst Programme 2027'),

  other(`Hi all,

Happy start of term! A few dates for your diary this month:

- Mon 22 Sept – CV clinic (drop-in, Careers Hub, 12–2pm)
- Wed 24 Sept – Banking & Finance Fair, Whitworth Hall
- Thu 25 Sept – "Spring weeks explained" talk with second-years who did them last year
- 30 Sept – several investment bank spring week deadlines close early (rolling recruitment!)

Unfortunately our Tuesday mock interview slots are fully booked for September, but we'll open October slots next week.

Best wishes,
The Careers Service
Faculty of Humanities

You are receiving this because you are registered with CareerConnect. Manage your preferences here.`, 'Careers Bulletin | Week 1 | Fairs, spring weeks and deadlines'),

  rej('application', ['generic'], {},
    `Dear Rhys Adeyemi,

Thank you for your interest in the Insight Day – Audit & Assurance (Manchester) and for the time you spent on your application.

We have now reviewed all applications for this event. Places are extremely limited and, on this occasion, we will not be offering you a place.

We wish you the very best with your studies and future career.

Yours sincerely,
Student Recruitment Team

Please do not reply to this email. For data protection information please see our Candidate Privacy Notice.`, 'Your Insight Day application'),

  other(`Hey Rhys! saw this and thought of you – the Deloitte-ish one we talked about closes FRIDAY not end of month. They changed it. Don't leave it 😅

---------- Forwarded message ---------
From: Graduate Opportunities <no-reply@gradmail.example>
Date: Tue, 16 Sept
Subject: Deadline brought forward: Technology Consulting Summer Internship

Due to high demand, the application window for our Technology Consulting Summer Internship will now close on Friday 19 September at 23:59 BST.`, 'Fwd: Deadline brought forward'),

  rej('application', ['generic'], { ...door },
    `Hi Rhys,

Thanks so much for applying to the Software Engineering Intern (Summer 2027) role at Quillstack. We really appreciate you taking the time to tell us about yourself.

We've had a lot of interest in this role and have decided not to move your application to the next step. This isn't the outcome we know you were hoping for.

We'd love to stay in touch, though. Our internship cohort for 2028 opens next August and we'd be glad to see your name again then.

Cheers,
The Quillstack Talent Team

Sent via Greenhouse`, 'Your application to Quillstack'),

  other(`Dear Candidate,

Thank you for applying to the Spring Insight Week 2027. We are pleased to invite you to the next stage of our selection process: our online assessment.

The assessment consists of three parts (numerical reasoning, a situational strengths test and a short work-style questionnaire) and takes about 45 minutes in total. Please complete it within 5 days of receiving this email. You must complete it in one sitting.

Unfortunately we are unable to extend deadlines except where a reasonable adjustment has been agreed in advance. If you need an adjustment, please contact us before starting.

Start your assessment: [link]

Good luck!
Emerging Talent Team`, 'Next step: complete your online assessment'),

  rej('application', ['profile_mismatch'], {},
    `Dear Rhys,

Re: Industrial Placement – Supply Chain Analyst (12 months), Ref. 2027-PL-0093

Thank you for applying. We have given careful consideration to your online application and, on this occasion, we have decided not to progress it further. We received applications from many candidates whose experience was more closely aligned with the specific requirements of this placement.

Thank you again for your interest in our company.

Kind regards,
HR Shared Services – Recruitment

Oracle Taleo | This is an automated notification.`, 'Industrial Placement – Supply Chain Analyst – application update'),

  other(`Hi Rhys,

Your application is under review. We want to let you know that we're still working through applications for the Summer Internship in Strategy & Operations and no decision has been made yet.

We know waiting can be frustrating and we appreciate your patience. We'll be in touch as soon as we have an update — at the latest by 31 October.

Best,
Early Careers Team`, 'An update on your application'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Rhys,

Thank you for completing the online assessments for our 2027 Spring Week.

Having reviewed your results, we regret to let you know that your scores on the numerical reasoning test fell below the benchmark required to progress to the next stage, so we will not be taking your application further this year.

You can download a personalised feedback report on your results from your candidate portal for the next 30 days. Many applicants find this helpful when preparing for future assessments.

Thank you for your time and interest.

Graduate Recruitment
EMEA Campus Programmes`, 'Spring Week 2027 – your assessment results'),

  other(`Dear Rhys Adeyemi,

This is a reminder that your invitation to complete the video interview for Summer Internship – Consulting (Manchester) will expire in 48 hours.

If you have already completed your interview, please ignore this message. Unfortunately, we cannot accept submissions once the link has expired.

Complete your interview now

Powered by our digital interview platform | Unsubscribe from reminders`, 'Reminder: your video interview link expires soon'),

  rej('application', ['generic'], {},
    `Thank you for your interest in Brightwater Energy. After careful consideration we will not be progressing your application for the Summer Placement Programme – Commercial. We wish you every success.`, 'Brightwater Energy – Summer Placement Programme'),

  other(`Dear Rhys,

Thanks for stopping by our stand at the Banking & Finance Fair yesterday — it was great to meet so many students.

As promised, we'd like to invite you to our Insight Evening in Spinningfields on Wednesday 8 October, 6–8pm. You'll hear from analysts in our Manchester office, get tips on our application process and have plenty of time for questions over food.

Places are limited, so please register by 3 October. Unfortunately we can't accept walk-ins on the night.

We look forward to seeing you there.

Campus Relations UK`, 'Invitation: Insight Evening, Manchester'),

  rej('application', ['generic'], { ...door },
    `Dear Rhys,

Thank you for applying for the Spring Insight Programme. We were delighted to receive so much interest from first- and second-year students this year.

I'm sorry to tell you that you haven't been selected for a place on this year's programme.

Please don't let this put you off. We'd encourage you to look at our Summer Internship and Industrial Placement opportunities, which open in the autumn, and to join our talent community to hear about events near you.

Best wishes,
Sophie
Early Careers Recruitment Advisor`, 'Spring Insight Programme – outcome'),

  // ── October
  other(`Dear Rhys,

Thank you for your application to the Technology Summer Internship 2027 in Dublin.

We're writing to confirm that you'll need the right to work in Ireland for the duration of the internship. Unfortunately, we are unable to offer visa sponsorship for this programme. Could you please confirm whether you hold, or will hold, the right to work in Ireland during June–August 2027? As a UK citizen you may be covered by the Common Travel Area — if so, just reply "yes" and we'll update your file.

Once we hear back, your application will continue to be reviewed as normal.

Kind regards,
Aoife Brennan
Talent Acquisition Coordinator, Dublin`, 'Quick question about your application – right to work'),

  rej('assessment', ['generic'], {},
    `Dear Rhys,

Thank you for taking the time to complete our game-based assessment as part of your application to the Summer Internship – Risk.

We have carefully considered all candidates who completed this stage and, unfortunately, we will not be able to offer you a place in the next stage of our process.

We appreciate the effort you put into your application and wish you the best for the rest of your studies.

Kind regards,
Risk Early Careers Team`, 'Summer Internship – Risk | Application update'),

  other(`Hello Rhys,

Thank you for applying to the Summer Analyst programme in New York. Your application has been received and is being reviewed by our recruiting team.

The programme is very competitive and we receive thousands of applications each year. We'll be in touch by mid-November either way. In the meantime, there's no need to contact us about the status of your application.

Best regards,
Campus Recruiting – Americas

Equal Opportunity Employer / Disability / Veterans`, 'Application received – Summer Analyst (New York)'),

  rej('application', ['generic'], {},
    `Hi Rhys,

Thanks for applying for the Product Design & Data Intern role at Loopfield. We read every application ourselves (we're only 14 people!) and this one was genuinely hard.

We've decided not to take yours further, sorry.

Good luck with everything,
Marta
Co-founder, Loopfield`, 'Loopfield internship'),

  rej('screen', ['generic'], { ...door, ...offered },
    `Hi Rhys,

It was good to speak with you on Tuesday and thanks for walking me through your projects and your second-year group work.

I've now caught up with the hiring team and I'm afraid we won't be taking your application forward to the interview stage for the Data Analytics Internship.

I know that's disappointing after a positive call. If you'd like a few pointers on how you came across, drop me a reply and I'll happily set up 10 minutes. And do keep an eye on our careers page in the spring — we often open extra placements then.

All the best,
Callum Reid
Campus Recruiter`, 'Following up on our call'),

  other(`Dear Rhys,

Congratulations! Following your online assessments, we are pleased to invite you to our Virtual Assessment Centre for the Summer Internship – Audit & Tax on Thursday 23 October.

The day will include a group exercise, a written case study and a competency interview with a manager. Full joining instructions, including the timetable and Teams links, will follow 48 hours beforehand.

Unfortunately we're unable to move dates once confirmed, so please accept your slot via the portal by Monday.

Best wishes,
Student Recruitment`, 'Invitation to Assessment Centre – Summer Internship Audit & Tax'),

  rej('application', ['generic'], {},
    `Dear Rhys,

Thank you for your recent application to the 2027 Summer Internship Program.

We regret to inform you that we are unable to proceed with your application at this stage. This decision was not easy given the quality of the applications received.

We thank you for your interest in our firm.

Warm regards,
Talent Acquisition, Asia-Pacific & EMEA
(Sent from Avature. Do not reply.)`, 'Your Summer Internship application'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Rhys,

Thank you for completing the HackerRank coding test for the Software Engineering Summer Internship.

Your submission passed 4 of the 9 test cases and did not reach the score we require to proceed to interviews. As a result we will not be moving forward with your application this cycle.

Thank you for your interest and good luck with your search.

Engineering Recruiting`, 'Update on your coding assessment'),

  other(`Hi Rhys,

We're sorry to let you know that the "Breaking into Consulting" webinar scheduled for Thursday 16 October has been cancelled due to a speaker emergency.

We hope to reschedule in November and will email you the new date as soon as it's confirmed. Registered attendees will be automatically moved over — no need to sign up again.

Apologies for any inconvenience, and thank you for your understanding.

Campus Events Team`, 'Cancelled: Breaking into Consulting webinar'),

  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Thank you for applying to the Summer Vacation Scheme 2027.

We have received a record number of applications this year and after careful review, we regret to advise that we will not be offering you a place on the scheme.

We hope you will consider applying to us again in future — our Winter Scheme and Training Contract applications are open to final-year students and graduates of all disciplines.

Yours faithfully,
Graduate Recruitment Team

This email and any attachments are confidential. If you have received it in error please notify the sender and delete it.`, 'Summer Vacation Scheme 2027'),

  rej('application', ['profile_mismatch'], {},
    `Dear Rhys,

Thanks for your application for the Marketing Intern – Consumer Insights role.

We've reviewed it against the others we received and we've decided to focus on applicants whose backgrounds line up more closely with what this team needs right now. So we won't be moving forward with you for this role.

Kind regards,
People Team
Harbour & Vine Foods`, 'Re: Marketing Intern – Consumer Insights'),

  other(`Dear Rhys,

Thank you for completing your video interview for the Summer Internship – Consulting. We've received your responses.

Our team is currently reviewing all interviews and we aim to let everyone know the outcome within three weeks. We appreciate your patience while we do this carefully.

Best regards,
Consulting Recruiting UK&I`, 'We have received your video interview'),

  rej('assessment', ['generic'], { ...offered },
    `Hi Rhys,

Thanks for recording your video interview for the 2027 Summer Internship. We know these can feel a bit odd, talking to a screen, so we appreciate you giving it a go.

Our assessors have now reviewed all submissions and, unfortunately, we won't be inviting you to the assessment day this time around.

If you'd like, reply to this email and we'll send over a short summary of the assessor notes on your responses.

Best wishes,
Natalie
Graduate Talent Partner`, 'Your video interview – outcome'),

  rej('application', ['generic'], {},
    `<html><body><p>Dear Rhys Adeyemi,</p><p>Thank you for your interest in the position <b>Finance Intern (Summer 2027) – Job Req 20419</b>.</p><p>We have carefully reviewed your application and regret to inform you that you have not been selected for further consideration.</p><p>Sincerely,<br>Human Resources</p><p style="font-size:10px">This message was sent from an unmonitored mailbox. SAP SuccessFactors Recruiting.</p></body></html>`, 'Finance Intern (Summer 2027) – Job Req 20419'),

  other(`Hi Rhys,

I hope you don't mind me reaching out. I'm a 2023 graduate from your course and now work in Strategy at a consumer goods company. Your careers service told me you'd asked about alumni in FMCG.

Happy to have a 20-minute chat if useful — unfortunately I'm travelling most of next week, but the week after is free. Let me know what works.

Best,
Ifeoma`, 'Alumni chat – FMCG'),

  rej('application', ['generic'], {},
    `Good afternoon Rhys,

We appreciate your application for the Summer Intern (Treasury) position with our Lagos and London teams. Kindly note that after review you were not shortlisted for the next stage.

We wish you success in your future endeavours.

Yours faithfully,
Human Capital Department`, 'Summer Intern (Treasury) – Application Status'),

  rej('assessment', ['generic'], { ...door },
    `Dear Rhys,

Thank you for completing the situational judgement test for the Civil Service Fast Stream.

We're sorry to tell you that you have not been successful at this stage and your application for this year's Fast Stream will not go any further.

We would encourage you to apply again in a future campaign, and you may also want to look at our Summer Diversity Internship Programme, which is open to penultimate-year students.

Fast Stream and Early Talent

Please do not reply to this email.`, 'Civil Service Fast Stream – result of the online tests'),

  other(`Hello Rhys,

Welcome to the Job Alerts service. Here are this week's new roles matching "summer internship, data, Manchester":

1. Data Analytics Summer Intern – Trafford – closes 31 Oct
2. Insight Analyst Placement (12 months) – Leeds – closes 7 Nov
3. Technology Summer Internship – Manchester – rolling

Unfortunately, one role you saved ("Graduate Data Scientist") has now closed.

Change your alert | Unsubscribe`, 'New jobs for you: summer internship, data, Manchester'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Rhys,

Thanks again for chatting with Dev and Laura from the payments team last week. They both enjoyed the conversation.

After comparing everyone they spoke to, they felt other candidates were a closer match for what this particular internship needs, so we won't be making you an offer.

We'd genuinely like to keep in touch for future roles — I've added you to our early-careers talent pool.

Best,
Jonas
Recruiting @ Fernpay (Amsterdam)`, 'Fernpay – Backend Intern'),

  // ── November
  rej('final', ['generic'], { ...offered, ...door },
    `Dear Rhys,

Thank you for attending our Assessment Centre for the Summer Internship – Audit & Tax last week and for your hard work on the day.

We have now reviewed the results of all the exercises and I am sorry to tell you that we will not be offering you a place on the 2027 internship.

We'd be happy to share feedback from the day – just reply to this email and one of the team will arrange a call. We also hope you'll consider applying for our graduate programme next year.

Kind regards,
Eleanor Marsh
Student Recruitment Manager`, 'Summer Internship – Audit & Tax: assessment centre outcome'),

  other(`Dear Rhys,

Thank you for applying for the 2027 Summer Internship. Before we can move your application forward, we need you to complete a short eligibility questionnaire, including a question about your right to work in the UK.

We are unfortunately unable to provide visa sponsorship for internships. This question does not affect your application if you already hold the right to work — it is simply something we are required to ask all candidates.

Please complete the questionnaire within 7 days.

Many thanks,
Resourcing Team`, 'Action required: eligibility questionnaire'),

  rej('application', ['position_filled'], { ...door },
    `Dear Rhys,

Thank you for your interest in our Spring Week programme.

We recruit on a rolling basis, and all places for the 2027 Spring Week have now been filled. As a result, we are unable to consider your application further.

We would encourage you to apply early for our Summer Analyst Programme when it opens next year.

Best regards,
Campus Recruitment`, 'Spring Week 2027 – programme now full'),

  rej('application', ['generic'], {},
    `We're sorry, Rhys. We won't be progressing your application to Summer Internship – Technology (Req 88213) any further. Thank you for applying.

— Workday notification. Do not reply.`, 'Update on Summer Internship – Technology'),

  other(`Dear Rhys,

Congratulations — you've made it through to our Superday for the Summer Analyst Programme (Investment Banking, London) on 19 November.

You'll have three back-to-back interviews (two competency, one technical) with members of the team, followed by a short networking lunch. Please bring photo ID to reception.

If you can't make the date, unfortunately we can only offer one alternative day, so let us know by Friday.

Best of luck,
EMEA Campus Recruiting`, 'Superday invitation – Summer Analyst Programme'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Rhys,

Thank you for completing our online assessments for the 2027 Industrial Placement.

Unfortunately, on this occasion you have not met the threshold score in the verbal reasoning section, and so we are unable to progress your application.

Please note you will not be able to reapply to the same programme for 12 months.

Kind regards,
Placement Recruitment Team`, 'Industrial Placement – assessment outcome'),

  rej('interview', ['generic'], {},
    `Dear Rhys,

Thank you for taking part in a first-round interview for the Summer Consulting Internship.

We've now completed this round. I'm sorry to let you know that we won't be inviting you to the final round. The standard this year was very high and the decisions were difficult.

Thank you for the time and thought you put into the process.

Yours sincerely,
Recruiting Team, UK & Ireland`, 'Summer Consulting Internship – interview outcome'),

  other(`Hi Rhys,

Thank you for your patience. We're still assessing applications for our Summer Internship in Energy Trading and unfortunately it is taking longer than we planned.

We expect to contact all candidates before 12 December. Your application is still active and no further action is needed from you.

With best wishes,
Graduate Programmes`, 'Your application – still under review'),

  rej('application', ['generic'], { ...door },
    `Dear Rhys,

Thank you for applying to our Summer Insight Programme 2027.

We received over 9,000 applications for fewer than 100 places. With so many strong applicants, we were not able to offer you a place this time.

We hope to see you apply to one of our future programmes — we'll email you when our graduate schemes open.

Warmest wishes,
Early Careers`, 'Summer Insight Programme 2027'),

  rej('final', ['generic'], {},
    `Hi Rhys,

Thanks for coming in to the Superday last Wednesday — I know it's a long day.

I spoke with the team this morning and unfortunately we're not able to extend an offer for the Summer Analyst position. I wanted to tell you myself rather than have you get an automated email.

Best of luck with the rest of your applications.

Tom Hargreaves
Vice President, Investment Banking`, 'Superday'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Rhys,

Thank you for applying for the Quantitative Research Summer Internship.

We have reviewed your application carefully. For this internship we require candidates to have completed advanced coursework in stochastic calculus or probability theory at Master's level, and we were not able to see this in your transcript. We will therefore not be taking your application further.

We appreciate your interest in our firm.

Quant Recruiting`, 'Quantitative Research Summer Internship – application'),

  other(`Dear Rhys,

Your background screening for your upcoming Summer Internship has been initiated by our partner. You will receive a separate email asking you to provide details of your education, address history and identity documents.

Please complete this within five working days. Unfortunately, we cannot confirm your start date until the screening is complete.

If you have any questions, please contact us.

Onboarding Team`, 'Background screening – action needed'),

  rej('assessment', ['generic'], {},
    `Dear Rhys,

Thank you for your interest in the 2027 Summer Internship in Corporate Finance and for completing the online assessment.

Our team has now reviewed the results and we will not be progressing your application on this occasion. We recognise the time and energy this process takes and are grateful for it.

Kind regards,
Corporate Finance Graduate Recruitment`, 'Summer Internship 2027 – status'),

  rej('application', ['generic'], {},
    `hi rhys, thanks for applying to the growth intern role. we've gone with someone else. good luck!

sent from my iphone`, 'growth intern'),

  other(`Dear Rhys,

We are delighted to offer you a place on our 2027 Summer Internship Programme in Technology Consulting, based in our Manchester office, starting on Monday 23 June 2027 for ten weeks.

Your offer letter and contract are attached. Please review them carefully and accept via the portal by 5 December. Unfortunately, if we don't hear from you by then, we may need to release your place to another candidate.

We look forward to welcoming you to the team.

Warm regards,
Priya Nair
Campus Recruitment Lead`, 'Your Summer Internship offer'),

  rej('application', ['generic'], {},
    `Dear Rhys,

Many thanks for submitting an application for our 2027 Spring Insight Week.

Unfortunately you have not been successful this time. Please know that this is no reflection on your potential – we simply had far more applicants than places.

With best wishes for your studies,
Student Programmes Team`, 'Spring Insight Week 2027'),

  hold('final', ['generic'], {},
    `Dear Rhys,

We're writing about the Assessment Centre for the Summer Internship – Strategy, which you were due to attend on 28 November.

Owing to circumstances beyond our control we have had to postpone this assessment centre. We are working to rearrange it for January and will contact you with a new date as soon as we can. Your application remains active and you do not need to do anything.

We are very sorry for the inconvenience and thank you for your understanding.

Kind regards,
Graduate Recruitment`, 'Postponed: Assessment Centre on 28 November'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application for the Summer Internship – Analytics at our Dublin office (Job ID 40231).

Following careful consideration of your online application, we regret that we are unable to progress your candidacy on this occasion.

We wish you every success.

Talent Acquisition, Ireland`, 'Application update – Job ID 40231'),

  rej('interview', ['generic'], { ...offered },
    `Dear Rhys,

Thanks for interviewing with us for the Summer Internship in Sales & Trading. You were in a strong group and the team enjoyed meeting you.

We've now made our decisions for the next round and I'm sorry to say you won't be moving on this time.

If you'd find it useful, I'm glad to give you some feedback over the phone – just let me know a good time next week.

Kind regards,
Rachel Osei
Campus Recruiting`, 'Summer Internship in Sales & Trading'),

  other(`Hi Rhys,

We'd really love to hear about your experience applying to us this year, whatever the outcome. Our candidate experience survey takes about 3 minutes and is completely anonymous.

Unfortunately we can't respond to individual comments, but every response is read by our Early Careers team and helps us improve.

Take the survey

Thank you!
Early Careers`, 'How was your application experience?'),

  rej('application', ['role_closed'], {},
    `Dear Rhys,

Thank you for your application for the Summer Internship – Retail Banking Transformation.

Due to a change in business priorities, we have decided not to run this internship in 2027 and the vacancy has been withdrawn. We are therefore unable to take your application any further.

We're sorry for any disappointment this causes.

Kind regards,
Resourcing`, 'Summer Internship – Retail Banking Transformation withdrawn'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Rhys,

Thank you for attending our final-round interviews for the Summer Internship Programme.

We were impressed by your enthusiasm. However, after reviewing the feedback from all of the interviewers, we felt that other candidates demonstrated a stronger fit for the specific requirements of this programme.

We'd very much like you to consider our graduate scheme when it opens next September.

Yours sincerely,
Graduate Recruitment Manager`, 'Final round – Summer Internship Programme'),

  other(`Dear Rhys,

Thank you for your interest in our Summer Internship. Because we receive a very high volume of applications, our review takes time — please allow up to eight weeks.

We'll be in touch by the end of January to let you know the outcome. Unfortunately we are unable to provide individual updates before then.

Kind regards,
Recruitment Operations`, 'Summer Internship – acknowledgement'),

  rej('application', ['generic'], { ...door },
    `Dear Rhys,

Thank you for your interest in the Charity Summer Internship – Policy & Research.

We received a huge number of high-quality applications and I'm afraid we aren't able to take yours forward. We'd love you to stay involved, though — please do sign up to our volunteer network and look out for our next internship round in the spring.

With thanks,
Hannah
People & Volunteering Team`, 'Your application – Policy & Research Internship'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Rhys,

Thank you for completing the online tests for our Summer Internship in Financial Advisory.

Unfortunately, your overall score placed you below the level needed to progress to the video interview stage, so your application will not continue this year.

A detailed feedback report showing your results for each test is available on request. Just reply to this email.

Best regards,
Advisory Student Recruitment`, 'Online tests – outcome'),

  rej('screen', ['generic'], {},
    `Dear Rhys,

Thank you for taking the time to speak with me on the phone on Monday about the Operations Summer Internship.

I've shared my notes with the hiring team and, unfortunately, we will not be moving your application forward to the next stage.

I wish you every success in your search.

Kind regards,
Sadia Rahman
HR Coordinator`, 'Operations Summer Internship'),

  other(`Rhys,

Just checking you got the Taleo email? It says your application is "In Review – Step 2" — that just means the HR team are still going through them. Nothing to worry about, they're slow this time of year.

Mum x`, 'that internship'),

  rej('application', ['generic'], {},
    `Dear Rhys Adeyemi,

Thank you very much for your interest in an internship with us and your application for the position "Working Student / Intern – Data Science (Amsterdam)".

After careful examination, we must inform you that we cannot consider your application further. We ask for your understanding.

We wish you all the best for your further professional and personal path.

Kind regards,
Your HR Team`, 'Your application: Working Student / Intern – Data Science'),

  // ── December
  rej('application', ['generic'], {},
    `Hello Rhys,

Thank you for applying to our 2027 Summer Analyst Programme in New York. We regret to inform you that you have not been selected to move forward in the recruiting process.

Due to the volume of applications we cannot provide individual feedback.

Sincerely,
Campus Recruiting – Americas`, 'Summer Analyst Programme (New York) – status update'),

  other(`Dear Rhys,

Thank you for accepting your offer. To complete your onboarding, please:

1. Upload a copy of your passport
2. Complete the new starter form
3. Return your signed contract

We appreciate your patience while we finalise your onboarding — it can take a couple of weeks to process everything. We'll be in touch with your first-day details in May.

Onboarding Team`, 'Next steps: onboarding'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Rhys,

Thanks for the technical interview last Thursday for the Platform Engineering Intern role.

The team liked your problem-solving, but the role needs someone who's already comfortable working with Kubernetes and infrastructure-as-code from day one, and that's not where you are yet. So we're going to pass this time.

Best of luck,
Ben Kowalski
Engineering Manager`, 'Platform Engineering Intern'),

  rej('application', ['generic'], {},
    `Dear Rhys,

Re: Spring Week 2027 – Reference SW27-55816

Thank you for applying. I'm writing to let you know that we have decided not to invite you to the next stage of our process.

We appreciate that this will be disappointing news.

Yours sincerely,
Graduate Recruitment Team`, 'Spring Week 2027 – SW27-55816'),

  hold('final', ['generic'], {},
    `Dear Rhys,

Thank you for attending our Superday for the Summer Analyst Programme.

We wanted to let you know that our offer decisions have been delayed, as we are still finalising the number of places available across business areas. We now expect to contact all Superday candidates by the end of January.

No decision has been made on your application yet. Thank you for your patience.

Best regards,
Campus Recruitment EMEA`, 'Summer Analyst Superday – update on timing'),

  rej('application', ['generic'], { ...door },
    `Dear Rhys,

Thank you for your application for the Summer Internship Programme in Software Engineering (Dublin).

After reviewing your application, we regret to inform you that we will not be moving forward with your candidacy at this time. We will keep your CV on file and may contact you if a suitable opportunity arises.

Kind regards,
University Recruiting, EMEA`, 'Software Engineering Intern – Dublin'),

  rej('final', ['position_filled'], {},
    `Dear Rhys,

Thank you for attending our Assessment Centre for the Industrial Placement – Finance.

You performed well on the day. Unfortunately, all placement positions have now been filled by candidates who attended earlier assessment centres, and we are therefore unable to offer you a place.

Kind regards,
Placements Team`, 'Industrial Placement – Finance'),

  other(`Hi,

Thanks for your interest in our start-up internship. We'll be in touch in the new year — we're only a small team and unfortunately we can't review applications until January.

Cheers,
Kieran`, 'Re: Summer intern?'),

  other(`Dear Rhys,

Thank you for applying to the Summer Internship 2027 – Economics & Policy Analysis. This email confirms we have received your application (reference EPA-27-1184).

What happens next? Our team will review applications after the closing date of 9 January. Shortlisted applicants will be invited to a written exercise in late January. If you have not heard from us by 14 February, unfortunately you have not been shortlisted on this occasion.

Thank you for your interest in working with us.

Recruitment Team
We are committed to equality, diversity and inclusion and welcome applications from all backgrounds.`, 'Application received – EPA-27-1184'),

  other(`Hi Rhys, sorry for the late reply — end of term chaos here! Yes, we're definitely still considering your application for the summer. We'll be in touch after the holidays. Have a good break. — Femi`, 'Re: Following up – summer internship'),

  other(`Rhys,

A gentle reminder that your online assessment for the 2027 Summer Internship (Tax) is still outstanding. Your link will expire at 23:59 on Sunday 14 December.

If you're having technical problems, please contact the assessment provider's support desk using the link below. Unfortunately we can't reopen expired links.

Good luck!
Tax Student Recruitment`, 'Reminder: complete your assessment by Sunday'),

  // ── January
  rej('application', ['location'], { ...fb, ...door },
    `Dear Rhys,

Thank you for applying for the 2027 Summer Analyst Program in our New York office.

Unfortunately, this program is open only to candidates who are authorised to work in the United States without sponsorship now and in the future. Based on the information you provided in your application, you do not currently meet this requirement, so we are unable to consider your application further.

We encourage you to explore opportunities in our London office, which may be a better fit for your circumstances.

Best regards,
Campus Recruiting`, 'Summer Analyst Program (New York) – eligibility'),

  other(`Happy New Year from the Careers Service!

January deadlines to watch:
• 10 Jan – Civil Service Summer Diversity Internship
• 12 Jan – several Big Four summer internships (rolling — apply early)
• 17 Jan – Insight into Energy day (2nd and 3rd years)
• 31 Jan – Placement year: last round for 2027/28

Unfortunately the January employer mock interview sessions are now full, but we've added a waiting list.

Good luck this term,
Careers Service
Unsubscribe | Manage preferences`, 'Careers Bulletin | January deadlines'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Rhys,

Thank you for your recent application to our 2027 Summer Internship and for completing the Cappfinity-style strengths assessment.

Your results did not meet the required standard for this stage. In particular, your responses in the "Critical Reasoning" section scored below our benchmark. We will therefore not be taking your application further.

We do appreciate the effort involved.

Kind regards,
Early Careers Resourcing`, 'Your Summer Internship application'),

  other(`Dear Rhys,

We're pleased to invite you to a HireVue-style recorded video interview for the Summer Internship – Marketing (Consumer Goods).

You'll answer five questions, with 30 seconds to prepare and up to 2 minutes to respond to each. You can practise as often as you like before you start.

Please complete it by 20 January. Unfortunately we cannot extend the deadline.

Best wishes,
Graduate Recruitment`, 'Invitation: video interview – Summer Internship Marketing'),

  rej('interview', ['role_closed'], {},
    `Dear Rhys,

Thank you for your interviews with us before Christmas for the Summer Internship in Product Management.

I'm afraid I'm writing with disappointing news. Following an internal restructure, the team has decided not to take on any interns this summer, and the role has been cancelled. This means we won't be continuing with your application.

I'm really sorry, particularly as you reached the latter stages.

Kind regards,
Lauren Fitzgerald
Talent Partner`, 'Summer Internship in Product Management'),

  other(`Dear Rhys,

Thanks for registering for our Insight Evening: Life in Consulting (Manchester, 22 January).

Please note that unfortunately the venue has changed. The event will now take place at our Piccadilly office, 5th floor. Timings are unchanged.

We look forward to seeing you.

Events Team`, 'Venue change – Insight Evening, 22 January'),

  rej('assessment', ['generic'], { ...door, ...offered },
    `Hi Rhys,

Thanks for the work you put into the take-home data task for our Analytics Internship.

We had lots of strong submissions and have decided to move forward with other candidates for the interview stage. I know how much time these tasks take, so thank you.

If you'd like some thoughts on your submission, let me know and I'll send a few notes. We also run an autumn internship round, so please do apply again.

Cheers,
Nikhil
Head of Data`, 'Analytics Internship – take-home'),

  other(`Hello Rhys,

Your application for the position of Summer Intern – Commercial Finance has been received. Application ID: 5583012.

Status: Submitted
Next step: Review by recruiting team

We appreciate your interest and will be in touch. Please do not reply to this automated message.

Eightfold Talent Intelligence Platform`, 'Application received – Summer Intern Commercial Finance'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Rhys,

Thank you for your application to our Industrial Placement Programme 2027/28 (Engineering & Technology).

After careful review, we have decided not to progress your application on this occasion. Your degree and experience are impressive, but we are looking for a profile that more closely matches this specific placement.

We hope you'll keep an eye on our other opportunities and consider applying again.

Best wishes,
Early Careers Team`, 'Industrial Placement Programme – application update'),

  hold('interview', ['role_closed'], {},
    `Hi Rhys,

I hope you're well. I'm sorry it's been quiet since your interview with the strategy team.

We've been told this week that all summer internship hiring is on hold while the business completes its annual headcount review. I don't yet know when it will be lifted, but I expect an update in February. Your application is still open and you haven't been unsuccessful.

I'll keep you updated as soon as I hear anything.

Best,
Ollie
Talent Acquisition`, 'Summer Internship – quick update'),

  other(`Dear Mr Adeyemi,

Thank you for your application. We are unfortunately unable to sponsor visas for this role. Could you please confirm your nationality and current immigration status so that we can complete our right-to-work checks?

This is standard for all candidates and does not affect your application.

Kind regards,
Compliance & Onboarding`, 'Right to work confirmation'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Rhys,

Thank you for taking the intro call with me last week about the Venture Capital Summer Analyst role.

After talking it over with the partners, we think there are other candidates whose experience is a closer fit for what we need this summer, so we're not going to move you forward.

Appreciate your interest in the fund.

Best,
Amara
Operations & Talent`, 'VC Summer Analyst'),

  other(`Hi Rhys,

Great news — your friend Chidi Eze has referred you for the Summer Internship – Customer Analytics at Northgate Telecom. A referral doesn't guarantee an interview, but it does mean a recruiter will personally look at your CV.

To complete your application, please finish the short form at the link below before 31 January. Unfortunately referrals lapse if the application isn't submitted by then.

Thanks,
Northgate Careers
(Powered by Lever)`, 'You have been referred – Summer Internship, Customer Analytics'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Rhys,

Thanks for sitting the Logical and Numerical Insight tests for the Summer Internship in Actuarial & Risk.

I'm sorry to say you won't be moving on to the interview stage. Your numerical score was in the 38th percentile against our graduate comparison group; we look for at least the 60th at this stage.

Your full score breakdown is available to download, and if you'd like to talk it through, reply and we'll book in a short call with one of our assessors.

Best wishes,
Actuarial Early Careers`, 'Actuarial & Risk Summer Internship: test results'),

  other(`Dear Rhys,

Your candidate account has been created. You can now save applications, upload your CV and track your progress.

Username: rhys.adeyemi
If you did not create this account, unfortunately we are unable to delete it on your behalf — please contact the data protection team at the address in our privacy notice.

Careers Portal

This is an automated email. Replies are not read.`, 'Welcome to the Careers Portal'),

  hold('assessment', ['generic'], {},
    `Hi Rhys,

Thanks for finishing the case exercise for the Sustainability Consulting internship. I wanted to be upfront with you: we've paused interviews for a couple of weeks while our partners agree how many interns we'll take on this year across the UK and Netherlands.

You're still very much in the process, nothing's been decided. I expect to pick things up again in the second half of February and will come back to you then.

Sorry for the wait,
Joost van Dijk
Recruitment Lead`, 'Sustainability Consulting internship – a short pause'),

  other(`Hey,

did you hear from the brewery people?? I got my AC invite this morning (Feb 12th, in person in Leeds). If you got one too we could get the train together.

x Maya`, 'AC??'),

  rej('application', ['generic'], { ...door },
    `Dear Rhys,

Re: Spring Placement – Operations, Cork (ref CRK-OPS-2027-06)

Go raibh maith agat for applying. We've completed our review and won't be progressing your application for this placement. Please don't be discouraged: our student roles are advertised throughout the year and we'd welcome an application from you for another opening.

Le gach dea-ghuí,
Siobhán Kelleher
Talent Acquisition Partner

Our privacy notice explains how we process your personal data during recruitment.`, 'Spring Placement – Operations, Cork'),

  other(`Hi Rhys,

Thank you for applying to our Growth Summer Internship. We're a small team so I'll be honest: we have way more applications than we expected, so it's taking us a little longer to get through them.

We'll get back to everyone by 6 February, promise. Thanks for hanging in there.

Ana
Hiring @ Tidewell (Series A, 32 people)`, 'Tidewell internship – where we are'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Rhys,

Thank you for meeting with us on 21 January for the Summer Investment Analyst internship. I appreciated your questions about our infrastructure fund.

Having now interviewed all shortlisted applicants, the panel considered that others were better suited to the role, and we have therefore decided not to offer you a place.

Thank you once again.

Yours sincerely,
Adebayo Ogunleye
Head of Human Resources`, 'Summer Investment Analyst – interview outcome'),

  other(`Dear Rhys Adeyemi,

Your assessment for the 2027 Summer Internship – Consumer Goods Sales is still waiting for you. Your personal link expires in 24 hours (Thursday 29 January, 11:59pm GMT).

Please note: unfortunately we are not able to reissue expired links.

Good luck,
Assessment Team`, 'Last chance: your assessment link expires tomorrow'),

  // ── February
  other(`Hi Rhys,

I wanted to let you know that I'm withdrawing my application for the Summer Internship in Corporate Strategy, including the final-round interview on 10 February. I've accepted a summer internship offer elsewhere, and it wouldn't be fair to take up an interview slot that another candidate could use.

Thank you to you and the team for your time, and sorry for the short notice.

Kind regards,
Rhys Adeyemi
BSc Economics and Computer Science, Year 3

On Mon, 2 Feb at 09:14, Talent Acquisition wrote:
> Dear Rhys,
> We're delighted to invite you to a final-round interview for the Summer Internship in Corporate Strategy on Tuesday 10 February.
> Unfortunately we can't offer alternative dates this week; please let us know ASAP if it doesn't work.`, 'Re: Final-round interview invitation'),

  rej('final', ['position_filled'], { ...door },
    `Dear Rhys,

Thank you for joining our January Assessment Centre for the Summer Internship in Brand Management.

Our offers have been accepted and the 2027 cohort is now complete, so we are not able to offer you a place this summer. It was a close call across a strong group.

We would love to see you again. Our Future Leaders graduate scheme opens on 1 September and, having reached the assessment centre, you can skip straight to the video interview.

With warm regards,
Chloé Dubois
Graduate Recruitment, UK & Ireland`, 'Brand Management Summer Internship – assessment centre'),

  other(`Dear Rhys,

Thank you for your application for the Summer Internship – Trading Analytics (Amsterdam).

As you are not an EU/EEA national, you would need a Dutch residence permit to work with us. Unfortunately we are not in a position to sponsor permits for internships. Could you let us know whether you are eligible for a student work permit, or already hold a residence document, so we can continue reviewing your application?

This is a standard check and does not mean a decision has been made.

Met vriendelijke groet,
Lotte de Vries
Recruitment`, 'Your application – work permit question'),

  rej('assessment', ['generic'], { ...door },
    `Hi Rhys,

Cheers for giving our online challenge a go. We had over 2,000 students take part for 40 internship spots across Sydney, London and Singapore.

You haven't made it through to the interviews this time round, but don't stress — it's a numbers game. We'll add you to our talent community so you hear first when our 2028 program opens.

Catch you later,
The Early Careers Crew`, 'Your internship application – the next step'),

  other(`Dear Rhys,

Congratulations — you've been invited to our Superday for the 2027 Summer Internship in Treasury Operations on Friday 20 February.

A few practical points:
• Travel: we'll reimburse reasonable train fares from Manchester; please keep receipts.
• Dress: business casual.
• Timing: 8:45am to 4:30pm, including lunch with last year's interns.

Unfortunately we can't accommodate changes of date after 13 February. Please confirm your attendance by replying to this email.

Best wishes,
Kavya Iyer
Early Careers Coordinator`, 'Superday – Summer Internship, Treasury Operations'),

  rej('screen', ['generic'], { ...door },
    `Hi Rhys, thanks for the chat on Tuesday. Sorry — I've heard back from the hiring manager and we won't be moving you to interviews for the summer role. I'll keep your details though and shout if something else comes up that suits. Good luck! Sam (Recruiter)`, 'Re: Summer role'),

  other(`Hello Rhys,

This is to let you know that your application status for "Summer Intern – Global Operations (Req 27-4419)" has changed to: In Review.

You do not need to take any action. We appreciate your patience and will notify you when there is a further update.

Careers | Privacy | Terms
This is a system-generated message from Workday.`, 'Status update: Summer Intern – Global Operations'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Rhys,

Thank you for taking part in our Superday for the 2027 Industrial Placement in Finance & Strategy.

The assessors met at the end of the day to review everyone's performance across the interviews and the group case. While you contributed well, on balance we felt other candidates were better aligned with the placement, and so we won't be offering you a place.

We would be pleased to hear from you again when our graduate programme opens in the autumn.

Kind regards,
Thandiwe Mokoena
Placements Coordinator`, 'Industrial Placement Finance & Strategy – Superday outcome'),

  other(`Hi everyone,

Thank you to everyone who came to our Insight Evening on Tuesday! The slides are attached, along with the recording of the Q&A.

A few of you asked about deadlines: the Summer Internship closes on 28 February, and unfortunately we can't accept late applications. We'll be in touch with anyone who applies within three weeks of the closing date.

See you soon,
Grace Tan
Campus Relations (Singapore & London)`, 'Thanks for coming – slides and next steps'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Rhys,

We're writing regarding your application to the 2027 Summer Internship (Energy Markets).

Thank you for completing the situational judgement and work-style questionnaire. Your responses to the scenarios did not meet the level we set for the role, particularly around prioritisation under time pressure, so you will not be invited to the next stage.

With thanks,
Energy Early Careers Team`, 'Energy Markets Summer Internship – questionnaire results'),

  other(`Dear Rhys,

We noticed you told us you may need reasonable adjustments for the online tests. We'd like to make sure everything works for you.

Could you let us know which adjustments would help (e.g. extra time, a different format)? Unfortunately we can't apply changes once you've started the test, so please get back to us before you begin.

Kind regards,
Inclusion & Recruitment Team`, 'Reasonable adjustments for your assessment'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Rhys,

Thank you for your interviews with the data platform team on Monday.

Everyone enjoyed talking with you, but we need an intern who has already shipped production pipelines with Spark and Airflow, and from our conversation you haven't had the chance to use those yet. For that reason we won't be taking you forward for this internship.

All the best,
Rohan Mehta
Data Engineering Lead`, 'Data Engineering Summer Internship'),

  other(`Careers Bulletin – February

• Placement year approval forms due 27 Feb (Year 2 students only)
• Still looking for a summer internship? It's not too late: 140 roles are still live on CareerConnect
• Workshop: "Handling rejection and staying motivated", Wed 18 Feb
• Unfortunately the Law Fair on 19 Feb has moved online due to building works

Best wishes,
Careers Service

Unsubscribe`, 'Careers Bulletin – February'),

  rej('interview', ['generic'], { ...door },
    `Dear Rhys,

Thank you for attending an interview for the Summer Internship – Economics at our Dublin office, and for travelling over.

After much deliberation, we regret that we won't be offering you an internship on this occasion. We have been impressed with the calibre of candidates this year.

We will hold on to your details and would be delighted if you'd consider us for a graduate role next year.

Is mise le meas,
Ciarán Doyle
HR Business Partner`, 'Summer Internship – Economics (Dublin)'),

  other(`Hi Rhys,

I run the student programmes at a fintech in Manchester and came across your profile on your university's jobs board. We're hiring two summer interns for our risk engineering team and I think your mix of economics and computer science could be a good match.

Would you be up for a 15-minute call next week? Unfortunately our process is quite quick, so if you're interested, let me know by Friday.

Best,
Olu Bankole
Talent Partner`, 'Summer internship in risk engineering?'),

  // ── March
  rej('final', ['generic'], { ...offered },
    `Dear Rhys,

Thank you for your time at the final round for the New York Summer Analyst – Equity Research last week. We know the trip was long.

After discussion with the desk heads we have decided not to extend an offer. Please accept our thanks for your commitment through the process.

If feedback would be useful, I'd be glad to schedule a short call – simply reply with a few times that suit you.

Sincerely,
Michael Chen
Campus Recruiting, North America`, 'Summer Analyst – Equity Research: final round'),

  other(`Dear Rhys,

Thanks for your interest in our Spring Hackathon on 14 March. We're pleased to confirm your place!

Unfortunately we can only take teams of up to four people; if you'd like to register a team, please send us everyone's names by 7 March. We'll be in touch with the challenge brief the day before.

Happy hacking,
Developer Relations`, "You're in! Spring Hackathon"),

  rej('application', ['generic'], {},
    `Dear Rhys,

Thank you for your application for the 2027 Summer Internship – Audit (South Africa & UK exchange programme).

We regret to advise that you were unsuccessful in your application. Please accept our best wishes in your future career.

Yours faithfully,
Graduate Recruitment
Johannesburg

Disclaimer: This email is subject to the terms available on our website.`, 'Outcome: Summer Internship – Audit'),

  hold('application', ['generic'], {},
    `Dear Rhys,

Thank you for applying for our Spring Week. Our places are currently all allocated, but we have placed you on our reserve list. If a participant withdraws before 20 March, we will contact you to offer you a place.

We appreciate your patience and understanding.

Kind regards,
Spring Week Team`, 'Spring Week – reserve list'),

  other(`Dear Rhys,

Thank you again for your application to our 2027 Summer Internship. The programme is very competitive and we receive thousands of applications every year, so we are taking a little longer to review them carefully.

We'll be in touch by 20 March with an update on your application. Please keep an eye on your spam folder.

Warm regards,
Student Talent Acquisition`, 'Update: Summer Internship 2027'),

  rej('final', ['position_filled'], {},
    `Dear Rhys,

Thank you for attending our assessment centre in London for the Summer Internship in Strategy, rescheduled from November.

We have now made all of our offers for this year's programme and have no places left, so I'm sorry to tell you we can't offer you one.

Thank you for your patience throughout.

Best regards,
Graduate Recruitment`, 'Summer Internship in Strategy – outcome'),

  other(`Dear Rhys,

We'd love your feedback on your recent experience applying to us. It doesn't matter whether you were successful — honest answers help us improve.

The survey has 6 questions and takes 2–3 minutes. Unfortunately we can't respond to individual comments.

Thank you,
Candidate Experience Team
(Sent via Avature)`, 'Tell us about your experience'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Rhys,

Thanks for recording your answers and completing the numeracy module for the Summer Internship – Commercial.

Your application has been reviewed, and I'm afraid your numeracy result fell short of the mark we require at this stage, so we won't be continuing with your application this year.

Kind regards,
Commercial Early Talent`, 'Your application: Summer Internship – Commercial'),

  other(`Dear Rhys,

Your placement year approval form has been received and is being reviewed by the Placements Office.

Please note that unfortunately we cannot approve forms without an employer contact. We'll be in touch if we need anything else.

Kind regards,
Placements Office
School of Social Sciences`, 'Placement approval form received'),

  other(`Hi Rhys,

Thanks for sending your CV. I'll pass it to our summer programme lead this week. We don't run formal internships, but we'll be in touch if there's a fit.

Best,
Kemi`, 'Re: Summer internship enquiry'),

  rej('application', ['generic'], {},
    `Dear Rhys,

Thank you for your interest in the Summer Internship – Finance at our Manchester office.

We regret to inform you that your application has not been selected for further consideration.

Kind regards,
Finance Resourcing Team`, 'Summer Internship – Finance application'),

  other(`Dear Rhys,

Thanks for your recent application. Your application status has been updated: Documents received.

Please allow up to 10 working days for our team to review your documents.

Regards,
Recruitment

This email was generated by our applicant tracking system.`, 'Documents received'),

  other(`Hi Rhys,

We're thrilled you'll be joining us this summer! Before you start, we'd like to invite you to our Pre-Internship Welcome Evening on Thursday 26 March at our Manchester office (6pm onwards). You'll meet your buddy, your future manager and the rest of the 2027 intern cohort.

Unfortunately we can't cover travel for this event, but food and drinks are on us.

Please RSVP by 19 March.

See you soon,
Intern Experience Team`, 'Welcome Evening for 2027 interns'),

  other(`Dear Rhys,

Thank you so much for letting me know that a place has come up on the Spring Week. I really appreciated being on the reserve list.

Unfortunately I won't be able to take the place up, as I've accepted a summer internship and the dates clash with my exams. I hope it goes to someone who can make the most of it.

Thanks again for thinking of me.

Best wishes,
Rhys

Sent from my phone`, 'Re: A place on Spring Week'),

  other(`Dear Rhys,

Your background screening has been completed and no further action is needed from you. Thank you for your patience while this was processed.

Our onboarding team will be in touch in May with your first-day instructions.

Regards,
Screening Services on behalf of your future employer

Please do not reply to this automated message.`, 'Screening complete'),

  other(`Hello Rhys,

We're writing because your candidate profile has not been used for 6 months. Under our data retention policy, we will delete your profile and any applications in 30 days.

If you'd like us to keep your details so we can let you know about future opportunities, simply log in and tick "Keep my profile". Unfortunately, once deleted we cannot recover your data.

Data Protection Team`, 'Your candidate profile will be deleted in 30 days'),

  other(`Careers Bulletin – March

It's not too late! This week on CareerConnect:
• 62 summer internships still open, including several start-ups paying the Real Living Wage
• Insight into the Civil Service, 25 March (online)
• CV and cover letter clinic – Mondays and Thursdays

Unfortunately we've had to cancel the Careers Service drop-in on 17 March due to staff training.

Good luck with everything,
Careers Service

You are receiving this because you are a current student. Unsubscribe.`, 'Careers Bulletin – March'),

  other(`Hi Rhys,

You've been matched with a mentor through the Alumni Mentoring Scheme! Your mentor is Kwame Boateng (BSc Economics 2018), now a Senior Associate at an infrastructure investor in London.

Please arrange your first meeting within two weeks. Unfortunately, if neither of you gets in touch by 31 March, we'll need to re-match the mentor with another student on the waiting list.

Best wishes,
Alumni Relations Office`, 'You have been matched with a mentor'),

  other(`Dear Rhys,

We're pleased to invite you to the next stage of our process for the Off-Cycle Internship (Autumn 2027) – Markets Technology: a game-based assessment.

It takes about 30 minutes and there are no right or wrong answers. Please complete it within 7 days of this email.

Unfortunately we are unable to accept completions after the deadline.

Best of luck,
Early Careers – Technology

Equal opportunities: we welcome applications from everyone.`, 'Next step: game-based assessment'),

  other(`Hi Rhys,

Thanks for applying for the Off-Cycle Internship – Strategy & Ventures. Please choose a time for your 30-minute call with one of our recruiters using the link below. Slots are available until 27 March.

If none of the times suit you, unfortunately we can't offer evening slots, but reply here and we'll try to find an alternative.

Cheers,
Recruiting Coordinator`, 'Book your call – Off-Cycle Internship'),

  other(`Dear Rhys,

We're upgrading our careers website. From 1 April, all applications will move to our new system. Your current applications are not affected and will continue to be reviewed as normal.

Unfortunately you will need to reset your password the first time you log in. We appreciate your patience during the changeover.

Kind regards,
Careers Website Team`, 'Important: changes to our careers site'),

  other(`rhys!! look at this — graduate scheme for 2028 opens next week and they said people who did the summer internship get fast-tracked. you're sorted lol. also are you coming to the society dinner?

---------- Forwarded message ---------
From: Graduate Recruitment
Subject: Graduate Programme 2028 – applications open 1 April

Applications for our 2028 Graduate Programme will open on 1 April. We'll be in touch with our summer interns separately about fast-track routes.`, 'Fwd: Graduate Programme 2028'),

  other(`Dear Rhys,

Thank you for registering for our webinar "Making the Most of Your Internship". Unfortunately the date has moved to Wednesday 8 April at 5pm because of a clash with the Easter break.

Your registration has been moved across automatically. We'll send the joining link the day before.

Best wishes,
Emerging Talent Events`, 'Date change: Making the Most of Your Internship'),

  other(`Dear Rhys,

Thank you for your application to the Summer Research Assistant post (Ref. RA-27-031) in the Department of Economics.

We're delighted to offer you the post from 30 June for eight weeks, subject to confirmation of your right to work. Unfortunately the post cannot be combined with another full-time summer role; please let us know whether you would like to accept by 10 April.

With best wishes,
Dr Nkechi Obi
Senior Lecturer in Economics`, 'Offer: Summer Research Assistant (RA-27-031)'),
];
