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
  rej('application', ['location'], { ...fb },
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
];
