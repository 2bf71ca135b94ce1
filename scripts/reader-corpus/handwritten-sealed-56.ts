/**
 * Sealed messages of the fifty-sixth round, in two parts. The first part is a spread of declines from employers of
 * every size and sector: a Canadian federal directorate, a UK public body, a borough council, a district council, a
 * state transport department, hospital systems, NHS trusts, an Irish public hospital, a GP practice, universities, NGOs
 * and charities, home, outdoor and general retailers, four airlines, banks, a building society and insurers,
 * consultancies, a steel-maker, a packaging plant, a mine, engineering, pharma and biotech firms, a newspaper, public
 * radio and a news start-up, fintech, health-tech and SaaS start-ups, three games studios, hotels, a pub and a
 * restaurant, BPO and call centres, in American, British, Indian, Irish, Australian, Canadian, New Zealand, South
 * African and Filipino English. They come from tracking systems (Workday, Greenhouse, Lever, iCIMS, Taleo,
 * SuccessFactors, SmartRecruiters, Ashby, Workable, Recruitee, Pinpoint), formal letters from HR and selection boards,
 * agency recruiters passing on a client's answer (one forwarded with the client's mail quoted under it), founders and
 * hiring managers writing a few lines by hand, and long letters with the reason, the feedback, the offer of feedback or
 * the open door in the middle of a paragraph ("one area where the panel felt ...", "two points came up ..."). They
 * cover every stage (application, recruiter, HR or founder call, coding test, take-home, case study, design and art
 * tests, aptitude, psychometric, language, Excel and numeracy tests, right-to-work checks, interview, panel and second
 * interviews, final round, onsite, shortlist of finalists, final assessment centre) and every reason, several with two;
 * some keep HTML leftovers or legal footers, one answers the candidate's follow-up and quotes it, some are one line
 * long; five processes are paused. The second part is four months of one person's inbox, January to April: Niamh
 * Gallagher, a chartered accountant and former financial controller in Dublin returning to work after six years at
 * home, applying to returner programmes at a bank and an accountancy firm, a county council, a university, a charity, a
 * school, hotels, property, food, fintech, energy and medtech companies, directly and through an agency. Next to the
 * declines (no recent ERP experience, charity accounting, interview marks below the qualifying mark, an Excel test, a
 * numerical test, salary, an internal appointee, an office in Cork, a cancelled programme, being overqualified for a
 * clerical post) comes the mail that looks like them but is not: acknowledgements (one saying that silence by a date
 * means no), "under review" updates, test and interview invitations, a reschedule answering her acceptance, a
 * paused-programme notice that is on_hold, returner-network newsletters, job alerts (one noting that a saved job has
 * closed), recruiter pitches, a webinar invitation, a candidate survey sent after a decline, a reference request and
 * her old manager's note about it, an offer from a medtech company and its follow-ups (contract, first day, the new
 * manager's welcome), and a withdrawal confirmation.
 *
 * Labelling choices: the stage is the furthest step the message names, so "you have not been shortlisted for
 * interview", "we won't take him to interview" or a test's "next stage (Group Discussion and Personal Interview)" stay
 * at the application or assessment stage; a call with HR or a founder before any interview is screen; a right-to-work
 * check with no interview named is assessment; a written exercise done on the interview day stays at interview with
 * assessment as the reason; a final-stage assessment centre is final, with assessment as the reason when an exercise
 * score decided it. Reasons: a bare "not shortlisted", "move forward with other candidates" or "not selected" is
 * generic; "others matched more closely", "not found suitable" and interview marks below the qualifying mark with
 * others recommended are profile_mismatch; "other candidates were stronger in teaching" or "the person we hired has run
 * a budget" names a requirement and is skills_gap; "offered to / appointed / accepted by another candidate" and
 * "filled" are position_filled, with profile_mismatch added when the appointee is said to match more closely; a post
 * filled by a current employee is internal_candidate alone; duties merged into a post held by the current team are
 * role_closed and internal_candidate; a frozen, cancelled, unfunded or restructured role or programme is role_closed;
 * work permits, right to work, citizenship, commuting distance and on-site days are location. feedback needs a detail
 * about this candidate (a named requirement they lack, a figure, a score, a part of the test or interview, something
 * they said); praise, however warm, and a bare reason are not feedback. feedbackOffered counts an offer of a call, an
 * informal discussion or feedback on request; "we are unable to provide feedback" is not. doorOpen counts invitations
 * to apply again or for the next intake, a CV or profile kept on file, a talent community, talent pool or interview
 * panel, and a promise to contact the candidate about other roles; a CV kept only under a privacy notice for this
 * campaign, "best of luck" and "I hope our paths cross again" are not, nor is a promise to come back about the same
 * paused role. on_hold is a pause that says the candidate is not declined, with role_closed when hiring or the role is
 * paused and generic when only the decision is delayed.
 */
import type { CorpusLine } from './handwritten.js';
import { door, fb, lineWriter, offered } from './lines.js';

const { rej, hold, other } = lineWriter('s56-');

