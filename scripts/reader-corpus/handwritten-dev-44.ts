/**
 * Development messages of the forty-fourth round, never sealed: one job seeker's inbox over a season, in date order. A
 * customer-success manager in Lisbon (six years: support lead at a travel booking platform, then CSM for mid-market
 * accounts at a B2B SaaS company; Gainsight, HubSpot, Zendesk, QBRs, renewals and churn playbooks; Portuguese, English,
 * Spanish) applies to employers in Portugal, Spain and remote-first Europe: SaaS companies, BPOs, fintechs, travel firms,
 * agencies and a bank. Many messages are look-alikes that decline nothing (acknowledgements, reschedules, invitations,
 * an offer negotiation, alerts, portal notices, messages from her network); some processes are paused; the rest are
 * rejections at every stage. For development only: the rules may be checked against it and the model trained on it.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d44-');

export const HANDWRITTEN_DEV_44: readonly CorpusLine[] = [
  // ── September: the first applications
  other(`Hi Marta,

Thanks for applying to Customer Success Manager (Mid-Market, EMEA) at Tallyloop! We've received your application and our team will take a look.

If your experience is a match, someone from our People team will reach out within two weeks. In the meantime, feel free to read about how we work on our careers blog.

Cheers,
The Tallyloop Talent Team

--
Sent via Greenhouse | Don't want to receive these emails? Unsubscribe`, 'Thanks for applying to Tallyloop'),

  other(`Olá Marta,

Recebemos a tua candidatura — obrigado! / We have received your application for Customer Success Lead at Ondaviva Travel.

Our recruitment team reviews every application personally. Please allow up to 15 working days.

Equipa de Recrutamento
Ondaviva Travel S.A. · Avenida da Liberdade, Lisboa`, 'Candidatura recebida / Application received'),

  rej('application', ['generic'], {},
    `Dear Marta Quintela,

Thank you for your interest in Brightdesk Solutions and for applying for the role of Client Success Manager - Portuguese Speaker.

After careful review we regret to inform you that we will not be progressing your application further.

We wish you every success in your job search.

Kind regards,
Brightdesk Solutions Recruitment
This is an automated message. Replies to this mailbox are not monitored.`, 'Your application - Client Success Manager - Portuguese Speaker'),

  other(`Hi Marta! 👋

It's Joana — we worked together at Rotavia back in the day. I saw your post that you're looking. We're hiring a Senior CSM at Quillfold and I'd love to refer you. The team is lovely, fully remote, and the manager (Tom) is great.

Can you send me your CV and I'll put it in through our referral portal? Unfortunately the referral bonus is tiny, so don't feel like you owe me anything, haha.

Bjs,
Joana`, 'Senior CSM at Quillfold?'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Marta,

Thank you for applying for the Customer Success Manager (DACH) role at Stackwise.

We reviewed your profile carefully. Unfortunately, this position requires fluent German (C1 or above), as you would be managing a portfolio of customers in Germany, Austria and Switzerland, and we could not see this in your application. For that reason we will not move forward.

We do hire for Portuguese and Spanish-speaking markets from time to time, so please keep an eye on our careers page — we'd be glad to see your name again.

Best,
Lena Hofbauer
Talent Partner, Stackwise`, 'Your application at Stackwise'),

  other(`Hi Marta,

Your application status has changed.

Position: Customer Success Manager – Iberia
Company: Payvela
New status: Under review

You can track your application at any time in the candidate portal.

This is an automatically generated notification from Workday. Please do not reply.`, 'Application status update'),

  other(`Dear Marta,

Thank you for your application to the Relationship Manager, Digital Clients role at Banco Atlântico Norte. We're pleased to invite you to complete an online video interview as the next step.

You'll answer five pre-recorded questions. You have 2 minutes to prepare and 3 minutes to answer each one. Please complete it by Friday 19 September, 23:59 WEST.

Start your video interview: [link]

Unfortunately we cannot extend the deadline, so please make sure you have a quiet space and a stable connection.

Good luck!
Talent Acquisition | Banco Atlântico Norte`, 'Next step: video interview'),

  rej('application', ['profile_mismatch'], {},
    `Hi Marta,

Thanks for taking the time to apply for our Head of Customer Experience opening.

We've had a really strong response and, having looked through your CV, we don't think your background is quite the right match for what the role needs right now, so we won't be taking your application forward.

All the best,
Rui @ Pastelbox`, 'Head of Customer Experience – update'),

  other(`Hi Marta,

I'm Carla, a recruiter at Verdemar Talent. I came across your LinkedIn and think you'd be a strong fit for a Customer Success Manager role at a Series B HR-tech client (remote within Portugal, €42-48k + bonus).

Would you be open to a quick 15-min chat this week? Unfortunately I can't share the client's name until we've spoken, but I can tell you they have a great retention story.

Best,
Carla Monteiro
Senior Consultant | Verdemar Talent`, 'CSM opportunity – HR tech (remote PT)'),

  rej('screen', ['salary'], { ...fb },
    `Hi Marta,

Thank you for the call on Tuesday — I enjoyed hearing about your renewal work at Fernlight.

I've discussed your profile with the hiring manager. We both agreed you have the right experience, but the salary range you mentioned (€50k) is well above what we have budgeted for this position, which tops out at €38k. Since we can't bridge that gap, we've decided not to continue with your application.

I'm sorry this isn't better news.

Kind regards,
Sofia Pinheiro
Recruitment, Lumenor BPO`, 'Customer Success Team Lead – Lumenor'),

  other(`Hi Marta,

Thanks so much for your interest in Quillfold — Joana passed your CV along and we'd love to chat!

Could you pick a 30-minute slot for a first call with me (I'm on the Talent team)? Here's my calendar: [Calendly link]

Talk soon,
Priya Raman
Talent Acquisition, Quillfold`, 'Quillfold – let\'s chat!'),

  rej('application', ['position_filled'], {},
    `Dear Applicant,

Thank you for applying to the position of Guest Experience Manager at Solmar Hotels Group.

We wish to inform you that this position has now been filled. We appreciate the time you took to apply.

Solmar Hotels Group – Human Resources`, 'Guest Experience Manager'),

  other(`Hi Marta,

We regret the delay in getting back to you! We've had a huge number of applications for the Customer Success Manager role and our team is still working through them.

Your application is still active and you'll hear from us by the end of next week at the latest.

Thanks for your patience,
Helena
People Ops, Tallyloop`, 'Update on your Tallyloop application'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Marta,

Many thanks for applying to the Customer Success Manager position at Kettlebyte.

Unfortunately this role is based in our Dublin office with at least three days a week on site, and from your application it seems you are looking for a remote role from Lisbon. We aren't able to offer remote arrangements for this team at the moment, so we won't be moving forward.

If anything fully remote opens up in your region, we would be happy to hear from you again.

Warm wishes,
Aoife Brennan
Recruitment, Kettlebyte`, 'Kettlebyte – your application'),

  other(`Marta,

Your password for the Payvela Careers portal was changed successfully.

If you didn't make this change, please reset your password immediately or contact our support.

Payvela Careers`, 'Your password has been changed'),

  rej('application', ['generic'], {},
    `Thank you for your application.

Unfortunately, on this occasion, you have not been successful.

Regards
Recruitment Team
Harbourline Contact Solutions`),

  // ── October
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Marta,

Thank you again for meeting with Daniel and me last week, and for preparing such thoughtful answers about your churn-prevention work.

We've now finished the interviews for the Senior Customer Success Manager role and, after a lot of discussion, we've decided to go with another candidate whose experience lines up more closely with the enterprise side of the portfolio. In particular, we felt your examples were mostly from mid-market accounts with shorter sales cycles, while this role owns a handful of very large multi-stakeholder renewals.

This was a close decision, and it has nothing to do with your obvious energy for the job. If it would help to talk through the process, I'm happy to jump on a short call.

Best,
Tom Whitfield
Director of Customer Success, Quillfold`, 'Quillfold – Senior CSM'),

  other(`Hi Marta,

Unfortunately the hiring manager, Inés, is travelling to our Madrid office next week, so we need to move your interview on Tuesday 7 October. Would Thursday 9 October at 14:00 (Lisbon) or Friday 10 October at 10:00 work instead?

Apologies for the change, and thanks for your flexibility!

Best,
Laura Gil
Talent, Viajaplus`, 'Rescheduling your interview with Viajaplus'),

  rej('application', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Marta,

Thank you for your application for Technical Account Manager.

We have reviewed your profile and, while we appreciate your customer-facing experience, the role needs hands-on experience with APIs and integrations (REST, webhooks, basic SQL) which is not reflected in your CV. We have also received applications from candidates whose overall profiles are more aligned with the position.

We will therefore not proceed with your application.

Best regards,
Recruiting Team
Nodewell GmbH`, 'Technical Account Manager – Nodewell'),

  hold('application', ['role_closed'], {},
    `Hi Marta,

I wanted to give you an honest update on the Customer Success Manager role at Fintivo. Our budget for Q4 hires is being reviewed following a change in our funding timeline, and we have paused all interviews for the role until the review is complete — likely early November.

Your application has not been rejected; you're still on our shortlist, and I will contact you as soon as we get the go-ahead.

Thanks for bearing with us,
Mateus Rocha
Talent Lead, Fintivo`, 'Fintivo – a quick update'),

  other(`Dear Marta,

Thank you for completing the video interview for Relationship Manager, Digital Clients. The hiring team has reviewed your responses and would like to invite you to an assessment centre at our Lisbon head office on 21 October.

The day includes a group exercise, a role-play with a client and a short interview. Details and the agenda are attached.

Please confirm your attendance by replying to this email.

Talent Acquisition | Banco Atlântico Norte`, 'Invitation: assessment centre'),

  rej('screen', ['generic'], {},
    `Hi Marta,

Thank you for speaking with me on Monday about the Customer Success Manager position.

I've now discussed all the first-round calls with the team, and unfortunately we won't be moving your application forward to the next stage.

I wish you the best of luck.

Regards,
Nina Sørensen
People Partner, Fjordly`, 'Update: Customer Success Manager'),

  other(`Hello Marta,

This is a reminder that your take-home task for the Customer Success Manager role at Tallyloop is due on Wednesday at 18:00.

As a reminder, we'd like a short account plan (max. 3 pages) for the fictional customer "Northwind Logistics" described in the brief, including your renewal risks and a 90-day plan.

If anything is unclear, just reply to this email.

Good luck,
Helena
People Ops, Tallyloop`, 'Reminder: your Tallyloop task is due Wednesday'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Marta,

Thank you for applying for the Customer Support Specialist role at Pocketmile.

You have a very impressive background! Honestly, with six years of experience and people management behind you, we think you would quickly outgrow this entry-level position, and it wouldn't be fair to you. So we won't move forward for this role.

We're growing fast, and we'll likely open a CS Team Lead role in the new year — we'd love to see you apply for that one.

Best,
Kasia Nowak
Talent Acquisition, Pocketmile`, 'Your Pocketmile application'),

  other(`Hi Marta,

New jobs matching "customer success manager" in Lisbon:

• Customer Success Manager – Dunecraft (Remote, Portugal)
• Senior Account Manager – Vellum Pay (Lisbon, hybrid)
• Customer Experience Lead – Marina Stays (Porto)

Note: some roles you saved have been filled and are no longer accepting applications.

Manage your alerts | Unsubscribe
Jobtide`, '3 new jobs for "customer success manager"'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Marta,

Thank you for the time you put into the account plan for Northwind Logistics.

Our panel reviewed all the submissions. Yours was well structured and clearly written, but we felt the renewal risk section stayed at a high level: we were looking for concrete signals (usage drop, champion leaving, support ticket trends) and specific actions tied to each risk. Other candidates went into more depth there, and so we won't be inviting you to the final interview.

Thank you again, and good luck with your search.

Helena Brandt
People Ops, Tallyloop`, 'Your Tallyloop take-home'),

  rej('application', ['generic'], { ...door },
    `Dear Marta Quintela,

Thank you for your interest in a career with Meridian Global Services.

We have reviewed your application for the role of Customer Success Manager (Req. 23114) and regret to inform you that we will not be taking your application further at this time.

Your details will be retained in our talent database for 12 months, and we may contact you should a suitable vacancy arise.

Yours sincerely,
Meridian Global Services | Talent Acquisition
Powered by SuccessFactors`, 'Your application with Meridian Global Services'),

  other(`Hi Marta,

Congratulations — you've passed the first stage! We'd like to invite you to a 45-minute video interview with Inés Vidal, our Head of Customer Success, on Thursday 9 October at 14:00 (Lisbon).

A Google Meet link will follow in a calendar invite.

Best,
Laura Gil
Talent, Viajaplus`, 'Interview confirmed – Viajaplus'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Marta,

Thank you for interviewing with us for the Customer Success Manager role at Viajaplus, and for your patience with the reschedule.

I'm writing to let you know that we have decided to fill the position internally: a colleague from our Partner Support team applied and has accepted the role. This was not an easy decision, and Inés was very positive about her conversation with you.

We would love to keep in touch. I'll keep your CV on file and reach out if a similar role opens in the coming months.

Un saludo,
Laura Gil
Talent, Viajaplus`, 'Viajaplus – Customer Success Manager'),

  other(`Olá Marta,

Espero que estejas bem! Your old manager here. Quick one: a friend of mine, Ricardo, is head of CS at a payments company called Vellum Pay and is hiring. I told him he should talk to you and gave him your email — hope that's OK.

Also, happy to be a reference whenever you need one. Just let me know who'll call.

Abraço,
Pedro`, 'Vellum Pay'),

  rej('application', ['role_closed'], {},
    `Hi Marta,

Thank you for applying for the Customer Success Manager position at Brightcart.

Unfortunately, due to a change in our business priorities, this role has been cancelled and we are no longer recruiting for it. As a result, we will not be proceeding with your application.

We apologise for any disappointment.

Brightcart Recruiting`, 'Brightcart – position update'),

  rej('final', ['generic'], { ...offered },
    `Dear Marta,

Thank you for taking part in our assessment centre on 21 October and for your interest in the Relationship Manager, Digital Clients role.

We were very impressed by the quality of all the candidates who reached this final stage. After careful consideration, we regret to inform you that your application has not been successful.

If you would like feedback on your performance on the day, please reply to this email and a member of the assessment team will arrange a call.

Kind regards,
Talent Acquisition | Banco Atlântico Norte`, 'Assessment centre outcome'),

  other(`Hi Marta,

Thanks for your time today! As discussed, I'll share your profile with the hiring manager at our client and get back to you by Friday.

Just to confirm the details we went through: notice period 30 days, expected salary €48k base, remote from Lisbon with occasional travel.

Speak soon,
Carla Monteiro
Verdemar Talent`, 'Great speaking today'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Marta,

Thanks for the call yesterday. I did check with the team about the location question: unfortunately the client needs the CSM to be based in Spain and on a Spanish contract, because of how the entity is set up, and relocation isn't something they'll support. So I'm afraid they won't take your profile forward for this one.

I'll definitely keep you in mind for other roles.

Carla Monteiro
Verdemar Talent`, 'Re: HR tech CSM role'),

  other(`Hi Marta,

Your application to Corvina Travel (Customer Success Manager, B2B Agencies) was updated.

Status: Withdrawn by candidate

If this was a mistake, please contact the recruiting team. We hope to see you again!

Corvina Travel Careers · Powered by Lever`, 'Application withdrawn'),

  // ── Late October and November
  other(`Hi Marta,

Ricardo here, Head of CS at Vellum Pay. Pedro speaks very highly of you! We have a Senior Account Manager opening (merchant success, Portuguese and Spanish markets) and I'd love to have an informal coffee before you formally apply. Are you free Wednesday morning near Cais do Sodré?

Cheers,
Ricardo Almeida`, 'Coffee? (via Pedro)'),

  rej('application', ['generic'], {},
    `Hello,

We appreciate your interest in Corelink Outsourcing and the time you invested in applying for the Bilingual Account Manager opening.

We received a large number of applications and, after reviewing yours, we have decided to pursue other candidates for this position.

Thank you,
Corelink Outsourcing Talent Team

Please do not reply to this message. Corelink is an equal opportunity employer.`, 'Corelink Outsourcing – Bilingual Account Manager'),

  hold('interview', ['role_closed'], {},
    `Hi Marta,

Thanks again for the great conversation with our COO last week. I owe you an update: our new VP of Customer Success starts on 1 December, and the leadership team has decided that she should make the final call on the team structure and on this hire.

That means we are pausing the process for the Customer Success Manager role until she is on board. We very much still want to speak to you again, and I expect to pick things back up in mid-December.

Sorry for the wait — I know it's not what you hoped to hear.

Best,
Sanne de Vries
Recruiting, Dunecraft`, 'Dunecraft – update on your process'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Quintela,

Thank you for submitting your application for the position of Customer Success Manager – Healthcare.

After reviewing your application against the essential criteria, we were unable to progress it, as the role requires a minimum of three years' experience working with hospital or clinical customers.

Regards,
HR Department
Medivant Systems Lda.`, 'Application outcome – Customer Success Manager – Healthcare'),

  other(`Hi Marta,

You're invited to complete a short skills assessment for the Customer Success Manager role at Kindlepath.

It takes about 40 minutes and includes situational judgement questions and a short written response to a customer email. Please complete it within 5 days.

→ Start assessment

Unfortunately we can't accept submissions after the link expires, so please plan ahead.

Kindlepath Recruiting (sent via Ashby)`, 'Kindlepath: your assessment'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Marta,

Thanks for coming in to meet the team at Loomhaus on Friday — everyone enjoyed talking with you.

I'll be honest with you since you've been so open with us: we've decided not to move forward. The team felt that your style is very process- and playbook-driven, which is great in a bigger organisation, but we're a 25-person agency where CS is mostly improvisation and wearing lots of hats, and we didn't think it would be a happy fit for you or for us.

I'm sure you'll find something that suits you well.

Ciao,
Giulia Ferraro
Founder, Loomhaus`, 'Loomhaus'),

  other(`Dear Marta,

Thank you for your interest in joining Dunecraft. We would appreciate it if you could take a few minutes to fill in our candidate experience survey. Your answers are anonymous and will help us improve our hiring process.

Take the survey (3 minutes)

Thank you!
Dunecraft People Team`, 'How was your experience with Dunecraft?'),

  rej('assessment', ['assessment'], {},
    `Hi Marta,

Thank you for completing the Kindlepath skills assessment.

We have reviewed your results and, unfortunately, your score did not meet the threshold required to progress to the next stage. We had a very high number of applicants for this role.

We wish you luck in your job search.

Kindlepath Recruiting`, 'Your Kindlepath assessment results'),

  rej('application', ['profile_mismatch'], { ...door },
    `Olá Marta,

Obrigada pela tua candidatura à vaga de Customer Success Lead na Ondaviva Travel.

Analisámos o teu perfil com atenção mas, neste momento, procuramos alguém com um percurso diferente do teu, pelo que não vamos avançar com a candidatura.

Vamos guardar o teu CV na nossa base de dados e, caso surja uma oportunidade adequada, entraremos em contacto.

Com os melhores cumprimentos,
Equipa de Recrutamento
Ondaviva Travel S.A.`, 'A tua candidatura na Ondaviva Travel'),

  other(`Hi Marta,

Thank you for your interest in the Senior Account Manager role at Vellum Pay. Ricardo mentioned you'll be applying — we've now received your application.

Next step is a 30-min call with me. Could you share your availability for next week?

Best,
Beatriz Sousa
Talent, Vellum Pay`, 'Vellum Pay – next steps'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Marta,

Thank you for the chat on Thursday about the Customer Success Manager role at Cobaltline.

After discussing it with the hiring manager, we have decided not to move forward. The main reason is that this position involves owning the renewal commercially — negotiating uplifts and multi-year contracts with a quota — and your experience so far has been on the adoption and retention side, with renewals handled by account executives.

We'd be really happy to consider you for our Onboarding Manager role when it opens next quarter, so please do apply.

Kind regards,
Yusuf Demir
Talent Acquisition, Cobaltline`, 'Cobaltline – CSM application'),

  rej('application', ['generic'], {},
    `Hi Marta,

Thank you for applying. We've carefully reviewed your application and unfortunately won't be moving forward with it at this time.

Best of luck!
Team Pivotly

———
Pivotly, Inc. · 548 Market St, San Francisco · Powered by Workable`, 'Your application to Pivotly'),

  other(`Hi Marta,

Your application status: Closed – position filled

Role: Hotel Partnerships Manager
Location: Faro

You are receiving this because a recruiter saved your profile to the talent pipeline for this role. You did not submit an application, and your profile remains active for other vacancies.

This update is automatic. If you have questions, please contact recruiting@algarvia-resorts.example

Algarvia Resorts Careers`, 'Your application status has been updated'),

  rej('application', ['position_filled'], {},
    `Dear Candidate,

Thank you for your application for the vacancy of CUSTOMER SUCCESS SPECIALIST (REF: CS-LIS-0912).

We have received many applications from highly qualified candidates and the selection process for this vacancy is now complete. We are sorry to inform you that your application was not successful.

Best regards,
{{recruiter_name}}
Human Resources - Atlantix Contact Centre Services`, 'REF: CS-LIS-0912 - Application outcome'),

  rej('interview', ['position_filled'], { ...door, ...offered },
    `Hi Marta,

I hope you're well. I wanted to let you know personally that we've made an offer for the Customer Success Manager role and it has been accepted, so we're closing the process.

You were one of our strongest candidates, and both Alex and Fatima said your interview was among the best they had. It really came down to timing — the other candidate could start immediately.

I'd love to keep you in our network for future openings; I'll be in touch when the next CS role comes up. And if you'd like to hear what the panel said, just reply and I'll set up 15 minutes.

All the best,
Emily Carter
Senior Recruiter, Parcelgrid`, 'Parcelgrid – Customer Success Manager'),

  other(`Hi Marta,

Thanks for the coffee last week and for the great call with Beatriz! I'd like to invite you to a panel interview for the Senior Account Manager role with me and Lucas (Head of Sales, Iberia). It will be 60 minutes, at our office in Príncipe Real.

Please bring one example of a difficult renewal you turned around. No slides needed.

Beatriz will send an invite.

Ricardo`, 'Vellum Pay – panel interview'),

  rej('application', ['location', 'skills_gap'], { ...fb },
    `Dear Marta,

Thank you for applying to the role of Customer Success Manager (Nordics) at Hollowtree Software AB.

Unfortunately we can only consider applicants who are already authorised to work in Sweden, and the role also requires professional fluency in Swedish or Norwegian. Based on your application we are not able to proceed.

Best regards,
Hollowtree Recruitment`, 'Hollowtree Software – your application'),

  other(`Dear Marta,

As part of our hiring process for the Senior Account Manager role, we would like to contact two professional references. Could you please provide the name, role, company, email and phone number of two former managers?

Please note that we will only contact them with your consent, and this is a standard step for all finalists.

Thank you,
Beatriz Sousa
Talent, Vellum Pay`, 'Vellum Pay – references'),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `hi marta, thanks for yesterday's call. after talking w/ the team we think the role is more junior than what you're looking for and, as we discussed, the budget is fixed at 32k. so we'll pass for now. good luck!!

— Bruno
Sent from my phone`, 'Re: CSM @ Tidepool'),

  other(`Dear Ms. Quintela,

Sterling Verify has been engaged by Vellum Pay to conduct a pre-employment background check. Please complete the online form within 3 working days, including your employment history for the last 5 years and identity documents.

Complete your check: [secure link]

Unfortunately, delays in submitting your information may delay your start date.

Sterling Verify – Candidate Support`, 'Action required: background check for Vellum Pay'),

  rej('application', ['generic'], { ...door },
    `Hi Marta,

Thank you for your interest in working at Nimbo! We really appreciate you taking the time to apply for Customer Success Manager.

Unfortunately, we've decided not to move forward with your application at this time. We'll keep your details on file and encourage you to apply for future roles that match your experience.

Have a great week,
The Nimbo Talent Team`, 'Nimbo application update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Marta,

Thank you for the two interviews for the Client Success Manager role at Gridlane Analytics.

The team appreciated your clear communication and your examples of running QBRs. However, this role supports data teams at our customers, and in the second interview it became clear that you haven't yet worked with BI or data warehouse products hands-on. We need someone who can troubleshoot a dbt model or a dashboard query with the customer without always pulling in support engineers.

For that reason we have decided not to offer you the position.

Best regards,
Henrik Lund
Head of Customer Success, Gridlane Analytics`, 'Gridlane Analytics – interview outcome'),

  other(`Hi Marta,

Congratulations! 🎉 On behalf of everyone at Vellum Pay, I'm delighted to offer you the position of Senior Account Manager – Merchant Success (Iberia).

Your offer letter is attached, with a base salary of €46,000, a 10% annual bonus and a start date of 12 January. Please review it and let me know if you have questions. We'd love to have your answer by Friday.

Ricardo`, 'Your offer from Vellum Pay'),

  rej('application', ['profile_mismatch'], {},
    `Dear Marta,

Thank you for your application for the post of Client Service Manager.

We have considered it carefully against the requirements of the role. Regrettably, on this occasion, other applicants more closely matched what we are looking for, and we will not be inviting you to interview.

Yours sincerely,
Recruitment Team
Caixa Portuense de Crédito`, 'Client Service Manager – application'),

  other(`Hi Marta,

Thanks for your note and for being so open about the numbers. I went back to finance: we're unable to go higher on base than €46k for this level, unfortunately — it would put you above the rest of the team. But here's what I can do: a €3,000 signing bonus paid with your first salary, the bonus target raised to 12%, and a review of your base after six months rather than twelve.

Let me know if this works for you. I really hope it does!

Ricardo`, 'Re: Your offer from Vellum Pay'),

  hold('screen', ['generic'], {},
    `Hi Marta,

Thanks again for our phone screen two weeks ago. Just a quick note to let you know that the Customer Success Manager process at Orbitra is taking longer than expected. We've had some changes in the hiring team and we haven't yet scheduled the second round.

Your application is still open and we'll be in touch as soon as we can, hopefully in the next two to three weeks. Thank you for your patience.

Best,
Amira Haddad
Recruiting, Orbitra`, 'Orbitra – your application'),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Dear Marta,

Thank you very much for completing the final round of interviews for the Customer Success Lead role at Harbourview Travel Tech, including the case presentation for our leadership team.

It was a very close call between you and one other finalist. In the end we chose the candidate whose background was closer to our customer base: she has led success for tour operators and OTAs directly, while your travel experience was on the support side and your recent CS work has been in HR software.

Your presentation on onboarding was excellent and we'd genuinely like to stay in touch. We will be building out a second CS pod in spring and will reach out to you first.

Warm regards,
Catarina Lopes
VP Customer, Harbourview Travel Tech`, 'Harbourview – Customer Success Lead'),

  rej('application', ['generic'], {},
    `Thank you for applying for Customer Success Manager at Zentrova. We regret to inform you that we have decided to proceed with other candidates. This decision is final and we are unable to give individual feedback due to the volume of applications.

Zentrova Talent Acquisition`, 'Zentrova – application update'),

  rej('screen', ['role_closed'], {},
    `Hi Marta,

Thank you for the introductory call last week. I'm sorry to say that we've had to close the Customer Success Manager vacancy: following a reorganisation, the customer success function will now be merged into our account management team in Amsterdam, and the role in Lisbon will not be filled.

Because of this we won't be continuing your application. I'm sorry to bring this news after you invested your time with us.

Kind regards,
Femke Janssen
Talent Acquisition, Brixel`, 'Brixel – Customer Success Manager vacancy'),

  other(`Hi Marta,

Reminder: your interview with Lucas Ferreira and Ricardo Almeida is tomorrow, 11:00, Rua da Escola Politécnica 42, 3rd floor. Please ask for Beatriz at reception.

Vellum Pay Talent`, 'Reminder: interview tomorrow at 11:00'),

  rej('interview', ['generic'], { ...offered },
    `Dear Marta,

Thank you for interviewing for the Customer Success Manager position at Ferrolux Energy.

After careful consideration, we have decided to move forward with another candidate for this role. We recognise the time and effort you put into the process and we thank you for it.

Should you wish to receive feedback on your interviews, please don't hesitate to let me know.

Best regards,
Marco Bianchi
HR Business Partner, Ferrolux Energy`, 'Ferrolux Energy – interview outcome'),

  rej('application', ['location'], {},
    `Hi Marta,

Thanks for applying for our Customer Success Manager role. Unfortunately, this role is only open to candidates based in the United Kingdom, as we are unable to employ staff in other countries at this time. We will not be moving forward with your application.

Kind regards,
Ollie
Talent @ Snugfoot`, 'Snugfoot – your application'),

  hold('application', ['role_closed'], {},
    `Dear Marta,

Thank you for your application to the position of Customer Experience Manager at Terramare Cruises.

Please be informed that the recruitment for this position has been temporarily suspended while we review our organisational structure for 2027. Your application remains in our system and will be considered when the process is reopened. We will inform all candidates of any developments.

We apologise for the inconvenience.

Human Resources
Terramare Cruises`, 'Terramare Cruises – recruitment suspended'),

  rej('interview', ['profile_mismatch', 'skills_gap'], { ...fb },
    `Hello Marta,

Thank you again for the interviews with Sunil and with me for the role of Customer Success Manager, APAC-EMEA.

We have now concluded our interviews and regret to inform you that we will not be moving ahead with your candidature. The panel felt that another candidate's profile was better aligned to the role. Specifically, we are looking for someone who has handled customers across multiple time zones from an offshore delivery centre, and also who has working knowledge of ITIL processes, which you mentioned you have not yet used.

We thank you for your time and wish you all success in your future endeavours.

Regards,
Kavitha Nair
Talent Acquisition, Sutrapoint Technologies`, 'Interview outcome – Sutrapoint Technologies'),

  other(`Hi Marta,

Thanks for confirming! I'm delighted you've accepted our offer. 🥳 Welcome to Vellum Pay!

Over the next few days you'll receive an email from our HR system to sign your contract digitally and fill in your personal data. Your laptop will be sent to your home address the week before you start.

See you on 12 January!
Ricardo`, 'Welcome to Vellum Pay!'),

  rej('application', ['generic'], { ...door },
    `Dear Marta Quintela,

Thank you very much for your application and the interest you have shown in our company.

We have now reviewed all applications for the position Customer Success Manager (m/f/d). Unfortunately we have to inform you that we have chosen another candidate.

We would be pleased if you continue to follow our job postings and apply again.

Kind regards
Your Recruiting Team
Vorwerk Digitalsysteme GmbH`, 'Your application as Customer Success Manager (m/f/d)'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Marta,

Thanks for submitting the written exercise for the Customer Support Operations Lead role.

We scored it against our rubric and it came in below the bar for the next round, mostly because the macro and routing proposal didn't include numbers — we asked for an estimate of ticket volume per queue and a target first-response time, and those were missing. The tone of the customer replies was spot on, though.

Happy to go through the rubric with you if that's useful — just reply here.

Cheers,
Jack Thompson
Support Ops, Wattle & Co (Melbourne · remote EMEA)`, 'Wattle & Co – written exercise'),

  other(`Dear Marta,

Please find attached your employment contract with Vellum Pay Portugal, Unipessoal Lda. Please sign via DocuSign by 20 December.

We will also need a copy of your Cartão de Cidadão, your NIF, your NISS and your IBAN for payroll.

Kind regards,
People Operations, Vellum Pay`, 'Your contract – please sign'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Marta,

Thank you for your application for Customer Success Manager at Fiscora.

We require candidates for this role to hold a degree in accounting or finance or an equivalent certification, as the role involves advising accountancy firms on tax workflows. Unfortunately, we have not been able to identify this in your application and so we won't be taking it further.

Regards,
Fiscora Recruitment`, 'Fiscora – Customer Success Manager'),

  rej('final', ['generic'], {},
    `Hi Marta,

Thanks a lot for your time in the final interview with our CEO last Monday.

We have decided to move forward with another candidate.

Best,
Sanne`, 'Re: Dunecraft – update on your process'),

  other(`Hi Marta,

We noticed you started an application for Account Manager – Partnerships at Horizontes Viagens but didn't finish it. Your progress is saved — pick up where you left off.

Unfortunately incomplete applications are deleted after 30 days.

Continue application →

Horizontes Viagens Careers`, 'You didn\'t finish your application'),

  rej('application', ['generic'], {},
    `Your application for the job "Customer Success Manager - Portuguese Market" has been declined.

This is an automated notification from Recruitee.`, 'Application declined'),

  rej('screen', ['salary', 'location'], { ...fb, ...door },
    `Hi Marta,

It was really good to speak with you. After the call I checked both points we discussed with our CFO: we hire in Portugal through an employer-of-record at a fixed band of €36–40k, and the role would require two weeks a month in our Warsaw office. Given your salary expectation and that you prefer not to travel that much, I think it's best that we don't continue for this role.

But I'd really like to keep in touch — we should be opening a fully remote position next year with a bigger budget, and I'll let you know.

Best,
Magda Wiśniewska
Recruiter, Tropnet`, 'Tropnet – our chat'),

  rej('interview', ['position_filled'], {},
    `Dear Marta,

Following your interview on 14 November for the role of Customer Success Manager, we would like to inform you that the position has now been filled.

Thank you for your interest in Calvinor.

HR Department`, 'Customer Success Manager – Calvinor'),

  other(`Hi Marta,

Our records show that you haven't logged into your Talentia candidate account for 6 months. Unfortunately, inactive accounts are deleted under our data retention policy. To keep your account, simply log in before 31 December.

Talentia Careers Portal`, 'Your candidate account will be deleted'),

  rej('application', ['profile_mismatch'], {},
    `Dear Marta,

Thank you for applying for Senior Manager, Client Operations. Having carefully reviewed your application, I'm sorry to tell you that it has not been shortlisted. Our decision reflects the requirements of this particular role rather than your skills and experience in general.

Kind regards,
Rhiannon Price
Resourcing Team, Westbay Group`, 'Senior Manager, Client Operations'),

  rej('application', ['role_closed'], { ...door },
    `Hi Marta,

As promised, an update on the Customer Success Manager role. The budget review has now finished and, sadly, the role did not survive it: we won't be hiring for customer success until at least mid-2027. I'm closing the process, which means we won't be moving forward with your application.

I'm genuinely sorry — you were on our shortlist. When the role reopens I'd love to reach out to you first, if you're still looking.

Mateus Rocha
Talent Lead, Fintivo`, 'Re: Fintivo – a quick update'),

  other(`Hi Marta,

Thanks for your message, and congratulations on the new job! I've withdrawn your application for Customer Success Manager as requested.

Best of luck at Vellum Pay!

Amira
Recruiting, Orbitra`, 'Re: Orbitra – your application'),

  rej('application', ['generic'], {},
    `Dear Marta,

We regret to inform you that we are unable to offer you a position on this occasion.

Thank you for your interest in Sunhaven Group.`, 'Sunhaven Group'),

  rej('interview', ['salary'], { ...fb },
    `Hi Marta,

Thank you for the interviews with our team for the Customer Success Manager role. Everyone enjoyed meeting you and we thought you'd do the job very well.

The sticking point is compensation. Your expectation of €50k base is about €8k above the top of the band we've set for this level, and we aren't able to change the band for one hire without reopening the whole team's salaries. So, reluctantly, we've decided not to make an offer.

If your situation changes, please let me know.

Best,
Nuno Farinha
Head of Customer Success, Cartogrid`, 'Cartogrid – CSM'),

  other(`Hi Marta,

Thanks for accepting the invitation to join our "CS Leaders Lisbon" talent community!

Every month we'll send you a round-up of open roles, events and interviews with customer success leaders. This month: the Customer Success Manager role at Parcelgrid has been filled, but we've got six new openings in Lisbon and remote.

See you at our meetup on 15 January,
Parcelgrid Talent Community`, 'Welcome to the CS Leaders Lisbon community'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Marta,

Thank you for your application for Customer Care Agent (Portuguese). Your experience is well beyond what we need for this position, and the salary for this role (€1,100/month) is likely to be far below your expectations. For these reasons we are not able to progress your application.

Kind regards,
Callvista Portugal Recruitment`, 'Customer Care Agent (Portuguese) – Callvista'),

  hold('interview', ['generic'], {},
    `Dear Marta,

I am writing to apologise for the long silence since your interview for the Key Account Manager position. Our managing director has been unwell and the final decision has been postponed until he returns, probably in the second half of January.

You remain one of our candidates and we will contact you as soon as there is news.

With kind regards,
Ana Ribeiro
Human Resources, Lusotrans Logística`, 'Key Account Manager – Lusotrans'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Marta,

Thanks for your time on the phone earlier this week.

We've reviewed all the conversations from the first stage, and we've decided to progress with candidates whose experience more closely fits the Account Director role. I appreciate this is disappointing to hear.

If you'd like some feedback on the call, just let me know and I'll happily share what I can.

Thanks again,
Grace Kimani
Talent Acquisition, Hayfield Media`, 'Hayfield Media – Account Director'),

  rej('final', ['internal_candidate'], { ...fb, ...door },
    `Hi Marta,

Thank you so much for the time and effort you've given us through four rounds, including the onsite day in Barcelona.

I wanted to let you know before the holidays: we've decided to offer the Customer Success Team Lead role to a member of our own team who has been acting as lead since the summer. It was truly the last question at the end of a very long debate. The panel loved your coaching plan for the team — the only point where they felt the internal candidate had an edge was that she already knows our product and our customers inside out.

We want to keep the door open: please stay in touch, and I'd be delighted to see you apply for future roles with us.

Abrazos,
Marina Soler
Head of Talent, Rutamar`, 'Rutamar – Customer Success Team Lead'),

  other(`Hi Marta,

Just checking in — are you still interested in customer success roles? I have a new search for a Head of CS at a Lisbon fintech that might suit you. Unfortunately the timeline is tight: the client wants to interview before Christmas.

Best,
Carla Monteiro
Verdemar Talent`, 'New role – Head of CS (fintech)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Applicant,

Thank you for your interest in the role of Customer Success Manager at Quorva Bank.

Having reviewed your application, we regret to advise that we are unable to progress it, as this role requires prior experience in a regulated financial-services environment (banking, payments or insurance) and knowledge of KYC/AML processes.

We encourage you to visit our careers site regularly and apply for other positions that match your skills and experience.

Quorva Bank Talent Acquisition`, 'Your application – Quorva Bank'),

  rej('application', ['generic'], {},
    `hello marta,

thx for applying to bitfern! we looked at your profile but it's a no from us this time. we get hundreds of applications and can only talk to a handful of people.

good luck out there ✌️
bitfern team`, 'bitfern 👋'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Dear Marta,

Thank you for attending the interview for the position of Customer Success Manager at Alpenstrom Bank.

After careful consideration, the selection committee has concluded that your profile does not fully correspond to the requirements of the position and to our team's way of working. We are therefore unable to consider your application further.

We thank you for your interest in Alpenstrom Bank.

Yours faithfully,
Human Resources Department`, 'Your application at Alpenstrom Bank'),

  other(`Dear Marta,

Thank you for your interest in Alpenstrom Bank. You now have a candidate account on our careers site. Use the link below to verify your email address.

Verify email

If you did not create this account, please ignore this message.

Alpenstrom Bank Careers`, 'Verify your email address'),

  rej('application', ['position_filled'], { ...door },
    `Hi Marta,

Thanks for applying for the Partner Success Manager position. I wanted to let you know that we've already hired for this role — the posting stayed up on a couple of job boards longer than it should have, sorry about that!

We're keeping your CV in our talent pool and will reach out if something similar comes up.

Cheers,
Liam O'Connor
Talent, Gumtreehouse Studio (Sydney · Lisbon)`, 'Partner Success Manager – Gumtreehouse'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Marta,

Thank you for completing the Spanish language test and the role-play for the Bilingual Customer Success Manager position.

Your role-play was strong, but your written Spanish score (B2) was below the C1 level we require for this role, as most of the written communication with customers will be in Spanish. We're therefore unable to continue with your application.

Best wishes,
Recruiting Team
Soltura Learning`, 'Soltura Learning – test results'),

  other(`Hi Marta,

Welcome to your first day at Vellum Pay! 🎉 Here's your schedule for the week:

Mon – IT setup and welcome breakfast with the People team
Tue – product training (merchant onboarding, payouts, disputes)
Wed – shadowing Ricardo on two customer QBRs
Thu – Salesforce and Gainsight training
Fri – lunch with the Iberia team

Your buddy is Joana Pires. Unfortunately the coffee machine on the 3rd floor is broken, so use the one on the 2nd!

People Ops`, 'Your first week at Vellum Pay'),

  rej('application', ['generic'], { ...door },
    `Dear Marta,

Thank you for applying for the position of Customer Success Manager. We have now completed the first stage of selection and, unfortunately, your application has not been successful on this occasion.

We thank you for your interest and hope that you will consider applying for future vacancies with Northmoor.

Yours sincerely,
Northmoor Resourcing`, 'Northmoor – application outcome'),

  rej('interview', ['generic'], {},
    `Hi Marta,

Thanks for interviewing with Lanternly. Unfortunately we won't be moving forward.

Cheers,
Kate`, 'Lanternly'),

  hold('final', ['role_closed'], {},
    `Dear Marta,

Thank you for completing the final stage of interviews for the Head of Client Services role at Azulejo Digital.

I'm afraid we have to put the decision on hold: one of our largest clients has just ended its contract, and the partners want to review the 2027 hiring plan before committing to any new senior role. No decision has been made about your candidacy, and you remain our preferred finalist.

I expect to be able to update you by the end of January.

Best regards,
Filipa Marques
Managing Partner, Azulejo Digital`, 'Azulejo Digital – Head of Client Services'),

  other(`Hi Marta,

Thank you for letting us know that you've accepted another offer. We've closed your application for the Customer Success Manager role at Kettlebyte as withdrawn. Best of luck in your new role!

Kettlebyte Talent`, 'Your application has been closed'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Marta,

Really appreciated the call. After speaking with the hiring manager we won't be taking your application further: this CSM role is about 70% technical onboarding for our developer tools, and from our conversation you'd need quite a lot of ramp-up on Git, CI pipelines and command-line tooling before you could run those sessions alone.

Thanks again for your time.

Best,
Arjun Mehta
Technical Recruiter, Forgebyte`, 'Forgebyte – CSM'),

  rej('application', ['generic'], {},
    `Candidate: Marta Quintela
Requisition: 2026-CS-118 Customer Success Manager
Status: Not Selected

Thank you for your interest. Do not reply to this message.

<p>&nbsp;</p><p style="font-size:10px">Taleo Business Edition</p>`, 'Requisition 2026-CS-118 – status'),

  other(`Dear Marta,

We regret the delay in responding to your message. The hiring team for the Customer Experience Lead role has now reviewed your application and would like to invite you to a first interview on 8 January.

Please let us know if that date works for you.

Kind regards,
Sara Mendes
Recruitment, Marina Stays`, 'Re: Customer Experience Lead – Marina Stays'),

  rej('application', ['location'], { ...fb },
    `Hi Marta,

Thanks for your application to Customer Success Manager – North America. This role requires working hours aligned with US Pacific time (9am–5pm PT) and US work authorisation, which we understand you don't have. We're unable to proceed with your application.

Regards,
Brightpine Recruiting`, 'Brightpine – application update'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Marta,

Many thanks for meeting with us for the Customer Success Manager position at Vinhaço.

We were impressed by your experience, but after careful consideration we have decided to proceed with a candidate whose profile is more closely aligned with our needs at this moment.

We'll keep your details on file and contact you if a suitable opportunity comes up in the future.

Best regards,
Vinhaço Recruitment Team`, 'Vinhaço – Customer Success Manager'),

  rej('screen', ['generic'], { ...offered, ...door },
    `Hi Marta,

Thank you for the screening call for the Customer Success Manager role at Lumo Health. We've decided to move on with other applicants at this point.

If you want some pointers from our conversation, reply to this email, and please don't hesitate to apply again for other roles that catch your eye.

Best,
Daniela Costa
Talent, Lumo Health`, 'Lumo Health – screening outcome'),

  other(`Hi Marta,

We've reviewed your background check and everything is clear. ✅ Nothing further is needed from you.

Sterling Verify`, 'Your background check is complete'),
];
