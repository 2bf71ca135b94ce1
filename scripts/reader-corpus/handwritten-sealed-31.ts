/**
 * Sealed messages of the thirty-first round. Two halves. The first: rejections sent to university students and recent
 * graduates in the United States and Canada who applied for summer internships, co-op terms and new-graduate
 * programmes at large and mid-sized companies, each from a different company and writer, tracking-system letters and
 * notes from campus recruiters and engineers, at every stage. The second: one student's inbox over an internship
 * season, rejections mixed with receipts, invitations, scheduling, an offer, recruiter outreach, alerts, her own sent
 * mail and two paused processes.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s31-');

export const HANDWRITTEN_SEALED_31: readonly CorpusLine[] = [
  // ── A. Internship, co-op and new-graduate rejections
  rej('application', ['generic'], {},
    `Hi Priyanka,

Thank you for applying to the 2027 Software Engineering Intern (Summer) program, requisition R-0048213.

We received a very large number of applications this cycle and have now completed our review. Unfortunately we won't be moving your application to the next step.

We wish you the best in your studies.

Early Careers Talent Acquisition
Meridian Payments, Inc.

This mailbox is not monitored. Meridian Payments is an Equal Opportunity Employer. To manage your candidate profile, sign in to the Careers site.`, 'Your application to Meridian Payments'),

  rej('application', ['profile_mismatch'], { ...door },
    `Subject: Update on Req #JR-77120 Hardware Validation Co-op (Fall 2027)

Hello Tyler,

Thanks for your interest in a co-op term with Norvale Semiconductor. After looking closely at your application, we have decided to pursue other applicants whose coursework and lab experience line up more closely with what this team needs for the fall term.

Your profile will stay in our university talent community, and recruiters may reach out if a co-op opening fits your background better. You are welcome to apply to other postings on our careers page at any time.

Regards,
University Relations | Norvale Semiconductor
Please do not reply to this automated message.`),

  rej('application', ['generic'], {},
    `Dear Mariam,

Re: Summer Analyst Program 2027 – Investment Banking (New York)
Reference: 26-0911-SA

We appreciate the time you took to apply to Halvorsen Whitcombe. We regret to let you know that we are unable to offer you a place in the next stage of our recruitment process.

With kind regards,

Campus Recruiting
Halvorsen Whitcombe & Co.`, 'Halvorsen Whitcombe – Summer Analyst Program'),

  rej('screen', ['generic'], { ...door },
    `hey Jordan - it was good chatting last Thursday. I just heard back from the team and they're going to go in a different direction for the summer spot, so we won't be setting up the technical rounds. bummer, I know. definitely throw your name in again when we post new grad roles in August, I'll be watching for it.

- Kelsey (campus recruiting @ Tidewater Labs)`, 'quick update'),

  rej('application', ['generic'], {},
    `Thank you for your interest in the Data Analytics Intern position (Job ID 2026-41187) at Brightline Grocers. Upon reviewing your application, we have decided not to proceed with your candidacy at this time.

This is a system-generated email. Please do not respond.

Brightline Grocers Corporate Careers | Privacy Notice | Unsubscribe`, 'Your Brightline Grocers Application'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Sam,

I wanted to reach out personally rather than let you find out through the portal. Thank you for the time you spent with Ravi and Chen on Tuesday — they both enjoyed the conversation about your robotics club project.

After talking it over, the team decided to move forward with another intern whose background is a bit closer to the embedded firmware work they have planned for the summer. I know that's not the news you were hoping for.

If it would help as you prepare for other interviews, I'm glad to get on a 15-minute call and pass along what the interviewers noted. Just reply and we'll find a time.

All the best,
Danielle Ortiz
University Recruiter, Arcwell Robotics`, 'Arcwell Robotics – Embedded Software Intern'),

  rej('application', ['generic'], { ...door },
    `Dear Candidate,

Thank you for applying for the position of Co-op Student – Actuarial (Winter 2027), Requisition 118842, at Northbridge Mutual Insurance.

This message is to let you know that your application was not selected for further consideration. We had many well-qualified students apply for a small number of co-op placements.

We invite you to create a job alert on our careers site so you are notified when the Summer 2027 co-op postings open.

Sincerely,
Talent Acquisition, Northbridge Mutual
Northbridge Mutual is committed to accessibility in employment. Accommodations are available on request.`, 'Northbridge Mutual – Application Status'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Ahmed,

Thanks for completing the online coding assessment for the Quantitative Developer Intern role. We've reviewed your submission, and your score fell below the threshold we use to decide who moves on to interviews, so we won't be progressing your application this season.

Our hiring process for interns is run on a fixed timeline, and we're unable to share individual question results.

Kind regards,
Recruiting Team
Sterncliff Capital LP`, 'Sterncliff Capital – Quantitative Developer Intern'),

  rej('application', ['profile_mismatch'], {},
    `<html><body><p>Hi Emily,</p><p>Thank you for your interest in the <b>Brand Management Summer Internship 2027</b> at Caldera Home &amp; Personal Care. After a careful review we have chosen to advance candidates whose qualifications better fit the needs of the program.</p><p>We sincerely appreciate the effort that went into your application.</p><p>Best,<br>The Caldera Campus Team</p><p style="font-size:10px">Req ID: 24119-BM | You are receiving this email because you applied through Caldera Careers.</p></body></html>`, 'Caldera Brand Management Internship'),

  rej('application', ['generic'], {},
    `Hi Nathaniel,

Thank you for applying to Lumenfield. Our team has reviewed your application for Product Design Intern, and we've decided not to move forward at this time.

We really appreciate you taking the time to share your work with us, and we wish you luck in your search.

Lumenfield Recruiting

Sent via Greenhouse`, 'Thank you for your interest in Lumenfield'),

  rej('application', ['position_filled'], {},
    `Dear Keisha,

Thank you for your application for the Summer 2027 Network Engineering Intern position (Req. 56102) with Maplecrest Telecom.

All of the internship positions for this summer have now been filled, so we are closing the posting and will not be moving ahead with remaining applications.

We appreciate your interest in Maplecrest.

Regards,
Maplecrest Telecom Human Resources
Toronto, ON

This email was sent from an unmonitored address.`, 'Maplecrest Telecom – Network Engineering Intern'),

  rej('final', ['profile_mismatch'], { ...door },
    `Dear Arjun,

Thank you once again for attending the Superday for our Sales & Trading Summer Analyst program in Toronto. It was a pleasure to host you, and the desk heads spoke highly of your energy during the market discussion.

This year's final round was very strong, and after much deliberation we've offered places to candidates whose profiles we felt were the strongest match for the desks taking summer analysts. We are sorry to share that we will not be extending an offer to you.

We hope you will consider applying for our full-time Analyst program next year; we would be glad to see your application again.

Warm regards,
Christine Lavallée
Campus Recruitment – Canada
Bank of Fairhaven Capital Markets`, 'Summer Analyst Superday – outcome'),

  rej('application', ['generic'], {},
    `Subject: RE: Application - Supply Chain Intern, Req 2027-SCI-004

Dear Jamal,

Thank you for your interest in Trans-Prairie Freight. We have reviewed your application and regret that you were not selected to move forward.

Regards,
Recruitment`),

  rej('application', ['location'], { ...fb },
    `Hi Lucas,

Thanks for applying to the Data Engineering Co-op at Harbourview Analytics. Unfortunately this co-op term is only open to students who are eligible to work in Canada for the full term without sponsorship, and from your application it looks like you would need a permit we aren't able to support for this posting.

So we won't be able to consider you for this role. I'm sorry — I know that's frustrating.

Best,
Meg Tran
Talent Partner, Harbourview Analytics`, 'Harbourview Data Engineering Co-op'),

  rej('application', ['generic'], { ...door },
    `Dear Olivia,

Thank you for your application to the Kestrel Airways Finance Rotational Program (Requisition KA-26-3350).

After reviewing all submissions, we have decided not to move your application forward. We encourage you to continue checking our careers site, as new opportunities for students and graduates are posted throughout the year.

Sincerely,
Kestrel Airways Talent Acquisition

Kestrel Airways is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.`, 'Your application with Kestrel Airways'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Grace,

We're writing about your application for our Machine Learning Research Intern opening. We read it carefully, but this year the role is aimed at PhD students with publications in the area, and on balance we don't feel your experience is the right match for it.

Thanks for thinking of us.

Research Recruiting, Quillon AI`, 'Quillon AI – ML Research Intern'),

  rej('screen', ['generic'], {},
    `Dear Ms. Nakamura,

Thank you for speaking with me on the phone last week about the Summer Associate role in our Chicago office. I enjoyed hearing about your case competition experience.

Having now completed all of our first conversations, we are not in a position to invite you to the case interview round. I'm sorry not to have better news.

Kind regards,
Fiona Gallagher
Recruiting Coordinator
Ashbury Partners Consulting`, 'Ashbury Partners – Summer Associate'),

  rej('application', ['generic'], {},
    `Thanks for your interest in Pixelgrove! We're not going to be moving forward with your application for Game Programmer Intern. We got a LOT of applications this year and just can't take everyone to interviews. Good luck out there!

— the Pixelgrove team`, 'Pixelgrove Game Programmer Intern'),

  rej('assessment', ['generic'], { ...door },
    `Dear Wei,

Thank you for completing the video assessment for the Technology Analyst Program 2027 at Ridgeway Financial Group.

We have reviewed all assessments, and we regret to let you know that we will not be taking your candidacy forward on this occasion. We received an exceptional response to this year's program.

Your details will remain in our graduate talent pool for 12 months, and our team may contact you should a suitable opportunity arise.

Yours sincerely,
Graduate Recruitment Team
Ridgeway Financial Group

Ref: TAP-27-00931`, 'Technology Analyst Program – Your application'),

  rej('application', ['generic'], {},
    `Dear Hannah,

We wanted to let you know that we have carefully considered your application for the position of Regulatory Affairs Summer Student (Job Number: 2600471) and will not be moving forward with your candidacy.

We appreciate your interest in Valencourt Pharmaceuticals and wish you success in your future endeavours.

Best regards,
Valencourt Pharmaceuticals Talent Acquisition

Please do not reply to this message. To review the status of your applications, log in to your candidate home page.`, 'Valencourt Pharmaceuticals - Application Update'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Diego,

Thanks again for meeting with the platform team on Friday. Everyone enjoyed talking with you.

I'll be direct since you asked for honest feedback in your last email: the team felt your systems fundamentals weren't quite there yet for this internship — in the design portion you weren't comfortable with how caching and database indexing would work at scale, and that's a big part of what this intern would own. Your coding round was solid.

We won't be extending an offer this summer. I'd really work on that area; it's very learnable.

Cheers,
Ben Walsh
Engineering Manager, Sprocket Logistics`, 'Re: Platform intern interview'),

  rej('application', ['generic'], {},
    `Hello Chloe,

Thank you for applying to Fernhill Media Group's Summer Internship in Audience Research (REQ-39021).

Your application has been reviewed, and you have not been selected for this role.

Fernhill Media Group Careers
Do not reply to this email.`, 'Application status update - REQ-39021'),

  rej('application', ['role_closed'], {},
    `Hi Marcus,

Thank you for your interest in the 2027 Field Operations Engineering Intern position with Crestmoor Energy.

We wanted to update you that this posting has been cancelled due to a change in our business needs, and we will not be filling it this year. As a result we will not be moving forward with your application.

We appreciate your understanding.

Crestmoor Energy Talent Acquisition
Calgary | Houston`, 'Crestmoor Energy – posting update'),

  rej('application', ['generic'], { ...door },
    `Dear Aisha,

Many thanks for your interest in the Strategy & Operations Internship at Oakhurst Retail. This year we received many more applications than we have places, and on this occasion your application has not been successful.

Please don't let this discourage you from applying to us again in future – we would be pleased to hear from you.

All the best,
Oakhurst Early Talent`, 'Oakhurst Retail – your internship application'),

  rej('interview', ['generic'], {},
    `Dear Ethan,

Thank you for taking part in interviews for the Mechanical Engineering Intern role at Volterra Motors. We appreciated the chance to get to know you.

We've concluded our selection and, unfortunately, we will not be offering you a position.

Sincerely,
Heather McCall
HR Business Partner, Powertrain
Volterra Motors North America`, 'Volterra Motors – Interview Outcome'),

  rej('application', ['profile_mismatch'], { ...door },
    `Subject: Thank you for applying — Cloud Support Associate (New Grad), Requisition 3349017

Hi Ravi,

We appreciate you considering Stratacore for the next step in your career. After careful review, we have determined that your current experience and skills are not the closest match for the requirements of this role.

We encourage you to review and apply to other open positions that align with your interests. Your candidate profile remains active, and recruiters may contact you about future openings.

Thank you,
Stratacore University Recruiting

Stratacore Corp. | Privacy | Manage email preferences`),

  rej('application', ['generic'], {},
    `Ms. Sophia Brennan,

Your application for the Audit Intern – Summer 2027 (Job ID 86502) with Kellaway & Pruitt LLP has been reviewed. At this time you have not been selected to continue in our process.

Thank you for your interest in our firm.

Kellaway & Pruitt LLP – Campus Recruiting`, 'Kellaway & Pruitt Campus Recruiting'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Noah,

Thanks for taking the time to speak with me on Monday about the Solutions Engineering internship. I shared my notes with the hiring team, and they've decided to prioritize candidates with a bit more customer-facing experience, so we won't be moving you on to the team interviews.

You came across as really thoughtful, and I'd love to keep in touch — once you're closer to graduating I'd encourage you to look at our new grad SE program. I'll keep your details on file.

Best,
Alyssa Greer
Early Career Recruiter | Vantage Cloud Systems`, 'Following up - SE Internship'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your application to the 2027 Summer Intern Program at Pennant Consumer Products (Requisition ID: PCP-INT-5521).

We have reviewed your application and will not be considering it further. Due to the volume of applications, we are unable to provide individual feedback.

Pennant Consumer Products
Human Resources Shared Services`, 'Pennant Consumer Products - Internship Application'),

  rej('application', ['generic'], { ...door },
    `Hi Isabella,

Thank you for applying to the IT Co-op (January–April 2027) at Lakeshore Health Insurance, posting #LH-0822.

Unfortunately we won't be moving forward with your application this time. We do hire co-op students every term, so please keep an eye on your school's job board and our careers site for the next round of postings.

Regards,
Co-op & Student Programs
Lakeshore Health Insurance`, 'Lakeshore co-op posting LH-0822'),

  rej('interview', ['position_filled'], {},
    `Hi Zainab,

Thank you for your patience over the past couple of weeks, and for the two interviews you did with us for the Data Science Intern role.

I wanted to let you know that we've extended an offer to another candidate and they've accepted, so the position is now filled. Thank you again for your interest in Kinetica Health.

Take care,
Lauren
Lauren Pierce | Talent Acquisition | Kinetica Health`, 'Data Science Intern - update'),

  rej('application', ['generic'], {},
    `Dear Michael,

Thank you for your recent application. We have carefully considered your experience, and we regret to advise that we will not be progressing your application for the Electrical Engineering Graduate Program at Barrington Rail Systems.

Kind regards,
Barrington Rail Systems Recruitment`, 'Barrington Rail Systems - Graduate Program'),

  rej('application', ['profile_mismatch'], {},
    `Hello Fatima,

Thank you for your interest in the Associate Product Manager program at Northwind Commerce.

We've carefully reviewed your background against the needs of the program, and we have decided not to move forward. Other candidates' experience was more closely aligned with what we are looking for this cycle.

Best of luck with your search.

APM Recruiting Team, Northwind Commerce`, 'Your APM application'),

  rej('assessment', ['generic'], {},
    `Dear Connor,

Thank you for completing the HireVue interview and the game-based assessment for our Leadership Development Program.

We have now reviewed the results of this stage, and we're sorry to tell you that we won't be progressing your application further.

Kind regards,
Sedgewick Foods Graduate Recruitment`, 'Leadership Development Program – next steps'),

  rej('application', ['generic'], {},
    `Hi Layla — thanks for stopping by our booth at the engineering career fair and sending over your resume afterward. We've finished going through everyone we met there, and we're not going to be able to offer you an interview for the summer intern roles. Good luck with the rest of the recruiting season!

Owen Brightman
Software Engineer (and part-time campus recruiter), Halcyon Devices`, 'From the Halcyon booth'),

  rej('screen', ['generic'], {},
    `Hi Tomás,

Thank you for the recruiter call on the 14th regarding the Quant Research Intern role. We've reviewed feedback from all first-round conversations and will not be moving forward with your application.

Given the number of candidates we speak with, we aren't able to provide detailed feedback at the screening stage.

Best regards,
Recruiting | Larchmont Quantitative`, 'Larchmont Quantitative — Quant Research Intern'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Dear Anika,

Thank you for completing the HackerRank challenge for our 2027 Software Developer Co-op stream. Your submission passed the easier problems but did not clear the test cases on the graph and dynamic programming questions, and we set a minimum score for moving forward to interviews.

We will not be able to progress your application for this term. You are welcome to reapply for the next co-op cycle, and you'll be able to take the assessment again then.

Regards,
Co-op Recruitment, Ironleaf Software`, 'Ironleaf Software co-op – assessment result'),

  rej('application', ['generic'], {},
    `Dear Samuel,

Thank you for your interest in Alder & Finch. We have now completed our review of applications for the Summer Business Analyst role, and we regret that we are unable to invite you to interview.

Yours sincerely,
Alder & Finch Recruiting`, 'Alder & Finch – Summer Business Analyst'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Madison,

Thank you so much for interviewing with our Analytics team last week. You made a strong impression — Tasha mentioned how clearly you walked through your capstone project.

In the end, we chose a candidate whose previous internship in retail pricing matched this team's work a little more closely. It was a tough call.

We'd love to stay in touch. We'll reach out when our new grad analyst roles open in the fall, and I hope you'll consider us then.

Best,
Jenna Kowalski
Talent Acquisition Partner | Birchmont Department Stores`, 'Birchmont Analytics Internship'),

  rej('application', ['role_closed'], { ...door },
    `Hi Adebayo,

I'm reaching out about your application for the Summer 2027 Backend Engineering Intern role at Flintwood. Because of a change to our hiring plan for next year, we've decided not to run an internship program on that team this summer, and the posting has been taken down.

This isn't a reflection on your application. If we open intern roles again, we'll let you know, and please feel free to apply.

Thanks,
Priya at Flintwood`, 'Update on the Flintwood internship'),

  rej('application', ['generic'], {},
    `Application Status Update

Position: Marketing Intern – Summer 2027
Req#: 24-MKT-118
Company: Harborline Beverages

Dear Emma,

We regret to inform you that you were not selected for the position listed above. We thank you for your interest.

*** This is an automated notification from our applicant tracking system. Replies are not monitored. ***`, 'Application Status Update'),

  rej('final', ['generic'], { ...offered },
    `Dear Kwame,

Thank you for your time at our final-round interview day in Montréal, and for the case presentation you delivered to the partners.

We have made our decisions for the Summer Consultant program and I am sorry to let you know that we are not able to extend an offer to you. It was a close decision across a very strong group.

If you would like to hear the partners' comments on your case, please let me know and I will arrange a short call.

Kind regards,
Élodie Marchand
Recruiting Manager
Rousseau Lyle Consulting`, 'Summer Consultant Program – final round'),

  rej('application', ['profile_mismatch'], {},
    `hi Ryan, thanks for applying to the growth intern opening at Tally. we've looked through everything and don't think it's the right match right now. appreciate you reaching out!

sent from my phone`, 'Re: growth intern'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Dear Ji-woo,

Thank you for your interest in the Bilingual Customer Insights Intern position (Req 33018) at Laurentide Telecom.

This role is based in our Québec City office and requires professional working proficiency in French, as well as the ability to work on site four days a week. Based on your application, you indicated limited French and that you would be completing your term remotely from Vancouver. For those reasons we are unable to proceed with your application.

We thank you for your interest.

Human Resources – Laurentide Telecom`, 'Laurentide Telecom – Req 33018'),

  rej('application', ['generic'], { ...door },
    `Hello Benjamin,

Thanks for your interest in joining Cobaltview as a Software Engineer, New Grad (2027 Start). We've now had a chance to review your application and won't be moving forward at this time.

We'd encourage you to keep an eye on our careers page — we post new grad and intern roles several times a year, and future applications are always welcome.

Cheers,
Cobaltview Talent

Powered by Lever`, 'Your application to Cobaltview'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Leah,

Thanks for jumping on a quick intro call with me last week. After reviewing your background with the hiring manager, we feel the Firmware Intern role needs more hands-on microcontroller experience than your coursework so far has covered, so we're going to pass for now.

Appreciate your time and wish you luck with the search.

Rob Marsh
Technical Recruiter, Quanta Sense`, 'Firmware Intern - Quanta Sense'),

  rej('application', ['generic'], {},
    `Dear Daniel,

Thank you for applying to the 2027 Summer Internship – Corporate Finance at Everleigh Insurance Group. We regret to inform you that your application was unsuccessful.

Regards,
Everleigh Insurance Group Careers
This email was generated by SuccessFactors on behalf of Everleigh Insurance Group. Please do not reply.`, 'Everleigh Insurance Group - Application Update'),

  rej('interview', ['generic'], { ...door },
    `Dear Nia,

Thank you for coming in to interview with the Clinical Data Management team at Ashgrove Biologics. It was a pleasure to meet you, and we appreciated your thoughtful questions about our trial operations.

We have now completed our interviews and regret to inform you that we have decided to move forward with another candidate for this internship.

We will keep your resume on file and may contact you about future student opportunities in our Cambridge site.

Best regards,
Miriam Feld
Senior Talent Acquisition Specialist
Ashgrove Biologics`, 'Clinical Data Management Internship'),

  rej('application', ['profile_mismatch'], {},
    `Hi Owen,

Thank you for your application for the Electrical Design Co-op, Winter 2027 (Posting #: 71-2204). Having reviewed it carefully against the posting, we've decided to focus on candidates whose qualifications are closer to the requirements of this particular role.

Thank you again, and we wish you all the best with your co-op search.

Kind regards,
Student Recruitment
Granite Shield Power Corporation`, 'Electrical Design Co-op – Posting 71-2204'),

  rej('assessment', ['generic'], {},
    `Dear Rebecca,

Thank you for your interest in the Product Analyst Intern position and for completing the take-home case we sent you.

After reviewing all of the submissions, we have decided to proceed with other candidates. We appreciate the time and care you put into the exercise.

Regards,
The Hiring Team at Wrenfield`, 'Wrenfield - Product Analyst Intern'),

  rej('application', ['position_filled'], { ...door },
    `Hi Aaliyah,

Thanks for applying to the Summer 2027 UX Research Intern position. We wanted to let you know that we've completed hiring for this role and it's no longer open.

We'll keep your information so we can reach out if a similar internship opens up later this year.

Thanks again,
Sageport Recruiting`, 'Sageport – UX Research Intern'),

  rej('application', ['generic'], {},
    `Dear Liam,

Re: Your application for Engineering Summer Student – Plant Operations (Requisition 2026-PO-0771)

Thank you for taking the time to apply. We have now reviewed all applications and I'm sorry to say that you have not been shortlisted for this position.

Yours sincerely,
HR Services
Blackwater Mining Canada Ltd.`, 'Requisition 2026-PO-0771'),

  rej('final', ['profile_mismatch', 'position_filled'], {},
    `Hi Victoria,

Thank you for making it all the way to the onsite for our Software Engineering Intern position. I know it was a long day, and the team truly appreciated your time.

We had only a handful of spots and ended up with more strong finalists than we could hire; the offers went to candidates whose interviews lined up slightly more closely with what the teams were looking for, and all of those offers have now been accepted.

I'm sorry this isn't the outcome you were hoping for.

Best,
Carlos Medina
University Recruiting Lead | Tessellate`, 'Your Tessellate onsite'),

  rej('application', ['generic'], {},
    `Dear Sarah,

We are in receipt of your application for Summer Intern – Finance & Accounting at Delmar Auto Group. After careful consideration, we will be moving forward with other applicants.

Thank you for your interest in Delmar Auto Group.

Delmar Auto Group Talent Acquisition
This email was sent from a notification-only address that cannot accept incoming email.`, 'Delmar Auto Group – Application'),

  rej('application', ['generic'], { ...door },
    `Hi Eli,

Thanks for applying to the Data Science Co-op at Pinegate Insurance (Req. 902144). We've reviewed your application and, unfortunately, won't be inviting you to an interview for this term.

We'd be glad to see your application for future co-op terms — our postings go live on your school's co-op portal about two months before each term starts.

Best,
Pinegate Insurance – Early Talent`, 'Pinegate Insurance Data Science Co-op'),

  rej('interview', ['profile_mismatch'], {},
    `Dear Hyun-soo,

Thank you for interviewing with us for the Equity Research Summer Associate position. After discussing all of the candidates, the team felt that others brought experience that fit the seat more closely.

We appreciated your interest in Calloway Brothers and wish you well.

Sincerely,
Paulette Roy
Campus Recruiting, Calloway Brothers`, 'Equity Research Summer Associate'),

  rej('application', ['generic'], {},
    `Thank you for applying for the Intern, Cybersecurity Operations position at Greycliff Defense Systems. We have reviewed your qualifications and have determined that we will not be moving forward with your application.

We appreciate your interest in Greycliff.

Greycliff Defense Systems Talent Acquisition
Requisition: GDS-26-14920`, 'Greycliff Defense Systems Application Status'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Rahul,

Many thanks for the phone conversation on Wednesday about our Graduate Data Analyst scheme. You were clearly well prepared and I enjoyed our chat.

Having spoken with the hiring leads, I'm afraid we've decided to take forward applicants whose backgrounds sit a little nearer to what the team is after this year, so we won't be inviting you to the assessment stage.

I've tagged your profile in our system so that colleagues in other business areas can see it, and we'd be very happy to hear from you for next year's intake.

Kind regards,
Siobhan Keane
Graduate Recruitment Advisor
Fennimore Loyalty Group`, 'Graduate Data Analyst scheme'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Ngozi,

Thank you for applying to the Technology Summer Internship at Sovereign Trust Bank (Requisition 1000384271).

We have carefully reviewed your application against the requirements of the role and, at this time, we will not be moving forward. Competition was strong, and we selected candidates whose experience and education were most closely aligned.

We encourage you to join our Campus Talent Network, where you will receive updates on future programs, events, and application deadlines. We hope you will consider Sovereign Trust Bank again.

Sincerely,
Sovereign Trust Bank – Campus Recruiting
Please do not reply to this email; this mailbox is not monitored.`, 'Sovereign Trust Bank Technology Summer Internship'),

  rej('assessment', ['assessment', 'profile_mismatch'], { ...fb },
    `Hi Marcus,

Thanks for sending the SQL and dashboard exercise back so quickly. We went through it as a team. Your queries ran, but two of the aggregations double-counted returning customers, and the write-up didn't get to a recommendation. Combined with the fact that the other finalists for this spot had more hands-on analytics work behind them, we've decided not to move you to the interview stage.

Appreciate the effort — it was clear you put real time in.

Joanna
Analytics Lead, Bramble & Oak`, 'your take-home'),

  rej('application', ['generic'], { ...door },
    `Dear Andrew,

Thank you for your application to the 2027 Early Careers Engineering Program at Halden Aerospace (requisition 26-EC-0417). We have carefully reviewed your materials and have decided not to move forward with your application at this time.

We will retain your details and may contact you if a future opening matches your interests. We also encourage you to apply for other roles that fit your background.

Best regards,
Halden Aerospace Talent Acquisition

Halden Aerospace is an Equal Opportunity / Affirmative Action employer. U.S. citizenship may be required for some positions.`, 'Halden Aerospace – Early Careers Engineering Program'),

  rej('interview', ['role_closed'], {},
    `Hi Esther,

Thank you for interviewing with us for the Retail Media Analytics internship. I owe you an update: our leadership has paused all intern hiring for next summer following a reorganization, and the role has been withdrawn. That means we won't be moving forward with any candidates, including you.

I'm genuinely sorry, and grateful for the time you put into the interviews.

Regards,
Marisol Vega
Recruiter, Tandem Marketplace`, 'Retail Media Analytics internship'),

  rej('application', ['generic'], {},
    `Dear Candidate,

Thank you for your interest in employment with Crossroads Wireless. Your application for Summer Intern – RF Engineering (Job ID 711043) has been reviewed. We have decided to pursue other candidates for this position.

Due to the high volume of applicants, we cannot respond to individual requests for feedback.

Crossroads Wireless Recruiting Services`, 'Crossroads Wireless Application Status'),

  rej('screen', ['generic'], { ...door },
    `Hey Priya!

So nice to meet you over Zoom last week — thanks for telling me all about your hackathon team. I just heard from the hiring group, and unfortunately they've decided not to continue with your application for the Summer Software Intern role. I know you'd be a great addition somewhere.

Please keep us in mind for the fall — we open new grad applications in September, and I'd love to see your name come through again.

Warmly,
Tori
Tori Blankenship | Campus Recruiter | Juniper Harvest`, 'Juniper Harvest Summer Software Intern'),

  rej('application', ['profile_mismatch'], {},
    `Hello Chidi,

Thank you for your interest in our Summer Internship – Reservoir Engineering. Having reviewed your application against the requirements for this role, we have concluded that your profile does not fully match what we are seeking.

We wish you every success.

Regards,
Human Resources, Ridgeline Petroleum Ltd.`, 'Reservoir Engineering Internship'),

  rej('final', ['generic'], { ...door },
    `Dear Julia,

Thank you for attending our Assessment Centre for the Graduate Leadership Programme on 6 March. We enjoyed getting to know you over the course of the day.

I'm sorry to tell you that you have not been successful on this occasion. Please note we are unable to provide individual feedback following the assessment centre because of the number of candidates.

We'd encourage you to keep an eye on our careers site for future opportunities and to apply again.

With best wishes,
Graduate Resourcing Team
Thistledown Insurance`, 'Graduate Leadership Programme – Assessment Centre outcome'),

  rej('application', ['position_filled'], {},
    `Hi Ade,

Thank you for your application to the Cloud Infrastructure Intern role (JR-204477) at Skybridge Systems. We've now made and confirmed offers for every intern seat on this team for summer 2027, so we're closing out the remaining applications, including yours.

Thank you for your interest, and all the best for the rest of your program.

Skybridge Systems University Programs

You're receiving this message because you applied via Workday. View our Candidate Privacy Statement.`, 'Skybridge Systems – JR-204477'),

  rej('application', ['profile_mismatch', 'position_filled'], {},
    `Dear Ms. Adeyemi-Clarke,

Thank you for your interest in the Pharmacovigilance Summer Student placement at Orion Lifesciences Canada.

Our summer student class for 2027 is now complete. The successful applicants were students whose academic backgrounds most closely corresponded with the work of the drug safety group, and we are therefore unable to offer you a placement.

We appreciate the interest you have shown in Orion.

Yours truly,
Rosalind Keating
People & Culture Advisor
Orion Lifesciences Canada Inc.`, 'Pharmacovigilance Summer Student placement'),

  rej('assessment', ['generic'], { ...door },
    `Dear Kofi,

Thank you for completing the Codility assessment for the Software Engineer Intern (Summer 2027) position, req #R26-8119.

We have reviewed your results along with the other candidates' and have decided not to move forward with your application at this time.

We encourage you to apply again in future recruiting cycles. Your profile has been added to our university talent community.

Best,
Ardent Mobility – University Recruiting`, 'Ardent Mobility – Coding Assessment'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Hi Maya,

Thanks for meeting with me and with Dev from the hiring team on Tuesday. We both really liked your answers on A/B testing and how you think about metrics.

We've decided to go with a candidate who has done a prior internship on a product analytics team, so we're closing out your application for this role. I wanted you to hear it from me directly.

If you'd like to hear a bit more on how we came to the decision, just reply and I'll set up a call. And I'll flag you for our new grad data science roles — I'd be happy to see you apply again next year.

Best,
Natalie Cho
Recruiter, Brisk Health`, 'Brisk Health – Product Analytics Intern'),

  rej('application', ['role_closed'], { ...door },
    `Dear Isaac,

Thank you for applying to the Summer Technology Intern (Req 61-0093) position at Mapleton Federal Credit Union.

Due to budget changes, this internship will not be offered in summer 2027, and we have closed the requisition. We're sorry for any inconvenience.

We hope you'll apply to future programs at Mapleton; you can create a job alert on our careers page to be notified.

Mapleton Federal Credit Union HR`, 'Mapleton FCU – Requisition 61-0093'),

  rej('screen', ['location', 'profile_mismatch'], { ...fb },
    `Hi Sofia,

It was great to talk on Friday. As we discussed, this internship is fully in-office in Austin and you let me know you'd need to stay in Montreal for the summer. On top of that, after reviewing with the team we felt others in the pool were a closer fit for the role. So we're going to close your application for this position.

Best of luck,
Greg Haines
Talent Acquisition, Quarry Street Software`, 'following up from our call'),

  rej('application', ['generic'], { ...door },
    `Dear Vikram,

Thank you for your application to the Management Trainee Program at Westmark Hotels.

We have reviewed your application carefully and we are sorry to advise that on this occasion it has not been successful. We will hold your details on file for six months and will contact you should a suitable opportunity arise.

Yours sincerely,
Westmark Hotels Talent Team`, 'Westmark Hotels – Management Trainee Program'),

  rej('interview', ['generic'], {},
    `Hi Hassan,

Thank you for taking the time to interview for our 2027 Summer Associate role. We've made our decisions and unfortunately won't be extending you an offer.

Thanks again, and best of luck with your search.

Alina
Recruiting, Pemberton Ash Advisors

On Mon, Feb 8, 2027 at 10:14 AM Hassan Qureshi wrote:
> Hi Alina,
> Thank you again for arranging the interviews last week. I wanted to follow up on timing for a decision — I have another deadline approaching on the 15th.
> Best,
> Hassan`, 'Re: Summer Associate – decision timing'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Meera,

Thank you for taking the time to apply to the Actuarial Development Program at Cedarline Life & Annuity.

While your credentials are impressive, we have decided to move forward with candidates whose qualifications more closely fit our needs at this time.

We will keep your resume active in our database for one year and will contact you should an appropriate position become available.

Sincerely,
Campus Recruitment
Cedarline Life & Annuity`, 'Actuarial Development Program'),
];
