/**
 * Development messages of the ninety-seventh round: declines and paused processes set beside mail that borrows their
 * regretful, careful words and declines nothing. Rescheduled interviews, apologies for slow replies, a manager off
 * sick, job alerts whose listings have closed, the candidate's own withdrawal confirmed, requests for missing
 * documents, missed phone calls, profiles archived for inactivity, renamed roles and warnings about application
 * volume sit next to real rejections at every stage and for every reason, told plainly or evasively, and next to
 * processes that are frozen or delayed while the candidate is still in them. Senders range from tracking-system
 * templates and HR letters to agency recruiters, hiring managers and founders writing by hand.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('d97-');

export const HANDWRITTEN_DEV_97: readonly CorpusLine[] = [
  // ── Look-alikes: rescheduling
  other(`Hi Anouk,

Unfortunately we need to move your interview with Pieter on Thursday - he has been pulled into a client workshop that afternoon. Could you do Monday 14:00 or Tuesday 10:30 instead? Same video link.

Apologies for the shuffle,
Marloes de Wit
Recruitment, Veldhuis Engineering B.V.`, 'Change to your interview time'),

  other(`Dear Mr. Okonkwo,

We regret the delay in getting back to you. Your application for the position of Finance Business Partner (ref. FBP-2291) is still under review and we expect to contact shortlisted candidates by the end of the month.

Thank you for your patience.

Human Resources
Ashgrove Healthcare Trust`, 'Your application - FBP-2291'),

  other(`Hi Sam,

Sadly Rhiannon (the hiring manager) is off sick this week, so we'll be in touch next week to set up your second interview. Nothing has changed on our side - she was really keen after your first chat.

Cheers,
Owen | Talent Partner, Gullwing Games`, 'Second interview'),

  other(`JOB ALERT: 6 new jobs for "data analyst" near Leeds

Data Analyst - Harrow & Lyle Retail - Leeds - This job is no longer accepting applications
Junior Data Analyst - Northcote Water - Bradford - Posted 2 days ago
Insight Analyst - Penmore Bank - Leeds - This job is no longer accepting applications
BI Developer - Caldor Systems - Remote - Posted today
Analytics Engineer - Fennick - Leeds - Posted 5 days ago
Reporting Analyst - Lumen Housing - Wakefield - Posted 1 week ago

You're receiving this email because you created a job alert. Manage alerts | Unsubscribe`, '6 new jobs for "data analyst"'),

  other(`Hi Daniela,

Thanks for letting us know that you've accepted another offer - we're sorry to see you go, but congratulations! We've withdrawn your application for the Product Designer role as you asked.

All the best with the new job,
Kasia
People team, Tandemly`, 'Re: Withdrawing my application'),

  other(`Dear Applicant,

Your application for Staff Nurse - Ward 7 (Ref 4417-SN) is incomplete. Unfortunately we cannot progress it until you upload a copy of your NMC registration certificate. Please do this by Friday 17:00 via the candidate portal.

This is an automated message. Please do not reply.
NHS Jobs on behalf of Riverside Community Hospital`, 'Action required: your application is incomplete'),

  other(`Hello Farid,

We were unable to reach you by phone today regarding your application for Warehouse Team Leader. Could you let us know a good time to call back tomorrow? It should only take 15 minutes.

Thanks,
Gemma Holt
Recruitment Coordinator, Brandt Logistics`, 'Missed call - Warehouse Team Leader'),

  other(`Hi Tomasz,

Your candidate profile on the Orvane Careers site has not been updated for 12 months and has been archived. If you would like to keep it active and continue receiving job matches, simply log in within the next 30 days.

Regards,
Orvane Careers

Please do not reply to this email.`, 'Your profile has been archived'),

  other(`Dear Leila,

A quick note to let you know that the role you applied for, "Marketing Executive", has been renamed "Growth Marketing Executive" following an internal review of job titles. The responsibilities are unchanged and your application remains active - there is nothing you need to do.

Kind regards,
Talent Acquisition
Bramwell & Stokes`, 'Update on your application'),

  other(`Thank you for applying to Customer Success Manager at Quillpoint.

We have received a very high number of applications for this role, so it may take longer than usual for us to respond. Every application is read by a member of our team and we will be in touch either way.

The Quillpoint Recruiting Team
Powered by Teamtailor`, 'Thanks for applying!'),

  rej('application', ['generic'], { ...door },
    `Dear Joanna,

Thank you for applying to the Harbourview Graduate Leadership Programme. Places in the first cohort (starting in March) were extremely limited and you have not been selected for it. You remain on our waiting list for the second cohort in September, and we will contact you in June about that intake.

Best wishes,
Graduate Recruitment Team
Harbourview Group`, 'Graduate Programme - cohort 1 outcome'),

  // ── Rejections
  rej('application', ['generic'], {},
    `Hi Ravi, thank you for your interest in Solvane. Unfortunately we will not be moving forward with your application at this time. We wish you the best in your search.`, 'Your application to Solvane'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Chloé,

Thank you for taking the time to apply for the Account Manager position at Berrington Media. We have reviewed your application carefully, and regret that on this occasion your profile does not closely match what we are looking for.

We will keep your details on file and may contact you should a more suitable opportunity arise.

Kind regards,
Berrington Media HR`, 'Account Manager - Berrington Media'),

  rej('application', ['skills_gap'], { ...fb },
    `Hello Mateus,

Thanks for applying for the Electrical Site Supervisor job. The role requires a valid 18th Edition wiring regulations certificate and an SMSTS card, and from your CV we couldn't see either, so sadly we can't take your application further.

Regards,
Diane Pryce
Kestrel Building Services`, 'Electrical Site Supervisor'),

  rej('screen', ['location'], { ...fb },
    `Hi Nadia,

Thanks again for the call on Tuesday, it was good to hear about your work at Lightforge. I've spoken to the hiring manager and unfortunately the team needs someone in the Munich office at least three days a week, and since you mentioned you're not able to relocate from Lisbon, we won't be able to take things further.

Sorry it's not better news.
Jonas Richter
Recruiter, Alpenstack GmbH`, 'Follow-up from our call'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Cormac,

Really appreciated the chat yesterday. I've had a word with the client and I'm afraid the gap between your expectation of 95k and their ceiling of 78k is too big for them to bridge on this one, so they've decided not to progress.

I'll definitely keep you in mind for senior roles that come through - there are a couple in the pipeline.

Cheers,
Aoife Brennan
Senior Consultant | Harlow Reid Recruitment
This email and any attachments are confidential and intended solely for the addressee.`, 'Re: Platform Lead role'),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Mr. Lindqvist,

Thank you for meeting with us last week. We were genuinely impressed by your twenty years leading engineering departments. Having reflected, we feel that the Team Lead role, which manages four developers, would not make full use of that experience and that you would likely find it too narrow. For that reason we have decided not to proceed.

With kind regards,
Elsa Berg
CTO, Nordvik Analytics`, 'Team Lead position'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jordan,

Thank you for coming in to meet Aisha and Ben. They enjoyed the conversation, but we're a small team where everyone pairs most of the day, and from what you told us you do your best work heads-down and on your own. We don't think that would be a good match for you or for us, so we won't be moving forward.

Best,
Lara Kim
Co-founder, Pollen Labs`, 'Thanks for coming in'),

  rej('final', ['position_filled'], {},
    `Dear Hamid,

Thank you for attending the final interview day at our Rotterdam office. I'm writing to let you know that we have offered the position to another candidate, who has accepted.

Kind regards,
Sophie van Leeuwen
HR Business Partner, Maasport Terminals`, 'Outcome: Operations Planner'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

Thank you for your application for the role of Procurement Analyst (Req #88213). Due to a change in business priorities, this requisition has been cancelled and we will not be proceeding with any applications.

This mailbox is not monitored.
Talent Acquisition | Greyfield Industries`, 'Req #88213 - status update'),

  rej('interview', ['internal_candidate'], {},
    `Hi Beatriz,

I wanted to let you know personally that we've filled the Learning & Development Lead post with a colleague from our Porto office who applied internally. Thank you for the time you gave us in the two interviews.

Warm regards,
Rui Fonseca
Head of People, Marinha Software`, 'L&D Lead'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Kwame,

Thank you for completing the HackerRank assessment for the Backend Developer role. Your score was 52%, and the threshold to progress to interviews is 70%. The two algorithm questions passed, but the SQL section had no passing test cases. Unfortunately this means we won't continue with your application.

Best regards,
Recruiting, Tessary`, 'Your Tessary assessment result'),

  rej('assessment', ['assessment'], {},
    `Dear applicant,

Thank you for completing our online numerical and verbal reasoning tests. We regret to inform you that your results did not meet the required standard for progression in the 2025 Analyst Programme.

Yours sincerely,
Early Careers Team
Caldwell Thorne LLP`, 'Analyst Programme - online test results'),

  rej('application', ['location'], { ...fb },
    `Hi Arjun,

Thank you for applying to the Support Engineer role. This position is only open to candidates who already have the right to work in Canada, and we are unfortunately not able to sponsor work permits at this time. Since your application indicates you would require sponsorship, we can't move forward.

Best,
The Northlight team`, 'Your Northlight application'),

  rej('interview', ['salary'], { ...fb, ...offered },
    `Hi Gabriela,

Thanks for talking with Marco and me on Friday. We both liked you a lot. The honest reason we're not going further is money: you told us you'd need at least 120k and the budget for this role is fixed at 100k, and there's no flexibility this year.

If you want to talk it over or hear more from the interview, just ping me.

Andrea
Hiring Manager, Finch Robotics`, 'Re: Controls engineer'),

  rej('final', ['culture_fit'], {},
    `Dear Imogen,

Thank you for spending the day with us at the final stage. After a lot of discussion the panel concluded that there wasn't a strong enough alignment with our values and ways of working, and so we won't be offering you the position.

Best wishes,
Rosalind Hart
People Director, Oakmere Trust`, 'Final stage outcome'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Viktor,

Thanks for your application for Junior QA Tester. With your twelve years in test automation and team leadership, we think you're far more experienced than this entry-level position needs, and we'd worry it wouldn't hold your interest. We'd love to see you apply for a senior role with us when one opens.

Kind regards,
Talent Team, Brightwater Apps`, 'Junior QA Tester'),

  rej('interview', ['position_filled'], {},
    `Hi Luca, quick update - we've made an offer for the Sales Engineer role and it has been accepted, so we're closing the process. Thanks for your time in the interviews. - Peter`, 'Sales Engineer'),

  rej('screen', ['internal_candidate'], {},
    `Hello Yasmin,

Thank you for the phone call last week. Since then, a member of our existing team has expressed interest in the Payroll Specialist role and we've decided to appoint internally. I'm sorry to be the bearer of this news.

Regards,
Colette Marsh
HR Advisor, Linden Foods`, 'Payroll Specialist'),

  rej('application', ['role_closed'], { ...door },
    `Hi Siobhan,

I'm sorry to let you know that the Community Manager role has been put on hold indefinitely as part of a wider restructure of the marketing team, so we are closing all applications. We'd genuinely encourage you to apply again when we start hiring again - keep an eye on our careers page.

Thanks,
Mae
Folio & Fern`, 'Community Manager update'),

  rej('interview', ['role_closed'], {},
    `Dear Mr. Haddad,

Further to your interview on 3 June, I must inform you that, following a budget review, the position of Regional Compliance Officer will not be filled this year. We are therefore unable to progress your application.

Yours sincerely,
N. Farouk
Human Resources Department
Gulfstar Trading LLC`, 'Regional Compliance Officer'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Ms Adebayo,

Thank you for your application for the post of Pharmacist. Candidates must hold registration with the Pharmaceutical Society of Ireland and be fluent in Irish for this Gaeltacht post, and be based within commuting distance of Letterkenny. We were unable to confirm either from your application, so regretfully we cannot shortlist you.

Yours sincerely,
Recruitment Office, Donegal Community Pharmacies`, 'Application - Pharmacist'),

  rej('interview', ['profile_mismatch'], {},
    `Hi Ellie,

Thank you for interviewing with us for the Content Strategist position. We met several strong candidates and, after careful consideration, decided to move forward with someone whose experience more closely matches the needs of the role.

Best wishes,
Hollis & Drew Talent`, 'Content Strategist'),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Takeshi,

Thank you for your time during our onsite last Thursday. It was a difficult decision, but we will not be extending an offer for the Staff Engineer role.

If you'd like feedback, reply to this email and I'll set up a call with the hiring manager. We'd also welcome an application from you in the future.

Best,
Megan Ortiz
Recruiting, Cobaltline`, 'Your Cobaltline onsite'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Noor,

Thanks for the case study. The team felt the financial model was solid but the market sizing lacked any bottom-up analysis, and the role needs someone comfortable with SQL from day one - the data pull in the exercise was done by hand in Excel. On that basis we're not going to take you to interview.

Kind regards,
Dominic Alvarez
Strategy Lead, Perrin Capital`, 'Case study'),

  rej('application', ['generic'], {},
    `<html><body><p>Dear Candidate,</p><p>Thank you for your interest in a career with Vantage Mutual. After careful review, we have decided not to move forward with your candidacy for <b>Claims Handler II</b>.</p><p>We appreciate your interest and wish you success.</p><p style="font-size:10px">Please do not reply to this message. Powered by Workday.</p></body></html>`, 'Your application for Claims Handler II'),

  rej('screen', ['overqualified'], { ...fb },
    `Hey Rachel - thanks for the call this morning. Honest take from Jamie (hiring manager): with your background running a whole clinic, he thinks the receptionist role would be a big step down and you'd be bored within weeks, so he'd rather not progress. Sorry! Let me know if you want me to look at practice manager roles for you. - Tash, MedStaff Recruitment`, 'Receptionist role'),

  rej('interview', ['location', 'salary'], { ...fb },
    `Dear Oliver,

Thank you for your interviews for the Architectural Technologist role. We have decided not to proceed. The two practical obstacles were that you would need to relocate from Glasgow to Exeter, for which we cannot offer a relocation package, and that your salary expectation of £48,000 is above the £40,000 we have budgeted.

Kind regards,
Harriet Vale
Practice Manager, Vale Lyon Architects`, 'Architectural Technologist'),

  rej('final', ['internal_candidate'], { ...door },
    `Hi Selin,

You were one of the final two candidates for the Head of Finance role, and I know that's not what you want to hear now. In the end the board chose to promote our current Financial Controller into the role. We'd like to stay in touch and keep you in mind for future positions.

Best regards,
Emre Kaya
CEO, Bosphor Textiles`, 'Head of Finance'),

  rej('application', ['position_filled'], {},
    `Hello,

Thank you for applying for the Bar Staff vacancy at The Copper Kettle. The position has now been filled.

Thanks
Mark`, 'Bar staff'),

  rej('application', ['profile_mismatch'], {},
    `Hi Hannah,

Thanks for your interest in joining Plinth. We've reviewed your application for the Growth PM role and unfortunately we don't think it's the right fit at this time.

The Plinth Team

--
You received this email because you applied via plinth.io/careers. Sent by Ashby.`, 'Your application to Plinth'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Sipho,

Thank you for interviewing for the Senior Data Engineer position. The panel valued your pipeline experience, but the role requires hands-on production experience with Spark and Databricks, which you told us you have only used in coursework. We will not be progressing your application, but please do consider applying for future roles with us.

Kind regards,
Thandiwe Mokoena
Talent Acquisition, Kopano Financial Services`, 'Senior Data Engineer'),

  rej('interview', ['culture_fit', 'profile_mismatch'], {},
    `Hi Mikael,

Thanks for coming to meet the team. We've decided to go with candidates who we feel are a better match, both in experience and in how they'd fit with the team's culture.

All the best,
Ingrid`, 'Re: Interview follow up'),

  rej('assessment', ['generic'], {},
    `Dear Paulo,

Thank you for your patience while we completed the pre-employment checks for the Customer Service Advisor role. Unfortunately, following the outcome of your background screening, we are unable to proceed with your application.

Regards,
Onboarding Team
Teleway Contact Centres`, 'Pre-employment checks'),

  rej('application', ['location'], {},
    `Thanks for applying to Remote Frontend Engineer at Drift & Loom. Unfortunately, we are currently only able to hire in countries where we have an entity, and your location is not one of them. Best of luck!`, 'Drift & Loom application'),

  rej('final', ['salary'], { ...fb },
    `Dear Kaveh,

Thank you for the final interview with our managing partners. They were impressed, and this was a very close decision. However, the package you requested (€140,000 plus equity) is substantially beyond what we can offer for this role, and after trying to find a way to meet it, we have decided to proceed with another finalist.

Yours sincerely,
Anja Weber
Talent Lead, Lindqvist & Weber Partners`, 'Final interview outcome'),

  rej('interview', ['role_closed', 'internal_candidate'], {},
    `Hi Dev,

I'm sorry for the silence after your interview. The team has been reorganised and the Product Analyst position has been absorbed into an existing role held by a current member of staff, so we won't be recruiting for it externally.

Sorry again,
Greta Olsen
Analytics Director, Fjordline`, 'Product Analyst'),

  rej('screen', ['generic'], {},
    `Hi Marisol, thanks for your time on the phone on Monday. We've decided not to move you forward to the next stage. Best of luck.`, 'Next steps'),

  rej('application', ['overqualified'], {},
    `Dear Dr. Osei,

Thank you for applying for the Laboratory Technician role. Having reviewed your CV we feel your experience and qualifications are significantly beyond the level of this position, and we have therefore decided not to take your application further.

Yours sincerely,
Recruitment, Elmhurst Diagnostics`, 'Laboratory Technician application'),

  rej('final', ['assessment'], { ...fb },
    `Dear Clara,

Thank you for attending our assessment centre on 12 March. Your group exercise and interview scores were strong, but your written analysis exercise scored 2 out of 5, below the minimum of 3 we need in each exercise. For this reason we can't offer you a place on the 2025 Audit graduate scheme.

Best wishes,
Graduate Recruitment, Whitford Sands`, 'Assessment centre result'),

  rej('interview', ['generic'], { ...offered },
    `Dear Aleksandra,

Thank you for interviewing for the position of Legal Counsel. Unfortunately, you have not been successful on this occasion.

Should you wish to receive feedback, please contact me on 020 7946 0321.

Regards,
Philippa Grant
HR Manager, Crossway Legal`, 'Legal Counsel interview'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Joe, thanks for reaching out about the Welder/Fabricator role. We need someone coded to ASME IX with at least 5 years on pipework, and you've got 2 from what I can see, so it's a no from us this time. Cheers, Gav - Brennan Fabrication`, 'Welder'),

  rej('interview', ['culture_fit'], {},
    `Dear Finn,

We really enjoyed meeting you. After reflection we don't feel that this is the right cultural fit at this stage, and we won't be taking your application further.

Kind regards,
Wren & Ash Studio`, 'Designer role'),

  rej('assessment', ['position_filled'], {},
    `Hi Irene,

Thanks for sending the writing task back so quickly. Unfortunately in the meantime we've filled the Copywriter position, so we won't be reviewing the task further. Sorry for the wasted effort.

Best,
Holly, Tinder Box Agency`, 'Copywriter task'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Andrés,

Following our call last week, I've just heard from the client that the Head of Sales search has been paused while they go through an acquisition, and they've asked us to close the process with all candidates. I'll be in touch if it reopens, or with anything else that suits you.

Best,
Claudia Romero
Partner, Sierra Search`, 'Head of Sales search'),

  rej('interview', ['location'], { ...fb },
    `Hello Priyanka,

Thank you for your time in the interviews. As discussed, this role requires on-site presence at our Pune plant five days a week, and you let us know you can only commit to hybrid working from Bengaluru. We therefore will not be proceeding further with your candidature.

Regards,
HR Department, Sahyadri Auto Components Pvt Ltd`, 'Candidature update'),

  rej('application', ['salary'], { ...fb },
    `Hi Bruno,

Thanks for applying to the Operations Associate role. You listed an expected salary of R650,000, and the range for this role is R380,000-R420,000, so we don't think we can make it work and won't be progressing your application.

Regards,
Capewise Recruitment`, 'Operations Associate'),

  rej('final', ['overqualified', 'salary'], { ...fb },
    `Dear Mr. Marchetti,

Thank you for taking part in our final panel. The panel felt that, with your experience as a CFO in two listed companies, the Finance Manager role would be well below your level, and that we couldn't offer a salary close to your current package. We have therefore chosen not to offer you the position.

Kind regards,
Francesca Neri
HR Director, Tessuti Riuniti S.p.A.`, 'Finance Manager - final panel'),

  rej('application', ['internal_candidate'], {},
    `Dear applicant,

Thank you for your application for the post of Deputy Head of Science. We write to let you know that the post has been filled by an internal appointment.

Yours faithfully,
The Headteacher's PA
St Aldric's Academy`, 'Deputy Head of Science'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Nia,

Thanks for the time you spent with us over the two interviews. We've now hired for the Partnerships Manager role, so I'm closing out your application. It was great to meet you and I'd love to reconnect when we hire again in the new year.

Warmly,
Tess
Head of Partnerships, Greenlane`, 'Partnerships Manager'),

  rej('screen', ['culture_fit', 'skills_gap'], { ...fb },
    `Hi Mo,

Thanks for speaking with me yesterday. I've passed your details to the team and they don't think it's the right fit: they need someone with at least three years of B2B SaaS closing experience, and they're a very high-activity, target-driven sales floor, which you said isn't the environment you enjoy.

Best,
Jess Ward
Talent, Upscale HQ`, 'Sales role'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Dear Henrik,

Many thanks for attending the interview for the post of Project Manager.

We had a large field of candidates and, whilst you interviewed well, other candidates were stronger on this occasion. I am happy to provide feedback if you would find it useful. We would be pleased to receive an application from you for future roles.

Yours sincerely,
Alison Reed
Recruitment Officer, Thamesmead Council`, 'Interview outcome - Project Manager'),

  // ── Paused processes
  hold('interview', ['role_closed'], {},
    `Hi Ayesha,

Thank you for your patience since your interview. I wanted to be upfront: the company has put a temporary freeze on all new hires until the end of Q1 while the budget is finalised. Your application hasn't been rejected - you're still our preferred candidate and we'll pick things up as soon as the freeze lifts.

Best,
Claire Dunn
Talent Partner, Orbital Health`, 'Update on the Clinical Data Manager role'),

  hold('application', ['generic'], {},
    `Dear Candidate,

We are writing to let you know that the recruitment timetable for the position of Policy Officer (Ref PO/24/113) has been delayed. Shortlisting will now take place in the week commencing 9 December. Your application remains under consideration.

Regards,
Recruitment Team, Office of the Ombudsman`, 'Delay to recruitment timetable'),

  hold('final', ['role_closed'], {},
    `Hi Graham,

Sorry to go quiet after the final round. The leadership team has paused this role while they review the structure of the department. No decision has been made on candidates, and you're still very much in the running. I'll update you as soon as I hear more - realistically in two or three weeks.

Sarah Okafor
Recruitment Lead, Meridian Trust`, 'Re: Head of Estates'),

  hold('screen', ['generic'], {},
    `Hi Lena, quick one: the hiring manager is travelling for the next fortnight so the next round is on pause until she's back. Nothing's changed with your application - I'll be back in touch around the 20th. Cheers, Rob (Brightpath Recruitment)`, 'Quick update'),

  hold('assessment', ['role_closed'], {},
    `Dear Tomasz,

Thank you for submitting your technical assignment. Unfortunately, the project this position supports has been put on hold by our client, and we have had to pause the recruitment process. We are not closing your application; we will review your assignment once the project restarts, which we currently expect in February.

Kind regards,
Kinga Nowak
HR, Vistula IT Solutions`, 'Recruitment process paused'),

  hold('interview', ['generic'], {},
    `Dear Ms Fairweather,

We apologise for the delay following your interview on 4 November. The panel has not yet been able to meet to make a final decision due to annual leave. We hope to let all candidates know the outcome by 29 November.

Yours sincerely,
HR Services, University of Castlebridge`, 'Lecturer in Economics - delay'),

  hold('application', ['role_closed'], {},
    `Hi Emeka,

Thank you for applying for the Field Engineer vacancy. The role is currently on hold while we confirm a new contract, so we are not reviewing applications for the moment. Your application is saved and we will contact you when the vacancy is reopened.

Regards,
Talent team, Sunvolt Energy`, 'Field Engineer vacancy'),

  hold('final', ['generic'], {},
    `Hey Priya,

I know you were expecting a decision this week after the final interview - apologies. Our CEO wants to meet both remaining finalists before we decide, and his diary is rammed until mid-month. You're definitely still in it. Could you hold on a bit longer? I'll send times for a 30 minute chat soon.

Thanks for bearing with us,
Nick
Founder's Office, Lumo`, 'Still here!'),

  hold('interview', ['role_closed'], {},
    `Dear Andrei,

I regret to inform you that the Business Analyst recruitment has been suspended pending the outcome of our internal reorganisation. This is not a decision on your application, which will remain open. We anticipate resuming the process in the new year, and I will contact you directly at that time.

Kind regards,
Mihaela Popescu
HR Manager, Dacia Logistic SRL`, 'Business Analyst recruitment'),

  hold('screen', ['generic'], {},
    `Hi Jules,

We're sorry for the wait since your call with Fran. We're a little behind, as the team is finishing a big release, and we're holding all next-stage interviews until the week of the 14th. You're still in the process and you don't need to do anything.

Best,
Recruiting at Paperkite`, 'Your application at Paperkite'),

  hold('application', ['generic'], {},
    `Dear Applicant, due to a technical issue with our recruitment system, the review of applications for Administrative Assistant (closing date 1 October) has been postponed by two weeks. Your application has been received and will be considered. Do not reply to this email.`, 'Administrative Assistant - update'),

  hold('interview', ['role_closed'], {},
    `Hi Camille,

Just wanted to keep you in the loop. The budget for the Brand Manager hire is being re-approved after the finance review, so we've paused final interviews for now. Your application is active and I still want you to meet Olivier. Hoping to have news by the end of next week.

Merci,
Inès Laurent
Talent Acquisition, Maison Arlo`, 'Brand Manager - pause'),

  hold('assessment', ['generic'], {},
    `Hello Daniel,

Your coding exercise has been received - thanks. Our reviewers are behind because of the number of submissions this cycle, so please expect results to take about three weeks rather than the usual one. You are still under consideration.

Talent Team, Hexaforge`, 'Coding exercise received'),

  hold('final', ['role_closed'], {},
    `Dear Rosa,

Following the reference checks after your final interview, the company's hiring approvals have been frozen by the group for 30 days. We cannot make any offers during this period, but we have not reached a decision on your candidacy and we are keen to pick it up after the freeze.

Warm regards,
Eduardo Campos
People & Culture, Andina Foods`, 'Update - Commercial Manager'),

  hold('screen', ['role_closed'], {},
    `Hi Kofi, sorry to have gone quiet since our call - the client has paused the Data Lead search for a few weeks while their new CTO settles in. You're not out of the running; they've asked me to keep you warm. I'll ping you as soon as it's back on. Tom @ Redwire Talent`, 'Data Lead - pause'),

  // ── Look-alikes
  other(`Hi Marta,

Unfortunately Dr. Hughes has had to cancel tomorrow's interview at short notice due to a family emergency. We're very sorry. Could you let us know your availability next week so we can rebook?

Kind regards,
Practice Admin, Kingsway Dental`, 'Interview cancelled - rebooking'),

  other(`Dear Thomas,

Thank you for your application for the role of Site Manager. We are sorry that we have not yet been in touch. We are still reviewing applications and will contact you within the next two weeks.

Kind regards,
Hallam Construction HR`, 'Site Manager'),

  other(`Hi Alex,

We're sorry to see you go! As requested, your account and all application data have been deleted from the Jobvista candidate portal. If you change your mind, you can create a new account at any time.

Jobvista Support`, 'Your account has been deleted'),

  other(`Hi Lucy,

Thanks for your note - totally understand, and I'm sorry it didn't work out timing-wise. I've withdrawn you from the process for the Engineering Manager role. If your situation changes, my door is always open.

Take care,
Ravi Shah
VP Engineering, Tollgate`, 'Re: Withdrawing'),

  other(`Dear Applicant,

We regret that we were unable to process your application for Graduate Trainee (ref GT-2025) because the reference details were missing. Please log in to your account and complete the References section by 5 pm on Thursday 14 November so we can consider your application.

Graduate Recruitment, Corran Water`, 'Your application needs attention'),

  other(`Hi Ben, sorry I missed you earlier - I tried calling twice about the Stock Controller job. Can you give me a ring on 07700 900412 when you get a chance? Thanks, Donna (Apex Staffing)`, 'Tried to call you'),

  other(`Dear Grace,

Congratulations! We are delighted to offer you the position of Marketing Coordinator at Kestrel Publishing. Unfortunately, we are not able to meet your requested start date of 1 March, as the team needs someone from 3 February; please let us know if that is possible.

Your contract is attached.

Best regards,
Amelia Frost
HR Manager`, 'Offer of employment'),

  other(`Jobs you may be interested in

Senior Accountant at Tallis Group - Closed
Finance Manager at Moorcroft Hotels - Applications closed
Management Accountant at Wexford Dairies - New

We're sorry, some of the jobs we recommended to you are no longer available. Here are similar roles.

Manage your job preferences | Unsubscribe from these emails`, 'Jobs for you this week'),

  other(`Hi Omar,

Apologies for the slow reply - it's been a hectic few weeks. Good news though: the team would like to invite you to a second interview for the Logistics Analyst role. Would Wednesday 11th at 2pm work?

Best,
Hannah Cole
Recruitment, Arden Freight`, 'Second interview invitation'),

  other(`Dear Mr. Petrov,

Regrettably, the venue for your assessment day on 22 May has changed due to building works. The assessment will now take place at our Canary Wharf office, 25 Cabot Square, at the same time. Please bring photo ID.

Kind regards,
Early Careers, Halden Bank`, 'Change of venue - assessment day'),

  other(`Thank you for your application for Retail Assistant at Greenleaf Garden Centres.

We're afraid we can't reply to every applicant individually straight away due to the volume of applications. If you are shortlisted, we will contact you within 14 days.

Greenleaf Garden Centres - Careers`, 'Application received'),

  other(`Hi Sunita,

I'm sorry you've had such a frustrating experience with our portal. I've manually attached your CV to your application for Clinical Pharmacist, so it is now complete and with the hiring manager for review.

Apologies again,
Karen
HR Assistant, Wellmoor Health`, 'Re: Problem uploading CV'),

  other(`Hello Yusuf,

Thank you for joining the Tarragon Talent Community! You'll now be the first to hear about new roles that match your interests. Please note that joining the talent community is not an application for a specific job.

Tarragon Careers`, 'Welcome to the Tarragon Talent Community'),

  other(`Hi Chen,

Unfortunately our interviewer for the technical round has left the company, so your interview on Friday will now be with Laura Pérez, our Principal Engineer. The format is the same. Let me know if you have any questions.

Best,
Sam, Recruiting @ Corvid Labs`, 'Change of interviewer'),

  other(`Dear Elena,

We regret to inform you that our offices will be closed from 23 December to 2 January. Any applications submitted during this period, including yours, will be reviewed after we reopen.

Season's greetings,
HR, Pelican Hotels Group`, 'Holiday closure'),

  other(`Hi Patrick,

You're through to the next stage! Sadly we can only offer interview slots in the morning this time - please choose one from the link below.

[Choose a time]

Thanks,
The Hiring Team at Lumen Insurance
Sent via Greenhouse`, 'Next steps - schedule your interview'),

  other(`Dear Naledi,

Your application for Research Assistant (REF 3321) has been received. Unfortunately, due to the high number of applications, we are unable to provide feedback to candidates who are not shortlisted. If you have not heard from us by 30 June, please assume your application has not been successful on this occasion.

Human Resources
University of the Highveld`, 'Acknowledgement - REF 3321'),

  other(`Hi Jamal,

Sorry, I realise I sent you the wrong link for tomorrow's video interview. Please use this one instead: meet.example.com/xqw-plsm-txa. Apologies for the confusion!

Alicia, People Ops, Ridgeback`, 'Correct interview link'),

  other(`Dear Ms Kowalczyk,

We are sorry to hear that you are unwell and unable to attend your interview on Tuesday. Of course we can rearrange. Please let us know when you are feeling better and we will find a new date.

Best wishes,
Recruitment Team, Hartwell Schools Trust`, 'Re: Interview on Tuesday'),

  other(`Hi Fatima,

We have now closed applications for the Events Coordinator role. We received over 400 applications, so we appreciate your patience while we review them. We aim to let everyone know the outcome within three weeks.

Thanks,
Riverbank Arts Centre`, 'Events Coordinator - applications closed'),

  other(`Hi Liam,

Thanks for letting us know you'd like to withdraw your application for the Mechanical Design Engineer role. It's a shame, as we were looking forward to the interview, but we completely respect your decision. We've cancelled Thursday's slot.

Best regards,
Rachel Kerr
HR, Fenwick Precision`, 'Re: Interview Thursday'),

  other(`Dear Candidate,

Our records show you started an application for Customer Experience Advisor but did not submit it. Unfortunately, incomplete applications cannot be considered. The vacancy closes on 18 April - click below to finish your application.

[Continue application]

Clearwave Telecom Careers | Do not reply`, 'Finish your application'),

  other(`Hey Dani,

I'm gutted I couldn't make our call today - sorry! Something came up with a client. Are you free tomorrow at the same time instead? Still really keen to chat about the Account Director role.

Cheers,
Mike Dunne
Director, Quay Talent`, 'Sorry about today'),

  other(`Dear Mr Adeleke,

We are pleased to inform you that you have been shortlisted for the position of Internal Auditor. Unfortunately, the interview date originally advertised (12 July) is no longer available, and interviews will now take place on 19 July. Please confirm your attendance.

Yours faithfully,
Human Resources, Lagoon Microfinance Bank`, 'Shortlisting - Internal Auditor'),

  other(`Hi Ingrid,

No need to apologise! Sorry to hear the new role didn't work out. We'd be happy to consider you again - the Customer Support Lead position is still open, so feel free to apply.

Best,
Sven
Talent, Nordlys`, 'Re: Coming back?'),

  other(`Dear Karim,

Unfortunately, we have noticed that your CV was uploaded in a format our system cannot read (.pages). Please re-upload it as a PDF or Word document so that your application for Store Manager can be reviewed.

Thanks,
Talent Acquisition, Fenmart Stores`, 'Re-upload your CV'),

  other(`This role is no longer available.

The job "Senior UX Researcher" at Bloomfield Digital that you saved has expired. You did not apply to this job. Browse similar jobs below.

- UX Researcher, Kitemark Labs
- Design Researcher, Hollowell

You're receiving this because you saved a job on Workhive.`, 'A job you saved has expired'),

  other(`Hi Zara,

We regret any confusion caused by our previous email, which was sent to you in error. Your application for the Sustainability Consultant role has NOT been rejected and is still being reviewed by the hiring team. We apologise for the worry this may have caused.

Kind regards,
Sophie Hale
Talent Acquisition, Verdant Advisory`, 'Correction: your application'),

  other(`Hi Ethan,

Sadly we don't have any bookings left on the 5th, so your in-person interview has moved to the 8th at 11am. Everything else stays the same.

Best,
Recruitment @ Harbour Bakery Co.`, 'Interview moved to the 8th'),

  other(`Dear Amara,

Thank you for your patience. I'm sorry it has taken so long - the references have now come back and I am delighted to confirm our offer of the Senior Social Worker post, subject to your DBS check.

Kind regards,
Joanne Pike
Recruitment, Eastvale Council`, 'Offer confirmation'),

  other(`Hi Noah,

Unfortunately the assessment platform was down for part of yesterday, and your test session may have been affected. Please don't worry - we have reset your link and you can retake the test at any time before Sunday.

Apologies,
Graduate Team, Quantex`, 'Your online assessment'),

  other(`Hello Isabel,

We're writing to let you know that we have updated our privacy notice for job applicants. We will now keep unsuccessful applicants' data for 6 months instead of 12. No action is needed.

Data Protection Officer, Morrow & Finch`, 'Update to our applicant privacy notice'),

  other(`Hi Sana,

Thanks for your message. I'm afraid I'm not the right person - I moved to a different team last month. I've forwarded your application for Payments Analyst to Hugo Martin, who's now running that hire, and he should be in touch.

Best,
Clara`, 'Re: Payments Analyst'),

  other(`Dear Kieran,

Thank you for attending the interview today. As mentioned, we're still seeing other candidates this week, and we'll be in touch with everyone by next Friday. Sorry we can't be quicker!

Best regards,
Laura Hughes
Office Manager, Pennant Accountants`, 'Thanks for today'),

  other(`Hi Maya,

I'm sorry to hear you've decided to stay at your current company after the counter-offer, though I understand completely. We've closed your application. Good luck, and do get back in touch if things change.

Kind regards,
Oscar
Talent Partner, Bluefin Health`, 'Re: Decision'),

  other(`Dear Applicant,

This is a reminder that your application for Trainee Train Driver will be automatically withdrawn if you do not complete the online situational judgement test within 7 days.

Railstar Recruitment | This is an automated email`, 'Reminder: complete your test'),

  other(`Hi Aaron,

Bad news and good news! Bad news: the Junior Developer role you interviewed for has been renamed and restructured into a "Software Engineer I" position. Good news: we'd like to move you straight to the final round for it. Can you do next Tuesday?

Cheers,
Ivy, People @ Switchyard`, 'Role update + final round'),

  other(`Dear Ms. Nakamura,

We apologise that we were unable to connect with you for your scheduled screening call at 10:00 today. We understand things come up. Please use the link below to rebook a time that suits you.

Talent Acquisition, Sakura Pharma Europe`, 'Missed screening call'),

  other(`Hi Diego,

Heads up that I'm off on parental leave from Monday. My colleague Fiona will look after your application for the Solutions Architect role from here - you're still going ahead to the panel interview. Sorry for the handover!

Rahul`, 'Handover'),

  other(`Your application for "Bookkeeper (part-time)" was viewed by the employer.

Unfortunately, we can't tell you more about what happens next - employers contact candidates directly.

Tip: candidates who add a cover letter are 30% more likely to hear back.

JobSpring`, 'Your application was viewed'),

  other(`Dear Hugo,

We're sorry - the role you enquired about, Junior Graphic Designer, is not currently open. We don't accept speculative applications, but you can set up an alert to be notified when new design roles are posted.

Regards,
Recruitment, Castellan Press`, 'Re: Junior Graphic Designer enquiry'),

  other(`Hi Tamsin,

Just to confirm: we received your withdrawal from the Finance Graduate Scheme 2025. We're sorry to see you go and wish you the best. If you'd like to apply for the 2026 scheme, applications open in September.

Early Careers, Lowther Group`, 'Withdrawal confirmed'),

  other(`Dear Pedro,

Unfortunately we have not yet received your right-to-work documents. Please bring your passport to your induction on Monday - we cannot let you start without it. We're looking forward to welcoming you to the team.

Onboarding, Coastal Care Homes`, 'Before your first day'),

  other(`Hi Robyn,

Sorry for the delay on this! Great news - the panel loved your presentation and we'd like to invite you to the final stage with our Director. I'll send some times shortly.

Best,
Evie Marsh
Recruitment Partner, Hawthorne Housing`, 'Final stage invitation'),

  other(`Dear Mr. Abara,

We regret to inform you that due to an administrative error, the interview invitation sent to you on Monday listed the wrong time. Your interview is at 14:30, not 13:30. We apologise for any inconvenience.

Yours sincerely,
HR Office, Northgate College`, 'Correction: interview time'),

  other(`Hi Kai,

Not a no! Just letting you know we're still interviewing for the Backend Engineer role and won't have an update until the end of next week. Thanks for hanging in there.

- Jules, Talent at Fernway`, 'Quick update'),

  other(`Dear Valued Candidate,

Unfortunately, we are unable to accept applications by email. To be considered for Warehouse Operative, please apply via our careers website at careers.example.com/warehouse.

Regards,
Dunmore Distribution`, 'Re: Application for Warehouse Operative'),

  other(`Hi Ana,

Thanks for completing the video interview. Apologies in advance - our hiring team is at a conference next week, so reviews may take a little longer. We'll update you by the 25th at the latest.

The Recruiting Team, Solace Health`, 'Thanks for your video interview'),

  other(`Dear Harriet,

We regret the short notice, but the panel for your interview on Wednesday has changed. You'll now be meeting Dr. Singh and Mrs. Oduya. Please still arrive 15 minutes early.

Kind regards,
Recruitment, Westbrook NHS Foundation Trust`, 'Interview panel change'),

  other(`Hi Jonah,

Sadly our first-choice candidate has turned down the offer for the Analyst role, and the team would like to meet you again. Would you be open to a final chat with the Head of Research this week?

Best,
Maria Santos
Talent, Crestmoor Capital`, 'Analyst role - another conversation?'),

  other(`Dear Applicant,

Thank you for registering with Tempwise. Unfortunately we do not currently have any assignments matching your skills in the Bristol area. We will contact you as soon as something suitable comes up.

Tempwise Recruitment`, 'Welcome to Tempwise'),

  other(`Hi Abdi,

We're sorry to say the event you registered for, "Meet the Engineers - London", has been cancelled due to low numbers. We hope to see you at our online session on 3 March instead.

Events Team, Cobalt Systems`, 'Event cancelled'),

  other(`Dear Mr Griffiths,

Unfortunately, I will be out of the office until 6 January with limited access to email. For urgent recruitment matters, please contact hr@example.com.

Kind regards,
Paula Jenkins`, 'Automatic reply: Application - Facilities Manager'),

  other(`Dear Layla,

We are sorry to say that your application for the Teaching Assistant role arrived after the closing date because of a fault in our online form. As this was our error, the panel has agreed to accept it, and it will be considered alongside all the others at shortlisting next week.

Best wishes,
HR, Holy Cross Schools Partnership`, 'Your application - Teaching Assistant'),
];
