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

The team enjoyed the conversation. After weighing everyone we met, we have chosen to proceed with a candidate whose monitoring experience lines up more closely with the studies this group runs.

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

  rej('interview', ['culture_fit'], {},
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

We have decided not to extend an offer. To be open with you: the panel felt another finalist had deeper hands-on experience running port operations at our scale, and several interviewers also noted that your leadership approach is more directive than the collaborative style our site teams are used to. Both points weighed in the decision.

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

  rej('screen', ['location'], { ...door },
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

Looking at your CV, you have close to twenty years in credit risk, which is considerably more than this entry-level position calls for; we don't think the role would do your experience justice and it is not the right match.

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

We've decided not to continue. Your expectations were north of the range we can stretch to for this position, and candidly the other people we're talking to are a tighter match for the kind of B2B work we do. Both together made it an easy call for the committee, though not a pleasant email to write.

All the best,
Jess Morrow
Head of Growth
Paddock Analytics, Melbourne`, 'Growth Marketing Lead'),

  rej('application', ['generic'], { ...door },
    `<html><body><p>Hi Amara,</p><p>Thank you for your interest in <b>Sundial Energy</b>. After reviewing your application for <b>Field Service Technician</b>, we&#39;ve decided not to move forward at this time.</p><p>We encourage you to visit our <a href="https://careers.sundialenergy.com">careers page</a> and apply to other roles that interest you.</p><p>Sincerely,<br>Sundial Energy Recruiting</p><p style="font-size:10px">Sundial Energy is an equal opportunity employer. To unsubscribe from these emails <a href="#">click here</a>.</p></body></html>`, 'Your application to Sundial Energy'),

  //__MORE_A__
];
