/**
 * Sealed messages of the fifty-fourth round, in two parts. The first part is a spread of declines from employers in
 * every sector: a hospital system, NHS trusts, a hospice and a clinical research firm; high-street and online retailers,
 * a pharmacy chain and a grocer; councils, a state transport department, a water authority and the Civil Service;
 * universities; law firms and a surveyors' practice; engineering, mining, rail and freight companies; hotels; charities,
 * an arts trust and a housing co-operative; SaaS, fintech and payments start-ups; banks, a mutual, a sacco, an insurer
 * and an equity research house; newspapers, a production company and a local magazine. They are written in American,
 * British, Indian, Irish, Australian, Canadian, South African and Kenyan English, and come from tracking systems
 * (Workday, Greenhouse, Lever, iCIMS, Taleo, SmartRecruiters, Ashby, Workable, JazzHR, Trac), a template-site letter
 * with its merge fields left unfilled, agency recruiters passing on a client's answer, founders and hiring managers
 * writing a few lines by hand, and formal letters with a reference line. They cover every stage (CV screen, recruiter
 * and agency calls, aptitude and coding tests, take-homes, written cases, a writing test, a language test, a typing
 * test, a pre-employment right-to-work check, interviews with the hiring manager, the team or a panel, a recorded
 * video interview, site visits, final rounds, onsites, assessment centres, finalists' presentations and references
 * after the final round) and every reason, several with two; the specific feedback, the offer of feedback or the open
 * door sometimes sits in the middle of a long polite letter, some letters praise the candidate without saying anything
 * specific, some carry HTML leftovers, disclaimers and unsubscribe footers, one answers a follow-up and quotes it, some
 * are one or two lines long, and four processes are paused. The second part is four months (May to August 2025) of one
 * person's inbox: Tamsin Reilly, a store manager in Western Sydney with eleven years in retail, studying a Certificate IV
 * in HR online and moving into HR and people-and-culture roles. Next to her declines (qualification still in progress,
 * generalist experience, award interpretation, salary, location, an internal appointment, a scheduling exercise, a
 * psychometric benchmark, a remote team, an entry-level role she would outgrow, a disestablished post) come the mail
 * that looks like them but is not: job-board confirmations, tracking-system acknowledgements, "still reviewing"
 * updates, a phone-screen booking, interview invitations and a reschedule, an assessment invitation, job alerts and
 * digests, recruiter pitches, the course's newsletters, a module survey and an assessment result, a candidate survey,
 * a referee request, a paused process that resumes with a second-interview invitation, an offer with its e-signature
 * reminder, pre-employment checks and first-week details, and the confirmation of a withdrawal.
 *
 * Labelling choices. Stage is the furthest step the message names. Application when no call, test or interview is
 * named (also an agency consultant answering a CV without a call). Screen for a first short call with a recruiter,
 * talent partner, HR or an agency consultant, also when the agency then passes on the client's answer. Interview for a
 * conversation with the hiring manager, the team, a panel, a partner or a founder, a site visit with interviews, and a
 * recorded video interview. Assessment for a test, take-home, written case, language or typing test, psychometric
 * questionnaire or pre-employment check when no interview is named (a conditional offer withdrawn after a right-to-work
 * check names none); a test set between interviews leaves the stage at interview, with assessment as the reason when
 * the result is what decided. Final for a message that calls the step a final round or final stage, an onsite, an
 * assessment centre, the finalists or shortlisted candidates' presentations, or references taken after the final
 * round. Reasons: "decided to go with / progress with another candidate" alone is generic, and so is "your performance
 * in the interview and overall merit"; "a closer match / better aligned / stronger / more suitable" without naming what
 * is profile_mismatch, and so is a public-sector panel's "another applicant was more meritorious"; a named skill,
 * licence, registration, qualification, language level, number of years or domain is skills_gap; an offer made or
 * accepted, a post "filled" or an appointment decided adds position_filled to the other reason given, so a post filled
 * internally is internal_candidate and position_filled, while "looking at an internal candidate first" is
 * internal_candidate alone; a test whose result decided is assessment, also a presentation at an assessment centre; a
 * system-design interview that missed a named topic is skills_gap; a right-to-work or sponsorship obstacle is location.
 * Feedback only for specific information about this candidate (the named gap, what the test missed, the salary
 * figures, the location constraint, the working-style mismatch); praise ("professional", "articulate", "impressed by
 * your experience") and "the field was strong" are not feedback. feedbackOffered when feedback is offered, the
 * candidate is invited to ask or to call the panel chair, test scores or reviewers' notes are offered, or a feedback
 * report is waiting in the candidate account; "we are unable to provide individual feedback" is not. doorOpen when
 * future applications are invited (including "keep an eye on our careers page", "set up a job alert", "apply again
 * next cycle / after six months"), the CV is kept on file or in a talent pool or merit pool, or the sender will reach
 * out about future roles; an application "kept on file" only for the paused vacancy itself is not. A process paused
 * with the candidate still in it is on_hold with role_closed as the reason; a role put on hold with the candidate's
 * application closed is a rejection for role_closed. A recruiter's pitch, a withdrawal confirmation, a candidate survey
 * and a course's "Competent" result are other.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s54-');

export const HANDWRITTEN_SEALED_54: readonly CorpusLine[] = [
  // ── Part one: declines from many employers
  // After the application
  rej('application', ['generic'], {},
    `Dear Alyssa,

Thank you for your interest in the Patient Access Representative II position (Req #JR-204417) with Mercy Valley Health System.

We have carefully reviewed your qualifications and, at this time, we have decided to pursue other candidates for this position.

We appreciate the time and effort you put into your application and wish you the very best in your career.

Sincerely,
Talent Acquisition
Mercy Valley Health System

Mercy Valley Health System is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

Please do not reply to this message. This mailbox is not monitored.
Powered by Workday`, 'Update on your application - Patient Access Representative II'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Jordan,

Thanks so much for your interest in Tallyrun and for taking the time to apply for our Senior Revenue Operations Analyst role.

We've had a chance to review your background, and while there's a lot to like, we've decided to move forward with candidates whose experience is a closer match for what this role needs right now.

That's not the end of the road, though. We're growing quickly and expect to open more roles on the RevOps and Finance teams over the next few quarters. We'll keep your profile on hand and may reach out if something comes up that looks like a better fit, and you're always welcome to apply to anything on our careers page that catches your eye.

Best,
Noor
Recruiting @ Tallyrun

<p style="font-size:11px;color:#999999">Powered by Greenhouse &middot; <a href="https://boards.greenhouse.io/tallyrun">Privacy Policy</a></p>`, 'Your application to Tallyrun'),

  rej('application', ['generic'], { ...door },
    `Dear Mathieu Tremblay,

Re: Requisition 2400318754 - Client Service Representative, Branch Banking (Mississauga, ON)

Thank you for applying to the position noted above with Lakehead Trust Financial Group. We received a large number of applications and, after careful consideration, regret to advise that your application will not be moving forward in the selection process.

We encourage you to continue exploring opportunities with Lakehead Trust. You can create a job alert on our careers site to be notified when positions that match your interests are posted.

Thank you for your interest in our organization.

Lakehead Trust Talent Acquisition

This is an automated message sent from Taleo. Please do not reply.`),

  rej('application', ['generic'], { ...offered },
    `Dear Ms Hargreaves,

Application for Band 4 Medical Secretary - Ref 284-CS-2419

Thank you for your recent application for the above post with Pennine Vale NHS Foundation Trust.

We regret to inform you that on this occasion you have not been shortlisted for interview. Shortlisting is carried out against the essential and desirable criteria in the person specification, and competition for this post was strong.

Should you wish to receive feedback on your application, please contact the recruiting manager, whose details can be found in the job advert.

Thank you for your interest in working for the Trust and we wish you every success in the future.

Yours sincerely

Recruitment Services
Pennine Vale NHS Foundation Trust

This email has been sent from an unmonitored address via Trac. Please do not reply.`, 'Application outcome: Band 4 Medical Secretary'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Ramya Subramanian,

Greetings from Tungabhadra Infosolutions Pvt. Ltd.!

Thank you for registering for our Off-Campus Hiring Drive 2025 (Graduate Engineer Trainee).

We regret to inform you that your profile could not be considered further as it does not meet the eligibility criteria for this drive. Candidates are required to have a minimum of 60% aggregate marks (or 6.0 CGPA) in Class X, Class XII and graduation, with no active backlogs at the time of applying. As per the details submitted by you, your graduation aggregate is below the required cut-off.

Please note that this is a system-generated mail and replies to this ID will not be monitored.

We wish you all the best for your future endeavours.

Warm Regards,
Talent Acquisition Group
Tungabhadra Infosolutions Pvt. Ltd.`, 'Off-Campus Hiring Drive 2025 - Application Status'),

  rej('application', ['generic'], {},
    `Dear Chloe,

Training Contract 2027 - Application Outcome

Thank you for applying for a training contract with Ashworth Lyle LLP and for the time you spent on your application.

We received over 2,400 applications for around 25 places this year, and the standard was exceptionally high. I am sorry to let you know that we will not be inviting you to the next stage of our process.

Given the volume of applications, we are unfortunately unable to provide individual feedback at this stage.

We wish you every success with your legal career.

Kind regards

Graduate Recruitment Team
Ashworth Lyle LLP

Ashworth Lyle LLP is a limited liability partnership registered in England and Wales (OC318842). It is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be privileged. If you have received it in error, please notify the sender and delete it.`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr Ó Briain,

Competition Ref: 078-2025 - Administrative Officer (Grade V), School of Engineering

I refer to your application for the above post.

The Shortlisting Board met on 14 May 2025 to consider all applications received. I regret to inform you that you were not shortlisted for interview on this occasion. Shortlisting was carried out on the basis of the information provided in the application form against the essential criteria set out in the job specification. The Board noted that your application did not demonstrate sufficient evidence of the essential criterion relating to experience of managing a departmental budget.

I wish to thank you for your interest in the post and wish you every success in the future.

Is mise le meas,

Aoife Kinsella
Human Resources Department
University of the Western Seaboard, Galway`, 'Competition Ref: 078-2025'),

  rej('application', ['position_filled'], { ...door },
    `Hi Tyrell,

Thank you for your interest in the Sales Associate - Part Time position at our Westgate Mall store (Store #0412).

We wanted to let you know that this position has been filled. We truly appreciate the time you took to apply with Brightwater Outfitters.

New opportunities open up all the time, especially ahead of the holiday season, and we'd love for you to check back often at careers.brightwateroutfitters.com.

Thanks again,
Brightwater Outfitters Talent Team

**************************************************
This message was sent to tyrell.m@example.com. If you don't want to receive these emails from this company in the future, please go to the iCIMS candidate portal and update your preferences.`, 'Your application with Brightwater Outfitters'),

  rej('application', ['role_closed'], { ...door },
    `Dear Hannah,

Position: Community Events Officer (Temporary Full Time, 12 months) - Ref CEO/25/041

Thank you for your application for the above position with Wattle Creek Shire Council.

Following a review of the Community Development team structure, Council has decided not to proceed with the recruitment for this position at this time. The position has been withdrawn and all applications will be closed.

We apologise for any inconvenience this may cause and appreciate the time you took to apply. Current vacancies are listed on our website and we encourage you to apply for any other roles that interest you.

Regards,

People and Culture
Wattle Creek Shire Council`),

  rej('application', ['location'], { ...fb },
    `Hi Mateo,

Thank you for your application for the role of Sous Chef at The Harrowgate Hotel & Spa, Windermere.

Having reviewed your application, unfortunately we are unable to take it further. For this role we need candidates who already have the right to work in the UK, as we are not able to offer visa sponsorship for this position, and based on the answers in your application you would require sponsorship.

We appreciate your interest in joining Lakeland Collection Hotels and wish you all the best in your search.

Kind regards,
Lakeland Collection Hotels Recruitment

Sent via SmartRecruiters`, 'Sous Chef - The Harrowgate Hotel & Spa'),

  rej('application', ['internal_candidate', 'position_filled'], { ...door },
    `Dear Bethany,

Fundraising Officer (Community & Events) - 0.8 FTE

Thank you very much for applying to join Hearthstone Children's Hospice. We know how much thought goes into an application and we're grateful that you chose to share your experience with us.

I wanted to let you know that we have decided to offer this post to a member of our existing staff team, who has been covering the role on secondment since the spring. As a result we will not be inviting external candidates to interview.

I'm sorry that this isn't better news. Please do keep an eye on our website, as we often have roles in our shops and in the fundraising team.

With warm wishes,

Kerry Bell
HR Advisor
Hearthstone Children's Hospice
Registered charity no. 1098342`),

  rej('application', ['generic'], {},
    `Dear Wanjiru,

RE: APPLICATION FOR THE POSITION OF CREDIT OFFICER - NYERI BRANCH

We acknowledge receipt of your application for the above position and thank you for your interest in joining Mlima Sacco Society Ltd.

We received an overwhelming number of applications from highly qualified candidates. After careful review, we regret to inform you that your application was not successful at this time.

We wish you all the best in your future endeavours.

Yours faithfully,

For: MLIMA SACCO SOCIETY LTD

Human Resource Manager`),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Sipho Ndlovu

GRADUATE-IN-TRAINING PROGRAMME 2026: MINING ENGINEERING

Thank you for your interest in the Ridgeveld Platinum Graduate-in-Training Programme.

Your application has been screened against the minimum requirements for the programme. Unfortunately, we are unable to consider your application further, as the programme requires a completed BSc/BEng in Mining Engineering and a valid Code 08 driver's licence, and your application indicates that you do not yet hold a driver's licence.

Please note that due to the high volume of applications we are unable to respond to individual queries regarding this outcome.

We wish you success with your career.

Regards
Ridgeveld Platinum Talent Acquisition
Rustenburg, North West Province`, 'Graduate-in-Training Programme 2026'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Hi Dana,

Rahul here, cofounder at Pantrylink. I read your application for the Ops Associate role myself and wanted to write back personally rather than send you a template.

Honestly, I think you'd be bored in this job inside a month. You ran fulfillment for a 300-person regional network and managed managers; this role is about 80% hands-on order exceptions and supplier emails, reporting to our head of ops, who has less experience than you do. I don't think it's right for either of us, so I'm not going to move you forward for it.

That said, we're raising later this year and will need someone to actually build out operations. If it's ok with you I'd like to reach out when that's real.

Thanks for thinking of us,
Rahul`, 'Re: Ops Associate application'),

  rej('application', ['salary'], { ...fb, ...door },
    `Hi Keisha,

Thank you for applying to the Customer Success Manager position at Beaconly.

Before we go further, we like to be upfront when expectations don't line up. The salary expectation you listed in your application ($135,000) is well above the range for this role, which is $88,000 to $102,000 base plus variable. Because of that gap we won't be moving your application forward for this particular position.

If that range works for you after all, or if a more senior CS role opens up, we'd be glad to hear from you again.

Warmly,
Beaconly Talent Team

Sent with Lever`),

  rej('application', ['position_filled'], {},
    `Position has been filled. Thanks for applying.

Dave
Cormack Haulage Ltd`, 'RE: HGV Class 1 Driver (nights)'),

  rej('application', ['profile_mismatch'], {},
    `Dear {{candidate_first_name}},

Thank you for your interest in the Office Manager position at {{company_name}}. After reviewing your application, we have decided to move forward with other candidates whose qualifications more closely fit the needs of the position.

We appreciate the time you invested in applying and wish you the best of luck in your job search.

Sincerely,
Hiring Team
Greenleaf Dental Partners

This message was sent via JazzHR. To stop receiving messages from this employer, click here.`, 'Your application for Office Manager'),

  rej('application', ['location', 'profile_mismatch'], { ...fb },
    `Hi Ben,

Thanks for applying to the Field Marketing Manager role at Quarrystone Software.

We've reviewed your application and decided not to move forward. Two things were behind the decision. This role needs to be based in or near Austin, as it involves being in our office and at regional events most weeks, and since you're in Denver and we aren't able to offer relocation for this position, that was a blocker. We also had a number of applicants whose backgrounds lined up more closely with the role.

Thank you again for your interest, and good luck with your search.

Best,
Quarrystone Hiring Team

Powered by Workable`),

  rej('application', ['generic'], { ...door },
    `Hi Ellie,

Thank you for applying for the Assistant Producer (Factual) role at Northlight Pictures.

We've had a huge response to this advert and have now completed shortlisting. I'm sorry to say you haven't been selected for interview on this occasion.

We really appreciate your interest in Northlight and would encourage you to keep an eye on our jobs page and apply for future roles that suit your experience.

Best wishes,
Talent Team
Northlight Pictures, Bristol`, 'Assistant Producer (Factual)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hello Farid,

Thank you for applying for the Senior Structural Engineer (Bridges) position with Kestrel Harmon Engineering in Calgary.

We reviewed your application carefully. This position requires a P.Eng. designation with APEGA (or eligibility for registration in Alberta within three months of hire), as the role will be stamping and sealing drawings from day one. Based on your application, you are currently in the process of obtaining your Canadian licensure, and so we are not able to consider you for this role at this time.

Your bridge rehabilitation experience is of real interest to us, and once your licensure is in place we would welcome a new application.

Best regards,
Nicole Fortier, CHRP
Talent Acquisition Lead
Kestrel Harmon Engineering Ltd.`),

  rej('application', ['role_closed'], { ...door },
    `Hello Marcus,

Thank you for your interest in the Transportation Planner position (Requisition R0087213) at Ironhorse Freight Solutions.

We are writing to let you know that this requisition has been cancelled and the position will not be filled at this time. As a result, your application for this position will no longer be considered.

We encourage you to visit our Careers site regularly to view and apply for other opportunities that match your skills and interests.

Best regards,
Ironhorse Freight Solutions Talent Acquisition

Please do not reply to this email. Replies to this message are routed to an unmonitored mailbox.`, 'Transportation Planner - Requisition Update'),

  rej('application', ['position_filled'], { ...door },
    `Dear Mr. Aakash Verma,

Greetings from Sahyadri Capital Advisors!

This is with reference to your application for the position of Analyst - Equity Research (Mumbai). We would like to inform you that the said position has since been closed as we have completed the selection for the same.

We have retained your profile in our database and will get in touch with you should a suitable opening arise in future.

Thanks & Regards,
HR Team
Sahyadri Capital Advisors Pvt. Ltd.
Nariman Point, Mumbai - 400021`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Siobhan,

Thanks for sending your CV through for the Payroll Administrator role I advertised.

I've had a good look at it, but I'm afraid I don't think you're a match for this one. My client is a small accountancy practice and they're after someone who's been running end-to-end payroll for multiple clients on Sage or BrightPay, and your experience so far looks to be more on the accounts payable side.

I'll keep your CV on our system and if I get any AP or purchase ledger roles in I'll give you a ring.

Thanks,
Gareth Pugh
Senior Consultant | Accountancy & Finance
Carnbridge Recruitment Ltd
T: 029 2034 0187`, 'RE: Payroll Administrator - Cardiff'),

  rej('application', ['generic'], { ...door },
    `<div><p>Hi Amara,</p><p>Thank you for taking the time to apply for the <strong>Content Designer</strong> role at Fieldnote. We genuinely appreciate your interest in what we&#39;re building.</p><p>After reviewing your application, we&#39;ve decided not to move forward at this time. We received many strong applications and had to make some difficult choices.</p><p>We&#39;ll keep your information on file and will reach out if we have an opening that could be a good fit in the future.</p><p>All the best,<br>The Fieldnote Team</p></div><div style="color:#8c8c8c;font-size:12px">Sent via Ashby</div>`, 'Following up on your application to Fieldnote'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear [Candidate Name],

Thank you for your application for the position of Warehouse Team Leader at Brookfield Distribution Centre.

We appreciate your interest in our company and the time you invested in applying. We regret to inform you that you have not been selected for the next stage of our recruitment process. We have decided to proceed with candidates who have more experience in managing teams of 20 or more in a high-volume fulfilment environment.

We will retain your application on file for six months and may contact you if a suitable vacancy arises.

Thank you again for your interest in [Company Name].

Yours sincerely,

[Your Name]
[Your Title]`, 'Your application for Warehouse Team Leader'),

  // After a recruiter, HR or agency call
  rej('screen', ['salary'], { ...fb },
    `Hi Chris,

Thanks again for hopping on the phone with me Tuesday. I really enjoyed hearing about the work you've done on billing systems at Corvid.

I shared my notes with the hiring manager for the Staff Backend Engineer role. The main thing we kept coming back to is compensation: the $240k base you mentioned is meaningfully above the top of the band we have approved for this position (our range tops out at $205k base), and we aren't able to stretch that far for this level. Given that, I don't think it makes sense to set up the technical interviews.

I'm sorry it's not a better answer, and I wish you the best with the search.

Best,
Alana Ruiz
Technical Recruiter, Sendwell`, 'Staff Backend Engineer - next steps'),

  rej('screen', ['internal_candidate'], { ...door },
    `Hi Tom,

Just a quick one following our call on Monday about the Facilities Manager role in Milton Keynes.

I put your details across to the client on Tuesday morning and they came back to me today. Unfortunately they've decided to look at an internal candidate first, so they won't be interviewing anyone external for the time being and I can't take your application any further. Nothing to do with your CV - they'd actually flagged you as one they wanted to talk to.

I've got a couple of other FM roles coming through in the next few weeks and I'll be in touch as soon as they're live.

Cheers,
Jas

Jaspreet Sandhu | Principal Consultant, Property & FM
Halden Recruitment | 01908 660 214`),

  rej('screen', ['location'], { ...fb, ...door },
    `Hi Liam,

Thanks for making the time for a chat yesterday arvo.

I've spoken with the hiring manager about your background for the Mine Planning Engineer role. They were keen on your experience, but they've confirmed the role is residential in Kalgoorlie rather than FIFO, and as you mentioned you're not in a position to relocate the family from Brisbane, we won't be able to put you forward for this one.

If anything FIFO or Brisbane-based comes across my desk that suits, I'll be in touch.

Cheers,
Brooke Hamilton
Senior Consultant - Mining & Resources
Spinifex Talent`, 'Mine Planning Engineer - Kalgoorlie'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Olivia,

Thank you for taking the time to speak with me last week about the Client Experience Specialist position with Maplecrest Insurance.

After our call, I reviewed your profile with the hiring manager. As this team serves clients across Quebec and New Brunswick, the role requires professional-level fluency in French, spoken and written, and based on our conversation your French is currently at a conversational level. For that reason, we will not be moving forward with your candidacy for this role.

We appreciated learning about your background and wish you the best of luck.

Kind regards,
Samuel Bergeron
Talent Acquisition Advisor
Maplecrest Insurance`),

  rej('screen', ['profile_mismatch'], { ...door },
    `Hi Maria,

Thank you for completing a phone screen with our team for the Clinical Documentation Specialist role at Lakeshore Orthopedic Partners.

We've completed our phone screens and have decided to move forward with candidates whose experience more closely aligns with the requirements of this role.

We encourage you to apply for future openings at Lakeshore that match your background, and we wish you success in your search.

Regards,
Human Resources
Lakeshore Orthopedic Partners`, 'Clinical Documentation Specialist - Application Update'),

  rej('screen', ['generic'], {},
    `Dear Brian,

RE: SALES EXECUTIVE - MOMBASA

Thank you for taking part in the telephone screening conducted by our Human Resources team on 3rd June 2025.

We wish to inform you that, following the screening, you have not been shortlisted for the next stage of the recruitment process. We received applications from many qualified candidates and the competition was stiff.

We appreciate your interest in Pwani Beverages Ltd and wish you success in your career.

Kind regards,

Grace Achieng
Human Resources Officer
Pwani Beverages Ltd`),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Imran,

Thanks for speaking with me earlier about the Data Analyst position in our Customer Insight team.

I've fed back to Laura, the hiring manager. We both really liked your background, but having talked it through we feel the role isn't pitched at the right level for you. It's a junior analyst post, mainly producing the weekly trading reports, and with nine years' experience including leading a team of analysts you'd be considerably more senior than the position. We don't think it would give you the challenge you're after, so we've decided not to progress your application.

Laura has asked me to hold on to your details, as she's expecting to recruit an Insight Manager early next year, and I'll get in touch when that's approved.

Best regards,
Hollie
Talent Acquisition Partner | Fenwick & Ridley Home`),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Marcus,

Appreciate you jumping on a call with me Friday. I wanted to follow up rather than leave you hanging.

One thing I try to be really transparent about on the first call is how we work: we're an in-person team of twelve, we pair on almost everything, and decisions happen out loud in the room. You were candid that you do your best work with long stretches of uninterrupted solo time and prefer async written communication, which is totally legit, but I don't think our day-to-day would suit you, and I'd rather be honest about that now than send you through four rounds.

So we won't be moving ahead. Thanks for being so open on the call.

Jess
Head of Talent, Ledgerline`),

  rej('screen', ['role_closed'], { ...door },
    `Hi Daniela,

I wanted to let you know about a change on our side. Since we spoke last Wednesday, the Marketing Coordinator role has been put on hold indefinitely due to changes in our budget for the second half of the year.

Because we don't know when or if the role will reopen, we're closing out all active applications for it rather than keeping everyone waiting. I'm really sorry, as I enjoyed our conversation and had you down for the next round.

If the position is reopened, I'll reach out to you directly.

Best,
Kendra Moss
People Operations | Saltbox Brands`, 'Marketing Coordinator update'),

  rej('screen', ['generic'], {},
    `Hi Sanjay,

Thanks for taking the time to chat with Mei from our recruiting team about the Solutions Consultant role. After careful consideration, we've decided not to move forward with your application at this time.

We wish you the best in your search.

The Ordinal team`),

  // After a test, take-home, written exercise or check
  rej('assessment', ['assessment'], { ...door },
    `Dear Olamide,

Thank you for completing the online numerical and verbal reasoning tests as part of your application to the Harcourt Lane 2026 Audit & Assurance Graduate Programme.

Your results have now been reviewed. Unfortunately, on this occasion your scores did not meet the benchmark required to progress to the video interview stage, and we are therefore unable to take your application further.

Please note that you will be able to apply to Harcourt Lane again in the next recruitment cycle.

Kind regards,

Student Recruitment Team
Harcourt Lane LLP`, 'Harcourt Lane Graduate Programme - online test results'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Wei,

Thanks for putting so much effort into the take-home project for the Frontend Engineer role. We know it takes real time and we don't take that lightly.

Two engineers on the team reviewed your submission. There were real strengths: the component structure was clear and the README explained your decisions well. But a couple of areas were central to what we were assessing. The search input fired a request on every keystroke without any debouncing or cancellation, which made results flicker and arrive out of order, and there were no tests for the filtering logic. On balance, we've decided not to move forward to the interview stage.

If it would help, I'm happy to share the reviewers' written notes in more detail. Just reply to this email.

Best,
Camille
Engineering Recruiter, Harborlight`, 'Your take-home for Harborlight'),

  rej('assessment', ['assessment'], { ...door },
    `<table width="100%"><tr><td>
Hi Abhishek,<br><br>
Thank you for taking the online coding assessment for the Software Development Engineer I position at Northpeak Technologies.<br><br>
We have reviewed your results, and unfortunately your score did not meet the threshold required to move forward in our process for this role.<br><br>
We encourage you to keep building your skills, and you are welcome to apply again after six months. We&nbsp;would love to see your application in the future.<br><br>
Best wishes,<br>
University Recruiting<br>
Northpeak Technologies
</td></tr></table>
This is an automated message. Please do not reply.`, 'Northpeak Technologies - Assessment Update'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Dear Louise,

Thank you for completing the written case exercise for the Senior Consultant, Health & Social Care role at Tavistock Reid Consulting.

The exercise was reviewed by two members of the practice. They appreciated the clarity of your writing and your summary of the commissioner's position. However, the analysis of the cost model was where the exercise fell short for this level: the recommendations were not tied back to the figures in the data pack, and the savings estimate did not account for the transition costs set out in Appendix B. Taken together, they did not feel the submission reached the standard we need for this role, and so we will not be progressing your application.

If you would like to talk through the feedback in more detail, Rachel Okonjo, who led the review, would be happy to arrange a short call.

With best wishes,
Emma Grant
Recruitment Coordinator
Tavistock Reid Consulting`),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Nikhil,

Thank you for submitting the writing test for the position of Sub-Editor (Business Desk) at The Deccan Ledger.

The editors have gone through your copy. Your headline options were sharp, but the story exceeded the word limit considerably (the brief asked for 400 words; your copy ran to over 850) and did not include the two quotes we had provided, which was part of the brief. The desk is looking for someone who can turn around tight copy to length under deadline, so we will not be taking your candidature forward for this position.

We appreciate your interest in The Deccan Ledger and wish you the very best.

Regards,
Shalini Menon
HR - Editorial
The Deccan Ledger, Bengaluru`, 'Writing test - Sub-Editor (Business Desk)'),

  rej('assessment', ['location'], { ...fb, ...door },
    `Dear Kwame,

Conditional offer - Customer Service Adviser (Ref CSA-0927)

Thank you for submitting your documents for our pre-employment screening.

As you know, our offer to you was conditional on successful completion of all pre-employment checks, including confirmation of your right to work in the UK. Unfortunately, the share code you provided does not confirm a right to work that covers this role: your current visa restricts you to 20 hours per week during term time, and this is a full-time, permanent position.

I am therefore sorry to tell you that we must withdraw the conditional offer.

If your immigration status changes in future, you would be very welcome to apply to us again.

Yours sincerely,

Pre-Employment Team
Anglia Utilities plc`, 'Your conditional offer - Customer Service Adviser'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Aisling,

Thank you for completing the German language assessment for the Customer Success Associate (DACH Market) role at Polaris Travel Technologies in Dublin.

This position involves handling calls and written queries from our German, Austrian and Swiss customers and requires German at C1 level. Your assessment placed your German at B2 overall, with the written section furthest from the required standard. As a result, we are unable to progress your application.

We thank you for your interest in Polaris and wish you every success.

Kind regards,
Talent Acquisition Team
Polaris Travel Technologies`),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the work styles questionnaire and the situational assessment as part of your application for Retail Store Manager (Requisition 31876) with Kinross Pharmacy.

Based on your results, we will not be progressing your application further at this time. Every application is assessed consistently against the same criteria, and we have found this assessment to be a good predictor of success in the role.

We thank you for your interest in Kinross Pharmacy.

Kinross Pharmacy Careers`, 'Kinross Pharmacy: your application'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Natalie,

Thanks for coming in on Thursday to do the skills tests for the Legal Secretary vacancy in our Property team.

I'm sorry to say that we won't be taking your application any further. Your audio transcription was accurate, but your typing speed came out at 42 words per minute, and the team needs someone working at 60wpm or above to keep up with the volume of completion work.

If you'd like a copy of your test scores, just let me know and I'll send them over.

Kind regards,
Debbie Lawson
Office Manager
Greaves & Whitlow Solicitors`),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Applicant,

Application Number: 481203 - Executive Officer, Policy Support (Department for Rural Affairs)

Thank you for completing the online test for this vacancy.

Unfortunately, your test score did not meet the required standard and your application will not progress any further. We had a large number of applicants and used the test to select those who would move to the next stage.

You can view your test feedback report by signing in to your account. We hope this helps you with future applications.

Thank you for your interest in working for the Civil Service.

Yours sincerely,

Government Recruitment Service`, 'Application update: 481203 - Executive Officer, Policy Support'),

  rej('assessment', ['position_filled'], { ...offered },
    `Hi Rosa,

I owe you an apology and an update. While you were working on the design exercise we sent over for the Senior Product Designer role, our process with another candidate who was further along came to an end, and they accepted our offer yesterday.

That means we're closing the role and won't be reviewing the exercise formally. I know you've put time into this, and I'm sorry the timing worked out this way. If you'd still like us to look over what you did and send a few notes, I'm very happy to do that.

Thanks for your patience and interest,
Ola
Design Lead, Cartwheel`),

  rej('assessment', ['assessment'], {},
    `Dear Student,

Greetings from Trident Mobility Ltd.

Thank you for participating in the online aptitude test conducted on 21-Aug-2025 as part of our campus recruitment drive at your college.

We regret to inform you that you have not cleared the online test and hence will not be considered for the subsequent technical and HR interview rounds. The list of shortlisted students has been shared with your Training & Placement Cell.

We wish you all the best for your future.

Regards,
Campus Relations Team
Trident Mobility Ltd.`, 'Campus Recruitment 2025-26: Online Test Result'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Jacinta,

Thanks for completing the Excel and payroll calculations test for the Payroll Officer position at Southern Cross Freight.

Unfortunately your result fell short of what we need for this role, particularly on the award interpretation questions, so we won't be progressing your application this time.

We'll keep your details on file, and we'd encourage you to apply again in future, as we recruit for payroll and finance roles a few times a year.

Kind regards,
Mel Carter
HR Business Partner
Southern Cross Freight`),

  // After one or more interviews
  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Jasmine,

Thank you for our conversation on Tuesday about the Program Manager, Youth Workforce position at Bridgeworks Chicago. I enjoyed hearing about your work with the summer jobs program and your perspective on employer partnerships.

After a great deal of reflection, we have decided to move forward with another candidate whose experience more closely matches the needs of the role at this stage of the program.

I hope you'll keep Bridgeworks in mind. We expect to post several program roles in the new year, and I'd be glad to see your name in the pile again.

With gratitude,
Denise Howard
Director of Programs
Bridgeworks Chicago`),

  rej('interview', ['generic'], { ...offered },
    `Dear Dr Fenwick,

Post: Research Development Manager (Ref. RDM-2025-17)

Thank you for attending interview for the above post on Wednesday 9 July. The panel very much enjoyed speaking with you.

I regret to inform you that on this occasion your application has not been successful.

If you would like feedback on your interview, please contact Professor Margaret Ellison, Chair of the panel, at the email address below, and she will be happy to arrange a time to speak with you.

Thank you for your interest in the University and we wish you every success in the future.

Yours sincerely,

Human Resources
University of Eastmere
hr-recruitment@eastmere.ac.uk`),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Hi Tomasz,

I hope you're doing well, and thank you again for your time with the team last Thursday. I know you spent most of the afternoon with us between the architecture conversation with Leon and the pairing session with Ifeoma and Dev, and I really appreciate the energy you brought to all of it.

I wanted to get back to you promptly with a decision, as I know waiting is the worst part of any process. Everyone enjoyed meeting you, and your background running the data platform at Ardent came up a lot in our debrief; people really liked how you talked about migrating off the legacy scheduler without downtime. Where we landed, though, is that this role needs someone who has operated Kubernetes in production at scale, since the person who joins will own our cluster upgrades and platform on-call from the first month, and from our conversations that's an area you've mostly touched from the application side. Because of that, we've decided not to move forward with an offer.

This was a genuinely difficult call, and it isn't a reflection of your overall ability. We're planning to open a second platform role later in the year that leans much more on data infrastructure, and I'd love to reach out to you when it opens, if you're open to that.

Thanks again for everything, and best of luck in the meantime.

Warmly,
Marisol Vega
Senior Recruiter, Gridwise`, 'Gridwise - Senior Platform Engineer'),

  rej('interview', ['position_filled'], {},
    `Hi Ciara,

Thanks a million for coming in to meet us last Friday about the Front Office Manager job. It was lovely meeting you, and Declan was delighted to show you around.

I wanted to let you know that we've offered the position to another candidate and they've accepted, so we won't be going any further with your application this time round.

Best of luck with everything and thanks again for your interest in the Seaview.

Kind regards,
Orla Dunne
General Manager
The Seaview Hotel, Lahinch, Co. Clare`),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Dear Ms Nguyen,

Senior Policy Officer, Clerk Grade 9/10 - Department of Regional Transport (Job Ref 000102587)

Thank you for your application and for attending an interview with the selection panel on 22 April 2025.

The panel has now completed its assessment. While you were assessed as suitable for the role, another applicant was assessed as more meritorious and has been recommended for appointment.

As a suitable applicant, your name has been placed in a talent pool for this role for 18 months. You may be contacted during this time if a similar role becomes available.

If you would like feedback on your application and interview, please contact the convenor of the panel, Greg Whitfield, on (02) 9282 6110.

Thank you for your interest in working with the NSW public sector.

Yours sincerely,

Talent Acquisition
Department of Regional Transport`, 'Outcome of your application - Senior Policy Officer'),

  rej('interview', ['skills_gap'], { ...fb },
    `Dear Mr Adeyemi,

Thank you for your visit to our Tamworth site on 18 September and for the time you spent with Ian Crossley and the controls team on the line walk. Ian was pleased to hear about your work on the bottling line upgrade at your current company.

Following the interviews, we have decided not to offer you the position of Controls Engineer. The main factor in our decision was that the role requires hands-on experience of programming Siemens S7 PLCs in TIA Portal, as the majority of the site runs on this platform, while your experience is predominantly with Allen-Bradley systems. The successful candidate will need to support breakdowns on the night shift without back-up from day one.

We appreciate your interest in Hartley Beverages and wish you well in your career.

Yours sincerely,

Pauline Grier
HR Manager
Hartley Beverages Ltd`),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Lauren,

Thanks for the chat with Sam and Priya on Monday, they both said they really enjoyed it.

We've talked it over as a team and we're going to pass on this one. Honestly, it mostly came down to how we work. We're eight people, there's no real process yet, and priorities change pretty much weekly. You told Priya you do your best work with a clearly defined scope and a manager who sets direction, and that's just not something we can offer at the moment. I think you'd get frustrated with us fast.

I really appreciate you being so straightforward with us, and I hope you find a team that's set up the way you like to work.

Cheers,
Tom
Founder, Pebblecart`),

  rej('interview', ['internal_candidate', 'position_filled'], {},
    `Dear Mr. Cheng,

Thank you for meeting with our Employment Practice Group on October 2 regarding the fourth-year associate position in our Toronto office. We enjoyed speaking with you and learning more about your practice.

After our interviews concluded, a lateral move within the firm became possible, and we have decided to fill the position with an associate from our Ottawa office. Consequently, we will not be extending offers to external candidates for this position.

Thank you again for your interest in Hollis Grant LLP. We wish you every success in your career.

Sincerely,

Margaret Osei
Director of Legal Recruitment
Hollis Grant LLP

This message is confidential and may be subject to solicitor-client privilege.`),

  rej('interview', ['generic'], { ...offered },
    `Dear Precious,

Re: Band 6 Occupational Therapist - Community Neuro Rehabilitation Team

Thank you for attending the interview on Monday 3 November. I am writing to let you know that, on this occasion, you have not been successful.

The panel interviewed a number of very strong candidates and the decision was a difficult one.

I would be very happy to offer you feedback on your interview. Please contact me on 0113 392 4471 or reply to this email to arrange a convenient time.

Kind regards

Rebecca Thornton
Clinical Lead Occupational Therapist
Aire Valley Community Health NHS Trust`),

  rej('interview', ['generic'], {},
    `Dear Candidate,

Sub: Result of Personal Interview - Recruitment of Probationary Officers (PO/2025-26)

This is to inform you that, based on your performance in the Personal Interview held on 14.06.2025 and the overall merit, you have not been selected for appointment to the post of Probationary Officer.

The final result has been published on the Bank's website under the Careers section.

This is a system generated e-mail. Please do not reply.

Recruitment Cell
Human Resources Management Department
Godavari Urban Co-operative Bank Ltd.`, 'Result of Personal Interview - PO/2025-26'),

  rej('interview', ['position_filled'], { ...door },
    `Dear Ms. Atieno,

RE: POSITION OF MONITORING AND EVALUATION OFFICER - KISUMU

Reference is made to the interview held on 12th March 2025 for the above position.

We wish to thank you for the time you took to attend the interview. We regret to inform you that the position has since been filled.

We shall keep your details in our database and may contact you should a suitable opportunity arise in future.

We wish you the very best in your future endeavours.

Yours sincerely,

Joseph Kamau
Human Resources & Administration Manager
Lake Basin Health Initiative`),

  rej('interview', ['profile_mismatch'], { ...offered },
    `Good day Thandeka

Thank you for attending the interview for the position of Financial Accountant at our Durban head office last week, and for your patience while we concluded the process.

After careful consideration, the panel has decided to proceed with candidates whose experience is better aligned to the requirements of the role. This was not an easy decision, as we met with a number of strong candidates.

Should you wish to receive feedback regarding your interview, you are welcome to contact me directly.

Kind regards

Lerato Mokoena
HR Business Partner
Umhlanga Sugar Holdings (Pty) Ltd

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this e-mail. Umhlanga Sugar Holdings accepts no liability for any views expressed herein.`, 'Financial Accountant - Interview Outcome'),

  rej('interview', ['role_closed'], {},
    `Hi Gurpreet,

Thank you again for meeting with Kevin and me two weeks ago about the Inventory Control Supervisor role at our Brampton distribution centre.

I'm sorry to tell you that, as part of a wider reorganization of our Ontario operations announced this week, the position has been eliminated and we will not be filling it. This is no reflection on you; we were genuinely impressed with your interview.

Thank you for your patience and for your interest in Northline Grocers. I wish you all the best.

Regards,
Stephanie Leclerc
HR Generalist, Northline Grocers`),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Patrick,

Thank you for coming to talk to us on Friday about the Office Coordinator role at Ferrier & Co. Chartered Surveyors. It was a genuinely interesting conversation and we learned a lot about how you ran the facilities side of the Manchester office.

Having discussed it afterwards, Jenny and I have decided not to offer you the role. Our concern is the level: the job is mostly diary management, post and keeping the kitchen stocked, and you have run a multi-site office with a team of six. We think you would be under-used and likely to move on quickly, and that wouldn't be fair to you or to us.

We hope you find something that makes much better use of your experience.

Kind regards,
Simon Ferrier
Partner`),

  rej('interview', ['salary'], { ...fb },
    `Hi Ana,

Thanks so much for meeting with the team last week, and for the follow-up call with me on Monday about compensation.

We've thought hard about whether we could make it work. Unfortunately the figure you need (R780,000 plus the car allowance) is well beyond what we have budgeted for this position, which is capped at R620,000 cost-to-company, and we can't increase that for this hire. So, regretfully, we won't be making an offer.

The team genuinely liked you, and I hope our paths cross again.

Kind regards,
Nadia
Talent Lead, Kloof Digital (Cape Town)`),

  rej('interview', ['position_filled'], {},
    `Hi Derek,

Apologies for the slow reply and thanks for checking in. We extended an offer to another candidate last week and they accepted yesterday, so we've closed out the search. I should have let you know sooner.

Thanks again for coming in, it was a pleasure meeting you.

Best,
Kara

On Mon, Aug 11, 2025 at 9:04 AM Derek Simmons <derek.simmons@example.com> wrote:
> Hi Kara,
>
> I hope you had a good weekend. I wanted to follow up on my interview on July 29 for the Operations Analyst role. I'm still very interested in the position and would welcome any update on timing.
>
> Thanks very much,
> Derek`, 'Re: Following up - Operations Analyst interview'),

  rej('interview', ['generic'], {},
    `Dear Oluwaseun,

Thank you for interviewing for the Senior Tax Associate role at Whitmore Hale. The team were impressed with your professionalism, your clear communication and your evident enthusiasm for the firm, and enjoyed speaking with you.

The decision was an extremely difficult one. After careful consideration, however, we have decided not to progress your application further on this occasion.

We wish you every success in the future.

Kind regards,
Whitmore Hale Resourcing`, 'Senior Tax Associate - Whitmore Hale'),

  rej('interview', ['assessment'], { ...fb, ...offered },
    `Hi Jamal,

Thanks for your time over the last couple of weeks: the intro call with Nia, the interview with the analytics team, and the SQL and dashboard exercise you sent back on Sunday.

The team reviewed your exercise on Tuesday. Your dashboard was nicely laid out, but two of the SQL answers had problems that affected the final numbers: the retention query counted users who churned and came back more than once, and the revenue breakdown joined on the orders table in a way that double-counted refunds. Given how central that kind of work is to the role, we've decided not to move you forward to the final round.

If you'd like to walk through the exercise with one of the reviewers, just let me know and I'll set it up.

Best,
Rachel
Recruiting, Brightpath Learning`),

  rej('interview', ['generic'], {},
    `Dear Haruka,

Thank you for completing the recorded video interview for the Graduate Management Trainee - Supply Chain position at Oakhurst Foods.

We have now reviewed all video interviews. We regret to inform you that you have not been selected to progress to the assessment centre.

We appreciate the interest you have shown in Oakhurst Foods and wish you every success.

Oakhurst Foods Early Careers Team

This email was sent from an unattended mailbox.
Powered by Workday`, 'Oakhurst Foods Graduate Programme - update'),

  rej('interview', ['location', 'skills_gap'], { ...fb },
    `Hi Sofia,

Thanks for speaking with Dr. Patel and the clinical operations team on Thursday. We enjoyed learning about your CRA work in oncology trials.

I'm sorry to say we won't be moving forward. There were two sticking points for the team. First, the role covers sites across Texas and Oklahoma and requires the CRA to live within the territory, and you mentioned you'd prefer to stay in Atlanta. Second, the studies starting this year are all in cardiology, and the team wanted someone with direct cardiovascular device monitoring experience, which you haven't had the chance to do yet.

We appreciate your time and wish you luck with your next move.

Best regards,
Helena Brooks
Talent Acquisition, Crestline Clinical Research`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Aoife,

Hope you're keeping well. I've just come off the phone with the client about Tuesday's interview for the Credit Risk Analyst role.

Honest news first: they're not going to progress you to the second stage. They liked you a lot (Mark said you were one of the best communicators they'd seen), but they've gone with a candidate who has more direct experience of retail mortgage portfolios, as the first project is an IFRS 9 model review on the mortgage book and they want someone who can hit the ground running.

I have a bit more detail from Mark if you want it, so give me a ring whenever suits and I'll talk you through it.

Talk soon,
Niall

Niall Fitzgerald | Senior Consultant, Banking & Financial Services
Liffey Search Partners | Dublin 2`, 'Credit Risk Analyst - client feedback'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Grace,

Thank you for meeting us on Zoom last week to talk about the Audience Editor role at The Shorewood Review. Everyone enjoyed hearing your ideas for the newsletter.

We've now finished first interviews and have decided not to take your application further. In the end we felt other candidates were a closer match for where we want to take the role.

We're always keen to hear from people who care about local journalism, so please do apply again when you see something that suits.

All the best,
Femi Adebayo
Managing Editor, The Shorewood Review`),

  // After a final round, onsite, assessment centre or references
  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Andre,

Thank you for spending the day with us for your onsite interviews for the Senior Software Engineer, Payments role. We know a full onsite is a big ask, and the team appreciated your time and thoughtfulness across all five sessions.

After the debrief, the hiring committee has decided not to extend an offer. The feedback was strong on coding and collaboration, but the system design session was the deciding factor: the design for the ledger service didn't address idempotency or how to reconcile double charges when a downstream processor times out, which is core to what this team owns day to day.

We'd encourage you to reapply in 12 months, and I'll make a note on your profile for the recruiters who cover payments roles.

Best,
Priyanka Rao
Technical Recruiter, Ferrovia Pay`, 'Ferrovia Pay - onsite outcome'),

  rej('final', ['generic'], { ...offered },
    `Dear Samuel,

Thank you for attending our assessment centre on Thursday 27 February for the Technology Graduate Programme.

We have now carefully considered your performance across the day's exercises. Unfortunately, on this occasion, you have not been successful in securing a place on the programme.

We recognise how much effort goes into reaching this stage and you should be proud of getting this far. We'd like to offer you a short feedback call with one of our assessors to talk through your performance on the day. To book a slot, please reply to this email by Friday 14 March.

Best wishes,
Early Careers Team
Thames & Medway Water`, 'Technology Graduate Programme - Assessment Centre outcome'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Dr Achterberg,

Lecturer in Environmental Law (Ref: 24/LAW/118)

I am writing on behalf of the selection committee to thank you for visiting the School on 5 June, and for your research presentation and teaching session as one of the shortlisted candidates for the above post.

The committee met following the final interviews and has now offered the position to another candidate, who has accepted. I am sorry to be writing with disappointing news.

The committee was unanimous that the field was exceptionally strong. Should you wish to receive feedback, Professor David Lindqvist, Head of School, would be pleased to speak with you.

Yours sincerely,

Rhiannon Pryce
School Manager, School of Law
Aberteifi University`),

  rej('final', ['position_filled'], { ...offered },
    `Hi Noah,

I tried to call but couldn't get through, so I'm following up by email.

Thank you for everything you put into our process for the Head of Finance role: the first interview, the case presentation to the board and the final conversation with Margot. We were grateful you let us take up your references, and both of your referees spoke very highly of you.

We took references for two final candidates, and after a lot of deliberation we offered the role to the other candidate, who has accepted. It was extremely close.

If you'd find it useful, I'd be glad to share the board's thinking on what tipped the decision.

Best regards,
Fiona Castellano
Chief Executive, Ourhaven Housing Co-operative`, 'Head of Finance'),

  rej('final', ['internal_candidate', 'position_filled'], { ...door },
    `Dear Ms. Iyer,

Thank you for participating in the final round of discussions for the role of Head - Learning & Development at Meridian Ceramics Ltd., including your meeting with our Managing Director on 4th September.

We wish to inform you that after due deliberation, the management has decided to elevate an internal candidate to this role. Accordingly, we will not be able to take your candidature forward.

We were impressed by the depth of your experience and will be glad to connect with you for suitable senior opportunities in future.

Warm regards,
Vikram Sethi
Chief People Officer
Meridian Ceramics Ltd.`),

  rej('final', ['role_closed'], { ...door },
    `Hi Megan,

I'm so sorry to be sending this one. Thank you for coming through all three rounds for the Director of Partnerships role, including the final panel with our trustees last Wednesday.

On Monday our board approved a revised budget for next year following the cut to our core grant, and unfortunately the Director of Partnerships post is one of the positions that will not go ahead. We've had to close the recruitment with no appointment, which I know is a hugely disappointing outcome after everything you put in.

If the post is reinstated, you will be the first person I contact.

With sincere thanks,
Joanne Whitlock
CEO, Tidewater Arts Trust`),

  rej('final', ['culture_fit'], { ...fb, ...offered },
    `Hey Kofi,

Thanks for coming in for the final round yesterday and for spending so much time with the team. I wanted to give you a real answer rather than a form letter.

We've decided not to make an offer. Your technical work was strong, with no concerns there. Where we got stuck was on how you'd fit into the way we work. Several people came away feeling that you'd be most comfortable with more hierarchy than we have: in the retro exercise you deferred to whoever seemed most senior rather than pushing back on ideas, and here every engineer is expected to challenge the founders directly. That's a big part of our culture and we weren't confident it would feel natural for you.

Happy to chat about it more if that would be useful.

Cheers,
Anika
CTO & cofounder, Tessellate`),

  rej('final', ['salary'], { ...fb },
    `Hi Rebecca,

Thank you for your time through the final interview with Andrew and the leadership team on Tuesday. They were genuinely impressed, and you were one of two candidates we were deciding between.

I've been trying to find a way to make the numbers work since we spoke about your expectations. The package you're looking for ($165k plus super) sits well outside what we can offer for this role. The most we've been approved for is $140k including super, and the other finalist was comfortable within that range, so we've made the decision to go with them.

I'm sorry it came down to that, and I hope we cross paths again.

Warm regards,
Tash Whitlam
Talent Acquisition Lead, Coastline Credit Union`),

  rej('final', ['location'], { ...fb, ...door },
    `Dear Rohan,

Thank you for completing the final round of interviews for the Data Scientist, Risk Analytics role at Albion Mutual.

I am sorry to say that we are unable to make you an offer. Following the final round we reviewed the position with our immigration advisers, and this role does not meet the salary threshold at which we are able to sponsor a Skilled Worker visa. As you would need sponsorship from the end of your Graduate visa in January, we are not able to proceed with your application.

This decision is based solely on the sponsorship position. Should you obtain the right to work in the UK without sponsorship in future, we would be delighted to hear from you.

Yours sincerely,

Harriet Cole
Resourcing Partner, Albion Mutual`),

  rej('final', ['generic'], {},
    `Sorry to be the bearer of bad news, Zoe. The team met this morning and decided not to extend an offer after the final round. Thank you for all the time you gave us over the past month.

Ben`, 'Final round update'),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Lwazi

GRADUATE PROGRAMME 2026: ASSESSMENT CENTRE OUTCOME

Thank you for attending the Assessment Centre at our Sandton offices on 12 August 2025.

Candidates were assessed on a group exercise, a case study presentation and a competency-based interview. Unfortunately you did not achieve the required overall rating and will not be offered a place on the programme. The assessors noted that your contribution to the group exercise was constructive, but that your case presentation did not reach a clear recommendation within the time allowed and the financial analysis was incomplete.

We thank you for your interest in Ndaba Capital and encourage you to apply for our experienced-hire opportunities in future.

Kind regards
Ndaba Capital Graduate Recruitment`),

  rej('final', ['profile_mismatch'], {},
    `Dear Mr. Otieno,

RE: FINAL INTERVIEW - HEAD OF ICT

We refer to the final interview held at our offices on 9th July 2025 with the Board Human Resource Committee.

We appreciate the time you took to participate in the recruitment process. After careful evaluation, the Committee has decided to proceed with a candidate whose experience is more closely aligned with the current needs of the Authority.

We thank you for your interest in serving the Authority and wish you success in your future endeavours.

Yours faithfully,

Purity Chebet (Mrs.)
For: MANAGING DIRECTOR
Nakuru Water and Sanitation Authority`),

  rej('final', ['profile_mismatch', 'position_filled'], { ...door },
    `Hi Kai,

Thank you for your time and energy throughout our interview process for the Product Marketing Manager role at Lumenstack, including your final-round presentation to the leadership team.

We wanted to let you know that we have extended an offer to another candidate, whose background was a closer match for where the product is heading, and they have accepted.

We truly appreciated getting to know you. We'd love to stay in touch and will reach out about future opportunities that could be a fit.

Best,
The Lumenstack Recruiting Team

Powered by Greenhouse`, 'Lumenstack - Product Marketing Manager'),

  // Paused, not declined
  hold('interview', ['role_closed'], {},
    `Hi Jenna,

I wanted to give you an update on the Senior Accountant role, since it's been a couple of weeks since your interview with Paul and Alicia.

Last week the company announced a temporary hiring freeze while leadership finalizes next year's budget. All open searches, including this one, are paused for now. We haven't made a decision on any candidate, and your application remains active. We expect more clarity by the end of the month and I'll be in touch as soon as I know more.

Thank you for your patience, and sorry for the wait.

Best,
Marcy Hill
HR Manager, Pinecrest Logistics`, 'Senior Accountant - update'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Youth Worker (Fixed Term) - Update

Thank you for applying for the above role. We are writing to let you know that recruitment for this post has been put on hold while we wait for confirmation of funding, which we now expect in early December.

Your application has not been rejected and will be kept on file. Once funding is confirmed we will resume shortlisting and contact all applicants.

We're sorry for the delay and thank you for your patience.

Sandfield Youth Trust`),

  hold('final', ['role_closed'], {},
    `Hi Omar,

Quick update on the Engineering Manager role. We've completed final rounds with you and one other candidate, and we're still very positive about your candidacy.

However, our leadership team has asked us to pause all new headcount decisions until the Q3 planning review is complete on August 15, so we're not able to extend any offers before then. I'm hopeful we'll be able to pick things up right after, and I'll reach out the week of the 18th at the latest.

Thanks for bearing with us,
Lisa
Recruiting, Helixa`),

  hold('screen', ['role_closed'], {},
    `Dear Sneha,

This is with reference to your telephonic discussion with our HR team on 2nd May for the position of Assistant Manager - Operations.

We would like to inform you that the hiring for this position has been kept on hold due to an ongoing restructuring of the operations function. Your profile continues to be under consideration, and we will reach out to you once the requirement is reopened.

We regret the inconvenience and appreciate your patience.

Regards,
Talent Acquisition
Shreeji Logistics Pvt. Ltd.`, 'Assistant Manager - Operations: status update'),

  // ── Part two: May to August 2025 in the inbox of Tamsin Reilly, a store manager in Western Sydney moving into HR
  other(`Hi Tamsin,

Your application for HR Coordinator at Marlow Health Group has been sent.

What happens next?
The employer will review your application. If you're shortlisted, they'll contact you directly. You can track the status of your application in your JobNest profile under Applied jobs.

Role: HR Coordinator
Company: Marlow Health Group
Location: Westmead NSW
Applied: 6 May 2025

Good luck!
The JobNest team

You're receiving this email because you applied for a job on JobNest. Manage your email preferences.`, 'Your application was sent to Marlow Health Group'),

  other(`Hi Tamsin,

Welcome to Term 2! A few things to know this month:

- Module 3: Recruitment and Selection opens on Monday 12 May. The live webinar with facilitator Dee Marchetti is on Wednesday 21 May at 6.30pm AEST (a recording will be available afterwards).
- Assessment 2 (Workplace Relations case study) is due Friday 30 May. Extensions can be requested through the student portal.
- Our Careers in People & Culture panel is back in June, featuring three graduates who moved into HR from retail, hospitality and nursing.

Got a question? Reply to this email or message your trainer through the portal.

Happy studying,
Student Success Team
Harbourside College of Business | RTO 91234

Unsubscribe from newsletters`, 'Cert IV in HR - Term 2 update & Module 3 webinar'),

  other(`Dear Tamsin,

Thank you for applying for the People & Culture Coordinator role (R-11842) at Mayfield Retail Group's Support Office in Alexandria.

We have received your application and our Talent Acquisition team will review it shortly. If your experience matches what we're looking for, a member of our team will be in touch to discuss next steps.

You can check the status of your application at any time by logging in to your candidate home.

Kind regards,
Mayfield Retail Group Talent Acquisition

Powered by Workday`, 'Thank you for applying - People & Culture Coordinator (R-11842)'),

  rej('application', ['generic'], {},
    `Dear Tamsin,

Thank you for your interest in the Recruitment Coordinator position with Harbour City Staffing.

We have now reviewed all applications and regret to advise that you have not been shortlisted on this occasion.

We wish you all the best in your job search.

Kind regards,
Harbour City Staffing`, 'Recruitment Coordinator - Harbour City Staffing'),

  other(`JobNest

8 new jobs match your alert: HR Coordinator, Greater Sydney

HR Coordinator
Nepean Aged Care Services - Penrith NSW
$78,000 - $85,000 + super
Posted 1d ago

People & Culture Officer
City of Harbourside - Parramatta NSW
Temporary full time (12 months)
Posted 2d ago

HR Administrator - Retail Support Office
Bilby Outdoor Co. - Alexandria NSW
Posted 2d ago

Recruitment Coordinator (Entry Level)
Talentline Partners - Sydney CBD
Posted 3d ago

... and 4 more jobs

View all jobs

You're receiving this because you created a job alert. Edit or unsubscribe from this alert.`, '8 new jobs for "HR Coordinator" in Greater Sydney'),

  other(`Hi Tamsin,

Hope you're well! I came across your profile and your background running high-volume stores really stood out.

I'm partnering with a premium homewares brand that's opening its flagship in the Sydney CBD in August, and they're looking for an experienced Store Manager to lead the launch. The package is $95-105k + super + quarterly bonus, with a clear path to Area Manager within 18 months.

Would you be open to a quick confidential chat this week?

Cheers,
Josh Kerr
Retail Recruitment Lead | Redfern Search`, 'Store Manager - flagship opening, Sydney CBD'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Tamsin,

Thank you for applying for the HR Officer role at Greenway Plumbing Supplies.

We were interested to read about your move into HR and your experience leading store teams. Unfortunately, for this position we need someone who has already completed a formal HR qualification (at least a Certificate IV in Human Resource Management, or a degree in HR), as the role will be our only HR person and will be advising managers on the Award and our policies without day-to-day support. As your Certificate IV is still in progress, we won't be moving your application forward at this stage.

Please feel free to apply again once you've completed your studies, as we'll be growing the team next year.

All the best,
Carly Mendes
Operations Manager, Greenway Plumbing Supplies`),

  other(`Dear Tamsin,

Thank you for your application for the position of People & Culture Officer (Temporary Full Time) with the City of Harbourside.

We would like to invite you to a short phone screen of approximately 15 minutes with a member of our Talent Acquisition team. Please select a time that suits you using the link below. Available times are between Tuesday 20 and Thursday 22 May.

Book your phone screen

If none of the times suit, please reply to this email and we will do our best to accommodate you.

Kind regards,
Talent Acquisition
City of Harbourside`, 'People & Culture Officer - Phone Screen Invitation'),

  other(`Hi Tamsin,

Thank you for your patience regarding your application for the HR Coordinator role at Marlow Health Group.

We received a large number of applications and we're still working through the shortlisting process. We expect to be in contact with all applicants by the end of next week.

Kind regards,
Marlow Health Group People Services`, 'HR Coordinator - application update'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Tamsin,

Thanks again for your time on the phone on Monday. It was great to hear about how you've been building out the recruitment and rostering side of your store role.

I've now had a chance to speak with the client about the HR Advisor position. I gave them a good overview of your background, but they're firm that they need someone with at least two years in a generalist HR role, particularly managing performance and ER matters from start to finish, so I'm not able to put you forward for this one.

Please don't be discouraged. Coordinator-level roles are a more realistic first step, and I'll keep an eye out for any that suit your transferable skills and be in touch when something comes up.

Kind regards,
Priya Naidu
Consultant, HR & Recruitment
Fielding People`, 'HR Advisor - Parramatta'),

  other(`Hi Tamsin,

Thanks for your application for the Talent Acquisition Coordinator role at Southbank Mutual.

As the next step in our process, we'd like you to complete an online assessment. It includes a short cognitive ability test and a work preferences questionnaire, and takes about 35 minutes. Please complete it by 11:59pm on Sunday 1 June.

Start your assessment

Tips: find a quiet space, use a laptop or desktop, and make sure you have a stable internet connection. There are no right or wrong answers in the questionnaire section.

Good luck!
Southbank Mutual Talent Acquisition`, 'Next step: online assessment - Talent Acquisition Coordinator'),

  other(`Dear Tamsin,

Thank you for speaking with us last week. We are pleased to confirm your interview for the position of People & Culture Officer as follows:

Date: Wednesday 4 June 2025
Time: 10.00am - 10.45am
Location: City of Harbourside Administration Centre, Level 3, 126 Church Street, Parramatta
Panel: Michelle Ward (Coordinator People & Culture), Anthony Russo (Senior HR Business Partner) and Lisa Cho (Manager Library Services)

Please bring photo identification and report to the Level 1 customer service counter on arrival. The interview will be behaviour-based and will include a short written task.

If you require any adjustments to participate in the interview, please let us know.

Kind regards,
Talent Acquisition
City of Harbourside`, 'Interview confirmation - People & Culture Officer'),

  other(`Hi Tamsin,

Apologies for the change, but one of our panel members is unwell and we need to move your interview. Would Friday 6 June at 1.30pm work for you instead? Same location.

Please let me know as soon as you can and I'll send through an updated invitation.

Thanks for your understanding,
Jade
Talent Acquisition Officer
City of Harbourside`, 'RE: Interview confirmation - People & Culture Officer'),

  hold('application', ['role_closed'], {},
    `Dear Tamsin,

HR Coordinator - Marlow Health Group (Ref MHG-2025-0412)

We are writing to update you on the status of the above vacancy.

Marlow Health Group is currently undertaking a review of its People Services structure. As a result, recruitment for the HR Coordinator position has been placed on hold until the review is completed, which we anticipate will be by the end of July.

Your application remains current and will be considered once recruitment recommences. We will contact you again at that time.

We apologise for the delay and thank you for your patience.

Kind regards,
Marlow Health Group People Services`, 'HR Coordinator (MHG-2025-0412) - recruitment on hold'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Tamsin,

Thank you for completing the online assessment for the Talent Acquisition Coordinator role at Southbank Mutual.

We have now reviewed your results alongside your application. Unfortunately, your results did not meet the benchmark we've set for this role, and we will not be progressing your application further.

We encourage you to set up a job alert on our careers site, and we hope you'll consider Southbank Mutual for future opportunities.

Kind regards,
Southbank Mutual Talent Acquisition`, 'Your application with Southbank Mutual'),

  other(`Hi Tamsin,

You've just finished Module 3: Recruitment and Selection, and we'd love to know what you thought.

The survey takes about two minutes and helps us improve the course for future students. All responses are anonymous.

Take the survey

Thanks,
Harbourside College of Business`, 'How was Module 3? (2-minute survey)'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Tamsin,

People & Culture Officer (Temporary Full Time) - Ref 2025/118

Thank you for attending an interview with the selection panel on Friday 6 June, and for completing the written task.

The panel has now finalised its assessment, and I regret to advise that you have not been recommended for appointment on this occasion. While the panel valued your people leadership experience, it considered that other applicants demonstrated significantly more experience in award interpretation and in managing employee relations matters within local government, which the panel regarded as essential for this role.

If you would like to discuss the panel's assessment further, please contact Michelle Ward on (02) 9806 5512.

We thank you for your interest in working with the City of Harbourside.

Yours sincerely,

Talent Acquisition
City of Harbourside`, 'Outcome - People & Culture Officer (Ref 2025/118)'),

  other(`Tamsin, your job alert for people and culture coordinator in Sydney

New jobs this week

People & Culture Coordinator
Banksia Community Care · Ryde, New South Wales (Hybrid)
Actively recruiting · 2 days ago

HR Coordinator
Kingfisher Hotels Group · Sydney, New South Wales (On-site)
Be an early applicant

Graduate HR Advisor
Eastwood University · Eastwood, New South Wales
Easy Apply

See all jobs

You are receiving Job Alert emails. Unsubscribe
This email was intended for Tamsin Reilly (Store Manager at Kingsford Department Stores)`, 'People and culture coordinator: Banksia Community Care and 11 more'),

  other(`Hi Tamsin,

Priya from Fielding People here, hope you're well.

I've got a 6-month contract coming up for an HR Administrator with a large retail distribution business in Eastern Creek. It's mostly onboarding, contracts and HRIS data, and the hiring manager is open to someone moving across from operations, so I immediately thought of you. The rate is $38-42 per hour plus super.

Are you free for a quick call on Thursday to talk it through?

Kind regards,
Priya`, 'HR Administrator contract - Eastern Creek'),

  rej('application', ['location'], { ...fb },
    `Hi Tamsin,

Thanks for applying for the Workplace Relations Coordinator role at Kinetic Rail Services.

Unfortunately we won't be taking your application further. This role is based at our Newcastle depot five days a week and covers our Hunter Valley sites, and your application says you're based in Western Sydney and looking for Sydney roles only. We're not able to offer a hybrid or Sydney-based arrangement for this position.

Thanks again for your interest and all the best with your search.

Kind regards,
Kinetic Rail Services Recruitment Team`),

  other(`Hi Tamsin,

Thanks for applying to the People Operations Coordinator role at Quokka Labs! We've received your application and our team will review it over the coming days.

We aim to get back to every applicant within two weeks, whatever the outcome.

In the meantime, you can learn more about how we work at quokkalabs.com/culture.

Cheers,
The Quokka Labs Team

Sent via Ashby`, 'Thanks for applying to Quokka Labs!'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Tamsin,

Thanks for making time to chat with me on Tuesday about the People Operations Coordinator role.

I've had a think about our conversation and I want to be upfront. The salary range you mentioned ($90-95k plus super) is quite a bit higher than the budget we have for this role, which is $72-78k plus super and equity. As you're currently earning above that in your store manager role, I don't think we'd be able to make the numbers work, so we won't progress to the next stage.

If we open a more senior People role down the track, I'd love to reconnect.

Cheers,
Hamish Wu
Talent & People Lead, Quokka Labs`),

  other(`Dear Tamsin,

Thank you for your application for the People & Culture Coordinator position at Banksia Community Care.

We were impressed by your application and would like to invite you to a first interview via Microsoft Teams with Naomi Fraser, People & Culture Manager.

Proposed time: Thursday 26 June, 11.00am (45 minutes)

Please reply to confirm, or let me know if another time would suit better. A Teams link will be sent once confirmed.

Kind regards,
Rachel Tan
People & Culture Administrator
Banksia Community Care`, 'Interview invitation - People & Culture Coordinator, Banksia Community Care'),

  other(`Hi Tamsin,

Just a quick update on the People & Culture Coordinator role at Mayfield Retail Group. We're still reviewing applications and haven't made any shortlisting decisions yet, as the hiring manager has been travelling for our store conference.

We expect to be in touch with next steps in the next two weeks. Thanks for your patience!

Kind regards,
Amelia
Talent Acquisition Partner, Mayfield Retail Group`),

  rej('application', ['internal_candidate', 'position_filled'], { ...door },
    `Hi Tamsin,

Thanks for your patience while we worked through the People & Culture Coordinator role.

I wanted to let you know that the position has been filled internally by a member of our Support Office team. As a result, we won't be progressing any external applications.

Given your retail background, I'd really encourage you to keep an eye on our careers page, as we often have roles in our Support Office and stores.

Kind regards,
Amelia
Talent Acquisition Partner, Mayfield Retail Group`, 'People & Culture Coordinator (R-11842)'),

  rej('screen', ['generic'], {},
    `Hi Tamsin,

Just closing the loop on the HR Administrator contract in Eastern Creek - thanks for chatting it through with me last week. The client has decided to go with another candidate, so unfortunately it's a no on this one.

Hope everything's going well with the course!

Priya`, 'RE: HR Administrator contract - Eastern Creek'),

  other(`Hi Tamsin,

Thank you for taking the time to meet with Naomi last Thursday. We're pleased to invite you to a second interview at our Ryde office with Naomi and Grant Holloway, our Chief Operating Officer.

Date: Wednesday 9 July, 2.00pm
Location: Banksia Community Care, 40 Blaxland Road, Ryde

As part of the interview, please prepare a 10-minute presentation on how you would improve the onboarding experience for new support workers in their first 90 days. You're welcome to bring slides on a USB or simply speak to notes.

Please confirm your attendance by reply email.

Kind regards,
Rachel Tan
People & Culture Administrator`, 'Second interview - People & Culture Coordinator'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Hi Tamsin,

Thank you for meeting us last week to discuss the HR Generalist role at Redgum Logistics. We really appreciated you coming out to Moorebank, and enjoyed hearing about how you've handled rostering and performance conversations in your stores.

After careful consideration, we've decided to progress with a candidate whose background is more closely aligned with the role.

We'll keep your details on file and would welcome an application from you for future roles with us.

Kind regards,
Sonia Petrakis
HR Manager, Redgum Logistics`, 'HR Generalist - Redgum Logistics'),

  other(`Hi Tamsin,

Thank you for recently applying with Redgum Logistics. Whatever the outcome, we'd love your feedback on your experience of our recruitment process.

The survey has 6 questions and takes around 3 minutes. Your responses are confidential and will help us improve how we recruit.

Start survey

Thank you,
Redgum Logistics People Team`, 'Tell us about your recruitment experience'),

  other(`Hi Tamsin,

Your trainer has marked Assessment 2: Workplace Relations Case Study.

Result: Competent (C)

Trainer comments are available in the student portal under My Assessments. If you have any questions about your result, please contact your trainer within 14 days.

Well done!

Student Success Team
Harbourside College of Business`, 'Your assessment result is available'),

  rej('assessment', ['assessment'], { ...fb, ...offered },
    `Hi Tamsin,

Thank you for completing the coordination exercise for the Recruitment Coordinator role at Talentline Partners.

We've reviewed your submission and unfortunately we won't be moving forward with your application. The candidate emails you drafted were warm and professional, but the interview schedule you built double-booked one of the hiring managers on the Wednesday and didn't leave the buffer time between panels that the brief asked for. As the role is largely about managing complex diaries for our clients, accuracy there is essential.

If you'd like to go through the exercise together, I'm happy to set up a quick 15-minute call.

Best,
Lucy Barnes
Talent Operations Manager, Talentline Partners`),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Tamsin,

Thanks for your time with the team on Friday. It was lovely to meet you and hear about your journey from store management into HR.

After talking it over, we've decided not to move forward. We're a fully remote team of six spread between Sydney, Hobart and Auckland, and almost all of our work happens in writing, on Slack and in shared docs. You mentioned a few times how much you value being on the floor with your team and the energy of working face to face, and we worried our set-up would feel quite isolating for you.

Thanks again, and best of luck with the rest of your search.

Warmly,
Ellie Marsh
Director, Brightside HR Consulting`),

  rej('interview', ['overqualified'], { ...fb },
    `Dear Tamsin,

Thank you for speaking with me on Tuesday about the HR Assistant position at St Brigid's Private Hospital.

I enjoyed our conversation, but after some thought I've decided not to progress your application. This is an entry-level administrative role, mostly filing, data entry and preparing new starter packs, and having led a team of 40 across two stores, I feel you would very quickly find it unchallenging. I'd rather not offer you a role I think you'd outgrow within a few months.

I hope you find a role that makes better use of your leadership experience.

Kind regards,
Jenny Costa
HR Manager
St Brigid's Private Hospital`, 'HR Assistant position - St Brigid Private Hospital'),

  hold('interview', ['role_closed'], {},
    `Dear Tamsin,

Thank you for interviewing with us for the HR Officer position on 3 July.

I wanted to let you know that, following an announcement this week about an organisational review of our Corporate Services division, we have paused recruitment for this role until the new structure is confirmed. No decision has been made on any applicant, and your application remains active.

We expect to be able to give you an update by late August. I'm sorry for the uncertainty and appreciate your patience.

Kind regards,
Daniel Haddad
Senior HR Business Partner
Sydney Coastal Water`, 'HR Officer - recruitment update'),

  rej('final', ['position_filled'], { ...offered, ...door },
    `Dear Tamsin,

HR Advisor (Professional Staff Level 6) - Position 50123

Thank you for your participation in the final stage of the selection process for the above position, including your interview with the selection committee and the role-play exercise on 10 July.

I am writing to advise that the committee has offered the position to another applicant, who has accepted.

Should you wish to receive feedback, please contact me and I will arrange a time with the committee chair. We also encourage you to continue to view our vacancies page, as Human Resources regularly recruits across all levels.

Kind regards,

Mei Ling Ho
Recruitment Officer, Human Resources
Eastwood University`, 'HR Advisor (Position 50123) - outcome'),

  other(`Hi Tamsin,

Thanks again for coming in on Wednesday, and for a great presentation. Naomi and Grant really enjoyed it.

As the next step, we'd like to contact two referees, ideally including your current or most recent manager. Could you please send through their names, roles, phone numbers and email addresses by Monday?

Kind regards,
Rachel`, 'Referee details - People & Culture Coordinator'),

  rej('application', ['profile_mismatch'], {},
    `Hi Tamsin, thanks for applying for the Talent Acquisition Advisor role at Nexus Health Recruitment. After reviewing your application against the role requirements, we've decided not to progress, as your experience isn't quite the right match for this position. Best of luck with your search. - NHR Talent Team`),

  other(`Dear Tamsin,

Congratulations! Following our phone call this afternoon, I'm delighted to formally offer you the position of People & Culture Coordinator at Banksia Community Care.

Please find attached your letter of offer and employment contract, which set out the details we discussed:
- Start date: Monday 11 August 2025
- Salary: $86,000 per annum plus superannuation, with access to salary packaging
- Location: Ryde office, with one day a week working from home after probation

The offer is subject to a satisfactory National Police Check and NDIS Worker Screening Check. Please review the documents and return the signed contract by Friday 25 July.

We're all really looking forward to having you on the team.

Warm regards,
Naomi Fraser
People & Culture Manager
Banksia Community Care`, 'Offer of employment - People & Culture Coordinator'),

  other(`DocuSign

Naomi Fraser sent you a document to review and sign.

REVIEW DOCUMENT

Naomi Fraser
naomi.fraser@banksiacare.org.au

Tamsin, please review and sign your Letter of Offer - People & Culture Coordinator. This is a reminder that the document is awaiting your signature.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.`, 'Reminder: Naomi Fraser sent you a document to review and sign'),

  other(`Hi Tamsin,

Thank you for returning your signed contract - welcome aboard!

Before your start date we need to complete the following pre-employment checks:

1. National Police Check - you'll receive a separate email from our screening provider, CheckPoint Screening, with a link to complete your application online. This usually takes 2-3 business days.
2. NDIS Worker Screening Check - please apply through Service NSW using our employer ID and send me your application number once submitted.
3. Please also upload a copy of your driver's licence and your bank and super details in the onboarding portal.

Let me know if you have any questions.

Kind regards,
Rachel Tan
People & Culture Administrator`, 'Pre-employment checks - action required'),

  other(`Dear Tamsin,

I'm pleased to let you know that the organisational review of Corporate Services has now concluded and the HR Officer position has been confirmed in the new structure. Recruitment has recommenced.

Following your first interview, we would like to invite you to a second interview with Karen Liu, Head of People, on Tuesday 5 August at 10am at our Parramatta office.

Please let me know if this time suits.

Kind regards,
Daniel Haddad
Senior HR Business Partner
Sydney Coastal Water`, 'HR Officer - recruitment update and second interview'),

  other(`Hi Tamsin,

This is to confirm that we have received your request to withdraw your application for the HR Officer position at Sydney Coastal Water.

Thank you for letting us know, and congratulations on your new role. We wish you all the best.

Kind regards,
Daniel Haddad
Senior HR Business Partner`, 'Application withdrawn - HR Officer'),

  rej('application', ['generic'], {},
    `Dear Tamsin,

Thank you for your recent application for the position of HR Assistant at Western Districts Community Club.

We apologise for the delay in getting back to you. Following a review of all applications, we wish to advise that you have been unsuccessful on this occasion.

We wish you well in your future career.

Regards,
Human Resources
Western Districts Community Club`),

  rej('application', ['role_closed'], {},
    `Dear Tamsin,

HR Coordinator - Marlow Health Group (Ref MHG-2025-0412)

Further to our letter in June, the review of our People Services structure has now been completed. As part of the new structure, the HR Coordinator position has been disestablished and its responsibilities redistributed across the team. The vacancy has therefore been withdrawn and we will not be proceeding with recruitment.

Thank you for your patience during this period, and for your interest in Marlow Health Group.

Kind regards,
Marlow Health Group People Services`, 'HR Coordinator (MHG-2025-0412) - vacancy withdrawn'),

  other(`Hi Tamsin,

We're so excited to welcome you on Monday 11 August! Here's what to expect in your first week:

Monday
9.00am - Arrive at reception (40 Blaxland Road, Ryde) and ask for Rachel
9.30am - Welcome and IT setup
11.00am - Coffee with Naomi
2.00pm - Organisational induction (online modules in our LMS)

Tuesday to Friday
Shadowing the People & Culture team, HRIS training, and a visit to our Epping respite centre on Thursday.

Parking is available in the staff car park on level B1. Your building pass will be waiting at reception.

See you soon!
Rachel`, 'Welcome to Banksia - your first week'),

  other(`JobNest

5 new jobs match your alert: HR Coordinator, Greater Sydney

HR & Payroll Coordinator
Harbour Grain Co. - Rhodes NSW
Posted 1d ago

People Coordinator
Saltwater Hospitality Group - Manly NSW
Casual / part time
Posted 4d ago

... and 3 more jobs

View all jobs

Found a job? Pause or delete this alert in your JobNest settings.`, '5 new jobs for "HR Coordinator" in Greater Sydney'),

  other(`Hi Tamsin,

You're into the home stretch! Module 6: Workforce Planning opens on Monday 4 August, and your final assessment is due Friday 12 September.

Missed the Careers in People & Culture panel? The recording is now in the student portal. Our three panellists shared how they landed their first HR roles, including how to talk about transferable skills in interviews and why coordinator roles are often the best first step.

Graduation applications for the September intake open on 1 September.

Happy studying,
Student Success Team
Harbourside College of Business | RTO 91234`, 'Cert IV in HR - Term 3: final module + panel recording'),
];