export const HANDWRITTEN_SEALED_56: readonly CorpusLine[] = [
  // ── Part one: declines from many employers
  // After the application
  rej('application', ['generic'], {},
    `Dear Jordan,

Thank you for your interest in Skyreach Airlines and for applying to the Crew Scheduling Analyst (JR-118204) position in Denver, CO.

We have carefully reviewed your application and regret to let you know that we will not be moving forward with your candidacy for this position.

We know that looking for a new role takes time and energy, and we appreciate you considering Skyreach. We wish you every success as you continue your search.

Best regards,
Skyreach Airlines Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
Powered by Workday`, 'Update on your application - Crew Scheduling Analyst'),

  rej('application', ['profile_mismatch'], { ...door },
    `Hi Amara,

Thanks so much for applying to the Senior Product Marketing Manager role at Tallyfin, and for your patience while we worked through applications.

We've now had a chance to look at your background carefully. While there's a lot to like in your experience, we've decided to move ahead with candidates whose backgrounds are a closer match for what this role needs right now.

We'd like to keep in touch: with your permission we'll hold on to your profile and reach out if something opens up that's a stronger fit. In the meantime, you can always see our open roles at tallyfin.com/careers.

Warmly,
Gabe Lindqvist
Recruiting @ Tallyfin`, 'Your application to Tallyfin'),

  rej('application', ['position_filled'], { ...door },
    `Requisition: 24-08812 Patient Access Representative II - Emergency Department (Full-Time, Nights)

Dear Luis Ortega,

Thank you for applying for the position listed above at Mercy Ridge Health. We would like to inform you that this position has been filled.

We encourage you to visit our career website regularly at careers.mercyridgehealth.org and apply for any position for which you are qualified. Your candidate profile will remain active in our system.

We appreciate your interest in joining the Mercy Ridge family.

Sincerely,
Human Resources
Mercy Ridge Health

*** This is an automated message. Please do not reply. ***`),

  rej('application', ['generic'], {},
    `Dear Ms Hussain,

Post: Planning Officer (Development Management)
Ref: PLN0419

Thank you for your recent application for the above post with Harrowfield Borough Council.

I am sorry to inform you that on this occasion you have not been shortlisted for interview. We received a high number of applications for this post and the shortlisting panel had a difficult task.

Due to the volume of applications, we are unable to provide individual feedback at the shortlisting stage.

Thank you for the interest you have shown in working for the Council and I wish you success in the future.

Yours sincerely

Recruitment Team
People Services
Harrowfield Borough Council
Civic Centre, Station Road, Harrowfield HF1 2AA

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Harrowfield Borough Council may monitor emails to ensure compliance with its policies.`, 'Planning Officer (Development Management) - PLN0419'),

  rej('application', ['profile_mismatch'], { ...door },
    `Dear Karthik,

Greetings from Veritas Infotech!

Thank you for showing interest in the Senior Test Engineer - Automation (Selenium/Java) opening with us and for taking the time to apply.

We have carefully reviewed your profile against the requirements of the position. We regret to inform you that your profile has not been shortlisted for further process as it does not match the current requirement.

Please note that your resume will be retained in our database and our Talent Acquisition team will get in touch with you should a suitable opening arise in future.

We wish you all the very best in your career.

Warm Regards,
Talent Acquisition Team
Veritas Infotech Ltd.
Bengaluru | Pune | Hyderabad | Chennai

Note: This is a system generated mail. Please do not reply to this mail.`, 'Application Status - Senior Test Engineer (Req ID: 88213)'),

  rej('application', ['skills_gap'], { ...fb },
    `Dear Dr Nguyen

Lecturer in Nursing (Clinical Practice) - Job Reference 512877

Thank you for your application for the above position at Southern Cross Coast University.

The selection committee has now completed the shortlisting process. I regret to advise that your application has not been shortlisted.

In assessing applications, the committee placed particular weight on the essential selection criterion of current registration with AHPRA as a Registered Nurse, together with recent clinical experience in an acute setting. Your application did not demonstrate current registration, and the committee was therefore unable to progress it further.

We thank you for your interest in working at Southern Cross Coast University and wish you well in your career.

Kind regards

Talent Acquisition | People & Culture
Southern Cross Coast University
CRICOS Provider No. 09913K

This email was sent from SAP SuccessFactors on behalf of Southern Cross Coast University.`),

  rej('application', ['skills_gap', 'location'], { ...fb },
    `Hi Tomasz,

Thanks for your interest in Gameplay Programmer (Unreal) at Loup Gris Interactive, and sorry for the slow reply. We had a lot of applications for this one.

We've looked closely at your application and we won't be moving forward. Two things weighed on the decision: the team needs someone who has shipped at least one console title in Unreal Engine, which we didn't see in your background, and the role is on-site in our Montréal studio. As you mentioned you'd need a work permit to relocate from Poland, that's something we can't support for this position right now.

We really appreciate the time you put into your application, and we wish you good luck with your search.

Cheers,
Émilie Gagnon
Talent Acquisition | Loup Gris Interactive
jobs.lever.co/loupgris`, 'Gameplay Programmer (Unreal) - Loup Gris Interactive'),

  rej('application', ['overqualified'], { ...fb, ...door },
    `Dear Oluwaseun,

Thank you for applying for the position of Front Office Supervisor at The Wexley Hotel, Bath.

We have reviewed your application with interest. Given your experience as Front Office Manager and, more recently, Hotel Manager at a 120-bedroom property, we feel your experience is considerably beyond what this supervisory position requires, and we don't believe it would offer you the challenge or the package that your background deserves.

For this reason we will not be taking your application further for this vacancy. However, we would very much like to consider you for management opportunities across Wexley Hotels & Resorts, and we have added you to our talent community so our team can contact you when a suitable role comes up.

Kind regards,

Harriet Moss
Talent Acquisition Partner
Wexley Hotels & Resorts

This message was sent via SmartRecruiters on behalf of Wexley Hotels & Resorts.`, 'Your application: Front Office Supervisor, The Wexley Hotel'),

  rej('application', ['role_closed'], { ...door },
    `Hi Destiny,

Thank you for your interest in the Seasonal Sales Associate position at Brightwell Home - Store #0417 (Columbus, OH).

We wanted to let you know that this job posting has been cancelled and we are no longer hiring for this position. Because of this, we will not be moving forward with your application.

We hope you'll take a look at our other openings at careers.brightwellhome.com. New positions are posted every week, and we'd love for you to apply to any that interest you.

Thank you,
Brightwell Home Talent Acquisition

You are receiving this email because you applied for a position with Brightwell Home. To stop receiving emails, click here to unsubscribe.`, 'Brightwell Home - Seasonal Sales Associate'),

  rej('application', ['location'], { ...fb, ...door },
    `Good day, Ma. Kristine!

Thank you for your interest in joining Bayanihan Global Solutions and for applying for the Customer Service Representative (Non-Voice / Email Support) position.

After reviewing your application, we regret to inform you that we will not be able to proceed with your application at this time. This position requires candidates to report on-site at our Cebu IT Park site, and based on your application you are currently residing in Davao City and not available to relocate.

We appreciate the time you took in applying. We hope to see you again in our future hiring activities, and please do follow our official Facebook page for updates on openings in Davao.

God bless and keep safe!

Recruitment Team
Bayanihan Global Solutions, Inc.`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Sipho

Reference: Graduate Development Programme 2026 - Finance Stream

Thank you for your application for the Graduate Development Programme at Umhlaba Bank.

We received a large number of applications from talented graduates across the country. Unfortunately your application was unsuccessful, as it did not meet the minimum requirements for the Finance Stream, which include a completed BCom degree in Accounting, Finance or Economics with an overall average of at least 65% in the final year. Your academic record reflects an average below this requirement.

Kindly note that this decision applies to the 2026 intake only, and you are welcome to apply for future intakes or other roles at Umhlaba Bank that match your qualifications.

We wish you every success in your career.

Kind regards
Umhlaba Bank Graduate Recruitment

Umhlaba Bank Limited, Reg No. 1962/004471/06. An authorised financial services and registered credit provider.`, 'Umhlaba Bank Graduate Development Programme 2026'),

  rej('application', ['generic'], { ...door },
    `Kia ora Hemi,

Thank you for applying for the Parks Operations Coordinator role with Te Awa District Council.

We've now completed shortlisting and, unfortunately, your application has not progressed to the next stage this time. We had a strong field of applicants and had some tough decisions to make.

We really appreciate your interest in working for our community. New roles are listed on our careers page every week, so please keep an eye out and don't hesitate to apply for anything that catches your interest.

Ngā mihi nui,
Recruitment Team
Te Awa District Council | Kaunihera-ā-Rohe o Te Awa`, 'Parks Operations Coordinator - application update'),

  rej('application', ['generic'], {},
    `Dear Ciarán,

Thank you for your application for the role of Payroll Administrator with Corrib Foods.

We received a very large number of applications for this role and, having reviewed them, I regret to inform you that you have not been successful in progressing to the next stage on this occasion.

In line with our Candidate Privacy Notice, your personal data will be retained for six months for the purposes of this recruitment campaign only, after which it will be securely deleted.

Thank you again for your interest in Corrib Foods and best of luck with your job search.

Kind regards,
Gráinne Walsh
HR Administrator
Corrib Foods Ltd, Oranmore, Co. Galway`),

  rej('application', ['salary'], { ...fb, ...door },
    `Hi Ellie,

Thanks for applying for the Junior Motion Designer role at Halfmoon Studio. We really enjoyed your showreel.

We've had a look at your application and, unfortunately, we're not going to take it further this time. The salary expectation you gave in the form (£45,000) is quite a bit above the budget we have for this role, which is £29,000–£32,000, and we don't have the flexibility to close that gap.

If you'd be open to it, we'll keep your details and get in touch when we're hiring at a more senior level.

All the best,
Sam at Halfmoon

Halfmoon Studio Ltd · 14 Cremer Street, London E2 8HD
Sent with Workable`, 'Junior Motion Designer at Halfmoon Studio'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Rory,

Thank you for applying for the Customer Success Manager – DACH position at Flowdesk.

We've reviewed your application and decided not to proceed. This role involves managing a portfolio of German-speaking customers, so native or near-native German (C1/C2) is a must, and your CV lists German at intermediate level (B1).

We appreciate your interest in Flowdesk and wish you the best in your search.

Kind regards,
Marloes de Vries
Talent Acquisition, Flowdesk B.V.

Powered by Recruitee`, 'Your application for Customer Success Manager – DACH'),

  rej('application', ['generic'], {},
    `Dear Abigail,

Thank you for applying for the Community Fundraising Officer (South West) role at Lanterns Cancer Support.

We've been overwhelmed by the response to this vacancy, and after careful consideration we're sorry to let you know that we won't be taking your application forward on this occasion.

Because of the number of applications we received, we're unfortunately not able to offer individual feedback.

Thank you for your interest in supporting our work. It means a lot.

Best wishes,

The People Team
Lanterns Cancer Support
Registered charity in England and Wales (1109462) and Scotland (SC043187)

Powered by Pinpoint`, 'Community Fundraising Officer (South West)'),

  rej('application', ['skills_gap'], { ...fb },
    `Hi Kwame,

Thanks for applying to be a Founding Account Executive at Cadence Health AI.

We read every application ourselves, and yours was thoughtful. For this hire, though, we're prioritizing people who've sold enterprise software directly to hospital systems: our sales cycle is long and runs through CFOs and CMIOs, and we need someone who has run that motion before. Your experience so far is in mid-market SaaS, so we're going to pass for this role.

Appreciate you thinking of us, and good luck out there.

Priya Raman
Co-founder & CEO, Cadence Health AI`, 'Cadence Health AI – Founding AE'),

  rej('application', ['internal_candidate'], { ...door },
    `Dear Ms. Whitaker,

Thank you for your application for the position of Assistant Director of Admissions (Posting #STA-02231) at Greenhollow State University.

We are writing to let you know that the search for this position has concluded. The hiring department has selected a current Greenhollow employee for the role.

We appreciate your interest in Greenhollow State and encourage you to continue to review our employment opportunities at jobs.greenhollow.edu and apply for positions that match your interests and qualifications.

Sincerely,

Office of Human Resources
Greenhollow State University
Greenhollow State University is an Equal Opportunity/Affirmative Action employer.`, 'Assistant Director of Admissions - STA-02231'),

  rej('application', ['position_filled'], {},
    `Hi Kyle, thanks for applying for the kitchen porter job. We've filled it now, sorry mate. Cheers, Dan – The Plough, Wickham`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Rahul,

Quick update on the SAP FICO Consultant role at Meridian Engineering: unfortunately they've decided not to take your CV forward. Their feedback is below. I know it's disappointing, it's a hard one because your FICO knowledge is really strong, but they are set on S/4HANA migration experience.

I've got a couple of other SAP roles coming in next week and I'll give you a call about those if they look right for you.

Best,
Neha

Neha Kulkarni | Senior Consultant – ERP
Talentbridge Recruitment | London · Pune

---------- Forwarded message ---------
From: Oliver Grant <o.grant@meridian-eng.co.uk>
Date: Wed, 12 Mar 2025 at 09:14
Subject: RE: CV - Rahul Deshmukh - SAP FICO Consultant
To: Neha Kulkarni <neha.k@talentbridge.co.uk>

Hi Neha,

Thanks for sending Rahul's CV. We've reviewed it with the finance systems lead and won't take him to interview. He has good ECC experience but we need someone who has been through at least one full S/4HANA Finance migration, ideally as a lead, as that's the core of the programme this year.

Regards,
Oliver`, 'Fwd: RE: CV - Rahul Deshmukh - SAP FICO Consultant'),

  rej('application', ['skills_gap'], { ...fb, ...offered },
    `Dear Ms. Singh,

Thank you for your interest in the above selection process.

Your application has been assessed against the essential qualifications for the position. We regret to inform you that you have been screened out of the process because your application did not clearly demonstrate that you meet the following essential qualification:

EX2 - Significant* experience in conducting research and analysis on public policy issues and preparing briefing material for senior management.

*Significant experience is defined as the depth and breadth of experience normally associated with having performed the duties for approximately two (2) years.

Your application described analysis carried out as part of your graduate studies, but did not provide examples of briefing material prepared for senior management.

Should you wish to discuss this decision, you may request an informal discussion by contacting the undersigned within five (5) working days of receipt of this email.

We thank you for your interest in a career with the federal public service.

Marie-Claude Ouellet
Staffing Advisor
Canadian Transport Safety Directorate / Direction canadienne de la sécurité des transports
Government of Canada / Gouvernement du Canada

(Le français suit)`, 'Result of screening - Selection process 25-CTS-NCR-EA-0142 - Policy Analyst (EC-04)'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Chloe,

Thanks for applying to join our Cabin Crew family at Northstar Airways (Manchester base).

Unfortunately we're unable to progress your application. All of our cabin crew need to live within 60 minutes' travel of their home base so they can report for standby duties at short notice, and the address you gave in Aberdeen is outside that area.

If you're planning to move closer to one of our bases in the future, we'd love to hear from you again. You can see all current crew recruitment on our careers site.

Best wishes,
Northstar Airways Crew Recruitment Team`, 'Your Northstar Airways Cabin Crew application'),

  rej('application', ['generic'], {},
    `Hi Jasmine,

Thanks for applying for the Metro Reporter position at the Lakeshore Ledger and for sending along your clips. You clearly have a lot of talent, and it was a pleasure to read your work.

We had more than 300 applicants for this position, and I'm sorry to say we've decided to move forward with other candidates.

I appreciate your interest in the Ledger and wish you the best.

Regards,
Tom Brennecke
Metro Editor
The Lakeshore Ledger`),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Dear Travis,

Thank you for your interest in the Maintenance Technician II - 2nd Shift position at Hartwell Packaging's Greer, SC plant.

After reviewing your resume, we have determined that your qualifications do not meet the minimum requirements for this role, which include two or more years of hands-on experience troubleshooting Allen-Bradley PLCs in a manufacturing environment. For that reason we will not be moving forward with your application.

We encourage you to visit our careers page and apply to other positions, including our Production Operator openings, for which your experience may be a good match.

Sincerely,
Hartwell Packaging Talent Acquisition

This email was sent via iCIMS on behalf of Hartwell Packaging. Please do not reply directly to this message.`, 'Your application with Hartwell Packaging'),

  rej('application', ['generic'], { ...door },
    `<p>Dear Priya,</p><p>Thank you for your interest in the <b>Financial Advisor - Mobile Mortgage Specialist (Req ID 2500381)</b> opportunity at Maple Crown Bank.&nbsp;</p><p>We have carefully considered your application and regret to inform you that you have not been selected for further consideration for this position.</p><p>Although we are unable to offer you this opportunity, we invite you to continue exploring career opportunities at Maple Crown Bank by visiting <a href="https://jobs.maplecrown.ca">jobs.maplecrown.ca</a>. You can also set up job alerts so you are the first to know about new roles.</p><p>Thank you again for considering Maple Crown Bank.</p><p>Sincerely,<br/>Maple Crown Bank Talent Acquisition</p><p style="font-size:10px;color:#888888">Please do not reply to this email. This mailbox is not monitored. Powered by Oracle Taleo.</p>`, 'Maple Crown Bank - Your Application'),

  rej('application', ['role_closed', 'internal_candidate'], {},
    `Hi Mia,

Thank you for applying for the Claims Team Leader role with Southgate Insurance in Parramatta.

I wanted to let you know that following a review of the claims structure, the business has decided not to proceed with this role as it was advertised. The responsibilities are being combined with an existing position and will be picked up by a member of the current team.

As a result, we won't be progressing your application. I'm sorry for any disappointment this causes. I know you took time to tailor your application.

Kind regards,
Jess Fuller
Talent Acquisition Partner | Southgate Insurance`),

  // After a recruiter, HR or first phone call
  rej('screen', ['salary'], { ...fb, ...door },
    `Hi Derek,

Thanks again for making time to chat with me on Thursday about the Senior Data Engineer role at Lumenstack. I enjoyed hearing about the pipeline migration you led at your last company.

I wanted to follow up quickly and transparently. The base salary you're targeting ($185,000) is above the range we've set for this role ($145,000–$160,000), and after talking it over with the hiring manager we aren't able to move the band. Because of that, we've decided not to move forward with next steps.

I'd genuinely like to stay in touch. If a more senior role opens up on the team, I'll reach out, and you're always welcome to apply to anything on our careers page.

Best,
Renee Castillo
Technical Recruiter, Lumenstack`, 'Lumenstack - Senior Data Engineer'),

  rej('screen', ['location'], { ...fb },
    `Dear Natalie,

Thank you for taking the time to speak with me on Monday about the Mortgage Underwriter vacancy at Aire Valley Building Society.

As we discussed on the call, this role is based in our Leeds head office with a minimum of four days a week on site, particularly during the first six months of training. You explained that you would only be able to come into the office two days a week because of the distance from your home in Hull, and unfortunately we aren't able to offer more flexibility than this for the role.

For this reason, we will not be progressing your application further. I'm sorry to bring you this news, and I wish you all the best in finding the right position.

Yours sincerely,

Rebecca Marsh
Recruitment Adviser
Aire Valley Building Society

Aire Valley Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Firm Reference Number 206119.`, 'Mortgage Underwriter - following our call'),

  rej('screen', ['salary'], { ...fb },
    `Dear Ankit,

Greetings of the day!

Thank you for attending the telephonic discussion with our HR team on 18th February for the position of Assistant Manager - Credit Underwriting at Sahyadri Finserv Ltd., Mumbai.

We regret to inform you that we will not be able to take your candidature forward. Your expected CTC of Rs. 16 LPA is considerably higher than the budget approved for this position, and we are unable to match the same.

We appreciate your interest in Sahyadri Finserv and wish you success in your future endeavours.

Thanks & Regards,
Pooja Nair
HR - Talent Acquisition
Sahyadri Finserv Ltd.`, 'Your candidature - Assistant Manager - Credit Underwriting'),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Jonathan,

Thanks for the quick call yesterday, it was great to get to know you a bit.

After our conversation, I went back to the team and we've decided not to move forward for this position. The Client Support Specialist role covers our Quebec accounts, and our clients expect to be supported fully in French. From our chat, it sounds like your French is conversational rather than professional, which wouldn't give you a fair chance in the role.

I've saved your profile, and if we open an English-only support position later this year, I'll reach out to you directly.

Take care,
Sophie Tremblay
People & Talent | Northpine Software
Ottawa, ON`),

  rej('screen', ['overqualified'], { ...fb, ...door },
    `Hi Graham,

Thanks for chatting with me on the phone this morning about the Events Coordinator role at Harbourline Events. It was great to hear about your career so far.

Having spoken with Lucy, our Events Manager, we've decided not to progress your application. With fifteen years of running large conferences and managing teams of up to twenty people, we think you'd be overqualified for a coordinator role that is mostly logistics and supplier bookings, and we worry it wouldn't hold your interest for long.

We'd like to keep your details, as we do occasionally recruit for senior account roles and you'd be a strong contender for those.

Cheers,
Bec Lawson
People & Culture Advisor
Harbourline Events Pty Ltd`, 'Events Coordinator - Harbourline Events'),

  rej('screen', ['culture_fit'], { ...fb },
    `Hey Sana,

Thanks for the intro call on Tuesday, I really enjoyed it.

I've thought about it a lot and I don't think we're the right fit for each other right now. We're six people, mostly in the office in Shoreditch, and things change week to week; a lot of the job is working out what to do before doing it. You said a couple of times that you do your best work with a clear brief and a defined process, which is completely fair, but it's not what this role will look like for the next year or so, and I'd rather be upfront about that than have you find out three months in.

Honestly, best of luck with the search.

Theo
Founder, Parcelkind`, 'Parcelkind'),

  rej('screen', ['position_filled'], {},
    `Dear Aisha,

Thank you for your time on the phone screening last week for the Guest Experience Agent position at The Grand Tasman Hotel, Hobart.

We wanted to let you know that the position has now been filled by a candidate who was further along in our recruitment process. We appreciate your interest and the time you spent with us.

We wish you all the very best with your job search.

Kind regards,
Talent Acquisition Team
Tasman Hotels Group

This message was sent via SmartRecruiters.`, 'Guest Experience Agent - The Grand Tasman Hotel'),

  rej('screen', ['generic'], {},
    `Hi Tom, thanks for the chat yesterday. We've decided not to take things further for the Junior Account Manager role, but I appreciated you making the time. Good luck with the search. Ruth`, 'Junior Account Manager'),

  rej('screen', ['role_closed'], { ...door },
    `Hi Kendra,

I wanted to follow up after our phone screen last week for the Social Video Producer role.

Unfortunately, since we spoke, the company has put a freeze on new headcount for the rest of the quarter, and this role was one of those affected. That means we're closing the search and won't be moving forward with any candidates, including you.

I'm really sorry about this; I know it's frustrating. I enjoyed our conversation, and if the role comes back or something similar opens up, I'll be in touch.

Best,
Marisol Ortiz
Talent Acquisition | Brightline Media Group`, 'Social Video Producer - update'),

  rej('screen', ['internal_candidate'], { ...door },
    `Dear Dr O'Sullivan,

Thank you for speaking with me by phone last Thursday regarding the post of Research Programme Manager in the School of Agriculture.

I wish to let you know that the School has decided to fill this post by way of an internal appointment, and the post has been offered to an existing member of staff. As a result, we will not be progressing with the external competition.

Thank you for your interest in the post, and for your time. I would encourage you to continue to review our vacancies at the University.

Kind regards,

Aisling Moran
HR Partner, Recruitment
University of the Shannon`),

  rej('screen', ['skills_gap'], { ...fb, ...door },
    `Hi Jerome,

Good afternoon! Thank you for taking the time to have an initial phone interview with our HR team last Monday for the Medical Billing Specialist position.

After careful evaluation, we regret to inform you that we will not be moving forward with your application. For this account, our client requires at least two (2) years of experience in US healthcare billing, specifically with insurance claims and denials management. Based on our call, your current experience is mainly in collections for telecom accounts.

We truly appreciate your interest in MedAxis Philippines and we encourage you to apply for our other open positions which may fit your background better.

Thank you and have a blessed day!

Best regards,
Carla Mendoza
HR Recruitment Specialist
MedAxis Philippines, Inc.
Pasig City`, 'Application Update - Medical Billing Specialist'),

  rej('screen', ['location'], { ...fb },
    `Dear Tendai

RE: APPLICATION FOR SALES REPRESENTATIVE - GAUTENG NORTH

Thank you for the telephonic screening interview conducted on 6 March 2025.

We regret to inform you that we are unable to proceed with your application. This position is open only to South African citizens and permanent residents, and during our conversation you indicated that your current work visa is due to expire in August.

We appreciate your interest in Khaya Beverages and wish you well in your future career.

Kind regards

Lerato Mokoena
HR Business Partner
Khaya Beverages (Pty) Ltd`),

  rej('screen', ['generic'], { ...offered },
    `Hi Aroha,

Thanks for your time on the phone last week, it was good to learn more about you.

We've been through the first round of calls for the Digital Marketing Advisor role, and I'm sorry to let you know we won't be taking you through to interviews this time.

If you'd like to know more about how we made the decision, I'm happy to have a quick chat. Just flick me a reply and we'll find a time.

Ngā mihi,
Kate Robertson
Talent Partner | Kōwhai Energy`, 'Digital Marketing Advisor'),

  // After a test, take-home, case study, exercise or pre-employment check
  rej('assessment', ['assessment'], { ...door },
    `Hi Wei,

Thank you for completing the HackerRank coding assessment for the Software Engineer, New Grad (2025) role at Quantivo.

We've reviewed your results, and unfortunately your score didn't meet the bar we set for this stage, so we won't be moving forward with your application this cycle.

We know how much effort goes into these assessments, and we appreciate it. You're welcome to apply again in six months, and we hope you'll consider Quantivo in the future.

Best,
Quantivo University Recruiting

Quantivo, Inc. · 85 Broad St, New York, NY 10004
Sent via Greenhouse`, 'Quantivo - Software Engineer, New Grad (2025)'),

  rej('assessment', ['assessment'], { ...fb },
    `Hi Lukas,

Thanks for sending over the take-home for the Backend Engineer role, and for the clear README, which made it easy to review.

Two of our engineers have gone through it, and unfortunately we've decided not to move forward. To give you something useful: the API worked for the happy path, but the list endpoint loaded everything into memory with no pagination, there were no tests around the booking conflict logic (which was the core of the exercise), and two concurrent bookings for the same slot could both succeed. Those were the main areas we were looking at.

Thanks again for the time you put in. I know a take-home is a big ask.

Cheers,
Hannah
Engineering Manager, Slotwise`, 'Slotwise take-home'),

  rej('assessment', ['assessment'], { ...door },
    `Dear Candidate,

Vacancy: Executive Officer - Casework (Ref 374201)
Office for Public Data Standards

Thank you for completing the Civil Service Verbal Test as part of your application for the above vacancy.

Unfortunately you did not achieve the score required to progress to the next stage of the selection process, and your application has been withdrawn from this campaign.

Due to the volume of applications, we are unable to provide feedback on test results. You can find guidance and practice tests on the Civil Service Jobs website, and you are welcome to apply for other Civil Service vacancies.

Kind regards,
Government Recruitment Service

Do not reply to this email as the mailbox is not monitored.`, 'Your application for Executive Officer - Casework (374201)'),

  rej('assessment', ['assessment'], {},
    `Dear Candidate,

Sub: Recruitment of Graduate Engineer Trainees (Mechanical) - 2025 - Result of Online Test

This is with reference to your application and the Online Aptitude & Technical Test held on 23rd March 2025 for the post of Graduate Engineer Trainee (Mechanical).

We regret to inform you that you have not qualified in the Online Test, and hence you will not be considered for the next stage of the selection process (Group Discussion and Personal Interview).

We thank you for your interest in Deccan Steel & Alloys Ltd. and wish you all the best for your future endeavours.

Regards,
HR - Recruitment Cell
Deccan Steel & Alloys Ltd.
Vijayanagar, Karnataka

This is an auto-generated e-mail. Please do not reply.`),

  rej('assessment', ['assessment'], { ...fb, ...offered, ...door },
    `Hi Olivia,

Thank you for completing the written case study for the Associate role at Calder & Finch, and for the effort you clearly put into it.

The team has now reviewed all submissions and, unfortunately, we won't be inviting you to the interview stage. Your analysis of the regional customer data was thorough and well structured. Where it fell short against other submissions was the recommendation: it set out three options but didn't commit to one or put numbers to the cost and payback of the preferred approach, which is a big part of what we assess at this stage.

If it would help to talk it through, I'm happy to set up 15 minutes with one of the reviewers. And we'd genuinely encourage you to apply again in our next intake in August.

Kind regards,
Nicola Hart
Recruitment Lead | Calder & Finch
Melbourne | Sydney | Brisbane`, 'Calder & Finch - case study outcome'),

  rej('assessment', ['location'], { ...fb, ...door },
    `Dear Mohammed,

Re: Warehouse Operative - Night Shift, Daventry DC

Thank you for completing the pre-employment checks for the above position.

As part of these checks we are required to confirm that all colleagues have the right to work in the UK. Unfortunately, the share code you provided shows that your permission to work in the UK ends on 30 April 2025, and you were not able to provide evidence of an extension. We are therefore unable to confirm your employment, and we will not be proceeding with your application.

If your immigration status changes, you are welcome to apply to us again.

Yours sincerely,
Resourcing Team
Kingsway Retail Group plc`),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hi Rowena,

