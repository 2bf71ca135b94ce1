/**
 * Sealed messages of the fifty-fifth round, in two parts. The first part is a spread of declines from employers of
 * every size: banks, a pharma company, a hospital system, fintech, AI and SaaS start-ups, a literacy charity, a think
 * tank, a city government, a university, housing, logistics, retail, utilities, law and design studios, in American,
 * British, Irish, Canadian, Indian, Australian and Singaporean English. They come from tracking systems (Workday,
 * Greenhouse, Lever, Taleo, iCIMS, SmartRecruiters, Jobvite, Workable, BambooHR, Ashby, a LinkedIn Easy Apply notice),
 * from letter templates with their merge fields left in ([Candidate Name], {{job.title}}), from agency recruiters passing
 * on a client's answer, and from founders and hiring managers writing a few lines by hand. They cover internships,
 * graduate schemes, entry-level and experienced roles, every stage (application, recruiter or phone screen, coding
 * test, take-home, written exercise, psychometric and typing tests, situational judgement test, one-way video
 * interview, interview, second interview, final round, onsite, superday, assessment centre, references after the final
 * interview) and every reason, several with two. Feedback, an offer of feedback or the open door sometimes sit in the
 * middle of a long letter; some messages are one line; some keep HTML leftovers, signatures, disclaimers and
 * unsubscribe footers; two answer or follow an earlier message that is quoted below them; four processes are paused.
 * The second part is five months (September 2025 to January 2026) of one person's inbox: Amara Bello, a final-year
 * BSc Economics student at the University of Leeds, applying for 2026 graduate schemes and for summer internships open
 * to finalists. Next to the declines (online tests with their scores, a written exercise, a grade requirement, an
 * office location, an R/Python requirement, an internal candidate, a programme that filled up, a scheme that was cut)
 * come the mail that looks like them but is not: acknowledgements ("we'll review and be in touch"), a Workday "status
 * has changed" notice, test, video-interview and assessment-centre invitations, a test reminder, an interview slot that
 * is "unfortunately" no longer free, a careers-fair invitation, a virtual open evening, job alerts, newsletters (one
 * advertising a workshop on handling rejection), a recruiter's LinkedIn message, a "still under review" reply, a
 * reserve-list note, a candidate survey, a withdrawal she asked for, and an offer from a professional-services firm with
 * its follow-ups (documents to sign, pre-employment screening, acceptance, offer-holder event).
 *
 * Labelling choices: the stage is the furthest step the candidate reached as the message names it; a later stage the
 * message only mentions as not reached ("we won't invite you to the assessment centre") does not count. A one-way
 * recorded video interview is an interview; an online test, situational judgement test, take-home, written exercise
 * or typing test with no later interview named is assessment; an onsite, superday, assessment centre, "finalist" or
 * "final round", and references taken after the final interview, are final; a first call with a recruiter, an agency
 * consultant, the client's HR or a founder is a screen. Reasons: a named requirement the candidate lacks (a language
 * level, a grade, years with a technology, a kind of experience) is skills_gap alone, even when the message adds that
 * the chosen candidate had more of it; "others were a closer match / stronger" without a requirement is
 * profile_mismatch; "moved forward with other candidates", "not shortlisted", "very competitive" or praise followed by a
 * no is generic; an offer made to or accepted by someone else, or a programme whose places are all filled, is
 * position_filled; a post given to a colleague who accepted is internal_candidate and position_filled, "decided to go
 * with an internal candidate" is internal_candidate only; eligibility (right to work, residency, sponsorship, still
 * being enrolled) and on-site or office requirements are location. A paused process carries the reason for the pause:
 * a frozen or re-budgeted role, or a hiring manager's absence that puts the role on hold, is role_closed; a pause to
 * check visa sponsorship is location. feedback is true when the message tells this candidate something particular
 * about their own application (what the test or exercise missed, their scores, the requirement they lack, the salary
 * they asked for, their need for sponsorship, what the panel observed); a reason in general words ("your level of
 * experience is beyond the role", "did not meet the standard required") and praise are not feedback. feedbackOffered
 * covers an offered call, a reply-for-feedback invitation and a feedback report in the candidate portal, not "we cannot
 * give individual feedback". doorOpen covers a CV kept on file or in a talent pool, a promise to get in touch about
 * future roles (also from an agency), and an invitation to apply again or to other roles; "best of luck" is not. In the
 * inbox, a "still under review" reply, a reserve list and a status-changed notice are other, because nothing is said
 * to be paused or delayed; the insurer that pauses its scheme is on_hold; a withdrawal the candidate asked for is other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s55-');

export const HANDWRITTEN_SEALED_55: readonly CorpusLine[] = [
  // ── Part one: declines from many employers
  // After the application
  rej('application', ['generic'], {},
    `Dear Olivia,

Thank you for your interest in the 2026 Summer Analyst Program - Commercial Banking (Job ID JR-114302) at Harbor Ridge Financial.

We have completed our review of your application and regret to inform you that we will not be moving forward with your candidacy for this program.

We received a large number of applications and appreciate the time and effort you invested in yours.

Kind regards,
Harbor Ridge Financial Campus Recruiting

This is an automated message. Replies to this address are not monitored.
Powered by Workday`, 'Update on your application - 2026 Summer Analyst Program (Commercial Banking)'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Kenji,

Thanks so much for applying to the Software Engineer, New Grad (2026) role at Tessellate. We know putting together an application takes real effort, and we're grateful you thought of us.

We've now had a chance to review your application alongside many others. Unfortunately, we've decided not to move forward at this time. For this opening we're focusing on candidates whose background lines up more closely with what the team needs right now.

That said, we hire new grads every year and we'd be glad to see your name again. Feel free to apply to future roles that catch your eye at tessellate.dev/careers.

Best,
Tessellate Recruiting

Powered by Greenhouse`, 'Your application to Tessellate'),

  rej('application', ['generic'], {},
    `Hi Niamh, thanks for applying for the Junior Copywriter role. We won't be progressing your application on this occasion. Best, Tom`),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Rahul Mehta,

Re: Requisition 2500931 - Summer Intern, Biostatistics (Graduate)

Thank you for your interest in career opportunities with Vantorra Therapeutics and for taking the time to apply for the position referenced above.

We have carefully reviewed your qualifications against the requirements of the position. While your background is impressive, we have decided to pursue other candidates whose qualifications more closely match our needs at this time.

Your profile will remain in our candidate database, and our recruiters may contact you should a suitable opportunity arise. We also encourage you to create job alerts on our careers site.

Thank you again for your interest in Vantorra.

Sincerely,
Talent Acquisition
Vantorra Therapeutics, Inc.

Vantorra is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

Please do not reply to this email. This mailbox is not monitored.
Oracle Taleo Recruiting`, 'Vantorra Therapeutics - Summer Intern, Biostatistics (Graduate)'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Tomasz,

Thank you for applying to the Senior Backend Engineer position at Ledgerline. I went through your application with our Head of Engineering this week.

We're going to pass on this one. The role needs someone who has run Go services in production at scale, ideally for five years or more, including owning on-call for distributed systems that handle payments traffic. Your experience is solid, but it's mostly in PHP and Laravel, and we don't have the bandwidth right now to support someone ramping up on our stack.

Thanks again for your interest, and good luck with the search.

Sara Lindqvist
Technical Recruiter, Ledgerline

Sent from Lever`, 'Ledgerline - Senior Backend Engineer'),

  rej('application', ['position_filled'], { ...door },
    `Dear Alicia,

Thank you for your interest in the Data Analyst II - Population Health (Req #48211) position with Mercy Crest Health.

We would like to inform you that this position has been filled. We appreciate the time you took to apply and encourage you to visit our careers site regularly, as new opportunities are posted daily. Your profile will remain active in our system, and you may be considered for other openings that match your qualifications.

Sincerely,
Mercy Crest Health Talent Acquisition

**************************************************
This message was sent to alicia.r.moreno@example.com. If you don't want to receive these emails from this company in the future, please go to:
https://careers-mercycrest.icims.com/icims2/?r=4c81f0`, 'Your application with Mercy Crest Health'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Lucas,

Thank you for applying for the Graduate Customer Success Associate (German speaker) role at Brightmere in Dublin.

Having reviewed your application, we're sorry to let you know that we won't be progressing it further. This role requires native or near-native German, and your application lists your German at B1 level. In addition, your answers indicate that you would require an employment permit to work in Ireland, and unfortunately we're not in a position to sponsor permits for graduate roles.

We appreciate your interest in Brightmere and wish you every success.

Kind regards,
Brightmere Talent Team

This email was sent to you by Brightmere via SmartRecruiters.`, 'Your application for Graduate Customer Success Associate (German speaker)'),

  rej('application', ['generic'], { ...door },
    `Dear [Candidate Name],

Thank you for your interest in the [Position Title] position with Oakhurst Property Group. We appreciate the time you invested in applying.

After careful review, we have decided to move forward with other applicants for this position. We will retain your résumé on file for [6] months and may contact you should a suitable opening become available.

We wish you success in your job search.

Sincerely,

[Hiring Manager Name]
Oakhurst Property Group`, 'Your application with Oakhurst Property Group'),

  rej('application', ['role_closed'], { ...door },
    `Hi Destiny,

Thank you for applying for the Marketing Coordinator position with Parkline Foods. I wanted to let you know that, due to a reorganization of our marketing team, we have decided not to fill this position and it has been closed.

We know this isn't the news you were hoping for. We encourage you to keep an eye on our careers page and apply again when you see a role that interests you.

Best regards,
Jenna Wu
Recruiting Coordinator | Parkline Foods

You can change your email preferences at:
https://app.jobvite.com/l?k=pfx82Jd`, 'Parkline Foods - Marketing Coordinator'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Gabriel,

Thanks for applying for the Mid-level Product Designer role at Fathom & Finch.

We really liked what we saw in your portfolio, but with twelve years in the field and the last four leading a design team, we think this role would be a step back for you. It's a hands-on, mid-level position reporting to our design lead, with no people management, and we'd rather be honest now than have you outgrow it in six months.

We're likely to open a Head of Design role next year, and I'd love to get in touch when we do, if that's okay with you.

All the best,
Ruth Abiodun
Co-founder, Fathom & Finch

Sent via Workable`),

  rej('application', ['salary'], { ...fb },
    `Hi Corinne,

Thank you for your interest in the Program Coordinator position at Riverbend Literacy Alliance.

We've reviewed your application and, unfortunately, we won't be moving forward. The salary you listed in your application ($68,000) is well above the range we have budgeted for this position ($47,000 to $52,000). The role is funded by a fixed grant, and we aren't able to increase it.

We appreciate your commitment to literacy work and wish you the very best.

Warmly,
Dana Whitfield
Operations Manager, Riverbend Literacy Alliance

Powered by BambooHR`, 'Program Coordinator - Riverbend Literacy Alliance'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Ifeoma,

Thanks for applying to be a Research Engineer at Northlight AI.

We've reviewed your application and won't be moving forward right now. For this role we're specifically looking for people with first-author publications at ML venues (NeurIPS, ICML, ICLR or similar) or equivalent open-source research work, and we didn't see that in your background yet.

We appreciate you thinking of Northlight. If you build up that kind of research track record, we'd genuinely love to hear from you again.

The Northlight team

Sent with Ashby`, 'Your application to Northlight AI'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ellie,

Thank you for applying to the Hollins Grove Finance Graduate Programme 2026.

Our programme has minimum academic requirements of a predicted or achieved 2:1 degree and 120 UCAS points (or equivalent). From the details you provided, you do not currently meet the UCAS tariff requirement, and so we are unable to progress your application further.

We know this will be disappointing. If you had mitigating circumstances that affected your results, you can tell us about them by replying to this email within 14 days and we will look at your application again.

Kind regards,
Early Careers Team
Hollins Grove plc`, 'Hollins Grove Graduate Programme 2026 - application update'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Sam,

Quick update on the Payroll Administrator role at Pennington Haulage. I chased the client this morning and they've come back to say they won't be taking your CV forward. They want someone who has run a full end-to-end monthly payroll on Sage 50 for 200+ employees, and they felt your experience was more on the accounts payable side.

Sorry it's not better news. I've got a couple of AP roles coming in next week which I think would suit you much better, so I'll give you a call about those.

Cheers,
Lauren

Lauren Pike | Senior Consultant - Accountancy & Finance
Crossgate Recruitment | Northampton
T: 01604 496 0231`),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Candidate,

Greetings from Saptarishi Infra Projects Ltd.

We thank you for your interest in the position of Graduate Engineer Trainee (Civil) - 2025 Batch and for the time you invested in the application process.

After careful evaluation, we regret to inform you that your profile does not match our current requirements and hence we are unable to take your candidature forward at this stage.

Your profile will be retained in our database and we shall get in touch with you should a suitable opening arise in future.

We wish you all the best in your career.

Warm Regards,
Talent Acquisition Team
Saptarishi Infra Projects Ltd.
Corporate Office: Plot 14, Sector 62, Noida - 201309

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender immediately.`, 'Your application for Graduate Engineer Trainee (Civil)'),

  rej('application', ['generic'], {},
    `<p>Hi Jordan,</p><p>Thank you for applying to the <strong>Merchandise Planning Intern - Summer 2026</strong> role at Linden &amp; Co. We truly appreciate your interest.</p><p>After reviewing your application, we&#39;ve decided not to move forward at this time.&nbsp;</p><p>We wish you the best of luck in your search!</p><p>Linden &amp; Co. Campus Recruiting</p><br><br><span style="font-size:10px;color:#999999">Unsubscribe | Privacy Policy | Linden &amp; Co., 400 Market St, Minneapolis, MN 55401</span>`, 'Linden & Co. | Merchandise Planning Intern - Summer 2026'),

  rej('application', ['internal_candidate'], {},
    `Hi Marcus,

Thank you for applying for the Operations Manager role at Coldwater Logistics in Mississauga. I wanted to let you know that we've decided to move forward with an internal candidate for this position, so we won't be progressing any external applications.

Thank you for your interest and best of luck.

Regards,
Priya Nair
HR Business Partner, Coldwater Logistics`),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Wei,

Thank you for applying to the Software Engineering Intern (Summer 2026) position at Crescent Health.

Our internship program is open only to students who will return to a degree program after the internship. Based on the graduation date in your application (May 2026), you are not eligible for this internship, so we are unable to consider your application.

We'd encourage you to look at our New Grad openings, which are posted each fall at crescenthealth.com/careers/early-talent.

Best,
Crescent Health University Recruiting`, 'Your application: Software Engineering Intern (Summer 2026)'),

  rej('application', ['location'], { ...fb },
    `Dear Arjun,

Thank you for your application for the 2026 Graduate Program at Southern Cross Water.

Eligibility for our Graduate Program requires Australian or New Zealand citizenship, or Australian permanent residency, at the time of application. As you have indicated that you hold a Temporary Graduate visa (subclass 485), we are unable to progress your application.

We appreciate your interest in Southern Cross Water and wish you all the best.

Kind regards,
Graduate Recruitment Team
Southern Cross Water`),

  rej('application', ['generic'], {},
    `Your update from Fieldwise

Thank you for your interest in the Operations Associate position at Fieldwise in Austin, Texas. Unfortunately, Fieldwise will not be moving forward with your application, but we appreciate your time and interest.

Regards,
Fieldwise

Top jobs looking for your skills
Operations Coordinator · Brightpath Logistics · Round Rock, TX
Business Operations Analyst · Quarry Labs · Austin, TX (Hybrid)
See more jobs

You are receiving LinkedIn notification emails.
Unsubscribe · Help
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`, 'Your application to Operations Associate at Fieldwise'),

  rej('application', ['position_filled', 'skills_gap'], { ...fb },
    `hey Dani,

sorry for the slow reply, it's been a mad few weeks. we've ended up hiring someone for the Shopify developer contract. she's been building Liquid themes for about six years and we needed someone who could hit the ground running without much hand-holding. I had a look at your GitHub and it's mostly React, which is great, but you haven't done any Liquid or theme work, which is really what this needs.

thanks loads for applying though x

Jonty
Founder, Saltmarsh Candles`, 'Re: Shopify dev contract'),

  rej('application', ['role_closed'], {},
    `Dear Hannah,

Thank you for your application for the role of HR Advisor (Fixed Term, 12 months) at Marlow Leisure Group.

Due to a company-wide recruitment freeze, this vacancy has been withdrawn and we are no longer recruiting for the role. We're sorry to bring you this news and for any inconvenience caused.

Kind regards,
Recruitment Team
Marlow Leisure Group`, 'HR Advisor (Fixed Term) - vacancy withdrawn'),

  rej('application', ['position_filled'], {},
    `Hi Leo,

Apologies for not getting back to you sooner, I should have updated everyone earlier. We filled the Junior Data Engineer position in late September, so I'm afraid we won't be taking your application further.

Thanks for following up, and good luck.

Mark

Mark Feeney
Engineering Manager, Cobalt Route

-----Original Message-----
From: Leo Brandt <leo.brandt@example.com>
Sent: 14 October 2025 09:12
To: careers@cobaltroute.example
Subject: Application - Junior Data Engineer (ref JDE-0925)

Hi,

I applied for the Junior Data Engineer role on 2 September and wanted to check whether there is any update on the process. I'm still very interested and happy to share anything else that would help, for example my dissertation project on streaming data pipelines.

Many thanks,
Leo`, 'RE: Application - Junior Data Engineer (ref JDE-0925)'),

  rej('application', ['generic'], {},
    `Dear Zainab,

Thank you for applying for the position of Policy Officer (Housing) at the Centre for Civic Futures.

We received over 400 applications for this role and the standard was extremely high. I'm sorry to let you know that on this occasion you have not been shortlisted for interview.

Owing to the volume of applications, we are unable to provide individual feedback at this stage.

With best wishes,
Recruitment Team
Centre for Civic Futures
Registered charity no. 1187724`, 'Policy Officer (Housing) - outcome of shortlisting'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hello Mateo,

Thank you for your interest in the Associate Product Manager role at Quillfeather. Although your background is impressive, after careful consideration we have decided to move forward with candidates whose experience is a closer match for this particular position.

We'll hold on to your details and may reach out about future openings that align with your experience.

Best regards,
The Quillfeather Talent Team`, 'Quillfeather - Associate Product Manager'),

  // After a recruiter, agency or phone screen
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Brandon,

Thanks again for the time on the phone Tuesday. I enjoyed hearing about your time at Corvel and how you rebuilt the mid-market pipeline there.

I spoke with Alexis, our VP of Sales, about next steps. Unfortunately, we're not able to move forward. The base salary for this role is capped at $85,000 (with OTE of $150,000), and you mentioned you're looking for a base of at least $110,000. We just don't have flexibility on the band this year.

If our comp structure changes or a more senior role opens up, I'll reach out. I'd genuinely like to stay in touch.

Best,
Kayla Brooks
Senior Recruiter, Stackwise`, 'Stackwise - Account Executive, Mid-Market'),

  rej('screen', ['profile_mismatch'], {},
    `Hi Aoife,

Thank you for taking the time to chat with me last week about the Customer Operations Lead role at Harbourlight.

I've gone through our conversation with the hiring team, and we've decided to move forward with other candidates whose experience is more closely aligned with what we need for this position.

I really appreciate your interest in Harbourlight and wish you the very best in your search.

Warm regards,
Cian Doherty
Talent Acquisition, Harbourlight

Sent from Lever`),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Natalie,

Thanks for jumping on a call with me yesterday about the Analytics Engineer role.

I've talked it through with the hiring manager and unfortunately we won't be able to move forward. The team works from our Denver office three days a week and that's a firm requirement for this position, and as you mentioned, relocating from Raleigh isn't an option for you right now. I completely understand, and it's a shame, because your dbt and Snowflake experience is right on target.

If we open any fully remote analytics roles, you'll be the first person I call.

Thanks,
Marco Reyes
Talent Acquisition | Peakform Health`),

  rej('screen', ['overqualified', 'salary'], { ...fb },
    `Hi Deborah,

Thank you for speaking with me on Thursday. I shared my notes with Frank, the hiring manager, and we both came away with the same concern. This Program Manager position is an individual contributor role with no direct reports, and since you've been leading a 15-person PMO for the past five years, we think it would be a significant step down in scope for you. The salary band for the role (up to $118k) is also well below your current compensation.

For those reasons we've decided not to move forward. I know that's not what you were hoping to hear, and I want to stress that it's no reflection on your abilities.

Kind regards,
Tasha Greene
Recruiting, Cordell Systems`, 'Re: Program Manager role - next steps'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Julia,

Thank you for speaking with Anke from Lindqvist Maschinenbau's HR team on Monday. She sent me her feedback today and I'm sorry to say they won't be progressing you to the interview stage.

Anke said she enjoyed the conversation and your sales background is relevant, but the part of the call held in German showed that your German isn't yet at the business-fluent level they need for dealing with their distributors in Germany and Austria.

I'll keep you in mind for English-speaking roles in the sector, there are usually a few around in the new year.

Best,
Owen

Owen Marsh | Principal Consultant, Industrial Sales
Beacon Talent Partners
This email and any attachments are confidential and may be privileged.`, 'Lindqvist - Area Sales Manager'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hi Ravi,

Thanks for your time on the phone on Friday, and for being so open about what you're looking for.

I've thought about our conversation a lot. We're a five-person team that works side by side every day, and most of our work happens in long live sessions with clients in the room. From what you told me, you do your best work alone, with long stretches of heads-down time and as few meetings as possible, and I don't think we'd be the right environment for you. So I've decided not to take things further.

Wishing you every success,
Helena

Helena Strand, Founder
Strand Sound Studio`),

  rej('screen', ['generic'], {},
    `Thanks for the call yesterday, Ana. We've decided to go in a different direction with this hire, but I appreciated your time. Best of luck! - Greg`),

  rej('screen', ['position_filled'], { ...door },
    `Hi Sofia,

Thank you for speaking with me on Tuesday about the Clinical Research Coordinator role.

I wanted to let you know quickly that, since our call, the hiring manager has extended an offer to a candidate who was already at the final stage of our process, and she has accepted. The position is therefore now filled.

I was really impressed by your research background and would love to keep you in mind for future coordinator roles. We usually have two or three open each year.

All the best,
Maya Goldberg
Recruiter, Ashgrove Research Institute`, 'Clinical Research Coordinator - update'),

  rej('screen', ['generic'], { ...offered },
    `Hi Chris,

It was great to meet you on our intro call for the Support Engineer role. Thank you for your time.

We've now completed our first-round conversations and, unfortunately, we won't be moving you forward to the next stage. It was a tough decision with a lot of strong candidates in the mix.

If it would be useful, I'm happy to jump on a quick 15-minute call to share the team's feedback. Just reply to this email and we'll find a time.

Best,
Hana Sato
People Team, Relaymint`, 'Relaymint - Support Engineer'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Peter,<br><br>Thank you again for the intro call about our Growth Marketing Manager opening.<br><br>I wanted to give you an update: leadership has decided to move that headcount to our sales team for next year, so we&#39;ve closed the Growth Marketing Manager role and won&#39;t be continuing the process with any candidates.<br><br>I&#39;m sorry to bring this news after you invested time in speaking with us. We&#39;d love to keep in touch and will reach out if a marketing role opens again in 2026.<br><br>Best,<br>Imogen<br><br>--<br>Imogen Hart | Talent Lead | Brisk<br>Sent with Ashby`, 'Update on Growth Marketing Manager at Brisk'),

  rej('screen', ['profile_mismatch'], { ...offered, ...door },
    `Dear Samuel,

Thank you for your interest in the Financial Analyst - FP&A position (Req R-25-03317) at Ellsworth Industrial, and for taking the time to speak with our recruiting team during your phone screen on October 9.

At Ellsworth, we aim to give every candidate a thoughtful review, and we know that the time you spent preparing for and taking part in our process is valuable. After comparing the profiles of the candidates we spoke with, we have decided to move forward with candidates whose experience more closely matches the requirements of this role. If you would like to hear more about how we reached this decision, your recruiter, Alana Price, would be glad to set up a short call; simply reply to this email. We also keep the profiles of candidates who reached the phone screen stage in our talent community, and our recruiters search it regularly when new finance roles open across our sites.

Ellsworth Industrial is a global manufacturer of precision components with more than 12,000 employees in 18 countries. We are committed to building a diverse workforce, and we encourage you to keep an eye on our careers site.

We wish you success in your career.

Sincerely,
Ellsworth Industrial Talent Acquisition

Ellsworth Industrial is an equal opportunity employer. This message was sent from an unmonitored mailbox.
Powered by Workday`, 'Your application for Financial Analyst - FP&A (R-25-03317)'),

  // After a test, take-home or written exercise
  rej('assessment', ['assessment'], {},
    `Hi Diego,

Thank you for completing the HackerRank coding assessment for our 2026 Software Engineering Internship.

We've reviewed your results and, unfortunately, your score did not meet the benchmark required to move forward in our process this year. We know the assessment takes time, and we appreciate the effort you put into it.

We wish you the best of luck in your internship search.

Regards,
University Recruiting | Gridwell Energy`, 'Gridwell Energy - 2026 Software Engineering Internship'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Mia,

Thanks for submitting the take-home for the Full-Stack Engineer role. I know it ate into your weekend, and we appreciate it.

The team reviewed it yesterday and we've decided not to move forward. A few specifics, since I think they'll be useful: the API worked for the happy path, but there were no tests at all, the pagination endpoint returned duplicates once you went past the first page, and the README didn't explain how to run the app locally, so it took us a while to get it going. The React side was clean and we liked the component structure.

If you'd like to talk through the review in more detail, I'm happy to do a 20-minute call.

Cheers,
Tom Avery
Engineering Lead, Kiteline`, 'Kiteline take-home'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Ines,

Thank you for completing the written exercise for the Research Assistant (Health Economics) position at the Carrow Institute.

The panel has now marked all submissions, and I am sorry to tell you that you have not been selected for interview. The panel's main comments on your exercise were that your summary of the evidence was accurate, but it did not interpret the cost-effectiveness figures in Table 2 or set out the policy implications the brief asked for, and it ran well over the 600-word limit.

We hope these comments are helpful, and thank you again for your interest in the Institute.

Best wishes,
Rosalind Achebe
Operations Manager, The Carrow Institute`, 'Research Assistant (Health Economics) - written exercise'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Callum,

Thank you for completing the online assessments for the Fernwood Group Graduate Scheme 2026.

Unfortunately, your results in the numerical and verbal reasoning tests did not meet the standard required to progress to the next stage of our process, and we will not be taking your application further.

Please note that you cannot reapply to the scheme for 12 months from the date of your application. After that, we'd be delighted to receive a new application from you.

Thank you for your interest in Fernwood.

Kind regards,
Fernwood Group Early Careers Team`, 'Your application to the Fernwood Group Graduate Scheme'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Jasmine,

Thank you for completing the skills assessment for the Customer Service Representative position at Plainsview Utilities.

Unfortunately, you did not pass the typing portion of the assessment. This role requires a minimum of 40 words per minute with 95% accuracy, and your result was 33 wpm with 91% accuracy. Because of this, we are unable to move your application forward.

You may retake the assessment and reapply after 90 days.

Sincerely,
Plainsview Utilities Human Resources`, 'Customer Service Representative - Assessment Results'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb, ...door },
    `Hi Tariq,

Thanks for doing the Excel test for the Junior Commercial Analyst role at Harlow Foods yesterday.

I've had the results back and unfortunately it's not good news. You scored 52% overall and the client's pass mark is 70%. You did well on formatting and basic formulas but lost most of your marks on the pivot tables and the XLOOKUP / INDEX-MATCH section, which is the core of the job. They need someone who can build and maintain the weekly sales reports from day one, so they won't be taking it further.

There are some good free courses on pivot tables and lookups, and once you've brushed up I'd be happy to put you forward for similar roles.

Speak soon,
Gemma

Gemma Ross | Recruitment Consultant
Northway Staffing`),

  rej('assessment', ['assessment'], { ...door },
    `Dear Aisha,

Thank you for your application to the 2026 Graduate Management Training Scheme and for completing the Situational Judgement Test.

We regret to inform you that your score in the Situational Judgement Test was not high enough for you to progress, and you have not been successful at this stage. Competition for places on the scheme is extremely strong, and only a limited number of candidates can progress to the video interview stage.

Due to the volume of applications, we are unable to provide individual feedback. The 2027 intake will open for applications next autumn, and we would encourage you to apply again.

Best wishes,
Graduate Scheme Recruitment Team`, 'Graduate Management Training Scheme 2026 - SJT outcome'),

  rej('assessment', ['internal_candidate'], { ...door },
    `Hi Bogdan,

Thank you for completing the coding exercise for the Platform Engineer position; the team appreciated the time you put into it.

I wanted to let you know that we've since decided to fill this role with an internal candidate from our infrastructure team, so we won't be progressing any external applications. This isn't a reflection on your exercise.

We'll keep your details on file and would be glad to consider you for future openings.

Best regards,
Helga Sørensen
Talent Acquisition, Nordvik Systems`),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Lena,

Thank you for completing the design exercise for the UX Designer role at Orchard Health. We know these exercises take time and we're grateful for the thought you put into it.

We've reviewed all the submissions and decided not to move forward with your application. The panel felt your onboarding flow was visually polished, but it didn't show the research or the reasoning behind your decisions, and the accessibility considerations the brief asked for were missing. Overall, other candidates were a closer match for what the team needs.

Thanks again, and we wish you all the best.

Orchard Health Design Team`, 'UX Designer - design exercise'),

  rej('assessment', ['role_closed'], { ...door },
    `Dear Dr Okoye,

Thank you for completing the data analysis task for the Postdoctoral Research Associate position on the Coastal Sediments project.

I am sorry to tell you that the funder has informed us that the second phase of the project will not go ahead, and as a result the post has been withdrawn. We will not be holding interviews.

I was very impressed by your analysis and would be glad to let you know if a suitable post comes up in the group. Please do keep an eye on the University's vacancies page too.

With best wishes,
Professor Alan Pryce
School of Ocean Sciences`, 'Postdoctoral Research Associate (Coastal Sediments) - post withdrawn'),

  rej('assessment', ['assessment'], {},
    `Hi Kofi - thanks for doing the SQL test. Unfortunately it wasn't a pass this time, so we won't be moving forward. All the best, Rachel`),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Harriet,

Thank you for sitting the Paralegal written assessment at our offices last week.

Having marked all the scripts, we regret that your assessment did not reach the standard we need to invite you to interview, and we will not be progressing your application. If you would like feedback on your assessment, please reply to this email and I will arrange a short call with one of the supervising solicitors.

Yours sincerely,

Imran Siddiqui
HR Manager
Bramwell Tate Solicitors

Bramwell Tate Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). This email and any attachments are confidential. If you have received it in error, please notify the sender and delete it.`, 'Paralegal vacancy - written assessment'),

  // After one or more interviews
  rej('interview', ['generic'], { ...offered },
    `Hi Noah,

Thank you for taking the time to interview with Fenna and Jorge for the Data Scientist role at Mapleway. We really enjoyed learning more about you and your work.

After a lot of discussion, we've decided not to move forward with your candidacy at this time. We know this isn't the news you were hoping for.

If you'd find it helpful, I'd be happy to share some feedback from the interview team. Just let me know.

Best,
Lucy

Lucy Tran | Recruiting at Mapleway

Powered by Greenhouse`, 'Following up on your Mapleway interviews'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Arnav,

Thanks again for interviewing with us for the Site Reliability Engineer position. The panel really appreciated your clear explanations and your incident-response examples.

Unfortunately, we've decided not to move ahead. The main reason is hands-on Kubernetes experience in production. Our platform runs on several large clusters, and the panel felt that your experience so far, mostly with ECS and some Kubernetes in a lab setting, would mean a longer ramp-up than we can support right now.

We'd really like to stay in touch. Once you've had more time with Kubernetes in production, please apply again; we'd be glad to hear from you.

Best,
Claire Dubois
Engineering Recruiter, Ferrostack`),

  rej('interview', ['culture_fit'], {},
    `Dear Jonathan,

Thank you for attending an interview for the role of Senior Account Manager at Pelham Creative on Wednesday.

After careful consideration, the panel felt that there was not a strong enough alignment with our values and the way our teams work together, and we have therefore decided not to offer you the position.

Thank you for your interest in Pelham Creative, and we wish you well for the future.

Kind regards,
Frances Olley
People & Culture Manager
Pelham Creative Ltd`, 'Senior Account Manager - interview outcome'),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Hi Emma,

Thank you for coming in to interview for the Team Leader - Customer Operations role. It was a pleasure meeting you.

I wanted to let you know that we've offered the position to a colleague from our Leeds contact centre, who has accepted. She already knows our systems and the team, so it was the right decision for us at this time, but it was a close call.

I'm sorry it isn't better news, and I wish you every success.

Best wishes,
Daniel Kerr
Operations Manager, Tern Insurance`),

  rej('interview', ['role_closed'], { ...door },
    `Dear Mr. Haddad,

Thank you for interviewing for the Business Intelligence Developer position with the City of Brookhaven.

Following a reorganization of the Information Technology Department approved by City Council on November 4, the position has been eliminated and the recruitment has been cancelled. No appointment will be made from this recruitment.

We appreciate your interest in public service with the City of Brookhaven and encourage you to apply for future openings at brookhavencity.gov/jobs.

Sincerely,
Human Resources Department
City of Brookhaven`, 'Recruitment #25-118 Business Intelligence Developer - Cancelled'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Ayesha,

Thank you very much for attending the interview for the Senior Marketing Executive position at Calloway & Finch last Thursday, and for the care you clearly took in preparing for it. Rebecca and I enjoyed hearing about your campaign work at Greystone and your thoughts on our spring launch.

We interviewed six candidates for the role, all of a high standard, and the decision was not easy. After much discussion, we have offered the role to another candidate whose experience more closely matched what we are looking for at this point. I appreciate that this will be disappointing.

Should you wish to receive feedback on your interview, I would be very happy to arrange a call. Please just let me know a time that suits you.

Thank you once again for your interest in Calloway & Finch.

With kind regards,
Oliver Grant
Marketing Director, Calloway & Finch`, 'Senior Marketing Executive'),

  rej('interview', ['overqualified'], {},
    `Hi Marguerite,

Thank you for meeting with the team last week for the Office Coordinator role.

Everyone enjoyed speaking with you. After reflecting on the interviews, though, we felt that your level of experience is well beyond what this role calls for, and we're concerned it wouldn't offer you enough challenge. For that reason, we've decided not to move forward.

Thank you again, and best of luck.

Regards,
Bianca Flores
Office Manager, Larkspur Dental Group`),

  rej('interview', ['location'], { ...fb },
    `Dear Minh,

Thank you for interviewing for the Graduate Mechanical Engineer role at Tolland Engineering. The panel enjoyed meeting you.

During the interview, you mentioned that you will need Skilled Worker visa sponsorship once your Graduate visa expires next year. Unfortunately, Tolland Engineering does not hold a sponsor licence and we are not able to offer sponsorship for this role. We are therefore unable to progress your application further.

We are sorry to give you this news and wish you the very best in your career.

Kind regards,
Lisa Harper
HR Advisor, Tolland Engineering Ltd`, 'Graduate Mechanical Engineer - your interview'),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hi Femi,

Thanks for your time on Monday with Charlotte and me. We both enjoyed the conversation about data governance.

Having talked it over, we've decided not to progress. Your expectation of a £72,000 base is quite a bit higher than the band we have signed off for this role, which tops out at £60,000, and we weren't able to get approval to stretch it.

If the budget changes we'd love to pick this up again, and I'll keep you in mind for more senior roles as they come up.

Best,
Joanna Pell
Head of Data, Wrenfield Housing`, 'Data Governance Manager'),

  rej('interview', ['generic'], {},
    `Hi Rosa,

Thank you for interviewing with us on Wednesday. Unfortunately, we have decided to proceed with other candidates for the Events Coordinator position.

We wish you all the best.

Tim

On Fri, Oct 3, 2025 at 2:41 PM Tim Alvarez <tim@brightbarnevents.example> wrote:
> Hi Rosa,
>
> Thanks for applying for the Events Coordinator role! We'd love to invite you for an interview at our office on Wednesday, October 8 at 10:00 AM. You'll meet me and our Events Director, Paula.
>
> Please let me know if that time works.
>
> Best,
> Tim`, 'Re: Interview - Events Coordinator'),

  rej('interview', ['profile_mismatch', 'culture_fit'], { ...fb },
    `Hey Ollie,

Thanks for coming by the office on Thursday and for the thoughtful questions. The team enjoyed meeting you.

I'll be straight with you: we're not going to move forward. Two things came out of the debrief. Your background is mostly at large companies with an established sales machine, and we felt that wasn't the right match for a first sales hire at a seed-stage company. And the team didn't feel there was a natural fit with how we work day to day: very unstructured, lots of context-switching, everyone doing a bit of everything.

None of that is a knock on you. I think you'll do great somewhere with a more defined sales org.

Cheers,
Nikhil

Nikhil Rao | CEO, Bramble Labs`),

  rej('interview', ['generic'], { ...door },
    `Dear Precious,

Thank you for completing your video interview for the 2026 Technology Graduate Programme at Westford Bank.

Your recorded interview has now been assessed, and we're sorry to tell you that we won't be inviting you to the assessment centre on this occasion. We had a very high number of strong applications this year.

We'd encourage you to look at our other early careers opportunities and to apply for any that interest you.

Kind regards,
Westford Bank Early Careers`, 'Your application to the Westford Bank Technology Graduate Programme'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Kwame,

Thank you for attending the second interview for the Graduate Business Analyst position at Harrowgate Software last Tuesday.

I'm afraid we have decided not to offer you the role. The panel were impressed by your technical answers and your walkthrough of the SQL exercise, but felt that your examples of gathering requirements and managing stakeholders came mainly from university group projects, whereas the role needs someone who has already worked directly with business users in a commercial setting, for example during a placement year.

I'd be happy to talk this through over the phone if that would help; just let me know.

Best regards,
Sunita Rao
Talent Manager, Harrowgate Software`),

  rej('interview', ['generic'], {},
    `Dear {{candidate.first_name}},

Thank you for taking the time to interview for the {{job.title}} position with us. We enjoyed getting to know you.

After careful consideration, we have decided to move forward with another candidate for this position. This was a difficult decision, as we met with many talented people.

We appreciate your interest in Sunbeam Home Care and wish you the best in your job search.

Sincerely,
{{recruiter.name}}
Sunbeam Home Care`, 'Thank you for interviewing with Sunbeam Home Care'),

  rej('interview', ['position_filled'], { ...offered },
    `Dear Dr Whitcombe,

Post: Research Fellow in Computational Linguistics (Ref: AC2591)

Thank you for attending interview for the above post on 12 November. I am writing to let you know that, after careful consideration, the panel decided to offer the post to another candidate, who has now accepted.

I appreciate that this will be disappointing news. If you would like feedback on your interview, please contact the Chair of the panel, Professor Helen Marr (h.marr@example.ac.uk), who will be happy to provide it.

Thank you for your interest in the University.

Yours sincerely,
Recruitment Team
Human Resources`, 'Research Fellow in Computational Linguistics (AC2591)'),

  rej('interview', ['generic'], {},
    `Sorry Jess, we've gone with someone else for the bar supervisor job. Thanks for coming in for the chat on Saturday though!`),

  // After the final round
  rej('final', ['generic'], { ...offered, ...door },
    `Hi Aria,

Thanks so much for spending the day with us for your onsite interviews last Thursday. I know a full loop is a big commitment, and the team really enjoyed meeting you.

After the debrief, we've decided not to extend an offer for the Senior Frontend Engineer role. It was a close decision and it doesn't come down to any single interview.

If you'd like to hear more about the panel's feedback, I'm happy to set up a call. And we'd love for you to reapply in the future; plenty of our engineers joined on their second try.

Warmly,
Denise Park
Recruiting, Loomstack`, 'Your candidacy at Loomstack'),

  rej('final', ['skills_gap'], { ...fb },
    `Hi Kieran,

I wanted to call, but I know you're travelling, so I'm writing instead.

You were one of two finalists for the Head of Product role, and it was a genuinely close call. In the end, we've chosen the other candidate, mainly because of her depth of experience in card payments and issuing. She has built products on top of the card networks before, and that is the area where your background is lighter and where we need someone to hit the ground running.

Thank you for all the time you've given us over the last six weeks.

Best,
Ameera

Ameera Haddad | COO, Tillnote`),

  rej('final', ['generic'], { ...offered },
    `Dear Joseph,

Thank you for attending our assessment centre for the Audit & Assurance Graduate Programme 2026 in Birmingham. We hope you found the day a useful insight into life at Baird Moorcroft.

We're sorry to let you know that on this occasion you have not been successful in securing an offer.

We know how much effort goes into reaching this final stage of our process. Your personalised feedback report, covering each of the exercises on the day, will be available in your candidate portal within the next five working days.

We wish you every success in the future.

Kind regards,
Baird Moorcroft Student Recruitment`, 'Assessment Centre outcome - Audit & Assurance Graduate Programme 2026'),

  rej('final', ['culture_fit'], {},
    `Hi Yusuf,

Thank you for coming to our office for the final round for the Customer Success Manager role, and for meeting so many of the team.

After the final round, we've decided not to move forward. While your experience is strong, the team didn't feel there was the right match with our culture and values, which carry a lot of weight in our final conversations.

We appreciate your time and wish you all the best.

Recruiting @ Huddlepoint`, 'Huddlepoint - Customer Success Manager'),

  rej('final', ['position_filled'], { ...door },
    `Dear Chiara,

Thank you for being part of our final round for the Senior Auditor position. I enjoyed our conversation with the CFO on Friday.

I'm writing to let you know that we have made an offer to another finalist, which has been accepted. Please know that you were a very strong candidate throughout.

With your permission, I'd like to keep your CV on file. We expect to open another audit role in the spring and I'd love to reach out then.

Best wishes,
Tom Rees
Group Internal Audit Manager, Marchbank Holdings`),

  rej('final', ['role_closed'], { ...door },
    `Hi Priscilla,

I'm so sorry to be sending this after you've been through every stage of our process, including Monday's final interview with our CEO.

This morning our board decided to freeze all new headcount for the rest of the fiscal year following the loss of a major contract. As a result, the Senior Data Engineer role has been cancelled, and we won't be making a hire.

You were our top candidate. If and when the freeze lifts, you're the first person I'll call, and in the meantime I'm happy to act as a reference or make introductions to people in my network.

Sincerely,
Grant Whitley
VP Engineering, Cirrus Freight`, 'Senior Data Engineer - an update'),

  rej('final', ['generic'], {},
    `Dear Mohammed,

Thank you for your patience while we completed reference checks following your final interview for the Finance Manager role.

We have now concluded the process and have decided not to proceed with your application. We appreciate the time you have invested and wish you well in your career.

Kind regards,
Jane Foster
HR Manager, Redwell Academy Trust`, 'Finance Manager - outcome'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Tessa,

Thanks for making it all the way to the final panel for the Head of Partnerships role. You were one of three finalists.

Late in the process, one of our existing team members applied for the role, and after the final panels the committee decided to go with her. As an internal candidate she brings a lot of institutional knowledge, and that tipped the balance.

I'm sorry this isn't the outcome you were hoping for. Please do stay in touch, and I'll let you know about any roles I think you'd be great for.

Best,
Malik

Malik Ward | Chief Executive, Brightwater Foundation`),

  rej('final', ['generic'], { ...door },
    `Dear Ethan,

Thank you for participating in our Superday for the 2026 Summer Analyst program in Equity Research. We appreciate the time and energy you dedicated to the day.

After careful deliberation, we regret to inform you that we will not be extending an offer. Competition this year was exceptionally strong.

We encourage you to stay connected with us and to consider applying to our Full-Time Analyst program next year.

Best regards,
Campus Recruiting
Ironbridge Capital Markets`, 'Superday outcome - 2026 Summer Analyst, Equity Research'),

  rej('final', ['location'], { ...fb },
    `Dear Victor,

Thank you for attending the final round interviews for the Regional Compliance Manager position in Singapore.

The panel was impressed with your regulatory knowledge. However, the business needs the successful candidate to be based in our Singapore office from the start date in February. As you would need an Employment Pass and are currently in London on a three-month notice period, we are not able to meet that timeline, and we have decided not to proceed with your application.

We thank you for your interest and wish you every success.

Best regards,
Lim Hui Min
Talent Acquisition - APAC, Corvanta`, 'Regional Compliance Manager (Singapore)'),

  rej('final', ['skills_gap'], { ...fb, ...offered, ...door },
    `Dear Sinéad,

Thank you for attending the final stage of our selection process for the Graduate Analyst - Corporate Finance role on 21 October, and for the presentation you gave to the partners. We were delighted to have you with us and hope you enjoyed meeting the team.

We received a record number of applications this year, and reaching the final stage is an achievement in itself. After careful deliberation, I am sorry to say that we will not be offering you a position. The panel particularly valued your presentation, which was clear and well structured, but felt that your answers in the technical interview showed gaps in financial modelling, in particular building a three-statement model and working through a discounted cash flow, which are used from the first week of the role. I would be happy to go through the panel's notes with you in more detail if you would find it helpful, and we would very much encourage you to apply again once you have had the chance to develop these skills; we keep in touch with our final-stage candidates and may contact you about future openings.

Thank you once again for your interest in Ferris Lowe Advisory.

Yours sincerely,
Natasha Bell
Graduate Recruitment Manager, Ferris Lowe Advisory`, 'Graduate Analyst - Corporate Finance: final stage outcome'),

  rej('final', ['generic'], { ...door },
    `Hi Marta, tough call, but we're going with the other finalist. Thank you for everything over the last few weeks. I'll keep you in mind for future openings. Ben`),

  // Paused processes
  hold('application', ['role_closed'], {},
    `Dear Keisha,

Thank you for your interest in the Procurement Specialist position at Alderon Manufacturing.

We want to let you know that this requisition has been placed on hold due to a temporary hiring freeze. Your application has not been declined and will remain active in our system. When the position is reopened, the recruiting team will resume its review and contact you about next steps.

We appreciate your patience.

Alderon Manufacturing Talent Acquisition

Powered by Workday`, 'Update on your application - Procurement Specialist (R-77215)'),

  hold('interview', ['role_closed'], {},
    `Hi Grace,

I hope you're well. I wanted to give you an update on the Content Strategist role, as I know it's been a couple of weeks since your interview with Jamal.

Jamal has had to go on unexpected leave, and we've decided to put the role on hold until he's back in early January rather than make a decision without him. You're still very much in consideration; you're one of the two candidates we'd like to bring back for the final round.

I'm sorry for the delay, and I'll be in touch as soon as we restart.

Best,
Zoe

Zoe Marchetti | People Partner, Inkwell Media`),

  hold('final', ['role_closed'], {},
    `Dear Anders,

Thank you once more for attending the final interview for the Head of Procurement role on 2 December.

I must let you know that our client is currently going through a restructure and the budget for this position is awaiting re-approval by the board. Until that decision is made, which we expect by the end of January, the recruitment is on hold and no appointment will be made. Your application remains under consideration, and I will contact you as soon as I have an update.

I appreciate your patience and understanding.

Kind regards,
Ruth Morgan
Executive Search Consultant, Hallam Search`, 'Head of Procurement - process update'),

  hold('screen', ['location'], { ...fb },
    `Hi Rohan,

Thanks again for the call last week about the Machine Learning Engineer role. The team enjoyed it and we'd like to move you on to the technical interviews.

Before we schedule them, though, we need to confirm that we can support your H-1B transfer. We haven't sponsored a transfer before and our immigration counsel is reviewing it now. We're pausing your application until we hear back, which should be within two to three weeks. You haven't been ruled out; we just don't want to take more of your time until we know.

I'll update you as soon as I hear.

Best,
Nadia

Nadia Feld | Talent, Sparrowhawk AI`, 'ML Engineer - quick update'),

  // ── Part two: Amara Bello's inbox, final-year BSc Economics (Leeds), September 2025 to January 2026
  // 1 Sep
  other(`Hi Amara,

September is here, and so is the start of graduate recruitment season. Here's what's opening this week:

• Kestrel Whitby - Graduate Scheme, Economic Consulting (London, Leeds, Manchester) - opens 1 Sep
• Northmoor Bank - Global Markets Graduate Programme - closes 30 Sep
• Orbis Consulting - Business Analyst Graduate 2026 - rolling deadline
• Moss & Vane - Commercial Graduate Scheme - opens 8 Sep

TOP TIP: Apply early. Many employers recruit on a rolling basis and close their schemes as soon as they've filled their places, so don't wait for the deadline.

Webinar: How to ace online tests - Thursday 11 Sep, 6pm. Save your spot.

You're receiving this because you signed up to GradLadder job alerts.
Manage preferences | Unsubscribe`, 'Graduate schemes opening this week: Big Four, civil service, banking & more'),

  // 3 Sep
  other(`Dear Student,

The Autumn Careers Fair returns on Wednesday 8 October, 11am to 3pm, in the Great Hall. Over 120 employers will be there, including graduate recruiters in finance, consulting, the public sector and tech, many of them looking for final-year students for 2026 graduate roles and summer internships.

Book your free place on Careers Hub to get early access to the employer list and a pre-fair CV check.

Best wishes,
Careers Centre
University of Leeds`, 'Autumn Careers Fair - Wednesday 8 October'),

  // 5 Sep
  other(`Dear Amara,

Thank you for applying for the Graduate Scheme - Economic Consulting 2026 (Leeds) at Kestrel Whitby.

We have received your application and will be in touch shortly with details of the next step, our online assessments.

You can track the progress of your application at any time by logging in to your candidate account.

Best wishes,
Kestrel Whitby Student Recruitment Team`, 'Thank you for your application - Graduate Scheme, Economic Consulting 2026'),

  // 8 Sep
  other(`Dear Amara,

We're pleased to invite you to complete the next stage of our process: two online assessments, a numerical reasoning test (around 25 minutes) and a situational judgement test (around 30 minutes).

Please complete both assessments by 11:59pm on Monday 15 September using the link below. We recommend using a laptop or desktop computer in a quiet place with a stable internet connection.

[Start your assessments]

If you need any reasonable adjustments, please let us know before you start.

Good luck!
Kestrel Whitby Student Recruitment Team`, 'Next step: complete your online assessments'),

  // 10 Sep
  other(`Hi Amara,

Thank you for applying for the 2026 Global Markets Graduate Programme - London (JR-0045521). We have received your application and our Early Careers team will review it carefully.

Because of the high volume of applications we receive, this may take a few weeks. If your skills and experience match our requirements, a member of the team will be in touch about next steps. You can check the status of your application at any time in your Candidate Home account.

Kind regards,
Northmoor Bank Early Careers

Powered by Workday`, 'Thank you for applying to Northmoor Bank'),

  // 12 Sep
  other(`Your job alert for graduate economist in United Kingdom
14 new jobs match your preferences.

Graduate Economist
Calder Economics · London (Hybrid)
Actively recruiting · Easy Apply

Economic Analyst - Graduate Scheme 2026
Pennant Insurance · Leeds
2 connections work here

Junior Research Analyst
Quill Research · Manchester (On-site)
Be an early applicant

Graduate Insight Analyst
Fairway Media · Leeds
Promoted

See all jobs

You are receiving Job Alert emails.
Manage job alerts · Unsubscribe · Help
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`, '"graduate economist": 14 new jobs in United Kingdom'),

  // 17 Sep
  rej('application', ['profile_mismatch'], { ...door },
    `Hi Amara,

Thanks for applying to the Summer Internship 2026 - Data Analyst role at Tallybird, and for telling us why you're interested in fixing small-business payments.

We've reviewed your application and we won't be moving forward this time. We had a lot of applicants and picked the people whose experience was the closest fit for what the data team needs this summer.

We'll keep your details on file and let you know if something comes up that looks like a better match.

Best,
Tallybird Talent Team

Sent with Ashby`, 'Your application to Tallybird'),

  // 19 Sep
  other(`Dear Amara,

Congratulations! We're delighted to let you know that you've been successful in our online assessments, and we'd like to invite you to the next stage: a recorded video interview.

You'll be asked five questions about your motivation for joining Kestrel Whitby and our Economic Consulting team, and about how you approach problems. You'll have 30 seconds to prepare and up to two minutes to answer each question. Please complete the interview by Friday 26 September.

[Start video interview]

Best wishes,
Kestrel Whitby Student Recruitment Team`, "Congratulations - you've been invited to a video interview"),

  // 22 Sep
  rej('application', ['generic'], {},
    `Dear Amara,

Thank you for your interest in the 2026 Global Markets Graduate Programme - London (JR-0045521) at Northmoor Bank.

We have now carefully reviewed your application. Unfortunately, we will not be progressing your application further on this occasion.

We received a very large number of applications for this programme and we appreciate the time you took to apply.

Kind regards,
Northmoor Bank Early Careers

Powered by Workday`, 'Update on your application - 2026 Global Markets Graduate Programme'),

  // 24 Sep
  other(`Hi Amara,

Thanks for registering your interest in Calder Economics on GradLadder. We'd love to invite you to our Virtual Open Evening on Thursday 2 October at 6pm.

You'll hear from our Managing Partner about the economic questions we're working on, from water regulation to competition cases, meet graduates who joined us in the last two years, and find out how our application process works, including our written exercise.

Register here: calder-economics.example/open-evening

We hope to see you there.

The Calder Economics Graduate Team`, 'Invitation: Calder Economics Virtual Open Evening, 2 October'),

  // 29 Sep
  other(`Hi Amara,

There has been an update to the status of your application for Commercial Graduate Scheme 2026 (R-3318) at Moss & Vane.

To view your application status, please sign in to your Candidate Home account:
https://mossvane.wd3.myworkdayjobs.example/Careers/userHome

Thank you,
Moss & Vane Recruitment

This is a system-generated email. Please do not reply.`, 'The status of your application has changed'),

  // 30 Sep
  other(`Hi Amara,

Great news! You've progressed to the next stage of our Commercial Graduate Scheme 2026 process.

The next step is our online Situational Judgement Test, which takes around 25 minutes. It presents realistic scenarios from our stores and head office and asks how you would respond. There's no need to prepare; just be yourself.

Please complete it by 7 October: [Take the assessment]

Good luck,
Moss & Vane Early Careers`, 'Moss & Vane - your online assessment'),

  // 1 Oct
  other(`Dear Amara,

Thank you for completing your video interview. Our team will now review your responses, and we aim to let you know the outcome within two weeks.

In the meantime, you can find out more about life at Kestrel Whitby on our careers blog.

Best wishes,
Kestrel Whitby Student Recruitment Team`, 'We have received your video interview'),

  // 2 Oct
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Amara Bello,

Candidate number: WAG-26-118204

Thank you for completing the online tests for the Whitehall Analytical Graduate Programme 2026 (Economist strand).

We are sorry to tell you that you have not been successful at this stage. To progress, candidates needed to reach the pass mark in both the numerical test and the economic knowledge test. Your results were:

Numerical test: 61% (pass mark 55%) - passed
Economic knowledge test: 48% (pass mark 60%) - not passed

The economic knowledge test covered microeconomics, macroeconomics and the use of economic evidence in policy. Your lowest-scoring section was macroeconomic policy.

You are welcome to apply to the programme again when the 2027 campaign opens next autumn.

Yours sincerely,
WAGP Recruitment Team

Please do not reply to this email. For queries, use the contact form on the programme website.`, 'Whitehall Analytical Graduate Programme 2026 - your online test results'),

  // 6 Oct
  other(`Amara Bello, you have a new message

Hi Amara,

I came across your profile and your economics background caught my eye. I'm working with a growing retail analytics business in Leeds city centre who are hiring two Graduate Data Analysts to start in July or September 2026 (£28,000 + bonus, hybrid).

They're after people who are comfortable with Excel and keen to learn SQL, so no previous experience is needed. Would you be open to a quick 15-minute call this week to hear more?

Best,
Ryan Cole
Graduate Recruitment Consultant, GradStart Recruitment

Reply · View profile

You are receiving InMail notification emails.
Unsubscribe · Help
© 2025 LinkedIn Corporation`, 'Graduate Data Analyst opportunity - Leeds (£28k)'),

  // 8 Oct
  rej('application', ['generic'], {},
    `Dear Amara,

Thank you for applying for the Business Analyst Graduate 2026 role at Orbis Consulting, and for the time you put into your application.

We received more than 9,000 applications for a limited number of places this year. After careful review, we regret that we will not be taking your application forward to the next stage.

Because of the number of applications we receive, we are not able to give individual feedback at this stage of the process.

We wish you every success in your career.

Orbis Consulting UK Recruiting`, 'Your application to Orbis Consulting'),

  // 9 Oct
  other(`Dear Amara,

Thank you for your application for the Graduate Economist role at Calder Economics. We're pleased to invite you to the next stage of our process: a timed written exercise.

You'll receive a short briefing pack on a live policy question and have 90 minutes to write a note of up to 800 words for a non-specialist client. The exercise will be released at 10am on Wednesday 15 October and must be submitted by 11:30am.

Please reply to this email to confirm that you can take part. If that time isn't possible, let us know and we'll try to find an alternative.

Kind regards,
Hattie Lowe
Graduate Recruitment, Calder Economics`, 'Calder Economics - written exercise invitation'),

  // 10 Oct
  other(`Dear Amara,

Congratulations! Following your video interview, we're delighted to invite you to the final stage of our process: a virtual assessment centre on Thursday 6 November, 9:00am to 3:30pm.

The day will include a group exercise, a written case study and an interview with one of our partners. You'll also have the chance to meet some of our current graduates.

Please confirm your place by booking the slot in your candidate account by 17 October. Further details and preparation materials will follow nearer the time.

Best wishes,
Kestrel Whitby Student Recruitment Team`, 'Invitation to our Assessment Centre - Graduate Scheme, Economic Consulting'),

  // 13 Oct
  rej('application', ['position_filled'], { ...door },
    `Dear Amara,

Thank you for applying for the Halden Bank Summer Internship 2026 - Economics & Strategy.

We recruit to this programme on a rolling basis and, because of the exceptional level of interest this year, all places on the programme have now been filled. We are therefore closing the programme to further applications and are unable to consider your application.

We're sorry to share this news. Our 2026 Graduate Programmes remain open, and we'd encourage you to take a look and apply for any that interest you.

Kind regards,
Halden Bank Early Careers`, 'Halden Bank Summer Internship 2026 - application update'),

  // 14 Oct
  other(`This week at the Careers Centre

• CV and application clinics: drop in Monday to Thursday, 12 to 2pm
• Mock assessment centre: Saturday 25 October, book on Careers Hub
• Workshop: Bouncing back from rejection, Wednesday 22 October, 4pm. Heard "unfortunately we will not be progressing your application" one too many times? Join our careers consultants to talk about what rejections do and don't mean, how to ask employers for feedback, and how to keep going.
• Employer spotlight: Pennant Insurance, graduate opportunities in Leeds, Thursday 1pm

Careers Centre, University of Leeds
You are receiving this email because you are a registered student. Manage your preferences on Careers Hub.`, 'Careers Centre weekly: CV clinics, mock assessment centres and handling rejection'),

  // 16 Oct
  other(`Hi Amara,

Thanks for applying for the Graduate Research Analyst role at Quill Research. We'd like to invite you to a 45-minute interview on Microsoft Teams with me and Dev Patel, one of our Associate Directors.

Could you let me know which of these slots works for you?
• Tuesday 28 October, 10:00
• Tuesday 28 October, 14:30
• Thursday 30 October, 11:00

The interview will include some questions about a short data table we'll share on screen, so have a pen and paper handy.

Best wishes,
Ellen Shaw
Talent Coordinator, Quill Research`, 'Interview invitation - Graduate Research Analyst'),

  // 20 Oct
  rej('screen', ['generic'], { ...offered },
    `Hi Amara,

Thanks for the call on Thursday. I really enjoyed chatting about your dissertation and why you're interested in agritech.

We've now spoken to everyone on our shortlist for the Graduate Commercial Analyst role and, after a lot of back and forth, we've decided not to take your application forward. It was a close one.

If it would help to hear why, I'm very happy to give you some feedback over a quick call. Just reply and we'll sort out a time.

Best,
Will Hartley
Co-founder, Ploughshare`, 'Ploughshare - Graduate Commercial Analyst'),

  // 21 Oct
  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Amara,

Thank you for taking part in our written exercise last Wednesday. We know it is a demanding task and we appreciate the effort you put in.

Each exercise is marked by two of our economists, and I'm sorry to say that your note did not reach the standard needed to progress to interview. To pass on some specific comments from the markers: your note summarised the briefing pack accurately and was well written, but it did not come to a clear recommendation for the client, and the discussion of who would bear the cost of the proposed levy, which was the central question in the brief, was quite short compared with the description of the market.

We hope that's useful. We recruit graduates every year and would be very happy to see an application from you in the future.

Kind regards,
Hattie Lowe
Graduate Recruitment, Calder Economics`, 'Calder Economics - Graduate Economist written exercise'),

  // 22 Oct
  other(`Hi Amara,

Thanks for getting back to me so quickly. Unfortunately, the Tuesday 10:00 slot has just been taken by another candidate, so I'm not able to offer it any more. Sorry about that!

Could you do Tuesday 28 October at 14:30 instead? If so, I'll send over a Teams invite today.

Best wishes,
Ellen`, 'Re: Interview invitation - Graduate Research Analyst'),

  // 24 Oct
  rej('application', ['skills_gap'], { ...fb },
    `Dear Amara,

Thank you for your application to the Investment Analyst Graduate Programme at Kingsbridge Partners.

Our programme requires an A grade (or equivalent) in A-level Mathematics, in addition to a predicted or achieved 2:1 degree. As your application shows a B in A-level Mathematics, we are unable to take it forward on this occasion.

We appreciate your interest in Kingsbridge and wish you the very best with your applications.

Yours sincerely,
Graduate Recruitment
Kingsbridge Partners LLP`, 'Your application - Investment Analyst Graduate Programme'),

  // 27 Oct
  other(`Hi Amara,

Here are this week's new opportunities for economics graduates in Yorkshire and London:

Graduate Economic Analyst - Wharfedale Combined Authority - Leeds - closes 9 Nov
Graduate Insight Analyst - Fairway Media - Leeds - closes 14 Nov
Summer Internship 2026 (open to finalists) - Lumen Analytics - Manchester - rolling
Graduate Economist (Regulation) - Dales & Aire Water - Bradford - closes 31 Oct

Deadlines are coming up fast. Don't miss out!

GradLadder · Manage alerts · Unsubscribe`, 'Amara, 23 new roles match your profile'),

  // 31 Oct
  rej('interview', ['generic'], { ...door },
    `Dear Amara,

Thank you for completing your HireVue interview for the Harcourt Lane Summer Internship 2026 (Investment Management, open to final-year students).&nbsp;

Our team has now reviewed your interview, and we regret to let you know that we will not be progressing your application to the next stage. This year's applicant pool was extremely strong and we had to make some very difficult decisions.

We hope you will consider Harcourt Lane again in the future; our graduate programme opens each September.

Kind regards,
Harcourt Lane Early Careers`, 'Harcourt Lane Summer Internship 2026 - update'),

  // 31 Oct
  other(`Hi Amara,

Thank you for speaking with Dev and me on Tuesday. It was lovely to meet you.

We're interviewing a few more candidates this week and expect to make decisions by the end of next week. I'll be in touch either way as soon as I can.

Best wishes,
Ellen`, 'Thank you for interviewing with Quill Research'),

  // 3 Nov
  hold('assessment', ['role_closed'], {},
    `Dear Amara,

Thank you for completing the online assessments for our Economic Analyst Graduate Scheme 2026, and for your patience while we review applications.

We're writing to let you know that we have temporarily paused recruitment to this scheme while the business reviews the number of graduate places for the 2026 intake, following changes to our analytics function. We expect to have an update by mid-December.

Your application has not been rejected and remains active. Once recruitment restarts, we will be in touch to invite successful candidates to the video interview stage.

We're sorry for the delay and thank you for your understanding.

Kind regards,
Pennant Insurance Early Careers`, 'Pennant Insurance Graduate Scheme 2026 - an update on your application'),

  // 4 Nov
  rej('screen', ['location'], { ...fb, ...door },
    `Hi Amara,

Thanks for taking my call on Friday and for telling me more about your dissertation. The work on regional house prices sounds really interesting.

I've spoken to our Head of Analytics and, as we discussed, the Graduate Analyst role is based full-time in our Aberdeen office, where the client team sits. As you said you're looking to stay in Yorkshire or move to London, we don't think it's the right role for you, so we won't be taking your application forward.

If we open a role in our Leeds office next year, I'll let you know.

All the best,
Fiona Grant
People & Talent, Brightside Data`, 'Brightside Data - Graduate Analyst'),

  // 4 Nov
  other(`Dear Amara,

We're looking forward to meeting you at our virtual assessment centre on Thursday.

Please join the Teams call at 8:45am using the link in your calendar invitation. Your timetable for the day:

09:00 Welcome and introductions
09:30 Group exercise
11:00 Written case study (60 minutes)
13:00 Lunch with current graduates
14:00 Partner interview

Please have photo ID ready for the identity check at the start of the day. If you have any technical problems on the day, call the Student Recruitment Team on 0113 496 0734.

Best wishes,
Kestrel Whitby Student Recruitment Team`, 'Your Assessment Centre on Thursday 6 November - joining instructions'),

  // 6 Nov
  rej('assessment', ['assessment'], { ...door },
    `Hi Amara,

Thank you for completing our Situational Judgement Test for the Commercial Graduate Scheme 2026.

We've now reviewed your results and, unfortunately, your score wasn't high enough for you to reach the next stage of our process this time.

We know this will be disappointing. Please don't let it put you off: you're welcome to apply for our other early careers opportunities at any time.

All the best,
Moss & Vane Early Careers Team`, 'Your Moss & Vane application'),

  // 7 Nov
  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Amara,

Thank you again for interviewing with Dev and me for the Graduate Research Analyst role, and for your patience while we finished our interviews.

I'm sorry to say that we've decided not to offer you the role. Dev was impressed with how you talked through the data table, and your dissertation came across really well. Where you fell short of other candidates was on the technical side: the role involves a lot of survey analysis in R or Python from the first month, and you told us you've only used Stata and Excel so far. We felt the candidate we chose could get up to speed faster.

If you'd like to talk through the feedback in more detail, I'd be glad to set up a quick call with Dev.

Best wishes,
Ellen Shaw
Talent Coordinator, Quill Research`, 'Graduate Research Analyst - outcome'),

  // 10 Nov
  other(`Hi Amara,

This is a reminder that your Excel and SQL assessment for Summer Internship 2026 (Data & Insight) at Lumen Analytics expires in 48 hours, at 23:59 on Wednesday 12 November.

The assessment takes around 40 minutes and must be completed in one sitting. Once the link expires, we won't be able to consider your application.

[Continue assessment]

Lumen Analytics Talent Team
Assessments delivered by TestBench`, 'Reminder: your Lumen Analytics assessment expires in 48 hours'),

  // 10 Nov
  other(`Dear Amara,

Thank you for your email. I can confirm that your application for the Graduate Economic Analyst post (ref WCA-2291) has been received and is still under review. Shortlisting will be completed by 21 November, and all applicants will be told the outcome by the end of that week.

Kind regards,
Lorraine Hughes
HR Officer, Wharfedale Combined Authority

From: Amara Bello <amara.bello@example.com>
Sent: 09 November 2025 18:22
To: Recruitment <recruitment@wharfedale-ca.example>
Subject: Graduate Economic Analyst - application status

Hi, I applied for the Graduate Economic Analyst post on 3 November and wanted to check that my application had been received. Many thanks, Amara`, 'RE: Graduate Economic Analyst - application status'),

  // 13 Nov
  other(`Dear Amara,

Following your conversation with Priya from our team earlier today, I'm delighted to confirm that we would like to offer you a place on our Graduate Scheme - Economic Consulting, starting in our Leeds office in September 2026.

Your offer is conditional on you achieving a 2:1 degree and on the successful completion of our pre-employment screening. Your formal offer letter and contract will be available to view and accept in your candidate account within the next few days, and we'd ask you to respond within four weeks.

Congratulations again. Everyone who met you at the assessment centre was impressed, and we're really looking forward to welcoming you.

Warm wishes,
Sophie Adair
Graduate Recruitment Manager, Kestrel Whitby`, 'Congratulations, Amara - your offer from Kestrel Whitby'),

  // 14 Nov
  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Amara,

Thank you for attending our assessment centre in Sheffield on 30 October for the Aldergrove Energy Graduate Programme (Commercial & Trading).

Reaching this final stage of our process is a real achievement, and we were pleased to meet you. However, after reviewing the results of the day, we regret to inform you that we are unable to offer you a place on the programme this year. The assessors felt that other candidates were a closer match to what we look for in our commercial graduates.

We'd be happy to share feedback from the day. If you would like to arrange a 15-minute feedback call with one of our assessors, please reply to this email by 28 November.

Best wishes,
Aldergrove Energy Graduate Recruitment`, 'Aldergrove Energy Graduate Programme 2026 - assessment centre outcome'),

  // 17 Nov
  other(`Hi Amara,

Your offer documents for Graduate Scheme - Economic Consulting 2026 are now available in your candidate account.

Please review your offer letter, contract of employment and privacy notice, and accept your offer electronically by 11 December 2025.

[View and accept my offer]

If you have any questions about your offer, please contact the Student Recruitment Team.

Kestrel Whitby Student Recruitment`, 'Your offer documents are ready'),

  // 19 Nov
  rej('assessment', ['assessment'], { ...fb },
    `Hi Amara,

Thank you for completing the Excel and SQL assessment for our Summer Internship 2026 (Data & Insight).

Unfortunately, your result wasn't quite strong enough for us to progress your application to interview. You did well on the Excel section (18/20), but scored 6/20 on the SQL section; in particular, the questions using joins across several tables and GROUP BY with aggregation were left unanswered or returned the wrong results.

Thanks again for your interest in Lumen, and good luck with the rest of your search.

Cheers,
Lumen Analytics Talent Team`, 'Lumen Analytics - Summer Internship 2026'),

  // 20 Nov
  other(`Dear Amara Bello,

Kestrel Whitby has asked Vettora Screening to carry out pre-employment checks as part of your offer of employment.

Please log in to the Vettora candidate portal within 5 working days to:
• upload proof of your right to work in the UK (passport or share code)
• give details of your education since age 16 and any employment in the last 3 years
• provide contact details for two referees
• consent to a basic criminal record check

Your unique reference: VS-5527813

If you have any questions, reply to this email or call our candidate helpline.

Vettora Screening Services Ltd`, 'Action required: complete your pre-employment screening for Kestrel Whitby'),

  // 21 Nov
  other(`Dear Amara,

Thank you for attending our final assessment for the LocalWorks National Graduate Programme.

You performed well on the day and met the standard for appointment. However, the number of candidates who met the standard is greater than the number of council placements currently available, so we have placed you on our reserve list. If a placement becomes available, we will contact you in order of assessment score, and we expect to make any reserve offers by the end of March 2026.

You do not need to do anything at this stage.

Best wishes,
LocalWorks Graduate Programme Team`, 'LocalWorks National Graduate Programme - reserve list'),

  // 24 Nov
  other(`Dear Amara,

Thank you for accepting your offer to join our Graduate Scheme - Economic Consulting in September 2026. We're thrilled that you'll be joining us!

What happens next:
1. Complete your pre-employment screening with Vettora, if you haven't already.
2. Join our offer-holder community on the Kestrel Whitby Futures app, where you can meet the rest of your intake.
3. Look out for an invitation to our offer-holder evening in January.

We'll keep in touch throughout the year. In the meantime, good luck with your final year!

Kestrel Whitby Student Recruitment`, 'Offer accepted - welcome to Kestrel Whitby!'),

  // 25 Nov
  other(`Dear Amara,

Thank you for letting us know that you wish to withdraw your application for the Graduate Economic Analyst post (ref WCA-2291). I have withdrawn your application as requested, and it will not be considered further.

Congratulations on your offer, and best wishes for your future career. Please do look at our vacancies again in the future.

Kind regards,
Lorraine Hughes
HR Officer, Wharfedale Combined Authority`, 'RE: Withdrawal of application - WCA-2291'),

  // 26 Nov
  rej('interview', ['internal_candidate'], {},
    `Dear Amara,

Thank you for attending an interview for the Graduate Economist (Regulation) role on 12 November.

After careful consideration, the panel decided to go with an internal candidate, one of our degree apprentices, who has spent the past year working in the regulation team. I know this will be disappointing, especially as your interview was a strong one.

Thank you for your interest in Dales & Aire Water.

Kind regards,
Gareth Pryor
Regulatory Economics Manager, Dales & Aire Water`, 'Graduate Economist (Regulation) - interview outcome'),

  // 28 Nov
  rej('screen', ['role_closed'], { ...door },
    `Hi Amara,

Thanks for our chat a couple of weeks ago about the Graduate Data Analyst roles with my retail analytics client.

I've just heard from them that they've cut their graduate intake for 2026 and won't be hiring any graduate analysts after all, so unfortunately the roles are no longer going ahead. Really sorry, I know you were keen.

I'll keep your CV on file and give you a shout if anything similar comes up in Leeds.

Cheers,
Ryan

Ryan Cole | Graduate Recruitment Consultant
GradStart Recruitment`, 'Graduate Data Analyst roles - update'),

  // 1 Dec
  other(`Hi Amara,

Still looking for your graduate role? You're not too late. Over 30 graduate schemes close before Christmas, and many more open again in January.

Closing soon:
• Saxon Rail - Graduate Scheme, Economics & Planning - closes 5 Dec
• Marlowe Group - Finance & Strategy Graduate Scheme - closes 12 Dec
• Pennant Insurance - Economic Analyst Graduate Scheme - applications paused

Read: "I got 14 rejections before my offer" - a graduate's honest story of the application season.

GradLadder · Manage alerts · Unsubscribe`, 'Still looking? 30+ graduate schemes closing soon'),

  // 5 Dec
  rej('application', ['role_closed'], {},
    `Dear Amara,

Thank you for applying to the Marlowe Group Finance & Strategy Graduate Scheme 2026.

Because of changes to our business plans for next year, we have made the difficult decision not to run the Finance & Strategy scheme in 2026. This means we are closing all open applications, including yours, and will not be making any offers for this scheme.

We're sorry for any disappointment this causes, and thank you for your interest in Marlowe Group.

Kind regards,
Marlowe Group Early Careers`, 'Marlowe Group Finance & Strategy Graduate Scheme 2026'),

  // 8 Dec
  other(`Hi Amara,

Recently you applied for a role at Northmoor Bank. Whatever the outcome, we'd love to hear about your experience as a candidate.

The survey takes about 3 minutes and your answers are anonymous.

[Start the survey]

Thank you for helping us improve.
Northmoor Bank Early Careers`, 'How was your experience applying to Northmoor Bank?'),

  // 10 Dec
  other(`Dear Amara,

We'd love you to join us for our Offer-Holder Evening at our Leeds office on Thursday 22 January, 5:30pm to 8pm.

It's a chance to meet the rest of your September 2026 intake, hear from last year's graduates about their first few months, and ask our partners anything you like. Food and drinks will be provided.

Please RSVP through the Kestrel Whitby Futures app by 9 January.

See you there!
Kestrel Whitby Student Recruitment`, "You're invited: Kestrel Whitby Offer-Holder Evening, 22 January"),

  // 12 Dec
  rej('application', ['generic'], {},
    `Dear Amara, thank you for applying to the Saxon Rail Graduate Scheme (Economics & Planning). Unfortunately you have not been shortlisted on this occasion. Saxon Rail Graduate Recruitment`, 'Saxon Rail Graduate Scheme - application outcome'),

  // 18 Dec
  other(`Dear Amara,

We're pleased to let you know that your pre-employment screening for Kestrel Whitby is now complete and the results have been shared with them.

No further action is needed from you.

Vettora Screening Services Ltd`, 'Your screening is complete - VS-5527813'),

  // 8 Jan
  rej('interview', ['position_filled'], {},
    `Hi Amara,

Happy new year, and apologies for the slow reply. Things got hectic before the break.

We offered the Graduate Insight Analyst role to another candidate just before Christmas and she has accepted, so I'm afraid we won't be taking your application any further. Thank you for your patience and for the time you gave us at interview.

Best,
Kirsty Mendes
Insight Director, Fairway Media

On 5 Jan 2026, at 10:14, Amara Bello <amara.bello@example.com> wrote:

Hi Kirsty,

I hope you had a lovely Christmas. I interviewed for the Graduate Insight Analyst role on 2 December and wanted to follow up on the outcome. I'm still very interested in the role.

Best wishes,
Amara`, 'Re: Following up - Graduate Insight Analyst interview'),

  // 12 Jan
  other(`Your job alert for economic analyst in Leeds
6 new jobs match your preferences.

Economic Analyst
Pennant Insurance · Leeds (Hybrid)
Actively recruiting

Graduate Pricing Analyst
Tern Insurance · Leeds
Be an early applicant

Junior Economist
Wharfedale Combined Authority · Leeds
3 connections work here

See all jobs

You are receiving Job Alert emails.
Manage job alerts · Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.`, '"economic analyst": 6 new jobs in Leeds'),

  // 15 Jan
  other(`Dear Amara,

Happy new year from everyone at Kestrel Whitby! A few things to help you get ready for September:

• Your start date is confirmed as Monday 7 September 2026, at our Leeds office.
• Your offer remains conditional on your final degree result. Please send us your degree certificate or transcript when you receive it.
• Our Offer-Holder Evening is on Thursday 22 January. If you haven't RSVPed yet, there's still time.

If your circumstances change, or you have any questions at all, just get in touch.

Best wishes,
Kestrel Whitby Student Recruitment`, 'Getting ready for September: your start date and next steps'),
];
