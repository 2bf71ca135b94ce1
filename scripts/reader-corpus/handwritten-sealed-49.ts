/**
 * Sealed messages of the forty-ninth round: one university student's inbox over an internship and new-graduate
 * hiring season, September to March. The student studies computer science and data science in Toronto and applies
 * to about sixty employers: banks, big tech companies, consultancies, start-ups, insurers, retailers, government
 * student programmes and research labs, mostly for internships and new-grad roles. About half the mail is declines,
 * most of them sent by tracking systems straight after the application, others after coding tests, game-based
 * assessments and recorded video interviews, recruiter calls, interviews, superdays and final rounds, with every kind
 * of reason. A few processes are paused. The rest looks like a decline but is not: application receipts, "under
 * review" notes, portal status notices, assessment invitations and reminders, interview scheduling, career-fair and
 * info-session invitations, job-board alerts and "your application was viewed" notes, talent-community newsletters,
 * delayed-decision notes, a withdrawal confirmation, co-op office notices, an offer with its follow-ups and a
 * deadline. Some messages keep HTML leftovers or quote an earlier reply.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s49-');

export const HANDWRITTEN_SEALED_49: readonly CorpusLine[] = [
  // ── September: applications go out
  other(`Hi Nadia,

Thanks for applying to the Software Engineering Intern (Summer 2025) position at Harbourline Bank. We've received your application and our campus recruitment team will review it over the coming weeks.

You can check your status any time by signing in to your candidate home page.

Harbourline Bank Campus Recruitment

This is an automated message from Workday. Please do not reply.`, 'We received your application - Software Engineering Intern (Summer 2025)'),

  other(`U of T Engineering & Computer Science Career Fair
Wednesday, September 25 | 10:00 a.m. - 3:00 p.m. | Myhal Centre, Level 1

Over 70 employers are confirmed, including banks, tech companies, consulting firms and public-sector organizations hiring for summer 2025 internships, 12-16 month co-op placements and full-time new-grad roles.

Before you go:
- Upload an updated resume to the careers portal so employers can view it
- Check the employer list and map (posted Monday)
- Bring a student card; entry is free

Can't make it in person? A virtual fair follows on October 2.

Career Exploration & Education
University of Toronto

You're receiving this because you opted in to career event emails. Manage preferences`, 'Career fair next week: 70+ employers hiring for summer and new-grad roles'),

  rej('application', ['generic'], {},
    `Dear Nadia,

Thank you for your interest in the Technology Summer Analyst Program at Harbourline Bank.

We received a very large number of applications for a limited number of positions. After careful consideration, we will not be moving forward with your application.

We appreciate the time you invested and wish you the best in your studies.

Regards,
Harbourline Bank Campus Recruitment

This message was sent from an unmonitored mailbox.`, 'Your Harbourline Bank application'),

  other(`Hello Nadia Haddad,

Thank you for applying to Data Science Intern - Fall/Winter Co-op at Maplecrest Insurance.

Your application is currently under review. If your qualifications match our needs, a member of our Talent team will be in touch to discuss next steps. Due to the volume of applications, this may take 3 to 4 weeks.

In the meantime, learn more about life at Maplecrest on our careers blog.

Sincerely,
Maplecrest Insurance Talent Acquisition
<br><br>
<p style="font-size:10px;color:#888">Powered by iCIMS | Unsubscribe from job alerts</p>`, 'Application Received - Data Science Intern - Fall/Winter Co-op'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Nadia,

Thanks so much for your interest in Tessellate and for applying to our Machine Learning Intern role.

We've now had a chance to review your application and unfortunately we won't be moving forward at this stage. We had a lot of strong applicants this cycle and chose to focus on those whose backgrounds lined up most closely with what the team needs right now.

We'll keep your information on file, and if a new role opens that looks like a better fit, we'll reach out. We hope our paths cross again.

Best,
The Tessellate Team

Powered by Greenhouse`, 'Update from Tessellate'),

  other(`Jobs you may be interested in

Data Analyst Intern - Summer 2025
Lakefront Retail Group · Toronto, ON (Hybrid)
Actively recruiting · 42 applicants

Junior Data Scientist (New Grad 2025)
Orrery Analytics · Toronto, ON
Be an early applicant

Software Developer Co-op (Winter 2025)
Province of Ontario - Digital Service Branch · Toronto, ON
Promoted

See all jobs →

You are receiving Job Alert emails. Unsubscribe · Help
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085`, '"data scientist intern": 3 new jobs in Toronto, ON'),

  rej('application', ['generic'], {},
    `Hi Nadia, thank you for applying to Pinecrest Robotics. We've decided not to move forward with your application for the Embedded Software Intern role. Best of luck!`),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Nadia,

Thank you for your application to the Software Engineer Intern, Summer 2025 (Seattle, WA) role at Polaris Cloud.

We've reviewed your application and noticed you indicated that you are not currently authorized to work in the United States and would need sponsorship. Unfortunately this internship location is not able to support visa sponsorship (including J-1 or CPT arrangements for students from non-US universities), so we are unable to move forward with your candidacy for this posting.

If you're interested in Polaris Cloud, our Toronto and Vancouver offices also hire interns and those roles don't carry this restriction, so we'd encourage you to apply to them.

Thanks again,
Polaris Cloud University Recruiting`, 'Your application to Polaris Cloud'),

  other(`Hi Nadia,

You're invited to complete the next step for the Quantitative Developer Intern role at Verrier Capital: an online coding assessment on HackerRank.

Details
- 3 questions, 90 minutes
- Languages: Python 3, C++, Java
- Please complete by Sunday, October 6, 11:59 p.m. ET

Start your test: https://www.hackerrank.com/tests/[link]

Please make sure you have a stable internet connection. Once you start, the timer cannot be paused.

Good luck!
Verrier Capital Campus Team`, 'Verrier Capital - Online Assessment Invitation'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Nadia,

Thank you for applying to the Data Science Intern - Fall/Winter Co-op at Maplecrest Insurance.

This posting is part of our formal co-op program, and applicants must be returning to full-time studies after the work term ends. Your application indicates that you will graduate in April 2025, so you are not eligible for this position.

You would be very welcome to apply for our new-graduate Analyst postings, which open in October and don't have this requirement.

Regards,
Maplecrest Insurance Talent Acquisition`, 'Regarding your application - Data Science Intern - Fall/Winter Co-op'),

  other(`Hi Nadia,

Friendly reminder: your HackerRank assessment for Verrier Capital closes in 48 hours.

If you've already completed it, please ignore this message. If you're experiencing technical issues, reply to this email and we'll do our best to help.

Verrier Capital Campus Team`, 'Reminder: assessment due Sunday'),

  rej('application', ['position_filled'], {},
    `Hello Nadia,

Thank you for applying for the E-commerce Analytics Intern role at Northway Outfitters. We wanted to let you know that this position has now been filled.

We appreciate your interest in Northway and hope you'll continue to shop and explore with us.

Warm regards,
Northway Outfitters People & Culture
SmartRecruiters`, 'Northway Outfitters: E-commerce Analytics Intern'),

  other(`<html><body><table width="600"><tr><td>
<h2>You're invited: Dominion Crest Women in Technology Evening</h2>
<p>Hi Nadia,</p>
<p>Join engineers, data scientists and recruiters from Dominion Crest Financial for an evening of lightning talks, a resume clinic and networking over dinner.</p>
<p><b>When:</b> Thursday, October 10, 6:00-8:30 p.m.<br>
<b>Where:</b> Dominion Crest Tower, 81 Bay St., 34th floor</p>
<p>Spaces are limited. <a href="#">RSVP by October 4</a>.</p>
<p>Attending doesn't affect your application status, but it's a great way to learn about our Technology Analyst Internship.</p>
</td></tr></table></body></html>`, 'Invitation: Women in Technology Evening at Dominion Crest'),

  rej('application', ['generic'], { ...door },
    `Dear Nadia Haddad,

Thank you for your interest in the Technology Analyst Internship (Summer 2025) - Job ID 2401877.

We have reviewed your qualifications and regret to inform you that you have not been selected to proceed further in the selection process for this position.

We will retain your profile in our talent pool and may contact you should a suitable opportunity become available. We also encourage you to continue to visit our career site and apply for future opportunities that match your interests.

Sincerely,
Dominion Crest Financial
Talent Acquisition

Please do not reply to this email.`, 'Dominion Crest Financial - Job ID 2401877'),

  other(`Hi Nadia,

Your application for Software Engineering Intern (Summer 2025) was viewed by Lumenix.

Applications that are viewed are more likely to hear back. Keep applying - here are similar jobs you might like:

• Backend Developer Intern - Faro Payments · Toronto
• Software Engineer Intern - Quillstack · Remote (Canada)

View application status
LinkedIn`, 'Your application was viewed by Lumenix'),

  rej('assessment', ['assessment'], {},
    `Hi Nadia,

Thank you for taking the time to complete the HackerRank assessment for the Quantitative Developer Intern position at Verrier Capital.

We've carefully reviewed the results, and unfortunately we won't be progressing your application to the interview stage. The bar for this program is very high and we received strong submissions from many candidates.

We appreciate your interest in Verrier and wish you the best of luck this recruiting season.

Verrier Capital Campus Team`, 'Verrier Capital - Application Update'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Nadia,

Thank you for applying for the Low-Latency Software Engineer Intern role at Strand Street Trading.

Our team reviewed your resume against the requirements for this position. This role needs demonstrated proficiency in modern C++ (templates, memory management, concurrency) and we were not able to see that in your projects or coursework, which are mainly in Python and Java. For that reason we will not be moving forward.

If you build experience in C++ before next season, we'd encourage you to apply again - our posting reopens every August.

Strand Street Trading Recruiting`, 'Strand Street Trading - your application'),

  other(`Hi Nadia,

Thank you for your interest in a career with Sunward Life! We're pleased to let you know your application for the Actuarial & Analytics Summer Student role has been received.

What happens next?
1. Our team reviews applications on a rolling basis.
2. Shortlisted candidates will be invited to a short online assessment.
3. Interviews take place in November and December.

Track your application: careers.sunwardlife.com/candidate

Sunward Life Campus Talent
Phenom`, 'Thanks for applying to Sunward Life'),

  rej('application', ['role_closed'], {},
    `Dear Nadia,

We are writing regarding your application for the Actuarial & Analytics Summer Student role.

Due to a change in business priorities, this requisition has been cancelled and will not be filled this year. As a result, we are unable to continue with your application.

We thank you for your interest in Sunward Life.

Sunward Life Campus Talent`, 'An update on your Sunward Life application'),

  // ── October
  rej('application', ['profile_mismatch'], {},
    `Dear Nadia,

Thank you for your application to the 2025 Business Technology Analyst program at Brackwell & Stone.

We received applications from an exceptionally talented group of students this year. After reviewing your materials against the criteria for the program, we have concluded that other candidates' profiles more closely match what we are looking for, and we will not be inviting you to the first round of interviews.

Thank you again for considering Brackwell & Stone.

Kind regards,
Brackwell & Stone Campus Recruiting - Canada`, 'Brackwell & Stone: 2025 Business Technology Analyst'),

  other(`Hi Nadia,

Great news - we'd like to invite you to the next step for the Software Developer Intern role at Quillstack: a 30-minute phone conversation with someone from our recruiting team.

Please pick a time that works for you using the link below. Slots are available October 15-18.

https://calendly.com/quillstack-recruiting/intern-screen

Talk soon,
Jenna Morrow
Technical Recruiter, Quillstack`, 'Next steps with Quillstack'),

  rej('application', ['generic'], { ...door },
    `Hello Nadia,

Thank you for your interest in Helix Cloud. After reviewing your application for Software Engineer, New Grad (2025 Start) - Toronto, we have decided not to move forward at this time.

Your profile will remain in our system, and our matching technology may surface you for other Helix Cloud roles that align with your skills and interests. We encourage you to keep your profile up to date.

Thank you,
Helix Cloud Talent Team
This email was generated by Eightfold on behalf of Helix Cloud.`, 'Your application to Helix Cloud'),

  other(`Hi Nadia,

Thank you for applying to Ferrule Labs! To keep your application moving, please complete the gamified assessment below. It takes about 25 minutes and measures things like attention, memory and how you approach risk - there are no right or wrong answers.

Complete by: October 20

Start here: https://app.assessments.example/ferrule/[token]

Tip: use a laptop or desktop in a quiet space.

Ferrule Labs Talent Team`, 'Action required: complete your Ferrule Labs assessment'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Nadia,

Thank you for your interest in a summer research internship at the Lumen Institute for Machine Intelligence.

This year we received over 900 applications for 22 positions. For the 2025 cohort, our supervisors are only taking students who have completed a graduate-level course in machine learning or who have a first-author paper or preprint. Based on the transcript and CV you submitted, you do not yet meet this requirement, so we are unable to offer you a place.

We hope you will continue your research interests and wish you well with your studies.

Sincerely,
Research Internship Committee
Lumen Institute for Machine Intelligence`, 'Lumen Institute Summer Research Internship 2025 - decision'),

  rej('screen', ['generic'], {},
    `Hi Nadia,

Thanks again for chatting with me last week about the Software Developer Intern role. I really enjoyed hearing about your hackathon project.

After sharing notes with the hiring team, we've decided to move forward with other candidates for this round of internships.

Best of luck with the rest of your search!

Jenna Morrow
Technical Recruiter, Quillstack`, 'Quillstack - Software Developer Intern'),

  other(`Dear Nadia,

Your application status for Requisition R-55120 (Analyst, Data & Analytics - New Graduate) has changed.

To view your updated status, please sign in to the Candidate Portal.

https://careers.orrerygroup.com/candidate

This is an automated notification. Please do not reply.
Orrery Group Talent Acquisition`, 'Application status update - R-55120'),

  rej('application', ['generic'], {},
    `Dear Nadia,

Thank you for applying to the Analyst, Data & Analytics - New Graduate position (R-55120).

Unfortunately, you have not been selected for further consideration for this position. We appreciate your interest in Orrery Group.

Orrery Group Talent Acquisition`, 'Regarding your application - R-55120'),

  rej('assessment', ['assessment'], {},
    `Hi Nadia,

Thanks for completing the Ferrule Labs assessment.

Your results have now been reviewed. Unfortunately your profile from the assessment was not a match for the requirements of the Associate Data Scientist (New Grad) role, so we will not be moving your application forward.

We appreciate the time you spent on it and wish you the very best.

Ferrule Labs Talent Team`, 'Your Ferrule Labs application'),

  other(`Hi Nadia Haddad,

Based on your profile and search activity, here are new jobs on Indeed:

Data Analyst Co-op - Winter 2025
Ontario Transit Authority - Toronto, ON
$24 - $28 an hour
Easily apply

Junior Machine Learning Engineer
Bramble Health - Toronto, ON (Remote)
New

Business Intelligence Intern
Corbel Insurance Group - Mississauga, ON

See more jobs

You're receiving this email because you created a job alert on Indeed. Unsubscribe`, 'Data Analyst Intern jobs in Toronto, ON'),

  hold('application', ['role_closed'], {},
    `Hi Nadia,

Thanks for your interest in the Product Analyst Intern role at Faro Payments.

I wanted to give you an honest update: we've paused hiring for our summer intern cohort while our leadership team finalizes next year's budget. Nothing has been decided about your application - it's still active in our system and we haven't declined anyone.

We expect to know more by early December and I'll be in touch either way.

Thanks for your patience,
Ola Adeyemi
People Operations, Faro Payments`, 'Faro Payments intern hiring - quick update'),

  rej('application', ['internal_candidate'], {},
    `Hi Nadia,

Thank you for applying for the Junior Data Engineer position at Quire Financial.

We wanted to let you know that we've filled this role with a current member of our analytics team who is moving over from a part-time contract. As a result, we won't be moving forward with external candidates for this opening.

We appreciate your interest and wish you all the best.

Kind regards,
Quire Financial Talent Team`, 'Junior Data Engineer - Quire Financial'),

  other(`Hi Nadia,

Thanks for applying to Kestrel Consulting's 2025 Analyst program. As part of our process, we ask all applicants to complete a one-way video interview.

- 4 questions, up to 2 minutes each to answer
- You'll have 30 seconds to prepare for each question
- You can do one practice question first

Please complete it by October 27. Link: https://video-interview.example/kestrel/[id]

Kestrel Consulting Recruiting Team`, 'Kestrel Consulting - video interview invitation'),

  other(`Hi Nadia,

Thank you for completing your video interview for the Kestrel Consulting 2025 Analyst program. Your responses have been submitted successfully and will be reviewed by our recruiting team.

We aim to share an update within three weeks.

Kestrel Consulting Recruiting Team`, 'Video interview received'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Nadia,

Thanks for applying to the IT Service Desk Student position at Eastgate Community College.

Having read your resume, we think your experience is well beyond what this role needs - you've already done a software internship and built production tools, whereas this job is mostly password resets and setting up classroom equipment. We'd worry you'd find it unchallenging, so we're going to go with applicants who are earlier in their technical journey.

If we post anything in our systems or data team, please do apply - we'd love to see your application for something like that.

Thanks,
Marcus Bell
IT Services Manager, Eastgate Community College`, 'IT Service Desk Student'),

  other(`Hi Nadia!

It was great meeting you at the career fair yesterday. As promised, here's the link to our new-grad posting (Software Engineer I, Data Platform): https://jobs.lever.co/brightleaf/[id]

When you apply, mention you spoke with me at the U of T fair and I'll flag your application to the hiring manager.

Cheers,
Devika Rao
Engineering Manager, Brightleaf Grocers Digital`, 'Great meeting you at the U of T fair'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Nadia,

Thank you for completing the coding assessment for the Backend Engineer, New Grad role at Sable Systems.

We've reviewed your results and won't be moving forward. Your solutions to the first two problems passed all hidden tests, but the third problem (interval scheduling) timed out on the larger inputs because of the nested-loop approach, and the fourth was left incomplete. Our threshold for this role is three fully passing solutions.

Thank you for your time and good luck with your search.

Sable Systems Recruiting`, 'Sable Systems - assessment results'),

  rej('application', ['generic'], {},
    `<div style="font-family:Arial">Dear Nadia,<br><br>
Thank you for your interest in Corbel Insurance Group. We have carefully reviewed your application for <b>Business Intelligence Intern</b>.<br><br>
We regret to advise that we will not be moving forward with your application at this time. The selection process was highly competitive.<br><br>
Sincerely,<br>Corbel Insurance Group Human Resources<br>
<span style="color:#999;font-size:9px">Taleo Enterprise | Do not reply</span></div>`, 'Corbel Insurance Group - Business Intelligence Intern'),

  other(`Hi Nadia,

Thanks for your interest in the Brightleaf Grocers Digital Software Engineer I, Data Platform role - we've received your application and our recruiting team is reviewing it now. We'll be in touch if there's a fit.

Brightleaf Grocers Digital
Sent via Lever`, 'Thank you for applying to Brightleaf Grocers Digital'),

  rej('application', ['generic'], { ...door },
    `Hi Nadia,

Thanks for applying to Bramble Health. We've reviewed your application for Junior Machine Learning Engineer and decided not to move forward right now.

You're welcome to reapply in six months. Our needs change quickly, and we'd be glad to see your name again.

Bramble Health Hiring Team`, 'Bramble Health application update'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for your interest in the Quantitative Research Intern position at Obelisk Partners.

After review, we have decided not to proceed with your candidacy. Please note that under our recruiting policy, candidates who are not selected may not reapply for any Obelisk Partners position for a period of 12 months from the date of this notice.

We wish you success in your future endeavors.

Obelisk Partners Campus Recruiting`, 'Obelisk Partners - Application Status'),

  // ── November
  rej('assessment', ['assessment'], {},
    `Dear Nadia,

Thank you for your interest in Kestrel Consulting and for the time you took to record your video interview.

Our recruiting team has now reviewed your responses. We regret to let you know that we will not be inviting you to the next stage of the 2025 Analyst program process.

Kind regards,
Kestrel Consulting Recruiting Team`, 'Kestrel Consulting - your application'),

  other(`Hi Nadia,

Thanks for applying to Brightleaf Grocers Digital! We'd like to invite you to interview for Software Engineer I, Data Platform.

The interview will be 60 minutes over Google Meet with two engineers from the data platform team: about 40 minutes on a practical coding problem (SQL and Python) and 20 minutes for your questions.

Please use the link below to choose a time. Available slots run from November 6 to November 12.

https://app.goodtime.example/brightleaf/[id]

If none of the times work, reply here and we'll find another option.

Looking forward to it,
Sam Whitfield
Recruiting Coordinator, Brightleaf Grocers Digital`, 'Interview invitation - Software Engineer I, Data Platform'),

  other(`Interview confirmed

Candidate: Nadia Haddad
Role: Software Engineer I, Data Platform
Date: Friday, November 8, 2024
Time: 2:00 p.m. - 3:00 p.m. (Eastern Time)
Interviewers: Devika Rao, Tomasz Nowak
Location: Google Meet - meet.google.com/[code]

Need to reschedule? Use the link in your invitation or reply to this message at least 24 hours in advance.

Brightleaf Grocers Digital Recruiting`, 'Confirmed: interview on Friday, Nov 8 at 2:00 PM ET'),

  rej('application', ['location'], { ...fb },
    `Hi Nadia,

Thank you for applying for the Software Developer Student (Winter 2025) role with the Canadian Records and Archives Agency.

Positions in this program require a Reliability security clearance, and candidates must have at least five years of verifiable residence history in Canada to complete it in time for a January start. Your application shows that you moved to Canada in 2021, so unfortunately we can't proceed with your candidacy for this intake.

Thank you for your interest in working in the federal public service.

Student Recruitment Unit
Canadian Records and Archives Agency`, 'Your application - Software Developer Student (Winter 2025)'),

  rej('screen', ['location'], { ...fb },
    `Hi Nadia,

It was nice speaking with you on Tuesday about the Graduate Data Analyst role at Prairie Gate Energy.

As we discussed, this position is based full-time at our Calgary head office with no remote option, and you mentioned you'd need to stay in Toronto for family reasons for at least the next year. Because of that, we won't be moving your application forward.

If your plans change, please do get back in touch - I'd be happy to talk again.

Best,
Heather Lindqvist
Campus Talent Partner, Prairie Gate Energy`, 'Prairie Gate Energy - Graduate Data Analyst'),

  other(`Hi Nadia,

Congratulations! Following your interview with our data platform team, we'd like to invite you to the final round for Software Engineer I, Data Platform.

The final round is a virtual half day on Thursday, November 21:
- 10:00-11:00 System design (data pipelines)
- 11:15-12:00 Behavioural with the hiring manager
- 12:00-12:30 Meet the team (informal)

A calendar invite will follow. Let me know if you need any accommodations.

Sam Whitfield
Recruiting Coordinator, Brightleaf Grocers Digital`, 'Final round invitation - Brightleaf Grocers Digital'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Nadia,

Thanks again for interviewing with us for the Machine Learning Engineer Intern role at Arclight Vision, and for being so patient while we made our decisions.

I'm sorry to say we won't be moving forward. The team liked your energy and your computer vision course project, but the internship involves a lot of work on our model-serving stack, and in the technical interview you weren't yet comfortable with containerization and deploying models behind an API. We need interns who can ramp up on that side quickly this summer.

If it would help, I'm happy to set up 15 minutes to walk through the interviewers' notes in more detail - just reply with a couple of times that work for you.

All the best,
Leah Brenner
Recruiting Lead, Arclight Vision`, 'Arclight Vision - ML Engineer Intern'),

  other(`Hi Nadia,

A few reminders from the Computer Science Co-op & Experiential Learning Office as recruiting season picks up:

• The December postings round on the co-op job board includes 14 full-time new-grad roles open to graduating students as well as summer placements. Deadline: Friday, December 6 at 11:59 p.m.
• If you accept an offer - through the job board or elsewhere - please report it in the portal within 48 hours.
• Our offer-acceptance policy applies: once you've accepted an offer, you must withdraw from all other processes. Reneging on an accepted offer may result in removal from the program.
• Drop-in resume reviews run Tuesdays and Thursdays, 1-3 p.m., BA 2210.

Questions? Reply to this email or book an appointment with your coordinator.

Co-op & Experiential Learning Office
Department of Computer Science, University of Toronto`, 'Co-op office: December postings, offer reporting and reminders'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Nadia,

Thank you for meeting with Hannah and Rafael last week for the Full-Stack Developer Intern role at Gearbox Studio.

We've decided not to move forward. In your interview you told us that you do your best work heads-down on your own and prefer to check in once a week. Our team works in pairs all day, with everyone rotating partners each morning and shipping together, and we felt that style would be a real adjustment for you rather than something that suits you.

This isn't a comment on your ability - your take on the debugging exercise was solid.

Best,
Priyanka Shah
Co-founder, Gearbox Studio`, 'Gearbox Studio - Full-Stack Developer Intern'),

  other(`Dear Nadia,

This is to let you know that we are still reviewing applications for the Data Science Co-op, Winter 2025 position at Ontario Transit Authority. Due to the high number of applications, our review is taking longer than we planned.

No decision has been made on your application. We expect to contact shortlisted candidates by November 29.

Thank you for your patience.

Human Resources, Ontario Transit Authority`, 'Update on the Data Science Co-op, Winter 2025 competition'),

  hold('interview', ['role_closed'], {},
    `Hi Nadia,

I hope your term is going well. I wanted to reach out personally after your interviews with our Risk Analytics team two weeks ago.

The bank has just announced a reorganization of the Risk function, and as a result all hiring for the Risk Analytics New Graduate program is on hold until the new structure is confirmed. Your candidacy is still open - you haven't been declined - but I can't yet tell you when we'll be able to resume.

I know this is frustrating in the middle of recruiting season. I'll update you as soon as I hear more, and I expect that to be sometime in January.

Kind regards,
Sofia Marchetti
Senior Campus Recruiter, Lakeshore Mutual Bank`, 'Risk Analytics New Graduate program - status update'),

  rej('application', ['generic'], {},
    `Your application for Software Engineer Intern (Summer 2025) at Lumenix

Lumenix has chosen not to move forward with your application at this time.

Find more jobs that match your skills - 24 new jobs near Toronto, ON

Indeed`, 'An update on your application to Lumenix'),

  rej('final', ['position_filled'], { ...door },
    `Hi Nadia,

Thank you for spending your Thursday morning with us for the final round of the Software Engineer I, Data Platform process. Everyone who met you enjoyed the conversation.

This was a very close decision, but we've offered the role to another candidate and they have accepted.

We'd genuinely like to stay in touch. We'll keep your details on file and I'll reach out personally when we open our next new-grad or intern roles on the data platform team.

Best wishes,
Devika Rao
Engineering Manager, Brightleaf Grocers Digital`, 'Brightleaf Grocers Digital - final round outcome'),

  other(`Hi Nadia,

Welcome to the Helix Cloud Talent Community!

As a member you'll receive:
• Early notice of internship and new-grad openings
• Invitations to virtual tech talks and coding workshops
• Tips from Helix Cloud engineers on interviewing

This month: register for "Inside Helix Cloud: Building at Planet Scale", a live Q&A with three early-career engineers, on December 4 at 7 p.m. ET.

You can update your interests or unsubscribe at any time.

Helix Cloud University Programs`, 'Welcome to the Helix Cloud Talent Community'),

  rej('application', ['salary'], { ...fb },
    `Hi Nadia,

Thanks for applying for the New Grad Software Engineer role at Cinderpath Games.

In the application form you listed an expected base salary of $115,000. The budget we have for this role is $78,000-$86,000, and we're not able to go above that for a new graduate position, so we won't be moving your application forward.

Appreciate your interest in Cinderpath.

Cinderpath Games Recruiting
Sent with Lever`, 'Cinderpath Games - New Grad Software Engineer'),

  rej('screen', ['skills_gap'], { ...fb, ...offered },
    `Hi Nadia,

Thanks for taking the time to talk with me on Friday about the Analytics Engineer, New Grad role.

After going over my notes with the hiring manager, we've decided not to move you forward. The team needs someone who has written SQL against a production warehouse and built models in dbt, and from our call it sounds like your SQL experience so far has been in coursework and Kaggle notebooks. Everything else about your background was a good match.

If you'd like more detail on what the team looks for, reply and I'm happy to share it.

Thanks,
Noor Karimi
Talent Acquisition, Everlane Logistics`, 'Everlane Logistics - Analytics Engineer, New Grad'),

  // ── December
  other(`Hi Nadia,

Congratulations - you've been selected for the Kingsbridge Bank Technology Superday for the 2025 Summer Analyst program!

Date: Friday, December 6
Location: Kingsbridge Bank, 200 Wellington St. W., Toronto (in person)
Arrival: 8:30 a.m. Please bring government-issued photo ID.

The day will include three back-to-back interviews (technical, case and behavioural), lunch with current analysts, and a short group exercise. We'll wrap up by 3:00 p.m.

Please confirm your attendance by replying to this email by Monday.

Kingsbridge Bank Campus Recruiting`, 'Kingsbridge Bank Technology Superday - invitation'),

  rej('application', ['generic'], {},
    `Bonjour Nadia / Hello Nadia,

Merci de l'intérêt que vous portez à Groupe Financier Laurentide. Après examen de votre candidature, nous ne donnerons pas suite à votre demande pour le poste de Stagiaire en science des données.

Thank you for your interest in Laurentide Financial Group. After reviewing your application, we will not be proceeding with it for the Data Science Intern position.

Cordialement / Kind regards,
Acquisition de talents / Talent Acquisition`, 'Votre candidature / Your application - Stagiaire en science des données / Data Science Intern'),

  rej('application', ['location'], { ...fb },
    `Hi Nadia,

Thanks for your application to the Software Developer Intern role at Mosaic Freight in Montréal.

This team works from our Griffintown office four days a week, and in your application you indicated that you aren't able to relocate to Montréal for the summer. Since we can't offer this internship remotely, we won't be moving forward.

Best of luck,
Mosaic Freight Talent`, 'Mosaic Freight - Software Developer Intern (Montréal)'),

  rej('final', ['generic'], { ...door },
    `Dear Nadia,

Thank you for attending the Kingsbridge Bank Technology Superday on December 6 and for the effort you put into each part of the day.

We had an exceptional group of finalists, and after a thorough discussion we regret that we are unable to extend you an offer for the 2025 Summer Analyst program.

We were impressed by you and we hope you will apply to our Full-Time Analyst program next fall. We'll also keep your profile in our campus talent network so we can share future opportunities with you.

Kind regards,
Kingsbridge Bank Campus Recruiting`, 'Kingsbridge Bank Technology Superday - outcome'),

  other(`Hi Nadia,

Unfortunately one of your interviewers for Thursday (Maple Street Health, Data Engineer Intern) has a conflict. Could we move your interview from Thursday, December 12 at 11:00 a.m. to one of these times?

- Thursday, Dec 12, 3:30 p.m. ET
- Friday, Dec 13, 10:00 a.m. ET
- Monday, Dec 16, 1:00 p.m. ET

Sorry for the shuffle, and thanks for being flexible.

Reggie Osei
Talent Coordinator, Maple Street Health`, 'Reschedule request - Data Engineer Intern interview'),

  rej('application', ['location'], { ...fb, ...door },
    `Dear Nadia,

Thank you for applying to the Summer 2025 Software Engineering Student role at Cobalt Ridge Technologies.

This position is funded through a federal student wage subsidy, which limits eligibility to Canadian citizens, permanent residents and protected persons. You indicated in your application that you're in Canada on a study permit, so unfortunately we can't consider you for it.

Our 2025 Graduate Program isn't subsidized and doesn't carry this restriction - we'd recommend applying there instead.

Cobalt Ridge Technologies Early Careers`, 'Cobalt Ridge Technologies - internship eligibility'),

  rej('interview', ['position_filled'], {},
    `Hi Nadia,

Thanks for interviewing for the Data Engineer Intern role at Maple Street Health, and for rearranging your schedule for us.

I wanted to let you know we've offered the internship to another candidate, who has accepted, so the position is now filled.

Thanks again, and good luck this season.

Reggie Osei
Talent Coordinator, Maple Street Health`, 'Maple Street Health - Data Engineer Intern'),

  other(`Hi Nadia,

I came across your profile and your GitHub project on transit delay prediction - really nice work.

I'm a recruiter at Nimbus Ledger, a Series B fintech in Toronto. We're hiring two New Grad Data Engineers to start in June, and I think your background could be a good match. Would you be open to a 20-minute chat next week?

Best,
Owen Baptiste
Talent Partner, Nimbus Ledger`, 'InMail: New Grad Data Engineer at Nimbus Ledger'),

  rej('screen', ['role_closed'], {},
    `Hi Nadia,

Thank you for speaking with me last week about the Junior Data Scientist role at Orchard Lane Retail.

I'm sorry to share that the business has decided not to go ahead with this position after all - the headcount was removed in our year-end planning. That means we're closing the search and won't be progressing any candidates, including you.

I'm sorry for the disappointing news.

Regards,
Claire Dubois
Talent Acquisition, Orchard Lane Retail`, 'Junior Data Scientist - Orchard Lane Retail'),

  rej('application', ['culture_fit'], {},
    `Hi Nadia,

Thank you for applying to join Ripple & Rye. We're a tiny team and we hire as much for the way people work and what they value as for skills.

After reviewing your application we don't think this is the right fit with our culture right now, so we won't be moving forward.

Good luck!
Ripple & Rye`, 'Ripple & Rye - Data Intern'),

  other(`Your saved job is no longer accepting applications

Data Scientist Intern (Summer 2025)
Quorum Health Analytics · Toronto, ON

The employer has closed this posting. Here are similar jobs:
• Data Analyst Intern - Lakefront Retail Group
• ML Intern - Tessellate

LinkedIn`, 'A job you saved is no longer accepting applications'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Nadia,

Thank you for completing the numerical and logical reasoning assessments for the Ashgrove Advisory 2025 Technology Consulting Summer Internship.

On this occasion your results did not meet the benchmark required to progress to the interview stage.

We recognise the effort involved and would encourage you to apply to Ashgrove again in a future recruitment cycle. We'll also keep you updated on future events through our graduate talent network.

Yours sincerely,
Ashgrove Advisory Graduate Recruitment`, 'Ashgrove Advisory - your assessment results'),

  other(`Hi Nadia,

Thanks for chatting with me on Tuesday! I've passed your details to the hiring manager for the New Grad Data Engineer role, and you'll be receiving a take-home assignment from our HR system shortly.

The assignment is a small pipeline exercise: ingest a CSV of payment events, clean it, and load it into SQLite with a couple of aggregate queries. It shouldn't take more than 3-4 hours, and you'll have a week to complete it.

Owen Baptiste
Talent Partner, Nimbus Ledger`, 'Re: Nimbus Ledger - next steps'),

  rej('interview', ['internal_candidate'], {},
    `Hi Nadia,

Thank you for interviewing with us for the Associate Software Engineer position on the Claims Platform team at Fenwick Mutual.

After completing our interviews, the hiring manager has selected an internal candidate who has been working in Claims Operations and is transitioning into engineering. We will not be moving forward with external applicants for this role.

Thank you for the time you spent with us.

Fenwick Mutual Talent Acquisition`, 'Fenwick Mutual - Associate Software Engineer'),

  other(`Hi Nadia,

We noticed you started an application for Software Engineering Intern - Summer 2025 at Vantor Semiconductor but haven't submitted it yet.

Your progress has been saved. Applications close on December 15.

Continue your application →

Vantor Semiconductor Careers
Powered by Workday`, "Don't forget to finish your application"),

  hold('final', ['generic'], {},
    `Hi Nadia,

Thank you for coming in for the final round for our Data Analyst, New Grad position on November 28.

I wanted to let you know that we've paused final hiring decisions for this role until mid-January. We are not yet in a position to make offers, but you remain a finalist and nothing has been decided.

I'll reach out as soon as we restart. Have a restful break.

Best,
Gabriel Ng
Recruiter, Tidewater Insurance`, 'Tidewater Insurance - Data Analyst, New Grad'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Nadia,

Thanks for applying to the Bilingual Data Analyst Intern position with the Québec Health Data Network.

Two requirements for this role are advanced written French (level C1 or higher) and eligibility to work in Québec's public health system, which requires enrolment at a Québec university for internship funding. Your application doesn't meet either requirement, so we can't progress it.

Kind regards,
Équipe des ressources humaines / Human Resources Team`, 'Bilingual Data Analyst Intern'),

  other(`Dear Nadia,

Great job completing the Ashgrove Advisory situational judgement test. Your responses have been saved.

The next step is a numerical and logical reasoning assessment. You'll receive a separate invitation within 24 hours.

Ashgrove Advisory Graduate Recruitment`, 'Thank you for completing your assessment'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Nadia,

Thank you for submitting the take-home assignment for the New Grad Data Engineer role. The team enjoyed your write-up.

Unfortunately we've decided not to move forward. The main issue the reviewers found was that the cleaning step dropped every row with a missing currency field, which removed about a fifth of the events and skewed both aggregate queries; there were also no tests around the deduplication logic, which the brief asked for.

I know how much effort take-homes take. If it would be useful, I'm happy to get on a quick call and go through the reviewers' notes with you.

Owen Baptiste
Talent Partner, Nimbus Ledger`, 'Nimbus Ledger - take-home outcome'),

  other(`Hi Nadia,

This is a friendly note that we've received many applications for the Data Scientist, New Grad role and are still working through them. We have not made any decisions yet, and we'll be in touch in the new year.

Happy holidays from all of us at Quorum Health Analytics!`, 'Quick update from Quorum Health Analytics'),

  // ── January
  rej('application', ['role_closed'], {},
    `Hi Nadia,

Happy new year, and thank you for your patience since my note in the fall.

Our leadership team has now finalized next year's budget, and unfortunately it doesn't include a summer intern cohort. We've closed the Product Analyst Intern posting and won't be moving forward with any applications, including yours.

I'm sorry this isn't the news you were hoping for.

Ola Adeyemi
People Operations, Faro Payments`, 'Faro Payments - Product Analyst Intern'),

  other(`Hi Nadia,

Good news - the Risk reorganization is now confirmed and we're resuming the Risk Analytics New Graduate program. As one of our remaining candidates, you're invited to a final-round interview with the new program director.

Could you share your availability for the week of January 20? The interview will be 45 minutes on Teams.

Kind regards,
Sofia Marchetti
Senior Campus Recruiter, Lakeshore Mutual Bank`, 'Risk Analytics New Graduate program - resuming'),

  rej('application', ['generic'], {},
    `Dear Nadia,

Thank you for your interest in the Data Scientist, New Grad role at Quorum Health Analytics. We have now completed our review of applications and regret to inform you that you were not selected for an interview.

We wish you the best in your job search.

Quorum Health Analytics`, 'Quorum Health Analytics - Data Scientist, New Grad'),

  rej('final', ['skills_gap'], { ...fb, ...offered },
    `Dear Nadia,

Thank you for taking part in the final round for the Redwater Consulting Data & AI Associate position last Wednesday, and for the care you put into the case presentation.

I'm sorry to say we won't be extending an offer. The partners thought your technical answers were strong, but in the client case you went straight into modelling without first clarifying the business question or quantifying the expected value, and structured problem framing with clients is central to this role from day one. The other finalists were further along in that respect.

I'd be glad to share the partners' written comments or talk them through on a call - please just let me know.

With best regards,
Isabelle Fortin
Campus Recruiting Manager, Redwater Consulting`, 'Redwater Consulting - Data & AI Associate: final round'),

  other(`Hi Nadia,

You're invited to HackHarbour 2025, a 36-hour hackathon hosted by Harbourline Bank's innovation lab on February 8-9.

Teams of up to four will build something with open banking data. Meals, swag and $10,000 in prizes are included, and our engineers will be on hand as mentors.

Register by January 31: hackharbour.example/register

Harbourline Bank Campus Recruitment

You're receiving this because you joined our Campus Talent Community.`, 'HackHarbour 2025: register now'),

  rej('interview', ['generic'], { ...door },
    `Hi Nadia,

Thanks for interviewing with Junction Pay for our New Grad Software Engineer role. It was a pleasure to meet you.

We've made the difficult decision to move forward with other candidates. We really did enjoy our conversations and would love for you to apply again in the future. We'll also keep you in mind as new roles come up.

Warmly,
Junction Pay Talent`, 'Junction Pay - New Grad Software Engineer'),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Nadia,

Thank you for the call on Monday about our Associate Machine Learning Engineer role.

After reflecting on our conversation and discussing with the team, we don't think your experience aligns closely enough with what this role needs right now, and we've decided not to move forward with your application.

I'll keep your resume on file and reach out if something comes up that's a closer match.

Best regards,
Felix Amoah
Talent Acquisition, Vireo Biosciences`, 'Vireo Biosciences - Associate ML Engineer'),

  other(`Hi Nadia,

You've been referred to Kiln AI by Tomasz Nowak for the role: Software Engineer, New Grad (Toronto).

To complete your referral, please confirm your interest and upload your resume by clicking below. Referred candidates are typically contacted within 1-2 weeks.

Confirm referral

Kiln AI Recruiting · via Ashby`, "You've been referred to Kiln AI"),

  rej('final', ['role_closed'], {},
    `Hi Nadia,

Thank you for your patience and for the time you gave us throughout the Risk Analytics New Graduate process, including the final interview last week.

I'm very sorry to tell you that following the reorganization, the new program director has decided to reduce the program's new-graduate headcount to zero for 2025. The positions have been withdrawn, and we won't be making any offers this year, including to you.

I know this is disappointing after such a long process.

Kind regards,
Sofia Marchetti
Senior Campus Recruiter, Lakeshore Mutual Bank`, 'Risk Analytics New Graduate program - update'),

  rej('assessment', ['position_filled'], {},
    `Hi Nadia,

Thank you for completing the online assessment for the Platform Engineering Intern position at Vantor Semiconductor.

All available internship positions on this team have now been filled, so we are unable to progress your application further.

Vantor Semiconductor University Recruiting`, 'Vantor Semiconductor - application update'),

  other(`Hi Nadia,

Please confirm your interview for the Software Engineer, New Grad role at Kiln AI:

Technical interview (pair programming) - 75 minutes
Tuesday, January 28, 1:00-2:15 p.m. ET
Zoom link to follow

Please have your preferred IDE ready; you'll share your screen.

Kiln AI Recruiting`, 'Kiln AI: interview scheduled'),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Hi Nadia,

Thank you for your time interviewing with our team for the Data Scientist, Pricing role at Tidewater Insurance - I know you're also still in process with us for the Data Analyst role, and this doesn't affect that one.

For the Pricing role, the panel felt other candidates' backgrounds were a closer match, and we've decided not to move you forward.

If you'd like feedback from the interviews, let me know and I'll set something up.

Best,
Gabriel Ng
Recruiter, Tidewater Insurance`, 'Tidewater Insurance - Data Scientist, Pricing'),

  hold('screen', ['role_closed'], {},
    `Hi Nadia,

Thanks again for our call on the 14th about the New Grad Software Engineer position at Larkspur Health.

I have to let you know that the company has put a temporary hiring freeze in place while we close our Series C. This role is on hold and we can't schedule further interviews until it lifts. You're not out of the process, and I'll come back to you as soon as we can restart.

Thanks for understanding,
Mina Park
Recruiting, Larkspur Health`, 'Larkspur Health - hiring pause'),

  rej('application', ['position_filled'], { ...door },
    `Hi Nadia,

Thanks for applying to the Data Analyst Intern role at Lakefront Retail Group. This role has now been filled.

We appreciate your interest and encourage you to apply for future openings on our careers page.

Lakefront Retail Group Talent Team
Powered by SmartRecruiters`, 'Lakefront Retail Group - Data Analyst Intern'),

  other(`Hi Nadia,

Congratulations - we're thrilled to extend you an offer for Software Engineer, New Grad at Kiln AI! Your offer letter is in your Ashby candidate portal.

Quick summary: $92,000 base, 0.04% equity over four years, start date of your choice between May and July.

Because we're building the team quickly, this offer is valid for 72 hours - please let us know your decision by Friday, January 31 at 5 p.m. ET.

Welcome (we hope)!
Aditi Menon
Head of Talent, Kiln AI`, 'Offer - Software Engineer, New Grad at Kiln AI'),

  other(`Hi Nadia,

Totally understand - I checked with our CTO and we can extend your deadline to Wednesday, February 5 at 5 p.m. ET. We can't go beyond that, as we have other candidates waiting.

Let me know if any questions come up in the meantime.

Aditi

On Thu, Jan 30, 2025 at 9:14 AM Nadia Haddad wrote:
> Hi Aditi,
>
> Thank you so much for the offer - I'm really excited about Kiln. I'm waiting on
> one other decision that's expected early next week. Would it be possible to
> extend the deadline by a few days so I can make a fully informed choice?
>
> Best,
> Nadia`, 'Re: Offer - Software Engineer, New Grad at Kiln AI'),

  // ── February
  other(`Dear Nadia,

Thank you for attending our final round in November and for your patience over the holidays. I'm delighted to share that we'd like to offer you the position of Data Analyst, New Grad at Tidewater Insurance!

Your offer letter is attached and includes:
• Base salary: $76,500
• Annual bonus target: 8%
• Start date: Monday, June 2, 2025
• Location: Toronto office (hybrid, 3 days in office)

To accept, please sign the letter in DocuSign by February 14. If you have any questions about the offer or benefits, I'm happy to set up a call.

Congratulations again - the team is excited to have you.

Gabriel Ng
Recruiter, Tidewater Insurance

Attachment: Tidewater_Offer_NHaddad.pdf`, 'Your offer from Tidewater Insurance'),

  other(`Hi Nadia - just a reminder that your Kiln AI offer expires tomorrow (Wednesday, Feb 5) at 5 p.m. ET. Happy to hop on a call today if anything would help you decide. - Aditi`, 'Reminder: offer deadline tomorrow'),

  rej('final', ['generic'], {},
    `Hi Nadia,

Thanks for following up, and apologies for the slow reply - it's been a hectic few weeks.

Unfortunately the team has decided not to move forward with your candidacy after the onsite. I'm not able to share individual feedback, but I do appreciate the time you put into the process.

All the best,
Marguerite Shaw
University Recruiting, Quanta Systems

-----Original Message-----
From: Nadia Haddad
Sent: Monday, February 3, 2025 10:02 AM
To: Marguerite Shaw
Subject: Following up - Software Engineer, New Grad onsite

Hi Marguerite,

I hope you're well. I wanted to follow up on my onsite interviews on January 17 for the Software Engineer, New Grad role. I'd be grateful for any update on timing.

Thank you,
Nadia`, 'RE: Following up - Software Engineer, New Grad onsite'),

  other(`Hi Nadia,

Thank you for letting us know, and congratulations on your decision. Of course we're disappointed you won't be joining Kiln AI, but we completely understand.

We've withdrawn the offer in our system at your request. If things change down the road, my door is always open - I'd love to stay in touch.

All the best,
Aditi Menon
Head of Talent, Kiln AI`, 'Re: Offer - Software Engineer, New Grad at Kiln AI'),

  other(`Hi Nadia,

Congratulations on accepting your offer! As a next step, our background screening partner will email you a secure link to complete:

1. Consent to a criminal record check
2. Education verification (please have your student number handy)
3. Employment history for the last three years

Please complete these within 5 business days. Your offer is conditional on satisfactory results.

Tidewater Insurance Talent Acquisition`, 'Next steps: background check for your Tidewater offer'),

  rej('final', ['profile_mismatch'], { ...door, ...offered },
    `Dear Nadia,

Thank you for participating in the final interview day for the Graduate Software Developer program at Westmount Life on January 24.

After careful deliberation, the panel selected candidates whose experience more closely matched the needs of our teams this year, and we won't be able to extend you an offer.

We'd be happy to share feedback from the day if you're interested - simply reply to this email. We'd also like to keep your details on file for future graduate and experienced-hire openings.

Warm regards,
Westmount Life Early Talent Team`, 'Westmount Life Graduate Software Developer program'),

  other(`Dear Nadia,

This email confirms that you have withdrawn your application for New Grad Software Engineer (Req. LH-2211) at Larkspur Health. No further action is needed.

If you'd like to apply for other roles in the future, you can do so from our careers page.

Larkspur Health Recruiting
Sent via Greenhouse`, 'Application withdrawn - New Grad Software Engineer'),

  rej('application', ['generic'], {},
    `Thanks for your interest in Halyard Analytics. We've reviewed your application for Data Science Intern and won't be moving forward. - Halyard Analytics Hiring Team`),

  other(`Hi Nadia,

Tell us how we did! You recently took part in the recruitment process for the Kingsbridge Bank 2025 Summer Analyst program, and we'd love your feedback on your candidate experience.

The survey takes about 4 minutes and responses are anonymous.

Take the survey

Thank you,
Kingsbridge Bank Campus Recruiting`, 'How was your candidate experience with Kingsbridge Bank?'),

  rej('application', ['profile_mismatch'], { ...offered },
    `Hi Nadia,

I'm the hiring manager for the Research Software Engineer position in the Computational Genomics Lab at Bayview Research Hospital. Thanks for applying.

We've had a strong response and I've decided not to take your application further. Candidates with backgrounds closer to what the lab needs were shortlisted.

Applying for research posts can feel like a black box, so if you want to know more about how I made the shortlist, feel free to email me and I'll tell you what I can.

Regards,
Dr. Helena Moss
Principal Investigator, Computational Genomics Lab
Bayview Research Hospital`, 'Research Software Engineer application'),

  other(`Helix Cloud Early Careers | February Edition

Hi Nadia,

What's new this month:
- Summer 2025 intern applications are closed. Thank you to the thousands of you who applied!
- Our Fall 2025 internship and 2026 New Grad postings open in August - sign up for reminders.
- Watch the replay: "How I landed my first role at Helix Cloud" with three recent grads.
- Tip of the month: how to talk about group projects in behavioural interviews.

See you next month,
Helix Cloud University Programs

Manage your Talent Community preferences | Unsubscribe`, 'Helix Cloud Early Careers: February newsletter'),

  rej('application', ['role_closed'], {},
    `Dear Nadia,

Thank you for applying for the Junior Developer (Data Services) position at Greystone Municipal Services.

Due to a hiring freeze that took effect on February 1, we have cancelled this competition and will not be filling the position. All applications, including yours, have been closed.

Human Resources
Greystone Municipal Services`, 'Cancellation of competition - Junior Developer (Data Services)'),

  other(`Hi Nadia,

Welcome to Tidewater! We're excited you'll be joining the Data & Analytics team on June 2.

Over the next few months you'll get access to our pre-boarding portal where you can:
• Set up direct deposit and tax forms
• Pick your laptop (Mac or Windows)
• Join the 2025 New Grad Slack channel to meet your cohort

Your manager, Arjun Patel, will reach out in May to introduce himself.

See you soon,
Tidewater Insurance Onboarding Team`, 'Welcome to Tidewater - pre-boarding'),

  // ── March
  other(`Rejected? You're in good company.

This week on the Career Centre blog: a fourth-year student shares how she went from 140 applications and dozens of "unfortunately" emails to two offers, and what she'd do differently. Plus: how to ask for feedback after an interview without sounding pushy, and why a rejection from a bank's online test says little about whether you'd be a good analyst.

Read more on the blog →

Also coming up:
• Mar 12: Negotiating your first offer (workshop)
• Mar 19: Alumni panel - life as a new grad in data science

Career Exploration & Education, University of Toronto`, "Career Centre Weekly: handling rejection, negotiating offers"),

  rej('interview', ['generic'], {},
    `Dear Nadia,

Thank you for interviewing for the Summer 2025 Data Science Intern position at Alder & Finch Retail. We regret to inform you that after careful consideration, we have selected other candidates to move forward.

Sincerely,
Alder & Finch Retail Talent Acquisition`, 'Alder & Finch Retail - Data Science Intern'),

  other(`Please verify your email address

Hi Nadia,

Someone (hopefully you) created a candidate account on the Westmount Life career site using this email address. To finish setting up your account, please verify your email within 24 hours.

Verify email

If you didn't create this account, you can ignore this message.`, 'Verify your candidate account'),

  other(`Companies you follow are hiring

Tidewater Insurance - 3 new jobs
Harbourline Bank - 12 new jobs
Kiln AI - 2 new jobs

Plus: "I got rejected after a great final round - what did I miss?" is trending in the Tech community this week.

Glassdoor`, 'Companies you follow are hiring'),

  rej('application', ['generic'], {},
    `<p>Dear Nadia,</p><p>We appreciate your interest in the <strong>Software Developer Intern</strong> role at Northern Arc Utilities. Unfortunately, your application was not selected to move forward.</p><p>Regards,<br/>Talent Acquisition</p><!-- template: REJ_STD_03 -->`, 'Northern Arc Utilities: Software Developer Intern'),

  other(`Hi Nadia,

As part of finalizing your offer, we'd like to contact two references - ideally a professor or TA and a former supervisor. Could you send their names, titles, email addresses and your relationship to each by Friday?

We'll only contact them once, with a short questionnaire.

Thanks,
Gabriel Ng
Recruiter, Tidewater Insurance`, 'Tidewater - reference details'),
];
