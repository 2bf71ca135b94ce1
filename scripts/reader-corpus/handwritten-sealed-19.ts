/**
 * Sealed part nineteen: written before any change to the reader and from then on only scored, never used to fix.
 * Two halves. The first is rejections from about seventy employers, each from a different writer: tracking-system
 * auto-mails, HR template letters, agency recruiters, hiring managers and founders writing by hand, universities and
 * public bodies; every stage, often told only in passing; every reason, sometimes two; feedback buried mid-letter,
 * offered or refused; doors left open or closed; several Englishes and lengths. The second is one job seeker's inbox:
 * a quality-control microbiologist in Cork (five years in pharmaceutical and medical-device QC labs: environmental
 * monitoring, endotoxin and bioburden testing, sterility, deviations and CAPA in a GMP setting) applying across
 * Ireland, the UK and continental Europe, with acknowledgements, invitations, reschedules, reminders, alerts,
 * newsletters, outreach, an offer and surveys mixed among paused processes and rejections.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s19-');

export const HANDWRITTEN_SEALED_19: readonly CorpusLine[] = [
  // ── A. Rejections from many employers
  rej('application', ['generic'], {},
    `Hi Marcus,

Thank you for your interest in the Account Executive, Mid-Market role at Tallowfield. We really appreciate you taking the time to apply.

After careful review, we've decided not to move forward with your application at this time. If your application is selected to move to the next stage, you would normally hear from a recruiter to schedule a phone screen followed by interviews with the team — but unfortunately that won't be the case on this occasion.

We wish you the best of luck in your search.

Best,
Tallowfield Recruiting

Powered by greenhouse.io`, 'Your application to Tallowfield'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Priyanka,

Thank you for applying for the post of Assistant Manager - Treasury Operations with Keshav Capital Services Limited.

We have carefully evaluated your profile against the requirement of the position and regret to inform that the same is not matching with the current need. Hence we are unable to process your candidature further.

However, your details shall remain in our database and we shall contact you if any suitable opportunity comes up in future.

With best wishes,
Human Resources
Keshav Capital Services Ltd., Nariman Point, Mumbai

*** This is an auto-generated e-mail. Kindly do not reply. ***`, 'Application Status - Assistant Manager Treasury Operations'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hey Jonah,

I wanted to write to you myself rather than let the system send the usual note. It was great to have you in on Tuesday and the whole panel enjoyed the conversation about your migration project at Brightfold, especially how you handled the rollback.

Where we landed, and I'll be straight with you because I think you'd rather know, is that the role needs someone who has run Kubernetes in production at a fairly large scale, and your experience there is mostly from staging and side projects; given we'd be handing over the cluster on day one with nobody else on call for it, we decided to go with another candidate.

That's not a comment on your ability to pick it up, which I don't doubt. If a call to go through the rest of the panel notes would help, just reply and we'll find thirty minutes.

Cheers,
Dana Oyelaran
Head of Platform, Quillstack`, 'Platform Engineer - following up'),

  rej('application', ['location'], { ...fb },
    `Hello Sofia,

Thanks a lot for your application for the Customer Success Manager (DACH) position.

Unfortunately we are only able to hire people who already have the right to work in Germany for this position, as we can not sponsor a visa at the moment. Since your application says you would need sponsorship, we can not continue with it.

Kind regards
Lena Hofbauer
People & Culture | Brennwerk GmbH
Sitz der Gesellschaft: Leipzig · Amtsgericht Leipzig HRB 40921`, 'Your application at Brennwerk'),

  rej('final', ['position_filled'], { ...door },
    `Dear Mr Adeyemi,

Thank you for attending the final panel at our Leeds office on 14 March and for the presentation you gave to the trustees, which was very well received.

I am writing to let you know that, after much deliberation, the post of Director of Finance and Resources has been offered to and accepted by another candidate.

We were fortunate to have such a strong final field and the decision was a close one. The Trust would be pleased to hear from you in future should another senior post be advertised, and I hope you will consider us.

Yours sincerely,

Margaret Ellery
Chair of the Board of Trustees
Heathrow Road Housing Trust`, 'Director of Finance and Resources'),

  rej('application', ['generic'], {},
    `Thanks for applying to Orbitwell. We've reviewed your application for Junior Product Designer and won't be moving forward.

— The Orbitwell team

Sent via Ashby`, 'Orbitwell application update'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Thank you for completing the online numerical and verbal reasoning assessments as part of your application for the 2025 Graduate Programme at Harrowgate & Finch LLP.

We regret to advise that your results did not meet the benchmark required to progress to the video interview stage of the process. Due to the number of applications received we are unable to provide individual feedback on assessment results.

You will not be able to reapply to the Graduate Programme during this recruitment cycle.

Kind regards,
Graduate Recruitment Team
Harrowgate & Finch LLP

This message was sent from an unmonitored mailbox.`, 'Graduate Programme 2025 - application outcome'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Tom,

Thanks again for jumping on the phone with me yesterday. I've spoken with the hiring manager about where we got to on comp. Honestly the gap between your expectations and what the budget for the Senior QA role tops out at is just too big for us to bridge — we're talking a good 18-20k apart — so I don't think it's fair on you to keep things going.

I'd really like to stay in touch though, as we'll be hiring at lead level later in the year and the numbers there would look very different. Mind if I reach out when that opens?

Cheers,
Becky
Talent Partner, Pennywell Insurance`, 'Senior QA chat'),

  rej('application', ['internal_candidate'], {},
    `Dear Applicant,

Thank you for your application for the position of Procurement Officer (Ref. PO-2291) with the Department.

Please be advised that following the closing date this position has been filled through an internal appointment of an existing staff member, and accordingly no external candidates will be progressed for this vacancy.

We thank you for the interest you have shown in working with the Department.

Recruitment Services
Department of Regional Infrastructure
Government of Western Australia`, 'Vacancy PO-2291 - Outcome'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Camille,

Thank you for coming in to meet Arjun and me last week. We appreciated the time you put into preparing, and you clearly know your way around brand strategy.

After talking it through, we felt that the way you like to work, with a lot of structure and defined sign-off steps, isn't a great match for how our team operates right now — we're eight people, things change daily and everyone jumps between briefs with very little process. We don't think that would be a happy place for you, and we've decided not to take things further.

All the best with the search,
Hugo Marchetti
Co-founder, Saltmarsh Studio`, 'Thanks from Saltmarsh'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Dr Nwosu,

Many thanks for your application for the Laboratory Assistant role within our Pathology department.

Having reviewed your CV we feel that, with your doctorate and nine years of post-doctoral research, your experience is considerably above the level of this position, which is an entry-level support role. We do not think the post would offer you the challenge or progression you would be looking for and so we will not be taking your application forward.

We wish you every success.

Kind regards
Recruitment Team
Northvale Diagnostics Ltd`, 'Laboratory Assistant - your application'),

  rej('application', ['role_closed'], {},
    `Hi there,

We're reaching out to everyone who applied for the Growth Marketing Lead position. Due to a change in our company priorities this quarter, we've decided not to fill this role for now, and we've closed the posting.

This means we won't be progressing your application. We're sorry for the disappointing news and thank you for your interest in Kitebird.

The Kitebird Team

--
You're receiving this email because you applied for a job at Kitebird via Workable.
Kitebird Inc · 1180 Folsom St · San Francisco, CA`, 'An update on the Growth Marketing Lead role'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Rahul,

Good talking to you on Monday. As I mentioned on the call the client is really firm on needing SAP S/4HANA FICO implementation experience - at least two full cycle rollouts - and from what you told me your exposure has been on the support side only, not implementation.

I put your profile forward anyway to see, but they have come back and said no for this one. Sorry mate.

Will keep an eye out for support-focused roles for you, there is usually a few around.

Regards
Sanjay Menon
Senior Consultant | Vantage Tech Search
M: +61 4xx xxx 218`, 'RE: SAP FICO Consultant - Melbourne'),

  rej('final', ['generic'], {},
    `Dear Eleanor,

Thank you for taking part in the assessment centre and final interviews for the Policy Adviser role. I know it was a long day and we were grateful for your energy throughout.

I am sorry to say that you have not been successful on this occasion. The panel had a very difficult choice between a number of excellent candidates.

With best wishes,

Ruth Pemberton
HR Business Partner
Office of the Rail Consumer Advocate`, 'Policy Adviser - outcome'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Ms. Okafor,

Thank you for your application to the position of Registered Nurse – Intensive Care Unit (Job ID 88412) at St. Brendan Regional Medical Center.

We have reviewed your qualifications and have determined that you do not currently meet the minimum requirement of two years of adult critical care experience and an active CCRN certification for this unit. As a result, your application will not be considered further for this requisition.

We encourage you to review our other open nursing positions, including our Nurse Residency program, and to apply for any roles that match your experience.

Sincerely,
Talent Acquisition
St. Brendan Health System

This message was generated by iCIMS. Please do not reply directly to this email.`, 'Regarding Job ID 88412'),

  rej('interview', ['skills_gap', 'location'], { ...fb },
    `Hi Ana,

It was lovely to meet you on Teams on Thursday and learn about your time at Quarrybank. You were thoughtful and asked us some of the best questions we've had.

We've now finished the interviews and I'm afraid we're going to go in a different direction. Partly it's that another applicant had more of the hands-on supplier management experience we're after, and partly that the role turned out to need someone in the Bristol office three days a week, which we know doesn't work with you being in Newcastle.

Thanks again, and good luck!

Joanne
Operations Manager, Fernhollow Foods`, 'Buyer role'),

  rej('application', ['generic'], {},
    `<p>Dear Kenji,</p>
<p>Thank you for your interest in careers at Meridale Group. We have reviewed your application for the role of <b>Financial Analyst II</b> and regret to inform you that we will not be proceeding with your candidacy.</p>
<p>We appreciate the time you invested and wish you success in your career.</p>
<p>Sincerely,<br>Meridale Group Talent Acquisition</p>
<p style="font-size:10px;color:#888">Please do not reply to this message. Replies to this message are routed to an unmonitored mailbox. Workday&reg; on behalf of Meridale Group.</p>`, 'Meridale Group: Your Application for Financial Analyst II'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Lukas,

Thanks so much for the time you put into the take-home. We know four hours is a big ask on top of everything else.

The reviewers liked the structure of your API and your README was one of the clearest we got. Where it fell short for us was testing: there were no tests around the pagination logic, and two of the edge cases in the brief (empty pages and a cursor past the end) returned 500s. For this role, that's a big part of the day-to-day, so we won't be moving to the onsite.

Please don't let this put you off — we'd be glad to see you apply again in six months or so.

Best,
Marisol
Engineering Recruiting, Hartline Labs`, 'Your Hartline Labs take-home'),

  rej('application', ['position_filled'], {},
    `Hi,

Thanks for getting in touch about the bar staff position. Sorry but we have already filled it.

Cheers
Mick
The Anchor & Crown`),

  rej('screen', ['profile_mismatch'], {},
    `Dear Nadia,

Thank you for the time you spent with our recruiter, Olu, earlier this week to discuss the Senior Brand Manager vacancy at Kinsley Beverages.

Following this conversation we have reviewed your background in more detail, and while we were impressed with what you have achieved so far, we have concluded that other candidates more closely match the profile we are looking for at this stage. We will therefore not be progressing your application further.

We thank you for your interest in Kinsley and wish you well.

Kind regards,
Kinsley Beverages Talent Team`, 'Senior Brand Manager - Kinsley Beverages'),

  rej('interview', ['role_closed'], { ...door },
    `Dear Wei Ling,

I hope this finds you well. I am writing with an update following your interviews with Dr Cheng and the analytics team in April.

Unfortunately, as part of a wider restructuring of the regional office, the Data Scientist position has been withdrawn and we will not be making an appointment. I realise this is frustrating after the effort you put into the process, and I'm sorry we couldn't bring better news.

The team spoke very highly of you. When we are in a position to hire again, I would like to contact you directly, if you are happy for us to keep your details.

Best regards,
Grace Tan
Talent Acquisition Lead, APAC
Solvance Asia Pte Ltd`, 'Data Scientist - update'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hello Mateus,

thank you for your application as Software Developer in our Vienna team. We read it with interest.

Unfortunately for this position fluent German (C1 at least) is required because all our customers are Austrian municipalities, and also the position is not possible remotely from Portugal, the work is on site in Vienna. So we have to decline.

Best regards
Herbert Lindl
Lindl Kommunal-Software GmbH`, 'Ihre Bewerbung / your application'),

  rej('final', ['culture_fit'], { ...fb },
    `Hi Rosa,

Thank you for spending the whole of Friday with us. Meeting the leadership team, the case exercise and the lunch with the store managers — it's a lot, and you handled it with real composure.

We've made the difficult decision not to offer you the Regional Manager position. The feedback from the final day was strong on your commercial results, but several of the store managers felt your style during the case discussion was quite directive, and our region runs on a coaching model where managers are expected to draw answers out of their teams rather than provide them. We felt that gap in approach was too wide for this particular team at this point.

I realise that is hard to hear after getting to the last stage, and I'm grateful for everything you brought.

Warmly,
Delphine Akers
VP Retail Operations, Ember & Oak Home`, 'Regional Manager'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Thank you for applying for the Research Assistant (Fixed Term, 0.6 FTE) post, reference R-4470, in the School of Social Sciences.

The shortlisting panel has now met. We regret to inform you that you have not been shortlisted for interview on this occasion. We receive a large number of applications for our posts and we are unable to provide feedback to candidates who have not been shortlisted.

Thank you for your interest in working at the University.

HR Recruitment Team
University of Kestrelbridge`, 'R-4470: Research Assistant - application outcome'),

  rej('application', ['profile_mismatch'], {},
    `Dear Sir/Madam,

Reference to your application for the post of Business Development Executive, we thank you for showing interest in our company. After going through your CV, we are sorry to tell that your profile not suits to what we require for this post at present time.

We wish good luck in your carrier.

Regards,
HR Department
Al Mansoori Trading Co. LLC
Dubai, UAE`, 'Re: Application for BDE'),

  rej('interview', ['skills_gap', 'position_filled'], { ...fb },
    `Dear Fiona,

Thank you very much for interviewing with us for the Senior Grants Officer role on Wednesday.

The panel enjoyed talking with you. We have decided to offer the post to a candidate whose experience more closely matches what we need, and in particular who has managed Horizon Europe consortium bids from start to finish, which was one of the essential criteria we explored in the interview.

I'm sorry not to have better news and I wish you every success.

Best wishes,
Alasdair Crane
Research Development Manager
Glenmuir Institute`, 'Senior Grants Officer interview'),

  rej('application', ['position_filled'], { ...door },
    `Hi Jess,

Thanks for sending through your CV for the Graphic Designer role. Unfortunately we'd already made an appointment by the time your application came in so the job's gone, but I liked your portfolio, especially the packaging work. I'll keep your details and give you a shout if anything comes up.

Cheers,
Pete
Big Sky Print & Design, Ballarat`, 'Re: Graphic Designer'),

  rej('screen', ['location'], { ...fb },
    `Hi Devon,

Thanks for the call this morning! I'm sorry to follow up so quickly with news that's not great: after we spoke I checked with our legal team, and at the moment we're not set up to employ people in Colorado, so we're only able to hire for this role in the 11 states where we already have payroll. I know the posting said "Remote (US)" and that's on us — we're updating it.

Really sorry about the confusion, and best of luck.

Aisha
Recruiting, Tidewater Health`, 'Following up on our call'),

  rej('application', ['generic'], {},
    `Dear Applicant,

Your application for the vacancy of Assistant Engineer (Civil) against Advt. No. 07/2024 has been examined. You are not shortlisted for the written examination.

This is for your information.

Sd/-
Deputy Secretary (Recruitment)
State Public Works Services Board`, 'Advt. No. 07/2024 - Status'),

  rej('final', ['internal_candidate'], { ...offered },
    `Hi Naomi,

I wanted to call you but couldn't get through, so I'm sending this by email and I'm happy to talk whenever suits.

Thank you for being part of our final two for the Head of Content role. Your session with the exec team was excellent and, honestly, this one has kept me up at night. In the end we have decided to appoint someone from within the business who has been acting in the role for the past six months, and whom the team already knows well.

I know that's a tough way to lose out. If it would be useful, I'd be glad to walk you through the panel's notes — just let me know a time.

Kind regards,
Sarah Whitcombe
Chief Marketing Officer, Lantern Learning`, 'Head of Content'),

  rej('application', ['skills_gap'], { ...fb },
    `Thank you for your interest in the Electrician - Commercial position at Ironvale Contracting. Your application was not selected for further consideration. This position requires a current Journeyman license in the state of Texas, which was not indicated in your application.

Ironvale Contracting, LLC

Powered by Lever`, 'Your application to Ironvale Contracting'),

  rej('interview', ['generic'], { ...offered, ...door },
    `Hi Bilal,

Thank you for taking the time to meet with the team for the Customer Operations Lead opportunity. We really enjoyed learning more about you.

We have now concluded our interview process and, unfortunately, we will not be moving forward with your application at this time. This was a very competitive process.

If you would like some feedback on your interview, please reply to this email and I'll arrange it. We'd also welcome future applications from you and encourage you to keep an eye on our careers page.

Kind regards,
Fleur
Talent Acquisition, Mosswood Energy`, 'Customer Operations Lead - update'),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Dear Arnav,

Thank you for submitting the case study for the Pricing Analyst role.

We've now had the chance to review it. The panel felt that the recommendation was reasonable, but the model itself didn't account for cannibalisation between the two tiers, which was the central point of the exercise, and the elasticity estimates were taken from the brief without any check. For this role we need someone who is already comfortable building price-response models on their own, and we don't think that's where your experience is at the moment.

For that reason we won't invite you to the interview stage.

Best regards,
Claudia Romero
Revenue Management, Vireo Hotels Group`, 'Pricing Analyst case study'),

  rej('application', ['overqualified', 'salary'], { ...fb },
    `Hi Gareth,

Thanks for applying for our Junior Data Analyst role.

To be honest, with fifteen years of experience and a background leading a BI team, we think you'd be bored here within a month, and the salary we're offering (£28k) is nowhere near what someone with your experience should be earning. So we don't think it's right to take this further, though we appreciate the interest.

All the best,
Kirsty
Operations, Cobble Lane Bakery Group`, 'Junior Data Analyst'),

  rej('application', ['generic'], {},
    `Dear Hannah,

Thank you for your recent application for the role of HR Coordinator at Pinegate Logistics.

We have received a high volume of applications for this position and after careful consideration we regret to inform you that on this occasion your application has been unsuccessful.

Successful candidates would be invited to a telephone interview with a member of our HR team, followed by a competency-based interview at our Daventry site and a short written exercise. As your application has not been progressed, no further action is required from you.

We would like to take this opportunity to thank you for your interest in Pinegate and to wish you every success in your future career.

Yours sincerely,

Pinegate Logistics Recruitment

SmartRecruiters | Privacy policy | Unsubscribe from job notifications`, 'Your application for HR Coordinator'),

  rej('interview', ['position_filled'], {},
    `Hi Carlos,

Quick note to let you know that we've offered the Sous Chef job to someone else and they've accepted. Thanks for coming in for the trial shift and the chat with Marco after — we liked your food.

Good luck out there.

Tess
Gallows Hill Kitchen`, 'Sous Chef'),

  rej('application', ['location'], { ...fb },
    `Dear Mr. Haddad,

We thank you for your application for the Field Service Engineer vacancy (Ref FSE-Gulf-019).

Kindly note that this position requires candidates who are currently residing in the Kingdom of Saudi Arabia with a transferable Iqama. As per your CV you are presently based in Amman, therefore we are not able to consider your application for this opening.

Best Regards,
Recruitment Section
Najd Industrial Services Co.`, 'Ref FSE-Gulf-019'),

  rej('assessment', ['generic'], {},
    `Hello Ivana,

Thanks for completing the HackerRank challenge for the Backend Engineer (Go) role.

After reviewing all submissions we won't be moving you forward in the process. We appreciate the effort you put in.

Best,
Recruiting @ Stormvale
via Ashby`, 'Stormvale - next steps'),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Dear Mr. Kowalski,

Thank you for the pleasant telephone conversation on Friday regarding the position of Shift Supervisor at our Poznań plant.

As discussed, we had some doubts that the role would be a good step for you, and after thinking about it we agree with the concern you raised yourself: with your experience as a production manager for eight years, the responsibilities of a shift supervisor would be far below your level and we are afraid you would not stay long. We therefore decided not to continue the process for this role.

We will however remember you for a management position, when such an opening appears in the next months we would like to contact you again.

With kind regards,
Agnieszka Wróbel
HR Specialist
Polmet Components Sp. z o.o.`, 'Shift Supervisor - Poznań'),

  rej('final', ['profile_mismatch', 'position_filled'], { ...offered },
    `Dear Julian,

Thank you for travelling to Edinburgh for the final stage of the Investment Associate process, and for the time you spent with Iain, Morag and the investment committee.

We have now concluded the process. I'm sorry to tell you that we have decided to offer the role to another finalist, whose background was a closer fit with what the team needs over the next two years.

This was a genuinely close decision. If you would find it helpful to hear the committee's views in more detail, I'd be happy to arrange a short call.

With best wishes,
Catriona Bell
Head of People
Thistlebank Ventures`, 'Investment Associate - final stage'),

  rej('application', ['generic'], {},
    `Your application for Warehouse Associate (Night Shift) - Store #2214 has been reviewed. We have decided to pursue other candidates at this time. Thank you for your interest in Brightway.

Brightway Stores, Inc. | Do not reply to this automated message.`, 'Application Status Update'),

  rej('interview', ['skills_gap'], { ...fb, ...door },
    `Dear Siobhán,

Thank you for attending interview for the post of Clinical Nurse Manager 2, Emergency Department, on 2nd October.

The interview board has completed its deliberations and I regret to inform you that you were not successful on this occasion. The board noted your strong clinical knowledge and your clear answers on patient flow; however, in the leadership and management competency you were unable to provide examples of managing staff rosters and budgets at ward level, which is a core requirement of the role.

A panel for CNM2 posts across the hospital group will be formed next spring and you are encouraged to apply.

Yours sincerely,

Áine Gallagher
Human Resources Department
Midland Regional Hospital Group`, 'Interview outcome - CNM2 ED'),

  rej('application', ['profile_mismatch'], {},
    `Hi Zara,

Thanks for your interest in Plinth! We've had a look at your application for Community Manager, and while we enjoyed reading it, we don't think your experience lines up with what we need for this role right now.

Take care,
Plinth Hiring

Plinth · Made with Workable`, 'Thanks for applying to Plinth'),

  rej('screen', ['role_closed'], {},
    `Hi Priya,

I'm sorry to do this after we'd already had our intro call, but I've just been told by the business that the Product Analyst role has been pulled — budget for the whole squad has been moved to next year, and there's no new date. That means I have to stop all candidates where they are, including you.

Really sorry, and thank you for your time.

Ollie
Talent, Quayside Bank`, 'Product Analyst'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Applicant

Thank you for applying for the position of Graduate Pharmacist (Ref 5522).

Unfortunately your application did not meet the essential criteria for the post, namely full registration with the Pharmacy Board of Australia (AHPRA) at the time of application.

Yours faithfully
People Services
Coastal Hinterland Health Service`, 'Ref 5522 outcome'),

  rej('interview', ['salary', 'profile_mismatch'], { ...fb },
    `Hi Meghan,

Thank you for your patience while we worked through our interviews for the Controller role, and for the two conversations with Rick and me.

We've decided to go in another direction. To be transparent with you, it came down to two things: your compensation expectations were above the range approved for this position, and the candidate we chose had a closer match with our stage of business.

We appreciate your interest in Foxhaven and wish you all the best.

Regards,
Lauren Matsuda
CFO, Foxhaven Outdoor`, 'Controller position'),

  rej('final', ['position_filled'], {},
    `Dear Alejandro,

Further to your final interview with our Managing Director last week, I am writing to inform you that we have now filled the position of Export Sales Manager.

Thank you for your interest in Castellano Olive Oils and the time you gave to our process.

Best regards,
Marta Jiménez
Administración y Personal`, 'Export Sales Manager'),

  rej('application', ['generic'], {},
    `no longer under consideration

Dear Chidi,

Thank you for applying for Associate, Transaction Services at Brackenridge Advisory. After careful review, we will not be moving forward with your application.

Brackenridge Advisory Careers
[UNSUBSCRIBE_LINK]`, 'Brackenridge Advisory | Application Status'),

  rej('assessment', ['assessment'], { ...door },
    `Hi Thabo,

Thanks for doing the technical test for our Junior Front-End Developer role. Unfortunately you didn't reach the pass mark we set for this round, so we won't be inviting you to interview this time.

We hire juniors twice a year and you're very welcome to try again next round.

Cheers,
Naledi
Kwezi Digital, Cape Town`, 'Junior Front-End Developer test'),

  rej('application', ['internal_candidate'], { ...door },
    `Hello Ingrid,

Thank you for your application for the Team Leader Customer Service position.

We have chosen to fill the position with an internal colleague, as we had a strong applicant from our own organisation. I hope you understand.

We would very much like to keep your application in our database for 6 months so we can contact you about similar positions. If you do not want this, please let me know.

Med vennlig hilsen
Kari Solheim
HR-rådgiver, Fjordlys Energi AS`, 'Team Leader Customer Service'),

  rej('interview', ['culture_fit', 'skills_gap'], { ...fb },
    `Hi Aaron,

Thanks for coming through both rounds with us. I'll be direct because you asked me to be at the end of Tuesday.

Two things held us back. On the technical side, your answers on designing the event pipeline relied on batch jobs throughout, and we need someone who has built streaming systems with Kafka or something like it. And on the team side, a couple of the engineers came away feeling you'd prefer to own your work end to end with minimal pairing, whereas we pair on almost everything. Neither is a knock on you as an engineer — it's about what this team needs.

We won't be moving forward, but I genuinely appreciated the conversation.

Nick Lund
Engineering Manager, Coralgrid`, 'Coralgrid - thanks and where we landed'),

  rej('application', ['role_closed'], {},
    `Dear Candidate,

Thank you for your application for the position of Senior Auditor (Req. 24-0871).

This requisition has been cancelled and the position will not be filled at this time. Your application will not be considered further for this posting.

Talent Acquisition
Lakehurst County Government

This is an automated notification from NEOGOV. Do not reply.`, 'Requisition 24-0871 Cancelled'),

  rej('screen', ['generic'], {},
    `Hi Liam, thanks for the chat earlier in the week. We've decided not to move ahead at this point. All the best, Jo (Recruitment, Harbourline)`),

  rej('final', ['skills_gap', 'position_filled'], { ...fb, ...offered, ...door },
    `Dear Yasmin,

Thank you so much for the time and care you put into the final round with us — the presentation to the board, the session with our programmes team and the conversation with our Chief Executive. I want to start by saying how much we enjoyed getting to know you over the past month. You were one of two candidates we brought to the final day, and the decision was genuinely hard.

After a long discussion, the panel has decided to offer the Director of Fundraising role to the other candidate. I would like to be open with you about why, because I think it may be useful.

Your vision for individual giving was the strongest we heard, and the trustees particularly valued your thinking on regular donors. Where the panel felt the other candidate was ahead was on major donor and trust fundraising: this role will be responsible for a capital appeal of around £6 million over three years, and the other candidate has led two appeals of that size, whereas your experience has mainly been with mass-market campaigns. Given the timing of our appeal, the trustees felt they needed someone who had already done this.

I know that will be disappointing to hear after getting so far. If you would like to talk through the feedback in more detail, I would be very happy to have a call next week. We'd also love to stay in touch: we are planning to create a Head of Individual Giving post in the new financial year and I would very much hope you might consider it.

With warm wishes and thanks,

Rebecca Oduya
Director of People and Culture
Lanterns Children's Hospice`, 'Director of Fundraising - thank you'),

  rej('application', ['generic'], {},
    `Dear Rohan,

Greetings from Tattva Infrasolutions!

We appreciate your interest in the Site Engineer role. At present we are not in a position to take your application forward. Wishing you all success in your future endeavours.

Thanks & Regards,
Talent Acquisition Team`, 'Application update'),

  rej('interview', ['location'], { ...fb },
    `Hi Emma,

Thank you for the interview on Monday and for being so candid about your plans.

I've discussed things with the partners and unfortunately we're not able to offer a fully remote arrangement for this position. As you said you aren't able to move to Auckland within the next year, we've decided not to progress your application. I'm sorry, as we really enjoyed meeting you.

Ngā mihi,
Rawiri Parata
Practice Manager, Kauri & Stone Architects`, 'Interview follow-up'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Oscar,

Thanks for applying for the Senior Motion Designer role. We had a look through your reel and there's some nice work there, but the role is heavily 3D (Cinema 4D and Houdini), and your reel is almost entirely 2D After Effects work, so we're going to pass this time.

Best,
Lumen & Lye`, 'Re: Senior Motion Designer'),

  rej('interview', ['generic'], {},
    `Dear Ms Laurent,

Following your interview with Mr Dufresne and Mme Caron on 18 November, we regret to inform you that your application for the position of Legal Counsel has not been retained.

We thank you for the interest you have shown in our group and wish you every success in your professional future.

Yours faithfully,

Direction des Ressources Humaines
Groupe Armorial SA`, 'Your application - Legal Counsel'),

  rej('assessment', ['assessment'], {},
    `Hello Vikram,

We appreciate you taking the time to complete the personality and situational judgement questionnaire for the Management Trainee programme.

Based on your responses, we have concluded that we will not be moving forward with your application. Our decision is final and we are not able to share individual results or enter into correspondence about them.

Kind regards,
Early Careers Team
Holloway Brands plc`, 'Management Trainee programme'),

  rej('application', ['profile_mismatch'], {},
    `Dear Mr Ferreira,

Many thanks for your interest in the position of Clinical Trial Manager. We have now reviewed all applications and, although your application was of interest to us, we have identified applicants whose profiles are a better match with the requirements of the role.

We will not keep your details on file for future vacancies; should you see another role of interest with us, please apply directly through our careers site.

Yours sincerely
Recruitment
Ostrava BioTrials s.r.o.`, 'Clinical Trial Manager - application'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Sam,

Thanks for the call on Wednesday. I enjoyed hearing about your time at the agency.

I've thought about it and I don't think we're the right fit for each other. You said a few times that you're looking for a place with a clear ladder and regular reviews, and we're a tiny team where nobody has a title and the work shifts week to week. I'd rather be honest now than have you find that out three months in.

Good luck — someone's going to be lucky to have you.

Freya
Founder, Hedgerow Coffee Roasters`, 'our call'),

  rej('final', ['role_closed'], { ...door },
    `Dear Kwame,

Thank you for your patience. I had hoped to contact you sooner after your final interview with the Vice-Chancellor's panel.

I regret to tell you that the University has decided not to proceed with an appointment to the post of Director of Estates at this time. Following the announcement of the sector funding settlement last week, Council has paused a number of senior appointments while the University's structure is reviewed, and this post will be reconsidered as part of that review. The process is therefore closed, and no candidate will be appointed.

I am sorry that your considerable effort has not led to an outcome. Should the post be re-advertised, we would welcome an application from you.

Yours sincerely,

Dr Helen Marsh
Chief Operating Officer
University of Eastmoor`, 'Director of Estates'),

  rej('application', ['profile_mismatch'], {},
    `Dear {{candidate.first_name}},

Thank you for your interest in the Marketing Coordinator position at Ridgecrest Hospitality. Unfortunately, we have decided to move forward with other applicants whose qualifications more closely align with our needs.

Sincerely,
{{recruiter.name}}
Ridgecrest Hospitality`, 'Marketing Coordinator'),

  rej('interview', ['internal_candidate'], {},
    `Hi Dmitri,

I appreciate you coming in twice — first with me, then with the product leads. Wanted to let you know we've decided to promote someone from within the support team into the Support Operations Manager role. I'm sorry it's not better news.

Best,
Kelsey
Director of Support, Ardent Payroll`, 'Support Ops Manager'),

  rej('application', ['location', 'salary'], { ...fb },
    `Hello Mr. Santos,

Thank you for applying to the Data Engineer role at Nubecorp.

We reviewed your application and unfortunately we can't move forward. This position is only open to candidates based in Mexico City who can attend our office twice a week, and the salary range you put in your application is also quite far above the range we have for this role.

Saludos,
Equipo de Talento
Nubecorp`, 'Nubecorp - Data Engineer'),

  rej('assessment', ['position_filled'], {},
    `Hi Holly,

Thanks for sending your writing sample over. Before we got to read it, I'm afraid we filled the Copywriter position with a candidate who was further along in the process. Apologies for the wasted effort on your side.

Regards,
Anton
Creative Director, Bluebell & Birch`, 'Copywriter role'),

  rej('interview', ['profile_mismatch'], { ...door, ...offered },
    `Dear Chloe,

Thank you for your recent interview for the Senior Associate position in our Employment team. I am sorry to tell you that we will not be offering you the role.

The partners thought you interviewed well, but we have decided to appoint a candidate whose experience aligns more closely with our client base. We would be pleased to give you feedback if you would find it useful; please contact me to arrange this. We would also be glad to consider you for future vacancies and will keep your CV on file for twelve months.

Yours sincerely

Jane Pickering
HR Manager
Ashcombe Reid Solicitors`, 'Senior Associate - Employment'),

  rej('application', ['overqualified'], {},
    `Hello Min-jun,

Thank you for your application for the Customer Support Associate position. After reviewing your background, we believe your extensive experience exceeds what this entry-level role requires, and we've decided to focus on candidates earlier in their careers.

We wish you all the best.

Talent Team, Cloudberry Apps
Sent with Ashby`, 'Cloudberry Apps - Customer Support Associate'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Gabriela,

Thanks for your time on the phone yesterday. I shared my notes with the hiring manager.

She's keen on your project management experience but, as we touched on, the role needs PMP or PRINCE2 Practitioner certification from day one because of the client contract, and you mentioned you're still studying for yours. For that reason we won't be progressing you for this position.

Once you've passed the exam, please do get back in touch — I'd be glad to put you forward for the next one.

Kind regards,
Imogen Blake
Resourcing Partner, Halden Infrastructure`, 'Project Manager - Halden'),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Thank you for applying. We need a driver with a C+E licence and a valid Digital Tachograph card, living within 30 miles of our Wakefield depot. As you don't meet these requirements we cannot take your application further.

Harlow Haulage Ltd`, 'HGV Class 1 Driver'),

  rej('interview', ['generic'], {},
    `Hallo Pieter,

Dank je for the nice conversation last Thursday with Ilse and me about the Teamleider Planning role. We have spoken with all candidates now and we made a choice for another candidate. It was not easy decision.

We are not able to give more explanation about the choice, I hope you understand this.

Succes met je zoektocht!

Met vriendelijke groet,
Marloes de Wit
Recruiter | Groenhaven Transport B.V.`, 'Teamleider Planning'),

  // ── B. One job seeker's inbox: a QC microbiologist in Cork
  other(`Dear Declan,

Thank you for applying for the position of QC Microbiologist II (Requisition R-10472) at our Ringaskiddy site. We have received your application and our Talent Acquisition team will now review it alongside the requirements of the role.

If your experience matches what the team is looking for, a member of our recruitment team will contact you to discuss the next steps, which typically include a short call, an online technical assessment and a panel interview on site. Due to the volume of applications we receive, this review can take up to three weeks.

You can check the status of your application at any time by logging into your candidate home page.

Kind regards,
Talent Acquisition
Lirenza Pharmaceuticals Ireland Ltd.

Please do not reply to this email. This mailbox is not monitored.`, 'We have received your application - QC Microbiologist II'),

  other(`Declan, 14 new jobs match your search "microbiologist" in Cork

QC Analyst – Microbiology
Tessaly Biologics · Carrigtwohill, Co. Cork · Permanent
Posted 2 days ago

Environmental Monitoring Specialist (12-month contract)
Halcyon Life Science Recruitment · Little Island, Co. Cork
Posted today

Senior Microbiologist
Brightwater Medical · Cork City · Permanent · Hybrid
Posted 5 days ago

Laboratory Technician – Food Microbiology
Mallow Dairy Co-operative · Mallow, Co. Cork
Posted 1 week ago

See all 14 jobs

You are receiving this alert because you created a saved search on SciJobs.ie. Manage alerts | Unsubscribe`, 'New jobs for you: microbiologist, Cork'),

  rej('application', ['generic'], {},
    `Dear Declan Furlong,

Thank you for your interest in the position QC Microbiology Analyst (Job Req 58810) at Castlemartyr Biologics.

We have reviewed your application carefully. Unfortunately, we regret to inform you that we will not be considering your application further for this position.

We appreciate your interest in Castlemartyr Biologics and wish you every success in your job search.

Sincerely,
Castlemartyr Biologics Recruiting

This is a system generated message sent via SAP SuccessFactors. Please do not respond to this email.`, 'Your application for QC Microbiology Analyst'),

  other(`Hi Declan,

Hope you're keeping well. I came across your profile and your EM and endotoxin experience caught my eye.

I'm working with a client in Carrigtwohill, a biologics manufacturer, who is looking for an Environmental Monitoring Specialist on a 12-month contract with a strong chance of extension. It's day rate, on site, Monday to Friday with the occasional weekend for shutdowns. They're keen on someone who has supported grade A/B cleanroom qualification.

Would you be open to a quick chat this week? Even if the timing isn't right, it would be great to connect.

Best regards,
Ciarán Dolan
Senior Consultant – Life Sciences
Halcyon Life Science Recruitment
Little Island, Cork | T: 021 4xx xxxx`, 'Environmental Monitoring Specialist - Carrigtwohill'),

  other(`Hi Declan,

Thanks for applying for the Senior Microbiologist role at Brightwater Medical. We're delighted you're interested in joining us.

Our hiring team is reviewing applications now. We'll be in touch if your experience is a match for this position and we'd like to learn more. In the meantime, you can find out more about life at Brightwater on our careers page.

Thanks,
The Brightwater Medical Talent Team

Sent via Lever`, 'Thanks for applying to Brightwater Medical'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Declan,

Thank you for applying for the role of Senior Sterility Assurance Specialist at our Swords facility.

We have reviewed your CV with the hiring manager. While your environmental monitoring background is relevant, this role will lead the site's aseptic process simulation (media fill) programme and act as SME during regulatory inspections, and we are looking for someone who has already designed and led media fills rather than supported them. On that basis we will not be progressing your application for this position.

Thank you again for your interest in Verdantis.

Best regards,
Niamh Cullinane
Talent Acquisition Partner
Verdantis Pharma Ireland`, 'Senior Sterility Assurance Specialist'),

  other(`Hi Declan,

Thanks again for your interest in the Senior Microbiologist role. I'd love to set up a 30-minute call to tell you more about the team and hear about your background.

Could you pick a slot that works for you using the link below? If none of these suit, just reply and I'll find another time.

[Book a time with Shauna]

Looking forward to speaking,
Shauna Kehoe
Talent Acquisition, Brightwater Medical`, 'Brightwater Medical - a quick chat?'),

  other(`Dear Applicant,

Campaign Reference: SM-SOUTH-2025-14
Post: Senior Medical Scientist (Microbiology), South Munster University Hospital

Thank you for your application, which has been received by the National Recruitment Service.

All applications will be assessed against the eligibility and essential criteria outlined in the job specification. A shortlisting exercise may be carried out on the basis of the information contained in your application. Candidates who are shortlisted will be invited to interview. Please note that it can take several weeks before you hear from us.

Please ensure you quote the campaign reference in all correspondence.

National Recruitment Service
Health Service Executive`, 'Acknowledgement - Campaign SM-SOUTH-2025-14'),

  rej('application', ['location'], { ...fb },
    `Hi Declan,

Thank you for your interest in the Microbiology Scientist II role at Tanager Therapeutics in Cambridge, MA.

Unfortunately we're unable to move forward with your application, as this role requires authorization to work in the United States and we're not able to offer visa sponsorship for this position.

We appreciate your interest in Tanager and wish you the best in your search.

Tanager Therapeutics Talent Team

Sent with Greenhouse`, 'Tanager Therapeutics - Microbiology Scientist II'),

  other(`Dear Declan,

Thank you for your continued interest in the QC Microbiologist II role at Lirenza Pharmaceuticals.

We are pleased to invite you to complete our online technical assessment, the next step in our selection process. The assessment consists of 30 questions covering microbiological methods, GMP and data integrity, and takes approximately 45 minutes. It must be completed in a single sitting.

Please complete the assessment within 5 days of receiving this email using the link below.

[Start assessment]

If you require any reasonable adjustments, please let us know before starting.

Kind regards,
Talent Acquisition
Lirenza Pharmaceuticals Ireland Ltd.`, 'Invitation: Online Technical Assessment'),

  other(`Hi Declan,

This is a friendly reminder that your assessment for QC Microbiologist II has not yet been completed. Your link will expire in 24 hours.

Unfortunately we are not able to extend the deadline once the link has expired, so please make sure you have 45 uninterrupted minutes before you begin.

Good luck!
Lirenza Talent Acquisition

Powered by Workday`, 'Reminder: your assessment expires soon'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Declan,

Thank you for applying for the position of Microbiology Team Lead at Corrib Orthopaedics, Galway.

We have now completed our review of applications. On this occasion we have decided to pursue candidates whose experience more closely aligns with the requirements of the role, and we will not be progressing your application.

We would like to keep your CV on file and may contact you should a suitable position arise in the future. If you would prefer that we do not retain your details, please let us know.

Kind regards,
Human Resources
Corrib Orthopaedics Ltd.`, 'Microbiology Team Lead - Corrib Orthopaedics'),

  other(`Hi Declan,

Thanks so much for your time on the phone on Tuesday — it was great to hear about your endotoxin work and the investigations you've led.

I'm pleased to say that Ronan Hegarty, our Microbiology Manager, would like to meet you for a first interview. It will be on Microsoft Teams, about 45 minutes, with Ronan and one of the senior microbiologists from his team.

Could you let me know which of these suits?
- Thursday 12th, 10:00
- Friday 13th, 14:30
- Monday 16th, 11:00

Best,
Shauna Kehoe
Talent Acquisition, Brightwater Medical`, 'Interview invitation - Senior Microbiologist'),

  hold('application', ['role_closed'], {},
    `Dear Applicant,

Campaign Reference: SM-SOUTH-2025-14
Post: Senior Medical Scientist (Microbiology)

We are writing to update you on the above campaign. Further to recent national guidance on workforce numbers, the shortlisting and interview stages of this campaign have been temporarily deferred pending approval of the post under the current Pay and Numbers Strategy.

Your application remains valid and there is no need to reapply. We will contact you again as soon as we are in a position to proceed. We apologise for any inconvenience this may cause.

National Recruitment Service
Health Service Executive`, 'Update on Campaign SM-SOUTH-2025-14'),

  other(`Dear Declan,

Congratulations! Following your online assessment, we are delighted to invite you to a panel interview for the QC Microbiologist II role at our Ringaskiddy site.

The interview will last approximately one hour with Dr Grainne Moloney (QC Microbiology Manager) and Paul Sheehan (Senior QC Analyst). It will include competency questions and a short discussion of a deviation scenario, which we will give you on the day.

Please confirm your availability for Wednesday 25th at 10:30 by replying to this email.

Kind regards,
Aoife Barry
Talent Acquisition Specialist
Lirenza Pharmaceuticals Ireland Ltd.`, 'Interview invitation - QC Microbiologist II'),

  other(`Hi Declan,

I'm really sorry to do this, but Ronan has been called away to our Limerick plant for an audit on Thursday and won't be able to make your interview. Unfortunately we'll need to move it.

Would Monday 16th at 11:00 or Tuesday 17th at 15:00 work for you instead? The format stays the same.

Apologies for the disruption, and thanks for your flexibility.

Shauna`, 'Need to move your interview - apologies'),

  rej('application', ['position_filled'], {},
    `Hi Declan,

Thanks for your email and CV. I'm afraid we filled the lab analyst post about a fortnight ago, sorry, the ad should have come down by now.

Best of luck,
Maura Twomey
Kinsale Analytical Services`, 'Re: Lab Analyst - Microbiology'),

  other(`PHARMA CAREERS IRELAND — Monthly Digest

In this issue:
• Why QC is still the hardest area to hire for in Irish biopharma (and what that means for your salary)
• Contract vs permanent: a Cork recruiter's honest view
• Five interview questions every microbiologist should expect — and how to answer "tell me about a deviation you led"
• Upcoming: Life Sciences Careers Evening, Cork City Hall, 21 November

Featured employers this month: Tessaly Biologics, Lirenza Pharmaceuticals, Brightwater Medical

You're receiving this because you joined the Pharma Careers Ireland talent community. Update your preferences or unsubscribe.`, 'Your monthly careers digest'),

  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Declan,

Thanks for taking the time to chat with me on Friday about the Microbiology Analyst role at Shannonside Testing.

I've spoken with our lab director. Unfortunately the salary you mentioned is well above the band for this role, which tops out at €44,000, and we aren't able to go beyond that this year. I didn't want to keep you waiting for something we couldn't make work.

If anything more senior opens up, I'd be happy to reach out again — I enjoyed our conversation.

Kind regards,
Eimear Fahy
HR Manager, Shannonside Testing Ltd., Limerick`, 'Microbiology Analyst - Shannonside Testing'),

  other(`Hi Declan,

We wanted to let you know that we haven't forgotten about you! We've had a great response to the Environmental Monitoring Lead role and our hiring team is still reviewing applications.

We expect to be in touch with everyone by the end of the month. Thank you for your patience.

Best,
People Team, Tessaly Biologics

Sent via Ashby`, 'An update on your application at Tessaly Biologics'),

  other(`Dear Declan,

Thank you for confirming your interview for the QC Microbiologist II position on Wednesday 25th at 10:30.

On arrival, please report to the main reception in Building 2. Visitor parking is available in the car park on the left as you enter the site; please let security know at the barrier that you are here for an interview. Bring a form of photo ID.

If you are delayed on the day, please call me on 021 4xx xxxx.

We look forward to meeting you.

Aoife Barry
Talent Acquisition Specialist
Lirenza Pharmaceuticals Ireland Ltd.`, 'Interview confirmation - Wednesday 25th'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Hi Declan,

Thank you for meeting with Ronan and Deirdre last Monday, and for being so flexible when we had to move things around.

I've now had a chance to catch up with Ronan. They both enjoyed the conversation and were impressed with the way you talked through your endotoxin investigations. However, this role will own the bioburden and sterilisation validation work for our new EO-sterilised product line, and the team felt they need someone who already has hands-on experience with ISO 11737 and ISO 11135 validations. Your background is very strong on the pharma side but lighter on device sterilisation, so we've decided not to move forward with your application.

I know that's disappointing. If you'd like to have a quick call with Ronan to hear more about his thoughts, just let me know and I'll set it up.

Best wishes,
Shauna Kehoe
Talent Acquisition, Brightwater Medical`, 'Senior Microbiologist - update'),

  other(`Hi Declan,

You recently took part in our hiring process for Senior Microbiologist. Whatever the outcome, we'd love to hear about your experience so that we can keep improving how we hire.

The survey takes about 3 minutes and your answers are anonymous — they won't be shared with the hiring team.

[Take the survey]

Thank you,
Brightwater Medical Talent Team`, 'How did we do? Tell us about your interview experience'),

  other(`Hi Declan — I'm a recruiter on the QC side at Suirview Biopharma in Waterford. We're growing our micro lab from 9 to 15 people next year and your profile looks like a great match for a Senior Microbiologist position (permanent, on site, shift allowance). Happy to share more detail if you're open to it. No pressure at all if you're settled. — Orla Brennan, Talent Acquisition, Suirview Biopharma`, 'Senior Microbiologist opportunity - Waterford'),

  rej('application', ['generic'], {},
    `Hi Declan,

Thank you for your interest in Quintera Bio and for applying to the QC Specialist, Microbiology (Dublin) role.

After reviewing your application, we've decided not to move forward at this time. We know searching for a new role can be a lot of work, and we truly appreciate the time you took to apply.

Best,
Quintera Bio Recruiting

Sent via Ashby`, 'Quintera Bio - QC Specialist, Microbiology'),

  other(`Hi Declan,

Just a quick note to say thank you for coming in yesterday. Grainne and Paul enjoyed meeting you.

We're finishing the last of our interviews this week and I'd hope to be in touch with an update by Friday the 4th at the latest.

Kind regards,
Aoife`, 'Thank you for coming in'),

  hold('interview', ['role_closed'], {},
    `Hi Declan,

Hope you're well. I wanted to update you on the EM Specialist contract in Carrigtwohill.

Following your interview with Padraig and the QA lead last week, the client has come back to me today to say they're putting the requirement on hold. They've just announced that one of their product lines is transferring to the site from Belgium, and until the transfer plan is signed off they can't confirm the scope or the budget for the contract. They were very positive about you and have asked me to keep you warm.

They expect to know more in about four to six weeks. I'll be in touch as soon as I hear anything — and I'll keep sending you other roles in the meantime.

Cheers,
Ciarán
Halcyon Life Science Recruitment`, 'EM Specialist contract - update'),

  other(`Dear Declan,

Thank you for your time at interview. We are delighted to let you know that we would like to invite you to the final stage of our selection process for QC Microbiologist II.

This will be an on-site visit of around two hours on Tuesday 8th, beginning at 09:30. You will meet Dr Tomás Ó Riada, our Director of Quality Control, have a tour of the QC microbiology laboratory and the grade A/B filling suite (gowning will be required), and spend some time with members of the team.

Please let me know if you can attend.

Kind regards,
Aoife Barry
Talent Acquisition Specialist
Lirenza Pharmaceuticals Ireland Ltd.`, 'Final stage invitation - QC Microbiologist II'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Declan,

Thank you for completing the written technical exercise for the position of Microbiologist at Leidenhof Biosciences.

Our panel has evaluated your answers. Unfortunately we have decided not to continue with your application. In the calculation part, the colony counts were not corrected for the dilution factor in two of the three questions, and in the question on out-of-specification results the root cause analysis did not include a check of the growth promotion of the media. Because these points are essential in this function, we can not invite you for the interview.

We thank you for your interest and wish you success.

Kind regards,
Femke Jansen
Recruitment, Leidenhof Biosciences B.V.`, 'Your application - Microbiologist'),

  other(`Hello Declan,

We received a request to reset the password for your candidate account at careers.brightwatermedical.example.

If you made this request, click the link below to choose a new password. The link expires in 60 minutes.

[Reset password]

If you didn't request this, you can safely ignore this email — your password will not change.

Brightwater Medical Careers`, 'Reset your password'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Declan,

Thanks a million for coming out to the lab on Thursday and for the patience with the tour — I know our space is a building site at the moment.

We've talked it over as a team. You've got way more GMP depth than any of us, and that came across. But we're nine people, pre-clinical, and everyone ends up doing a bit of everything from ordering reagents to helping with the cell culture on a bad week. When we asked about that you were pretty clear you'd want to stay focused on the QC micro side with defined procedures, which is completely fair, but it's not how we're set up right now. So we've decided not to go ahead.

Genuinely appreciated the time.

Sinéad Harrington
Co-founder & CSO, Lumira Cell Therapeutics`, 'Thursday - thanks'),

  other(`Dear Declan,

Thank you for attending the final stage at Ringaskiddy on Tuesday. We are pleased to let you know that we would like to move forward to the reference stage.

Could you please provide contact details for two referees, one of whom should be your current or most recent line manager? We will not contact your current employer without your explicit agreement, so please indicate if you would like us to wait until an offer has been made.

Kind regards,
Aoife Barry
Talent Acquisition Specialist
Lirenza Pharmaceuticals Ireland Ltd.`, 'Reference request - QC Microbiologist II'),

  other(`Hi Declan,

Good news on the EM contract front is still pending, but I have another client in Cork City (sterile injectables) who'd like to see your CV for a QC Microbiology Analyst role, permanent.

Before I send it, could you confirm a few things for me:
1. You hold Irish/EU citizenship or a Stamp 4 (just for their form)
2. Your current salary and what you'd be looking for
3. Notice period

Unfortunately they're quite strict about getting this up front, sorry for all the admin!

Cheers,
Ciarán`, 'Quick details needed before I submit you'),

  hold('screen', ['role_closed'], {},
    `Dear Declan,

Thank you again for the call with me two weeks ago about the QC Microbiologist position at our Basel site.

I must inform you that our company has introduced a hiring freeze for all non-production roles until the end of Q1, after the recent reorganisation was announced. This means the position is on hold for now and we can not plan the next interviews. Your application is not declined — we would like to keep it open and contact you when the freeze is lifted, if you are still interested at that time.

I am sorry for this situation, which is not in our hands.

Freundliche Grüsse
Martina Berchtold
Talent Acquisition, Alpenbio AG`, 'QC Microbiologist Basel - status'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Mr. Furlong,

thank you very much for your application as Microbiologist (m/f/d) in Quality Control at our site in Penzberg.

We have looked at your documents carefully. Your professional experience fits the tasks in many points. However, in this position you will be in daily contact with our production and the authorities, and for this very good German skills (at least B2) are necessary. As your CV does not mention German, we unfortunately can not consider your application further.

We wish you all the best for your future.

Mit freundlichen Grüßen
Personalabteilung
Isarwerk Pharma GmbH`, 'Ihre Bewerbung als Mikrobiologe (m/w/d)'),

  rej('screen', ['skills_gap'], { ...fb },
    `Hi Declan,

Thanks for the chat on Monday, always good to talk to someone who knows their way round an isolator.

I put your CV through to the client for the QC Micro Lead role but they've come back and said they're going with candidates who've come from a sterile fill-finish background, which they feel lines up better with their operation. Bit frustrating as I thought you'd be a good shout. Their loss.

Talk soon,
Gavin Roche
Keystone Scientific Recruitment`, 'QC Micro Lead - client feedback'),

  other(`Dear Declan,

Thank you for your application for the position of QC Microbiologist at Ardmore Veterinary Vaccines, Naas.

We were impressed by your application and would like to invite you to a first-round interview via Microsoft Teams on Thursday 3rd at 14:00 with Dr Lisa Conroy, Head of QC Microbiology, and a member of HR. The interview will last approximately 50 minutes.

Please confirm your attendance by reply.

Kind regards,
HR Department
Ardmore Veterinary Vaccines Ltd.`, 'Interview invitation - QC Microbiologist'),

  other(`Dear Declan,

Unfortunately, due to an unexpected scheduling conflict, Dr Conroy is no longer available on Thursday 3rd. We apologise for the inconvenience and would like to propose Friday 4th at 11:00 instead.

Please let us know whether this suits you.

Kind regards,
HR Department
Ardmore Veterinary Vaccines Ltd.`, 'Change to your interview time'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Declan,

Thank you for attending an interview for the role of Laboratory Technician – Food Microbiology at our Mallow laboratory.

The interview panel was very impressed by your knowledge and experience. However, having considered your background in senior QC roles within pharmaceutical manufacturing, we feel that your experience is well beyond the level of this technician position, which is a routine testing role with limited scope for development, and that it would not be a good match for your career at this point. We have therefore decided not to offer you the position.

We would be happy to hear from you should a more senior laboratory vacancy arise with the Co-op in the future.

Yours sincerely,
Bríd O'Callaghan
HR Officer
Mallow Dairy Co-operative Society Ltd.`, 'Laboratory Technician interview'),

  other(`Dear Declan,

Thank you for speaking with Dr Conroy on Friday. We are pleased to let you know that you have been shortlisted for the final stage of the process for the QC Microbiologist role.

The final stage will take place at our Naas facility and will consist of a 20-minute presentation on a microbiological investigation you have led, followed by a panel interview with the Site Quality Head and Dr Conroy. Travel expenses will be reimbursed.

We will be in touch shortly with proposed dates.

Kind regards,
HR Department
Ardmore Veterinary Vaccines Ltd.`, 'Final stage - QC Microbiologist'),

  other(`Dear Declan,

Further to your recent interviews, I am delighted to offer you the position of QC Microbiologist II with Lirenza Pharmaceuticals Ireland Ltd., based at our Ringaskiddy site, reporting to Dr Grainne Moloney.

Please find attached your contract of employment, which sets out the terms including a base salary of €56,500 per annum, an annual bonus target of 8%, 25 days' annual leave, pension and healthcare. This offer is subject to satisfactory references and a pre-employment medical.

We would be grateful if you could confirm your acceptance by signing and returning the contract within seven days. If you have any questions, please don't hesitate to contact me.

We very much look forward to welcoming you to the team.

Yours sincerely,
Mark Delaney
HR Business Partner
Lirenza Pharmaceuticals Ireland Ltd.`, 'Offer of employment - QC Microbiologist II'),

  other(`Hi Declan,

Thanks for coming back to me so quickly, and for being upfront about the other process you're in.

I've spoken to Grainne and to our reward team about the base salary. Unfortunately we're not in a position to go to €60,000 as that would take you outside the band for the grade, and it wouldn't be fair to the rest of the team. What we can do is increase the base to €58,000 and add a one-off sign-on payment of €2,000 in your first month. Everything else in the offer stays the same.

I really hope this works for you — the team would love to have you. Let me know your thoughts by Thursday if you can.

Best,
Mark`, 'RE: Offer of employment - QC Microbiologist II'),

  hold('final', ['generic'], {},
    `Hi Declan,

I'm sorry for the silence since your final interview with our Operations Director. I wanted to let you know where things stand.

Unfortunately our Director of Quality, who needs to sign off the appointment, has been on unexpected leave and the decision on the Microbiology Supervisor role has been delayed. No decision has been made yet and you are still very much in the process. We expect to be able to come back to you within three weeks.

Thanks for bearing with us.

Kind regards,
Louise Power
HR Generalist, Tramore Diagnostics`, 'Microbiology Supervisor - where things stand'),

  rej('final', ['internal_candidate'], { ...offered },
    `Dear Declan,

Thank you for travelling to Naas for the final stage and for your presentation on the endotoxin investigation, which the panel found very well structured.

After careful consideration, we have decided to appoint an internal candidate to the role of QC Microbiologist, a member of our existing laboratory team who has been covering many of the duties of the role. This was a difficult decision given the quality of the final candidates.

If you would like feedback on your presentation and interview, please contact me and I will arrange a call with Dr Conroy.

Kind regards,
Caroline Nolan
HR Manager
Ardmore Veterinary Vaccines Ltd.`, 'QC Microbiologist - outcome'),

  other(`Hi Declan,

Thanks for letting us know that you have accepted another position and would like to withdraw from the Microbiology Supervisor process. We've closed your application on our side.

Congratulations on the new role — we're sorry not to have been quicker! Best of luck in Ringaskiddy.

Kind regards,
Louise Power
HR Generalist, Tramore Diagnostics`, 'RE: Withdrawal - Microbiology Supervisor'),

  other(`Dear Declan,

Welcome to Lirenza! As part of your onboarding, please complete the pre-employment medical questionnaire using the link below by Friday. Our Occupational Health provider, Medwell, will contact you directly if a short appointment is needed.

You will also receive a separate email from our background screening partner asking you to confirm your education and employment history.

If you have any questions about your start date or first day, please contact me.

Kind regards,
Onboarding Team
Lirenza Pharmaceuticals Ireland Ltd.`, 'Next steps before you join Lirenza'),

  rej('application', ['generic'], {},
    `Dear Declan,

Thank you for your application for the role of QC Analyst – Microbiology.

We regret to inform you that your application has not been successful on this occasion.

Kind regards,
Tessaly Biologics People Team

Sent via Ashby`, 'Your application at Tessaly Biologics'),

  other(`Dear Declan,

In line with data protection law, we only keep candidate information for as long as we need it. You applied for a role with Rathmore Pharma in the past, and your details are due to be deleted from our system in 30 days.

If you would like us to keep your profile in our talent pool so that our recruiters can contact you about future opportunities, please click below to give your consent. If you take no action, your data will be deleted automatically.

[Yes, keep my details]

Rathmore Pharma Talent Acquisition
Privacy notice`, 'Would you like us to keep your details?'),

  rej('interview', ['location'], { ...fb },
    `Hi Declan,

Thanks for your time on the video interview last week with Priti and Hamish, and for giving us such a clear picture of your experience.

We've thought carefully about the arrangement you proposed of being in Cambridge three days a week and flying back to Cork at the weekends. Unfortunately the role involves supporting our weekend environmental monitoring rota and responding to excursions at short notice, so we need the person to live within reasonable distance of the site. Given you aren't planning to relocate, we won't be progressing your application.

Sorry not to have better news.

Kind regards,
Harriet Osei
Talent Partner, Fenway Cell Manufacturing (UK) Ltd`, 'QC Microbiologist - Cambridge'),

  rej('application', ['role_closed'], { ...door },
    `Dear Applicant,

Campaign Reference: SM-SOUTH-2025-14
Post: Senior Medical Scientist (Microbiology)

Further to our previous correspondence, we regret to advise that it has not been possible to obtain approval for this post and the above campaign has now been cancelled. No shortlisting or interviews will take place, and your application will not be progressed.

We thank you for your interest and encourage you to continue to monitor the HSE careers website, where any future campaigns for this grade will be advertised.

National Recruitment Service
Health Service Executive`, 'Campaign SM-SOUTH-2025-14 - cancelled'),

  other(`LIFE SCIENCES CAREERS EVENING — Cork City Hall, Thursday 21 November, 18:00–21:00

Meet hiring managers from over 30 pharma, biotech and medical device employers in the region, attend a CV clinic, and hear a panel discussion on careers in quality and regulatory affairs.

Entry is free but places are limited — register now.

[Register]

Pharma Careers Ireland
You're receiving this because you joined our talent community. Unsubscribe`, 'Invitation: Life Sciences Careers Evening'),

  rej('assessment', ['assessment'], {},
    `Dear Declan,

Thank you for completing the online ability tests as part of your application for the Senior QC Microbiologist position at Rathmore Pharma.

We have now reviewed your results. Unfortunately, on this occasion your scores did not meet the level required for us to progress your application to interview.

We wish you every success in your career.

Rathmore Pharma Talent Acquisition`, 'Senior QC Microbiologist - application update'),

  other(`Hi Declan,

We're looking forward to seeing you on Monday 6th! A few things to help your first day go smoothly:

- Please arrive at Building 2 reception at 08:30 and ask for Grainne Moloney.
- Your first morning will be site induction and GMP training; lunch is provided in the canteen.
- Please bring your bank details, PPS number and photo ID for HR.
- Gowning qualification for the labs will be scheduled during your first two weeks.

See you soon,
Onboarding Team, Lirenza Pharmaceuticals`, 'Your first day at Lirenza'),

  other(`Hi Declan, saw on LinkedIn you've just started at Lirenza — congratulations! No intention of poaching you in week one, I promise. Just wanted to say that if you ever want to chat about the market down the line, my door is always open. Best, Orla (Suirview Biopharma)`, 'Congrats on the new role'),

  rej('screen', ['generic'], { ...door },
    `Dear Declan,

Thank you for speaking with me by phone last Wednesday regarding the Quality Control Microbiologist vacancy at Ballincollig Nutrition.

We have now completed our screening calls and I regret to let you know that we will not be inviting you to the next stage on this occasion. We will, however, keep your CV on file for any suitable vacancies that arise over the coming year.

Kind regards,
Ger Murphy
HR Executive, Ballincollig Nutrition Ltd.`, 'QC Microbiologist vacancy'),

  rej('application', ['generic'], {},
    `Declan — thanks for applying to the Lab Supervisor role. We won't be taking your application further. Regards, Blackwater Environmental Labs`),

  other(`Application status update

Position: Microbiology Scientist – Contract
Company: Dunmanway Contract Testing
Status: In review

The employer is reviewing your application. We'll notify you as soon as there's an update.

Tip: Candidates who add a cover letter are 30% more likely to hear back.

SciJobs.ie — Manage notifications`, 'Your application status has changed'),

  other(`Dear Members,

Unfortunately, due to a venue issue, the Life Sciences Careers Evening scheduled for 21 November at Cork City Hall has had to be postponed. We are very sorry for any inconvenience caused.

We will announce the new date shortly, and your registration will carry over automatically.

Pharma Careers Ireland`, 'Careers Evening postponed'),

  other(`Hi Declan,

Thanks for letting me know you've accepted the Lirenza offer — that's great news and well deserved.

I've taken you off the shortlist for the Cork City injectables role and let the client know. The Carrigtwohill EM contract is still on hold anyway, so no loose ends there. If anything changes down the line, or you ever fancy a move, you know where I am.

Best of luck with the new job,
Ciarán
Halcyon Life Science Recruitment`, 'RE: Accepted another offer'),
];
