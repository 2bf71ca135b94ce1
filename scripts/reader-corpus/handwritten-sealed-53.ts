/**
 * Sealed messages of the fifty-third round, in two parts. The first part is a spread of declines from employers of
 * every size: grocery and home retailers, banks and insurers, a payroll bureau, hospitals, a hospice, councils and a
 * civil-service competition, a state health society, universities, a think tank and a foundation, law and accounting
 * firms, logistics and energy companies, hotels, agri-exporters and SaaS, fintech and design start-ups, in American,
 * British, Irish, Indian, Australian, Canadian, Nigerian and Singaporean English. They come from tracking systems
 * (Workday, Greenhouse, Lever, iCIMS, Taleo, SmartRecruiters, Ashby, Teamtailor, Personio, Recruitee),
 * agency recruiters passing on a client's answer, founders and hiring managers writing a few lines by hand, and formal
 * letters (a Nigerian bank, a state health society's scrutiny notice, a university selection committee) with the
 * decision, the reason, the feedback, an offer of feedback or the open door in the middle of a long paragraph. They
 * cover every stage (application, recruiter and telephone screens, coding test, design and pricing take-homes, case
 * study, psychometric and language tests, background and reference checks, interview, final panel, onsite, assessment
 * centre) and every reason, several with two; some keep HTML leftovers or legal footers, two answer the candidate's own
 * mail and quote it, some are one line long; five processes are paused (hold). The second part is four months of one
 * person's inbox, June to September: Adaeze Okonkwo, a quantity surveyor in Lagos, applying to developers, contractors
 * and consultancies in Lagos, Abuja and Port Harcourt and abroad (UK, Ireland, Canada, Qatar, Dubai). Next to the
 * declines (visa sponsorship and its timing, chartership, GCC and roads experience, salary, an online test, a pricing
 * exercise, a contract award delayed and then cancelled, overqualified for an assistant role) come the mail that looks
 * like them but is not: job alerts, acknowledgements, "under review" and "we will revert" updates, screening, test and
 * interview invitations, a rescheduled interview, recruiter pitches, a regulator's licence reminder, candidate surveys,
 * a withdrawal confirmation, a talent-network invitation, a LinkedIn "viewed" notice, and an offer from a Lekki
 * developer with its follow-ups (documents and guarantor forms, verification, medical, resumption, payroll).
 *
 * Labelling choices: the stage is the furthest step the message names; an agency recruiter's call counts as a screen,
 * a CV sent to a client with no call mentioned stays at application, and a take-home or pricing exercise with no
 * interview mentioned is assessment. A background check that was under way when the role was withdrawn is assessment
 * with role_closed. An offer made to or accepted by someone else adds position_filled; a role going to an internal
 * candidate is internal_candidate alone. A role "paused indefinitely" whose applications are closed is a rejection
 * (role_closed); a pause that keeps the candidate in the process is on_hold, with role_closed when the pause comes from
 * a freeze, funding, a reorganisation or a contract not yet awarded, and generic when it is only a delay. A test result
 * that merely "did not meet the benchmark" is assessment without feedback; naming the failed test, score or omission is
 * feedback. A language-level requirement, a driving licence, a degree class and a professional designation are
 * skills_gap; visa, work rights, residency and on-site or hybrid requirements are location. A downloadable feedback
 * report counts as feedback offered; "we cannot provide individual feedback" does not. Pointing the candidate to
 * another open role, asking them to apply again or keeping the CV on file opens the door; "keep an eye on us" alone
 * would not, so none of the letters relies on it. A regulator's notice, a talent-network invitation, a withdrawal
 * confirmation and "your application was viewed" are other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s53-');

export const HANDWRITTEN_SEALED_53: readonly CorpusLine[] = [
  // ── Part one: declines from many employers
  // After the application
  rej('application', ['generic'], {},
    `Hi Tanisha,

Thank you for your interest in the Assistant Store Manager - Store #0412 (Columbus, OH) position at Harvest Lane Markets.

We have reviewed your application and regret to inform you that we will not be moving forward with your candidacy at this time.

We truly appreciate the time and effort you put into applying, and we wish you the very best in your career.

Sincerely,
Harvest Lane Markets Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
This email was intended for tanisha.brooks@example.com
Powered by Workday`, 'Update on your Harvest Lane Markets application'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Mateo,

Thanks so much for applying to the Growth Marketing Associate role at Quillpay and for the thought you put into your answers. The team read every one of them.

We've now finished our first review and, after a lot of deliberation, we've decided to move ahead with applicants whose backgrounds line up a little more closely with what this role needs right now. We know that's not the news you were hoping for. We're growing quickly, though, and new roles open up on the marketing team most quarters, so if you see something on our careers page that catches your eye, please don't hesitate to throw your hat in the ring again. We'd be glad to hear from you.

Wishing you all the best,
Quillpay Recruiting

Quillpay, Inc. · 600 Congress Ave, Austin, TX 78701
Sent via Greenhouse`, 'Your application to Quillpay'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Harpreet,

Thank you for your interest in the Reporting Analyst position at Northpeak Logistics here in Mississauga.

We've had a look at your resume and we won't be moving your application forward. This role needs someone who can build and maintain Power BI dashboards from day one and has at least two years working with SQL Server in a production setting. Your background shows strong Excel work, but we didn't see the Power BI or SQL experience we need for this one.

Thanks again for thinking of Northpeak, and best of luck with your search.

Cheers,
Jordan Tremblay
Talent Acquisition, Northpeak Logistics

Powered by Lever`, 'Northpeak Logistics - Reporting Analyst'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Srinivas Rao,

Greetings from Vedantix Solutions!

Thank you for showing interest in the opening for Senior Associate - SAP FICO (Job Code VX-HYD-2291).

We have carefully gone through your profile. We regret to inform you that your profile has not been shortlisted for the current requirement, as it does not match the role specifications at this point of time.

Please note that your resume will be retained in our talent database and our team will get in touch with you in case any suitable opening arises in the future.

We wish you all success in your career.

Thanks & Regards,
Talent Acquisition Team
Vedantix Solutions Pvt. Ltd. | Hyderabad | Bengaluru | Pune

*** This is an auto-generated mail. Please do not reply. ***`, 'Application Status - Senior Associate - SAP FICO'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Ms Henderson

Post: Housing Officer (Tenancy Sustainment)
Reference: HSG/0925/117

Thank you for applying for the above post with Eastgate Borough Council.

The shortlisting panel met on 18 September and assessed every application against the essential criteria set out in the person specification. I am sorry to tell you that on this occasion your application did not sufficiently demonstrate how you meet those criteria, and you have not been shortlisted for interview.

We received a large number of applications for this post and we appreciate the time you took to complete yours. If you would like feedback on your application, please email recruitment@eastgate.example.gov.uk quoting the reference above within 28 days, and a member of the panel will respond.

We hope this will not deter you from applying for future vacancies with the Council.

Yours sincerely

Resourcing Team
People and Organisational Development
Eastgate Borough Council`, 'Your application for Housing Officer (Tenancy Sustainment)'),

  rej('application', ['location'], { ...fb },
    `Hi Rohan,

Thanks for applying to the 2026 Graduate Civil Engineer program at Coastline Water.

Unfortunately we can't progress your application. Our graduate program is only open to Australian or New Zealand citizens and Australian permanent residents at the time of applying, and your application indicates you're currently on a Temporary Graduate (485) visa.

We appreciate you taking the time to apply and wish you all the best.

Kind regards,
Graduate Recruitment Team
Coastline Water Corporation

SmartRecruiters | Privacy notice`, 'Coastline Water 2026 Graduate Program'),

  rej('application', ['position_filled'], { ...door },
    `Dear Marisol,

Thank you for applying for the Unit Secretary - Labor & Delivery (Nights) position, Requisition 2025-18840, at St. Agnes Medical Center.

We wanted to let you know that this position has now been filled and we are no longer accepting candidates for it.

We encourage you to visit our careers page and sign up for job alerts so you are the first to hear about new openings that match your interests. We hope you will apply again.

Sincerely,
Talent Acquisition
St. Agnes Medical Center

**************************************************
This message was sent to marisol.g@example.net. If you do not wish to receive these emails in the future, please go to:
https://careers-stagnesmc.icims.com/icims2/?r=unsubscribe`, 'Unit Secretary - Labor & Delivery (Nights)'),

  rej('application', ['generic'], {},
    `Dear Wei Ling,

Thank you for your interest in the position of Executive, Procurement with Tembusu Port Services Pte Ltd.

We regret to inform that your application was not successful. We received an overwhelming response for this position and the selection process was very competitive.

We thank you for your interest in joining us and wish you every success in your future endeavours.

Yours sincerely,
Human Resource Division
Tembusu Port Services Pte Ltd

This is a computer-generated email. No signature is required.`, 'Application for Executive, Procurement'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Oluwaseun Adebayo,

RE: 2025 GRADUATE TRAINEE PROGRAMME

Thank you for your interest in the Harbourline Bank Graduate Trainee Programme.

We have reviewed your application and regret to inform you that you will not be progressing to the next stage of the selection process. Candidates for this programme are required to possess a minimum of Second Class Upper Division (2:1) in their first degree, and your application shows a Second Class Lower Division.

We appreciate your interest in building a career with Harbourline Bank and wish you success in your future endeavours.

Yours faithfully,

Human Capital Management
Harbourline Bank Plc
Plot 1412 Adeola Odeku Street, Victoria Island, Lagos`, 'RE: 2025 Graduate Trainee Programme'),

  rej('application', ['role_closed'], {},
    `Hi Felix,

Thank you for applying for the position as Junior Category Manager at Grönstad Home & Living, and for your interest in working with us.

We want to be transparent with you: after a review of our plans for next year, we have decided to pause the recruitment for this role indefinitely and close the position. This means we will not continue with any of the applications we have received, including yours.

We're sorry to bring this news and thank you for the time you put into your application.

Warm regards,
Linnea Berg
People & Culture, Grönstad Home & Living

Sent by Teamtailor`, 'Your application: Junior Category Manager'),

  rej('application', ['internal_candidate'], {},
    `Hi Ciara,

Thanks a million for your application for the Customer Operations Lead role in our Dublin office.

I wanted to let you know that we've decided to fill this position from within. One of our team leads, who's been with Brightmoor Energy for a few years now, is stepping into the role, so we're closing the process for external applicants.

I know that's disappointing, and I really appreciate you taking the time to apply.

All the best,
Aoife Gallagher
Talent Partner, Brightmoor Energy

Personio GmbH processes this message on behalf of Brightmoor Energy.`, 'Customer Operations Lead - Brightmoor Energy'),

  rej('application', ['location'], { ...fb },
    `Hi Bilal,

Thank you for applying to the Field Service Engineer vacancy at Vossberg Lab Instruments.

We have looked at your application carefully. Unfortunately, this position requires you to already live in the Netherlands and hold the right to work here, because we are not able to offer visa sponsorship or relocation support for this role. As you are currently based in Karachi, we cannot proceed with your application.

Thank you for your interest in Vossberg, and we wish you lots of success.

Kind regards,
Recruitment Team Vossberg Lab Instruments B.V.

Powered by Recruitee`, 'Field Service Engineer - your application'),

  rej('application', ['role_closed'], {},
    `Appreciate you reaching out, Sam, and the portfolio is lovely - but we're not hiring a designer at the moment and I don't see that changing before next year. Good luck!

Tom
(sent from my phone)`, 'Re: Freelance / in-house designer?'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Rajesh,

Thank you for applying for the Accounts Assistant position at Fenwick & Dale.

Having read your CV, it is clear that you bring a great deal more to the table than this role calls for. With over fifteen years in finance, including eight as a Financial Controller, you would be significantly overqualified for what is an entry-level position focused on purchase ledger and bank reconciliations, and we do not think it would hold your interest for long.

For that reason we will not be taking your application further. We do, however, expect to recruit a Finance Manager in the spring, and we would welcome an application from you for that position when it is advertised.

Kind regards,
Helen Pryce
Practice Manager
Fenwick & Dale Chartered Accountants`, 'Accounts Assistant vacancy'),

  rej('application', ['salary'], { ...fb, ...door },
    `Dear Gareth,

Many thanks for your application for the Marketing Executive role at Tidewell Foods.

You stated a salary expectation of £48,000 in your application. The budget for this role is set at £34,000 to £38,000, and as we are unable to move beyond that range we won't be progressing your application on this occasion.

We'll keep your details on file and will contact you if a more senior marketing position opens up.

Kind regards,
The Tidewell Foods People Team`, 'Marketing Executive - Tidewell Foods'),

  rej('application', ['generic'], {},
    `Hi Lena,

Thanks for applying for the Operations Associate role at Brindle. Unfortunately we won't be moving forward with your application.

Best,
Brindle Talent

Sent with Ashby`, 'Brindle - Operations Associate'),

  rej('application', ['profile_mismatch'], { ...door },
    `<html><body><div style="font-family:Arial, sans-serif; font-size:14px;"><p>Hello Diego,</p><p>Thank you for your interest in the <b>Client Success Specialist</b> opportunity at Ardent Payroll Services.&nbsp;</p><p>We have carefully reviewed your qualifications and, while your experience is impressive, we have identified other candidates whose qualifications more closely match the needs of this position.&nbsp;We will not be moving forward with your application at this time.</p><p>We invite you to join our Talent Community so that we can notify you of future openings that align with your background.&nbsp;<a href="https://careers.ardentpayroll.example.com/talent-community">Join now</a></p><p>Regards,<br/>Ardent Payroll Services Recruiting</p></div><img src="https://track.example.com/o.gif?u=8831" width="1" height="1"/></body></html>`, 'Your Ardent Payroll Services application'),

  rej('application', ['generic'], { ...door },
    `Dear Amélie Fortin,

Re: Branch Customer Service Representative, Part-time (Job ID 224871), Laval, QC

Thank you for your interest in a career with Laurentide Trust Bank and for applying to the position noted above.

After careful consideration, we have decided not to move forward with your application for this position. Please know that this decision was not an easy one; we receive many applications from qualified individuals.

We encourage you to continue to explore opportunities at Laurentide Trust Bank. You can create job alerts on our careers site to be notified when positions matching your interests are posted.

Sincerely,

Talent Acquisition
Laurentide Trust Bank

This is an automated message sent by Oracle Taleo. Please do not reply.`, 'Laurentide Trust Bank - Your application'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Chloe,

Hope you're well and had a good weekend.

Quick update on the Brand Manager role with my client in Manchester. I sent your CV over on Thursday and they've come back to me this morning. They liked the agency background, but they've been clear that they want someone who's worked client-side in FMCG, ideally on a food or drinks brand, and they're only interviewing people with that experience. So unfortunately they won't be taking you forward for this one.

Honestly I think it's their loss, and I've got a couple of agency-side account director roles coming in next month that might suit you better. I'll give you a call when they land.

Speak soon,
Ryan

Ryan Mellor
Senior Consultant, Marketing & Digital
Kestrel Search Partners | Manchester`, 'Brand Manager - client feedback'),

  rej('application', ['generic'], { ...offered },
    `Dear Declan,

Competition: Clerical Officer, Department of Rural Affairs (Ref: CO-DRA-2025-04)

Thank you for your interest in the above competition.

Due to the very high number of applications received, a shortlisting exercise was carried out based on the information contained in application forms. I regret to inform you that, following this exercise, you have not been placed among the candidates invited to the next stage of the process.

Should you wish to receive feedback on your application, you may request it in writing by replying to this email within 5 working days of the date of this notice. Information on the review procedures that apply to this competition is available on our website.

We thank you for your interest in a career in the Civil Service and wish you every success in the future.

Yours sincerely,

Recruitment Unit
Public Appointments Office`, 'Competition Ref: CO-DRA-2025-04'),

  rej('application', ['role_closed', 'internal_candidate'], {},
    `Dear Marcus,

Thank you for applying for the Volunteer Coordinator post at Heatherfield Hospice.

Since we advertised, our senior team has reviewed the structure of the Community Engagement team. The post as advertised will no longer exist: its duties are being shared between two of our existing staff members, one of whom will take on volunteer coordination as part of a new role. As a result, we have closed the vacancy and will not be taking any applications forward.

We are sorry for any inconvenience this causes and thank you for your interest in supporting our work.

Best wishes,
Anne Holloway
HR Adviser, Heatherfield Hospice`, 'Volunteer Coordinator vacancy - update'),

  rej('application', ['position_filled'], {},
    `Hi Ji-woo,

Sorry for the slow reply, and thanks for following up. The Studio Assistant role was filled a couple of weeks ago, so we won't be taking your application further, sorry I didn't let you know sooner!

Best,
Marnie

On Tue, 4 Nov 2025 at 09:12, Ji-woo Park <jiwoo.park@example.com> wrote:
> Hi Marnie,
>
> I applied for the Studio Assistant role on 14 October and just wanted to check
> whether there was any update on my application. I'm still very interested in
> the position and available to start immediately.
>
> Thanks so much,
> Ji-woo`, 'Re: Studio Assistant application - follow up'),

  rej('application', ['skills_gap'], { ...fb },
    `GOVERNMENT OF MAHARASHTRA
PUBLIC HEALTH DEPARTMENT
District Health Society, Nashik

No. DHS/NSK/REC/2025/1184                                                     Date: 12/08/2025

To,
Ms. Kavita Deshmukh
Application No. PHN-2025-03391

Subject: Recruitment for the post of Pharmacist (Contractual) - Status of application

With reference to your application for the above post, this is to inform you that your application has been found ineligible and rejected during scrutiny for the following reason:

Reason: Candidate does not possess the essential educational qualification (B.Pharm / D.Pharm) as on the last date of receipt of applications. Certificate uploaded is for B.Sc. (Chemistry).

Candidates aggrieved by the scrutiny may submit representation within 7 days from the date of publication of the list on the website.

Member Secretary
District Health Society, Nashik`, 'Pharmacist (Contractual) - Application Status'),

  rej('application', ['generic'], {},
    `Hello Priya,

Thank you for applying for Customer Experience Associate at Lumenor Travel.

After reviewing your application, we have decided not to proceed further at this time.

Kind regards,
Lumenor Travel Hiring Team

Powered by SmartRecruiters`, 'Customer Experience Associate - Lumenor Travel'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Nathan,

Thanks for applying to the Account Manager role at Corvid Analytics in Montréal.

We've decided not to move ahead with your application. Because this position supports our Quebec enterprise accounts, full professional fluency in French, spoken and written, is a must, and your application lists your French as intermediate.

We appreciate the interest and wish you the best.

Cheers,
Sophie Gagnon
People Team, Corvid Analytics

Powered by Lever`, 'Corvid Analytics - Account Manager (Bilingual)'),

  rej('application', ['location', 'salary'], { ...fb },
    `Hi Jess,

Thanks for your application for the Senior Site Engineer role on the Parramatta project.

I've had a read through and wanted to be upfront with you rather than leave you hanging. There are two things that stop us from taking it further: the role is site-based in Western Sydney five days a week and you've said you want to stay in Perth, and the package you've asked for ($210k plus car) is well above the range we've got approved for this position.

Appreciate you thinking of us and all the best with the search.

Cheers,
Dave Kowalczyk
Project Manager, Ironbark Civil`, 'RE: Senior Site Engineer - Parramatta'),

  rej('application', ['generic'], { ...door },
    `Hi Ebony,

Thanks for your interest in Arclight Learning and the Instructional Designer role.

We wanted to let you know that we've decided not to move forward with your application for this position. This decision doesn't affect any other applications you may have with us, and you'll hear about those separately.

We'd love for you to keep an eye on our careers page; our team is growing and you are always welcome to apply to future openings.

Sincerely,
Arclight Learning Recruiting

This email was intended for ebony.w@example.org
Powered by Workday`, 'Thank you for your interest in Arclight Learning'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Kofi,

Thank you for applying for the Senior Product Manager role at Maplestone Health.

We've taken a close look at your background and, while it's clear you've done some great work, we don't think it's the right fit for this particular role, so we won't be progressing your application.

That said, we do have a Product Manager, Patient Experience role open right now that we think could suit your experience well. If you're interested, reply to this email and I'll ask the hiring manager to review your application for that role instead.

Best,
Renee Li
Talent Acquisition, Maplestone Health

Sent via Greenhouse`, 'Your application to Maplestone Health'),

  hold('application', ['role_closed'], {},
    `Dear Olivia,

Thank you for your application for the Research Assistant (Climate Adaptation) position at the Thornbury Institute.

We are writing to let all applicants know that, owing to a delay in confirming the grant that funds this post, recruitment has been temporarily paused. Your application has not been rejected; it remains on file, and we will resume shortlisting as soon as the funding is confirmed, which we currently expect in January.

We will contact you again at that point. Thank you for your patience.

With best wishes,
Research Operations
The Thornbury Institute`, 'Research Assistant (Climate Adaptation) - recruitment paused'),

  rej('application', ['generic'], { ...door },
    `Dear Fatima,

Thank you for your application for the position of Tax Associate, Indirect Tax (Requisition 118204BR) with Wexley Byrne, and for the interest you have shown in building your career with us.

We appreciate the time and effort that goes into preparing an application. Every application we receive is reviewed carefully by our recruitment team against the requirements of the role and the needs of the business at the time. We have now completed our review of applications for this position and, having considered yours alongside those of other applicants, we regret to inform you that we will not be progressing your application further on this occasion.

We understand that you may be disappointed with this outcome. Due to the very high volume of applications we receive, we are unfortunately unable to provide individual feedback at this stage of the process.

At Wexley Byrne, we value the diversity of talent and perspectives that people like you bring, and we continue to recruit across our tax, audit, advisory and business services functions throughout the year. We would encourage you to visit our careers website regularly and to apply for any future opportunities that match your skills and experience, and you can register for job alerts so that new vacancies are sent straight to your inbox.

Thank you once again for your interest in Wexley Byrne. We wish you every success in your future career.

Yours sincerely,

UK Recruitment Team
Wexley Byrne LLP

Wexley Byrne LLP is a limited liability partnership registered in England and Wales (registered number OC300000). This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it. Please do not reply to this email; this mailbox is not monitored.`, 'Your application with Wexley Byrne - Requisition 118204BR'),

  // After a recruiter or phone screen
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Andre,

Thanks again for jumping on the phone with me Tuesday. I really enjoyed hearing about the warehouse automation rollout you led.

I took everything back to the hiring manager, and the sticking point is compensation. You mentioned you're looking for a base of around $135k, and the approved range for the Operations Manager role tops out at $112k. They aren't able to stretch that far for this position, so we won't be moving to the next step.

I don't want to lose touch, though. We have a couple of regional director roles that could open up in Q1, and your name will be on my list when they do.

Take care,
Brittany Osei
Senior Recruiter, Keystone Distribution

Sent via Greenhouse`, 'Keystone Distribution - Operations Manager'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Maya,

Thanks for making time for the call yesterday. It was great to hear how you built the community programme at your last place from scratch.

I've had a think about our conversation and talked it over with Femi. You said a few times that you do your best work with a lot of freedom and very little process. We're a regulated business, and this role spends most of its week inside approval workflows and compliance sign-offs, so we honestly think you'd find it frustrating. We've decided not to take things further.

Thanks again, and I hope you find the right place soon.

Best,
Hannah
Head of People, Lendwise`, 'Thanks for the chat'),

  rej('screen', ['location'], { ...fb },
    `Dear Arif,

Thank you for speaking with me on Monday regarding the Assistant Manager, Treasury Operations role.

As discussed, this role is based at our Marina Bay office five days a week. Following our call, I checked with the hiring manager whether the team could support an Employment Pass application and a relocation from Kuala Lumpur for this position. Unfortunately, the business has confirmed it is only able to consider candidates who already hold the right to work in Singapore for this role, and so we are unable to proceed with your application.

Thank you for your understanding and your interest in Straits Meridian Holdings.

Best regards,
Melissa Tan
Talent Acquisition Partner
Straits Meridian Holdings Pte Ltd`, 'Assistant Manager, Treasury Operations'),

  rej('screen', ['generic'], {},
    `Hi Connor,

Thank you for taking the time to speak with our recruiting team about the Sales Development Representative role at Pillarbox. We enjoyed learning more about you.

After careful consideration, we've decided not to move forward to the next stage of the process at this time. We appreciate your interest in Pillarbox and wish you the best in your search.

Best,
The Pillarbox Recruiting Team

Sent via Greenhouse`, 'Pillarbox - Sales Development Representative'),

  rej('screen', ['overqualified', 'salary'], { ...fb, ...door },
    `Hi Stephen,

Good to speak to you on Friday, and thanks for being so open about what you're looking for.

I've spoken to the client about the Payroll Supervisor role and, as I half suspected, they've come back and said no. Their view is that with your background running a 12-person payroll function you'd be overqualified for a supervisor position looking after two people, and they're also nowhere near the £55k you mentioned: the top of their band is £42k.

I'll keep your CV on my desk. Payroll manager roles come through to me fairly regularly and I'll be in touch when the right one does.

Cheers,
Paul Hennessy
Principal Consultant, Finance & Accounting
Larchfield Recruitment | Leeds`, 'Payroll Supervisor - update'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Dear Aditya,

Greetings from Kalpavriksha Hotels & Resorts!

Thank you for attending the telephonic round with our HR team for the position of Assistant Front Office Manager, Goa property.

We would like to inform you that after due deliberation, your profile does not match the requirement of the role at present and hence we will not be taking your candidature forward.

We have saved your profile in our database and will get in touch with you for suitable openings in the future.

Wishing you the very best.

Warm regards,
Team HR
Kalpavriksha Hotels & Resorts`, 'Status: Assistant Front Office Manager - Goa'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Tyler,

Thanks for chatting with me on Wednesday about the Senior Accountant role at Birchline Energy in Calgary.

I shared my notes with our Controller and, while she appreciated your experience, she has decided to focus on candidates who already hold their CPA designation. With the audit cycle coming up, the team needs someone who can sign off on reconciliations independently, and that requires the designation rather than working toward it.

If you'd like more detail, I'm happy to walk you through her thoughts over a quick call, just let me know.

All the best,
Danielle Roy
Talent Acquisition, Birchline Energy`, 'Senior Accountant - Birchline Energy'),

  hold('screen', ['generic'], {},
    `Hi Leila,

Just a quick note following our call last week about the Clinical Trials Coordinator role.

The hiring manager, Dr Patel, has unexpectedly gone on leave for about three weeks, and she needs to be part of the next round, so we're pausing interviews until she's back. Nothing has changed on our side regarding your application and you're still very much in the process. I'll reach out as soon as I have dates.

Thanks for your patience,
Georgia
Talent Acquisition, Verity Clinical Research`, 'Clinical Trials Coordinator - quick update'),

  rej('screen', ['internal_candidate'], {},
    `Hi Olu,

Thanks for your time on the intro call on Monday. I enjoyed it.

Since we spoke, a member of our existing sales team has put their name forward for the Regional Account Manager role, and after discussing it with the leadership team we've decided to give them the opportunity. That means we're closing the search and won't be moving forward with external candidates.

Really sorry it didn't work out this time.

Cheers,
Gemma Lowe
Talent Acquisition Partner, Fixfleet`, 'Regional Account Manager'),

  rej('screen', ['position_filled'], {},
    `Hi Aaron - thanks for the call last week. Afraid I've just heard from the client that they've offered the Practice Manager job to a candidate who was already at second interview before you and I spoke, and she's accepted. Sorry it's not better news. Paul`, 'Practice Manager'),

  rej('screen', ['generic'], {},
    `Dear Mr. Chukwuemeka Obi,

RE: APPLICATION FOR THE POSITION OF RELATIONSHIP OFFICER, CORPORATE BANKING

We refer to your application for the above position and the telephone screening session held with you on Tuesday, 9th September, 2025.

We regret to inform you that you were not successful at this stage of the recruitment exercise. Please be assured that this decision does not in any way reflect on your personal worth.

We thank you for the interest shown in our organisation and wish you success in your future endeavours.

Yours faithfully,
For: Sapphire Trust Bank Limited

Head, Talent Acquisition`, 'RE: Application for the Position of Relationship Officer'),

  rej('screen', ['profile_mismatch'], { ...offered, ...door },
    `Hi Rosa,

Thank you so much for the conversation last Thursday about the Customer Education Manager role at Loftline. I loved hearing about the onboarding academy you set up, and the thought you'd clearly put into measuring whether it changed anything for customers.

I wanted to get back to you promptly, so I'll be direct: after comparing notes on everyone we spoke with in this first round, we've decided to move forward with candidates whose experience maps more closely onto where this role sits today. I know how much time goes into applying and preparing for these calls, and I'm grateful you spent some of yours on us. If it would help to hear a bit more about how we made the decision, just reply here and I'll set up fifteen minutes; I'm very happy to do that. We're also going to be hiring across the customer team through next year, and I'd genuinely love to see your name come through again when one of those roles fits.

Thanks again, and good luck with everything.

Warmly,
Priya Natarajan
Recruiting Lead, Loftline

Sent with Ashby`, 'Loftline - Customer Education Manager'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Darragh,

Thanks for taking my call this morning about the Area Sales Representative position with Shannonside Agri.

I've passed on your details, but I'm afraid the client came straight back to say they can't consider anyone who doesn't have a full, clean Irish or EU driving licence, as the role covers farms across Clare, Limerick and north Kerry and involves being on the road four days a week. As you're still on your learner permit, I won't be able to put you forward for this one.

Best of luck with the test!

Kind regards,
Sinéad Brennan
Recruitment Consultant, Westlink Recruitment | Limerick`, 'Area Sales Rep - Shannonside Agri'),

  // After a test, take-home, case study or check
  rej('assessment', ['assessment'], {},
    `Hi Vikram,

Thank you for completing the online coding assessment for the Backend Engineer (Payments) role at Tallyfox.

We have reviewed your results and, unfortunately, we will not be moving forward with your application at this time. We appreciate the time and effort you put into the assessment.

We wish you the best of luck in your job search.

Regards,
Tallyfox Talent Team

Powered by Lever`, 'Tallyfox - your assessment results'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Ines,

Thanks so much for the work you put into the onboarding redesign exercise. We know it was a real chunk of your weekend and we don't take that lightly.

Three of us reviewed it together yesterday. There was a lot we liked: the research summary was sharp and your empty states were lovely. Where it fell short for us was the core flow. The brief asked you to get a new user to their first shared budget in under two minutes, and the prototype added two extra setup screens before that point without explaining the trade-off. We also didn't see how the design handled the invite being declined, which was the edge case we'd flagged. Given that, we've decided not to move you on to the interview stage.

If it would be useful, I'd be glad to get on a 20-minute call and walk you through our notes on the file.

Thanks again,
Clara Mendes
Design Lead, Penny & Pocket`, 'Your design exercise'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Harriet,

Thank you for completing the online assessments for the 2026 Audit & Assurance Graduate Programme at Ravensworth LLP.

We have now reviewed your results. Unfortunately, your score in the numerical reasoning assessment fell below the benchmark required to progress, and so we will not be able to take your application further on this occasion. Your verbal reasoning and situational judgement results were above the benchmark.

You can download a personalised feedback report on each of your assessments from your candidate dashboard for the next 30 days.

Please note that you will not be able to apply to another Ravensworth graduate programme in this recruitment cycle.

Kind regards,

Student Recruitment Team
Ravensworth LLP`, 'Ravensworth LLP - Online Assessment Outcome'),

  rej('assessment', ['role_closed'], {},
    `Dear Mr. Fitzgerald,

Thank you for your patience while your background and reference checks were being completed for the Compliance Analyst position.

I regret to let you know that, while these checks were in progress, the position was withdrawn following a budget review in our Risk division. The checks themselves raised no concerns. However, as there is no longer an approved vacancy, we are unable to proceed with your application.

We apologise for the inconvenience and appreciate the time you invested in our process.

Sincerely,
Carol Nguyen
HR Business Partner
Lakeshore Mutual Insurance`, 'Compliance Analyst position'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Kwame,

Thanks for sending through the written case on the regional distribution question. We appreciated the effort, especially within the 48-hour window.

Having reviewed it against the other submissions, we won't be inviting you to the interview stage. The case jumped to a recommendation to close the Leeds depot without testing the demand figures we supplied; two of the four cost assumptions in your model weren't in the pack and weren't explained. More broadly, the team felt other candidates brought experience closer to the commercial strategy work this role is centred on.

We do appreciate your interest and wish you all the best.

Regards,
Emily Shaw
Recruitment Coordinator, Halden Strategy Partners`, 'Halden Strategy - Case submission'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Jasmine,

Thank you for taking the English Proficiency Assessment for the Customer Care Officer (Premium Banking) role with us.

We regret to inform that you did not meet the minimum score required for this role. For Premium Banking, candidates need a score of at least 75 in the spoken English component, and your result was 68. As a result, we are not able to proceed further with your application.

Thank you once again for your interest in Orchid Bay Bank and we wish you all the best.

Best regards,
Talent Acquisition
Orchid Bay Bank Singapore`, 'Customer Care Officer (Premium Banking) - Assessment result'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Sneha,

Thank you for attempting the Excel and data-handling test for the MIS Executive position.

We have evaluated your test. Unfortunately, you were not able to complete the VLOOKUP / pivot table section within the given time, and the section on data validation was left blank, which is an important part of the day-to-day work for this role. Hence, we will not be able to move forward with your candidature.

We appreciate your time and interest. All the best for your future.

Regards,
Pooja Iyer
HR Executive
Sundaram Agro Exports Pvt. Ltd., Coimbatore`, 'MIS Executive - Test result'),

  hold('assessment', ['role_closed'], {},
    `Hi Marta,

Thanks for sending back the take-home last Friday. I wanted to let you know where things stand, since you deserve a straight answer.

Earlier this week leadership put a freeze on all new headcount until the end of Q1 while they finalise the budget. Your take-home has been received and hasn't been reviewed yet; we'll pick it up, along with the rest of the process, as soon as the freeze lifts. I'm not closing your application, so you don't need to do anything, and I'll update you either way by the end of January.

Sorry for the uncertainty,
Jake
Engineering Manager, Ledgerlight`, 'Quick update on the Data Engineer role'),

  rej('assessment', ['position_filled'], {},
    `Hi Daniel,

Thank you for submitting the marketing plan exercise for the Content Lead role, and sorry for the delay in getting back to you.

While you were working on the exercise, we made an offer to another candidate who was already further along in our process, and they accepted it yesterday. As the position is now filled, we won't be reviewing the remaining submissions or continuing the process.

I'm sorry the timing worked out this way, and I appreciate the work you put in.

Best,
Ella Morgan
Founder, Fernhill Tea Co.`, 'Content Lead - update'),

  rej('assessment', ['assessment'], { ...door },
    `G'day Lachlan,

Thanks for completing the online assessment for the Customer Service Officer position with Gumtree Valley Council.

Unfortunately your results in the cognitive ability and situational judgement tests did not meet the threshold needed to progress to the next stage, so we won't be moving forward with your application this time around.

We do encourage you to keep an eye on our vacancies page and apply for future roles with Council. Please note you'll need to wait six months before you can sit the assessment again.

Kind regards,
People & Culture
Gumtree Valley Council`, 'Your application - Customer Service Officer'),

  rej('assessment', ['skills_gap'], { ...fb },
    `Hi Tomás,

Thanks for completing the SQL exercise for the Analytics Engineer role at Hollowcrest.

Your queries were correct and well organised, so the test itself went fine. The reason we've decided not to move forward is that, as you mentioned in your notes, you haven't yet used dbt or worked with a cloud warehouse like Snowflake or BigQuery. Those are the two tools this role lives in every day, and the team doesn't have the capacity to support someone learning them right now.

Thanks again for your time, and best of luck.

Nadia
Head of Data, Hollowcrest`, 'Analytics Engineer - next steps'),

  // After an interview
  rej('interview', ['skills_gap'], { ...fb },
    `Hi Grace,

Thanks for coming in on Thursday and for meeting the team. Everyone enjoyed talking to you, and Luis in particular liked your story about sorting out the supplier returns backlog.

I've thought about it a lot over the weekend, and I'm going to say no for this role. The main reason is stock control: we need someone who has run a full stocktake and a cycle-count programme in a warehouse our size, and from our conversation that's something you've supported but not led. With peak season starting in six weeks I can't give someone the time to learn it on the job.

I'm sorry, and thank you again.

Best,
Mike Adeyemi
Operations Manager, Greenlane Wholesale`, 'Warehouse Team Leader'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Dr Sharma,

Re: Senior Policy Adviser, Health Inequalities (Ref. 25/0412)

Thank you for attending the interview on 3 October and for the time and care you clearly put into your preparation. I know the panel found the conversation about the rural access work particularly interesting.

The panel met after the final interview to consider all candidates against the criteria for the post. I am sorry to let you know that, after careful deliberation, it has decided not to offer you the position, as other candidates were judged to match the requirements of this particular post more closely. This was not an easy decision, and the standard of candidates was high. Should you find it helpful, the chair of the panel, Mr Okafor, would be pleased to offer you feedback on your interview; please contact me to arrange a suitable time for a short call. We would also like to keep your details on file, with your consent, so that we can let you know about similar posts as they arise over the next twelve months, and we would very much welcome an application from you in future.

Thank you again for your interest in the Foundation and its work.

Yours sincerely,

Louise Abernethy
Recruitment Manager
The Wexcombe Foundation`, 'Senior Policy Adviser, Health Inequalities (Ref. 25/0412)'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ben,

Thanks for spending the afternoon with us last week, and for your patience with the building works.

We've talked it through as a team. Your technical answers were strong, but the way we work is very collaborative: we pair most days, plans change in stand-up, and everyone reviews everyone's work. When we talked about that, you said you prefer to own a piece of work end to end and be left to get on with it, and the team felt that our way of working would frustrate you rather than suit you. So we've decided not to go ahead.

I hope that's useful, and thank you again.

Cheers,
Freya
Engineering Lead, Moorhen Software`, 'Moorhen - Software Developer'),

  rej('interview', ['internal_candidate'], { ...door },
    `Hi Nadia,

Thank you for interviewing with us for the Learning & Development Manager role. It was a pleasure meeting you.

I wanted to let you know that the role is going to an internal candidate who has been leading our training programme on an interim basis for the last six months. It was a close call, and the panel were genuinely impressed with you.

I would love to stay in touch, and I'll reach out directly if another L&D role opens up with us.

Warm regards,
Corinne
Talent Acquisition, Halewood Housing Group`, 'L&D Manager - update'),

  rej('interview', ['role_closed'], { ...door },
    `Hi Ravi,

Thank you for interviewing with Dana and me last week for the Product Analyst role.

I'm sorry to say that we've had some organisational changes since then. The analytics team is being merged into our central data group, and the role we interviewed you for no longer exists in its current form. We've therefore had to close it without hiring.

You made a really good impression on both of us. When the new team structure settles and we're hiring again, I'd really like to reach out to you first.

Thanks for understanding,
Marco Rinaldi
Director of Product, Tessellate`, 'Product Analyst role - update'),

  rej('interview', ['salary'], { ...fb },
    `Dear Femi,

Thank you for meeting with us on Wednesday for the Procurement Manager role. The panel enjoyed the discussion.

Following the interview, we have discussed your salary expectations with our finance team. Unfortunately, the package you requested (₦1.4m per month, plus housing allowance) is significantly above the approved grade for this role, and we are unable to adjust the structure for a single position. For this reason, we will not be able to make you an offer.

We appreciate your interest in Palmcrest Foods and wish you the very best.

Yours sincerely,
Folake Adeyemi
HR Manager, Palmcrest Foods Nigeria Ltd.`, 'Procurement Manager - Outcome'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Lucía,

Thank you so much for the interviews last week with Tom and the analytics team. They really enjoyed meeting you.

I'm sorry to come back with difficult news. When we first spoke, I believed we would be able to sponsor a Skilled Worker visa for this role. Having checked with our immigration adviser since then, the Data Analyst role sits below the salary threshold that applies to sponsorship, so we can't sponsor it after all. As you would need sponsorship to work in the UK, we are unable to take your application any further.

I'm sorry for the confusion this has caused. Our more senior analytics roles can be sponsored, and we would be glad to see an application from you for one of those in future.

Kind regards,
Sarah Whitlock
People Partner, Cobalt Assist`, 'Data Analyst - update on sponsorship'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Margaret,

Thank you for coming in to meet Paul and me for the Office Administrator position.

You have an impressive career behind you, and we enjoyed hearing about your years running the regional office at Brennan Freight. Having reflected on the interview, though, we feel you are overqualified for this role, which is mostly reception cover, post and diary management for a small team, and we worry it would not give you the challenge you are used to. We have decided not to offer you the position.

With best wishes,
Joanne Carter
Office Manager, Carter & Walsh Solicitors`, 'Office Administrator'),

  rej('interview', ['generic'], {},
    `Hi Zoe, thanks for interviewing with us on Monday. We've decided not to move forward. Wishing you the best of luck. - Kenji, Driftwood Studio`, 'Driftwood Studio'),

  rej('interview', ['profile_mismatch', 'position_filled'], {},
    `Dear Thomas,

Thank you for attending the interview for the Grants Officer position with the Kestrel Arts Trust.

The panel has now interviewed all candidates and has offered the position to an applicant whose experience of public-sector funding bids matched our needs more closely. She has accepted.

We are grateful for your interest in the Trust and wish you every success.

Kind regards,
Ruth Ellison
Director, Kestrel Arts Trust`, 'Grants Officer - Kestrel Arts Trust'),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb },
    `Hi Aisha,

Thanks again for coming in to see us on Tuesday.

I wanted to give you some honest feedback rather than a form letter. Two things led us to say no. First, the role needs someone who has managed a paid social budget of at least £50k a month, and your experience so far has been mostly organic. Second, we're a very small, very direct team: we argue openly about ideas and expect people to push back in meetings. In the group session you were quite reserved, and the team wasn't sure you'd enjoy working that way.

Neither is a judgement on your ability, and I'm sure you'll find the right place.

Best,
Josh Whitfield
Founder, Hatch & Holler`, 'Social Media Manager - feedback'),

  hold('interview', ['role_closed'], {},
    `Dear Priyanka,

Thank you for attending the second interview for the Regional HR Business Partner role.

I'm writing to let you know that the process is on hold. The company announced a reorganisation of the South Asia region last week, and until the new structure is confirmed we are not able to make any hiring decisions for roles in the region, including this one. Your candidature remains active and you have not been ruled out.

I expect to have more clarity within four to six weeks and will get back to you as soon as I do.

Best regards,
Anita Menon
Talent Acquisition Lead - South Asia
Corvane Industrial`, 'Regional HRBP - process on hold'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Liam,

Hope you're keeping well.

I've finally had a chance to speak properly with Catherine at Alder & Finch about the interview for the Senior Paralegal role. I wanted to pass on everything she said, because it was a genuinely positive conversation even though it isn't a yes.

She said you came across really well and that your answers about managing your caseload were some of the best she'd heard. The reason they've decided not to go ahead is the conveyancing experience: the role will be handling residential completions on its own from the first month, and most of your work so far has been litigation support, so you would need quite a bit of training on the conveyancing side. They've gone with someone who has three years in a residential property team.

She did say, and I quote, "I'd like to see him again for the next litigation vacancy", and I know they have one coming up in the new year, so I'll keep you posted. In the meantime I'll keep sending you anything that looks like a good fit.

Speak soon,
Niamh O'Connell
Legal Recruitment Consultant
Bramble Legal Recruitment | Belfast`, 'Alder & Finch - interview feedback'),

  rej('interview', ['generic'], { ...door },
    `Dear Miss Aisha Bello,

RE: OUTCOME OF INTERVIEW FOR THE POSITION OF ADMIN OFFICER

We refer to the interview you attended at our Ikeja office on Thursday, 16th October, 2025.

We regret to inform you that you were not successful at the interview. Management appreciates the interest you have shown in joining the Company.

Your details have been retained in our database and you may be contacted should any suitable vacancy arise in future.

Thank you.

Yours faithfully,
For: Greenfield Agro-Allied Industries Limited

Human Resources Department`, 'OUTCOME OF INTERVIEW'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Karthik,

Thank you for taking out time and attending the F2F interview with our team at the Chennai office on Saturday.

Post discussion with the panel, we regret to inform you that your profile is not found suitable for the position of Team Lead - Collections at this point of time.

We appreciate your interest in Ashoka FinServ and wish you all the very best for your future endeavours.

Regards,
HR Team
Ashoka FinServ Ltd.`, 'Interview Feedback - Team Lead Collections'),

  rej('interview', ['generic'], { ...offered },
    `<div class="email-body"><table width="100%" cellpadding="0" cellspacing="0"><tr><td>
<p>Dear Hamish,</p>
<p>Thank you for interviewing for the <strong>Sous Chef</strong> role at The Saltmarsh Hotel.</p>
<p>We were fortunate to meet a number of strong candidates, and after careful consideration we have decided not to progress your application further.</p>
<p>If you would like to receive feedback from your interview and trade test, please reply to this email and our Head Chef will be in touch.</p>
<p>Kind regards,<br>HR Team<br>The Saltmarsh Hotel</p>
</td></tr></table></div>
<p style="font-size:10px;color:#999">You are receiving this email because you applied for a role via Saltmarsh Careers. Unsubscribe</p>`, 'Your application at The Saltmarsh Hotel'),

  rej('interview', ['position_filled'], { ...offered },
    `Dear Dr Nguyen,

Position: Lecturer in Marine Science (Level B), Ref. 0019832

Thank you for your interest in the above position and for attending the interview with the selection committee on 28 August.

I write to advise that the selection process is now complete, and the position has been offered to and accepted by another candidate. I appreciate this news will be disappointing.

Should you wish to receive feedback on your application and interview, please contact the Chair of the committee, Associate Professor Grant Whitely, at grant.whitely@example.edu.au.

On behalf of the University, thank you for your interest in this position.

Yours sincerely,

Recruitment Services
Southern Cross Coast University`, 'Lecturer in Marine Science (Level B) - Ref. 0019832'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Eoin,

Thanks for chatting with Siobhán and me last week, and sorry it's taken a few days to come back to you.

We've decided not to go ahead. It really comes down to the working arrangement: the team is in our Cork office on Tuesdays, Wednesdays and Thursdays, and you were clear that you're looking for a fully remote role. We did talk about whether we could make an exception, but the way the team works means it wouldn't be fair to you or them.

If your circumstances change, please do get back in touch, as we're always looking for good people.

All the best,
Ciarán Murphy
Customer Success Manager, Lakelands Software`, 'Customer Success role'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Noura,

Thank you for the kind note, and it was lovely to meet you too.

I'm sorry to be replying with disappointing news. We've now finished the second interviews for the Events Manager role, and the team has decided to go with a candidate whose background more closely matches what we need for next year's conference programme.

I really hope you'll apply again. We're planning to add an events coordinator to the team in the summer and I'd be very happy to see your name on the list.

Best wishes,
Charlotte

On Fri, 7 Mar 2025 at 17:48, Noura Haddad <noura.haddad@example.com> wrote:
> Dear Charlotte,
>
> Thank you very much for taking the time to meet me this afternoon for the
> Events Manager role. I really enjoyed hearing about the plans for the
> Glasgow conference and I'm even more excited about the role now.
>
> Please let me know if there's anything else you need from me.
>
> Best wishes,
> Noura`, 'Re: Thank you - Events Manager interview'),

  // After a final round
  rej('final', ['position_filled'], { ...door },
    `Hi Sofia,

I'm really sorry to be sending this after you came through every stage with us, including Friday's final panel.

We made an offer to the other finalist on Monday and she accepted this morning. It was genuinely close: the panel was split until the very end, and what tipped it was her experience with a rollout almost identical to ours.

I'd hate to lose touch. We're opening two more Implementation Consultant roles in the spring, and if you're still interested I'd like to bring you straight into the final stage for those.

Thanks for everything you put into this,
Oliver Grant
VP Customer Delivery, Fieldnote`, 'Fieldnote - Implementation Consultant'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Hi Jamal,

Thank you for spending the whole day with us at the onsite last Thursday. I know it's a lot to take in, and the team really appreciated your energy from the first session to the last.

We met as a group to discuss everyone who came through the onsite. After a lot of back-and-forth, we've decided not to extend an offer. The panel felt that other candidates' backgrounds were a closer match to the Staff Product Designer role as it's currently scoped.

I know that's not a lot to go on. If you'd like more detailed feedback from the panel, let me know and I'll set up a call with the hiring manager.

Best,
Lauren Pike
Recruiting, Northbeam

Sent via Greenhouse`, 'Northbeam - onsite follow-up'),

  rej('final', ['culture_fit', 'skills_gap'], { ...fb },
    `Dear Charlotte,

Thank you for attending the final interview with our Managing Partner and the presentation to the board on Tuesday.

We have decided not to appoint you to the role of Head of Client Services. The board was impressed by your presentation, but had two concerns. The first was commercial: the role carries P&L responsibility for the whole client services division, and you have not yet held budget responsibility at that level. The second was about fit with our working culture. We are a partnership in which decisions are reached by consensus, and the board felt the top-down leadership style you described in the interview would sit uneasily with the way we operate.

I hope this feedback is helpful. Thank you for your interest in Hollis Rowe.

Yours sincerely,
Amanda Reeve
HR Director, Hollis Rowe LLP`, 'Head of Client Services - outcome of final interview'),

  rej('final', ['role_closed'], {},
    `Hi Daniel,

Thank you for completing the final round for the Finance Business Partner role last week.

I'm sorry to tell you that, following the results announcement on Monday, the company has frozen all external hiring, effective immediately, and this role has been cancelled. We won't be making an offer to anyone for this position.

I'm sorry to deliver this news after you've invested so much time in the process.

Regards,
Sana Qureshi
Talent Acquisition, Pinegate Retail Group`, 'Finance Business Partner - role cancelled'),

  hold('final', ['generic'], {},
    `Hi Isabel,

Thanks for your patience since the final interviews. I just wanted to keep you in the loop.

We haven't made a decision yet. Our CEO, who signs off on all leadership hires, has been travelling for the past two weeks and we won't be able to finalise anything until she's back on the 17th. You're still one of our two final candidates, and nothing has changed from our side.

I'll be in touch as soon as I can, and in any case by the 20th.

Best,
Jess
People Lead, Cartwheel`, 'Head of Operations - update'),

  rej('final', ['internal_candidate'], {},
    `Dear Mr Akinola,

Thank you for attending the final stage of the selection process for the post of Head of Facilities.

Following the final interviews, the panel has recommended the appointment of a current member of staff to this post, and the recommendation has been approved by the Board. I am therefore sorry to inform you that you have not been successful.

Thank you for your interest in working with us.

Yours sincerely,
Human Resources
Bridgewater College`, 'Head of Facilities - outcome'),

  rej('final', ['salary'], { ...fb },
    `Hi Megan,

Thank you for taking the time to work through the offer discussions with us after your final interview.

I'm sorry we weren't able to close the gap. We went back to our CFO twice, but the best we can do for the Senior Brand Manager role is $128k base, and I understand that's well short of the $145k you need to make the move work. Given that, we've agreed to end the process here rather than keep you waiting.

It's been a pleasure getting to know you, and I'm sorry this one didn't work out.

Best,
Kara Lindqvist
Senior Talent Partner, Oakridge Outdoor`, 'Senior Brand Manager - closing the loop'),

  rej('final', ['generic'], { ...offered },
    `Dear Chidi,

Thank you for attending the assessment centre for the Summer Analyst Programme at Morrow & Keane on 22 January.

We have now reviewed all candidates' performance across the day. Unfortunately, we are not in a position to make you an offer on this occasion. The standard of candidates was exceptionally high.

You may request written feedback on your performance at the assessment centre by replying to this email within 14 days.

Best regards,
Graduate Recruitment
Morrow & Keane`, 'Morrow & Keane - Assessment Centre Outcome'),

  rej('final', ['position_filled'], { ...door },
    `Dear Mr Lim Jun Hao,

Thank you for attending the final interview with our Director for the position of Senior Executive, Corporate Communications.

You were one of the two shortlisted finalists, and we would like to thank you for your strong showing throughout the process. However, we have offered the position to the other candidate, who has accepted.

We would like to keep your profile on file and would be happy to contact you should a suitable opening arise in the coming months.

Thank you once again for your interest in Merlion Heritage Board.

Warm regards,
Rachel Koh
Human Resource Department`, 'Senior Executive, Corporate Communications'),

  rej('final', ['profile_mismatch', 'location'], { ...fb },
    `Hi Priya,

Thank you for coming to our Bengaluru office for the final round with Ankit and Meera. They enjoyed the design discussion.

We've decided not to proceed. There were two reasons. Overall, the panel felt that another candidate's background was a stronger match for what this role needs. And, as you mentioned after the round, you would want to work from Hyderabad at least two weeks a month, whereas this role requires being in Bengaluru four days a week with the product team.

Thanks again for your time and wish you the best going ahead.

Regards,
Deepika Rao
Talent Acquisition, Kovai Fintech`, 'Kovai Fintech - Final Round Update'),

  rej('final', ['profile_mismatch'], {},
    `Hi Alex, really enjoyed the final session yesterday but we've decided to go with someone whose background is a closer fit for where the role is heading. Thanks for all your time on this. - Sam`, 'Re: Final round'),

  // ── Part two: one inbox, June to September (Adaeze Okonkwo, quantity surveyor in Lagos)
  // June
  other(`Jobberman

Hi Adaeze,

Here are new jobs matching your alert "Quantity Surveyor - Lagos":

Senior Quantity Surveyor
Eko Crest Developments Ltd · Lekki, Lagos · ₦700,000 - ₦950,000/month
Posted 2 days ago

Quantity Surveyor (Building Works)
Brantwood Construction Nigeria · Victoria Island, Lagos · Confidential
Posted 3 days ago

Cost Engineer (Projects)
Deltaline Energy Services · Port Harcourt, Rivers · Confidential
Posted 5 days ago

Assistant Quantity Surveyor
Adunni Homes · Ikeja, Lagos · ₦350,000 - ₦450,000/month
Posted 1 week ago

See all 14 matching jobs

You're receiving this email because you created a job alert on Jobberman. Manage alerts | Unsubscribe`, '4 new Quantity Surveyor jobs in Lagos'),

  other(`Dear Adaeze Okonkwo,

Thank you for applying for the position of Senior Quantity Surveyor (Req ID 10482) at Brantwood Construction Nigeria Limited.

This is to confirm that we have received your application. Our recruitment team will review your profile against the requirements of the role, and shortlisted candidates will be contacted for the next stage.

You can check the status of your application at any time by logging in to our careers portal.

Kind regards,
Talent Acquisition
Brantwood Construction Nigeria Limited

This is a system-generated message from SAP SuccessFactors. Please do not reply.`, 'Application received: Senior Quantity Surveyor (Req ID 10482)'),

  rej('application', ['location'], { ...fb },
    `Dear Adaeze,

Thank you for your interest in the Quantity Surveyor - Infrastructure position at Ashdown Gale.

We have reviewed your application and are sorry to let you know that we are unable to take it further. Ashdown Gale is not able to offer visa sponsorship for this role, and all candidates must already have the right to work in the United Kingdom. As your application indicates that you would require sponsorship, we cannot progress it on this occasion.

We appreciate the time you took to apply and wish you every success with your search.

Kind regards,
Early Careers & Resourcing
Ashdown Gale Ltd

This email was intended for adaeze.okonkwo@example.com
Powered by Workday`, 'Your application to Ashdown Gale'),

  other(`Hi Adaeze,

I came across your profile and was impressed by your experience on residential and commercial building projects in Lagos.

I'm currently working with a leading fit-out contractor in Dubai who are looking for a Cost Manager to join their commercial team. Key details:

- Location: Dubai (on-site, Al Quoz office + projects)
- Package: AED 18,000 - 22,000/month + annual flight + medical
- Experience: 6+ years post-qualification, fit-out or MEP exposure a plus
- Visa and relocation provided

Would you be open to a quick call this week to discuss? If so, please share your updated CV and a good time to reach you.

Best regards,
Hassan Qureshi
Senior Consultant - Construction & Property
Gulfbridge Talent | Dubai · Riyadh`, 'Cost Manager opportunity - Dubai fit-out'),

  other(`Dear Ms. Okonkwo,

Good day.

Further to your application for the position of Senior Quantity Surveyor, we are pleased to invite you for a first interview as follows:

Date: Thursday, 26th June, 2025
Time: 11:00 AM
Venue: Eko Crest Developments Ltd, 14 Admiralty Way, Lekki Phase 1, Lagos
Panel: Head of Projects and HR Business Partner

Kindly come along with the originals of your academic certificates, your NIQS membership certificate, QSRBN registration and a valid means of identification.

Please confirm your availability by replying to this mail.

Regards,
Temitope Balogun
HR Business Partner
Eko Crest Developments Ltd`, 'Invitation to Interview - Senior Quantity Surveyor'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Okonkwo,

Thank you for your application for the role of Quantity Surveyor (Highways & Infrastructure) with Katampe & Partners, Abuja.

We have carefully reviewed your CV. While your building experience is solid, this position is on our federal roads portfolio and requires demonstrable experience in measuring civil engineering works to CESMM4, including earthworks, drainage and pavement. Your CV does not reflect experience on roads or heavy civil works, so we are unable to shortlist you for this role.

We thank you for your interest in our firm.

Yours faithfully,
For: Katampe & Partners
Chartered Quantity Surveyors & Cost Consultants`, 'Application - Quantity Surveyor (Highways & Infrastructure)'),

  other(`Hi Adaeze,

Thanks for registering with Maple & Main Talent. Your profile is now live in our construction and engineering pool.

What happens next:
1. One of our consultants will review your CV against our current client roles in Canada.
2. If there's a match, we'll contact you to set up a short video call.
3. We will never submit your CV to a client without your consent.

Please note that we work with employers who are hiring internationally, and availability of roles can change with Canadian immigration programmes. We'll be in touch as soon as we have something suitable.

Warm regards,
The Maple & Main Talent Team
Toronto · Calgary · Vancouver`, 'Welcome to Maple & Main Talent'),

  rej('screen', ['skills_gap'], { ...fb },
    `Dear Adaeze,

Thank you for your time on the phone on Monday regarding the Quantity Surveyor vacancy with our client in Doha.

I presented your profile to the client's Commercial Manager yesterday. Unfortunately, they have decided not to proceed, as they require a minimum of three years' experience on projects within the GCC and familiarity with Qatar's local contract conditions, and your experience so far has been in Nigeria only.

I appreciate this is disappointing. Please feel free to stay in touch.

Kind regards,
Rashid Al-Mansoori
Recruitment Consultant
Pearl Coast Manpower Services, Doha`, 'QS vacancy - Doha'),

  other(`Dear Ms. Okonkwo,

Good afternoon.

Unfortunately, our Head of Projects has had to travel to Abuja at short notice for a client meeting on Thursday, so we will need to reschedule your interview.

Kindly note the new date and time:

Date: Monday, 30th June, 2025
Time: 10:00 AM
Venue: unchanged (14 Admiralty Way, Lekki Phase 1)

We apologise for any inconvenience. Please confirm that the new time works for you.

Regards,
Temitope Balogun
HR Business Partner
Eko Crest Developments Ltd`, 'RESCHEDULED: Interview - Senior Quantity Surveyor'),

  other(`Dear Adaeze,

Thank you for your interest in the Cost Engineer (Projects) role at Deltaline Energy Services.

We are pleased to invite you to the next stage of our selection process: an online assessment consisting of numerical reasoning, verbal reasoning and a short cost-estimating exercise. The assessment takes approximately 75 minutes and must be completed in one sitting.

Link: https://assess.deltaline-careers.example.com/c/8H2KQ
Deadline: Friday, 11th July, 2025, 11:59 PM (WAT)

Please ensure you have a stable internet connection, a calculator and a quiet place to work.

Best regards,
Graduate & Experienced Hire Recruitment
Deltaline Energy Services Limited`, 'Deltaline Energy Services - Online Assessment Invitation'),

  // July
  other(`Dear Adaeze,

This is a friendly reminder that your online assessment for the Cost Engineer (Projects) role at Deltaline Energy Services has not yet been completed.

The link will expire on Friday, 11th July, 2025 at 11:59 PM (WAT). Unfortunately, we are unable to extend deadlines or reissue links once they have expired, so please set aside 75 uninterrupted minutes before then.

Start your assessment: https://assess.deltaline-careers.example.com/c/8H2KQ

If you have already completed the assessment, please ignore this message.

Best regards,
Graduate & Experienced Hire Recruitment
Deltaline Energy Services Limited`, 'Reminder: your Deltaline assessment expires on Friday'),

  other(`Dear Ms. Okonkwo,

Thank you for attending the interview on Monday, 30th June for the role of Senior Quantity Surveyor.

The panel is currently concluding interviews with the other shortlisted candidates. We will revert to you on the outcome and next steps within the next two weeks.

We appreciate your patience.

Regards,
Temitope Balogun
HR Business Partner
Eko Crest Developments Ltd`, 'Re: Interview - Senior Quantity Surveyor'),

  rej('assessment', ['assessment'], {},
    `Dear Adaeze,

Thank you for completing the online assessment for the Cost Engineer (Projects) role at Deltaline Energy Services.

We regret to inform you that your results did not meet the benchmark required to progress to the interview stage. As a result, we will not be proceeding with your application for this role.

We appreciate the time and effort you put into the process and wish you success in your career.

Best regards,
Graduate & Experienced Hire Recruitment
Deltaline Energy Services Limited`, 'Deltaline Energy Services - Assessment Outcome'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Adaeze,

Thank you for your interest in the Quantity Surveyor position (Requisition 2025-3071) with Cedarline Construction in Calgary, Alberta.

After careful review, we have decided to move forward with other candidates whose qualifications better meet the needs of this position at this time.

We will keep your resume on file and may contact you regarding other opportunities that match your background. We also encourage you to continue to check our careers site for new postings.

Sincerely,
Human Resources
Cedarline Construction Ltd.

**************************************************
This message was sent to adaeze.okonkwo@example.com. If you don't want to receive these emails from this company in the future, please go to:
https://careers-cedarline.icims.com/icims2/?r=unsub`, 'Your application - Quantity Surveyor'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Adaeze,

Thank you for completing the take-home pricing exercise for the Senior Quantity Surveyor role at Bonny Channel Engineering.

Our Commercial Manager has reviewed your submission. The measurement of the concrete and formwork items was accurate, but the bill omitted the preliminaries section entirely and the reinforcement was priced as a lump sum instead of being built up from the bar bending schedule provided. Both are central to how we price marine and piling work, so we have decided not to invite you to interview.

If you would like to go through the marked-up bill with him, please let me know and I will arrange a short Teams call.

Kind regards,
Ibiere Dappa
HR Officer, Bonny Channel Engineering Ltd, Port Harcourt`, 'Senior QS - Pricing Exercise Outcome'),

  hold('interview', ['role_closed'], {},
    `Dear Ms. Okonkwo,

Trust this mail finds you well.

We write with reference to your interview on 3rd July for the position of Project Quantity Surveyor (Marine Works).

Please be informed that the award of the Badagry jetty contract, for which this position was created, has been delayed by the client. Consequently, Management has directed that recruitment for the role be placed on hold until the contract is signed. Your application remains under consideration and we shall contact you as soon as the process resumes.

We regret any inconvenience and thank you for your understanding.

Yours faithfully,
Human Resources Department
Sunrise Bridge & Marine Ltd.`, 'Project QS (Marine Works) - Recruitment on Hold'),

  other(`Jobberman

Hi Adaeze,

New jobs for your alert "Quantity Surveyor - Lagos":

Quantity Surveyor
Lagoon Gate Properties · Ikoyi, Lagos · ₦600,000 - ₦800,000/month

Senior Cost Consultant
Harcourt & Adeyemi Associates · Victoria Island, Lagos · Confidential

Commercial Manager (Construction)
Confidential Company · Lekki, Lagos · ₦1,200,000 - ₦1,500,000/month

See all 9 matching jobs

Tip: candidates who upload a recent CV get up to 3x more views from employers.

Manage alerts | Unsubscribe`, '3 new Quantity Surveyor jobs in Lagos'),

  other(`Hi Adaeze,

Thank you for your application for Senior Quantity Surveyor at Brantwood Construction Nigeria.

We would like to invite you to a 20-minute telephone screening with a member of our Talent Acquisition team. The call will cover your experience, your notice period and your salary expectations.

Proposed slot: Tuesday, 8th July, 2025 at 2:00 PM

If this time does not suit you, kindly reply with two alternative slots this week.

Best regards,
Chiamaka Eze
Talent Acquisition Specialist
Brantwood Construction Nigeria Limited`, 'Telephone Screening - Senior Quantity Surveyor'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Dear Adaeze,

Thank you for speaking with me on Tuesday, it was a pleasure.

I have discussed your application with the hiring manager. Your experience is relevant, but the salary you mentioned (₦950,000 net per month) is well above the approved budget for this position, which is capped at ₦650,000 gross. We are unable to review the budget for this role, and so we will not be progressing your application further.

We will, however, retain your CV in our talent pool and reach out if a more senior commercial role becomes available.

Best regards,
Chiamaka Eze
Talent Acquisition Specialist
Brantwood Construction Nigeria Limited`, 'Senior Quantity Surveyor - Update'),

  other(`Dear Adaeze,

You recently applied for a role at Brantwood Construction Nigeria, and we'd love to hear about your experience.

This short survey takes about 3 minutes and is completely anonymous. Your answers help us improve the way we recruit.

Start the survey: https://survey.brantwood.example.com/cx?c=10482

Thank you for your time.

Talent Acquisition
Brantwood Construction Nigeria Limited`, 'How was your application experience?'),

  other(`Dear Ms. Okonkwo,

Congratulations! Following your interview on 30th June, we are pleased to invite you to the final interview for the position of Senior Quantity Surveyor.

Date: Tuesday, 22nd July, 2025
Time: 9:30 AM
Venue: Eko Crest Developments Ltd, 14 Admiralty Way, Lekki Phase 1, Lagos
Panel: Managing Director, Chief Financial Officer and Head of Projects

The session will include a 30-minute practical exercise in which you will review an interim valuation and a sample variation account. Please bring a laptop with Excel installed.

Kindly confirm your attendance.

Regards,
Temitope Balogun
HR Business Partner
Eko Crest Developments Ltd`, 'Final Interview Invitation - Senior Quantity Surveyor'),

  other(`Hi Adaeze,

Thanks for confirming you're happy for us to put you forward. I've now shared your profile with our client in Edmonton for their Quantity Surveyor opening on a hospital expansion project.

They review international candidates in batches, so it may be a few weeks before we hear back. I'll let you know as soon as they respond, whatever the answer. In the meantime, it would help to have a copy of your degree certificate and a reference letter from your current employer ready, in case they ask for them.

Best,
Megan Clarke
Senior Consultant, Construction
Maple & Main Talent`, 'Your profile has been shared - QS, Edmonton'),

  other(`Dear Ms. Okonkwo,

Thank you for attending the final interview on Tuesday, 22nd July.

The panel has now concluded all final interviews for the position of Senior Quantity Surveyor. Management is reviewing the panel's recommendations, and we expect to communicate the outcome to all candidates by the end of next week.

Thank you for your patience.

Regards,
Temitope Balogun
HR Business Partner
Eko Crest Developments Ltd`, 'Senior Quantity Surveyor - Final Interview'),

  other(`QUANTITY SURVEYORS REGISTRATION BOARD OF NIGERIA

Dear Registered Quantity Surveyor,

ANNUAL PRACTISING LICENCE RENEWAL - 2025/2026

This is to remind you that your annual practising licence is due for renewal on or before 31st August, 2025. Practising without a valid licence is an offence under the Board's enabling Act.

Kindly log in to the members' portal to update your CPD records and pay the renewal fee. Members who have not met the minimum CPD hours will be contacted separately.

Registrar
Quantity Surveyors Registration Board of Nigeria`, 'Reminder: Annual Practising Licence Renewal'),

  // August
  rej('interview', ['location'], { ...fb, ...door },
    `Dear Adaeze,

Thank you for interviewing with Rachel and me over Teams last week for the Quantity Surveyor role on our Birmingham schools framework. We both enjoyed the conversation, and your answers on managing subcontractor final accounts were excellent.

I'm afraid we have decided not to offer you the role. The framework needs someone on site from the start of September, and our HR team has advised that a Certificate of Sponsorship and Skilled Worker visa application would realistically take us into late October or November. For that reason we have had to prioritise candidates who already have the right to work in the UK.

This is purely about timing. We hold a sponsor licence and recruit internationally for our longer projects, so please do apply again for future roles, and I'd be happy to flag your name to our resourcing team.

Best wishes,
Mark Ellison MRICS
Associate Director
Harlow Pryce Cost Consultants`, 'Quantity Surveyor - Birmingham framework'),

  other(`Hi Adaeze,

Hope you're doing well. I'm partnering with a fast-growing telecoms infrastructure company that is building out tower sites across the South West and North Central regions, and they're looking for a Commercial Manager to own cost control, subcontractor payments and claims.

- Base: Lagos (Ikeja), with site travel
- Package: ₦1.3m - ₦1.6m monthly gross + car + 13th month
- Experience: 6+ years as QS or cost engineer, contractor side preferred

Your background with contractor-side cost control looks like a strong match. Are you open to a confidential chat? Happy to work around your schedule.

Regards,
Tolu Adesanya
Principal Consultant, Kobo Talent Partners
Lagos | Abuja`, 'Commercial Manager - Telecoms Infrastructure (Lagos)'),

  rej('final', ['position_filled'], { ...door },
    `Dear Adaeze,

Thank you for attending the final interview with our Commercial Director for the position of Senior Quantity Surveyor (Fit-Out).

We truly appreciate the time you gave to our process. After careful consideration, we have offered the position to another candidate, who has accepted the offer.

We were impressed by your profile and would like to keep your CV in our database. We will contact you should a suitable opening arise on our upcoming hospitality projects.

Best regards,
Human Resources
Marwah Interiors LLC, Dubai`, 'Senior Quantity Surveyor (Fit-Out) - Interview Outcome'),

  other(`Dear Ms. Adaeze Okonkwo,

OFFER OF EMPLOYMENT - SENIOR QUANTITY SURVEYOR

Following your recent interviews, we are pleased to offer you employment with Eko Crest Developments Limited in the position of Senior Quantity Surveyor, reporting to the Head of Projects.

The key terms of this offer are:

1. Commencement date: Monday, 1st September, 2025
2. Gross annual remuneration: ₦11,400,000 (Eleven Million, Four Hundred Thousand Naira), payable monthly, in addition to a 13th-month salary
3. Probation: six (6) months
4. Benefits: HMO cover for you and your dependants, pension in accordance with the Pension Reform Act 2014, and a car allowance
5. Leave: 20 working days per annum

This offer is subject to satisfactory references, a pre-employment medical examination and the verification of your academic and professional certificates.

Kindly sign and return the attached acceptance form within five (5) working days of the date of this letter.

Once again, congratulations, and we look forward to welcoming you to Eko Crest.

Yours faithfully,
For: Eko Crest Developments Limited

Adebola Williams
Head, Human Resources`, 'Offer of Employment - Senior Quantity Surveyor'),

  other(`Dear Adaeze,

Thank you for returning your signed acceptance form. We are delighted that you will be joining us!

To complete your employment file, kindly submit the following documents on or before Friday, 15th August, 2025:

- Two (2) completed guarantor forms (guarantors must be Grade Level 12 civil servants or above, or business owners with a registered company)
- Photocopies of your B.Sc. certificate, NYSC discharge certificate, NIQS and QSRBN certificates
- Birth certificate or declaration of age
- Four (4) recent passport photographs
- Your BVN and account details for payroll
- Your Pension Fund Administrator (PFA) name and RSA PIN

Please note that our verification partner will contact your referees this week.

Regards,
Temitope Balogun
HR Business Partner
Eko Crest Developments Ltd`, 'Re: Offer of Employment - Documentation Required'),

  other(`Dear Ms. Okonkwo,

We acknowledge receipt of your email of 6th August, 2025 withdrawing your application for the position of Senior Quantity Surveyor with Gwarinpa Homes Limited.

We have updated our records accordingly and cancelled your interview slot scheduled for Wednesday, 13th August.

Thank you for your interest in Gwarinpa Homes, and we wish you the very best in your new role.

Kind regards,
HR Unit
Gwarinpa Homes Limited, Abuja`, 'RE: Withdrawal of Application'),

  rej('application', ['generic'], {},
    `Dear Adaeze,

Thank you for your interest in the Cost Controller role at Cobalt Energy Nigeria.

We have now reviewed your application and regret to inform you that we will not be moving forward with your candidacy.

We appreciate your interest in Cobalt Energy and wish you every success.

Sincerely,
Cobalt Energy Talent Acquisition

This email was intended for adaeze.okonkwo@example.com
Powered by Workday`, 'Your application to Cobalt Energy Nigeria'),

  other(`Dear Adaeze Okonkwo,

VeriTrust Nigeria has been engaged by Eko Crest Developments Limited to carry out pre-employment verification on its behalf.

To begin, please complete the online consent form and upload clear scans of the documents listed on the portal:

https://portal.veritrust.example.ng/candidate/EC-44817

We will contact the referees you provided and verify your academic and professional certificates with the issuing institutions. The process usually takes 7 to 10 working days.

If you have any questions, reply to this email quoting reference EC-44817.

Regards,
Candidate Verification Team
VeriTrust Nigeria Limited`, 'Pre-employment verification - action required (EC-44817)'),

  other(`Dear Ms. Okonkwo,

Your pre-employment medical examination has been booked as follows:

Clinic: Reddington Wellness Centre, Admiralty Way, Lekki
Date: Monday, 18th August, 2025
Time: 8:00 AM

Kindly fast for at least 8 hours before the appointment, as the tests include a fasting blood sugar and lipid profile. Please bring a valid means of identification and this email.

Regards,
HR Unit
Eko Crest Developments Ltd`, 'Pre-employment medical examination - appointment'),

  rej('interview', ['role_closed'], {},
    `Dear Ms. Okonkwo,

Further to our letter of 15th July, 2025 regarding the position of Project Quantity Surveyor (Marine Works), we write to inform you that the client has decided not to proceed with the Badagry jetty project at this time.

As the position was tied to that contract, Management has cancelled the recruitment and we will not be able to proceed with your application.

We thank you for your patience and interest in Sunrise Bridge & Marine Ltd., and wish you success in your career.

Yours faithfully,
Human Resources Department
Sunrise Bridge & Marine Ltd.`, 'Project QS (Marine Works) - Update'),

  other(`Dear Adaeze,

Welcome to Eko Crest! We're happy to confirm that your pre-employment checks are complete and your resumption date remains Monday, 1st September, 2025.

Your first week:
- Monday: 8:30 AM at the head office, Lekki. Induction with HR, ID card and laptop collection
- Tuesday: Site visit to the Ikate residential towers with the Head of Projects
- Wednesday to Friday: Handover of the Ikate and Osapa valuations from the outgoing QS

Your HMO enrolment form is attached. Kindly complete it and return it on your first day so your cover can be activated.

Dress code is business casual at the office; PPE will be provided for site.

See you soon,
Temitope Balogun
HR Business Partner
Eko Crest Developments Ltd`, 'Welcome to Eko Crest - Resumption Details'),

  other(`LinkedIn

Your application was viewed by Halvorsen Dale

Quantity Surveyor · Halvorsen Dale · London, England, United Kingdom

Applied 3 weeks ago

View job

You're receiving job application notifications. Unsubscribe
LinkedIn Corporation, 1000 W Maude Avenue, Sunnyvale, CA 94085`, 'Your application was viewed by Halvorsen Dale'),

  rej('application', ['overqualified'], { ...fb },
    `Hi Adaeze,

Thank you for applying for the Assistant Quantity Surveyor role at Adunni Homes.

We were impressed by your CV, but with over six years' post-qualification experience and your NIQS membership, you are well above the level we need for this position, which is for a recent graduate to support our QS on measurement and site records. We don't think it would be the right step for you, so we won't be taking your application forward.

All the best in your career,
Bisola
HR, Adunni Homes`, 'Assistant Quantity Surveyor - Adunni Homes'),

  // September
  other(`Dear Adaeze,

Thank you for your application for the Cost Consultant role at Ashbridge Lane Partners, Toronto.

Your application is currently under review. Our team will be in touch if your qualifications match the needs of the role. Due to the volume of applications we receive, this may take several weeks.

You can view the status of your application by signing in to your candidate home.

Thank you,
Talent Acquisition
Ashbridge Lane Partners

Powered by Workday`, 'Application update: Cost Consultant'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Adaeze,

Thank you for applying for the position of Senior Quantity Surveyor with Carrigmore Cost Consultants in Dublin.

We have reviewed your application with interest. However, this role requires candidates to be chartered members of the Society of Chartered Surveyors Ireland or the RICS, as the successful candidate will sign off valuations and final accounts for public sector clients. As you are not yet chartered with either body, we are unable to progress your application.

Your experience is strong, and we would be very happy to hear from you again once you have completed your APC.

Kind regards,
Orla Fitzpatrick
HR Manager
Carrigmore Cost Consultants`, 'Senior Quantity Surveyor - Carrigmore'),

  other(`Hi Adaeze,

Congratulations on the new role at Eko Crest! I saw the update on LinkedIn.

I know you'll be focused on settling in, so no pressure at all. I just wanted to say that if you ever want to keep an eye on the market, particularly the Middle East, I'd be glad to stay in touch. I've got a steady flow of Cost Manager and Senior QS roles in Riyadh and Dubai with strong tax-free packages.

Wishing you every success in the new position.

Best,
Hassan Qureshi
Senior Consultant - Construction & Property
Gulfbridge Talent`, 'Congrats on the new role!'),

  other(`Dear Adaeze,

Please complete the attached payroll and pension forms and return them to HR by Friday, 19th September, 2025, so that you are included in this month's payroll run. Salaries are paid on the 25th of each month.

If your PFA details have changed since you submitted your documents, please let us know.

Regards,
Payroll & Benefits
Eko Crest Developments Ltd`, 'Payroll and pension forms - September payroll'),

  other(`Dear Adaeze Okonkwo,

Thank you for applying to Lagoon Gate Properties.

We were impressed by your profile and would like to invite you to a virtual interview for the position of Quantity Surveyor.

Please use the link below to select a time that suits you between Monday 22nd and Friday 26th September:

https://calendly.example.com/lagoongate-hr/qs-interview

We look forward to speaking with you.

Best regards,
People Team
Lagoon Gate Properties`, 'Interview invitation - Quantity Surveyor'),

  other(`Dear Adaeze,

You recently applied for the Cost Controller position at Cobalt Energy Nigeria. We'd value your feedback on our recruitment process, whatever the outcome of your application.

The survey has five questions and takes less than two minutes.

Share your feedback: https://cobaltenergy.example.com/candidate-survey

Thank you,
Cobalt Energy Talent Acquisition`, 'Tell us about your experience with Cobalt Energy'),

  rej('application', ['generic'], { ...door },
    `Dear Adaeze Okonkwo,

Thank you for your interest in the Senior Quantity Surveyor - Infrastructure position (Job Number QA-25-0918) with Al Rayyan Contracting & Trading W.L.L.

We have carefully considered your application and regret to inform you that you have not been selected to proceed to the next stage of the recruitment process.

We will retain your details in our candidate database and you are welcome to apply for other vacancies that match your qualifications and experience.

Best regards,
Recruitment Department
Al Rayyan Contracting & Trading W.L.L., Doha, Qatar

Please do not reply to this email. This is an automated message from Oracle Taleo.`, 'Al Rayyan Contracting - Application Status'),

  hold('application', ['role_closed'], {},
    `Hi Adaeze,

I wanted to give you an update on the Quantity Surveyor role with our client in Edmonton, which we emailed you about in July.

The client has put all international hiring on hold while they wait for clarity on next year's provincial nominee allocations, since they would need a nomination to bring anyone in from overseas. They haven't made any decision on candidates yet, and your profile is still in their shortlist pile. We expect to hear more in November and I'll get back to you as soon as I do.

Thanks for your patience,
Megan Clarke
Senior Consultant, Construction
Maple & Main Talent`, 'Edmonton QS role - on hold'),

  other(`Dear Adaeze,

As a past applicant to Halvorsen Dale, we'd like to invite you to join our Global Talent Network.

Members receive early notice of new roles across our offices in the UK, Ireland, the Middle East and Africa, along with invitations to our quarterly webinars on cost management and careers in construction consultancy.

Joining takes less than a minute: https://careers.halvorsendale.example.com/talent-network

Kind regards,
Global Talent Acquisition
Halvorsen Dale`, 'Join the Halvorsen Dale Global Talent Network'),
];
