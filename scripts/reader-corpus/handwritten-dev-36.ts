/**
 * Development messages of the thirty-sixth round, never sealed: one job seeker's inbox over a season, in date order from
 * January to May. A backend software engineer in Berlin (Go, Java/Kotlin, Kafka, PostgreSQL; Ukrainian, on a German
 * Blue Card, English as a second language) applies to about sixty employers in Germany, the Netherlands, the UK, Poland,
 * Spain and remote-first US and EU companies: start-ups, scale-ups, banks, insurers, e-commerce, mobility, rail, energy,
 * gaming studios and consultancies. Most of the batch are look-alikes that use the polite words of a rejection but
 * decline nothing: receipts from many tracking systems (Personio, Greenhouse, Lever, Workable, Ashby, JOIN,
 * SmartRecruiters, Recruitee, Teamtailor, Workday) with their footers and GDPR notices, "we need a bit more time" and
 * "the hiring manager is on holiday" notes, HackerRank, CodeSignal and Codility invitations and expiry reminders,
 * take-home briefs, interview invitations, moves and calendar confirmations, preparation notes, a relocation FAQ, an
 * offer, a revised offer that "sadly" cannot raise the base, an offer the candidate turns down and the employer's
 * gracious answer, recruiter approaches, job alerts with nothing in them, a newsletter, confirmed withdrawals,
 * "only shortlisted candidates will be contacted" notices and candidate-experience surveys. Six processes are paused
 * (a hiring freeze, a delayed funding round, a reorganisation, a budget review until Q2, a hiring manager who resigned,
 * a team too busy to review). The rest are rejections at every stage, with reasons across the vocabulary said in
 * passing (German or Dutch language level, visas and sponsorship, salary bands, seniority, "a closer match"), a few with
 * two reasons, specific feedback from coding tests and take-homes, feedback offered or refused, and doors open or shut.
 * Employers write in English, some of it stiff second-language English; founders' two-liners, raw HTML bodies and
 * replies above quoted mail. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d36-');

export const HANDWRITTEN_DEV_36: readonly CorpusLine[] = [
  // ── January: applications go out
  other(`Dear Dmytro Koval,

thank you very much for your application as Backend Engineer (Go) – Fleet Platform and for your interest in Lindwurm Mobility GmbH.

We have received your documents and will check them carefully. Please understand that this can take up to two weeks. We will contact you as soon as we have news.

Best regards
Your Lindwurm Recruiting Team

Lindwurm Mobility GmbH · Schlesische Str. 28 · 10997 Berlin
Amtsgericht Charlottenburg HRB 201744 · Managing directors: Jonas Reiter, Aylin Demir

Data protection: We process your personal data exclusively for the purpose of the application procedure in accordance with Art. 6 (1) b GDPR. Your data will be deleted 6 months after the end of the procedure unless you have agreed to a longer storage. More information: lindwurm.example/privacy
Sent via Personio`, 'Your application at Lindwurm Mobility GmbH'),

  other(`Dear Dmytro,

Your candidate account for the Voltaris AG Careers site has been created successfully.

User name: dmytro.koval@mail.example

Please verify your email address within 48 hours using the link below. Unfortunately, if the link expires, you will need to register again.

Verify email address

Voltaris AG Careers
Powered by Workday`, 'Welcome to Voltaris AG Careers - please verify your email'),

  other(`Dear Dmytro Koval,

Thank you for applying for the position of Software Engineer Backend – Charging Infrastructure (Job ID 318877) at Voltaris AG in Munich.

Your application has been successfully submitted. Our recruiting team will review your documents and contact you regarding the next steps. Please note that this may take several weeks due to the high number of applications we receive.

You can view the status of your application at any time in your Candidate Home.

Best regards,
Voltaris AG – Talent Acquisition

This is a system-generated email. Please do not reply.`, 'Voltaris AG: Application received (318877)'),

  other(`Hi Dmytro,

Thanks for your interest in Parcelwise! We've received your application for Senior Backend Engineer, Routing and our team is taking a look.

A little about what happens next: if there's a potential match, someone from our Talent team will reach out with next steps, usually within 10 business days. Unfortunately we can't always reply as fast as we'd like, especially right after the holidays, but every application is read by a human.

In the meantime, you can read about how we route two million parcels a day on our engineering blog.

Best,
Parcelwise Talent Team
Amsterdam, NL

This message was sent by Greenhouse on behalf of Parcelwise B.V. To ask us to delete your data, visit your candidate privacy settings.`, 'Thanks for applying to Parcelwise'),

  other(`Hello Dmytro,

Your job alert "Backend Engineer Go – Berlin – Full-time" ran today.

Unfortunately, there are no new jobs matching your search criteria since our last email.

Tip: widen your search radius or add related keywords such as "Golang", "Platform Engineer" or "Software Engineer Backend" to see more results.

Manage alerts | Unsubscribe
Jobfeld GmbH, Rosenthaler Str. 40, 10178 Berlin`, 'Job alert: 0 new jobs for "Backend Engineer Go"'),

  rej('application', ['location'], { ...fb },
    `Dear Dmytro,

Thank you for applying for the role of Software Engineer II – Payments Platform (REQ-58123) at Albion & Crane Bank.

We have reviewed your application carefully. As set out in the advert, this role is only open to candidates who already hold the right to work in the United Kingdom, because we are not able to offer visa sponsorship for this position. From the answers you gave in the application form, you would require sponsorship, and so we are unable to take your application further.

We are grateful for your interest in Albion & Crane and wish you every success.

Kind regards,
Talent Acquisition
Albion & Crane Bank plc

Albion & Crane Bank plc is registered in England and Wales (No. 00488120). Please do not reply to this email.`, 'Your application to Albion & Crane Bank'),

  other(`Hey Dmytro,

Thanks so much for applying to Kettle! We got your application for Backend Engineer (Remote – Americas/EMEA) and we're stoked you want to help us build the payroll API for small businesses.

Our team reviews applications on a rolling basis. We'll be in touch if we'd like to move forward, and we try to reply to everyone within three weeks either way.

— The Kettle Team

Sent with Lever · Privacy Policy`, 'Thanks for applying to Kettle!'),

  other(`Hi Dmytro,

your application for Backend Developer (Python/Go) at Radhaus has been sent successfully! 🎉

What happens next?
Radhaus will review your application and contact you directly. In the meantime you can follow the status in your JOIN profile.

Good luck!
Your JOIN Team

JOIN Solutions AG · You receive this email because you applied to a job via JOIN.`, 'Your application to Radhaus was sent'),

  other(`Dear Dmytro,

Thank you for applying for the position of Backend Developer (Java/Kotlin) at Vargo Logistics B.V. in Rotterdam.

We have received a large number of applications for this vacancy. Unfortunately, this means we will only be able to contact the candidates who are shortlisted for the next stage. If you do not hear from us within three weeks, please assume that we will not proceed with your application this time.

Thank you for your understanding.

Met vriendelijke groet,
Vargo Logistics Recruitment

Powered by Workable`, 'Backend Developer (Java/Kotlin) - Vargo Logistics'),

  other(`Hi Dmytro,

I hope you don't mind me reaching out here. I came across your profile and your Go and Kafka experience caught my eye.

I'm working with a well-funded insurtech in Munich (Series C, ~250 people) who are building out their claims platform and need a Senior Backend Engineer. Hybrid, two days in the office, €85–100k plus VSOP. Sadly they can't do fully remote, but they do offer relocation support.

Would you be open to a quick 15-minute chat this week?

Cheers,
Lukas Brenner
Senior Tech Recruiter | Brennpunkt Talent

--
You received this InMail because your profile is set to "Open to work". Reply | Not interested`, 'New message from Lukas Brenner'),

  rej('application', ['generic'], {},
    `Hi Dmytro,

thanks for applying to Krümel (Backend Developer, Node.js/Go). We looked at your application and decided not to continue with it.

Good luck with your search!
Paula from Krümel

Sent with JOIN · join.com`, 'Your application at Krümel'),

  other(`Hi Dmytro,

Thank you for applying to the Backend Engineer – Developer Platform role at Quillstack. We've received your application.

Quillstack is a remote-first team spread across 14 countries in Europe. Our hiring process has four steps: an intro call with our recruiting team, a take-home or pairing exercise (your choice), a technical deep-dive, and a final values conversation with one of the founders.

We review applications within about a week. Thanks for your patience!

Quillstack Recruiting
Powered by Ashby`, 'Application received - Quillstack'),

  other(`Hi Dmytro,

Thank you for your application for the Backend Engineer (Go) – Integrations role at Brightloop. We're a remote-first team across Europe building supply-chain visibility software, and we're glad you found us.

We'll review your application over the next week or so. If there's a potential fit, Camille from our Talent team will be in touch to set up a first call.

Thanks,
Brightloop Talent

--
This email was sent using Lever. Read our candidate privacy notice.`, 'Brightloop - we received your application'),

  other(`Hi Dmytro Koval,

Parcelwise has invited you to take the "Backend Engineer – Online Assessment" test on HackerRank.

Duration: 90 minutes
Questions: 3 (2 coding, 1 SQL)
Test link expires: 31 Jan, 23:59 CET

Before you start:
• Make sure you have a stable internet connection; the test cannot be paused once started.
• You may use any language from this list: Go, Java, Kotlin, Python 3.
• Try the sample test first to get comfortable with the environment.

Start test

Good luck!
HackerRank on behalf of Parcelwise`, 'Invitation: Parcelwise Backend Engineer - Online Assessment'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Dmytro Koval,

Thank you for your interest in Modehaus Online and for your application for the position of Senior Backend Engineer – Checkout (R-0031877).

After careful review, we have decided to pursue other candidates whose profiles more closely match the requirements of this position.

This decision does not reflect on your abilities. We would like to keep your profile in our talent community so that we can contact you should a suitable position arise in the future. You can withdraw your consent in your candidate account at any time.

Kind regards
Modehaus Online SE – Talent Acquisition

Modehaus Online SE · Valeska-Gert-Str. 7 · 10243 Berlin
Powered by Workday`, 'Your application at Modehaus Online'),

  other(`Hi Dmytro,

This is a friendly reminder that you have not yet started the test "Backend Engineer – Online Assessment" from Parcelwise.

Unfortunately, your test link expires in 24 hours (31 Jan, 23:59 CET). After that you will no longer be able to open the test and will need to ask the recruiter for a new invite.

Start test now

HackerRank · Help Center`, 'Reminder: your Parcelwise test expires in 24 hours'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Koval,

Many thanks for your application as Senior Backend Developer (m/f/d) in our Public Sector unit.

We have read your documents with interest. In this unit, however, our projects are mostly for German federal and state authorities, and business fluent German (at least C1) is a requirement for all team members, both for workshops with the clients and for the documentation. As your CV indicates German at B1 level, we unfortunately cannot consider your application for this position.

We thank you for your interest in Isarwerk and wish you all the best for your professional future.

Kind regards
Franziska Heller
Recruiting, Isarwerk Consulting GmbH`, 'Your application as Senior Backend Developer (m/f/d)'),

  other(`Hi Dmytro,

Thanks for completing our online assessment! Your results have been shared with the hiring team.

We'll review them together with your CV and come back to you within a week. If you had any technical issues during the test, just reply to this email and let us know.

Best,
Maartje
Talent Partner, Parcelwise`, 'Parcelwise: assessment completed'),

  other(`Dear Dmytro,

Thank you for applying to Hanse Bank AG!

We've received your application for the role Backend Engineer – Core Banking (Java) (Ref. 2025-HB-114) in Hamburg. Our recruiting team will review your documents and get back to you as soon as possible.

Regretfully, due to regulatory requirements, we are not able to accept application documents by e-mail. Please use your SmartRecruiters account for any updates.

Best regards,
Hanse Bank AG · Recruiting

Privacy notice: Hanse Bank AG processes your data for the purpose of the recruitment process. Information on your rights under Art. 15–21 GDPR can be found in our privacy policy.
Powered by SmartRecruiters`, 'Thank you for applying to Hanse Bank AG'),

  other(`Hello Dmytro,

thank you for your application as Senior Backend Engineer at Ostwind Energy!

Before we look at your documents in detail, we would like to ask you to answer three short questions in our applicant portal:
1. What is your earliest possible start date?
2. What are your salary expectations (gross per year)?
3. Do you need a work permit for Germany? (Sadly we cannot sponsor new visas, but an existing Blue Card is fine.)

Please use this link: ostwind.jobs.example/questionnaire

Many thanks and best regards
Your Ostwind People Team

Ostwind Energy GmbH · Berlin · Data protection information according to Art. 13 GDPR: ostwind.example/privacy
Sent via Personio`, 'Three short questions about your application'),

  other(`Hi Dmytro,

Thanks for your patience! We enjoyed reading your application and would love to get to know you better.

The first step is a 30-minute intro call with me. We'll talk about your background and what you're looking for, and I'll tell you more about Quillstack and the role. No preparation needed.

Please pick a time that works for you here: cal.example/quillstack/ines-intro

Looking forward to it,
Ines Carvalho
Talent Partner, Quillstack`, 'Intro call with Quillstack'),

  rej('application', ['generic'], {},
    `Dear Dmytro,

We thank you for the interest you have shown in our company and in the vacancy of Backend Developer (PHP/Go) in Valencia.

After analysing all the candidatures received, we regret to communicate you that your candidature has not been selected to continue in the selection process for this position.

We wish you a lot of success in your professional career.

Kind regards,
People Department
Naranja Commerce S.L.

In compliance with the General Data Protection Regulation (EU) 2016/679, we inform you that your personal data will be deleted once the selection process has finished. You may exercise your rights of access, rectification and erasure by writing to privacy@naranja.example.
Powered by Recruitee`, 'Backend Developer (PHP/Go) - Valencia'),

  other(`Invitation: Intro call Dmytro Koval <> Quillstack
Tue 21 Jan 2025 15:00 – 15:30 (Central European Time - Berlin)

Joining info: meet.example/qsk-intro-dk
Organizer: ines.carvalho@quillstack.example

Guests:
Ines Carvalho – organizer
Dmytro Koval

Reply for dmytro.koval@mail.example: Yes / Maybe / No / More options

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event. Forwarding this invitation could allow any recipient to send a response to the organizer.`, 'Invitation: Intro call Dmytro Koval <> Quillstack @ Tue 21 Jan 2025 15:00 - 15:30 (CET)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Dmytro,

Thank you for applying for the Staff Backend Engineer position with us.

We were impressed by what you've built at your current company, but for this staff-level role we are looking for at least eight years of backend experience, including time spent setting technical direction across several teams. With around five years, your experience is not quite there yet for this level, so we won't take your application forward.

If a Senior Backend role opens up later this year, we would genuinely like to hear from you again.

All the best,
Svenja
Talent Acquisition, Flinkwerk`, 'Staff Backend Engineer at Flinkwerk'),

  rej('assessment', ['assessment'], {},
    `Hi Dmytro,

Thank you for taking the time to complete our online assessment for the Senior Backend Engineer, Routing position.

We've now reviewed the results. Unfortunately your score didn't meet the threshold we set for moving on to the interview stage, so we won't be progressing your application this time.

We know these tests are only a snapshot, and we appreciate the effort you put in.

Best wishes,
Maartje
Talent Partner, Parcelwise`, 'Your Parcelwise application'),

  other(`Hi Dmytro!

Thanks for applying to be a Backend Engineer (Live Services) at Spielwerk Games 🎮

We've got your application and our recruiting team will look at it soon. We get lots of applications from passionate players, so it might take us up to two weeks to get back to you. Sorry in advance for the wait!

GG,
Spielwerk Games Talent Team, Hamburg

~
Sent with Teamtailor · Don't want these emails? Update or delete your personal data on our career site`, 'We got your application! 🎮'),

  other(`Dear Dmytro Koval,

Thank you for submitting your application for Senior Software Engineer (Java) – Trading Technology, Job ID JR-220914, at Northgate Financial.

We will review your skills and experience against the requirements of the role. If you are selected to move forward in the process, a member of our recruitment team will contact you.

You can track the progress of your application at any time by signing in to our careers site.

Regards,
Northgate Financial Recruitment

This is an automatically generated email – please do not reply.
Powered by Workday`, 'Northgate Financial - Application Submitted'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Dmytro,

Thanks again for the conversation on Tuesday, I really enjoyed hearing about the migration you led from the monolith to Go services.

I discussed your application with the hiring manager. The honest answer is that the salary you mentioned (€88k base) is quite a bit above the range we have for this role, which tops out at €74k for Germany under our location-based pay bands. We don't think it would be fair to take you through three more rounds knowing this gap, so we'll stop here for this position.

That said, we're opening a Senior Infrastructure role in spring with a higher band, and I'd love to send it your way when it's live.

Warmly,
Ines`, 'Following up on our call'),

  other(`Dear Sir,

We kindly confirm the receipt of your application for position Senior Java Developer (ref. WSH/JAVA/0125) in our company.

Please be informed that due to big number of applications we will contact only with selected candidates. Unfortunately we are not able to answer to each application individually.

Simultaneously we inform that the administrator of your personal data is Wawel Software House Sp. z o.o. with seat in Kraków. Your data will be processed for the recruitment purposes in accordance with GDPR.

Best regards,
HR Team
Wawel Software House`, 'Confirmation of application receipt'),

  other(`Hello Dmytro,

You have been invited by Spielwerk Games to solve a programming test on Codility.

Test: Backend Engineer – Live Services
Time limit: 120 minutes for 3 tasks
Expiry: 7 days from now

Your solutions will be assessed for correctness and performance. You may use Go, Java, C# or Python. Please read the instructions carefully before starting; once you have opened a task, the timer cannot be stopped.

Start the test: app.codility.example/test/SPW-4471

Best of luck!
Codility`, 'Spielwerk Games invites you to a Codility test'),

  rej('application', ['position_filled'], {},
    `Hi Dmytro,

Thank you for your application for the role of Backend Engineer at Boodschap.

We wanted to let you know that we have recently hired someone for this position, so it is no longer open. We're sorry we couldn't tell you sooner.

Thanks for thinking of us!
Team Boodschap
Utrecht`, 'Backend Engineer at Boodschap'),

  other(`Dear Dmytro,

thank you again for your application as Backend Engineer (Go) – Fleet Platform. We would like to get to know you!

We invite you to a first interview (about 60 minutes, video) with Katrin Weber, our Engineering Lead for the Fleet Platform, and Ole from the team. We will talk about your experience and have a small technical discussion about a service you have built.

Would one of these slots work for you?
– Mon 27 Jan, 10:00
– Tue 28 Jan, 14:00
– Wed 29 Jan, 16:30

Best regards
Merve Aksoy
Talent Acquisition, Lindwurm Mobility GmbH`, 'Invitation to interview - Lindwurm Mobility'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Dmytro,

Thanks for applying to Tallgrass for the Backend Engineer role.

I'm sorry to say we can't move forward. Although the role is remote, right now we're only able to employ people who live in the United States and are authorized to work here; we don't have an entity or an employer-of-record arrangement in Europe yet. It's a frustrating limitation for us too.

We hope to expand internationally next year, so feel free to check our careers page again then and apply.

Best,
Marcus Hale
Co-founder & CTO, Tallgrass`, 'Tallgrass - Backend Engineer'),

  other(`Hi Dmytro,

I am very sorry for the short notice. Unfortunately our CTO Jonas, who wanted to join the interview today, is sick since yesterday. Would it be possible to move our interview to Thursday, 30 Jan, at the same time (14:00)? Katrin and Ole will both be there as planned.

Please let me know if Thursday works for you, otherwise I will send some new options.

Sorry again and best regards
Merve`, 'Reschedule: interview Lindwurm Mobility'),

  other(`Perfect, thank you Dmytro! I've updated the calendar invite. See you on Thursday.

Merve

On Tue, 28 Jan at 09:12, Dmytro Koval wrote:
> Hi Merve,
> no problem at all, Thursday 14:00 works for me. I hope Jonas gets well soon.
> Best, Dmytro
>
> On Tue, 28 Jan at 08:47, Merve Aksoy wrote:
>> Hi Dmytro, I am very sorry for the short notice. Unfortunately our CTO Jonas, who wanted to join the interview today, is sick since yesterday...`, 'RE: Reschedule: interview Lindwurm Mobility'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Dmytro,

Thanks for completing our Codility test for the Backend Engineer (Live Services) role.

Our engineers have looked through your solutions. Task 1 (the leaderboard merge) was correct and nicely structured. On tasks 2 and 3, however, the solutions timed out on the larger performance tests: the matchmaking task used a nested loop over all players, which does not scale to the 100,000-player inputs, and task 3 did not handle the empty-inventory case. Since performance under load is central to this role, we've decided not to move you forward to the interviews.

Thank you for the effort you put into the test, and good luck with your search.

Spielwerk Games Talent Team

~
Sent with Teamtailor · Don't want these emails? Update or delete your personal data on our career site`, 'Your Codility results - Spielwerk Games'),

  other(`Hi Dmytro,

Great that Thursday still works. To help you prepare, here is a short overview of the interview:

1. Introductions (10 min)
2. Your experience (20 min): please pick one backend service you built or owned and be ready to explain its architecture, data flow and one production incident.
3. Technical discussion (25 min): together we will design a simplified version of our vehicle-availability API. There is no "right" answer; we are interested in how you think about trade-offs (consistency, caching, rate limits).
4. Your questions (5 min)

Unfortunately we cannot share the exact questions, but you don't need to prepare any code. Pen and paper can be helpful.

Best regards
Merve`, 'How to prepare for Thursday'),

  rej('application', ['internal_candidate'], {},
    `Dear Dmytro,

Thank you once again for your application for the position of Backend Engineer – Core Banking (Java) at Hanse Bank AG.

We would like to inform you that we have decided to fill this position with a colleague from within the bank. We therefore cannot consider your application further.

We thank you for your interest and wish you all the best.

Kind regards,
Hanse Bank AG · Recruiting

Privacy notice: Hanse Bank AG processes your data for the purpose of the recruitment process. Information on your rights under Art. 15–21 GDPR can be found in our privacy policy.
Powered by SmartRecruiters`, 'Your application at Hanse Bank AG'),

  hold('application', ['generic'], {}, `Dear Dmytro,

A short update on your application for Backend Developer (Java/Kotlin) at Vargo Logistics.

Unfortunately we need a bit more time than planned to go through all the applications. We expect to contact the shortlisted candidates in the week of 10 February. Thank you for your patience.

Met vriendelijke groet,
Sanne de Boer
Recruiter, Vargo Logistics B.V.`, 'Update: Backend Developer (Java/Kotlin)'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Dmytro,

Thank you for taking the time to speak with me last Friday about the Backend Engineer position in our Storage team.

After our call I shared my notes with the hiring manager, and we've decided not to move forward. Other applicants we're speaking with are a closer match for what the team needs right now.

If you'd like a bit more context on this decision, I'm happy to set up a 10-minute call; just reply with some times that suit you.

Kind regards,
Floor Janssen
Recruiter, Tulpcloud`, 'Tulpcloud - Backend Engineer, Storage'),

  other(`Hola Dmytro,

Thank you for your application to Scootia! We've received it for the Backend Engineer – Pricing role (Barcelona, hybrid).

Our team will review it in the coming days. If your profile fits what we are looking for, we will contact you to plan a first call with the Talent team.

Gracias, and see you soon, maybe on one of our scooters 🛴
Scootia Talent

—
Sent via Greenhouse. Scootia Mobility S.L., Carrer de Pujades 100, 08005 Barcelona. Your data is processed in accordance with our candidate privacy notice.`, 'Gracias for applying to Scootia!'),

  rej('application', ['generic'], {},
    `Hi Dmytro,

Thank you for your interest in Kompass Analytics and for applying for the Senior Backend Engineer position.

We received a large number of strong applications and, after careful review, we've decided not to move forward with yours at this time.

We appreciate the time you spent applying and wish you the best in your job search.

The Kompass Hiring Team

Powered by Ashby · You received this email because you applied for a role.`, 'Update on your application to Kompass Analytics'),

  // ── February
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Dmytro,

thank you for the interview last Thursday with Katrin and Ole, and again for your flexibility with the new date.

Both of them enjoyed the conversation, especially how you explained the incident with the payment retries. After discussing all candidates, we decided for someone else. The main point for us was that the Fleet Platform is built around Kafka and event sourcing, and the team needs a person who has already run such a system in production; in your examples the event-driven parts were rather small.

If it helps you, Katrin is happy to give you more detailed feedback in a short call. Just tell me.

Best regards
Merve Aksoy
Talent Acquisition, Lindwurm Mobility GmbH`, 'Your application at Lindwurm Mobility'),

  other(`Dear Dmytro,

Good news: we would like to invite you to the next step for the Backend Developer (Java/Kotlin) position.

The next step is a take-home assignment. You will build a small REST service for shipment tracking: create shipments, add tracking events and list the shipments of a customer. Please use Java or Kotlin with a framework of your choice, and include a README explaining how to run it. We expect it to take about four hours; please don't spend much more than that.

Things we look at: code structure, API design, tests, and how you handle edge cases.

You have 7 days to send us a link to a private repository (please add our reviewer account vargo-eng-review).

Met vriendelijke groet,
Sanne de Boer
Recruiter, Vargo Logistics B.V.`, 'Next step: take-home assignment'),

  other(`Hi Dmytro,

You were recently in a recruiting process with Lindwurm Mobility. Whatever the outcome was, we would like to learn from your experience.

Our survey takes about 3 minutes and is completely anonymous. Unfortunately we cannot answer individual comments, but every answer is read by our Talent team and helps us improve.

Start the survey

Thank you!
Your Lindwurm Recruiting Team

Sent via Personio · Lindwurm Mobility GmbH, Berlin`, 'How was your experience with us?'),

  hold('application', ['role_closed'], {},
    `Dear Dmytro,

Thank you for your application for Senior Software Engineer (Java) – Trading Technology (JR-220914).

We are writing to let you know that Northgate Financial has introduced a temporary pause on external hiring across Technology while we complete our annual planning. As a result, this vacancy is currently on hold and we are not able to progress applications for the time being.

Your application has not been declined and will remain active. We expect to be able to give you an update by the end of March.

We apologise for any inconvenience.

Northgate Financial Recruitment
This is an automatically generated email – please do not reply.
Powered by Workday`, 'Update on JR-220914'),

  other(`Hi Dmytro,

Sorry to land in your inbox out of the blue! I'm Ravi from Canal Street Recruitment in Amsterdam. I saw on your profile that you're exploring new opportunities.

One of my clients, a profitable B2B marketplace (about 120 engineers), is hiring two Backend Engineers (Go, PostgreSQL, AWS). They sponsor the highly skilled migrant permit and help with housing for the first month. Salary €75–90k, plus the 30% ruling if you qualify.

Unfortunately I can't share the name before a first call, but I'm happy to tell you everything else. Could you do Thursday or Friday for 20 minutes?

Best,
Ravi Mehta
Canal Street Recruitment`, 'Backend Engineer (Go) - Amsterdam marketplace'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Sir,

Thank you for your interest in position Senior Java Developer (ref. WSH/JAVA/0125).

We would like to inform that after analysis of your application we cannot propose you the next stage of recruitment. For this project our client requires minimum 5 years of commercial experience in Java and Spring, and in your CV the main technology of last years is Go.

We will keep your CV in our database and in case of new projects which suit your profile we will contact you, if you agree to it.

Best regards,
HR Team
Wawel Software House`, 'Recruitment result - Senior Java Developer'),

  other(`Hey Dmytro,

Thanks for letting us know. We've withdrawn your application for Backend Engineer (Remote) as you asked, and you won't get any more emails about this role.

Sorry to see you go, but we totally get it, and congrats on your other processes going well!

— Ashley, Kettle People Ops

> On Feb 3, Dmytro Koval wrote:
> Hi Ashley, thank you for the invitation to the next round. Unfortunately I have decided to withdraw my application, as I am in advanced stages with other companies and would not have the time to prepare properly. Sorry, and thank you for your time.`, 'Re: Next steps with Kettle'),

  other(`Hi Dmytro,

Good news: your application for Backend Engineer – Marketplace has moved to the next step. It has been forwarded to the hiring manager, who will review it in the coming days.

No action is needed from you right now. We'll contact you when there is an update.

Elbstrom Commerce Talent Acquisition

Powered by Recruitee`, 'Your application status has changed'),

  rej('application', ['profile_mismatch'], {},
    `Hi Dmytro,

sorry for leaving you waiting, that was not fair of us. We went through all applications last week and decided to continue with candidates whose experience fits our needs more closely, so we won't go further with yours.

Thanks for your patience and good luck!
Moritz
Radhaus

Am 12.02. schrieb Dmytro Koval:
> Hello Moritz,
> I applied for the Backend Developer position four weeks ago via JOIN and I wanted to ask kindly if there is any update on my application? I am still very interested.
> Thank you and best regards,
> Dmytro`, 'Re: Backend Developer application'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Dmytro,

Thank you for sending your assignment. Two of our engineers reviewed it this week.

They liked the clear package structure and your README. Unfortunately, the solution didn't quite meet the bar for the next round. The main points were: there were almost no tests (only one happy-path test for creating a shipment), and the endpoint for listing shipments returned all results at once, so the API didn't handle pagination, which is essential for our customers with thousands of shipments. Validation of the tracking events was also missing.

For this reason we will not continue with your application. If you would like to go through the review together, our engineer Pieter has offered a 20-minute call.

Met vriendelijke groet,
Sanne de Boer
Recruiter, Vargo Logistics B.V.`, 'Your assignment - Vargo Logistics'),

  other(`Hola Dmytro,

Thanks for the nice chat with Laia last week! We'd like to invite you to the technical interview for the Backend Engineer – Pricing role.

Format: 60 minutes on Google Meet with two engineers from the Pricing squad (Álvaro and Nadia). You'll discuss a past project and then solve a design problem together: pricing rides in real time when demand spikes. No live coding in an IDE; a shared doc is enough.

Please book a slot here: scootia.example/book/tech-int

¡Hasta pronto!
Laia Puig
Talent Acquisition, Scootia`, 'Scootia - technical interview'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Dmytro,

Thank you for applying to our Backend Developer (Mid-Level) opening at Pixelhain.

Honestly, your profile is stronger than what this role needs. The position is for a developer with two to three years of experience who will mostly maintain the APIs behind our clients' websites, and with your background in distributed systems we think you would be under-challenged and probably leave us soon. So we have decided not to continue, even though it was a pleasant CV to read.

Best wishes and good luck,
Jana Vogt
Pixelhain Digitalagentur`, 'Backend Developer (Mid-Level)'),

  other(`<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2>Berlin Backend Monthly – February</h2>
<p>Hi Dmytro,</p>
<p>Sadly we had to cancel the January meetup because the venue had a water leak (yes, really). The good news: we're back on <b>19 February</b> with two talks:</p>
<ul>
<li>"Postgres at 40k writes per second" – Nele, storage engineer at a Berlin fintech</li>
<li>"Why we went back from microservices" – Emre, platform lead</li>
</ul>
<p>Also in this issue: twelve backend job openings from our sponsors, and a recap of what's new in Go 1.24.</p>
<p><a href="https://berlinbackend.example/rsvp">RSVP</a> | <a href="https://berlinbackend.example/unsubscribe">Unsubscribe</a></p>
</body></html>`, 'Berlin Backend Monthly: we are back on 19 Feb'),

  hold('application', ['generic'], {}, `Hi Dmytro,

Apologies that you haven't heard from us yet about the Backend Engineer (Ledger) role. Our hiring manager, Wouter, is on holiday until 17 February and wants to look at the shortlist himself.

We haven't forgotten you! Expect to hear from us in the week after he's back.

Best,
Emma
Recruitment, Kanaal Payments`, 'Sorry for the wait'),

  other(`Hi Dmytro,

Thanks for applying for the Backend Engineer (Remote, Europe) position at Ledgerline.

We've had a huge response to this role – over 600 applications in the first week. We read all of them, but sadly we're not able to reply to everyone individually. If we'd like to take things further, we'll contact you within 14 days.

Thank you for your interest in Ledgerline.

The Ledgerline Talent Team
London · ledgerline.example`, 'Thanks for your application'),

  other(`Hi Dmytro,

Thanks for your application to Kiezkasse! Before we schedule any calls, we ask every applicant for the Backend Engineer role to do a short coding test on HackerRank. This way everyone gets the same fair start, whatever their CV looks like.

The test has two coding problems and one SQL question, and takes about 90 minutes. You'll get the link in a separate email from HackerRank. Please finish it within 5 days.

Viel Erfolg!
Derya
People & Talent, Kiezkasse`, 'Kiezkasse: your coding test'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hola Dmytro,

Thank you for your time in the technical interview with Álvaro and Nadia.

They appreciated how thorough your design for surge pricing was. However, we have decided not to continue with your application. The Pricing squad works in very short iterations, often shipping an experiment on the same day, and from the conversation the team felt that your way of working, with a longer design phase before implementation, would not fit well with how the squad works day to day.

We know this is not easy to read, and we wish you luck in your search.

Un saludo,
Laia Puig
Talent Acquisition, Scootia`, 'Scootia - Backend Engineer, Pricing'),

  hold('screen', ['role_closed'], {},
    `Hi Dmytro,

Thanks for the great call on Monday. I wanted to be upfront with you about something that just happened on our side.

Our Series A was supposed to close this month, but the lead investor has asked for another round of due diligence, which pushes closing to April at the earliest. Until the money is in the bank we've decided not to make any new hires, so the backend role is paused.

This is not a no. We liked the conversation a lot and I'd like to pick it up with you as soon as we close. Would it be ok if I reach out then?

Best,
Jakob
Co-founder, Fernweh Labs`, 'Fernweh Labs - honest update'),

  rej('application', ['generic'], { ...door },
    `Dear Dmytro Koval,

Thank you for your interest in Voltaris and for your application for the position Software Engineer Backend – Charging Infrastructure (Job ID 318877).

After careful review, we regret to inform you that you have not been selected for this position. Please understand that, due to the large number of applications, we cannot give individual feedback.

We encourage you to keep an eye on our career page and to apply for other positions that match your profile.

Best regards,
Voltaris AG – Talent Acquisition

This is a system-generated email. Please do not reply.`, 'Voltaris AG: Your application (318877)'),

  other(`Hi Dmytro,

Thanks for waiting! Wouter has gone through the applications and we'd like to invite you to the next step for the Backend Engineer (Ledger) role: a coding test on Codility.

You'll receive a separate email from Codility with the link. The test has two tasks and takes about 90 minutes. You can choose Java, Kotlin or Go. Please complete it within 5 days.

Good luck!
Emma
Recruitment, Kanaal Payments`, 'Next step: coding test'),

  rej('screen', ['internal_candidate'], {},
    `Hi Dmytro,

Thank you for making time for our call last week, I enjoyed learning about your work on the order pipeline.

I wanted to update you before the weekend: one of our current engineers from the Integrations team has asked to move into this role, and after talking with her the hiring manager decided to give her the position. So we won't be continuing with external candidates, including you.

Sorry for this outcome after a good first conversation. Wishing you the best of luck.

Camille
Talent, Brightloop`, 'Backend Engineer (Go) - Integrations'),

  rej('application', ['generic'], {},
    `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Banco Meridiano</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:13px">
<tr><td style="background:#003a70;padding:16px"><img src="https://static.example/bm-logo-white.png" alt="Banco Meridiano" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Dear Dmytro Koval,</p>
<p>Thank you for applying to the position <strong>Backend Engineer – Open Banking APIs (Madrid)</strong>.</p>
<p>We have received a very high number of applications. After reviewing your profile, we regret to inform you that we will not be continuing with your candidacy in this selection process.</p>
<p>We thank you for the interest shown in Banco Meridiano.</p>
<p>Best regards,<br>Talent Acquisition Team</p>
</td></tr>
<tr><td style="padding:12px;font-size:10px;color:#888888">This e-mail was sent automatically by the Workday system of Banco Meridiano, S.A. Please do not reply. <a href="#">Privacy policy</a> | <a href="#">Cookie policy</a></td></tr>
</table>
</body></html>`, 'Banco Meridiano - Your candidacy'),

  rej('application', ['role_closed'], {},
    `Hi Dmytro,

We're writing to everyone who applied for the Server Engineer position at Mondkalb Studios.

After a change in our production plans, we've decided to stop development of the online multiplayer mode for our next game. That means the Server Engineer role has been cancelled, and we won't be continuing the process with any applicants.

We're really sorry about this, and thank you for the time you put into your application.

Mondkalb Studios

~
Sent with Teamtailor`, 'About the Server Engineer position'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Dmytro,

thank you for doing our HackerRank test. We looked at the results with the team:

- Problem 1 (parsing bank statement lines): all test cases passed 👍
- Problem 2 (reconciling transactions): 6 of 14 test cases passed; the solution did not handle duplicate transaction IDs
- SQL question: the query returned monthly totals per account, but not per currency, so the result was wrong

For this role we need a strong result in all three parts, so we will not continue to the interviews. We know this is annoying after investing 90 minutes, sorry.

Cheers,
Derya
People & Talent, Kiezkasse`, 'Your HackerRank results'),

  rej('assessment', ['generic'], { ...door },
    `Hi Dmytro,

Thank you for completing the coding test for the Backend Engineer (Ledger) role.

After looking at all the results together with the profiles, we've decided to continue with other candidates for the next stage.

We'd like to keep your details on file and get in touch if another backend role opens at Kanaal in the coming months. We hope that's alright with you.

Best,
Emma
Recruitment, Kanaal Payments`, 'Backend Engineer (Ledger) - update'),

  other(`Hello Dmytro,

I hope this message finds you well. My name is Marta and I am an IT recruiter at CodeBridge Poland. We are looking for a Senior Golang Developer for our client, a large e-commerce platform in Poland.

Conditions: 100% remote from the EU, B2B contract 28–34k PLN net + VAT, English-speaking team, long-term project. Unfortunately the client does not accept contractors working for other clients in parallel.

Would you be interested to hear more? I would be grateful for an answer even if it is negative :)

Best regards,
Marta Kowalczyk
IT Recruiter, CodeBridge Poland`, 'Senior Golang Developer - remote, long-term project'),

  other(`Dear Mr. Koval,

thank you for your interest in Brückenwerk Consulting and your application as Backend Engineer (Kotlin) for our Banking & Insurance practice.

We are pleased to invite you to a first interview via Microsoft Teams on Wednesday, 19 February 2025, at 11:00. Your interview partners will be Dr. Henrik Lammers (Principal) and Sabine Ott (Senior Consultant). The interview will take approx. 45 minutes and will be held in English.

Please confirm the appointment by short reply. In case the date does not suit you, unfortunately we can offer only one alternative (Friday, 21 February, 09:00).

Kind regards
Christiane Wolf
HR Business Partner
Brückenwerk Consulting GmbH · Mainzer Landstr. 50 · 60325 Frankfurt am Main`, 'Invitation to interview - Backend Engineer (Kotlin)'),

  rej('screen', ['overqualified'], { ...fb },
    `Dear Mr. Koval,

thank you for the pleasant telephone interview on Monday.

We have thought carefully about our conversation. The position in our team is a junior-to-mid role with a clear focus on the maintenance of existing Java services, and you would report to a team lead with less experience than you have. We are convinced that you would be under-challenged in this position, which would be good neither for you nor for us. Therefore we decided not to continue the process.

We wish you all the best and success in finding a position that matches your experience.

Kind regards
Julia Maier
HR, Taktwerk Software GmbH, Stuttgart`, 'Your application with Taktwerk'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Dmytro,

It was good to speak on Monday, thank you for your time.

As I mentioned at the end of the call, I needed to check with our People team whether we could support a move to London. I've now heard back and unfortunately we can't: we don't hold a sponsor licence at the moment, so we're not able to sponsor a Skilled Worker visa, and the role needs someone in our Shoreditch office three days a week. I'm sorry, as I think your experience was a strong match otherwise.

If we get a sponsor licence in the future, I'll let you know about our open roles.

Best,
Tom Pritchard
Talent Lead, Thamesbyte`, 'Thamesbyte - following our call'),

  other(`Hi Dmytro,

Thank you for your application for Backend Developer (Go) – Multiplayer at Estudio Pulpo!

We have received it correctly. Our team will review all applications after the closing date (28 February), and we will inform every candidate of the result, whether it is positive or not.

Kind regards,
Estudio Pulpo People Team
Madrid

Powered by Recruitee`, 'Estudio Pulpo - application received'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Dmytro,

Thank you for your interest in the position of Backend Developer at Rijnmond Verzekeringen.

We have carefully reviewed your application. For this role a good command of Dutch is required, because the team works closely with our claims department and all documentation is in Dutch. In addition, the position is based in our Rotterdam office four days a week, and we are unable to offer relocation support or help with a residence permit.

For these reasons we will not proceed with your application. We wish you every success in your search.

Met vriendelijke groet,
Recruitment Rijnmond Verzekeringen`, 'Your application - Backend Developer'),

  other(`Dear Mr. Koval,

thank you for your confirmation. Herewith we confirm your interview on Wednesday, 19 February 2025, 11:00–11:45.

Please find the Teams link below. We kindly ask you to join some minutes earlier to check your camera and microphone.

Microsoft Teams meeting
Join on your computer or mobile app: Click here to join the meeting
Meeting ID: 381 552 907 214   Passcode: x7Bq2

Kind regards
Christiane Wolf
HR Business Partner, Brückenwerk Consulting GmbH`, 'Confirmation: interview on 19 February 2025'),

  // ── March
  other(`Dear Dmytro,

Thank you for the first interview with Henrike last week. We are happy to tell you that we'd like to continue!

The second interview will be a 90-minute technical session with two engineers from the Marketplace team: 45 minutes on a system design problem (an order-splitting service for multiple sellers) and 45 minutes of discussion about testing and on-call practices. It will take place on Zoom.

Could you share your availability for the week of 24 March?

Best regards,
Mareike Hansen
Talent Acquisition, Elbstrom Commerce GmbH`, 'Second interview - Backend Engineer, Marketplace'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr. Koval,

once again many thanks for the interview with Dr. Lammers and Ms. Ott and for the insight you gave us into your experience.

After careful consideration we have to inform you that we have decided in favour of another candidate, whose profile corresponds more closely to the requirements of this position. This decision was not easy for us.

With your consent, we would like to keep your documents in our applicant pool for a further 12 months in order to be able to approach you for future vacancies. Please let us know if you do not agree.

Kind regards
Christiane Wolf
HR Business Partner, Brückenwerk Consulting GmbH`, 'Your application as Backend Engineer (Kotlin)'),

  other(`Hi Dmytro,

You recently interviewed with Scootia. We'd love to know how it went for you – good or bad.

This 5-question survey is anonymous, takes about 2 minutes and goes straight to our Talent team (not the interviewers). We read every response and use it to make our process better.

How likely are you to recommend interviewing with Scootia to a friend?
0 1 2 3 4 5 6 7 8 9 10

Thanks for your time!
Scootia Talent

—
Sent via Greenhouse`, 'How did we do? 2-minute survey'),

  hold('interview', ['role_closed'], {},
    `Hi Dmytro,

I hope you are well. I promised to update you after your interviews with Jordi and the Catalog team, and I'm sorry it's not the news we expected.

Last week the company announced a reorganisation of the Tech department: the Catalog and Search teams will be merged under one new director. Until the new structure is defined, all open positions in these teams are on hold, including yours. The process is not closed and you are still one of the candidates we want to continue with, but I can't give you a date yet. My estimate is four to six weeks.

I'll write to you as soon as I know more. Thanks a lot for your patience.

Saludos,
Marta Gil
Talent Acquisition, Mittelmeer Retail`, 'Your process with Mittelmeer Retail'),

  other(`Hi Dmytro,

Fjordline Travel has invited you to complete a General Coding Assessment on CodeSignal as the next step in your application for Senior Backend Engineer.

• 4 questions, 70 minutes
• Proctored: webcam and screen sharing are required
• Invitation valid until 7 March

Your score will be shared with Fjordline Travel and stays valid for 30 days for other companies that accept CodeSignal results.

Take assessment

CodeSignal · Privacy · Support`, 'Fjordline Travel invited you to a CodeSignal assessment'),

  other(`Hey Dmytro,

Thanks for applying to Schwarmlogik! We liked your CV and would like you to do our take-home as the next step.

The task: write a small Go service that ingests sensor readings from a queue (we give you a fake producer), aggregates them per device with a pool of workers, and exposes the aggregates over HTTP. Details and the starter repo are in the attached PDF.

Plan for around 3–5 hours. There is no hard deadline, but most people send it back within a week. Please send us a zip or a link to a private repo.

Any questions, just ask!
Hannah
Schwarmlogik`, 'Schwarmlogik take-home'),

  other(`Hi Dmytro,

Just a heads-up: unfortunately your invitation to the Fjordline Travel assessment will expire in 24 hours, and we noticed you haven't started it yet.

If you need more time because of illness or an emergency, please contact the recruiter directly; CodeSignal support can't extend invitations.

Take assessment

CodeSignal`, 'Your assessment invitation expires tomorrow'),

  rej('screen', ['profile_mismatch', 'salary'], { ...fb },
    `Hi Dmytro,

Many thanks for chatting with me on Thursday about the Backend Engineer role at Ledgerline.

I've fed back to the hiring team and unfortunately we won't be taking things further. We're speaking to a few people whose backgrounds line up more closely with what the team needs, and on top of that the figure you mentioned (€95k) sits well outside the budget for this role.

Thanks again and best of luck.

Olivia Grant
Talent Acquisition, Ledgerline`, 'Ledgerline - Backend Engineer'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Dmytro,

Thanks for taking the CodeSignal assessment for the Senior Backend Engineer role at Fjordline Travel.

For senior roles we require a score of at least 720 to move on to the technical interviews. Your score was 598, mainly because questions 3 and 4 were left unfinished, so unfortunately we can't continue with your application at this point.

Your result stays valid for 30 days, and you're welcome to apply for our mid-level Backend Engineer role, where the threshold is lower.

Kind regards,
Henrik Solberg
Talent Acquisition, Fjordline Travel`, 'Fjordline Travel - assessment result'),

  other(`Dear Dmytro,

Congratulations on your progress in the process so far! Following your interviews with the Payments team, we are happy to invite you to the final round for the position of Senior Backend Engineer (Kotlin) at Gleisdreieck Bank.

The final round will take place on-site in our Berlin office (Möckernstraße 120) on Tuesday, 11 March, from 10:00 to 14:30, and includes:
• a system design session (60 min)
• a pairing session on an existing service (60 min)
• lunch with the team
• a conversation with our VP Engineering and a member of the People team (45 min)

Please bring a valid ID for the reception. Sadly our building has no visitor parking, so we recommend coming by U-Bahn.

Best regards,
Carla Neumann
People & Talent, Gleisdreieck Bank AG`, 'Invitation to the final round - Gleisdreieck Bank'),

  rej('application', ['generic'], {},
    `Dear Dmytro,

Thank you for your application for the role Senior Backend Engineer (Go) – Logistics at Ofenfrisch.

Unfortunately we have to inform you that we will not move forward with your application at this time. Due to the high number of applications we are not able to provide individual feedback.

We wish you all the best for your future.

Your Ofenfrisch Talent Team

______
SmartRecruiters — Your candidate portal | Privacy | Stop receiving emails about this application`, 'Your application at Ofenfrisch'),

  rej('application', ['position_filled'], {},
    `Hola Dmytro,

As promised, we are writing to inform every candidate of the result for the Backend Developer (Go) – Multiplayer position.

The selection process has finished and the position has been covered by another candidate. Therefore we are closing your application.

Thank you very much for your interest in our studio. We hope you will play our games anyway!

Estudio Pulpo People Team

Powered by Recruitee`, 'Estudio Pulpo - result of the selection process'),

  rej('screen', ['generic'], {},
    `Hello Dmytro,

thanks for your time on the phone yesterday, it was nice talking to you.

I have discussed with the team and we decided not to go on with your application for the Backend role. I wish you good luck with the next steps in your search!

Greetings,
Niklas
Deltaform`, 'Deltaform'),

  hold('assessment', ['generic'], {}, `Hi Dmytro,

just a quick note so you don't wonder: we got your take-home, thanks! Unfortunately both reviewers are at a conference this week, so we need a few more days than usual. You should hear from us by Wednesday next week.

Sorry for the wait!
Hannah`, 'Re: Schwarmlogik take-home'),

  other(`Dear Dmytro,

It is my pleasure to offer you the position of Senior Backend Engineer at Ostwind Energy GmbH, following your interviews with our Grid Analytics team.

Here are the key points:
• Start date: 1 May 2025 (or earlier, if possible for you)
• Base salary: €82,000 gross per year
• 30 days of vacation, hybrid work (2 days per week in our Friedrichshain office)
• Virtual share options according to our VSOP plan (details in the attached document)
• €1,500 yearly learning budget

The full contract will follow once you confirm the key points. Please let us know by Friday, 14 March.

We are really looking forward to working with you!

Best regards,
Anja Richter
Head of People, Ostwind Energy GmbH`, 'Your offer from Ostwind Energy'),

  rej('final', ['position_filled'], { ...door },
    `Dear Dmytro,

Thank you for spending a whole day with us last Tuesday for the final round. The team very much enjoyed the pairing session with you.

We have now completed the process and offered the position to another finalist, who has accepted. I know this is disappointing after getting this far, and I want to say that it was a close decision.

We would be happy to hear from you again when we post new backend roles, which we expect in the second half of the year.

Best regards,
Carla Neumann
People & Talent, Gleisdreieck Bank AG`, 'Senior Backend Engineer (Kotlin) - our decision'),

  other(`Hi Dmytro,

Thanks for your reply and for being open about your expectations. I talked with our CFO and our CTO yesterday.

Sadly we can't go higher than €82,000 on the base salary, because it would put you above the band of the other seniors in the team, and we want to keep it fair. But we can add a one-time signing bonus of €6,000, paid with your first salary, and we can bring your first salary review forward to six months after your start instead of twelve.

The updated offer letter is attached. I hope this works for you; please call me if you'd like to talk it through.

Best,
Anja`, 'Updated offer'),

  rej('assessment', ['skills_gap', 'assessment'], { ...fb },
    `Hi Dmytro,

thanks again for the effort you put into the take-home. Our reviewers (Ben and Yusuf) went through it in detail, and I want to be honest with you about why we're not moving forward.

The core of the task was the concurrent ingestion worker, and there the submission had problems: running it with the race detector showed a data race on the shared counter map, and the worker pool did not shut down cleanly on context cancellation, so goroutines leaked in the tests. For this team, deep experience with Go concurrency is the single most important skill, since the whole ingestion platform relies on it, and the review showed us it isn't yet at the level we need.

On the positive side, the HTTP layer and your README were very good.

Best,
Hannah
Schwarmlogik`, 'Your take-home review'),

  other(`Hi Dmytro,

As promised after your interview, here's our FAQ on relocating to Amsterdam. It's long, sorry!

Do I need a visa?
As a Ukrainian citizen with a German Blue Card, you'll need a Dutch residence permit as a highly skilled migrant. We are a recognised sponsor with the IND, so we apply on your behalf; it usually takes two to four weeks.

What is in the relocation package?
A one-time allowance of €5,000 (net), a furnished apartment for the first 30 days, and a relocation agent who helps with registering at the municipality (BSN) and opening a bank account.

What about the 30% ruling?
If you meet the conditions, part of your salary can be paid tax-free. Unfortunately the rules changed in 2024, so please go through the details with our payroll partner.

Can I start remotely from Berlin?
Yes, for up to two months while the permit is being processed.

Let me know if anything is unclear!
Sophie van Dam
People Team, Grachtenhuis Digital`, 'Relocation FAQ - Grachtenhuis Digital'),

  other(`Hi Dmytro,

Thank you for letting me know, and for being so open with us throughout the process. Of course we're sorry to hear you won't be joining us, but I understand the decision, and I'm glad you told us directly.

Best of luck with the rest of your search!

Anja

On 18 Mar, Dmytro Koval wrote:
> Dear Anja,
> thank you very much for the revised offer and the signing bonus, I really appreciate that you tried to meet me halfway. After long thinking I have decided to decline, because the base salary is still below what I need for my family, and I am in the final stages with another company. It was a difficult decision, because I liked the team a lot.
> Best regards, Dmytro`, 'Re: Updated offer'),

  other(`Dear Mr. Koval,

unfortunately we must postpone your interview on Thursday, 27 March. Mr. Brandt has to attend an urgent meeting at a customer site that day. We apologise for the inconvenience.

As an alternative we can offer you Wednesday, 2 April, at 10:00 or 13:00, in our office at Ostbahnhof. Please tell us which time suits you.

Kind regards
i.A. Doris Engel
Personalabteilung, Kranich Bahntechnik GmbH`, 'Postponement of your interview'),

  rej('application', ['generic'], {},
    `Hey Dmytro, thanks a lot for applying. We've gone in a different direction for this hire, but I really appreciate you reaching out. All the best, Felix (co-founder, Zugvogel)`, 'Zugvogel backend role'),

  rej('assessment', ['position_filled'], {},
    `Hi Dmytro,

Thank you for sending your solution to the recruitment task for Backend Engineer (Kotlin). I am sorry for the long silence.

While your task was waiting for review, we completed the process with candidates who were further along in the pipeline, and we have now hired for this position. Because of this, your solution will not be reviewed and we are closing your application.

I apologise that you put time into the task without getting a result.

Best regards,
Katarzyna Zielińska
Recruiter, Trasa Sp. z o.o., Warsaw`, 'Backend Engineer (Kotlin) - recruitment task'),

  hold('assessment', ['generic'], {},
    `Hi Dmytro,

thanks for submitting the take-home for the Backend Engineer role at Leuchtturm. We received it and everything came through fine.

I need to let you know that we are pausing the hiring process for about three weeks. The whole engineering team is busy with a major release for our grid-operator customers and then with our yearly offsite, so nobody has time to review take-homes or run interviews properly, and we don't want to rush it and be unfair to candidates.

Your application is still active, and we will review your take-home first thing when we resume in the week of 14 April.

Thanks for understanding,
Greta
Leuchtturm Energy`, 'Leuchtturm - short pause'),

  rej('application', ['profile_mismatch'], {},
    `Hi Dmytro,

Thanks for your interest in the Backend Engineer, Timetables position at Spoorbaan.

We've reviewed your application and decided not to move forward. We're looking for someone whose background lines up more closely with this role, and we don't think the match is quite there.

We appreciate your interest and wish you the best.

Spoorbaan Recruiting

--
This email was sent using Lever. Read our candidate privacy notice.`, 'Your application to Spoorbaan'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Dmytro,

Many thanks for your time in the two interviews for the Backend Engineer – Marketplace role, and for the good conversations with Henrike and the team.

I wanted to let you know personally that we have decided to fill the role with an engineer from our Checkout team, who applied internally at a late stage and knows our systems very well. It was a difficult choice, and it is no reflection on your interviews.

We would be very glad if you stayed in touch. Our Search team will open two backend roles in the summer and I would like to contact you about them when they go live.

Best regards,
Mareike Hansen
Talent Acquisition, Elbstrom Commerce GmbH`, 'Backend Engineer - Marketplace: decision'),

  // ── April and May
  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Dmytro,

Thank you for the call on Wednesday and for your good questions about our product.

After talking to the engineering manager, we've decided not to move forward to the technical interview. For this role, experience with healthcare interoperability standards such as FHIR or HL7 is a must, since the engineer will own our integrations with hospital systems from day one, and from our conversation this is an area you haven't worked in yet.

I'm sorry not to have better news. If you'd like more detailed feedback from the engineering manager, I'm glad to arrange a short call.

Best regards,
Leonie Brandt
Talent Acquisition, Lumen Health`, 'Lumen Health - Backend Engineer'),

  rej('interview', ['generic'], { ...offered },
    `Dear Dmytro,

Thank you very much for the two interviews with our team for the position of Backend Engineer (Java). We appreciated the open and friendly conversations.

We have now made our decision and, unfortunately, it did not fall in your favour this time.

If you would like to know more about how we came to the decision, please feel free to contact me; I'm happy to arrange a short call.

Kind regards
Birte Sommer
Human Resources, Hafenkante Logistics GmbH & Co. KG`, 'Backend Engineer (Java) - Hafenkante Logistics'),

  hold('application', ['role_closed'], {},
    `Dear Dmytro,

We are contacting you regarding your application for the Senior Backend Engineer vacancy in our Madrid office.

We want to inform you that the opening of this position is currently pending a budget review, which will not be completed until Q2. Until then the selection process remains on stand-by. Your candidature continues to be valid and we will contact you again once we have the approval to proceed.

We apologise for the inconvenience and thank you for your patience.

Best regards,
Talent Team
Pago Ágil S.A.`, 'Senior Backend Engineer - status of the selection process'),

  rej('application', ['salary'], { ...fb, ...door },
    `Hello Dmytro,

Thank you for your application for the Backend Developer (Go) position at Vistula Pay.

We reviewed your CV and the information from the application form. Unfortunately your salary expectation of €7,500 per month is significantly above the budget we have for this position, which for a remote contract from Germany is around 26,000 PLN gross (approx. €6,000). Because of this we decided not to continue the recruitment with you.

If your expectations change, you are welcome to apply again in the future.

Best regards,
Agnieszka Nowak
Talent Acquisition Specialist, Vistula Pay`, 'Vistula Pay - Backend Developer (Go)'),

  rej('assessment', ['role_closed'], {},
    `Hello Dmytro,

Thank you for finishing our case study so quickly.

Unfortunately I have to tell you that the project for which we were staffing this backend position was cancelled by our client at short notice. As we were hiring specifically for this engagement, the position no longer exists and we are stopping the process for all candidates.

I am sorry about this; it has nothing to do with your case study.

Kind regards
Stefan Kühn
Bitfalke IT-Consulting GmbH`, 'Backend position - end of the process'),

  other(`Hi Dmytro,

Great news – the team really enjoyed your technical interview last week, and we'd love to invite you to our final round in Amsterdam!

It's a half-day at our office on the Keizersgracht, and we'll cover your travel from Berlin (train or flight) and one night in a hotel. I'll send a detailed agenda a few days before.

Could you do Thursday 17 April?

Cheers,
Sophie van Dam
People Team, Grachtenhuis Digital`, 'Final round invitation - Grachtenhuis Digital'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr. Koval,

thank you for the interviews with Mr. Brandt and the development team on 2 April.

We were convinced by your technical knowledge. Nevertheless we cannot offer you the position. During the interviews it became clear that the daily work in the team, the alignment with the railway operator's departments and the specifications are completely in German, and our team lead expects a level that allows fluent discussions in meetings from the first day. With your current German level this would be very difficult.

We are sorry that we cannot give you a more positive answer and wish you every success.

Kind regards
i.A. Doris Engel
Personalabteilung, Kranich Bahntechnik GmbH`, 'Your application - Kranich Bahntechnik'),

  other(`Ringbahn Insurance is inviting you to a scheduled Zoom meeting.

Topic: Final interview – Dmytro Koval (Senior Backend Engineer)
Time: Apr 11, 2025 14:00 Amsterdam, Berlin, Rome, Stockholm, Vienna

Join Zoom Meeting
https://zoom.example/j/88412004170?pwd=Rb7kQ

Meeting ID: 884 1200 4170
Passcode: 512330

Participants: Oskar Wendt (CTO), Bettina Kraus (Head of People)`, 'Zoom: Final interview - Dmytro Koval'),

  other(`Hi Dmytro,

Thanks for chasing, and apologies for the silence! We're still interviewing a couple of candidates this week, so there's no decision yet. I'd expect to have an answer for you by the middle of next week.

Thanks for your patience,
Priya

> On 14 Apr, Dmytro Koval wrote:
> Dear Priya, I hope you are well. I wanted to kindly ask if there is any news after my interview with Daniel last Tuesday?
> Best regards, Dmytro`, 'Re: Backend Engineer - any news?'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Dmytro,

Thank you for the interview on Tuesday with Sergi and Paula, including the live coding session.

We are sorry to tell you that we will not continue with your candidacy. In the live coding part the rate limiter was not finished in time, and the version we saw did not work correctly when several requests arrived in the same second. For our backend team the live coding is an important signal, so the team decided not to move forward.

Thank you for your time and good luck with your next steps.

Un abrazo,
Núria Vidal
People, Aldea Games (Barcelona)`, 'Aldea Games - Backend Developer'),

  hold('interview', ['role_closed'], {},
    `Hi Dmytro,

Quick update on the marketplace role, and sorry it's not the one we wanted.

After your interview with the client last week, their Head of Engineering, who was the hiring manager for the role, has resigned. The company has put the Backend Engineer vacancy on hold until they have appointed someone new, because they want the new head to pick the team. Nobody has been turned down – you're still very much in the process, and they were positive about your interview.

Realistically it will be six to eight weeks. I'll keep you posted as soon as I hear anything.

Best,
Ravi
Canal Street Recruitment`, 'Marketplace role - update'),

  other(`Hi Dmytro,

To help you prepare for Thursday's final round, here's what the day looks like:

09:30 – System design (75 min) with Bas and Yara. We'll design a notification service for our booking platform. Think about delivery guarantees, retries and how you'd observe it in production.
11:00 – Code review exercise (45 min). We'll share a pull request and ask you to review it as if it were a colleague's.
12:00 – Lunch with the team (not an interview, promise!)
13:30 – Conversation with our CTO, Willem (45 min).

Unfortunately the office lift is under maintenance that week, so you'll need to take the stairs to the 4th floor. Sorry!

See you Thursday,
Sophie`, 'Your final round on Thursday - agenda'),

  rej('final', ['salary'], { ...fb },
    `Hi Dmytro,

thank you for the final interview with our CTO and our Head of People last Friday. We all enjoyed it.

After the final round we looked at the full package again. Unfortunately your expectation of €90,000 base is above what we can offer for this position; our maximum is €78,000, and we were not able to get an exception approved. So we have to end the process here, which we really regret.

All the best,
Franziska Lorenz
Talent Lead, Ringbahn Insurance`, 'Ringbahn Insurance - Senior Backend Engineer'),

  rej('interview', ['position_filled'], {},
    `Hi Dmytro,

Thank you for meeting with Clara and me last week and for your thoughtful questions.

We have offered the role to another candidate and they have accepted, so the position is now filled. I wanted you to hear it from me rather than from an automatic email.

All the best for your search,
Jonas Kraft
CTO, Lastenrad Logistics`, 'Lastenrad - Backend role'),

  other(`Hi Dmytro,

Unfortunately there will be a public transport strike in Hamburg on Monday, so we have decided to hold your final round by video instead of at our office. The schedule stays the same (10:00–13:30); only the location changes. I'll send new calendar invites with the Teams links for every session shortly.

Sorry for the change at short notice, and see you (virtually) on Monday!

Timo Becker
Talent Acquisition, Alster Pay GmbH`, 'Final round on Monday - now by video'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Dmytro,

As promised, an update on the Backend Engineer role, and thank you again for interviewing with Daniel and the team. I'm sorry to say that we've decided to go with another candidate, whose background was a closer fit for our current client projects.

Daniel really enjoyed speaking with you, and if you'd like to hear his thoughts in more detail, I can set up a short call. We'd also love to keep in touch: we're growing our Berlin team later this year and would be glad to see your application again then.

Best wishes,
Priya Nair
Talent Partner, Tidewater Digital`, 'Re: Backend Engineer - any news?'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Dmytro,

Thank you very much for taking part in the final round for the Senior Backend Engineer position and for travelling to Palma for the on-site day.

It has been a very close decision between you and one other finalist. In the end we have chosen the other candidate, whose experience matched what we need for this role a little more closely.

We really appreciated your time. If you would find it useful, our Head of Engineering would be glad to share her feedback with you in a call.

Best regards,
Lucía Ferrer
Talent Acquisition, Baleares Travel Tech S.L.`, 'Senior Backend Engineer - final decision'),

  other(`Your weekly job summary

Hi Dmytro,

Here is what happened this week for your saved search "Senior Backend Engineer · Remote · Europe":

0 new jobs matched your search.

Sorry, nothing new this time! Jobs are posted every day, so we'll check again next week. You can also edit your search to include more locations or job titles.

Edit search · Pause emails · Unsubscribe
RemoteEuropa Jobs · Lisbon`, 'Your weekly summary: no new matches'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Dmytro,

Thank you for taking part in the recruitment process for the Senior Backend Developer position at Tramwaj Systems and for completing the Codility test.

We regret to inform you that your test result did not reach the level required for this position, and therefore we are unable to invite you to the next stage.

Our recruitment rules allow you to take part again in a process for a similar position after 6 months. We will be glad to receive your application then.

Kind regards,
Recruitment Team
Tramwaj Systems S.A., Wrocław

The administrator of your personal data is Tramwaj Systems S.A. with its registered office in Wrocław. Your data is processed for the purpose of the current recruitment process.`, 'Recruitment for Senior Backend Developer - result'),

  other(`Hi Dmytro,

Thank you again for coming to Amsterdam last week. We're in the last steps of our process, and we would like to speak with two of your references, ideally a former manager and a colleague you worked closely with.

Could you send me their names, email addresses and how they know you? We'll only contact them after you've told them to expect our call.

Best,
Sophie`, 'References'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Dmytro,

Thank you for attending our final round on Monday, after having already done the two technical interviews with us.

The panel has decided not to proceed with an offer. In the system design session it was clear that you have solid experience with single-region services, but the role will own our move to an active-active setup across two regions, and the panel felt you haven't yet worked on multi-region replication and failover at the depth this needs.

I know this is not the answer you hoped for. If you want to hear the panel's notes in more detail, I'm happy to set up a 20-minute call with the hiring manager.

Kind regards,
Timo Becker
Talent Acquisition, Alster Pay GmbH`, 'Alster Pay - outcome of the final round'),

  other(`Dear Dmytro,

On behalf of everyone at Grachtenhuis Digital, I'm delighted to offer you the position of Senior Backend Engineer in our Booking Platform team.

Your package:
- Gross annual salary: €86,400 (including 8% holiday allowance)
- Support with the 30% ruling application (subject to approval by the tax authority)
- Relocation package as described in our FAQ: €5,000 net allowance plus 30 days of temporary housing
- 27 vacation days, pension scheme, €1,000 learning budget
- Proposed start date: 1 July 2025

Your highly skilled migrant permit application will be submitted as soon as you sign. The contract is attached; please let us know your decision by 9 May.

We can't wait to have you on board!

Willem de Groot
CTO, Grachtenhuis Digital`, 'Offer of employment - Senior Backend Engineer'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Dmytro,

First of all, thank you for going through the whole process for the Senior Infrastructure Engineer role: the pairing session, the technical deep-dive and, last Wednesday, the final-round values conversation with Mateo. I know it was a lot of your time.

I'm sorry to say we won't be making an offer. The technical feedback was strong. Where the team hesitated was the last step: Quillstack is fully async and writing-first, and in the values conversation you said several times that you do your best work in frequent calls and side by side in an office. Mateo and the team felt that this way of working would not be a happy match with how we operate, for you or for us.

I really hope you find a team where that works well.

Warmly,
Ines Carvalho
Talent Partner, Quillstack`, 'Senior Infrastructure Engineer - our decision'),

  other(`Grachtenhuis Digital B.V. sent you a document to review and sign.

Document: Employment Agreement – Dmytro Koval – Senior Backend Engineer

Message from Sophie van Dam: "Hi Dmytro, here's your contract for signing. So happy you said yes! Please also upload a copy of your passport in the onboarding portal."

REVIEW DOCUMENT

Do not share this email. This message contains a secure link to DocuSign. Please do not share this email, link or access code with others.`, 'Please DocuSign: Employment Agreement - Dmytro Koval'),

  other(`Dear Dmytro Koval,

This email confirms that you have withdrawn your application for Senior Software Engineer (Java) – Trading Technology (JR-220914).

Withdrawing means that your application will no longer be considered for this position. If you change your mind, you may apply again for this or other positions through our careers site.

Regards,
Northgate Financial Recruitment

This is an automatically generated email – please do not reply.
Powered by Workday`, 'Application withdrawn - JR-220914'),
];