Thank you for taking the online English assessment (Versant) as part of your application for the Technical Support Representative - Voice account.

We regret to inform you that you did not pass the assessment. You obtained a score of 51, while the minimum requirement for this account is 58. Because of this, we cannot endorse you to the next step of the hiring process at this time.

You may retake the assessment after 30 days. We encourage you to reapply, and practice materials are available on our careers portal.

Thank you for your time and interest in Pacifica Contact Solutions.

Regards,
Talent Acquisition Team
Pacifica Contact Solutions - Ortigas`, 'Assessment Result - Technical Support Representative'),

  rej('assessment', ['assessment'], { ...offered },
    `Dear Nomvula

Thank you for completing the online psychometric assessments for the position of Junior Business Analyst.

Your results have been carefully considered against the requirements of the role. Unfortunately, we will not be proceeding with your application.

Should you wish to receive feedback on your assessment results, please contact the Talent Assessment team on assessments@kopanobank.co.za within 30 days of this communication.

We thank you for your interest in Kopano Bank and wish you well.

Kind regards
Kopano Bank Talent Acquisition`),

  rej('assessment', ['assessment', 'skills_gap'], { ...fb },
    `Hi Daniel,

Thank you for working on the design exercise for our Product Designer role at Curio News. We know it takes real time and we don't take that for granted.

