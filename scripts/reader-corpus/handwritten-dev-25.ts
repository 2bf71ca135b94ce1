/**
 * Development messages of the twenty-fifth round, never sealed: one season of a single job seeker's inbox — a data
 * engineer in Lagos applying to remote roles with employers in Europe and North America, September to November.
 * About half are look-alikes (acknowledgements in several applicant-tracking styles, status updates, invitations to
 * screens, interviews, tests and a final round, confirmations, reschedules, reminders, a reference request, an offer and
 * its follow-ups, alerts, recruiter outreach, a withdrawal, surveys), a few paused processes, and the rest rejections at
 * every stage, mostly with generic reasons and now and then a location, salary, skills or test reason.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d25-');

const lever = '\n\n—\nPowered by Lever. You are receiving this because you applied for a role. Unsubscribe from future updates.';
const ashby = '\n\nSent with Ashby';
const smart = '\n\nThis is an automated message from SmartRecruiters. Please do not reply to this email.';
const gdpr = '\n\nWe process your personal data in line with our Candidate Privacy Notice. You can ask us to delete your data at any time by writing to privacy@northwindfreight.eu.';
const wday = '\n\n*** This is a system-generated email. Please do not reply. ***\nCopyright © 2026 Workday, Inc. All rights reserved.';
const legal = '\n\nCONFIDENTIALITY: This e-mail and any attachments are intended only for the addressee and may contain privileged information. If you received it in error, please delete it and notify the sender.';

export const HANDWRITTEN_DEV_25: readonly CorpusLine[] = [
  // ── September: the first wave of applications
  other(`Hi Tunde,

Thanks for applying to the Data Engineer (Remote, EMEA) role at Northwind Freight. We've got your application and our talent team will take a look over the next couple of weeks.

If your background matches what we need, someone will reach out to set up a first call. If you don't hear from us by the end of the month, it means we've gone a different way this time.

Cheers,
Northwind Freight Talent${gdpr}`, 'We received your application – Data Engineer (Remote, EMEA)'),
  other(`Dear Babatunde Adeyemi,

Thank you for your application for Senior Data Engineer (Job ID 20417) at Kestrel Health. This email confirms we have received it.

What happens next? A member of our recruitment team reviews every application. You can track the status of your application at any time by signing in to your candidate account.

Kestrel Health Careers${wday}`, 'Kestrel Health: Application Received'),
  other(`Hi Tunde — application for Analytics Engineer received. We read every one ourselves (there are only eleven of us) so give us a week or so. — Marta, co-founder, Fieldnote`, 'Fieldnote: got it!'),
  rej('application', ['location'], { ...fb },
    `Dear Tunde,

Thank you for your interest in the Data Platform Engineer position at Brightwater Insurance.

Unfortunately, this role is open only to candidates who already have the right to work in Ireland or the wider EEA, and we are not in a position to offer visa sponsorship for it. For that reason we are unable to take your application further.

We wish you every success in your job search.

Kind regards,
Talent Acquisition
Brightwater Insurance DAC${legal}`, 'Your application - Data Platform Engineer'),
  other(`Your application status has changed.

Position: Data Engineer II
Company: Halyard Logistics
New status: Under Review

Log in to view details.${smart}`, 'Application status update'),
  rej('application', ['generic'], {},
    `Hi Tunde,

Thanks so much for your interest in Fieldnote and the Analytics Engineer role. We had a lot of strong applicants, and after reading through them all we've decided not to move forward with yours.

All the best,
Marta`, 'Re: Fieldnote: got it!'),
  other(`Hi Tunde,

I hope you're well! I'm Priya, a recruiter on the data team at Northwind Freight. We'd love to set up a 30-minute introductory call to learn more about you and walk you through the role.

Could you pick a slot that works for you here: calendly.com/northwind-priya/intro — all times show in your local time zone (WAT).

Looking forward to speaking!
Priya Raman
Technical Recruiter, Northwind Freight`, 'Intro call – Data Engineer'),
  other(`Invitation: Tunde Adeyemi <> Priya Raman (Northwind) – Intro
Thursday 11 September 2026 ⋅ 14:00 – 14:30 (West Africa Time)
Join with Google Meet: meet.google.com/rqx-btdw-kpe

Accept · Decline · Maybe
Invitation from Google Calendar`, 'Invitation: Intro call @ Thu 11 Sep 2026 2pm - 2:30pm (WAT)'),
  rej('application', ['generic'], { ...door },
    `Dear Babatunde,

Thank you for your interest in the Senior Data Engineer position at Kestrel Health.

We have reviewed your application carefully and regret to let you know that we will not be considering it further at this time.

We encourage you to visit our careers site regularly and to apply for other openings that match your skills and interests.

Sincerely,
Kestrel Health Talent Acquisition${wday}`, 'Update on your application with Kestrel Health'),
  other(`Hi Tunde,

Lovely to speak earlier. As promised, here's the next step: a take-home exercise. You'll build a small pipeline that ingests the attached shipment events (CSV) into a warehouse model and answers three questions. Please keep it to around 3–4 hours; you have until Monday 22 September to submit via the link below.

Any questions, just reply to this mail.

Best,
Priya`, 'Northwind Freight – take-home exercise'),
  other(`Thank you for applying for the role of Data Engineer at Okapi Payments (Amsterdam – remote within CET ±3).

Our team reviews applications in the order they arrive. Due to the number of applications we receive, we may not be able to respond to each one personally. If you are selected to move forward, a recruiter will contact you within three weeks.

Okapi Payments Recruitment${ashby}`, 'Thanks for applying to Okapi Payments'),
  rej('application', ['location'], { ...fb },
    `Hi Tunde,

Thanks for applying to the Senior Data Engineer role at Tallyworks. I took a look at your profile and you've clearly done some interesting work with Airflow and dbt.

The snag is that this role is remote but restricted to candidates based in the US or Canada for payroll and tax reasons, so we can't move forward with your application. Sorry to be the bearer of that news.

Best,
Jordan Hale
Recruiting, Tallyworks${lever}`, 'Your application at Tallyworks'),
  other(`Hi Tunde, just a quick reminder that your Northwind Freight take-home is due on Monday 22 September at 23:59 CET. If you need a little more time, let me know. Priya`, 'Reminder: take-home due Monday'),
  other(`Hello Tunde,

We have received your submission for the take-home exercise. Thanks for putting the time in — the hiring team will review it this week and we'll get back to you with next steps.

Northwind Freight Talent`, 'Submission received'),
  rej('application', ['generic'], {},
    `Thank you for your application to Halyard Logistics. After careful consideration we regret to inform you that your application for Data Engineer II has not been successful on this occasion.${smart}`, 'Halyard Logistics – your application'),
  other(`New jobs for you: "data engineer remote"

• Data Engineer – Pipelines · Corvid Analytics · Remote (Europe)
• Senior Analytics Engineer · Bramble Bank · Remote (UK/EU)
• Data Engineer, Streaming · Tessellate · Remote (Americas)

See all 23 new jobs ›
You're receiving this because you set up a job alert. Manage alerts.`, '3 new jobs match "data engineer remote"'),
  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Tunde,

Thank you for completing the take-home exercise — I know it's a real chunk of your weekend and we appreciate it.

The team went through your submission on Wednesday. They liked how clearly your README explained the choices you made, but the solution didn't handle late-arriving events and the dedupe step would double-count a share of the shipments, which are both central to the work this team does day to day. On that basis we've decided not to take your application to the interview stage.

If you'd like to go through the review in more detail, I'm happy to set up 15 minutes with one of the engineers who marked it.

Best wishes,
Priya Raman
Technical Recruiter, Northwind Freight${gdpr}`, 'Northwind Freight – outcome of your exercise'),
  other(`Hi Tunde,

Thanks for your application to Okapi Payments! We'd like to invite you to the next step: an online assessment on CodeSignal (SQL + Python, 70 minutes). Please complete it within 5 days of receiving this email.

Start your assessment: app.codesignal.com/invite/okapi-7Qx2

Good luck!
The Okapi Payments Recruiting Team${ashby}`, 'Okapi Payments: your online assessment'),
  other(`Hello Tunde,

My name is Segun and I'm a recruiter at Harbourline Talent. I came across your profile and think you could be a great fit for a Senior Data Engineer role with one of our clients, a Canadian fintech hiring fully remote across time zones. Compensation is in USD and the stack is Snowflake, dbt and Kafka.

Would you be open to a quick chat this week?

Segun Bakare
Senior Recruiter, Harbourline Talent`, 'Remote Senior Data Engineer opportunity – Canadian fintech'),
  rej('assessment', ['assessment'], { ...door },
    `Hi Tunde,

Thank you for taking the time to complete our online assessment.

We've reviewed your results and unfortunately your score did not meet the threshold we need to progress to the interview stage for this role. We know this isn't the outcome you were hoping for.

You are welcome to apply again in six months.

The Okapi Payments Recruiting Team${ashby}`, 'Update on your Okapi Payments application'),
  // ── late September: recruiter calls and interviews
  other(`Hi Segun,

Thanks for the note. I'd be glad to chat — Wednesday afternoon works best for me.

Tunde

On Mon, 22 Sep 2026 at 10:14, Segun Bakare <segun@harbourlinetalent.com> wrote:
> Hello Tunde,
> My name is Segun and I'm a recruiter at Harbourline Talent. I came across your profile and think you could be a great fit for a Senior Data Engineer role with one of our clients.
> Would you be open to a quick chat this week?`, 'Re: Remote Senior Data Engineer opportunity – Canadian fintech'),
  other(`Dear Tunde,

Thank you for applying to the Data Engineer position at Lumen Ledger GmbH. We are pleased to invite you to a first conversation with our Talent Partner, Anja Vogt. The call will take about 30 minutes and will focus on your experience, your motivation and the practical details of working remotely with a Berlin team.

Please choose a suitable time via the link below.

Kind regards,
Lumen Ledger People Team
Lumen Ledger GmbH · Registered office Berlin · HRB 210443 B`, 'Lumen Ledger – Invitation to a first conversation'),
  rej('screen', ['generic'], {},
    `Hi Tunde,

Segun here from Harbourline. Thanks again for the call on Wednesday — I enjoyed hearing about the ingestion work you did at Paystack.

I've now heard back from the client. They've reviewed the shortlist from our conversations and decided to move ahead with other candidates for this one, so I won't be putting you through to their process this time. Sorry it's not better news!

Best,
Segun`, 'Canadian fintech role – update'),
  other(`Hi Tunde,

Thanks for a great conversation today! I've shared my notes with the hiring team and I'm happy to say they'd like to invite you to a technical interview with two of our data engineers (60 minutes, via Teams). I'll send a few time options tomorrow.

Best regards,
Anja Vogt
Talent Partner, Lumen Ledger`, 'Next step: technical interview'),
  other(`Hi Tunde,

Quick update on the Senior Data Engineer role at Corvid Analytics: we're still working through applications and haven't forgotten you. We hope to have news by mid-October. Thanks for your patience.

Corvid Analytics Hiring`, 'A quick update from Corvid Analytics'),
  hold('application', ['role_closed'], {},
    `Dear Tunde,

Thank you for your application for the Data Engineer – Streaming role at Tessellate.

We wanted to let you know that hiring for this position has been paused while our leadership team reviews next year's engineering budget. Your application remains active and has not been declined; we expect to resume in the new year and will contact you then.

Thank you for your understanding.

Tessellate Talent Team${lever}`, 'Tessellate – update on Data Engineer – Streaming'),
  other(`Hi Tunde,

Following our call, could you confirm one of these slots for the technical interview?
– Tue 30 Sep, 11:00–12:00 CEST
– Wed 1 Oct, 15:00–16:00 CEST

The interviewers will be Felix and Oyin from the data platform team. No preparation needed beyond being ready to talk through a pipeline you've built.

Anja`, 'Technical interview – time options'),
  rej('application', ['profile_mismatch'], {},
    `Dear Applicant,

Thank you for applying for the position of Lead Data Engineer at Meridian Bank plc.

We have received a large number of applications for this role. Having carefully assessed yours against the role profile, we regret that on this occasion your experience does not match the requirements closely enough for us to invite you to the next stage.

Yours faithfully,
Resourcing Team
Meridian Bank plc

Meridian Bank plc is authorised by the Prudential Regulation Authority. Registered in England No. 1123456.`, 'Lead Data Engineer – Ref MB/22871'),
  other(`Tunde, your interview is confirmed.

Lumen Ledger – Technical interview
Tuesday 30 September 2026, 11:00–12:00 CEST (10:00–11:00 WAT)
Microsoft Teams link: teams.microsoft.com/l/meetup-join/19%3ameeting_LL

Interviewers: Felix Brandt, Oyinkansola Dada

Need to reschedule? Reply to this email.`, 'Confirmed: Technical interview with Lumen Ledger'),
  rej('interview', ['position_filled'], {},
    `Hello Tunde,

Thank you for meeting with our team last week about the Data Engineer role at Bramble Bank. We enjoyed speaking with you and learning about your experience.

We've now completed the interviews and have decided to offer the role to another candidate. We'd like to thank you for your time and interest in Bramble Bank.

Kind regards,
Hiring Team, Bramble Bank`, 'Bramble Bank – Data Engineer'),
  other(`Hi Tunde, something's come up for Felix on Tuesday — could we move your technical interview to Thursday 2 October, same time? Apologies for the shuffle. Anja`, 'Small change to your interview time'),
  // ── October: interviews, assessments, a final round
  other(`Hi Tunde,

Thanks for your application to the Data Engineer role at Pinecrest Energy. We've reviewed your CV and would like to invite you to a 45-minute video interview with Sara Lindqvist (Head of Data) next week.

Please reply with your availability between Monday and Wednesday, 9:00–17:00 Stockholm time.

Best regards,
Pinecrest Energy AB Recruitment`, 'Interview invitation – Data Engineer'),
  rej('screen', ['salary'], { ...fb },
    `Hi Tunde,

Thanks for taking my call yesterday and for being open about your expectations.

I went back to the hiring manager with the figure we discussed. Unfortunately the band for this role is fixed and sits well below what you're looking for, so we don't think it makes sense to take things further right now. I'd rather tell you straight than waste your time.

All the best with your search,
Lauren Fisher
Talent Acquisition, Quayside Media`, 'Following up on our call'),
  other(`Hi Tunde,

Great news — the team enjoyed the technical interview and would like to invite you to the final stage: a panel with our VP of Engineering, a product manager and a member of the analytics team, plus a short system-design discussion. It will take about two hours on Thursday 9 October.

I'll send the calendar invite shortly.

Anja`, 'Lumen Ledger – final stage'),
  rej('application', ['generic'], { ...door },
    `Thank you for your interest in Corvid Analytics.

We have now reviewed all applications for the Senior Data Engineer role. While your background is impressive, we have decided not to move forward with your application at this time.

We'll keep your details on file and may contact you if a suitable role comes up in the future.

Corvid Analytics Hiring`, 'Your Corvid Analytics application'),
  other(`Dear Tunde,

Thank you for your patience while we reviewed applications for the Data Engineer role. Your application has been viewed by the hiring manager and is currently under consideration. We'll be in touch as soon as there's more to share.

Best regards,
Pinecrest Energy AB Recruitment`, 'Your application is being reviewed'),
  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hej Tunde,

Thank you for the interview on Tuesday — I really enjoyed our conversation about the IoT pipeline you rebuilt.

After speaking with the other candidates we've decided to continue with someone who has hands-on experience with time-series databases at scale, which is going to be the core of this role during the first year. Your experience with batch pipelines is strong, but we need that streaming and time-series depth from day one.

I'd genuinely encourage you to apply again when we open the platform role in spring.

Vänliga hälsningar,
Sara Lindqvist
Head of Data, Pinecrest Energy AB`, 'Re: Interview – Data Engineer'),
  other(`Hi Tunde,

We'd like to ask for two professional references as we move toward a decision for the Data Engineer role. Ideally one should be a current or recent line manager. Please send names, roles and email addresses, and let your referees know that Refcheck will contact them on our behalf.

Thanks,
Anja Vogt
Talent Partner, Lumen Ledger`, 'Lumen Ledger – references'),
  rej('final', ['position_filled'], { ...offered },
    `Dear Tunde,

I wanted to personally thank you for the time you invested in our process for the Analytics Platform Engineer role, including the full-day virtual onsite last Friday.

It was a very close call between the final candidates, and after much discussion the team has chosen to extend an offer to someone else. This decision was not easy.

If it would help, I'd be happy to share some notes from the panel — just reply and we'll find a time.

Warmly,
Dana Okafor
Engineering Manager, Stillwater Labs`, 'Stillwater Labs – thank you'),
  other(`Hi Tunde,

Following our calls over the last few weeks, we are delighted to offer you the position of Data Engineer at Lumen Ledger GmbH, working remotely from Lagos through our employer-of-record partner. The attached offer letter sets out salary, start date (3 November 2026), equipment allowance and holiday.

Please review it and let us know if you have any questions. We'd appreciate your answer by Friday 17 October.

We are really excited at the prospect of you joining the team!

Anja Vogt
Talent Partner, Lumen Ledger`, 'Your offer from Lumen Ledger'),
  rej('interview', ['generic'], {},
    `hey Tunde, wanted to close the loop after you chatted with Ben and the rest of the data team on thursday. we're going to pass for now — nothing you did wrong, we just had a couple of folks further along in the process. best of luck!

— Rafa (Kilnworks)`, 'closing the loop'),
  other(`Dear Tunde,

Thank you for applying for the Data Engineer role at Harrow & Finch. We noticed that your application is incomplete: the work-authorisation questions in section 4 have not been answered. Please log in and complete them by 15 October so we can continue to review your application.

Harrow & Finch Recruitment`, 'Action required: complete your application'),
  hold('interview', ['role_closed'], {},
    `Hi Tunde,

I wanted to give you an honest update after your interviews with us last week. Our board has asked all teams to pause new hires until the Q4 funding round closes, so we can't make a decision on the Senior Data Engineer role for now.

You're still very much in the running — we just can't move for a few weeks. I'll be in touch as soon as the freeze lifts.

Kofi Mensah
CTO, Savanna Grid`, 'Savanna Grid – a pause on our side'),
  other(`Hi Anja,

Thank you so much — I'm delighted to accept the offer. I've signed the letter and attached it here. Could you let me know what the next steps are for the employer-of-record onboarding?

Best,
Tunde

> From: Anja Vogt <anja.vogt@lumenledger.de>
> Subject: Your offer from Lumen Ledger
> We are delighted to offer you the position of Data Engineer at Lumen Ledger GmbH.`, 'Re: Your offer from Lumen Ledger'),
  rej('application', ['position_filled'], {},
    `Dear Tunde,

Thank you for your interest in the Data Engineer vacancy at Harrow & Finch and for completing your application.

We are writing to let you know that the position has now been filled, and we are therefore closing all remaining applications.

With best wishes,
Harrow & Finch Recruitment`, 'Data Engineer vacancy – Harrow & Finch'),
  other(`Welcome to Lumen Ledger, Tunde!

Your start date is Monday 3 November 2026. Before then, please:
1. Complete the Remote Partners onboarding form (link in a separate mail).
2. Upload a copy of your passport and proof of address.
3. Choose your laptop (Mac or Linux).

Your buddy for the first month will be Oyin Dada. She'll reach out this week.

See you soon,
Lumen Ledger People Team`, 'Your onboarding checklist'),
  rej('final', ['profile_mismatch'], { ...door },
    `Dear Tunde,

Thank you for attending the final interview for the Senior Data Engineer position at Oakridge Analytics Inc. and for meeting our leadership team.

We appreciated the opportunity to learn more about you. After careful deliberation we have decided to proceed with another finalist whose experience best fits our immediate needs.

We were impressed with your qualifications and would welcome your application for future openings.

Best regards,
Human Resources, Oakridge Analytics Inc.${legal}`, 'Oakridge Analytics – final interview outcome'),
  other(`Hi Tunde,

Congratulations again on your new role! Since you accepted elsewhere, I've marked you as withdrawn from our Senior Data Engineer process. If things change, you know where to find us.

Kofi`, 'Re: Savanna Grid – a pause on our side'),
  other(`Your withdrawal has been processed.

You have withdrawn your application for: Data Engineer (Req 88412) – Granite Retail Group.
If this was a mistake, please contact careers@graniteretail.com.${wday}`, 'Application withdrawn'),
  other(`Hi Tunde,

You recently went through our hiring process at Northwind Freight. Would you take two minutes to tell us how it went? Your answers are anonymous and help us improve the experience for future candidates.

Take the survey › survey.northwindfreight.eu/cx

Thank you!
Northwind Freight Talent`, 'How did we do? 2-minute candidate survey'),
  rej('interview', ['culture_fit'], { ...fb },
    `Dear Tunde,

Thank you for interviewing with us for the Data Engineer role at Ferrow Consulting.

After reflecting on the interviews, the team felt that the way you prefer to work — independently and asynchronously — is not quite aligned with how our client-facing teams operate, which is very collaborative and meeting-heavy. We have therefore decided not to progress your application.

Kind regards,
Ferrow Consulting Recruitment`, 'Ferrow Consulting – Data Engineer'),
  other(`Join the Stillwater Labs talent community!

Thanks for your interest in Stillwater Labs. Sign up to our talent community to receive news about open roles, engineering blog posts and invitations to virtual meetups.

Join now ›`, 'Stay connected with Stillwater Labs'),
  rej('application', ['internal_candidate'], {},
    `Hi Tunde,

Thanks for applying for the Data Engineer role at Larkspur Studios. I wanted to let you know that we've filled this position internally — someone from our analytics team is moving across — so we're closing the search.

Thanks again,
Mina, People Ops`, 'Larkspur Studios – Data Engineer'),
  rej('screen', ['profile_mismatch'], {},
    `Dear Tunde,

Many thanks for speaking with me on Monday about the Data Engineering Manager role.

Having discussed your background with the hiring panel, we feel that your profile is not the right match for what we are looking for in this position, so we won't be progressing with your application.

Best regards,
Chloé Martin
Recrutement, Alvéole Technologies`, 'Alvéole Technologies – suite à notre échange'),
  other(`Hi Tunde,

Hope you've settled into your new role! We're hiring for a few senior data engineering positions and thought of you. If you're open to conversations in 2027, I'd love to stay in touch.

Best,
Segun Bakare
Harbourline Talent`, 'Checking in'),
  rej('application', ['overqualified'], { ...fb },
    `Hi Tunde,

Thanks for your application for the Junior Data Analyst role. Your experience goes well beyond what this position involves — it's an entry-level role with a lot of supervised work — and we don't think it would hold your interest for long, so we won't be taking your application forward.

Thanks for thinking of us,
Recruitment, Tidewater Council`, 'Junior Data Analyst – application'),
  rej('application', ['role_closed'], {},
    `Dear Tunde,

Thank you for your application to the Data Engineer (Contract) role at Quill Systems.

Following a change in project priorities, this role has been cancelled and will not be filled. As a result we will not be proceeding with any applications, including yours.

We apologise for any inconvenience and thank you for your interest.

Quill Systems Talent${lever}`, 'Quill Systems – Data Engineer (Contract)'),
  rej('interview', ['generic'], { ...offered },
    `Hi Tunde,

Thanks for the time you spent with Ravi and me on the video call last week. After speaking with all the shortlisted candidates, we have decided to progress with another applicant.

If you'd like some feedback on your interview, drop me a line and I'll arrange a short call.

Regards,
Hollie Burns
Talent Partner, Seaforth Digital`, 'Seaforth Digital – interview outcome'),
  other(`Hi Tunde,

A reminder that your HackerRank test for Granite Retail Group expires in 24 hours. You have not yet started the test.

Start test ›`, 'Reminder: your test expires soon'),
  rej('assessment', ['generic'], {},
    `Dear Tunde,

Thank you for completing the Data Engineering case study for Granite Retail Group. We have now reviewed all submissions and will not be moving forward with your application.

Granite Retail Group Talent Acquisition${wday}`, 'Granite Retail Group – case study'),
  rej('application', ['generic'], {},
    `Hi there,

Thanks for applying to be a Data Engineer at Orbit Health. We've decided to move forward with other candidates for this role.

Orbit Health Recruiting${ashby}`, 'Your application to Orbit Health'),
  rej('screen', ['location'], { ...fb },
    `Hi Tunde,

Thank you for the call earlier today. As I mentioned, I double-checked with our legal team whether we could employ someone based in Nigeria, and unfortunately we can only hire in countries where we already have an entity — currently the UK, Portugal and Poland. That means we can't continue with your application for the Data Engineer role.

I'm sorry about this; it's a limitation on our side rather than anything about you.

Best,
Ellie
Talent Acquisition, Parcelio`, 'Parcelio – following our call'),
  rej('final', ['position_filled'], {},
    `Dear Tunde,

Thank you for completing all stages of our selection process for the Senior Data Engineer role, including the final panel with our Director of Data.

We are writing to let you know that the role has now been offered to and accepted by another candidate.

Yours sincerely,
HR, Harlow Shipping Ltd`, 'Senior Data Engineer – update'),
  rej('interview', ['skills_gap'], { ...fb },
    `Hello Tunde,

Thanks for interviewing with us for the Senior Data Engineer position. The panel enjoyed speaking with you.

We've decided not to move forward. The main gap the team identified was production experience with Spark on Kubernetes; several parts of our platform depend on it and we need someone who can own that from the start.

Regards,
Marek Nowak
Engineering Lead, Vistula Data`, 'Vistula Data – Senior Data Engineer'),
  other(`Hi Tunde,

Thanks for your time on the call today. As discussed, I'll send your CV to the hiring manager at Tallywave this afternoon and come back to you early next week with their thoughts.

Segun`, 'Following our call'),
  hold('application', ['role_closed'], {},
    `Hi Tunde,

Just a heads-up: the Tallywave team has put the Data Engineer search on hold for a few weeks while they finalise the team structure. Your application hasn't been turned down, and I'll update you the moment I hear more.

Segun`, 'Tallywave – on hold for now'),
  rej('application', ['generic'], {},
    `Dear Tunde Adeyemi,

Thank you for your application for the post of Data Engineer (Ref: GOV-DE-0912).

The sift panel has now considered all applications. We regret to inform you that you have not been shortlisted for interview on this occasion.

Due to the volume of applications we are unable to provide individual feedback at the sift stage.

Recruitment Services
Department for Digital Infrastructure`, 'GOV-DE-0912: outcome of sift'),
  rej('assessment', ['generic'], { ...door },
    `Hello Tunde,

Thank you for completing the technical assessment for the Data Engineer role at Mercator Travel. We enjoyed reviewing your work.

After careful consideration we have decided to continue with other candidates at this stage. We would be happy to see you apply for other roles with us in the future.

Mercator Travel Talent`, 'Mercator Travel – technical assessment'),
  other(`Hi Tunde,

We noticed you started an application for Analytics Engineer at Bramble Bank but haven't submitted it yet. Your progress has been saved — pick up where you left off.

Continue application ›`, 'Finish your application'),
  other(`Dear Tunde,

Thank you for your interest. Our process for the Data Engineer role includes an assessment centre: a group exercise, a written case and an interview with two managers. We'd like to invite you to our virtual assessment centre on 21 October from 09:30 to 15:00 GMT. Please confirm your attendance.

Graduate and Experienced Hiring, Atlas Maritime Ltd`, 'Invitation to our virtual assessment centre'),
  rej('interview', ['generic'], {},
    `Hello Tunde,

Thanks for coming in virtually to meet the team on Friday. We really appreciated your time. Unfortunately, we won't be moving forward with your candidacy at this time.

Best,
Pinto Software Hiring Team`, 'Thanks for meeting us'),
  other(`Hi Tunde,

I'm sorry, I'm going to have to reschedule our screening call tomorrow as I'm out sick. Would Monday at the same time work for you? Apologies for the late notice.

Lauren`, 'Rescheduling our call'),
  rej('application', ['generic'], {},
    `Your application for "Data Engineer – Payments" at Okapi Payments has been archived.

You won't receive any further updates about this role. Good luck with your search!${ashby}`, 'Update on your application'),
  other(`Hi Tunde,

Your profile looks like a strong match for a few roles we're hiring for at Corvid Analytics. Would you be interested in hearing about our Data Platform Engineer opening?

Best,
Nadia, Talent Partner`, 'Data Platform Engineer at Corvid?'),
  rej('screen', ['generic'], { ...door },
    `Dear Tunde,

Thank you for taking the time to speak with me on Thursday regarding the Data Engineer position.

We have now concluded the first round of phone interviews and I'm sorry to let you know that you have not been selected to progress to the next stage.

Please do keep an eye on our careers page — we often have new openings and would be pleased to hear from you again.

Kind regards,
Aoife Byrne
Recruitment Partner, Clearwater Software`, 'Clearwater Software – Data Engineer'),
  other(`Tunde, you have a new message from Kestrel Health.

"Hi Tunde, we're opening a new Data Platform role in January and wondered if you'd like us to keep you in mind."

View message ›`, 'New message from Kestrel Health'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Tunde,

Thanks for meeting with Olu and Hannah last week. We enjoyed the conversation.

After careful thought we've decided to go with a candidate whose experience is a closer fit to what we need right now. We wish you every success.

Best,
Carys
People Team, Pennant`, 'Pennant – Data Engineer'),
  other(`Thank you for applying! Your application for Senior Data Engineer at Pinto Software has been submitted successfully.

Application ID: PS-2026-0441
Submitted: 2 October 2026

What's next: If your experience is a match for the role, a member of our team will get in touch. Because of the volume we receive, we're not always able to respond to every applicant individually.`, 'Application submitted'),
  rej('final', ['assessment'], { ...fb },
    `Dear Tunde,

Thank you for taking part in our assessment centre on 21 October and for the interviews that followed.

I'm sorry to tell you that we won't be offering you the role. The assessors were impressed by your written case, which was one of the strongest on the day, but in the group exercise you tended to hold back from the discussion, and that weighed on the final decision.

Kind regards,
Graduate and Experienced Hiring, Atlas Maritime Ltd`, 'Assessment centre outcome'),
  other(`Dear Tunde,

Thank you for your message. I can confirm that we have received your reference details for Mr. Chinedu Obi and Ms. Grace Ekanem. We will contact them this week.

Refcheck on behalf of Lumen Ledger`, 'Reference details received'),
  rej('application', ['skills_gap'], { ...fb },
    `Dear Tunde,

Thanks for applying for the Senior Data Engineer (Azure) role at Wrenfield.

We're looking for someone with at least three years of hands-on Azure Synapse and Data Factory experience, and from your CV your cloud work has been mainly on AWS and GCP. For that reason we won't be taking your application further this time.

Best wishes,
Wrenfield Recruitment`, 'Wrenfield – your application'),
  other(`Hi Tunde,

Thanks for confirming. Here are the details for Monday:

Screening call with Lauren Fisher (Quayside Media)
Monday 13 October, 15:00–15:30 BST
Phone: we'll call you on the number on your application.

Speak then!`, 'Confirmed – screening call Monday'),
  rej('application', ['generic'], { ...door },
    `Hello Tunde,

Thank you for applying to Bramble Bank. Unfortunately we won't be taking your application for Analytics Engineer any further.

Don't let this put you off — we'd love you to keep an eye on our careers page and apply for roles in future.

Bramble Bank Talent`, 'Your Bramble Bank application'),
  hold('application', ['role_closed'], {},
    `Dear Candidate,

We are writing to update you on the Data Engineer vacancy (Ref DE/1044) at Northgate University. Due to an internal restructuring review, recruitment to this post has been temporarily suspended. Applications already received will be held and considered when the process resumes, which we expect in January 2027.

Human Resources, Northgate University`, 'Update on vacancy DE/1044'),
  rej('screen', ['generic'], {},
    `Hi Tunde, thanks for the chat last week. We've decided not to progress with your application — lots of strong candidates this time round. Good luck! Priyanka, Loomcraft`, 'Re: chat'),
  other(`Hi Tunde,

Your background check for Lumen Ledger is complete. No further action is needed from you.

Refcheck`, 'Background check complete'),
  rej('interview', ['position_filled'], { ...door },
    `Dear Tunde,

Following your interview for the Data Engineer vacancy at Eastmoor University, I am writing to let you know that the panel has decided to offer the post to another candidate.

Thank you for the time and effort you put into your application and interview. We hope you will consider applying for future vacancies at the University.

Yours sincerely,
Dr Helen Park
Chair of the Appointment Panel

Eastmoor University is an exempt charity.`, 'Data Engineer – interview outcome'),
  other(`Hi Tunde,

We'd love to hear from you! Please rate your interview experience with Pennant on a scale of 1 to 5. It takes 30 seconds.

⭐⭐⭐⭐⭐`, 'Rate your interview experience'),
  rej('screen', ['role_closed'], {},
    `Hi Tunde,

Thanks for your time on our call. Unfortunately, since we spoke, the team has decided not to go ahead with hiring for this position this year after a reorganisation, so we're closing the role and won't be moving forward with your application.

Sorry to bring this news,
Ines
Talent, Kelpie Robotics`, 'Kelpie Robotics – update'),
  other(`Hello Tunde,

We see that you recently applied for a role with us. Tell us a little more about yourself: would you be interested in relocating to our Toronto office? Reply yes or no.

Kestrel Health Careers`, 'Quick question about your application'),
  rej('application', ['generic'], {},
    `<p>Dear Tunde,</p><p>Thank you for your interest in <strong>Pinto Software</strong>. We've carefully reviewed your application for <strong>Senior Data Engineer</strong> and unfortunately we will not be moving forward at this time.</p><p>We wish you the best in your job search.</p><p>— Pinto Software Hiring Team</p>`, 'Pinto Software – Senior Data Engineer'),
  rej('interview', ['profile_mismatch'], {},
    `Hi Tunde,

It was a pleasure speaking with you and the team last Tuesday. I'm afraid we've decided to move forward with other candidates whose experience more closely aligns with our current needs.

Thank you again,
Lena
Stripewell`, 'Stripewell – next steps'),
  other(`Hi Tunde,

Thank you for your interest in working with us. Please note our offices will be closed from 24 December to 2 January; we'll respond to any messages after that.

Kind regards,
Tidewater Council HR`, 'Office closure over the holidays'),
  rej('assessment', ['assessment'], { ...fb },
    `Hello Tunde,

Thanks for your submission on the dbt modelling task. The reviewers found that the models weren't tested and that the incremental logic would miss updated rows, so we won't be progressing you to the interview stage.

Thank you for your effort.

Halcyon Analytics`, 'Halcyon Analytics – task review'),
  hold('assessment', ['role_closed'], {},
    `Dear Tunde,

Thank you for completing the coding exercise for our Data Engineer role. Our hiring process has been delayed as we wait for budget sign-off, so we're unable to schedule interviews for the moment. Your application is still open and we'll be in touch as soon as we can continue.

Regards,
Mercury Freight Recruiting`, 'Mercury Freight – delay to our process'),
  other(`Hi Tunde, just checking you received the offer letter I sent on Monday? Let me know if anything's unclear — happy to jump on a call. Anja`, 'Following up on your offer'),
  rej('final', ['generic'], {},
    `Tunde,

Thanks for spending the whole day with us on Thursday — meeting the founders, the pairing session and the lunch with the team. We've made our decision and we're going with another finalist.

I really appreciate how much time you gave us.

Amara
Co-founder, Wovenpath`, 'Thursday'),
  other(`Hello Tunde,

We're excited to let you know that Corvid Analytics is hosting a virtual careers evening on 20 November for data engineers. Come and meet the team!

Register here ›`, 'You are invited: Corvid Analytics careers evening'),
  rej('application', ['generic'], {},
    `Dear Tunde,

We appreciate your interest in the Data Engineer position. The selection committee has reviewed all applications and, regrettably, yours will not be progressing.

Recruitment, Tidewater Council`, 'Data Engineer – outcome'),
];
