/**
 * Sealed messages of the twenty-fifth round. Two halves. The first: rejections, each from a different employer and
 * writer, across sectors and countries (tracking-system notices, HR template letters, agency and executive-search
 * recruiters, hiring managers and founders, a civil service, an NHS trust, a school district, a university, retail,
 * hospitality, manufacturing, pharma, consulting, banking, media, start-ups and NGOs), every stage. The second: one
 * inbox over a season, a data analyst in Pune and then Bengaluru moving into product analytics and data science,
 * with acknowledgements, invitations, status changes, an offer, job alerts and his own mail beside paused processes
 * and rejections. Kept for evaluation only.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s25-');

export const HANDWRITTEN_SEALED_25: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], {},
    `Hi Marisol,

Thanks for applying to the Senior Accountant position at Brightwater Foods. We received a large number of applications and, after careful consideration, we have decided not to move forward with yours.

We wish you every success.

Brightwater Foods Talent Team

This message was sent via Greenhouse. Please do not reply to this email.`, 'Your application to Brightwater Foods'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Tomasz,

Thank you for your interest in the Process Engineer (m/f/d) role at Kellerhof Antriebstechnik GmbH in Chemnitz.

We have looked at your documents with great attention. Other applicants bring a background that is closer to what the department needs at this moment, and so we cannot consider your application further.

With your agreement we would like to keep your documents in our applicant pool for 12 months, so that we can contact you if a suitable position opens. If you do not wish this, please write to bewerbung@kellerhof-at.de.

With kind regards
Sabine Wendt
Human Resources

Kellerhof Antriebstechnik GmbH | Sitz Chemnitz | Amtsgericht Chemnitz HRB 20417`, 'Your application as Process Engineer – Ref. KA-2026-113'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hey Dev,

Really enjoyed our chat on Tuesday. I took your numbers back to the team and I'm afraid there's just too much daylight between what you're after and what we've got signed off for this one – the band tops out around 118k and you mentioned 140 as your floor. I didn't want to drag you through four more rounds knowing that.

If the budget moves or something more senior opens up, you're the first person I'm calling.

Cheers,
Kelsey
Talent Partner, Loomwork`, 'Re: Loomwork – Staff Designer'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Dear Priya,

Thank you for taking the time to meet with Dr. Halvorsen and Dr. Nakamura last week regarding the Clinical Research Associate II position.

The team enjoyed the conversation. After weighing everyone we met, we have chosen to proceed with a candidate whose experience lines up more closely with the studies this group runs.

Should it be useful, I can arrange a short call to go through the panel's observations. Just reply to this email.

Kind regards,

Jennifer Ashcombe
Talent Acquisition Specialist
Norvanta Therapeutics, Inc.
Cambridge, MA

CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s).`, 'Clinical Research Associate II – Norvanta'),

  rej('application', ['generic'], {},
    `Dear {{Candidate.FirstName}},

Thank you for your application for the position of Store Supervisor – Leeds Trinity.

We regret to inform you that on this occasion your application has not been successful.

Yours sincerely,
Recruitment Team
Hartwell & Sons Ltd

Hartwell & Sons Ltd is registered in England and Wales, No. 00418823.`, 'Store Supervisor – Leeds Trinity'),

  rej('final', ['position_filled'], { ...door },
    `Ayodele,

I wanted to ring you but kept missing you, so an email will have to do. After Thursday's final panel the board made an offer to the other shortlisted candidate this morning and she has accepted.

It was very, very close. I've told the partners I'd like to find a way to work with you at some point, and I meant it — expect to hear from me when the Abuja office is ready to hire next year.

Warm regards,
Chidi Okonkwo
Managing Partner
Okonkwo Ferreira Advisory
Plot 14 Adeola Odeku Street, Victoria Island, Lagos`, 'Head of Tax – outcome'),

  rej('application', ['location'], {},
    `Hi Leon,

Thanks for your interest in the Customer Success Manager role.

Just so you know why we are passing: this position is open only to people who are already authorized to work in Canada, and our team is not in a position to support a work permit for it. Nothing to do with your experience.

Good luck with the search.

— Recruiting, Tallgrass Software
Toronto, ON`, 'Customer Success Manager (Toronto) – update'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Rohan,

Thank you for completing the data engineering take-home for Pelican Freight.

The reviewers went through your submission in detail. The pipeline ran, but the deduplication step dropped late-arriving records and there were no tests around the transformation logic, which were two of the things we weigh most heavily. Because of that, we won't be inviting you to the technical interview.

Thanks again for the effort you put into it.

Best,
Sam Whitcombe
Engineering Recruiting, Pelican Freight

Sent via Ashby`, 'Pelican Freight – take-home result'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Jordan,

I wanted to follow up personally after your conversations with the team on Friday.

We all thought you were sharp and the technical answers were strong. Where we landed, honestly, is that the way you like to work — with a lot of upfront planning and clear specs handed over — is pretty different from how chaotic things are here right now, and I don't think you'd enjoy it. So we're going to pass.

I know that's not fun to hear. Wishing you the best.

Nate
Co-founder, Fernhill Labs`, 'Fernhill'),

  rej('application', ['generic'], { ...door },
    `Dear Applicant,

Reference: 2026/HR/0481 – Assistant Director, Grants Management

The Commission thanks you for your application. Owing to the very high volume received, only applicants shortlisted for the next stage will be contacted individually, and this notice confirms that you have not been shortlisted.

You are welcome to apply for future vacancies advertised on our website.

Human Resources Division
Commonwealth Development Trust
Marlborough House, London`, 'Ref 2026/HR/0481'),

  rej('screen', ['overqualified'], {},
    `Hi Gretchen,

Thanks again for hopping on the phone with me yesterday. After sharing my notes with Dana, the hiring manager, we agreed this coordinator role is honestly a step down from what you've been doing — you've been running the kind of programs this person would be supporting. We worry you'd be bored within a quarter, so we're not going to move you forward.

Appreciate your time, truly.

Maddie Castellano
Recruiter | Suncrest Health Partners
(602) 555-0148`, 'Program Coordinator – next steps'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ms. Nkosi,

POST: SENIOR PHARMACIST (REF: PH/04/2026)

Thank you for your interest in the above post. Your application was assessed against the minimum requirements as advertised.

Regrettably, your application could not be considered further as it did not include proof of current registration with the South African Pharmacy Council, which is a requirement of the post.

Kind regards
Recruitment Office
Umgeni Community Hospital
Private Bag X2041, Pietermaritzburg, 3200`, 'Application: Senior Pharmacist – PH/04/2026'),

  rej('final', ['generic'], { ...offered, ...door },
    `Dear Hannah,

Thank you for attending the assessment centre at our Canary Wharf office on 12 November and for the energy you brought to the group exercise, the presentation and both interviews.

We have now completed our review of all candidates in this cohort and I am sorry to tell you that we will not be offering you a place on the 2027 Graduate Programme.

If you would like feedback on your performance on the day, please contact the graduate recruitment team within 30 days and we will arrange a call. Applications for our 2028 intake open in September, and we would be glad to see you apply again.

Best wishes,
Graduate Recruitment
Halden Whitlock Bank plc

Halden Whitlock Bank plc is authorised by the Prudential Regulation Authority.`, 'Your Halden Whitlock Graduate Programme application'),

  rej('interview', ['internal_candidate'], {},
    `Hello Mei Ling,

Thank you for coming in to speak with the panel about the Assistant Manager, Quality role.

We have decided to fill the position internally with a colleague from the Tuas plant who has been covering the duties for the past few months.

Thank you again and all the best.

Regards,
Jasmine Tan
HR Executive
Lumina Precision Components Pte Ltd
Singapore`, 'Assistant Manager, Quality'),

  rej('application', ['generic'], {},
    `Hi,

Unfortunately we won't be moving forward with your application for Barista – Fitzroy.

Thanks heaps for applying!

The Daily Grind Collective

Powered by Workable`, 'Barista – Fitzroy'),

  rej('application', ['role_closed'], { ...door },
    `Dear Ciara,

Thank you for applying for the Marketing Executive role at Laneway Hotels Group.

Following a review of our structure for next year, the decision has been taken not to proceed with this appointment, and the vacancy has been withdrawn. As a result we won't be progressing any applications for it, including yours.

We will hold on to your details, and should the position be re-advertised we will let you know.

Kind regards,
Aoife Brennan
People & Culture
Laneway Hotels Group, Dublin 2`, 'Marketing Executive – vacancy withdrawn'),

  rej('screen', ['generic'], {},
    `Hi Marcus,

Appreciated the call Monday. Circling back to let you know we've decided to go in a different direction for the Account Executive opening.

Take care,
Brianna
Harbor & Vine Media`, 'AE – Harbor & Vine'),

  rej('final', ['profile_mismatch', 'culture_fit'], { ...fb },
    `Dear Elena,

Thank you for spending a full day with us in Rotterdam last week. I know the schedule was demanding.

We have decided not to extend an offer. To be open with you: the panel felt another finalist's overall profile was a stronger match for the position, and several interviewers also noted that your leadership approach is more directive than the collaborative style our site teams are used to. Both points weighed in the decision.

I do appreciate the thought you put into the case presentation.

Met vriendelijke groet,
Joost van der Berg
Director Operations Europe
Meridian Terminals B.V.`, 'Director of Terminal Operations – decision'),

  rej('application', ['generic'], {},
    `Status update: Your application for Warehouse Associate (Req #R-229104) has been reviewed.

Status: Not Selected

You can view all your applications by signing in to your candidate home.

This is an automated notification from Workday. Do not reply.
Ridgeline Distribution Inc. is an Equal Opportunity Employer.`, 'Application status changed'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Aarav,

Thanks so much for the conversations with Rachel and me last week.

We've decided to move forward with someone else. The main thing that tipped it: we need someone who's already shipped production Kubernetes operators, and from our talk it sounded like your experience is more on the consuming side than writing them. That's a very learnable thing, and I'd genuinely encourage you to reapply in six months or so if you've had a chance to get into it.

All the best,
Gideon Marsh
Engineering Manager, Platform
Kestrel Cloud`, 'Kestrel – Platform Engineer'),

  rej('application', ['profile_mismatch'], {},
    `Dear Candidate,

Thank you for your application for the role of Regulatory Affairs Officer (Job ID 71822).

We have now reviewed your application and, regrettably, we do not feel it matches the profile we are looking for at this time.

Yours faithfully,
Talent Acquisition
Aveline Pharma Ltd

Please do not reply to this mailbox as it is not monitored. Taleo`, 'Job ID 71822 – Regulatory Affairs Officer'),

  rej('assessment', ['assessment'], {},
    `Dear Kwame,

Thank you for completing the numerical and verbal reasoning tests as part of your application for the Audit Trainee scheme.

We regret to let you know that your results did not meet the threshold required to progress to the next stage of our selection process.

Kind regards,
Early Careers Team
Ashworth Blake LLP

Ashworth Blake LLP is a limited liability partnership registered in England.`, 'Audit Trainee Scheme – online tests'),

  rej('interview', ['generic'], { ...offered },
    `Dear Sofia,

Thank you for interviewing with us for the Associate Producer role on the documentary unit.

We've made a decision and it wasn't in your favour this time, I'm sorry to say. If you'd find it helpful to hear how the interview came across, drop me a line and we can find 15 minutes.

Best,
Harriet Lowe
Head of Production
Greyfield Pictures, Bristol`, 'Associate Producer'),

  rej('application', ['skills_gap'], { ...fb },
    `Good afternoon Pierre,

Many thanks for your application to the Account Manager – DACH position.

The role requires native or near-native German, as most of the client portfolio is in Germany and Austria, and your CV indicates intermediate level. For this reason we are unable to take your application forward.

Best regards,
Recruitment Team
Voxline Telecom Ltd

Sent from Recruitee`, 'Account Manager – DACH'),

  rej('final', ['generic'], { ...door },
    `Hi Taylor,

I'll keep this short because I know you've been waiting: we went with the other finalist. It came down to the wire.

I'd love to stay in touch. When we open the second PM seat in spring I'm going to reach out.

Lauren
VP Product, Quillstack`, 'quick update'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for applying for the position of [JOB TITLE] at Corrigan Manufacturing.

After reviewing all applications, we regret that we will not be progressing your application to the next stage.

We wish you the best of luck in your search.

Sincerely,
Human Resources
Corrigan Manufacturing Co.
Dayton, Ohio`, 'Your Application'),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Nadia,

Thanks for taking my call this morning. As we discussed, the team has come back and they do need this person in the Johannesburg office four days a week, and you were clear that relocating from Cape Town isn't on the cards right now. I'm going to close this one off for you.

I'll keep you on my radar for anything remote or Cape-based in the data space — I place a fair number of those.

Regards,
Themba Dlamini
Senior Consultant | Technology
Kestrel Search Partners (Pty) Ltd`, 'Data Lead role – JHB'),

  rej('application', ['generic'], { ...door },
    `Dear Olusegun Adeyemi,

RE: APPLICATION FOR THE POSITION OF PROGRAMME OFFICER, NUTRITION

We acknowledge receipt of your application and thank you for your interest in working with HopeBridge Initiative.

We received over 900 applications for this position. After a thorough review, we regret to inform you that you were not shortlisted.

Please continue to visit our website for future openings.

Yours faithfully,
For: HR Unit
HopeBridge Initiative
Maitama, Abuja`, 'Application for Programme Officer, Nutrition'),

  rej('interview', ['position_filled'], {},
    `Hi Erin,

Just letting you know the Sous Chef role has been filled. Thanks for coming in for the trial and the chat with Marco, we appreciated it.

All the best
Gemma
The Salt House, Margate`, 'Sous Chef'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hello Ravi,

We have reviewed the coding challenge you completed on HackerRank for the Backend Engineer (Java) position.

Your solution passed 6 of the 14 test cases. The reviewers noted that the concurrency problem in section 2 was not attempted and the SQL query did not handle null joins. We are looking for stronger hands-on concurrency experience for this role, so we will not be proceeding further with your candidature.

Thank you for your time.

Regards,
Talent Acquisition Team
Zentrix Software Solutions Pvt. Ltd.

This is a system-generated mail from Darwinbox. Please do not reply.`, 'Backend Engineer (Java) – Coding Challenge Result'),

  rej('interview', ['generic'], {},
    `Dear Mr. Vasquez,

Thank you for interviewing for the position of Assistant Principal at Desert Ridge Middle School.

The selection committee has completed the interview process and you have not been selected for this position. We appreciate your interest in Mesa Valley Unified School District.

Sincerely,

Human Resources Department
Mesa Valley Unified School District
1420 N Center St, Mesa, AZ

Mesa Valley USD does not discriminate on the basis of race, color, national origin, sex, disability, or age.`, 'Assistant Principal – Desert Ridge MS'),

  rej('application', ['overqualified'], {},
    `Hi Bernard,

Thank you for applying for the Junior Analyst position.

Looking at your CV, your experience goes well beyond what this entry-level position calls for; we don't think the role would do your experience justice and it is not the right match.

Kind regards,
Emma
HR, Ferris Lane Capital`, 'Junior Analyst application'),

  rej('screen', ['profile_mismatch'], { ...offered, ...door },
    `Dear Keiko,

Thank you for the time on the phone with Lucy last week.

Having spoken with a number of very capable people, we are progressing with candidates whose background is a little more closely aligned with what the client has asked for. I'm sorry it's not better news.

I'd be happy to talk through where things landed if that helps — just give me a ring. And please stay in contact; we work on a lot of investor relations briefs and I'd like to think of you for the next one.

Kind regards,
Richard Thorne
Partner
Thorne Eastwick Executive Search
St James's, London SW1`, 'Head of Investor Relations – update'),

  rej('interview', ['salary', 'profile_mismatch'], {},
    `Hi Connor,

Thanks for the two conversations over the past fortnight.

We've decided not to continue. Your expectations were north of the range we can stretch to for this position, and candidly the other people we're talking to are a tighter match for the role overall. Both together made it an easy call for the committee, though not a pleasant email to write.

All the best,
Jess Morrow
Head of Growth
Paddock Analytics, Melbourne`, 'Growth Marketing Lead'),

  rej('application', ['generic'], { ...door },
    `<html><body><p>Hi Amara,</p><p>Thank you for your interest in <b>Sundial Energy</b>. After reviewing your application for <b>Field Service Technician</b>, we&#39;ve decided not to move forward at this time.</p><p>We encourage you to visit our <a href="https://careers.sundialenergy.com">careers page</a> and apply to other roles that interest you.</p><p>Sincerely,<br>Sundial Energy Recruiting</p><p style="font-size:10px">Sundial Energy is an equal opportunity employer. To unsubscribe from these emails <a href="#">click here</a>.</p></body></html>`, 'Your application to Sundial Energy'),

  rej('application', ['generic'], {},
    `Dear Whitney,

Thank you for your interest in the Patient Access Representative position (Requisition 2026-44817) with Lakeshore Regional Medical Center.

After careful review, we have selected other applicants to move forward in the process. Due to the number of applications we receive, we are not able to provide individual feedback on applications.

We wish you the best of luck in your career search.

Lakeshore Regional Medical Center – Talent Acquisition

This email was sent from an unmonitored address. iCIMS`, 'Requisition 2026-44817 – Patient Access Representative'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Joseph Mensah,

Job reference: 311-ACS-7720-A
Job title: Band 6 Advanced Physiotherapist – MSK Outpatients

Thank you for applying for the above post with Wyvern Valley NHS Foundation Trust.

Unfortunately on this occasion you have not been shortlisted for interview. The shortlisting panel noted that your supporting information did not evidence post-registration experience in an MSK outpatient setting, which is listed as essential on the person specification.

Thank you for your interest in working for the Trust.

Yours sincerely,
Recruitment Team
Wyvern Valley NHS Foundation Trust

Please do not reply to this email. This message was sent by NHS Jobs on behalf of the employer.`, 'Update on your application: 311-ACS-7720-A'),

  rej('screen', ['generic'], { ...offered },
    `Hi Luis,

Thank you for the intro call with me on Wednesday about the Solutions Consultant opening.

I've now compared notes with the hiring team and we won't be taking your application to the next round. If it would be useful, I'm glad to jump on a quick call and tell you more about how the decision was made — just let me know a time.

Best regards,
Fatima Al-Sayed
Talent Acquisition Partner
Orbitra Systems, Dubai`, 'Solutions Consultant – Orbitra'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Benedikt,

Thank you for the time you invested in the case exercise for the Senior Consultant, Supply Chain role.

Our reviewers assessed all submissions against the same criteria. I'm sorry to tell you that your submission did not reach the level needed for us to invite you to the interview stage.

If you are interested in hearing the reviewers' comments on your case, write back and I'll send a summary.

Freundliche Grüße
Carolin Hübner
Recruiting
Straubinger & Partner Management Consultants, Munich`, 'Case exercise – Senior Consultant Supply Chain'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hello Anjali,

It was a real pleasure meeting you on Thursday — the whole panel came away impressed by your warmth and how clearly you spoke about your fundraising work.

That said, we've offered the role to someone whose experience is a closer fit for where we are as an organisation right now.

Please don't be a stranger: we'd welcome an application from you the next time we're hiring in the development team, and I hope you'll consider it.

With best wishes,
Miriam Ogunleye
Director of Development
Riverbank Refugee Support, London`, 'Fundraising Manager – thank you'),

  rej('final', ['role_closed'], { ...door },
    `Dear Stephen,

I had hoped to be writing to you with an offer. Since your final interview with our CFO, the group has announced a restructuring of the finance function across the region, and the Financial Controller position is no longer going ahead. We have therefore had to close the process for all remaining candidates.

I'm genuinely sorry. You were one of two people still in the running. If a comparable position is created once the new structure settles, I'll contact you directly.

Regards,
Paul Gavin
Head of Talent
Coastline Building Supplies, Brisbane`, 'Financial Controller – process closed'),

  rej('application', ['generic'], { ...door },
    `Hi Chloe,

Thanks for taking the time to apply for the Community Manager role at Threadly. We've reviewed your application and won't be moving ahead at this stage.

We'll hold on to your profile and may get in touch if something comes up that fits. In the meantime, feel free to keep an eye on jobs.lever.co/threadly.

Best,
Threadly Recruiting`, 'Thanks for applying to Threadly'),

  rej('interview', ['position_filled'], { ...offered },
    `Good morning Zanele,

Thank you for attending the interview for the Branch Administrator post on 4 November.

Please be advised that the post has now been filled. We appreciate your interest. Should you wish to receive feedback on your interview, please contact me on the number below.

Kind regards,
Lerato Mokoena
HR Officer
Sizwe Mutual Building Society
Tel: 011 555 0192`, 'Branch Administrator – Ref SMB/11/26'),

  rej('application', ['location'], {},
    `Hello Andrés,

Thank you for applying to be a Remote Support Engineer at Kalani.

Although the role is remote, for payroll and tax reasons we can only hire people who live in the United States or Canada at the moment. Since your application lists Bogotá, we're unable to consider it.

Warmly,
The Kalani People Team`, 'Remote Support Engineer – your application'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Olivia,

Nice to speak earlier. As I mentioned at the end of the call, the client is being quite firm that they want at least five years of post-qualification experience for this one, and you're at just under three. I've put the question to them and they won't budge, so I can't put you forward for this position.

Have a good weekend,
Jack
Associate Director – Legal
Whitmore Grant Recruitment`, 'Commercial Lawyer role'),

  rej('final', ['profile_mismatch'], { ...offered },
    `Dear Chen Wei,

Thank you for your time in Shanghai and for completing the final round with our regional leadership.

Your presentation was polished and the panel appreciated your thinking. After much discussion, though, they chose a finalist whose background fitted the commercial side of the job more completely.

I'd be glad to share further thoughts on the process if you would like; simply reply and we can set a time.

Best regards,
Vivian Ho
Regional HR Business Partner, APAC
Caldor Consumer Health`, 'Commercial Director APAC – final round'),

  rej('assessment', ['generic'], { ...door },
    `Hi Fergus,

Thanks for sending through the design challenge — we could see the care that went into it.

We had a strong group of submissions and we're going to carry on with a smaller number of candidates for interviews, which doesn't include you this time.

We'd honestly be happy to hear from you again when the next role on the design team goes live.

Cheers,
Isla
Ops & People, Northlight Studio, Glasgow`, 'Northlight – design challenge'),

  rej('application', ['generic'], {},
    `Hi Dwayne,

Thank you for applying for the Maintenance Technician position at Pinecrest Resort. Unfortunately you were not selected for this position.

Please note that we cannot respond to requests for feedback on individual applications.

Pinecrest Resort & Spa
Sent via BambooHR`, 'Maintenance Technician – Pinecrest Resort'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Dr. Abiodun,

Many thanks for speaking with the Medical Affairs leadership team on Tuesday.

We have decided to progress other candidates. The team felt that the role needs demonstrable experience launching a product in oncology, and your background, while strong in cardiovascular, did not include that.

We appreciate your interest in Solenne Biopharma.

Sincerely,
Katrin Voss
Senior Recruiter, Solenne Biopharma GmbH`, 'Medical Science Liaison – Oncology'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Dear Rebecca Walsh,

Vacancy reference: 412563
Vacancy title: Higher Executive Officer – Policy Adviser

Thank you for your application for the above post. Your application has been assessed at the sift stage and we regret to inform you that it did not meet the required standard to progress further.

Feedback on your application is available on request by replying to this message within 14 days.

Department for Regional Growth
Civil Service Resourcing

This is an automated message. The Civil Service is committed to equal opportunities.`, 'Vacancy 412563 – sift outcome'),

  rej('final', ['generic'], { ...door },
    `Dear Dr. Lindqvist,

On behalf of the search committee for the Assistant Professor of Environmental Economics position, thank you for visiting campus and for your excellent job talk.

The committee has completed its deliberations and I regret that we will not be extending an offer to you. Given the number of candidates and university policy, we are not in a position to provide individual feedback.

We would be pleased to see your application to future searches in the department.

Sincerely,
Professor Alan Bright
Chair, Search Committee
Department of Economics
University of Northern Plains`, 'Assistant Professor search'),

  rej('interview', ['culture_fit'], { ...offered },
    `Hi Sandeep,

Thanks for meeting the team last Friday.

We've decided not to take things further. The feedback from the group was that your working style might not mesh with how we run things — we're a very consensus-heavy team and the panel thought you'd find that frustrating. If you'd like more detail on that, I'm happy to chat.

Warm regards,
Ellie Chambers
People Lead, Cobble & Co. (Auckland)`, 'Operations Manager – Cobble & Co.'),

  rej('screen', ['generic'], { ...door },
    `Dear Ms. Farah Siddiqui,

Thank you for your time on the telephonic screening for the position of Assistant Manager – Treasury.

We regret to inform you that we will not be taking your candidature ahead at this stage. We will retain your profile in our database and shall contact you for any future opening that suits you.

Warm regards,
HR Team
Meridian Finvest Ltd., Mumbai

This mail has been sent via Zoho Recruit.`, 'Assistant Manager – Treasury | Meridian Finvest'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Grace,

Thank you for completing the in-tray and written exercise for the Communications Officer role.

We marked the exercises blind. Your press release was well written, but it exceeded the word limit by more than half and the briefing note did not include the recommendations section that the task asked for. Your overall score was below the threshold for interview.

Kind regards,
Recruitment
North Fenshire District Council`, 'Communications Officer – written exercise'),

  rej('assessment', ['generic'], {},
    `Hello Mateus,

Thank you for completing our online questionnaire for the Sales Associate – São Paulo role.

We have now reviewed your answers and will not be moving forward with your application.

Best regards,
Ferrano Retail Talent Team

Powered by SmartRecruiters. Privacy Policy | Unsubscribe`, 'Your application at Ferrano Retail'),

  rej('interview', ['internal_candidate'], { ...offered, ...door },
    `Hi Bronwyn,

Thanks again for interviewing with Tom and me for the Category Manager role.

We've ended up appointing someone from within the buying team who knows the range inside out. It was a tough call.

I'd be happy to give you a few pointers on the interview if that's useful, and we'd definitely like to see your name again next time we've a role in the category team.

Best,
Alana Fitzgerald
Head of Buying, Greenleaf Grocers, Perth WA`, 'Category Manager'),

  rej('final', ['position_filled', 'salary'], { ...fb, ...door },
    `Hi Diego,

Thank you for making it all the way to the final stage with us.

The hiring panel has made an offer to another finalist and it has been accepted. I'll be honest with you that compensation played a part: the package you'd need to move was about 20 percent over what we'd budgeted, and the other candidate came in within it.

Please keep in touch, we're growing quickly and I'll flag you for the next senior opening.

Regards,
Marta Kowalczyk
Head of People, Brightvale Payments`, 'Brightvale – final decision'),

  rej('application', ['position_filled'], { ...door },
    `Dear Shruti Deshmukh,

Greetings from Naukri!

The recruiter at Lotus Infratech Solutions has updated the status of your application for "Site Engineer – Civil (3-6 yrs)".

Status: Position Closed – Candidate Selected

Don't lose heart! Keep your profile updated. The recruiter may consider your profile for other similar openings.

Regards,
Team Naukri.com

You are receiving this mail because you applied for a job on Naukri.com. To unsubscribe, click here.`, 'Application status update from Lotus Infratech Solutions'),

  rej('interview', ['generic'], {},
    `Hi Kieran,

Thank you for interviewing for the Technical Writer position.

Following careful deliberation, the team has decided to pursue another candidate. I'm afraid company policy doesn't allow us to share interview feedback, but I appreciate the time you gave us.

Regards,
Hollis Greer
Recruiting Coordinator
Vantor Robotics`, 'Technical Writer interview'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Yusuf,

Quick one, and sorry it's not good news. After our call last week I sent your profile across, but this morning the client told me they've pulled the Head of Data requisition entirely — a new CTO is coming in and wants to redesign the team before hiring. So there's nothing for me to put you forward for.

I'll come back to you when they reopen it, or sooner if something else fits.

Rgds
Omar Haddad
Principal Consultant
Crescent Talent Partners`, 'Head of Data – client update'),

  rej('final', ['skills_gap', 'profile_mismatch'], { ...fb, ...offered },
    `Dear Ms Murray,

Thank you for attending the final interview for the Head of Service, Children's Residential Care.

The panel has decided not to appoint you. While they valued your practice knowledge, the post requires experience of managing a budget and a team across several sites, and your experience to date is with a single home. The appointed candidate matched the full person specification more strongly.

If you wish to discuss this further, please contact me and I will arrange a feedback conversation.

Yours sincerely,
Karen Doherty
Assistant Director, Children's Services
Loughfoyle Health and Social Care Trust`, 'Head of Service – Residential Care'),

  rej('screen', ['generic'], {},
    `thx for the call earlier, we're going another way on this one. best of luck!

Sent from my iPhone`, 'Re: intro chat'),

  rej('interview', ['profile_mismatch'], { ...offered, ...door },
    `Hi Temi,

Thanks for travelling to Manchester for the interview for Area Manager, North West.

We have decided to go with candidates whose backgrounds were stronger for this particular role. I would be happy to talk you through the panel's comments — just drop me an email. And please do keep an eye on our careers site; we'll be opening several store manager and regional roles in the new year and we'd be glad to hear from you.

Kind regards,
Sarah Pritchard
Retail Recruitment Manager
Holloway's Department Stores`, 'Area Manager, North West'),

  rej('assessment', ['generic'], {},
    `Dear Ifeoma,

Thank you for your patience while we completed reference checks for the Finance Officer position.

Having now concluded this stage, we have decided not to progress your application. We are unable to share the content of references or further detail on the decision.

We wish you every success in the future.

Yours sincerely,
HR Department
Saint Brendan's Foundation, Cork`, 'Finance Officer – references'),

  rej('application', ['location'], {},
    `Hello Ahmed,

Thanks for your application to the Policy Researcher vacancy.

Unfortunately we can only consider candidates who already hold the right to live and work in the European Union, as stated in the advert, and so we cannot progress your application.

Kind regards,
Recruitment Office
Europa Civic Forum, Brussels`, 'Policy Researcher – application'),

  rej('interview', ['generic'], {},
    `Hi Anna,

Thank you for coming in to meet the editorial team last week. Everyone enjoyed talking with you and your pitch ideas were a lot of fun.

We have decided to offer the role to another applicant. All the very best with what comes next.

Tom Reilly
Deputy Editor
The Northern Review`, 'Features Writer'),

  rej('final', ['generic'], { ...door },
    `Dear Kofi,

Thank you for participating in our Superday on Friday.

Following the final round of interviews, we have decided not to extend an offer for the Summer Analyst position in Investment Banking. The selection this year was extraordinarily competitive.

We would encourage you to apply for our full-time Analyst programme next year.

Regards,
Campus Recruiting
Calloway Hurst & Co.`, 'Calloway Hurst – Superday outcome'),

  rej('application', ['role_closed'], {},
    `Dear applicant,

Thank you for applying for the Inventory Planner post at Vexel Components.

Due to changes in our business priorities, this vacancy has been cancelled and we will not be filling it. We appreciate your interest in the company.

Regards,
HR – Vexel Components s.r.o., Brno`, 'Inventory Planner – vacancy cancelled'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb, ...door },
    `Hi Lydia,

Thanks for sitting down with Graham and me on Monday.

We've decided to offer the Senior Reporter job to someone who had a bit more of what we need. Specifically, the role involves covering court regularly, and we really need someone with shorthand at 100wpm and court reporting already under their belt, which you told us you haven't done yet.

Once you've got those, please apply again — we'd be glad to hear from you.

Best,
Nicola Hart
News Editor
Westmoor Gazette`, 'Senior Reporter role'),

  rej('final', ['generic'], { ...offered },
    `Dear Amina,

Thank you very much for joining us for the final interview for the Country Programme Manager – Somalia position.

After careful consideration, the panel has selected another candidate. We know this is disappointing after such a long process.

Feedback can be provided if you would like it; please let us know.

Best regards,
Jonas Eriksen
HR Manager, East Africa
Nordic Relief Alliance, Nairobi`, 'Country Programme Manager – Somalia'),

  // ── B. One inbox: a data analyst in Pune, then Bengaluru
  other(`Hi Ruchika,

Hope you're doing well. As discussed on LinkedIn, I'm sharing my CV for the Product Analyst role at Kiranakart.

Quick summary: I've been a data analyst at Sahyadri Analytics in Pune for close to four years, mostly SQL, Python and Power BI dashboards for retail and insurance clients. Over the last year I've been doing funnel and cohort analysis for one of our D2C clients and that's the direction I'd like to move in full time.

Current CTC is 11.5 LPA, notice period 60 days (negotiable).

Thanks a lot for the referral, really appreciate it.

Regards,
Aniket Deshpande
+91 98220 41736
Pune`, 'CV – Product Analyst, Kiranakart (referral)'),

  other(`Hi Aniket,

Thanks for applying to Kiranakart! We've received your application for Product Analyst – Growth and our team will review it shortly.

Unfortunately we're not able to reply to every applicant individually, but if your background is a match for the role, someone from our team will be in touch.

Team Kiranakart

Sent via Greenhouse`, 'Thank you for applying to Kiranakart'),

  rej('application', ['generic'], {},
    `Dear Aniket,

Thank you for your interest in the Senior Data Analyst opening at Tesseract Mobility.

We have reviewed your profile and regret to inform you that we will not be proceeding with your application at this point.

We wish you all the best.

Regards,
Talent Team
Tesseract Mobility Pvt. Ltd., Bengaluru`, 'Your application – Senior Data Analyst'),

  other(`Dear Aniket Deshpande,

Greetings from Naukri!

Good news! Your profile has been shortlisted by the recruiter for the following job:

Job: Data Scientist – Analytics CoE (2-5 yrs)
Company: Vardhaman Software Services Ltd.
Location: Pune / Hyderabad

The recruiter may get in touch with you for the next steps. Please keep your phone reachable.

Regards,
Team Naukri.com
This is a system generated mail. Please do not reply.`, 'Your profile is shortlisted – Data Scientist – Analytics CoE'),

  other(`Dear Aniket,

Thank you for your application for the role of Analytics Consultant (Req ID 88214) at Marlowe Hart Consulting.

We have received your application and it is currently under review. Due to the volume of applications, the review may take up to three weeks. We appreciate your patience and will be in touch once a decision is made.

You can track the status of your application at any time by logging in to your candidate home.

Kind regards,
Marlowe Hart Talent Acquisition

This is an automated email sent from Workday. Please do not reply.`, 'We have received your application – Analytics Consultant'),

  other(`Hi Aniket,

Saw your profile on Instahyre and thought you could be a good fit for a Product Analyst role with one of our clients, a Series B fintech in Bengaluru (hybrid, 3 days office). Budget is in the 18-24 LPA range depending on experience.

Would you be open to a 15-min call this week? Unfortunately I can't share the client's name until we speak, but happy to tell you more on the phone.

Regards,
Kavya Rao
Talent Consultant, Stratus Hire`, 'Product Analyst opportunity – Series B fintech, Bengaluru'),

  other(`Dear Candidate,

You have been invited to take an online assessment for the position of Data Analyst – Banking Analytics with Indrayani Technologies Ltd.

Test link: https://assess.mettl.example/t/ITL-DA-0712
Duration: 75 minutes (Aptitude, SQL, Statistics)
Window: 18 July 2026, 10:00 AM – 21 July 2026, 11:59 PM IST

Please ensure a stable internet connection and keep your webcam on throughout the test; the test is proctored. Unfortunately, we will not be able to reopen the link once the window closes.

All the best!
Campus & Lateral Hiring Team
Indrayani Technologies Ltd.`, 'Online Assessment Invitation – Data Analyst (Banking Analytics)'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Aniket,

Thank you for appearing for the online assessment for the role of Data Analyst – Banking Analytics.

We regret to inform you that you have not cleared the assessment. Your score in the SQL section was 11/25 against a cut-off of 15, though your aptitude score was above the required level.

You are welcome to re-apply for positions with us after six months.

Regards,
Talent Acquisition Team
Indrayani Technologies Ltd.`, 'Assessment Result – Data Analyst (Banking Analytics)'),

  other(`Hi Aniket,

Thanks for getting back to me! Here's a link to pick a slot for a quick intro call: calendly.com/kavya-stratushire/15min

If none of the times work, unfortunately my calendar is packed this week, but just reply with a couple of options for next Monday and I'll make it work.

Cheers,
Kavya`, 'Re: Product Analyst opportunity – Series B fintech, Bengaluru'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Aniket,

Thanks for your time on the call yesterday. I spoke to the client (it's Paisawise, as I mentioned on the call).

Unfortunately they've come back saying your expected CTC of 24 LPA fixed is above what they've approved for this position; they're capping at 19 fixed plus ESOPs. Since you mentioned you wouldn't consider moving below 22, I'm closing this one on my side.

I'll keep you in mind for higher-band openings — I have a couple of senior analyst mandates coming up next month.

Regards,
Kavya Rao
Stratus Hire`, 'Paisawise – Product Analyst update'),

  other(`Naukri Job Alert: 24 new jobs matching "Product Analyst" in Pune, Bengaluru

1. Product Analyst – Tripnest Travel Technologies | 3-6 yrs | Bengaluru
2. Senior Business Analyst – Product | Olvin Health | 4-7 yrs | Pune
3. Data Scientist I | Greyfin Bank GCC | 2-5 yrs | Bengaluru
...and 21 more

View all jobs

You are receiving this email because you created a job alert. Manage alerts | Unsubscribe`, '24 new jobs for you: Product Analyst'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Aniket,

Thank you for your interest in the Product Analyst II role at ShopSphere.

We carefully reviewed your background against what this team needs, and have decided to move ahead with applicants whose experience aligns more closely with the position.

Your profile will stay in our talent database, and our recruiters may reach out if a suitable role comes up. We also encourage you to explore other openings on our careers page.

Best,
ShopSphere Talent Acquisition

ShopSphere India Pvt. Ltd. | Do not reply to this automated message | Workday`, 'Update on your ShopSphere application'),

  other(`Hi Aniket,

You're invited to complete the Data Science challenge for Tripnest Travel Technologies on HackerRank.

Challenge: Tripnest DS Hiring – Lateral (3 questions: 1 SQL, 1 Python, 1 ML case)
Time limit: 90 minutes
Expires: 2 August 2026, 11:59 PM IST

Tips: Use a laptop with a stable connection. Plagiarism checks are enabled.

Good luck!
The HackerRank Team on behalf of Tripnest`, 'Tripnest has invited you to a HackerRank challenge'),

  other(`Reminder: your Tripnest DS Hiring – Lateral challenge expires in 24 hours.

Unfortunately we can't extend the deadline once it passes, so please make sure you start at least 90 minutes before it closes.

Start challenge

HackerRank | 700 E El Camino Real, Mountain View, CA | Unsubscribe from reminders`, 'Reminder: Challenge expires in 24 hours'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Aniket,

Thank you for taking the Tripnest Data Science challenge.

Having evaluated all submissions, we're sorry to let you know that your score did not meet the benchmark we've set for progressing to interviews for this role.

We'd be happy for you to apply again in future — our data team hires through the year.

Warm regards,
Tanvi Malhotra
Talent Acquisition, Tripnest Travel Technologies`, 'Tripnest – Data Science challenge'),

  other(`Dear Aniket,

Thank you for your continued interest in Marlowe Hart Consulting.

Your application for Analytics Consultant (Req ID 88214) is still being reviewed by the hiring team. We know waiting is hard and we appreciate your patience. Unfortunately, we cannot give a firm timeline, but we will contact you as soon as there is an update.

Regards,
Marlowe Hart Talent Acquisition`, 'Update: Analytics Consultant – Req ID 88214'),

  hold('application', ['role_closed'], { ...door },
    `Dear Aniket,

We are writing regarding your application for Analytics Consultant (Req ID 88214) with Marlowe Hart Consulting.

Due to a firm-wide review of hiring plans for the second half of the year, this requisition has been placed on hold. Your application has not been declined and will remain active; if the role reopens, our recruiters will contact you to continue the process. If it is not reopened, we will keep your profile for similar openings.

We apologise for the delay and thank you for your patience.

Kind regards,
Marlowe Hart Talent Acquisition, India`, 'Analytics Consultant – Req 88214 on hold'),

  other(`Dear Aniket,

We are pleased to invite you for a technical interview for the position of Data Scientist – Analytics CoE.

Date: Tuesday, 11 August 2026
Time: 3:00 PM – 4:00 PM IST
Mode: Microsoft Teams (link below)
Panel: Mr. Rajesh Iyer (Delivery Manager), Ms. Pooja Nair (Lead Data Scientist)

Kindly confirm your availability by replying to this mail. Please keep a copy of your updated resume and a government ID handy.

Regards,
Sneha Kulkarni
HR – Talent Acquisition
Vardhaman Software Services Ltd., Hinjewadi Phase 2, Pune`, 'Interview Invitation – Data Scientist – Analytics CoE'),

  other(`Dear Aniket,

Unfortunately Mr. Iyer has been called into a client escalation and will not be available tomorrow. We regret the inconvenience caused.

Could you please let us know if Thursday, 13 August at 11:30 AM works for you instead? The panel and mode remain the same.

Regards,
Sneha Kulkarni
HR – Talent Acquisition
Vardhaman Software Services Ltd.`, 'Reschedule: Interview – Data Scientist – Analytics CoE'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Dear Aniket,

Thank you for attending the technical interview with our panel on 13 August.

After discussion, the panel has decided not to proceed with your candidature for the Data Scientist role. The panel felt that you would need more hands-on experience building and deploying ML models; your work so far is mainly descriptive analytics and dashboarding, whereas the CoE needs someone who has owned forecasting and classification models end to end. Other candidates in the pipeline were closer to this requirement.

We thank you for your time and interest in Vardhaman Software Services.

Regards,
Sneha Kulkarni
HR – Talent Acquisition`, 'Interview Feedback – Data Scientist – Analytics CoE'),

  rej('application', ['location'], {},
    `Hi Aniket,

Thanks for applying for the Product Data Analyst (Remote) role at Fjordpay.

We've had a look and, unfortunately, for this role we can only hire people who are resident in an EU or EEA country, since we employ directly through our entity in Germany and do not use an employer-of-record outside Europe. So we can't take it further this time.

Sorry about that, and thanks for the interest in Fjordpay!

Lena Baumann
Talent Acquisition, Fjordpay GmbH, Berlin

Recruitee | Privacy notice`, 'Your application at Fjordpay'),

  other(`Hi Lena,

Thanks for the quick reply, understood. In case Fjordpay ever opens a remote position through an EOR in India, I'd be very keen.

Best,
Aniket

On Mon, 24 Aug 2026 at 14:02, Lena Baumann <lena.baumann@fjordpay.example> wrote:
> Hi Aniket,
> Thanks for applying for the Product Data Analyst (Remote) role at Fjordpay.
> We've had a look and, unfortunately, for this role we can only hire people who are resident in an EU or EEA country...`, 'Re: Your application at Fjordpay'),

  rej('interview', ['generic'], { ...offered },
    `Hi Aniket,

Thanks for the conversation with Varun, our Head of Analytics, on Friday.

We've thought about it and won't be moving to the next round. Varun mentioned he'd be glad to give you a few points from his side if you'd find it useful — just reply and I'll set up 10 minutes.

Regards,
Nikita
People Ops, Bluedot Learning`, 'Bluedot – Analytics Lead conversation'),

  other(`Dear Aniket,

Welcome to the Greyfin Talent Community!

You're now part of a network of professionals interested in careers at Greyfin Global Capability Centre, Bengaluru. We'll send you occasional updates on openings that match your interests, hiring events and stories from our teams.

Unfortunately we can't guarantee a role for every member, but joining helps our recruiters find you when something suitable opens up.

Manage your preferences any time.

Greyfin Careers
You can unsubscribe at any time.`, 'Welcome to the Greyfin Talent Community'),

  rej('application', ['generic'], {},
    `Dear Aniket Deshpande,

Ref: Application for Manager – Decision Science (Job Req 26-0815)

Thank you for your interest in Sterling Coast Bank. We have carefully considered your application. We regret to advise that you have not been selected to proceed further in the selection process.

Owing to the high volume of applications received, we are unable to provide specific feedback on individual applications.

Yours sincerely,
Talent Acquisition – India
Sterling Coast Bank

Taleo | This is an automated message. Please do not respond.`, 'Sterling Coast Bank – your application'),

  other(`Hi Aniket,

Thank you for applying to Analytics Associate at Northwind Advisory. Our team will review your application. Unfortunately, given the number of applications, this can take some time. If you are selected to move forward, we'll reach out by email.

In the meantime, learn more about our analytics practice at northwindadvisory.example/analytics.

The Northwind Advisory Recruiting Team

Sent via Lever. Please do not reply.`, 'Thanks for applying to Northwind Advisory'),

  other(`Hello Aniket,

This is to inform you that your application status for Senior Product Analyst at Olvin Health has changed.

Previous status: Applied
Current status: In Review

No action is required from you at this time.

Olvin Health Careers
Powered by Darwinbox`, 'Application status update – Senior Product Analyst'),

  other(`Dear Aniket,

Congratulations! Based on your profile, we would like to invite you to a case study round for the Analytics Associate role.

You will receive a dataset and a business problem (e-commerce returns). Please submit a short deck (maximum 8 slides) and your code within 72 hours of receiving the material. The case will be sent on Monday, 7 September at 10 AM IST.

Please reply to confirm.

Best,
Harish Menon
Recruiting, Northwind Advisory, Gurugram`, 'Northwind Advisory – Case Study Round'),

  other(`Hi Harish,

Please find attached my submission for the case study (deck + notebook). I've also pushed the code to a private GitHub repo and added you as a viewer in case the attachment doesn't open.

Unfortunately the returns file had about 2% rows with missing order dates — I've noted how I handled them on slide 2.

Thanks,
Aniket`, 'Case study submission – Aniket Deshpande'),

  rej('assessment', ['generic'], { ...door },
    `Dear Aniket,

Thank you for submitting your case study for the Analytics Associate role. We appreciate the effort you put into the analysis.

After reviewing the submissions, we have decided to move ahead with other candidates for the interview stage.

We'll keep your details on file and may reach out for future analytics roles at Northwind.

Best regards,
Harish Menon
Recruiting, Northwind Advisory`, 'Northwind Advisory – Case Study Outcome'),

  other(`Hi Kavya,

Just a quick update from my side — I'm relocating to Bengaluru from 1 October (my wife's job has moved), so please consider me for Bengaluru roles going forward. Hybrid or office both fine. I'll be in Whitefield/Marathahalli side.

Also happy to look at those senior analyst mandates you mentioned.

Thanks,
Aniket`, 'Location update – Bengaluru from October'),

  rej('application', ['generic'], { ...door },
    `Dear Aniket,

Thank you for applying for the Business Analyst – Product role at Olvin Health through Naukri.

After reviewing your application, the recruiter has not shortlisted your profile for this opening. Don't be discouraged — new jobs matching your profile are posted every day, and the recruiter may consider you for other openings in the future.

Regards,
Team Naukri.com`, 'Update on your application to Olvin Health'),

  other(`Jobs you may be interested in

Senior Product Analyst – Pravah Commerce · Bengaluru, Karnataka (Hybrid) · 2 connections work here
Data Scientist, Experimentation – Loopa · Bengaluru (On-site) · Actively recruiting
Analytics Manager – Greyfin GCC · Bengaluru · Promoted

See all jobs

You're receiving job alert emails. Unsubscribe · Help
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA`, 'Senior Product Analyst at Pravah Commerce and 9 more jobs in Bengaluru'),

  rej('screen', ['generic'], { ...door },
    `hi aniket, thanks for speaking with me this morning. the hiring manager reviewed the call notes and has decided not to go ahead for the Loopa role. will ping you when i have something else in analytics, you're on my list.

- Rahul (Instahyre)`, 'Loopa – update'),

  other(`Hi Aniket,

I'm a recruiter at Hollandia Data (Amsterdam). We're building a small product analytics team that works fully remote with contributors in India through Deel, and your profile looked like a strong match for a Senior Product Analyst role — mostly SQL, dbt and experimentation for our subscription product.

Unfortunately I can only share the salary range once we've had an intro call, but it is competitive for the Indian market and paid in EUR.

Would you be open to a 30-minute chat next week?

Groeten,
Sanne de Vries
Talent Partner, Hollandia Data B.V.`, 'Remote Senior Product Analyst – Hollandia Data (Amsterdam)'),

  rej('screen', ['profile_mismatch'], { ...offered },
    `Hi Aniket,

Thanks for taking the time to chat with me on Tuesday about the Senior Product Analyst role.

After reviewing our conversation with the team, we've decided not to move you forward to the hiring manager interview. We're seeing candidates whose background maps more closely onto what this team needs.

If you want, I'm happy to share a bit more about how we came to this — just let me know.

Best,
Sanne de Vries
Hollandia Data B.V.`, 'Re: Remote Senior Product Analyst – Hollandia Data (Amsterdam)'),

  other(`Dear Aniket,

Thank you for applying for Analytics Manager at Greyfin Global Capability Centre.

We're pleased to confirm your first interview:

Interviewer: Deepa Subramanian, Director – Customer Analytics
Date: 14 October 2026
Time: 11:00 – 11:45 IST
Format: Webex (details in the calendar invite)

Unfortunately we are unable to accommodate changes within 24 hours of the interview, so please let us know as early as possible if the timing doesn't suit.

Regards,
Greyfin GCC Talent Acquisition
Embassy Tech Village, Bengaluru

Greyfin is an equal opportunity employer.`, 'Interview confirmation – Analytics Manager'),

  hold('screen', ['role_closed'], {},
    `Hi Aniket,

Thanks again for the HR call last week for the Data Scientist role at Kanvas Fintech.

I wanted to give you a heads-up that this requisition is currently on hold while our leadership finalises the budget for the next two quarters. Nothing has changed on your candidature — you are still in the process, and as soon as we get the go-ahead I'll schedule the technical round.

I'm sorry for the wait. I expect clarity in about three weeks.

Regards,
Shweta Pillai
Talent Acquisition, Kanvas Fintech, Koramangala`, 'Kanvas – Data Scientist process update'),

  other(`Hi Aniket,

Thanks so much for your time today with Deepa. We'll be in touch with next steps in the coming week once we've met the remaining candidates.

If you have any questions in the meantime, please feel free to reach out.

Best regards,
Arjun Bhat
Talent Acquisition Partner, Greyfin GCC`, 'Thank you for interviewing – Analytics Manager'),

  rej('interview', ['culture_fit'], { ...fb, ...offered },
    `Hi Aniket,

Thanks for meeting the analytics pod on Thursday. The team liked your SQL depth a lot.

We've decided not to move forward. Honestly, it came down to fit with how the pod works: it's a very fast, loosely structured setup where analysts are expected to push back on PMs hard and ship half-baked answers quickly, and the group felt you'd prefer a more structured environment. If you want to talk it through, I'm around — just reply.

Cheers,
Mihir Shah
Analytics Lead, Zapkart`, 'Zapkart – analytics interview'),

  other(`Hi Aniket,

Great news — the Greyfin team would like to move you to the final round for the Analytics Manager role.

The final round is a 60-minute panel with two senior directors, including a 15-minute presentation of a past analytics project of your choice. We're proposing 28 October at 4 PM IST in our Bengaluru office.

Could you confirm your availability? We'll arrange the visitor pass once you reply.

Regards,
Arjun Bhat
Greyfin GCC`, 'Final round invitation – Analytics Manager'),

  hold('interview', ['generic'], {},
    `Dear Aniket,

Thank you for your patience after the interview with our team for the Product Analyst position.

Unfortunately our decision is taking longer than we expected, as the hiring manager is travelling and a couple of interviews with other candidates are still pending. Your application is very much active and we expect to come back to you with an update by the second week of November.

We apologise for the delay.

Warm regards,
Ishita Banerjee
HR, Pravah Commerce`, 'Product Analyst – update on timeline'),

  rej('final', ['position_filled'], { ...door },
    `Dear Aniket,

Thank you for taking part in the final round for the Analytics Manager position and for the presentation on your retention work; the panel enjoyed it.

I'm writing to let you know that we have extended an offer to another candidate, who has accepted. As a result the position is now closed.

We would like to stay connected, and I'll make sure your profile is flagged to the team for upcoming managerial openings in the GCC.

Kind regards,
Arjun Bhat
Talent Acquisition Partner, Greyfin GCC`, 'Analytics Manager – outcome'),

  rej('application', ['role_closed'], {},
    `Hello Aniket,

We wanted to update you about the Data Analyst II role at Crestline Insurance that you applied for. This position has been withdrawn and will not be filled, so we are closing all applications for it.

Thank you for your interest.

Crestline Insurance Careers – India

SmartRecruiters | Privacy`, 'Data Analyst II – position withdrawn'),

  other(`Dear Aniket,

Following your interviews, we would like to invite you to an HR discussion for the Senior Product Analyst role.

The discussion will cover your compensation expectations, notice period and joining timelines. It will take about 30 minutes on Google Meet on Friday, 13 November at 5:30 PM.

Please keep your last three months' payslips ready.

Regards,
Ishita Banerjee
HR, Pravah Commerce`, 'HR discussion – Senior Product Analyst'),

  rej('interview', ['internal_candidate'], {},
    `Hi Aniket,

Thanks for the two rounds with us for the Product Analytics role. We've closed it with someone from our own BI team who's moving over to the product side, so we won't be continuing with external candidates.

Thanks for your time.

Best,
Raghav
Hiring Manager, Nimbleroute Logistics`, 'Nimbleroute – Product Analytics'),

  other(`Dear Aniket,

We are delighted to offer you the position of Senior Product Analyst at Pravah Commerce Pvt. Ltd., based in Bengaluru.

Your annual fixed CTC will be INR 22,00,000, with a variable component of up to 10% and ESOPs as detailed in the attached offer letter. Your proposed date of joining is 4 January 2027.

Please review the offer letter and confirm your acceptance by signing and returning it within 5 working days. Unfortunately, we will not be able to hold the offer beyond this date.

We look forward to welcoming you to Pravah.

Warm regards,
Ishita Banerjee
HR Business Partner
Pravah Commerce Pvt. Ltd.

Attachment: Offer_Letter_Aniket_Deshpande.pdf`, 'Offer Letter – Senior Product Analyst'),

  other(`Hi Ishita,

Thank you so much — I'm happy to accept. Signed offer letter attached.

I'll put in my resignation at Sahyadri tomorrow; my last working day should be 31 December, so 4 January works.

Regards,
Aniket`, 'Re: Offer Letter – Senior Product Analyst'),

  other(`Dear Aniket,

As part of your onboarding with Pravah Commerce, our background verification partner, VeriTrust Screening, will contact you to complete document verification.

Please upload the following on the portal within 7 days:
- PAN card and Aadhaar
- Degree certificates and mark sheets
- Relieving letters from all previous employers
- Last three payslips from Sahyadri Analytics

Unfortunately, joining cannot be confirmed until verification is complete, so we'd request you to complete this at the earliest.

Regards,
Onboarding Team
Pravah Commerce Pvt. Ltd.`, 'Action required: Document verification for onboarding'),

  other(`Hi Shweta,

Thanks for keeping me posted on the Kanvas process. I wanted to let you know that I have accepted an offer elsewhere, so I'd like to withdraw my application for the Data Scientist role.

I really appreciated how transparent you were throughout. Hope we cross paths again.

Best,
Aniket`, 'Withdrawing my application – Data Scientist'),

  other(`Hi Aniket,

Thanks for letting me know, and congratulations on the new role! Unfortunately the budget still hadn't cleared on our side, so the timing didn't work out, but I'm glad things worked out for you.

I'll keep you in mind for the future — do stay in touch.

Regards,
Shweta

On Fri, 20 Nov 2026, 18:12 Aniket Deshpande wrote:
> Hi Shweta,
> Thanks for keeping me posted on the Kanvas process. I wanted to let you know that I have accepted an offer elsewhere...`, 'Re: Withdrawing my application – Data Scientist'),

  hold('final', ['role_closed'], { ...door },
    `Dear Aniket,

Thank you for completing the final round with our partners for the Data Science Consultant role.

I'm afraid we have to pause the process at this point. The firm has put new headcount on hold until the next financial year begins in April, and this role is included. We were positive about your interviews and we have not made a decision against you; once the freeze lifts, we'd like to pick up from where we left off. If this role doesn't reopen, we'll consider you for the next suitable one.

With apologies for the uncertainty,
Meenakshi Raman
Senior Manager – Talent
Avantis Analytics Consulting LLP`, 'Data Science Consultant – process paused'),

  other(`Dear Candidate,

Your application is incomplete.

You started an application for Data Scientist – Credit Risk at Sterling Coast Bank but haven't submitted it. Unfortunately, incomplete applications cannot be considered. To finish, sign in to your candidate account before the posting closes on 30 November.

Sterling Coast Bank Talent Acquisition
Please do not reply to this automated message.`, 'Reminder: complete your application'),

  rej('application', ['generic'], {},
    `Unfortunately we will not be taking your application for Data Analyst – Growth further. Thank you for applying to Cartwheel.`, 'Cartwheel application'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Aniket,

Thanks for your patience after the interview with Karan and the product team.

We have decided not to make an offer for the Product Data Scientist role. The main gap the team identified was experimentation: the role leans heavily on designing A/B tests, power calculations and variance reduction, and in the interview you hadn't run those independently. That is a core part of the job from day one here.

Happy to set up a short call with Karan if you'd like to hear more of his thoughts.

Kind regards,
Poornima Hegde
Recruiting, Saffronbyte`, 'Saffronbyte – Product Data Scientist'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Aniket,

Thank you for your time with Chirag and Alisha in the partner round for the Data Science Consultant position.

We have now met all final-stage candidates, and the firm has chosen to go ahead with a candidate whose profile is a closer fit for what the position needs.

Please consider us in the future — we'd be keen to hear from you for later openings in the analytics practice.

Regards,
Vikram Sethi
Talent Lead, Quantyx Advisory, Pune`, 'Quantyx – Data Science Consultant'),

  other(`Hi Aniket,

Thank you for recently interviewing with Greyfin. We'd love to hear about your experience — good or bad. Unfortunately we can only improve if candidates tell us where we fell short.

The survey takes about 3 minutes and your answers are anonymous.

Take the survey

Greyfin Candidate Experience Team`, 'How was your interview experience with Greyfin?'),

  rej('final', ['generic'], { ...door },
    `Dear Aniket,

Thank you for your participation in the final interview for the Lead Analyst – Marketing Science position at Harbourline Digital (Remote – Dublin).

We regret to inform you that we will not be progressing your application further. We receive a large number of applications and, unfortunately, we are not able to provide individual feedback at this stage.

We'd encourage you to keep an eye on our careers page and apply for future roles.

Kind regards,
Siobhán Keane
Talent Acquisition, Harbourline Digital`, 'Harbourline Digital – Lead Analyst, Marketing Science'),

  other(`Dear Aniket,

A recruiter from Mintora Labs viewed your profile.

Recruiters who view your profile are often looking for candidates like you. Unfortunately, we cannot share which job they were hiring for, but keeping your profile updated increases your chances of being contacted.

Update your profile

Team Naukri.com`, 'A recruiter viewed your profile'),

  rej('application', ['generic'], { ...door },
    `Hi Aniket,

Happy new year, and thank you for applying to the Data Analyst role at Verdel Energy Solutions (Remote, Netherlands/India).

We regret that we won't be moving forward with your application. We've added you to our talent pool and will get in touch if a new role fits your background.

Kind regards,
Verdel Energy Solutions Recruitment`, 'Verdel Energy Solutions – your application'),

];