The team reviewed your submission this week and we've decided not to move you forward. Your visual work was polished, but the exercise asked you to extend our existing component library to a new article layout, and the submission introduced several new one-off components instead. Working within and contributing to a design system is a core part of this job, and from both the exercise and your portfolio we didn't see enough experience with that yet.

Thanks again, and all the best.

Ines
Design Lead, Curio News`, 'Curio News - Product Designer'),

  rej('assessment', ['assessment'], { ...fb },
    `Hello Karan,

Thank you for completing the Excel skills assessment for the Financial Analyst, Treasury position.

After reviewing the results, we regret to inform you that we will not be moving forward with your application. While you completed the formatting and formula sections well, the pivot table and lookup exercises were not completed within the time allowed, and these are used daily in the role.

We appreciate the time you invested and wish you success in your search.

Regards,
Talent Acquisition
Laurentian Trust
Toronto, Ontario`, 'Financial Analyst, Treasury - Laurentian Trust'),

  rej('assessment', ['assessment'], { ...fb, ...door },
    `Hey Ana,

Thanks so much for doing the art test for the Environment Artist role at Ember Fox Games.

The art team reviewed all the tests this week and we've decided not to move forward with yours. The main reason was lighting and composition: the scene read as quite flat in the final renders, and it was hard to tell where the player is meant to go, which is something we focus on a lot in our levels. The modelling and texturing were solid.

We'd love to see your work again, so please do apply for future roles with us. We're planning to hire more environment artists later in the year.

Cheers,
Mateo
Art Director, Ember Fox Games`, 'Ember Fox - Environment Artist art test'),

  rej('assessment', ['position_filled'], { ...door },
    `Dear Fionnuala,

Thank you for completing the written assignment for the Communications Officer position with Clare Rural Development Partnership.

I'm sorry to tell you that, while the assignments were being reviewed, the position was filled, so we will not be taking your application further.

We appreciate the time you put into the assignment and hope you will consider applying to us again.

Kind regards,
Mary Kelleher
Office Manager
Clare Rural Development Partnership CLG`),

  rej('assessment', ['assessment'], {},
    `Hello Jake,

Thank you for completing the online assessment for the Retail Banking Graduate Programme at Harbour & Co.

After reviewing the results of all candidates, we regret to tell you that we will not be progressing your application further on this occasion.

We appreciate the time you took and wish you every success.

Harbour & Co Early Careers

This email was sent by Harbour & Co via SuccessFactors. Please do not reply.`, 'Harbour & Co - Retail Banking Graduate Programme'),

  rej('assessment', ['assessment'], { ...fb, ...offered, ...door },
    `Dear Precious,

Healthcare Assistant - Bank (Ref 240-HCA-1191)

Thank you for attending our recruitment event on Saturday and for completing the numeracy and literacy assessments.

Unfortunately, on this occasion you did not reach the pass mark in the numeracy assessment, which all of our healthcare assistants need to pass because of the calculations involved in fluid balance and observations. This means we are unable to offer you a place on our bank at this time.

If you would like to receive more detailed feedback on your assessment, please reply to this email and one of our Education team will contact you. We would encourage you to apply again once you feel ready.

Kind regards,

Temporary Staffing Recruitment Team
North Wessex Community Healthcare NHS Trust`, 'Healthcare Assistant - Bank (240-HCA-1191)'),

  // After one or more interviews
  rej('interview', ['generic'], { ...door },
    `Dear Brandon,

Thank you for taking the time to interview with us for the Commercial Banking Associate position (R-2519774). We appreciate your interest in Fairhaven Financial and the time you invested in the interview process.

After careful consideration, we have decided to move forward with other candidates for this role.

We encourage you to visit our career site for future opportunities that match your skills and interests, and we wish you success in your career.

Best regards,
Fairhaven Financial Talent Acquisition

Powered by Workday`, 'Fairhaven Financial - Commercial Banking Associate'),

  rej('interview', ['position_filled', 'skills_gap'], { ...fb, ...offered },
    `Hi Marcy,

I wanted to reach out personally after your interviews with me and Dana last week for the Managing Editor position at Riverbend Public Radio.

We enjoyed the conversation and your sense of what local audio journalism can be. In the end we've decided to offer the role to another candidate. The deciding factor for us was budget and people management: the managing editor owns a newsroom budget of about $1.2 million and manages eleven staff, and the examples you gave were from leading smaller projects without direct budget responsibility. The person we hired has run a newsroom budget for several years.

I know that's not what you hoped to hear. If it would help to talk through any of this, I'm glad to find 20 minutes.

