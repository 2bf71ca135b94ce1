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

Thank you for recording your video responses and completing the game-based assessment for our Leadership Development Program.

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

  // ── B. One inbox: a third-year computer-science and statistics student, internship season
  other(`Hi Dana,

Thank you for applying to the Data Science Intern – Summer 2027 position (R-113902) at Tillman Freight Technologies. We've received your application and our team will review it shortly.

Unfortunately, due to the high volume of applications we receive, we're not always able to respond to every applicant personally. If your background is a match, a member of our recruiting team will be in touch.

Thank you,
Tillman Freight Technologies Talent Acquisition
Please do not reply to this email.`, 'Thank you for applying to Tillman Freight Technologies'),

  other(`Hi Dana Kowalczyk,

Thanks for applying to Ferrovia! Your application for Software Engineering Intern has been received. We review applications on a rolling basis and appreciate your patience while we do.

What happens next? If we'd like to move forward, someone from our team will reach out. Either way, we'll let you know.

The Ferrovia Team
Sent via Greenhouse • Unsubscribe from these notifications`, 'Your application to Ferrovia'),

  other(`Dana,

Great meeting you at the Fall Engineering & Technology Career Fair on Tuesday! I enjoyed hearing about your regression project on county-level broadband data.

As promised, here's the link to apply for our Analytics Intern role — please submit by Oct 3 and mention you met me at the fair so I can flag your application. We can't promise interviews to everyone we met, unfortunately, but I'll make sure yours gets a look.

Best,
Marcus Delaney
University Relations, Hollins & Grieve Insurance`, 'Great meeting you at the career fair!'),

  other(`Dear Dana,

Thank you for your interest in the Summer 2027 Quantitative Analyst Intern program at Westgate Securities. As a next step, we invite you to complete an online assessment on HackerRank.

The assessment consists of 3 questions (2 coding, 1 probability) and should take about 90 minutes. Please complete it by 11:59 PM ET on October 14.

We regret that we cannot grant extensions except for documented accommodations. If you need an accommodation, reply to this email before starting.

Good luck!
Westgate Securities Campus Recruiting`, 'Westgate Securities – Online Assessment Invitation'),

  other(`Reminder: your HackerRank test for Westgate Securities expires in 24 hours.

Test: Quant Analyst Intern 2027 OA
Time limit: 90 minutes
Deadline: Oct 14, 11:59 PM ET

If you've already completed the test, please ignore this message.

HackerRank on behalf of Westgate Securities`, 'Reminder: Complete your HackerRank test'),

  other(`Hi Dana,

Your application for Data Analyst Intern (Job ID 2026-88154) at Orchard Valley Health is currently under review. We appreciate your patience as we carefully consider all of our candidates. We'll be in touch once a decision has been made.

You can check your status anytime in the candidate portal.

Orchard Valley Health Careers`, 'Application Update – Orchard Valley Health'),

  other(`hi Dana! so sorry for the slow reply — I was traveling for work all last week. I'd be happy to chat about my time at Pellucid and the data science internship. How about Thursday at 4 your time? I'll send a Zoom link. Unfortunately I can't refer you directly since I'm not on that team anymore, but I can tell you what the interviews were like.

Rachel (MSU '22)`, 'Re: Coffee chat? (fellow MSU stats alum)'),

  other(`Hi Rachel,

Thank you so much for taking the time to chat this afternoon! It was really helpful to hear how you approached the product sense interview, and I'm going to work through the metrics framework you mentioned before applying.

I'll keep you posted on how things go.

Thanks again,
Dana

Dana Kowalczyk
B.S. Computer Science & Statistics, Class of 2028
Midland State University`, 'Thank you!'),

  other(`You're invited: Lakepoint Analytics Virtual Info Session

Hi Dana,

Because you registered interest in Lakepoint internships on Handshake, we'd like to invite you to our virtual info session on Wednesday, October 21 at 6:00 PM CT. Meet current interns, hear about our summer projects, and ask questions about the application process.

Can't make it? Unfortunately we won't be recording this session, but we'll hold another in January.

RSVP on Handshake.

Lakepoint Analytics Early Careers`, 'You\'re invited: Lakepoint Analytics Virtual Info Session'),

  other(`New jobs matching your saved search "data science intern"

• Data Science Intern – Summer 2027 · Corvane Retail · Chicago, IL
• Analytics Engineering Intern · Fielder Bank · Milwaukee, WI
• Machine Learning Intern · Sprocketlane · Remote (US)
• Business Intelligence Intern · Ansel Foods · Minneapolis, MN

Don't miss out: applications for some of these roles close soon.

Handshake · Manage alerts · Unsubscribe`, '4 new jobs for "data science intern"'),

  other(`Hi Dana,

I'm a technical recruiter at Gridwell Energy Analytics. I came across your profile on Handshake and your work on time-series forecasting caught my eye. We're hiring a few Data Science Interns for summer 2027 in our Madison office and I think you'd be a strong candidate.

I know you're probably hearing from a lot of companies right now, so no pressure — but if you're interested, let me know and I'll send the posting. Unfortunately the role is in-person, so just make sure that works for you.

Best,
Lindsey Park
Technical Recruiter, Gridwell Energy Analytics`, 'Summer Data Science Internship at Gridwell'),

  other(`Hi Dana,

Thanks for your interest in the Software Engineering Intern role at Ferrovia. We'd like to invite you to a 30-minute phone screen with one of our recruiters.

Please use the link below to pick a time that works for you in the next week:
https://ferrovia.goodtime.example/schedule/4f82c

If none of the times work, just reply and we'll do our best to accommodate you.

Best,
Jasmine
Recruiting Coordinator, Ferrovia`, 'Ferrovia – Let\'s schedule a call'),

  other(`Dear Dana,

Thank you for completing the first-round interview. We'd like to invite you to a virtual final round for the Analytics Intern position on November 12, consisting of three 45-minute interviews (SQL/technical, case, behavioral).

Unfortunately the date is fixed, as all of our interviewers are blocked that day. If you have a conflict, please let us know as soon as possible and we will try to find an alternative.

Please confirm your availability by replying to this email.

Best regards,
Camille Dorsey
Campus Recruiting Coordinator
Hollins & Grieve Insurance`, 'Hollins & Grieve – Final Round Invitation'),

  other(`Your interview is confirmed.

Company: Hollins & Grieve Insurance
Role: Analytics Intern, Summer 2027
Date: Thursday, November 12
Time: 10:00 AM – 1:00 PM CT
Format: Microsoft Teams (link to follow)

Need to reschedule? We appreciate as much notice as possible. Reply to this message or contact your coordinator.

This is an automated message from the Hollins & Grieve interview scheduling system.`, 'Interview Confirmation – Hollins & Grieve'),

  other(`Hi Camille,

Thank you again for the final round last week. I wanted to let you know that I've received another offer with a deadline of December 4. Hollins & Grieve is still my top choice, so I wanted to ask whether there's any update on the timeline for a decision.

Thank you for your help,
Dana Kowalczyk`, 'Following up – Analytics Intern final round'),

  other(`Dear Dana,

Congratulations! On behalf of Hollins & Grieve Insurance, I'm delighted to offer you the position of Analytics Intern for summer 2027, working with our Claims Analytics team in Des Moines.

Your offer letter, with details on compensation, start date (June 1) and housing stipend, is attached. We understand you have other deadlines and appreciate you letting us know; we'd ask for your decision by December 4.

We're sorry it took a little longer than we had hoped to get back to you — thank you for your patience.

Warm regards,
Camille Dorsey
Campus Recruiting Coordinator`, 'Your offer from Hollins & Grieve Insurance'),

  other(`Welcome to the Hollins & Grieve Summer Intern Class of 2027!

Hi Dana,

Please complete the following before your start date:
1. Sign your offer letter in DocuSign (done ✓)
2. Complete the background check authorization (due Jan 15)
3. Submit your I-9 documents on your first day
4. Register for intern housing (optional)

If you have any questions, don't hesitate to reach out. Unfortunately the onboarding portal does not work well on mobile, so please use a laptop.

H&G Onboarding Team`, 'Next steps: onboarding checklist'),

  other(`Dear Dana,

Thank you for your interest in Pellucid. Your application for Data Science Intern, Product (Req PX-20418) is still being reviewed by the hiring team.

We know waiting can be hard and we appreciate your patience. We receive many more applications than we have openings, and we'll be in touch as soon as we have an update.

Pellucid University Recruiting`, 'An update on your Pellucid application'),

  other(`Application Status: In Process

Hello Dana,

The status of your application for Software Development Intern – Summer 2027 (Requisition 00231877) at Brightwater Financial has changed to: In Process.

Please log in to the Brightwater Careers site to view your application.

Brightwater Financial – Careers
This is an auto-generated message; please do not reply.`, 'Your application status has been updated'),

  other(`Hi Dana,

Thanks for completing the online assessment for Corvane Retail's Data Science Intern program. We're happy to let you know you've moved forward to the next round!

Next up is a 45-minute video interview with a member of our data science team. Please choose a slot in the link below. We regret that we can't offer times outside of the listed windows because of interviewer availability.

Best,
Corvane Campus Recruiting`, 'Corvane Retail – Next steps'),

  other(`Hi Lindsey,

Thank you for reaching out about the Data Science Internship at Gridwell — I appreciate you thinking of me.

Unfortunately, I've just accepted an internship offer for this summer, so I'll need to withdraw from consideration. I'd really like to stay in touch for new grad roles, though.

Best,
Dana`, 'Re: Summer Data Science Internship at Gridwell'),

  other(`Dana,

Confirming we've withdrawn your application for Data Science Intern at Gridwell Energy Analytics as you requested. Congrats on the offer — we'd definitely like to keep you in mind for our new grad class, so I'll reach out next fall.

Lindsey`, 'Re: Re: Summer Data Science Internship at Gridwell'),

  other(`We'd love your feedback!

Hi Dana, you recently interviewed with Ferrovia. Whatever the outcome, we'd like to hear about your candidate experience. The survey takes 3 minutes and your responses are anonymous.

Take the survey →

Thank you for helping us improve. Ferrovia Talent Team`, 'How was your interview experience with Ferrovia?'),

  other(`Hi Dana — just a friendly reminder that your video interview with Corvane Retail is tomorrow at 2:30 PM CT. You'll receive the Zoom link 30 minutes before. If something's come up and you can't make it, please let us know and we'll do our best to reschedule. Good luck!`, 'Reminder: Corvane interview tomorrow'),

  other(`Dear Dana,

Thank you for applying for the Risk Analytics Summer Intern position (Req. 47-2218) at Stonebridge Mutual. We acknowledge receipt of your application.

Our recruitment team will carefully review your qualifications. Should your profile be selected for further consideration, you will be contacted. Regrettably, we may not be able to contact all applicants individually.

Regards,
Stonebridge Mutual – Talent Acquisition`, 'Acknowledgement of Application – Stonebridge Mutual'),

  other(`Sent: Wednesday, September 16, 2026 11:42 PM
To: recruiting@northcanal.example
Subject: Application – Software Engineering Intern (Summer 2027)

Hello,

Please find attached my resume and transcript for the Software Engineering Intern posting on your careers page. I'm a third-year student in Computer Science and Statistics at Midland State University, and I've built data pipelines in Python and SQL for a campus research lab.

Thank you for your consideration,
Dana Kowalczyk`, 'Application – Software Engineering Intern (Summer 2027)'),

  other(`Hi Dana,

Thanks for interviewing with us yesterday. Quick note: we're still meeting other candidates through the end of next week, so unfortunately we won't have a decision for you until around December 11. Other candidates are in the same boat, so please don't read anything into the timing. We'll be in touch either way.

Thanks,
Omar
Omar Haddad | Recruiter | Pellucid`, 'Timing update'),

  other(`Dear Dana,

We are pleased to invite you to take part in the Cedar Peak Insurance Data Challenge, the first step in our Analytics Internship selection. You will receive a small anonymised dataset and have 72 hours to build a model and submit a two-page summary.

We regret that late submissions cannot be accepted. Please read the attached instructions carefully.

Kind regards,
Early Careers, Cedar Peak Insurance`, 'Cedar Peak Analytics Internship – Data Challenge'),

  other(`Thanks for your interest in the 2027 Summer Internship Program at Marlowe Systems! This email confirms we've received your application for the position of Software Engineer Intern, Data Platform.

Our team will review your qualifications. If there's a fit, a recruiter will contact you to discuss next steps. We thank you for considering Marlowe.

Marlowe Systems | Taleo`, 'Marlowe Systems – Application Received'),

  other(`Reminder from Handshake: Applications close in 2 days for Statistical Programming Intern – Vessant Pharmaceuticals. You saved this job on Sep 28.

Unfortunately, Vessant won't be able to accept applications after the posting closes.

Apply now · View job · Manage notifications`, 'Closing soon: a job you saved'),

  hold('interview', ['role_closed'], {},
    `Hi Dana,

I wanted to give you an honest update on the Data Engineering Intern role. After your interview with the team we were planning to move you to the final round, but the company has put a pause on all new headcount — including interns — while leadership finalizes next year's budget.

Nothing has changed in how we see your candidacy, and your application is still open. I expect we'll know more by late January, and I'll reach out as soon as I hear anything.

Thank you for your patience, and sorry for the wait.

Best,
Kiara Wells
Recruiter, Prairiewind Mills`, 'Data Engineering Intern – pausing for now'),

  hold('assessment', ['generic'], {},
    `Dear Dana,

Thank you for submitting your Data Challenge for the Cedar Peak Insurance Analytics Internship. We have received a high number of submissions this year, and as a result our review is taking longer than planned.

We now expect to contact candidates about interviews in mid-February rather than late January. Your application remains active and under consideration; no action is needed from you.

We apologise for the delay.

Kind regards,
Early Careers, Cedar Peak Insurance`, 'Analytics Internship – revised timeline'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Dana,

Thank you for completing the online assessment for the Quantitative Analyst Intern program at Westgate Securities.

Your overall score on the coding and probability sections did not reach the level required to advance to interviews this year. Because of the size of our applicant pool, we're not able to share a breakdown of individual question scores or provide further comment.

We appreciate your interest and wish you the best in your studies.

Westgate Securities Campus Recruiting`, 'Westgate Securities – Your Application'),

  rej('interview', ['generic'], { ...door },
    `Hi Dana,

Thank you for taking the time to interview with the Ferrovia engineering team. We really enjoyed getting to know you, and the team appreciated how clearly you talked through your approach in the coding session.

We had a lot of strong candidates for a very small intern class this year, and after a lot of discussion we've decided not to extend an offer.

We hope you'll consider Ferrovia again — our new grad applications open next August, and we'd be glad to see you in that process.

Best,
Jasmine & the Ferrovia Recruiting Team`, 'Update on your Ferrovia application'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Dana,

Thanks for your patience while we finished up interviews for the Data Science Intern, Product role. I'm sorry to share that we won't be moving forward with you for this one. The team ultimately went with candidates who had a bit more experience working directly with product teams on experiments.

That said, everyone you spoke with was impressed by your stats background, and I've noted in our system that we should reach out to you when new grad recruiting kicks off. I hope we cross paths again.

Best,
Omar Haddad | Recruiter | Pellucid`, 'Pellucid – Data Science Intern, Product'),

  rej('application', ['generic'], {},
    `Dear Dana,

Thank you for your interest in the Data Analyst Intern position (Job ID 2026-88154) with Orchard Valley Health. After careful review, we have decided to move forward with other candidates.

We appreciate the time you invested in applying and wish you well in your search.

Orchard Valley Health Talent Acquisition
This message was sent from an unmonitored mailbox. Orchard Valley Health is an equal opportunity employer.`, 'Your Orchard Valley Health Application'),

  rej('application', ['generic'], { ...door },
    `Hi Dana,

We appreciate your interest in Tillman Freight Technologies and the time you spent applying for the Data Science Intern – Summer 2027 role (R-113902).

We've reviewed your application and have decided not to progress it further at this time.

We encourage you to apply for future openings that match your skills and interests — new internship postings go up every fall.

Best regards,
Tillman Freight Technologies Talent Acquisition`, 'Regarding your application to Tillman Freight Technologies'),

  rej('application', ['profile_mismatch'], {},
    `Dear Dana Kowalczyk,

Re: Risk Analytics Summer Intern, Req. 47-2218

Thank you for your interest in Stonebridge Mutual. We have now completed the shortlisting for this position. Regrettably, your application has not been shortlisted, as other applicants' qualifications were considered a better match for the requirements of the role.

We thank you for the interest you have shown in our organisation.

Yours faithfully,
Talent Acquisition
Stonebridge Mutual`, 'Stonebridge Mutual – Application Outcome'),

  rej('application', ['position_filled'], {},
    `Thanks Dana, we've filled our intern slots based on the first batch of applicants we looked at and won't be moving ahead with more. Good luck!

-- 
North Canal Software

On Wed, Sep 16, 2026 at 11:42 PM Dana Kowalczyk wrote:
> Hello,
> Please find attached my resume and transcript for the Software Engineering Intern posting on your careers page.`, 'Re: Application – Software Engineering Intern (Summer 2027)'),

  rej('application', ['position_filled'], { ...door },
    `Hi Dana,

Thank you for applying for the Software Engineer Intern, Data Platform position at Marlowe Systems.

We wanted to let you know that this position has been filled. We were fortunate to have many qualified applicants.

We would like to keep your resume on file and contact you if another internship becomes available that matches your experience.

Thank you,
Marlowe Systems Recruiting`, 'Marlowe Systems – Position Update'),

  rej('application', ['generic'], {},
    `Hello Dana,

Thank you for your interest in Brightwater Financial. We have carefully reviewed your application for Software Development Intern – Summer 2027 (Requisition 00231877). Unfortunately, you have not been selected to move forward in the process.

Brightwater Financial – Careers
This is an auto-generated message; please do not reply.`, 'Brightwater Financial – Application Update'),

  rej('interview', ['skills_gap', 'profile_mismatch'], { ...fb },
    `Hi Dana,

Thank you for interviewing with our data science team last week. I checked in with Andre, who spoke with you, and wanted to give you a little more than a form letter.

The team needs this intern to design and read out A/B tests fairly independently from day one, and in the interview the experimentation questions (power, sample size, what to do with a peeking problem) were where you struggled most. The candidates we've chosen had already run tests in production at earlier internships.

So we won't be moving forward this time. Your SQL was excellent, for what it's worth.

All the best,
Hallie Brandt
Campus Recruiting, Corvane Retail`, 'Corvane Retail – Data Science Intern'),

  rej('application', ['generic'], { ...door },
    `Hi Dana,

Thanks so much for applying to the Lakepoint Analytics Summer Internship and for joining our info session in October.

We've now finished reviewing applications, and unfortunately we won't be able to offer you an interview this year. We had far more applicants than spots.

Your profile will remain in our early-career talent community, and we'll let you know when applications open for next summer. We hope you'll apply again!

Lakepoint Analytics Early Careers`, 'Lakepoint Analytics Summer Internship'),

  rej('application', ['location'], { ...fb },
    `Dear Dana,

Thank you for applying to the Statistical Programming Intern role at Vessant Pharmaceuticals.

This internship is based on-site at our Raleigh, NC campus for the full 12 weeks. On your application you indicated that you are only seeking remote opportunities for summer 2027, so we are unable to consider you for this position.

Thank you for your interest in Vessant.

Kind regards,
Vessant Pharmaceuticals Talent Acquisition`, 'Vessant Pharmaceuticals – Statistical Programming Intern'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Dana,

Thank you for your recent application for Analytics Engineering Intern at Fielder Bank. We have reviewed your qualifications and determined that other candidates more closely meet the needs of this position.

Your candidate profile will remain in our system, and you will be considered for future opportunities that match your background. We encourage you to visit our career site regularly.

Sincerely,
Fielder Bank Human Resources

Fielder Bank, N.A. Member FDIC. Equal Opportunity Employer/Disability/Veterans.`, 'Fielder Bank Application Status'),

  rej('application', ['generic'], {},
    `Hey Dana, we're going to pass on your application for the ML intern role at Sprocketlane. Thanks for applying!`, 'Sprocketlane ML Intern'),

  rej('screen', ['generic'], {},
    `Hi Dana,

Thank you for taking the time to speak with me on Monday about the Business Intelligence Intern position at Dunmore Analytics.

After reviewing all of the candidates from our first round of calls, we have decided not to move forward with your candidacy. Unfortunately we are not able to provide feedback on individual applications at this stage.

I wish you every success in your internship search.

Regards,
Faith Mwangi
Talent Acquisition Specialist
Dunmore Analytics`, 'Dunmore Analytics – BI Intern'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Dana,

Really enjoyed our call yesterday — you clearly know your way around R and statistics, and your lab project sounded fun.

I talked with the hiring manager this morning, and for this particular internship they're prioritizing people whose background leans more toward backend software engineering than analytics, so we're not going to take you further for this one.

I'd love to stay connected. Our data science team hires interns too, usually posting in January, and I'll make sure to reach out when those go live.

Cheers,
Jake Ostrowski
University Recruiter | Halberd Software`, 'Halberd Software – our chat'),

  rej('screen', ['role_closed'], {},
    `Hi Dana,

Thanks for chatting with me last week about the Audience Data Intern role at Quillfeather Media. I'm sorry to report that the business has decided not to fill this internship for summer 2027, so we've closed the req and won't be scheduling the next round.

Appreciate your understanding, and best of luck this season.

Tamsin Clarke
People Team, Quillfeather Media`, 'Audience Data Intern – update'),

  rej('final', ['generic'], { ...door },
    `Dear Dana,

Thank you for attending the Superday for the Summer Analyst – Data Strategy program at Tannery Row Capital. It was a pleasure to host you, and the interviewers enjoyed meeting you.

After careful consideration, we regret to inform you that we will not be extending an offer for this summer. The final round was extremely competitive.

We hope you will stay connected with us and consider applying for our full-time Analyst program in the future.

Best regards,
Tannery Row Capital Campus Recruiting`, 'Tannery Row Capital – Superday Outcome'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Hi Dana,

Thank you for getting through all four rounds with us for the Analytics Consulting Intern role, and for the case presentation last Friday. You were one of the last two candidates we were considering.

We've decided to offer the position to the other finalist, whose experience with client-facing projects was a closer fit, and she has accepted.

This was genuinely close. If you'd find it useful, I'd be happy to walk you through the panel's notes from your presentation — just let me know a time that works.

Warmly,
Anjali Mehta
Senior Recruiter, Brennick Lowe Consulting`, 'Analytics Consulting Intern – decision'),

  rej('application', ['generic'], { ...door },
    `<div style="font-family:Arial"><p>Hi Dana,</p><p>Thank you for your interest in the <strong>Data Analyst Co-op/Intern</strong> opportunity at Ansel Foods.</p><p>Unfortunately, we will not be moving forward with your application for this role. We encourage you to keep an eye on <a href="#">careers.anselfoods.example</a> for future internships and to apply again.</p><p>Sincerely,<br/>Ansel Foods Talent Acquisition</p><p style="color:#999;font-size:11px">Please do not reply to this email. Ansel Foods is an Equal Opportunity Employer.</p></div>`, 'Your application to Ansel Foods'),

  rej('application', ['generic'], {},
    `Dear Dana,

Thank you for applying to the Network Analytics Intern position at Northfield Telecom. We regret to inform you that you have not been selected for an interview.

Northfield Telecom Recruitment`, 'Northfield Telecom – Network Analytics Intern'),

  rej('application', ['generic'], {},
    `Dear Dana,

Thank you for your interest in Cobalt Ridge Health and the Summer Data Science Internship. We regret that we will not be advancing your application. Please understand that, given the volume of applications, we do not provide individual feedback on application decisions.

Cobalt Ridge Health – Talent Acquisition`, 'Cobalt Ridge Health - Application Decision'),

  rej('assessment', ['generic'], { ...door },
    `Hi Dana,

Thanks for completing the take-home project for the Software Engineering Intern role at Vireo Labs. We know these take real time, and we appreciate the effort you put into it.

We've now reviewed all submissions and we've decided not to move forward to the interview stage with your application.

We're growing quickly and would love to hear from you again for future openings — please feel free to reapply next cycle.

Thanks again,
The Vireo Labs Hiring Team`, 'Vireo Labs – Take-home project'),
];