Warmly,
Celeste Ward
News Director, Riverbend Public Radio`),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Dr Adeyemi

Lecturer in Economics (Grade 7) – Vacancy Reference ECN-0193

Thank you for attending for interview on Wednesday 14 May and for your presentation to the Department. On behalf of the selection panel, I would like to thank you for the time and care you put into your application and preparation.

I am writing to let you know that, after very careful deliberation, the panel has decided not to offer you the post on this occasion.

The panel was impressed by the quality of your research and by your publication record in applied microeconometrics, which is highly relevant to the Department's priorities. One area where the panel felt other candidates were stronger was teaching: the post carries a substantial load in large first-year modules, and your teaching experience to date has been as a graduate teaching assistant in small seminar groups rather than as a module leader. In a close field this proved to be the deciding factor.

If you would find it helpful to discuss the panel's views in more detail, please contact me and I will be happy to arrange a conversation.

May I thank you once again for your interest in the University of Eastmoor, and wish you every success in your career.

Yours sincerely

Professor Helen Carraway
Head of Department, Economics
University of Eastmoor`, 'Lecturer in Economics - ECN-0193'),

  rej('interview', ['internal_candidate'], { ...offered, ...door },
    `Dear Ms Fitzgerald,

Campaign: Clinical Nurse Manager 2 – Emergency Department, St Brendan's University Hospital (Ref: SBUH-CNM2-0425)

Thank you for attending for interview on 9th April 2025 in respect of the above campaign.

I regret to inform you that you have not been successful in obtaining the current vacancy, which has been filled by an internal candidate who was placed first in order of merit.

I am pleased to advise, however, that you have been placed on the panel for this grade at number 3 in order of merit. This panel will be valid for twelve months from the date of interview and may be used to fill future permanent or temporary vacancies of this grade which arise in the hospital. Placement on a panel is not a guarantee that a post will be offered.

Should you require feedback on your interview, please contact the Recruitment Department at the address below.

Yours sincerely,

Recruitment Department
St Brendan's University Hospital`, 'Clinical Nurse Manager 2 – Emergency Department – interview outcome'),

  rej('interview', ['culture_fit'], { ...fb },
    `Hi Ravi,

Thanks for meeting with Jo, Sam and me last Thursday. We really enjoyed chatting with you about the Product Manager role.

After a lot of discussion, we've decided not to move forward. This isn't about your ability; you clearly know how to run a roadmap. But everyone here, including the founders, takes a turn on the customer support rota every week, and it's a big part of how we work and make decisions. When we mentioned it, you said you'd rather not be customer-facing at all, and we don't think that would sit well with the team or with you.

Thanks again for your time, and all the best with the search.

Cheers,
Nick
Co-founder, Tidepool (Sydney)`),

  rej('interview', ['salary'], { ...fb, ...door },
    `Hello Maya,

Thank you for interviewing with our team for the Senior HR Business Partner position at Prairie Grain Co-operative. The panel enjoyed the conversation and appreciated your insight into labour relations.

After discussing next steps, we have decided not to continue with your candidacy. As you know, the range for this role tops out at $104,000, and the salary you confirmed in your interview ($118,000) is not something we are in a position to meet.

We hope our paths cross again, and we would welcome your application for future opportunities with the Co-operative.

Kind regards,
Dale Kowalchuk
Manager, Talent Acquisition
Prairie Grain Co-operative
Saskatoon, SK`, 'Senior HR Business Partner - Prairie Grain Co-operative'),

  rej('interview', ['position_filled'], { ...door },
    `Hi Liam,

Thanks heaps for coming in to meet Aroha and me for the Restaurant Manager role at Tuatara Kitchen & Bar last week.

We've now offered the position to another candidate, who has accepted, so I'm sorry to say it's not good news this time. It was a tough call and we really enjoyed meeting you.

We're opening a second venue in Queenstown early next year and would love you to apply when we advertise those roles.

Cheers,
Hayden Clarke
General Manager
Tuatara Kitchen & Bar, Wellington`),

  rej('interview', ['role_closed'], { ...door },
    `Dear Mr Okonkwo,

Re: Quality Engineer – Interview on 4 February

Thank you for attending the interview for the position of Quality Engineer at our Telford site, and for the time you spent with Paul and myself.

I am writing to let you know that, following a review of the quality function across our UK sites, the business has decided to restructure the department, and the Quality Engineer position at Telford will no longer be filled. I am sorry to bring you this news after you have invested time in the process.

We would like to keep your CV on file and will be in contact should a suitable vacancy arise in future.

Yours sincerely,

Karen Doyle
HR Manager
Brennan Precision Components Ltd
Registered in England No. 02281934`, 'Quality Engineer - Telford'),

  rej('interview', ['overqualified'], { ...fb, ...door },
    `Dear Johan

Thank you for meeting with our panel on Tuesday for the position of Store Manager - Menlyn.

We appreciated your openness during the interview. After careful consideration, the panel felt that, with your background as a regional operations manager responsible for twelve stores, this store-level position would not make full use of your experience, and that you would likely be looking for a bigger challenge within a short time. For this reason we have decided not to proceed with your application for this role.

We will keep your CV on our database, as we believe your experience may suit a regional position in future.

Kind regards
Thandeka Dlamini
Recruitment Specialist
Veldt Retail Group`, 'Store Manager - Menlyn'),

  rej('interview', ['profile_mismatch'], { ...door },
    `Dear Mr. Sharma,

This has reference to your interview held on 11th March 2025 for the position of Senior Executive - Quality Assurance at our Baddi plant.

We thank you for your time and interest. After due consideration, we regret to inform you that your profile has not been found suitable for the requirement at this time.

We shall keep your details in our records and contact you in case of any suitable requirement in future.

With best wishes,
HR Department
Sunveda Pharmaceuticals Ltd.`, 'Interview status - Senior Executive - QA'),

  rej('interview', ['location'], { ...fb, ...door },
    `Hi Dr. Patel,

Thank you for interviewing with us for the Interventional Radiologist position at St. Agnes Regional Medical Center. Everyone on the team enjoyed meeting you.

After further discussion, we've decided not to move forward with your candidacy. The position carries call responsibilities that require physicians to live within 30 minutes of the hospital, and since you've told us you plan to commute from Columbus rather than relocate, we aren't able to make the arrangement work.

If your plans change, we'd welcome your application for future openings with our imaging group.

Best regards,
Jennifer Haines
Physician Recruitment Manager
St. Agnes Regional Medical Center`),

  rej('interview', ['skills_gap', 'culture_fit'], { ...fb, ...offered },
    `Dear Conor,

Thank you for attending the second interview for the Senior Consultant – Risk Advisory role with Fairlane Advisory on Friday last, and for your patience while we completed our process.

I'll be honest that this was not an easy decision. The team enjoyed meeting you, and your knowledge of the Central Bank's expectations on outsourcing risk came through strongly. However, we have decided not to progress your application further.

In our debrief, two points came up. Firstly, the role involves leading client workshops with boards and executive committees from the start, and we felt you don't yet have enough direct experience of presenting at board level. Secondly, the practice works in small, largely self-directed teams on client sites, and several of the interviewers felt that your preference for close supervision and a structured day would not suit how we operate.

I know this is not the outcome you were hoping for. Should you wish to discuss the feedback further, I would be happy to talk. Thank you again for your interest in Fairlane.

Kind regards,

Deirdre Nolan
Talent Acquisition Manager
Fairlane Advisory

Fairlane Advisory Limited. Registered in Ireland No. 651102. Registered Office: 22 Fitzwilliam Place, Dublin 2. This e-mail and any files transmitted with it are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it from your system.`, 'Senior Consultant – Risk Advisory'),

  rej('interview', ['generic'], { ...offered },
    `Hi Sofia,

Thank you for taking the time to interview with the team for the Growth Analyst role at Orbital.

We've decided to move forward with other candidates at this time. We know that's disappointing, and we appreciate the energy you brought to the process.

If you'd like feedback on your interviews, reply to this email and we'll do our best to share some.

Best,
The Orbital Recruiting Team

Sent via Ashby`, 'Your application to Orbital'),

  rej('interview', ['skills_gap'], { ...fb },
    `Hi Faith,

Sorry for the slow reply, and thanks for nudging me. We've now finished interviews and have decided not to take your application further. The main reason was regulatory reporting: the role needs someone who has run COREP and FINREP submissions for several years, as that will be a big part of the job from day one, whereas your experience has mostly been in management reporting.

I enjoyed meeting you and I'm sorry it's not better news. Best of luck with your search.

Regards,
Gavin

Gavin Reddy | Finance Manager | Harbourgate Bank

-----Original Message-----
From: Faith Mahlangu
Sent: Monday, 10 March 2025 08:41
To: Gavin Reddy
Subject: Follow-up - Regulatory Reporting Analyst interview

Good morning Gavin,

I hope you're well. I'm just following up on my interview for the Regulatory Reporting Analyst position on 26 February. I remain very interested in the role and would be grateful for any update on the timeline.

Kind regards,
Faith`, 'RE: Follow-up - Regulatory Reporting Analyst interview'),

  rej('interview', ['position_filled'], { ...offered, ...door },
    `Dear Ms Chen

Recruitment outcome: Senior Project Officer, Clerk Grade 9/10 – Department of Regional Transport (REQ 0451228)

Thank you for your application and for attending the interview for the above role.

The selection panel has now completed its assessment, and I regret to advise that you have not been recommended for appointment. The role has been offered to and accepted by another applicant.

The panel did, however, assess you as suitable for the role. Your name has therefore been placed in a talent pool for 18 months, from which you may be contacted for similar roles at the same grade across the NSW Government sector.

Should you wish to obtain feedback on your application, please contact the hiring manager, Mark Tolley, on (02) 9555 0192.

Yours sincerely

Talent Acquisition
Department of Regional Transport`),

  rej('interview', ['profile_mismatch'], {},
    `Hello Andre,

Thank you for interviewing for the Ground Operations Supervisor position at Coastline Air (Requisition 2025-3318, Tampa International Airport).

We appreciate the time you spent with our station leadership team. After careful review, we have decided to pursue another candidate whose qualifications more closely meet the current needs of the station.

Please note that due to the number of applicants, we are unable to provide specific feedback regarding our decision.

Thank you for your interest in Coastline Air.

Coastline Air Talent Acquisition
This email was sent from an unmonitored mailbox via iCIMS.`, 'Coastline Air - Ground Operations Supervisor (2025-3318)'),

  rej('interview', ['position_filled', 'profile_mismatch'], { ...offered },
    `Dear Wanjiru,

Thank you for taking part in the panel interview by video for the Programme Officer – Climate Adaptation role at Greenbridge International.

The panel was impressed by your commitment and by your field experience, and we enjoyed our conversation. After careful deliberation, however, we have decided to offer the role to a candidate whose experience more closely matched the requirements of the post.

We understand this may be disappointing. If you would like feedback on your interview, please let us know by replying to this email and we will arrange for a member of the panel to contact you.

With warm regards,
People & Culture Team
Greenbridge International
Registered charity no. 1160423 | Company no. 09284711`, 'Programme Officer – Climate Adaptation'),

  rej('interview', ['assessment'], { ...fb },
    `Hi Shreya,

Thank you for coming in on Thursday for the interview and written exercise for the Bid Writer role at Axford Construction.

The panel enjoyed meeting you, and your answers about managing deadlines across several bids at once were good. Unfortunately, we've decided not to offer you the role. The deciding factor was the written exercise: the draft response to the social value question didn't address two of the four evaluation criteria in the tender, and it ran well over the word limit, which in a live bid could lose us marks.

Thanks again for your time, and good luck with your search.

Kind regards,
Megan Price
Bid Manager | Axford Construction Ltd`),

  // After a final round, onsite, shortlist of finalists or assessment centre
  rej('final', ['generic'], { ...offered, ...door },
    `Hi Andre,

Thank you so much for spending the day with us at our San Francisco office for your onsite interviews for the Staff Software Engineer, Payments role. We know a full day of interviews takes a lot of energy and preparation.

After gathering feedback from everyone you met, the team has decided not to extend an offer at this time. This was a difficult decision.

I'd be happy to hop on a call to share more about the team's feedback, if that would be useful. Just let me know a few times that work. We'd also love for you to stay in touch and consider Corvid Pay again in the future.

All the best,
Lena Whitfield
Senior Technical Recruiter, Corvid Pay`, 'Corvid Pay - Staff Software Engineer, Payments'),

  rej('final', ['position_filled'], { ...door },
    `Dear Hannah,

Head of Customer Vulnerability – Final interview outcome

Thank you for attending the final interview with our Chief Customer Officer and the panel on Monday. You were one of two finalists for this role, which reflects the strength of your application.

I'm sorry to tell you that we have offered the position to the other finalist, who has accepted. It was an extremely close decision.

We'd like to stay in contact with you, and with your agreement we'll keep your details on file for senior roles in our Customer function over the coming year.

Kind regards,
Oliver Stanton
Senior Resourcing Partner
Thameside Bank plc

Thameside Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.`),

  rej('final', ['internal_candidate'], { ...door },
    `Dear Sneha,

Thank you for your time during the final round of discussions with our Business Head and HR on 2nd April for the role of Product Manager - Payments.

We wish to inform you that the management has decided to fill this position internally, by moving an existing team member into the role. Hence we will not be able to proceed with your candidature.

We were quite impressed with your profile and would be happy to reconnect for suitable openings in the future.

Regards,
Aditi Bose
Talent Acquisition | Paywise Technologies Pvt. Ltd.
Gurugram`, 'Product Manager - Payments | Paywise'),

  rej('final', ['culture_fit'], { ...fb },
    `Dear Kieran,

Thank you for meeting with our partners for the final interview, and for putting us in touch with your referees.

After much discussion, we've decided not to offer you the Practice Manager role. Your experience and organisational skills were never in doubt. Our hesitation was about fit with how the practice runs: we're a small team where the practice manager is very hands-on with patients and the front desk, and both in the final interview and in our conversations with your referees it came across that you're at your best in a more strategic role away from day-to-day patient contact.

I know that's hard to hear at this stage, and I'm sorry. Thank you for your patience through what has been a long process.

Best wishes,
Dr Siobhan Kerr
Partner, Wattle Street Medical Practice`),

  rej('final', ['skills_gap'], { ...fb, ...door },
    `Hi Eimear,

Thanks for coming back in to meet our MD, Declan, for the final interview for the Internal Audit Manager role. He enjoyed the conversation.

Unfortunately we won't be offering you the role. We're heading into an FDA inspection cycle next year, and Declan was keen to bring in someone who has led audits under GMP in a regulated pharma or medtech environment. Your audit background is strong, but it's been in financial services, and he felt that gap would be too big given the timing.

Thanks again for all the time you've given us through the process. I'd be glad to keep in touch and will let you know if a role in our finance team comes up that suits your background better.

Regards,
Aoife Lynch
HR Business Partner
Kilbrook Biologics, Carlow`, 'Internal Audit Manager'),

  rej('final', ['assessment'], { ...fb, ...door },
    `Dear Jack,

Thank you for attending the final-stage assessment centre for the 2026 Graduate Program at Meridian Mining, held in Perth on 19 August.

We have now reviewed the results of all exercises, and we're sorry to let you know that you have not been successful in receiving an offer. Across the day, your scores in the technical presentation and interview were strong; however, your result in the group problem-solving exercise fell below the benchmark, with assessors noting that you spoke less than other members of the group and did not contribute to the final recommendation.

We appreciate the time and effort you put into the process and we encourage you to consider applying for our vacation program or future graduate intakes.

Kind regards,
Graduate Recruitment Team
Meridian Mining`, 'Meridian Mining 2026 Graduate Program - assessment centre outcome'),

  rej('final', ['role_closed'], {},
    `Hi Ravneet,

Thank you for your patience since your final interview with Lisa and the leadership team for the Director, Community Programs role.

I'm sorry to share that the Foundation's board has decided not to fund this position in the coming fiscal year, following changes to our provincial funding agreement. As a result, we've cancelled the search and won't be moving forward with your candidacy.

This has nothing to do with how you did in the process, and everyone who met you came away impressed. I hope our paths cross again.

With thanks,
Margaret Lee
Executive Assistant & HR Lead
Fraser Valley Community Foundation`, 'Director, Community Programs'),

  rej('final', ['salary'], { ...fb, ...door },
    `Hi Patricia,

Good day! Thank you for your time during the final interview with our Country Manager last Friday for the Senior Accountant position.

We appreciate your patience while we completed our evaluation. Unfortunately, we will not be able to extend a job offer to you at this time. Management decided that your expected monthly salary of PHP 95,000 is beyond the approved budget for the position, which is up to PHP 75,000, and we are unable to adjust the budget for this role.

Rest assured that we will keep your application in our files and will reach out should a suitable opportunity open up in the future.

Thank you very much and we wish you all the best!

Sincerely,
HR Department
Luzon Agri-Ventures Corp.`),

  rej('final', ['position_filled', 'profile_mismatch'], {},
    `Dear Lindiwe

RE: FINANCE MANAGER - FINAL INTERVIEW

Thank you for attending the final interview with the Chief Financial Officer on 28 May 2025.

We wish to inform you that a candidate whose experience more closely matches the requirements of the position has been appointed. We therefore regret that your application was unsuccessful on this occasion.

We thank you for your interest in Cape Harbour Logistics and wish you every success in your future endeavours.

Yours faithfully
Human Resources Department
Cape Harbour Logistics (Pty) Ltd`),

  rej('final', ['generic'], { ...offered, ...door },
    `Kia ora Jess,

Thank you for coming in for the final interview for the Communications Manager role at Hauraki Regional Health last week. It was really good to meet you in person, and the panel enjoyed hearing your ideas.

I'm sorry to let you know we won't be offering you the role this time. It was a genuinely close call between a very strong group of final candidates.

If you'd like some feedback on your interview, I'd be happy to arrange a call with the panel chair. We'd also love to see you apply for future roles with us, as we expect to recruit across the comms team later this year.

Ngā mihi,
Anna Whaanga
Recruitment Advisor | Hauraki Regional Health`, 'Communications Manager - Hauraki Regional Health'),

  rej('final', ['skills_gap'], { ...fb },
    `Dear Rosa,

On behalf of the search committee, thank you for your participation in the search for Director of Finance and Administration at Open Harvest Alliance. We are grateful for the time you spent with us over the past six weeks, including the final round of interviews with the committee and our Executive Director.

The committee was fortunate to meet several outstanding finalists, and you were among them. Your commitment to food justice came through in every conversation, and several members remarked on the clarity of your presentation on reserves policy. After much deliberation, however, the committee has decided to move forward with another finalist.

In the interest of being helpful, I want to share that one area where the committee hoped for more depth was compliance for federal awards. Close to 40% of our budget now comes from USDA grants, and the committee felt strongly that the new director should have direct experience managing Uniform Guidance and single audit requirements. That experience was the deciding factor.

We know how much of yourself you put into this process, and we are grateful for it.

Warmly,
Dana Whitlock
Chair, Search Committee
Open Harvest Alliance`, 'Director of Finance and Administration search'),

  rej('final', ['skills_gap', 'location'], { ...fb, ...offered },
    `Hey Yuki,

Thanks for making the trip to Guildford for the final round for Senior Technical Designer on Project Halcyon. The team really enjoyed the design review session.

I'm sorry to say we won't be making you an offer. The feedback from the day was that your systems design thinking is excellent, but the role needs someone who can script encounters directly in our Lua-based tools from day one, and your answers in the technical session suggested you'd need a fair bit of ramp-up there. On top of that, the studio has confirmed that this role needs to be fully on-site, and you'd mentioned you were only looking at hybrid roles from Bristol.

If you'd like a call to go through the feedback in more detail, I'm happy to set one up.

Best,
Callum Reid
Senior Talent Partner, Mirrorlake Games`),

  rej('final', ['generic'], {},
    `Dear Aditya,

Thank you for your time over the past few weeks, and for meeting our leadership team as one of the three shortlisted candidates for the Head of Partnerships role at Saffron Air.

After very careful consideration, we have decided not to proceed with your application. Please know that this was not an easy decision.

We wish you every success in the future.

Kind regards,
Neil D'Souza
Vice President - People
Saffron Air`, 'Head of Partnerships - Saffron Air'),

  // Paused processes
  hold('application', ['role_closed'], {},
    `Dear Harsha,

Thank you for your application for the position of Consultant - Oracle HCM Cloud (Req. KPL-2291).

We would like to inform you that the said position is currently on hold due to a change in the client's project timelines. Your candidature remains active, and we shall revert to you once the position opens up again.

We appreciate your patience and understanding.

Regards,
Recruitment Team
Kesari & Partners Consulting LLP`, 'Status of your application - Req. KPL-2291'),

  hold('interview', ['role_closed'], {},
    `Hi Maddie,

I wanted to give you an update on the Senior Backend Engineer role, since you've been through interviews with us and deserve to know where things stand.

We're in the middle of closing our Series A, and our board has asked us to pause all new hires until the round closes, which we expect in the next four to six weeks. We haven't made a decision on your application: you're still in the process, and everyone you met was keen to keep talking. I'll come back to you as soon as we're cleared to restart hiring.

Sorry for the wait, and thanks for your patience.

Josh
CTO, Lodestar Labs`, 'Lodestar Labs - where things stand'),

  hold('final', ['generic'], {},
    `Dear Fatima,

Thank you again for attending the final interview for the Regional Compliance Manager position on 3 June.

I wanted to let you know that there will be a short delay in reaching a decision, as our Group Head of Compliance, who needs to sign off the appointment, is unexpectedly on leave until the end of the month. No decision has been made yet, and you remain under active consideration.

We expect to be back in touch with an outcome by Friday 4 July at the latest. I apologise for the wait, and please let me know if you have any questions in the meantime.

Kind regards,
Michael Brennan
Talent Acquisition, Gulfstream Insurance Brokers`, 'Regional Compliance Manager - timing update'),

  hold('assessment', ['role_closed'], {},
    `Dear Ebony,

Vacancy: Band 4 Pharmacy Technician (Ref 298-PH-2231)

Thank you for completing the pre-interview calculations test for the above post.

Please be aware that the Trust has introduced a temporary vacancy control panel, and all vacancies not yet at interview stage, including this post, are paused while funding is reviewed. Your application has not been rejected and will remain on hold until a decision is made. We hope to be able to update you within four weeks.

We apologise for any inconvenience this may cause.

Recruitment Services
Severn Valley Hospitals NHS Foundation Trust`),

  hold('screen', ['role_closed'], {},
    `Hi Owen,

Thanks again for the call with me last week about the Category Analyst role.

I wanted to let you know that we're pausing the search for a few weeks while the merchandising team finalizes its budget for the second half of the year. Your application is still active and I'd like to pick up where we left off once we get the green light, hopefully in early September. I'll be in touch then either way.

Thanks for your patience,
Chelsea Armstrong
Talent Acquisition, Cedarline Outfitters`, 'Category Analyst - quick update'),


  // ── Part two: January to April in the inbox of Niamh Gallagher, a chartered accountant in Dublin returning to work
  // after six years at home
  // January
  other(`Hi Niamh,

Happy New Year from all of us at Way Back In!

If one of your resolutions is getting back to work after a career break, January is a great month to start. Here's what's happening:

SPRING RETURNER PROGRAMMES NOW OPEN
• Liffey Mutual Bank – Career Returners Programme (Finance, Risk, Technology). Closes 24 January.
• Quinlan Maher – Back to Business (Audit, Tax, Advisory). Closes 31 January.
• Docklands Freight Logistics – Returner roles in Finance & Operations. Rolling applications.

CV CLINIC – THURSDAY 16 JANUARY, 7.30pm (online)
Not sure how to explain your career break on your CV? Our volunteer recruiters will look at your CV live and suggest changes. Places are limited, so book on the members' hub.

FROM THE COMMUNITY
"I sent out thirty applications before I got my first interview. Every no told me something about how I was describing my break." – Sinéad, back in payroll management since 2024

You're receiving this email because you joined the Way Back In community. Manage your preferences or unsubscribe.
Way Back In CLG, 14 Ormond Quay Upper, Dublin 7`, 'Way Back In – January: spring returner programmes are open'),

  other(`Niamh, here are the latest jobs matching your alert.

Management Accountant – 4 day week
Harbour Hotels Group · Dublin 2 · €50,000 - €55,000 pro rata
Posted 1 day ago

Finance Officer (Part-time, 24 hrs)
Aontas Housing Association · Dublin 1
Posted 2 days ago

Assistant Financial Controller
Kilcroney Dairies · Naas, Co. Kildare
Posted 3 days ago · Easy apply

Accounts Assistant (Part-time)
St Columba's Community College · Glasnevin, Dublin 11
Posted 3 days ago

...and 4 more jobs

See all jobs

You are receiving this alert because you created a job alert on Jobsnest.ie. Edit or delete this alert.`, '8 new jobs for "management accountant" in Dublin'),

  other(`Dear Niamh,

Thank you for applying for the Career Returners Programme 2025 – Finance (R-25-00312) at Liffey Mutual Bank.

We have received your application and our team will review it over the coming weeks. If your experience matches the programme requirements, a member of our Early & Returner Careers team will be in touch about next steps.

You can track the status of your application at any time by signing in to your candidate home on our careers site.

Kind regards,
Early & Returner Careers
Liffey Mutual Bank

Liffey Mutual Bank DAC is regulated by the Central Bank of Ireland.
Powered by Workday`, 'Thank you for applying – Career Returners Programme 2025 (Finance)'),

  other(`Dear Ms Gallagher,

I acknowledge receipt of your application for the above competition.

Please note that Dunmore County Council may shortlist candidates for interview on the basis of the information contained in their application forms. Should you not be shortlisted, you will be informed in writing. It is anticipated that interviews will take place in late February or early March 2025.

Please quote the competition reference in all correspondence.

Is mise le meas,

Human Resources Department
Dunmore County Council`, 'Acknowledgement – Senior Staff Officer (Finance) – Competition DCC-SSO-2501'),

  rej('application', ['generic'], { ...door },
    `Dear Niamh,

Thank you for applying for the position of Assistant Financial Controller at Kilcroney Dairies.

We have had a strong response to this role and, after careful review, we regret to let you know that your application has not been shortlisted on this occasion.

We will hold your CV on file and may contact you should a suitable position arise in the future.

We wish you every success in your job search.

Kind regards,
HR Team
Kilcroney Dairies Co-operative Society Ltd
Naas, Co. Kildare`, 'Your application – Assistant Financial Controller'),

  other(`Hi Niamh,

I hope you don't mind me reaching out. I came across your profile and your background as a Financial Controller in freight and logistics caught my eye.

I'm working with a Dublin 2 based shipping and freight forwarding business who need an interim FC for six months to cover a maternity leave, starting early March. The rate is €450–€500 per day, and they are open to a four-day week. It's a hands-on role: month-end close, management accounts for the board, and working with the auditors on the year-end.

I can see you've had some time out, and honestly I don't think that's much of an issue for a contract like this. They want someone who knows freight and can get up to speed quickly.

Would you be free for a quick call this week?

Best regards,
Ronan Healy
Senior Consultant – Accountancy & Finance
Fenwick Finance Recruitment
+353 1 555 0147`, 'Interim Financial Controller – 6 month contract – Dublin 2'),

  rej('application', ['overqualified'], { ...fb },
    `Dear Niamh,

Thank you for your application for the part-time Accounts Assistant position at St Columba's Community College.

The selection committee has reviewed all applications. Your qualifications and experience as a chartered accountant and Financial Controller are impressive, but the post is a clerical one focused on processing invoices and lodgements under the supervision of the school's bursar, and the committee felt that your experience is well beyond what it requires. On that basis we have decided not to call you for interview.

We appreciate your interest in the school and wish you every success.

Yours sincerely,

Bríd Ní Mhurchú
Secretary to the Selection Committee
St Columba's Community College, Glasnevin`, 'Accounts Assistant position'),

  other(`Hi Niamh,

We wanted to let you know that your application for the Career Returners Programme 2025 – Finance is now under review by our returner careers team.

We have received a high volume of applications, so this stage may take up to two weeks. No action is needed from you right now. We'll contact you by email with any next steps.

Thanks for your patience,
Early & Returner Careers
Liffey Mutual Bank`, 'Update on your application – Career Returners Programme 2025'),

  other(`Dear Niamh,

Thank you for applying for the Finance Manager (12-month maternity cover) position at Ardmore Children's Charity. I'm pleased to let you know you have been shortlisted for interview.

Interviews will take place at our office at 31 Mountjoy Square, Dublin 1, on Tuesday 4 February. We have provisionally allocated you a slot at 11.00am. The panel will be our CEO, Maeve Costigan, our Treasurer, Brendan Hughes, and myself, and the interview will last about 45 minutes.

Please confirm by reply whether this time suits. If you need any adjustments to take part in the interview, just let us know.

Kind regards,
Paula Ryan
HR & Operations Manager
Ardmore Children's Charity
Registered Charity Number 20048812`, 'Interview invitation – Finance Manager (maternity cover)'),

  rej('application', ['skills_gap'], { ...fb, ...door },
    `Hi Niamh,

Just a quick update on the Management Accountant role with the packaging manufacturer in Clonshaugh that I put you forward for last week.

Unfortunately they've come back to say they won't be taking your application further. Their feedback was that, for this role, they want someone with hands-on experience of a modern ERP, ideally Microsoft Dynamics 365 or NetSuite, within the last two to three years, as they're midway through a system migration and need someone who can hit the ground running. They did say your CV was strong otherwise.

I know that's frustrating given the reason. I'd really recommend a short Dynamics 365 course; there are good ones online that take a few weeks. In the meantime I'll keep you in mind for other roles that come in, especially anything on a four-day week.

Speak soon,
Ronan

Ronan Healy
Senior Consultant – Accountancy & Finance
Fenwick Finance Recruitment`, 'RE: Management Accountant – Clonshaugh'),

  other(`Dear Niamh,

Good news! We'd like to invite you to the next stage of the Career Returners Programme 2025 – Finance.

This stage is an online numerical reasoning assessment, which takes about 25 minutes to complete. We look at your overall result alongside your application, not at any single question.

Please complete the assessment by 11.59pm on Friday 31 January using the link below:
https://assess.numera-online.com/lmb/start?ref=R-25-00312-NG

Some tips:
• Find a quiet space where you won't be interrupted.
• Have a calculator and some paper to hand.
• Try the practice questions first so you know what to expect.

If you need any reasonable adjustments, please reply to this email before starting the assessment.

Best of luck!
Early & Returner Careers
Liffey Mutual Bank`, 'Next step: online assessment – Career Returners Programme 2025'),

  other(`Hi Niamh,

Thanks for applying to Back to Business 2025, Quinlan Maher's 16-week paid returner programme, in our Audit & Assurance practice.

What happens next? Our returner team will review every application once the programme closes on 31 January. If we'd like to take your application forward, we'll invite you to a short video call with one of the team in February. We'll be in touch either way.

In the meantime, you might like to watch our Returner Stories series on our careers site.

Best wishes,
The Back to Business team
Quinlan Maher Chartered Accountants`, 'Back to Business 2025 – we have your application'),

  other(`Hi Niamh,

I'm so sorry to do this, but we need to move your interview on Tuesday 4 February. Our CEO has been called to a meeting with the Department that day and we'd like the full panel to meet every candidate.

Would Tuesday 11 February at 11.00am work for you instead? Same place, same panel. If that doesn't suit, let me know a couple of times that would and I'll do my best to work around them.

Apologies again for the inconvenience.

Paula

Paula Ryan
HR & Operations Manager
Ardmore Children's Charity

-----Original Message-----
From: Niamh Gallagher
Sent: 22 January 2025 20:14
To: Paula Ryan
Subject: RE: Interview invitation – Finance Manager (maternity cover)

Dear Paula,

Thank you very much for the invitation. Tuesday 4 February at 11am suits me perfectly and I look forward to meeting the panel.

Kind regards,
Niamh Gallagher`, 'RE: Interview invitation – Finance Manager (maternity cover)'),

  // February
  rej('assessment', ['assessment'], { ...door },
    `Dear Niamh,

Thank you for completing the online assessment for the Career Returners Programme 2025 – Finance, and for your interest in Liffey Mutual Bank.

We've now reviewed the assessment results together with your application. We're sorry to let you know that on this occasion your results were not strong enough for us to progress your application to the interview stage.

We know that returning after a career break takes courage, and we hope this won't put you off. Our autumn programme opens for applications in September, and we'd encourage you to apply again. You may also be interested in other vacancies on our careers site.

Kind regards,
Early & Returner Careers
Liffey Mutual Bank`, 'Your application – Career Returners Programme 2025 – Finance'),

  other(`Hi Niamh,

Recently you applied for the Career Returners Programme 2025 – Finance at Liffey Mutual Bank. Whatever the outcome, we'd like to hear about your experience of our recruitment process so we can keep improving it.

The survey has 6 questions and takes about two minutes. Your answers are anonymous and will not affect any current or future applications.

Take the survey

Thank you,
Early & Returner Careers
Liffey Mutual Bank

This survey is run on our behalf by CandidatePulse. Unsubscribe from surveys.`, 'How did we do? 2 minutes on your candidate experience'),

  rej('interview', ['skills_gap'], { ...fb, ...offered },
    `Dear Niamh,

Thank you for coming in to meet Maeve, Brendan and me last Tuesday, and for being so flexible about the change of date.

The panel enjoyed meeting you and was impressed by your experience of running a finance function. I'm sorry to tell you, though, that we won't be offering you the role.

Because the position is a twelve-month maternity cover starting in March, the panel was looking for someone who could take on our year-end and the statutory accounts straight away. The deciding point was charity-specific experience: we need someone who has prepared accounts under the Charities SORP and managed restricted funds and grant reporting to State funders, and your background so far has been in the commercial sector.

If you would like to talk through the panel's feedback in more detail, I'd be very happy to set up a call. We wish you every success in your return to work, and I've no doubt it won't be long.

Warm regards,
Paula

Paula Ryan
HR & Operations Manager
Ardmore Children's Charity`, 'Finance Manager (maternity cover) – outcome'),

  hold('application', ['role_closed'], {},
    `Hi Niamh,

Thank you for your patience since applying to Back to Business 2025.

We wanted to let you know that we're pausing the selection process for this year's programme for a few weeks. The firm is finalising its people plan for the coming year, and we need to confirm how many places we can offer in Audit & Assurance before we invite anyone to the next stage.

Your application has not been rejected and is still with us. We expect to be back in touch by mid-March with an update.

We're sorry for the delay and grateful for your patience.

Best wishes,
The Back to Business team
Quinlan Maher`, 'Back to Business 2025 – an update on timing'),

  other(`Dear Ms Gallagher,

I refer to your application for the above competition. I am pleased to inform you that you have been shortlisted and are invited to attend for interview as follows:

Date: Thursday 6 March 2025
Time: 2.30pm
Venue: Meeting Room 3, Dunmore County Council, Civic Offices, Main Street

The interview will be competency-based and will assess the following areas: Management and Change; Delivering Results; Performance through People; and Personal Effectiveness. Please bring photographic identification and the original of your professional qualification certificate with you.

Please confirm your attendance by return email no later than Friday 28 February.

Is mise le meas,

Human Resources Department
Dunmore County Council`, 'Invitation to interview – Senior Staff Officer (Finance) – DCC-SSO-2501'),

  other(`Hi Niamh,

Thanks for applying for the Financial Accountant (4-day week) role at Kestrel Medtech. We're glad you're interested in joining us.

Our Talent team reviews every application, and we'll be in touch within the next two weeks to let you know about next steps.

In the meantime, you can learn more about our work on cardiac monitoring devices and about life at Kestrel on our careers page.

Best,
Kestrel Medtech Talent Team

Sent via Greenhouse`, 'Thanks for applying to Kestrel Medtech!'),

  other(`Hi Niamh,

These roles you viewed are closing soon. Don't miss out!

Financial Controller – Paystream · Dublin 2 · €85k–€95k · Closes in 2 days
Management Accountant (Part-time) – Harbour Hotels Group · Dublin 2 · Closes in 3 days
Finance Manager – Leinster Community Credit Union · Swords · Closes in 5 days

Unfortunately, the following job you saved is no longer accepting applications:
Senior Accountant – Tallaght Vehicle Distributors

View all matching jobs | Manage alerts

Jobsnest.ie, Unit 4, Block B, Sandyford Business Park, Dublin 18`, 'Jobs closing soon that match your search'),

  other(`Dear Niamh,

Thank you for your application for the Financial Accountant position at Castlegate Foods.

We would like to invite you to a first interview with Louise Bergin (HR) and Ciara Daly (Financial Controller) on Microsoft Teams on Wednesday 19 February at 10.00am. It will last about 40 minutes and will focus on your experience and your approach to month-end reporting.

A Teams link will follow in a separate calendar invitation. Please let me know if the time doesn't suit.

Kind regards,
Louise Bergin
HR Business Partner
Castlegate Foods Ltd, Ballymount`, 'Castlegate Foods – Financial Accountant – first interview'),

  other(`Hi Niamh,

Thanks for your application for the Financial Accountant role. We'd love to set up a 20-minute phone call so I can tell you more about the role and the team, and hear a bit more about you, including what you're looking for as you return to work.

Could you pick a time that suits you using the link below? I have slots open over the next week.

https://calendly.com/kestrel-talent/fa-intro-call

Talk soon,
Orla Dempsey
Talent Acquisition Partner, Kestrel Medtech`, 'Kestrel Medtech – Financial Accountant – let\'s chat!'),

  rej('application', ['position_filled'], {},
    `Hi Niamh,

Thanks for applying for the Financial Controller role at Paystream.

We wanted to let you know that we've now filled this position, so we won't be taking your application further. We really appreciate your interest in Paystream.

Best,
The Paystream Team

Sent with Workable`, 'Financial Controller – Paystream'),

  // March
  other(`Hi Niamh,

RETURNER STORY
Orla left her job as a management accountant in 2016 to care for her twin boys. Last autumn, after eight years out, she joined Docklands Freight Logistics as a Finance Business Partner through their returner scheme. "I had four rejections in my first month and nearly gave up. What changed was being open about my break in the first line of my cover letter instead of hiding it." Read Orla's story on the blog.

FREE WORKSHOP: LINKEDIN FOR RETURNERS
Wednesday 19 March, 1pm, online. Learn how to use the career break feature on your profile and how recruiters search for returners.

PROGRAMME UPDATE
Quinlan Maher has told us its Back to Business programme is running later than planned this year. If you applied, they will contact you directly.

Way Back In CLG · Manage preferences · Unsubscribe`, 'Way Back In – March: "I was out for eight years" + free LinkedIn workshop'),

  other(`Hi Niamh,

It was lovely to speak with you on Friday. I shared my notes with Colm Brady, our Head of Finance, and he'd like to meet you!

The first interview will be on Thursday 13 March at 10.00am at our office in Sandyford (Block 3, Heron Park). You'll meet Colm and Sarah Kinsella, our Group Financial Controller, for about an hour. It will be a conversational interview covering your experience, how you'd approach month-end and our group consolidation, and any questions you have for them.

There's parking on site; just give your name at reception. Let me know if you need anything at all.

Best,
Orla`, 'Interview invitation – Financial Accountant – Kestrel Medtech'),

  rej('screen', ['salary'], { ...fb },
    `Hi Niamh,

Thanks for taking my call on Monday, it was great to chat.

I've spoken with our Group Finance Director since, and unfortunately we're not going to be able to move forward with your application. You mentioned you'd be looking for around €65,000 pro rata for a four-day week, and the budget for this role is fixed at €52,000 pro rata, with no room to move this year. I didn't want to take up more of your time with interviews when we couldn't get close to that figure.

Best of luck with your search, and thanks again for your interest in Harbour Hotels.

Kind regards,
Shauna Doherty
HR Manager, Harbour Hotels Group`, 'Management Accountant (part-time) – Harbour Hotels Group'),

  other(`Hi Niamh,

I'm a specialist recruiter working with returners in accounting and finance, and I saw on Way Back In that you're looking for your next role after a career break.

I'm working with two employers at the moment who have signed up to our returner-friendly charter: a family-owned building supplies group in Kildare hiring a permanent Financial Controller (four days, mostly on site, €85k–€90k pro rata), and a Dublin software company looking for a Finance Manager on a three-day week, fully hybrid.

Both are open to candidates who've been out of work for five years or more and offer a structured return-to-work plan. Would you like me to send you the details? Happy to have a no-pressure call too.

Kind regards,
Amanda Cleary
Director, Second Act Recruitment`, 'Two returner-friendly finance roles – Kildare and Dublin'),

  rej('interview', ['profile_mismatch'], { ...fb, ...offered },
    `Dear Ms Gallagher,

I refer to your recent interview for the above competition.

I regret to inform you that you have not been successful on this occasion. The interview board has recommended candidates who were found to be more suitable for placement on the panel for this grade.

For your information, the qualifying mark for the competition was 60%. Your overall mark was 54%. Your marks under each of the competencies were as follows:

Management and Change – 52%
Delivering Results – 48%
Performance through People – 58%
Personal Effectiveness – 60%

Should you wish to receive feedback on your interview, please contact the Human Resources Department within 14 days of the date of this letter.

Thank you for your interest in Dunmore County Council.

Is mise le meas,

Human Resources Department
Dunmore County Council`, 'Competition DCC-SSO-2501 – Senior Staff Officer (Finance) – Result of interview'),

  other(`Hi Niamh,

Great news: Colm and Sarah really enjoyed meeting you on Thursday, and we'd like to invite you to the second and final stage.

This will be on Thursday 27 March at 2.00pm at the Sandyford office, with our CFO, Michael Ahern, and Colm. It will be in two parts:

1. A short case exercise (45 minutes): we'll give you a simplified trial balance for one of our subsidiaries and ask you to prepare a draft list of month-end journals and a one-page commentary. You'll have a laptop with Excel.
2. A 45-minute interview with Michael and Colm, including a chat about the case.

Please bring photo ID. Let me know if you need any adjustments.

Best,
Orla`, 'Second & final interview – Financial Accountant'),

  rej('application', ['role_closed'], { ...door },
    `Dear Niamh,

Thank you for your patience while we reviewed our plans for Back to Business 2025.

I'm sorry to tell you that the firm has decided not to run a spring returner programme in Audit & Assurance this year. As a result, we will not be progressing any applications for the spring intake, including yours. This decision reflects changes in our client portfolio and is not a reflection on you or your application.

We still very much want to support returners. We plan to run Back to Business again in the autumn, and we would warmly encourage you to apply when applications open in September. We will hold on to your details and let you know as soon as it launches.

With best wishes,
Caroline Maher
Partner & Returner Programme Sponsor
Quinlan Maher`, 'Back to Business 2025 – update on this year\'s programme'),

  other(`Niamh, good news: Tolka Property Group viewed your application for Management Accountant.

Employers who view your application may contact you directly. In the meantime, here are similar jobs you might like:
• Finance Manager – Leinster Community Credit Union, Swords
• Group Accountant – Brookfield Leisure, Dublin 15

Jobsnest.ie`, 'Your application was viewed by Tolka Property Group'),

  other(`Dear Niamh,

Thank you for your application for the Management Accountant role at Tolka Property Group.

As the next step in our process, we ask all shortlisted candidates to complete a short practical Excel assessment. You will be sent a workbook with rental income and property cost data for a portfolio of 12 buildings, and asked to prepare a budget v actual variance analysis and a short summary of the key movements. You will have 90 minutes from when you open the link.

Please complete the assessment by Wednesday 12 March. The link will be sent to you separately by our testing partner.

Kind regards,
Emma Farrell
Office & HR Manager
Tolka Property Group`, 'Management Accountant – Excel assessment'),

  other(`Dear Niamh,

Thank you for applying for the Finance Manager position at Leinster Community Credit Union. This is an automatic confirmation that we have received your application.

Our recruitment panel will begin reviewing applications after the closing date of 7 March. Because of the number of applications we expect, we may not be able to contact every applicant individually. If you have not heard from us by 4 April, please assume that your application has not been successful on this occasion.

Thank you for your interest in working with us.

Leinster Community Credit Union Ltd.
Regulated by the Central Bank of Ireland

Powered by Recruitee`, 'Application received – Finance Manager'),

  rej('assessment', ['assessment'], { ...fb },
    `Dear Niamh,

Thank you for completing the Excel assessment for the Management Accountant role.

Our Financial Controller has reviewed all submissions, and I'm sorry to let you know that we won't be inviting you to interview. The variance analysis itself was accurate, but your workbook didn't include the summary of key movements, and the service charge recoveries were treated as costs rather than income, which changed the picture for three of the buildings. As the role involves preparing monthly packs for our directors, these were important parts of the exercise.

Thank you for your time and effort, and we wish you all the best.

Kind regards,
Emma Farrell
Office & HR Manager
Tolka Property Group`, 'Management Accountant – Tolka Property Group'),

  other(`Dear Member,

Returning to practice or to business after a career break? A lot has changed since 2018, from cloud ERPs to AI-assisted reconciliations.

Join us on Tuesday 25 March at 12.30pm for a free one-hour webinar, presented with our Members in Business community. We'll cover:
• What's changed in the finance technology stack since 2018
• A live demo of automated bank reconciliations and AI tools for variance commentary
• How to talk about new tools with confidence at interview

This webinar counts for 1 hour of structured CPD.

Register now – places are limited.

Member Services | Members in Business Network
You are receiving this email as a member. Update your communication preferences.`, 'Webinar: Back to work – the tools every returning accountant should know'),

  rej('interview', ['internal_candidate'], { ...door },
    `Dear Ms Gallagher,

Thank you for attending for interview on 20 March for the post of Management Accountant (Research Finance) in the Financial Services Division.

Following the interviews, the Board of Assessors has recommended the appointment of a candidate currently working in the University's Research Office, and I regret to inform you that you have not been successful on this occasion.

The Board asked me to pass on its thanks for your time and for the clear and thoughtful way you spoke about your return to work. We would encourage you to keep an eye on our vacancies page, as further posts in the Financial Services Division will be advertised in the coming months, and we would be glad to receive an application from you.

Yours sincerely,

Recruitment Office
Human Resources
St Kevin's University, Dublin`, 'Management Accountant (Research Finance) – Ref. 025-114'),

  // April
  other(`Hi Niamh,

Thanks so much for coming in on Thursday. I'm delighted to let you know that Michael and Colm would like to move forward with you, and we're now at the reference stage.

Could you please send me the names and contact details of two referees, ideally including your most recent line manager? We know your last role was a few years ago, and that's absolutely fine. A former manager from your time at Harland Freight, plus someone who can speak to your recent voluntary work as treasurer of the GAA club, would be perfect.

Once references are back, I'll be in touch about next steps. Let me know if you have any questions.

Best,
Orla`, 'References – Kestrel Medtech'),

  other(`Hi Niamh,

Just to let you know a woman called Orla from Kestrel rang me this morning for a reference. We had a good long chat and I told her they'd be mad not to snap you up. I hope it goes well, and let me know how you get on!

All the best to you and the lads,
Gerry

Gerry Mulvey
Managing Director, Harland Freight Services`, 'Reference'),

  rej('final', ['position_filled'], { ...offered },
    `Dear Niamh,

Thank you for attending the final interview with our Finance Director, Aidan Walsh, last week, and for your time throughout our process.

I'm sorry to say that we've decided to offer the role to another candidate, who has accepted. It was a close decision between you and the other finalist, and Aidan asked me to pass on how much he enjoyed your conversation.

If you'd find it helpful, I'd be happy to arrange a short call with Aidan to go through his feedback.

Kind regards,
Louise Bergin
HR Business Partner
Castlegate Foods Ltd, Ballymount`, 'Financial Accountant – final interview outcome'),

  other(`Dear Niamh,

Following your recent interviews, I am delighted to offer you the position of Financial Accountant with Kestrel Medtech Ltd, reporting to Colm Brady, Head of Finance.

The main terms of our offer are:
• Salary: €68,000 per annum pro rata for a four-day (30-hour) week, i.e. €54,400
• Start date: Monday 12 May 2025, or another date to be agreed
• Hybrid working: two days per week in our Sandyford office
• Employer pension contribution of 6%, health insurance for you and your family, and 23 days' annual leave (pro rata)
• A returner support plan, including a mentor from the finance team and a tailored induction over your first 12 weeks

Your references have come back and we were delighted with them. This offer is subject only to our standard pre-employment checks (proof of identity and of your professional qualification). Your formal contract will follow by DocuSign.

Please let me know whether you accept the offer by Friday 11 April. I'm very happy to talk through any questions.

Everyone here is looking forward to working with you.

Warm regards,
Orla Dempsey
Talent Acquisition Partner, Kestrel Medtech`, 'Offer of employment – Financial Accountant – Kestrel Medtech'),

  other(`Dear Niamh,

This is to confirm that, as you requested, your application for the Finance Manager position at Leinster Community Credit Union has been withdrawn. We will not contact you further about this vacancy.

Thank you for letting us know, and congratulations on your new role. We wish you every success.

Leinster Community Credit Union Ltd.

Powered by Recruitee`, 'Application withdrawn – Finance Manager'),

  rej('application', ['location'], { ...fb, ...door },
    `Hi Niamh,

Thank you for your interest in Corrigan Renewables and in the Financial Accountant position.

After reviewing your application, we've decided not to move forward. This role is based in our Cork head office, with a requirement to be on site at least three days a week, and as your application says you're based in Dublin and looking for a role that is mainly remote, we don't think it would work on this occasion.

We'd love for you to stay connected with us, and we'll keep your profile in our talent community for future Dublin-based or remote finance roles.

Best regards,
Corrigan Renewables Talent Team

Powered by Pinpoint`, 'Your application for Financial Accountant at Corrigan Renewables'),

  other(`Orla Dempsey sent you a document to review and sign.

REVIEW DOCUMENT

Orla Dempsey
Kestrel Medtech Ltd

Hi Niamh, delighted you've accepted! Please find your contract of employment and our new starter form for signature. Could you also upload a copy of your passport and your ACA certificate through the new starter form? Any questions, just shout. Orla

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.`, 'Please DocuSign: Kestrel Medtech – Contract of Employment – Niamh Gallagher'),

  other(`Hi Niamh,

We're so looking forward to welcoming you on Monday 12 May! Here's everything you need for your first day.

Where: Kestrel Medtech, Block 3, Heron Park, Sandyford, Dublin 18. Please come to reception at 9.30am and ask for me.

Your equipment: your laptop will be ready for you on the day. Our IT team will send your login details to this email address on Friday 9 May, so keep an eye out.

Your first week: on Monday morning you'll have an induction with HR and IT, and you'll have lunch with Colm and the finance team. Your mentor, Aisling, will be in touch this week to say hello.

If you have any questions before then, just let me know.

See you soon!
Orla`, 'Your first day at Kestrel – Monday 12 May'),

  other(`Hi Niamh, here are 5 new jobs for "financial accountant" in Dublin.

Financial Accountant – Brookfield Leisure · Dublin 15 · Hybrid
Group Financial Accountant – Arklow Marine Supplies · Wicklow
Financial Accountant (12-month contract) – Northside Primary Care · Dublin 9
Senior Financial Accountant – Ballsbridge Asset Management · Dublin 4
Financial Accountant – Part-time – Clontarf Credit Union · Dublin 3

Started a new job? Let employers know you're no longer looking by updating your profile.

Jobsnest.ie · Edit alert · Unsubscribe`, '5 new jobs for "financial accountant" in Dublin'),

  rej('application', ['generic'], {},
    `Dear Niamh,

Thank you for your application for the post of Finance Officer (Part-time, 24 hours). We apologise for the delay in getting back to you.

The shortlisting panel has now met, and I regret to inform you that you have not been shortlisted for interview on this occasion.

Thank you for your interest in Aontas Housing Association.

Yours sincerely,
Declan Moore
Corporate Services Manager
Aontas Housing Association CLG
Approved Housing Body | Registered Charity No. 20061423`, 'Finance Officer (Part-time) – Aontas Housing Association'),

  other(`Hi Niamh,

SPRING SUCCESS STORIES
This month we're celebrating eleven members who've started new roles since January, in finance, HR, engineering, teaching and IT. If you're one of them, congratulations! And if you're still looking, remember that most of them had plenty of no's before their yes.

Tell us your news: if you've landed a role, reply to this email. We'd love to feature you (anonymously if you prefer) in next month's newsletter.

COMING UP
• Your first 90 days back – online panel, Thursday 8 May, 7.30pm
• Autumn returner programmes: we'll publish the full list in August

Way Back In CLG · Manage preferences · Unsubscribe`, 'Way Back In – April: members back at work'),

  other(`Hi Niamh,

I just wanted to drop you a note to say how pleased we all are that you're joining us. Sarah and I came out of your interviews saying the same thing, and I'm looking forward to getting started together on 12 May.

Don't worry about reading up on anything before you start. Your first couple of weeks will be about getting to know the team and the group structure, and we'll ease you into the month-end close in June. If it would help to pop in for a coffee and meet the team before then, just say.

Enjoy the rest of your time off!

Colm

Colm Brady
Head of Finance, Kestrel Medtech`, 'Welcome aboard!'),
];
